// Tests for the str type (runtime/str*.cpp): layout and sizes, the shared
// and interned strings, hashing, and every case of str_cases.txt, whose
// expected values CPython 3.11 produced (tests/tools/gen_str_cases.py).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <functional>
#include <map>

#include "runtime/abstract.hpp"
#include "runtime/typeobject.hpp"
#include "str_cases.hpp"

using namespace glasspy::rt;
using str_cases::Json;

namespace {

void init() {
    runtime_init();
    (void)type_ready(&bytes_type);
    (void)type_ready(&bytearray_type);
}

Ref<> S(const char* utf8) { return Ref<>::steal(str_from_utf8(utf8)); }

// The current exception as "TypeName: message" (Unicode errors formatted
// from their five arguments, as their __str__ does); clears it.
std::string take_error() {
    Ref<> e = fetch_error();
    if (!e) return "<no exception>";
    std::string name = e->ob_type->tp_name;
    auto* be = static_cast<BaseExceptionObject*>(e.get());
    if ((e->ob_type == &exc::UnicodeDecodeError || e->ob_type == &exc::UnicodeEncodeError) && be->args &&
        tuple_size(be->args) == 5) {
        Object* a = be->args;
        ssize_t start = 0, end = 0;
        (void)int_as_ssize(tuple_item(a, 2), &start);
        (void)int_as_ssize(tuple_item(a, 3), &end);
        std::string enc = str_to_utf8(tuple_item(a, 0)), reason = str_to_utf8(tuple_item(a, 4));
        if (e->ob_type == &exc::UnicodeDecodeError)
            return name + ": " + unicode_decode_error_message(enc, bytes_view(tuple_item(a, 1)), start, end, reason);
        return name + ": " + unicode_encode_error_message(enc, str_to_u32(tuple_item(a, 1)), start, end, reason);
    }
    Ref<> text = Ref<>::steal(str(e.get()));
    return name + ": " + (text ? str_to_utf8(text.get()) : "?");
}

ssize_t opt(const std::vector<Object*>& a, std::size_t i, ssize_t dflt) {
    ssize_t v = dflt;
    if (a.size() > i && a[i] != None()) (void)int_as_ssize(a[i], &v);
    return v;
}

Object* arg(const std::vector<Object*>& a, std::size_t i) { return a.size() > i ? a[i] : nullptr; }

Object* from_index(ssize_t r, bool error_if_negative_one) {
    if (r == -2 || (error_if_negative_one && r == -1)) return nullptr;
    return int_from_ssize(r);
}
Object* from_int_bool(int r) { return r < 0 ? nullptr : bool_from(r != 0); }

using Call = std::function<Object*(const std::vector<Object*>&)>;

const std::map<std::string, Call>& methods() {
    using A = const std::vector<Object*>&;
    static const std::map<std::string, Call> table = {
        {"upper", [](A a) { return str_upper(a[0]); }},
        {"lower", [](A a) { return str_lower(a[0]); }},
        {"title", [](A a) { return str_title(a[0]); }},
        {"capitalize", [](A a) { return str_capitalize(a[0]); }},
        {"swapcase", [](A a) { return str_swapcase(a[0]); }},
        {"casefold", [](A a) { return str_casefold(a[0]); }},
        {"isdigit", [](A a) { return bool_from(str_isdigit(a[0])); }},
        {"isdecimal", [](A a) { return bool_from(str_isdecimal(a[0])); }},
        {"isnumeric", [](A a) { return bool_from(str_isnumeric(a[0])); }},
        {"isalpha", [](A a) { return bool_from(str_isalpha(a[0])); }},
        {"isalnum", [](A a) { return bool_from(str_isalnum(a[0])); }},
        {"isspace", [](A a) { return bool_from(str_isspace(a[0])); }},
        {"isupper", [](A a) { return bool_from(str_isupper(a[0])); }},
        {"islower", [](A a) { return bool_from(str_islower(a[0])); }},
        {"istitle", [](A a) { return bool_from(str_istitle(a[0])); }},
        {"isidentifier", [](A a) { return bool_from(str_isidentifier(a[0])); }},
        {"isprintable", [](A a) { return bool_from(str_isprintable(a[0])); }},
        {"isascii", [](A a) { return bool_from(str_isascii(a[0])); }},
        {"repr", [](A a) { return str_repr(a[0]); }},
        {"splitlines", [](A a) { return str_splitlines(a[0], a.size() > 1 && a[1] == true_object); }},
        {"strip", [](A a) { return str_strip(a[0], arg(a, 1)); }},
        {"lstrip", [](A a) { return str_lstrip(a[0], arg(a, 1)); }},
        {"rstrip", [](A a) { return str_rstrip(a[0], arg(a, 1)); }},
        {"expandtabs", [](A a) { return str_expandtabs(a[0], opt(a, 1, 8)); }},
        {"split", [](A a) { return str_split(a[0], arg(a, 1), opt(a, 2, -1)); }},
        {"rsplit", [](A a) { return str_rsplit(a[0], arg(a, 1), opt(a, 2, -1)); }},
        {"find", [](A a) { return from_index(str_find(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), false); }},
        {"rfind", [](A a) { return from_index(str_rfind(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), false); }},
        {"index", [](A a) { return from_index(str_index(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), true); }},
        {"rindex", [](A a) { return from_index(str_rindex(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), true); }},
        {"count", [](A a) { return from_index(str_count(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), false); }},
        {"startswith", [](A a) { return from_int_bool(str_startswith(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END))); }},
        {"endswith", [](A a) { return from_int_bool(str_endswith(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END))); }},
        {"partition", [](A a) { return str_partition(a[0], a[1]); }},
        {"rpartition", [](A a) { return str_rpartition(a[0], a[1]); }},
        {"replace", [](A a) { return str_replace(a[0], a[1], a[2], opt(a, 3, -1)); }},
        {"center", [](A a) { return str_center(a[0], opt(a, 1, 0), arg(a, 2)); }},
        {"ljust", [](A a) { return str_ljust(a[0], opt(a, 1, 0), arg(a, 2)); }},
        {"rjust", [](A a) { return str_rjust(a[0], opt(a, 1, 0), arg(a, 2)); }},
        {"zfill", [](A a) { return str_zfill(a[0], opt(a, 1, 0)); }},
        {"encode", [](A a) { return str_encode(a[0], str_to_utf8(a[1]), str_to_utf8(a[2])); }},
        {"join", [](A a) { return str_join(a[0], a[1]); }},
        {"percent", [](A a) { return str_percent_format(a[0], a[1]); }},
        {"bytes_repr", [](A a) { return bytes_repr(a[0]); }},
        {"bytearray_repr",
         [](A a) {
             Ref<> ba = Ref<>::steal(bytearray_from(bytes_view(a[0])));
             return bytes_repr(ba.get());
         }},
        {"bytes_upper", [](A a) { return bytes_upper(a[0]); }},
        {"bytes_lower", [](A a) { return bytes_lower(a[0]); }},
        {"bytes_strip", [](A a) { return bytes_strip(a[0], arg(a, 1)); }},
        {"bytes_lstrip", [](A a) { return bytes_lstrip(a[0], arg(a, 1)); }},
        {"bytes_rstrip", [](A a) { return bytes_rstrip(a[0], arg(a, 1)); }},
        {"bytes_hex", [](A a) { return bytes_hex(a[0], arg(a, 1), opt(a, 2, 1)); }},
        {"bytes_split", [](A a) { return bytes_split(a[0], arg(a, 1), opt(a, 2, -1)); }},
        {"bytes_rsplit", [](A a) { return bytes_rsplit(a[0], arg(a, 1), opt(a, 2, -1)); }},
        {"bytes_find", [](A a) { return from_index(bytes_find(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), false); }},
        {"bytes_rfind", [](A a) { return from_index(bytes_rfind(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), false); }},
        {"bytes_count", [](A a) { return from_index(bytes_count(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END)), false); }},
        {"bytes_startswith", [](A a) { return from_int_bool(bytes_startswith(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END))); }},
        {"bytes_endswith", [](A a) { return from_int_bool(bytes_endswith(a[0], a[1], opt(a, 2, 0), opt(a, 3, STR_END))); }},
        {"bytes_replace", [](A a) { return bytes_replace(a[0], a[1], a[2], opt(a, 3, -1)); }},
        {"bytes_decode", [](A a) { return bytes_decode(a[0], str_to_utf8(a[1]), str_to_utf8(a[2])); }},
        {"bytes_fromhex", [](A a) { return bytes_fromhex(&bytes_type, a[0]); }},
        {"bytes_join", [](A a) { return bytes_join(a[0], a[1]); }},
    };
    return table;
}

const std::vector<Json>& cases() {
    static const std::vector<Json> all = str_cases::load_cases();
    return all;
}

// Runs every case whose method name starts (or not) with "bytes"/"bytearray".
void run_cases(bool bytes_methods) {
    init();
    int run = 0, failed = 0;
    for (const Json& c : cases()) {
        const std::string method = c.items[0].utf8();
        if (method == "char_ranges" || method == "char_map") continue;
        bool is_bytes_case = method.rfind("byte", 0) == 0;
        if (is_bytes_case != bytes_methods) continue;
        auto found = methods().find(method);
        REQUIRE(found != methods().end());
        std::vector<Object*> args;
        for (const Json& a : c.items[1].items) args.push_back(str_cases::to_object(a));
        Object* result = found->second(args);
        const Json& expected = c.items[2];
        std::string why;
        bool ok;
        if (const Json* value = expected.get("ok")) {
            ok = result && str_cases::matches(result, *value, &why);
            if (!result) why = "raised " + take_error();
        } else {
            const Json& err = *expected.get("err");
            std::string want = err.items[0].utf8() + ": " + err.items[1].utf8();
            std::string got = result ? "returned a value" : take_error();
            ok = got == want;
            why = "got " + got + ", want " + want;
        }
        ++run;
        if (!ok) {
            ++failed;
            if (failed <= 400) {
                std::string shown;
                for (Object* a : args) {
                    Ref<> r = Ref<>::steal(repr(a));
                    shown += (r ? str_to_utf8(r.get()) : "?") + ", ";
                    if (!r) clear_error();
                }
                std::fprintf(stderr, "%s(%s): %s\n", method.c_str(), shown.c_str(), why.c_str());
            }
        }
        xdecref(result);
        for (Object* a : args) xdecref(a);
    }
    INFO(failed << " of " << run << " cases failed");
    CHECK(failed == 0);
    CHECK(run > 1000);
}

}  // namespace

TEST_CASE("str: every method case from CPython", "[str]") { run_cases(false); }
TEST_CASE("bytes: every method case from CPython", "[bytes]") { run_cases(true); }

TEST_CASE("str: sizes are CPython's", "[str]") {
    init();
    // sys.getsizeof in CPython 3.11.
    CHECK(str_sizeof(S("").get()) == 49);
    CHECK(str_sizeof(S("a").get()) == 50);
    CHECK(str_sizeof(S("ab").get()) == 51);
    CHECK(str_sizeof(S("\xc3\xa9").get()) == 74);          // é
    CHECK(str_sizeof(S("\xc3\xa9\xc3\xa9").get()) == 75);  // éé
    CHECK(str_sizeof(S("\xe2\x82\xac").get()) == 76);      // €
    CHECK(str_sizeof(S("\xf0\x9f\x98\x80").get()) == 80);  // 😀
    CHECK(str_kind(S("abc").get()) == 1);
    CHECK(str_is_ascii(S("abc").get()));
    CHECK(str_kind(S("\xc3\xa9").get()) == 1);
    CHECK_FALSE(str_is_ascii(S("\xc3\xa9").get()));
    CHECK(str_kind(S("a\xe2\x82\xac").get()) == 2);
    CHECK(str_kind(S("a\xf0\x9f\x98\x80").get()) == 4);
    Ref<> astral = S("a\xf0\x9f\x98\x80" "b");
    CHECK(str_length(astral.get()) == 3);
    CHECK(str_at(astral.get(), 1) == 0x1F600);
    CHECK(str_to_utf8(astral.get()) == "a\xf0\x9f\x98\x80" "b");
}

TEST_CASE("str: shared empty and latin-1 strings, interning", "[str]") {
    init();
    CHECK(S("").get() == S("").get());
    CHECK(S("a").get() == S("a").get());
    CHECK(S("\xc3\xbf").get() == S("\xc3\xbf").get());  // ÿ
    Ref<> abc = S("abc");
    Ref<> item = Ref<>::steal(str_item(abc.get(), 0));
    CHECK(item.get() == S("a").get());
    CHECK(S("abc").get() != abc.get());  // longer strings are not shared unless interned
    Ref<> i1 = Ref<>::steal(str_intern("hello_world"));
    Ref<> i2 = Ref<>::steal(str_intern("hello_world"));
    CHECK(i1.get() == i2.get());
    CHECK(str_is_interned(i1.get()));
    CHECK(i1->ob_refcnt == 2);  // the intern table does not own a reference
    Ref<> other = S("hello_world");
    CHECK_FALSE(str_is_interned(other.get()));
    Object* o = str_intern_object(other.release());
    CHECK(o == i1.get());
    decref(o);
    // A mortal interned string leaves the table when it dies.
    Object* tmp = str_intern("only_once_here");
    decref(tmp);
    Ref<> again = Ref<>::steal(str_intern("only_once_here"));
    CHECK(again->ob_refcnt == 1);
}

TEST_CASE("str: hashing is CPython's SipHash-1-3", "[str]") {
    init();
    // PYTHONHASHSEED=0 python3 -c 'print(hash("abc"), ...)': the key is zero.
    CHECK(static_cast<std::int64_t>(siphash13(0, 0, "abc", 3)) == -4594863902769663758LL);
    char16_t euro = 0x20AC;
    CHECK(static_cast<std::int64_t>(siphash13(0, 0, &euro, 2)) == -5529981157763016009LL);
    unsigned char e_acute = 0xE9;
    CHECK(static_cast<std::int64_t>(siphash13(0, 0, &e_acute, 1)) == 6047309291227476195LL);
    char32_t smile = 0x1F600;
    CHECK(static_cast<std::int64_t>(siphash13(0, 0, &smile, 4)) == -3536540696076613844LL);
    // Equal content hashes alike, bytes too; '' hashes to 0.
    CHECK(str_hash(S("abc").get()) == str_hash(S("abc").get()));
    Ref<> b = Ref<>::steal(bytes_from("abc"));
    CHECK(bytes_hash(b.get()) == str_hash(S("abc").get()));
    CHECK(str_hash(S("").get()) == 0);
}

TEST_CASE("str: slots", "[str]") {
    init();
    Ref<> a = S("abc"), b = S("abd"), e = S("\xc3\xa9");
    CHECK(str_compare(a.get(), b.get()) < 0);
    CHECK(str_compare(b.get(), a.get()) > 0);
    CHECK(str_compare(e.get(), a.get()) > 0);
    Ref<> lt = Ref<>::steal(str_richcompare(a.get(), b.get(), LT));
    CHECK(lt.get() == true_object);
    Ref<> cat = Ref<>::steal(str_concat(a.get(), e.get()));
    CHECK(str_to_utf8(cat.get()) == "abc\xc3\xa9");
    Ref<> rep = Ref<>::steal(str_repeat(e.get(), 3));
    CHECK(str_to_utf8(rep.get()) == "\xc3\xa9\xc3\xa9\xc3\xa9");
    CHECK(str_sizeof(rep.get()) == 76);
    Ref<> zero = Ref<>::steal(str_repeat(a.get(), -1));
    CHECK(zero.get() == S("").get());
    CHECK(str_item(a.get(), 3) == nullptr);
    CHECK(take_error() == "IndexError: string index out of range");
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    CHECK(str_concat(a.get(), one.get()) == nullptr);
    CHECK(take_error() == "TypeError: can only concatenate str (not \"int\") to str");
    Ref<> minus1 = Ref<>::steal(int_from_ssize(-1));
    Ref<> last = Ref<>::steal(str_subscript(a.get(), minus1.get()));
    CHECK(last.get() == S("c").get());
    CHECK(str_contains(a.get(), S("bc").get()) == 1);
    CHECK(str_contains(a.get(), one.get()) == -1);
    CHECK(take_error() == "TypeError: 'in <string>' requires string as left operand, not int");
    Ref<> r = Ref<>::steal(str_repr(S("it's").get()));
    CHECK(str_to_utf8(r.get()) == "\"it's\"");
    CHECK(str_from_utf8("\xff") == nullptr);
    CHECK(take_error() == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
}

// Properties that Unicode 15 (ICU 72, Debian 12) changed from Unicode 14
// (CPython 3.11's database): these modifier letters became Lowercase.
bool unicode15_change(const std::string& pred, char32_t c) {
    return pred == "islower" && (c == 0x10FC || (c >= 0xA7F2 && c <= 0xA7F4) || c == 0xAB69);
}

TEST_CASE("str: per-character tables match CPython's", "[str]") {
    init();
    std::vector<std::pair<long long, long long>> unassigned;
    auto known = [&](char32_t c) {
        for (auto& [lo, hi] : unassigned)
            if (c >= lo && c <= hi) return false;
        return true;
    };
    std::map<std::string, std::function<bool(const Object*)>> preds = {
        {"isspace", str_isspace}, {"isdecimal", str_isdecimal}, {"isdigit", str_isdigit},
        {"isnumeric", str_isnumeric}, {"isalpha", str_isalpha}, {"isalnum", str_isalnum},
        {"isupper", str_isupper}, {"islower", str_islower}, {"istitle", str_istitle},
        {"isprintable", str_isprintable}, {"isidentifier", str_isidentifier}};
    std::map<std::string, Object* (*)(Object*)> maps = {
        {"upper", str_upper}, {"lower", str_lower}, {"title", str_title},
        {"casefold", str_casefold}, {"swapcase", str_swapcase}, {"capitalize", str_capitalize}};
    for (const Json& c : cases()) {
        std::string kind = c.items[0].utf8();
        if (kind != "char_ranges" && kind != "char_map") continue;
        std::string name = c.items[1].utf8();
        if (name == "unassigned") {
            for (auto& r : c.items[2].items) unassigned.emplace_back(r.items[0].i, r.items[1].i);
            continue;
        }
        int wrong = 0;
        std::string examples;
        if (kind == "char_ranges") {
            std::vector<bool> expect(0x110000, false);
            for (auto& r : c.items[2].items)
                for (long long x = r.items[0].i; x <= r.items[1].i; ++x) expect[static_cast<std::size_t>(x)] = true;
            for (char32_t x = 0; x < 0x110000; ++x) {
                if (!known(x) || unicode15_change(name, x)) continue;
                Ref<> s = Ref<>::steal(str_from_code_points(std::u32string(1, x)));
                if (preds[name](s.get()) != expect[x]) {
                    if (++wrong <= 5) examples += fmt::format(" U+{:04X}", static_cast<unsigned>(x));
                }
            }
        } else {
            std::map<char32_t, std::u32string> expect;
            for (auto& m : c.items[2].items) expect[static_cast<char32_t>(m.items[0].i)] = m.items[1].s;
            for (char32_t x = 0; x < 0x110000; ++x) {
                if (!known(x)) continue;
                std::u32string in(1, x);
                Ref<> s = Ref<>::steal(str_from_code_points(in));
                Ref<> r = Ref<>::steal(maps[name](s.get()));
                auto it = expect.find(x);
                const std::u32string& want = it == expect.end() ? in : it->second;
                if (str_to_u32(r.get()) != want) {
                    if (++wrong <= 5) examples += fmt::format(" U+{:04X}", static_cast<unsigned>(x));
                }
            }
        }
        INFO(name << ": " << wrong << " code points differ:" << examples);
        CHECK(wrong == 0);
    }
}
