// Tests for interp/symtable.cpp.  symtable_cases.txt holds ~80 small sources
// and, for each, what CPython 3.11's `symtable` module and code objects say
// about it (scopes, symbols with their flags and predicates, parameters,
// cellvars, freevars, code flags), printed by tests/tools/gen_symtable_cases.py
// and never written by hand.  glasspy's symtable_dump must print the same text.
// Then a few checks of the API the compiler uses, on its own terms.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "interp/parser.hpp"
#include "interp/symtable.hpp"

using namespace glasspy::interp;

namespace {

struct Case {
    std::string name, source, expected;
};

// The data file: "=== name", "--- source", lines, "--- expected", lines; "=== end".
std::vector<Case> read_cases() {
    namespace fs = std::filesystem;
    fs::path path = fs::path(__FILE__).parent_path() / "symtable_cases.txt";
    std::ifstream f(path, std::ios::binary);
    std::vector<Case> cases;
    std::string line, *into = nullptr;
    while (std::getline(f, line)) {
        if (line.rfind("=== ", 0) == 0) {
            if (line == "=== end") break;
            cases.push_back({line.substr(4), "", ""});
            into = nullptr;
        } else if (line == "--- source" && !cases.empty()) {
            into = &cases.back().source;
        } else if (line == "--- expected" && !cases.empty()) {
            into = &cases.back().expected;
        } else if (into) {
            *into += line + "\n";
        }
    }
    return cases;
}

struct Built {
    ParseResult parsed;
    std::unique_ptr<Symtable> st;
};

Built build(const std::string& source) {
    Built b{parse_module(source, "t.py"), nullptr};
    if (b.parsed.module) b.st = symtable_build(b.parsed.module, "t.py");
    return b;
}

// The first top-level statement of a kind.
template <typename T> const T* find_first(const ast::Module* m) {
    for (const ast::Node* n : m->body)
        if (auto* t = n->as<T>()) return t;
    return nullptr;
}

}  // namespace

TEST_CASE("symbol tables match CPython 3.11's symtable module", "[symtable]") {
    auto cases = read_cases();
    REQUIRE(cases.size() >= 60);
    for (const Case& c : cases) {
        INFO("case " << c.name << ":\n" << c.source);
        Built b = build(c.source);
        REQUIRE(b.parsed.module);
        CHECK(symtable_dump(*b.st) == c.expected);
    }
}

TEST_CASE("symtable: lookup by AST node and by name", "[symtable]") {
    Built b = build(
        "def outer(a):\n"
        "    b = 1\n"
        "    def inner():\n"
        "        return a + b + c\n"
        "    return inner\n");
    REQUIRE(b.st);
    const Symtable& st = *b.st;
    CHECK(st.lookup(b.parsed.module) == st.st_top);
    auto* outer_def = find_first<ast::FunctionDef>(b.parsed.module);
    REQUIRE(outer_def);
    const SymtableEntry* outer = st.lookup(outer_def);
    REQUIRE(outer);
    CHECK(outer->ste_name == "outer");
    CHECK(outer->get_scope("a") == Scope::CELL);
    CHECK(outer->get_scope("b") == Scope::CELL);
    CHECK(outer->get_scope("inner") == Scope::LOCAL);
    CHECK(outer->get_scope("nothing") == Scope::Unresolved);
    CHECK(outer->get_symbol("a") == DEF_PARAM);
    CHECK(outer->cellvars() == std::vector<std::string>{"a", "b"});
    REQUIRE(outer->ste_children.size() == 1);
    const SymtableEntry* inner = outer->ste_children[0];
    CHECK(st.lookup(inner->ste_id) == inner);
    CHECK(inner->get_scope("a") == Scope::FREE);
    CHECK(inner->get_scope("c") == Scope::GLOBAL_IMPLICIT);
    CHECK(inner->freevars() == std::vector<std::string>{"a", "b"});
    CHECK(inner->ste_nested);
    CHECK(st.st_top->get_scope("outer") == Scope::LOCAL);
}

TEST_CASE("symtable: class cell, mangling and comprehension keys", "[symtable]") {
    Built b = build(
        "class C:\n"
        "    __p = 1\n"
        "    def m(self):\n"
        "        return super().m(), [x for x in self.__p]\n");
    REQUIRE(b.st);
    auto* cls_def = find_first<ast::ClassDef>(b.parsed.module);
    const SymtableEntry* cls = b.st->lookup(cls_def);
    REQUIRE(cls);
    CHECK(cls->ste_needs_class_closure);
    CHECK(cls->cellvars() == std::vector<std::string>{"__class__"});
    CHECK(cls->lookup("_C__p"));
    CHECK_FALSE(cls->lookup("__p"));
    CHECK(cls->get_scope(mangle_name("C", "__p")) == Scope::LOCAL);
    const SymtableEntry* method = cls->ste_children.at(0);
    const SymtableEntry* listcomp = method->ste_children.at(0);
    CHECK(listcomp->ste_comprehension == ComprehensionType::ListComprehension);
    CHECK(b.st->lookup(listcomp->ste_id) == listcomp);
    CHECK(listcomp->ste_id->kind == ast::Kind::ListComp);
    CHECK(listcomp->ste_varnames == std::vector<std::string>{".0"});
}

TEST_CASE("symtable: mangle_name follows _Py_Mangle", "[symtable]") {
    CHECK(mangle_name("C", "__x") == "_C__x");
    CHECK(mangle_name("_C", "__x") == "_C__x");
    CHECK(mangle_name("__C", "__x") == "_C__x");
    CHECK(mangle_name("C", "__x__") == "__x__");
    CHECK(mangle_name("C", "_x") == "_x");
    CHECK(mangle_name("C", "__a.b") == "__a.b");
    CHECK(mangle_name("___", "__x") == "__x");
    CHECK(mangle_name("", "__x") == "__x");
}

TEST_CASE("symtable: generator and coroutine facts", "[symtable]") {
    Built b = build(
        "def g():\n    yield\n"
        "async def c():\n    await x\n"
        "async def ag():\n    yield\n"
        "def f(*a, **k):\n    return (i for i in a)\n");
    REQUIRE(b.st);
    const auto& kids = b.st->st_top->ste_children;
    REQUIRE(kids.size() == 4);
    CHECK(kids[0]->is_generator());
    CHECK(kids[1]->is_coroutine());
    CHECK(kids[2]->is_async_generator());
    CHECK(kids[3]->ste_varargs);
    CHECK(kids[3]->ste_varkeywords);
    CHECK(kids[3]->ste_returns_value);
    CHECK(kids[3]->ste_children.at(0)->is_generator());
    CHECK_FALSE(kids[3]->is_generator());
}

// Sources whose SyntaxError CPython raises in its symbol table pass: here the
// table is still built (compile_checks.cpp reports the error), without crashing.
TEST_CASE("symtable: sources with symtable errors still build", "[symtable]") {
    const char* sources[] = {
        "nonlocal x\n",
        "def f():\n    nonlocal y\n",
        "def f(a, a):\n    pass\n",
        "def f(a):\n    global a\n",
        "def f():\n    global x\n    nonlocal x\n",
        "def f():\n    x = 1\n    global x\n",
        "class C:\n    [y := 1 for i in range(3)]\n",
        "[i := 0 for i in range(3)]\n",
        "[x for x in (y := [1])]\n",
        "def f():\n    from os import *\n",
        "[(yield) for x in y]\n",
        "def f():\n    x: int\n    global x\n",
        "from __future__ import annotations\ndef f(a: (yield)) -> (lambda: b): pass\n",
    };
    for (const char* source : sources) {
        INFO(source);
        Built b = build(source);
        REQUIRE(b.parsed.module);
        REQUIRE(b.st);
        CHECK(b.st->st_top->ste_name == "top");
        CHECK_FALSE(symtable_dump(*b.st).empty());
    }
}
