// Reading tests/unit/runtime/str_cases.txt (written by
// tests/tools/gen_str_cases.py from CPython 3.11): a minimal JSON reader for
// its lines, and conversions between the JSON values and runtime objects.
#pragma once

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/dict.hpp"
#include "runtime/float.hpp"

namespace str_cases {

using namespace glasspy::rt;

struct Json {
    enum Kind { Null, Bool, Int, String, Array, Obj } kind = Null;
    long long i = 0;
    std::u32string s;  // code points, lone surrogates kept
    std::vector<Json> items;
    std::vector<std::pair<std::string, Json>> fields;
    const Json* get(const std::string& k) const {
        for (auto& [key, v] : fields)
            if (key == k) return &v;
        return nullptr;
    }
    std::string utf8() const { return unicode_utf8(s); }
    static std::string unicode_utf8(const std::u32string& s);
};

inline std::string Json::unicode_utf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) out += static_cast<char>(c);
        else if (c < 0x800) out += static_cast<char>(0xC0 | (c >> 6)), out += static_cast<char>(0x80 | (c & 0x3F));
        else if (c < 0x10000)
            out += static_cast<char>(0xE0 | (c >> 12)), out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                out += static_cast<char>(0x80 | (c & 0x3F));
        else
            out += static_cast<char>(0xF0 | (c >> 18)), out += static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)), out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

class Parser {
public:
    explicit Parser(const std::string& t) : t_(t) {}
    Json parse() {
        ws();
        Json v;
        char c = t_[p_];
        if (c == '[') {
            v.kind = Json::Array;
            ++p_;
            ws();
            if (t_[p_] == ']') return ++p_, v;
            for (;;) {
                v.items.push_back(parse());
                ws();
                if (t_[p_++] == ']') break;  // else the ','
            }
        } else if (c == '{') {
            v.kind = Json::Obj;
            ++p_;
            ws();
            if (t_[p_] == '}') return ++p_, v;
            for (;;) {
                ws();
                Json key = parse();
                ws();
                ++p_;  // ':'
                v.fields.emplace_back(key.utf8(), parse());
                ws();
                if (t_[p_++] == '}') break;  // else the ','
            }
        } else if (c == '"') {
            v.kind = Json::String;
            v.s = string();
        } else if (c == 't' || c == 'f') {
            v.kind = Json::Bool;
            v.i = c == 't';
            p_ += c == 't' ? 4 : 5;
        } else if (c == 'n') {
            p_ += 4;
        } else {
            v.kind = Json::Int;
            std::size_t end;
            v.i = std::stoll(t_.substr(p_, 30), &end);
            p_ += end;
            // Integers too large for 64 bits are not used by the cases here.
        }
        return v;
    }

private:
    void ws() {
        while (p_ < t_.size() && t_[p_] == ' ') ++p_;
    }
    unsigned hex4() {
        unsigned v = std::stoul(t_.substr(p_, 4), nullptr, 16);
        p_ += 4;
        return v;
    }
    std::u32string string() {
        std::u32string out;
        ++p_;
        while (t_[p_] != '"') {
            char c = t_[p_++];
            if (c != '\\') {
                out += static_cast<char32_t>(static_cast<unsigned char>(c));
                continue;
            }
            char e = t_[p_++];
            switch (e) {
                case 'n': out += U'\n'; break;
                case 't': out += U'\t'; break;
                case 'r': out += U'\r'; break;
                case 'b': out += U'\b'; break;
                case 'f': out += U'\f'; break;
                case 'u': {
                    unsigned u = hex4();
                    // A high surrogate followed by a low one is one code point.
                    if (u >= 0xD800 && u < 0xDC00 && t_.compare(p_, 2, "\\u") == 0) {
                        std::size_t save = p_;
                        p_ += 2;
                        unsigned lo = hex4();
                        if (lo >= 0xDC00 && lo < 0xE000) {
                            out += static_cast<char32_t>(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                            break;
                        }
                        p_ = save;
                    }
                    out += static_cast<char32_t>(u);
                    break;
                }
                default: out += static_cast<char32_t>(e); break;
            }
        }
        ++p_;
        return out;
    }
    const std::string& t_;
    std::size_t p_ = 0;
};

inline std::vector<Json> load_cases() {
    std::vector<Json> cases;
    // The data file sits next to this header.
    std::string path = __FILE__;
    path = path.substr(0, path.rfind('/') + 1) + "str_cases.txt";
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty()) cases.push_back(Parser(line).parse());
    return cases;
}

inline std::string unhex(const std::u32string& h) {
    std::string out;
    for (std::size_t i = 0; i + 1 < h.size(); i += 2)
        out += static_cast<char>(std::stoi(Json::unicode_utf8(h.substr(i, 2)), nullptr, 16));
    return out;
}

// A new reference to the object a JSON argument stands for (arrays: tuples).
inline Object* to_object(const Json& v) {
    switch (v.kind) {
        case Json::Null: return none_ref();
        case Json::Bool: return bool_from(v.i != 0);
        case Json::Int: return int_from_ssize(static_cast<ssize_t>(v.i));
        case Json::String: return str_from_code_points(v.s);
        case Json::Array: {
            Object* t = tuple_new(static_cast<ssize_t>(v.items.size()));
            for (std::size_t i = 0; i < v.items.size(); ++i) tuple_items(t)[i] = to_object(v.items[i]);
            return t;
        }
        case Json::Obj:
            if (const Json* b = v.get("bytes")) return bytes_from(unhex(b->s));
            if (const Json* b = v.get("bytearray")) return bytearray_from(unhex(b->s));
            if (const Json* f = v.get("float")) return float_from_double(std::strtod(f->utf8().c_str(), nullptr));
            if (const Json* i = v.get("int")) return int_from_decimal(i->utf8());
            if (const Json* l = v.get("list")) {
                Object* list = list_new(0);
                for (auto& item : l->items) {
                    Object* o = to_object(item);
                    (void)list_append(list, o);
                    decref(o);
                }
                return list;
            }
            if (const Json* d = v.get("dict")) {
                Object* dict = dict_new();
                for (auto& kv : d->items) {
                    Object* k = to_object(kv.items[0]);
                    Object* o = to_object(kv.items[1]);
                    (void)dict_setitem(dict, k, o);
                    decref(k);
                    decref(o);
                }
                return dict;
            }
            return nullptr;
    }
    return nullptr;
}

// Whether a result object equals the expected JSON value; why not in *why.
inline bool matches(Object* o, const Json& v, std::string* why) {
    auto fail = [&](std::string w) {
        *why = std::move(w);
        return false;
    };
    switch (v.kind) {
        case Json::Null: return o == None() ? true : fail("expected None");
        case Json::Bool:
            return o == (v.i ? true_object : false_object) ? true : fail("expected bool " + std::to_string(v.i));
        case Json::Int: {
            ssize_t x;
            if (!is_int(o) || !int_as_ssize(o, &x)) return fail("expected int");
            return x == v.i ? true : fail("int " + std::to_string(x) + " != " + std::to_string(v.i));
        }
        case Json::String:
            if (!is_str(o)) return fail("expected str");
            return str_to_u32(o) == v.s ? true : fail("str '" + str_to_utf8(o) + "' != '" + v.utf8() + "'");
        case Json::Array: {
            bool list = is_list(o);
            if (!list && !is_tuple(o)) return fail("expected list/tuple");
            ssize_t n = list ? list_size(o) : tuple_size(o);
            if (n != static_cast<ssize_t>(v.items.size()))
                return fail("length " + std::to_string(n) + " != " + std::to_string(v.items.size()));
            for (ssize_t i = 0; i < n; ++i)
                if (!matches(list ? list_item(o, i) : tuple_item(o, i), v.items[static_cast<std::size_t>(i)], why))
                    return false;
            return true;
        }
        case Json::Obj: {
            const Json* b = v.get("bytes") ? v.get("bytes") : v.get("bytearray");
            std::string_view data;
            if (!b || !bytes_like_view(o, &data)) return fail("expected bytes");
            return std::string(data) == unhex(b->s) ? true : fail("bytes differ");
        }
    }
    return false;
}

}  // namespace str_cases
