// The disassembler (see dis.hpp; CPython: Lib/dis.py, 3.11).
#include "interp/dis.hpp"

#include <limits>
#include <map>
#include <set>

#include <fmt/format.h>

#include "interp/opcodes.hpp"

namespace glasspy::interp {

namespace {

constexpr int HAVE_ARGUMENT = 90;  // opcodes from here on take an oparg (Lib/opcode.py)
constexpr const char* NB_OPS[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
constexpr const char* MAKE_FUNCTION_FLAGS[] = {"defaults", "kwdefaults", "annotations", "closure"};
constexpr const char* FORMAT_VALUE_CONVERTERS[] = {"", "str", "repr", "ascii"};

bool is_backward(Opcode o) {
    return o == Opcode::JUMP_BACKWARD || o == Opcode::JUMP_BACKWARD_NO_INTERRUPT ||
           o == Opcode::POP_JUMP_BACKWARD_IF_FALSE || o == Opcode::POP_JUMP_BACKWARD_IF_TRUE ||
           o == Opcode::POP_JUMP_BACKWARD_IF_NONE || o == Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE;
}

// Where a jump instruction at `offset` goes, in bytes.
int jump_target(Opcode o, int arg, int offset) { return offset + 2 + (is_backward(o) ? -arg : arg) * 2; }

// One instruction as _unpack_opargs sees it: EXTENDED_ARG prefixes are
// instructions of their own, each passing its bits on to the next.
struct Unpacked {
    std::size_t unit;
    int opcode;
    int arg;  // -1: none
};

std::vector<Unpacked> unpack_opargs(std::span<const std::uint16_t> code) {
    std::vector<Unpacked> out;
    int extended = 0;
    for (std::size_t i = 0; i < code.size(); i += 1 + OPCODE_CACHES[code[i] & 0xFF]) {
        int opcode = code[i] & 0xFF;
        int arg = -1;
        if (opcode >= HAVE_ARGUMENT) {
            arg = (code[i] >> 8) | extended;
            // (cut to 28 bits, so that jump offsets cannot overflow: only
            // made-up bytecode has more than two prefixes)
            extended = opcode == static_cast<int>(Opcode::EXTENDED_ARG)
                           ? static_cast<int>((static_cast<unsigned>(arg) << 8) & 0x0FFFFF00u)
                           : 0;
        } else {
            extended = 0;
        }
        out.push_back({i, opcode, arg});
    }
    return out;
}

// findlabels plus the exception handlers: the offsets that get ">>".
std::set<int> jump_targets(const DisSource& src, const std::vector<Unpacked>& ins) {
    std::set<int> labels;
    for (const Unpacked& in : ins)
        if (in.arg >= 0 && opcode_info(in.opcode).operand == Operand::JUMP)
            labels.insert(jump_target(static_cast<Opcode>(in.opcode), in.arg, static_cast<int>(in.unit) * 2));
    for (const ExceptionTableEntry& e : src.exceptiontable)
        if (e.start < e.end) labels.insert(e.target * 2);
    return labels;
}

// findlinestarts: byte offset -> the line that starts there (a unit whose
// line differs from the last line seen; units without a line are skipped).
std::map<int, int> line_starts(const DisSource& src) {
    std::map<int, int> starts;
    int lastline = -1;
    for (std::size_t i = 0; i < src.locations.size(); ++i) {
        int line = src.locations[i].lineno;
        if (line >= 0 && line != lastline) {
            lastline = line;
            starts[static_cast<int>(i) * 2] = line;
        }
    }
    return starts;
}

std::string join_flags(int arg, const char* const* names, int count) {
    std::string r;
    for (int i = 0; i < count; ++i)
        if (arg & (1 << i)) r += std::string(r.empty() ? "" : ", ") + names[i];
    return r;
}

// argval and argrepr of an instruction with an oparg (_get_instructions_bytes).
void describe_arg(const DisSource& src, DisInstruction& in) {
    Opcode o = static_cast<Opcode>(in.opcode);
    int arg = in.arg;
    in.argval = Argval::ARG;
    auto name_from = [&](Argval kind, const std::vector<std::string>& names, int index) {
        if (!src.has_tables || static_cast<std::size_t>(index) >= names.size()) {
            in.argval = Argval::UNKNOWN;
            return;
        }
        in.argval = kind;
        in.argval_index = index;
        in.argrepr = names[static_cast<std::size_t>(index)];
    };
    switch (opcode_info(o).operand) {
    case Operand::CONST:
        // 3.11's dis resolves LOAD_CONST only: KW_NAMES shows its bare index.
        if (o != Opcode::LOAD_CONST) {
            in.argval = Argval::UNKNOWN;
            return;
        }
        name_from(Argval::CONST, src.const_reprs, arg);
        return;
    case Operand::NAME:
        if (o != Opcode::LOAD_GLOBAL) return name_from(Argval::NAME, src.names, arg);
        name_from(Argval::NAME, src.names, arg >> 1);
        if ((arg & 1) && !in.argrepr.empty()) in.argrepr = "NULL + " + in.argrepr;
        return;
    case Operand::LOCAL:
    case Operand::FREE: return name_from(Argval::LOCAL, src.localsplusnames, arg);
    case Operand::JUMP:
        in.argval = Argval::OFFSET;
        in.argval_index = jump_target(o, arg, in.offset);
        in.argrepr = "to " + std::to_string(in.argval_index);
        return;
    case Operand::COMPARE:
        if (static_cast<std::size_t>(arg) >= CMP_OP.size()) return;  // made-up bytecode
        in.argval = Argval::COMPARE;
        in.argval_index = arg;
        in.argrepr = CMP_OP[static_cast<std::size_t>(arg)];
        return;
    case Operand::BINARY:
        if (static_cast<std::size_t>(arg) < std::size(NB_OPS)) in.argrepr = NB_OPS[arg];
        return;
    default: break;
    }
    if (o == Opcode::FORMAT_VALUE) {
        in.argval = Argval::FORMAT;
        in.argval_index = arg;
        in.argrepr = FORMAT_VALUE_CONVERTERS[arg & 3];
        if (arg & 4) in.argrepr += std::string(in.argrepr.empty() ? "" : ", ") + "with format";
    } else if (o == Opcode::MAKE_FUNCTION) {
        in.argrepr = join_flags(arg, MAKE_FUNCTION_FLAGS, 4);
    }
}

Location location_at(const DisSource& src, std::size_t unit) {
    return unit < src.locations.size() ? src.locations[unit] : Location{};
}

// Instruction._disassemble: one line of the listing.
std::string format_instruction(const DisInstruction& in, int lineno_width, bool current, int offset_width) {
    std::string line;
    if (lineno_width) {
        if (in.starts_line >= 0) line += fmt::format("{:>{}} ", in.starts_line, lineno_width);
        else line += std::string(static_cast<std::size_t>(lineno_width) + 1, ' ');
    }
    line += current ? "-->" : "   ";
    line += in.is_jump_target ? " >>" : "   ";
    // (fmt::format writes the separators: `" " + string` trips GCC 12's
    // -Wrestrict at -O3)
    line += fmt::format(" {:>{}}", in.offset, offset_width);
    line += fmt::format(" {:<20}", opname(in.opcode));
    if (in.arg >= 0) {
        line += fmt::format(" {:>5}", in.arg);
        if (!in.argrepr.empty()) line += fmt::format(" ({})", in.argrepr);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line;
}

DisSource source_of(const CompiledCode& co) {
    DisSource src{co.code, co.locations, co.exceptiontable, {}, co.names, co.localsplusnames};
    for (const Const& c : co.consts) src.const_reprs.push_back(c.repr());
    return src;
}

void disassemble_recursive(const CompiledCode& co, std::string& out) {
    out += disassemble(source_of(co));
    for (auto& c : co.consts) {
        if (c.tag != Const::Tag::Code) continue;
        out += "\nDisassembly of " + c.repr() + ":\n";
        disassemble_recursive(*c.code, out);
    }
}

void code_info_recursive(const CompiledCode& co, std::string& out) {
    std::string kinds[3];
    for (std::size_t i = 0; i < co.localsplusnames.size(); ++i) {
        int k = co.localspluskinds[i];
        const std::string& n = co.localsplusnames[i];
        if (k & CO_FAST_LOCAL) kinds[0] += (kinds[0].empty() ? "" : ",") + n;
        if (k & CO_FAST_CELL) kinds[1] += (kinds[1].empty() ? "" : ",") + n;
        if (k & CO_FAST_FREE) kinds[2] += (kinds[2].empty() ? "" : ",") + n;
    }
    out += fmt::format("{} stacksize={} flags={} argcount={} posonly={} kwonly={} nlocals={} varnames=[{}] "
                       "cellvars=[{}] freevars=[{}]\n",
                       co.qualname, co.stacksize, co.flags, co.argcount, co.posonlyargcount, co.kwonlyargcount,
                       co.nlocals, kinds[0], kinds[1], kinds[2]);
    for (auto& c : co.consts)
        if (c.tag == Const::Tag::Code) code_info_recursive(*c.code, out);
}

}  // namespace

std::string opname(int opcode) {
    std::string_view name = opcode_info(opcode).name;
    return name.empty() ? fmt::format("<{}>", opcode) : std::string(name);
}

std::vector<DisInstruction> get_instructions(const DisSource& src, bool show_caches, int line_offset) {
    std::vector<Unpacked> unpacked = unpack_opargs(src.code);
    std::set<int> labels = jump_targets(src, unpacked);
    std::map<int, int> starts = line_starts(src);
    std::vector<DisInstruction> out;
    for (const Unpacked& u : unpacked) {
        DisInstruction in;
        in.offset = static_cast<int>(u.unit) * 2;
        in.opcode = u.opcode;
        in.arg = u.arg;
        if (auto it = starts.find(in.offset); it != starts.end()) in.starts_line = it->second + line_offset;
        in.is_jump_target = labels.count(in.offset) != 0;
        in.positions = location_at(src, u.unit);
        if (in.arg >= 0) describe_arg(src, in);
        out.push_back(std::move(in));
        if (!show_caches) continue;
        // The cache entries as co_code has them: CACHE with oparg 0.
        for (int c = 1; c <= OPCODE_CACHES[static_cast<std::size_t>(u.opcode)]; ++c) {
            DisInstruction cache;
            cache.offset = static_cast<int>(u.unit + static_cast<std::size_t>(c)) * 2;
            cache.arg = 0;
            cache.positions = location_at(src, u.unit + static_cast<std::size_t>(c));
            out.push_back(std::move(cache));
        }
    }
    return out;
}

std::string disassemble(const DisSource& src, int lasti, bool show_caches, int line_offset) {
    // The line column is as wide as the largest line number, at least 3,
    // and absent when no instruction has a line.
    int maxline = std::numeric_limits<int>::min();
    bool any_line = false;
    for (auto [offset, line] : line_starts(src)) {
        any_line = true;
        maxline = std::max(maxline, line + line_offset);
    }
    int lineno_width = !any_line ? 0 : maxline >= 1000 ? static_cast<int>(std::to_string(maxline).size()) : 3;
    int maxoffset = static_cast<int>(src.code.size()) * 2 - 2;
    int offset_width = maxoffset >= 10000 ? static_cast<int>(std::to_string(maxoffset).size()) : 4;
    std::string out;
    for (const DisInstruction& in : get_instructions(src, show_caches, line_offset)) {
        // A blank line before each new source line but the first.
        if (lineno_width && in.starts_line >= 0 && in.offset > 0) out += "\n";
        out += format_instruction(in, lineno_width, in.offset == lasti, offset_width) + "\n";
    }
    if (!src.exceptiontable.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionTableEntry& e : src.exceptiontable)
            out += fmt::format("  {} to {} -> {} [{}]{}\n", e.start * 2, e.end * 2 - 2, e.target * 2, e.depth,
                               e.lasti ? " lasti" : "");
    }
    return out;
}

std::string code_info(const CompiledCode& co) {
    std::string out;
    code_info_recursive(co, out);
    return out;
}

std::string dis(const CompiledCode& co) {
    std::string out;
    disassemble_recursive(co, out);
    return out;
}

}  // namespace glasspy::interp
