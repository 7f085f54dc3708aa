// The compiler's unit tests: a few properties of compiled code that the VM
// relies on (tests/dis/ compares whole disassemblies with CPython's).
#include <catch2/catch.hpp>

#include "interp/compile.hpp"
#include "interp/dis.hpp"
#include "interp/opcodes.hpp"

using namespace glasspy::interp;

namespace {

std::shared_ptr<CompiledCode> compile_ok(const char* src) {
    auto r = compile_source(src, "t.py");
    REQUIRE_FALSE(r.error.has_value());
    REQUIRE(r.code);
    return r.code;
}

}  // namespace

TEST_CASE("a module starts with RESUME and ends with return None", "[compile]") {
    auto co = compile_ok("x = 1\n");
    REQUIRE((co->code.front() & 0xFF) == static_cast<int>(Opcode::RESUME));
    REQUIRE((co->code.back() & 0xFF) == static_cast<int>(Opcode::RETURN_VALUE));
    REQUIRE(co->consts.back().tag == Const::Tag::None);
    REQUIRE(co->locations.size() == co->code.size());
}

TEST_CASE("constants are folded and merged by type and value", "[compile]") {
    auto co = compile_ok("a = 2 ** 10\nb = 1\nc = 1.0\nd = True\ne = 1\n");
    REQUIRE(co->consts[0].repr() == "1024");
    // 1, 1.0 and True are three constants; the second 1 reuses the first.
    REQUIRE(co->consts.size() == 5);
}

TEST_CASE("stack depth counts a call's NULL and arguments", "[compile]") {
    auto co = compile_ok("print(1, 2, 3)\n");
    REQUIRE(co->stacksize == 5);
}

TEST_CASE("a generator starts one value deep and is flagged", "[compile]") {
    auto co = compile_ok("def g():\n    yield 1\n");
    auto& f = *co->consts[0].code;
    REQUIRE((f.flags & CO_GENERATOR) != 0);
    REQUIRE(f.stacksize == 1);  // CPython 3.11 says 1 as well
    REQUIRE((f.code[0] & 0xFF) == static_cast<int>(Opcode::RETURN_GENERATOR));
}

TEST_CASE("try/except produces exception table rows", "[compile]") {
    auto co = compile_ok("try:\n    x = 1\nexcept E:\n    pass\n");
    REQUIRE_FALSE(co->exceptiontable.empty());
    REQUIRE(dis(*co).find("ExceptionTable:") != std::string::npos);
}

TEST_CASE("closures: cells and free variables get fast slots", "[compile]") {
    auto co = compile_ok("def f(a):\n    def g():\n        return a\n    return g\n");
    auto& f = *co->consts[0].code;
    REQUIRE(f.localsplusnames[0] == "a");
    REQUIRE((f.localspluskinds[0] & CO_FAST_CELL) != 0);
    auto& g = *f.consts[1].code;
    REQUIRE((g.localspluskinds[0] & CO_FAST_FREE) != 0);
}
