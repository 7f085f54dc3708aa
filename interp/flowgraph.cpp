// The flow-graph passes and the assembler (see flowgraph.hpp).  Mirrors the
// second half of CPython 3.11's Python/compile.c, in the order assemble()
// runs them: normalize_basic_block, optimize_cfg (optimize_basic_block,
// extend_block, mark_reachable, dead-block removal, redundant jumps),
// duplicate_exits_without_lineno, trim_unused_consts,
// propagate_line_numbers, guarantee_lineno_for_exits, stackdepth,
// label_exception_targets, convert_exception_handlers_to_nops,
// normalize_jumps, assemble_jump_offsets, and the emission of code units,
// locations and exception table rows.
#include "interp/flowgraph.hpp"

#include <algorithm>
#include <climits>

namespace glasspy::interp {

namespace {

constexpr int MAX_COPY_SIZE = 4;  // compile.c: blocks this small are copied, not jumped to

bool is_relative_or_pseudo_jump(int opcode) {
    switch (opcode) {
    case JUMP: case JUMP_NO_INTERRUPT: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
        return true;
    default:
        break;
    }
    if (opcode >= 256) return false;
    return opcode_info(opcode).operand == Operand::JUMP;
}

}  // namespace

bool is_jump(const Instr& i) { return is_relative_or_pseudo_jump(i.i_opcode); }

bool is_block_push(const Instr& i) {
    return i.i_opcode == SETUP_FINALLY || i.i_opcode == SETUP_CLEANUP || i.i_opcode == SETUP_WITH;
}

bool is_scope_exit(int opcode) {
    return opcode == op(Opcode::RETURN_VALUE) || opcode == op(Opcode::RAISE_VARARGS) ||
           opcode == op(Opcode::RERAISE);
}

bool is_unconditional_jump(int opcode) {
    return opcode == JUMP || opcode == JUMP_NO_INTERRUPT || opcode == op(Opcode::JUMP_FORWARD) ||
           opcode == op(Opcode::JUMP_BACKWARD) || opcode == op(Opcode::JUMP_BACKWARD_NO_INTERRUPT);
}

bool has_fallthrough(const BasicBlock* b) {
    if (b->b_instr.empty()) return true;
    int opcode = b->b_instr.back().i_opcode;
    return !is_scope_exit(opcode) && !is_unconditional_jump(opcode);
}

const char* pseudo_name(int opcode) {
    static const char* names[] = {"SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "JUMP",
                                  "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
                                  "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE"};
    return opcode >= 256 && opcode <= POP_JUMP_IF_NOT_NONE ? names[opcode - 256] : "?";
}

// compile.c's stack_effect, pseudo opcodes included.
int instr_stack_effect(int opcode, int oparg, bool jump) {
    switch (opcode) {
    case SETUP_FINALLY: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 2 : 0;
    case SETUP_WITH: return jump ? 1 : 0;
    case POP_BLOCK: case JUMP: case JUMP_NO_INTERRUPT: return 0;
    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
        return -1;
    default:
        return stack_effect(static_cast<Opcode>(opcode), oparg, jump);
    }
}

int add_const(std::vector<Const>& consts, const Const& c) {
    for (std::size_t i = 0; i < consts.size(); ++i)
        if (consts[i].same_key(c)) return static_cast<int>(i);
    consts.push_back(c);
    return static_cast<int>(consts.size() - 1);
}

namespace {

// ==== optimize_cfg =========================================================

BasicBlock* skip_empty(BasicBlock* b) {
    while (b && b->b_instr.empty()) b = b->b_next;
    return b;
}

// jump_thread: make `inst` jump where `target` (a jump) goes.
int jump_thread(Instr* inst, Instr* target, int opcode) {
    if (inst->i_loc.lineno == target->i_loc.lineno &&
        inst->i_target != target->i_target) {
        inst->i_target = target->i_target;
        inst->i_opcode = opcode;
        return 1;
    }
    return 0;
}

// fold_tuple_on_constants: LOAD_CONST a, LOAD_CONST b, BUILD_TUPLE 2 -> LOAD_CONST (a, b).
void fold_tuple_on_constants(std::vector<Instr>& ins, int i, int n, std::vector<Const>& consts) {
    for (int k = i - n; k < i; ++k)
        if (ins[static_cast<std::size_t>(k)].i_opcode != op(Opcode::LOAD_CONST)) return;
    Const t;
    t.tag = Const::Tag::Tuple;
    for (int k = i - n; k < i; ++k) {
        t.items.push_back(consts[static_cast<std::size_t>(ins[static_cast<std::size_t>(k)].i_oparg)]);
        ins[static_cast<std::size_t>(k)].i_opcode = op(Opcode::NOP);
    }
    ins[static_cast<std::size_t>(i)].i_opcode = op(Opcode::LOAD_CONST);
    ins[static_cast<std::size_t>(i)].i_oparg = add_const(consts, t);
}

bool swappable(int opcode) { return opcode == op(Opcode::STORE_FAST) || opcode == op(Opcode::POP_TOP); }

int next_swappable_instruction(BasicBlock* b, int i, int lineno) {
    while (++i < b->iused()) {
        Instr& in = b->b_instr[static_cast<std::size_t>(i)];
        if (0 <= lineno && in.i_loc.lineno != lineno) return -1;
        if (in.i_opcode == op(Opcode::NOP)) continue;
        if (swappable(in.i_opcode)) return i;
        return -1;
    }
    return -1;
}

// apply_static_swaps: SWAP 2, STORE_FAST a, STORE_FAST b -> STORE_FAST b, STORE_FAST a.
void apply_static_swaps(BasicBlock* b, int i) {
    for (; 0 <= i; i--) {
        Instr& swap = b->b_instr[static_cast<std::size_t>(i)];
        if (swap.i_opcode != op(Opcode::SWAP)) {
            if (swap.i_opcode == op(Opcode::NOP) || swappable(swap.i_opcode)) continue;
            return;
        }
        int j = next_swappable_instruction(b, i, -1);
        if (j < 0) return;
        int k = j;
        int lineno = b->b_instr[static_cast<std::size_t>(j)].i_loc.lineno;
        for (int count = swap.i_oparg - 1; 0 < count; count--) {
            k = next_swappable_instruction(b, k, lineno);
            if (k < 0) return;
        }
        swap.i_opcode = op(Opcode::NOP);
        std::swap(b->b_instr[static_cast<std::size_t>(j)], b->b_instr[static_cast<std::size_t>(k)]);
    }
}

void optimize_load_const(BasicBlock* bb, int i, std::vector<Const>& consts) {
    auto& ins = bb->b_instr;
    Instr& inst = ins[static_cast<std::size_t>(i)];
    int nextop = i + 1 < bb->iused() ? ins[static_cast<std::size_t>(i) + 1].i_opcode : 0;
    const Const& cnt = consts[static_cast<std::size_t>(inst.i_oparg)];
    Instr* next = i + 1 < bb->iused() ? &ins[static_cast<std::size_t>(i) + 1] : nullptr;
    switch (nextop) {
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE: {
        bool is_true = cnt.truth();
        inst.i_opcode = op(Opcode::NOP);
        bool jump_if_true = nextop == POP_JUMP_IF_TRUE;
        next->i_opcode = is_true == jump_if_true ? JUMP : op(Opcode::NOP);
        break;
    }
    case op(Opcode::JUMP_IF_FALSE_OR_POP):
    case op(Opcode::JUMP_IF_TRUE_OR_POP): {
        bool is_true = cnt.truth();
        bool jump_if_true = nextop == op(Opcode::JUMP_IF_TRUE_OR_POP);
        if (is_true == jump_if_true) {
            next->i_opcode = JUMP;
        } else {
            inst.i_opcode = op(Opcode::NOP);
            next->i_opcode = op(Opcode::NOP);
        }
        break;
    }
    case op(Opcode::IS_OP): {
        int jump_op = i + 2 < bb->iused() ? ins[static_cast<std::size_t>(i) + 2].i_opcode : 0;
        if (cnt.tag == Const::Tag::None && (jump_op == POP_JUMP_IF_FALSE || jump_op == POP_JUMP_IF_TRUE)) {
            int nextarg = next->i_oparg;
            inst.i_opcode = op(Opcode::NOP);
            next->i_opcode = op(Opcode::NOP);
            ins[static_cast<std::size_t>(i) + 2].i_opcode =
                (nextarg ^ (jump_op == POP_JUMP_IF_FALSE)) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
        }
        break;
    }
    default:
        break;
    }
}

// optimize_basic_block: the peephole rules of 3.11, per instruction.
void optimize_basic_block(BasicBlock* bb, std::vector<Const>& consts) {
    Instr nop;
    nop.i_opcode = op(Opcode::NOP);
    for (int i = 0; i < bb->iused(); i++) {
        Instr* inst = &bb->b_instr[static_cast<std::size_t>(i)];
        int oparg = inst->i_oparg;
        int nextop = i + 1 < bb->iused() ? bb->b_instr[static_cast<std::size_t>(i) + 1].i_opcode : 0;
        Instr* target = &nop;
        if (is_jump(*inst) || is_block_push(*inst)) {
            inst->i_target = skip_empty(inst->i_target);
            target = &inst->i_target->b_instr[0];
        }
        switch (inst->i_opcode) {
        case op(Opcode::LOAD_CONST):
            optimize_load_const(bb, i, consts);
            break;
        case op(Opcode::BUILD_TUPLE):
            if (nextop == op(Opcode::UNPACK_SEQUENCE) && oparg == bb->b_instr[static_cast<std::size_t>(i) + 1].i_oparg) {
                if (oparg == 1) {
                    inst->i_opcode = op(Opcode::NOP);
                    bb->b_instr[static_cast<std::size_t>(i) + 1].i_opcode = op(Opcode::NOP);
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst->i_opcode = op(Opcode::NOP);
                    bb->b_instr[static_cast<std::size_t>(i) + 1].i_opcode = op(Opcode::SWAP);
                    continue;
                }
            }
            if (i >= oparg) fold_tuple_on_constants(bb->b_instr, i, oparg, consts);
            break;
        case op(Opcode::JUMP_IF_FALSE_OR_POP):
            switch (target->i_opcode) {
            case POP_JUMP_IF_FALSE: i -= jump_thread(inst, target, POP_JUMP_IF_FALSE); break;
            case JUMP:
            case op(Opcode::JUMP_IF_FALSE_OR_POP): i -= jump_thread(inst, target, op(Opcode::JUMP_IF_FALSE_OR_POP)); break;
            case op(Opcode::JUMP_IF_TRUE_OR_POP):
            case POP_JUMP_IF_TRUE:
                if (inst->i_loc.lineno == target->i_loc.lineno) {
                    inst->i_opcode = POP_JUMP_IF_FALSE;
                    inst->i_target = inst->i_target->b_next;
                    --i;
                }
                break;
            }
            break;
        case op(Opcode::JUMP_IF_TRUE_OR_POP):
            switch (target->i_opcode) {
            case POP_JUMP_IF_TRUE: i -= jump_thread(inst, target, POP_JUMP_IF_TRUE); break;
            case JUMP:
            case op(Opcode::JUMP_IF_TRUE_OR_POP): i -= jump_thread(inst, target, op(Opcode::JUMP_IF_TRUE_OR_POP)); break;
            case op(Opcode::JUMP_IF_FALSE_OR_POP):
            case POP_JUMP_IF_FALSE:
                if (inst->i_loc.lineno == target->i_loc.lineno) {
                    inst->i_opcode = POP_JUMP_IF_TRUE;
                    inst->i_target = inst->i_target->b_next;
                    --i;
                }
                break;
            }
            break;
        case POP_JUMP_IF_NOT_NONE:
        case POP_JUMP_IF_NONE:
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
        case JUMP:
            if (target->i_opcode == JUMP) i -= jump_thread(inst, target, inst->i_opcode);
            break;
        case op(Opcode::SWAP):
            if (oparg == 1) {
                inst->i_opcode = op(Opcode::NOP);
                break;
            }
            apply_static_swaps(bb, i);
            break;
        case op(Opcode::PUSH_NULL):
            if (nextop == op(Opcode::LOAD_GLOBAL) && (bb->b_instr[static_cast<std::size_t>(i) + 1].i_oparg & 1) == 0) {
                inst->i_opcode = op(Opcode::NOP);
                inst->i_oparg = 0;
                bb->b_instr[static_cast<std::size_t>(i) + 1].i_oparg |= 1;
            }
            break;
        default:
            break;
        }
    }
}

// clean_basic_block: remove the NOPs no line number needs.
void clean_basic_block(BasicBlock* bb) {
    std::size_t dest = 0;
    int prev_lineno = -1;
    auto& ins = bb->b_instr;
    for (std::size_t src = 0; src < ins.size(); src++) {
        int lineno = ins[src].i_loc.lineno;
        if (ins[src].i_opcode == op(Opcode::NOP)) {
            if (lineno < 0) continue;
            if (prev_lineno == lineno) continue;
            if (src < ins.size() - 1) {
                int next_lineno = ins[src + 1].i_loc.lineno;
                if (next_lineno < 0) {
                    ins[src + 1].i_loc = ins[src].i_loc;
                    continue;
                }
                // Same line: the next instruction keeps its own columns
                // (the `while True:` jump keeps the statement's span).
                if (next_lineno == lineno) continue;
            } else {
                BasicBlock* next = skip_empty(bb->b_next);
                if (next && lineno == next->b_instr[0].i_loc.lineno) continue;
            }
        }
        if (dest != src) ins[dest] = ins[src];
        dest++;
        prev_lineno = lineno;
    }
    ins.resize(dest);
}

bool is_exit_without_lineno(BasicBlock* b) {
    if (b->b_instr.empty() || !is_scope_exit(b->b_instr.back().i_opcode)) return false;
    for (auto& in : b->b_instr)
        if (in.i_loc.lineno >= 0) return false;
    return true;
}

// extend_block: a jump to a small exit block without a line becomes a copy of it.
void extend_block(BasicBlock* bb) {
    Instr* last = bb->last();
    if (!last || !is_unconditional_jump(last->i_opcode)) return;
    BasicBlock* to_copy = last->i_target;
    if (is_exit_without_lineno(to_copy) && to_copy->iused() <= MAX_COPY_SIZE) {
        last->i_opcode = op(Opcode::NOP);
        std::vector<Instr> copy = to_copy->b_instr;
        bb->b_instr.insert(bb->b_instr.end(), copy.begin(), copy.end());
    }
}

void mark_reachable(BasicBlock* entry) {
    std::vector<BasicBlock*> stack;
    entry->b_predecessors = 1;
    stack.push_back(entry);
    while (!stack.empty()) {
        BasicBlock* b = stack.back();
        stack.pop_back();
        if (b->b_next && has_fallthrough(b)) {
            if (b->b_next->b_predecessors == 0) stack.push_back(b->b_next);
            b->b_next->b_predecessors++;
        }
        for (auto& in : b->b_instr) {
            if (is_jump(in) || is_block_push(in)) {
                BasicBlock* target = in.i_target;
                if (target->b_predecessors == 0) stack.push_back(target);
                target->b_predecessors++;
            }
        }
    }
}

void eliminate_empty_basic_blocks(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->b_next) {
        BasicBlock* next = b->b_next;
        while (next && next->b_instr.empty()) next = next->b_next;
        b->b_next = next;
    }
    for (BasicBlock* b = entry; b; b = b->b_next)
        for (auto& in : b->b_instr)
            if (is_jump(in) || is_block_push(in)) in.i_target = skip_empty(in.i_target);
}

void optimize_cfg(BasicBlock* entry, std::vector<Const>& consts) {
    for (BasicBlock* b = entry; b; b = b->b_next) {
        optimize_basic_block(b, consts);
        clean_basic_block(b);
    }
    for (BasicBlock* b = entry; b; b = b->b_next) extend_block(b);
    mark_reachable(entry);
    for (BasicBlock* b = entry; b; b = b->b_next)
        if (b->b_predecessors == 0) b->b_instr.clear();
    eliminate_empty_basic_blocks(entry);
    for (BasicBlock* b = entry; b; b = b->b_next) clean_basic_block(b);
    bool maybe_empty_blocks = false;
    for (BasicBlock* b = entry; b; b = b->b_next) {
        Instr* last = b->last();
        if (last && (last->i_opcode == JUMP || last->i_opcode == JUMP_NO_INTERRUPT) &&
            last->i_target == b->b_next) {
            last->i_opcode = op(Opcode::NOP);
            maybe_empty_blocks = true;
        }
    }
    if (maybe_empty_blocks) eliminate_empty_basic_blocks(entry);
}

// ==== line numbers ============================================================

void duplicate_exits_without_lineno(BasicBlock* entry, std::vector<std::unique_ptr<BasicBlock>>& blocks) {
    for (BasicBlock* b = entry; b; b = b->b_next) {
        Instr* last = b->last();
        if (last && is_jump(*last)) {
            BasicBlock* target = last->i_target;
            if (is_exit_without_lineno(target) && target->b_predecessors > 1) {
                blocks.push_back(std::make_unique<BasicBlock>());
                BasicBlock* nt = blocks.back().get();
                nt->b_instr = target->b_instr;
                nt->b_instr[0].i_loc = last->i_loc;
                last->i_target = nt;
                target->b_predecessors--;
                nt->b_predecessors = 1;
                nt->b_next = target->b_next;
                target->b_next = nt;
            }
        }
    }
    for (BasicBlock* b = entry; b; b = b->b_next)
        while (b->b_next && b->b_next->b_instr.empty()) b->b_next = b->b_next->b_next;
    for (BasicBlock* b = entry; b; b = b->b_next) {
        if (has_fallthrough(b) && b->b_next && !b->b_instr.empty() && is_exit_without_lineno(b->b_next))
            b->b_next->b_instr[0].i_loc = b->b_instr.back().i_loc;
    }
}

void propagate_line_numbers(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->b_next) {
        if (b->b_instr.empty()) continue;
        Location prev;
        for (auto& in : b->b_instr) {
            if (in.i_loc.lineno < 0) in.i_loc = prev;
            else prev = in.i_loc;
        }
        if (has_fallthrough(b) && b->b_next && b->b_next->b_predecessors == 1 &&
            b->b_next->b_instr[0].i_loc.lineno < 0)
            b->b_next->b_instr[0].i_loc = prev;
        Instr& last = b->b_instr.back();
        if (is_jump(last)) {
            BasicBlock* target = last.i_target;
            if (target->b_predecessors == 1 && target->b_instr[0].i_loc.lineno < 0)
                target->b_instr[0].i_loc = prev;
        }
    }
}

void guarantee_lineno_for_exits(BasicBlock* entry, int firstlineno) {
    int lineno = firstlineno;
    for (BasicBlock* b = entry; b; b = b->b_next) {
        if (b->b_instr.empty()) continue;
        Instr& last = b->b_instr.back();
        if (last.i_loc.lineno < 0) {
            if (last.i_opcode == op(Opcode::RETURN_VALUE))
                for (auto& in : b->b_instr) in.i_loc.lineno = in.i_loc.end_lineno = lineno;
        } else {
            lineno = last.i_loc.lineno;
        }
    }
}

void trim_unused_consts(BasicBlock* entry, std::vector<Const>& consts) {
    int max_const_index = 0;
    for (BasicBlock* b = entry; b; b = b->b_next)
        for (auto& in : b->b_instr)
            if ((in.i_opcode == op(Opcode::LOAD_CONST) || in.i_opcode == op(Opcode::KW_NAMES)) &&
                in.i_oparg > max_const_index)
                max_const_index = in.i_oparg;
    if (static_cast<std::size_t>(max_const_index) + 1 < consts.size()) consts.resize(static_cast<std::size_t>(max_const_index) + 1);
}

// ==== stack depth =============================================================

// A generator's frame starts with one value (what RETURN_GENERATOR's POP_TOP
// discards: the value sent by the first send()), as compile.c's stackdepth says.
int stackdepth(BasicBlock* entry, int code_flags) {
    for (BasicBlock* b = entry; b; b = b->b_next) b->b_startdepth = INT_MIN;
    std::vector<BasicBlock*> stack;
    auto push = [&stack](BasicBlock* b, int depth) {
        if (b->b_startdepth < depth && b->b_startdepth < 100) {
            b->b_startdepth = depth;
            stack.push_back(b);
        }
    };
    int maxdepth = 0;
    push(entry, (code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) ? 1 : 0);
    while (!stack.empty()) {
        BasicBlock* b = stack.back();
        stack.pop_back();
        int depth = b->b_startdepth;
        BasicBlock* next = b->b_next;
        for (auto& in : b->b_instr) {
            int new_depth = depth + instr_stack_effect(in.i_opcode, in.i_oparg, false);
            maxdepth = std::max(maxdepth, new_depth);
            if (is_jump(in) || is_block_push(in)) {
                int target_depth = depth + instr_stack_effect(in.i_opcode, in.i_oparg, true);
                maxdepth = std::max(maxdepth, target_depth);
                push(in.i_target, target_depth);
            }
            depth = new_depth;
            if (in.i_opcode == JUMP_NO_INTERRUPT || in.i_opcode == JUMP || is_scope_exit(in.i_opcode)) {
                next = nullptr;
                break;
            }
        }
        if (next) push(next, depth);
    }
    return maxdepth;
}

// ==== exception table ==============================================================

void label_exception_targets(BasicBlock* entry) {
    using Stack = std::vector<BasicBlock*>;
    std::vector<std::unique_ptr<Stack>> owned;
    for (BasicBlock* b = entry; b; b = b->b_next) b->b_visited = false;
    std::vector<BasicBlock*> todo;
    owned.push_back(std::make_unique<Stack>());
    entry->b_exceptstack = owned.back().get();
    entry->b_visited = true;
    todo.push_back(entry);
    auto copy_of = [&owned](Stack* s) {
        owned.push_back(std::make_unique<Stack>(*s));
        return owned.back().get();
    };
    while (!todo.empty()) {
        BasicBlock* b = todo.back();
        todo.pop_back();
        Stack* es = b->b_exceptstack;
        b->b_exceptstack = nullptr;
        BasicBlock* handler = es->empty() ? nullptr : es->back();
        for (auto& in : b->b_instr) {
            if (is_block_push(in)) {
                if (!in.i_target->b_visited) {
                    in.i_target->b_exceptstack = copy_of(es);
                    in.i_target->b_visited = true;
                    todo.push_back(in.i_target);
                }
                if (in.i_opcode == SETUP_WITH || in.i_opcode == SETUP_CLEANUP) in.i_target->b_preserve_lasti = true;
                es->push_back(in.i_target);
                handler = in.i_target;
            } else if (in.i_opcode == POP_BLOCK) {
                if (!es->empty()) es->pop_back();
                handler = es->empty() ? nullptr : es->back();
            } else if (is_jump(in)) {
                in.i_except = handler;
                if (!in.i_target->b_visited) {
                    in.i_target->b_exceptstack = has_fallthrough(b) ? copy_of(es) : es;
                    in.i_target->b_visited = true;
                    todo.push_back(in.i_target);
                }
            } else {
                in.i_except = handler;
            }
        }
        if (has_fallthrough(b) && b->b_next && !b->b_next->b_visited) {
            b->b_next->b_exceptstack = es;
            b->b_next->b_visited = true;
            todo.push_back(b->b_next);
        }
    }
}

void convert_exception_handlers_to_nops(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->b_next)
        for (auto& in : b->b_instr)
            if (is_block_push(in) || in.i_opcode == POP_BLOCK) in.i_opcode = op(Opcode::NOP);
}

// ==== layout ==========================================================================

void normalize_jumps(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->b_next) b->b_visited = false;
    for (BasicBlock* b = entry; b; b = b->b_next) {
        b->b_visited = true;
        Instr* last = b->last();
        if (!last || !is_jump(*last)) continue;
        bool fwd = !last->i_target->b_visited;
        switch (last->i_opcode) {
        case JUMP: last->i_opcode = op(fwd ? Opcode::JUMP_FORWARD : Opcode::JUMP_BACKWARD); break;
        case JUMP_NO_INTERRUPT:
            last->i_opcode = op(fwd ? Opcode::JUMP_FORWARD : Opcode::JUMP_BACKWARD_NO_INTERRUPT);
            break;
        case POP_JUMP_IF_FALSE:
            last->i_opcode = op(fwd ? Opcode::POP_JUMP_FORWARD_IF_FALSE : Opcode::POP_JUMP_BACKWARD_IF_FALSE);
            break;
        case POP_JUMP_IF_TRUE:
            last->i_opcode = op(fwd ? Opcode::POP_JUMP_FORWARD_IF_TRUE : Opcode::POP_JUMP_BACKWARD_IF_TRUE);
            break;
        case POP_JUMP_IF_NONE:
            last->i_opcode = op(fwd ? Opcode::POP_JUMP_FORWARD_IF_NONE : Opcode::POP_JUMP_BACKWARD_IF_NONE);
            break;
        case POP_JUMP_IF_NOT_NONE:
            last->i_opcode = op(fwd ? Opcode::POP_JUMP_FORWARD_IF_NOT_NONE : Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE);
            break;
        default:
            break;
        }
    }
}

int instr_size(const Instr& in) {
    int oparg = in.i_oparg;
    int extended = (0xFFFFFF < oparg) + (0xFFFF < oparg) + (0xFF < oparg);
    return extended + 1 + opcode_info(in.i_opcode).caches;
}

bool is_backward(int opcode) {
    return opcode == op(Opcode::JUMP_BACKWARD) || opcode == op(Opcode::JUMP_BACKWARD_NO_INTERRUPT) ||
           opcode == op(Opcode::POP_JUMP_BACKWARD_IF_FALSE) || opcode == op(Opcode::POP_JUMP_BACKWARD_IF_TRUE) ||
           opcode == op(Opcode::POP_JUMP_BACKWARD_IF_NONE) || opcode == op(Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE);
}

// assemble_jump_offsets: relative jump opargs, in code units, to a fixed point
// (an EXTENDED_ARG can move every later offset).
void assemble_jump_offsets(BasicBlock* entry) {
    bool extended_arg_recompile;
    do {
        int totsize = 0;
        for (BasicBlock* b = entry; b; b = b->b_next) {
            b->b_offset = totsize;
            for (auto& in : b->b_instr) totsize += instr_size(in);
        }
        extended_arg_recompile = false;
        for (BasicBlock* b = entry; b; b = b->b_next) {
            int bsize = b->b_offset;
            for (auto& in : b->b_instr) {
                int isize = instr_size(in);
                bsize += isize;
                if (is_jump(in)) {
                    int target = in.i_target->b_offset;
                    in.i_oparg = is_backward(in.i_opcode) ? bsize - target : target - bsize;
                    if (instr_size(in) != isize) extended_arg_recompile = true;
                }
            }
        }
    } while (extended_arg_recompile);
}

void emit(BasicBlock* entry, CompiledCode& out) {
    for (BasicBlock* b = entry; b; b = b->b_next) {
        for (auto& in : b->b_instr) {
            int oparg = in.i_oparg;
            for (int shift = 24; shift > 0; shift -= 8) {
                if (oparg >> shift) {
                    out.code.push_back(static_cast<std::uint16_t>(op(Opcode::EXTENDED_ARG) | (((oparg >> shift) & 0xFF) << 8)));
                    out.locations.push_back(in.i_loc);
                }
            }
            out.code.push_back(static_cast<std::uint16_t>(in.i_opcode | ((oparg & 0xFF) << 8)));
            out.locations.push_back(in.i_loc);
            for (int c = 0; c < opcode_info(in.i_opcode).caches; ++c) {
                out.code.push_back(0);
                out.locations.push_back(in.i_loc);
            }
        }
    }
}

// assemble_exception_table: runs of instructions with the same handler.
void assemble_exception_table(BasicBlock* entry, CompiledCode& out) {
    BasicBlock* handler = nullptr;
    int ioffset = 0, start = -1;
    auto close = [&](int end) {
        if (handler && start >= 0) {
            ExceptionTableEntry e;
            e.start = start;
            e.end = end;
            e.target = handler->b_offset;
            e.depth = handler->b_startdepth - 1 - (handler->b_preserve_lasti ? 1 : 0);
            e.lasti = handler->b_preserve_lasti;
            out.exceptiontable.push_back(e);
        }
    };
    for (BasicBlock* b = entry; b; b = b->b_next) {
        for (auto& in : b->b_instr) {
            if (in.i_except != handler) {
                close(ioffset);
                handler = in.i_except;
                start = ioffset;
            }
            ioffset += instr_size(in);
        }
    }
    close(ioffset);
}

// insert_prefix_instructions: RETURN_GENERATOR, MAKE_CELL, COPY_FREE_VARS.
void insert_prefix_instructions(AssembleInput& in) {
    auto& ins = in.entry->b_instr;
    auto make = [](int opcode, int oparg, int lineno) {
        Instr i;
        i.i_opcode = opcode;
        i.i_oparg = oparg;
        i.i_loc.lineno = i.i_loc.end_lineno = lineno;
        return i;
    };
    if (in.code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        ins.insert(ins.begin(), make(op(Opcode::POP_TOP), 0, -1));
        ins.insert(ins.begin(), make(op(Opcode::RETURN_GENERATOR), 0, in.firstlineno));
    }
    if (in.ncellvars) {
        std::vector<int> order(static_cast<std::size_t>(in.ncellvars));
        for (int i = 0; i < in.ncellvars; ++i) order[static_cast<std::size_t>(i)] = i;
        std::stable_sort(order.begin(), order.end(), [&in](int a, int b) {
            return in.cellfixedoffsets[static_cast<std::size_t>(a)] < in.cellfixedoffsets[static_cast<std::size_t>(b)];
        });
        for (int k = 0; k < in.ncellvars; ++k)
            ins.insert(ins.begin() + k, make(op(Opcode::MAKE_CELL), order[static_cast<std::size_t>(k)], -1));
    }
    if (in.nfreevars) ins.insert(ins.begin(), make(op(Opcode::COPY_FREE_VARS), in.nfreevars, -1));
}

void fix_cell_offsets(AssembleInput& in) {
    for (BasicBlock* b = in.entry; b; b = b->b_next)
        for (auto& i : b->b_instr)
            if (i.i_opcode < 256 && opcode_info(i.i_opcode).operand == Operand::FREE)
                i.i_oparg = in.cellfixedoffsets[static_cast<std::size_t>(i.i_oparg)];
}

// normalize_basic_block: jumps skip empty blocks.
void normalize_basic_blocks(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->b_next)
        for (auto& in : b->b_instr)
            if (is_jump(in) || is_block_push(in)) in.i_target = skip_empty(in.i_target);
}

}  // namespace

void assemble(AssembleInput& in, CompiledCode& out) {
    insert_prefix_instructions(in);
    fix_cell_offsets(in);
    normalize_basic_blocks(in.entry);
    optimize_cfg(in.entry, *in.consts);
    duplicate_exits_without_lineno(in.entry, *in.blocks);
    trim_unused_consts(in.entry, *in.consts);
    propagate_line_numbers(in.entry);
    guarantee_lineno_for_exits(in.entry, in.firstlineno);
    out.stacksize = stackdepth(in.entry, in.code_flags);
    label_exception_targets(in.entry);
    convert_exception_handlers_to_nops(in.entry);
    for (BasicBlock* b = in.entry; b; b = b->b_next) clean_basic_block(b);
    normalize_jumps(in.entry);
    assemble_jump_offsets(in.entry);
    emit(in.entry, out);
    assemble_exception_table(in.entry, out);
}

}  // namespace glasspy::interp
