// Recording and printing tracebacks (see traceback.hpp).
#include "interp/traceback.hpp"

#include "interp/run_source.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "gc/gc_head.hpp"
#include "interp/ast.hpp"
#include "interp/ceval_internal.hpp"
#include "interp/frame_object.hpp"
#include "interp/parser.hpp"
#include "interp/suggestions.hpp"
#include "runtime/source_text.hpp"
#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

void traceback_dealloc(Object* self) {
    auto* tb = static_cast<TracebackObject*>(self);
    if (gc::is_tracked(self)) gc::untrack(self);
    clear(tb->tb_next);
    clear(tb->tb_frame);
    free_object(self);
}

// What a cycle can run through (CPython: tb_clear); the frame stays, as the
// report needs its code (a cycle through it is broken at the frame object).
int traceback_clear(Object* self) {
    clear(static_cast<TracebackObject*>(self)->tb_next);
    return 0;
}

int traceback_traverse(Object* self, visitproc visit, void* arg) {
    auto* tb = static_cast<TracebackObject*>(self);
    for (Object* field : {tb->tb_next, tb->tb_frame})
        if (field)
            if (int r = visit(field, arg)) return r;
    return 0;
}

// What Python code can read of an entry (CPython: tb_memberlist,
// tb_getsetters).
const GetSetDef TRACEBACK_GETSET[] = {
    {"tb_next",
     [](Object* tb) {
         Object* next = static_cast<TracebackObject*>(tb)->tb_next;
         return new_ref(next ? next : None()).release();
     },
     nullptr, nullptr},
    {"tb_frame", [](Object* tb) { return new_ref(static_cast<TracebackObject*>(tb)->tb_frame).release(); }, nullptr,
     nullptr},
    {"tb_lineno", [](Object* tb) { return int_from_ssize(static_cast<TracebackObject*>(tb)->tb_lineno); },
     nullptr, nullptr},
    {"tb_lasti", [](Object* tb) { return int_from_ssize(2 * static_cast<TracebackObject*>(tb)->tb_lasti); },
     nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_traceback_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "traceback";
    t.tp_basicsize = sizeof(TracebackObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = traceback_dealloc;
    t.tp_traverse = traceback_traverse;
    t.tp_clear = traceback_clear;
    t.tp_getset = TRACEBACK_GETSET;
    return t;
}

int chars_in(std::string_view text, std::size_t bytes) {
    int n = 0;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    return n;
}

// CPython 3.11's anchors (Python/traceback.c extract_anchors_from_line):
// when the failing expression alone on its segment is a binary operation,
// the operator is marked '^' and the operands '~'; for a subscript, the
// brackets and what is in them.  The offsets are bytes within `segment`.
struct Anchors {
    int left_end = -1, right_start = -1;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

Anchors find_anchors(std::string_view segment) {
    Anchors a;
    ParseResult parsed = parse_module_here(segment, "<traceback>");
    if (parsed.error || parsed.module->body.size() != 1) return a;
    auto* stmt = parsed.module->body[0]->as<ast::Expr>();
    if (!stmt) return a;
    const ast::Node* e = stmt->value;
    auto at = [&](int line, int col) -> int { return line == 1 ? col : -1; };
    if (auto* bin = e->as<ast::BinOp>()) {
        int from = at(bin->left->end_lineno, bin->left->end_col_offset);
        int to = at(bin->right->lineno, bin->right->col_offset);
        if (from < 0 || to < 0) return a;
        for (int i = from; i < to; ++i) {
            if (is_space(segment[static_cast<std::size_t>(i)])) continue;
            a.left_end = i;
            a.right_start = i + 1;
            if (i + 1 < to && !is_space(segment[static_cast<std::size_t>(i + 1)])) ++a.right_start;
            break;
        }
    } else if (auto* sub = e->as<ast::Subscript>()) {
        int left = at(sub->value->end_lineno, sub->value->end_col_offset);
        int right = at(sub->slice->end_lineno, sub->slice->end_col_offset);
        if (left < 0 || right < 0) return a;
        ++right;
        auto len = static_cast<int>(segment.size());
        while (left < len && segment[static_cast<std::size_t>(left)] != '[') ++left;
        while (right < len && segment[static_cast<std::size_t>(right)] != ']') ++right;
        if (right < len) ++right;
        a.left_end = left;
        a.right_start = right;
    }
    return a;
}

// The end of a NameError's or AttributeError's message line when a close
// name exists, as CPython 3.11's print_exception_suggestions writes it, even
// after an empty message ("NameError. Did you mean: 'print'?").
std::string did_you_mean(Object* exc, bool search_frames) {
    // A NameError's suggestion comes from the frame it was raised in,
    // which only a traceback gives.
    if (!search_frames && exc->ob_type == &exc::NameError) return "";
    Ref<> suggestion = offer_suggestions(exc);
    if (!suggestion) return "";
    Ref<> text = suggestion->ob_type == &str_type ? suggestion : Ref<>::steal(str(suggestion.get()));
    if (!text) {
        clear_error();
        return "";
    }
    return ". Did you mean: '" + str_to_utf8(text.get()) + "'?";
}

// The exception's type as CPython's print_exception names it: its
// __qualname__, after its __module__ unless that is builtins or __main__
// ("re.error", "Outer.Inner").
std::string exception_type_name(Object* exc) {
    Object* type = type_of(exc);
    Ref<> qualname = Ref<>::steal(get_attr_str(type, "__qualname__"));
    Ref<> module = Ref<>::steal(qualname ? get_attr_str(type, "__module__") : nullptr);
    if (!qualname || !module || !is_str(qualname.get())) {
        clear_error();
        return std::string(type_name(exc));
    }
    std::string name = str_to_utf8(qualname.get());
    if (!is_str(module.get())) return "<unknown>." + name;
    if (str_equals_ascii(module.get(), "builtins") || str_equals_ascii(module.get(), "__main__")) return name;
    return str_to_utf8(module.get()) + "." + name;
}

// What add_note() added, each on its own lines after the exception's (a
// __notes__ that is no sequence is shown by its repr, as CPython 3.11 does).
void append_notes(std::string& out, Object* exc) {
    Ref<> notes = Ref<>::steal(get_attr_str(exc, "__notes__"));
    if (!notes) {
        clear_error();
        return;
    }
    auto text_of = [](Object* o, Object* (*convert)(Object*)) {
        Ref<> s = Ref<>::steal(is_str(o) ? new_ref(o).release() : convert(o));
        if (s && is_str(s.get())) return str_to_utf8(s.get());
        clear_error();
        return std::string("<note str() failed>");
    };
    Ref<> items = Ref<>::steal(notes->ob_type->mp_subscript || notes->ob_type->sq_item ? list_from_iterable(notes.get())
                                                                                     : nullptr);
    if (!items) {
        clear_error();
        out += text_of(notes.get(), repr) + "\n";
        return;
    }
    for (ssize_t i = 0; i < list_size(items.get()); ++i) out += text_of(list_item(items.get(), i), str) + "\n";
}

void format_one(std::string& out, Object* exc) {
    auto* e = static_cast<BaseExceptionObject*>(exc);
    if (e->traceback) {
        out += "Traceback (most recent call last):\n";
        for (Object* tb = e->traceback; tb; tb = static_cast<TracebackObject*>(tb)->tb_next) {
            auto* entry = static_cast<TracebackObject*>(tb);
            format_entry(out, traceback_frame(entry)->f_code, entry->tb_lineno, entry->tb_lasti);
        }
    }
    out += format_exception_only(exc);
    // traceback.py adds the notes itself after format_exception_only.
    if (!syntax_error_info(exc)) append_notes(out, exc);
}

}  // namespace

std::string format_exception_only(Object* exc, bool search_frames) {
    std::string out;
    if (auto info = syntax_error_info(exc)) {
        // Where the bad source is, with its line and carets, as the
        // command line reports a SyntaxError of the main script.
        out += format_syntax_error(*info);
        return out;
    }
    std::string name = exception_type_name(exc);
    if (Object* s = str(exc)) {
        std::string text = str_to_utf8(s);
        decref(s);
        out += text.empty() ? name : name + ": " + text;
    } else {
        clear_error();
        out += name + ": <exception str() failed>";
    }
    out += did_you_mean(exc, search_frames) + "\n";
    return out;
}

namespace {

void format_chain(std::string& out, Object* exc, std::vector<Object*>& seen) {
    seen.push_back(exc);
    auto* e = static_cast<BaseExceptionObject*>(exc);
    auto unseen = [&](Object* o) { return o && std::find(seen.begin(), seen.end(), o) == seen.end(); };
    if (unseen(e->cause)) {
        format_chain(out, e->cause, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && unseen(e->context)) {
        format_chain(out, e->context, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    format_one(out, exc);
}

}  // namespace

// One "File ..." entry with its source line and, unless the failing
// expression is the whole line, the marks under it (CPython 3.11:
// tb_displayline and print_error_location_carets).
void format_entry(std::string& out, const CodeObject* co, int lineno, int lasti) {
    std::string filename = str_to_utf8(co->co_filename);
    out += fmt::format("  File \"{}\", line {}, in {}\n", filename, lineno, str_to_utf8(co->co_name));
    std::string line = rt::source_text_line(filename, lineno).value_or("");
    std::size_t strip = line.find_first_not_of(" \t\f");
    if (strip == std::string::npos) return;
    // The indentation goes; trailing whitespace stays, as CPython prints it.
    std::string_view stripped = std::string_view(line).substr(strip);
    out += fmt::format("    {}\n", stripped);
    const auto& locations = co->co_data->locations;
    if (lasti < 0 || static_cast<std::size_t>(lasti) >= locations.size()) return;
    const Location& at = locations[static_cast<std::size_t>(lasti)];
    if (at.lineno != lineno || at.col_offset < 0 || at.end_col_offset < 0) return;
    int truncation = chars_in(line, strip);
    int start = chars_in(line, static_cast<std::size_t>(at.col_offset));
    int end = 0;
    Anchors anchors;
    if (at.end_lineno == at.lineno) {
        end = chars_in(line, static_cast<std::size_t>(at.end_col_offset));
        auto from = static_cast<std::size_t>(at.col_offset);
        std::string_view segment = std::string_view(line).substr(from, static_cast<std::size_t>(at.end_col_offset) - from);
        Anchors found = find_anchors(segment);
        if (found.left_end >= 0) {
            anchors.left_end = chars_in(segment, static_cast<std::size_t>(found.left_end)) + start;
            anchors.right_start = chars_in(segment, static_cast<std::size_t>(found.right_start)) + start;
        }
    } else {
        end = truncation + chars_in(stripped, stripped.size());
    }
    bool secondary = anchors.left_end != -1;
    if (end - start == chars_in(stripped, stripped.size()) && !secondary) return;
    std::string marks = "    ";
    for (int offset = truncation + 1; offset <= end; ++offset) {
        if (offset <= start)
            marks += ' ';
        else if (secondary && anchors.left_end < offset && offset <= anchors.right_start)
            marks += '^';
        else
            marks += secondary ? '~' : '^';
    }
    out += marks + "\n";
}

TypeObject traceback_type = make_traceback_type();

Frame* traceback_frame(const TracebackObject* tb) { return static_cast<FrameObject*>(tb->tb_frame)->f_frame; }

void traceback_here(Frame* f) {
    ThreadState* ts = ThreadState::current();
    Object* exc = ts->current_exception;
    if (!exc || !is_instance_of(exc, &exc::BaseException)) return;
    // Without memory for the entry, the exception goes on without it.
    Object* frame_object = frame_object_if_possible(f);
    if (!frame_object) return;
    Object* mem = alloc_object(&traceback_type);
    if (!mem) return;
    auto* tb = static_cast<TracebackObject*>(mem);
    auto* e = static_cast<BaseExceptionObject*>(exc);
    tb->tb_next = e->traceback;  // the inner frames: owned by the new entry now
    tb->tb_frame = new_ref(frame_object).release();
    tb->tb_lasti = frame_lasti(f);
    tb->tb_lineno = frame_lineno(f);
    e->traceback = mem;
    gc::track(rt::interp().gc, mem);
}

void write_unraisable(Object* where) {
    Ref<> exc = fetch_error();
    if (!exc) return;
    auto* frame = static_cast<Frame*>(ThreadState::current()->frame);
    if (frame && !static_cast<BaseExceptionObject*>(exc.get())->traceback) {
        set_exception(exc.get());
        traceback_here(frame);
        exc = fetch_error();
    }
    Ref<> shown = Ref<>::steal(repr(where));
    std::string text = shown ? str_to_utf8(shown.get()) : "?";
    if (!shown) clear_error();
    std::string report = "Exception ignored in: " + text + "\n" + format_exception(exc.get());
    std::fflush(stdout);
    std::fwrite(report.data(), 1, report.size(), stderr);
}

std::string format_exception(Object* exc) {
    std::string out;
    std::vector<Object*> seen;
    format_chain(out, exc, seen);
    return out;
}

}  // namespace glasspy::interp
