// The disassembler's unit tests: what get_instructions says of each
// argument kind, and that CACHE units are never read (the eval loop keeps
// run-time data there).  Whole listings are compared with CPython's by
// tests/dis/ and tests/py/stdlib/*_dis_*.py.
#include <catch2/catch.hpp>

#include "interp/compile.hpp"
#include "interp/dis.hpp"
#include "interp/opcodes.hpp"

using namespace glasspy::interp;

namespace {

DisSource source_of(const CompiledCode& co) {
    DisSource src{co.code, co.locations, co.exceptiontable, {}, co.names, co.localsplusnames};
    for (const Const& c : co.consts) src.const_reprs.push_back(c.repr());
    return src;
}

std::shared_ptr<CompiledCode> function_of(const char* src) {
    auto r = compile_source(src, "t.py");
    REQUIRE_FALSE(r.error.has_value());
    return r.code->consts[0].code;
}

const DisInstruction& find(const std::vector<DisInstruction>& ins, Opcode op) {
    for (const DisInstruction& in : ins)
        if (in.opcode == static_cast<int>(op)) return in;
    FAIL("no such instruction");
    return ins.front();
}

}  // namespace

TEST_CASE("get_instructions resolves each kind of argument", "[dis]") {
    auto f = function_of("def f(a):\n    while a < 3:\n        a = g(a, 'x')\n    return a\n");
    DisSource src = source_of(*f);
    auto ins = get_instructions(src);
    REQUIRE(ins.front().starts_line == 1);
    const DisInstruction& global = find(ins, Opcode::LOAD_GLOBAL);
    REQUIRE(global.argval == Argval::NAME);
    REQUIRE(global.argrepr == "NULL + g");
    const DisInstruction& cmp = find(ins, Opcode::COMPARE_OP);
    REQUIRE(cmp.argval == Argval::COMPARE);
    REQUIRE(cmp.argrepr == "<");
    const DisInstruction& jump = find(ins, Opcode::POP_JUMP_BACKWARD_IF_TRUE);
    REQUIRE(jump.argval == Argval::OFFSET);
    bool target_marked = false;
    for (const DisInstruction& in : ins)
        if (in.offset == jump.argval_index) target_marked = in.is_jump_target;
    REQUIRE(target_marked);
    REQUIRE(find(ins, Opcode::STORE_FAST).argval == Argval::LOCAL);
    REQUIRE(find(ins, Opcode::LOAD_CONST).argval == Argval::CONST);
}

TEST_CASE("cache units are skipped, or shown as CACHE 0, whatever they hold", "[dis]") {
    auto f = function_of("def f(o):\n    return o.x + len(o)\n");
    DisSource clean = source_of(*f);
    std::string listing = disassemble(clean, -1, true);
    std::vector<std::uint16_t> dirty = f->code;
    for (std::size_t i = 0; i < dirty.size(); i += 1 + OPCODE_CACHES[dirty[i] & 0xFF])
        for (std::size_t c = 1; c <= OPCODE_CACHES[dirty[i] & 0xFF]; ++c) dirty[i + c] = 0xBEEF;
    DisSource warm = clean;
    warm.code = dirty;
    REQUIRE(disassemble(warm, -1, true) == listing);
    REQUIRE(listing.find("CACHE                    0\n") != std::string::npos);
    REQUIRE(disassemble(warm) == dis(*f));
}

TEST_CASE("numbers that are no opcode are named <N>", "[dis]") {
    REQUIRE(opname(3) == "<3>");
    REQUIRE(opname(100) == "LOAD_CONST");
}
