// Statements: compiler_visit_stmt and its helpers (CPython 3.11:
// Python/compile.c — compiler_body, compiler_if, compiler_for,
// compiler_while, compiler_return, compiler_break/continue, the frame-block
// unwinding of compiler_unwind_fblock, compiler_try_except,
// compiler_try_finally, compiler_with, compiler_import,
// compiler_from_import, compiler_assert, compiler_augassign,
// compiler_annassign).
//
// Try statements use 3.11's zero-cost exceptions: SETUP_FINALLY /
// SETUP_CLEANUP / SETUP_WITH and POP_BLOCK only delimit the protected
// ranges; assemble turns them into exception-table rows and NOPs.
#include <algorithm>

#include "interp/compile_internal.hpp"

namespace glasspy::interp {

using ast::ExprContext;
using ast::Kind;

// find_ann: whether the statements hold an annotated assignment (not
// counting nested functions and classes).
bool find_ann(const ast::NodeList& stmts) {
    for (const ast::Node* st : stmts) {
        switch (st->kind) {
        case Kind::AnnAssign: return true;
        case Kind::For: { auto* s = st->as<ast::For>(); if (find_ann(s->body) || find_ann(s->orelse)) return true; break; }
        case Kind::AsyncFor: { auto* s = st->as<ast::AsyncFor>(); if (find_ann(s->body) || find_ann(s->orelse)) return true; break; }
        case Kind::While: { auto* s = st->as<ast::While>(); if (find_ann(s->body) || find_ann(s->orelse)) return true; break; }
        case Kind::If: { auto* s = st->as<ast::If>(); if (find_ann(s->body) || find_ann(s->orelse)) return true; break; }
        case Kind::With: if (find_ann(st->as<ast::With>()->body)) return true; break;
        case Kind::AsyncWith: if (find_ann(st->as<ast::AsyncWith>()->body)) return true; break;
        case Kind::Try: {
            auto* s = st->as<ast::Try>();
            for (auto* h : s->handlers) if (find_ann(h->as<ast::ExceptHandler>()->body)) return true;
            if (find_ann(s->body) || find_ann(s->finalbody) || find_ann(s->orelse)) return true;
            break;
        }
        case Kind::Match:
            for (auto* mc : st->as<ast::Match>()->cases) if (find_ann(mc->as<ast::match_case>()->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

// _PyAST_GetDocString
const ast::Constant* docstring_of(const ast::NodeList& body) {
    if (body.empty()) return nullptr;
    auto* e = body[0]->as<ast::Expr>();
    if (!e) return nullptr;
    auto* c = e->value->as<ast::Constant>();
    if (!c || c->value.tag != ast::ConstantValue::Tag::Str) return nullptr;
    return c;
}

// compiler_body: module and class bodies (docstring, SETUP_ANNOTATIONS).
void Compiler::body(const ast::NodeList& stmts) {
    std::size_t i = 0;
    if (u->u_scope_type == ScopeType::Module && !stmts.empty()) set_loc(stmts[0]);
    if (find_ann(stmts)) addop(op(Opcode::SETUP_ANNOTATIONS));
    if (stmts.empty()) return;
    // -OO drops docstrings: the string is then a statement that does nothing.
    if (auto* doc = optimize_ < 2 ? docstring_of(stmts) : nullptr) {
        i = 1;
        visit_expr(doc);
        unset_loc();
        nameop("__doc__", ExprContext::Store);
    }
    for (; i < stmts.size() && !failed(); i++) visit_stmt(stmts[i]);
}

void Compiler::visit_stmts(const ast::NodeList& body) {
    for (auto* s : body) {
        if (failed()) return;
        visit_stmt(s);
    }
}

void Compiler::visit_stmt_expr(const ast::Node* value) {
    // At the prompt a module-level expression statement echoes its value,
    // constants included (CPython: compiler_visit_stmt_expr, c_interactive).
    if (interactive_ && nestlevel_ <= 1) {
        visit_expr(value);
        addop(op(Opcode::PRINT_EXPR));
        return;
    }
    if (is_const_expr(value)) {
        addop(op(Opcode::NOP));
        return;
    }
    visit_expr(value);
    unset_loc();
    addop(op(Opcode::POP_TOP));
}

void Compiler::visit_stmt(const ast::Node* s) {
    set_loc(s);
    switch (s->kind) {
    case Kind::FunctionDef: compile_function(s, false); break;
    case Kind::AsyncFunctionDef: compile_function(s, true); break;
    case Kind::ClassDef: compile_class(s->as<ast::ClassDef>()); break;
    case Kind::Return: compile_return(s->as<ast::Return>()); break;
    case Kind::Delete: for (auto* t : s->as<ast::Delete>()->targets) visit_expr(t); break;
    case Kind::Assign: {
        auto* a = s->as<ast::Assign>();
        visit_expr(a->value);
        for (std::size_t i = 0; i < a->targets.size(); i++) {
            if (i + 1 < a->targets.size()) addop(op(Opcode::COPY), 1);
            visit_expr(a->targets[i]);
        }
        break;
    }
    case Kind::AugAssign: compile_augassign(s->as<ast::AugAssign>()); break;
    case Kind::AnnAssign: compile_annassign(s->as<ast::AnnAssign>()); break;
    case Kind::For: compile_for(s->as<ast::For>()); break;
    case Kind::While: compile_while(s->as<ast::While>()); break;
    case Kind::If: compile_if(s->as<ast::If>()); break;
    case Kind::Raise: {
        auto* r = s->as<ast::Raise>();
        int n = 0;
        if (r->exc) {
            visit_expr(r->exc);
            n++;
            if (r->cause) {
                visit_expr(r->cause);
                n++;
            }
        }
        addop(op(Opcode::RAISE_VARARGS), n);
        break;
    }
    case Kind::Try: compile_try(s->as<ast::Try>()); break;
    case Kind::Assert: compile_assert(s->as<ast::Assert>()); break;
    case Kind::Import: compile_import(s->as<ast::Import>()); break;
    case Kind::ImportFrom: compile_from_import(s->as<ast::ImportFrom>()); break;
    case Kind::Global: case Kind::Nonlocal: break;
    case Kind::Expr: visit_stmt_expr(s->as<ast::Expr>()->value); break;
    case Kind::Pass: addop(op(Opcode::NOP)); break;
    case Kind::Break: compile_break_continue(true); break;
    case Kind::Continue: compile_break_continue(false); break;
    case Kind::With: compile_with(s->as<ast::With>(), 0); break;
    case Kind::AsyncWith: compile_async_with(s->as<ast::AsyncWith>(), 0); break;
    case Kind::AsyncFor: compile_async_for(s->as<ast::AsyncFor>()); break;
    default:
        // TODO(#compiler): match, try*.
        error(s, "glasspy: this statement is not compiled yet");
        break;
    }
}

// ==== control flow ============================================================

void Compiler::compile_if(const ast::If* s) {
    BasicBlock* end = new_block();
    BasicBlock* next = s->orelse.empty() ? end : new_block();
    jump_if(s->test, next, false);
    visit_stmts(s->body);
    if (!s->orelse.empty()) {
        addop_j(JUMP, end, true);
        use_next_block(next);
        visit_stmts(s->orelse);
    }
    use_next_block(end);
}

void Compiler::compile_for(const ast::For* s) {
    BasicBlock* start = new_block();
    BasicBlock* body = new_block();
    BasicBlock* cleanup = new_block();
    BasicBlock* end = new_block();
    if (!push_fblock({FBlockType::ForLoop, start, end})) return;
    visit_expr(s->iter);
    addop(op(Opcode::GET_ITER));
    use_next_block(start);
    addop_j(op(Opcode::FOR_ITER), cleanup);
    use_next_block(body);
    visit_expr(s->target);
    visit_stmts(s->body);
    unset_loc();
    addop_j(JUMP, start);
    use_next_block(cleanup);
    pop_fblock();
    visit_stmts(s->orelse);
    use_next_block(end);
}

// compiler_async_for: __anext__() awaited under a handler that ends the
// loop on StopAsyncIteration (END_ASYNC_FOR).
void Compiler::compile_async_for(const ast::AsyncFor* s) {
    BasicBlock* start = new_block();
    BasicBlock* except = new_block();
    BasicBlock* end = new_block();
    visit_expr(s->iter);
    addop(op(Opcode::GET_AITER));
    use_next_block(start);
    if (!push_fblock({FBlockType::ForLoop, start, end})) return;
    addop_j(SETUP_FINALLY, except);
    addop(op(Opcode::GET_ANEXT));
    addop_load_const(Const::none());
    compile_yield_from(true);
    addop(POP_BLOCK);
    visit_expr(s->target);
    visit_stmts(s->body);
    unset_loc();
    addop_j(JUMP, start);
    pop_fblock();
    use_next_block(except);
    // The line of the iterator: END_ASYNC_FOR ends the `for`, not its body.
    set_loc(s->iter);
    addop(op(Opcode::END_ASYNC_FOR));
    visit_stmts(s->orelse);
    use_next_block(end);
}

void Compiler::compile_while(const ast::While* s) {
    BasicBlock* loop = new_block();
    BasicBlock* body = new_block();
    BasicBlock* anchor = new_block();
    BasicBlock* end = new_block();
    use_next_block(loop);
    if (!push_fblock({FBlockType::WhileLoop, loop, end})) return;
    jump_if(s->test, anchor, false);
    use_next_block(body);
    visit_stmts(s->body);
    set_loc(s);
    jump_if(s->test, body, true);
    pop_fblock();
    use_next_block(anchor);
    visit_stmts(s->orelse);
    use_next_block(end);
}

void Compiler::compile_return(const ast::Return* s) {
    if (u->u_ste->ste_type != BlockType::FunctionBlock) return error(s, "'return' outside function");
    bool preserve_tos = s->value && !is_const_expr(s->value);
    if (preserve_tos) {
        visit_expr(s->value);
    } else if (s->value) {
        set_loc(s->value);
        addop(op(Opcode::NOP));
    }
    if (!s->value || s->value->lineno != s->lineno) {
        set_loc(s);
        addop(op(Opcode::NOP));
    }
    if (!unwind_fblock_stack(preserve_tos, nullptr)) return;
    if (!s->value) addop_load_const(Const::none());
    else if (!preserve_tos) addop_load_const(const_of(s->value));
    addop(op(Opcode::RETURN_VALUE));
}

void Compiler::compile_break_continue(bool is_break) {
    FBlockInfo* loop = nullptr;
    addop(op(Opcode::NOP));
    if (!unwind_fblock_stack(false, &loop)) return;
    if (!loop) return error(nullptr, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break) {
        if (!unwind_fblock(*loop, false)) return;
        addop_j(JUMP, loop->fb_exit);
    } else {
        addop_j(JUMP, loop->fb_block);
    }
}

void Compiler::call_exit_with_nones() {
    addop_load_const(Const::none());
    addop_load_const(Const::none());
    addop_load_const(Const::none());
    addop(op(Opcode::PRECALL), 2);
    addop(op(Opcode::CALL), 2);
}

void Compiler::pop_except_and_reraise() {
    addop(op(Opcode::COPY), 3);
    addop(op(Opcode::POP_EXCEPT));
    addop(op(Opcode::RERAISE), 1);
}

// compiler_unwind_fblock: the code a return/break/continue runs to leave a block.
bool Compiler::unwind_fblock(const FBlockInfo& info, bool preserve_tos) {
    switch (info.fb_type) {
    case FBlockType::WhileLoop: case FBlockType::ExceptionHandler: case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
        return true;
    case FBlockType::ForLoop:
        if (preserve_tos) addop(op(Opcode::SWAP), 2);
        addop(op(Opcode::POP_TOP));
        return true;
    case FBlockType::TryExcept:
        addop(POP_BLOCK);
        return true;
    case FBlockType::FinallyTry:
        addop(POP_BLOCK);
        if (preserve_tos && !push_fblock({FBlockType::PopValue})) return false;
        visit_stmts(*info.fb_finalbody);
        if (preserve_tos) pop_fblock();
        unset_loc();
        return true;
    case FBlockType::FinallyEnd:
        if (preserve_tos) addop(op(Opcode::SWAP), 2);
        addop(op(Opcode::POP_TOP));
        if (preserve_tos) addop(op(Opcode::SWAP), 2);
        addop(POP_BLOCK);
        addop(op(Opcode::POP_EXCEPT));
        return true;
    case FBlockType::With: case FBlockType::AsyncWith:
        set_loc(info.fb_stmt);
        addop(POP_BLOCK);
        if (preserve_tos) addop(op(Opcode::SWAP), 2);
        call_exit_with_nones();
        if (info.fb_type == FBlockType::AsyncWith) {
            addop(op(Opcode::GET_AWAITABLE), 2);
            addop_load_const(Const::none());
            compile_yield_from(true);
        }
        addop(op(Opcode::POP_TOP));
        unset_loc();
        return true;
    case FBlockType::HandlerCleanup:
        if (info.fb_name) addop(POP_BLOCK);
        if (preserve_tos) addop(op(Opcode::SWAP), 2);
        addop(POP_BLOCK);
        addop(op(Opcode::POP_EXCEPT));
        if (info.fb_name) {
            addop_load_const(Const::none());
            nameop(*info.fb_name, ExprContext::Store);
            nameop(*info.fb_name, ExprContext::Del);
        }
        return true;
    case FBlockType::PopValue:
        if (preserve_tos) addop(op(Opcode::SWAP), 2);
        addop(op(Opcode::POP_TOP));
        return true;
    }
    return true;
}

bool Compiler::unwind_fblock_stack(bool preserve_tos, FBlockInfo** loop) {
    if (u->u_fblock.empty()) return true;
    FBlockInfo top = u->u_fblock.back();
    if (top.fb_type == FBlockType::ExceptionGroupHandler) {
        error(nullptr, "'break', 'continue' and 'return' cannot appear in an except* block");
        return false;
    }
    if (loop && (top.fb_type == FBlockType::WhileLoop || top.fb_type == FBlockType::ForLoop)) {
        *loop = &u->u_fblock.back();
        return true;
    }
    u->u_fblock.pop_back();
    bool ok = unwind_fblock(top, preserve_tos) && unwind_fblock_stack(preserve_tos, loop);
    u->u_fblock.push_back(top);
    if (loop && *loop) {
        // The loop entry may have moved with the vector; find it again.
        for (auto& f : u->u_fblock)
            if (f.fb_block == (*loop)->fb_block && f.fb_type == (*loop)->fb_type) *loop = &f;
    }
    return ok;
}

// ==== try ======================================================================

void Compiler::compile_try(const ast::Try* s) {
    if (!s->finalbody.empty()) compile_try_finally(s);
    else compile_try_except(s);
}

void Compiler::compile_try_finally(const ast::Try* s) {
    BasicBlock* body = new_block();
    BasicBlock* end = new_block();
    BasicBlock* exit = new_block();
    BasicBlock* cleanup = new_block();
    addop_j(SETUP_FINALLY, end);
    use_next_block(body);
    FBlockInfo fb{FBlockType::FinallyTry, body, end};
    fb.fb_finalbody = &s->finalbody;
    if (!push_fblock(fb)) return;
    if (!s->handlers.empty()) compile_try_except(s);
    else visit_stmts(s->body);
    addop_noline(POP_BLOCK);
    pop_fblock();
    visit_stmts(s->finalbody);
    addop_j(JUMP, exit, true);
    use_next_block(end);
    unset_loc();
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Opcode::PUSH_EXC_INFO));
    if (!push_fblock({FBlockType::FinallyEnd, end})) return;
    visit_stmts(s->finalbody);
    pop_fblock();
    addop(op(Opcode::RERAISE), 0);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(exit);
}

void Compiler::compile_try_except(const ast::Try* s) {
    BasicBlock* body = new_block();
    BasicBlock* except = new_block();
    BasicBlock* end = new_block();
    BasicBlock* cleanup = new_block();
    addop_j(SETUP_FINALLY, except);
    use_next_block(body);
    if (!push_fblock({FBlockType::TryExcept, body})) return;
    visit_stmts(s->body);
    pop_fblock();
    addop_noline(POP_BLOCK);
    visit_stmts(s->orelse);
    addop_j(JUMP, end, true);
    use_next_block(except);
    unset_loc();
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Opcode::PUSH_EXC_INFO));
    if (!push_fblock({FBlockType::ExceptionHandler})) return;
    std::size_t n = s->handlers.size();
    for (std::size_t i = 0; i < n && !failed(); i++) {
        auto* handler = s->handlers[i]->as<ast::ExceptHandler>();
        set_loc(handler);
        if (!handler->type && i < n - 1) return error(handler, "default 'except:' must be last");
        except = new_block();
        if (handler->type) {
            visit_expr(handler->type);
            addop(op(Opcode::CHECK_EXC_MATCH));
            addop_j(POP_JUMP_IF_FALSE, except);
        }
        if (handler->name) {
            BasicBlock* cleanup_end = new_block();
            BasicBlock* cleanup_body = new_block();
            nameop(*handler->name, ExprContext::Store);
            addop_j(SETUP_CLEANUP, cleanup_end);
            use_next_block(cleanup_body);
            FBlockInfo fb{FBlockType::HandlerCleanup, cleanup_body};
            fb.fb_name = &*handler->name;
            if (!push_fblock(fb)) return;
            visit_stmts(handler->body);
            pop_fblock();
            unset_loc();
            addop(POP_BLOCK);
            addop(POP_BLOCK);
            addop(op(Opcode::POP_EXCEPT));
            addop_load_const(Const::none());
            nameop(*handler->name, ExprContext::Store);
            nameop(*handler->name, ExprContext::Del);
            addop_j(JUMP, end);
            use_next_block(cleanup_end);
            unset_loc();
            addop_load_const(Const::none());
            nameop(*handler->name, ExprContext::Store);
            nameop(*handler->name, ExprContext::Del);
            addop(op(Opcode::RERAISE), 1);
        } else {
            BasicBlock* cleanup_body = new_block();
            addop(op(Opcode::POP_TOP));
            use_next_block(cleanup_body);
            if (!push_fblock({FBlockType::HandlerCleanup, cleanup_body})) return;
            visit_stmts(handler->body);
            pop_fblock();
            unset_loc();
            addop(POP_BLOCK);
            addop(op(Opcode::POP_EXCEPT));
            addop_j(JUMP, end);
        }
        use_next_block(except);
    }
    unset_loc();
    pop_fblock();
    addop(op(Opcode::RERAISE), 0);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(end);
}

// ==== with ======================================================================

void Compiler::with_except_finish(BasicBlock* cleanup) {
    unset_loc();
    BasicBlock* exit = new_block();
    addop_j(POP_JUMP_IF_TRUE, exit);
    addop(op(Opcode::RERAISE), 2);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(exit);
    addop(op(Opcode::POP_TOP));
    addop(POP_BLOCK);
    addop(op(Opcode::POP_EXCEPT));
    addop(op(Opcode::POP_TOP));
    addop(op(Opcode::POP_TOP));
}

void Compiler::compile_with(const ast::With* s, std::size_t pos) {
    auto* item = s->items[pos]->as<ast::withitem>();
    BasicBlock* block = new_block();
    BasicBlock* final = new_block();
    BasicBlock* exit = new_block();
    BasicBlock* cleanup = new_block();
    visit_expr(item->context_expr);
    addop(op(Opcode::BEFORE_WITH));
    addop_j(SETUP_WITH, final);
    use_next_block(block);
    FBlockInfo fb{FBlockType::With, block, final};
    fb.fb_stmt = s;
    if (!push_fblock(fb)) return;
    if (item->optional_vars) visit_expr(item->optional_vars);
    else addop(op(Opcode::POP_TOP));
    pos++;
    if (pos == s->items.size()) visit_stmts(s->body);
    else compile_with(s, pos);
    unset_loc();
    addop(POP_BLOCK);
    pop_fblock();
    set_loc(s);
    call_exit_with_nones();
    addop(op(Opcode::POP_TOP));
    addop_j(JUMP, exit);
    use_next_block(final);
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Opcode::PUSH_EXC_INFO));
    addop(op(Opcode::WITH_EXCEPT_START));
    with_except_finish(cleanup);
    use_next_block(exit);
}

// compiler_async_with: compile_with with __aenter__() and __aexit__(...)
// awaited.
void Compiler::compile_async_with(const ast::AsyncWith* s, std::size_t pos) {
    auto* item = s->items[pos]->as<ast::withitem>();
    BasicBlock* block = new_block();
    BasicBlock* final = new_block();
    BasicBlock* exit = new_block();
    BasicBlock* cleanup = new_block();
    visit_expr(item->context_expr);
    addop(op(Opcode::BEFORE_ASYNC_WITH));
    addop(op(Opcode::GET_AWAITABLE), 1);
    addop_load_const(Const::none());
    compile_yield_from(true);
    addop_j(SETUP_WITH, final);
    use_next_block(block);
    FBlockInfo fb{FBlockType::AsyncWith, block, final};
    fb.fb_stmt = s;
    if (!push_fblock(fb)) return;
    if (item->optional_vars) visit_expr(item->optional_vars);
    else addop(op(Opcode::POP_TOP));
    pos++;
    if (pos == s->items.size()) visit_stmts(s->body);
    else compile_async_with(s, pos);
    pop_fblock();
    addop(POP_BLOCK);
    set_loc(s);
    call_exit_with_nones();
    addop(op(Opcode::GET_AWAITABLE), 2);
    addop_load_const(Const::none());
    compile_yield_from(true);
    addop(op(Opcode::POP_TOP));
    addop_j(JUMP, exit);
    use_next_block(final);
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Opcode::PUSH_EXC_INFO));
    addop(op(Opcode::WITH_EXCEPT_START));
    addop(op(Opcode::GET_AWAITABLE), 2);
    addop_load_const(Const::none());
    compile_yield_from(true);
    with_except_finish(cleanup);
    use_next_block(exit);
}

// ==== imports ===================================================================

void Compiler::compile_import(const ast::Import* s) {
    for (auto* n : s->names) {
        auto* alias = n->as<ast::alias>();
        addop_load_const(Const::integer("0"));
        addop_load_const(Const::none());
        addop_name(op(Opcode::IMPORT_NAME), alias->name);
        const std::string& name = alias->name;
        auto dot = name.find('.');
        if (alias->asname) {
            if (dot != std::string::npos) {
                while (true) {
                    auto pos = dot + 1;
                    dot = name.find('.', pos);
                    std::string attr = name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
                    addop_name(op(Opcode::IMPORT_FROM), attr, false);
                    if (dot == std::string::npos) break;
                    addop(op(Opcode::SWAP), 2);
                    addop(op(Opcode::POP_TOP));
                }
                nameop(*alias->asname, ExprContext::Store);
                addop(op(Opcode::POP_TOP));
            } else {
                nameop(*alias->asname, ExprContext::Store);
            }
        } else {
            nameop(name.substr(0, dot), ExprContext::Store);
        }
    }
}

void Compiler::compile_from_import(const ast::ImportFrom* s) {
    addop_load_const(Const::integer(std::to_string(s->level)));
    Const names;
    names.tag = Const::Tag::Tuple;
    for (auto* n : s->names) names.items.push_back(Const::string_utf8(n->as<ast::alias>()->name));
    addop_load_const(names);
    addop_name(op(Opcode::IMPORT_NAME), s->module ? *s->module : std::string());
    for (std::size_t i = 0; i < s->names.size(); i++) {
        auto* alias = s->names[i]->as<ast::alias>();
        if (i == 0 && alias->name[0] == '*') {
            addop(op(Opcode::IMPORT_STAR));
            return;
        }
        addop_name(op(Opcode::IMPORT_FROM), alias->name);
        nameop(alias->asname ? *alias->asname : alias->name, ExprContext::Store);
    }
    addop(op(Opcode::POP_TOP));
}

void Compiler::compile_assert(const ast::Assert* s) {
    check_assert(s);
    if (optimize_) return;  // -O
    BasicBlock* end = new_block();
    jump_if(s->test, end, true);
    addop(op(Opcode::LOAD_ASSERTION_ERROR));
    if (s->msg) {
        visit_expr(s->msg);
        addop(op(Opcode::PRECALL), 0);
        addop(op(Opcode::CALL), 0);
    }
    addop(op(Opcode::RAISE_VARARGS), 1);
    use_next_block(end);
}

// ==== assignments ================================================================

static int inplace_binop(ast::Operator op);

void Compiler::compile_augassign(const ast::AugAssign* s) {
    const ast::Node* e = s->target;
    Location old = u->u_loc;
    set_loc(e);
    switch (e->kind) {
    case Kind::Attribute: {
        auto* a = e->as<ast::Attribute>();
        visit_expr(a->value);
        addop(op(Opcode::COPY), 1);
        update_start_location_to_match_attr(a);
        addop_name(op(Opcode::LOAD_ATTR), a->attr);
        break;
    }
    case Kind::Subscript: {
        auto* sub = e->as<ast::Subscript>();
        visit_expr(sub->value);
        visit_expr(sub->slice);
        addop(op(Opcode::COPY), 2);
        addop(op(Opcode::COPY), 2);
        addop(op(Opcode::BINARY_SUBSCR));
        break;
    }
    case Kind::Name: nameop(e->as<ast::Name>()->id, ExprContext::Load); break;
    default: return error(e, "invalid node type for augmented assignment");
    }
    u->u_loc = old;
    visit_expr(s->value);
    addop(op(Opcode::BINARY_OP), inplace_binop(s->op));
    set_loc(e);
    switch (e->kind) {
    case Kind::Attribute: {
        auto* a = e->as<ast::Attribute>();
        update_start_location_to_match_attr(a);
        addop(op(Opcode::SWAP), 2);
        addop_name(op(Opcode::STORE_ATTR), a->attr);
        break;
    }
    case Kind::Subscript:
        addop(op(Opcode::SWAP), 3);
        addop(op(Opcode::SWAP), 2);
        addop(op(Opcode::STORE_SUBSCR));
        break;
    default: nameop(e->as<ast::Name>()->id, ExprContext::Store); break;
    }
}

// The BINARY_OP oparg of an augmented operator (NB_INPLACE_*).
static int inplace_binop(ast::Operator o) {
    static const int table[] = {13, 23, 18, 17, 24, 19, 21, 16, 22, 20, 25, 14, 15};
    return table[static_cast<int>(o)];
}

void Compiler::check_ann_expr(const ast::Node* e) {
    visit_expr(e);
    addop(op(Opcode::POP_TOP));
}

void Compiler::check_ann_subscr(const ast::Node* e) {
    if (auto* sl = e->as<ast::Slice>()) {
        if (sl->lower) check_ann_expr(sl->lower);
        if (sl->upper) check_ann_expr(sl->upper);
        if (sl->step) check_ann_expr(sl->step);
    } else if (auto* t = e->as<ast::Tuple>()) {
        for (auto* elt : t->elts) check_ann_subscr(elt);
    } else {
        check_ann_expr(e);
    }
}

void Compiler::compile_annassign(const ast::AnnAssign* s) {
    const ast::Node* targ = s->target;
    if (s->value) {
        visit_expr(s->value);
        visit_expr(targ);
    }
    bool module_or_class = u->u_scope_type == ScopeType::Module || u->u_scope_type == ScopeType::Class;
    switch (targ->kind) {
    case Kind::Name:
        if (s->simple && module_or_class) {
            if (st_.future_annotations) {
                // TODO(#compiler): the annotation's source text (ast.unparse) under
                // `from __future__ import annotations`.
                addop_load_const(Const::string_utf8("<annotation>"));
            } else {
                visit_expr(s->annotation);
            }
            addop_name(op(Opcode::LOAD_NAME), "__annotations__", false);
            addop_load_const(Const::string_utf8(mangle(targ->as<ast::Name>()->id)));
            addop(op(Opcode::STORE_SUBSCR));
        }
        break;
    case Kind::Attribute:
        if (!s->value) check_ann_expr(targ->as<ast::Attribute>()->value);
        break;
    case Kind::Subscript:
        if (!s->value) {
            check_ann_expr(targ->as<ast::Subscript>()->value);
            check_ann_subscr(targ->as<ast::Subscript>()->slice);
        }
        break;
    default: break;
    }
    if (!s->simple && module_or_class && !st_.future_annotations) check_ann_expr(s->annotation);
}

}  // namespace glasspy::interp
