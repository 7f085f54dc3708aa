// Functions, lambdas, classes and comprehensions: each compiles its body
// into a nested code object, then emits the code that builds the function
// at run time — defaults, keyword-only defaults, annotations and the
// closure of cells, then MAKE_FUNCTION (CPython 3.11: Python/compile.c,
// compiler_function, compiler_lambda, compiler_class, compiler_comprehension,
// compiler_make_closure, compiler_default_arguments,
// compiler_visit_annotations).
//
// Invariants: a nested code object is a constant of its parent (co_consts);
// a comprehension receives its outermost iterable as the argument ".0",
// evaluated in the enclosing scope; a class body returns its __class__ cell
// (or None) so that __build_class__ can fill it.
#include <algorithm>

#include "interp/compile_internal.hpp"

namespace glasspy::interp {

using ast::ExprContext;
using ast::Kind;

int Compiler::default_arguments(const ast::arguments* args) {
    int funcflags = 0;
    if (!args->defaults.empty()) {
        visit_exprs(args->defaults);
        addop(op(Opcode::BUILD_TUPLE), static_cast<int>(args->defaults.size()));
        funcflags |= 0x01;
    }
    Const keys;
    keys.tag = Const::Tag::Tuple;
    for (std::size_t i = 0; i < args->kwonlyargs.size(); i++) {
        const ast::Node* def = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
        if (!def) continue;
        keys.items.push_back(Const::string_utf8(mangle(args->kwonlyargs[i]->as<ast::arg>()->name)));
        visit_expr(def);
    }
    if (!keys.items.empty()) {
        addop_load_const(keys);
        addop(op(Opcode::BUILD_CONST_KEY_MAP), static_cast<int>(keys.items.size()));
        funcflags |= 0x02;
    }
    return funcflags;
}

void Compiler::visit_argannotation(const std::string& id, const ast::Node* annotation, int& len) {
    if (!annotation) return;
    addop_load_const(Const::string_utf8(mangle(id)));
    if (st_.future_annotations) {
        // TODO(#compiler): ast.unparse text of the annotation.
        addop_load_const(Const::string_utf8("<annotation>"));
    } else if (auto* s = annotation->as<ast::Starred>()) {
        visit_expr(s->value);
        addop(op(Opcode::UNPACK_SEQUENCE), 1);
    } else {
        visit_expr(annotation);
    }
    len += 2;
}

bool Compiler::visit_annotations(const ast::arguments* args, const ast::Node* returns) {
    int len = 0;
    for (auto* a : args->args) visit_argannotation(a->as<ast::arg>()->name, a->as<ast::arg>()->annotation, len);
    for (auto* a : args->posonlyargs) visit_argannotation(a->as<ast::arg>()->name, a->as<ast::arg>()->annotation, len);
    if (args->vararg) visit_argannotation(args->vararg->as<ast::arg>()->name, args->vararg->as<ast::arg>()->annotation, len);
    for (auto* a : args->kwonlyargs) visit_argannotation(a->as<ast::arg>()->name, a->as<ast::arg>()->annotation, len);
    if (args->kwarg) visit_argannotation(args->kwarg->as<ast::arg>()->name, args->kwarg->as<ast::arg>()->annotation, len);
    visit_argannotation("return", returns, len);
    if (len) {
        addop(op(Opcode::BUILD_TUPLE), len);
        return true;
    }
    return false;
}

// compiler_make_closure: LOAD_CLOSURE for each free variable of `co`, then MAKE_FUNCTION.
void Compiler::make_closure(std::shared_ptr<CompiledCode> co, int flags) {
    int nfree = 0;
    for (std::size_t i = 0; i < co->localsplusnames.size(); ++i) {
        if (!(co->localspluskinds[i] & CO_FAST_FREE)) continue;
        const std::string& name = co->localsplusnames[i];
        bool cell = (u->u_scope_type == ScopeType::Class && name == "__class__") ||
                    u->u_ste->get_scope(name) == Scope::CELL;
        int arg;
        if (cell) {
            arg = static_cast<int>(std::find(u->u_cellvars.begin(), u->u_cellvars.end(), name) - u->u_cellvars.begin());
        } else {
            auto it = std::find(u->u_freevars.begin(), u->u_freevars.end(), name);
            if (it == u->u_freevars.end()) {
                error(nullptr, "compiler_make_closure: cannot find free variable " + name);
                return;
            }
            arg = static_cast<int>(u->u_cellvars.size()) + static_cast<int>(it - u->u_freevars.begin());
        }
        addop(op(Opcode::LOAD_CLOSURE), arg);
        nfree++;
    }
    if (nfree) {
        flags |= 0x08;
        addop(op(Opcode::BUILD_TUPLE), nfree);
    }
    Const c;
    c.tag = Const::Tag::Code;
    c.code = std::move(co);
    addop_load_const(c);
    addop(op(Opcode::MAKE_FUNCTION), flags);
}

// Each decorator is called, innermost first, at the decorator's line.
void Compiler::apply_decorators(const ast::NodeList& decos) {
    for (std::size_t i = decos.size(); i-- > 0;) {
        set_loc(decos[i]);
        addop(op(Opcode::PRECALL), 0);
        addop(op(Opcode::CALL), 0);
    }
}

void Compiler::compile_function(const ast::Node* s, bool is_async) {
    const ast::arguments* args;
    const ast::NodeList *body, *decos;
    const ast::Node* returns;
    const std::string* name;
    if (is_async) {
        auto* f = s->as<ast::AsyncFunctionDef>();
        args = f->args->as<ast::arguments>(); body = &f->body; decos = &f->decorator_list; returns = f->returns; name = &f->name;
    } else {
        auto* f = s->as<ast::FunctionDef>();
        args = f->args->as<ast::arguments>(); body = &f->body; decos = &f->decorator_list; returns = f->returns; name = &f->name;
    }
    decorators(*decos);
    int firstlineno = decos->empty() ? s->lineno : (*decos)[0]->lineno;
    int funcflags = default_arguments(args);
    if (visit_annotations(args, returns)) funcflags |= 0x04;
    if (!enter_scope(*name, is_async ? ScopeType::AsyncFunction : ScopeType::Function, s, firstlineno)) return;
    const ast::Constant* doc = optimize_ < 2 ? docstring_of(*body) : nullptr;  // -OO drops it
    add_const(doc ? Const::from_ast(doc->value) : Const::none());
    u->u_argcount = static_cast<int>(args->args.size() + args->posonlyargs.size());
    u->u_posonlyargcount = static_cast<int>(args->posonlyargs.size());
    u->u_kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
    for (std::size_t i = doc ? 1 : 0; i < body->size() && !failed(); i++) visit_stmt((*body)[i]);
    if (failed()) return;
    auto co = assemble_unit(true);
    exit_scope();
    make_closure(co, funcflags);
    apply_decorators(*decos);
    set_loc(s);
    nameop(*name, ExprContext::Store);
}

void Compiler::compile_class(const ast::ClassDef* s) {
    decorators(s->decorator_list);
    int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
    if (!enter_scope(s->name, ScopeType::Class, s, firstlineno)) return;
    u->u_private = s->name;
    nameop("__name__", ExprContext::Load);
    nameop("__module__", ExprContext::Store);
    addop_load_const(Const::string_utf8(u->u_qualname));
    nameop("__qualname__", ExprContext::Store);
    body(s->body);
    if (failed()) return;
    unset_loc();
    if (u->u_ste->ste_needs_class_closure) {
        addop(op(Opcode::LOAD_CLOSURE), 0);
        addop(op(Opcode::COPY), 1);
        nameop("__classcell__", ExprContext::Store);
    } else {
        addop_load_const(Const::none());
    }
    addop(op(Opcode::RETURN_VALUE));
    auto co = assemble_unit(true);
    exit_scope();
    addop(op(Opcode::PUSH_NULL));
    addop(op(Opcode::LOAD_BUILD_CLASS));
    make_closure(co, 0);
    addop_load_const(Const::string_utf8(s->name));
    call_helper(2, s->bases, s->keywords);
    apply_decorators(s->decorator_list);
    set_loc(s);
    nameop(s->name, ExprContext::Store);
}

void Compiler::compile_lambda(const ast::Lambda* e) {
    auto* args = e->args->as<ast::arguments>();
    int funcflags = default_arguments(args);
    if (!enter_scope("<lambda>", ScopeType::Lambda, e, e->lineno)) return;
    add_const(Const::none());
    u->u_argcount = static_cast<int>(args->args.size() + args->posonlyargs.size());
    u->u_posonlyargcount = static_cast<int>(args->posonlyargs.size());
    u->u_kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
    visit_expr(e->body);
    if (failed()) return;
    std::shared_ptr<CompiledCode> co;
    if (u->u_ste->ste_generator) {
        co = assemble_unit(false);
    } else {
        addop(op(Opcode::RETURN_VALUE));
        co = assemble_unit(true);
    }
    exit_scope();
    make_closure(co, funcflags);
}

void Compiler::compile_comprehension(const ast::Node* e, int type, const std::string& name,
                                     const ast::NodeList& generators, const ast::Node* elt,
                                     const ast::Node* val) {
    auto* outermost = generators[0]->as<ast::comprehension>();
    if (!enter_scope(name, ScopeType::Comprehension, e, e->lineno)) return;
    bool is_async_generator = u->u_ste->ste_coroutine;
    if (type != COMP_GENEXP) {
        int opcode = type == COMP_LISTCOMP ? op(Opcode::BUILD_LIST)
                   : type == COMP_SETCOMP ? op(Opcode::BUILD_SET) : op(Opcode::BUILD_MAP);
        addop(opcode, 0);
    }
    comprehension_generator(generators, 0, 0, elt, val, type);
    if (failed()) return;
    if (type != COMP_GENEXP) addop(op(Opcode::RETURN_VALUE));
    auto co = assemble_unit(true);
    exit_scope();
    make_closure(co, 0);
    visit_expr(outermost->iter);
    addop(op(outermost->is_async ? Opcode::GET_AITER : Opcode::GET_ITER));
    addop(op(Opcode::PRECALL), 0);
    addop(op(Opcode::CALL), 0);
    if (is_async_generator && type != COMP_GENEXP) {
        addop(op(Opcode::GET_AWAITABLE), 0);
        addop_load_const(Const::none());
        compile_yield_from(true);
    }
}

// compiler_sync_comprehension_generator (the async kind is below).
void Compiler::comprehension_generator(const ast::NodeList& generators, std::size_t gen_index, int depth,
                                       const ast::Node* elt, const ast::Node* val, int type) {
    auto* gen = generators[gen_index]->as<ast::comprehension>();
    if (gen->is_async) return async_comprehension_generator(generators, gen_index, depth, elt, val, type);
    BasicBlock* start = new_block();
    BasicBlock* if_cleanup = new_block();
    BasicBlock* anchor = new_block();
    if (gen_index == 0) {
        u->u_argcount = 1;
        addop(op(Opcode::LOAD_FAST), 0);
    } else {
        const ast::NodeList* elts = nullptr;
        if (auto* l = gen->iter->as<ast::List>()) elts = &l->elts;
        if (auto* t = gen->iter->as<ast::Tuple>()) elts = &t->elts;
        if (elts && elts->size() == 1 && (*elts)[0]->kind != Kind::Starred) {
            visit_expr((*elts)[0]);
            start = nullptr;
        }
        if (start) {
            visit_expr(gen->iter);
            addop(op(Opcode::GET_ITER));
        }
    }
    if (start) {
        depth++;
        use_next_block(start);
        addop_j(op(Opcode::FOR_ITER), anchor);
    }
    visit_expr(gen->target);
    for (auto* cond : gen->ifs) {
        jump_if(cond, if_cleanup, false);
    }
    if (++gen_index < generators.size()) comprehension_generator(generators, gen_index, depth, elt, val, type);
    if (gen_index >= generators.size()) comprehension_element(elt, val, type, depth);
    use_next_block(if_cleanup);
    if (start) {
        addop_j(JUMP, start);
        use_next_block(anchor);
    }
}

// The innermost step: yield the element, or add it to the list, set or
// dict being built (depth + 1 items down the stack).
void Compiler::comprehension_element(const ast::Node* elt, const ast::Node* val, int type, int depth) {
    switch (type) {
    case COMP_GENEXP:
        visit_expr(elt);
        addop_yield();
        addop(op(Opcode::POP_TOP));
        break;
    case COMP_LISTCOMP:
        visit_expr(elt);
        addop(op(Opcode::LIST_APPEND), depth + 1);
        break;
    case COMP_SETCOMP:
        visit_expr(elt);
        addop(op(Opcode::SET_ADD), depth + 1);
        break;
    default:
        visit_expr(elt);
        visit_expr(val);
        addop(op(Opcode::MAP_ADD), depth + 1);
        break;
    }
}

// compiler_async_comprehension_generator: `async for` in a comprehension,
// the loop of compile_async_for.
void Compiler::async_comprehension_generator(const ast::NodeList& generators, std::size_t gen_index, int depth,
                                             const ast::Node* elt, const ast::Node* val, int type) {
    auto* gen = generators[gen_index]->as<ast::comprehension>();
    BasicBlock* start = new_block();
    BasicBlock* except = new_block();
    BasicBlock* if_cleanup = new_block();
    if (gen_index == 0) {
        u->u_argcount = 1;
        addop(op(Opcode::LOAD_FAST), 0);
    } else {
        visit_expr(gen->iter);
        addop(op(Opcode::GET_AITER));
    }
    use_next_block(start);
    if (!push_fblock({FBlockType::AsyncComprehensionGenerator, start})) return;
    addop_j(SETUP_FINALLY, except);
    addop(op(Opcode::GET_ANEXT));
    addop_load_const(Const::none());
    compile_yield_from(true);
    addop(POP_BLOCK);
    visit_expr(gen->target);
    for (auto* cond : gen->ifs) {
        jump_if(cond, if_cleanup, false);
        next_block();
    }
    depth++;
    if (++gen_index < generators.size()) comprehension_generator(generators, gen_index, depth, elt, val, type);
    if (gen_index >= generators.size()) comprehension_element(elt, val, type, depth);
    use_next_block(if_cleanup);
    addop_j(JUMP, start);
    pop_fblock();
    use_next_block(except);
    addop(op(Opcode::END_ASYNC_FOR));
}

}  // namespace glasspy::interp
