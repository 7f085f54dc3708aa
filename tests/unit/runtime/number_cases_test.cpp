// int, bool, float and complex against CPython, case by case: every line of
// number_cases.txt (written by tests/tools/gen_number_cases.py with python3's
// own operators) is run through the same protocol the eval loop uses
// (binary_op, rich_compare, the unary slots) and the result compared exactly:
// same type, same value (floats bit for bit, so -0.0 is not 0.0), or the
// same exception type and message.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/complex.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

using namespace glasspy::rt;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

std::u32string widen(const std::string& s) { return std::u32string(s.begin(), s.end()); }

double parse_double(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

Ref<> parse_value(const std::string& field) {
    std::string body = field.substr(2);
    switch (field[0]) {
        case 'i': return Ref<>::steal(int_from_string(widen(body), 16));
        case 'f': return Ref<>::steal(float_from_double(parse_double(body)));
        case 'b': return Ref<>::steal(bool_from(body == "True"));
        case 'c': {
            auto parts = split(body, ',');
            return Ref<>::steal(complex_from_doubles(parse_double(parts[0]), parse_double(parts[1])));
        }
    }
    FAIL("bad operand " << field);
    return nullptr;
}

bool same_double(double x, double y) {
    if (std::isnan(x) || std::isnan(y)) return std::isnan(x) && std::isnan(y);
    return std::memcmp(&x, &y, sizeof x) == 0;
}

// Whether the object is the value the field describes (exact type included).
bool matches(Object* got, const std::string& field) {
    std::string body = field.substr(2);
    switch (field[0]) {
        case 'i': {
            if (got->ob_type != &int_type) return false;
            Ref<> want = parse_value(field);
            return int_compare(got, want.get()) == 0;
        }
        case 'b': return got == (body == "True" ? true_object : false_object);
        case 'f': return got->ob_type == &float_type && same_double(float_value(got), parse_double(body));
        case 'c': {
            if (got->ob_type != &complex_type) return false;
            auto parts = split(body, ',');
            Complex c = complex_value(got);
            return same_double(c.real, parse_double(parts[0])) && same_double(c.imag, parse_double(parts[1]));
        }
        case 't': {
            auto items = split(body, ';');
            if (!is_tuple(got) || tuple_size(got) != static_cast<ssize_t>(items.size())) return false;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (!matches(tuple_item(got, static_cast<ssize_t>(i)), items[i])) return false;
            return true;
        }
    }
    return false;
}

std::string describe(Object* got) {
    if (!got) {
        Ref<> e = fetch_error();
        if (!e) return "(null without an exception)";
        std::string text = fmt::format("!{}: ", e->ob_type->tp_name);
        Object* args = static_cast<BaseExceptionObject*>(e.get())->args;
        if (args && tuple_size(args) == 1 && is_str(tuple_item(args, 0)))
            text += str_to_utf8(tuple_item(args, 0));
        return text;
    }
    Ref<> r = Ref<>::steal(repr(got));
    std::string text = std::string(got->ob_type->tp_name) + " ";
    if (r) return text + str_to_utf8(r.get());
    clear_error();
    return text + "(repr failed)";
}

// CPython's binary_op1 for the slots abstract.hpp has no operator for.
Object* binary_slot(Object* a, Object* b, binaryfunc TypeObject::*slot, const char* symbol) {
    binaryfunc fa = a->ob_type->*slot, fb = b->ob_type->*slot;
    if (fa) {
        Object* r = fa(a, b);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (fb && fb != fa) {
        Object* r = fb(a, b);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    set_error_fmt(&exc::TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", symbol,
                  type_name(a), type_name(b));
    return nullptr;
}

const std::map<std::string, BinaryOp> BINARY = {
    {"+", BinaryOp::Add},        {"-", BinaryOp::Subtract},   {"*", BinaryOp::Multiply},
    {"//", BinaryOp::FloorDivide}, {"%", BinaryOp::Remainder}, {"/", BinaryOp::TrueDivide},
    {"**", BinaryOp::Power},     {"<<", BinaryOp::Lshift},    {">>", BinaryOp::Rshift},
    {"&", BinaryOp::And},        {"|", BinaryOp::Or},         {"^", BinaryOp::Xor},
};
const std::map<std::string, int> COMPARE = {{"<", LT}, {"<=", LE}, {"==", EQ},
                                            {"!=", NE}, {">", GT}, {">=", GE}};

Object* run(const std::string& op, std::vector<Ref<>>& args) {
    Object* a = args[0].get();
    if (auto it = BINARY.find(op); it != BINARY.end()) return binary_op(a, args[1].get(), it->second);
    if (auto it = COMPARE.find(op); it != COMPARE.end()) return rich_compare(a, args[1].get(), it->second);
    if (op == "divmod") return binary_slot(a, args[1].get(), &TypeObject::nb_divmod, "divmod()");
    if (op == "neg") return negative(a);
    if (op == "pos") return positive(a);
    if (op == "~") return invert(a);
    if (op == "abs") return a->ob_type->nb_absolute(a);
    if (op == "int") return a->ob_type->nb_int(a);
    if (op == "float") return a->ob_type->nb_float(a);
    if (op == "bool") {
        int t = is_true(a);
        return t < 0 ? nullptr : bool_from(t);
    }
    if (op == "hash") {
        ssize_t h = hash(a);
        return h == -1 ? nullptr : int_from_ssize(h);
    }
    if (op == "repr") return repr(a);
    if (op == "round") {
        Object* n = args.size() > 1 ? args[1].get() : nullptr;
        return is_float(a) ? float_round(float_value(a), n) : int_round(a, n);
    }
    if (op == "pow3") return a->ob_type->nb_power(a, args[1].get(), args[2].get());
    FAIL("unknown op " << op);
    return nullptr;
}

}  // namespace

TEST_CASE("numbers: every case generated by CPython", "[int][float][bool][complex]") {
    runtime_init();
    (void)type_ready(&complex_type);
    auto path = std::filesystem::path(__FILE__).parent_path() / "number_cases.txt";
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::string line;
    int lineno = 0, total = 0, failed = 0;
    std::map<std::string, int> failed_per_op;
    std::ostringstream report;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty() || line[0] == '#') continue;
        auto fields = split(line, '\t');
        REQUIRE(fields.size() >= 3);
        std::string op = fields[0], expected = fields.back();
        std::vector<Ref<>> args;
        for (std::size_t i = 1; i + 1 < fields.size(); ++i) args.push_back(parse_value(fields[i]));
        Object* got = run(op, args);
        bool ok;
        std::string got_text;
        if (expected[0] == '!' ) {
            got_text = got ? describe(got) : describe(nullptr);
            ok = !got && got_text == expected;
        } else if (expected[0] == '=') {
            got_text = got ? (is_str(got) ? fmt::format("={}", str_to_utf8(got)) : describe(got)) : describe(nullptr);
            ok = got_text == expected;
        } else {
            ok = got && matches(got, expected);
            if (!ok) got_text = describe(got);
        }
        xdecref(got);
        clear_error();
        ++total;
        if (!ok) {
            ++failed_per_op[op];
            if (++failed <= 40) {
                std::string shown = expected.size() > 200 ? expected.substr(0, 200) + "..." : expected;
                report << "line " << lineno << ": " << line.substr(0, 300) << "\n    expected " << shown
                       << "\n    got      " << got_text.substr(0, 300) << "\n";
            }
        }
    }
    for (auto& [op, n] : failed_per_op) report << op << ": " << n << " failed\n";
    INFO(report.str());
    INFO(failed << " of " << total << " cases failed");
    CHECK(total > 40000);
    CHECK(failed == 0);
}
