// The trace views (see trace_view.hpp).
//
// Everything here runs inside the events it reports, so it must not cause
// events of its own: while a view writes, `busy` is set and the hooks
// return at once; and the text is built in C++ from the objects' fields
// (short_repr), never by calling repr(), which could run Python code on an
// object that is half built or about to be freed.
#include "interp/trace_view.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "gc/collector.hpp"
#include "interp/ceval_trace.hpp"
#include "interp/code.hpp"
#include "interp/genobject.hpp"
#include "interp/opcodes.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/repr.hpp"
#include "runtime/source_text.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp::trace_view {

using namespace rt;

namespace {

// The kinds a user names, and their bits (the instruction kinds map to
// CALL and LINE; "all" is every one).
struct KindName {
    std::string_view name;
    std::uint32_t bits;
};
constexpr KindName KIND_NAMES[] = {
    {"refcount", tracing::REFCOUNT}, {"alloc", tracing::ALLOC}, {"free", tracing::FREE},
    {"gc", tracing::GC},             {"gil", tracing::GIL},     {"calls", tracing::CALL},
    {"lines", tracing::LINE},        {"exceptions", tracing::EXCEPTION},
};

// Where an event comes from: the instruction (file, line, opcode) and the
// name or attribute it works on.
struct Cause {
    std::string file;
    int line = 0;
    std::string_view opcode;
    std::string name;
    std::string involved;  // "into list at 0x...": what the instruction works on, when it says
};

struct State {
    Options options;
    bool on = false;
    // Watched objects (not owned: a free removes one) and what each watched
    // name was last seen bound to.
    std::unordered_set<Object*> watched;
    struct Binding {
        std::string name;
        Object* last = nullptr;  // what the name was bound to when last looked at
        bool freed = false;      // that object was freed since (its address may come back)
        // The globals dict it was first seen bound in (identity only): a
        // frame with other globals (exec(code, {})) has another name of the
        // same spelling, which is not this one.
        const Object* home = nullptr;
    };
    std::vector<Binding> bindings;
    // The line each running frame last reported (line events).
    std::unordered_map<const Frame*, int> frame_lines;
    // The instruction seen last: a binding found before this one was made
    // by that one.
    const Frame* previous_frame = nullptr;
    int previous_lasti = -1;
    // What that instruction works on (Cause::involved), written when it
    // started: its operands may be gone by the time an event happens.
    std::string involved;
    // While a frame returns (from its RETURN_VALUE to the caller's next
    // instruction), what its teardown frees is the return's doing.
    std::optional<Cause> returning;
    // How many unreachable objects the collection running now listed,
    // and how many it only counted (UNREACHABLE_LISTED).
    int unreachable_shown = 0;
    int unreachable_hidden = 0;
    // The traceback of the exception reported last (identity only): an
    // exception whose traceback continues it was passed on by a callee,
    // not raised again.
    const Object* exception_tb = nullptr;
    // Text events in colour: stderr is a terminal and NO_COLOR is not set
    // (https://no-color.org).
    bool colour = false;
};

State& state() {
    static State s;
    return s;
}

thread_local bool busy = false;

// Holds `busy` for one hook's run.
struct Busy {
    bool entered;
    Busy() : entered(!busy) { busy = true; }
    ~Busy() {
        if (entered) busy = false;
    }
};

// ---- describing objects ----

// A str's repr as CPython writes it, cut after `limit` characters.
std::string quoted(const Object* s, std::size_t limit) {
    std::u32string text = str_to_u32(s);
    if (text.size() <= limit) return repr_str(text);
    return repr_str(std::u32string_view(text).substr(0, limit)) + "...";
}

// A value of one of the atomic built-in types, or "" for others.
std::string atom_repr(Object* o) {
    TypeObject* t = o->ob_type;
    if (o == None()) return "None";
    if (t == &bool_type) return o == true_object ? "True" : "False";
    if (t == &int_type) {
        std::string digits;
        if (!int_to_string(o, 10, &digits)) {
            clear_error();
            return "int";
        }
        return digits.size() > 20 ? digits.substr(0, 8) + "..." + digits.substr(digits.size() - 8) : digits;
    }
    if (t == &float_type) return repr_float(float_value(o));
    if (t == &str_type) return quoted(o, 24);
    return "";
}

// What a view prints for an object: atoms by value, small containers of
// atoms by their items, the rest by kind and name.
std::string short_repr(Object* o) {
    std::string atom = atom_repr(o);
    if (!atom.empty()) return atom;
    TypeObject* t = o->ob_type;
    auto items = [&](Object* const* begin, ssize_t n, const char* open, const char* close) {
        std::string out = open;
        for (ssize_t i = 0; i < n && i < 6; ++i) {
            if (i) out += ", ";
            Object* item = begin[i];
            std::string a = item ? atom_repr(item) : "<NULL>";
            out += a.empty() ? fmt::format("<{}>", type_name(item)) : a;
        }
        if (n > 6) out += ", ...";
        if (n == 1 && std::string_view(open) == "(") out += ",";
        return out + close;
    };
    if (t == &list_type) return items(list_items(o), list_size(o), "[", "]");
    if (t == &tuple_type) {
        ssize_t n = tuple_size(o);
        std::vector<Object*> v;
        for (ssize_t i = 0; i < n && i < 7; ++i) v.push_back(tuple_item(o, i));
        return items(v.data(), n, "(", ")");
    }
    if (t == &dict_type) return fmt::format("<dict of {} items>", dict_size(o));
    if (t == &function_type) return fmt::format("<function {}>", str_to_utf8(static_cast<FunctionObject*>(o)->func_qualname));
    if (t == &code_type) return fmt::format("<code {}>", str_to_utf8(static_cast<CodeObject*>(o)->co_name));
    if (has_flag(t, TPFLAGS_TYPE_SUBCLASS)) return fmt::format("<class '{}'>", static_cast<TypeObject*>(o)->tp_name);
    return fmt::format("<{} object>", t->tp_name);
}

std::string address(const Object* o) { return fmt::format("{}", static_cast<const void*>(o)); }

// ---- where an event comes from ----

// The opcode and whole oparg of the instruction at code unit `lasti`.
// A caller waiting for a call points at the call's last cache unit: the
// instruction is the one the caches belong to.
bool instruction_at(const CodeObject* co, int lasti, int* op, int* oparg) {
    const auto& code = co->co_data->code;
    if (lasti < 0 || static_cast<std::size_t>(lasti) >= code.size()) return false;
    std::size_t at = 0;
    for (std::size_t next = 0; next <= static_cast<std::size_t>(lasti) && next < code.size();) {
        at = next;
        next += 1 + OPCODE_CACHES[code[next] & 0xFF];
    }
    *oparg = code[at] >> 8;
    while (at + 1 < code.size() && (code[at] & 0xFF) == static_cast<int>(Opcode::EXTENDED_ARG)) {
        ++at;
        *oparg = (*oparg << 8) | (code[at] >> 8);
    }
    *op = code[at] & 0xFF;
    return true;
}

// The instruction at code unit `lasti` of the frame's code (-1: the one
// running now): its line, opcode and the name it works on.
Cause cause_of(Frame* f, int lasti = -1) {
    Cause c;
    if (!f) return c;
    const CodeObject* co = f->f_code;
    std::string path = str_to_utf8(co->co_filename);
    std::size_t slash = path.rfind('/');
    c.file = slash == std::string::npos ? path : path.substr(slash + 1);
    if (lasti < 0) lasti = frame_lasti(f);
    const auto& locations = co->co_data->locations;
    c.line = lasti >= 0 && static_cast<std::size_t>(lasti) < locations.size() ? locations[static_cast<std::size_t>(lasti)].lineno
                                                                              : co->co_firstlineno;
    int op, oparg;
    if (!instruction_at(co, lasti, &op, &oparg)) return c;
    const State& s = state();
    if (f == s.previous_frame && lasti == s.previous_lasti) c.involved = s.involved;
    const OpcodeInfo& info = opcode_info(op);
    c.opcode = info.name;
    Object* names = nullptr;
    int index = oparg;
    if (info.operand == Operand::NAME) {
        names = co->co_names;
        if (op == static_cast<int>(Opcode::LOAD_GLOBAL)) index = oparg >> 1;
    } else if (info.operand == Operand::LOCAL || info.operand == Operand::FREE) {
        names = co->co_localsplusnames;
    }
    if (names && index >= 0 && index < tuple_size(names)) c.name = str_to_utf8(tuple_item(names, index));
    return c;
}

Frame* current_frame() {
    ThreadState* ts = ThreadState::current();
    return ts ? static_cast<Frame*>(ts->frame) : nullptr;
}

// The cause of an event happening now.
Cause current_cause();

// ---- writing ----

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
                else
                    out += c;
        }
    }
    return out + "\"";
}

// One event: text as `[kind] message   where`, or a JSON object of the
// fields (each value already JSON).
struct Event {
    std::string_view kind;
    std::string text;
    std::vector<std::pair<std::string_view, std::string>> fields;
};

// The ANSI colour of an event's tag: counts yellow, memory cyan, the
// collector magenta, threads red, calls and lines green.
const char* kind_colour(std::string_view kind) {
    if (kind == "refcount" || kind == "bind") return "33";
    if (kind == "alloc" || kind == "free") return "36";
    if (kind == "gc") return "35";
    if (kind == "gil" || kind == "exception") return "31";
    return "32";
}

void emit(const Event& e, const Cause* where) {
    std::string line;
    if (state().options.json) {
        line = "{\"event\": " + json_string(e.kind);
        for (const auto& [key, value] : e.fields) line += fmt::format(", \"{}\": {}", key, value);
        if (where && where->line) {
            line += fmt::format(", \"file\": {}, \"line\": {}", json_string(where->file), where->line);
            if (!where->opcode.empty()) line += ", \"opcode\": " + json_string(where->opcode);
            if (!where->name.empty()) line += ", \"name\": " + json_string(where->name);
            if (!where->involved.empty()) line += ", \"involved\": " + json_string(where->involved);
        }
        line += "}\n";
    } else {
        line = fmt::format("[{}] {}", e.kind, e.text);
        std::size_t width = line.size();
        if (state().colour) line = fmt::format("\033[{}m[{}]\033[0m {}", kind_colour(e.kind), e.kind, e.text);
        if (where && where->line) {
            std::string at = fmt::format("{}:{}", where->file, where->line);
            if (!where->opcode.empty()) at += " " + std::string(where->opcode);
            if (!where->name.empty()) at += " " + where->name;
            if (!where->involved.empty()) at += " " + where->involved;
            std::string pad(width < 60 ? 60 - width : 0, ' ');
            line += state().colour ? fmt::format("{}  \033[2m({})\033[0m", pad, at) : fmt::format("{}  ({})", pad, at);
        }
        line += "\n";
    }
    std::fflush(stdout);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

bool shown(Object* op) {
    const State& s = state();
    const auto& ids = s.options.objects;
    if (!s.options.watch.empty() || !ids.empty())
        return s.watched.count(op) != 0 || std::find(ids.begin(), ids.end(), reinterpret_cast<std::uintptr_t>(op)) != ids.end();
    if (s.options.types.empty()) return true;
    std::string_view name = type_name(op);
    std::size_t dot = name.rfind('.');
    if (dot != std::string_view::npos) name = name.substr(dot + 1);
    return std::find(s.options.types.begin(), s.options.types.end(), name) != s.options.types.end();
}

// ---- the hooks ----

void on_refcount(void*, Object* op, ssize_t old_count, ssize_t new_count) {
    if (busy || !shown(op)) return;
    Busy guard;
    Cause where = current_cause();
    std::string what = fmt::format("{} at {} {}", type_name(op), address(op), short_repr(op));
    emit({"refcount", fmt::format("{}: {} -> {}", what, old_count, new_count),
          {{"type", json_string(type_name(op))},
           {"address", json_string(address(op))},
           {"repr", json_string(short_repr(op))},
           {"old", std::to_string(old_count)},
           {"new", std::to_string(new_count)}}},
         &where);
}

// An alloc or free event: the object's memory, and whether a free list
// was involved (`list_text` says how, with its length).
void memory_event(std::string_view kind, Object* op, bool free_list, const std::string& list_text,
                  const char* plain_text) {
    Busy guard;
    Cause where = current_cause();
    std::string text = fmt::format("{} at {} {}", type_name(op), address(op), free_list ? list_text : plain_text);
    emit({kind, text,
          {{"type", json_string(type_name(op))},
           {"address", json_string(address(op))},
           {"free_list", free_list ? "true" : "false"}}},
         &where);
}

void on_allocated(Object* op, bool free_list, int numfree) {
    // A new object is no watched one yet: its binding is reported instead.
    if (busy || !state().options.watch.empty() || !shown(op)) return;
    memory_event("alloc", op, free_list,
                 free_list ? fmt::format("reused from the {} free list ({} left)", type_name(op), numfree) : "",
                 "allocated");
}

void on_freed(Object* op, bool free_list, int numfree) {
    State& s = state();
    if (busy) return;
    bool was_watched = s.watched.erase(op) != 0;
    for (auto& binding : s.bindings)
        if (binding.last == op) binding.freed = true;
    if (!(s.options.kinds & tracing::FREE) || (!s.options.watch.empty() && !was_watched)) return;
    if (s.options.watch.empty() && !shown(op)) return;
    memory_event("free", op, free_list,
                 free_list ? fmt::format("kept on the {} free list ({} there now)", type_name(op), numfree) : "",
                 "freed");
}

void on_collected(const InterpreterState::TraceHooks::Collection& c) {
    if (busy) return;
    Busy guard;
    State& s = state();
    if (s.unreachable_hidden)
        emit({"gc", fmt::format("unreachable: {} more", s.unreachable_hidden), {}}, nullptr);
    s.unreachable_shown = s.unreachable_hidden = 0;
    int older = std::min(c.generation + 1, 2);
    std::string where = older == c.generation ? fmt::format("stay in generation {}", c.generation)
                                              : fmt::format("moved to generation {}", older);
    if (c.untracked)
        where = fmt::format(": {} untracked (tuples of atoms), {} {}", c.untracked, c.survivors - c.untracked, where);
    // What became of the unreachable: cleared and freed, freed already by
    // reference counting while finalizers ran, or saved by a finalizer.
    std::string fate;
    auto part = [&](ssize_t n, std::string_view what) {
        if (n) fate += fmt::format("{}{} {}", fate.empty() ? " (" : ", ", n, what);
    };
    part(c.unreachable - c.died_early - c.resurrected, "freed");
    part(c.died_early, "freed while finalizers ran");
    part(c.resurrected, "resurrected");
    if (!fate.empty()) fate += ")";
    std::string text = fmt::format("generation {}: {} objects examined, {} unreachable{}, {} reachable{}{}", c.generation,
                                   c.examined, c.unreachable, fate, c.survivors, c.untracked ? "" : " ", where);
    emit({"gc", text,
          {{"phase", json_string("end")},
           {"generation", std::to_string(c.generation)},
           {"examined", std::to_string(c.examined)},
           {"unreachable", std::to_string(c.unreachable)},
           {"collected", std::to_string(c.collected)},
           {"freed_while_finalizing", std::to_string(c.died_early)},
           {"resurrected", std::to_string(c.resurrected)},
           {"survivors", std::to_string(c.survivors)},
           {"untracked", std::to_string(c.untracked)}}},
         nullptr);
}

void on_collecting(int generation, bool manual, ssize_t count, ssize_t threshold) {
    if (busy) return;
    Busy guard;
    State& s = state();
    s.unreachable_shown = s.unreachable_hidden = 0;
    // A generation's count: new container objects for generation 0, the
    // younger generation's collections for the others.
    std::string why;
    if (manual)
        why = generation == 2 ? "gc.collect()" : fmt::format("gc.collect({})", generation);
    else if (generation == 0)
        why = fmt::format("{} new container objects, past the threshold {}", count, threshold);
    else
        why = fmt::format("{} collections of generation {} since its last, past the threshold {}{}", count,
                          generation - 1, threshold,
                          generation == 2 ? ", and the objects waiting for it are over a quarter of those in it" : "");
    std::string younger = generation == 0 ? "" : generation == 1 ? " and 0" : " and the younger ones";
    Cause where = current_cause();
    emit({"gc", fmt::format("collecting generation {}{}: {}", generation, younger, why),
          {{"phase", json_string("start")},
           {"generation", std::to_string(generation)},
           {"manual", manual ? "true" : "false"},
           {"count", std::to_string(count)},
           {"threshold", std::to_string(threshold)}}},
         &where);
}

// In text, a collection lists this many unreachable objects and then only
// counts the others (JSON lists all).
constexpr int UNREACHABLE_LISTED = 10;

void on_gc_object(int what, Object* op, Object* ref) {
    if (busy || !shown(op)) return;
    Busy guard;
    State& s = state();
    std::string object = fmt::format("{} at {} {}", type_name(op), address(op), short_repr(op));
    std::string_view name;
    std::string text;
    switch (static_cast<gc::ObjectEvent>(what)) {
        case gc::ObjectEvent::unreachable:
            name = "unreachable";
            if (!s.options.json && s.unreachable_shown >= UNREACHABLE_LISTED) {
                ++s.unreachable_hidden;
                return;
            }
            ++s.unreachable_shown;
            text = fmt::format("unreachable: {} (refcount {}, every reference from the garbage)", object, op->ob_refcnt);
            break;
        case gc::ObjectEvent::weakref_callback:
            name = "weakref_callback";
            text = fmt::format("weakref callback: the weakref at {} to {} (cleared) is called back", address(ref), object);
            break;
        case gc::ObjectEvent::finalizer:
            name = "finalizer";
            text = fmt::format("finalizer: {}{}", object,
                               is_generator(op) || is_coroutine(op) || op->ob_type == &async_generator_type
                                   ? " (it is closed, so its finally blocks run)"
                               : is_heap_type(op->ob_type) ? " (its __del__)"
                                                           : "");
            break;
        case gc::ObjectEvent::resurrected:
            name = "resurrected";
            text = fmt::format("resurrected by a finalizer: {} (refcount {}) lives on", object, op->ob_refcnt);
            break;
    }
    std::vector<std::pair<std::string_view, std::string>> fields = {
        {"what", json_string(name)},
        {"type", json_string(type_name(op))},
        {"address", json_string(address(op))},
        {"repr", json_string(short_repr(op))}};
    if (ref) fields.push_back({"weakref", json_string(address(ref))});
    emit({"gc", text, std::move(fields)}, nullptr);
}

void on_gil_handed(const std::string& giver, const std::string& taker, int why, long interval_us) {
    if (busy) return;
    Busy guard;
    std::string reason;
    const char* reason_name = "blocking";
    switch (static_cast<GilRelease>(why)) {
        case GilRelease::blocking: reason = "which let go of it to wait (sleep, a lock, I/O)"; break;
        case GilRelease::forced:
            reason = fmt::format("which was asked to let go after the {} ms switch interval", interval_us / 1000.0);
            reason_name = "forced";
            break;
        case GilRelease::exit:
            reason = "which ended";
            reason_name = "exit";
            break;
    }
    Cause where = current_cause();
    emit({"gil", fmt::format("{} takes the GIL from {}, {}", taker, giver, reason),
          {{"from", json_string(giver)}, {"to", json_string(taker)}, {"reason", json_string(reason_name)}}},
         &where);
}

// What `name` is bound to in the frame: a local (cells read through), else
// in the namespace or globals dict; null when unbound.  Compares names in
// place rather than making a key, so the lookup allocates nothing.
// Whether the frame has a local variable `name` (a function's fast slot,
// or a key of a class body's or exec's separate locals dict).
bool has_local(Frame* f, const std::string& name) {
    if (f->f_locals && f->f_locals != f->f_globals && is_dict(f->f_locals)) {
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(f->f_locals, &pos, &key, &value))
            if (is_str(key) && str_equals_ascii(key, name)) return true;
        return false;
    }
    const CodeObject* co = f->f_code;
    for (int i = 0; i < co->co_nlocalsplus; ++i)
        if (str_equals_ascii(tuple_item(co->co_localsplusnames, i), name)) return true;
    return false;
}

Object* binding_of(Frame* f, const std::string& name) {
    auto find_in = [&](Object* d) -> Object* {
        if (!d || !is_dict(d)) return nullptr;
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(d, &pos, &key, &value))
            if (is_str(key) && str_equals_ascii(key, name)) return value;
        return nullptr;
    };
    if (f->f_locals) return find_in(f->f_locals) ? find_in(f->f_locals) : find_in(f->f_globals);
    const CodeObject* co = f->f_code;
    for (int i = 0; i < co->co_nlocalsplus; ++i) {
        if (!str_equals_ascii(tuple_item(co->co_localsplusnames, i), name)) continue;
        Object* v = f->localsplus[i];
        auto k = static_cast<std::size_t>(i);
        if (v && k < co->co_data->localspluskinds.size() &&
            (co->co_data->localspluskinds[k] & (CO_FAST_CELL | CO_FAST_FREE)) && v->ob_type == &cell_type)
            v = static_cast<CellObject*>(v)->ob_ref;
        return v;
    }
    return find_in(f->f_globals);
}

Cause current_cause() {
    const State& s = state();
    return s.returning ? *s.returning : cause_of(current_frame());
}

void check_bindings(Frame* f) {
    State& s = state();
    for (auto& [name, last, freed, home] : s.bindings) {
        bool global = !has_local(f, name);
        if (global && home && home != f->f_globals) continue;
        Object* now = binding_of(f, name);
        // The globals a name is first found bound in are its home (a
        // frame with other globals seen before then says nothing of it).
        if (global && !home && now) home = f->f_globals;
        if (now == last && !freed) continue;
        bool was_bound = last != nullptr;
        last = now;
        freed = false;
        if (!now && !was_bound) continue;
        Cause where = s.returning ? *s.returning : cause_of(f, s.previous_frame == f ? s.previous_lasti : -1);
        if (!now) {
            emit({"bind", fmt::format("{} is unbound", name), {{"variable", json_string(name)}, {"address", "null"}}},
                 &where);
            continue;
        }
        s.watched.insert(now);
        emit({"bind",
              fmt::format("{} -> {} at {} {} (refcount {})", name, type_name(now), address(now), short_repr(now),
                          now->ob_refcnt),
              {{"variable", json_string(name)},
               {"type", json_string(type_name(now))},
               {"address", json_string(address(now))},
               {"repr", json_string(short_repr(now))},
               {"refcount", std::to_string(now->ob_refcnt)}}},
             &where);
    }
}

std::string function_name(const Frame* f) { return str_to_utf8(f->f_code->co_qualname); }

// "f()", or "<module>" as a traceback names module code.
std::string scope_name(const Frame* f) {
    std::string name = function_name(f);
    return name.starts_with('<') ? name : name + "()";
}

// "n=3, items=[1, 2]": the parameters of a frame that starts.
std::string arguments_of(const Frame* f) {
    const CodeObject* co = f->f_code;
    int n = co->co_argcount + co->co_kwonlyargcount + ((co->co_flags & CO_VARARGS) ? 1 : 0) +
            ((co->co_flags & CO_VARKEYWORDS) ? 1 : 0);
    std::string out;
    for (int i = 0; i < n && i < co->co_nlocalsplus; ++i) {
        Object* v = f->localsplus[i];
        if (v && v->ob_type == &cell_type) v = static_cast<CellObject*>(v)->ob_ref;
        if (!out.empty()) out += ", ";
        out += str_to_utf8(tuple_item(co->co_localsplusnames, i)) + "=" + (v ? short_repr(v) : "<unbound>");
    }
    return out;
}

// What a callable is called in a cause: `f`, `list.append`, `len`, `Point`.
std::string callable_name(Object* callable) {
    TypeObject* t = callable->ob_type;
    if (t == &function_type) return str_to_utf8(static_cast<FunctionObject*>(callable)->func_qualname);
    if (t == &method_descr_type) {
        auto* d = static_cast<MethodDescrObject*>(callable);
        return fmt::format("{}.{}", d->d_type->tp_name, d->d_method->name);
    }
    if (t == &builtin_function_type) return static_cast<BuiltinFunctionObject*>(callable)->def->name;
    if (has_flag(t, TPFLAGS_TYPE_SUBCLASS)) return static_cast<TypeObject*>(callable)->tp_name;
    return fmt::format("<{} object>", t->tp_name);
}

// What the instruction about to run works on, from its operands on the
// value stack (saved by the eval loop before it reports an instruction):
// the container an item goes into or comes out of, the object whose
// attribute it uses, the callable it calls.
std::string involved_in(Frame* frame) {
    int op, oparg;
    if (!instruction_at(frame->f_code, frame_lasti(frame), &op, &oparg)) return "";
    Object** sp = frame->stack_base() + frame->stacktop;
    auto operand = [&](int depth) -> Object* { return depth <= frame->stacktop ? sp[-depth] : nullptr; };
    auto object = [&](const char* relation, int depth) -> std::string {
        Object* o = operand(depth);
        return o ? fmt::format("{} {} at {}", relation, type_name(o), address(o)) : "";
    };
    switch (static_cast<Opcode>(op)) {
        case Opcode::STORE_SUBSCR: return object("into", 2);
        case Opcode::DELETE_SUBSCR: return object("from", 2);
        case Opcode::BINARY_SUBSCR: return object("of", 2);
        case Opcode::LIST_APPEND:
        case Opcode::SET_ADD:
        case Opcode::LIST_EXTEND:
        case Opcode::SET_UPDATE:
        case Opcode::DICT_UPDATE:
        case Opcode::DICT_MERGE: return object("into", oparg + 1);
        case Opcode::MAP_ADD: return object("into", oparg + 2);
        case Opcode::LOAD_ATTR:
        case Opcode::LOAD_METHOD:
        case Opcode::STORE_ATTR:
        case Opcode::DELETE_ATTR:
        case Opcode::UNPACK_SEQUENCE:
        case Opcode::UNPACK_EX: return object("of", 1);
        case Opcode::FOR_ITER: return object("from", 1);
        case Opcode::BUILD_LIST: return "into a new list";
        case Opcode::BUILD_TUPLE: return "into a new tuple";
        case Opcode::BUILD_SET: return "into a new set";
        case Opcode::BUILD_MAP:
        case Opcode::BUILD_CONST_KEY_MAP: return "into a new dict";
        case Opcode::CALL: {
            // [NULL or method, callable or self, args...]
            Object* method = operand(oparg + 2);
            Object* second = operand(oparg + 1);
            if (method && second) return fmt::format("{} on {} at {}", callable_name(method), type_name(second), address(second));
            return second ? callable_name(second) : "";
        }
        default: return "";
    }
}

// "ZeroDivisionError: division by zero", from the exception's fields: its
// str() could run Python code.
std::string exception_text(Object* exc) {
    std::string text(type_name(exc));
    Object* args = static_cast<BaseExceptionObject*>(exc)->args;
    if (!args || !is_tuple(args) || tuple_size(args) == 0) return text;
    if (tuple_size(args) == 1) {
        Object* arg = tuple_item(args, 0);
        // A KeyError shows its key's repr, as its str() does.
        bool key = is_subtype(exc->ob_type, &exc::KeyError);
        std::string atom = is_str(arg) && !key ? str_to_utf8(arg) : short_repr(arg);
        if (atom.size() > 60) atom = atom.substr(0, 57) + "...";
        return atom.empty() ? text : text + ": " + atom;
    }
    return text + ": " + short_repr(args);
}

// Before a POP_EXCEPT: an except clause (or a with block's __exit__) is
// done with the exception it handled.  The POP_EXCEPT of a finally or
// cleanup block is followed by a RERAISE: the exception goes on.
void handled(ThreadState* ts, Frame* frame) {
    const auto& code = frame->f_code->co_data->code;
    auto next = static_cast<std::size_t>(frame_lasti(frame)) + 1;
    if (next < code.size() && (code[next] & 0xFF) == static_cast<int>(Opcode::RERAISE)) return;
    Object* exc = ts->handled_exception;
    if (!exc) return;
    state().exception_tb = nullptr;
    Cause where = cause_of(frame);
    emit({"exception", fmt::format("{} handled in {}", exception_text(exc), scope_name(frame)),
          {{"what", json_string("handled")},
           {"type", json_string(type_name(exc))},
           {"message", json_string(exception_text(exc))},
           {"function", json_string(function_name(frame))}}},
         &where);
}

}  // namespace

void exception(Frame* frame, Object* exc) {
    State& s = state();
    if (busy || !(s.options.kinds & tracing::EXCEPTION)) return;
    Busy guard;
    auto* tb = static_cast<TracebackObject*>(static_cast<BaseExceptionObject*>(exc)->traceback);
    bool passed_on = tb && tb->tb_next && tb->tb_next == s.exception_tb;
    s.exception_tb = tb;
    Cause where = cause_of(frame);
    std::string text = passed_on ? fmt::format("{} passes into {}", type_name(exc), scope_name(frame))
                                 : fmt::format("{} raised in {}", exception_text(exc), scope_name(frame));
    emit({"exception", text,
          {{"what", json_string(passed_on ? "passed" : "raised")},
           {"type", json_string(type_name(exc))},
           {"message", json_string(exception_text(exc))},
           {"function", json_string(function_name(frame))}}},
         &where);
}

bool parse_kinds(std::string_view list, std::uint32_t* kinds, std::string* error) {
    *kinds = 0;
    while (!list.empty()) {
        std::size_t comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        if (item.empty()) continue;
        if (item == "all") {
            for (const KindName& k : KIND_NAMES) *kinds |= k.bits;
            continue;
        }
        auto found = std::find_if(std::begin(KIND_NAMES), std::end(KIND_NAMES),
                                  [&](const KindName& k) { return k.name == item; });
        if (found == std::end(KIND_NAMES)) {
            *error = fmt::format("unknown trace kind '{}' (kinds: {}, all)", item, kinds_text(~0u));
            return false;
        }
        *kinds |= found->bits;
    }
    return true;
}

std::string kinds_text(std::uint32_t kinds) {
    std::string out;
    for (const KindName& k : KIND_NAMES)
        if (kinds & k.bits) out += (out.empty() ? "" : ", ") + std::string(k.name);
    return out;
}

const Options* current() { return state().on ? &state().options : nullptr; }

void start(const Options& options) {
    stop();
    State& s = state();
    s.options = options;
    s.on = true;
    const char* no_colour = std::getenv("NO_COLOR");
    s.colour = !options.json && ::isatty(STDERR_FILENO) && !(no_colour && *no_colour);
    for (const std::string& name : options.watch) s.bindings.push_back({name});
    InterpreterState& in = rt::interp();
    // Watching needs the objects' frees (a freed object stops being watched).
    std::uint32_t mask = options.kinds;
    if (!options.watch.empty()) mask |= tracing::FREE;
    if (mask & tracing::REFCOUNT) in.set_refcount_hook(on_refcount, nullptr);
    in.trace_hooks.allocated = on_allocated;
    in.trace_hooks.freed = on_freed;
    in.trace_hooks.collected = on_collected;
    in.trace_hooks.collecting = on_collecting;
    in.trace_hooks.gc_object = on_gc_object;
    in.trace_hooks.gil_handed = on_gil_handed;
    tracing::trace_mask |= mask & (tracing::ALLOC | tracing::FREE | tracing::GC | tracing::GIL);
    wants_instructions =
        (options.kinds & (tracing::CALL | tracing::LINE | tracing::REFCOUNT | tracing::EXCEPTION)) || !options.watch.empty();
    refresh_use_tracing();
}

void stop() {
    State& s = state();
    if (!s.on) return;
    InterpreterState& in = rt::interp();
    in.set_refcount_hook(nullptr, nullptr);
    in.trace_hooks = {};
    // The leak check keeps its own alloc/free bits.
    std::uint32_t keep = in.live_objects ? (tracing::ALLOC | tracing::FREE) : 0;
    tracing::trace_mask &= ~static_cast<std::uint32_t>((tracing::ALLOC | tracing::FREE | tracing::GC | tracing::GIL) & ~keep);
    wants_instructions = false;
    refresh_use_tracing();
    s = State();
}

void instruction(ThreadState* ts, Frame* frame, int opcode, Object* top) {
    if (busy) return;
    Busy guard;
    State& s = state();
    if (!s.bindings.empty()) check_bindings(frame);
    s.returning.reset();
    s.previous_frame = frame;
    s.previous_lasti = frame_lasti(frame);
    std::uint32_t kinds = s.options.kinds;
    s.involved.clear();
    if (kinds & tracing::REFCOUNT) s.involved = involved_in(frame);
    if (opcode == static_cast<int>(Opcode::POP_EXCEPT) && (kinds & tracing::EXCEPTION)) handled(ts, frame);
    if (opcode == static_cast<int>(Opcode::RESUME)) {
        // A generator resumes at a RESUME after its first one.
        bool resumed = frame->in_generator && frame_lasti(frame) > frame->f_code->co_data->first_traceable;
        if (kinds & tracing::CALL) {
            Cause where = cause_of(frame);
            std::string call = function_name(frame) + "(" + (resumed ? "" : arguments_of(frame)) + ")";
            emit({resumed ? "resume" : "call", call,
                  {{"function", json_string(function_name(frame))}, {"arguments", json_string(resumed ? "" : arguments_of(frame))}}},
                 &where);
        }
        if (!resumed) s.frame_lines[frame] = -1;
        return;
    }
    bool leaving = opcode == static_cast<int>(Opcode::RETURN_VALUE) || opcode == static_cast<int>(Opcode::YIELD_VALUE);
    if (kinds & tracing::LINE) {
        int line = frame_lineno(frame);
        auto [it, fresh] = s.frame_lines.try_emplace(frame, line);
        if ((fresh || it->second != line) && line > 0) {
            it->second = line;
            Cause where = cause_of(frame);
            std::string text = source_text_line(str_to_utf8(frame->f_code->co_filename), line).value_or("");
            std::size_t start = text.find_first_not_of(" \t");
            text = start == std::string::npos ? "" : text.substr(start);
            while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
            emit({"line", fmt::format("{}:{}  {}", where.file, line, text), {{"source", json_string(text)}}}, nullptr);
        }
    }
    if (leaving) {
        if (kinds & tracing::CALL) {
            bool yields = opcode == static_cast<int>(Opcode::YIELD_VALUE);
            std::string value = top ? short_repr(top) : "None";
            Cause where = cause_of(frame);
            emit({yields ? "yield" : "return", fmt::format("{}() {} {}", function_name(frame), yields ? "yields" : "returns", value),
                  {{"function", json_string(function_name(frame))}, {"value", json_string(value)}}},
                 &where);
        }
        if (opcode == static_cast<int>(Opcode::RETURN_VALUE)) s.frame_lines.erase(frame);
        if (opcode == static_cast<int>(Opcode::RETURN_VALUE)) {
            s.returning = cause_of(frame);
            s.returning->name = function_name(frame);
        }
    }
}

void unwind(Frame* frame) {
    if (busy) return;
    Busy guard;
    State& s = state();
    s.frame_lines.erase(frame);
    if (s.options.kinds & tracing::CALL) {
        Cause where = cause_of(frame);
        emit({"return", function_name(frame) + "() raises", {{"function", json_string(function_name(frame))}}}, &where);
    }
}

}  // namespace glasspy::interp::trace_view
