//! Resolving statements and expressions of one function or module body.

use crate::{ModuleKind, ModuleName, ModuleScope, Resolver, new_function, span, undefined};
use krait_diagnostics::{Code, Diagnostic, Span};
use krait_hir::{
    Annotation, BinOp, Builtin, BuiltinExc, Callee, ClassId, CmpOp, CompFrame, Conversion,
    DictFactory, ExcClass, Expr, ExprId, ExprKind, FStringPart, FuncId, FuncKind, Handler, Keyword,
    Local, LocalId, LogicalOp, Param, Place, SliceBounds, Stmt, Target, TypeName, UnaryOp,
};
use krait_syntax::ast;
use krait_syntax::ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_text_size::Ranged;
use rustc_hash::FxHashMap;

/// Adds the names `stmt` binds to `out`, in first-binding order. Nested functions are not
/// entered; their names belong to their own scope.
pub(crate) fn collect_assigned(stmt: &ast::Stmt, out: &mut Vec<String>) {
    collect_assigned_by_statements(stmt, out);
    // `name := value` binds in the enclosing function, from comprehensions too, not lambdas.
    struct AssignExprs<'a>(&'a mut Vec<String>);
    impl<'b> Visitor<'b> for AssignExprs<'_> {
        fn visit_stmt(&mut self, stmt: &'b ast::Stmt) {
            if !matches!(stmt, ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'b ast::Expr) {
            match expr {
                ast::Expr::Lambda(_) => {}
                ast::Expr::Named(named) => {
                    if let ast::Expr::Name(name) = &*named.target {
                        if !self.0.iter().any(|n| n == name.id.as_str()) {
                            self.0.push(name.id.as_str().to_owned());
                        }
                    }
                    walk_expr(self, expr);
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    AssignExprs(out).visit_stmt(stmt);
}

/// Every name `exprs` mention, in order (with repeats).
fn names_in<'a>(exprs: impl IntoIterator<Item = &'a ast::Expr>) -> Vec<String> {
    use ast::visitor::Visitor;
    struct Names(Vec<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a ast::Expr) {
            if let ast::Expr::Name(name) = expr {
                self.0.push(name.id.as_str().to_owned());
            }
            ast::visitor::walk_expr(self, expr);
        }
    }
    let mut names = Names(Vec::new());
    for expr in exprs {
        names.visit_expr(expr);
    }
    names.0
}

/// The names a comprehension's `for` target binds.
fn comp_target_names(expr: &ast::Expr, out: &mut Vec<String>) {
    match expr {
        ast::Expr::Name(name) => out.push(name.id.as_str().to_owned()),
        ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| comp_target_names(e, out)),
        ast::Expr::List(list) => list.elts.iter().for_each(|e| comp_target_names(e, out)),
        ast::Expr::Starred(starred) => comp_target_names(&starred.value, out),
        _ => {}
    }
}

fn collect_assigned_by_statements(stmt: &ast::Stmt, out: &mut Vec<String>) {
    fn target(expr: &ast::Expr, out: &mut Vec<String>) {
        match expr {
            ast::Expr::Name(name) => {
                if !out.iter().any(|n| n == name.id.as_str()) {
                    out.push(name.id.as_str().to_owned());
                }
            }
            ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::List(list) => list.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::Starred(starred) => target(&starred.value, out),
            _ => {}
        }
    }
    let suite = |body: &[ast::Stmt], out: &mut Vec<String>| {
        for stmt in body {
            collect_assigned_by_statements(stmt, out);
        }
    };
    match stmt {
        ast::Stmt::Assign(assign) => assign.targets.iter().for_each(|t| target(t, out)),
        // A decorated `def` binds its name to what the decorators return, as an assignment.
        ast::Stmt::FunctionDef(def)
            if !def.decorator_list.is_empty() && !out.iter().any(|n| n == def.name.as_str()) =>
        {
            out.push(def.name.as_str().to_owned());
        }
        ast::Stmt::AugAssign(assign) => target(&assign.target, out),
        // An annotation alone makes a name local too, though it binds nothing.
        ast::Stmt::AnnAssign(assign) => target(&assign.target, out),
        ast::Stmt::For(for_) => {
            target(&for_.target, out);
            suite(&for_.body, out);
            suite(&for_.orelse, out);
        }
        ast::Stmt::While(while_) => {
            suite(&while_.body, out);
            suite(&while_.orelse, out);
        }
        ast::Stmt::If(if_) => {
            suite(&if_.body, out);
            for clause in &if_.elif_else_clauses {
                suite(&clause.body, out);
            }
        }
        ast::Stmt::With(with) => {
            for item in &with.items {
                if let Some(vars) = &item.optional_vars {
                    target(vars, out);
                }
            }
            suite(&with.body, out);
        }
        ast::Stmt::Try(try_) => {
            suite(&try_.body, out);
            for handler in &try_.handlers {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                if let Some(name) = &handler.name
                    && !out.iter().any(|n| n == name.as_str())
                {
                    out.push(name.as_str().to_owned());
                }
                suite(&handler.body, out);
            }
            suite(&try_.orelse, out);
            suite(&try_.finalbody, out);
        }
        _ => {}
    }
}

/// Adds the names declared `global` anywhere in `body` to `out`.
pub(crate) fn collect_global_decls(body: &[ast::Stmt], out: &mut Vec<String>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Global(global) => {
                out.extend(global.names.iter().map(|n| n.as_str().to_owned()))
            }
            ast::Stmt::For(for_) => {
                collect_global_decls(&for_.body, out);
                collect_global_decls(&for_.orelse, out);
            }
            ast::Stmt::While(while_) => {
                collect_global_decls(&while_.body, out);
                collect_global_decls(&while_.orelse, out);
            }
            ast::Stmt::If(if_) => {
                collect_global_decls(&if_.body, out);
                for clause in &if_.elif_else_clauses {
                    collect_global_decls(&clause.body, out);
                }
            }
            ast::Stmt::With(with) => collect_global_decls(&with.body, out),
            ast::Stmt::Try(try_) => {
                collect_global_decls(&try_.body, out);
                for handler in &try_.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    collect_global_decls(&handler.body, out);
                }
                collect_global_decls(&try_.orelse, out);
                collect_global_decls(&try_.finalbody, out);
            }
            _ => {}
        }
    }
}

struct BodyCtx<'a> {
    resolver: &'a mut Resolver,
    scope: &'a ModuleScope,
    func: crate::HirFunction,
    /// Function locals by name; empty for a module body, whose names are globals.
    locals: FxHashMap<String, LocalId>,
    is_module: bool,
    loop_depth: u32,
    /// How many `except` clauses and `finally` blocks the statement being resolved is in: a
    /// generator cannot stop there (what is being handled is global state).
    handling: u32,
    /// How many `try` bodies (and `else` clauses) and `with` bodies the statement being
    /// resolved is in: a generator stopped there runs code when it is closed.
    guarded: u32,
    /// The names that the `except` clauses around the statement being resolved bind,
    /// innermost last (a bare `raise` needs one clause).
    handler_names: Vec<Option<String>>,
    /// The loop variables of the comprehensions being resolved, innermost last.
    comp_scopes: Vec<FxHashMap<String, LocalId>>,
    /// In a nested function or lambda: the names of the enclosing functions' variables. Those
    /// it reads are captured: passed as hidden parameters after its own.
    enclosing: Vec<String>,
    /// The nested functions visible here, by name (called directly, with their captures).
    local_funcs: FxHashMap<String, FuncId>,
    /// The variables of this function that are cells (see `Function::cells`), by name: its
    /// own that nested functions assign, and captured ones that are cells where they live.
    cells: Vec<String>,
}

/// What a nested function sees of the functions around it.
struct Enclosing {
    names: Vec<String>,
    local_funcs: FxHashMap<String, FuncId>,
    /// The enclosing function's cells.
    cells: Vec<String>,
    /// The enclosing variables it reads, in the order of its hidden parameters.
    captures: Vec<String>,
}

/// The names a function body binds more than once, or in a loop (not counting its nested
/// functions' own variables), and the names its nested functions, lambdas and generator
/// expressions mention: a variable in both may change after a nested function captured it,
/// so it is a cell.
fn changing_and_captured(body: &[ast::Stmt]) -> (Vec<String>, Vec<String>) {
    use ast::visitor::Visitor;
    #[derive(Default)]
    struct Scan {
        stores: Vec<(String, bool)>,
        nested: Vec<String>,
        loops: u32,
    }
    impl<'a> Visitor<'a> for Scan {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            match stmt {
                ast::Stmt::FunctionDef(def) => {
                    self.nested.extend(mentioned_names(&def.body));
                    if !def.decorator_list.is_empty() {
                        // Bound after the function that may read it is made.
                        self.stores.push((def.name.as_str().to_owned(), true));
                    }
                    return;
                }
                ast::Stmt::ClassDef(_) => return,
                ast::Stmt::For(_) | ast::Stmt::While(_) => {
                    self.loops += 1;
                    walk_stmt(self, stmt);
                    self.loops -= 1;
                    return;
                }
                ast::Stmt::Try(try_) => {
                    for handler in &try_.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if let Some(name) = &handler.name {
                            self.stores.push((name.as_str().to_owned(), true));
                        }
                    }
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a ast::Expr) {
            match expr {
                ast::Expr::Name(name) if name.ctx == ast::ExprContext::Store => {
                    self.stores
                        .push((name.id.as_str().to_owned(), self.loops > 0));
                }
                ast::Expr::Lambda(_) | ast::Expr::Generator(_) => {
                    self.nested.extend(names_in([expr]));
                    return;
                }
                _ => {}
            }
            ast::visitor::walk_expr(self, expr);
        }
    }
    let mut scan = Scan::default();
    scan.visit_body(body);
    let mut changing = Vec::new();
    for (name, in_loop) in &scan.stores {
        let count = scan.stores.iter().filter(|(n, _)| n == name).count();
        if (*in_loop || count > 1) && !changing.contains(name) {
            changing.push(name.clone());
        }
    }
    (changing, scan.nested)
}

/// The names a function body's own `nonlocal` statements declare (not its nested functions').
fn direct_nonlocals(body: &[ast::Stmt]) -> Vec<String> {
    use ast::visitor::Visitor;
    struct Names(Vec<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            match stmt {
                ast::Stmt::Nonlocal(nonlocal) => self
                    .0
                    .extend(nonlocal.names.iter().map(|n| n.as_str().to_owned())),
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut names = Names(Vec::new());
    names.visit_body(body);
    names.0
}

/// The names the `nonlocal` statements of the functions nested in a body declare, at any
/// depth: the body's variables among them are cells.
fn nonlocals_within(body: &[ast::Stmt]) -> Vec<String> {
    use ast::visitor::Visitor;
    struct Names(Vec<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            if let ast::Stmt::FunctionDef(def) = stmt {
                let mut inner = direct_nonlocals(&def.body);
                inner.extend(nonlocals_within(&def.body));
                self.0.extend(inner);
                return;
            }
            walk_stmt(self, stmt);
        }
    }
    let mut names = Names(Vec::new());
    names.visit_body(body);
    names.0
}

/// Whether `body` reads an attribute named `attr` anywhere.
pub(crate) fn reads_attribute(body: &[ast::Stmt], attr: &str) -> bool {
    use ast::visitor::Visitor;
    struct Reads<'n>(&'n str, bool);
    impl<'a> Visitor<'a> for Reads<'_> {
        fn visit_expr(&mut self, expr: &'a ast::Expr) {
            if let ast::Expr::Attribute(attribute) = expr
                && attribute.attr.as_str() == self.0
            {
                self.1 = true;
            }
            ast::visitor::walk_expr(self, expr);
        }
    }
    let mut reads = Reads(attr, false);
    reads.visit_body(body);
    reads.1
}

/// Every name a function body mentions (assigned or read, in nested expressions too).
fn mentioned_names(body: &[ast::Stmt]) -> Vec<String> {
    use ast::visitor::Visitor;
    struct Names(Vec<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a ast::Expr) {
            if let ast::Expr::Name(name) = expr {
                if !self.0.iter().any(|n| n == name.id.as_str()) {
                    self.0.push(name.id.as_str().to_owned());
                }
            }
            ast::visitor::walk_expr(self, expr);
        }
    }
    let mut names = Names(Vec::new());
    names.visit_body(body);
    names.0
}

/// BaseException's `__str__` (`return self.<text>`) or `__repr__` (`return
/// f"{type(self).__name__}({self.<args>})"`) for exception class `id`.
fn exception_method(id: ClassId, method: &str, span: Span) -> crate::HirFunction {
    let mut func = new_function(method.to_owned(), FuncKind::Method(id), span);
    func.locals.push(Local {
        name: "self".to_owned(),
    });
    func.params.push(Param {
        name: "self".to_owned(),
        local: LocalId(0),
        default: None,
        annotation: None,
    });
    let mut alloc = |kind: ExprKind| {
        func.exprs.push(Expr { kind, span });
        ExprId(func.exprs.len() as u32 - 1)
    };
    let mut field = |name: &str| {
        let this = alloc(ExprKind::Local(LocalId(0)));
        alloc(ExprKind::Attribute {
            value: this,
            attr: name.to_owned(),
        })
    };
    let value = |value| FStringPart::Value {
        value,
        conversion: Conversion::None,
        spec: Vec::new(),
    };
    let result = if method == "__str__" {
        field(krait_hir::EXCEPTION_TEXT)
    } else {
        let args = field(krait_hir::EXCEPTION_ARGS);
        let this = alloc(ExprKind::Local(LocalId(0)));
        let name = alloc(ExprKind::TypeName(this));
        alloc(ExprKind::FString(vec![
            value(name),
            FStringPart::Literal("(".to_owned()),
            value(args),
            FStringPart::Literal(")".to_owned()),
        ]))
    };
    func.body.push(Stmt::Return(Some(result), span));
    func
}

/// `object.<text> = ExceptionText(args)` and `object.<args> = ExceptionArgs(args)`: what
/// BaseException keeps of an exception's arguments for its `__str__` and `__repr__`; and the
/// tuple itself, `object.<args tuple> = args`, when the program reads `e.args` (`keep_tuple`).
fn exception_fields(
    receiver: LocalId,
    args: ExprId,
    keep_tuple: bool,
    span: Span,
    alloc: &mut dyn FnMut(ExprKind) -> ExprId,
) -> Vec<Stmt> {
    let tuple = keep_tuple.then_some((krait_hir::EXCEPTION_ARGS_TUPLE, None));
    [
        (
            krait_hir::EXCEPTION_TEXT,
            Some(ExprKind::ExceptionText(args)),
        ),
        (
            krait_hir::EXCEPTION_ARGS,
            Some(ExprKind::ExceptionArgs(args)),
        ),
    ]
    .into_iter()
    .chain(tuple)
    .map(|(field, kind)| {
        let value = match kind {
            Some(kind) => alloc(kind),
            None => args,
        };
        let object = alloc(ExprKind::Local(receiver));
        Stmt::Assign {
            targets: vec![Target::Attribute {
                object,
                attr: field.to_owned(),
                span,
            }],
            value,
        }
    })
    .collect()
}

/// The constructor of a class: `self = New(class)`, `self.__init__(params...)`, `return self`.
fn constructor_function(resolver: &Resolver, id: ClassId, span: Span) -> crate::HirFunction {
    let class = &resolver.classes[id.index()];
    let mut func = new_function(class.name.clone(), FuncKind::Constructor(id), span);
    let signature = &resolver.signatures[&class.constructor];
    // Its parameters are `__init__`'s (a call binds them alike).
    func.vararg = signature.vararg;
    func.keyword_only = signature.keyword_only;
    func.kwarg = resolver.kwarg_funcs.contains(&class.constructor);
    for (name, &default) in signature.params.iter().zip(&signature.defaults) {
        func.locals.push(Local { name: name.clone() });
        func.params.push(Param {
            name: name.clone(),
            local: LocalId(func.locals.len() as u32 - 1),
            default,
            annotation: None,
        });
    }
    func.locals.push(Local {
        name: "self".to_owned(),
    });
    let this = LocalId(func.locals.len() as u32 - 1);
    let alloc = |func: &mut crate::HirFunction, kind: ExprKind| {
        func.exprs.push(Expr { kind, span });
        ExprId(func.exprs.len() as u32 - 1)
    };
    let new = alloc(&mut func, ExprKind::New(id));
    func.body.push(Stmt::Assign {
        targets: vec![Target::Place(Place::Local(this), span)],
        value: new,
    });
    if class.exception.is_some() {
        // BaseException's `__new__` keeps the arguments, whatever `__init__` does with them.
        let params: Vec<LocalId> = func.params.iter().map(|p| p.local).collect();
        let args = if signature.vararg {
            alloc(&mut func, ExprKind::Local(params[0]))
        } else {
            let params = params
                .into_iter()
                .map(|local| alloc(&mut func, ExprKind::Local(local)))
                .collect();
            alloc(&mut func, ExprKind::Tuple(params))
        };
        // Where an `__init__` calls BaseException's, that sets the tuple instead.
        let mut ancestor = Some(id);
        let mut base_init = false;
        while let Some(c) = ancestor {
            base_init |= resolver.base_init_classes.contains(&c);
            ancestor = resolver.classes[c.index()].base;
        }
        let keep = resolver.reads_args && !base_init;
        let fields = exception_fields(this, args, keep, span, &mut |kind| alloc(&mut func, kind));
        func.body.extend(fields);
    }
    let init = resolver.classes[id.index()]
        .mro
        .iter()
        .find_map(|c| resolver.classes[c.index()].own_method("__init__"));
    if let Some(init) = init {
        let mut args = vec![alloc(&mut func, ExprKind::Local(this))];
        for i in 0..func.params.len() {
            let local = func.params[i].local;
            args.push(alloc(&mut func, ExprKind::Local(local)));
        }
        let call = alloc(
            &mut func,
            ExprKind::Call {
                callee: Callee::Func(init),
                args,
                keywords: Vec::new(),
            },
        );
        func.body.push(Stmt::Expr(call));
    }
    let result = alloc(&mut func, ExprKind::Local(this));
    func.body.push(Stmt::Return(Some(result), span));
    func
}

/// A method `@dataclass` generates: `__init__` assigns the fields (then calls `__post_init__`
/// if the class has one), `__repr__` shows them, `__eq__` and the orderings compare them as
/// tuples, `__hash__` hashes that tuple.
fn dataclass_method(
    resolver: &Resolver,
    id: ClassId,
    name: &str,
    span: Span,
) -> crate::HirFunction {
    let class = &resolver.classes[id.index()];
    let dataclass = &resolver.dataclasses[&id];
    let method = class.own_method(name).expect("declared");
    let mut func = new_function(name.to_owned(), FuncKind::Method(id), span);
    for (param, &default) in resolver.signatures[&method]
        .params
        .iter()
        .zip(&resolver.signatures[&method].defaults)
    {
        func.locals.push(Local {
            name: param.clone(),
        });
        func.params.push(Param {
            name: param.clone(),
            local: LocalId(func.locals.len() as u32 - 1),
            default,
            annotation: None,
        });
    }
    let alloc = |func: &mut crate::HirFunction, kind: ExprKind| {
        func.exprs.push(Expr { kind, span });
        ExprId(func.exprs.len() as u32 - 1)
    };
    let this = func.params[0].local;
    let field_of = |func: &mut crate::HirFunction, object: LocalId, field: &str| {
        let object = alloc(func, ExprKind::Local(object));
        alloc(
            func,
            ExprKind::Attribute {
                value: object,
                attr: field.to_owned(),
            },
        )
    };
    let fields_of = |func: &mut crate::HirFunction, object: LocalId| {
        let values = dataclass
            .fields
            .iter()
            .map(|(field, _)| field_of(func, object, field))
            .collect();
        alloc(func, ExprKind::Tuple(values))
    };
    match name {
        "__init__" => {
            for (i, (field, _)) in dataclass.fields.iter().enumerate() {
                let param = func.params[i + 1].local;
                let value = alloc(&mut func, ExprKind::Local(param));
                let object = alloc(&mut func, ExprKind::Local(this));
                func.body.push(Stmt::Assign {
                    targets: vec![Target::Attribute {
                        object,
                        attr: field.clone(),
                        span,
                    }],
                    value,
                });
            }
            if class.own_method("__post_init__").is_some() {
                let receiver = alloc(&mut func, ExprKind::Local(this));
                let call = alloc(
                    &mut func,
                    ExprKind::MethodCall {
                        receiver,
                        method: "__post_init__".to_owned(),
                        args: Vec::new(),
                        keywords: Vec::new(),
                    },
                );
                func.body.push(Stmt::Expr(call));
            }
        }
        "__repr__" => {
            // A subclass's instances show its name (CPython's uses `type(self).__qualname__`).
            let object = alloc(&mut func, ExprKind::Local(this));
            let name = alloc(&mut func, ExprKind::TypeName(object));
            let mut parts = vec![
                FStringPart::Value {
                    value: name,
                    conversion: Conversion::None,
                    spec: Vec::new(),
                },
                FStringPart::Literal("(".to_owned()),
            ];
            for (i, (field, _)) in dataclass.fields.iter().enumerate() {
                let separator = if i == 0 { "" } else { ", " };
                parts.push(FStringPart::Literal(format!("{separator}{field}=")));
                let value = field_of(&mut func, this, field);
                parts.push(FStringPart::Value {
                    value,
                    conversion: Conversion::Repr,
                    spec: Vec::new(),
                });
            }
            parts.push(FStringPart::Literal(")".to_owned()));
            let text = alloc(&mut func, ExprKind::FString(parts));
            func.body.push(Stmt::Return(Some(text), span));
        }
        "__hash__" => {
            let fields = fields_of(&mut func, this);
            let hash = alloc(
                &mut func,
                ExprKind::Call {
                    callee: Callee::Builtin(Builtin::Hash),
                    args: vec![fields],
                    keywords: Vec::new(),
                },
            );
            func.body.push(Stmt::Return(Some(hash), span));
        }
        _ => {
            let op = match name {
                "__eq__" => CmpOp::Eq,
                "__lt__" => CmpOp::Lt,
                "__le__" => CmpOp::LtE,
                "__gt__" => CmpOp::Gt,
                _ => CmpOp::GtE,
            };
            let other = func.params[1].local;
            let left = fields_of(&mut func, this);
            let right = fields_of(&mut func, other);
            let mut compare = alloc(
                &mut func,
                ExprKind::Compare {
                    left,
                    ops: vec![op],
                    comparators: vec![right],
                },
            );
            if name == "__eq__" {
                // An object of another class is not equal (CPython's returns NotImplemented,
                // and then compares identities unless the other object's `__eq__` decides).
                let a = alloc(&mut func, ExprKind::Local(other));
                let b = alloc(&mut func, ExprKind::Local(this));
                let same = alloc(&mut func, ExprKind::SameType(a, b));
                compare = alloc(
                    &mut func,
                    ExprKind::Logical {
                        op: LogicalOp::And,
                        values: vec![same, compare],
                    },
                );
            }
            func.body.push(Stmt::Return(Some(compare), span));
        }
    }
    func
}

/// A comprehension whose list stands for an iterator (`map`, `filter`, `zip` objects).
fn as_iterator(kind: ExprKind) -> ExprKind {
    match kind {
        ExprKind::Comprehension {
            stmts,
            result,
            frame,
            ..
        } => ExprKind::Comprehension {
            stmts,
            result,
            iterator: true,
            frame,
        },
        other => other,
    }
}

/// The name an exception expression (`E` or `E(...)`) names.
fn exc_name(exc: &ast::Expr) -> &ast::Expr {
    match exc {
        ast::Expr::Call(call) => &call.func,
        other => other,
    }
}

/// What a comprehension's `for` iterates over: a `range` (start, stop, step, its span), or a
/// list (maybe under `enumerate`, with its start).
enum CompIter {
    Range(ExprId, ExprId, ExprId, Span),
    Each(ExprId, bool, Option<ExprId>),
}

/// Resolves a module: its body becomes one function, and each `def` its own.
pub(crate) fn resolve_module(
    resolver: &mut Resolver,
    scope: &ModuleScope,
    module: &ast::ModModule,
) -> FuncId {
    let file = scope.file;
    let (name, kind) = match scope.kind {
        ModuleKind::Main | ModuleKind::Imported => ("<module>", FuncKind::Module),
        ModuleKind::Runtime => ("<runtime>", FuncKind::Runtime),
    };
    let module_span = Span {
        file,
        range: ruff_text_size::TextRange::default(),
    };
    let func = new_function(name.to_owned(), kind, module_span);
    let mut ctx = BodyCtx {
        resolver,
        scope,
        func,
        locals: FxHashMap::default(),
        is_module: true,
        loop_depth: 0,
        handler_names: Vec::new(),
        handling: 0,
        guarded: 0,
        comp_scopes: Vec::new(),
        enclosing: Vec::new(),
        local_funcs: FxHashMap::default(),
        cells: Vec::new(),
    };
    // The user's modules run before the module that imports them: so that nothing else runs
    // first, their imports come before other statements.
    let mut other_code = false;
    for stmt in &module.body {
        let imports_user_module = match stmt {
            ast::Stmt::Import(import) => import
                .names
                .iter()
                .any(|a| ctx.is_user_module(a.name.as_str())),
            ast::Stmt::ImportFrom(import) => import
                .module
                .as_ref()
                .is_some_and(|m| import.level == 0 && ctx.is_user_module(m.as_str())),
            ast::Stmt::Expr(expr) => {
                other_code |= !expr.value.is_string_literal_expr();
                false
            }
            _ => {
                other_code = true;
                false
            }
        };
        if imports_user_module && other_code {
            ctx.unsupported(
                stmt,
                "importing a module of the program after other statements",
            );
        }
    }
    let mut body = Vec::new();
    for stmt in &module.body {
        if let ast::Stmt::FunctionDef(def) = stmt {
            // The `def` statement evaluates the defaults, once, where it stands.
            match scope.names.get(def.name.as_str()) {
                Some(&ModuleName::Func(id)) => {
                    ctx.def_defaults(def, id, &mut body);
                    resolve_function(ctx.resolver, scope, def, id, None, None);
                    body.push(Stmt::Def(id));
                }
                Some(&ModuleName::Global(global)) => {
                    if let Some(&id) = ctx.resolver.decorated.get(&global) {
                        ctx.decorated_def(def, id, global, &mut body);
                    }
                }
                _ => {}
            }
        } else if let ast::Stmt::ClassDef(class) = stmt {
            let declared = ctx
                .resolver
                .classes
                .iter()
                .position(|c| c.span == span(file, &class.name));
            if let Some(class_id) = declared {
                ctx.class_def(class, ClassId(class_id as u32), &mut body);
            }
        } else {
            ctx.stmt(stmt, &mut body);
        }
    }
    // The constant defaults of the module's lambdas, set before anything else runs.
    let mut prologue = Vec::new();
    for (global, default) in std::mem::take(&mut ctx.resolver.constant_defaults) {
        let value = ctx.expr(&default);
        let span = ctx.span(&default);
        prologue.push(Stmt::Assign {
            targets: vec![Target::Place(Place::Global(global), span)],
            value,
        });
    }
    prologue.extend(body);
    ctx.func.body = prologue;
    let id = FuncId(ctx.resolver.funcs.len() as u32);
    ctx.resolver.funcs.push(Some(ctx.func));
    id
}

/// Whether `expr` is a constant: a number, str, bytes, bool or None literal (negated, for a
/// number), or a tuple of constants.
fn is_constant(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::NumberLiteral(_)
        | ast::Expr::StringLiteral(_)
        | ast::Expr::BytesLiteral(_)
        | ast::Expr::BooleanLiteral(_)
        | ast::Expr::NoneLiteral(_) => true,
        ast::Expr::UnaryOp(unary) => {
            matches!(unary.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(*unary.operand, ast::Expr::NumberLiteral(_))
        }
        ast::Expr::Tuple(tuple) => tuple.elts.iter().all(is_constant),
        _ => false,
    }
}

fn resolve_function(
    resolver: &mut Resolver,
    scope: &ModuleScope,
    def: &ast::StmtFunctionDef,
    id: FuncId,
    method_of: Option<ClassId>,
    enclosing: Option<Enclosing>,
) {
    let file = scope.file;
    let kind = match method_of {
        Some(class) => FuncKind::Method(class),
        None if scope.kind == ModuleKind::Runtime => FuncKind::Runtime,
        None => FuncKind::User,
    };
    let func = new_function(def.name.as_str().to_owned(), kind, span(file, &def.name));
    let (enclosing_names, local_funcs, captures, enclosing_cells) = match enclosing {
        Some(e) => (e.names, e.local_funcs, e.captures, e.cells),
        None => (Vec::new(), FxHashMap::default(), Vec::new(), Vec::new()),
    };
    let mut ctx = BodyCtx {
        resolver,
        scope,
        func,
        locals: FxHashMap::default(),
        is_module: false,
        loop_depth: 0,
        handler_names: Vec::new(),
        handling: 0,
        guarded: 0,
        comp_scopes: Vec::new(),
        enclosing: enclosing_names,
        local_funcs,
        cells: Vec::new(),
    };
    // The body defining a function applies its decorators (`decorated_def`,
    // `decorated_nested_def`); a method's are its role.
    if let (crate::MethodRole::Unsupported(i, feature), Some(_)) =
        (crate::method_role(def), method_of)
    {
        ctx.unsupported(&def.decorator_list[i], feature);
    }
    if def.is_async {
        ctx.unsupported(&def.name, "async functions");
    }
    let params = &def.parameters;
    ctx.func.kwarg = params.kwarg.is_some();
    ctx.func.keyword_only = params.kwonlyargs.len() + usize::from(ctx.func.kwarg);
    let defaults = ctx.resolver.signatures[&id].defaults.clone();
    let signature = &ctx.resolver.signatures[&id];
    ctx.func.vararg = signature.vararg;
    let vararg_at = signature
        .vararg
        .then(|| signature.params.len() - signature.keyword_only - 1);
    let mut declared = declared_params(def).map(|p| &p.parameter);
    let n_params = defaults.len();
    for (i, default) in defaults.into_iter().enumerate() {
        let param = match (vararg_at == Some(i), &params.vararg, &params.kwarg) {
            (true, Some(vararg), _) => &**vararg,
            (_, _, Some(kwarg)) if i + 1 == n_params => &**kwarg,
            _ => declared.next().expect("a parameter per default"),
        };
        let name = param.name.as_str().to_owned();
        let local = ctx.new_local(name.clone());
        let annotation = param.annotation.as_deref().and_then(|a| ctx.annotation(a));
        ctx.func.params.push(Param {
            name,
            local,
            default,
            annotation,
        });
    }
    for (param, hidden) in ctx
        .resolver
        .nested_defaults
        .get(&id)
        .cloned()
        .unwrap_or_default()
    {
        let captured = captures.iter().position(|c| *c == hidden);
        ctx.func.captured_defaults.push((
            param,
            captured.expect("a nested function captures its defaults"),
        ));
    }
    ctx.capture_params(captures, &enclosing_cells);
    ctx.func.returns = def.returns.as_deref().and_then(|a| ctx.annotation(a));
    let mut declared_global = Vec::new();
    collect_global_decls(&def.body, &mut declared_global);
    let mut assigned = Vec::new();
    for stmt in &def.body {
        collect_assigned(stmt, &mut assigned);
    }
    for name in assigned {
        if !declared_global.contains(&name) && !ctx.locals.contains_key(&name) {
            ctx.new_local(name);
        }
    }
    // The variables nested functions assign (`nonlocal`), and those they capture that may
    // change afterwards, are cells.
    let (changing, captured) = changing_and_captured(&def.body);
    let shared = changing.into_iter().filter(|name| captured.contains(name));
    for name in nonlocals_within(&def.body).into_iter().chain(shared) {
        if let Some(&local) = ctx.locals.get(&name)
            && !ctx.cells.contains(&name)
            && !ctx.func.params
                [ctx.func.params.len() - ctx.resolver.captures.get(&id).map_or(0, Vec::len)..]
                .iter()
                .any(|p| p.local == local)
        {
            ctx.func.cells.push(local);
            ctx.cells.push(name);
        }
    }
    ctx.predeclare_nested(&def.body);
    let mut body = Vec::new();
    for stmt in &def.body {
        ctx.stmt(stmt, &mut body);
    }
    ctx.func.body = body;
    ctx.resolver.funcs[id.index()] = Some(ctx.func);
}

impl BodyCtx<'_> {
    fn span(&self, node: &impl Ranged) -> Span {
        span(self.scope.file, node)
    }

    /// A module-level `class` statement: evaluates its methods' defaults, resolves the methods
    /// and the constructor, and binds the class's name where the statement stands.
    fn class_def(&mut self, class: &ast::StmtClassDef, id: ClassId, body: &mut Vec<Stmt>) {
        let is_dataclass = self.resolver.dataclasses.contains_key(&id);
        if let (Some(decorator), false) = (class.decorator_list.first(), is_dataclass) {
            self.unsupported(decorator, "class decorators");
        }
        if let Some(type_params) = &class.type_params {
            self.unsupported(&**type_params, "type parameters");
        }
        let methods = self.resolver.classes[id.index()].methods.clone();
        for (i, stmt) in class.body.iter().enumerate() {
            match stmt {
                ast::Stmt::FunctionDef(def) => {
                    let role = crate::method_role(def);
                    let key = role.key(def.name.as_str());
                    let Some(&(_, method)) = methods.iter().find(|(name, _)| *name == key) else {
                        continue;
                    };
                    if self.resolver.funcs[method.index()].is_some() {
                        self.unsupported(&def.name, "redefining a method");
                        continue;
                    }
                    if role == crate::MethodRole::Decorated {
                        self.decorated_method(def, id, method, body);
                        continue;
                    }
                    self.def_defaults(def, method, body);
                    if def.parameters.posonlyargs.is_empty()
                        && def.parameters.args.is_empty()
                        && role != crate::MethodRole::Static
                    {
                        self.unsupported(&def.name, "methods without a `self` parameter");
                    }
                    let method_of =
                        (!matches!(role, crate::MethodRole::Static | crate::MethodRole::Class))
                            .then_some(id);
                    match (
                        &role,
                        def.parameters
                            .posonlyargs
                            .iter()
                            .chain(&def.parameters.args)
                            .next(),
                    ) {
                        (crate::MethodRole::Class, Some(cls)) => {
                            // The first parameter names the class, like the class's own name.
                            let mut names = self.scope.names.clone();
                            let constructor = self.resolver.classes[id.index()].constructor;
                            names.insert(
                                cls.parameter.name.as_str().to_owned(),
                                ModuleName::Func(constructor),
                            );
                            let scope = ModuleScope {
                                file: self.scope.file,
                                kind: self.scope.kind,
                                name: self.scope.name.clone(),
                                library: self.scope.library,
                                names,
                                namedtuples: Vec::new(),
                                typing_aliases: Vec::new(),
                            };
                            resolve_function(self.resolver, &scope, def, method, None, None);
                        }
                        _ => resolve_function(
                            self.resolver,
                            self.scope,
                            def,
                            method,
                            method_of,
                            None,
                        ),
                    }
                }
                ast::Stmt::Pass(_) => {}
                // `alias = method`: the class has the method under both names.
                _ if crate::method_alias(class, stmt).is_some() => {}
                ast::Stmt::Expr(expr) if i == 0 && expr.value.is_string_literal_expr() => {}
                ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_)
                    if crate::class_attr_name(stmt).is_some() =>
                {
                    // The value is evaluated in the module's scope (class bodies do not see
                    // each other's names here), where the class statement stands.
                    let attr = crate::class_attr_name(stmt).expect("checked");
                    let global = self.resolver.classes[id.index()]
                        .attrs
                        .iter()
                        .find(|(a, _)| a == attr)
                        .map(|&(_, g)| g)
                        .expect("declared");
                    let mut value = match stmt {
                        ast::Stmt::Assign(assign) => &*assign.value,
                        ast::Stmt::AnnAssign(assign) => assign.value.as_deref().expect("checked"),
                        _ => unreachable!("matched above"),
                    };
                    // A dataclass field's `field(...)`: its default is the class attribute;
                    // a `default_factory` sets none (the constructor makes each default).
                    match crate::field_spec(self.scope, value) {
                        Some(crate::FieldSpec::Default(default)) if is_dataclass => {
                            value = default;
                        }
                        Some(crate::FieldSpec::Factory(_)) if is_dataclass => continue,
                        Some(_) => {
                            self.unsupported(
                                value,
                                "`field(...)` other than in a dataclass, with one `default=` or a `default_factory=` of list, dict, set, int, float, str or bool",
                            );
                            continue;
                        }
                        None => {}
                    }
                    let value = self.expr(value);
                    body.push(Stmt::Assign {
                        targets: vec![Target::Place(Place::Global(global), self.span(stmt))],
                        value,
                    });
                }
                // A dataclass field without a default.
                ast::Stmt::AnnAssign(_) if is_dataclass => {}
                _ => self.unsupported(stmt, "class-level statements other than methods"),
            }
        }
        let generated = self
            .resolver
            .dataclasses
            .get(&id)
            .map_or_else(Vec::new, |d| d.generated.clone());
        for (name, func) in generated {
            let method = dataclass_method(self.resolver, id, &name, self.span(&class.name));
            self.resolver.funcs[func.index()] = Some(method);
        }
        for name in ["__str__", "__repr__"] {
            if let Some(&func) = self.resolver.exception_methods.get(&(id, name)) {
                let method = exception_method(id, name, self.span(&class.name));
                self.resolver.funcs[func.index()] = Some(method);
            }
        }
        let constructor = self.resolver.classes[id.index()].constructor;
        let func = constructor_function(self.resolver, id, self.span(&class.name));
        self.resolver.funcs[constructor.index()] = Some(func);
        body.push(Stmt::Def(constructor));
    }

    /// The class a name expression denotes, unless a local shadows it.
    fn class_named(&self, expr: &ast::Expr) -> Option<ClassId> {
        let id = match expr {
            ast::Expr::Name(name) if !self.locals.contains_key(name.id.as_str()) => {
                name.id.as_str().to_owned()
            }
            _ => self.qualified_name(expr)?,
        };
        let Some(&ModuleName::Func(f)) = self.scope.names.get(&id) else {
            return None;
        };
        self.resolver
            .classes
            .iter()
            .position(|c| c.constructor == f)
            .map(|i| ClassId(i as u32))
    }

    /// Class attribute `name` of `class` or of its nearest base defining it.
    fn class_attr(&self, class: ClassId, name: &str) -> Option<krait_hir::GlobalId> {
        krait_hir::class_attr(&self.resolver.classes, class, name)
    }

    /// A read of variable `name` here, as a captured value is read where a nested function is
    /// called or a lambda made.
    fn name_read(&mut self, name: &str, span: Span) -> ExprKind {
        if let Some(local) = self.comp_local(name) {
            return ExprKind::Local(local);
        }
        match self.locals.get(name) {
            Some(&local) => ExprKind::Local(local),
            None => {
                self.resolver.error(undefined(span, name));
                ExprKind::None
            }
        }
    }

    /// Evaluates the defaults of `def`'s parameters (function `id`) into their hidden globals:
    /// what a `def` statement does, each time it runs.
    fn def_defaults(&mut self, def: &ast::StmtFunctionDef, id: FuncId, out: &mut Vec<Stmt>) {
        let signature = &self.resolver.signatures[&id];
        let mut defaults = signature.defaults.clone();
        if signature.vararg {
            defaults.remove(signature.params.len() - signature.keyword_only - 1);
        }
        for (param, global) in declared_params(def).zip(defaults) {
            if let (Some(default), Some(global)) = (&param.default, global) {
                let value = self.expr(default);
                out.push(Stmt::Assign {
                    targets: vec![Target::Place(Place::Global(global), self.span(&**default))],
                    value,
                });
            }
        }
    }

    /// The variables of this function and of those around it, which a function or lambda
    /// nested here can capture.
    fn visible_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.locals.keys().cloned().collect();
        names.extend(self.comp_scopes.iter().flat_map(|s| s.keys().cloned()));
        names.extend(self.enclosing.iter().cloned());
        names.sort();
        names.dedup();
        names
    }

    /// The enclosing variables a nested function or lambda whose body mentions `mentioned`
    /// and binds `own` reads: also those of the nested functions it calls.
    fn captures_of(&self, mentioned: &[String], own: &[String]) -> Vec<String> {
        let visible = self.visible_names();
        let mut captures: Vec<String> = Vec::new();
        let add = |name: &String, captures: &mut Vec<String>| {
            if visible.contains(name) && !own.contains(name) && !captures.contains(name) {
                captures.push(name.clone());
            }
        };
        for name in mentioned {
            if let Some(f) = self.local_funcs.get(name) {
                for captured in self.resolver.captures.get(f).into_iter().flatten() {
                    add(captured, &mut captures);
                }
            } else {
                add(name, &mut captures);
            }
        }
        captures
    }

    /// A decorated module-level `def`: the function, then its name bound to what its
    /// decorators make of it, applied bottom to top.
    fn decorated_def(
        &mut self,
        def: &ast::StmtFunctionDef,
        id: FuncId,
        global: krait_hir::GlobalId,
        out: &mut Vec<Stmt>,
    ) {
        let decorators: Vec<ExprId> = def
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        self.def_defaults(def, id, out);
        resolve_function(self.resolver, self.scope, def, id, None, None);
        out.push(Stmt::Def(id));
        let span = self.span(&def.name);
        let value = self.decorated(&decorators, id, Vec::new(), span);
        out.push(Stmt::Assign {
            targets: vec![Target::Place(Place::Global(global), span)],
            value,
        });
    }

    /// What `decorators` (evaluated, top to bottom) make of the function `func` (with the
    /// reads of what it captures), applied bottom to top.
    fn decorated(
        &mut self,
        decorators: &[ExprId],
        func: FuncId,
        captures: Vec<ExprId>,
        span: Span,
    ) -> ExprId {
        let mut value = self.alloc(ExprKind::Lambda { func, captures }, span);
        for &decorator in decorators.iter().rev() {
            let call_span = self.func.expr(decorator).span;
            value = self.alloc(
                ExprKind::CallValue {
                    callee: decorator,
                    args: vec![value],
                    keywords: Vec::new(),
                },
                call_span,
            );
        }
        value
    }

    /// A method with decorators written in Python: the `def`'s function (a method of the
    /// class, found under no name), the hidden global set to what the decorators make of it
    /// where the class statement runs, and the method itself, which passes its arguments
    /// (the receiver first) to that and adds no traceback frame, as a bound method would.
    fn decorated_method(
        &mut self,
        def: &ast::StmtFunctionDef,
        class: ClassId,
        method: FuncId,
        body: &mut Vec<Stmt>,
    ) {
        let (def_func, global) = self.resolver.decorated_methods[&method];
        let decorators: Vec<ExprId> = def
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        self.def_defaults(def, def_func, body);
        resolve_function(self.resolver, self.scope, def, def_func, Some(class), None);
        let span = self.span(&def.name);
        let value = self.decorated(&decorators, def_func, Vec::new(), span);
        body.push(Stmt::Assign {
            targets: vec![Target::Place(Place::Global(global), span)],
            value,
        });
        let mut func = new_function(def.name.as_str().to_owned(), FuncKind::Method(class), span);
        func.frameless = true;
        func.vararg = true;
        func.kwarg = true;
        func.keyword_only = 1;
        let signature = &self.resolver.signatures[&method];
        for name in &signature.params {
            func.locals.push(krait_hir::Local { name: name.clone() });
            func.params.push(Param {
                name: name.clone(),
                local: LocalId(func.locals.len() as u32 - 1),
                default: None,
                annotation: None,
            });
        }
        let mut alloc = |kind: ExprKind| {
            func.exprs.push(krait_hir::Expr { kind, span });
            ExprId(func.exprs.len() as u32 - 1)
        };
        let callee = alloc(ExprKind::Global(global));
        let receiver = alloc(ExprKind::Local(LocalId(0)));
        let args = alloc(ExprKind::Local(LocalId(1)));
        let args = alloc(ExprKind::Starred(args));
        let kwargs = alloc(ExprKind::Local(LocalId(2)));
        let call = alloc(ExprKind::CallValue {
            callee,
            args: vec![receiver, args],
            keywords: vec![krait_hir::Keyword {
                name: String::new(),
                value: kwargs,
                span,
            }],
        });
        func.body = vec![Stmt::Return(Some(call), span)];
        self.resolver.funcs[method.index()] = Some(func);
    }

    /// A `def` inside a function: a function of its own whose reads of the enclosing
    /// function's variables are hidden parameters, passed at each call. It can only be
    /// called, not used as a value.
    /// The names a nested function's body binds itself (its parameters and what it assigns,
    /// not what it declares `nonlocal`).
    fn own_names(def: &ast::StmtFunctionDef) -> Vec<String> {
        let mut own: Vec<String> = declared_params(def)
            .map(|p| p.parameter.name.as_str().to_owned())
            .collect();
        for stmt in &def.body {
            collect_assigned(stmt, &mut own);
        }
        // A `nonlocal` name is the enclosing function's: captured, not its own.
        let declared_nonlocal = direct_nonlocals(&def.body);
        own.retain(|name| !declared_nonlocal.contains(name));
        own
    }

    /// Declares the functions `def`ined directly in `body` before any is resolved, so that
    /// each can call those defined after it (as Python looks the name up when the call runs);
    /// each captures what the siblings it mentions capture, up to a fixed point.
    fn predeclare_nested(&mut self, body: &[ast::Stmt]) {
        let defs: Vec<&ast::StmtFunctionDef> = body
            .iter()
            .filter_map(|stmt| match stmt {
                ast::Stmt::FunctionDef(def) if def.decorator_list.is_empty() => Some(def),
                _ => None,
            })
            .collect();
        if defs.len() < 2 {
            return;
        }
        let mut group = Vec::new();
        for def in &defs {
            let name = def.name.as_str().to_owned();
            let qualname = format!("{}.<locals>.{name}", self.func.name);
            let id = crate::declare_function(self.resolver, def, &qualname);
            let span = self.span(&def.name);
            self.resolver.predeclared.insert(span, id);
            self.local_funcs.insert(name.clone(), id);
            let mentioned = mentioned_names(&def.body);
            let mut captures = self.captures_of(&mentioned, &Self::own_names(def));
            captures.extend(self.nested_default_variables(def, id));
            group.push((name, id, mentioned, captures));
        }
        loop {
            let mut changed = false;
            for i in 0..group.len() {
                let mut captures = group[i].3.clone();
                for (name, _, _, theirs) in &group {
                    if group[i].2.contains(name) {
                        for captured in theirs {
                            if !captures.contains(captured) {
                                captures.push(captured.clone());
                                changed = true;
                            }
                        }
                    }
                }
                group[i].3 = captures;
            }
            if !changed {
                break;
            }
        }
        for (_, id, _, captures) in group {
            self.resolver.captures.insert(id, captures);
        }
    }

    fn nested_def(&mut self, def: &ast::StmtFunctionDef, out: &mut Vec<Stmt>) {
        if self.is_module {
            // Module-level `def`s are resolved where the module's names are collected: only
            // those directly in the module body.
            self.unsupported(
                &def.name,
                "`def` inside a block (`if`, `for`, ...) at module level",
            );
            return;
        }
        let name = def.name.as_str().to_owned();
        let predeclared = self
            .resolver
            .predeclared
            .get(&self.span(&def.name))
            .copied();
        let id = match predeclared {
            Some(id) => id,
            None => {
                let qualname = format!("{}.<locals>.{name}", self.func.name);
                crate::declare_function(self.resolver, def, &qualname)
            }
        };
        let captures = match predeclared {
            Some(id) => self.resolver.captures[&id].clone(),
            None => {
                let mut captures =
                    self.captures_of(&mentioned_names(&def.body), &Self::own_names(def));
                captures.extend(self.nested_default_variables(def, id));
                self.resolver.captures.insert(id, captures.clone());
                captures
            }
        };
        self.nested_defaults(def, id, out);
        self.def_defaults(def, id, out);
        self.local_funcs.insert(name, id);
        let enclosing = Enclosing {
            names: self.visible_names(),
            local_funcs: self.local_funcs.clone(),
            captures,
            cells: self.cells.clone(),
        };
        resolve_function(self.resolver, self.scope, def, id, None, Some(enclosing));
        // Calling it before the `def` has run is a NameError, as for module-level functions.
        out.push(Stmt::Def(id));
    }

    /// A decorated `def` inside a function: the function, made as a value with what it
    /// captures, then its name (a variable of the enclosing function) bound to what the
    /// decorators make of it, applied bottom to top.
    fn decorated_nested_def(&mut self, def: &ast::StmtFunctionDef, out: &mut Vec<Stmt>) {
        let name = def.name.as_str().to_owned();
        let decorators: Vec<ExprId> = def
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        let qualname = format!("{}.<locals>.{name}", self.func.name);
        let id = crate::declare_function(self.resolver, def, &qualname);
        let mut captures = self.captures_of(&mentioned_names(&def.body), &Self::own_names(def));
        captures.extend(self.nested_default_variables(def, id));
        self.resolver.captures.insert(id, captures.clone());
        self.nested_defaults(def, id, out);
        self.def_defaults(def, id, out);
        // The name is a variable from here on, not the function an earlier `def` made.
        self.local_funcs.remove(&name);
        let enclosing = Enclosing {
            names: self.visible_names(),
            local_funcs: self.local_funcs.clone(),
            captures: captures.clone(),
            cells: self.cells.clone(),
        };
        resolve_function(self.resolver, self.scope, def, id, None, Some(enclosing));
        out.push(Stmt::Def(id));
        let span = self.span(&def.name);
        let captures = self.capture_reads(&captures, span);
        let value = self.decorated(&decorators, id, captures, span);
        let local = self.locals[&name];
        out.push(Stmt::Assign {
            targets: vec![Target::Place(Place::Local(local), span)],
            value,
        });
    }

    fn unsupported(&mut self, node: &impl Ranged, feature: &str) {
        let diagnostic = Diagnostic::unsupported(self.span(node), feature);
        self.resolver.error(diagnostic);
    }

    /// A type annotation krait understands: a plain name or `None`; others (`typing`'s names
    /// among them) are not checked.
    fn annotation(&self, expr: &ast::Expr) -> Option<Annotation> {
        let name = match expr {
            ast::Expr::Name(name)
                if matches!(
                    self.scope.names.get(name.id.as_str()),
                    Some(ModuleName::Typing)
                ) =>
            {
                return None;
            }
            ast::Expr::Name(name) => name.id.as_str().to_owned(),
            ast::Expr::NoneLiteral(_) => "None".to_owned(),
            _ => return None,
        };
        Some(Annotation {
            name,
            span: self.span(expr),
        })
    }

    fn new_local(&mut self, name: String) -> LocalId {
        let id = LocalId(self.func.locals.len() as u32);
        self.func.locals.push(Local { name: name.clone() });
        self.locals.insert(name, id);
        id
    }

    fn alloc(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.func.exprs.push(Expr { kind, span });
        ExprId(self.func.exprs.len() as u32 - 1)
    }

    /// The text an uncaught `raise E` or `raise E(arg)` of a builtin exception prints after the
    /// traceback: `E: str(arg)` (`repr` for KeyError), or `E` alone when that is empty. Nothing
    /// catches exceptions yet, so raising one ends the program as CPython would.
    fn raise(&mut self, raise: &ast::StmtRaise, out: &mut Vec<Stmt>) {
        let Some(exc) = raise.exc.as_deref() else {
            if !self.handler_names.is_empty() {
                out.push(Stmt::Reraise);
            } else {
                self.unsupported(raise, "a bare `raise` outside an `except` clause");
            }
            return;
        };
        if let Some(cause) = raise.cause.as_deref() {
            match cause {
                ast::Expr::NoneLiteral(_) => {
                    if !self.handler_names.is_empty() {
                        out.push(Stmt::SetCause { suppress: true });
                    }
                }
                ast::Expr::Name(name)
                    if self.handler_names.last().and_then(|n| n.as_deref())
                        == Some(name.id.as_str()) =>
                {
                    out.push(Stmt::SetCause { suppress: false });
                }
                _ => {
                    let feature =
                        "`raise ... from` anything but None or the exception being handled";
                    self.unsupported(cause, feature);
                    return;
                }
            }
        }
        let message = match self.raise_message(exc) {
            Some(message) => message,
            // `raise E` of an exception class makes an instance.
            None => match self.class_named(exc) {
                Some(class) if !matches!(exc, ast::Expr::Call(_)) => {
                    let constructor = self.resolver.classes[class.index()].constructor;
                    let signature = &self.resolver.signatures[&constructor];
                    let span = self.span(exc);
                    let args = match (signature.vararg, signature.params.len()) {
                        (true, 1) => vec![self.alloc(ExprKind::Tuple(Vec::new()), span)],
                        (false, 0) => Vec::new(),
                        _ => {
                            let feature = "`raise C` of a class whose constructor takes arguments";
                            self.unsupported(exc, feature);
                            return;
                        }
                    };
                    self.alloc(
                        ExprKind::Call {
                            callee: Callee::Func(constructor),
                            args,
                            keywords: Vec::new(),
                        },
                        span,
                    )
                }
                _ => self.expr(exc),
            },
        };
        let span = self.span(raise);
        let call = self.alloc(
            ExprKind::Call {
                callee: Callee::Intrinsic(krait_hir::Intrinsic::Raise),
                args: vec![message],
                keywords: Vec::new(),
            },
            span,
        );
        out.push(Stmt::Expr(call));
    }

    /// The text of the exception `raise exc` makes, when `exc` names a built-in exception
    /// class or calls one.
    fn raise_message(&mut self, exc: &ast::Expr) -> Option<ExprId> {
        let span = self.span(exc);
        let (name, args) = match exc {
            ast::Expr::Name(name) => (name, &[][..]),
            ast::Expr::Call(call) if call.arguments.keywords.is_empty() => {
                let ast::Expr::Name(name) = &*call.func else {
                    return None;
                };
                (name, &call.arguments.args[..])
            }
            _ => return None,
        };
        let exception = name.id.as_str();
        // Raising BaseException itself would escape `except Exception`, which catches every
        // exception krait raises.
        if matches!(
            BuiltinExc::from_name(exception),
            None | Some(BuiltinExc::BaseException)
        ) || !self.names_builtin(exc_name(exc), exception)
        {
            return None;
        }
        match args {
            [] => Some(self.alloc(ExprKind::Str(exception.to_owned()), span)),
            args if !args.iter().any(|a| a.is_starred_expr()) => {
                let args = args.iter().map(|a| self.expr(a)).collect();
                let args = self.alloc(ExprKind::Tuple(args), span);
                let exception = BuiltinExc::from_name(exception).expect("checked");
                Some(self.alloc(ExprKind::BuiltinExceptionText { exception, args }, span))
            }
            _ => None,
        }
    }

    fn is_runtime(&self) -> bool {
        self.scope.kind == ModuleKind::Runtime
    }

    fn suite(&mut self, stmts: &[ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for stmt in stmts {
            self.stmt(stmt, &mut out);
        }
        out
    }

    fn place(&mut self, name: &ast::ExprName) -> Option<Place> {
        let id = name.id.as_str();
        if let Some(local) = self.comp_local(id) {
            return Some(Place::Local(local));
        }
        if !self.is_module {
            if let Some(&local) = self.locals.get(id) {
                return Some(Place::Local(local));
            }
        }
        match self.scope.names.get(id) {
            Some(&ModuleName::Global(global)) => Some(Place::Global(global)),
            _ => {
                self.unsupported(
                    name,
                    &format!("assigning to `{id}`, which names a function or module"),
                );
                None
            }
        }
    }

    fn target(&mut self, expr: &ast::Expr) -> Option<Target> {
        match expr {
            ast::Expr::Name(name) => self.place(name).map(|p| Target::Place(p, self.span(name))),
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                if elts.iter().filter(|e| e.is_starred_expr()).count() > 1 {
                    let message = "multiple starred expressions in assignment";
                    self.error_expr(expr, message);
                    return None;
                }
                let targets: Option<Vec<_>> = elts.iter().map(|e| self.target(e)).collect();
                targets.map(|t| Target::Tuple(t, self.span(expr)))
            }
            ast::Expr::Starred(starred) => {
                let inner = self.target(&starred.value)?;
                Some(Target::Starred(Box::new(inner), self.span(expr)))
            }
            ast::Expr::Subscript(subscript) => {
                if let ast::Expr::Slice(slice) = &*subscript.slice {
                    let object = self.expr(&subscript.value);
                    let bounds = self.slice_bounds(slice);
                    return Some(Target::Slice {
                        object,
                        bounds,
                        span: self.span(expr),
                    });
                }
                let object = self.expr(&subscript.value);
                let index = self.expr(&subscript.slice);
                Some(Target::Index {
                    object,
                    index,
                    span: self.span(expr),
                })
            }
            ast::Expr::Attribute(attribute) if self.class_named(&attribute.value).is_some() => {
                let class = self.class_named(&attribute.value).expect("checked");
                let Some(global) = self.class_attr(class, attribute.attr.as_str()) else {
                    self.unsupported(expr, "adding a class attribute outside the class body");
                    return None;
                };
                Some(Target::Place(Place::Global(global), self.span(expr)))
            }
            ast::Expr::Attribute(attribute) => {
                if self.is_sys(&attribute.value) {
                    self.unsupported(expr, "assigning to a module's attribute");
                    return None;
                }
                let object = self.expr(&attribute.value);
                Some(Target::Attribute {
                    object,
                    attr: attribute.attr.as_str().to_owned(),
                    span: self.span(expr),
                })
            }
            _ => {
                self.unsupported(expr, "this assignment target");
                None
            }
        }
    }

    fn stmt(&mut self, stmt: &ast::Stmt, out: &mut Vec<Stmt>) {
        match stmt {
            ast::Stmt::Expr(expr)
                if expr.value.is_yield_expr() || expr.value.is_yield_from_expr() =>
            {
                self.yield_(&expr.value, false, out);
            }
            ast::Stmt::Expr(expr) => {
                if let Some(assigns) = self.exception_super_init(&expr.value) {
                    out.extend(assigns);
                    return;
                }
                // `setattr(x, "name", value)` as a statement: `x.name = value`.
                if let ast::Expr::Call(call) = &*expr.value
                    && self.names_builtin(&call.func, "setattr")
                    && call.arguments.keywords.is_empty()
                    && let [object, ast::Expr::StringLiteral(name), value] =
                        &call.arguments.args[..]
                {
                    let value = self.expr(value);
                    let object = self.expr(object);
                    let span = self.span(expr);
                    out.push(Stmt::Assign {
                        targets: vec![Target::Attribute {
                            object,
                            attr: name.value.to_str().to_owned(),
                            span,
                        }],
                        value,
                    });
                    return;
                }
                let value = self.expr(&expr.value);
                out.push(Stmt::Expr(value));
            }
            // Bound to its class when the module's names were collected.
            ast::Stmt::Assign(assign)
                if self.scope.namedtuples.contains(&assign.range())
                    || self.scope.typing_aliases.contains(&assign.range()) => {}
            ast::Stmt::Assign(assign) => self.assign(assign, out),
            ast::Stmt::AnnAssign(assign) => {
                let annotation = self.annotation(&assign.annotation);
                let value = match assign.value.as_deref() {
                    Some(value) if assign.target.is_name_expr() => {
                        let Some(value) = self.assigned_value(value, out) else {
                            return;
                        };
                        Some(value)
                    }
                    value => value.map(|v| self.expr(v)),
                };
                if let Some(target) = self.target(&assign.target) {
                    if let (Target::Place(place, _), Some(annotation)) = (&target, annotation) {
                        self.func.annotated.push((*place, annotation));
                    }
                    if let Some(value) = value {
                        out.push(Stmt::Assign {
                            targets: vec![target],
                            value,
                        });
                    }
                }
            }
            ast::Stmt::AugAssign(assign) => {
                if let ast::Expr::Subscript(subscript) = &*assign.target {
                    if subscript.slice.is_slice_expr() {
                        self.unsupported(&*assign.target, "augmented assignment to a slice");
                        return;
                    }
                    let object = self.expr(&subscript.value);
                    let index = self.expr(&subscript.slice);
                    let value = self.expr(&assign.value);
                    out.push(Stmt::AugAssignIndex {
                        object,
                        index,
                        op: binop(assign.op),
                        value,
                        span: self.span(assign),
                    });
                    return;
                }
                if let ast::Expr::Attribute(attribute) = &*assign.target {
                    if let Some(class) = self.class_named(&attribute.value) {
                        let Some(global) = self.class_attr(class, attribute.attr.as_str()) else {
                            self.unsupported(
                                &*assign.target,
                                "adding a class attribute outside the class body",
                            );
                            return;
                        };
                        let value = self.expr(&assign.value);
                        out.push(Stmt::AugAssign {
                            place: Place::Global(global),
                            op: binop(assign.op),
                            value,
                            span: self.span(assign),
                        });
                        return;
                    }
                    if !self.is_sys(&attribute.value) {
                        let object = self.expr(&attribute.value);
                        let value = self.expr(&assign.value);
                        out.push(Stmt::AugAssignAttr {
                            object,
                            attr: attribute.attr.as_str().to_owned(),
                            op: binop(assign.op),
                            value,
                            span: self.span(assign),
                        });
                        return;
                    }
                }
                let ast::Expr::Name(name) = &*assign.target else {
                    self.unsupported(
                        &*assign.target,
                        "augmented assignment to anything but a name",
                    );
                    return;
                };
                let Some(value) = self.assigned_value(&assign.value, out) else {
                    return;
                };
                let op = binop(assign.op);
                if let Some(place) = self.place(name) {
                    out.push(Stmt::AugAssign {
                        place,
                        op,
                        value,
                        span: self.span(assign),
                    });
                }
            }
            ast::Stmt::If(if_)
                if matches!(&*if_.test, ast::Expr::Name(name) if name.id.as_str() == "TYPE_CHECKING"
                    && matches!(self.scope.names.get("TYPE_CHECKING"), Some(ModuleName::Typing))) =>
            {
                // Only type checkers run it (its imports are for annotations).
                out.extend(self.elif_chain(&if_.elif_else_clauses));
            }
            ast::Stmt::If(if_) => {
                let test = self.expr(&if_.test);
                let body = self.suite(&if_.body);
                let orelse = self.elif_chain(&if_.elif_else_clauses);
                out.push(Stmt::If { test, body, orelse });
            }
            ast::Stmt::While(while_) => {
                let test = self.expr(&while_.test);
                self.loop_depth += 1;
                let body = self.suite(&while_.body);
                self.loop_depth -= 1;
                let orelse = self.suite(&while_.orelse);
                out.push(Stmt::While { test, body, orelse });
            }
            ast::Stmt::For(for_) => self.for_(for_, out),
            ast::Stmt::Break(brk) => {
                if self.loop_depth == 0 {
                    self.syntax_error(brk, "'break' outside loop");
                }
                out.push(Stmt::Break);
            }
            ast::Stmt::Continue(cont) => {
                if self.loop_depth == 0 {
                    self.syntax_error(cont, "'continue' not properly in loop");
                }
                out.push(Stmt::Continue);
            }
            ast::Stmt::Return(ret) => {
                if self.is_module {
                    self.syntax_error(ret, "'return' outside function");
                }
                let value = ret.value.as_ref().map(|v| self.expr(v));
                out.push(Stmt::Return(value, self.span(ret)));
            }
            ast::Stmt::Pass(_) | ast::Stmt::Global(_) => {}
            ast::Stmt::Assert(assert) => {
                let test = self.expr(&assert.test);
                let msg = assert.msg.as_ref().map(|m| self.expr(m));
                out.push(Stmt::Assert { test, msg });
            }
            ast::Stmt::Import(import) => {
                for alias in &import.names {
                    if self.is_user_module(alias.name.as_str()) {
                        if !self.is_module {
                            self.unsupported(alias, "import inside a function");
                        }
                    } else if !matches!(
                        alias.name.as_str(),
                        "sys" | "math" | "collections" | "string" | "typing"
                    ) {
                        self.unsupported(
                            alias,
                            &format!("importing module `{}`", alias.name.as_str()),
                        );
                    } else if !self.is_module {
                        self.unsupported(alias, "import inside a function");
                    }
                }
            }
            ast::Stmt::ImportFrom(import) => {
                let module = import.module.as_ref().map_or("", |m| m.as_str());
                if self.is_user_module(module) && import.level == 0 {
                    if !self.is_module {
                        self.unsupported(import, "import inside a function");
                    }
                } else if let Some(compiles) = standard_names(module) {
                    for alias in &import.names {
                        if !compiles(alias.name.as_str()) {
                            let feature = format!("`{module}.{}`", alias.name.as_str());
                            self.unsupported(alias, &feature);
                        }
                    }
                    if !self.is_module {
                        self.unsupported(import, "import inside a function");
                    }
                } else if !((self.is_runtime() || self.scope.library) && module == "__krait__") {
                    self.unsupported(import, &format!("importing from module `{module}`"));
                }
            }
            ast::Stmt::FunctionDef(def) if !def.decorator_list.is_empty() && !self.is_module => {
                self.decorated_nested_def(def, out)
            }
            ast::Stmt::FunctionDef(def) => self.nested_def(def, out),
            ast::Stmt::ClassDef(class) => {
                self.unsupported(&class.name, "classes not at the top level of a module")
            }
            ast::Stmt::Delete(del) => {
                for target in &del.targets {
                    match target {
                        // `del x[a:b]` is `x[a:b] = []` (an extended slice keeps its own rules).
                        ast::Expr::Subscript(subscript) if matches!(&*subscript.slice, ast::Expr::Slice(slice) if slice.step.is_none()) =>
                        {
                            let span = self.span(target);
                            if let Some(target) = self.target(target) {
                                let value = self.alloc(ExprKind::List(Vec::new()), span);
                                out.push(Stmt::Assign {
                                    targets: vec![target],
                                    value,
                                });
                            }
                        }
                        ast::Expr::Subscript(subscript)
                            if !matches!(*subscript.slice, ast::Expr::Slice(_)) =>
                        {
                            let object = self.expr(&subscript.value);
                            let index = self.expr(&subscript.slice);
                            let span = self.span(target);
                            out.push(Stmt::DelIndex {
                                object,
                                index,
                                span,
                            });
                        }
                        _ => self.unsupported(target, "`del` of anything but `x[key]`"),
                    }
                }
            }
            ast::Stmt::TypeAlias(alias) => self.unsupported(alias, "type aliases"),
            ast::Stmt::With(with) => self.with(with, &with.items, out),
            ast::Stmt::Match(match_) => self.unsupported(match_, "`match` statements"),
            ast::Stmt::Raise(raise) => self.raise(raise, out),
            ast::Stmt::Try(try_) => self.try_(try_, out),
            ast::Stmt::Nonlocal(nonlocal) => {
                // The names are the enclosing function's cells, captured (see `nested_def`).
                for name in &nonlocal.names {
                    if !self.cells.iter().any(|c| c == name.as_str()) {
                        let message = format!("no binding for nonlocal '{}' found", name.as_str());
                        self.syntax_error(name, &message);
                    }
                }
            }
            ast::Stmt::IpyEscapeCommand(cmd) => {
                self.syntax_error(cmd, "IPython escape commands are not Python")
            }
        }
    }

    /// `yield value` and `yield from iterable` (a loop yielding each element); when `wanted`,
    /// the value of the yield: what is sent in, or what the delegate returns.
    fn yield_(&mut self, expr: &ast::Expr, wanted: bool, out: &mut Vec<Stmt>) -> Option<ExprId> {
        if self.is_module {
            self.syntax_error(expr, "'yield' outside function");
            return None;
        }
        if self.handling > 0 {
            self.unsupported(
                expr,
                "`yield` inside an `except` clause or a `finally` block",
            );
            return None;
        }
        self.func.generator = true;
        self.func.closes |= self.guarded > 0 || expr.is_yield_from_expr();
        let span = self.span(expr);
        match expr {
            ast::Expr::Yield(yield_) => {
                let value = match &yield_.value {
                    Some(value) => self.expr(value),
                    None => self.alloc(ExprKind::None, span),
                };
                out.push(Stmt::Yield(value));
                wanted.then(|| self.alloc(ExprKind::Sent, span))
            }
            ast::Expr::YieldFrom(yield_from) => {
                let item = self.hidden_local("<yielded>");
                let value = self.alloc(ExprKind::Local(item), span);
                let body = vec![Stmt::Yield(value)];
                let each = match &*yield_from.value {
                    ast::Expr::Call(call)
                        if self.names_builtin(&call.func, "range")
                            && call.arguments.keywords.is_empty() =>
                    {
                        let range_span = self.span(call);
                        let (start, stop, step) =
                            self.range_args(&call.arguments.args, range_span)?;
                        Stmt::ForRange {
                            var: Place::Local(item),
                            start,
                            stop,
                            step,
                            body,
                            orelse: Vec::new(),
                            range_span,
                        }
                    }
                    iter => Stmt::ForEach {
                        target: Target::Place(Place::Local(item), span),
                        iter: self.expr(iter),
                        enumerate: false,
                        start: None,
                        body,
                        orelse: Vec::new(),
                    },
                };
                let returned = wanted.then(|| self.hidden_local("<returned>"));
                out.push(Stmt::YieldFrom {
                    each: Box::new(each),
                    returned,
                });
                returned.map(|local| self.alloc(ExprKind::Local(local), span))
            }
            _ => unreachable!("a yield"),
        }
    }

    /// The value of an assignment: `target = yield value` is the yield, then the assignment of
    /// what it gives (the targets are evaluated after the value in any case).
    fn assigned_value(&mut self, value: &ast::Expr, out: &mut Vec<Stmt>) -> Option<ExprId> {
        if value.is_yield_expr() || value.is_yield_from_expr() {
            self.yield_(value, true, out)
        } else {
            Some(self.expr(value))
        }
    }

    /// `with a as x, b as y: body` is `with a as x:` around `with b as y: body`.
    fn with(&mut self, with: &ast::StmtWith, items: &[ast::WithItem], out: &mut Vec<Stmt>) {
        if with.is_async {
            self.unsupported(with, "`async with`");
            return;
        }
        let Some((item, rest)) = items.split_first() else {
            out.extend(self.suite(&with.body));
            return;
        };
        let context = self.expr(&item.context_expr);
        let target = item.optional_vars.as_deref().and_then(|t| self.target(t));
        let mut body = Vec::new();
        self.guarded += 1;
        self.with(with, rest, &mut body);
        self.guarded -= 1;
        out.push(Stmt::With {
            context,
            target,
            body,
        });
    }

    fn try_(&mut self, try_: &ast::StmtTry, out: &mut Vec<Stmt>) {
        if try_.is_star {
            self.unsupported(try_, "`except*` clauses");
            return;
        }
        self.guarded += 1;
        let body = self.suite(&try_.body);
        self.guarded -= 1;
        let mut handlers = Vec::new();
        for (i, handler) in try_.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            let classes = match handler.type_.as_deref() {
                None => {
                    if i + 1 < try_.handlers.len() {
                        self.syntax_error(handler, "default 'except:' must be last");
                    }
                    Vec::new()
                }
                Some(ast::Expr::Tuple(tuple)) => {
                    let classes: Option<Vec<_>> =
                        tuple.elts.iter().map(|e| self.exception_class(e)).collect();
                    classes.unwrap_or_default()
                }
                Some(class) => self.exception_class(class).into_iter().collect(),
            };
            // The name is the clause's own (CPython unbinds it after the clause): each clause
            // may catch exceptions of different types.
            let name = handler.name.as_ref().map(|name| {
                let local = self.hidden_local(name.id.as_str());
                let mut scope = FxHashMap::default();
                scope.insert(name.id.to_string(), local);
                self.comp_scopes.push(scope);
                Place::Local(local)
            });
            self.handler_names
                .push(handler.name.as_ref().map(|n| n.id.to_string()));
            self.handling += 1;
            let body = self.suite(&handler.body);
            self.handling -= 1;
            self.handler_names.pop();
            if name.is_some() {
                self.comp_scopes.pop();
            }
            handlers.push(Handler {
                classes,
                name,
                body,
            });
        }
        self.guarded += 1;
        let orelse = self.suite(&try_.orelse);
        self.guarded -= 1;
        self.handling += 1;
        let finalbody = self.suite(&try_.finalbody);
        self.handling -= 1;
        out.push(Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        });
    }

    /// The exception class an `except` clause names.
    fn exception_class(&mut self, expr: &ast::Expr) -> Option<ExcClass> {
        if let ast::Expr::Name(name) = expr
            && let Some(class) = BuiltinExc::from_name(name.id.as_str())
            && self.names_builtin(expr, class.name())
        {
            return Some(ExcClass::Builtin(class));
        }
        if let Some(class) = self.class_named(expr)
            && self.resolver.classes[class.index()].exception.is_some()
        {
            return Some(ExcClass::User(class));
        }
        self.unsupported(expr, "catching anything but an exception class");
        None
    }

    fn syntax_error(&mut self, node: &impl Ranged, message: &str) {
        let diagnostic = Diagnostic::error(
            Code::Syntax,
            self.span(node),
            format!("invalid syntax: {message}"),
        );
        self.resolver.error(diagnostic.with_label("here"));
    }

    fn assign(&mut self, assign: &ast::StmtAssign, out: &mut Vec<Stmt>) {
        // `a, b = x, y` with as many values as names: no tuple is built.
        if let (
            [
                ast::Expr::Tuple(ast::ExprTuple { elts: names, .. })
                | ast::Expr::List(ast::ExprList { elts: names, .. }),
            ],
            ast::Expr::Tuple(ast::ExprTuple { elts: values, .. }),
        ) = (assign.targets.as_slice(), &*assign.value)
        {
            if names.len() == values.len() && !values.iter().any(|v| v.is_starred_expr()) {
                let values = values.iter().map(|v| self.expr(v)).collect();
                let targets: Option<Vec<_>> = names.iter().map(|t| self.target(t)).collect();
                if let Some(targets) = targets {
                    out.push(Stmt::AssignTuple { targets, values });
                }
                return;
            }
        }
        let Some(value) = self.assigned_value(&assign.value, out) else {
            return;
        };
        let mut targets = Vec::new();
        for target in &assign.targets {
            if let Some(target) = self.target(target) {
                targets.push(target);
            }
        }
        out.push(Stmt::Assign { targets, value });
    }

    fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> Vec<Stmt> {
        let Some((first, rest)) = clauses.split_first() else {
            return Vec::new();
        };
        match &first.test {
            None => self.suite(&first.body),
            Some(test) => {
                let test = self.expr(test);
                let body = self.suite(&first.body);
                let orelse = self.elif_chain(rest);
                vec![Stmt::If { test, body, orelse }]
            }
        }
    }

    fn for_(&mut self, for_: &ast::StmtFor, out: &mut Vec<Stmt>) {
        if for_.is_async {
            self.unsupported(for_, "`async for`");
            return;
        }
        let range_args = match &*for_.iter {
            ast::Expr::Call(call) if self.names_builtin(&call.func, "range") => {
                if !call.arguments.keywords.is_empty() {
                    self.syntax_error(&call.arguments, "range() takes no keyword arguments");
                    return;
                }
                Some(&call.arguments.args)
            }
            _ => None,
        };
        let Some(args) = range_args else {
            return self.for_each(for_, out);
        };
        let iter_span = self.span(&*for_.iter);
        let Some((start, stop, step)) = self.range_args(args, iter_span) else {
            return;
        };
        let ast::Expr::Name(name) = &*for_.target else {
            self.unsupported(&*for_.target, "`for` targets other than a single name");
            return;
        };
        let Some(var) = self.place(name) else { return };
        self.loop_depth += 1;
        let body = self.suite(&for_.body);
        self.loop_depth -= 1;
        let orelse = self.suite(&for_.orelse);
        out.push(Stmt::ForRange {
            var,
            start,
            stop,
            step,
            body,
            orelse,
            range_span: iter_span,
        });
    }

    /// `for target in iter:` over a list, or over `enumerate(list[, start])`.
    fn for_each(&mut self, for_: &ast::StmtFor, out: &mut Vec<Stmt>) {
        let (iter, enumerate, start) = match &*for_.iter {
            ast::Expr::Call(call) if self.names_builtin(&call.func, "enumerate") => {
                let Some((iter, start)) = self.enumerate_args(call) else {
                    return;
                };
                (iter, true, start)
            }
            iter => (self.expr(iter), false, None),
        };
        let Some(target) = self.target(&for_.target) else {
            return;
        };
        self.loop_depth += 1;
        let body = self.suite(&for_.body);
        self.loop_depth -= 1;
        let orelse = self.suite(&for_.orelse);
        out.push(Stmt::ForEach {
            target,
            iter,
            enumerate,
            start,
            body,
            orelse,
        });
    }

    /// Whether `expr` is the name of builtin `builtin`, not shadowed by the program.
    /// `range(...)`'s arguments as start, stop and step.
    fn range_args(&mut self, args: &[ast::Expr], span: Span) -> Option<(ExprId, ExprId, ExprId)> {
        Some(match args {
            [stop] => (
                self.alloc(ExprKind::Int(0), span),
                self.expr(stop),
                self.alloc(ExprKind::Int(1), span),
            ),
            [start, stop] => (
                self.expr(start),
                self.expr(stop),
                self.alloc(ExprKind::Int(1), span),
            ),
            [start, stop, step] => (self.expr(start), self.expr(stop), self.expr(step)),
            _ => {
                let message = if args.is_empty() {
                    "range expected at least 1 argument, got 0".to_owned()
                } else {
                    format!("range expected at most 3 arguments, got {}", args.len())
                };
                self.resolver
                    .error(Diagnostic::error(Code::BadCall, span, message).with_label("here"));
                return None;
            }
        })
    }

    /// `x in range(...)` (or `not in`), tested arithmetically without making the range. The test
    /// has the range's span, where CPython's traceback points when the step is zero.
    fn range_contains(&mut self, compare: &ast::ExprCompare, span: Span) -> Option<ExprId> {
        let ([op @ (ast::CmpOp::In | ast::CmpOp::NotIn)], [ast::Expr::Call(call)]) =
            (&compare.ops[..], &compare.comparators[..])
        else {
            return None;
        };
        if !self.names_builtin(&call.func, "range") {
            return None;
        }
        if !call.arguments.keywords.is_empty() {
            self.syntax_error(&call.arguments, "range() takes no keyword arguments");
            return Some(self.alloc(ExprKind::None, span));
        }
        let value = self.expr(&compare.left);
        let range_span = self.span(&compare.comparators[0]);
        let Some((start, stop, step)) = self.range_args(&call.arguments.args, range_span) else {
            return Some(self.alloc(ExprKind::None, span));
        };
        let contains = ExprKind::Call {
            callee: Callee::Builtin(Builtin::RangeContains),
            args: vec![value, start, stop, step],
            keywords: Vec::new(),
        };
        let contains = self.alloc(contains, range_span);
        Some(match op {
            ast::CmpOp::In => contains,
            _ => self.alloc(
                ExprKind::Unary {
                    op: UnaryOp::Not,
                    operand: contains,
                },
                span,
            ),
        })
    }

    fn is_user_module(&self, name: &str) -> bool {
        self.resolver.user_modules.iter().any(|m| m == name)
    }

    /// `module.name` for a module the program imported, or the attribute of a library
    /// function (`chain.from_iterable`, `itertools.chain.from_iterable`): the name's key in
    /// the scope.
    fn qualified_name(&self, expr: &ast::Expr) -> Option<String> {
        let ast::Expr::Attribute(attribute) = expr else {
            return None;
        };
        let attr = attribute.attr.as_str();
        let global = |id: &str| !self.locals.contains_key(id);
        match &*attribute.value {
            ast::Expr::Name(name) if global(name.id.as_str()) => {
                let id = name.id.as_str();
                let qualified = format!("{id}.{attr}");
                let is_module = matches!(self.scope.names.get(id), Some(ModuleName::Module(_)));
                (is_module || self.scope.names.contains_key(&qualified)).then_some(qualified)
            }
            ast::Expr::Attribute(_) => {
                let qualified = format!("{}.{attr}", self.qualified_name(&attribute.value)?);
                self.scope
                    .names
                    .contains_key(&qualified)
                    .then_some(qualified)
            }
            _ => None,
        }
    }

    /// Reports `module.name` that the module does not define: CPython's AttributeError, or
    /// for krait's version of a standard library module, a name it lacks.
    fn no_module_attribute(&mut self, qualified: &str, node: &impl Ranged) -> ExprKind {
        let (bound, attr) = qualified.split_once('.').expect("qualified");
        let module = match self.scope.names.get(bound) {
            Some(&ModuleName::Module(i)) => self.resolver.user_modules[i as usize].as_str(),
            _ => bound,
        };
        if self.resolver.library_modules.iter().any(|m| m == module) {
            let feature = format!("`{module}.{attr}` (krait's `{module}` lacks it)");
            return self.unsupported_expr(node, &feature);
        }
        let message = format!("module '{module}' has no attribute '{attr}'");
        self.error_expr(node, &message)
    }

    fn names_builtin(&self, expr: &ast::Expr, builtin: &str) -> bool {
        matches!(expr, ast::Expr::Name(name) if name.id.as_str() == builtin
            && !self.locals.contains_key(builtin)
            && !self.scope.names.contains_key(builtin))
    }

    pub(crate) fn expr(&mut self, expr: &ast::Expr) -> ExprId {
        let span = self.span(expr);
        if let ast::Expr::Compare(compare) = expr {
            if let Some(contains) = self.range_contains(compare, span) {
                return contains;
            }
        }
        let kind = self.expr_kind(expr, span);
        self.alloc(kind, span)
    }

    fn expr_kind(&mut self, expr: &ast::Expr, span: Span) -> ExprKind {
        match expr {
            ast::Expr::NumberLiteral(number) => match &number.value {
                ast::Number::Int(int) => match int.as_i64() {
                    Some(value) => ExprKind::Int(value),
                    None => {
                        self.unsupported(expr, "integer literals beyond 64 bits");
                        ExprKind::Int(0)
                    }
                },
                ast::Number::Float(value) => ExprKind::Float(*value),
                ast::Number::Complex { .. } => {
                    self.unsupported(expr, "complex numbers");
                    ExprKind::None
                }
            },
            ast::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            ast::Expr::NoneLiteral(_) => ExprKind::None,
            ast::Expr::StringLiteral(s) => ExprKind::Str(s.value.to_str().to_owned()),
            ast::Expr::Name(name) => self.name(name, span),
            ast::Expr::BinOp(bin)
                if bin.op == ast::Operator::Mod
                    && matches!(*bin.left, ast::Expr::StringLiteral(_)) =>
            {
                let ast::Expr::StringLiteral(template) = &*bin.left else {
                    unreachable!("matched above")
                };
                self.percent_format(template.value.to_str(), &bin.right, expr)
            }
            ast::Expr::BinOp(bin) => {
                let lhs = self.expr(&bin.left);
                let rhs = self.expr(&bin.right);
                ExprKind::Binary {
                    op: binop(bin.op),
                    lhs,
                    rhs,
                }
            }
            ast::Expr::UnaryOp(unary) => {
                let operand = self.expr(&unary.operand);
                let op = match unary.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                ExprKind::Unary { op, operand }
            }
            ast::Expr::BoolOp(bool_op) => {
                let values = bool_op.values.iter().map(|v| self.expr(v)).collect();
                let op = match bool_op.op {
                    ast::BoolOp::And => LogicalOp::And,
                    ast::BoolOp::Or => LogicalOp::Or,
                };
                ExprKind::Logical { op, values }
            }
            ast::Expr::Compare(compare) => {
                if let Some(test) = self.type_is(compare) {
                    return test;
                }
                let left = self.expr(&compare.left);
                let mut ops = Vec::new();
                for op in &compare.ops {
                    ops.push(match op {
                        ast::CmpOp::Eq => CmpOp::Eq,
                        ast::CmpOp::NotEq => CmpOp::NotEq,
                        ast::CmpOp::Lt => CmpOp::Lt,
                        ast::CmpOp::LtE => CmpOp::LtE,
                        ast::CmpOp::Gt => CmpOp::Gt,
                        ast::CmpOp::GtE => CmpOp::GtE,
                        ast::CmpOp::Is => CmpOp::Is,
                        ast::CmpOp::IsNot => CmpOp::IsNot,
                        ast::CmpOp::In => CmpOp::In,
                        ast::CmpOp::NotIn => CmpOp::NotIn,
                    });
                }
                let comparators = compare.comparators.iter().map(|c| self.expr(c)).collect();
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                }
            }
            ast::Expr::If(if_) => {
                let test = self.expr(&if_.test);
                let body = self.expr(&if_.body);
                let orelse = self.expr(&if_.orelse);
                ExprKind::IfElse { test, body, orelse }
            }
            ast::Expr::Call(call) => self.call(call, span),
            // `Color.RED`: the member, a global of the enum's generated module.
            ast::Expr::Attribute(attribute)
                if self
                    .qualified_name(expr)
                    .is_some_and(|id| matches!(self.scope.names.get(&id), Some(ModuleName::Global(_)))) =>
            {
                let id = self.qualified_name(expr).expect("checked");
                self.name_of(&id, expr, span)
            }
            ast::Expr::Attribute(attribute) if self.class_named(&attribute.value).is_some() => {
                let class = self.class_named(&attribute.value).expect("checked");
                match self.class_attr(class, attribute.attr.as_str()) {
                    Some(global) => ExprKind::Global(global),
                    None if attribute.attr.as_str() == "__name__" => {
                        ExprKind::Str(self.resolver.classes[class.index()].name.clone())
                    }
                    None => {
                        let message = format!(
                            "type object '{}' has no attribute '{}'",
                            self.resolver.classes[class.index()].name,
                            attribute.attr.as_str()
                        );
                        self.error_expr(expr, &message)
                    }
                }
            }
            ast::Expr::Attribute(_) if self.qualified_name(expr).is_some() => {
                let id = self.qualified_name(expr).expect("checked");
                if !self.scope.names.contains_key(&id) {
                    return self.no_module_attribute(&id, expr);
                }
                self.name_of(&id, expr, span)
            }
            ast::Expr::Attribute(attribute) if self.names_builtin(&attribute.value, "str") => {
                let method = attribute.attr.as_str().to_owned();
                let name = format!("str.{method}");
                self.builtin_value(&name, span, |receiver| ExprKind::MethodCall {
                    receiver,
                    method,
                    args: Vec::new(),
                    keywords: Vec::new(),
                })
            }
            ast::Expr::Attribute(attribute) => {
                if attribute.attr.as_str() == "__name__" {
                    if let ast::Expr::Call(call) = &*attribute.value {
                        if self.names_builtin(&call.func, "type")
                            && call.arguments.keywords.is_empty()
                            && call.arguments.args.len() == 1
                        {
                            let value = self.expr(&call.arguments.args[0]);
                            return ExprKind::TypeName(value);
                        }
                    }
                    // `x.__class__.__name__` is `type(x).__name__`.
                    if let ast::Expr::Attribute(inner) = &*attribute.value {
                        if inner.attr.as_str() == "__class__" {
                            let value = self.expr(&inner.value);
                            return ExprKind::TypeName(value);
                        }
                    }
                }
                if matches!(&*attribute.value, ast::Expr::Name(name)
                    if !self.locals.contains_key(name.id.as_str())
                        && matches!(self.scope.names.get(name.id.as_str()), Some(ModuleName::StringModule)))
                {
                    return match crate::string_constant(attribute.attr.as_str()) {
                        Some(text) => ExprKind::Str(text.to_owned()),
                        None => self.unsupported_expr(expr, &format!("`string.{}`", attribute.attr)),
                    };
                }
                if self.is_math(&attribute.value) {
                    return match crate::math_constant(attribute.attr.as_str()) {
                        Some(value) => ExprKind::Float(value),
                        None => self.unsupported_expr(expr, &format!("`math.{}`", attribute.attr)),
                    };
                }
                if self.is_sys(&attribute.value) {
                    if attribute.attr.as_str() == "argv" {
                        return ExprKind::SysArgv;
                    }
                    if let Some(func) = self.stdin_function(expr, "lines") {
                        // `sys.stdin` iterated: the generator of its lines.
                        return ExprKind::Call {
                            callee: Callee::Func(func),
                            args: Vec::new(),
                            keywords: Vec::new(),
                        };
                    }
                    return self.unsupported_expr(expr, &format!("`sys.{}`", attribute.attr));
                }
                let value = self.expr(&attribute.value);
                ExprKind::Attribute {
                    value,
                    attr: attribute.attr.as_str().to_owned(),
                }
            }
            ast::Expr::Subscript(subscript) => {
                // `Color["RED"]`: the member of that name.
                if let ast::Expr::Name(name) = &*subscript.value
                    && !self.locals.contains_key(name.id.as_str())
                    && let Some(&ModuleName::Func(func)) = self.scope.names.get(name.id.as_str())
                    && let Some(functions) = self.enum_functions(func)
                {
                    let by_name = functions.by_name;
                    let key = self.expr(&subscript.slice);
                    return ExprKind::Call {
                        callee: Callee::Func(by_name),
                        args: vec![key],
                        keywords: Vec::new(),
                    };
                }
                if let ast::Expr::Slice(slice) = &*subscript.slice {
                    let value = self.expr(&subscript.value);
                    let bounds = self.slice_bounds(slice);
                    return ExprKind::Slice { value, bounds };
                }
                let value = self.expr(&subscript.value);
                let index = self.expr(&subscript.slice);
                ExprKind::Subscript { value, index }
            }
            ast::Expr::FString(fstring) => {
                let mut parts = Vec::new();
                for part in fstring.value.iter() {
                    match part {
                        ast::FStringPart::Literal(literal) => {
                            parts.push(FStringPart::Literal(literal.as_str().to_owned()))
                        }
                        ast::FStringPart::FString(f) => {
                            self.fstring_elements(&f.elements, &mut parts)
                        }
                    }
                }
                ExprKind::FString(parts)
            }
            ast::Expr::Named(named) => {
                let value = self.expr(&named.value);
                let ast::Expr::Name(name) = &*named.target else {
                    return self
                        .error_expr(expr, "cannot use assignment expressions with this target");
                };
                match self.place(name) {
                    Some(place) => ExprKind::AssignExpr { place, value },
                    None => ExprKind::None,
                }
            }
            ast::Expr::Lambda(lambda) => self.lambda(lambda, span),
            ast::Expr::Dict(dict) if dict.items.iter().any(|item| item.key.is_none()) => {
                self.unpacking_dict(&dict.items, span)
            }
            ast::Expr::Dict(dict) => {
                let mut entries = Vec::new();
                for item in &dict.items {
                    let key = self.expr(item.key.as_ref().expect("no `**`"));
                    entries.push((key, self.expr(&item.value)));
                }
                ExprKind::Dict(entries)
            }
            ast::Expr::Set(set) => {
                if set.elts.iter().any(|e| e.is_starred_expr()) {
                    return self.unpacking_display(&set.elts, Built::Set, span);
                }
                ExprKind::Set(set.elts.iter().map(|e| self.expr(e)).collect())
            }
            ast::Expr::ListComp(comp) => {
                self.list_comp(Shape::List, &comp.elt, &comp.generators, span, ("<listcomp>", span))
            }
            ast::Expr::SetComp(comp) => {
                self.list_comp(Shape::Set, &comp.elt, &comp.generators, span, ("<setcomp>", span))
            }
            ast::Expr::DictComp(comp) => match &comp.key {
                Some(key) => self.list_comp(
                    Shape::Dict(&comp.value),
                    key,
                    &comp.generators,
                    span,
                    ("<dictcomp>", span),
                ),
                None => self.unsupported_expr(expr, "`**` in dict comprehensions"),
            },
            ast::Expr::Generator(generator) => {
                let span = self.span(expr);
                self.generator_expr(generator, span)
            }
            ast::Expr::Await(_) => self.unsupported_expr(expr, "`await`"),
            ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => {
                self.unsupported_expr(expr, "`yield` inside an expression (only as a statement or the whole value of an assignment)")
            }
            ast::Expr::TString(_) => self.unsupported_expr(expr, "template strings"),
            ast::Expr::BytesLiteral(bytes) => ExprKind::Bytes(bytes.value.bytes().collect()),
            ast::Expr::EllipsisLiteral(_) => self.unsupported_expr(expr, "`...` as a value"),
            ast::Expr::Starred(_) => self.unsupported_expr(expr, "starred expressions"),
            ast::Expr::List(list) => {
                if list.elts.iter().any(|e| e.is_starred_expr()) {
                    return self.unpacking_display(&list.elts, Built::List, span);
                }
                ExprKind::List(list.elts.iter().map(|e| self.expr(e)).collect())
            }
            ast::Expr::Tuple(tuple) => {
                if let Some(starred) = tuple.elts.iter().find(|e| e.is_starred_expr()) {
                    return self.unsupported_expr(starred, "starred expressions");
                }
                ExprKind::Tuple(tuple.elts.iter().map(|e| self.expr(e)).collect())
            }
            ast::Expr::Slice(_) => self.unsupported_expr(expr, "slicing"),
            ast::Expr::IpyEscapeCommand(_) => {
                self.syntax_error(expr, "IPython escape commands are not Python");
                ExprKind::None
            }
        }
    }

    /// `"template" % args`, as the f-string the template describes.
    fn percent_format(&mut self, template: &str, args: &ast::Expr, whole: &ast::Expr) -> ExprKind {
        let pieces = match crate::template::parse_percent(template) {
            Ok(pieces) => pieces,
            Err(feature) => return self.unsupported_expr(whole, &feature),
        };
        let n_fields = pieces
            .iter()
            .filter(|p| matches!(p, crate::template::Piece::Field { .. }))
            .count();
        let (values, single) = match args {
            ast::Expr::Tuple(tuple) if !tuple.elts.iter().any(|e| e.is_starred_expr()) => {
                let values: Vec<ExprId> = tuple.elts.iter().map(|e| self.expr(e)).collect();
                (values, false)
            }
            _ if n_fields == 1 => (vec![self.expr(args)], true),
            _ if n_fields == 0 => {
                let message = "not all arguments converted during string formatting";
                return self.error_expr(whole, message);
            }
            _ => {
                return self.unsupported_expr(
                    whole,
                    "`%` formatting with a tuple that is not written out",
                );
            }
        };
        if values.len() != n_fields {
            let message = if values.len() < n_fields {
                "not enough arguments for format string"
            } else {
                "not all arguments converted during string formatting"
            };
            return self.error_expr(whole, message);
        }
        let span = self.span(whole);
        let mut values = values.into_iter();
        let mut parts = Vec::new();
        for piece in pieces {
            match piece {
                crate::template::Piece::Literal(text) => parts.push(FStringPart::Literal(text)),
                crate::template::Piece::Field {
                    conversion,
                    spec,
                    integer,
                    ..
                } => {
                    let value = values.next().expect("counted");
                    let value = self.alloc(
                        ExprKind::PercentArg {
                            value,
                            integer,
                            single,
                        },
                        span,
                    );
                    parts.push(FStringPart::Value {
                        value,
                        conversion,
                        spec: spec_parts(spec),
                    });
                }
            }
        }
        ExprKind::FString(parts)
    }

    /// `"template".format(args)`, as the f-string the template describes. Arguments used out
    /// of order, twice or not at all must be names or constants (evaluating them is harmless).
    fn brace_format(&mut self, template: &str, call: &ast::ExprCall) -> ExprKind {
        let whole = call;
        let pieces = match crate::template::parse_brace(template) {
            Ok(pieces) => pieces,
            Err(feature) => return self.unsupported_expr(whole, &feature),
        };
        if call.arguments.args.iter().any(|a| a.is_starred_expr())
            || call.arguments.keywords.iter().any(|k| k.arg.is_none())
        {
            return self.unsupported_expr(whole, "`*` or `**` arguments to `format`");
        }
        let positional: Vec<&ast::Expr> = call.arguments.args.iter().collect();
        let named: Vec<(&str, &ast::Expr)> = call
            .arguments
            .keywords
            .iter()
            .map(|k| (k.arg.as_ref().map_or("", |a| a.as_str()), &k.value))
            .collect();
        // Which argument each field takes: positional ones by index, then named ones.
        let mut next = 0;
        let (mut automatic, mut manual) = (false, false);
        let mut order = Vec::new();
        for piece in &pieces {
            let crate::template::Piece::Field { arg, .. } = piece else {
                continue;
            };
            let index = match arg {
                crate::template::FieldRef::Next => {
                    automatic = true;
                    next += 1;
                    next - 1
                }
                crate::template::FieldRef::Index(i) => {
                    manual = true;
                    *i
                }
                crate::template::FieldRef::Name(name) => {
                    match named.iter().position(|(n, _)| n == name) {
                        Some(k) => positional.len() + k,
                        None => {
                            let message =
                                format!("KeyError: '{name}' (no such argument to `format`)");
                            return self.error_expr(whole, &message);
                        }
                    }
                }
            };
            if index >= positional.len() + named.len()
                || (index >= positional.len() && !matches!(arg, crate::template::FieldRef::Name(_)))
            {
                let message =
                    format!("Replacement index {index} out of range for positional args tuple");
                return self.error_expr(whole, &message);
            }
            order.push(index);
        }
        if automatic && manual {
            let message =
                "cannot switch between automatic field numbering and manual field specification";
            return self.error_expr(whole, message);
        }
        let all: Vec<&ast::Expr> = positional
            .iter()
            .copied()
            .chain(named.iter().map(|(_, v)| *v))
            .collect();
        let in_order = order.iter().copied().eq(0..all.len());
        let harmless = |e: &ast::Expr| {
            matches!(
                e,
                ast::Expr::Name(_)
                    | ast::Expr::StringLiteral(_)
                    | ast::Expr::NumberLiteral(_)
                    | ast::Expr::BooleanLiteral(_)
                    | ast::Expr::NoneLiteral(_)
            )
        };
        if !in_order && !all.iter().all(|e| harmless(e)) {
            return self.unsupported_expr(
                whole,
                "`format` arguments used out of order, twice or not at all, unless they are names or constants",
            );
        }
        let mut parts = Vec::new();
        let mut fields = order.into_iter();
        for piece in pieces {
            match piece {
                crate::template::Piece::Literal(text) => parts.push(FStringPart::Literal(text)),
                crate::template::Piece::Field {
                    conversion, spec, ..
                } => {
                    let index = fields.next().expect("one index per field");
                    let value = self.expr(all[index]);
                    parts.push(FStringPart::Value {
                        value,
                        conversion,
                        spec: spec_parts(spec),
                    });
                }
            }
        }
        ExprKind::FString(parts)
    }

    /// Reports a call or operation CPython rejects, at compile time.
    fn error_expr(&mut self, expr: &impl Ranged, message: &str) -> ExprKind {
        let diagnostic = Diagnostic::error(Code::BadCall, self.span(expr), message.to_owned())
            .with_label("here");
        self.resolver.error(diagnostic);
        ExprKind::None
    }

    fn unsupported_expr(&mut self, expr: &impl Ranged, feature: &str) -> ExprKind {
        self.unsupported(expr, feature);
        ExprKind::None
    }

    fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        parts: &mut Vec<FStringPart>,
    ) {
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => {
                    parts.push(FStringPart::Literal(literal.value.to_string()))
                }
                ast::InterpolatedStringElement::Interpolation(interpolation) => {
                    // `{expr=}` writes its own text first, then the value (by its repr unless
                    // a conversion or format spec is given).
                    if let Some(debug) = &interpolation.debug_text {
                        parts.push(FStringPart::Literal(debug.as_str().to_owned()));
                    }
                    let value = self.expr(&interpolation.expression);
                    let conversion = match interpolation.conversion {
                        ast::ConversionFlag::None
                            if interpolation.debug_text.is_some()
                                && interpolation.format_spec.is_none() =>
                        {
                            Conversion::Repr
                        }
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => {
                            self.unsupported(interpolation, "`!a` conversions");
                            Conversion::Repr
                        }
                    };
                    let mut spec = Vec::new();
                    if let Some(format_spec) = &interpolation.format_spec {
                        self.fstring_elements(&format_spec.elements, &mut spec);
                    }
                    parts.push(FStringPart::Value {
                        value,
                        conversion,
                        spec,
                    });
                }
            }
        }
    }

    /// A default of a nested function must be a constant: krait keeps one value per
    /// function, CPython one per function object (a lambda captures its defaults instead).
    /// The hidden variables (made here) keeping the defaults of the nested function `id`
    /// that are not constants: each function object keeps the value its `def` computed, so
    /// the function captures it, and direct calls that leave the parameter out pass it.
    fn nested_default_variables(&mut self, def: &ast::StmtFunctionDef, id: FuncId) -> Vec<String> {
        let mut kept = Vec::new();
        for param in declared_params(def) {
            let Some(default) = &param.default else {
                continue;
            };
            if is_constant(default) {
                continue;
            }
            let name = param.parameter.name.as_str();
            let hidden = format!("<{}.default.{name}>", def.name.as_str());
            if !self.locals.contains_key(&hidden) {
                self.new_local(hidden.clone());
            }
            let signature = self.resolver.signatures.get_mut(&id).expect("declared");
            let index = signature.params.iter().position(|p| p == name);
            let index = index.expect("a declared parameter");
            signature.defaults[index] = None;
            kept.push((index, hidden));
        }
        let names = kept.iter().map(|(_, hidden)| hidden.clone()).collect();
        self.resolver.nested_defaults.insert(id, kept);
        names
    }

    /// Evaluates the defaults of the nested function `id` that are not constants into their
    /// hidden variables, where its `def` runs.
    fn nested_defaults(&mut self, def: &ast::StmtFunctionDef, id: FuncId, out: &mut Vec<Stmt>) {
        let kept = self
            .resolver
            .nested_defaults
            .get(&id)
            .cloned()
            .unwrap_or_default();
        let defaults = declared_params(def).filter_map(|p| p.default.as_deref());
        let defaults = defaults.filter(|d| !is_constant(d));
        for (default, (_, hidden)) in defaults.zip(kept) {
            let value = self.expr(default);
            let local = self.locals[&hidden];
            out.push(Stmt::Assign {
                targets: vec![Target::Place(Place::Local(local), self.span(default))],
                value,
            });
        }
    }

    /// A lambda, as a function of its own returning its expression.
    fn lambda(&mut self, lambda: &ast::ExprLambda, span: Span) -> ExprKind {
        let mut params = Vec::new();
        let mut defaults = Vec::new();
        // Defaults that are not constants: evaluated here, captured by the lambda.
        let mut captured_defaults = Vec::new();
        if let Some(parameters) = &lambda.parameters {
            if parameters.vararg.is_some()
                || parameters.kwarg.is_some()
                || !parameters.kwonlyargs.is_empty()
            {
                return self
                    .unsupported_expr(lambda.body.as_ref(), "lambdas with these parameters");
            }
            for param in parameters.posonlyargs.iter().chain(&parameters.args) {
                params.push(param.parameter.name.as_str().to_owned());
                let Some(default) = &param.default else {
                    defaults.push(None);
                    continue;
                };
                if !is_constant(default) {
                    let value = self.expr(default);
                    captured_defaults.push((params.len() - 1, value));
                    defaults.push(None);
                    continue;
                }
                // A constant: the module sets the global its calls read before it runs.
                let name = format!("<lambda>.default.{}", param.parameter.name.as_str());
                let global = self.resolver.new_global(name);
                self.resolver
                    .constant_defaults
                    .push((global, (**default).clone()));
                defaults.push(Some(global));
            }
        }
        let id = FuncId(self.resolver.funcs.len() as u32);
        self.resolver.funcs.push(None);
        self.resolver.signatures.insert(
            id,
            crate::Signature {
                params: params.clone(),
                defaults: defaults.clone(),
                keyword_only: 0,
                vararg: false,
            },
        );
        let kind = if self.is_runtime() {
            FuncKind::Runtime
        } else {
            FuncKind::User
        };
        let mentioned = names_in([&*lambda.body]);
        let captures = self.captures_of(&mentioned, &params);
        self.resolver.captures.insert(id, captures.clone());
        let mut capture_reads = self.capture_reads(&captures, span);
        let cells = self.cells.clone();
        let mut ctx = self.nested(new_function("<lambda>".to_owned(), kind, span));
        for (name, default) in params.into_iter().zip(defaults) {
            let local = ctx.new_local(name.clone());
            ctx.func.params.push(Param {
                name,
                local,
                default,
                annotation: None,
            });
        }
        let n_captures = captures.len();
        ctx.capture_params(captures, &cells);
        for (j, &(param, _)) in captured_defaults.iter().enumerate() {
            let name = format!("<default {}>", ctx.func.params[param].name);
            let local = ctx.new_local(name.clone());
            ctx.func.params.push(Param {
                name,
                local,
                default: None,
                annotation: None,
            });
            ctx.func.captured_defaults.push((param, n_captures + j));
        }
        let body = ctx.expr(&lambda.body);
        ctx.func.body = vec![Stmt::Return(Some(body), span)];
        let func = ctx.func;
        self.resolver.funcs[id.index()] = Some(func);
        capture_reads.extend(captured_defaults.into_iter().map(|(_, value)| value));
        ExprKind::Lambda {
            func: id,
            captures: capture_reads,
        }
    }

    /// A builtin used as a value: a function of one parameter whose body applies it, made once
    /// per program (named `<len>`, say, and so never a name to check for being bound).
    fn builtin_value(
        &mut self,
        name: &str,
        span: Span,
        apply: impl FnOnce(ExprId) -> ExprKind,
    ) -> ExprKind {
        if let Some(&func) = self.resolver.builtin_values.get(name) {
            return ExprKind::Lambda {
                func,
                captures: Vec::new(),
            };
        }
        let id = FuncId(self.resolver.funcs.len() as u32);
        self.resolver.funcs.push(None);
        self.resolver.signatures.insert(
            id,
            crate::Signature {
                params: vec!["x".to_owned()],
                defaults: vec![None],
                keyword_only: 0,
                vararg: false,
            },
        );
        let kind = if self.is_runtime() {
            FuncKind::Runtime
        } else {
            FuncKind::User
        };
        let mut ctx = BodyCtx {
            resolver: &mut *self.resolver,
            scope: self.scope,
            func: new_function(format!("<{name}>"), kind, span),
            locals: FxHashMap::default(),
            is_module: false,
            loop_depth: 0,
            handler_names: Vec::new(),
            handling: 0,
            guarded: 0,
            comp_scopes: Vec::new(),
            enclosing: Vec::new(),
            local_funcs: FxHashMap::default(),
            cells: Vec::new(),
        };
        let local = ctx.new_local("x".to_owned());
        ctx.func.params.push(Param {
            name: "x".to_owned(),
            local,
            default: None,
            annotation: None,
        });
        let param = ctx.alloc(ExprKind::Local(local), span);
        let body = apply(param);
        let body = ctx.alloc(body, span);
        ctx.func.body = vec![Stmt::Return(Some(body), span)];
        let func = ctx.func;
        self.resolver.funcs[id.index()] = Some(func);
        self.resolver.builtin_values.insert(name.to_owned(), id);
        ExprKind::Lambda {
            func: id,
            captures: Vec::new(),
        }
    }

    /// `super().__init__(args)` in a method of an exception class whose bases define no
    /// `__init__`: BaseException's, which sets the exception's text.
    fn exception_super_init(&mut self, expr: &ast::Expr) -> Option<Vec<Stmt>> {
        let FuncKind::Method(class) = self.func.kind else {
            return None;
        };
        let classes = &self.resolver.classes;
        classes[class.index()].exception?;
        let mut ancestor = classes[class.index()].base;
        while let Some(c) = ancestor {
            if classes[c.index()].own_method("__init__").is_some() {
                return None;
            }
            ancestor = classes[c.index()].base;
        }
        let ast::Expr::Call(call) = expr else {
            return None;
        };
        let ast::Expr::Attribute(attribute) = &*call.func else {
            return None;
        };
        let ast::Expr::Call(inner) = &*attribute.value else {
            return None;
        };
        if attribute.attr.as_str() != "__init__"
            || !self.names_builtin(&inner.func, "super")
            || !inner.arguments.args.is_empty()
            || !call.arguments.keywords.is_empty()
            || call.arguments.args.iter().any(|a| a.is_starred_expr())
        {
            return None;
        }
        let receiver = self.func.params.first()?.local;
        let span = self.span(expr);
        let args = call.arguments.args.iter().map(|a| self.expr(a)).collect();
        let args = self.alloc(ExprKind::Tuple(args), span);
        let keep = self.resolver.reads_args;
        self.resolver.base_init_classes.insert(class);
        Some(exception_fields(receiver, args, keep, span, &mut |kind| {
            self.alloc(kind, span)
        }))
    }

    /// `super().method(args)` in a method.
    fn super_call(
        &mut self,
        inner: &ast::ExprCall,
        method: &str,
        call: &ast::ExprCall,
    ) -> ExprKind {
        let FuncKind::Method(class) = self.func.kind else {
            return self.unsupported_expr(&*call.func, "`super()` outside a method");
        };
        if !inner.arguments.args.is_empty() || !inner.arguments.keywords.is_empty() {
            return self.unsupported_expr(&*call.func, "`super()` with arguments");
        }
        let Some(receiver) = self.func.params.first().map(|p| p.local) else {
            return self.unsupported_expr(&*call.func, "`super()` in a method without parameters");
        };
        let args = call.arguments.args.iter().map(|a| self.expr(a)).collect();
        ExprKind::SuperCall {
            class,
            receiver,
            method: method.to_owned(),
            args,
        }
    }

    /// `issubclass(C, D)` or `issubclass(C, (D, E))` of the program's classes (and `object`, and
    /// the built-in exceptions they derive from): classes are known when the program compiles,
    /// so this is a constant.
    fn issubclass(&mut self, class: &ast::Expr, classes: &ast::Expr) -> ExprKind {
        let Some(class) = self.class_named(class) else {
            return self
                .unsupported_expr(class, "`issubclass` of what is not a class of the program");
        };
        let names: Vec<&ast::Expr> = match classes {
            ast::Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            other => vec![other],
        };
        let mut result = false;
        for name in names {
            if let Some(ancestor) = self.class_named(name) {
                result |= self.resolver.classes[class.index()].mro.contains(&ancestor);
            } else if self.names_builtin(name, "object") {
                result = true;
            } else if let ast::Expr::Name(builtin) = name
                && let Some(exception) = krait_hir::BuiltinExc::from_name(builtin.id.as_str())
                && !self.locals.contains_key(builtin.id.as_str())
                && !self.scope.names.contains_key(builtin.id.as_str())
            {
                result |= self.resolver.classes[class.index()]
                    .exception
                    .is_some_and(|e| e.is_subclass(exception));
            } else {
                return self.unsupported_expr(
                    name,
                    "`issubclass` of what is not a class of the program, `object` or a built-in exception",
                );
            }
        }
        ExprKind::Bool(result)
    }

    /// `isinstance(value, C)` or `isinstance(value, (C, D))` with classes or builtin types.
    fn isinstance(&mut self, value: &ast::Expr, classes: &ast::Expr) -> ExprKind {
        let names: Vec<&ast::Expr> = match classes {
            ast::Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            other => vec![other],
        };
        let mut types = Vec::new();
        for name in names {
            if let (ast::Expr::Attribute(_), Some(class)) = (name, self.class_named(name)) {
                types.push(TypeName::Class(class));
                continue;
            }
            let ast::Expr::Name(n) = name else {
                return self.unsupported_expr(name, "this type in `isinstance`");
            };
            let id = n.id.as_str();
            let found = match self.scope.names.get(id) {
                Some(&ModuleName::Func(f)) => self
                    .resolver
                    .classes
                    .iter()
                    .position(|c| c.constructor == f)
                    .map(|i| TypeName::Class(ClassId(i as u32))),
                Some(_) => None,
                None => match id {
                    "int" => Some(TypeName::Int),
                    "float" => Some(TypeName::Float),
                    "bool" => Some(TypeName::Bool),
                    "str" => Some(TypeName::Str),
                    "list" => Some(TypeName::List),
                    "dict" => Some(TypeName::Dict),
                    "set" => Some(TypeName::Set),
                    "frozenset" => Some(TypeName::FrozenSet),
                    "tuple" => Some(TypeName::Tuple),
                    _ => BuiltinExc::from_name(id).map(TypeName::Exception),
                },
            };
            match found {
                Some(t) => types.push(t),
                None => return self.unsupported_expr(name, "this type in `isinstance`"),
            }
        }
        let value = self.expr(value);
        ExprKind::IsInstance {
            value,
            classes: types,
            exact: false,
        }
    }

    /// `type(value) is C` (`==`, and negated by `is not` and `!=`) for a class or builtin type
    /// `C` that `isinstance` takes: whether the value's class is exactly `C`.
    fn type_is(&mut self, compare: &ast::ExprCompare) -> Option<ExprKind> {
        let ([op], [class]) = (&compare.ops[..], &compare.comparators[..]) else {
            return None;
        };
        let negated = match op {
            ast::CmpOp::Is | ast::CmpOp::Eq => false,
            ast::CmpOp::IsNot | ast::CmpOp::NotEq => true,
            _ => return None,
        };
        let ast::Expr::Call(call) = &*compare.left else {
            return None;
        };
        let [value] = &call.arguments.args[..] else {
            return None;
        };
        if !self.names_builtin(&call.func, "type")
            || !call.arguments.keywords.is_empty()
            || value.is_starred_expr()
            || matches!(class, ast::Expr::Tuple(_))
        {
            return None;
        }
        let type_of = |expr: &ast::Expr| match expr {
            ast::Expr::Call(call)
                if self.names_builtin(&call.func, "type")
                    && call.arguments.keywords.is_empty()
                    && matches!(&call.arguments.args[..], [arg] if !arg.is_starred_expr()) =>
            {
                Some(call.arguments.args[0].clone())
            }
            _ => None,
        };
        let mut test = match type_of(class) {
            Some(other) => {
                let (a, b) = (self.expr(value), self.expr(&other));
                ExprKind::SameType(a, b)
            }
            None => self.isinstance(value, class),
        };
        if let ExprKind::IsInstance { exact, .. } = &mut test {
            *exact = true;
        }
        if !negated {
            return Some(test);
        }
        let span = self.span(compare);
        let operand = self.alloc(test, span);
        Some(ExprKind::Unary {
            op: UnaryOp::Not,
            operand,
        })
    }

    fn slice_bounds(&mut self, slice: &ast::ExprSlice) -> SliceBounds {
        SliceBounds {
            lower: slice.lower.as_deref().map(|e| self.expr(e)),
            upper: slice.upper.as_deref().map(|e| self.expr(e)),
            step: slice.step.as_deref().map(|e| self.expr(e)),
        }
    }

    fn comp_local(&self, name: &str) -> Option<LocalId> {
        self.comp_scopes
            .iter()
            .rev()
            .find_map(|scope| scope.get(name).copied())
    }

    /// A comprehension's loop target: fresh locals in the innermost comprehension scope.
    fn comp_target(&mut self, expr: &ast::Expr) -> Option<Target> {
        match expr {
            ast::Expr::Name(name) => {
                let id = self.hidden_local(name.id.as_str());
                self.comp_scopes
                    .last_mut()
                    .expect("inside a comprehension")
                    .insert(name.id.as_str().to_owned(), id);
                Some(Target::Place(Place::Local(id), self.span(name)))
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let targets: Option<Vec<_>> = elts.iter().map(|e| self.comp_target(e)).collect();
                targets.map(|t| Target::Tuple(t, self.span(expr)))
            }
            _ => {
                self.unsupported(expr, "this comprehension target");
                None
            }
        }
    }

    /// `[elt for target in iter if cond ...]` as loops appending to a fresh list.
    /// A comprehension (or a generator expression consumed at once), which runs in a frame of
    /// its own: `frame` is that frame's name and what the enclosing frame's line marks.
    fn list_comp(
        &mut self,
        shape: Shape<'_>,
        elt_node: &ast::Expr,
        generators: &[ast::Comprehension],
        span: Span,
        frame: (&'static str, Span),
    ) -> ExprKind {
        self.comp_scopes.push(FxHashMap::default());
        let mut levels = Vec::new();
        for generator in generators {
            if generator.is_async {
                self.unsupported(generator, "`async for` in comprehensions");
            }
            // The iterable is evaluated before the target is bound.
            let iter = self.comp_iter(&generator.iter);
            let target = self.comp_target(&generator.target);
            let conditions: Vec<ExprId> = generator.ifs.iter().map(|c| self.expr(c)).collect();
            levels.push((iter, target, conditions));
        }
        let elt = self.expr(elt_node);
        let value = match shape {
            Shape::Dict(value) => Some(self.expr(value)),
            _ => None,
        };
        self.comp_scopes.pop();
        let mut complete = Vec::new();
        for (iter, target, conditions) in levels {
            let (Some(iter), Some(target)) = (iter, target) else {
                return ExprKind::None;
            };
            if matches!(iter, CompIter::Range(..)) && !matches!(target, Target::Place(..)) {
                return self
                    .unsupported_expr(elt_node, "unpacking `range` values in a comprehension");
            }
            complete.push((iter, target, conditions));
        }
        let shape = match (shape, value) {
            (Shape::Dict(_), Some(value)) => Built::Dict(value),
            (Shape::Set, _) => Built::Set,
            (Shape::Any, _) => Built::Any,
            (Shape::All, _) => Built::All,
            _ => Built::List,
        };
        let outer = match complete.first() {
            Some((CompIter::Range(start, stop, step, _), ..)) => vec![*start, *stop, *step],
            Some((CompIter::Each(iter, _, start), ..)) => {
                std::iter::once(*iter).chain(*start).collect()
            }
            None => Vec::new(),
        };
        match self.comprehension(complete, elt, shape, span) {
            ExprKind::Comprehension {
                stmts,
                result,
                iterator,
                ..
            } => ExprKind::Comprehension {
                stmts,
                result,
                iterator,
                frame: Some(CompFrame {
                    name: frame.0,
                    outer,
                    span: frame.1,
                }),
            },
            other => other,
        }
    }

    /// `list(iterable)` or `set(iterable)`, as the comprehension `[item for item in iterable]`
    /// or `{item for item in iterable}`.
    fn collection_of(&mut self, iterable: &ast::Expr, shape: Built, span: Span) -> ExprKind {
        if let ast::Expr::Generator(generator) = iterable {
            // The generator is consumed at once: it gives what the comprehension would.
            let shape = if matches!(shape, Built::Set) {
                Shape::Set
            } else {
                Shape::List
            };
            let frame = ("<genexpr>", span);
            return self.list_comp(shape, &generator.elt, &generator.generators, span, frame);
        }
        let Some(iter) = self.comp_iter(iterable) else {
            return ExprKind::None;
        };
        let item = self.hidden_local("<item>");
        let elt = self.alloc(ExprKind::Local(item), span);
        let target = Target::Place(Place::Local(item), span);
        self.comprehension(vec![(iter, target, Vec::new())], elt, shape, span)
    }

    /// A dict display with `**mapping` items, `{**a, k: v, **b}`: a dict made from the items
    /// before the first `**` (a copy of that mapping when it comes first), then updated with
    /// each mapping and set each key, left to right.
    fn unpacking_dict(&mut self, items: &[ast::DictItem], span: Span) -> ExprKind {
        let result = self.hidden_local("<dict>");
        let read = |this: &mut Self| this.alloc(ExprKind::Local(result), span);
        let leading = items.iter().take_while(|item| item.key.is_some()).count();
        let first = if leading == 0 {
            let mapping = self.expr(&items[0].value);
            self.alloc(ExprKind::DictOf(mapping), span)
        } else {
            let entries = items[..leading]
                .iter()
                .map(|item| {
                    let key = self.expr(item.key.as_ref().expect("leading"));
                    (key, self.expr(&item.value))
                })
                .collect();
            self.alloc(ExprKind::Dict(entries), span)
        };
        let mut stmts = vec![Stmt::Assign {
            targets: vec![Target::Place(Place::Local(result), span)],
            value: first,
        }];
        let rest = if leading == 0 {
            &items[1..]
        } else {
            &items[leading..]
        };
        for item in rest {
            match &item.key {
                None => {
                    let receiver = read(self);
                    let mapping = self.expr(&item.value);
                    let update = self.alloc(
                        ExprKind::MethodCall {
                            receiver,
                            method: "update".to_owned(),
                            args: vec![mapping],
                            keywords: Vec::new(),
                        },
                        self.span(&item.value),
                    );
                    stmts.push(Stmt::Expr(update));
                }
                Some(key) => {
                    let object = read(self);
                    let index = self.expr(key);
                    let value = self.expr(&item.value);
                    stmts.push(Stmt::Assign {
                        targets: vec![Target::Index {
                            object,
                            index,
                            span,
                        }],
                        value,
                    });
                }
            }
        }
        ExprKind::Comprehension {
            stmts,
            result,
            iterator: false,
            frame: None,
        }
    }

    /// A list or set display with `*iterable` elements, `[a, *xs, b, *ys]`: the pieces in
    /// order (runs of plain elements as displays, each `*iterable` as `list(iterable)` or
    /// `set(iterable)`) joined by `+` for a list or `|` for a set, which evaluates them left to
    /// right as CPython does.
    fn unpacking_display(&mut self, elements: &[ast::Expr], shape: Built, span: Span) -> ExprKind {
        let set = matches!(shape, Built::Set);
        let mut pieces: Vec<ExprKind> = Vec::new();
        let mut run: Vec<ExprId> = Vec::new();
        for element in elements {
            if let ast::Expr::Starred(starred) = element {
                if !run.is_empty() {
                    let plain = std::mem::take(&mut run);
                    pieces.push(if set {
                        ExprKind::Set(plain)
                    } else {
                        ExprKind::List(plain)
                    });
                }
                let shape = if set { Built::Set } else { Built::List };
                pieces.push(self.collection_of(&starred.value, shape, span));
            } else {
                run.push(self.expr(element));
            }
        }
        if !run.is_empty() {
            pieces.push(if set {
                ExprKind::Set(run)
            } else {
                ExprKind::List(run)
            });
        }
        let op = if set { BinOp::BitOr } else { BinOp::Add };
        let mut pieces = pieces.into_iter();
        let first = pieces.next().expect("a starred element makes a piece");
        pieces.fold(first, |joined, piece| {
            let lhs = self.alloc(joined, span);
            let rhs = self.alloc(piece, span);
            ExprKind::Binary { op, lhs, rhs }
        })
    }

    /// `dict()`, `dict(a=1, ...)`, or `dict(pairs)` of key-value pairs that cannot be a
    /// mapping (what `zip`, `enumerate`, `sorted`, `reversed`, `list`, `map`, `filter` or
    /// `x.items()` give, a display or a comprehension): a dict comprehension.
    fn dict_call(&mut self, call: &ast::ExprCall, span: Span) -> ExprKind {
        if call.arguments.keywords.iter().any(|k| k.arg.is_none()) {
            return self.unsupported_expr(call, "`dict(**mapping)`");
        }
        match &call.arguments.args[..] {
            [] => {
                let entries = call
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| {
                        let name = k.arg.as_ref().expect("checked").as_str().to_owned();
                        let key = self.alloc(ExprKind::Str(name), self.span(k));
                        (key, self.expr(&k.value))
                    })
                    .collect();
                ExprKind::Dict(entries)
            }
            [pairs] if call.arguments.keywords.is_empty() => {
                let not_a_mapping = match pairs {
                    ast::Expr::List(_)
                    | ast::Expr::Tuple(_)
                    | ast::Expr::ListComp(_)
                    | ast::Expr::Generator(_) => true,
                    ast::Expr::Call(inner) => {
                        [
                            "zip",
                            "enumerate",
                            "sorted",
                            "reversed",
                            "list",
                            "map",
                            "filter",
                        ]
                        .iter()
                        .any(|builtin| self.names_builtin(&inner.func, builtin))
                            || matches!(&*inner.func, ast::Expr::Attribute(method)
                                if method.attr.as_str() == "items"
                                    && inner.arguments.args.is_empty()
                                    && inner.arguments.keywords.is_empty())
                    }
                    _ => false,
                };
                if !not_a_mapping {
                    // A dict to copy, as inference tells.
                    let mapping = self.expr(pairs);
                    return ExprKind::DictOf(mapping);
                }
                let iter = if let ast::Expr::Generator(_) = pairs {
                    let list = self.collection_of(pairs, Built::List, span);
                    CompIter::Each(self.alloc(list, span), false, None)
                } else {
                    let Some(iter) = self.comp_iter(pairs) else {
                        return ExprKind::None;
                    };
                    iter
                };
                let key = self.hidden_local("<key>");
                let value = self.hidden_local("<value>");
                let target = Target::Tuple(
                    vec![
                        Target::Place(Place::Local(key), span),
                        Target::Place(Place::Local(value), span),
                    ],
                    span,
                );
                let elt = self.alloc(ExprKind::Local(key), span);
                let value = self.alloc(ExprKind::Local(value), span);
                self.comprehension(
                    vec![(iter, target, Vec::new())],
                    elt,
                    Built::Dict(value),
                    span,
                )
            }
            _ => self.unsupported_expr(call, "`dict()` with these arguments"),
        }
    }

    /// `dict.fromkeys(iterable[, value])`: a dict comprehension over the iterable whose
    /// values are the one object `value` evaluates to.
    fn dict_fromkeys(&mut self, call: &ast::ExprCall, span: Span) -> ExprKind {
        let (iterable, value) = match (&call.arguments.args[..], &call.arguments.keywords[..]) {
            ([iterable], []) => (iterable, None),
            ([iterable, value], []) => (iterable, Some(value)),
            _ => return self.unsupported_expr(call, "`dict.fromkeys()` with these arguments"),
        };
        // CPython evaluates the iterable before the value; here the value comes first, which
        // only an iterable and a value that both have effects could tell.
        if let Some(value) = value
            && !evaluation_free(iterable)
            && !evaluation_free(value)
        {
            return self.unsupported_expr(
                call,
                "`dict.fromkeys()` whose iterable and value are both computed",
            );
        }
        let shared = self.hidden_local("<fromkeys.value>");
        let value = match value {
            Some(value) => self.expr(value),
            None => self.alloc(ExprKind::None, span),
        };
        let Some(iter) = self.comp_iter(iterable) else {
            return ExprKind::None;
        };
        let key = self.hidden_local("<key>");
        let target = Target::Place(Place::Local(key), span);
        let elt = self.alloc(ExprKind::Local(key), span);
        let each_value = self.alloc(ExprKind::Local(shared), span);
        let dict = self.comprehension(
            vec![(iter, target, Vec::new())],
            elt,
            Built::Dict(each_value),
            span,
        );
        let dict = self.alloc(dict, span);
        let result = self.hidden_local("<fromkeys>");
        ExprKind::Comprehension {
            stmts: vec![
                Stmt::Assign {
                    targets: vec![Target::Place(Place::Local(shared), span)],
                    value,
                },
                Stmt::Assign {
                    targets: vec![Target::Place(Place::Local(result), span)],
                    value: dict,
                },
            ],
            result,
            iterator: false,
            frame: None,
        }
    }

    /// `defaultdict(factory)` or `Counter(iterable)` (through `collections.` too); None when the
    /// call is not of one.
    fn collections_call(&mut self, call: &ast::ExprCall) -> Option<ExprKind> {
        let name = match &*call.func {
            ast::Expr::Name(name) if !self.locals.contains_key(name.id.as_str()) => {
                match self.scope.names.get(name.id.as_str()) {
                    Some(&ModuleName::CollectionsType(ty)) => ty,
                    _ => return None,
                }
            }
            ast::Expr::Attribute(attribute)
                if matches!(&*attribute.value, ast::Expr::Name(n)
                    if !self.locals.contains_key(n.id.as_str())
                        && matches!(self.scope.names.get(n.id.as_str()), Some(ModuleName::Collections))) =>
            {
                match crate::collections_type(attribute.attr.as_str()) {
                    Some(ty) => ty,
                    None if matches!(attribute.attr.as_str(), "deque" | "OrderedDict") => {
                        // The class of krait's `_deque` or `_ordereddict` module, which the
                        // import brought in.
                        let class = attribute.attr.as_str();
                        let module = match &*attribute.value {
                            ast::Expr::Name(n) => n.id.as_str(),
                            _ => "collections",
                        };
                        let Some(&ModuleName::Func(constructor)) =
                            self.scope.names.get(&format!("{module}.{class}"))
                        else {
                            let feature = format!("`collections.{class}`");
                            return Some(self.unsupported_expr(&*call.func, &feature));
                        };
                        let span = self.span(call);
                        return Some(self.bind_call(constructor, class, call, span));
                    }
                    None => {
                        let feature = format!("`collections.{}`", attribute.attr.as_str());
                        return Some(self.unsupported_expr(&*call.func, &feature));
                    }
                }
            }
            _ => return None,
        };
        if !call.arguments.keywords.is_empty() {
            return Some(self.unsupported_expr(call, &format!("keyword arguments to `{name}`")));
        }
        let span = self.span(call);
        if name == "Counter" {
            return Some(match &call.arguments.args[..] {
                [] => ExprKind::Counter(None),
                [iterable] => {
                    let iterable = match iterable {
                        ast::Expr::Generator(generator) => {
                            let kind = self.list_comp(
                                Shape::List,
                                &generator.elt,
                                &generator.generators,
                                span,
                                ("<genexpr>", span),
                            );
                            self.alloc(kind, span)
                        }
                        other => self.expr(other),
                    };
                    ExprKind::Counter(Some(iterable))
                }
                _ => self.unsupported_expr(call, "`Counter` with these arguments"),
            });
        }
        let [factory] = &call.arguments.args[..] else {
            return Some(self.unsupported_expr(call, "`defaultdict` with these arguments"));
        };
        let factory = match factory {
            ast::Expr::Name(n)
                if !self.locals.contains_key(n.id.as_str())
                    && !self.scope.names.contains_key(n.id.as_str()) =>
            {
                match n.id.as_str() {
                    "int" => DictFactory::Int,
                    "float" => DictFactory::Float,
                    "str" => DictFactory::Str,
                    "bool" => DictFactory::Bool,
                    "list" => DictFactory::List,
                    "set" => DictFactory::Set,
                    "dict" => DictFactory::Dict,
                    _ => {
                        return Some(self.unsupported_expr(factory, "this `defaultdict` factory"));
                    }
                }
            }
            ast::Expr::Lambda(lambda)
                if lambda.parameters.as_ref().is_none_or(|p| p.is_empty()) =>
            {
                let ExprKind::Lambda { func, captures } = self.lambda(lambda, span) else {
                    return Some(ExprKind::None);
                };
                DictFactory::Lambda { func, captures }
            }
            _ => return Some(self.unsupported_expr(factory, "this `defaultdict` factory")),
        };
        Some(ExprKind::DefaultDict(factory))
    }

    /// `map(f, iterable)` or `filter(f, iterable)` as the list `[f(x) for x in iterable]` or
    /// `[x for x in iterable if f(x)]`, for `f` a lambda, a builtin, a module-level function of
    /// one parameter, or (filtering) None; `map(f, a, b)` as `[f(x, y) for x, y in zip(a, b)]`.
    fn map_or_filter(&mut self, call: &ast::ExprCall, filtering: bool, span: Span) -> ExprKind {
        let args = &call.arguments.args[..];
        let (function, iterables) = match args {
            [function, iterables @ ..]
                if !iterables.is_empty()
                    && (!filtering || iterables.len() == 1)
                    && !iterables.iter().any(|a| matches!(a, ast::Expr::Starred(_))) =>
            {
                (function, iterables)
            }
            _ => {
                let feature = if filtering {
                    "`filter` with these arguments"
                } else {
                    "`map` with these arguments"
                };
                return self.unsupported_expr(call, feature);
            }
        };
        if !call.arguments.keywords.is_empty() {
            return self.unsupported_expr(call, "keyword arguments to `map` or `filter`");
        }
        let (iter, items) = if let [iterable] = iterables {
            let Some(iter) = self.comp_iter(iterable) else {
                return ExprKind::None;
            };
            (iter, vec![self.hidden_local("<item>")])
        } else {
            let args = iterables.iter().map(|i| self.expr(i)).collect();
            let zipped = self.alloc(
                ExprKind::Call {
                    callee: Callee::Builtin(Builtin::Zip),
                    args,
                    keywords: Vec::new(),
                },
                span,
            );
            let items = (0..iterables.len())
                .map(|_| self.hidden_local("<item>"))
                .collect();
            (CompIter::Each(zipped, false, None), items)
        };
        let arity = items.len();
        let item = items[0];
        let read = |this: &mut Self| this.alloc(ExprKind::Local(item), span);
        let reads = |this: &mut Self| -> Vec<ExprId> {
            items
                .iter()
                .map(|&local| this.alloc(ExprKind::Local(local), span))
                .collect()
        };
        let mut evaluated_first = None;
        let applied = match function {
            ast::Expr::NoneLiteral(_) if filtering => None,
            ast::Expr::Lambda(lambda) => {
                let ExprKind::Lambda { func, captures } = self.lambda(lambda, span) else {
                    return ExprKind::None;
                };
                let mut args = reads(self);
                args.extend(captures);
                Some(ExprKind::Call {
                    callee: Callee::Func(func),
                    args,
                    keywords: Vec::new(),
                })
            }
            ast::Expr::Name(name) if !self.locals.contains_key(name.id.as_str()) => {
                match (
                    self.scope.names.get(name.id.as_str()),
                    Builtin::from_name(name.id.as_str()),
                ) {
                    (Some(&ModuleName::Func(func)), _)
                        if self.resolver.signatures[&func].params.len() == arity
                            && !self.resolver.signatures[&func].vararg =>
                    {
                        Some(ExprKind::Call {
                            callee: Callee::Func(func),
                            args: reads(self),
                            keywords: Vec::new(),
                        })
                    }
                    (None, Some(builtin)) => Some(ExprKind::Call {
                        callee: Callee::Builtin(builtin),
                        args: reads(self),
                        keywords: Vec::new(),
                    }),
                    _ => Some(ExprKind::CallValue {
                        callee: self.expr(function),
                        args: reads(self),
                        keywords: Vec::new(),
                    }),
                }
            }
            // A function value read where it is applied: reading it has no effects.
            ast::Expr::Attribute(ast::ExprAttribute { value, .. })
                if matches!(&**value, ast::Expr::Name(_)) =>
            {
                Some(ExprKind::CallValue {
                    callee: self.expr(function),
                    args: reads(self),
                    keywords: Vec::new(),
                })
            }
            ast::Expr::Name(_) => Some(ExprKind::CallValue {
                callee: self.expr(function),
                args: reads(self),
                keywords: Vec::new(),
            }),
            // Any other function value: evaluated once, first, as CPython's `map` takes it.
            _ => {
                let held = self.hidden_local("<function>");
                let value = self.expr(function);
                evaluated_first = Some(Stmt::Assign {
                    targets: vec![Target::Place(Place::Local(held), span)],
                    value,
                });
                let callee = self.alloc(ExprKind::Local(held), span);
                Some(ExprKind::CallValue {
                    callee,
                    args: reads(self),
                    keywords: Vec::new(),
                })
            }
        };
        let target = match &items[..] {
            [one] => Target::Place(Place::Local(*one), span),
            _ => Target::Tuple(
                items
                    .iter()
                    .map(|&local| Target::Place(Place::Local(local), span))
                    .collect(),
                span,
            ),
        };
        let (elt, conditions) = if filtering {
            let test = match applied {
                Some(kind) => self.alloc(kind, span),
                None => read(self),
            };
            (read(self), vec![test])
        } else {
            let kind = applied.expect("map has a function");
            (self.alloc(kind, span), Vec::new())
        };
        let mut list = self.comprehension(vec![(iter, target, conditions)], elt, Built::List, span);
        if let (Some(first), ExprKind::Comprehension { stmts, .. }) = (evaluated_first, &mut list) {
            stmts.insert(0, first);
        }
        as_iterator(list)
    }

    /// `zip(*rows)`, the transposition: for each column `c` up to the shortest row, the
    /// `row[c]` of every row. Like `zip`'s, the result and its columns are iterators (krait
    /// makes them lists and refuses to print them).
    fn zip_star(&mut self, rows: &ast::Expr, span: Span) -> ExprKind {
        let rows = self.expr(rows);
        let held = self.hidden_local("<rows>");
        let column = self.hidden_local("<column>");
        let row = self.hidden_local("<row>");
        let read = |this: &mut Self, local: LocalId| this.alloc(ExprKind::Local(local), span);
        // The shortest row's length, 0 without rows.
        let row_read = read(self, row);
        let length = self.alloc(
            ExprKind::Call {
                callee: Callee::Builtin(Builtin::Len),
                args: vec![row_read],
                keywords: Vec::new(),
            },
            span,
        );
        let rows_read = read(self, held);
        let lengths = self.comprehension(
            vec![(
                CompIter::Each(rows_read, false, None),
                Target::Place(Place::Local(row), span),
                Vec::new(),
            )],
            length,
            Built::List,
            span,
        );
        let lengths = self.alloc(lengths, span);
        let shortest = self.alloc(
            ExprKind::Call {
                callee: Callee::Builtin(Builtin::Min),
                args: vec![lengths],
                keywords: Vec::new(),
            },
            span,
        );
        let test = self.alloc(
            ExprKind::AssignExpr {
                place: Place::Local(held),
                value: rows,
            },
            span,
        );
        let zero = self.alloc(ExprKind::Int(0), span);
        let stop = self.alloc(
            ExprKind::IfElse {
                test,
                body: shortest,
                orelse: zero,
            },
            span,
        );
        // Each column: the rows' items at its index.
        let (row_read, column_read) = (read(self, row), read(self, column));
        let item = self.alloc(
            ExprKind::Subscript {
                value: row_read,
                index: column_read,
            },
            span,
        );
        let rows_read = read(self, held);
        let inner = self.comprehension(
            vec![(
                CompIter::Each(rows_read, false, None),
                Target::Place(Place::Local(row), span),
                Vec::new(),
            )],
            item,
            Built::List,
            span,
        );
        // Each column is a tuple of a length known when it runs.
        let inner = self.alloc(inner, span);
        let inner = self.alloc(ExprKind::TupleOf(inner), span);
        let (start, step) = (
            self.alloc(ExprKind::Int(0), span),
            self.alloc(ExprKind::Int(1), span),
        );
        let outer = self.comprehension(
            vec![(
                CompIter::Range(start, stop, step, span),
                Target::Place(Place::Local(column), span),
                Vec::new(),
            )],
            inner,
            Built::List,
            span,
        );
        as_iterator(outer)
    }

    /// A new local that name lookup does not find (the caller may scope it).
    fn hidden_local(&mut self, name: &str) -> LocalId {
        self.func.locals.push(Local {
            name: name.to_owned(),
        });
        LocalId(self.func.locals.len() as u32 - 1)
    }

    /// A comprehension's statements: a fresh list, then the loops (outermost first, each with
    /// its conditions) around appending `elt` to it. A `range` loop's target is a name.
    fn comprehension(
        &mut self,
        levels: Vec<(CompIter, Target, Vec<ExprId>)>,
        elt: ExprId,
        shape: Built,
        span: Span,
    ) -> ExprKind {
        let result = self.hidden_local("<listcomp>");
        let empty = self.alloc(
            match shape {
                Built::List => ExprKind::List(Vec::new()),
                Built::Set => ExprKind::Set(Vec::new()),
                Built::Dict(_) => ExprKind::Dict(Vec::new()),
                Built::Any => ExprKind::Bool(false),
                Built::All => ExprKind::Bool(true),
            },
            span,
        );
        let receiver = self.alloc(ExprKind::Local(result), span);
        // any() and all() stop at the first element that decides them; in nested loops, each
        // outer one stops too once the result is decided.
        let decided = match shape {
            Built::Any => Some(receiver),
            Built::All => Some(self.alloc(
                ExprKind::Unary {
                    op: UnaryOp::Not,
                    operand: receiver,
                },
                span,
            )),
            _ => None,
        };
        let body = match shape {
            Built::Any | Built::All => {
                let any = matches!(shape, Built::Any);
                let test = if any {
                    elt
                } else {
                    self.alloc(
                        ExprKind::Unary {
                            op: UnaryOp::Not,
                            operand: elt,
                        },
                        span,
                    )
                };
                let value = self.alloc(ExprKind::Bool(any), span);
                vec![Stmt::If {
                    test,
                    body: vec![
                        Stmt::Assign {
                            targets: vec![Target::Place(Place::Local(result), span)],
                            value,
                        },
                        Stmt::Break,
                    ],
                    orelse: Vec::new(),
                }]
            }
            Built::Dict(value) => {
                // The key is evaluated before the value.
                let key = self.hidden_local("<key>");
                let key_read = self.alloc(ExprKind::Local(key), span);
                vec![
                    Stmt::Assign {
                        targets: vec![Target::Place(Place::Local(key), span)],
                        value: elt,
                    },
                    Stmt::Assign {
                        targets: vec![Target::Index {
                            object: receiver,
                            index: key_read,
                            span,
                        }],
                        value,
                    },
                ]
            }
            _ => {
                let method = if matches!(shape, Built::Set) {
                    "add"
                } else {
                    "append"
                };
                let add = self.alloc(
                    ExprKind::MethodCall {
                        receiver,
                        method: method.to_owned(),
                        args: vec![elt],
                        keywords: Vec::new(),
                    },
                    span,
                );
                vec![Stmt::Expr(add)]
            }
        };
        let body = Self::comprehension_loops(levels, body, decided);
        let mut stmts = vec![Stmt::Assign {
            targets: vec![Target::Place(Place::Local(result), span)],
            value: empty,
        }];
        stmts.extend(body);
        ExprKind::Comprehension {
            stmts,
            result,
            iterator: false,
            frame: None,
        }
    }

    /// A comprehension's loops (outermost first, each with its conditions) around `body`;
    /// where `decided` is given, each outer loop stops once it is true.
    fn comprehension_loops(
        levels: Vec<(CompIter, Target, Vec<ExprId>)>,
        mut body: Vec<Stmt>,
        decided: Option<ExprId>,
    ) -> Vec<Stmt> {
        let innermost = levels.len().saturating_sub(1);
        for (level, (iter, target, conditions)) in levels.into_iter().enumerate().rev() {
            if let (Some(test), false) = (decided, level == innermost) {
                // `body` is the inner loop: once it decided the result, this one stops too.
                body.push(Stmt::If {
                    test,
                    body: vec![Stmt::Break],
                    orelse: Vec::new(),
                });
            }
            for test in conditions.into_iter().rev() {
                body = vec![Stmt::If {
                    test,
                    body,
                    orelse: Vec::new(),
                }];
            }
            body = vec![match (iter, target) {
                (CompIter::Range(start, stop, step, range_span), Target::Place(var, _)) => {
                    Stmt::ForRange {
                        var,
                        start,
                        stop,
                        step,
                        body,
                        orelse: Vec::new(),
                        range_span,
                    }
                }
                (CompIter::Range(..), _) => unreachable!("range targets are names"),
                (CompIter::Each(iter, enumerate, start), target) => Stmt::ForEach {
                    target,
                    iter,
                    enumerate,
                    start,
                    body,
                    orelse: Vec::new(),
                },
            }];
        }
        body
    }

    /// Reads of the enclosing variables a nested function captures, passed at its call.
    fn capture_reads(&mut self, captures: &[String], span: Span) -> Vec<ExprId> {
        captures
            .iter()
            .map(|name| {
                let read = self.capture_read(name, span);
                self.alloc(read, span)
            })
            .collect()
    }

    /// What a nested function capturing `name` gets: its value, or the box of a cell.
    fn capture_read(&mut self, name: &str, span: Span) -> ExprKind {
        match self.locals.get(name) {
            Some(&local) if self.cells.iter().any(|c| c == name) => ExprKind::CellRef(local),
            _ => self.name_read(name, span),
        }
    }

    /// The hidden parameters of the enclosing function's variables this one captures, after
    /// its own: cells where they are cells in `enclosing_cells`.
    fn capture_params(&mut self, captures: Vec<String>, enclosing_cells: &[String]) {
        for name in captures {
            let local = self.new_local(name.clone());
            self.locals.insert(name.clone(), local);
            if enclosing_cells.contains(&name) {
                self.func.cells.push(local);
                self.cells.push(name.clone());
            }
            self.func.params.push(Param {
                name,
                local,
                default: None,
                annotation: None,
            });
        }
    }

    /// The context of a function nested in this one (a lambda, a generator expression), which
    /// sees this one's variables and nested functions.
    fn nested(&mut self, func: crate::HirFunction) -> BodyCtx<'_> {
        let enclosing = self.visible_names();
        BodyCtx {
            resolver: &mut *self.resolver,
            scope: self.scope,
            func,
            locals: FxHashMap::default(),
            is_module: false,
            loop_depth: 0,
            handler_names: Vec::new(),
            handling: 0,
            guarded: 0,
            comp_scopes: Vec::new(),
            enclosing,
            local_funcs: self.local_funcs.clone(),
            cells: Vec::new(),
        }
    }

    /// A generator expression used as a value: a `<genexpr>` generator function of its own,
    /// whose reads of the enclosing function's variables are hidden parameters, called here.
    /// (CPython evaluates the first iterable at once; here it is evaluated when the generator
    /// first runs.)
    fn generator_expr(&mut self, generator: &ast::ExprGenerator, span: Span) -> ExprKind {
        let id = FuncId(self.resolver.funcs.len() as u32);
        self.resolver.funcs.push(None);
        let parts = std::iter::once(&*generator.elt).chain(
            generator
                .generators
                .iter()
                .flat_map(|level| std::iter::once(&level.iter).chain(&level.ifs)),
        );
        let mentioned = names_in(parts);
        let mut own = Vec::new();
        for level in &generator.generators {
            comp_target_names(&level.target, &mut own);
        }
        let captures = self.captures_of(&mentioned, &own);
        self.resolver.signatures.insert(
            id,
            crate::Signature {
                params: captures.clone(),
                defaults: vec![None; captures.len()],
                keyword_only: 0,
                vararg: false,
            },
        );
        self.resolver.captures.insert(id, captures.clone());
        let capture_reads = self.capture_reads(&captures, span);
        let cells = self.cells.clone();
        let mut ctx = self.nested(new_function("<genexpr>".to_owned(), FuncKind::User, span));
        ctx.capture_params(captures, &cells);
        ctx.comp_scopes.push(FxHashMap::default());
        let mut levels = Vec::new();
        for level in &generator.generators {
            if level.is_async {
                ctx.unsupported(level, "`async for` in generator expressions");
            }
            let iter = ctx.comp_iter(&level.iter);
            let target = ctx.comp_target(&level.target);
            let conditions: Vec<ExprId> = level.ifs.iter().map(|c| ctx.expr(c)).collect();
            match (iter, target) {
                (Some(CompIter::Range(..)), Some(target))
                    if !matches!(target, Target::Place(..)) =>
                {
                    ctx.unsupported(level, "unpacking `range` values in a comprehension");
                }
                (Some(iter), Some(target)) => levels.push((iter, target, conditions)),
                _ => {}
            }
        }
        let elt = ctx.expr(&generator.elt);
        ctx.comp_scopes.pop();
        ctx.func.body = Self::comprehension_loops(levels, vec![Stmt::Yield(elt)], None);
        ctx.func.generator = true;
        let func = ctx.func;
        self.resolver.funcs[id.index()] = Some(func);
        ExprKind::Call {
            callee: Callee::Func(id),
            args: capture_reads,
            keywords: Vec::new(),
        }
    }

    /// What a comprehension's `for` iterates over.
    fn comp_iter(&mut self, iter: &ast::Expr) -> Option<CompIter> {
        let span = self.span(iter);
        if let ast::Expr::Call(call) = iter {
            if call.arguments.keywords.is_empty() {
                if self.names_builtin(&call.func, "range") {
                    let one = |this: &mut Self| this.alloc(ExprKind::Int(1), span);
                    return match &call.arguments.args[..] {
                        [stop] => {
                            let start = self.alloc(ExprKind::Int(0), span);
                            let stop = self.expr(stop);
                            Some(CompIter::Range(start, stop, one(self), span))
                        }
                        [start, stop] => {
                            let (start, stop) = (self.expr(start), self.expr(stop));
                            Some(CompIter::Range(start, stop, one(self), span))
                        }
                        [start, stop, step] => Some(CompIter::Range(
                            self.expr(start),
                            self.expr(stop),
                            self.expr(step),
                            span,
                        )),
                        _ => {
                            self.unsupported(iter, "`range` with these arguments");
                            None
                        }
                    };
                }
            }
            if self.names_builtin(&call.func, "enumerate") {
                let (inner, start) = self.enumerate_args(call)?;
                return Some(CompIter::Each(inner, true, start));
            }
        }
        Some(CompIter::Each(self.expr(iter), false, None))
    }

    /// The iterable and start of `enumerate(iterable[, start])` (`start=` too); None after
    /// reporting arguments it does not take.
    fn enumerate_args(&mut self, call: &ast::ExprCall) -> Option<(ExprId, Option<ExprId>)> {
        let start_keyword = match &call.arguments.keywords[..] {
            [] => None,
            [keyword] if keyword.arg.as_ref().is_some_and(|a| a.as_str() == "start") => {
                Some(&keyword.value)
            }
            _ => {
                self.unsupported(&call.arguments, "`enumerate` with these arguments");
                return None;
            }
        };
        match (&call.arguments.args[..], start_keyword) {
            ([inner], None) => Some((self.expr(inner), None)),
            ([inner], Some(start)) | ([inner, start], None) => {
                let inner = self.expr(inner);
                Some((inner, Some(self.expr(start))))
            }
            _ => {
                self.unsupported(&call.arguments, "`enumerate` with these arguments");
                None
            }
        }
    }

    /// A use of a name an import krait cannot compile binds: the import was reported, so this
    /// is only reported when, unexpectedly, nothing was.
    fn unimported(&mut self, node: &impl ruff_text_size::Ranged) {
        if self.resolver.diagnostics.is_empty() {
            self.unsupported(node, "a name from an import krait does not compile");
        }
    }

    fn is_math(&self, expr: &ast::Expr) -> bool {
        matches!(expr, ast::Expr::Name(name) if !self.locals.contains_key(name.id.as_str())
            && matches!(self.scope.names.get(name.id.as_str()), Some(ModuleName::Math)))
    }

    /// The print builtin that writes to `expr` when it is `sys.stdout` or `sys.stderr`.
    fn std_stream(&self, expr: &ast::Expr) -> Option<Builtin> {
        let ast::Expr::Attribute(attribute) = expr else {
            return None;
        };
        if !self.is_sys(&attribute.value) {
            return None;
        }
        match attribute.attr.as_str() {
            "stdout" => Some(Builtin::Print),
            "stderr" => Some(Builtin::PrintErr),
            _ => None,
        }
    }

    /// `hasattr(x, "name")`, `getattr(x, "name")` and `getattr(x, "name", default)` with the
    /// name a literal (the default form with `x` a variable, read twice): `x.name` where the
    /// type decides it has one.
    fn attribute_builtin(&mut self, call: &ast::ExprCall, span: Span) -> Option<ExprKind> {
        // `callable(x)` is `hasattr(x, "__call__")`.
        if self.names_builtin(&call.func, "callable")
            && call.arguments.keywords.is_empty()
            && let [object] = &call.arguments.args[..]
        {
            let value = self.expr(object);
            return Some(ExprKind::HasAttr(value, "__call__".to_owned()));
        }
        let getattr = self.names_builtin(&call.func, "getattr");
        if !getattr && !self.names_builtin(&call.func, "hasattr") {
            return None;
        }
        if !call.arguments.keywords.is_empty() {
            return None;
        }
        let (object, name, default) = match &call.arguments.args[..] {
            [object, ast::Expr::StringLiteral(name)] => (object, name, None),
            [object, ast::Expr::StringLiteral(name), default] if getattr => {
                (object, name, Some(default))
            }
            [_, name, ..] if !name.is_string_literal_expr() => {
                let feature = format!(
                    "`{}` of a name that is not a str literal (attributes named when the program runs)",
                    if getattr { "getattr" } else { "hasattr" }
                );
                return Some(self.unsupported_expr(name, &feature));
            }
            _ => return None,
        };
        let attr = name.value.to_str().to_owned();
        let attribute = |this: &mut Self| {
            let value = this.expr(object);
            this.alloc(
                ExprKind::Attribute {
                    value,
                    attr: attr.clone(),
                },
                span,
            )
        };
        match (getattr, default) {
            (true, None) => {
                let value = self.expr(object);
                Some(ExprKind::Attribute { value, attr })
            }
            (true, Some(default)) => {
                if !matches!(object, ast::Expr::Name(_)) {
                    let feature = "`getattr(x, name, default)` of other than a variable";
                    return Some(self.unsupported_expr(object, feature));
                }
                let value = self.expr(object);
                let test = self.alloc(ExprKind::HasAttr(value, attr.clone()), span);
                let body = attribute(self);
                let orelse = self.expr(default);
                Some(ExprKind::IfElse { test, body, orelse })
            }
            (false, _) => {
                let value = self.expr(object);
                Some(ExprKind::HasAttr(value, attr))
            }
        }
    }

    /// The functions an enum's name stands for, when `class` is an enum's constructor and this
    /// is not its generated module (where the name is the class).
    fn enum_functions(&self, class: FuncId) -> Option<crate::EnumFunctions> {
        if self.scope.name.starts_with("enum ") {
            return None;
        }
        self.resolver.enums.get(&class).copied()
    }

    /// The function of krait's `_stdin` module standing for `sys.stdin`'s `name` when `stdin`
    /// is `sys.stdin`.
    fn stdin_function(&self, stdin: &ast::Expr, name: &str) -> Option<FuncId> {
        let ast::Expr::Attribute(attribute) = stdin else {
            return None;
        };
        let ast::Expr::Name(sys) = &*attribute.value else {
            return None;
        };
        if attribute.attr.as_str() != "stdin" || !self.is_sys(&attribute.value) {
            return None;
        }
        match self
            .scope
            .names
            .get(&format!("{}.stdin.{name}", sys.id.as_str()))
        {
            Some(&ModuleName::Func(func)) => Some(func),
            _ => None,
        }
    }

    /// `sys.stdin.read()`, `.readline()` or `.readlines()`.
    fn stdin_call(
        &mut self,
        method: &ast::ExprAttribute,
        call: &ast::ExprCall,
        span: Span,
    ) -> Option<ExprKind> {
        let ast::Expr::Attribute(stdin) = &*method.value else {
            return None;
        };
        if stdin.attr.as_str() != "stdin" || !self.is_sys(&stdin.value) {
            return None;
        }
        let callee = match method.attr.as_str() {
            "read" => Callee::Builtin(Builtin::StdinRead),
            "readline" => Callee::Builtin(Builtin::StdinReadline),
            "readlines" => {
                let readlines = self.stdin_function(&method.value, "readlines")?;
                return Some(self.bind_call(readlines, "readlines", call, span));
            }
            other => {
                return Some(self.unsupported_expr(&*call.func, &format!("`sys.stdin.{other}`")));
            }
        };
        if !call.arguments.is_empty() {
            let feature = format!("arguments to `sys.stdin.{}`", method.attr);
            return Some(self.unsupported_expr(&call.arguments, &feature));
        }
        Some(ExprKind::Call {
            callee,
            args: Vec::new(),
            keywords: Vec::new(),
        })
    }

    fn is_sys(&self, expr: &ast::Expr) -> bool {
        matches!(expr, ast::Expr::Name(name) if !self.locals.contains_key(name.id.as_str())
            && matches!(self.scope.names.get(name.id.as_str()), Some(ModuleName::Sys)))
    }

    fn name(&mut self, name: &ast::ExprName, span: Span) -> ExprKind {
        self.name_of(name.id.as_str(), name, span)
    }

    /// The value a name (`module.name` for a module the program imports) reads.
    fn name_of(&mut self, id: &str, name: &impl Ranged, span: Span) -> ExprKind {
        if let Some(local) = self.comp_local(id) {
            return ExprKind::Local(local);
        }
        if let (Some(&func), false) = (self.local_funcs.get(id), self.locals.contains_key(id)) {
            let captured = self.resolver.captures[&func].clone();
            let captures = self.capture_reads(&captured, span);
            return ExprKind::Lambda { func, captures };
        }
        if self.enclosing.iter().any(|n| n == id) && !self.locals.contains_key(id) {
            self.unsupported(name, "this use of the enclosing function's variables");
            return ExprKind::None;
        }
        if !self.is_module {
            if let Some(&local) = self.locals.get(id) {
                return ExprKind::Local(local);
            }
        }
        match self.scope.names.get(id) {
            Some(&ModuleName::Global(global)) => return ExprKind::Global(global),
            // An enum as a value (iterated, measured): the list of its members.
            Some(&ModuleName::Func(func)) if self.enum_functions(func).is_some() => {
                return ExprKind::Global(self.resolver.enums[&func].members);
            }
            Some(&ModuleName::Func(func)) => {
                return ExprKind::Lambda {
                    func,
                    captures: Vec::new(),
                };
            }
            Some(ModuleName::Intrinsic(_)) => {
                self.unsupported(name, "functions as values");
                return ExprKind::None;
            }
            Some(ModuleName::CollectionsType(_)) => {
                self.unsupported(name, "`collections` types as values");
                return ExprKind::None;
            }
            Some(&ModuleName::StringConstant(text)) => return ExprKind::Str(text.to_owned()),
            Some(&ModuleName::MathName(math)) => {
                if let Some(value) = crate::math_constant(math) {
                    return ExprKind::Float(value);
                }
                self.unsupported(name, "math functions as values");
                return ExprKind::None;
            }
            Some(ModuleName::Unimported) => {
                self.unimported(name);
                return ExprKind::None;
            }
            Some(ModuleName::Dataclass) => {
                self.unsupported(name, "`dataclass` other than as a class decorator");
                return ExprKind::None;
            }
            Some(ModuleName::DataclassField) => {
                self.unsupported(name, "`dataclasses.field` other than as a dataclass field");
                return ExprKind::None;
            }
            Some(ModuleName::NamedTuple) => {
                self.unsupported(name, NAMEDTUPLE_FORMS);
                return ExprKind::None;
            }
            Some(ModuleName::EnumName) => {
                self.unsupported(name, ENUM_FORMS);
                return ExprKind::None;
            }
            Some(ModuleName::Typing) if id == "TYPE_CHECKING" => return ExprKind::Bool(false),
            Some(ModuleName::Typing) => {
                self.unsupported(
                    name,
                    &format!("`typing`'s `{id}` other than in annotations"),
                );
                return ExprKind::None;
            }
            Some(
                ModuleName::Sys
                | ModuleName::Math
                | ModuleName::StringModule
                | ModuleName::Collections
                | ModuleName::Module(_),
            ) => {
                self.unsupported(name, "modules as values");
                return ExprKind::None;
            }
            None => {}
        }
        if id == "__name__" {
            let value = match self.scope.kind {
                ModuleKind::Main => "__main__",
                ModuleKind::Imported => &self.scope.name,
                ModuleKind::Runtime => "__krait__",
            };
            return ExprKind::Str(value.to_owned());
        }
        if let Some(builtin) = Builtin::from_name(id) {
            return self.builtin_value(id, span, |param| ExprKind::Call {
                callee: Callee::Builtin(builtin),
                args: vec![param],
                keywords: Vec::new(),
            });
        }
        if id == "range" {
            self.unsupported(name, "`range` as a value");
            return ExprKind::None;
        }
        if BuiltinExc::from_name(id).is_some() {
            let feature = format!(
                "the built-in exception class `{id}` as a value (`raise {id}(...)` and `except {id}` are supported)"
            );
            self.unsupported(name, &feature);
            return ExprKind::None;
        }
        self.resolver.error(undefined(span, id));
        ExprKind::None
    }

    /// Whether `expr` names one of the program's functions or a variable (which may hold one).
    fn names_function_or_variable(&self, expr: &ast::Expr) -> bool {
        let ast::Expr::Name(name) = expr else {
            return false;
        };
        let id = name.id.as_str();
        self.comp_local(id).is_some()
            || (self.locals.contains_key(id) && !self.is_module)
            || self.local_funcs.contains_key(id)
            || matches!(
                self.scope.names.get(id),
                Some(ModuleName::Global(_) | ModuleName::Func(_))
            )
    }

    /// The program's one `iter` function, made at its first use: a generator of what `for`
    /// over its argument gives (`def iter(it): for item in it: yield item`).
    fn iter_function(&mut self, span: Span) -> FuncId {
        if let Some(id) = self.resolver.iter_func {
            return id;
        }
        let id = FuncId(self.resolver.funcs.len() as u32);
        self.resolver.funcs.push(None);
        self.resolver.iter_func = Some(id);
        self.resolver.signatures.insert(
            id,
            crate::Signature {
                params: vec!["iterable".to_owned()],
                defaults: vec![None],
                keyword_only: 0,
                vararg: false,
            },
        );
        let mut func = new_function("<iter>".to_owned(), FuncKind::User, span);
        func.locals = vec![
            Local {
                name: "iterable".to_owned(),
            },
            Local {
                name: "item".to_owned(),
            },
        ];
        func.params.push(Param {
            name: "iterable".to_owned(),
            local: LocalId(0),
            default: None,
            annotation: None,
        });
        func.exprs = vec![
            Expr {
                kind: ExprKind::Local(LocalId(0)),
                span,
            },
            Expr {
                kind: ExprKind::Local(LocalId(1)),
                span,
            },
        ];
        func.body = vec![Stmt::ForEach {
            target: Target::Place(Place::Local(LocalId(1)), span),
            iter: ExprId(0),
            enumerate: false,
            start: None,
            body: vec![Stmt::Yield(ExprId(1))],
            orelse: Vec::new(),
        }];
        func.generator = true;
        self.resolver.funcs[id.index()] = Some(func);
        id
    }

    /// Whether `func` (what a call calls) is `object.method` of an object in a variable or
    /// made by an expression: not a module's function, a class's or a builtin type's.
    fn calls_a_method(&self, func: &ast::Expr) -> bool {
        let ast::Expr::Attribute(attribute) = func else {
            return false;
        };
        self.qualified_name(func).is_none()
            && self.class_named(&attribute.value).is_none()
            && !self.names_builtin(&attribute.value, "str")
            && !self.is_math(&attribute.value)
            && !matches!(
                &*attribute.value,
                ast::Expr::StringLiteral(_) | ast::Expr::BytesLiteral(_)
            )
    }

    /// `object.method(*args, **kwargs)`: inference checks the object is an instance of the
    /// program's classes, whose method takes the unpacked values.
    fn method_call_unpacking(&mut self, call: &ast::ExprCall) -> ExprKind {
        let ast::Expr::Attribute(attribute) = &*call.func else {
            unreachable!("checked by calls_a_method")
        };
        let receiver = self.expr(&attribute.value);
        let args = self.call_args(call);
        let keywords = self.keywords(call, None);
        ExprKind::MethodCall {
            receiver,
            method: attribute.attr.as_str().to_owned(),
            args,
            keywords,
        }
    }

    /// A call's positional arguments, `*value` ones as [`ExprKind::Starred`].
    fn call_args(&mut self, call: &ast::ExprCall) -> Vec<ExprId> {
        call.arguments
            .args
            .iter()
            .map(|a| match a {
                ast::Expr::Starred(starred) => {
                    let value = self.expr(&starred.value);
                    let span = self.span(a);
                    self.alloc(ExprKind::Starred(value), span)
                }
                a => self.expr(a),
            })
            .collect()
    }

    /// A call of a value that is not a function's name: a variable holding one, say.
    fn call_value(&mut self, call: &ast::ExprCall) -> ExprKind {
        let callee = self.expr(&call.func);
        let args = self.call_args(call);
        let keywords = self.keywords(call, None);
        ExprKind::CallValue {
            callee,
            args,
            keywords,
        }
    }

    fn call(&mut self, call: &ast::ExprCall, span: Span) -> ExprKind {
        let printing = self.names_builtin(&call.func, "print");
        if let ([ast::Expr::Starred(starred)], true, true) = (
            &call.arguments.args[..],
            call.arguments.keywords.is_empty(),
            self.names_builtin(&call.func, "zip"),
        ) {
            return self.zip_star(&starred.value, span);
        }
        let starred = call.arguments.args.iter().find(|a| a.is_starred_expr());
        if let (Some(arg), false) = (starred, printing) {
            // `f(*args)` of the program's function (or a variable holding one) unpacks a
            // tuple.
            if self.names_function_or_variable(&call.func) {
                return self.call_value(call);
            }
            if self.calls_a_method(&call.func) {
                return self.method_call_unpacking(call);
            }
            self.unsupported(arg, "`*` unpacking in calls of builtins and methods");
            return ExprKind::None;
        }
        if let Some(second) = call
            .arguments
            .keywords
            .iter()
            .filter(|k| k.arg.is_none())
            .nth(1)
        {
            self.unsupported(second, "several `**` mappings in one call");
            return ExprKind::None;
        }
        if let Some(keyword) = call.arguments.keywords.iter().find(|k| k.arg.is_none()) {
            // `f(**mapping)` of the program's function (or a variable holding one).
            if self.names_function_or_variable(&call.func) && !printing {
                return self.call_value(call);
            }
            if self.calls_a_method(&call.func) {
                return self.method_call_unpacking(call);
            }
            self.unsupported(keyword, "`**` unpacking in calls of builtins and methods");
            return ExprKind::None;
        }
        if let ([iterable], true) = (
            &call.arguments.args[..],
            self.names_builtin(&call.func, "iter") && call.arguments.keywords.is_empty(),
        ) {
            // `iter(x)`: a generator yielding what `for` over `x` gives.
            let func = self.iter_function(span);
            let iterable = self.expr(iterable);
            return ExprKind::Call {
                callee: Callee::Func(func),
                args: vec![iterable],
                keywords: Vec::new(),
            };
        }
        if let Some(kind) = self.attribute_builtin(call, span) {
            return kind;
        }
        if self.names_builtin(&call.func, "isinstance") && call.arguments.keywords.is_empty() {
            if let [value, classes] = &call.arguments.args[..] {
                return self.isinstance(value, classes);
            }
        }
        if self.names_builtin(&call.func, "issubclass") && call.arguments.keywords.is_empty() {
            if let [class, classes] = &call.arguments.args[..] {
                return self.issubclass(class, classes);
            }
        }
        if self.names_builtin(&call.func, "set") && call.arguments.keywords.is_empty() {
            match &call.arguments.args[..] {
                [] => return ExprKind::Set(Vec::new()),
                [iterable] => return self.collection_of(iterable, Built::Set, span),
                _ => {}
            }
        }
        if self.names_builtin(&call.func, "frozenset") && call.arguments.keywords.is_empty() {
            let set = match &call.arguments.args[..] {
                [] => Some(ExprKind::Set(Vec::new())),
                [iterable] => Some(self.collection_of(iterable, Built::Set, span)),
                _ => None,
            };
            if let Some(set) = set {
                return ExprKind::FrozenSet(self.alloc(set, span));
            }
        }
        if let ast::Expr::Attribute(attribute) = &*call.func
            && attribute.attr.as_str() == "fromkeys"
            && self.names_builtin(&attribute.value, "dict")
        {
            return self.dict_fromkeys(call, span);
        }
        if self.names_builtin(&call.func, "bytes") && call.arguments.keywords.is_empty() {
            match &call.arguments.args[..] {
                [] => return ExprKind::Bytes(Vec::new()),
                [value] => {
                    // A range is taken as the list of its ints.
                    let value = match value {
                        ast::Expr::Call(inner) if self.names_builtin(&inner.func, "range") => {
                            let list = self.collection_of(value, Built::List, span);
                            self.alloc(list, span)
                        }
                        _ => self.expr(value),
                    };
                    return ExprKind::BytesOf(value);
                }
                [text, encoding] => {
                    let receiver = self.expr(text);
                    let encoding = self.expr(encoding);
                    return ExprKind::MethodCall {
                        receiver,
                        method: "encode".to_owned(),
                        args: vec![encoding],
                        keywords: Vec::new(),
                    };
                }
                _ => {}
            }
        }
        if self.names_builtin(&call.func, "tuple") && call.arguments.keywords.is_empty() {
            match &call.arguments.args[..] {
                [] => return ExprKind::Tuple(Vec::new()),
                [iterable] => {
                    let list = self.collection_of(iterable, Built::List, span);
                    return ExprKind::TupleOf(self.alloc(list, span));
                }
                _ => {}
            }
        }
        if self.names_builtin(&call.func, "dict") {
            return self.dict_call(call, span);
        }
        if let Some(kind) = self.collections_call(call) {
            return kind;
        }
        for (name, filtering) in [("map", false), ("filter", true)] {
            if self.names_builtin(&call.func, name) {
                return self.map_or_filter(call, filtering, span);
            }
        }
        if self.names_builtin(&call.func, "list") && call.arguments.keywords.is_empty() {
            match &call.arguments.args[..] {
                [] => return ExprKind::List(Vec::new()),
                [iterable] => return self.collection_of(iterable, Built::List, span),
                _ => {}
            }
        }
        if let ast::Expr::Name(name) = &*call.func {
            let id = name.id.as_str();
            if let (Some(&func), false) = (self.local_funcs.get(id), self.locals.contains_key(id)) {
                // A nested function: its captured variables follow the arguments.
                return match self.bind_call(func, id, call, span) {
                    ExprKind::Call {
                        callee,
                        mut args,
                        keywords,
                    } => {
                        let captured = self.resolver.captures[&func].clone();
                        args.extend(self.capture_reads(&captured, span));
                        ExprKind::Call {
                            callee,
                            args,
                            keywords,
                        }
                    }
                    other => other,
                };
            }
        }
        if let Some(id) = self.qualified_name(&call.func) {
            // `module.function(...)` of a module the program imports.
            let (_, attr) = id.rsplit_once('.').expect("qualified");
            return match self.scope.names.get(&id) {
                Some(&ModuleName::Func(func)) => self.bind_call(func, attr, call, span),
                Some(ModuleName::Global(_)) => self.call_value(call),
                _ => self.no_module_attribute(&id, &*call.func),
            };
        }
        let callee = match &*call.func {
            ast::Expr::Name(name)
                if !self.locals.contains_key(name.id.as_str())
                    && self.comp_local(name.id.as_str()).is_none() =>
            {
                match self.scope.names.get(name.id.as_str()) {
                    // `Color(value)`: the member of that value.
                    Some(&ModuleName::Func(func)) if self.enum_functions(func).is_some() => {
                        let lookup = self.resolver.enums[&func].lookup;
                        return self.bind_call(lookup, name.id.as_str(), call, span);
                    }
                    Some(&ModuleName::Func(func)) => {
                        return self.bind_call(func, name.id.as_str(), call, span);
                    }
                    Some(&ModuleName::Intrinsic(intrinsic)) => Callee::Intrinsic(intrinsic),
                    Some(ModuleName::Global(_)) => return self.call_value(call),
                    Some(&ModuleName::MathName(math)) if crate::math_function(math).is_some() => {
                        Callee::Builtin(crate::math_function(math).expect("checked"))
                    }
                    Some(ModuleName::Unimported) => {
                        self.unimported(&*call.func);
                        return ExprKind::None;
                    }
                    Some(ModuleName::NamedTuple) => {
                        return self.unsupported_expr(&*call.func, NAMEDTUPLE_FORMS);
                    }
                    Some(ModuleName::EnumName) => {
                        return self.unsupported_expr(&*call.func, ENUM_FORMS);
                    }
                    // `cast(T, value)` is the value.
                    Some(ModuleName::Typing)
                        if name.id.as_str() == "cast"
                            && call.arguments.keywords.is_empty()
                            && call.arguments.args.len() == 2 =>
                    {
                        return self.expr_kind(&call.arguments.args[1], span);
                    }
                    Some(ModuleName::Typing) => {
                        let feature = format!("`typing`'s `{}` other than in annotations", name.id);
                        return self.unsupported_expr(&*call.func, &feature);
                    }
                    Some(_) => {
                        self.unsupported(&*call.func, "calling a value that is not a function");
                        return ExprKind::None;
                    }
                    None => match Builtin::from_name(name.id.as_str()) {
                        Some(builtin) => Callee::Builtin(builtin),
                        None if name.id.as_str() == "range" => {
                            // A range as a value: the list of its ints, standing for the
                            // range as a view does (printing it is refused, not wrong).
                            let range = ast::Expr::Call(call.clone());
                            let list = as_iterator(self.collection_of(&range, Built::List, span));
                            return ExprKind::RangeOf(self.alloc(list, span));
                        }
                        None => {
                            let id = name.id.as_str();
                            if BuiltinExc::from_name(id).is_some() {
                                let feature = format!(
                                    "a built-in exception object outside `raise` (`raise {id}(...)` and `except {id}` are supported)"
                                );
                                self.unsupported(&*call.func, &feature);
                            } else if is_known_builtin(id) {
                                self.unsupported(
                                    &*call.func,
                                    &format!("the builtin `{}`", name.id.as_str()),
                                );
                            } else {
                                self.resolver
                                    .error(undefined(self.span(&*call.func), name.id.as_str()));
                            }
                            return ExprKind::None;
                        }
                    },
                }
            }
            ast::Expr::Attribute(attribute) if self.is_math(&attribute.value) => {
                match crate::math_function(attribute.attr.as_str()) {
                    Some(builtin) => Callee::Builtin(builtin),
                    None => {
                        self.unsupported(&*call.func, &format!("`math.{}`", attribute.attr));
                        return ExprKind::None;
                    }
                }
            }
            ast::Expr::Attribute(attribute) if self.is_sys(&attribute.value) => {
                match attribute.attr.as_str() {
                    "exit" => Callee::Builtin(Builtin::SysExit),
                    other => {
                        self.unsupported(&*call.func, &format!("`sys.{other}`"));
                        return ExprKind::None;
                    }
                }
            }
            ast::Expr::Attribute(attribute)
                if attribute.attr.as_str() == "format"
                    && matches!(*attribute.value, ast::Expr::StringLiteral(_)) =>
            {
                let ast::Expr::StringLiteral(template) = &*attribute.value else {
                    unreachable!("matched above")
                };
                return self.brace_format(template.value.to_str(), call);
            }
            ast::Expr::Attribute(attribute) if self.class_named(&attribute.value).is_some() => {
                // `Class.method(...)`: a plain call of the function (with `self` passed
                // explicitly to an instance method).
                let class = self.class_named(&attribute.value).expect("checked");
                let name = attribute.attr.as_str();
                let mro = self.resolver.classes[class.index()].mro.clone();
                for c in mro {
                    let found = self.resolver.classes[c.index()].own_method(name);
                    if let Some(func) = found {
                        let class_methods = &self.resolver.classes[c.index()].class_methods;
                        if c != class && class_methods.iter().any(|m| m == name) {
                            return self
                                .unsupported_expr(&*call.func, "calling an inherited classmethod");
                        }
                        return self.bind_call(func, name, call, span);
                    }
                }
                let message = format!(
                    "type object '{}' has no attribute '{name}'",
                    self.resolver.classes[class.index()].name
                );
                return self.error_expr(&*call.func, &message);
            }
            // `str.lower(s)`: the method of the first argument.
            ast::Expr::Attribute(attribute)
                if self.names_builtin(&attribute.value, "str")
                    && !call.arguments.args.is_empty() =>
            {
                let receiver = self.expr(&call.arguments.args[0]);
                let args = call.arguments.args[1..]
                    .iter()
                    .map(|a| self.expr(a))
                    .collect();
                let keywords = self.keywords(call, None);
                return ExprKind::MethodCall {
                    receiver,
                    method: attribute.attr.as_str().to_owned(),
                    args,
                    keywords,
                };
            }
            ast::Expr::Attribute(attribute) => {
                if let ast::Expr::Call(inner) = &*attribute.value {
                    if self.names_builtin(&inner.func, "super") {
                        return self.super_call(inner, attribute.attr.as_str(), call);
                    }
                }
                if let Some(call) = self.stdin_call(attribute, call, span) {
                    return call;
                }
                if let (Some(stream), "write") =
                    (self.std_stream(&attribute.value), attribute.attr.as_str())
                {
                    let write = match stream {
                        Builtin::Print => Builtin::WriteStdout,
                        _ => Builtin::WriteStderr,
                    };
                    let args = call.arguments.args.iter().map(|a| self.expr(a)).collect();
                    return ExprKind::Call {
                        callee: Callee::Builtin(write),
                        args,
                        keywords: Vec::new(),
                    };
                }
                let receiver = self.expr(&attribute.value);
                let consumes_eagerly = attribute.attr.as_str() == "join";
                let args = call
                    .arguments
                    .args
                    .iter()
                    .map(|a| match a {
                        // Consumed at once, a generator gives what the list comprehension
                        // would.
                        ast::Expr::Generator(generator) if consumes_eagerly => {
                            let span = self.span(a);
                            let kind = self.list_comp(
                                Shape::List,
                                &generator.elt,
                                &generator.generators,
                                span,
                                ("<genexpr>", self.span(call)),
                            );
                            self.alloc(kind, span)
                        }
                        _ => self.expr(a),
                    })
                    .collect();
                let keywords = self.keywords(call, None);
                return ExprKind::MethodCall {
                    receiver,
                    method: attribute.attr.as_str().to_owned(),
                    args,
                    keywords,
                };
            }
            _ => return self.call_value(call),
        };
        // any() and all() of a generator run its loops until the result is decided.
        if let (
            Callee::Builtin(builtin @ (Builtin::Any | Builtin::All)),
            [ast::Expr::Generator(generator)],
            true,
        ) = (
            callee,
            &call.arguments.args[..],
            call.arguments.keywords.is_empty(),
        ) {
            let shape = if builtin == Builtin::Any {
                Shape::Any
            } else {
                Shape::All
            };
            let frame = ("<genexpr>", span);
            return self.list_comp(shape, &generator.elt, &generator.generators, span, frame);
        }
        // sum, min and max consume a generator at once: it gives what the list comprehension
        // would.
        let eager = matches!(
            callee,
            Callee::Builtin(
                Builtin::Sum
                    | Builtin::Min
                    | Builtin::Max
                    | Builtin::Sorted
                    | Builtin::Zip
                    | Builtin::Reversed
                    | Builtin::Any
                    | Builtin::All
            )
        );
        let args: Vec<ExprId> = call
            .arguments
            .args
            .iter()
            .map(|a| match a {
                ast::Expr::Generator(generator) if eager => {
                    let frame = ("<genexpr>", span);
                    let span = self.span(a);
                    let kind = self.list_comp(
                        Shape::List,
                        &generator.elt,
                        &generator.generators,
                        span,
                        frame,
                    );
                    self.alloc(kind, span)
                }
                // So is a range: its numbers, as a list.
                ast::Expr::Call(inner) if eager && self.names_builtin(&inner.func, "range") => {
                    let span = self.span(a);
                    let kind = self.collection_of(a, Built::List, span);
                    self.alloc(kind, span)
                }
                ast::Expr::Starred(starred) => {
                    let span = self.span(a);
                    let value = self.expr(&starred.value);
                    self.alloc(ExprKind::Starred(value), span)
                }
                _ => self.expr(a),
            })
            .collect();
        // `print(..., file=sys.stdout)` or `file=sys.stderr`.
        let mut callee = callee;
        let file = call
            .arguments
            .keywords
            .iter()
            .position(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "file"));
        if let (Callee::Builtin(Builtin::Print), Some(at)) = (callee, file) {
            let value = &call.arguments.keywords[at].value;
            match self.std_stream(value) {
                Some(print) => callee = Callee::Builtin(print),
                None => {
                    let feature = "printing to a file other than sys.stdout or sys.stderr";
                    return self.unsupported_expr(value, feature);
                }
            }
        }
        let skip =
            file.filter(|_| matches!(callee, Callee::Builtin(Builtin::Print | Builtin::PrintErr)));
        let mut keywords = self.keywords(call, skip);
        // `min(xs, default=d)` is `min(t) if (t := xs) else d`.
        if let (Callee::Builtin(Builtin::Min | Builtin::Max), [iterable], Some(at)) = (
            callee,
            &args[..],
            keywords.iter().position(|k| k.name == "default"),
        ) {
            let default = keywords.remove(at);
            let held = self.hidden_local("<iterable>");
            let test = self.alloc(
                ExprKind::AssignExpr {
                    place: Place::Local(held),
                    value: *iterable,
                },
                span,
            );
            let read = self.alloc(ExprKind::Local(held), span);
            let body = self.alloc(
                ExprKind::Call {
                    callee,
                    args: vec![read],
                    keywords,
                },
                span,
            );
            return ExprKind::IfElse {
                test,
                body,
                orelse: default.value,
            };
        }
        ExprKind::Call {
            callee,
            args,
            keywords,
        }
    }

    /// The call's keyword arguments, but for the one at `skip`.
    fn keywords(&mut self, call: &ast::ExprCall, skip: Option<usize>) -> Vec<Keyword> {
        call.arguments
            .keywords
            .iter()
            .enumerate()
            .filter(|&(i, _)| Some(i) != skip)
            .map(|(_, k)| {
                let name = k
                    .arg
                    .as_ref()
                    .map_or(String::new(), |a| a.as_str().to_owned());
                let value = match &k.value {
                    // `key=obj.method`: the method bound to the object, called on each item.
                    ast::Expr::Attribute(attribute)
                        if name == "key"
                            && self.qualified_name(&k.value).is_none()
                            && self.class_named(&attribute.value).is_none()
                            && !self.names_builtin(&attribute.value, "str")
                            && !self.is_math(&attribute.value) =>
                    {
                        let span = self.span(&k.value);
                        let kind = self.bound_method(attribute, span);
                        self.alloc(kind, span)
                    }
                    value if name == "key" => {
                        let span = self.span(value);
                        let function = self.expr(value);
                        match self.func.expr(function).kind {
                            ExprKind::Lambda { .. } => function,
                            _ => {
                                let kind = self.calling_value(function, span);
                                self.alloc(kind, span)
                            }
                        }
                    }
                    value => self.expr(value),
                };
                Keyword {
                    name,
                    value,
                    span: self.span(k),
                }
            })
            .collect()
    }

    /// A function value (a variable holding one, say) as a function of one argument:
    /// `lambda x, f: f(x)` with the value evaluated now (captured).
    fn calling_value(&mut self, function: ExprId, span: Span) -> ExprKind {
        let id = self.wrapper_function(span, "<function>", |func, alloc| {
            let (item, callee) = (func.params[0].local, func.params[1].local);
            let item = alloc(func, ExprKind::Local(item));
            let callee = alloc(func, ExprKind::Local(callee));
            alloc(
                func,
                ExprKind::CallValue {
                    callee,
                    args: vec![item],
                    keywords: Vec::new(),
                },
            )
        });
        ExprKind::Lambda {
            func: id,
            captures: vec![function],
        }
    }

    /// A new function of one argument `x` and one captured value named `captured`, returning
    /// what `body` makes of them.
    fn wrapper_function(
        &mut self,
        span: Span,
        captured: &str,
        body: impl FnOnce(
            &mut crate::HirFunction,
            &dyn Fn(&mut crate::HirFunction, ExprKind) -> ExprId,
        ) -> ExprId,
    ) -> FuncId {
        let id = FuncId(self.resolver.funcs.len() as u32);
        self.resolver.funcs.push(None);
        let params = vec!["x".to_owned(), captured.to_owned()];
        self.resolver.signatures.insert(
            id,
            crate::Signature {
                params: params.clone(),
                defaults: vec![None, None],
                keyword_only: 0,
                vararg: false,
            },
        );
        self.resolver.captures.insert(id, vec![captured.to_owned()]);
        let kind = if self.is_runtime() {
            FuncKind::Runtime
        } else {
            FuncKind::User
        };
        let mut func = new_function("<lambda>".to_owned(), kind, span);
        for name in params {
            func.locals.push(Local { name: name.clone() });
            func.params.push(Param {
                name,
                local: LocalId(func.locals.len() as u32 - 1),
                default: None,
                annotation: None,
            });
        }
        let alloc = |func: &mut crate::HirFunction, kind: ExprKind| {
            func.exprs.push(Expr { kind, span });
            ExprId(func.exprs.len() as u32 - 1)
        };
        let result = body(&mut func, &alloc);
        func.body.push(Stmt::Return(Some(result), span));
        self.resolver.funcs[id.index()] = Some(func);
        id
    }

    /// `obj.method` as a function of one argument: `lambda x, obj: obj.method(x)` with the
    /// object read now (captured, as a bound method holds it).
    fn bound_method(&mut self, attribute: &ast::ExprAttribute, span: Span) -> ExprKind {
        let object = self.expr(&attribute.value);
        let method = attribute.attr.as_str().to_owned();
        let id = self.wrapper_function(span, "<object>", |func, alloc| {
            let (item, receiver) = (func.params[0].local, func.params[1].local);
            let item = alloc(func, ExprKind::Local(item));
            let receiver = alloc(func, ExprKind::Local(receiver));
            alloc(
                func,
                ExprKind::MethodCall {
                    receiver,
                    method,
                    args: vec![item],
                    keywords: Vec::new(),
                },
            )
        });
        ExprKind::Lambda {
            func: id,
            captures: vec![object],
        }
    }

    /// Binds a call of a module-level function to its parameters, as CPython would, reporting
    /// CPython's `TypeError` message at compile time when it cannot be bound.
    fn bind_call(
        &mut self,
        func: FuncId,
        name: &str,
        call: &ast::ExprCall,
        span: Span,
    ) -> ExprKind {
        let signature = &self.resolver.signatures[&func];
        let params = signature.params.clone();
        let defaults = signature.defaults.clone();
        let vararg = signature.vararg;
        // `**kwargs` gets the keyword arguments no other parameter takes, as a dict.
        let kwarg = self
            .resolver
            .kwarg_funcs
            .contains(&func)
            .then(|| params.len() - 1);
        let mut extra_keywords = Vec::new();
        let positional = params.len() - signature.keyword_only - usize::from(vararg);
        let mut slots: Vec<Option<ExprId>> = vec![None; params.len()];
        let n_args = call.arguments.args.len();
        if vararg {
            // `*args` gets the positional arguments beyond the others, as a tuple.
            let (leading, extra) = call.arguments.args.split_at(positional.min(n_args));
            for (slot, arg) in slots.iter_mut().zip(leading) {
                *slot = Some(self.expr(arg));
            }
            let extra = extra.iter().map(|a| self.expr(a)).collect();
            slots[positional] = Some(self.alloc(ExprKind::Tuple(extra), span));
        } else if n_args > positional {
            let required = (0..positional)
                .filter(|&i| defaults.get(i).copied().flatten().is_none())
                .count();
            let takes = if required == positional {
                positional.to_string()
            } else {
                format!("from {required} to {positional}")
            };
            let message = format!(
                "{name}() takes {takes} positional argument{} but {n_args} {} given",
                if positional == 1 { "" } else { "s" },
                if n_args == 1 { "was" } else { "were" }
            );
            self.resolver
                .error(Diagnostic::error(Code::BadCall, span, message).with_label("this call"));
            return ExprKind::None;
        }
        if !vararg {
            for (slot, arg) in slots.iter_mut().zip(call.arguments.args.iter()) {
                *slot = Some(self.expr(arg));
            }
        }
        for keyword in &call.arguments.keywords {
            let keyword_name = keyword.arg.as_ref().map_or("", |a| a.as_str());
            let value = self.expr(&keyword.value);
            let found = params
                .iter()
                .position(|p| p == keyword_name)
                .filter(|&i| !(vararg && i == positional) && Some(i) != kwarg);
            match found {
                Some(i) if slots[i].is_none() => slots[i] = Some(value),
                None if kwarg.is_some() => {
                    let key = self.alloc(ExprKind::Str(keyword_name.to_owned()), span);
                    extra_keywords.push((key, value));
                }
                Some(_) => {
                    let message =
                        format!("{name}() got multiple values for argument '{keyword_name}'");
                    self.resolver.error(
                        Diagnostic::error(Code::BadCall, self.span(keyword), message)
                            .with_label("here"),
                    );
                }
                None => {
                    let message =
                        format!("{name}() got an unexpected keyword argument '{keyword_name}'");
                    self.resolver.error(
                        Diagnostic::error(Code::BadCall, self.span(keyword), message)
                            .with_label("here"),
                    );
                }
            }
        }
        if let Some(at) = kwarg {
            slots[at] = Some(self.alloc(ExprKind::Dict(extra_keywords), span));
        }
        let mut args = Vec::new();
        let mut missing = Vec::new();
        let mut missing_keyword = Vec::new();
        for (i, ((slot, default), param)) in
            slots.into_iter().zip(defaults).zip(&params).enumerate()
        {
            let factory = self.resolver.factory_defaults.get(&(func, i)).copied();
            let kept = self.resolver.nested_defaults.get(&func).and_then(|kept| {
                kept.iter()
                    .find(|&&(param, _)| param == i)
                    .map(|(_, hidden)| hidden.clone())
            });
            match (slot, default) {
                (Some(arg), _) => args.push(arg),
                (None, Some(global)) => args.push(self.alloc(ExprKind::Global(global), span)),
                // The value the `def` computed, kept in the enclosing function.
                (None, None) if kept.is_some() => {
                    let read = self.name_read(&kept.expect("checked"), span);
                    args.push(self.alloc(read, span));
                }
                // A dataclass's `default_factory`: a new value at each call.
                (None, None) if factory.is_some() => {
                    let value = factory.expect("checked").value();
                    args.push(self.alloc(value, span));
                }
                (None, None) if i >= positional => missing_keyword.push(format!("'{param}'")),
                (None, None) => missing.push(format!("'{param}'")),
            }
        }
        if missing.is_empty() && !missing_keyword.is_empty() {
            let list = match missing_keyword.len() {
                1 => missing_keyword[0].clone(),
                n => format!(
                    "{} and {}",
                    missing_keyword[..n - 1].join(", "),
                    missing_keyword[n - 1]
                ),
            };
            let message = format!(
                "{name}() missing {} required keyword-only argument{}: {list}",
                missing_keyword.len(),
                if missing_keyword.len() == 1 { "" } else { "s" }
            );
            self.resolver
                .error(Diagnostic::error(Code::BadCall, span, message).with_label("this call"));
            return ExprKind::None;
        }
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
            };
            let message = format!(
                "{name}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            );
            self.resolver
                .error(Diagnostic::error(Code::BadCall, span, message).with_label("this call"));
            return ExprKind::None;
        }
        ExprKind::Call {
            callee: Callee::Func(func),
            args,
            keywords: Vec::new(),
        }
    }
}

/// Whether evaluating `expr` can have no effect and take no time worth counting: a name, a
/// literal, or a display of such.
fn evaluation_free(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Name(_)
        | ast::Expr::NumberLiteral(_)
        | ast::Expr::StringLiteral(_)
        | ast::Expr::BooleanLiteral(_)
        | ast::Expr::NoneLiteral(_) => true,
        ast::Expr::List(list) => list.elts.iter().all(evaluation_free),
        ast::Expr::Tuple(tuple) => tuple.elts.iter().all(evaluation_free),
        ast::Expr::Set(set) => set.elts.iter().all(evaluation_free),
        ast::Expr::Dict(dict) => dict.items.is_empty(),
        _ => false,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::Div => BinOp::Div,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::MatMult => BinOp::MatMul,
    }
}

fn is_known_builtin(name: &str) -> bool {
    matches!(
        name,
        "list"
            | "dict"
            | "set"
            | "tuple"
            | "sorted"
            | "reversed"
            | "enumerate"
            | "zip"
            | "map"
            | "filter"
            | "sum"
            | "any"
            | "all"
            | "isinstance"
            | "type"
            | "input"
            | "open"
            | "ord"
            | "chr"
            | "hash"
            | "id"
            | "iter"
            | "callable"
            | "hex"
            | "oct"
            | "bin"
            | "format"
            | "frozenset"
            | "bytes"
            | "bytearray"
            | "super"
            | "object"
            | "getattr"
            | "setattr"
            | "hasattr"
            | "vars"
            | "globals"
            | "locals"
            | "exec"
            | "eval"
            | "compile"
            | "ascii"
            | "complex"
            | "slice"
            | "property"
            | "staticmethod"
            | "classmethod"
            | "issubclass"
            | "memoryview"
            | "help"
            | "dir"
    )
}

/// What kind of comprehension the parser found (a dict comprehension's value expression).
#[derive(Clone, Copy)]
enum Shape<'a> {
    List,
    Set,
    Dict(&'a ast::Expr),
    Any,
    All,
}

/// What a comprehension builds (a dict comprehension's resolved value), or, for a generator
/// that `any()` or `all()` consumes, the bool it decides.
#[derive(Clone, Copy)]
enum Built {
    List,
    Set,
    Dict(ExprId),
    Any,
    All,
}

/// A format spec as f-string parts: none when empty.
fn spec_parts(spec: String) -> Vec<FStringPart> {
    if spec.is_empty() {
        Vec::new()
    } else {
        vec![FStringPart::Literal(spec)]
    }
}

/// A `def`'s parameters in order: positional-only, ordinary, keyword-only.
pub(crate) fn declared_params(
    def: &ast::StmtFunctionDef,
) -> impl Iterator<Item = &ast::ParameterWithDefault> {
    // A class method's first parameter is not passed: it names the class.
    let skip = usize::from(crate::method_role(def) == crate::MethodRole::Class);
    def.parameters
        .posonlyargs
        .iter()
        .chain(&def.parameters.args)
        .chain(&def.parameters.kwonlyargs)
        .skip(skip)
}

/// For a standard module `from module import name` can name: which of its names krait compiles.
/// What krait compiles of `enum`.
const ENUM_FORMS: &str = "`Enum` or `auto` other than in `class Name(Enum)` at a module's top level whose body is members `NAME = constant` or `NAME = auto()`";

/// What krait compiles of `collections.namedtuple`.
const NAMEDTUPLE_FORMS: &str = "`namedtuple` other than `Name = namedtuple(\"Name\", fields)` at a module's top level (the fields a list or tuple of strs, or one str; no keywords)";

fn standard_names(module: &str) -> Option<fn(&str) -> bool> {
    match module {
        "collections" => Some(|name| {
            crate::collections_type(name).is_some()
                || matches!(name, "deque" | "namedtuple" | "OrderedDict")
        }),
        "math" => Some(|name| crate::math_name(name).is_some()),
        "dataclasses" => Some(|name| name == "dataclass" || name == "field"),
        "string" => Some(|name| crate::string_constant(name).is_some()),
        "typing" | "__future__" => Some(|_| true),
        "enum" => Some(|name| matches!(name, "Enum" | "auto")),
        _ => None,
    }
}
