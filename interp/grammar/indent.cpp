// Measuring and comparing indentation (CPython: Parser/tokenizer.c, the
// indentation part of tok_get).
#include "interp/grammar/indent.hpp"

#include <algorithm>

namespace glasspy::interp::grammar {

// CPython's tab size for `col`; `altcol` uses 1 (TABSIZE, ALTTABSIZE).

namespace {
const char* skip_indentation(const char* p, const char* end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) ++p;
    return p;
}
}  // namespace
inline constexpr int TABSIZE = 8;

void throw_error(GrammarError::Type type, std::string message, std::uint32_t offset,
                 std::uint32_t end_offset) {
    throw GrammarError{type, std::move(message), offset, end_offset};
}

void throw_tokenizer_error(GrammarError::Type type, std::string message, std::uint32_t offset,
                           std::uint32_t end_offset) {
    GrammarError e{type, std::move(message), offset, end_offset};
    if (type == GrammarError::Type::SyntaxError) e.as_read();
    throw e.from_tokenizer();
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
    if (by_col != by_alt) {
        // CPython reports it at the start of the line, with end_offset 0.
        throw GrammarError{GrammarError::Type::TabError,
                           "inconsistent use of tabs and spaces in indentation", offset}
            .from_tokenizer()
            .with_end(GrammarError::End::zero);
    }
    return by_col;
}

void check_dedent(ParseState& ps, const char* p, const char* begin, const char* end) {
    if (p >= end) return;
    auto offset = static_cast<std::uint32_t>(p - begin);
    IndentLevel line = measure_indent(p, end);
    int order = compare_indent(line, ps.indents.back(), offset);
    if (order > 0) {
        // CPython's offset is the indentation width, 1-based: the caret would
        // fall in the stripped indentation, so none is drawn.
        auto width = static_cast<std::uint32_t>(skip_indentation(p, end) - p);
        throw GrammarError{GrammarError::Type::IndentationError, "unexpected indent",
                           offset + (width > 0 ? width - 1 : 0)}
            .from_tokenizer()
            .with_end(GrammarError::End::minus_one);
    }
    if (order == 0) {
        // A statement at this block's indentation failed to parse.
        GrammarError e{GrammarError::Type::SyntaxError, "invalid syntax", ps.furthest};
        e.generic = true;
        throw e;
    }
    bool known = std::any_of(ps.indents.begin(), ps.indents.end(), [&](const IndentLevel& lv) {
        return lv.col == line.col;
    });
    if (!known) {
        // CPython puts the offset after the end of the offending line.
        const char* eol = p;
        while (eol < end && *eol != '\n') ++eol;
        throw GrammarError{GrammarError::Type::IndentationError,
                           "unindent does not match any outer indentation level",
                           static_cast<std::uint32_t>(eol - begin)}
            .from_tokenizer()
            .with_end(GrammarError::End::minus_one);
    }
}

}  // namespace glasspy::interp::grammar
