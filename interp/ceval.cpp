// The eval loop: runs frames of bytecode (CPython: Python/ceval.c
// _PyEval_EvalFrameDefault).
//
// One C++ loop runs a whole chain of Python calls: CALL of a Python function
// pushes a new frame and jumps to its first instruction; RETURN_VALUE pops
// it and continues the caller.  Only calls into C++ code (built-ins, slots)
// can re-enter the loop, and those are counted against the recursion limit
// like Python frames.
//
// Invariants inside the loop: `sp` points one past the top of the current
// frame's value stack; `next` at the code unit after the instruction being
// run (its caches are skipped before the next dispatch); an instruction that
// fails jumps to `error` with the exception set, and unwinding consults the
// code's exception table.
#include "interp/ceval.hpp"

#include <atomic>
#include <vector>

#include "interp/ceval_internal.hpp"
#include "interp/ceval_trace.hpp"
#include "interp/frame_object.hpp"
#include "interp/genobject.hpp"
#include "interp/inline_cache.hpp"
#include "interp/opcodes.hpp"
#include "interp/run_source.hpp"
#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/range.hpp"
#include "runtime/method.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/slice.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/str_methods.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

// GCC and Clang have labels as values (computed gotos).
#if defined(__GNUC__)
#define GP_COMPUTED_GOTOS 1
#else
#define GP_COMPUTED_GOTOS 0
#endif

namespace glasspy::interp {

using namespace rt;

namespace {

// What a loop dispatches through (run_loop fills the handlers on its first
// run, label addresses existing only there): each opcode's handler, or,
// while some thread traces, the tracing entry for every opcode.  Each of
// the two loops (run_loop<false> and <true>) has its own.
template <bool Traced> struct Dispatch {
    static inline std::atomic<void*> table[256];
    static inline void* handlers[256];
    static inline void* tracing_entry = nullptr;
    static void apply(bool on) {
        if (!tracing_entry) return;  // the loop applies it when it first runs
        for (std::size_t i = 0; i < 256; ++i)
            table[i].store(on ? tracing_entry : handlers[i], std::memory_order_relaxed);
    }
};
std::atomic<bool> dispatch_tracing{false};

}  // namespace

void set_dispatch_tracing(bool on) {
    dispatch_tracing.store(on, std::memory_order_relaxed);
#if GP_COMPUTED_GOTOS
    Dispatch<false>::apply(on);
    Dispatch<true>::apply(on);
#endif
}

namespace {

Object* eval_frame(Frame* entry, bool throwing = false);

// ---- fast paths: what the loop does inline for the commonest operands ----------------------
// CPython 3.11 gets these from specialised instructions (BINARY_OP_ADD_INT,
// COMPARE_OP_INT_JUMP, CALL_PY_EXACT_ARGS ...); here the generic
// instruction checks its operands' types first, which costs a compare or
// two and needs no rewriting of the bytecode.

// An exact int of at most one 30-bit digit, and its value.
[[gnu::always_inline]] inline bool compact_int(const Object* o, std::int64_t* value) {
    if (o->ob_type != &int_type) return false;
    ssize_t size = int_size(o);
    if (size < -1 || size > 1) return false;
    *value = size == 0 ? 0 : size * static_cast<std::int64_t>(int_digits(o)[0]);
    return true;
}

// container[key] for an exact list or tuple and a compact int key, or
// null when it is not that or the index is out of range (the generic
// path raises the IndexError).  Borrowed.
[[gnu::always_inline]] inline Object* sequence_item_fast(Object* container, Object* key) {
    std::int64_t i;
    if (!compact_int(key, &i)) return nullptr;
    if (container->ob_type == &list_type) {
        ssize_t n = static_cast<VarObject*>(container)->ob_size;
        if (i < 0) i += n;
        return static_cast<std::uint64_t>(i) < static_cast<std::uint64_t>(n) ? list_item(container, i) : nullptr;
    }
    if (container->ob_type == &tuple_type) {
        ssize_t n = static_cast<VarObject*>(container)->ob_size;
        if (i < 0) i += n;
        return static_cast<std::uint64_t>(i) < static_cast<std::uint64_t>(n) ? tuple_item(container, i) : nullptr;
    }
    return nullptr;
}

// a <op> b for two compact ints, or null when the operation is left to
// binary_op (division by zero, negative shifts, big shifts, powers).
// Values below 2**30 keep +, -, * and small left shifts inside 64 bits, and
// int64 bitwise operations agree with Python's infinite two's complement.
[[gnu::always_inline]] inline Object* binary_op_compact(std::int64_t a, std::int64_t b, int op) {
    switch (static_cast<BinaryOp>(op)) {
        case BinaryOp::Add:
        case BinaryOp::InplaceAdd: return int_from_i64(a + b);
        case BinaryOp::Subtract:
        case BinaryOp::InplaceSubtract: return int_from_i64(a - b);
        case BinaryOp::Multiply:
        case BinaryOp::InplaceMultiply: return int_from_i64(a * b);
        case BinaryOp::FloorDivide:
        case BinaryOp::InplaceFloorDivide: {
            if (b == 0) return nullptr;
            std::int64_t q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
            return int_from_i64(q);
        }
        case BinaryOp::Remainder:
        case BinaryOp::InplaceRemainder: {
            if (b == 0) return nullptr;
            std::int64_t r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) r += b;
            return int_from_i64(r);
        }
        case BinaryOp::And:
        case BinaryOp::InplaceAnd: return int_from_i64(a & b);
        case BinaryOp::Or:
        case BinaryOp::InplaceOr: return int_from_i64(a | b);
        case BinaryOp::Xor:
        case BinaryOp::InplaceXor: return int_from_i64(a ^ b);
        case BinaryOp::Rshift:
        case BinaryOp::InplaceRshift:
            if (b < 0) return nullptr;
            return int_from_i64(a >> (b > 63 ? 63 : b));
        case BinaryOp::Lshift:
        case BinaryOp::InplaceLshift:
            if (b < 0 || b > 32) return nullptr;
            return int_from_i64(a * (std::int64_t{1} << b));
        case BinaryOp::TrueDivide:
        case BinaryOp::InplaceTrueDivide:
            // Both exact as doubles, so one rounding, as CPython's long_true_divide.
            if (b == 0) return nullptr;
            return float_from_double(static_cast<double>(a) / static_cast<double>(b));
        default: return nullptr;
    }
}

[[gnu::always_inline]] inline Object* binary_op_floats(double a, double b, int op) {
    switch (static_cast<BinaryOp>(op)) {
        case BinaryOp::Add:
        case BinaryOp::InplaceAdd: return float_from_double(a + b);
        case BinaryOp::Subtract:
        case BinaryOp::InplaceSubtract: return float_from_double(a - b);
        case BinaryOp::Multiply:
        case BinaryOp::InplaceMultiply: return float_from_double(a * b);
        case BinaryOp::TrueDivide:
        case BinaryOp::InplaceTrueDivide:
            if (b == 0.0) return nullptr;
            return float_from_double(a / b);
        default: return nullptr;
    }
}

// EvalHooks::call_function: a Python function called from C++.
Object* call_function(FunctionObject* func, Object* const* args, ssize_t nargs, Object* kwnames) {
    ssize_t npos = nargs - (kwnames ? tuple_size(kwnames) : 0);
    Frame* f = frame_for_call(func, args, npos, kwnames);
    if (!f) return nullptr;
    return eval_frame(f);
}

[[gnu::noinline, gnu::cold]] bool recursion_error(ThreadState* ts) {
    --ts->recursion_depth;
    set_error(&exc::RecursionError, "maximum recursion depth exceeded");
    return false;
}

[[gnu::always_inline]] inline bool enter_frame(ThreadState* ts) {
    if (GP_UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit)) return recursion_error(ts);
    return true;
}

// ---- the loop ---------------------------------------------------------------------------------

// The loop comes twice.  run_loop<false> changes reference counts without
// the trace check that rt::incref/decref make (one load and branch each,
// and a call that makes the compiler keep fewer values in registers):
// it runs while the refcount view is off.  run_loop<true> is the same
// loop with the checks, so that every count change the loop makes is
// reported; a run switches to it at the next instruction once the view
// comes on.  The runtime's functions keep their checks in both.
template <bool Traced> [[gnu::always_inline]] inline void loop_incref(Object* op) {
    if constexpr (Traced)
        rt::incref(op);
    else
        ++op->ob_refcnt;
}
template <bool Traced> [[gnu::always_inline]] inline void loop_decref(Object* op) {
    if constexpr (Traced)
        rt::decref(op);
    else if (--op->ob_refcnt == 0)
        dealloc(op);
}
template <bool Traced> [[gnu::always_inline]] inline void loop_xincref(Object* op) {
    if (op) loop_incref<Traced>(op);
}
template <bool Traced> [[gnu::always_inline]] inline void loop_xdecref(Object* op) {
    if (op) loop_decref<Traced>(op);
}

// A frame for a call of func with the `total` values at args (the last
// ones keyword values, named by names), taking over their references:
// moved into the frame when they are exactly its positional parameters,
// bound by frame_for_call otherwise.  Null with the exception set.
template <bool Traced>
[[gnu::always_inline]] inline Frame* frame_taking_args(ThreadState* ts, FunctionObject* func, Object** args,
                                                       ssize_t total, ssize_t npos, Object* names) {
    auto* fco = static_cast<CodeObject*>(func->func_code);
    Frame* callee;
    if (!names && npos == fco->co_argcount && fco->co_kwonlyargcount == 0 &&
        !(fco->co_flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        callee = frame_new(ts, fco, func, func->func_globals,
                           func->func_builtins ? func->func_builtins : func->func_globals, nullptr, args,
                           static_cast<int>(total));
        if (!callee)
            for (ssize_t i = 0; i < total; ++i) loop_decref<Traced>(args[i]);
    } else {
        callee = frame_for_call(func, args, npos, names);
        for (ssize_t i = 0; i < total; ++i) loop_decref<Traced>(args[i]);
    }
    return callee;
}

// How a run of the loop starts: a frame to run from its next instruction,
// one to raise the exception set into (generator.throw()), or, for the
// switch to run_loop<true>, the thread's current frame (entered already)
// at its current instruction.
enum class Start { fresh, throwing, continuing };

template <bool Traced> Object* run_loop(Frame* entry, Start start) {
    ThreadState* ts = ThreadState::current();
    InterpreterState& in_state = *ts->interp;
    bool throwing = start == Start::throwing;
    if (start != Start::continuing) {
        if (!enter_frame(ts)) {
            frame_free(entry);
            return nullptr;
        }
        entry->is_entry = true;
        entry->previous = static_cast<Frame*>(ts->frame);
        ts->frame = entry;
    }

    Frame* frame = entry;
#define incref(o) loop_incref<Traced>(o)
#define decref(o) loop_decref<Traced>(o)
#define xincref(o) loop_xincref<Traced>(o)
#define xdecref(o) loop_xdecref<Traced>(o)
    const std::uint16_t* next = nullptr;
    Object** sp = nullptr;
    Object** localsplus = nullptr;
    CodeObject* co = nullptr;
    Object* kwnames = nullptr;  // from KW_NAMES, for the next CALL (borrowed from co_consts)
    int opcode = 0, oparg = 0;
    int current = 0;  // while unwinding: the code unit of the instruction that raised
    GenObject* resumed = nullptr;  // for start_generator: the generator a FOR_ITER or SEND runs
    Object* sent = nullptr;        // and the value it sends (owned)
    Frame* callee = nullptr;       // for enter_callee: the frame a CALL made

#define GP_LOAD_FRAME()                                   \
    do {                                                  \
        co = frame->f_code;                               \
        next = frame->prev_instr + 1;                     \
        localsplus = frame->localsplus;                   \
        sp = frame->stack_base() + frame->stacktop;       \
    } while (0)
#define GP_SAVE_FRAME()                                                   \
    do {                                                                  \
        frame->stacktop = static_cast<int>(sp - frame->stack_base());     \
    } while (0)
#define GP_SAVE_FRAME_OF(f, s) ((f)->stacktop = static_cast<int>((s) - (f)->stack_base()))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
    GP_LOAD_FRAME();

    // Fetching: prev_instr marks the instruction being run (tracebacks and
    // calls read it); `next` is then at the code unit after it, the first of
    // its inline caches if it has any: the instruction skips them when done
    // (DISPATCH_PAST_CACHES), so that while it runs and when it raises,
    // next - 1 is the instruction itself.
#define GP_FETCH()                                                           \
    do {                                                                     \
        frame->prev_instr = next;                                            \
        std::uint16_t word = *next++;                                        \
        opcode = word & 0xFF;                                                \
        oparg = word >> 8;                                                   \
    } while (0)
    // Dispatching: with computed gotos each instruction ends in its own
    // indirect jump to the next one's code, which the branch predictor
    // learns per instruction (CPython: USE_COMPUTED_GOTOS); otherwise the
    // switch.
#if GP_COMPUTED_GOTOS
    // Filled on the first run (label addresses exist only in here); the
    // main thread runs Python code before any other thread can.
    // While some thread traces (sys.settrace/setprofile, the trace views),
    // every entry of the dispatch table is the tracing entry
    // (set_dispatch_tracing), which reports the instruction and then runs
    // it from the handlers' table: with tracing off, dispatching is one
    // load from a static table, as if tracing did not exist.
    void** const opcode_handlers = Dispatch<Traced>::handlers;
    std::atomic<void*>* const dispatch_table = Dispatch<Traced>::table;
    if (!opcode_handlers[0]) {
        for (std::size_t i = 0; i < 256; ++i) opcode_handlers[i] = &&unknown_opcode;
#define GP_OPCODE(name, number, operand, caches, effect, jump_effect, doc) opcode_handlers[number] = &&TARGET_##name;
#include "interp/opcodes.def"
#undef GP_OPCODE
        Dispatch<Traced>::tracing_entry = &&do_tracing;
        Dispatch<Traced>::apply(dispatch_tracing);
    }
#define TARGET(op) \
    case Opcode::op: \
    TARGET_##op:
#define DISPATCH_OPCODE()                                                                    \
    do {                                                                                     \
        goto* dispatch_table[static_cast<std::size_t>(opcode)].load(std::memory_order_relaxed); \
    } while (0)
#define DISPATCH_UNTRACED() goto* opcode_handlers[static_cast<std::size_t>(opcode)]
#else
#define TARGET(op) case Opcode::op:
#define DISPATCH_OPCODE() goto dispatch_opcode
#define DISPATCH_UNTRACED() goto run_opcode
#endif
    // A check point: Ctrl-C and the like are seen to here, between
    // instructions, when the one word says something is pending.
#define GP_CHECK_EVAL_BREAKER()                                                         \
    do {                                                                                \
        if (GP_UNLIKELY(in_state.eval_breaker.load(std::memory_order_relaxed)) &&       \
            !handle_eval_breaker())                                                     \
            goto error;                                                                 \
    } while (0)
#define DISPATCH_NEXT()     \
    do {                    \
        GP_FETCH();         \
        DISPATCH_OPCODE();  \
    } while (0)
#define DISPATCH() DISPATCH_NEXT()
#define DISPATCH_PAST_CACHES(op)                                              \
    do {                                                                      \
        next += OPCODE_CACHES[static_cast<std::size_t>(Opcode::op)];          \
        DISPATCH_NEXT();                                                      \
    } while (0)

    if (throwing) {
        // generator.throw(): raised where the frame stopped.
        // Its 'call' event first; a tracer that raises replaces the exception.
        if (GP_UNLIKELY(ts->use_tracing)) (void)trace_throw_entry(ts, frame);
        goto error;
    }
    GP_FETCH();
    if (GP_UNLIKELY(ts->use_tracing)) goto do_tracing;
    for (;;) {
#if !GP_COMPUTED_GOTOS
    dispatch_opcode:
        if (GP_UNLIKELY(dispatch_tracing)) goto do_tracing;
    run_opcode:
#endif
        switch (static_cast<Opcode>(opcode)) {
            TARGET(EXTENDED_ARG) {
                // The next instruction's oparg gets these 8 bits above its own;
                // prev_instr stays here (the prefix shares its location).
                std::uint16_t word = *next++;
                opcode = word & 0xFF;
                oparg = (oparg << 8) | (word >> 8);
                DISPATCH_UNTRACED();  // traced as one instruction with its prefix
            }
            TARGET(NOP)
                DISPATCH();
            TARGET(CACHE)
                // An instruction that did not skip its inline caches.
                set_error(&exc::SystemError, "executed a CACHE entry");
                goto error;
            TARGET(RESUME) {
                // oparg 0: a function's start (not a generator's resumption).
                if (oparg < 2) GP_CHECK_EVAL_BREAKER();
                DISPATCH();
            }
            TARGET(POP_TOP) decref(POP()); DISPATCH();
            TARGET(PUSH_NULL) PUSH(nullptr); DISPATCH();
            TARGET(COPY) {
                Object* v = PEEK(oparg);
                incref(v);
                PUSH(v);
                DISPATCH();
            }
            TARGET(SWAP) std::swap(TOP(), PEEK(oparg)); DISPATCH();
            TARGET(LOAD_CONST) {
                Object* v = tuple_item(co->co_consts, oparg);
                incref(v);
                PUSH(v);
                DISPATCH();
            }
            TARGET(LOAD_FAST) {
                Object* v = localsplus[oparg];
                if (!v) {
                    set_error_fmt(&exc::UnboundLocalError,
                                  "cannot access local variable '{}' where it is not associated with a value",
                                  str_to_utf8(tuple_item(co->co_localsplusnames, oparg)));
                    goto error;
                }
                incref(v);
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_FAST) {
                Object* old = localsplus[oparg];
                localsplus[oparg] = POP();
                xdecref(old);
                DISPATCH();
            }
            TARGET(DELETE_FAST) {
                if (!localsplus[oparg]) {
                    set_error_fmt(&exc::UnboundLocalError,
                                  "cannot access local variable '{}' where it is not associated with a value",
                                  str_to_utf8(tuple_item(co->co_localsplusnames, oparg)));
                    goto error;
                }
                clear(localsplus[oparg]);
                DISPATCH();
            }
            TARGET(LOAD_NAME) {
                Object* v = load_name(frame, tuple_item(co->co_names, oparg));
                if (!v) goto error;
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_NAME) {
                // A class body's namespace may be any mapping __prepare__
                // returned.
                Object* v = POP();
                Object* ns = frame->f_locals;
                Object* name = tuple_item(co->co_names, oparg);
                int r = ns->ob_type == &dict_type ? dict_setitem(ns, name, v) : set_item(ns, name, v);
                decref(v);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(DELETE_NAME) {
                Object* ns = frame->f_locals;
                Object* name = tuple_item(co->co_names, oparg);
                if ((ns->ob_type == &dict_type ? dict_delitem(ns, name) : del_item(ns, name)) < 0) {
                    if (!error_matches(&exc::KeyError)) goto error;
                    clear_error();
                    name_error(name);
                    goto error;
                }
                DISPATCH();
            }
            TARGET(BEFORE_WITH) {
                // with mgr as x: __exit__ stays on the stack for the exit
                // paths; __enter__()'s result goes on top.
                Object* mgr = TOP();
                Object* exit = nullptr;
                Object* entered = enter_context(mgr, &exit, false);
                if (!entered) goto error;
                TOP() = exit;
                decref(mgr);
                PUSH(entered);
                DISPATCH();
            }
            TARGET(WITH_EXCEPT_START) {
                // Stack: __exit__, lasti, previous exception, exception.
                Object* r = call_exit_with(PEEK(4), TOP());
                if (!r) goto error;
                PUSH(r);
                DISPATCH();
            }
            TARGET(PRINT_EXPR) {
                Object* value = POP();
                bool ok = print_expr(value);
                decref(value);
                if (!ok) goto error;
                DISPATCH();
            }
            TARGET(SETUP_ANNOTATIONS) {
                if (!setup_annotations(frame)) goto error;
                DISPATCH();
            }
            TARGET(LOAD_BUILD_CLASS) {
                Object* bc = dict_getitem_str(frame->f_builtins, "__build_class__");
                if (!bc) {
                    set_error(&exc::NameError, "__build_class__ not found");
                    goto error;
                }
                incref(bc);
                PUSH(bc);
                DISPATCH();
            }
            TARGET(LOAD_CLASSDEREF) {
                // A class body reading a name free in it: its namespace
                // first, then the enclosing function's cell.
                Object* name = tuple_item(co->co_localsplusnames, oparg);
                Object* ns = frame->f_locals;
                Object* v = ns->ob_type == &dict_type ? dict_getitem(ns, name) : nullptr;
                if (v) {
                    incref(v);
                } else if (ns->ob_type != &dict_type) {
                    v = get_item(ns, name);
                    if (!v) {
                        if (!error_matches(&exc::KeyError)) goto error;
                        clear_error();
                    }
                }
                if (!v) {
                    v = static_cast<CellObject*>(localsplus[oparg])->ob_ref;
                    if (!v) {
                        unbound_deref_error(co, oparg);
                        goto error;
                    }
                    incref(v);
                }
                PUSH(v);
                DISPATCH();
            }
            TARGET(LOAD_GLOBAL) {
                if (oparg & 1) PUSH(nullptr);
                std::uint16_t slot = next[0];
                std::uint64_t gv = static_cast<DictObject*>(frame->f_globals)->ma_version_tag;
                std::uint64_t bv = static_cast<DictObject*>(frame->f_builtins)->ma_version_tag;
                GlobalCache* cache = slot ? &co->co_data->global_caches[slot - 1u] : nullptr;
                if (cache && cache->value && cache->globals_version == gv && cache->builtins_version == bv) {
                    incref(cache->value);
                    PUSH(cache->value);
                    DISPATCH_PAST_CACHES(LOAD_GLOBAL);
                }
                Object* v = load_global(frame, tuple_item(co->co_names, oparg >> 1));
                if (!v) goto error;
                // Remembered only if the lookup itself changed neither dict
                // (a key's __eq__ could), so that the dict still holds v.
                if (cache && gv == static_cast<DictObject*>(frame->f_globals)->ma_version_tag &&
                    bv == static_cast<DictObject*>(frame->f_builtins)->ma_version_tag) {
                    cache->value = v;
                    cache->globals_version = gv;
                    cache->builtins_version = bv;
                }
                PUSH(v);
                DISPATCH_PAST_CACHES(LOAD_GLOBAL);
            }
            TARGET(STORE_GLOBAL) {
                Object* v = POP();
                int r = dict_setitem(frame->f_globals, tuple_item(co->co_names, oparg), v);
                decref(v);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(DELETE_GLOBAL) {
                Object* name = tuple_item(co->co_names, oparg);
                if (dict_delitem(frame->f_globals, name) < 0) {
                    clear_error();
                    name_error(name);
                    goto error;
                }
                DISPATCH();
            }
            TARGET(MAKE_CELL) {
                Object* cell = cell_new(localsplus[oparg]);
                if (!cell) goto error;
                xdecref(localsplus[oparg]);
                localsplus[oparg] = cell;
                DISPATCH();
            }
            TARGET(COPY_FREE_VARS) {
                auto* func = static_cast<FunctionObject*>(frame->f_func);
                int offset = co->co_nlocalsplus - oparg;
                for (int i = 0; i < oparg; ++i) {
                    Object* cell = tuple_item(func->func_closure, i);
                    incref(cell);
                    localsplus[offset + i] = cell;
                }
                DISPATCH();
            }
            TARGET(LOAD_CLOSURE) {
                Object* cell = localsplus[oparg];
                incref(cell);
                PUSH(cell);
                DISPATCH();
            }
            TARGET(LOAD_DEREF) {
                Object* v = static_cast<CellObject*>(localsplus[oparg])->ob_ref;
                if (!v) {
                    unbound_deref_error(co, oparg);
                    goto error;
                }
                incref(v);
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_DEREF) {
                auto* cell = static_cast<CellObject*>(localsplus[oparg]);
                Object* old = cell->ob_ref;
                cell->ob_ref = POP();
                xdecref(old);
                DISPATCH();
            }
            TARGET(DELETE_DEREF) {
                auto* cell = static_cast<CellObject*>(localsplus[oparg]);
                if (!cell->ob_ref) {
                    unbound_deref_error(co, oparg);
                    goto error;
                }
                clear(cell->ob_ref);
                DISPATCH();
            }
            TARGET(LOAD_ATTR) {
                Object* owner = TOP();
                Object* name = tuple_item(co->co_names, oparg);
                if (attr_cache_valid(owner, next)) {
                    Object* v = nullptr;
                    if (next[3] == ATTR_IN_SLOT) {
                        v = *cached_slot(owner, next);
                    } else if (next[3] == ATTR_ON_CLASS) {
                        DictObject* dict = fixed_instance_dict(owner);
                        if (!dict || dict_lacks_name(dict, name)) {
                            Object* found = type_lookup(owner->ob_type, name);
                            if (found && !found->ob_type->tp_descr_get) v = found;
                        }
                    } else {
                        ssize_t ix = cached_attr_index(owner, name, next);
                        if (ix >= 0) v = dictimpl::unicode_entries(fixed_instance_dict(owner)->ma_keys)[ix].me_value;
                    }
                    if (v) {
                        incref(v);
                        decref(owner);
                        TOP() = v;
                        DISPATCH_PAST_CACHES(LOAD_ATTR);
                    }
                }
                Object* v = get_attr(owner, name);
                if (!v) goto error;
                fill_attr_cache(owner, name, const_cast<std::uint16_t*>(next), false);
                decref(owner);
                TOP() = v;
                DISPATCH_PAST_CACHES(LOAD_ATTR);
            }
            TARGET(LOAD_METHOD) {
                // obj.name(...): when the type's attribute is a method (and
                // the instance does not shadow it), push it and obj, so that
                // CALL passes obj as the first argument and no bound method
                // is made; otherwise NULL and the attribute.
                Object* owner = TOP();
                Object* name = tuple_item(co->co_names, oparg);
                TypeObject* type = owner->ob_type;
                Object* meth = nullptr;
                unsigned int version = cache_type_version(next);
                if (version != 0 && type->tp_version_tag == version) {
                    meth = cached_method(next);
                } else if (type->tp_getattro == generic_getattr || type->tp_getattro == nullptr) {
                    meth = type_lookup(type, name);
                    if (meth && (is_method_descr(meth) || meth->ob_type == &function_type))
                        fill_method_cache(owner, meth, const_cast<std::uint16_t*>(next));
                    else
                        meth = nullptr;
                }
                if (meth) {
                    Object* dict = instance_dict(owner);
                    if (!dict || dict_lacks_name(static_cast<DictObject*>(dict), name) || !dict_getitem(dict, name)) {
                        incref(meth);
                        TOP() = meth;
                        PUSH(owner);
                        DISPATCH_PAST_CACHES(LOAD_METHOD);
                    }
                }
                Object* v = get_attr(owner, name);
                if (!v) goto error;
                decref(owner);
                TOP() = nullptr;
                PUSH(v);
                DISPATCH_PAST_CACHES(LOAD_METHOD);
            }
            TARGET(STORE_ATTR) {
                Object* owner = POP();
                Object* v = POP();
                Object* name = tuple_item(co->co_names, oparg);
                if (attr_cache_valid(owner, next)) {
                    if (next[3] == ATTR_IN_SLOT) {
                        Object** slot = cached_slot(owner, next);
                        Object* old = *slot;
                        *slot = v;
                        xdecref(old);
                        decref(owner);
                        DISPATCH_PAST_CACHES(STORE_ATTR);
                    }
                    ssize_t ix = cached_attr_index(owner, name, next);
                    if (ix >= 0) {
                        // The attribute exists: its value is replaced in place.
                        dictimpl::replace_value_at(fixed_instance_dict(owner), ix, v);
                        decref(owner);
                        DISPATCH_PAST_CACHES(STORE_ATTR);
                    }
                }
                int r = set_attr(owner, name, v);
                // A new attribute (as in __init__) misses with the cache already
                // right for the next instance: filled only for another type.
                if (r == 0 && cache_type_version(next) != owner->ob_type->tp_version_tag)
                    fill_attr_cache(owner, name, const_cast<std::uint16_t*>(next), true);
                decref(owner);
                decref(v);
                if (r < 0) goto error;
                DISPATCH_PAST_CACHES(STORE_ATTR);
            }
            TARGET(IMPORT_NAME) {
                Object* fromlist = POP();
                Object* level = TOP();
                Object* r = import_name(frame, tuple_item(co->co_names, oparg), fromlist, level);
                decref(fromlist);
                decref(level);
                TOP() = r;
                if (!r) {
                    --sp;
                    goto error;
                }
                DISPATCH();
            }
            TARGET(IMPORT_FROM) {
                Object* r = import_from(TOP(), tuple_item(co->co_names, oparg));
                if (!r) goto error;
                PUSH(r);
                DISPATCH();
            }
            TARGET(IMPORT_STAR) {
                Object* from = POP();
                if (!frame->f_locals) {
                    decref(from);
                    set_error(&exc::SystemError, "no locals found during 'import *'");
                    goto error;
                }
                bool ok = import_star(from, frame->f_locals);
                decref(from);
                if (!ok) goto error;
                DISPATCH();
            }
            TARGET(DELETE_ATTR) {
                Object* owner = POP();
                int r = set_attr(owner, tuple_item(co->co_names, oparg), nullptr);
                decref(owner);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(BINARY_OP) {
                Object* right = TOP();
                Object* left = SECOND();
                Object* r = nullptr;
                std::int64_t a, b;
                if (compact_int(left, &a)) {
                    if (compact_int(right, &b))
                        r = binary_op_compact(a, b, oparg);
                    else if (right->ob_type == &float_type)  // |a| < 2**30: exact as a double
                        r = binary_op_floats(static_cast<double>(a), float_value(right), oparg);
                } else if (left->ob_type == &float_type) {
                    if (right->ob_type == &float_type) {
                        r = binary_op_floats(float_value(left), float_value(right), oparg);
                        if (r) {
                            --sp;
                            decref_exact_float(right);
                            decref_exact_float(left);
                            TOP() = r;
                            DISPATCH_PAST_CACHES(BINARY_OP);
                        }
                    } else if (compact_int(right, &b)) {
                        r = binary_op_floats(float_value(left), static_cast<double>(b), oparg);
                    }
                }
                if (!r) {
                    r = binary_op(left, right, static_cast<BinaryOp>(oparg));
                    if (!r) goto error;
                }
                --sp;
                decref(right);
                decref(left);
                TOP() = r;
                DISPATCH_PAST_CACHES(BINARY_OP);
            }
            TARGET(UNARY_NEGATIVE)
            TARGET(UNARY_POSITIVE)
            TARGET(UNARY_INVERT) {
                Object* v = TOP();
                Object* r = opcode == static_cast<int>(Opcode::UNARY_NEGATIVE) ? negative(v)
                            : opcode == static_cast<int>(Opcode::UNARY_POSITIVE) ? positive(v)
                                                                                  : invert(v);
                if (!r) goto error;
                decref(v);
                TOP() = r;
                DISPATCH();
            }
            TARGET(UNARY_NOT) {
                Object* v = TOP();
                int t = is_true(v);
                if (t < 0) goto error;
                decref(v);
                TOP() = bool_from(!t);
                DISPATCH();
            }
            TARGET(COMPARE_OP) {
                Object* right = TOP();
                Object* left = SECOND();
                std::int64_t a, b;
                int result = -1;
                if (compact_int(left, &a) && compact_int(right, &b))
                    result = compare_values(a, b, oparg);
                else if (left->ob_type == &float_type && right->ob_type == &float_type)
                    result = compare_values(float_value(left), float_value(right), oparg);  // NaN as IEEE says, as CPython
                if (result >= 0) {
                    // Two numbers: when a conditional jump follows, it takes
                    // the result directly and no bool is made (CPython:
                    // COMPARE_OP_INT_JUMP, COMPARE_OP_FLOAT_JUMP).
                    sp -= 2;
                    decref(right);
                    decref(left);
                    next += OPCODE_CACHES[static_cast<std::size_t>(Opcode::COMPARE_OP)];
                    std::uint16_t word = *next;
                    int jump = word & 0xFF;
                    if (jump == static_cast<int>(Opcode::POP_JUMP_FORWARD_IF_FALSE) ||
                        jump == static_cast<int>(Opcode::POP_JUMP_FORWARD_IF_TRUE)) {
                        ++next;
                        if ((result != 0) == (jump == static_cast<int>(Opcode::POP_JUMP_FORWARD_IF_TRUE)))
                            next += word >> 8;
                        DISPATCH();
                    }
                    Object* r = result ? true_object : false_object;
                    incref(r);
                    PUSH(r);
                    DISPATCH();
                }
                Object* r = rich_compare(left, right, oparg);
                if (!r) goto error;
                sp -= 2;
                decref(right);
                decref(left);
                PUSH(r);
                DISPATCH_PAST_CACHES(COMPARE_OP);
            }
            TARGET(IS_OP) {
                Object* right = POP();
                Object* left = TOP();
                bool same = (left == right) != (oparg != 0);
                decref(right);
                decref(left);
                TOP() = bool_from(same);
                DISPATCH();
            }
            TARGET(CONTAINS_OP) {
                Object* right = POP();
                Object* left = TOP();
                int found = contains(right, left);
                decref(right);
                if (found < 0) goto error;
                decref(left);
                TOP() = bool_from((found != 0) != (oparg != 0));
                DISPATCH();
            }
            TARGET(BINARY_SUBSCR) {
                Object* key = TOP();
                Object* container = SECOND();
                Object* r = sequence_item_fast(container, key);
                if (r) {
                    incref(r);
                } else {
                    r = get_item(container, key);
                    if (!r) goto error;
                }
                --sp;
                decref(key);
                decref(container);
                TOP() = r;
                DISPATCH_PAST_CACHES(BINARY_SUBSCR);
            }
            TARGET(STORE_SUBSCR) {
                Object* key = POP();
                Object* container = POP();
                Object* v = POP();
                std::int64_t i;
                if (container->ob_type == &list_type && compact_int(key, &i)) {
                    // list[i] = v in range: the item's reference moves in
                    // (CPython: STORE_SUBSCR_LIST_INT).
                    ssize_t n = static_cast<VarObject*>(container)->ob_size;
                    if (i < 0) i += n;
                    if (static_cast<std::uint64_t>(i) < static_cast<std::uint64_t>(n)) {
                        Object** slot = &list_items(container)[i];
                        Object* old = *slot;
                        *slot = v;
                        decref(old);
                        decref(key);
                        decref(container);
                        DISPATCH_PAST_CACHES(STORE_SUBSCR);
                    }
                }
                int r = set_item(container, key, v);
                decref(key);
                decref(container);
                decref(v);
                if (r < 0) goto error;
                DISPATCH_PAST_CACHES(STORE_SUBSCR);
            }
            TARGET(DELETE_SUBSCR) {
                Object* key = POP();
                Object* container = POP();
                int r = del_item(container, key);
                decref(key);
                decref(container);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(BUILD_TUPLE) {
                Object* t = tuple_new(oparg);
                if (!t) goto error;
                for (int i = oparg - 1; i >= 0; --i) tuple_items(t)[i] = POP();
                PUSH(t);
                DISPATCH();
            }
            TARGET(BUILD_LIST) {
                Object* l = list_new(oparg);
                if (!l) goto error;
                for (int i = oparg - 1; i >= 0; --i) static_cast<ListObject*>(l)->ob_item[i] = POP();
                PUSH(l);
                DISPATCH();
            }
            TARGET(BUILD_MAP) {
                Object* d = build_map(sp - 2 * oparg, oparg);
                for (int k = 0; k < 2 * oparg; ++k) decref(POP());
                if (!d) goto error;
                PUSH(d);
                DISPATCH();
            }
            TARGET(BUILD_CONST_KEY_MAP) {
                Object* keys = POP();
                Object* d = build_const_key_map(keys, sp - oparg, oparg);
                decref(keys);
                for (int k = 0; k < oparg; ++k) decref(POP());
                if (!d) goto error;
                PUSH(d);
                DISPATCH();
            }
            TARGET(LIST_APPEND) {
                Object* v = POP();
                int r = list_append(PEEK(oparg), v);
                decref(v);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(MAP_ADD) {
                Object* value = POP();
                Object* key = POP();
                int r = dict_setitem(PEEK(oparg), key, value);
                decref(key);
                decref(value);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(BUILD_STRING) {
                // The pieces joined on their own storage (CPython:
                // _PyUnicode_JoinArray).  No C++ object with a destructor may
                // live in a case: a computed goto out of it skips the
                // destructor (a std::string here leaked once per f-string).
                Object* s = str_join_array(&PEEK(oparg), oparg);
                if (!s) goto error;
                for (int i = 0; i < oparg; ++i) decref(POP());
                PUSH(s);
                DISPATCH();
            }
            TARGET(FORMAT_VALUE) {
                // oparg & 3: no conversion, !s, !r, !a; oparg & 4: a spec on top.
                Object* spec = (oparg & 4) ? POP() : nullptr;
                Object* v = POP();
                Object* r = format_value(v, oparg & 3, spec);
                decref(v);
                xdecref(spec);
                if (!r) goto error;
                PUSH(r);
                DISPATCH();
            }
            TARGET(LIST_EXTEND) {
                Object* iterable = POP();
                int r = list_extend_for_star(PEEK(oparg), iterable);
                decref(iterable);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(LIST_TO_TUPLE) {
                Object* list = TOP();
                Object* t = list_as_tuple(list);
                if (!t) goto error;
                decref(list);
                TOP() = t;
                DISPATCH();
            }
            TARGET(BUILD_SET) {
                Object* set = build_set(sp - oparg, oparg);
                for (int k = 0; k < oparg; ++k) decref(POP());
                if (!set) goto error;
                PUSH(set);
                DISPATCH();
            }
            TARGET(SET_ADD) {
                Object* v = POP();
                int r = set_add(PEEK(oparg), v);
                decref(v);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(SET_UPDATE) {
                Object* iterable = POP();
                int r = set_update(PEEK(oparg), iterable);
                decref(iterable);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(DICT_UPDATE)
            TARGET(DICT_MERGE) {
                Object* other = POP();
                int r = opcode == static_cast<int>(Opcode::DICT_UPDATE) ? dict_update(PEEK(oparg), other)
                                                                         : dict_merge(PEEK(oparg), other, 2);
                decref(other);
                if (r < 0) goto error;
                DISPATCH();
            }
            TARGET(BUILD_SLICE) {
                Object* step = oparg == 3 ? POP() : nullptr;
                Object* stop = POP();
                Object* start = TOP();
                Object* slice = slice_new(start, stop, step);
                xdecref(step);
                decref(stop);
                if (!slice) goto error;
                decref(start);
                TOP() = slice;
                DISPATCH();
            }
            TARGET(CALL_FUNCTION_EX) {
                Object* kwargs = (oparg & 1) ? POP() : nullptr;
                Object* callargs = POP();
                Object* r = call_function_ex(TOP(), callargs, kwargs);
                decref(callargs);
                xdecref(kwargs);
                decref(POP());
                --sp;  // the NULL below the callable
                if (!r) goto error;
                PUSH(r);
                DISPATCH();
            }
            TARGET(UNPACK_SEQUENCE) {
                Object* seq = POP();
                if ((seq->ob_type == &tuple_type || seq->ob_type == &list_type) &&
                    static_cast<VarObject*>(seq)->ob_size == oparg) {
                    // The items of an exact tuple or list of the right size,
                    // the first on top (CPython: UNPACK_SEQUENCE_TUPLE/_LIST).
                    Object** items = seq->ob_type == &tuple_type ? tuple_items(seq) : list_items(seq);
                    for (int i = oparg - 1; i >= 0; --i) {
                        incref(items[i]);
                        PUSH(items[i]);
                    }
                    decref(seq);
                    DISPATCH_PAST_CACHES(UNPACK_SEQUENCE);
                }
                bool ok = unpack_iterable(seq, oparg, -1, sp);
                decref(seq);
                if (!ok) goto error;
                sp += oparg;
                DISPATCH_PAST_CACHES(UNPACK_SEQUENCE);
            }
            TARGET(UNPACK_EX) {
                // a, *b, c = seq: oparg & 0xFF targets before the star, oparg >> 8 after.
                Object* seq = POP();
                bool ok = unpack_iterable(seq, oparg & 0xFF, oparg >> 8, sp);
                decref(seq);
                if (!ok) goto error;
                sp += (oparg & 0xFF) + 1 + (oparg >> 8);
                DISPATCH();
            }
            TARGET(GET_ITER) {
                Object* v = TOP();
                Object* it = get_iter(v);
                if (!it) goto error;
                decref(v);
                TOP() = it;
                DISPATCH();
            }
            TARGET(FOR_ITER) {
                if (TOP()->ob_type == &generator_type && oparg <= 0xFF) {
                    resumed = static_cast<GenObject*>(TOP());
                    if (gen_can_start(resumed)) {
                        incref(None());
                        sent = None();
                        goto start_generator;
                    }
                }
                // Ranges and lists step here (CPython 3.12: FOR_ITER_RANGE,
                // FOR_ITER_LIST); other iterators through tp_iternext.
                Object* it = TOP();
                Object* x;
                if (it->ob_type == &range_iter_type) {
                    ssize_t value;
                    if (range_iter_step(static_cast<RangeIterObject*>(it), &value)) {
                        x = int_from_ssize(value);
                        if (!x) goto error;
                        PUSH(x);
                        DISPATCH();
                    }
                } else {
                    x = it->ob_type == &list_iter_type ? list_iter_step(static_cast<ListIterObject*>(it))
                                                       : it->ob_type->tp_iternext(it);
                    if (x) {
                        PUSH(x);
                        DISPATCH();
                    }
                    if (error_occurred()) {
                        if (!error_matches(&exc::StopIteration)) goto error;
                        clear_error();
                    }
                }
                decref(POP());
                next += oparg;
                DISPATCH();
            }
            TARGET(JUMP_FORWARD) next += oparg; DISPATCH();
            TARGET(JUMP_BACKWARD) {
                next -= oparg;
                GP_CHECK_EVAL_BREAKER();
                DISPATCH();
            }
            TARGET(JUMP_BACKWARD_NO_INTERRUPT) next -= oparg; DISPATCH();
            TARGET(POP_JUMP_FORWARD_IF_FALSE)
            TARGET(POP_JUMP_FORWARD_IF_TRUE)
            TARGET(POP_JUMP_BACKWARD_IF_FALSE)
            TARGET(POP_JUMP_BACKWARD_IF_TRUE) {
                Object* v = POP();
                int t;
                if (v == true_object || v == false_object) {
                    t = v == true_object;
                    decref(v);
                } else {
                    t = is_true(v);
                    decref(v);
                    if (t < 0) goto error;
                }
                bool when_true = opcode == static_cast<int>(Opcode::POP_JUMP_FORWARD_IF_TRUE) ||
                                 opcode == static_cast<int>(Opcode::POP_JUMP_BACKWARD_IF_TRUE);
                bool backward = opcode == static_cast<int>(Opcode::POP_JUMP_BACKWARD_IF_FALSE) ||
                                opcode == static_cast<int>(Opcode::POP_JUMP_BACKWARD_IF_TRUE);
                if ((t != 0) == when_true) {
                    next += backward ? -oparg : oparg;
                    if (backward) GP_CHECK_EVAL_BREAKER();
                }
                DISPATCH();
            }
            TARGET(POP_JUMP_FORWARD_IF_NONE)
            TARGET(POP_JUMP_FORWARD_IF_NOT_NONE)
            TARGET(POP_JUMP_BACKWARD_IF_NONE)
            TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
                Object* v = POP();
                bool is_none = v == None();
                decref(v);
                bool when_none = opcode == static_cast<int>(Opcode::POP_JUMP_FORWARD_IF_NONE) ||
                                 opcode == static_cast<int>(Opcode::POP_JUMP_BACKWARD_IF_NONE);
                bool backward = opcode == static_cast<int>(Opcode::POP_JUMP_BACKWARD_IF_NONE) ||
                                opcode == static_cast<int>(Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE);
                if (is_none == when_none) {
                    next += backward ? -oparg : oparg;
                    if (backward) GP_CHECK_EVAL_BREAKER();
                }
                DISPATCH();
            }
            TARGET(JUMP_IF_FALSE_OR_POP)
            TARGET(JUMP_IF_TRUE_OR_POP) {
                int t = is_true(TOP());
                if (t < 0) goto error;
                bool when_true = opcode == static_cast<int>(Opcode::JUMP_IF_TRUE_OR_POP);
                if ((t != 0) == when_true)
                    next += oparg;
                else
                    decref(POP());
                DISPATCH();
            }
            TARGET(KW_NAMES) kwnames = tuple_item(co->co_consts, oparg); DISPATCH();
            TARGET(PRECALL) DISPATCH_PAST_CACHES(PRECALL);
            TARGET(CALL) {
                if (PEEK(oparg + 2) == nullptr && is_method(PEEK(oparg + 1))) {
                    // A bound method made anyway (m = obj.f; m()): its
                    // function and instance take the two slots, as after
                    // LOAD_METHOD.
                    auto* m = static_cast<MethodObject*>(PEEK(oparg + 1));
                    incref(m->im_func);
                    incref(m->im_self);
                    PEEK(oparg + 2) = m->im_func;
                    PEEK(oparg + 1) = m->im_self;
                    decref(m);
                }
                bool is_meth = PEEK(oparg + 2) != nullptr;
                ssize_t total = oparg + (is_meth ? 1 : 0);
                Object* callable = PEEK(total + 1);
                Object** args = sp - total;
                Object* names = kwnames;
                kwnames = nullptr;
                ssize_t npos = total - (names ? tuple_size(names) : 0);
                if (callable->ob_type == &function_type) {
                    // The arguments' references go into the new frame.
                    callee = frame_taking_args<Traced>(ts, static_cast<FunctionObject*>(callable), args, total, npos,
                                                       names);
                    sp -= total;
                    decref(POP());          // the callable (or the method)
                    if (!is_meth) --sp;     // the NULL below it
                    if (!callee) goto error;
                    if (!enter_frame(ts)) {
                        frame_free(ts, callee);
                        goto error;
                    }
                    goto enter_callee;
                }
                if (callable->ob_type == &type_type && !is_meth) {
                    // C(...) for a class with object's __new__ and a Python
                    // __init__: the instance is made here and __init__'s frame
                    // goes on top of this one (CPython 3.13:
                    // CALL_ALLOC_AND_ENTER_INIT).  [NULL, C, args] becomes
                    // [self] with the frame's arguments (self, args) taken
                    // from the slots of C and the args.
                    auto* type = static_cast<TypeObject*>(callable);
                    static Object* const init_name = str_intern("__init__");
                    Object* init;
                    if (type->tp_new == object_new && init_runs_python(type) &&
                        (init = type_lookup(type, init_name)) && init->ob_type == &function_type &&
                        !(static_cast<CodeObject*>(static_cast<FunctionObject*>(init)->func_code)->co_flags &
                          (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                        // The call through type_call that this replaces counts
                        // once in the recursion depth, and __init__'s frame once
                        // more: so does this (CPython 3.11 counts both as well).
                        Object* self = nullptr;
                        if (++ts->recursion_depth > in_state.recursion_limit)
                            set_error(&exc::RecursionError, "maximum recursion depth exceeded while calling a Python object");
                        else
                            self = object_new(type, nullptr, nullptr);
                        if (!self) {
                            --ts->recursion_depth;
                            for (ssize_t i = 0; i < total; ++i) decref(args[i]);
                            sp -= total;
                            decref(POP());
                            --sp;
                            goto error;
                        }
                        Object** slots = sp - total - 2;
                        slots[0] = self;  // the call's result
                        incref(self);
                        decref(slots[1]);  // the class: its instance holds it
                        slots[1] = self;
                        callee = frame_taking_args<Traced>(ts, static_cast<FunctionObject*>(init), slots + 1,
                                                           total + 1, npos + 1, names);
                        sp = slots + 1;
                        if (!callee) {
                            --ts->recursion_depth;
                            goto error;
                        }
                        if (!enter_frame(ts)) {
                            --ts->recursion_depth;
                            frame_free(ts, callee);
                            goto error;
                        }
                        callee->returns_self = true;
                        goto enter_callee;
                    }
                }
                if (callable->ob_type == &method_descr_type && total == 2 && is_meth && !names &&
                    static_cast<MethodDescrObject*>(callable)->d_method->call == gen_send &&
                    args[0]->ob_type == &generator_type && !ts->use_tracing) {
                    // gen.send(v): the generator's frame goes on top of this
                    // one, as for FOR_ITER (a profiler wants the C call: not
                    // while tracing).  [send, gen, v] becomes [gen].
                    resumed = static_cast<GenObject*>(args[0]);
                    if (gen_can_start(resumed) &&
                        (args[1] == None() || resumed->gi_frame->state != FrameState::created)) {
                        sent = POP();
                        Object* gen = POP();
                        decref(TOP());
                        TOP() = gen;
                        next += OPCODE_CACHES[static_cast<std::size_t>(Opcode::CALL)];
                        goto start_generator_by_call;
                    }
                }
                Object* r = GP_UNLIKELY(ts->use_tracing) ? call_profiled(ts, callable, args, npos, names)
                                                         : call_object(callable, args, npos, names);
                for (ssize_t i = 0; i < total; ++i) decref(args[i]);
                sp -= total;
                decref(POP());
                if (!is_meth) --sp;
                if (!r) goto error;
                PUSH(r);
                DISPATCH_PAST_CACHES(CALL);
            }
            TARGET(MAKE_FUNCTION) {
                int taken = 1 + ((oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1));
                Object* fn = make_function(frame, oparg, sp);
                sp -= taken;
                if (!fn) goto error;
                PUSH(fn);
                DISPATCH();
            }
            TARGET(RETURN_VALUE) {
                Object* retval = POP();
                --ts->recursion_depth;
                Frame* done = frame;
                frame = frame->previous;
                ts->frame = frame;
                bool was_entry = done->is_entry;
                bool was_generator = done->in_generator;
                bool was_init = done->returns_self;
                GP_SAVE_FRAME_OF(done, sp);
                frame_free(ts, done);
                if (was_entry) return retval;
                GP_LOAD_FRAME();
                if (GP_UNLIKELY(was_init)) {
                    // The instance below is the call's result.
                    --ts->recursion_depth;  // the unit of the class call
                    if (retval != None()) {
                        set_error_fmt(&exc::TypeError, "__init__() should return None, not '{}'", type_name(retval));
                        decref(retval);
                        goto error;
                    }
                    decref(retval);
                    DISPATCH();
                }
                if (GP_UNLIKELY(was_generator)) {
                    // A generator started by start_generator is exhausted:
                    // the FOR_ITER below it ends its loop, the SEND takes
                    // the value as the result of its yield from / await,
                    // a send() call raises StopIteration with it.
                    auto* gen = static_cast<GenObject*>(TOP());
                    bool by_call = gen->gi_resumed_by_call;
                    gen_stop(ts, gen);
                    if (by_call) {
                        decref(gen);
                        --sp;
                        (void)gen_step_result(SendResult::returned, retval, false);
                        goto error;
                    }
                    std::uint16_t word = *frame->prev_instr;
                    next += word >> 8;
                    if ((word & 0xFF) == static_cast<int>(Opcode::SEND)) {
                        TOP() = retval;
                    } else {
                        decref(retval);
                        --sp;
                    }
                    decref(gen);
                    DISPATCH();
                }
                PUSH(retval);
                DISPATCH();
            }
            TARGET(RETURN_GENERATOR) {
                // The frame so far was the call's; from here on it is the
                // generator's, which the call returns.
                GP_SAVE_FRAME();
                Frame* caller = frame->previous;
                bool was_entry = frame->is_entry;
                Object* gen = gen_new_from_frame(frame);
                if (!gen) goto error;
                --ts->recursion_depth;
                frame = caller;
                ts->frame = frame;
                if (was_entry) return gen;
                GP_LOAD_FRAME();
                PUSH(gen);
                DISPATCH();
            }
            TARGET(YIELD_VALUE) {
                // The frame is kept.  Run by gen_send_ex, the yield returns
                // from this run of the loop; started by start_generator, it
                // goes back to the FOR_ITER or SEND below, which goes on
                // past itself with the value.
                Object* retval = POP();
                GP_SAVE_FRAME();
                frame->state = FrameState::suspended;
                --ts->recursion_depth;
                ts->frame = frame->previous;
                if (frame->is_entry) return retval;
                frame = frame->previous;
                GP_LOAD_FRAME();
                auto* gen = static_cast<GenObject*>(TOP());
                if (GP_UNLIKELY(gen->gi_resumed_by_call)) {
                    // The value of the send() call: it replaces the generator.
                    gen_stop(ts, gen);
                    TOP() = retval;
                    decref(gen);
                    DISPATCH();
                }
                gen_stop(ts, gen);
                PUSH(retval);
                DISPATCH();
            }
            TARGET(SEND) {
                // yield from / await: one step of the delegate.
                if ((SECOND()->ob_type == &generator_type || SECOND()->ob_type == &coroutine_type) &&
                    oparg <= 0xFF) {
                    resumed = static_cast<GenObject*>(SECOND());
                    if (gen_can_start(resumed) &&
                        (TOP() == None() || resumed->gi_frame->state != FrameState::created)) {
                        sent = POP();
                        goto start_generator;
                    }
                }
                Object* v = POP();
                Object* receiver = TOP();
                Object* retval = nullptr;
                SendResult s = iter_send(receiver, v, &retval);
                decref(v);
                if (s == SendResult::error) goto error;
                if (s == SendResult::returned) {
                    decref(receiver);
                    TOP() = retval;
                    next += oparg;
                    DISPATCH();
                }
                PUSH(retval);
                DISPATCH();
            }
            TARGET(GET_YIELD_FROM_ITER) {
                Object* iterable = TOP();
                if (is_coroutine(iterable)) {
                    if (!(co->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                        TOP() = nullptr;  // dropped here, as CPython does
                        decref(iterable);
                        set_error(&exc::TypeError,
                                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
                        goto error;
                    }
                } else if (!is_generator(iterable)) {
                    Object* it = get_iter(iterable);
                    if (!it) goto error;
                    TOP() = it;
                    decref(iterable);
                }
                DISPATCH();
            }
            TARGET(GET_AWAITABLE) {
                // await x: the iterator the SEND loop that follows drives.
                Object* iter = get_awaitable(TOP(), oparg);
                if (!iter) goto error;
                decref(TOP());
                TOP() = iter;
                DISPATCH();
            }
            TARGET(GET_AITER) {
                Object* iter = get_aiter(TOP());
                if (!iter) goto error;
                decref(TOP());
                TOP() = iter;
                DISPATCH();
            }
            TARGET(GET_ANEXT) {
                // The async iterator stays below the awaitable of its next item.
                Object* awaitable = get_anext(TOP());
                if (!awaitable) goto error;
                PUSH(awaitable);
                DISPATCH();
            }
            TARGET(END_ASYNC_FOR) {
                // The handler of an async for's __anext__: StopAsyncIteration
                // ends the loop (dropping the iterator), anything else goes on.
                Object* exc = POP();
                if (is_instance_of(exc, &exc::StopAsyncIteration)) {
                    decref(exc);
                    decref(POP());
                    DISPATCH();
                }
                set_exception(exc);
                decref(exc);
                goto unwind_here;
            }
            TARGET(BEFORE_ASYNC_WITH) {
                // async with mgr as x: like BEFORE_WITH, but __aenter__()'s
                // result is an awaitable (GET_AWAITABLE 1 follows).
                Object* mgr = TOP();
                Object* exit = nullptr;
                Object* entered = enter_context(mgr, &exit, true);
                if (!entered) goto error;
                TOP() = exit;
                decref(mgr);
                PUSH(entered);
                DISPATCH();
            }
            TARGET(ASYNC_GEN_WRAP) {
                Object* wrapped = async_gen_value_wrap(TOP());
                if (!wrapped) goto error;
                decref(TOP());
                TOP() = wrapped;
                DISPATCH();
            }
            TARGET(LOAD_ASSERTION_ERROR)
                incref(&exc::AssertionError);
                PUSH(&exc::AssertionError);
                DISPATCH();
            TARGET(RAISE_VARARGS) {
                Object* cause = oparg == 2 ? POP() : nullptr;
                Object* exc = oparg >= 1 ? POP() : nullptr;
                do_raise(exc, cause);
                xdecref(exc);
                xdecref(cause);
                goto error;
            }
            TARGET(PUSH_EXC_INFO) {
                // Below the exception: the one handled before, restored by
                // POP_EXCEPT.
                Object* exc = TOP();
                Object* previous = ts->handled_exception;
                TOP() = previous ? previous : (incref(None()), None());
                incref(exc);
                ts->handled_exception = exc;
                PUSH(exc);
                DISPATCH();
            }
            TARGET(POP_EXCEPT) {
                Object* previous = POP();
                Object* old = ts->handled_exception;
                ts->handled_exception = previous == None() ? (decref(previous), nullptr) : previous;
                xdecref(old);
                DISPATCH();
            }
            TARGET(CHECK_EXC_MATCH) {
                Object* type = TOP();
                Object* exc = SECOND();
                bool match = false;
                auto matches = [&](Object* t) {
                    return t->ob_type == &type_type && is_instance_of(exc, static_cast<TypeObject*>(t));
                };
                if (is_tuple(type)) {
                    for (ssize_t i = 0; i < tuple_size(type) && !match; ++i) match = matches(tuple_item(type, i));
                } else {
                    match = matches(type);
                }
                decref(type);
                TOP() = bool_from(match);
                DISPATCH();
            }
            TARGET(RERAISE) {
                Object* exc = POP();
                if (oparg) {
                    // The offset to report was saved below the exception.
                    Object* lasti = PEEK(oparg);
                    ssize_t index = 0;
                    if (int_as_ssize(lasti, &index)) frame_set_lasti(frame, static_cast<int>(index));
                }
                set_exception(exc);
                decref(exc);
                goto unwind_here;
            }
            // Not implemented yet: each opcode of opcodes.def needs a target.
            TARGET(GET_LEN)
            TARGET(MATCH_MAPPING)
            TARGET(MATCH_SEQUENCE)
            TARGET(MATCH_KEYS)
            TARGET(CHECK_EG_MATCH)
            TARGET(PREP_RERAISE_STAR)
            TARGET(MATCH_CLASS)
            default:
#if GP_COMPUTED_GOTOS
            unknown_opcode:
#endif
                set_error_fmt(&exc::SystemError, "unknown opcode {} ({})", opcode, opcode_info(opcode).name);
                goto error;
        }

        // Where handlers are looked up: RERAISE may point prev_instr back at
        // the instruction that first raised (for the traceback), but the
        // exception table must be searched from the instruction itself
        // (CPython: exception_unwind uses INSTR_OFFSET()).
    enter_callee:
        // A frame a CALL made (callee, entered) goes on top of this one and
        // the loop goes on in it; its RETURN_VALUE resumes this one past
        // the CALL's caches (at prev_instr + 1).
        frame->prev_instr = next + OPCODE_CACHES[static_cast<std::size_t>(Opcode::CALL)] - 1;
        GP_SAVE_FRAME();
        callee->previous = frame;
        ts->frame = callee;
        frame = callee;
        GP_LOAD_FRAME();
        DISPATCH_NEXT();
    start_generator_by_call:
        resumed->gi_resumed_by_call = true;
    start_generator: {
        // FOR_ITER or SEND of a generator that can run (CPython 3.12:
        // FOR_ITER_GEN, SEND_GEN): its frame goes on top of this one and
        // the loop goes on there, with no C++ call as next() would make.
        // The generator stays on this frame's stack, where its yield and
        // its return find it.  Only when the jump fits the instruction's
        // own oparg (no EXTENDED_ARG), which the return reads back.
        if (!enter_frame(ts)) {
            resumed->gi_resumed_by_call = false;
            decref(sent);
            goto error;
        }
        Frame* gen_frame = resumed->gi_frame;
        gen_frame->stack_base()[gen_frame->stacktop++] = sent;
        gen_start(ts, resumed);
        frame->prev_instr = next - 1;  // FOR_ITER and SEND have no caches; a CALL's are skipped
        GP_SAVE_FRAME();
        gen_frame->previous = frame;
        gen_frame->is_entry = false;
        ts->frame = gen_frame;
        frame = gen_frame;
        GP_LOAD_FRAME();
        DISPATCH_NEXT();
    }
    do_tracing:
        // The instruction is fetched (prev_instr at it); report it, then
        // run it.  Another thread's tracing brings this one here too.
        if (!ts->use_tracing) DISPATCH_UNTRACED();
        if constexpr (!Traced) {
            // The refcount view came on: the rest of this run goes on in
            // the loop that reports its count changes, from this
            // instruction (not between a KW_NAMES and its CALL).
            if (tracing::wants(tracing::REFCOUNT) && !kwnames) {
                GP_SAVE_FRAME();
                --frame->prev_instr;
                return run_loop<true>(frame, Start::continuing);
            }
        }
        GP_SAVE_FRAME();
        {
            const std::uint16_t* at = frame->prev_instr;
            bool ok = trace_instruction(ts, frame, opcode, sp > frame->stack_base() ? TOP() : nullptr);
            // A jump (f_lineno set) moved the frame and popped its stack:
            // go on at the new instruction, without tracing it again.  An
            // error is reported where the frame was (CPython 3.11 too).
            sp = frame->stack_base() + frame->stacktop;
            if (!ok) {
                frame->prev_instr = at;
                goto error;
            }
            if (frame->prev_instr != at) {
                next = frame->prev_instr;
                GP_FETCH();
            }
        }
        DISPATCH_UNTRACED();

    error:
        chain_context();
        traceback_here(frame);
        if (GP_UNLIKELY(ts->use_tracing)) trace_exception(ts, frame);
    unwind_here:
        current = static_cast<int>(next - co->co_data->code.data()) - 1;
    exception_unwind: {
        const ExceptionTableEntry* handler = find_handler(co, current);
        if (handler) {
            Object** base = frame->stack_base();
            while (sp > base + handler->depth) xdecref(POP());
            if (handler->lasti) PUSH(int_from_ssize(frame_lasti(frame)));
            PUSH(fetch_error().release());
            next = co->co_data->code.data() + handler->target;
            DISPATCH_NEXT();
        }
        // No handler here: the frame is done and the caller unwinds.
        if (GP_UNLIKELY(ts->use_tracing)) {
            GP_SAVE_FRAME();
            trace_unwind(ts, frame);
        }
        --ts->recursion_depth;
        if (GP_UNLIKELY(frame->returns_self)) --ts->recursion_depth;  // the unit of the class call
        Frame* done = frame;
        frame = frame->previous;
        ts->frame = frame;
        bool was_entry = done->is_entry;
        bool was_generator = done->in_generator;
        GP_SAVE_FRAME_OF(done, sp);
        frame_free(ts, done);
        if (was_entry) return nullptr;
        GP_LOAD_FRAME();
        if (GP_UNLIKELY(was_generator)) {
            // One started by start_generator, below it on the stack.
            auto* gen = static_cast<GenObject*>(TOP());
            gen_stop(ts, gen);
            gen_forbid_stop_iteration(gen);
        }
        current = frame_lasti(frame);
        traceback_here(frame);
        if (GP_UNLIKELY(ts->use_tracing)) trace_exception(ts, frame);
        goto exception_unwind;
    }
    }
#undef GP_LOAD_FRAME
#undef GP_FETCH
#undef TARGET
#undef DISPATCH_OPCODE
#undef DISPATCH_UNTRACED
#undef DISPATCH_NEXT
#undef DISPATCH
#undef GP_CHECK_EVAL_BREAKER
#undef GP_SAVE_FRAME
#undef GP_SAVE_FRAME_OF
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef incref
#undef decref
#undef xincref
#undef xdecref
}

Object* eval_frame(Frame* entry, bool throwing) {
    Start start = throwing ? Start::throwing : Start::fresh;
    return tracing::wants(tracing::REFCOUNT) ? run_loop<true>(entry, start) : run_loop<false>(entry, start);
}

}  // namespace

namespace {

Object* run_class_body(FunctionObject* func, Object* ns) {
    auto* code = static_cast<CodeObject*>(func->func_code);
    Frame* f = frame_new(code, func, func->func_globals,
                         func->func_builtins ? func->func_builtins : func->func_globals, ns);
    if (!f) return nullptr;
    return eval_frame(f);
}

Object* current_globals() {
    ThreadState* ts = ThreadState::current();
    auto* f = static_cast<Frame*>(ts->frame);
    return f ? f->f_globals : nullptr;
}

// super() with no arguments (CPython: super_init_without_args): the first
// argument of the running function and its __class__ cell.
bool super_arguments(Object** type, Object** obj) {
    auto* f = static_cast<Frame*>(ThreadState::current()->frame);
    if (!f) {
        set_error(&exc::RuntimeError, "super(): no current frame");
        return false;
    }
    CodeObject* co = f->f_code;
    if (co->co_argcount == 0) {
        set_error(&exc::RuntimeError, "super(): no arguments");
        return false;
    }
    Object* first = f->localsplus[0];
    // An argument that a closure captured lives in a cell (MAKE_CELL ran).
    if (first && (co->co_data->localspluskinds[0] & CO_FAST_CELL) && first->ob_type == &cell_type)
        first = static_cast<CellObject*>(first)->ob_ref;
    if (!first) {
        set_error(&exc::RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    for (int i = 0; i < co->co_nlocalsplus; ++i) {
        if (!(co->co_data->localspluskinds[static_cast<std::size_t>(i)] & CO_FAST_FREE)) continue;
        if (!str_equals_ascii(tuple_item(co->co_localsplusnames, i), "__class__")) continue;
        Object* cell = f->localsplus[i];
        Object* cls = cell ? static_cast<CellObject*>(cell)->ob_ref : nullptr;
        if (!cls) {
            set_error(&exc::RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!is_type(cls)) {
            set_error_fmt(&exc::RuntimeError, "super(): __class__ is not a type ({})", type_name(cls));
            return false;
        }
        incref(cls);
        incref(first);
        *type = cls;
        *obj = first;
        return true;
    }
    set_error(&exc::RuntimeError, "super(): __class__ cell not found");
    return false;
}

}  // namespace

Object* resume_frame(Frame* frame, bool throwing) { return eval_frame(frame, throwing); }

Object* eval_code(CodeObject* code, Object* globals, Object* locals) {
    Frame* f = frame_new(code, nullptr, globals, builtins_of_globals(globals), locals);
    if (!f) return nullptr;
    return eval_frame(f);
}

void ceval_init() {
    // The interpreter's own types, readied like the runtime's in runtime_init.
    (void)type_ready(&code_type);
    (void)type_ready(&traceback_type);
    (void)type_ready(&frame_type);
    genobject_init();
    EvalHooks& hooks = eval_hooks();
    hooks.call_function = call_function;
    hooks.exec_source = exec_source;
    hooks.current_globals = current_globals;
    hooks.run_class_body = run_class_body;
    hooks.super_arguments = super_arguments;
    hooks.code_free_vars = [](Object* o) { return o->ob_type == &code_type ? static_cast<CodeObject*>(o)->co_nfreevars : -1; };
    hooks.code_name = [](Object* code) {
        Object* n = static_cast<CodeObject*>(code)->co_name;
        incref(n);
        return n;
    };
    hooks.code_qualname = [](Object* code) {
        Object* n = static_cast<CodeObject*>(code)->co_qualname;
        incref(n);
        return n;
    };
    // The compiler makes a function's first constant its docstring or None
    // (a lambda's is always None), so no flag is needed.
    hooks.code_doc = [](Object* code) {
        Object* consts = static_cast<CodeObject*>(code)->co_consts;
        Object* doc = tuple_size(consts) > 0 ? tuple_item(consts, 0) : nullptr;
        if (!doc || !is_str(doc)) doc = None();
        incref(doc);
        return doc;
    };
}

}  // namespace glasspy::interp
