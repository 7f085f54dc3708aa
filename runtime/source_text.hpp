// Where Python source text comes from: files on disk, or the modules
// written in Python (stdlib/lib) that are embedded in the binary at build
// time (cmake/embed_stdlib.cmake), as CPython freezes some of its own.
//
// The embedded modules live under a directory name that is no directory,
// EMBEDDED_STDLIB_ROOT ("<glasspy>/lib", in the style of "<frozen ...>" and
// "<string>"): it is the last entry of sys.path, modules imported from it
// have __file__ "<glasspy>/lib/re.py", and tracebacks show their lines,
// because everything that reads source text by file name reads it here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace glasspy::rt {

struct EmbeddedFile {
    std::string_view path;    // relative to the root: "re.py", "json/__init__.py"
    std::string_view source;
};
// Ends with an entry whose path is empty (generated: embedded_stdlib.cpp).
extern const EmbeddedFile EMBEDDED_STDLIB[];

inline constexpr std::string_view EMBEDDED_STDLIB_ROOT = "<glasspy>/lib";

// The embedded file at `path` (a full name under the root), if any.
std::optional<std::string_view> embedded_source(std::string_view path);
// Whether `dir` (a full name) is the root or a package directory under it.
bool is_embedded_dir(std::string_view dir);

// The text of the file called `filename`, embedded or on disk; false if
// there is none or it cannot be read.
bool read_source_text(const std::string& filename, std::string& out);

// Line `lineno` (1-based) of that text, without its line ending; nullopt
// if there is no such file or line.
std::optional<std::string> source_text_line(const std::string& filename, int lineno);

}  // namespace glasspy::rt
