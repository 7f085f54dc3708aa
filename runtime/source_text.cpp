// Source text by file name (see source_text.hpp).
#include "runtime/source_text.hpp"

#include <fstream>
#include <sstream>

namespace glasspy::rt {

namespace {

// The part of `path` under the root ("re.py" for "<glasspy>/lib/re.py"),
// or nullopt when it is not under it.
std::optional<std::string_view> under_root(std::string_view path) {
    if (path.size() <= EMBEDDED_STDLIB_ROOT.size() || !path.starts_with(EMBEDDED_STDLIB_ROOT) ||
        path[EMBEDDED_STDLIB_ROOT.size()] != '/')
        return std::nullopt;
    return path.substr(EMBEDDED_STDLIB_ROOT.size() + 1);
}

}  // namespace

std::optional<std::string_view> embedded_source(std::string_view path) {
    std::optional<std::string_view> relative = under_root(path);
    if (!relative) return std::nullopt;
    for (const EmbeddedFile* f = EMBEDDED_STDLIB; !f->path.empty(); ++f)
        if (f->path == *relative) return f->source;
    return std::nullopt;
}

bool is_embedded_dir(std::string_view dir) {
    if (dir == EMBEDDED_STDLIB_ROOT) return true;
    std::optional<std::string_view> relative = under_root(dir);
    if (!relative) return false;
    for (const EmbeddedFile* f = EMBEDDED_STDLIB; !f->path.empty(); ++f)
        if (f->path.size() > relative->size() && f->path.starts_with(*relative) && f->path[relative->size()] == '/')
            return true;
    return false;
}

bool read_source_text(const std::string& filename, std::string& out) {
    if (std::optional<std::string_view> text = embedded_source(filename)) {
        out.assign(*text);
        return true;
    }
    std::ifstream in(filename, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

std::optional<std::string> source_text_line(const std::string& filename, int lineno) {
    std::string text;
    if (lineno < 1 || !read_source_text(filename, text)) return std::nullopt;
    std::size_t start = 0;
    for (int n = 1; n < lineno; ++n) {
        std::size_t eol = text.find('\n', start);
        if (eol == std::string::npos) return std::nullopt;
        start = eol + 1;
    }
    if (start >= text.size()) return std::nullopt;
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace glasspy::rt
