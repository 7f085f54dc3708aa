// sub()'s replacement templates (CPython: re/_parser.py parse_template):
// the text between group references is literal, with Python's escapes
// (\n, \t, \\, octal \0 and \ooo) decoded; \1 .. \99, \g<1> and \g<name>
// insert a group's match.  An unknown ASCII-letter escape is an error, as
// in patterns; any other escaped character stands for itself with its
// backslash ("\&" is a backslash and an ampersand), as in CPython.
#include <algorithm>

#include "stdlib/re/parser.hpp"
#include "stdlib/re/tokenizer.hpp"

namespace glasspy::stdlib::re {

namespace {

class TemplateParser {
public:
    TemplateParser(std::u32string_view repl, bool is_text, int groups,
                   const std::vector<std::pair<std::u32string, int>>& names)
        : src_(repl, is_text), groups_(groups), names_(names) {}

    void run(std::vector<TemplateItem>* out) {
        for (;;) {
            Token t = src_.get();
            if (t.end) break;
            if (!t.escape) {
                literal_ += t.ch;
                continue;
            }
            char32_t c = t.ch;
            if (c == 'g') {
                named_group();
            } else if (c == '0') {
                std::u32string esc = t.text();
                esc += src_.get_while(2, is_octdigit);
                literal_ += octal(esc) & 0xff;
            } else if (is_digit(c)) {
                numbered_group(t);
            } else {
                switch (c) {
                    case 'a': literal_ += '\a'; break;
                    case 'b': literal_ += '\b'; break;
                    case 'f': literal_ += '\f'; break;
                    case 'n': literal_ += '\n'; break;
                    case 'r': literal_ += '\r'; break;
                    case 't': literal_ += '\t'; break;
                    case 'v': literal_ += '\v'; break;
                    case '\\': literal_ += '\\'; break;
                    default:
                        if (is_ascii_letter(c)) src_.fail("bad escape " + utf8(t.text()), 2);
                        literal_ += t.text();
                }
            }
        }
        flush();
        *out = std::move(items_);
    }

private:
    using Token = Tokenizer::Token;

    static char32_t octal(std::u32string_view esc) {
        char32_t v = 0;
        for (char32_t d : esc.substr(1)) v = v * 8 + (d - '0');
        return v;
    }

    void flush() {
        if (!literal_.empty()) items_.push_back({std::move(literal_), -1});
        literal_.clear();
    }

    void add_group(std::int64_t index, ssize_t offset) {
        if (index > groups_) src_.fail("invalid group reference " + std::to_string(index), offset);
        flush();
        items_.push_back({{}, static_cast<ssize_t>(index)});
    }

    // \g<name> or \g<number>
    void named_group() {
        if (!src_.match('<')) src_.fail("missing <");
        std::u32string name = src_.get_until('>', "group name");
        ssize_t offset = static_cast<ssize_t>(name.size()) + 1;
        if (is_identifier(name)) {
            for (auto& [n, g] : names_)
                if (n == name) return add_group(g, offset);
            throw PatternError{ErrorKind::Index, "unknown group name " + rt::repr_str(name)};
        }
        bool digits = !name.empty() && std::all_of(name.begin(), name.end(), is_digit);
        if (!digits) src_.fail("bad character in group name " + rt::repr_str(name), offset);
        std::int64_t index = 0;
        for (char32_t d : name) index = std::min<std::int64_t>(index * 10 + (d - '0'), MAXGROUPS);
        if (index >= MAXGROUPS) src_.fail("invalid group reference " + utf8(name), offset);
        add_group(index, offset);
    }

    // \1 .. \99, or a three-digit octal escape \ooo
    void numbered_group(Token t) {
        std::u32string esc = t.text();
        const Token& n = src_.next();
        if (!n.end && !n.escape && is_digit(n.ch)) {
            esc += src_.get().ch;
            const Token& n2 = src_.next();
            if (is_octdigit(esc[1]) && is_octdigit(esc[2]) && !n2.end && !n2.escape && is_octdigit(n2.ch)) {
                esc += src_.get().ch;
                char32_t v = octal(esc);
                if (v > 0377)
                    src_.fail("octal escape value " + utf8(esc) + " outside of range 0-0o377",
                              static_cast<ssize_t>(esc.size()));
                literal_ += v;
                return;
            }
        }
        std::int64_t index = 0;
        for (char32_t d : std::u32string_view(esc).substr(1)) index = index * 10 + (d - '0');
        add_group(index, static_cast<ssize_t>(esc.size()) - 1);
    }

    Tokenizer src_;
    int groups_;
    const std::vector<std::pair<std::u32string, int>>& names_;
    std::u32string literal_;
    std::vector<TemplateItem> items_;
};

}  // namespace

bool parse_template(std::u32string_view repl, bool is_text, int groups,
                    const std::vector<std::pair<std::u32string, int>>& names, std::vector<TemplateItem>* out,
                    PatternError* err) {
    try {
        TemplateParser parser(repl, is_text, groups, names);
        parser.run(out);
        return true;
    } catch (PatternError& e) {
        *err = std::move(e);
        return false;
    }
}

}  // namespace glasspy::stdlib::re
