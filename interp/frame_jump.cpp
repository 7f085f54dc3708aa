// Jumping to another line of a running frame; see frame_jump.hpp.
#include "interp/frame_jump.hpp"

#include <fmt/format.h>

#include <climits>
#include <optional>
#include <vector>

#include "interp/opcodes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

// What a value-stack slot holds, as far as a jump cares.  Null is a slot
// that may hold the NULL of a call (LOAD_METHOD, PUSH_NULL); Lasti the
// offset a handler's RERAISE restores.
enum class Kind : std::uint8_t { Object, Null, Iterator, Except, Lasti };
using Stack = std::vector<Kind>;  // bottom first

// An instruction: where it starts (its EXTENDED_ARG prefixes included),
// its opcode and whole oparg, and where the next one starts.
struct Instruction {
    int start, op, oparg, next;
};

std::vector<Instruction> decode(const std::vector<std::uint16_t>& code) {
    std::vector<Instruction> out;
    for (int i = 0, n = static_cast<int>(code.size()); i < n;) {
        int start = i, oparg = 0;
        while (i + 1 < n && (code[i] & 0xFF) == static_cast<int>(Opcode::EXTENDED_ARG)) oparg = (oparg << 8) | (code[i++] >> 8);
        int op = code[i] & 0xFF;
        oparg = (oparg << 8) | (code[i] >> 8);
        int next = i + 1 + OPCODE_CACHES[static_cast<std::size_t>(op)];
        out.push_back({start, op, oparg, next});
        i = next;
    }
    return out;
}

bool is_backward_jump(int op) {
    switch (static_cast<Opcode>(op)) {
        case Opcode::JUMP_BACKWARD:
        case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
        case Opcode::POP_JUMP_BACKWARD_IF_FALSE:
        case Opcode::POP_JUMP_BACKWARD_IF_TRUE:
        case Opcode::POP_JUMP_BACKWARD_IF_NONE:
        case Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE: return true;
        default: return false;
    }
}

void pop(Stack& s, int n = 1) {
    for (; n > 0 && !s.empty(); --n) s.pop_back();
}

// The stack at the start of each code unit (nullopt: no path reaches it),
// by following every instruction to its successors and every exception
// table entry to its handler until nothing changes (CPython: mark_stacks).
std::vector<std::optional<Stack>> mark_stacks(const CodeObject* co, const std::vector<Instruction>& code) {
    const CodeData& data = *co->co_data;
    std::vector<std::optional<Stack>> stacks(data.code.size() + 1);
    stacks[0] = Stack();
    for (bool changed = true; changed;) {
        changed = false;
        auto flow_to = [&](int at, const Stack& s) {
            if (!stacks[static_cast<std::size_t>(at)]) {
                stacks[static_cast<std::size_t>(at)] = s;
                changed = true;
            }
        };
        for (const Instruction& in : code) {
            if (!stacks[static_cast<std::size_t>(in.start)]) continue;
            Stack s = *stacks[static_cast<std::size_t>(in.start)];
            for (int u = in.start; u < in.next && u < static_cast<int>(data.code.size()); ++u)
                if (!stacks[static_cast<std::size_t>(u)]) stacks[static_cast<std::size_t>(u)] = s;
            int target = is_backward_jump(in.op) ? in.next - in.oparg : in.next + in.oparg;
            switch (static_cast<Opcode>(in.op)) {
                case Opcode::JUMP_FORWARD:
                case Opcode::JUMP_BACKWARD:
                case Opcode::JUMP_BACKWARD_NO_INTERRUPT: flow_to(target, s); continue;
                case Opcode::POP_JUMP_FORWARD_IF_FALSE:
                case Opcode::POP_JUMP_FORWARD_IF_TRUE:
                case Opcode::POP_JUMP_FORWARD_IF_NONE:
                case Opcode::POP_JUMP_FORWARD_IF_NOT_NONE:
                case Opcode::POP_JUMP_BACKWARD_IF_FALSE:
                case Opcode::POP_JUMP_BACKWARD_IF_TRUE:
                case Opcode::POP_JUMP_BACKWARD_IF_NONE:
                case Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE:
                    pop(s);
                    flow_to(target, s);
                    break;
                case Opcode::JUMP_IF_FALSE_OR_POP:
                case Opcode::JUMP_IF_TRUE_OR_POP:
                    flow_to(target, s);
                    pop(s);
                    break;
                case Opcode::FOR_ITER: {
                    Stack done = s;
                    pop(done);  // the iterator, when it is exhausted
                    flow_to(target, done);
                    s.push_back(Kind::Object);
                    break;
                }
                case Opcode::SEND: {
                    Stack returned = s;
                    pop(returned, 2);
                    returned.push_back(Kind::Object);
                    flow_to(target, returned);
                    pop(s);
                    s.push_back(Kind::Object);
                    break;
                }
                case Opcode::GET_ITER:
                case Opcode::GET_AITER:
                    pop(s);
                    s.push_back(Kind::Iterator);
                    break;
                case Opcode::PUSH_EXC_INFO: s.push_back(Kind::Except); break;
                case Opcode::POP_EXCEPT: pop(s); break;
                case Opcode::RETURN_VALUE:
                case Opcode::RAISE_VARARGS:
                case Opcode::RERAISE: continue;  // nothing follows
                case Opcode::PUSH_NULL: s.push_back(Kind::Null); break;
                case Opcode::LOAD_GLOBAL:
                    if (in.oparg & 1) s.push_back(Kind::Null);
                    s.push_back(Kind::Object);
                    break;
                case Opcode::LOAD_METHOD:
                    pop(s);
                    s.push_back(Kind::Null);
                    s.push_back(Kind::Object);
                    break;
                case Opcode::PRECALL:
                case Opcode::KW_NAMES: break;  // CALL takes the callable and its arguments
                case Opcode::CALL:
                    pop(s, in.oparg + 2);
                    s.push_back(Kind::Object);
                    break;
                case Opcode::COPY: {
                    auto depth = static_cast<std::size_t>(in.oparg);
                    s.push_back(depth >= 1 && depth <= s.size() ? s[s.size() - depth] : Kind::Object);
                    break;
                }
                case Opcode::SWAP: {
                    auto depth = static_cast<std::size_t>(in.oparg);
                    if (depth >= 2 && depth <= s.size()) std::swap(s.back(), s[s.size() - depth]);
                    break;
                }
                default: {
                    int delta = stack_effect(static_cast<Opcode>(in.op), in.oparg, false);
                    if (delta < 0) pop(s, -delta);
                    for (; delta > 0; --delta) s.push_back(Kind::Object);
                }
            }
            if (in.next < static_cast<int>(stacks.size())) flow_to(in.next, s);
        }
        for (const ExceptionTableEntry& e : data.exceptiontable) {
            const auto& from = stacks[static_cast<std::size_t>(e.start)];
            if (!from || stacks[static_cast<std::size_t>(e.target)]) continue;
            Stack s(from->begin(), from->begin() + std::min<std::size_t>(from->size(), static_cast<std::size_t>(e.depth)));
            if (e.lasti) s.push_back(Kind::Lasti);
            s.push_back(Kind::Except);
            stacks[static_cast<std::size_t>(e.target)] = s;
            changed = true;
        }
    }
    return stacks;
}

// Whether a slot of kind `from` can stand where the target expects `to`.
bool compatible_kind(Kind from, Kind to) {
    if (to == Kind::Object) return from != Kind::Null;
    if (to == Kind::Null) return true;
    return from == to;
}

// Whether the target's stack is the current one with items dropped.
bool compatible(const Stack& from, const Stack& to) {
    if (to.size() > from.size()) return false;
    for (std::size_t i = 0; i < to.size(); ++i)
        if (!compatible_kind(from[i], to[i])) return false;
    return true;
}

const char* explain_incompatible(const std::optional<Stack>& to) {
    if (!to || to->empty()) return "can't jump into an exception handler, or code may be unreachable";
    switch (to->back()) {
        case Kind::Except: return "can't jump into an 'except' block as there's no exception";
        case Kind::Lasti: return "can't jump into a re-raising block as there's no location";
        case Kind::Iterator: return "can't jump into the body of a for loop";
        default: return "incompatible stacks";
    }
}

// The line each instruction starts, where it starts one (-1 elsewhere).
std::vector<int> line_starts(const CodeObject* co, const std::vector<Instruction>& code) {
    const auto& locations = co->co_data->locations;
    std::vector<int> lines(co->co_data->code.size(), -1);
    int last = -1;
    for (const Instruction& in : code) {
        auto at = static_cast<std::size_t>(in.start);
        int line = at < locations.size() ? locations[at].lineno : -1;
        if (line != -1 && line != last) {
            lines[at] = line;
            last = line;
        }
    }
    return lines;
}

}  // namespace

bool frame_jump_to_line(Frame* frame, long line) {
    const CodeObject* co = frame->f_code;
    if (line < co->co_firstlineno) {
        set_error_fmt(&exc::ValueError, "line {} comes before the current code block", line);
        return false;
    }
    std::vector<Instruction> code = decode(co->co_data->code);
    std::vector<int> lines = line_starts(co, code);
    int target_line = INT_MAX;
    for (int l : lines)
        if (l >= line && l < target_line) target_line = l;
    if (target_line == INT_MAX) {
        set_error_fmt(&exc::ValueError, "line {} comes after the current code block", line);
        return false;
    }
    std::vector<std::optional<Stack>> stacks = mark_stacks(co, code);
    const std::optional<Stack>& now = stacks[static_cast<std::size_t>(frame_lasti(frame))];
    const char* message = "cannot find bytecode for specified line";
    bool explained = false;
    int best = -1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i] != target_line) continue;
        const std::optional<Stack>& there = stacks[i];
        if (now && there && compatible(*now, *there)) {
            if (best < 0 || there->size() < stacks[static_cast<std::size_t>(best)]->size()) best = static_cast<int>(i);
        } else if (!explained) {
            message = now ? explain_incompatible(there) : "can't jump from unreachable code";
            explained = now.has_value();
        }
    }
    if (best < 0) {
        set_error(&exc::ValueError, message);
        return false;
    }
    // Drop what the target's stack does not have; a dropped exception slot
    // holds the exception that was being handled before, which is again.
    ThreadState* ts = ThreadState::current();
    Object** base = frame->stack_base();
    for (std::size_t depth = now->size(); depth > stacks[static_cast<std::size_t>(best)]->size(); --depth) {
        Object* v = base[--frame->stacktop];
        base[frame->stacktop] = nullptr;
        if ((*now)[depth - 1] == Kind::Except) {
            // As POP_EXCEPT: None there means no exception.
            Object* old = ts->handled_exception;
            if (v == None()) {
                decref(v);
                v = nullptr;
            }
            ts->handled_exception = v;
            xdecref(old);
        } else {
            xdecref(v);
        }
    }
    frame_set_lasti(frame, best);
    return true;
}

}  // namespace glasspy::interp
