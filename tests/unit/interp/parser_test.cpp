// Tests for the limits of interp/parser.cpp's one entry point: bracket depth
// (CPython's tokenizer refuses a 201st nested bracket, MAXLEVEL = 200, with
// "too many nested parentheses") and expression nesting (CPython's parser
// gives up with a bare MemoryError past its stack guard, MAXSTACK).  Inputs
// past the limits must give those errors rather than overflow the C++ stack;
// inputs inside them must still parse to CPython's tree.  Every expected value
// is what python3.11 gives (compile() for errors, ast.dump for trees).
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>

#include "parse_helpers.hpp"

using glasspy::interp::parse_module;
using glasspy::test::dump_source;

namespace {

std::string repeat(std::string_view s, int n) {
    std::string out;
    out.reserve(s.size() * static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("limits: nested brackets", "[grammar][limits]") {
    SECTION("200 nested parentheses parse") {
        auto result = parse_module(repeat("(", 200) + repeat(")", 200) + "\n", "f");
        CHECK_FALSE(result.error);
    }
    SECTION("199 nested lists give CPython's tree") {
        std::string expected = "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=" +
                               repeat("List(elts=[", 198) + "List(elts=[], ctx=Load())" +
                               repeat("], ctx=Load())", 198) + ")], type_ignores=[])";
        CHECK(dump_source("x = " + repeat("[", 199) + repeat("]", 199) + "\n") == expected);
    }
    SECTION("201 nested parentheses: too many nested parentheses") {
        auto result = parse_module(repeat("(", 201) + repeat(")", 201) + "\n", "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "SyntaxError");
        CHECK(result.error->msg == "too many nested parentheses");
        CHECK(result.error->lineno == 1);
        CHECK(result.error->offset == 201);
        CHECK(result.error->end_offset == 201);
    }
    SECTION("201 nested mixed brackets after an assignment") {
        auto result = parse_module("x = " + repeat("[(", 100) + "[" + repeat(")]", 100) + "]\n", "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "SyntaxError");
        CHECK(result.error->msg == "too many nested parentheses");
        CHECK(result.error->offset == 205);
        CHECK(result.error->end_offset == 205);
    }
    SECTION("100000 open parentheses stop at the 201st") {
        auto result = parse_module(repeat("(", 100000), "f");
        REQUIRE(result.error);
        CHECK(result.error->msg == "too many nested parentheses");
        CHECK(result.error->offset == 201);
    }
}

TEST_CASE("limits: deeply nested expressions", "[grammar][limits]") {
    SECTION("1400 nested unary minus parse to CPython's tree") {
        std::string expected = "Module(body=[Expr(value=" + repeat("UnaryOp(op=USub(), operand=", 1400) +
                               "Constant(value=1)" + repeat(")", 1400) + ")], type_ignores=[])";
        CHECK(dump_source(repeat("-", 1400) + "1\n") == expected);
    }
    SECTION("1400 nested not parse") {
        auto result = parse_module(repeat("not ", 1400) + "x\n", "f");
        CHECK_FALSE(result.error);
    }
    // CPython: compile('-' * 100000 + '1', 'f', 'exec') raises MemoryError.
    SECTION("100000 nested unary minus: MemoryError, no crash") {
        auto result = parse_module(repeat("-", 100000) + "1\n", "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "MemoryError");
    }
    SECTION("100000 nested unary minus inside a statement: MemoryError") {
        auto result = parse_module("if " + repeat("-", 100000) + "1: pass\n", "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "MemoryError");
    }
    SECTION("100000 nested not: MemoryError") {
        auto result = parse_module(repeat("not ", 100000) + "x\n", "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "MemoryError");
    }
    SECTION("100000 nested ~: MemoryError") {
        auto result = parse_module(repeat("~", 100000) + "1\n", "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "MemoryError");
    }
    SECTION("100000 chained ** (right-nested): MemoryError") {
        auto result = parse_module(fmt::format("x{}\n", repeat("**x", 100000)), "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "MemoryError");
    }
    SECTION("100000 nested lambdas: MemoryError") {
        auto result = parse_module(repeat("lambda: ", 100000) + "x\n", "f");
        REQUIRE(result.error);
        CHECK(result.error->type == "MemoryError");
    }
}
