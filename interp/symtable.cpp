// The symbol table pass: a mirror of CPython 3.11's Python/symtable.c (see
// symtable.hpp for what it computes and what the compiler may assume).  The
// functions keep CPython's names (symtable_visit_stmt, symtable_add_def,
// analyze_block, update_symbols...) and visit children in CPython's order,
// because that order is observable: it is the order of ste_symbols (and so of
// symtable.get_identifiers()), of ste_children, and of ste_varnames.
//
// Where CPython raises a SyntaxError, a comment "CPython: SyntaxError ..." says
// which; interp/compile_checks.cpp reports those for now, so here the pass
// goes on as if the error had not happened and never fails.
//
// Invariant: pass 1 only appends to ste_symbols (first-seen order); pass 2
// writes each Symbol's scope in place and appends the free names that merely
// pass through a scope.  CPython appends those by iterating a set (hash
// order); here the sets are ordered, so they come in code-point order.
#include "interp/symtable.hpp"

#include <algorithm>
#include <set>

#include "runtime/deep_stack.hpp"

namespace glasspy::interp {

using ast::Kind;
using ast::Node;
using ast::NodeList;

// ---- entries ------------------------------------------------------------------

const Symbol* SymtableEntry::lookup(std::string_view name) const {
    auto it = index_.find(std::string(name));
    return it == index_.end() ? nullptr : &ste_symbols[it->second];
}

int SymtableEntry::get_symbol(std::string_view name) const {
    const Symbol* s = lookup(name);
    return s ? s->flags : 0;
}

Scope SymtableEntry::get_scope(std::string_view name) const {
    const Symbol* s = lookup(name);
    return s ? s->scope : Scope::Unresolved;
}

Symbol& SymtableEntry::symbol(const std::string& name) {
    auto [it, inserted] = index_.try_emplace(name, ste_symbols.size());
    if (inserted) ste_symbols.push_back(Symbol{name, 0, Scope::Unresolved});
    return ste_symbols[it->second];
}

// compile.c's dictbytype sorts the cells; compute_localsplus_info then lays
// out the parameters first, and a cell that is a parameter stays in its slot,
// so co_cellvars lists those first.  The class cell is added after sorting.
std::vector<std::string> SymtableEntry::cellvars() const {
    std::vector<std::string> cells;
    for (const Symbol& s : ste_symbols)
        if (s.scope == Scope::CELL) cells.push_back(s.name);
    std::sort(cells.begin(), cells.end());  // UTF-8 byte order is code-point order
    std::vector<std::string> out;
    for (const std::string& p : ste_varnames)
        if (std::binary_search(cells.begin(), cells.end(), p)) out.push_back(p);
    for (const std::string& c : cells)
        if (std::find(ste_varnames.begin(), ste_varnames.end(), c) == ste_varnames.end())
            out.push_back(c);
    if (ste_needs_class_closure) out.push_back("__class__");
    return out;
}

std::vector<std::string> SymtableEntry::freevars() const {
    std::vector<std::string> out;
    for (const Symbol& s : ste_symbols)
        if (s.scope == Scope::FREE || (s.flags & DEF_FREE_CLASS)) out.push_back(s.name);
    std::sort(out.begin(), out.end());
    return out;
}

const SymtableEntry* Symtable::lookup(const ast::Node* key) const {
    auto it = st_blocks.find(key);
    return it == st_blocks.end() ? nullptr : it->second;
}

std::string mangle_name(std::string_view privateobj, std::string_view name) {
    if (privateobj.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
        return std::string(name);
    // Don't mangle __id__ or names with dots (only an import's package name has one).
    if (name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
    std::size_t ipriv = privateobj.find_first_not_of('_');
    if (ipriv == std::string_view::npos) return std::string(name);  // class is just underscores
    std::string out = "_";
    out += privateobj.substr(ipriv);
    out += name;
    return out;
}

namespace {

bool is_docstring(const Node* s) {
    auto* e = s->as<ast::Expr>();
    auto* c = e ? e->value->as<ast::Constant>() : nullptr;
    return c && c->value.tag == ast::ConstantValue::Tag::Str;
}

// The location arguments CPython passes along for its error messages.
Directive directive_at(std::string name, const Node* n) {
    return {std::move(name), n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
}

// ---- pass 1: symtable_visit_* -------------------------------------------------

// struct symtable while it is being built.
class SymtableBuilder {
public:
    explicit SymtableBuilder(Symtable& st) : st_(st) {}

    void build(const Node* mod) {
        symtable_enter_block("top", BlockType::ModuleBlock, mod);
        st_.st_top = st_cur;
        if (auto* m = mod->as<ast::Module>()) {
            visit_stmts(m->body);
        } else if (auto* i = mod->as<ast::Interactive>()) {
            visit_stmts(i->body);
        } else if (auto* e = mod->as<ast::Expression>()) {
            symtable_visit_expr(e->body);
        }
        symtable_exit_block();
    }

private:
    Symtable& st_;
    SymtableEntry* st_cur = nullptr;
    SymtableEntry* st_global = nullptr;  // CPython keeps the module's symbol dict
    std::vector<SymtableEntry*> st_stack;
    std::string st_private;  // name of the class being visited ("" outside classes)

    // ---- blocks ----

    void symtable_enter_block(std::string name, BlockType block, const Node* key) {
        auto owned = std::make_unique<SymtableEntry>();
        SymtableEntry* ste = owned.get();
        st_.entries.push_back(std::move(owned));
        ste->ste_id = key;
        ste->ste_name = std::move(name);
        ste->ste_type = block;
        if (block != BlockType::ModuleBlock) {  // CPython gives the module 0, 0, 0, 0
            ste->ste_lineno = key->lineno;
            ste->ste_col_offset = key->col_offset;
            ste->ste_end_lineno = key->end_lineno;
            ste->ste_end_col_offset = key->end_col_offset;
        }
        // ste_new: a block is nested if it is inside a function, at any depth.
        ste->ste_nested =
            st_cur && (st_cur->ste_nested || st_cur->ste_type == BlockType::FunctionBlock);
        // CPython also files annotation blocks in st_blocks, under a key that a
        // real block either overwrites later or that is never looked up.
        if (block != BlockType::AnnotationBlock) st_.st_blocks[key] = ste;

        SymtableEntry* prev = st_cur;
        st_stack.push_back(ste);
        // bpo-37757: a walrus is refused anywhere inside a comprehension's
        // outermost iterable, even inside a nested lambda or comprehension.
        if (prev) ste->ste_comp_iter_expr = prev->ste_comp_iter_expr;
        st_cur = ste;
        if (block == BlockType::AnnotationBlock) return;  // nobody's child
        if (block == BlockType::ModuleBlock) st_global = ste;
        if (prev) prev->ste_children.push_back(ste);
    }

    void symtable_exit_block() {
        st_stack.pop_back();
        st_cur = st_stack.empty() ? nullptr : st_stack.back();
    }

    // ---- names ----

    void symtable_add_def_helper(const std::string& name, int flag, SymtableEntry* ste) {
        std::string mangled = mangle_name(st_private, name);
        Symbol& sym = ste->symbol(mangled);
        int val = sym.flags;
        // CPython: SyntaxError "duplicate argument '%U' in function definition"
        // when flag and val both have DEF_PARAM.
        val |= flag;
        if (ste->ste_comp_iter_target) {
            // CPython: SyntaxError "comprehension inner loop cannot rebind
            // assignment expression target" when val has DEF_GLOBAL|DEF_NONLOCAL.
            val |= DEF_COMP_ITER;
        }
        sym.flags = val;
        if (flag & DEF_PARAM) {
            ste->ste_varnames.push_back(mangled);
        } else if (flag & DEF_GLOBAL) {
            // A global statement anywhere also marks the name in the module.
            st_global->symbol(mangled).flags |= flag;
        }
    }

    void symtable_add_def(const std::string& name, int flag) {
        symtable_add_def_helper(name, flag, st_cur);
    }

    int symtable_lookup(const std::string& name) const {
        return st_cur->get_symbol(mangle_name(st_private, name));
    }

    void symtable_record_directive(const std::string& name, const Node* n) {
        st_cur->ste_directives.push_back(directive_at(mangle_name(st_private, name), n));
    }

    // ---- statements ----

    void visit_stmts(const NodeList& body) {
        for (const Node* s : body)
            symtable_visit_stmt(s);
    }
    void visit_exprs(const NodeList& list) {
        for (const Node* e : list)
            if (e) symtable_visit_expr(e);  // VISIT_SEQ_WITH_NULL skips the holes
    }
    void visit_keywords(const NodeList& list) {
        for (const Node* k : list)
            symtable_visit_expr(k->as<ast::keyword>()->value);
    }

    template <typename Def> void visit_function_def(const Def* s, bool is_async) {
        symtable_add_def(s->name, DEF_LOCAL);
        auto* args = s->args->template as<ast::arguments>();
        visit_exprs(args->defaults);
        visit_exprs(args->kw_defaults);
        symtable_visit_annotations(s, args, s->returns);
        visit_exprs(s->decorator_list);
        symtable_enter_block(s->name, BlockType::FunctionBlock, s);
        if (is_async) st_cur->ste_coroutine = true;
        symtable_visit_arguments(args);
        visit_stmts(s->body);
        symtable_exit_block();
    }

    void visit_class_def(const ast::ClassDef* s) {
        symtable_add_def(s->name, DEF_LOCAL);
        visit_exprs(s->bases);
        visit_keywords(s->keywords);
        visit_exprs(s->decorator_list);
        symtable_enter_block(s->name, BlockType::ClassBlock, s);
        std::string tmp = std::move(st_private);
        st_private = s->name;  // names in the body (and its methods) are mangled with it
        visit_stmts(s->body);
        st_private = std::move(tmp);
        symtable_exit_block();
    }

    void visit_ann_assign(const ast::AnnAssign* s) {
        if (auto* name = s->target->as<ast::Name>()) {
            // CPython: SyntaxError "annotated name '%U' can't be global" (or
            // nonlocal) when symtable_lookup gives DEF_GLOBAL|DEF_NONLOCAL
            // outside the module and the target is simple.
            if (s->simple) symtable_add_def(name->id, DEF_ANNOT | DEF_LOCAL);
            // `(x): int` (not simple, no value) records nothing at all.
            if (s->value) symtable_add_def(name->id, DEF_LOCAL);
        } else {
            symtable_visit_expr(s->target);
        }
        symtable_visit_annotation(s->annotation);
        if (s->value) symtable_visit_expr(s->value);
    }

    // `global` and `nonlocal`.  CPython: SyntaxError "name '%U' is parameter
    // and global", "... is used prior to global declaration", "annotated name
    // ... can't be global", "... is assigned to before global declaration"
    // (and the nonlocal ones), when symtable_lookup(name) already has
    // DEF_PARAM, USE, DEF_ANNOT or DEF_LOCAL, in that order of precedence.
    // (symtable_lookup is kept for those checks.)
    void visit_declaration(const Node* s, const ast::IdentList& names, int flag) {
        for (const std::string& name : names) {
            symtable_add_def(name, flag);
            symtable_record_directive(name, s);
        }
    }

    void symtable_visit_stmt(const Node* s) {
        switch (s->kind) {
            case Kind::FunctionDef: visit_function_def(s->as<ast::FunctionDef>(), false); break;
            case Kind::AsyncFunctionDef:
                visit_function_def(s->as<ast::AsyncFunctionDef>(), true);
                break;
            case Kind::ClassDef: visit_class_def(s->as<ast::ClassDef>()); break;
            case Kind::Return:
                if (auto* v = s->as<ast::Return>()->value) {
                    symtable_visit_expr(v);
                    st_cur->ste_returns_value = true;
                }
                break;
            case Kind::Delete: visit_exprs(s->as<ast::Delete>()->targets); break;
            case Kind::Assign: {
                auto* a = s->as<ast::Assign>();
                visit_exprs(a->targets);  // targets before the value, as CPython
                symtable_visit_expr(a->value);
                break;
            }
            case Kind::AnnAssign: visit_ann_assign(s->as<ast::AnnAssign>()); break;
            case Kind::AugAssign: {
                auto* a = s->as<ast::AugAssign>();
                symtable_visit_expr(a->target);
                symtable_visit_expr(a->value);
                break;
            }
            case Kind::For: {
                auto* f = s->as<ast::For>();
                visit_loop(f->target, f->iter, f->body, f->orelse);
                break;
            }
            case Kind::AsyncFor: {
                auto* f = s->as<ast::AsyncFor>();
                visit_loop(f->target, f->iter, f->body, f->orelse);
                break;
            }
            case Kind::While: {
                auto* w = s->as<ast::While>();
                symtable_visit_expr(w->test);
                visit_stmts(w->body);
                visit_stmts(w->orelse);
                break;
            }
            case Kind::If: {
                auto* i = s->as<ast::If>();
                symtable_visit_expr(i->test);
                visit_stmts(i->body);
                visit_stmts(i->orelse);
                break;
            }
            case Kind::With: visit_with(s->as<ast::With>()->items, s->as<ast::With>()->body); break;
            case Kind::AsyncWith: {
                auto* w = s->as<ast::AsyncWith>();
                visit_with(w->items, w->body);
                break;
            }
            case Kind::Match: {
                auto* m = s->as<ast::Match>();
                symtable_visit_expr(m->subject);
                for (const Node* c : m->cases)
                    symtable_visit_match_case(c->as<ast::match_case>());
                break;
            }
            case Kind::Raise: {
                auto* r = s->as<ast::Raise>();
                if (r->exc) {
                    symtable_visit_expr(r->exc);
                    if (r->cause) symtable_visit_expr(r->cause);
                }
                break;
            }
            case Kind::Try: {
                auto* t = s->as<ast::Try>();
                visit_try(t->body, t->handlers, t->orelse, t->finalbody);
                break;
            }
            case Kind::TryStar: {
                auto* t = s->as<ast::TryStar>();
                visit_try(t->body, t->handlers, t->orelse, t->finalbody);
                break;
            }
            case Kind::Assert: {
                auto* a = s->as<ast::Assert>();
                symtable_visit_expr(a->test);
                if (a->msg) symtable_visit_expr(a->msg);
                break;
            }
            case Kind::Import:
                for (const Node* a : s->as<ast::Import>()->names)
                    symtable_visit_alias(a);
                break;
            case Kind::ImportFrom:
                for (const Node* a : s->as<ast::ImportFrom>()->names)
                    symtable_visit_alias(a);
                break;
            case Kind::Global: visit_declaration(s, s->as<ast::Global>()->names, DEF_GLOBAL); break;
            case Kind::Nonlocal:
                visit_declaration(s, s->as<ast::Nonlocal>()->names, DEF_NONLOCAL);
                break;
            case Kind::Expr: symtable_visit_expr(s->as<ast::Expr>()->value); break;
            default: break;  // Pass, Break, Continue
        }
    }

    void visit_loop(const Node* target, const Node* iter, const NodeList& body,
                    const NodeList& orelse) {
        symtable_visit_expr(target);
        symtable_visit_expr(iter);
        visit_stmts(body);
        visit_stmts(orelse);
    }

    void visit_with(const NodeList& items, const NodeList& body) {
        for (const Node* n : items) {
            auto* item = n->as<ast::withitem>();
            symtable_visit_expr(item->context_expr);
            if (item->optional_vars) symtable_visit_expr(item->optional_vars);
        }
        visit_stmts(body);
    }

    // The else block is visited before the handlers, as CPython does.
    void visit_try(const NodeList& body, const NodeList& handlers, const NodeList& orelse,
                   const NodeList& finalbody) {
        visit_stmts(body);
        visit_stmts(orelse);
        for (const Node* h : handlers)
            symtable_visit_excepthandler(h->as<ast::ExceptHandler>());
        visit_stmts(finalbody);
    }

    void symtable_visit_excepthandler(const ast::ExceptHandler* eh) {
        if (eh->type) symtable_visit_expr(eh->type);
        if (eh->name) symtable_add_def(*eh->name, DEF_LOCAL);
        visit_stmts(eh->body);
    }

    // The name an import binds: the alias, else the first component of a
    // dotted name (`import a.b` binds a).
    void symtable_visit_alias(const Node* n) {
        auto* a = n->as<ast::alias>();
        const std::string& name = a->asname ? *a->asname : a->name;
        if (name != "*") {
            symtable_add_def(name.substr(0, name.find('.')), DEF_IMPORT);
            return;
        }
        // CPython: SyntaxError "import * only allowed at module level" outside
        // a ModuleBlock.
        st_cur->ste_opt_lineno = a->lineno;
        st_cur->ste_opt_col_offset = a->col_offset;
    }

    void symtable_visit_match_case(const ast::match_case* m) {
        symtable_visit_pattern(m->pattern);
        if (m->guard) symtable_visit_expr(m->guard);
        visit_stmts(m->body);
    }

    void visit_patterns(const NodeList& list) {
        for (const Node* p : list)
            symtable_visit_pattern(p);
    }

    void symtable_visit_pattern(const Node* p) {
        switch (p->kind) {
            case Kind::MatchValue: symtable_visit_expr(p->as<ast::MatchValue>()->value); break;
            case Kind::MatchSequence: visit_patterns(p->as<ast::MatchSequence>()->patterns); break;
            case Kind::MatchStar:
                if (auto& name = p->as<ast::MatchStar>()->name) symtable_add_def(*name, DEF_LOCAL);
                break;
            case Kind::MatchMapping: {
                auto* m = p->as<ast::MatchMapping>();
                visit_exprs(m->keys);
                visit_patterns(m->patterns);
                if (m->rest) symtable_add_def(*m->rest, DEF_LOCAL);
                break;
            }
            case Kind::MatchClass: {
                auto* c = p->as<ast::MatchClass>();
                symtable_visit_expr(c->cls);
                visit_patterns(c->patterns);
                visit_patterns(c->kwd_patterns);
                break;
            }
            case Kind::MatchAs: {
                auto* a = p->as<ast::MatchAs>();
                if (a->pattern) symtable_visit_pattern(a->pattern);
                if (a->name) symtable_add_def(*a->name, DEF_LOCAL);
                break;
            }
            case Kind::MatchOr: visit_patterns(p->as<ast::MatchOr>()->patterns); break;
            default: break;  // MatchSingleton
        }
    }

    // ---- parameters and annotations ----

    void symtable_visit_params(const NodeList& args) {
        for (const Node* a : args)
            symtable_add_def(a->as<ast::arg>()->name, DEF_PARAM);
    }

    // The parameters in code-object order: posonly, args, kwonly, *args, **kwargs.
    // (Defaults were visited in the enclosing scope.)
    void symtable_visit_arguments(const ast::arguments* a) {
        symtable_visit_params(a->posonlyargs);
        symtable_visit_params(a->args);
        symtable_visit_params(a->kwonlyargs);
        if (a->vararg) {
            symtable_add_def(a->vararg->as<ast::arg>()->name, DEF_PARAM);
            st_cur->ste_varargs = true;
        }
        if (a->kwarg) {
            symtable_add_def(a->kwarg->as<ast::arg>()->name, DEF_PARAM);
            st_cur->ste_varkeywords = true;
        }
    }

    // Without the future import, 3.11 evaluates annotations where the def or
    // assignment is, so their names belong to the enclosing scope; with it
    // they become strings, and their names go to a throw-away block.
    void symtable_visit_annotation(const Node* annotation) {
        if (st_.future_annotations)
            symtable_enter_block("_annotation", BlockType::AnnotationBlock, annotation);
        symtable_visit_expr(annotation);
        if (st_.future_annotations) symtable_exit_block();
    }

    void visit_argannotations(const NodeList& args) {
        for (const Node* a : args)
            if (auto* ann = a->as<ast::arg>()->annotation) symtable_visit_expr(ann);
    }

    // Order as CPython: posonly, args, *args, **kwargs, kwonly, then return.
    void symtable_visit_annotations(const Node* o, const ast::arguments* a, const Node* returns) {
        if (st_.future_annotations)
            symtable_enter_block("_annotation", BlockType::AnnotationBlock, o);
        visit_argannotations(a->posonlyargs);
        visit_argannotations(a->args);
        if (a->vararg)
            if (auto* ann = a->vararg->as<ast::arg>()->annotation) symtable_visit_expr(ann);
        if (a->kwarg)
            if (auto* ann = a->kwarg->as<ast::arg>()->annotation) symtable_visit_expr(ann);
        visit_argannotations(a->kwonlyargs);
        if (st_.future_annotations) symtable_exit_block();
        if (returns) symtable_visit_annotation(returns);
    }

    // ---- expressions ----

    void symtable_visit_expr(const Node* e);

    void visit_lambda(const ast::Lambda* e) {
        auto* args = e->args->as<ast::arguments>();
        visit_exprs(args->defaults);
        visit_exprs(args->kw_defaults);
        symtable_enter_block("lambda", BlockType::FunctionBlock, e);
        symtable_visit_arguments(args);
        symtable_visit_expr(e->body);
        symtable_exit_block();
    }

    void visit_name(const ast::Name* e) {
        bool load = e->ctx == ast::ExprContext::Load;
        symtable_add_def(e->id, load ? USE : DEF_LOCAL);  // Store and Del both bind
        // super() with no arguments reads the __class__ cell, so it counts as a
        // use of __class__ (in any function, not only a method's own body).
        if (load && st_cur->ste_type == BlockType::FunctionBlock && e->id == "super")
            symtable_add_def("__class__", USE);
    }

    // A comprehension is a function called with its outermost iterable, which
    // is evaluated in the enclosing scope and arrives as the parameter ".0".
    void symtable_handle_comprehension(const Node* e, const char* scope_name,
                                       ComprehensionType type, const NodeList& generators,
                                       const Node* elt, const Node* value) {
        bool is_generator = e->kind == Kind::GeneratorExp;
        auto* outermost = generators[0]->as<ast::comprehension>();
        st_cur->ste_comp_iter_expr++;
        symtable_visit_expr(outermost->iter);
        st_cur->ste_comp_iter_expr--;
        symtable_enter_block(scope_name, BlockType::FunctionBlock, e);
        st_cur->ste_comprehension = type;
        if (outermost->is_async) st_cur->ste_coroutine = true;
        symtable_add_def(".0", DEF_PARAM);  // symtable_implicit_arg(st, 0)
        st_cur->ste_comp_iter_target = true;
        symtable_visit_expr(outermost->target);
        st_cur->ste_comp_iter_target = false;
        visit_exprs(outermost->ifs);
        for (std::size_t i = 1; i < generators.size(); ++i)
            symtable_visit_comprehension(generators[i]->as<ast::comprehension>());
        if (value) symtable_visit_expr(value);  // a dict comprehension's value before its key
        symtable_visit_expr(elt);
        // CPython: SyntaxError "'yield' inside list comprehension" etc. was
        // raised already if a yield set ste_generator.
        st_cur->ste_generator = is_generator;
        bool is_async = st_cur->ste_coroutine && !is_generator;
        symtable_exit_block();
        // Awaiting inside a list/set/dict comprehension makes the enclosing
        // function await it; an async generator expression does not.
        if (is_async) st_cur->ste_coroutine = true;
    }

    void symtable_visit_comprehension(const ast::comprehension* lc) {
        st_cur->ste_comp_iter_target = true;
        symtable_visit_expr(lc->target);
        st_cur->ste_comp_iter_target = false;
        st_cur->ste_comp_iter_expr++;
        symtable_visit_expr(lc->iter);
        st_cur->ste_comp_iter_expr--;
        visit_exprs(lc->ifs);
        if (lc->is_async) st_cur->ste_coroutine = true;
    }

    // PEP 572: the target of `:=` inside a comprehension binds in the nearest
    // enclosing function (as nonlocal) or module (as global), not in the
    // comprehension.
    void symtable_extend_namedexpr_scope(const ast::Name* target) {
        const std::string& name = target->id;
        for (auto it = st_stack.rbegin(); it != st_stack.rend(); ++it) {
            SymtableEntry* ste = *it;
            if (ste->ste_comprehension != ComprehensionType::NoComprehension) {
                // CPython: SyntaxError "assignment expression cannot rebind
                // comprehension iteration variable" if DEF_COMP_ITER is set.
                continue;
            }
            if (ste->ste_type == BlockType::FunctionBlock) {
                symtable_add_def(name,
                                 ste->get_symbol(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL);
                symtable_record_directive(name, target);
                symtable_add_def_helper(name, DEF_LOCAL, ste);
                return;
            }
            if (ste->ste_type == BlockType::ModuleBlock) {
                symtable_add_def(name, DEF_GLOBAL);
                symtable_record_directive(name, target);
                symtable_add_def_helper(name, DEF_GLOBAL, ste);
                return;
            }
            if (ste->ste_type == BlockType::ClassBlock) {
                // CPython: SyntaxError "assignment expression within a
                // comprehension cannot be used in a class body".
                return;
            }
        }
    }

    void symtable_handle_namedexpr(const ast::NamedExpr* e) {
        // CPython: SyntaxError "assignment expression cannot be used in a
        // comprehension iterable expression" if st_cur->ste_comp_iter_expr > 0.
        if (st_cur->ste_comprehension != ComprehensionType::NoComprehension)
            symtable_extend_namedexpr_scope(e->target->as<ast::Name>());
        symtable_visit_expr(e->value);
        symtable_visit_expr(e->target);
    }
};

// CPython: SyntaxError "... cannot be used within an annotation" for a walrus,
// yield, yield from or await met while st_cur is an AnnotationBlock.
void SymtableBuilder::symtable_visit_expr(const Node* e) {
    switch (e->kind) {
        case Kind::NamedExpr: symtable_handle_namedexpr(e->as<ast::NamedExpr>()); break;
        case Kind::BoolOp: visit_exprs(e->as<ast::BoolOp>()->values); break;
        case Kind::BinOp:
            symtable_visit_expr(e->as<ast::BinOp>()->left);
            symtable_visit_expr(e->as<ast::BinOp>()->right);
            break;
        case Kind::UnaryOp: symtable_visit_expr(e->as<ast::UnaryOp>()->operand); break;
        case Kind::Lambda: visit_lambda(e->as<ast::Lambda>()); break;
        case Kind::IfExp: {
            auto* i = e->as<ast::IfExp>();
            symtable_visit_expr(i->test);
            symtable_visit_expr(i->body);
            symtable_visit_expr(i->orelse);
            break;
        }
        case Kind::Dict:  // every key, then every value
            visit_exprs(e->as<ast::Dict>()->keys);
            visit_exprs(e->as<ast::Dict>()->values);
            break;
        case Kind::Set: visit_exprs(e->as<ast::Set>()->elts); break;
        case Kind::GeneratorExp: {
            auto* g = e->as<ast::GeneratorExp>();
            symtable_handle_comprehension(e, "genexpr", ComprehensionType::GeneratorExpression,
                                          g->generators, g->elt, nullptr);
            break;
        }
        case Kind::ListComp: {
            auto* l = e->as<ast::ListComp>();
            symtable_handle_comprehension(e, "listcomp", ComprehensionType::ListComprehension,
                                          l->generators, l->elt, nullptr);
            break;
        }
        case Kind::SetComp: {
            auto* s = e->as<ast::SetComp>();
            symtable_handle_comprehension(e, "setcomp", ComprehensionType::SetComprehension,
                                          s->generators, s->elt, nullptr);
            break;
        }
        case Kind::DictComp: {
            auto* d = e->as<ast::DictComp>();
            symtable_handle_comprehension(e, "dictcomp", ComprehensionType::DictComprehension,
                                          d->generators, d->key, d->value);
            break;
        }
        case Kind::Yield:
            if (auto* v = e->as<ast::Yield>()->value) symtable_visit_expr(v);
            st_cur->ste_generator = true;
            break;
        case Kind::YieldFrom:
            symtable_visit_expr(e->as<ast::YieldFrom>()->value);
            st_cur->ste_generator = true;
            break;
        case Kind::Await:
            symtable_visit_expr(e->as<ast::Await>()->value);
            st_cur->ste_coroutine = true;
            break;
        case Kind::Compare:
            symtable_visit_expr(e->as<ast::Compare>()->left);
            visit_exprs(e->as<ast::Compare>()->comparators);
            break;
        case Kind::Call:
            symtable_visit_expr(e->as<ast::Call>()->func);
            visit_exprs(e->as<ast::Call>()->args);
            visit_keywords(e->as<ast::Call>()->keywords);
            break;
        case Kind::FormattedValue: {
            auto* f = e->as<ast::FormattedValue>();
            symtable_visit_expr(f->value);
            if (f->format_spec) symtable_visit_expr(f->format_spec);
            break;
        }
        case Kind::JoinedStr: visit_exprs(e->as<ast::JoinedStr>()->values); break;
        case Kind::Attribute: symtable_visit_expr(e->as<ast::Attribute>()->value); break;
        case Kind::Subscript:
            symtable_visit_expr(e->as<ast::Subscript>()->value);
            symtable_visit_expr(e->as<ast::Subscript>()->slice);
            break;
        case Kind::Starred: symtable_visit_expr(e->as<ast::Starred>()->value); break;
        case Kind::Slice: {
            auto* s = e->as<ast::Slice>();
            if (s->lower) symtable_visit_expr(s->lower);
            if (s->upper) symtable_visit_expr(s->upper);
            if (s->step) symtable_visit_expr(s->step);
            break;
        }
        case Kind::Name: visit_name(e->as<ast::Name>()); break;
        case Kind::List: visit_exprs(e->as<ast::List>()->elts); break;
        case Kind::Tuple: visit_exprs(e->as<ast::Tuple>()->elts); break;
        default: break;  // Constant
    }
}

// ---- pass 2: analyze_block ------------------------------------------------------
// Each block gets from its parent `bound` (names bound in enclosing
// functions, null for the module) and `global` (names declared global
// above); it reports its free names back through `free`.  Sets are copied
// per child (analyze_child_block), so a `global x` in one child does not
// affect its siblings.

using NameSet = std::set<std::string>;

void analyze_name(SymtableEntry* ste, Symbol& sym, NameSet* bound, NameSet& local, NameSet& free,
                  NameSet& global) {
    const std::string& name = sym.name;
    if (sym.flags & DEF_GLOBAL) {
        // CPython: SyntaxError "name '%U' is nonlocal and global" if DEF_NONLOCAL too.
        sym.scope = Scope::GLOBAL_EXPLICIT;
        global.insert(name);
        if (bound) bound->erase(name);
        return;
    }
    if (sym.flags & DEF_NONLOCAL) {
        // CPython: SyntaxError "nonlocal declaration not allowed at module
        // level" (no bound) or "no binding for nonlocal '%U' found" (not in it).
        sym.scope = Scope::FREE;
        ste->ste_free = true;
        free.insert(name);
        return;
    }
    if (sym.flags & DEF_BOUND) {
        sym.scope = Scope::LOCAL;
        local.insert(name);
        global.erase(name);
        return;
    }
    // Bound in an enclosing function: free here (a non-null bound implies the
    // block is nested).
    if (bound && bound->count(name)) {
        sym.scope = Scope::FREE;
        ste->ste_free = true;
        free.insert(name);
        return;
    }
    // Declared global by an enclosing function, or not bound anywhere: the
    // compiler looks it up in globals, then builtins.
    if (!global.count(name) && ste->ste_nested) ste->ste_free = true;
    sym.scope = Scope::GLOBAL_IMPLICIT;
}

// A local that a child uses freely becomes a cell, and stops being free: this
// block provides the binding.
void analyze_cells(SymtableEntry* ste, NameSet& free) {
    for (Symbol& s : ste->ste_symbols) {
        if (s.scope != Scope::LOCAL || !free.count(s.name)) continue;
        s.scope = Scope::CELL;
        free.erase(s.name);
    }
}

// __class__ free in a method is provided by the class body's implicit cell.
void drop_class_free(SymtableEntry* ste, NameSet& free) {
    if (free.erase("__class__")) ste->ste_needs_class_closure = true;
}

// Pass 2 has written each symbol's scope already; what is left is to record
// the free names of children that this block does not resolve.
void update_symbols(SymtableEntry* ste, const NameSet* bound, const NameSet& free, bool classflag) {
    for (const std::string& name : free) {
        if (const Symbol* s = ste->lookup(name)) {
            // A method's free variable that the class also binds (or declares
            // global): the class body must still pass the outer one through.
            if (classflag && (s->flags & (DEF_BOUND | DEF_GLOBAL)))
                ste->symbol(name).flags |= DEF_FREE_CLASS;
            continue;  // a cell, or already free here
        }
        if (bound && !bound->count(name)) continue;  // a global
        ste->symbol(name).scope = Scope::FREE;       // passes through on its way up
    }
}

void analyze_block(SymtableEntry* ste, NameSet* bound, NameSet& free, NameSet& global);

void analyze_child_block(SymtableEntry* entry, const NameSet& bound, const NameSet& free,
                         const NameSet& global, NameSet& child_free) {
    NameSet temp_bound = bound, temp_free = free, temp_global = global;
    analyze_block(entry, &temp_bound, temp_free, temp_global);
    child_free.insert(temp_free.begin(), temp_free.end());
}

void analyze_block(SymtableEntry* ste, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    bool is_class = ste->ste_type == BlockType::ClassBlock;
    // A class's own bindings are invisible to its methods, so what they see
    // is fixed before the class's names are analyzed.
    if (is_class) {
        newglobal = global;
        if (bound) newbound = *bound;
    }
    for (Symbol& sym : ste->ste_symbols)
        analyze_name(ste, sym, bound, local, free, global);
    if (!is_class) {
        if (ste->ste_type == BlockType::FunctionBlock) newbound.insert(local.begin(), local.end());
        if (bound) newbound.insert(bound->begin(), bound->end());
        newglobal.insert(global.begin(), global.end());
    } else {
        newbound.insert("__class__");  // methods may close over the implicit class cell
    }
    NameSet allfree;
    for (SymtableEntry* child : ste->ste_children) {
        analyze_child_block(child, newbound, newfree, newglobal, allfree);
        if (child->ste_free || child->ste_child_free) ste->ste_child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste->ste_type == BlockType::FunctionBlock) {
        analyze_cells(ste, newfree);
    } else if (is_class) {
        drop_class_free(ste, newfree);
    }
    update_symbols(ste, bound, newfree, is_class);
    free.insert(newfree.begin(), newfree.end());
}

}  // namespace

// ---- entry points -----------------------------------------------------------------

bool has_future_annotations(const ast::Node* mod) {
    const NodeList* body = nullptr;
    if (auto* m = mod->as<ast::Module>()) body = &m->body;
    if (auto* i = mod->as<ast::Interactive>()) body = &i->body;
    if (!body) return false;
    bool found = false;
    std::size_t i = !body->empty() && is_docstring((*body)[0]) ? 1 : 0;
    int prev_line = 0;
    bool done = false;
    for (; i < body->size(); ++i) {
        const Node* s = (*body)[i];
        if (done && s->lineno > prev_line) break;
        prev_line = s->lineno;
        auto* f = s->as<ast::ImportFrom>();
        if (!f || !f->module || *f->module != "__future__") {
            done = true;
            continue;
        }
        // (A late future import is an error; compile_checks.cpp reports it.)
        for (const Node* a : f->names)
            if (a->as<ast::alias>()->name == "annotations") found = true;
    }
    return found;
}

std::unique_ptr<Symtable> symtable_build_here(const ast::Node* mod, std::string_view filename,
                                              bool future_annotations) {
    auto st = std::make_unique<Symtable>();
    st->st_filename = std::string(filename);
    st->future_annotations = future_annotations;
    SymtableBuilder(*st).build(mod);
    NameSet free, global;
    analyze_block(st->st_top, nullptr, free, global);  // symtable_analyze
    return st;
}

std::unique_ptr<Symtable> symtable_build(const ast::Node* mod, std::string_view filename,
                                         bool future_annotations) {
    return rt::with_deep_stack(
        [&] { return symtable_build_here(mod, filename, future_annotations); });
}

std::unique_ptr<Symtable> symtable_build(const ast::Node* mod, std::string_view filename) {
    return symtable_build(mod, filename, has_future_annotations(mod));
}

// ---- symtable_dump ------------------------------------------------------------------
// What Lib/symtable.py answers, computed from the entry as that module does
// (including its quirk: any table named "top" counts as the module scope).

namespace {

std::string tuple_text(const std::vector<std::string>& names) {
    std::string out = "(";
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i ? ", " : "") + names[i];
    return out + ")";
}

template <typename Pred>
std::vector<std::string> idents_matching(const SymtableEntry& ste, Pred pred) {
    std::vector<std::string> out;
    for (const Symbol& s : ste.ste_symbols)
        if (pred(s)) out.push_back(s.name);
    return out;
}

std::string code_flags_text(const SymtableEntry& ste) {
    std::vector<const char*> on;
    if (ste.is_function()) {  // compute_code_flags, in CO_* bit order
        if (ste.ste_varargs) on.push_back("varargs");
        if (ste.ste_varkeywords) on.push_back("varkeywords");
        if (ste.ste_nested) on.push_back("nested");
        if (ste.is_generator()) on.push_back("generator");
        if (ste.is_coroutine()) on.push_back("coroutine");
        if (ste.is_async_generator()) on.push_back("async_generator");
    }
    std::string out = "[";
    for (std::size_t i = 0; i < on.size(); ++i)
        out += std::string(i ? "," : "") + on[i];
    return out + "]";
}

std::string symbol_text(const SymtableEntry& ste, const Symbol& s) {
    bool module_scope = ste.ste_name == "top";
    bool bound = module_scope && (s.flags & DEF_BOUND);
    bool namespace_ = std::any_of(ste.ste_children.begin(), ste.ste_children.end(),
                                  [&](const SymtableEntry* c) { return c->ste_name == s.name; });
    const std::pair<const char*, bool> preds[] = {
        {"local", s.scope == Scope::LOCAL || s.scope == Scope::CELL || bound},
        {"global", s.scope == Scope::GLOBAL_IMPLICIT || s.scope == Scope::GLOBAL_EXPLICIT || bound},
        {"declared_global", s.scope == Scope::GLOBAL_EXPLICIT},
        {"free", s.scope == Scope::FREE},
        {"parameter", (s.flags & DEF_PARAM) != 0},
        {"imported", (s.flags & DEF_IMPORT) != 0},
        {"assigned", (s.flags & DEF_LOCAL) != 0},
        {"referenced", (s.flags & USE) != 0},
        {"nonlocal", (s.flags & DEF_NONLOCAL) != 0},
        {"annotated", (s.flags & DEF_ANNOT) != 0},
        {"namespace", namespace_},
    };
    std::string out = "sym " + s.name + " flags=" + std::to_string(s.ste_value()) + " [";
    bool first = true;
    for (const auto& [pred, on] : preds) {
        if (!on) continue;
        out += first ? "" : " ";
        out += pred;
        first = false;
    }
    return out + "]";
}

void dump_entry(const SymtableEntry& ste, const std::string& pad, std::string& out) {
    static const char* const types[] = {"function", "class", "module", "annotation"};
    out += pad + "scope " + ste.ste_name + " type=" + types[static_cast<int>(ste.ste_type)] +
           " lineno=" + std::to_string(ste.ste_lineno) +
           " nested=" + (ste.ste_nested ? "True" : "False") + "\n";
    if (ste.is_function()) {
        auto scope_in = [](Scope a, Scope b) {
            return [a, b](const Symbol& s) { return s.scope == a || s.scope == b; };
        };
        out +=
            pad + "  params=" +
            tuple_text(idents_matching(ste, [](const Symbol& s) { return s.flags & DEF_PARAM; })) +
            " locals=" + tuple_text(idents_matching(ste, scope_in(Scope::LOCAL, Scope::CELL))) +
            " globals=" +
            tuple_text(
                idents_matching(ste, scope_in(Scope::GLOBAL_IMPLICIT, Scope::GLOBAL_EXPLICIT))) +
            " frees=" + tuple_text(idents_matching(ste, scope_in(Scope::FREE, Scope::FREE))) +
            " nonlocals=" +
            tuple_text(
                idents_matching(ste, [](const Symbol& s) { return s.flags & DEF_NONLOCAL; })) +
            "\n";
    }
    if (ste.ste_type == BlockType::ClassBlock) {
        std::vector<std::string> methods;
        for (const SymtableEntry* c : ste.ste_children)
            if (std::find(methods.begin(), methods.end(), c->ste_name) == methods.end())
                methods.push_back(c->ste_name);
        out += pad + "  methods=" + tuple_text(methods) + "\n";
    }
    out += pad + "  code varnames=" + tuple_text(ste.ste_varnames) +
           " cellvars=" + tuple_text(ste.cellvars()) + " freevars=" + tuple_text(ste.freevars()) +
           " flags=" + code_flags_text(ste) + "\n";
    for (const Symbol& s : ste.ste_symbols)
        out += pad + "  " + symbol_text(ste, s) + "\n";
    for (const SymtableEntry* c : ste.ste_children)
        dump_entry(*c, pad + "  ", out);
}

}  // namespace

std::string symtable_dump(const Symtable& st) {
    std::string out;
    dump_entry(*st.st_top, "", out);
    return out;
}

}  // namespace glasspy::interp
