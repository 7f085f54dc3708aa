// Tab completion; see completion.hpp.  Which kind of name is wanted is read
// from the text before the word: a ':' command at the start of the line,
// a module after `import`/`from`, an attribute after a '.', otherwise a
// keyword or a name of the namespace or builtins.
#include "repl/completion.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <sstream>

#include "repl/commands.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/source_text.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"

namespace glasspy::repl {

namespace {

namespace rt = glasspy::rt;

// keyword.kwlist of CPython 3.11.
constexpr const char* KEYWORDS[] = {
    "False", "None",  "True",  "and",    "as",   "assert", "async", "await",    "break",
    "class", "continue", "def", "del",   "elif", "else",   "except", "finally", "for",
    "from",  "global", "if",   "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",  "raise", "return", "try",  "while",  "with",  "yield"};

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

bool is_identifier(const std::string& s) {
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_' || (s[0] & 0x80))) return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); });
}

rt::Object* builtins_dict() { return rt::module_dict(rt::interp().builtins); }

// callable(o) through the builtin itself, for the "(" rlcompleter adds.
bool is_callable(rt::Object* o) {
    rt::Object* f = rt::dict_getitem_str(builtins_dict(), "callable");
    rt::Ref<> r = f ? rt::Ref<>::steal(rt::call(f, &o, 1)) : rt::Ref<>();
    if (!r) rt::clear_error();
    return r && r.get() == rt::dict_getitem_str(builtins_dict(), "True");
}

std::vector<std::string> global_matches(rt::Object* globals, const std::string& text) {
    std::vector<std::string> matches;
    std::set<std::string> seen;
    for (const char* kw : KEYWORDS) {
        std::string word = kw;
        if (!starts_with(word, text)) continue;
        seen.insert(word);
        // As rlcompleter: what usually follows the keyword comes with it.
        if (word == "finally" || word == "try") word += ':';
        else if (word != "False" && word != "None" && word != "True" && word != "break" && word != "continue" &&
                 word != "pass" && word != "else")
            word += ' ';
        matches.push_back(word);
    }
    for (rt::Object* ns : {globals, builtins_dict()}) {
        rt::Object* key;
        rt::Object* value;
        for (rt::ssize_t pos = 0; rt::dict_next(ns, &pos, &key, &value);) {
            if (!rt::is_str(key)) continue;
            std::string word = rt::str_to_utf8(key);
            if (!starts_with(word, text) || !seen.insert(word).second) continue;
            matches.push_back(is_callable(value) ? word + "(" : word);
        }
    }
    return matches;
}

// Looks a dotted name up: the first part in globals then builtins, the
// rest by getattr.  Null (no exception set) if any part is missing.
rt::Ref<> lookup_dotted(rt::Object* globals, const std::string& dotted) {
    std::stringstream parts(dotted);
    std::string part;
    rt::Ref<> obj;
    while (std::getline(parts, part, '.')) {
        if (!is_identifier(part)) return {};
        if (!obj) {
            rt::Object* found = rt::dict_getitem_str(globals, part);
            if (!found) found = rt::dict_getitem_str(builtins_dict(), part);
            if (!found) return {};
            obj = rt::Ref<>::borrow(found);
        } else {
            obj = rt::Ref<>::steal(rt::get_attr_str(obj.get(), part));
            if (!obj) {
                rt::clear_error();
                return {};
            }
        }
    }
    return obj;
}

std::vector<std::string> attr_matches(rt::Object* globals, const std::string& text) {
    std::size_t dot = text.rfind('.');
    std::string expr = text.substr(0, dot), attr = text.substr(dot + 1);
    rt::Ref<> obj = lookup_dotted(globals, expr);
    if (!obj) return {};
    rt::Object* dir = rt::dict_getitem_str(builtins_dict(), "dir");
    rt::Object* arg = obj.get();
    rt::Ref<> names = dir ? rt::Ref<>::steal(rt::call(dir, &arg, 1)) : rt::Ref<>();
    if (!names || !rt::is_list(names.get())) {
        rt::clear_error();
        return {};
    }
    // Private names only when asked for: '_' shows _x, '__' shows __x__.
    std::string hidden = attr.empty() ? "_" : attr == "_" ? "__" : "";
    std::vector<std::string> matches;
    for (rt::ssize_t i = 0; i < rt::list_size(names.get()); ++i) {
        rt::Object* name = rt::list_item(names.get(), i);
        if (!rt::is_str(name)) continue;
        std::string word = rt::str_to_utf8(name);
        if (!starts_with(word, attr) || (!hidden.empty() && starts_with(word, hidden))) continue;
        matches.push_back(expr + "." + word);
    }
    return matches;
}

// Whether the word is a module name: `import a, b` or `from a` before it.
bool wants_module(const std::string& before) {
    std::istringstream words(before);
    std::string first, module;
    words >> first;
    if (first == "import") return true;
    return first == "from" && !(words >> module);
}

std::vector<std::string> module_matches(const std::string& text) {
    std::set<std::string> names;
    rt::Object* key;
    rt::Object* value;
    for (rt::ssize_t pos = 0; rt::dict_next(rt::interp().modules, &pos, &key, &value);)
        if (rt::is_str(key)) names.insert(rt::str_to_utf8(key));
    for (const auto& native : rt::interp().native_modules) names.insert(native.name);
    for (const rt::EmbeddedFile* f = rt::EMBEDDED_STDLIB; !f->path.empty(); ++f) {
        std::string path(f->path);
        if (path.ends_with("/__init__.py")) names.insert(path.substr(0, path.size() - 12));
        else if (path.ends_with(".py") && path.find('/') == std::string::npos) names.insert(path.substr(0, path.size() - 3));
    }
    // The current directory's modules and packages, as sys.path[0] = '' finds them.
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(".", ec)) {
        std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".py") names.insert(name.substr(0, name.size() - 3));
        else if (std::filesystem::is_regular_file(entry.path() / "__init__.py", ec)) names.insert(name);
    }
    std::vector<std::string> matches;
    for (const std::string& n : names) {
        if (!starts_with(n, text)) continue;
        // Submodules appear only once their package's name is typed.
        if (n.find('.', text.size()) != std::string::npos) continue;
        matches.push_back(n);
    }
    return matches;
}

}  // namespace

std::vector<std::string> complete(rt::Object* globals, const std::string& line, std::size_t start,
                                  const std::string& word) {
    std::string before = line.substr(0, std::min(start, line.size()));
    std::vector<std::string> matches;
    if (!line.empty() && line[0] == ':' && start <= 1) {
        for (const std::string& name : command_names())
            if (starts_with(name, word)) matches.push_back(name);
    } else if (word.empty() && before.find_first_not_of(" \t") == std::string::npos) {
        matches.push_back("    ");  // Tab at the start of a line indents, as in rlcompleter
    } else if (wants_module(before)) {
        matches = module_matches(word);
    } else if (word.find('.') != std::string::npos) {
        matches = attr_matches(globals, word);
    } else if (!word.empty()) {
        matches = global_matches(globals, word);
    }
    std::sort(matches.begin(), matches.end());
    matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
    return matches;
}

}  // namespace glasspy::repl
