// The compile-time SyntaxErrors of CPython 3.11 (see compile_checks.hpp): a
// mirror of the error paths of Python/future.c, Python/symtable.c and
// Python/compile.c, and of nothing else those files do.  Function names follow
// CPython's (symtable_add_def, analyze_name, compiler_unwind_fblock_stack...)
// so each check can be compared with its original.
//
// Before them comes one rule of python.gram that interp/grammar/ does not yet
// enforce (invalid_comprehension: `[*x for x in y]`), reported as CPython's
// parser would, with character offsets.
//
// Invariant: every visitor returns false as soon as an error is recorded, and
// callers return at once, so the first error found is the one reported.
#include "interp/compile_checks.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace glasspy::interp {

namespace {

using ast::Kind;
using ast::Node;
using ast::NodeList;

// ---- positions and errors ---------------------------------------------------

// A node's position as the compiler keeps it (c->u->u_lineno ...): 0-based
// byte columns; -1 everywhere once "unset".
struct Loc {
    int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
};

Loc loc_of(const Node* n) {
    return {n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
}

// An error as CPython builds it: 1-based offsets exactly as SyntaxError holds them.
struct Error {
    std::string msg;
    int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
    bool char_offsets = false;  // a parser error: offsets count characters, not bytes
};

// PyErr_RangedSyntaxLocationObject(lineno, col + 1, end_lineno, end_col + 1),
// which is also what compiler_error builds from the current location.
Error ranged(std::string msg, Loc l) {
    return {std::move(msg), l.lineno, l.col + 1, l.end_lineno, l.end_col + 1};
}

// Python's repr() of a str: quotes chosen as CPython does, escapes for
// backslash, quotes and non-printable ASCII.
std::string str_repr(const std::u32string& s) {
    bool has_single = s.find(U'\'') != std::u32string::npos;
    bool has_double = s.find(U'"') != std::u32string::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    for (char32_t c : s) {
        if (c == static_cast<char32_t>(quote) || c == U'\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == U'\n') {
            out += "\\n";
        } else if (c == U'\r') {
            out += "\\r";
        } else if (c == U'\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out + quote;
}

// "'name'": CPython formats names with %R, i.e. repr() of an identifier.
std::string name_repr(const std::string& name) {
    return "'" + name + "'";
}

// ---- future.c -----------------------------------------------------------------

struct FutureFeatures {
    bool annotations = false;  // CO_FUTURE_ANNOTATIONS: annotations become strings
    int lineno = 0;            // ff_lineno: line of the last leading future import
};

bool is_docstring(const Node* s) {
    auto* e = s->as<ast::Expr>();
    auto* c = e ? e->value->as<ast::Constant>() : nullptr;
    return c && c->value.tag == ast::ConstantValue::Tag::Str;
}

bool is_future_import(const Node* s) {
    auto* f = s->as<ast::ImportFrom>();
    return f && f->module && *f->module == "__future__";
}

// future_check_features: the names of one leading `from __future__ import`.
// These two errors use PyErr_SyntaxLocationObject: a column but no end.
std::optional<Error> future_check_features(const ast::ImportFrom* s, FutureFeatures& ff) {
    static const char* const known[] = {
        "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
    for (const Node* n : s->names) {
        const std::string& feature = n->as<ast::alias>()->name;
        if (feature == "annotations") ff.annotations = true;
        if (std::find(std::begin(known), std::end(known), feature) != std::end(known)) continue;
        std::string msg = feature == "braces"
                              ? "not a chance"
                              : fmt::format("future feature {} is not defined", feature);
        return Error{msg, s->lineno, s->col_offset + 1, s->lineno, 0};
    }
    return std::nullopt;
}

// future_parse: the future imports that open the module (after an optional
// docstring).  A late future import is reported here only when it shares a
// line with the leading ones; compile.c reports the others.
std::optional<Error> future_parse(const ast::Module* mod, FutureFeatures& ff) {
    bool done = false;
    int prev_line = 0;
    std::size_t i = !mod->body.empty() && is_docstring(mod->body[0]) ? 1 : 0;
    for (; i < mod->body.size(); ++i) {
        const Node* s = mod->body[i];
        if (done && s->lineno > prev_line) break;
        prev_line = s->lineno;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        if (done) {
            // CPython passes the 0-based column here as if it were 1-based.
            return Error{"from __future__ imports must occur at the beginning of the file",
                         s->lineno, s->col_offset, s->lineno, 0};
        }
        if (auto e = future_check_features(s->as<ast::ImportFrom>(), ff)) return e;
        ff.lineno = s->lineno;
    }
    return std::nullopt;
}

// ---- the AST, walked generically ---------------------------------------------

// Calls f on each child node, in Python.asdl field order (null entries skipped).
template <typename F> void visit_field(Node* n, F& f) {
    if (n) f(n);
}
template <typename F> void visit_field(const NodeList& list, F& f) {
    for (const Node* n : list)
        if (n) f(n);
}
template <typename T, typename F> void visit_field(const T&, F&) {}

template <typename F> void for_each_child(const Node* node, F&& f) {
    switch (node->kind) {
#define GP_NODE(name, category)                                                                    \
    case Kind::name: {                                                                             \
        [[maybe_unused]] auto* x = static_cast<const ast::name*>(node);
#define GP_FIELD(node, type, field) visit_field(x->field, f);
#define GP_FIELD_AS(node, type, field, member) visit_field(x->member, f);
#define GP_END(name)                                                                               \
    break;                                                                                         \
    }
#include "interp/ast.def"
#undef GP_NODE
#undef GP_FIELD
#undef GP_FIELD_AS
#undef GP_END
    }
}

// Visits children in order until one visit fails.
template <typename F> bool all_children(const Node* node, F&& f) {
    bool ok = true;
    for_each_child(node, [&](const Node* c) { ok = ok && f(c); });
    return ok;
}

template <typename F> bool all_of(const NodeList& list, F&& f) {
    for (const Node* n : list)
        if (n && !f(n)) return false;
    return true;
}

// ---- python.gram: invalid_comprehension ------------------------------------------

// `[*x for x in y]` is a parser error in CPython (invalid_comprehension), but
// interp/grammar/ builds a Starred element for it; until the grammar has the
// rule, it is reported here, first, as the parser would.
std::optional<Error> check_comprehension_unpacking(const Node* n) {
    const Node* elt = nullptr;
    if (auto* c = n->as<ast::ListComp>()) elt = c->elt;
    if (auto* c = n->as<ast::SetComp>()) elt = c->elt;
    if (auto* c = n->as<ast::GeneratorExp>()) elt = c->elt;
    if (elt && elt->kind == Kind::Starred) {
        Error e = ranged("iterable unpacking cannot be used in comprehension", loc_of(elt));
        e.char_offsets = true;
        return e;
    }
    std::optional<Error> found;
    for_each_child(n, [&](const Node* c) {
        if (!found) found = check_comprehension_unpacking(c);
    });
    return found;
}

// ---- symtable.c: the first pass ------------------------------------------------

// Symbol flags, as Include/internal/pycore_symtable.h.
constexpr int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
              DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
constexpr int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

enum class BlockType { Module, Function, Class, Annotation };
enum class Comprehension { None, List, Set, Dict, Generator };

// A symbol table entry (PySTEntryObject), reduced to what the checks read.
struct Scope {
    BlockType type;
    std::vector<std::string> names;  // ste_symbols' keys, in insertion order
    std::unordered_map<std::string, int> symbols;
    std::vector<std::pair<std::string, Loc>> directives;  // global/nonlocal, walrus
    std::vector<Scope*> children;
    bool generator = false, coroutine = false, comp_iter_target = false;
    int comp_iter_expr = 0;
    Comprehension comprehension = Comprehension::None;

    int lookup(const std::string& name) const {
        auto it = symbols.find(name);
        return it == symbols.end() ? 0 : it->second;
    }
};

// _Py_Mangle: __name inside class C is _C__name.
std::string mangle(const std::string* private_name, const std::string& ident) {
    if (!private_name || ident.size() < 2 || ident.compare(0, 2, "__") != 0) return ident;
    if ((ident.size() >= 4 && ident.compare(ident.size() - 2, 2, "__") == 0) ||
        ident.find('.') != std::string::npos)
        return ident;
    std::size_t strip = private_name->find_first_not_of('_');
    if (strip == std::string::npos) return ident;
    return "_" + private_name->substr(strip) + ident;
}

std::string fmt_name(const char* format, const std::string& name) {
    return fmt::format(fmt::runtime(format), name);
}

class Symtable {
public:
    explicit Symtable(const FutureFeatures& ff) : future_annotations_(ff.annotations) {}

    // PySymtable_Build's first pass: true, or false with `error` set.
    bool build(const ast::Module* mod) {
        enter_block(BlockType::Module, mod);
        top_ = cur_;
        return all_of(mod->body, [&](const Node* s) { return visit(s); });
    }

    // symtable_analyze: the scope errors found once every name is known.
    bool analyze() { return analyze_block(top_, nullptr); }

    // The block of a module, class, function, lambda or comprehension node.
    const Scope* scope_of(const Node* n) const {
        auto it = by_node_.find(n);
        return it == by_node_.end() ? nullptr : it->second;
    }

    std::optional<Error> error;

private:
    struct VisitFn {
        Symtable* self;
        bool operator()(const Node* n) const { return self->visit(n); }
    };
    VisitFn visit_fn() { return {this}; }

    bool fail(std::string msg, Loc l) {
        error = ranged(std::move(msg), l);
        return false;
    }

    void enter_block(BlockType type, const Node* node) {
        scopes_.push_back(std::make_unique<Scope>());
        Scope* ste = scopes_.back().get();
        ste->type = type;
        // bpo-37757: no walrus anywhere inside a comprehension's iterable,
        // even inside a nested lambda or comprehension.
        if (cur_) ste->comp_iter_expr = cur_->comp_iter_expr;
        // Annotation blocks (under `from __future__ import annotations`)
        // are compiled to strings: not children, and not the node's scope.
        if (type != BlockType::Annotation) {
            if (cur_) cur_->children.push_back(ste);
            by_node_[node] = ste;
        }
        stack_.push_back(ste);
        cur_ = ste;
    }

    void exit_block() {
        stack_.pop_back();
        cur_ = stack_.empty() ? nullptr : stack_.back();
    }

    bool add_def_helper(const std::string& name, int flag, Scope* ste, Loc l) {
        std::string mangled = mangle(private_, name);
        auto it = ste->symbols.find(mangled);
        int val = flag;
        if (it != ste->symbols.end()) {
            if ((flag & DEF_PARAM) && (it->second & DEF_PARAM))
                return fail(fmt_name("duplicate argument '{}' in function definition", name), l);
            val = it->second | flag;
        }
        if (ste->comp_iter_target) {
            // An iteration variable that a walrus in an earlier clause bound.
            if (val & (DEF_GLOBAL | DEF_NONLOCAL))
                return fail(fmt_name("comprehension inner loop cannot rebind assignment "
                                     "expression target '{}'",
                                     name),
                            l);
            val |= DEF_COMP_ITER;
        }
        set_symbol(ste, mangled, val);
        if (!(flag & DEF_PARAM) && (flag & DEF_GLOBAL))
            set_symbol(top_, mangled, top_->lookup(mangled) | flag);
        return true;
    }

    static void set_symbol(Scope* ste, const std::string& name, int val) {
        auto [it, inserted] = ste->symbols.emplace(name, val);
        if (inserted) ste->names.push_back(name);
        it->second = val;
    }

    bool add_def(const std::string& name, int flag, Loc l) {
        return add_def_helper(name, flag, cur_, l);
    }

    void record_directive(const std::string& name, Loc l) {
        cur_->directives.emplace_back(mangle(private_, name), l);
    }

    bool raise_if_annotation_block(const char* what, const Node* e) {
        if (cur_->type != BlockType::Annotation) return true;
        return fail(fmt::format("'{}' can not be used within an annotation", what), loc_of(e));
    }

    // ---- statements ----

    bool visit(const Node* n) {
        switch (n->kind) {
            case Kind::FunctionDef: {
                auto* s = n->as<ast::FunctionDef>();
                return visit_function(s, s->name, s->args, s->body, s->decorator_list, s->returns,
                                      false);
            }
            case Kind::AsyncFunctionDef: {
                auto* s = n->as<ast::AsyncFunctionDef>();
                return visit_function(s, s->name, s->args, s->body, s->decorator_list, s->returns,
                                      true);
            }
            case Kind::ClassDef: {
                auto* s = n->as<ast::ClassDef>();
                if (!add_def(s->name, DEF_LOCAL, loc_of(s)) || !all_of(s->bases, visit_fn()) ||
                    !all_of(s->keywords, visit_fn()) || !all_of(s->decorator_list, visit_fn()))
                    return false;
                enter_block(BlockType::Class, s);
                const std::string* saved = private_;
                private_ = &s->name;
                if (!all_of(s->body, visit_fn())) return false;
                private_ = saved;
                exit_block();
                return true;
            }
            case Kind::AnnAssign: return visit_annassign(n->as<ast::AnnAssign>());
            case Kind::Try: {
                auto* s = n->as<ast::Try>();
                return all_of(s->body, visit_fn()) && all_of(s->orelse, visit_fn()) &&
                       all_of(s->handlers, visit_fn()) && all_of(s->finalbody, visit_fn());
            }
            case Kind::TryStar: {
                auto* s = n->as<ast::TryStar>();
                return all_of(s->body, visit_fn()) && all_of(s->orelse, visit_fn()) &&
                       all_of(s->handlers, visit_fn()) && all_of(s->finalbody, visit_fn());
            }
            case Kind::ExceptHandler: {
                auto* h = n->as<ast::ExceptHandler>();
                if (h->type && !visit(h->type)) return false;
                if (h->name && !add_def(*h->name, DEF_LOCAL, loc_of(h))) return false;
                return all_of(h->body, visit_fn());
            }
            case Kind::Global: return visit_directive(n, n->as<ast::Global>()->names, true);
            case Kind::Nonlocal: return visit_directive(n, n->as<ast::Nonlocal>()->names, false);
            case Kind::alias: return visit_alias(n->as<ast::alias>());
            default: break;
        }
        if (n->kind >= Kind::BoolOp && n->kind <= Kind::Slice) return visit_expr(n);
        if (n->kind >= Kind::MatchValue && n->kind <= Kind::MatchOr) return visit_pattern(n);
        return all_children(n, visit_fn());
    }

    bool visit_function(const Node* s, const std::string& name, const Node* args_node,
                        const NodeList& body, const NodeList& decorators, const Node* returns,
                        bool is_async) {
        auto* args = args_node->as<ast::arguments>();
        if (!add_def(name, DEF_LOCAL, loc_of(s)) || !all_of(args->defaults, visit_fn()) ||
            !all_of(args->kw_defaults, visit_fn()) || !visit_annotations(s, args, returns) ||
            !all_of(decorators, visit_fn()))
            return false;
        enter_block(BlockType::Function, s);
        if (is_async) cur_->coroutine = true;
        if (!visit_arguments(args) || !all_of(body, visit_fn())) return false;
        exit_block();
        return true;
    }

    bool visit_params(const NodeList& params) {
        return all_of(params, [&](const Node* a) {
            return add_def(a->as<ast::arg>()->name, DEF_PARAM, loc_of(a));
        });
    }

    // symtable_visit_arguments: the order decides which duplicate is reported.
    bool visit_arguments(const ast::arguments* a) {
        if (!visit_params(a->posonlyargs) || !visit_params(a->args) || !visit_params(a->kwonlyargs))
            return false;
        if (a->vararg && !add_def(a->vararg->as<ast::arg>()->name, DEF_PARAM, loc_of(a->vararg)))
            return false;
        return !a->kwarg || add_def(a->kwarg->as<ast::arg>()->name, DEF_PARAM, loc_of(a->kwarg));
    }

    bool visit_annotation(const Node* annotation) {
        if (future_annotations_) enter_block(BlockType::Annotation, annotation);
        if (!visit(annotation)) return false;
        if (future_annotations_) exit_block();
        return true;
    }

    bool visit_argannotations(const NodeList& params) {
        return all_of(params, [&](const Node* a) {
            auto* ann = a->as<ast::arg>()->annotation;
            return !ann || visit(ann);
        });
    }

    bool visit_annotations(const Node* s, const ast::arguments* a, const Node* returns) {
        if (future_annotations_) enter_block(BlockType::Annotation, s);
        if (!visit_argannotations(a->posonlyargs) || !visit_argannotations(a->args)) return false;
        if (a->vararg && a->vararg->as<ast::arg>()->annotation &&
            !visit(a->vararg->as<ast::arg>()->annotation))
            return false;
        if (a->kwarg && a->kwarg->as<ast::arg>()->annotation &&
            !visit(a->kwarg->as<ast::arg>()->annotation))
            return false;
        if (!visit_argannotations(a->kwonlyargs)) return false;
        if (future_annotations_) exit_block();
        return !returns || visit_annotation(returns);
    }

    bool visit_annassign(const ast::AnnAssign* s) {
        if (auto* target = s->target->as<ast::Name>()) {
            int cur = cur_->lookup(mangle(private_, target->id));
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != top_ && s->simple) {
                const char* msg = (cur & DEF_GLOBAL) ? "annotated name '{}' can't be global"
                                                     : "annotated name '{}' can't be nonlocal";
                return fail(fmt_name(msg, target->id), loc_of(s));
            }
            if (s->simple) {
                if (!add_def(target->id, DEF_ANNOT | DEF_LOCAL, loc_of(target))) return false;
            } else if (s->value && !add_def(target->id, DEF_LOCAL, loc_of(target))) {
                return false;
            }
        } else if (!visit(s->target)) {
            return false;
        }
        return visit_annotation(s->annotation) && (!s->value || visit(s->value));
    }

    bool visit_directive(const Node* s, const ast::IdentList& names, bool global) {
        for (const std::string& name : names) {
            int cur = cur_->lookup(mangle(private_, name));
            if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
                const char* msg;
                if (cur & DEF_PARAM)
                    msg = global ? "name '{}' is parameter and global"
                                 : "name '{}' is parameter and nonlocal";
                else if (cur & USE)
                    msg = global ? "name '{}' is used prior to global declaration"
                                 : "name '{}' is used prior to nonlocal declaration";
                else if (cur & DEF_ANNOT)
                    msg = global ? "annotated name '{}' can't be global"
                                 : "annotated name '{}' can't be nonlocal";
                else
                    msg = global ? "name '{}' is assigned to before global declaration"
                                 : "name '{}' is assigned to before nonlocal declaration";
                return fail(fmt_name(msg, name), loc_of(s));
            }
            if (!add_def(name, global ? DEF_GLOBAL : DEF_NONLOCAL, loc_of(s))) return false;
            record_directive(name, loc_of(s));
        }
        return true;
    }

    bool visit_alias(const ast::alias* a) {
        // The name bound is the first component of a dotted module name.
        const std::string& name = a->asname ? *a->asname : a->name;
        if (name != "*") return add_def(name.substr(0, name.find('.')), DEF_IMPORT, loc_of(a));
        if (cur_->type != BlockType::Module)
            return fail("import * only allowed at module level", loc_of(a));
        return true;
    }

    // ---- expressions ----

    bool visit_expr(const Node* e) {
        switch (e->kind) {
            case Kind::NamedExpr:
                return raise_if_annotation_block("named expression", e) &&
                       handle_namedexpr(e->as<ast::NamedExpr>());
            case Kind::Lambda: {
                auto* l = e->as<ast::Lambda>();
                auto* args = l->args->as<ast::arguments>();
                if (!all_of(args->defaults, visit_fn()) || !all_of(args->kw_defaults, visit_fn()))
                    return false;
                enter_block(BlockType::Function, l);
                if (!visit_arguments(args) || !visit(l->body)) return false;
                exit_block();
                return true;
            }
            case Kind::ListComp: {
                auto* c = e->as<ast::ListComp>();
                return handle_comprehension(e, Comprehension::List, c->generators, c->elt, nullptr);
            }
            case Kind::SetComp: {
                auto* c = e->as<ast::SetComp>();
                return handle_comprehension(e, Comprehension::Set, c->generators, c->elt, nullptr);
            }
            case Kind::DictComp: {
                auto* c = e->as<ast::DictComp>();
                return handle_comprehension(e, Comprehension::Dict, c->generators, c->key,
                                            c->value);
            }
            case Kind::GeneratorExp: {
                auto* c = e->as<ast::GeneratorExp>();
                return handle_comprehension(e, Comprehension::Generator, c->generators, c->elt,
                                            nullptr);
            }
            case Kind::Yield:
            case Kind::YieldFrom: {
                if (!raise_if_annotation_block("yield expression", e) ||
                    !all_children(e, visit_fn()))
                    return false;
                cur_->generator = true;
                if (cur_->comprehension == Comprehension::None) return true;
                const char* msg =
                    cur_->comprehension == Comprehension::List ? "'yield' inside list comprehension"
                    : cur_->comprehension == Comprehension::Set ? "'yield' inside set comprehension"
                    : cur_->comprehension == Comprehension::Dict
                        ? "'yield' inside dict comprehension"
                        : "'yield' inside generator expression";
                return fail(msg, loc_of(e));
            }
            case Kind::Await:
                if (!raise_if_annotation_block("await expression", e) ||
                    !all_children(e, visit_fn()))
                    return false;
                cur_->coroutine = true;
                return true;
            case Kind::Name: {
                auto* name = e->as<ast::Name>();
                bool load = name->ctx == ast::ExprContext::Load;
                if (!add_def(name->id, load ? USE : DEF_LOCAL, loc_of(e))) return false;
                // super() counts as a use of __class__.
                if (load && cur_->type == BlockType::Function && name->id == "super")
                    return add_def("__class__", USE, loc_of(e));
                return true;
            }
            default: return all_children(e, visit_fn());
        }
    }

    bool handle_namedexpr(const ast::NamedExpr* e) {
        if (cur_->comp_iter_expr > 0)
            return fail(
                "assignment expression cannot be used in a comprehension iterable expression",
                loc_of(e));
        if (cur_->comprehension != Comprehension::None && !extend_namedexpr_scope(e->target))
            return false;
        return visit(e->value) && visit(e->target);
    }

    // A walrus in a comprehension binds in the nearest enclosing function or
    // module, never in the comprehension itself.
    bool extend_namedexpr_scope(const Node* target) {
        const std::string& name = target->as<ast::Name>()->id;
        Loc l = loc_of(target);
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
            Scope* ste = *it;
            if (ste->comprehension != Comprehension::None) {
                if (ste->lookup(name) & DEF_COMP_ITER)
                    return fail(fmt_name("assignment expression cannot rebind comprehension "
                                         "iteration variable '{}'",
                                         name),
                                l);
                continue;
            }
            if (ste->type == BlockType::Function) {
                int flag = (ste->lookup(name) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
                if (!add_def(name, flag, l)) return false;
                record_directive(name, l);
                return add_def_helper(name, DEF_LOCAL, ste, l);
            }
            if (ste->type == BlockType::Module) {
                if (!add_def(name, DEF_GLOBAL, l)) return false;
                record_directive(name, l);
                return add_def_helper(name, DEF_GLOBAL, ste, l);
            }
            if (ste->type == BlockType::Class)
                return fail(
                    "assignment expression within a comprehension cannot be used in a class body",
                    l);
        }
        return true;
    }

    bool visit_comprehension(const ast::comprehension* lc) {
        cur_->comp_iter_target = true;
        if (!visit(lc->target)) return false;
        cur_->comp_iter_target = false;
        cur_->comp_iter_expr++;
        if (!visit(lc->iter)) return false;
        cur_->comp_iter_expr--;
        if (!all_of(lc->ifs, visit_fn())) return false;
        if (lc->is_async) cur_->coroutine = true;
        return true;
    }

    bool handle_comprehension(const Node* e, Comprehension kind, const NodeList& generators,
                              const Node* elt, const Node* value) {
        auto* outermost = generators[0]->as<ast::comprehension>();
        // The outermost iterable is evaluated in the enclosing scope.
        cur_->comp_iter_expr++;
        if (!visit(outermost->iter)) return false;
        cur_->comp_iter_expr--;
        enter_block(BlockType::Function, e);
        cur_->comprehension = kind;
        if (outermost->is_async) cur_->coroutine = true;
        if (!add_def(".0", DEF_PARAM, loc_of(e))) return false;
        cur_->comp_iter_target = true;
        if (!visit(outermost->target)) return false;
        cur_->comp_iter_target = false;
        if (!all_of(outermost->ifs, visit_fn())) return false;
        for (std::size_t i = 1; i < generators.size(); ++i)
            if (!visit_comprehension(generators[i]->as<ast::comprehension>())) return false;
        // A dict comprehension's value is visited before its key.
        if (value && !visit(value)) return false;
        if (!visit(elt)) return false;
        bool is_generator = kind == Comprehension::Generator;
        cur_->generator = is_generator;
        bool is_async = cur_->coroutine && !is_generator;
        exit_block();
        if (is_async) cur_->coroutine = true;
        return true;
    }

    bool visit_pattern(const Node* p) {
        switch (p->kind) {
            case Kind::MatchStar: {
                auto& name = p->as<ast::MatchStar>()->name;
                return !name || add_def(*name, DEF_LOCAL, loc_of(p));
            }
            case Kind::MatchMapping: {
                auto* m = p->as<ast::MatchMapping>();
                if (!all_of(m->keys, visit_fn()) || !all_of(m->patterns, visit_fn())) return false;
                return !m->rest || add_def(*m->rest, DEF_LOCAL, loc_of(p));
            }
            case Kind::MatchAs: {
                auto* m = p->as<ast::MatchAs>();
                if (m->pattern && !visit(m->pattern)) return false;
                return !m->name || add_def(*m->name, DEF_LOCAL, loc_of(p));
            }
            default: return all_children(p, visit_fn());
        }
    }

    // ---- symtable.c: the analysis pass ----

    using NameSet = std::unordered_set<std::string>;

    // error_at_directive: scope errors point at the first global/nonlocal
    // statement (or walrus) that named the name.
    bool fail_at_directive(const Scope* ste, const std::string& name, std::string msg) {
        for (auto& [n, l] : ste->directives)
            if (n == name) return fail(std::move(msg), l);
        return fail(std::move(msg), Loc{});
    }

    // analyze_name, for its errors; `bound` is null for the module.
    bool analyze_name(const Scope* ste, const std::string& name, int flags, NameSet* bound,
                      NameSet& local) {
        if (flags & DEF_GLOBAL) {
            if (flags & DEF_NONLOCAL)
                return fail_at_directive(ste, name,
                                         fmt_name("name '{}' is nonlocal and global", name));
            if (bound) bound->erase(name);
            return true;
        }
        if (flags & DEF_NONLOCAL) {
            if (!bound)
                return fail_at_directive(ste, name,
                                         "nonlocal declaration not allowed at module level");
            if (!bound->count(name))
                return fail_at_directive(ste, name,
                                         fmt_name("no binding for nonlocal '{}' found", name));
            return true;
        }
        if (flags & DEF_BOUND) local.insert(name);
        return true;
    }

    // analyze_block: names bound in enclosing functions are visible to
    // nested blocks; a class's own names are not.
    bool analyze_block(const Scope* ste, const NameSet* parent_bound) {
        std::optional<NameSet> bound;
        if (parent_bound) bound = *parent_bound;
        NameSet local, newbound;
        if (ste->type == BlockType::Class && bound) newbound = *bound;
        for (const std::string& name : ste->names)
            if (!analyze_name(ste, name, ste->symbols.at(name), bound ? &*bound : nullptr, local))
                return false;
        if (ste->type != BlockType::Class) {
            if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
        } else {
            newbound.insert("__class__");
        }
        for (const Scope* child : ste->children)
            if (!analyze_block(child, &newbound)) return false;
        return true;
    }

    bool future_annotations_;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::vector<Scope*> stack_;
    Scope* cur_ = nullptr;
    Scope* top_ = nullptr;
    const std::string* private_ = nullptr;  // st_private: the enclosing class's name
    std::unordered_map<const Node*, Scope*> by_node_;
};

// ---- compile.c ------------------------------------------------------------------

// compiler_unit's u_scope_type.
enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// The frame blocks that matter to errors: loops (for break and continue),
// `finally` bodies (compiled again wherever break/continue/return leave
// them), `with` (which moves the location while unwinding) and except*.
enum class FBlockType {
    WhileLoop,
    ForLoop,
    FinallyTry,
    With,
    HandlerCleanup,
    ExceptionGroupHandler,
    Other
};

struct FBlock {
    FBlockType type;
    const Node* node = nullptr;  // With: the statement; FinallyTry: the Try
    const NodeList* finalbody = nullptr;
};

// A constant after CPython's AST optimizer, which folds `-1` and `1+2j` before
// the compiler sees them.  Enough of a value to compare mapping pattern keys
// as a Python set would, and to print them with repr().
struct ConstKey {
    enum class Type { None, Bool, Number, Str, Bytes, Ellipsis } type;
    double re = 0, im = 0;
    std::string text;  // Str/Bytes contents, exact int digits, or repr
    std::string repr;
    bool operator==(const ConstKey& o) const {
        if (type != o.type) {
            // True == 1 == 1.0
            bool num = (type == Type::Bool || type == Type::Number) &&
                       (o.type == Type::Bool || o.type == Type::Number);
            return num && re == o.re && im == o.im;
        }
        if (type == Type::Number || type == Type::Bool) {
            if (!text.empty() && !o.text.empty()) return text == o.text;  // two ints: exact
            return re == o.re && im == o.im;
        }
        return text == o.text;
    }
};

std::string float_repr(double d) {
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    if (std::isnan(d)) return "nan";
    std::string s = fmt::format("{}", d);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return s;
}

// repr(complex): "1j", "(1+2j)", "(-0-1j)": each part as repr(float) without ".0".
std::string complex_repr(double re, double im) {
    auto part = [](double d) {
        std::string s = float_repr(d);
        if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
        return s;
    };
    if (re == 0 && !std::signbit(re)) return part(im) + "j";
    return "(" + part(re) + (std::signbit(im) ? "-" : "+") + part(std::fabs(im)) + "j)";
}

std::optional<ConstKey> const_key(const Node* e) {
    using Tag = ast::ConstantValue::Tag;
    using T = ConstKey::Type;
    if (auto* u = e->as<ast::UnaryOp>()) {
        if (u->op != ast::UnaryOperator::USub) return std::nullopt;
        auto k = const_key(u->operand);
        if (!k || k->type != T::Number) return std::nullopt;
        k->re = -k->re;
        k->im = -k->im;
        if (!k->text.empty()) k->text = k->text == "0" ? "0" : "-" + k->text;
        k->repr = k->repr[0] == '-' ? k->repr.substr(1) : "-" + k->repr;
        if (k->repr == "-0") k->repr = "0";
        return k;
    }
    if (auto* b = e->as<ast::BinOp>()) {
        auto l = const_key(b->left), r = const_key(b->right);
        if (!l || !r || l->type != T::Number || r->type != T::Number) return std::nullopt;
        if (b->op != ast::Operator::Add && b->op != ast::Operator::Sub) return std::nullopt;
        double sign = b->op == ast::Operator::Add ? 1 : -1;
        ConstKey k{T::Number, l->re + sign * r->re, l->im + sign * r->im, "", ""};
        k.repr = complex_repr(k.re, k.im);
        return k;
    }
    auto* c = e->as<ast::Constant>();
    if (!c) return std::nullopt;
    const auto& v = c->value;
    switch (v.tag) {
        case Tag::None: return ConstKey{T::None, 0, 0, "", "None"};
        case Tag::True: return ConstKey{T::Bool, 1, 0, "1", "True"};
        case Tag::False: return ConstKey{T::Bool, 0, 0, "0", "False"};
        case Tag::Ellipsis: return ConstKey{T::Ellipsis, 0, 0, "", "Ellipsis"};
        case Tag::Int: {
            std::string digits = v.int_digits.empty() ? "0" : v.int_digits;
            return ConstKey{T::Number, std::strtod(digits.c_str(), nullptr), 0, digits, digits};
        }
        case Tag::Float: return ConstKey{T::Number, v.number, 0, "", float_repr(v.number)};
        case Tag::Complex: return ConstKey{T::Number, 0, v.number, "", complex_repr(0.0, v.number)};
        case Tag::Str: {
            std::string bytes;
            for (char32_t ch : v.str)
                bytes += fmt::format("{:x},", static_cast<unsigned>(ch));
            return ConstKey{T::Str, 0, 0, bytes, str_repr(v.str)};
        }
        case Tag::Bytes: {
            std::u32string wide(v.bytes.begin(), v.bytes.end());
            for (auto& ch : wide)
                ch &= 0xFF;
            return ConstKey{T::Bytes, 0, 0, v.bytes, "b" + str_repr(wide)};
        }
    }
    return std::nullopt;
}

bool wildcard_check(const Node* p) {
    auto* m = p->as<ast::MatchAs>();
    return m && !m->pattern && !m->name;
}

bool wildcard_star_check(const Node* p) {
    auto* m = p->as<ast::MatchStar>();
    return m && !m->name;
}

class Compiler {
    struct StmtFn {
        Compiler* self;
        bool operator()(const Node* n) const { return self->visit_stmt(n); }
    };
    struct ExprFn {
        Compiler* self;
        bool operator()(const Node* n) const { return self->visit_expr(n); }
    };
    StmtFn stmt_fn() { return {this}; }
    ExprFn expr_fn() { return {this}; }

public:
    Compiler(const Symtable& st, const FutureFeatures& ff) : st_(st), ff_(ff) {}

    bool compile_module(const ast::Module* mod) {
        enter_scope(mod, ScopeType::Module);
        return all_of(mod->body, stmt_fn());
    }

    std::optional<Error> error;

private:
    struct Unit {
        const Scope* ste;
        ScopeType scope_type;
        Loc loc;
        std::vector<FBlock> fblocks;
    };

    Unit& u() { return units_.back(); }

    // compiler_error: at the current location of the current unit.
    bool fail(std::string msg) {
        error = ranged(std::move(msg), u().loc);
        return false;
    }

    // forbidden_name
    bool check_name(const std::string& name, ast::ExprContext ctx) {
        if (name != "__debug__") return true;
        if (ctx == ast::ExprContext::Store) return fail("cannot assign to __debug__");
        if (ctx == ast::ExprContext::Del) return fail("cannot delete __debug__");
        return true;
    }

    void enter_scope(const Node* node, ScopeType type) {
        // Every scope node was visited by the symtable; should one be
        // missed, its body is checked as an ordinary function's.
        const Scope* ste = st_.scope_of(node);
        units_.push_back({ste ? ste : &fallback_, type, loc_of(node), {}});
    }

    // ---- statements ----

    bool visit_stmt(const Node* s) {
        u().loc = loc_of(s);
        switch (s->kind) {
            case Kind::FunctionDef: {
                auto* f = s->as<ast::FunctionDef>();
                return compile_function(s, f->name, f->args, f->body, f->decorator_list, f->returns,
                                        ScopeType::Function);
            }
            case Kind::AsyncFunctionDef: {
                auto* f = s->as<ast::AsyncFunctionDef>();
                return compile_function(s, f->name, f->args, f->body, f->decorator_list, f->returns,
                                        ScopeType::AsyncFunction);
            }
            case Kind::ClassDef: {
                auto* c = s->as<ast::ClassDef>();
                if (!all_of(c->decorator_list, expr_fn())) return false;
                enter_scope(s, ScopeType::Class);
                if (!all_of(c->body, stmt_fn())) return false;
                units_.pop_back();
                // The bases and keywords are compiled as a call, after the body.
                return call_helper(c->bases, c->keywords) &&
                       check_name(c->name, ast::ExprContext::Store);
            }
            case Kind::Return: return compile_return(s->as<ast::Return>());
            case Kind::Assign: {
                auto* a = s->as<ast::Assign>();
                return visit_expr(a->value) && all_of(a->targets, expr_fn());
            }
            case Kind::AugAssign: return compile_augassign(s->as<ast::AugAssign>());
            case Kind::AnnAssign: return compile_annassign(s->as<ast::AnnAssign>());
            case Kind::For: {
                auto* f = s->as<ast::For>();
                return compile_for(f->target, f->iter, f->body, f->orelse);
            }
            case Kind::AsyncFor: {
                if (u().scope_type != ScopeType::AsyncFunction)
                    return fail("'async for' outside async function");
                auto* f = s->as<ast::AsyncFor>();
                return compile_for(f->target, f->iter, f->body, f->orelse);
            }
            case Kind::While: {
                auto* w = s->as<ast::While>();
                u().fblocks.push_back({FBlockType::WhileLoop});
                if (!visit_expr(w->test) || !all_of(w->body, stmt_fn())) return false;
                u().fblocks.pop_back();
                return all_of(w->orelse, stmt_fn());
            }
            case Kind::With:
                return compile_with(s, s->as<ast::With>()->items, s->as<ast::With>()->body, 0);
            case Kind::AsyncWith: {
                if (u().scope_type != ScopeType::AsyncFunction)
                    return fail("'async with' outside async function");
                auto* w = s->as<ast::AsyncWith>();
                return compile_with(s, w->items, w->body, 0);
            }
            case Kind::Match: return compile_match(s->as<ast::Match>());
            case Kind::Try: {
                auto* t = s->as<ast::Try>();
                return compile_try(s, t->body, t->handlers, t->orelse, t->finalbody, false);
            }
            case Kind::TryStar: {
                auto* t = s->as<ast::TryStar>();
                return compile_try(s, t->body, t->handlers, t->orelse, t->finalbody, true);
            }
            case Kind::Import:
                return all_of(s->as<ast::Import>()->names, [&](const Node* n) {
                    auto* a = n->as<ast::alias>();
                    const std::string& name = a->asname ? *a->asname : a->name;
                    return check_name(name.substr(0, name.find('.')), ast::ExprContext::Store);
                });
            case Kind::ImportFrom: {
                auto* f = s->as<ast::ImportFrom>();
                if (s->lineno > ff_.lineno && is_future_import(s))
                    return fail("from __future__ imports must occur at the beginning of the file");
                return all_of(f->names, [&](const Node* n) {
                    auto* a = n->as<ast::alias>();
                    if (a->name == "*") return true;
                    return check_name(a->asname ? *a->asname : a->name, ast::ExprContext::Store);
                });
            }
            case Kind::Expr: {
                const Node* value = s->as<ast::Expr>()->value;
                return value->kind == Kind::Constant || visit_expr(value);
            }
            case Kind::Break: return compile_break_continue("'break' outside loop");
            case Kind::Continue: return compile_break_continue("'continue' not properly in loop");
            case Kind::Global:
            case Kind::Nonlocal:
            case Kind::Pass: return true;
            default:
                // Delete, If, Raise, Assert: their children in field order.
                return all_children(s, [&](const Node* c) {
                    return c->kind >= Kind::BoolOp && c->kind <= Kind::Slice ? visit_expr(c)
                                                                             : visit_stmt(c);
                });
        }
    }

    bool check_debug_args(const ast::arguments* a) {
        auto check = [&](const Node* p) {
            return check_name(p->as<ast::arg>()->name, ast::ExprContext::Store);
        };
        return all_of(a->posonlyargs, check) && all_of(a->args, check) &&
               (!a->vararg || check(a->vararg)) && all_of(a->kwonlyargs, check) &&
               (!a->kwarg || check(a->kwarg));
    }

    // compiler_visit_annotations: unless annotations are strings (future).
    bool compile_annotations(const ast::arguments* a, const Node* returns) {
        if (ff_.annotations) return true;
        auto ann = [&](const Node* p) {
            auto* annotation = p->as<ast::arg>()->annotation;
            return !annotation || visit_expr(annotation);
        };
        return all_of(a->args, ann) && all_of(a->posonlyargs, ann) &&
               (!a->vararg || ann(a->vararg)) && all_of(a->kwonlyargs, ann) &&
               (!a->kwarg || ann(a->kwarg)) && (!returns || visit_expr(returns));
    }

    bool compile_function(const Node* s, const std::string& name, const Node* args_node,
                          const NodeList& body, const NodeList& decorators, const Node* returns,
                          ScopeType type) {
        auto* args = args_node->as<ast::arguments>();
        if (!check_debug_args(args) || !all_of(decorators, expr_fn()) ||
            !all_of(args->defaults, expr_fn()) || !all_of(args->kw_defaults, expr_fn()) ||
            !compile_annotations(args, returns))
            return false;
        enter_scope(s, type);
        if (!all_of(body, stmt_fn())) return false;
        units_.pop_back();
        return check_name(name, ast::ExprContext::Store);
    }

    bool is_folded_constant(const Node* e) {
        return e->kind == Kind::Constant || const_key(e).has_value();
    }

    bool compile_return(const ast::Return* s) {
        const Scope* ste = u().ste;
        if (ste->type != BlockType::Function) return fail("'return' outside function");
        if (s->value && ste->coroutine && ste->generator)
            return fail("'return' with value in async generator");
        bool preserve_tos = s->value && !is_folded_constant(s->value);
        if (preserve_tos) {
            if (!visit_expr(s->value)) return false;
        } else if (s->value) {
            u().loc = loc_of(s->value);
        }
        if (!s->value || s->value->lineno != s->lineno) u().loc = loc_of(s);
        bool found_loop = false;
        return unwind_fblock_stack(preserve_tos, false, found_loop);
    }

    bool compile_break_continue(const char* msg) {
        Loc saved = u().loc;
        bool found_loop = false;
        if (!unwind_fblock_stack(false, true, found_loop)) return false;
        if (found_loop) return true;
        u().loc = saved;
        return fail(msg);
    }

    // compiler_unwind_fblock_stack: leaving blocks compiles their cleanups,
    // `finally` bodies included, before the jump (or the error).
    bool unwind_fblock_stack(bool preserve_tos, bool want_loop, bool& found_loop) {
        auto& fblocks = u().fblocks;
        if (fblocks.empty()) return true;
        FBlock top = fblocks.back();
        if (top.type == FBlockType::ExceptionGroupHandler)
            return fail("'break', 'continue' and 'return' cannot appear in an except* block");
        if (want_loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
            found_loop = true;
            return true;
        }
        fblocks.pop_back();
        if (top.type == FBlockType::With) {
            u().loc = Loc{-1, -1, -1, -1};  // SET_LOC(with statement), then UNSET_LOC
        } else if (top.type == FBlockType::FinallyTry) {
            if (preserve_tos) u().fblocks.push_back({FBlockType::Other});
            if (!all_of(*top.finalbody, stmt_fn())) return false;
            if (preserve_tos) u().fblocks.pop_back();
            u().loc = Loc{-1, -1, -1, -1};
        }
        if (!unwind_fblock_stack(preserve_tos, want_loop, found_loop)) return false;
        u().fblocks.push_back(top);
        return true;
    }

    bool compile_for(const Node* target, const Node* iter, const NodeList& body,
                     const NodeList& orelse) {
        if (!visit_expr(iter)) return false;
        u().fblocks.push_back({FBlockType::ForLoop});
        if (!visit_expr(target) || !all_of(body, stmt_fn())) return false;
        u().fblocks.pop_back();
        return all_of(orelse, stmt_fn());
    }

    bool compile_with(const Node* s, const NodeList& items, const NodeList& body, std::size_t pos) {
        auto* item = items[pos]->as<ast::withitem>();
        if (!visit_expr(item->context_expr)) return false;
        u().fblocks.push_back({FBlockType::With, s});
        if (item->optional_vars && !visit_expr(item->optional_vars)) return false;
        if (pos + 1 < items.size() ? !compile_with(s, items, body, pos + 1)
                                   : !all_of(body, stmt_fn()))
            return false;
        u().fblocks.pop_back();
        return true;
    }

    // compiler_try_finally / compiler_try_except / compiler_try_star_except.
    bool compile_try(const Node* s, const NodeList& body, const NodeList& handlers,
                     const NodeList& orelse, const NodeList& finalbody, bool star) {
        if (!finalbody.empty()) u().fblocks.push_back({FBlockType::FinallyTry, s, &finalbody});
        if (!all_of(body, stmt_fn())) return false;
        // try/except compiles `else` before the handlers, try/except* after.
        if (!handlers.empty() && !star && !all_of(orelse, stmt_fn())) return false;
        if (star) u().fblocks.push_back({FBlockType::ExceptionGroupHandler});
        for (std::size_t i = 0; i < handlers.size(); ++i) {
            auto* h = handlers[i]->as<ast::ExceptHandler>();
            u().loc = loc_of(h);
            if (!h->type && i + 1 < handlers.size()) return fail("default 'except:' must be last");
            if (h->type && !visit_expr(h->type)) return false;
            if (h->name && !check_name(*h->name, ast::ExprContext::Store)) return false;
            u().fblocks.push_back({FBlockType::HandlerCleanup});
            if (!all_of(h->body, stmt_fn())) return false;
            u().fblocks.pop_back();
        }
        if (star) u().fblocks.pop_back();
        if ((handlers.empty() || star) && !all_of(orelse, stmt_fn())) return false;
        if (finalbody.empty()) return true;
        u().fblocks.pop_back();
        return all_of(finalbody, stmt_fn());
    }

    bool compile_augassign(const ast::AugAssign* s) {
        const Node* target = s->target;
        if (auto* a = target->as<ast::Attribute>()) {
            if (!visit_expr(a->value)) return false;
        } else if (auto* sub = target->as<ast::Subscript>()) {
            if (!visit_expr(sub->value) || !visit_expr(sub->slice)) return false;
        }
        if (!visit_expr(s->value)) return false;
        u().loc = loc_of(target);
        auto* name = target->as<ast::Name>();
        return !name || check_name(name->id, ast::ExprContext::Store);
    }

    bool check_annotation_subscript(const Node* e) {
        if (auto* s = e->as<ast::Slice>())
            return (!s->lower || visit_expr(s->lower)) && (!s->upper || visit_expr(s->upper)) &&
                   (!s->step || visit_expr(s->step));
        if (auto* t = e->as<ast::Tuple>())
            return all_of(t->elts, [&](const Node* x) { return check_annotation_subscript(x); });
        return visit_expr(e);
    }

    bool compile_annassign(const ast::AnnAssign* s) {
        if (s->value && (!visit_expr(s->value) || !visit_expr(s->target))) return false;
        bool module_or_class =
            u().scope_type == ScopeType::Module || u().scope_type == ScopeType::Class;
        if (auto* name = s->target->as<ast::Name>()) {
            if (!check_name(name->id, ast::ExprContext::Store)) return false;
            // Annotations of simple names are evaluated only in a module or class.
            if (s->simple && module_or_class && !ff_.annotations && !visit_expr(s->annotation))
                return false;
        } else if (auto* a = s->target->as<ast::Attribute>()) {
            if (!check_name(a->attr, ast::ExprContext::Store)) return false;
            if (!s->value && !visit_expr(a->value)) return false;
        } else if (auto* sub = s->target->as<ast::Subscript>()) {
            if (!s->value && (!visit_expr(sub->value) || !check_annotation_subscript(sub->slice)))
                return false;
        }
        if (!s->simple && !ff_.annotations && module_or_class) return visit_expr(s->annotation);
        return true;
    }

    // ---- match ----

    // pattern_context, reduced: the names bound so far, and whether an
    // irrefutable pattern may appear here.
    struct PatternContext {
        std::vector<std::string> stores;
        bool allow_irrefutable = false;
    };

    bool compile_match(const ast::Match* s) {
        if (!visit_expr(s->subject)) return false;
        const NodeList& cases = s->cases;
        std::size_t n = cases.size();
        // A trailing `case _:` is compiled without its pattern.
        bool has_default = n > 1 && wildcard_check(cases.back()->as<ast::match_case>()->pattern);
        for (std::size_t i = 0; i < n; ++i) {
            auto* m = cases[i]->as<ast::match_case>();
            u().loc = loc_of(m->pattern);
            if (!(has_default && i == n - 1)) {
                PatternContext pc;
                // Irrefutable cases must be either guarded, last, or both.
                pc.allow_irrefutable = m->guard != nullptr || i == n - 1;
                if (!compile_pattern(m->pattern, pc)) return false;
            }
            if (m->guard && !visit_expr(m->guard)) return false;
            if (!all_of(m->body, stmt_fn())) return false;
        }
        return true;
    }

    bool store_name(const ast::OptIdent& name, PatternContext& pc) {
        if (!name) return true;
        if (!check_name(*name, ast::ExprContext::Store)) return false;
        if (std::find(pc.stores.begin(), pc.stores.end(), *name) != pc.stores.end())
            return fail(
                fmt::format("multiple assignments to name {} in pattern", name_repr(*name)));
        pc.stores.push_back(*name);
        return true;
    }

    bool compile_subpattern(const Node* p, PatternContext& pc) {
        bool allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        if (!compile_pattern(p, pc)) return false;
        pc.allow_irrefutable = allow;
        return true;
    }

    // compiler_pattern: sets the location and, unlike expressions, never
    // restores it, so later errors point at the last sub-pattern compiled.
    bool compile_pattern(const Node* p, PatternContext& pc) {
        u().loc = loc_of(p);
        switch (p->kind) {
            case Kind::MatchValue: return visit_expr(p->as<ast::MatchValue>()->value);
            case Kind::MatchSingleton: return true;
            case Kind::MatchSequence:
                return compile_pattern_sequence(p->as<ast::MatchSequence>(), pc);
            case Kind::MatchMapping: return compile_pattern_mapping(p->as<ast::MatchMapping>(), pc);
            case Kind::MatchClass: return compile_pattern_class(p->as<ast::MatchClass>(), pc);
            case Kind::MatchStar: return store_name(p->as<ast::MatchStar>()->name, pc);
            case Kind::MatchAs: {
                auto* m = p->as<ast::MatchAs>();
                if (!m->pattern) {
                    if (!pc.allow_irrefutable) {
                        if (m->name)
                            return fail(
                                fmt::format("name capture {} makes remaining patterns unreachable",
                                            name_repr(*m->name)));
                        return fail("wildcard makes remaining patterns unreachable");
                    }
                    return store_name(m->name, pc);
                }
                return compile_pattern(m->pattern, pc) && store_name(m->name, pc);
            }
            case Kind::MatchOr: return compile_pattern_or(p->as<ast::MatchOr>(), pc);
            default: return true;
        }
    }

    bool compile_pattern_sequence(const ast::MatchSequence* p, PatternContext& pc) {
        const NodeList& patterns = p->patterns;
        std::ptrdiff_t star = -1;
        bool only_wildcard = true, star_wildcard = false;
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            if (patterns[i]->kind == Kind::MatchStar) {
                if (star >= 0) return fail("multiple starred names in sequence pattern");
                star_wildcard = wildcard_star_check(patterns[i]);
                only_wildcard &= star_wildcard;
                star = static_cast<std::ptrdiff_t>(i);
                continue;
            }
            only_wildcard &= wildcard_check(patterns[i]);
        }
        if (only_wildcard) return true;
        if (!star_wildcard && star >= (1 << 8))
            return fail("too many expressions in star-unpacking sequence pattern");
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            // With a `*_`, items are read by index and wildcards skipped.
            if (star_wildcard &&
                (static_cast<std::ptrdiff_t>(i) == star || wildcard_check(patterns[i])))
                continue;
            if (!compile_subpattern(patterns[i], pc)) return false;
        }
        return true;
    }

    bool compile_pattern_mapping(const ast::MatchMapping* p, PatternContext& pc) {
        std::vector<ConstKey> seen;
        for (const Node* key : p->keys) {
            if (auto k = const_key(key)) {
                for (const ConstKey& other : seen)
                    if (other == *k)
                        return fail(
                            fmt::format("mapping pattern checks duplicate key ({})", k->repr));
                seen.push_back(*k);
            } else if (key->kind != Kind::Attribute) {
                return fail("mapping pattern keys may only match literals and attribute lookups");
            }
            if (!visit_expr(key)) return false;
        }
        for (const Node* sub : p->patterns)
            if (!compile_subpattern(sub, pc)) return false;
        return store_name(p->rest, pc);
    }

    bool compile_pattern_class(const ast::MatchClass* p, PatternContext& pc) {
        const auto& attrs = p->kwd_attrs;
        if (attrs.size() != p->kwd_patterns.size()) return true;  // not a parser's AST
        // validate_kwd_attrs: errors point at the keyword's pattern.
        for (std::size_t i = 0; i < attrs.size(); ++i) {
            u().loc = loc_of(p->kwd_patterns[i]);
            if (!check_name(attrs[i], ast::ExprContext::Store)) return false;
            for (std::size_t j = i + 1; j < attrs.size(); ++j) {
                if (attrs[i] != attrs[j]) continue;
                u().loc = loc_of(p->kwd_patterns[j]);
                return fail("attribute name repeated in class pattern: " + attrs[i]);
            }
        }
        if (!attrs.empty()) u().loc = loc_of(p);
        if (!visit_expr(p->cls)) return false;
        for (const NodeList* list : {&p->patterns, &p->kwd_patterns})
            for (const Node* sub : *list)
                if (!wildcard_check(sub) && !compile_subpattern(sub, pc)) return false;
        return true;
    }

    bool compile_pattern_or(const ast::MatchOr* p, PatternContext& pc) {
        PatternContext old = pc;
        std::optional<std::vector<std::string>> control;
        for (std::size_t i = 0; i < p->patterns.size(); ++i) {
            const Node* alt = p->patterns[i];
            u().loc = loc_of(alt);
            pc.stores.clear();
            // An irrefutable alternative must be last, if allowed at all.
            pc.allow_irrefutable = i + 1 == p->patterns.size() && old.allow_irrefutable;
            if (!compile_pattern(alt, pc)) return false;
            if (!control) {
                control = pc.stores;
                continue;
            }
            bool same =
                pc.stores.size() == control->size() &&
                std::all_of(control->begin(), control->end(), [&](const std::string& n) {
                    return std::find(pc.stores.begin(), pc.stores.end(), n) != pc.stores.end();
                });
            if (!same) return fail("alternative patterns bind different names");
        }
        pc = old;
        for (const std::string& name : *control) {
            if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
                return fail(
                    fmt::format("multiple assignments to name {} in pattern", name_repr(name)));
            pc.stores.push_back(name);
        }
        return true;
    }

    // ---- expressions ----

    // compiler_visit_expr: the location is the expression's while it is
    // compiled, and the statement's again after.
    bool visit_expr(const Node* e) {
        Loc saved = u().loc;
        u().loc = loc_of(e);
        if (!visit_expr1(e)) return false;
        u().loc = saved;
        return true;
    }

    // An element of a display or call, where `*x` is allowed.
    bool visit_unpackable(const Node* e) {
        auto* s = e->as<ast::Starred>();
        return visit_expr(s ? s->value : e);
    }

    bool visit_expr1(const Node* e) {
        switch (e->kind) {
            case Kind::Lambda: {
                auto* l = e->as<ast::Lambda>();
                auto* args = l->args->as<ast::arguments>();
                if (!check_debug_args(args) || !all_of(args->defaults, expr_fn()) ||
                    !all_of(args->kw_defaults, expr_fn()))
                    return false;
                enter_scope(e, ScopeType::Lambda);
                if (!visit_expr(l->body)) return false;
                units_.pop_back();
                return true;
            }
            case Kind::Dict: {
                auto* d = e->as<ast::Dict>();
                for (std::size_t i = 0; i < d->values.size(); ++i)
                    if ((d->keys[i] && !visit_expr(d->keys[i])) || !visit_expr(d->values[i]))
                        return false;
                return true;
            }
            case Kind::Set:
                return all_of(e->as<ast::Set>()->elts,
                              [&](const Node* x) { return visit_unpackable(x); });
            case Kind::ListComp: {
                auto* c = e->as<ast::ListComp>();
                return compile_comprehension(e, false, c->generators, c->elt, nullptr);
            }
            case Kind::SetComp: {
                auto* c = e->as<ast::SetComp>();
                return compile_comprehension(e, false, c->generators, c->elt, nullptr);
            }
            case Kind::DictComp: {
                auto* c = e->as<ast::DictComp>();
                return compile_comprehension(e, false, c->generators, c->key, c->value);
            }
            case Kind::GeneratorExp: {
                auto* c = e->as<ast::GeneratorExp>();
                return compile_comprehension(e, true, c->generators, c->elt, nullptr);
            }
            case Kind::Yield:
            case Kind::YieldFrom:
                if (u().ste->type != BlockType::Function) return fail("'yield' outside function");
                if (e->kind == Kind::YieldFrom && u().scope_type == ScopeType::AsyncFunction)
                    return fail("'yield from' inside async function");
                return all_children(e, expr_fn());
            case Kind::Await:
                if (u().ste->type != BlockType::Function) return fail("'await' outside function");
                if (u().scope_type != ScopeType::AsyncFunction &&
                    u().scope_type != ScopeType::Comprehension)
                    return fail("'await' outside async function");
                return all_children(e, expr_fn());
            case Kind::Call: {
                auto* c = e->as<ast::Call>();
                // compiler_call validates keywords before compiling anything.
                return validate_keywords(c->keywords) && visit_expr(c->func) &&
                       call_helper(c->args, c->keywords);
            }
            case Kind::Attribute: {
                auto* a = e->as<ast::Attribute>();
                if (!visit_expr(a->value)) return false;
                update_start_location_to_match_attr(a);
                return a->ctx != ast::ExprContext::Store || check_name(a->attr, a->ctx);
            }
            case Kind::Starred:
                if (e->as<ast::Starred>()->ctx == ast::ExprContext::Store)
                    return fail("starred assignment target must be in a list or tuple");
                return fail("can't use starred expression here");
            case Kind::Name: return check_name(e->as<ast::Name>()->id, e->as<ast::Name>()->ctx);
            case Kind::List:
                return compile_sequence(e->as<ast::List>()->elts, e->as<ast::List>()->ctx);
            case Kind::Tuple:
                return compile_sequence(e->as<ast::Tuple>()->elts, e->as<ast::Tuple>()->ctx);
            default: return all_children(e, expr_fn());  // NamedExpr: value, then target
        }
    }

    // Multi-line attribute: errors point at the attribute name's line.
    void update_start_location_to_match_attr(const ast::Attribute* a) {
        Loc& l = u().loc;
        if (l.lineno == a->end_lineno) return;
        l.lineno = a->end_lineno;
        int len = static_cast<int>(a->attr.size());
        if (len <= a->end_col_offset) {
            l.col = a->end_col_offset - len;
        } else {
            l.col = l.end_col = -1;
        }
        l.end_lineno = std::max(l.lineno, l.end_lineno);
        if (l.lineno == l.end_lineno) l.end_col = std::max(l.col, l.end_col);
    }

    bool compile_sequence(const NodeList& elts, ast::ExprContext ctx) {
        if (ctx == ast::ExprContext::Store) {
            // unpack_helper
            bool seen_star = false;
            for (std::size_t i = 0; i < elts.size(); ++i) {
                if (elts[i]->kind != Kind::Starred) continue;
                if (seen_star) return fail("multiple starred expressions in assignment");
                if (i >= (1u << 8) || elts.size() - i - 1 >= static_cast<std::size_t>(INT_MAX >> 8))
                    return fail("too many expressions in star-unpacking assignment");
                seen_star = true;
            }
            return all_of(elts, [&](const Node* x) { return visit_unpackable(x); });
        }
        if (ctx == ast::ExprContext::Load)
            return all_of(elts, [&](const Node* x) { return visit_unpackable(x); });
        return all_of(elts, expr_fn());
    }

    bool validate_keywords(const NodeList& keywords) {
        for (std::size_t i = 0; i < keywords.size(); ++i) {
            auto* key = keywords[i]->as<ast::keyword>();
            if (!key->arg) continue;
            if (!check_name(*key->arg, ast::ExprContext::Store)) return false;
            for (std::size_t j = i + 1; j < keywords.size(); ++j) {
                auto* other = keywords[j]->as<ast::keyword>();
                if (other->arg && *other->arg == *key->arg) {
                    u().loc = loc_of(other);
                    return fail("keyword argument repeated: " + *key->arg);
                }
            }
        }
        return true;
    }

    bool call_helper(const NodeList& args, const NodeList& keywords) {
        if (!validate_keywords(keywords)) return false;
        return all_of(args, [&](const Node* x) { return visit_unpackable(x); }) &&
               all_of(keywords,
                      [&](const Node* k) { return visit_expr(k->as<ast::keyword>()->value); });
    }

    // compiler_comprehension: the body is compiled in its own unit, then the
    // outermost iterable in the enclosing one.
    bool compile_comprehension(const Node* e, bool is_genexp, const NodeList& generators,
                               const Node* elt, const Node* value) {
        ScopeType outer = u().scope_type;
        enter_scope(e, ScopeType::Comprehension);
        if (u().ste->coroutine && !is_genexp && outer != ScopeType::AsyncFunction &&
            outer != ScopeType::Comprehension)
            return fail("asynchronous comprehension outside of an asynchronous function");
        for (std::size_t i = 0; i < generators.size(); ++i) {
            auto* gen = generators[i]->as<ast::comprehension>();
            if (i > 0 && !visit_expr(gen->iter)) return false;
            if (!visit_expr(gen->target) || !all_of(gen->ifs, expr_fn())) return false;
        }
        if (!visit_expr(elt) || (value && !visit_expr(value))) return false;
        units_.pop_back();
        return visit_expr(generators[0]->as<ast::comprehension>()->iter);
    }

    const Symtable& st_;
    const FutureFeatures& ff_;
    std::vector<Unit> units_;
    Scope fallback_{BlockType::Function, {}, {}, {}, {}};
};

// Line `lineno` (1-based) of the source, without its newline; empty if none.
std::string_view source_line(std::string_view source, int lineno) {
    if (lineno < 1) return {};
    std::size_t start = 0;
    for (int line = 1; line < lineno; ++line) {
        start = source.find('\n', start);
        if (start == std::string_view::npos) return {};
        ++start;
    }
    std::size_t end = source.find('\n', start);
    return source.substr(start, end == std::string_view::npos ? end : end - start);
}

// 1 + the number of characters in the first `offset - 1` bytes of `line`.
int char_offset(std::string_view line, int offset) {
    int n = 1;
    for (int i = 0; i < offset - 1 && i < static_cast<int>(line.size()); ++i)
        if ((static_cast<unsigned char>(line[static_cast<std::size_t>(i)]) & 0xC0) != 0x80) ++n;
    return n;
}

SyntaxErrorInfo to_info(const Error& e, std::string_view source, std::string_view filename) {
    SyntaxErrorInfo info;
    info.msg = e.msg;
    info.filename = filename;
    info.lineno = e.lineno;
    info.offset = e.offset;
    info.end_lineno = e.end_lineno;
    info.end_offset = e.end_offset;
    // PyErr_ProgramTextObject: the line, when there is one.
    info.text = std::string(source_line(source, e.lineno));
    if (e.char_offsets) {
        info.offset = char_offset(info.text, e.offset);
        info.end_offset = char_offset(source_line(source, e.end_lineno), e.end_offset);
    }
    return info;
}

}  // namespace

std::optional<SyntaxErrorInfo> check_compile_errors(const ast::Module* module,
                                                    std::string_view source,
                                                    std::string_view filename) {
    if (auto e = check_comprehension_unpacking(module)) return to_info(*e, source, filename);
    FutureFeatures ff;
    if (auto e = future_parse(module, ff)) return to_info(*e, source, filename);
    Symtable st(ff);
    if (!st.build(module) || !st.analyze()) return to_info(*st.error, source, filename);
    Compiler compiler(st, ff);
    if (!compiler.compile_module(module)) return to_info(*compiler.error, source, filename);
    return std::nullopt;
}

}  // namespace glasspy::interp
