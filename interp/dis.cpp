// The disassembler (see dis.hpp; CPython: Lib/dis.py, 3.11).
#include "interp/dis.hpp"

#include <set>

#include <fmt/format.h>

#include "interp/opcodes.hpp"

namespace glasspy::interp {

namespace {

constexpr const char* CMP_OP[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr const char* NB_OPS[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
constexpr const char* MAKE_FUNCTION_FLAGS[] = {"defaults", "kwdefaults", "annotations", "closure"};
constexpr const char* FORMAT_VALUE_CONVERTERS[] = {"", "str", "repr", "ascii"};

bool is_backward(Opcode o) {
    return o == Opcode::JUMP_BACKWARD || o == Opcode::JUMP_BACKWARD_NO_INTERRUPT ||
           o == Opcode::POP_JUMP_BACKWARD_IF_FALSE || o == Opcode::POP_JUMP_BACKWARD_IF_TRUE ||
           o == Opcode::POP_JUMP_BACKWARD_IF_NONE || o == Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE;
}

struct Ins {
    int offset;  // bytes
    int opcode;
    int arg;     // -1: none
    std::string argrepr;
    int starts_line = -1;
    bool has_line = false;
    bool is_jump_target = false;
};

std::string argrepr_of(const CompiledCode& co, Opcode o, int arg, int offset, int* jump_target) {
    const OpcodeInfo& info = opcode_info(o);
    switch (info.operand) {
    case Operand::CONST:
        // 3.11's dis lists only LOAD_CONST in hasconst: KW_NAMES shows its bare index.
        return o == Opcode::LOAD_CONST ? co.consts[static_cast<std::size_t>(arg)].repr() : "";
    case Operand::NAME:
        if (o == Opcode::LOAD_GLOBAL) {
            std::string r = co.names[static_cast<std::size_t>(arg >> 1)];
            return (arg & 1) ? "NULL + " + r : r;
        }
        return co.names[static_cast<std::size_t>(arg)];
    case Operand::LOCAL:
    case Operand::FREE: return co.localsplusnames[static_cast<std::size_t>(arg)];
    case Operand::COMPARE: return CMP_OP[arg];
    case Operand::BINARY: return NB_OPS[arg];
    case Operand::JUMP: {
        int signed_arg = is_backward(o) ? -arg : arg;
        *jump_target = offset + 2 + signed_arg * 2;
        return "to " + std::to_string(*jump_target);
    }
    default: break;
    }
    if (o == Opcode::FORMAT_VALUE) {
        std::string r = FORMAT_VALUE_CONVERTERS[arg & 3];
        if (arg & 4) r += std::string(r.empty() ? "" : ", ") + "with format";
        return r;
    }
    if (o == Opcode::MAKE_FUNCTION) {
        std::string r;
        for (int i = 0; i < 4; ++i)
            if (arg & (1 << i)) r += std::string(r.empty() ? "" : ", ") + MAKE_FUNCTION_FLAGS[i];
        return r;
    }
    return "";
}

void disassemble(const CompiledCode& co, std::string& out) {
    std::vector<Ins> ins;
    std::set<int> labels;
    int extended = 0, lastline = -1;
    bool any_line = false;
    int maxline = 0;
    for (std::size_t i = 0; i < co.code.size();) {
        int opcode = co.code[i] & 0xFF;
        Opcode o = static_cast<Opcode>(opcode);
        const OpcodeInfo& info = opcode_info(o);
        int arg = (co.code[i] >> 8) | extended;
        extended = o == Opcode::EXTENDED_ARG ? arg << 8 : 0;
        Ins in;
        in.offset = static_cast<int>(i) * 2;
        in.opcode = opcode;
        bool has_arg = opcode >= 90;  // HAVE_ARGUMENT
        in.arg = has_arg ? arg : -1;
        int line = co.locations[i].lineno;
        if (line >= 0 && line != lastline) {
            lastline = line;
            in.starts_line = line;
            in.has_line = true;
            any_line = true;
            maxline = std::max(maxline, line);
        }
        int jt = -1;
        if (has_arg) in.argrepr = argrepr_of(co, o, arg, in.offset, &jt);
        if (jt >= 0) labels.insert(jt);
        ins.push_back(in);
        i += 1 + static_cast<std::size_t>(info.caches);
    }
    for (auto& e : co.exceptiontable) labels.insert(e.target * 2);
    int lineno_width = any_line ? (maxline >= 1000 ? static_cast<int>(std::to_string(maxline).size()) : 3) : 0;
    int maxoffset = static_cast<int>(co.code.size()) * 2 - 2;
    int offset_width = maxoffset >= 10000 ? static_cast<int>(std::to_string(maxoffset).size()) : 4;
    for (auto& in : ins) {
        if (in.has_line && in.offset > 0) out += "\n";
        std::string line;
        if (lineno_width) {
            if (in.has_line) line += fmt::format("{:>{}}", in.starts_line, lineno_width);
            else line += std::string(static_cast<std::size_t>(lineno_width), ' ');
            line += " ";
        }
        line += "   ";
        line += labels.count(in.offset) ? " >>" : "   ";
        // (fmt::format writes the separators: `" " + string` trips GCC 12's
        // -Wrestrict at -O3)
        line += fmt::format(" {:>{}}", in.offset, offset_width);
        line += fmt::format(" {:<20}", opcode_info(in.opcode).name);
        if (in.arg >= 0) {
            line += fmt::format(" {:>5}", in.arg);
            if (!in.argrepr.empty()) line += fmt::format(" ({})", in.argrepr);
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    if (!co.exceptiontable.empty()) {
        out += "ExceptionTable:\n";
        for (auto& e : co.exceptiontable)
            out += fmt::format("  {} to {} -> {} [{}]{}\n", e.start * 2, e.end * 2 - 2, e.target * 2, e.depth,
                               e.lasti ? " lasti" : "");
    }
}

void disassemble_recursive(const CompiledCode& co, std::string& out) {
    disassemble(co, out);
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
