// Splitting a native docstring into signature and text (text_signature.hpp).
#include "runtime/text_signature.hpp"

#include <cstring>
#include <string_view>

#include "runtime/none.hpp"
#include "runtime/str.hpp"

namespace glasspy::rt {

namespace {

constexpr std::string_view END_MARKER = ")\n--\n\n";

// Where the signature of `doc` starts (at its '(') and where the text after
// the marker starts; false if the doc does not begin "name(...)\n--\n\n".
bool find_signature(const char* name, const char* doc, std::string_view* signature, std::string_view* rest) {
    if (!doc) return false;
    std::string_view own(name ? name : "");
    if (std::size_t dot = own.rfind('.'); dot != std::string_view::npos) own = own.substr(dot + 1);
    std::string_view text(doc);
    if (own.empty() || !text.starts_with(own) || text.size() <= own.size() || text[own.size()] != '(') return false;
    std::size_t end = text.find(END_MARKER, own.size());
    if (end == std::string_view::npos) return false;
    *signature = text.substr(own.size(), end + 1 - own.size());
    *rest = text.substr(end + END_MARKER.size());
    return true;
}

}  // namespace

Object* doc_after_signature(const char* name, const char* doc) {
    if (!doc) return none_ref();
    std::string_view signature, rest;
    if (!find_signature(name, doc, &signature, &rest)) return str_from_utf8(doc);
    if (rest.empty()) return none_ref();
    return str_from_utf8(rest);
}

Object* text_signature_of(const char* name, const char* doc) {
    std::string_view signature, rest;
    if (!find_signature(name, doc, &signature, &rest)) return none_ref();
    return str_from_utf8(signature);
}

}  // namespace glasspy::rt
