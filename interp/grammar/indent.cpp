// Measuring and comparing indentation (CPython: Parser/tokenizer.c, the
// indentation part of tok_get).
#include "interp/grammar/indent.hpp"

#include <algorithm>

namespace glasspy::interp::grammar {

// CPython's tab size for `col`; `altcol` uses 1 (TABSIZE, ALTTABSIZE).
inline constexpr int TABSIZE = 8;

void throw_error(GrammarError::Type type, std::string message, std::uint32_t offset,
                 std::uint32_t end_offset) {
    throw GrammarError{type, std::move(message), offset, end_offset};
}

IndentLevel measure_indent(const char* p, const char* end) {
    IndentLevel level;
    for (; p < end; ++p) {
        if (*p == ' ') {
            ++level.col;
            ++level.altcol;
        } else if (*p == '\t') {
            level.col = (level.col / TABSIZE + 1) * TABSIZE;
            ++level.altcol;
        } else if (*p == '\f') {
            level.col = level.altcol = 0;
        } else {
            break;
        }
    }
    return level;
}

int compare_indent(const IndentLevel& line, const IndentLevel& level, std::uint32_t offset) {
    int by_col = (line.col > level.col) - (line.col < level.col);
    int by_alt = (line.altcol > level.altcol) - (line.altcol < level.altcol);
    if (by_col != by_alt)
        throw GrammarError{GrammarError::Type::TabError,
                           "inconsistent use of tabs and spaces in indentation", offset, 0, true};
    return by_col;
}

void check_dedent(ParseState& ps, const char* p, const char* begin, const char* end) {
    if (p >= end) return;
    auto offset = static_cast<std::uint32_t>(p - begin);
    IndentLevel line = measure_indent(p, end);
    int order = compare_indent(line, ps.indents.back(), offset);
    if (order > 0) {
        throw GrammarError{GrammarError::Type::IndentationError, "unexpected indent",
                           offset + static_cast<std::uint32_t>(line.altcol), 0, true};
    }
    if (order == 0) {
        // A statement at this block's indentation failed to parse.
        throw GrammarError{GrammarError::Type::SyntaxError, "invalid syntax", ps.furthest, 0, false, true};
    }
    bool known = std::any_of(ps.indents.begin(), ps.indents.end(), [&](const IndentLevel& lv) {
        return lv.col == line.col;
    });
    if (!known) {
        // CPython puts the caret after the end of the offending line.
        const char* eol = p;
        while (eol < end && *eol != '\n') ++eol;
        throw_error(GrammarError::Type::IndentationError,
                    "unindent does not match any outer indentation level",
                    static_cast<std::uint32_t>(eol - begin));
    }
}

}  // namespace glasspy::interp::grammar
