//! Lowering expressions.

use crate::func::{FnLower, bin, not, split};
use crate::repr;
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::{
    BinOp as PyBinOp, Builtin, Callee, CmpOp, Conversion, ExprId, ExprKind, FStringPart, Intrinsic,
    LogicalOp, UnaryOp,
};
use krait_mir::{self as mir, BinOp, CheckedOp, Expr, MemTy, Stmt, UnOp, ValTy};
use krait_types::Ty;

pub(crate) fn un(op: UnOp, a: Expr) -> Expr {
    Expr::Unary(op, Box::new(a))
}

pub(crate) fn block(stmts: Vec<Stmt>, value: Expr) -> Expr {
    if stmts.is_empty() {
        value
    } else {
        Expr::Block {
            stmts,
            value: Box::new(value),
        }
    }
}

pub(crate) fn if_else(cond: Expr, then: Expr, otherwise: Expr, ty: Vec<ValTy>) -> Expr {
    Expr::IfElse {
        cond: Box::new(cond),
        then: Box::new(then),
        otherwise: Box::new(otherwise),
        ty,
    }
}

fn wrap_addr(value: Expr) -> Expr {
    un(UnOp::I32WrapI64, value)
}

impl FnLower<'_, '_> {
    pub(crate) fn call_rt(&mut self, name: &str, args: Vec<Expr>) -> Expr {
        Expr::Call {
            func: self.cx.rt(name),
            args,
            site: None,
        }
    }

    /// A runtime call that can raise, blamed on the user's code at `span`.
    fn call_rt_at(&mut self, name: &str, args: Vec<Expr>, span: Span) -> Expr {
        let site = self.site(span, Anchor::Whole);
        Expr::Call {
            func: self.cx.rt(name),
            args,
            site,
        }
    }

    pub(crate) fn str_lit(&mut self, text: &str) -> Expr {
        Expr::I32(self.cx.str_const(text) as i32)
    }

    pub(crate) fn to_i64(&self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Bool => un(UnOp::I64ExtendI32U, value),
            _ => value,
        }
    }

    pub(crate) fn to_f64(&self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Bool => un(UnOp::F64ConvertI64S, un(UnOp::I64ExtendI32U, value)),
            Ty::Int => un(UnOp::F64ConvertI64S, value),
            _ => value,
        }
    }

    /// The truth value of `expr` as an i32.
    pub(crate) fn truthy(&mut self, expr: ExprId) -> Expr {
        if let ExprKind::Logical { op, values } = &self.func.expr(expr).kind {
            // Each operand tested in turn, as far as it decides.
            let and = *op == krait_hir::LogicalOp::And;
            let mut result: Option<Expr> = None;
            for &value in self.operands_that_run(*op, values).iter().rev() {
                let test = self.truthy(value);
                result = Some(match result {
                    None => test,
                    Some(rest) if and => if_else(test, rest, Expr::I32(0), vec![ValTy::I32]),
                    Some(rest) => if_else(test, Expr::I32(1), rest, vec![ValTy::I32]),
                });
            }
            return result.unwrap_or(Expr::I32(0));
        }
        let ty = self.ty(expr);
        let value = self.expr(expr);
        self.truthy_value(value, ty)
    }

    /// `bytes(value)`: zero bytes of an int, the bytes of a list of ints (CPython's
    /// ValueError for one out of range), a bytes object itself.
    fn bytes_of(&mut self, value: ExprId, span: Span) -> Expr {
        let ty = self.ty(value);
        let lowered = self.expr(value);
        match ty {
            Ty::Bytes => lowered,
            Ty::Int | Ty::Bool => {
                let n = self.to_i64(lowered, ty);
                self.call_rt_at("bytes_zeros", vec![n], span)
            }
            _ => {
                let elem = self.list_elem(ty);
                let mut stmts = Vec::new();
                let list = self.list_local(lowered, &mut stmts);
                let n = un(UnOp::I64ExtendI32U, crate::list::list_len(list.clone()));
                let bytes = self.call_rt_at("bytes_zeros", vec![n], span);
                let bytes = self.temp(Ty::Bytes, bytes, &mut stmts);
                let i = self.new_local(ValTy::I32);
                stmts.push(Stmt::SetLocal(i, Expr::I32(0)));
                let mut body = vec![Stmt::If {
                    cond: bin(
                        BinOp::I32GeS,
                        Expr::Local(i),
                        crate::list::list_len(list.clone()),
                    ),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                }];
                let item = self.load_elem(list.clone(), Expr::Local(i), elem);
                let item = self.to_i64(item, elem);
                let item = self.temp(Ty::Int, item, &mut body);
                let message = self.str_lit("ValueError: bytes must be in range(0, 256)");
                let site = self.site(span, Anchor::Whole);
                body.push(Stmt::If {
                    cond: bin(
                        BinOp::I32Or,
                        bin(BinOp::I64LtS, item.clone(), Expr::I64(0)),
                        bin(BinOp::I64GtS, item.clone(), Expr::I64(255)),
                    ),
                    then: vec![Stmt::Raise { message, site }],
                    otherwise: Vec::new(),
                });
                body.push(Stmt::Store {
                    ty: MemTy::U8,
                    addr: bin(
                        BinOp::I32Add,
                        bin(BinOp::I32Add, bytes.clone(), Expr::I32(8)),
                        Expr::Local(i),
                    ),
                    value: un(UnOp::I32WrapI64, item),
                });
                body.push(Stmt::SetLocal(
                    i,
                    bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1)),
                ));
                body.push(Stmt::Continue(0));
                stmts.push(Stmt::Loop { body });
                block(stmts, bytes)
            }
        }
    }

    /// The operands of `a and b` (`or`) that may run: an operand whose type decides it
    /// (`isinstance(x, C) and x.attr` of an `x` that is no `C`) ends the operation, and those
    /// after it were never typed.
    fn operands_that_run<'v>(&self, op: LogicalOp, values: &'v [ExprId]) -> &'v [ExprId] {
        let decides = op == LogicalOp::Or;
        match values
            .iter()
            .position(|&v| self.static_test(v) == Some(decides))
        {
            Some(last) => &values[..=last],
            None => values,
        }
    }

    /// The special method a truth test of an instance of `class` calls, if any.
    fn defines_truth(&self, class: krait_types::ClassId) -> Option<&'static str> {
        ["__bool__", "__len__"].into_iter().find(|name| {
            self.cx
                .typeck
                .special_targets(self.cx.program, class, name, &[])
                .is_some()
        })
    }

    pub(crate) fn truthy_value(&mut self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Bool => value,
            Ty::Int => bin(BinOp::I64Ne, value, Expr::I64(0)),
            Ty::Float => bin(BinOp::F64Ne, value, Expr::F64(0.0)),
            Ty::Str | Ty::Bytes => bin(
                BinOp::I32Ne,
                Expr::Load {
                    ty: MemTy::I32,
                    addr: Box::new(value),
                },
                Expr::I32(0),
            ),
            Ty::None | Ty::Never | Ty::Argv => block(vec![Stmt::Drop(value)], Expr::I32(0)),
            Ty::Funcs(_) if ty.may_be_none_func() => {
                bin(BinOp::I32Ne, value, crate::func_set::none_index(ty))
            }
            Ty::Func(_)
            | Ty::Funcs(_)
            | Ty::Closure(..)
            | Ty::Cell(_)
            | Ty::Exc
            | Ty::ExcType
            | Ty::Gen(_) => block(vec![Stmt::Drop(value)], Expr::I32(1)),
            Ty::Tuple(_) => block(
                vec![Stmt::Drop(value)],
                Expr::I32(!ty.elements().is_empty() as i32),
            ),
            Ty::List(_) => bin(BinOp::I32Ne, crate::list::list_len(value), Expr::I32(0)),
            Ty::Dict(_) => bin(BinOp::I32Ne, self.dict_len(value), Expr::I32(0)),
            Ty::Set(_) | Ty::FrozenSet(_) => {
                let len = self.set_len(value);
                bin(BinOp::I32Ne, len, Expr::I32(0))
            }
            Ty::Instance { class, .. } if self.defines_truth(class).is_some() => {
                let name = self.defines_truth(class).expect("checked");
                let mut stmts = Vec::new();
                let object = self.temp(ty, value, &mut stmts);
                let result_ty = if name == "__bool__" {
                    Ty::Bool
                } else {
                    Ty::Int
                };
                let result =
                    self.call_special(object, ty, name, Vec::new(), result_ty, &mut stmts, None);
                let truth = if name == "__bool__" {
                    result
                } else {
                    bin(BinOp::I64Ne, result, Expr::I64(0))
                };
                block(stmts, truth)
            }
            Ty::Instance { nullable: true, .. } | Ty::AnyOf { nullable: true, .. } => {
                bin(BinOp::I32Ne, value, Expr::I32(0))
            }
            Ty::Instance { .. } | Ty::AnyOf { .. } => block(vec![Stmt::Drop(value)], Expr::I32(1)),
            Ty::Object(_) => self.call_rt("obj_truth", vec![value]),
        }
    }

    fn list_method(
        &mut self,
        list: Expr,
        list_ty: Ty,
        method: &str,
        args: &[ExprId],
        span: Span,
    ) -> Expr {
        let elem = self.list_elem(list_ty);
        let mut stmts = Vec::new();
        let list = self.list_local(list, &mut stmts);
        let arg_tys: Vec<Ty> = args.iter().map(|a| self.ty(*a)).collect();
        let mut values = Vec::new();
        for &arg in args {
            let ty = self.ty(arg);
            let value = self.expr(arg);
            values.push(self.temp(ty, value, &mut stmts));
        }
        let result = match method {
            "append" => {
                let value = values.pop().expect("append has an argument");
                let value = self.coerce(value, arg_tys[0], elem, &mut stmts);
                let value = self.temp(elem, value, &mut stmts);
                self.list_append(list, value, elem, &mut stmts);
                Expr::Values(Vec::new())
            }
            "extend" => {
                let other = values.pop().expect("extend has an argument");
                self.list_extend(list, other, elem, &mut stmts);
                Expr::Values(Vec::new())
            }
            "pop" => {
                let index = values.pop().map(|v| self.to_i64(v, arg_tys[0]));
                let site = self.site(span, Anchor::Whole);
                self.list_pop(list, index, elem, site, &mut stmts)
            }
            _ => {
                let values = values.into_iter().zip(arg_tys).collect();
                self.list_method_more(list, elem, method, values, span, &mut stmts)
            }
        };
        block(stmts, result)
    }

    /// `None.attr`: evaluates the object, then raises AttributeError.
    fn none_attribute(&mut self, object: Expr, attr: &str, span: Span) -> Expr {
        let message = format!("AttributeError: 'NoneType' object has no attribute '{attr}'");
        let message = Expr::I32(self.cx.str_const(&message) as i32);
        let site = self.site(span, Anchor::Whole);
        block(
            vec![Stmt::Drop(object), Stmt::Raise { message, site }],
            Expr::Unreachable,
        )
    }

    /// `str(value)`.
    pub(crate) fn str_of(&mut self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Str => value,
            Ty::Bytes => self.call_rt("bytes_repr", vec![value]),
            Ty::Int => self.call_rt("int_str", vec![value]),
            Ty::Float => self.call_rt("float_repr", vec![value]),
            Ty::Bool => {
                let t = self.str_lit("True");
                let f = self.str_lit("False");
                if_else(value, t, f, vec![ValTy::I32])
            }
            Ty::None | Ty::Never | Ty::Argv => {
                let none = self.str_lit("None");
                block(vec![Stmt::Drop(value)], none)
            }
            Ty::List(_) => self.list_repr(value, ty),
            Ty::Dict(_) => self.dict_repr(value, ty),
            Ty::Instance { .. } => self.instance_text(value, ty, false),
            Ty::Exc => {
                let line = self.exception_line(value);
                self.call_rt("exc_str", vec![line])
            }
            Ty::Set(_) | Ty::FrozenSet(_) => self.set_repr(value, ty),
            Ty::ExcType => {
                // `<class 'ValueError'>`; the program's classes are `__main__`'s.
                let mut stmts = Vec::new();
                let e = self.temp(Ty::Exc, value, &mut stmts);
                let name = self.type_name(e.clone(), Ty::Exc);
                let is_object = self.call_rt("exc_is_object", vec![e]);
                let main = self.str_lit("<class '__main__.");
                let builtin = self.str_lit("<class '");
                let prefix = if_else(is_object, main, builtin, vec![ValTy::Ref]);
                let text = self.call_rt("str_concat", vec![prefix, name]);
                let end = self.str_lit("'>");
                block(stmts, self.call_rt("str_concat", vec![text, end]))
            }
            Ty::Func(_) | Ty::Funcs(_) | Ty::Closure(..) | Ty::Cell(_) | Ty::Gen(_) => {
                unreachable!("inference rejects formatting functions")
            }
            Ty::Tuple(_) => self.tuple_repr(value, ty),
            Ty::Object(_) => self.call_rt("obj_str", vec![value]),
            Ty::AnyOf { .. } => self.instance_text(value, ty, false),
        }
    }

    /// The arguments of method call `id` in the order of the callee's parameters (after the
    /// receiver): the call's arguments and keywords evaluated in the order written, then
    /// arranged as inference bound them, defaults read from their globals.
    fn method_call_args(
        &mut self,
        id: ExprId,
        args: &[ExprId],
        keywords: &[krait_hir::Keyword],
        env: &[Expr],
        out: &mut Vec<Stmt>,
    ) -> Vec<Expr> {
        let mut evaluate = |this: &mut Self, arg: ExprId| {
            let ty = this.ty(arg);
            let value = this.expr(arg);
            this.temp(ty, value, out)
        };
        let mut positional: Vec<Expr> = Vec::new();
        let mut positional_tys: Vec<Ty> = Vec::new();
        let mut star = None;
        for &arg in args {
            let value = evaluate(self, arg);
            match (&self.func.expr(arg).kind, self.ty(arg)) {
                // `*list` (the last positional argument): its elements go to parameters.
                (ExprKind::Starred(_), list_ty @ Ty::List(_)) => {
                    star = Some((value, self.list_elem(list_ty)));
                }
                // `*tuple`: each element is an argument.
                (ExprKind::Starred(_), ty) => {
                    positional.extend(split(value, ty));
                    positional_tys.extend(ty.elements());
                }
                (_, ty) => {
                    positional.push(value);
                    positional_tys.push(ty);
                }
            }
        }
        let mut named = Vec::new();
        let mut named_keywords = Vec::new();
        let mut mapping = None;
        // How many keyword arguments come before the `**mapping`.
        let mut mapping_at = 0;
        for keyword in keywords {
            let value = evaluate(self, keyword.value);
            match keyword.name.is_empty() {
                // `**mapping`: its values go to the parameters its keys name.
                true => {
                    mapping = Some((value, self.ty(keyword.value)));
                    mapping_at = named.len();
                }
                false => {
                    named.push(value);
                    named_keywords.push(keyword);
                }
            }
        }
        let Some(sources) = self.res.method_args.get(&id).cloned() else {
            return positional;
        };
        if let (Some((list, _)), Some(call)) = (&star, self.res.star_calls.get(&id).cloned()) {
            self.star_call_checks(id, list.clone(), &call, out);
        }
        let mapping_call = self.res.mapping_calls.get(&id).cloned();
        if let (Some((dict, dict_ty)), Some(call)) = (&mapping, &mapping_call) {
            self.mapping_call_checks(id, dict.clone(), *dict_ty, call, out);
        }
        sources
            .into_iter()
            .map(|source| match source {
                krait_infer::ArgSource::Captured(k) => env[k].clone(),
                krait_infer::ArgSource::Mapped { key, default } => {
                    let (dict, dict_ty) = mapping.clone().expect("a `**mapping` argument");
                    let call = mapping_call.as_ref().expect("checked");
                    let param_ty = self.mapped_param_ty(id, env.len(), key);
                    let name = self.str_lit(&call.mapped[key]);
                    let fallback = self.default_or_unreachable(default, param_ty);
                    let span = self.func.expr(id).span;
                    self.dict_value_or(dict, dict_ty, name, param_ty, fallback, span)
                }
                krait_infer::ArgSource::Starred { index, default } => {
                    let (list, elem) = star.clone().expect("a `*list` argument");
                    let param_ty = self.star_param_ty(id, env.len(), index);
                    let item = self.load_elem(list.clone(), Expr::I32(index as i32), elem);
                    let mut item_stmts = Vec::new();
                    let item = self.coerce(item, elem, param_ty, &mut item_stmts);
                    let fallback = self.default_or_unreachable(default, param_ty);
                    let given = bin(
                        BinOp::I32GtS,
                        crate::list::list_len(list),
                        Expr::I32(index as i32),
                    );
                    if_else(
                        given,
                        block(item_stmts, item),
                        fallback,
                        crate::repr(param_ty),
                    )
                }
                krait_infer::ArgSource::Kwargs => {
                    let (_, taken) = self.res.kwargs_calls[&id].clone();
                    let dict_ty = self.param_ty(id, env.len(), |s| {
                        matches!(s, krait_infer::ArgSource::Kwargs)
                    });
                    let entry = |k: usize| {
                        let keyword = named_keywords[k];
                        (
                            keyword.name.clone(),
                            named[k].clone(),
                            self.ty(keyword.value),
                        )
                    };
                    // The keywords in the order the call gives them, a mapping's where it is.
                    let (before, after): (Vec<usize>, Vec<usize>) = match mapping {
                        Some(_) => taken.into_iter().partition(|&k| k < mapping_at),
                        None => (taken, Vec::new()),
                    };
                    let before = before.into_iter().map(entry).collect();
                    let after: Vec<_> = after.into_iter().map(entry).collect();
                    let span = self.func.expr(id).span;
                    let mut stmts = Vec::new();
                    let dict = self.kwargs_dict(before, dict_ty, span, &mut stmts);
                    // Less the keys that name parameters (none when it holds nothing).
                    if let (Some((mapping, mapping_ty)), Some(call)) =
                        (mapping.clone(), mapping_call.as_ref())
                    {
                        let except = call.mapped.clone();
                        self.kwargs_merge(
                            dict.clone(),
                            dict_ty,
                            mapping,
                            mapping_ty,
                            &except,
                            span,
                            &mut stmts,
                        );
                    }
                    self.kwargs_store(dict.clone(), dict_ty, after, span, &mut stmts);
                    block(stmts, dict)
                }
                krait_infer::ArgSource::Positional(i) => positional[i].clone(),
                krait_infer::ArgSource::Keyword(k) => named[k].clone(),
                krait_infer::ArgSource::Default(global) => {
                    self.read_place(krait_hir::Place::Global(global))
                }
                krait_infer::ArgSource::Varargs(from, to) => crate::values(
                    positional[from..to]
                        .iter()
                        .flat_map(|v| crate::func::flatten(v.clone()))
                        .collect(),
                ),
                krait_infer::ArgSource::VarargsStarred { from, to, skip } => {
                    let given: Vec<(Expr, Ty)> = positional[from..to]
                        .iter()
                        .cloned()
                        .zip(positional_tys[from..to].iter().copied())
                        .collect();
                    let star = star.clone().expect("a `*list` argument");
                    self.starred_varargs(given, star, skip)
                }
            })
            .collect()
    }

    /// The dynamic tuple `*args` gets in a call with a `*list`: the `given` positional
    /// arguments (temporaries, with their types), then the list's elements from `skip` on.
    fn starred_varargs(&mut self, given: Vec<(Expr, Ty)>, star: (Expr, Ty), skip: usize) -> Expr {
        let (list, elem) = star;
        let mut stmts = Vec::new();
        let rest = bin(
            BinOp::I32Sub,
            crate::list::list_len(list.clone()),
            Expr::I32(skip as i32),
        );
        let rest = self.temp(
            Ty::Int,
            mir::Expr::Unary(mir::UnOp::I64ExtendI32S, Box::new(rest)),
            &mut stmts,
        );
        let rest = self.temp(
            Ty::Int,
            if_else(
                bin(BinOp::I64LtS, rest.clone(), Expr::I64(0)),
                Expr::I64(0),
                rest,
                vec![ValTy::I64],
            ),
            &mut stmts,
        );
        let n = bin(BinOp::I64Add, rest.clone(), Expr::I64(given.len() as i64));
        let items = self.list_alloc(Ty::OBJECT, n, &mut stmts);
        let first = given.len() as i32;
        for (i, (value, ty)) in given.into_iter().enumerate() {
            let value = self.coerce(value, ty, Ty::OBJECT, &mut stmts);
            let value = self.temp(Ty::OBJECT, value, &mut stmts);
            self.store_elem(
                items.clone(),
                Expr::I32(i as i32),
                Ty::OBJECT,
                value,
                &mut stmts,
            );
        }
        let k = self.new_local(ValTy::I32);
        stmts.push(Stmt::SetLocal(k, Expr::I32(0)));
        let mut body = vec![Stmt::If {
            cond: bin(
                BinOp::I64GeS,
                mir::Expr::Unary(mir::UnOp::I64ExtendI32S, Box::new(Expr::Local(k))),
                rest,
            ),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        }];
        let index = bin(BinOp::I32Add, Expr::Local(k), Expr::I32(skip as i32));
        let item = self.load_elem(list, index, elem);
        let item = self.coerce(item, elem, Ty::OBJECT, &mut body);
        let item = self.temp(Ty::OBJECT, item, &mut body);
        let at = bin(BinOp::I32Add, Expr::Local(k), Expr::I32(first));
        self.store_elem(items.clone(), at, Ty::OBJECT, item, &mut body);
        body.push(Stmt::SetLocal(
            k,
            bin(BinOp::I32Add, Expr::Local(k), Expr::I32(1)),
        ));
        body.push(Stmt::Continue(0));
        stmts.push(Stmt::Loop { body });
        let tuple = self.tuple_box(items);
        block(stmts, tuple)
    }

    /// The type of the parameter that element `index` of call `id`'s `*list` goes to.
    fn star_param_ty(&self, id: ExprId, hidden: usize, index: usize) -> Ty {
        self.param_ty(
            id,
            hidden,
            |s| matches!(s, krait_infer::ArgSource::Starred { index: i, .. } if *i == index),
        )
    }

    /// The type of the parameter that key `key` of call `id`'s `**mapping` goes to.
    fn mapped_param_ty(&self, id: ExprId, hidden: usize, key: usize) -> Ty {
        self.param_ty(
            id,
            hidden,
            |s| matches!(s, krait_infer::ArgSource::Mapped { key: k, .. } if *k == key),
        )
    }

    /// The type of call `id`'s callee's parameter whose value comes from where `is` says,
    /// when the callee has `hidden` parameters after those (what a closure captured).
    fn param_ty(
        &self,
        id: ExprId,
        hidden: usize,
        is: impl Fn(&krait_infer::ArgSource) -> bool,
    ) -> Ty {
        // A call that dispatches on the receiver's class binds its arguments alike for every
        // method it may call.
        let callee = match self.res.callees.get(&id) {
            Some(&callee) => callee,
            None => self.res.dispatch[&id][0].1,
        };
        let sources = &self.res.method_args[&id];
        let position = sources.iter().position(is).expect("bound to a parameter");
        let args = &self.cx.typeck.instance(callee).args;
        // A method's receiver comes first, before what the call's arguments bind.
        args[args.len() - hidden - sources.len() + position]
    }

    /// A parameter's default as a value of its type `ty`; with no default, never reached
    /// (the call's checks raised first).
    fn default_or_unreachable(&mut self, default: Option<krait_hir::GlobalId>, ty: Ty) -> Expr {
        match default {
            Some(global) => {
                let value = self.read_place(krait_hir::Place::Global(global));
                let default_ty = self.cx.typeck.globals[global.index()];
                let mut stmts = Vec::new();
                let value = self.coerce(value, default_ty, ty, &mut stmts);
                block(stmts, value)
            }
            None => block(
                vec![Stmt::Unreachable],
                crate::values(
                    crate::repr(ty)
                        .into_iter()
                        .map(crate::generator::zero)
                        .collect(),
                ),
            ),
        }
    }

    /// CPython's TypeErrors of a call with `**mapping` (see `krait_infer::MappingCall`): a
    /// key naming no parameter left to it, or required parameters it has no key for.
    fn mapping_call_checks(
        &mut self,
        id: ExprId,
        dict: Expr,
        dict_ty: Ty,
        call: &krait_infer::MappingCall,
        out: &mut Vec<Stmt>,
    ) {
        let span = self.func.expr(id).span;
        let site = self.site(span, Anchor::Whole);
        let func = &call.func;
        // Each key must name a parameter the mapping gives.
        let mut check = Vec::new();
        let mut body = Vec::new();
        let view = crate::dict::DictView::Keys;
        let (key, _) =
            self.dict_entry_loop(dict.clone(), dict_ty, view, None, &mut body, &mut check);
        let is_one_of = |this: &mut Self, names: &[String], body: &mut Vec<Stmt>| {
            let mut any = Expr::I32(0);
            for name in names {
                let name = this.str_lit(name);
                let equal = this.compare(CmpOp::Eq, key.clone(), Ty::Str, name, Ty::Str, span);
                let equal = this.temp(Ty::Bool, equal, body);
                any = bin(BinOp::I32Or, any, equal);
            }
            any
        };
        let expected = match &call.kwargs {
            // Keys naming no parameter go to `**kwargs`, but not those the call names too.
            Some((keywords, _)) => not(is_one_of(self, keywords, &mut body)),
            None => is_one_of(self, &call.mapped, &mut body),
        };
        let bound = is_one_of(self, &call.bound, &mut body);
        let quoted = |this: &mut Self, prefix: String| {
            let prefix = this.str_lit(&prefix);
            let text = this.call_rt("str_concat", vec![prefix, key.clone()]);
            let quote = this.str_lit("'");
            this.call_rt("str_concat", vec![text, quote])
        };
        let multiple = format!("TypeError: {func}() got multiple values for argument '");
        let multiple = quoted(self, multiple);
        let unexpected = match &call.kwargs {
            Some((_, qualified)) => {
                format!("TypeError: {qualified}() got multiple values for keyword argument '")
            }
            None => format!("TypeError: {func}() got an unexpected keyword argument '"),
        };
        let unexpected = quoted(self, unexpected);
        let expected = match call.kwargs {
            Some(_) => bin(BinOp::I32And, expected, not(bound.clone())),
            None => expected,
        };
        body.push(Stmt::If {
            cond: not(expected),
            then: vec![Stmt::Raise {
                message: if_else(bound, multiple, unexpected, vec![ValTy::Ref]),
                site,
            }],
            otherwise: Vec::new(),
        });
        self.finish_entry_loop(body, &mut check);
        out.extend(check);
        // Then the required parameters it has no key for: positional ones first.
        for keyword_only in [false, true] {
            let names: Vec<String> = call
                .required
                .iter()
                .filter(|&&(_, k)| k == keyword_only)
                .map(|&(i, _)| call.mapped[i].clone())
                .collect();
            if names.is_empty() {
                continue;
            }
            let count = self.new_local(ValTy::I32);
            let listed = self.new_local(ValTy::Ref);
            let last = self.new_local(ValTy::Ref);
            let empty = self.str_lit("");
            out.push(Stmt::SetLocal(count, Expr::I32(0)));
            out.push(Stmt::SetLocal(listed, empty.clone()));
            out.push(Stmt::SetLocal(last, empty));
            for name in names {
                let key = self.str_lit(&name);
                let present = self.dict_contains(key, Ty::Str, dict.clone(), dict_ty, span);
                let quoted_name = self.str_lit(&format!("'{name}'"));
                let comma = self.str_lit(", ");
                let joined = self.call_rt("str_concat", vec![Expr::Local(listed), comma]);
                let joined = self.call_rt("str_concat", vec![joined, Expr::Local(last)]);
                let second = bin(BinOp::I32Eq, Expr::Local(count), Expr::I32(2));
                let next_listed = if_else(second, Expr::Local(last), joined, vec![ValTy::Ref]);
                out.push(Stmt::If {
                    cond: not(present),
                    then: vec![
                        Stmt::SetLocal(count, bin(BinOp::I32Add, Expr::Local(count), Expr::I32(1))),
                        Stmt::If {
                            cond: bin(BinOp::I32GtS, Expr::Local(count), Expr::I32(1)),
                            then: vec![Stmt::SetLocal(listed, next_listed)],
                            otherwise: Vec::new(),
                        },
                        Stmt::SetLocal(last, quoted_name),
                    ],
                    otherwise: Vec::new(),
                });
            }
            let kind = if keyword_only {
                "keyword-only"
            } else {
                "positional"
            };
            let one = bin(BinOp::I32Eq, Expr::Local(count), Expr::I32(1));
            let singular = self.str_lit(&format!(" required {kind} argument: "));
            let plural = self.str_lit(&format!(" required {kind} arguments: "));
            let noun = if_else(one.clone(), singular, plural, vec![ValTy::Ref]);
            let and = self.str_lit(" and ");
            let both = self.call_rt("str_concat", vec![Expr::Local(listed), and]);
            let both = self.call_rt("str_concat", vec![both, Expr::Local(last)]);
            let list = if_else(one, Expr::Local(last), both, vec![ValTy::Ref]);
            let prefix = self.str_lit(&format!("TypeError: {func}() missing "));
            let number = self.call_rt(
                "int_str",
                vec![Expr::Unary(
                    mir::UnOp::I64ExtendI32S,
                    Box::new(Expr::Local(count)),
                )],
            );
            let text = self.call_rt("str_concat", vec![prefix, number]);
            let text = self.call_rt("str_concat", vec![text, noun]);
            let message = self.call_rt("str_concat", vec![text, list]);
            out.push(Stmt::If {
                cond: bin(BinOp::I32GtS, Expr::Local(count), Expr::I32(0)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
    }

    /// CPython's TypeErrors of a call with `*list` (see `krait_infer::StarCall`): too many
    /// elements, or too few for the required parameters.
    fn star_call_checks(
        &mut self,
        id: ExprId,
        list: Expr,
        call: &krait_infer::StarCall,
        out: &mut Vec<Stmt>,
    ) {
        let site = self.site(self.func.expr(id).span, Anchor::Whole);
        let len_local = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(len_local, crate::list::list_len(list)));
        let len = Expr::Local(len_local);
        if let Some(limit) = call.limit {
            let too_many = match &call.multiple {
                Some(message) => self.str_lit(&format!("TypeError: {message}")),
                None => {
                    let given = bin(
                        BinOp::I32Add,
                        len.clone(),
                        Expr::I32(call.given_besides as i32),
                    );
                    let given_local = self.new_local(ValTy::I32);
                    out.push(Stmt::SetLocal(given_local, given));
                    let given = Expr::Local(given_local);
                    let number = self.call_rt(
                        "int_str",
                        vec![Expr::Unary(
                            mir::UnOp::I64ExtendI32S,
                            Box::new(given.clone()),
                        )],
                    );
                    let prefix = self.str_lit(&format!("TypeError: {}", call.too_many));
                    let text = self.call_rt("str_concat", vec![prefix, number]);
                    let was = self.str_lit(" was given");
                    let were = self.str_lit(" were given");
                    let one = bin(BinOp::I32Eq, given, Expr::I32(1));
                    let tail = if_else(one, was, were, vec![ValTy::Ref]);
                    self.call_rt("str_concat", vec![text, tail])
                }
            };
            out.push(Stmt::If {
                cond: bin(BinOp::I32GtS, len.clone(), Expr::I32(limit as i32)),
                then: vec![Stmt::Raise {
                    message: too_many,
                    site,
                }],
                otherwise: Vec::new(),
            });
        }
        let mut missing = Vec::new();
        for (index, message) in call.missing.iter().rev() {
            let message = self.str_lit(&format!("TypeError: {message}"));
            missing = vec![Stmt::If {
                cond: bin(BinOp::I32LeS, len.clone(), Expr::I32(*index as i32)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: missing,
            }];
        }
        out.extend(missing);
    }

    /// The special method a comparison calls, as inference chose it: whether it is the right
    /// operand's (reflected), whether its result is negated (`!=` by `__eq__`) and its
    /// instances by class.
    #[allow(clippy::type_complexity)]
    fn special_comparison(
        &self,
        op: CmpOp,
        lt: Ty,
        rt: Ty,
    ) -> Option<(
        bool,
        bool,
        Vec<(Vec<krait_types::ClassId>, krait_infer::InstanceId)>,
    )> {
        let (name, reflected) = op.dunders()?;
        let mut attempts = Vec::new();
        if let Ty::Instance { class, .. } = lt {
            attempts.push((false, false, class, name, rt));
            if op == CmpOp::NotEq {
                attempts.push((false, true, class, "__eq__", rt));
            }
        }
        if let Ty::Instance { class, .. } = rt {
            attempts.push((true, false, class, reflected, lt));
            if op == CmpOp::NotEq {
                attempts.push((true, true, class, "__eq__", lt));
            }
        }
        attempts
            .into_iter()
            .find_map(|(reflected, negate, class, method, arg)| {
                let targets =
                    self.cx
                        .typeck
                        .special_targets(self.cx.program, class, method, &[arg])?;
                Some((reflected, negate, targets))
            })
    }

    /// Calls special method `name` of `object` (temporaries of instance type `object_ty`) with
    /// `args` (temporaries), as inference typed it.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn call_special(
        &mut self,
        object: Expr,
        object_ty: Ty,
        name: &str,
        args: Vec<(Expr, Ty)>,
        result_ty: Ty,
        out: &mut Vec<Stmt>,
        site: Option<mir::Site>,
    ) -> Expr {
        let Ty::Instance { class, .. } = object_ty else {
            unreachable!("special methods of instances")
        };
        let arg_tys: Vec<Ty> = args.iter().map(|(_, t)| *t).collect();
        let Some(targets) = self
            .cx
            .typeck
            .special_targets(self.cx.program, class, name, &arg_tys)
        else {
            // Inference found an argument never produces a value.
            return Expr::Unreachable;
        };
        let values = args.into_iter().map(|(v, _)| v).collect();
        self.call_targets(object, values, &targets, result_ty, out, site)
    }

    /// Calls `object`'s method among `targets` (by its class) with `args`.
    pub(crate) fn call_targets(
        &mut self,
        object: Expr,
        args: Vec<Expr>,
        targets: &[(Vec<krait_types::ClassId>, krait_infer::InstanceId)],
        result_ty: Ty,
        out: &mut Vec<Stmt>,
        site: Option<mir::Site>,
    ) -> Expr {
        if let [(_, instance)] = targets {
            let mut call_args = vec![object];
            call_args.extend(args);
            let callee = self.cx.typeck.instance(*instance).func;
            if self.cx.program.func(callee).generator {
                return self.generator_create(*instance, call_args, site, out);
            }
            let callee_ret = self.cx.typeck.result(*instance).ret;
            let call = Expr::Call {
                func: mir::FuncIdx(instance.0),
                args: call_args,
                site,
            };
            if callee_ret == Ty::Never {
                return block(vec![Stmt::Drop(call), Stmt::Unreachable], Expr::Unreachable);
            }
            return self.coerce(call, callee_ret, result_ty, out);
        }
        self.dispatch(object, args, targets, result_ty, site, out)
    }

    /// Element `index` (an i64) of a tuple (temporaries), as a value of the join of its
    /// element types: IndexError at `site` when out of range.
    fn tuple_index(
        &mut self,
        tuple: Expr,
        tuple_ty: Ty,
        index: Expr,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let elem = self.tuple_elem(tuple_ty);
        let elements: Vec<Expr> = split(tuple, tuple_ty)
            .into_iter()
            .zip(tuple_ty.elements())
            .map(|(element, element_ty)| {
                let mut stmts = Vec::new();
                let element = self.coerce(element, element_ty, elem, &mut stmts);
                block(stmts, element)
            })
            .collect();
        let n = elements.len() as i64;
        let i = self.temp(Ty::Int, index, out);
        let Expr::Local(i_local) = i else {
            unreachable!("a temporary")
        };
        out.push(Stmt::If {
            cond: bin(BinOp::I64LtS, i.clone(), Expr::I64(0)),
            then: vec![Stmt::SetLocal(
                i_local,
                bin(BinOp::I64Add, i.clone(), Expr::I64(n)),
            )],
            otherwise: Vec::new(),
        });
        let message = self.str_lit("IndexError: tuple index out of range");
        out.push(Stmt::If {
            cond: not(bin(BinOp::I64LtU, i.clone(), Expr::I64(n))),
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        let mut result = Expr::Unreachable;
        for (k, element) in elements.into_iter().enumerate().rev() {
            result = if matches!(result, Expr::Unreachable) {
                element
            } else {
                Expr::IfElse {
                    cond: Box::new(bin(BinOp::I64Eq, i.clone(), Expr::I64(k as i64))),
                    then: Box::new(element),
                    otherwise: Box::new(result),
                    ty: repr(elem),
                }
            };
        }
        result
    }

    /// A new list of the elements of a tuple of one element type (temporaries).
    pub(crate) fn tuple_list(&mut self, tuple: Expr, tuple_ty: Ty, out: &mut Vec<Stmt>) -> Expr {
        let elem = self.tuple_elem(tuple_ty);
        let elements = split(tuple, tuple_ty);
        let list = self.list_alloc(elem, Expr::I64(elements.len() as i64), out);
        for (i, (element, element_ty)) in elements.into_iter().zip(tuple_ty.elements()).enumerate()
        {
            let element = self.coerce(element, element_ty, elem, out);
            self.store_elem(list.clone(), Expr::I32(i as i32), elem, element, out);
        }
        list
    }

    /// The type of the elements of a tuple taken one by one: theirs, or the join of theirs
    /// that inference chose for a loop over a tuple of several types.
    pub(crate) fn tuple_elem(&self, tuple_ty: Ty) -> Ty {
        tuple_ty
            .homogeneous()
            .or_else(|| self.cx.typeck.iter_elems.get(&tuple_ty).copied())
            .expect("inference checked")
    }

    /// Writes `print`'s arguments when some are `*list`s: every element is an argument, and
    /// separators go between whatever is written.
    fn print_starred(
        &mut self,
        values: &[Expr],
        tys: &[Ty],
        starred: &[bool],
        sep: Expr,
        writer: &str,
        out: &mut Vec<Stmt>,
    ) {
        let first = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(first, Expr::I32(1)));
        let write = |this: &mut Self, text: Expr, out: &mut Vec<Stmt>| {
            out.push(Stmt::If {
                cond: not(Expr::Local(first)),
                then: vec![Stmt::Drop(this.call_rt(writer, vec![sep.clone()]))],
                otherwise: Vec::new(),
            });
            out.push(Stmt::Drop(this.call_rt(writer, vec![text])));
            out.push(Stmt::SetLocal(first, Expr::I32(0)));
        };
        for ((value, &ty), &is_starred) in values.iter().zip(tys).zip(starred) {
            if !is_starred {
                let text = self.str_of(value.clone(), ty);
                write(self, text, out);
                continue;
            }
            let elem = self.list_elem(ty);
            if elem == Ty::Never {
                continue;
            }
            let i = self.new_local(ValTy::I32);
            out.push(Stmt::SetLocal(i, Expr::I32(0)));
            let mut body = vec![Stmt::If {
                cond: not(bin(
                    BinOp::I32LtS,
                    Expr::Local(i),
                    crate::list::list_len(value.clone()),
                )),
                then: vec![Stmt::Break(0)],
                otherwise: Vec::new(),
            }];
            let item = self.load_elem(value.clone(), Expr::Local(i), elem);
            let item = self.temp(elem, item, &mut body);
            let text = self.str_of(item, elem);
            write(self, text, &mut body);
            body.push(Stmt::SetLocal(
                i,
                bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1)),
            ));
            body.push(Stmt::Continue(0));
            out.push(Stmt::Loop { body });
        }
    }

    /// The type of `value` as the runtime's `obj_tag` numbers it (an i64): read from a dynamic
    /// value's box or an instance's class; -1 for the types no dynamic value has.
    fn type_tag(&mut self, value: Expr, ty: Ty) -> Expr {
        let tag = match ty {
            Ty::Object(_) => return self.object_intrinsic(Intrinsic::ObjTag, value),
            Ty::Instance { .. } | Ty::AnyOf { .. } => {
                let class = crate::class::class_of(value);
                let tag = bin(BinOp::I32Add, class, Expr::I32(mir::TAG_INSTANCE as i32));
                return Expr::Unary(UnOp::I64ExtendI32U, Box::new(tag));
            }
            Ty::None => 0,
            Ty::Int => i64::from(mir::TAG_INT),
            Ty::Float => i64::from(mir::TAG_FLOAT),
            Ty::Bool => i64::from(mir::TAG_BOOL),
            Ty::Str => i64::from(mir::TAG_STR),
            Ty::List(_) => i64::from(mir::TAG_LIST),
            Ty::Dict(_) => i64::from(mir::TAG_DICT),
            Ty::Tuple(_) => i64::from(mir::TAG_TUPLE),
            Ty::Set(_) => i64::from(mir::TAG_SET),
            _ => -1,
        };
        let stmts = crate::func::flatten(value).into_iter().map(Stmt::Drop);
        block(stmts.collect(), Expr::I64(tag))
    }

    /// `str()` (or `repr()`) of an instance: its class's `__str__` or `__repr__`, dispatched on
    /// the class in its header; None's when the value may be None.
    fn instance_text(&mut self, value: Expr, ty: Ty, repr: bool) -> Expr {
        let nullable = match ty {
            Ty::Instance { nullable, .. } | Ty::AnyOf { nullable, .. } => nullable,
            _ => unreachable!("an instance"),
        };
        let mut stmts = Vec::new();
        let object = self.temp(ty, value, &mut stmts);
        let mut targets: Vec<(Vec<krait_types::ClassId>, krait_infer::InstanceId)> = Vec::new();
        let program = self.cx.program;
        for k in ty.classes().into_iter().flat_map(|c| program.subclasses(c)) {
            let instance = self.cx.typeck.formatters[&(k, repr)];
            match targets.iter_mut().find(|(_, i)| *i == instance) {
                Some((classes, _)) => classes.push(k),
                None => targets.push((vec![k], instance)),
            }
        }
        // The class is read only from an object, not from None.
        let mut call_stmts = Vec::new();
        let text = if let [(_, instance)] = targets[..] {
            Expr::Call {
                func: mir::FuncIdx(instance.0),
                args: vec![object.clone()],
                site: None,
            }
        } else {
            self.dispatch(
                object.clone(),
                Vec::new(),
                &targets,
                Ty::Str,
                None,
                &mut call_stmts,
            )
        };
        let text = block(call_stmts, text);
        let text = if nullable {
            let none = self.str_lit("None");
            if_else(object, text, none, vec![ValTy::Ref])
        } else {
            text
        };
        block(stmts, text)
    }

    /// `repr(t)` of a tuple: `(a, b)`, `(a,)` or `()`, each element by its repr.
    fn tuple_repr(&mut self, value: Expr, ty: Ty) -> Expr {
        let mut stmts = Vec::new();
        let temps = self.temp(ty, value, &mut stmts);
        let elements = ty.elements();
        let mut pieces = vec![self.str_lit("(")];
        for (i, (element, element_ty)) in split(temps, ty).into_iter().zip(&elements).enumerate() {
            if i > 0 {
                pieces.push(self.str_lit(", "));
            }
            pieces.push(self.repr_of(element, *element_ty));
        }
        if elements.len() == 1 {
            pieces.push(self.str_lit(","));
        }
        pieces.push(self.str_lit(")"));
        let text = self.concat(pieces);
        block(stmts, text)
    }

    /// `repr(value)`.
    /// `value.attr` of a value of type `ty`.
    fn attribute(&mut self, value: ExprId, attr: &str, ty: Ty, span: Span) -> Expr {
        let object_ty = self.ty(value);
        let object = self.expr(value);
        if object_ty == Ty::Never {
            // No type the value may have has the attribute: reading it raises.
            return object;
        }
        if object_ty == Ty::None {
            return self.none_attribute(object, attr, span);
        }
        if object_ty == Ty::ExcType {
            return self.type_name(object, Ty::Exc);
        }
        if let Ty::AnyOf { .. } = object_ty {
            return self.any_of_attribute(object, object_ty, attr, ty, span);
        }
        if let (Ty::Instance { .. }, Ty::Closure(func, _)) = (object_ty, ty)
            && self
                .cx
                .program
                .bound_methods
                .iter()
                .any(|&(_, f)| f.0 == func.0)
        {
            // A bound method: the function capturing the receiver.
            return object;
        }
        if let Ty::Instance { class, .. } = object_ty
            && krait_infer::is_exception_args(self.cx.program, class, attr)
        {
            let mut stmts = Vec::new();
            let object = self.instance(object, object_ty, attr, span, &mut stmts);
            let tuple = krait_hir::EXCEPTION_ARGS_TUPLE;
            let field_ty = self
                .cx
                .layout(class)
                .fields
                .iter()
                .find_map(|f| (f.name == tuple).then_some(f.ty));
            let value = self.load_field(object, object_ty, tuple);
            let value = self.coerce(value, field_ty.unwrap_or(ty), ty, &mut stmts);
            return block(stmts, value);
        }
        if object_ty == Ty::Exc && attr == "args" {
            return self.exception_args_tuple(object, ty);
        }
        if object_ty == Ty::Exc {
            // `e.__class__`: an exception class is the exception itself (see `Ty::ExcType`).
            return object;
        }
        if let (Ty::Funcs(_), "__name__") = (object_ty, attr) {
            return self.func_set_name(object, object_ty);
        }
        if let (Ty::Func(func) | Ty::Closure(func, _), "__name__") = (object_ty, attr) {
            let name = self.cx.program.func(krait_hir::FuncId(func.0)).name.clone();
            let name = self.str_lit(&name);
            return block(vec![Stmt::Drop(object)], name);
        }
        let mut stmts = Vec::new();
        let object = self.instance(object, object_ty, attr, span, &mut stmts);
        if self.property_ty(object_ty, attr).is_some() {
            let site = self.site(span, Anchor::Whole);
            let value =
                self.call_special(object, object_ty, attr, Vec::new(), ty, &mut stmts, site);
            return block(stmts, value);
        }
        if let Ty::Instance { class, .. } = object_ty {
            if let Ok(groups) = krait_infer::class_attribute(self.cx.program, class, attr) {
                if !groups.is_empty() {
                    let read = self.class_attribute_read(object, &groups, ty);
                    return block(stmts, read);
                }
            }
        }
        self.check_has_field(object.clone(), object_ty, attr, span, &mut stmts);
        let load = self.load_field(object, object_ty, attr);
        block(stmts, load)
    }

    /// The call `id` of `callee_value`, a function value of type `callee_ty`: its instance
    /// with the arguments, then what it captured.
    #[allow(clippy::too_many_arguments)]
    fn call_value(
        &mut self,
        id: ExprId,
        callee_value: Expr,
        callee_ty: Ty,
        args: &[ExprId],
        keywords: &[krait_hir::Keyword],
        span: Span,
    ) -> Expr {
        if let Ty::Funcs(_) = callee_ty {
            return self.func_set_call(id, callee_value, callee_ty, args, span);
        }
        let mut stmts = Vec::new();
        let env = self.temp(callee_ty, callee_value, &mut stmts);
        let captured = match callee_ty.closure_env() {
            Some(env_ty) => split(env.clone(), env_ty),
            None => Vec::new(),
        };
        let mut args = self.method_call_args(id, args, keywords, &captured, &mut stmts);
        // What a closure captured follows the arguments.
        args.extend(crate::func::flatten(env));
        let Some(&instance) = self.res.callees.get(&id) else {
            return block(stmts, Expr::Unreachable);
        };
        let site = self.site(span, Anchor::Whole);
        self.call_instance(instance, args, site, stmts)
    }

    pub(crate) fn repr_of(&mut self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Str => self.call_rt("str_repr", vec![value]),
            Ty::Instance { .. } => self.instance_text(value, ty, true),
            Ty::Exc => self.exception_repr(value),
            Ty::Object(_) => self.call_rt("obj_repr", vec![value]),
            Ty::AnyOf { .. } => self.instance_text(value, ty, true),
            _ => self.str_of(value, ty),
        }
    }

    pub(crate) fn expr(&mut self, id: ExprId) -> Expr {
        if let Some(frame) = self.comp_frames.pop_if(|f| f.outer.contains(&id)) {
            // Evaluated by the enclosing frame.
            let value = self.expr(id);
            let mut stmts = Vec::new();
            let value = self.temp(self.ty(id), value, &mut stmts);
            let count = bin(BinOp::I32Add, Expr::Local(frame.evaluated), Expr::I32(1));
            stmts.push(Stmt::SetLocal(frame.evaluated, count));
            self.comp_frames.push(frame);
            return block(stmts, value);
        }
        if let Some(&(object_ty, _, call)) = self.res.iter_lists.get(&id)
            && !self.listed_operands.contains(&id)
        {
            // A value a builtin takes as the list of what iterating it gives (unboxed first,
            // if it is a dynamic value that use unboxes).
            self.listed_operands.push(id);
            let object = self.expr(id);
            self.listed_operands.pop();
            let elem = self.list_elem(self.ty(id));
            let site = self.site(call, Anchor::Whole);
            return self.iterated_list(object, object_ty, elem, site);
        }
        if let Some(unboxed) = self.res.unboxed.get(&id).cloned()
            && !self.boxed_operands.contains(&id)
        {
            self.boxed_operands.push(id);
            let value = self.expr(id);
            self.boxed_operands.pop();
            let anchor = match unboxed.carets {
                krait_infer::Carets::Whole => Anchor::Whole,
                krait_infer::Carets::Part(from, to) => Anchor::Secondary { from, to },
                krait_infer::Carets::None => Anchor::Line,
            };
            return self.unbox(value, &unboxed, anchor);
        }
        if let Some(&(generator, _, call)) = self.res.gen_lists.get(&id) {
            // A generator a builtin takes as a list.
            let frame = self.expr_value(id);
            let site = self.site(call, Anchor::Whole);
            return self.generator_list(frame, generator, site);
        }
        if self.ty(id) == Ty::Never {
            let kind = &self.func.expr(id).kind;
            let conditional = matches!(kind, ExprKind::Logical { .. } | ExprKind::IfElse { .. });
            let operands = kind.operands();
            if let Some(diverging) = operands.iter().position(|&o| self.ty(o) == Ty::Never)
                && !conditional
            {
                // An operand diverges (a use of a dynamic value that raises when it runs):
                // the operands up to it run, and the operation itself never does.
                let stmts = operands[..=diverging]
                    .iter()
                    .map(|&o| Stmt::Drop(self.expr(o)))
                    .collect();
                return block(stmts, Expr::Unreachable);
            }
        }
        let lowered = self.expr_value(id);
        if self.ty(id) == Ty::Never {
            // Evaluating it diverges (a call that cannot return, an operand that does): what
            // follows is unreachable, and stands for a value of whatever type is expected.
            return block(vec![Stmt::Drop(lowered)], Expr::Unreachable);
        }
        lowered
    }

    fn expr_value(&mut self, id: ExprId) -> Expr {
        let func = self.func;
        let expr = func.expr(id);
        let span = expr.span;
        let ty = self.ty(id);
        match &expr.kind {
            ExprKind::Int(v) => Expr::I64(*v),
            ExprKind::Float(v) => Expr::F64(*v),
            ExprKind::Bool(v) => Expr::I32(*v as i32),
            ExprKind::None | ExprKind::SysArgv => Expr::Values(Vec::new()),
            ExprKind::Sent => self.sent_value(ty),
            // The box itself.
            ExprKind::CellRef(local) => Expr::Local(self.local_map[local.index()][0]),
            ExprKind::DictOf(mapping) => {
                let mapping_ty = self.ty(*mapping);
                let dict = self.expr(*mapping);
                self.dict_copy_of(dict, mapping_ty)
            }
            ExprKind::Slice { value, bounds } if self.ty(*value).is_object() => {
                self.str_slice(*value, bounds, span)
            }
            ExprKind::Slice { value, bounds } if matches!(self.ty(*value), Ty::Str | Ty::Bytes) => {
                self.str_slice(*value, bounds, span)
            }
            ExprKind::Slice { value, bounds } if matches!(self.ty(*value), Ty::Tuple(_)) => {
                let tuple_ty = self.ty(*value);
                let mut stmts = Vec::new();
                let lowered = self.expr(*value);
                let temps = self.temp(tuple_ty, lowered, &mut stmts);
                let elements = split(temps, tuple_ty);
                let indices = krait_infer::constant_slice(func, bounds, elements.len())
                    .expect("inference accepts literal bounds only");
                let picked = indices
                    .into_iter()
                    .flat_map(|i| crate::func::flatten(elements[i].clone()))
                    .collect();
                block(stmts, crate::values(picked))
            }
            ExprKind::Slice { value, bounds } => self.list_slice(*value, bounds, span),
            ExprKind::Subscript { value, index }
                if matches!(self.ty(*value), Ty::Str | Ty::Bytes) =>
            {
                let function = match self.ty(*value) {
                    Ty::Bytes => "bytes_get",
                    _ => "str_get",
                };
                let mut stmts = Vec::new();
                let text = self.expr(*value);
                let text = self.temp(Ty::Str, text, &mut stmts);
                let index_ty = self.ty(*index);
                let position = self.expr(*index);
                let position = self.to_i64(position, index_ty);
                let site = self.subscript_site(*value, *index, span);
                let call = Expr::Call {
                    func: self.cx.rt(function),
                    args: vec![text, position],
                    site,
                };
                block(stmts, call)
            }
            ExprKind::Comprehension {
                stmts,
                result,
                frame,
                ..
            } => {
                let stmts = match frame {
                    Some(frame) => self.in_comp_frame(frame, stmts),
                    None => self.block(stmts),
                };
                block(stmts, self.read_place(krait_hir::Place::Local(*result)))
            }
            ExprKind::Set(elements) => {
                let mut stmts = Vec::new();
                let set = self.set_display(elements, ty, span, &mut stmts);
                block(stmts, set)
            }
            // A frozenset is the set it was built as.
            ExprKind::FrozenSet(set) => self.expr(*set),
            // A tuple of a length known when it runs: the list it was built as, boxed.
            ExprKind::TupleOf(list) => {
                let list = self.expr(*list);
                self.tuple_box(list)
            }
            ExprKind::BytesOf(value) => self.bytes_of(*value, span),
            ExprKind::RangeOf(list) => self.expr(*list),
            ExprKind::List(elements) => {
                let mut stmts = Vec::new();
                let list = self.list_display(elements, ty, &mut stmts);
                block(stmts, list)
            }
            ExprKind::Subscript { value, index } if matches!(self.ty(*value), Ty::List(_)) => {
                self.list_get(*value, *index, span)
            }
            ExprKind::Subscript { value, index } if matches!(self.ty(*value), Ty::Dict(_)) => {
                self.dict_get(*value, *index, span)
            }
            // The list; `print` writes its elements.
            ExprKind::Starred(value) => self.expr(*value),
            ExprKind::DefaultDict(_) => {
                let mut stmts = Vec::new();
                let dict = self.default_dict(ty, &mut stmts);
                block(stmts, dict)
            }
            ExprKind::Counter(iterable) => {
                let mut stmts = Vec::new();
                let dict = self.counter(*iterable, ty, span, &mut stmts);
                block(stmts, dict)
            }
            ExprKind::PercentArg { value, .. } => {
                let value_ty = self.ty(*value);
                let lowered = self.expr(*value);
                if value_ty == Ty::Float && ty == Ty::Int {
                    self.call_rt_at("float_to_int", vec![lowered], span)
                } else if value_ty.is_object() && ty == Ty::Int {
                    self.call_rt_at("obj_percent_int", vec![lowered], span)
                } else {
                    lowered
                }
            }
            ExprKind::Dict(entries) => {
                let mut stmts = Vec::new();
                let dict = self.dict_display(entries, ty, span, &mut stmts);
                block(stmts, dict)
            }
            ExprKind::New(class) => {
                let layout = self.cx.layout(*class);
                Expr::Alloc {
                    size: Box::new(Expr::I32(layout.size as i32)),
                    kind: layout.kind | (class.0 << 16),
                }
            }
            ExprKind::SuperCall { receiver, args, .. } => {
                let Some(&instance) = self.res.callees.get(&id) else {
                    if let Some(targets) = self.res.dispatch.get(&id).cloned() {
                        // Several bases: the method depends on the instance's class.
                        let mut stmts = Vec::new();
                        let object = self.read_place(krait_hir::Place::Local(*receiver));
                        let values = self.method_call_args(id, args, &[], &[], &mut stmts);
                        let site = self.site(span, Anchor::Whole);
                        let call = self.dispatch(object, values, &targets, ty, site, &mut stmts);
                        return block(stmts, call);
                    }
                    let stmts = args.iter().map(|a| Stmt::Drop(self.expr(*a))).collect();
                    return block(stmts, Expr::Unreachable);
                };
                let mut stmts = Vec::new();
                let mut lowered = vec![self.read_place(krait_hir::Place::Local(*receiver))];
                lowered.extend(self.method_call_args(id, args, &[], &[], &mut stmts));
                let site = self.site(span, Anchor::Whole);
                let call = Expr::Call {
                    func: mir::FuncIdx(instance.0),
                    args: lowered,
                    site,
                };
                block(stmts, call)
            }
            ExprKind::HasAttr(value, attr) => {
                let has = krait_infer::has_attribute(self.cx.program, self.ty(*value), attr)
                    .expect("inference requires the type to decide it");
                let value = self.expr(*value);
                block(vec![Stmt::Drop(value)], Expr::I32(has as i32))
            }
            ExprKind::SameType(a, b) => {
                let (a_ty, b_ty) = (self.ty(*a), self.ty(*b));
                let (a, b) = (self.expr(*a), self.expr(*b));
                let instance = |t: Ty| matches!(t, Ty::Instance { .. } | Ty::AnyOf { .. });
                if instance(a_ty) && instance(b_ty) {
                    let (a, b) = (crate::class::class_of(a), crate::class::class_of(b));
                    return bin(BinOp::I32Eq, a, b);
                }
                if a_ty.is_object() || b_ty.is_object() {
                    let (a, b) = (self.type_tag(a, a_ty), self.type_tag(b, b_ty));
                    return bin(BinOp::I64Eq, a, b);
                }
                // Values of the built-in types are of their type alone, never a class's.
                let same = !instance(a_ty) && a_ty.python_name() == b_ty.python_name();
                let stmts = [a, b]
                    .into_iter()
                    .flat_map(crate::func::flatten)
                    .map(Stmt::Drop);
                block(stmts.collect(), Expr::I32(same as i32))
            }
            ExprKind::IsInstance {
                value,
                classes,
                exact,
            } => {
                let value_ty = self.ty(*value);
                let value = self.expr(*value);
                self.isinstance(value, value_ty, classes, *exact)
            }
            ExprKind::ExceptionText(args) => {
                let args_ty = self.ty(*args);
                let args = self.expr(*args);
                self.exception_text(args, args_ty)
            }
            ExprKind::ExceptionArgs(args) => {
                let args_ty = self.ty(*args);
                let args = self.expr(*args);
                self.exception_args(args, args_ty)
            }
            ExprKind::BuiltinExceptionText { exception, args } => {
                let args_ty = self.ty(*args);
                let args = self.expr(*args);
                self.builtin_exception_text(*exception, args, args_ty)
            }
            ExprKind::TypeName(value) => {
                let value_ty = self.ty(*value);
                let value = self.expr(*value);
                self.type_name(value, value_ty)
            }
            ExprKind::Attribute { value, attr } => self.attribute(*value, attr, ty, span),
            ExprKind::MethodCall {
                receiver,
                method,
                args,
                keywords,
            } => {
                let receiver_ty = self.ty(*receiver);
                if let Ty::Gen(generator) = receiver_ty {
                    return self.generator_method(generator, *receiver, method, args, span);
                }
                if let Some(&callee_ty) = self.res.field_calls.get(&id) {
                    // `object.attr(args)` of an attribute holding a function.
                    let callee = self.attribute(*receiver, method, callee_ty, span);
                    return self.call_value(id, callee, callee_ty, args, keywords, span);
                }
                let receiver_span = func.expr(*receiver).span;
                let mut stmts = vec![];
                let object = self.expr(*receiver);
                // CPython blames `receiver.method` when the receiver is None.
                let attribute_span = Span {
                    file: span.file,
                    range: ruff_text_size::TextRange::new(
                        span.range.start(),
                        receiver_span.range.end()
                            + ruff_text_size::TextSize::from(method.len() as u32 + 1),
                    ),
                };
                if receiver_ty == Ty::None {
                    return self.none_attribute(object, method, attribute_span);
                }
                if let (Ty::List(_), "sort") = (receiver_ty, method.as_str()) {
                    let keywords: Vec<(String, ExprId)> =
                        keywords.iter().map(|k| (k.name.clone(), k.value)).collect();
                    return self.list_sort(object, receiver_ty, &keywords, span);
                }
                if let Ty::List(_) = receiver_ty {
                    return self.list_method(object, receiver_ty, method, args, span);
                }
                if let Ty::Dict(_) = receiver_ty {
                    return self.dict_method(object, receiver_ty, method, args, ty, span);
                }
                if let Ty::Set(_) | Ty::FrozenSet(_) = receiver_ty {
                    return self.set_method(object, receiver_ty, method, args, span);
                }
                if let (Ty::Int | Ty::Bool, "bit_length" | "bit_count") =
                    (receiver_ty, method.as_str())
                {
                    let value = self.to_i64(object, receiver_ty);
                    return block(stmts, self.call_rt(&format!("int_{method}"), vec![value]));
                }
                if receiver_ty == Ty::Str && method == "encode" {
                    stmts.extend(args.iter().map(|&a| Stmt::Drop(self.expr(a))));
                    return block(stmts, self.call_rt("str_encode", vec![object]));
                }
                if receiver_ty == Ty::Bytes {
                    // `decode()`, inference checked.
                    let site = self.site(span, Anchor::Whole);
                    stmts.extend(args.iter().map(|&a| Stmt::Drop(self.expr(a))));
                    let call = Expr::Call {
                        func: self.cx.rt("bytes_decode"),
                        args: vec![object],
                        site,
                    };
                    return block(stmts, call);
                }
                if receiver_ty == Ty::Str && method != "join" {
                    return self.str_method(id, object, method, args, span);
                }
                if receiver_ty == Ty::Str {
                    // `sep.join(list)`.
                    let mut stmts = Vec::new();
                    let separator = self.temp(Ty::Str, object, &mut stmts);
                    let list_ty = self.ty(args[0]);
                    let list = self.expr(args[0]);
                    if list_ty.is_object() {
                        // A str or a list of strs, decided when it runs.
                        let joined = self.call_rt_at("obj_join_value", vec![separator, list], span);
                        return block(stmts, joined);
                    }
                    let list = match list_ty {
                        // Joining a str joins its code points.
                        Ty::Str => self.call_rt("str_chars", vec![list]),
                        Ty::Tuple(_) => self.tuple_list(list, list_ty, &mut stmts),
                        _ => list,
                    };
                    let list = self.list_local(list, &mut stmts);
                    let dynamic =
                        matches!(list_ty, Ty::List(_)) && self.list_elem(list_ty).is_object();
                    // Joining dynamic values raises when one is not a str.
                    let site = if dynamic {
                        self.site(span, Anchor::Whole)
                    } else {
                        None
                    };
                    let call = Expr::Call {
                        func: self.cx.rt(if dynamic { "obj_join" } else { "str_join" }),
                        args: vec![
                            separator,
                            un(
                                UnOp::I64ExtendI32U,
                                Expr::Load {
                                    ty: MemTy::Ref,
                                    addr: Box::new(list.clone()),
                                },
                            ),
                            un(UnOp::I64ExtendI32U, crate::list::list_len(list)),
                        ],
                        site,
                    };
                    return block(stmts, call);
                }
                let Some(&instance) = self.res.callees.get(&id) else {
                    if let Some(targets) = self.res.dispatch.get(&id).cloned() {
                        let object =
                            self.instance(object, receiver_ty, method, attribute_span, &mut stmts);
                        let values = self.method_call_args(id, args, keywords, &[], &mut stmts);
                        let site = self.site(span, Anchor::Whole);
                        let call = self.dispatch(object, values, &targets, ty, site, &mut stmts);
                        return block(stmts, call);
                    }
                    stmts.push(Stmt::Drop(object));
                    stmts.extend(args.iter().map(|a| Stmt::Drop(self.expr(*a))));
                    return block(stmts, Expr::Unreachable);
                };
                let object = self.instance(object, receiver_ty, method, attribute_span, &mut stmts);
                let static_method = !matches!(
                    self.cx
                        .program
                        .func(self.cx.typeck.instance(instance).func)
                        .kind,
                    krait_hir::FuncKind::Method(_)
                );
                let mut lowered = if static_method {
                    // A static method's receiver is evaluated, then not passed.
                    stmts.push(Stmt::Drop(object));
                    Vec::new()
                } else {
                    vec![object]
                };
                let values = self.method_call_args(id, args, keywords, &[], &mut stmts);
                lowered.extend(values);
                let site = self.site(span, Anchor::Whole);
                let callee = self.cx.typeck.instance(instance).func;
                if self.cx.program.func(callee).generator {
                    let frame = self.generator_create(instance, lowered, site, &mut stmts);
                    return block(stmts, frame);
                }
                let call = Expr::Call {
                    func: mir::FuncIdx(instance.0),
                    args: lowered,
                    site,
                };
                if self.cx.typeck.result(instance).ret == Ty::Never {
                    stmts.push(Stmt::Drop(call));
                    stmts.push(Stmt::Unreachable);
                    block(stmts, Expr::Values(Vec::new()))
                } else {
                    block(stmts, call)
                }
            }
            ExprKind::Str(text) => self.str_lit(text),
            ExprKind::Bytes(bytes) => Expr::I32(self.cx.bytes_const(bytes) as i32),
            ExprKind::Local(local) if ty == Ty::Never => {
                let name = self.func.locals[local.index()].name.clone();
                self.unbound(&name, true, span)
            }
            ExprKind::Global(global) if ty == Ty::Never => {
                let name = self.cx.program.globals[global.index()].name.clone();
                self.unbound(&name, false, span)
            }
            ExprKind::Local(local) => {
                let read = self.read_place(krait_hir::Place::Local(*local));
                let check = self.binding_check(krait_hir::Place::Local(*local), id, span);
                block(check.into_iter().collect(), read)
            }
            ExprKind::Global(global) => {
                let read = self.read_place(krait_hir::Place::Global(*global));
                let check = self.binding_check(krait_hir::Place::Global(*global), id, span);
                block(check.into_iter().collect(), read)
            }
            ExprKind::Call {
                callee,
                args,
                keywords,
            } => match *callee {
                Callee::Func(callee_func) => {
                    let mut checks = Vec::new();
                    if self.cx.bound.checked.contains(&(self.func_id, id)) {
                        if let Some(&flag) = self
                            .cx
                            .binding_flags
                            .get(&crate::bound::Binding::Func(callee_func))
                        {
                            let name = self.cx.program.func(callee_func).name.clone();
                            let name_span = Span {
                                file: span.file,
                                range: ruff_text_size::TextRange::at(
                                    span.range.start(),
                                    ruff_text_size::TextSize::from(name.len() as u32),
                                ),
                            };
                            let raise = self.unbound(&name, false, name_span);
                            checks.push(Stmt::If {
                                cond: not(Expr::Global(flag)),
                                then: vec![Stmt::Drop(raise)],
                                otherwise: Vec::new(),
                            });
                        }
                    }
                    let call = self.call_user(id, args, span);
                    block(checks, call)
                }
                Callee::Builtin(builtin) => {
                    let keywords: Vec<_> =
                        keywords.iter().map(|k| (k.name.clone(), k.value)).collect();
                    self.builtin(builtin, args, &keywords, ty, span)
                }
                Callee::Intrinsic(intrinsic) => self.intrinsic(intrinsic, args, span),
            },
            ExprKind::Binary { op, lhs, rhs } => {
                let (lt, rt) = (self.ty(*lhs), self.ty(*rhs));
                let l = self.expr(*lhs);
                let r = self.expr(*rhs);
                let left_end = u32::from(func.expr(*lhs).span.range.end());
                let right_start = u32::from(func.expr(*rhs).span.range.start());
                self.binary(
                    *op,
                    l,
                    lt,
                    r,
                    rt,
                    ty,
                    *rhs,
                    span,
                    Some((left_end, right_start)),
                )
            }
            _ => self.expr_rest(id),
        }
    }

    fn call_user(&mut self, id: ExprId, args: &[ExprId], span: Span) -> Expr {
        let Some(&instance) = self.res.callees.get(&id) else {
            // An argument never produces a value, so the call never happens.
            let stmts = args.iter().map(|a| Stmt::Drop(self.expr(*a))).collect();
            return block(stmts, Expr::Unreachable);
        };
        let args = args.iter().map(|a| self.expr(*a)).collect();
        let site = self.site(span, Anchor::Whole);
        self.call_instance(instance, args, site, Vec::new())
    }

    /// A call of `instance` with `args` after `stmts`: a new generator of a generator
    /// function, and nothing after a call that never returns.
    pub(crate) fn call_instance(
        &mut self,
        instance: krait_infer::InstanceId,
        args: Vec<Expr>,
        site: Option<mir::Site>,
        mut stmts: Vec<Stmt>,
    ) -> Expr {
        let callee = self.cx.typeck.instance(instance).func;
        if self.cx.program.func(callee).generator {
            let frame = self.generator_create(instance, args, site, &mut stmts);
            return block(stmts, frame);
        }
        let call = Expr::Call {
            func: mir::FuncIdx(instance.0),
            args,
            site,
        };
        if self.cx.typeck.result(instance).ret == Ty::Never {
            stmts.extend([Stmt::Drop(call), Stmt::Unreachable]);
            block(stmts, Expr::Values(Vec::new()))
        } else {
            block(stmts, call)
        }
    }

    fn expr_rest(&mut self, id: ExprId) -> Expr {
        let func = self.func;
        let expr = func.expr(id);
        let span = expr.span;
        let ty = self.ty(id);
        match &expr.kind {
            // A function value is what it captured.
            ExprKind::Lambda { captures, .. } => {
                let values = captures
                    .iter()
                    .flat_map(|&c| crate::func::flatten(self.expr(c)))
                    .collect();
                crate::values(values)
            }
            ExprKind::CallValue {
                callee,
                args,
                keywords,
            } => {
                let callee_ty = self.ty(*callee);
                if let Ty::Instance { .. } = callee_ty {
                    // `object(args)`: its `__call__`.
                    let mut stmts = Vec::new();
                    let object = self.expr(*callee);
                    let object = self.temp(callee_ty, object, &mut stmts);
                    let mut values = Vec::new();
                    for &arg in args {
                        let arg_ty = self.ty(arg);
                        let value = self.expr(arg);
                        values.push((self.temp(arg_ty, value, &mut stmts), arg_ty));
                    }
                    let site = self.site(span, Anchor::Whole);
                    let result = self
                        .call_special(object, callee_ty, "__call__", values, ty, &mut stmts, site);
                    return block(stmts, result);
                }
                let callee_value = self.expr(*callee);
                self.call_value(id, callee_value, callee_ty, args, keywords, span)
            }
            ExprKind::AssignExpr { place, value } => {
                let mut stmts = Vec::new();
                let lowered = self.expr(*value);
                let result = self.temp(ty, lowered, &mut stmts);
                let stored = self.coerce(result.clone(), ty, self.place_ty(*place), &mut stmts);
                self.write_place(*place, stored, &mut stmts);
                block(stmts, result)
            }
            ExprKind::Unary { op, operand }
                if *op != UnaryOp::Not && matches!(self.ty(*operand), Ty::Instance { .. }) =>
            {
                let operand_ty = self.ty(*operand);
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                let mut stmts = Vec::new();
                let object = self.expr(*operand);
                let object = self.temp(operand_ty, object, &mut stmts);
                let site = self.site(span, Anchor::Whole);
                let result =
                    self.call_special(object, operand_ty, name, Vec::new(), ty, &mut stmts, site);
                block(stmts, result)
            }
            ExprKind::Unary { op, operand }
                if *op != UnaryOp::Not && self.ty(*operand).is_object() =>
            {
                let value = self.expr(*operand);
                let func = match op {
                    UnaryOp::Neg => "obj_negative",
                    UnaryOp::Pos => "obj_positive",
                    _ => "obj_invert",
                };
                self.call_rt_at(func, vec![value], span)
            }
            ExprKind::Unary { op, operand } => {
                let operand_ty = self.ty(*operand);
                match op {
                    UnaryOp::Not => {
                        let t = self.truthy(*operand);
                        not(t)
                    }
                    UnaryOp::Pos => {
                        let v = self.expr(*operand);
                        self.to_i64(v, operand_ty)
                    }
                    UnaryOp::Neg => {
                        let v = self.expr(*operand);
                        if operand_ty == Ty::Float {
                            un(UnOp::F64Neg, v)
                        } else {
                            let v = self.to_i64(v, operand_ty);
                            if let Expr::I64(n) = v
                                && n != i64::MIN
                            {
                                // A negative literal: nothing to check, and no traceback site.
                                return Expr::I64(-n);
                            }
                            let site = self.site(span, Anchor::Whole);
                            Expr::Checked {
                                op: CheckedOp::Sub,
                                lhs: Box::new(Expr::I64(0)),
                                rhs: Box::new(v),
                                site,
                            }
                        }
                    }
                    UnaryOp::Invert => {
                        let v = self.expr(*operand);
                        let v = self.to_i64(v, operand_ty);
                        bin(BinOp::I64Xor, v, Expr::I64(-1))
                    }
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare_chain(*left, ops, comparators, span),
            ExprKind::Logical { op, values } => {
                let val_ty = repr(ty);
                let values = self.operands_that_run(*op, values);
                let mut iter = values.iter().rev();
                let last = *iter.next().expect("a boolean operation has operands");
                let last_ty = self.ty(last);
                let lowered = self.expr(last);
                let mut stmts = Vec::new();
                let value = self.coerce(lowered, last_ty, ty, &mut stmts);
                let mut result = block(stmts, value);
                for &value in iter {
                    let value_ty = self.ty(value);
                    let lowered = self.expr(value);
                    let mut stmts = Vec::new();
                    let temp = self.temp(value_ty, lowered, &mut stmts);
                    let cond = self.truthy_value(temp.clone(), value_ty);
                    let mut own_stmts = Vec::new();
                    let own = self.coerce(temp, value_ty, ty, &mut own_stmts);
                    let own = block(own_stmts, own);
                    let chosen = match op {
                        LogicalOp::And => if_else(cond, result, own, val_ty.clone()),
                        LogicalOp::Or => if_else(cond, own, result, val_ty.clone()),
                    };
                    result = block(stmts, chosen);
                }
                result
            }
            ExprKind::IfElse { test, body, orelse } if self.static_test(*test).is_some() => {
                let taken = if self.static_test(*test) == Some(true) {
                    *body
                } else {
                    *orelse
                };
                let mut stmts = vec![Stmt::Drop(self.expr(*test))];
                let value = self.expr(taken);
                let value = self.coerce(value, self.ty(taken), ty, &mut stmts);
                block(stmts, value)
            }
            ExprKind::IfElse { test, body, orelse } => {
                let cond = self.truthy(*test);
                let (then_ty, otherwise_ty) = (self.ty(*body), self.ty(*orelse));
                let mut then_stmts = Vec::new();
                let then = self.expr(*body);
                let then = self.coerce(then, then_ty, ty, &mut then_stmts);
                let mut otherwise_stmts = Vec::new();
                let otherwise = self.expr(*orelse);
                let otherwise = self.coerce(otherwise, otherwise_ty, ty, &mut otherwise_stmts);
                if_else(
                    cond,
                    block(then_stmts, then),
                    block(otherwise_stmts, otherwise),
                    repr(ty),
                )
            }
            ExprKind::Subscript { value, index } if self.ty(*value).is_object() => {
                // A str, a list or a dict, decided when it runs.
                let index_ty = self.ty(*index);
                let mut stmts = Vec::new();
                let object = self.expr(*value);
                let object = self.temp(Ty::OBJECT, object, &mut stmts);
                let i = self.expr(*index);
                let i = self.box_value(i, index_ty);
                let site = self.subscript_site(*value, *index, span);
                let call = Expr::Call {
                    func: self.cx.rt("obj_getitem"),
                    args: vec![object, i],
                    site,
                };
                block(stmts, call)
            }
            ExprKind::Subscript { value, index } if matches!(self.ty(*value), Ty::Tuple(_)) => {
                let tuple_ty = self.ty(*value);
                let n = tuple_ty.elements().len();
                let mut stmts = Vec::new();
                let lowered = self.expr(*value);
                let temps = self.temp(tuple_ty, lowered, &mut stmts);
                let Some(Ok(position)) = krait_infer::constant_index(func, *index, n) else {
                    // A tuple of one element type, indexed at run time.
                    let index_ty = self.ty(*index);
                    let i = self.expr(*index);
                    let i = self.to_i64(i, index_ty);
                    let site = self.subscript_site(*value, *index, span);
                    let element = self.tuple_index(temps, tuple_ty, i, site, &mut stmts);
                    return block(stmts, element);
                };
                let element = split(temps, tuple_ty).swap_remove(position);
                block(stmts, element)
            }
            ExprKind::Subscript { value, index }
                if matches!(self.ty(*value), Ty::Instance { .. }) =>
            {
                let object_ty = self.ty(*value);
                let index_ty = self.ty(*index);
                let mut stmts = Vec::new();
                let object = self.expr(*value);
                let object = self.temp(object_ty, object, &mut stmts);
                let key = self.expr(*index);
                let key = self.temp(index_ty, key, &mut stmts);
                let args = vec![(key, index_ty)];
                let site = self.subscript_site(*value, *index, span);
                let result =
                    self.call_special(object, object_ty, "__getitem__", args, ty, &mut stmts, site);
                block(stmts, result)
            }
            ExprKind::Subscript { value, index } => {
                let index_ty = self.ty(*index);
                let v = self.expr(*value);
                let i = self.expr(*index);
                let i = self.to_i64(i, index_ty);
                let from = u32::from(func.expr(*value).span.range.end());
                let to = u32::from(func.expr(*index).span.range.end()) + 1;
                let site = self.site(span, Anchor::Secondary { from, to });
                let call = Expr::Call {
                    func: self.cx.rt("argv_get"),
                    args: vec![i],
                    site,
                };
                block(vec![Stmt::Drop(v)], call)
            }
            ExprKind::FString(parts) => self.fstring(parts, span),
            ExprKind::Tuple(elements) => {
                Expr::Values(elements.iter().map(|e| self.expr(*e)).collect())
            }
            _ => unreachable!("lowered by expr_value"),
        }
    }

    /// Reading a variable that no value ever reaches: CPython's error for an unbound name.
    pub(crate) fn unbound(&mut self, name: &str, local: bool, span: Span) -> Expr {
        let text = if local {
            format!(
                "UnboundLocalError: cannot access local variable '{name}' where it is not associated with a value"
            )
        } else {
            let hint = self
                .name_suggestion(name, span)
                .map(|s| format!(". Did you mean: '{s}'?"))
                .unwrap_or_default();
            format!("NameError: name '{name}' is not defined{hint}")
        };
        let message = self.str_lit(&text);
        let site = self.site(span, Anchor::Whole);
        block(vec![Stmt::Raise { message, site }], Expr::Unreachable)
    }

    /// CPython's suggestion for a NameError raised at `span` in this function.
    fn name_suggestion(&self, name: &str, span: Span) -> Option<String> {
        let program = self.cx.program;
        let is_module = program.module_bodies.contains(&self.func_id);
        let varnames: Vec<&str> = if is_module {
            Vec::new()
        } else {
            self.func.locals.iter().map(|l| l.name.as_str()).collect()
        };
        // Module-level code sees only the names bound above it; functions run later.
        let limit = is_module.then_some(span.range.start());
        let mut globals = Vec::new();
        module_bindings(
            program,
            &program.func(program.entry).body,
            limit,
            &mut globals,
        );
        let globals: Vec<&str> = globals.iter().map(String::as_str).collect();
        crate::suggest::suggestion(name, &varnames, &globals)
    }

    fn fstring(&mut self, parts: &[FStringPart], span: Span) -> Expr {
        let mut pieces = Vec::new();
        for part in parts {
            match part {
                FStringPart::Literal(text) => pieces.push(self.str_lit(text)),
                FStringPart::Value {
                    value,
                    conversion,
                    spec,
                } => {
                    let ty = self.ty(*value);
                    let lowered = self.expr(*value);
                    let piece = match conversion {
                        Conversion::Repr => {
                            let text = self.repr_of(lowered, ty);
                            self.format_str(text, spec, span)
                        }
                        Conversion::Str => {
                            let text = self.str_of(lowered, ty);
                            self.format_str(text, spec, span)
                        }
                        Conversion::None if spec.is_empty() => self.str_of(lowered, ty),
                        Conversion::None => {
                            let spec_value = self.fstring(spec, span);
                            match ty {
                                Ty::Int | Ty::Bool => {
                                    let v = self.to_i64(lowered, ty);
                                    let is_bool = Expr::I32((ty == Ty::Bool) as i32);
                                    self.call_rt_at(
                                        "format_int",
                                        vec![v, spec_value, is_bool],
                                        span,
                                    )
                                }
                                Ty::Float => {
                                    self.call_rt_at("format_float", vec![lowered, spec_value], span)
                                }
                                Ty::Object(_) => {
                                    self.call_rt_at("obj_format", vec![lowered, spec_value], span)
                                }
                                _ => {
                                    let text = self.str_of(lowered, ty);
                                    self.call_rt_at("format_str", vec![text, spec_value], span)
                                }
                            }
                        }
                    };
                    pieces.push(piece);
                }
            }
        }
        self.concat(pieces)
    }

    fn format_str(&mut self, text: Expr, spec: &[FStringPart], span: Span) -> Expr {
        if spec.is_empty() {
            return text;
        }
        let spec_value = self.fstring(spec, span);
        self.call_rt_at("format_str", vec![text, spec_value], span)
    }

    pub(crate) fn concat(&mut self, pieces: Vec<Expr>) -> Expr {
        let mut iter = pieces.into_iter();
        let Some(mut result) = iter.next() else {
            return self.str_lit("");
        };
        for piece in iter {
            result = self.call_rt("str_concat", vec![result, piece]);
        }
        result
    }

    /// `current op= rhs`: lists (`+=`), sets (`|=`, `&=`, `-=`, `^=`) and dicts (`|=`) change
    /// in place, so that every name for the object sees it, and the object itself is the result
    /// to store back; other values combine as `binary` does.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn in_place_binary(
        &mut self,
        op: PyBinOp,
        current: Expr,
        current_ty: Ty,
        rhs: Expr,
        rhs_ty: Ty,
        result_ty: Ty,
        rhs_expr: ExprId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let set_op = matches!(
            op,
            PyBinOp::BitOr | PyBinOp::BitAnd | PyBinOp::Sub | PyBinOp::BitXor
        );
        let mutable = match current_ty {
            Ty::List(_) => op == PyBinOp::Add,
            Ty::Dict(_) => op == PyBinOp::BitOr,
            Ty::Set(_) => set_op,
            _ => false,
        };
        if current_ty.is_object() || rhs_ty.is_object() {
            return self.object_binary(
                op,
                current,
                current_ty,
                rhs,
                rhs_ty,
                span,
                Anchor::Whole,
                true,
            );
        }
        if !mutable {
            return self.binary(
                op, current, current_ty, rhs, rhs_ty, result_ty, rhs_expr, span, None,
            );
        }
        let object = self.temp(current_ty, current, out);
        match current_ty {
            Ty::List(_) => {
                let elem = self.list_elem(current_ty);
                let other = self.list_local(rhs, out);
                self.list_extend(object.clone(), other, elem, out);
            }
            Ty::Dict(_) => self.dict_update_in_place(object.clone(), rhs, current_ty, span, out),
            _ => {
                let elem = self.set_elem(current_ty);
                self.set_update_in_place(op, object.clone(), rhs, elem, span, out);
            }
        }
        object
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binary(
        &mut self,
        op: PyBinOp,
        l: Expr,
        lt: Ty,
        r: Expr,
        rt: Ty,
        result: Ty,
        rhs_expr: ExprId,
        span: Span,
        anchors: Option<(u32, u32)>,
    ) -> Expr {
        let anchor = match anchors {
            Some((left_end, right_start)) => Anchor::BinOp {
                left_end,
                right_start,
            },
            None => Anchor::Whole,
        };
        if result == Ty::Never || lt == Ty::Never || rt == Ty::Never {
            // An operand never produces a value (or Python rejects the operation at run time).
            return block(vec![Stmt::Drop(l), Stmt::Drop(r)], Expr::Unreachable);
        }
        if lt.is_object() || rt.is_object() {
            return self.object_binary(op, l, lt, r, rt, span, anchor, false);
        }
        if matches!(lt, Ty::Instance { .. }) || matches!(rt, Ty::Instance { .. }) {
            let (name, reflected) = op.dunders();
            let mut stmts = Vec::new();
            let l = self.temp(lt, l, &mut stmts);
            let r = self.temp(rt, r, &mut stmts);
            let left = match lt {
                Ty::Instance { class, .. } => self
                    .cx
                    .typeck
                    .special_targets(self.cx.program, class, name, &[rt])
                    .is_some(),
                _ => false,
            };
            let site = self.site(span, anchor);
            let call = if left {
                self.call_special(l, lt, name, vec![(r, rt)], result, &mut stmts, site)
            } else {
                self.call_special(r, rt, reflected, vec![(l, lt)], result, &mut stmts, site)
            };
            return block(stmts, call);
        }
        if let Ty::Tuple(_) = result {
            // Tuple concatenation: the values of the one, then the other's.
            return Expr::Values(vec![l, r]);
        }
        if let (Some(_), Some(_)) = (lt.set_var(), rt.set_var()) {
            let elem = self.set_elem(result);
            return self.set_binary(op, l, r, elem, span);
        }
        if let (Ty::Dict(_), Ty::Dict(_)) = (lt, rt) {
            return self.dict_union(l, r, result, span);
        }
        if let (Ty::List(_), Ty::List(_)) = (lt, rt) {
            let elem = self.list_elem(result);
            let mut stmts = Vec::new();
            let l = self.list_local(l, &mut stmts);
            let r = self.list_local(r, &mut stmts);
            let joined = self.list_concat(l, r, elem, &mut stmts);
            return block(stmts, joined);
        }
        if let Ty::List(_) = result {
            let elem = self.list_elem(result);
            let mut stmts = Vec::new();
            let repeated = match lt {
                Ty::List(_) => {
                    let n = self.to_i64(r, rt);
                    self.list_repeat(l, n, elem, &mut stmts)
                }
                _ => {
                    let list = self.temp(Ty::Int, self.to_i64(l, lt), &mut stmts);
                    self.list_repeat(r, list, elem, &mut stmts)
                }
            };
            return block(stmts, repeated);
        }
        let text = |t: Ty| matches!(t, Ty::Str | Ty::Bytes);
        if text(lt) || text(rt) {
            return match (op, lt) {
                (PyBinOp::Add, _) => self.call_rt("str_concat", vec![l, r]),
                (_, Ty::Str | Ty::Bytes) => {
                    let n = self.to_i64(r, rt);
                    self.call_rt_at("str_repeat", vec![l, n], span)
                }
                _ => {
                    let n = self.to_i64(l, lt);
                    self.call_rt_at("str_repeat", vec![r, n], span)
                }
            };
        }
        if result == Ty::Bool {
            let op = match op {
                PyBinOp::BitAnd => BinOp::I32And,
                PyBinOp::BitOr => BinOp::I32Or,
                _ => BinOp::I32Xor,
            };
            return bin(op, l, r);
        }
        if result == Ty::Float {
            if op == PyBinOp::Pow {
                let site = self.site(span, anchor);
                if lt != Ty::Float && rt != Ty::Float {
                    let (a, b) = (self.to_i64(l, lt), self.to_i64(r, rt));
                    return Expr::Call {
                        func: self.cx.rt("int_pow_negative"),
                        args: vec![a, b],
                        site,
                    };
                }
                let (a, b) = (self.to_f64(l, lt), self.to_f64(r, rt));
                return Expr::Call {
                    func: self.cx.rt("float_pow"),
                    args: vec![a, b],
                    site,
                };
            }
            let a = self.to_f64(l, lt);
            let b = self.to_f64(r, rt);
            return match op {
                PyBinOp::Add => bin(BinOp::F64Add, a, b),
                PyBinOp::Sub => bin(BinOp::F64Sub, a, b),
                PyBinOp::Mul => bin(BinOp::F64Mul, a, b),
                PyBinOp::Div => {
                    let message = if lt == Ty::Float {
                        "ZeroDivisionError: float division by zero"
                    } else {
                        "ZeroDivisionError: division by zero"
                    };
                    self.checked_divisor_f64(a, b, message, span, anchor, BinOp::F64Div)
                }
                PyBinOp::FloorDiv => {
                    let site = self.site(span, anchor);
                    Expr::Call {
                        func: self.cx.rt("float_floordiv"),
                        args: vec![a, b],
                        site,
                    }
                }
                PyBinOp::Mod => {
                    let site = self.site(span, anchor);
                    Expr::Call {
                        func: self.cx.rt("float_mod"),
                        args: vec![a, b],
                        site,
                    }
                }
                _ => unreachable!("inference gives no float result for {op:?}"),
            };
        }
        let a = self.to_i64(l, lt);
        let b = self.to_i64(r, rt);
        let constant_rhs = match self.func.expr(rhs_expr).kind {
            ExprKind::Int(n) => Some(n),
            _ => None,
        };
        match op {
            PyBinOp::Add | PyBinOp::Sub | PyBinOp::Mul => {
                let op = match op {
                    PyBinOp::Add => CheckedOp::Add,
                    PyBinOp::Sub => CheckedOp::Sub,
                    _ => CheckedOp::Mul,
                };
                let site = self.site(span, anchor);
                Expr::Checked {
                    op,
                    lhs: Box::new(a),
                    rhs: Box::new(b),
                    site,
                }
            }
            PyBinOp::FloorDiv | PyBinOp::Mod => {
                self.int_div_mod(op, a, b, constant_rhs, span, anchor)
            }
            PyBinOp::Pow => {
                let site = self.site(span, anchor);
                Expr::Call {
                    func: self.cx.rt("int_pow"),
                    args: vec![a, b],
                    site,
                }
            }
            PyBinOp::LShift | PyBinOp::RShift => {
                self.int_shift(op, a, b, constant_rhs, span, anchor)
            }
            PyBinOp::BitAnd => bin(BinOp::I64And, a, b),
            PyBinOp::BitOr => bin(BinOp::I64Or, a, b),
            PyBinOp::BitXor => bin(BinOp::I64Xor, a, b),
            PyBinOp::Div => unreachable!("int / int is a float"),
            PyBinOp::MatMul => unreachable!("inference applies `@` to instances alone"),
        }
    }

    fn checked_divisor_f64(
        &mut self,
        a: Expr,
        b: Expr,
        message: &str,
        span: Span,
        anchor: Anchor,
        op: BinOp,
    ) -> Expr {
        let mut stmts = Vec::new();
        let a = self.temp(Ty::Float, a, &mut stmts);
        let b = self.temp(Ty::Float, b, &mut stmts);
        let message = self.str_lit(message);
        let site = self.site(span, anchor);
        stmts.push(Stmt::If {
            cond: bin(BinOp::F64Eq, b.clone(), Expr::F64(0.0)),
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        block(stmts, bin(op, a, b))
    }

    /// `a << b` and `a >> b` inline: ValueError for a negative count, OverflowError when a left
    /// shift loses bits (ints are 64-bit until big ints land); a right shift by 64 or more
    /// leaves only the sign.
    fn int_shift(
        &mut self,
        op: PyBinOp,
        a: Expr,
        b: Expr,
        constant_rhs: Option<i64>,
        span: Span,
        anchor: Anchor,
    ) -> Expr {
        let mut stmts = Vec::new();
        let a = self.temp(Ty::Int, a, &mut stmts);
        let b = self.temp(Ty::Int, b, &mut stmts);
        if constant_rhs.is_none_or(|n| n < 0) {
            let message = self.str_lit("ValueError: negative shift count");
            let site = self.site(span, anchor);
            stmts.push(Stmt::If {
                cond: bin(BinOp::I64LtS, b.clone(), Expr::I64(0)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        let count = match constant_rhs {
            Some(n) => Expr::I64(n.clamp(0, 63)),
            None => if_else(
                bin(BinOp::I64LtU, Expr::I64(63), b.clone()),
                Expr::I64(63),
                b.clone(),
                vec![ValTy::I64],
            ),
        };
        if op == PyBinOp::RShift {
            return block(stmts, bin(BinOp::I64ShrS, a, count));
        }
        let count = self.temp(Ty::Int, count, &mut stmts);
        let shifted = self.temp(
            Ty::Int,
            bin(BinOp::I64Shl, a.clone(), count.clone()),
            &mut stmts,
        );
        // Bits were lost when shifting back does not give `a`, or the count is past 63.
        let lost = bin(
            BinOp::I32Or,
            bin(
                BinOp::I64Ne,
                bin(BinOp::I64ShrS, shifted.clone(), count),
                a.clone(),
            ),
            bin(BinOp::I64LtU, Expr::I64(63), b),
        );
        let message = self.str_lit(crate::OVERFLOW_MESSAGE);
        let site = self.site(span, anchor);
        stmts.push(Stmt::If {
            cond: bin(BinOp::I32And, bin(BinOp::I64Ne, a, Expr::I64(0)), lost),
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        block(stmts, shifted)
    }

    /// Python's `//` and `%` on ints: the quotient rounds toward minus infinity and the
    /// remainder takes the divisor's sign.
    fn int_div_mod(
        &mut self,
        op: PyBinOp,
        a: Expr,
        b: Expr,
        constant_rhs: Option<i64>,
        span: Span,
        anchor: Anchor,
    ) -> Expr {
        // By a positive power of two, flooring is an arithmetic shift and the (non-negative)
        // remainder the low bits, for negative `a` too: no division, no adjustment.
        if let Some(n) = constant_rhs.filter(|&n| n > 0 && n & (n - 1) == 0) {
            return if op == PyBinOp::Mod {
                bin(BinOp::I64And, a, Expr::I64(n - 1))
            } else {
                bin(BinOp::I64ShrS, a, Expr::I64(i64::from(n.trailing_zeros())))
            };
        }
        let mut stmts = Vec::new();
        let a = self.temp(Ty::Int, a, &mut stmts);
        let b = self.temp(Ty::Int, b, &mut stmts);
        if constant_rhs.is_none_or(|n| n == 0) {
            let text = if op == PyBinOp::Mod {
                "ZeroDivisionError: integer modulo by zero"
            } else {
                "ZeroDivisionError: integer division or modulo by zero"
            };
            let message = self.str_lit(text);
            let site = self.site(span, anchor);
            stmts.push(Stmt::If {
                cond: bin(BinOp::I64Eq, b.clone(), Expr::I64(0)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        // r = a rem b (wasm's rem_s gives 0 for i64::MIN rem -1, which is right).
        let rem = bin(BinOp::I64RemS, a.clone(), b.clone());
        let r = self.temp(Ty::Int, rem, &mut stmts);
        // The signs of r and b differ (and r != 0): adjust toward minus infinity.
        let adjust = match constant_rhs {
            Some(n) if n > 0 => bin(BinOp::I64LtS, r.clone(), Expr::I64(0)),
            _ => bin(
                BinOp::I32And,
                bin(BinOp::I64Ne, r.clone(), Expr::I64(0)),
                bin(
                    BinOp::I64LtS,
                    bin(BinOp::I64Xor, r.clone(), b.clone()),
                    Expr::I64(0),
                ),
            ),
        };
        if op == PyBinOp::Mod {
            let adjusted = bin(BinOp::I64Add, r.clone(), b);
            return block(stmts, if_else(adjust, adjusted, r, vec![ValTy::I64]));
        }
        if constant_rhs.is_none_or(|n| n == -1) {
            let message = self.str_lit(crate::OVERFLOW_MESSAGE);
            let site = self.site(span, anchor);
            stmts.push(Stmt::If {
                cond: bin(
                    BinOp::I32And,
                    bin(BinOp::I64Eq, a.clone(), Expr::I64(i64::MIN)),
                    bin(BinOp::I64Eq, b.clone(), Expr::I64(-1)),
                ),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        let quotient = bin(BinOp::I64DivS, a, b);
        let adjusted = bin(BinOp::I64Sub, quotient.clone(), Expr::I64(1));
        block(stmts, if_else(adjust, adjusted, quotient, vec![ValTy::I64]))
    }

    fn compare_chain(
        &mut self,
        left: ExprId,
        ops: &[CmpOp],
        comparators: &[ExprId],
        span: Span,
    ) -> Expr {
        let mut lhs_ty = self.ty(left);
        let mut lhs = self.expr(left);
        // In a chain, the left operand is evaluated before the middle ones are stored.
        let mut first = Vec::new();
        if ops.len() > 1 {
            lhs = self.temp(lhs_ty, lhs, &mut first);
        }
        let mut tests = Vec::new();
        for (i, (op, &rhs)) in ops.iter().zip(comparators).enumerate() {
            let rhs_ty = self.ty(rhs);
            let mut rhs_value = self.expr(rhs);
            let last = i + 1 == ops.len();
            let mut pre = Vec::new();
            if !last {
                rhs_value = self.temp(rhs_ty, rhs_value, &mut pre);
            }
            let test = self.compare(*op, lhs, lhs_ty, rhs_value.clone(), rhs_ty, span);
            tests.push((pre, test));
            lhs = rhs_value;
            lhs_ty = rhs_ty;
        }
        // a < b < c: each test runs only if the previous held; each operand is evaluated once.
        let mut iter = tests.into_iter().rev();
        let (pre, last) = iter.next().expect("a comparison has an operator");
        let mut result = block(pre, last);
        for (pre, test) in iter {
            result = block(pre, if_else(test, result, Expr::I32(0), vec![ValTy::I32]));
        }
        block(first, result)
    }

    /// Tuples compare element by element: `==` when all are equal, `<` by the first elements that
    /// differ, or by length when one tuple is a prefix of the other.
    fn compare_tuples(&mut self, op: CmpOp, l: Expr, lt: Ty, r: Expr, rt: Ty, span: Span) -> Expr {
        let mut stmts = Vec::new();
        let a = self.temp(lt, l, &mut stmts);
        let b = self.temp(rt, r, &mut stmts);
        let (a_elements, b_elements) = (split(a, lt), split(b, rt));
        let (a_tys, b_tys) = (lt.elements(), rt.elements());
        let pairs: Vec<_> = a_elements
            .into_iter()
            .zip(a_tys.iter().copied())
            .zip(b_elements.into_iter().zip(b_tys.iter().copied()))
            .collect();
        let result = match op {
            CmpOp::Eq | CmpOp::NotEq => {
                let mut all = Expr::I32((a_tys.len() == b_tys.len()) as i32);
                if a_tys.len() == b_tys.len() {
                    for ((x, xt), (y, yt)) in pairs {
                        let equal = self.compare(CmpOp::Eq, x, xt, y, yt, span);
                        all = bin(BinOp::I32And, all, equal);
                    }
                }
                if op == CmpOp::NotEq { not(all) } else { all }
            }
            _ => {
                let by_length = match op {
                    CmpOp::Lt => a_tys.len() < b_tys.len(),
                    CmpOp::LtE => a_tys.len() <= b_tys.len(),
                    CmpOp::Gt => a_tys.len() > b_tys.len(),
                    _ => a_tys.len() >= b_tys.len(),
                };
                let mut result = Expr::I32(by_length as i32);
                for ((x, xt), (y, yt)) in pairs.into_iter().rev() {
                    let equal = self.compare(CmpOp::Eq, x.clone(), xt, y.clone(), yt, span);
                    let ordered = match self.unorderable(xt) {
                        // Inference let an element that cannot be ordered through after the
                        // first: CPython's TypeError if the tuples get that far.
                        Some(name) => {
                            let symbol = match op {
                                CmpOp::Lt => "<",
                                CmpOp::LtE => "<=",
                                CmpOp::Gt => ">",
                                _ => ">=",
                            };
                            let text = format!(
                                "TypeError: '{symbol}' not supported between instances of '{name}' and '{name}'"
                            );
                            let message = self.str_lit(&text);
                            let site = self.site(span, Anchor::Whole);
                            block(
                                vec![Stmt::Drop(x), Stmt::Drop(y), Stmt::Raise { message, site }],
                                Expr::Unreachable,
                            )
                        }
                        None => self.compare(op, x, xt, y, yt, span),
                    };
                    result = if_else(equal, result, ordered, vec![ValTy::I32]);
                }
                result
            }
        };
        block(stmts, result)
    }

    /// The type name CPython's TypeError gives when values of type `ty` are ordered and they
    /// cannot be; None when they can.
    fn unorderable(&self, ty: Ty) -> Option<String> {
        match ty {
            Ty::Int
            | Ty::Float
            | Ty::Bool
            | Ty::Str
            | Ty::Never
            | Ty::Set(_)
            | Ty::FrozenSet(_)
            | Ty::Object(_) => None,
            Ty::Instance { class, .. } => {
                let program = self.cx.program;
                let ordered = self
                    .cx
                    .typeck
                    .special_targets(program, class, "__lt__", &[ty])
                    .is_some();
                (!ordered).then(|| program.classes[class.index()].name.clone())
            }
            Ty::List(_) => self.unorderable(self.list_elem(ty)),
            Ty::Tuple(_) => ty.elements().into_iter().find_map(|t| self.unorderable(t)),
            _ => Some(ty.python_name().to_owned()),
        }
    }

    /// `l op r` for values already evaluated.
    pub(crate) fn compare(
        &mut self,
        op: CmpOp,
        l: Expr,
        lt: Ty,
        r: Expr,
        rt: Ty,
        span: Span,
    ) -> Expr {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            let found = match rt {
                Ty::Object(_) => {
                    let mut stmts = Vec::new();
                    let item = self.box_value(l, lt);
                    let item = self.temp(Ty::OBJECT, item, &mut stmts);
                    let found = self.call_rt_at("obj_contains", vec![item, r], span);
                    block(stmts, found)
                }
                Ty::Str => self.call_rt("str_contains", vec![r, l]),
                Ty::Bytes if lt == Ty::Bytes => self.call_rt("str_contains", vec![r, l]),
                Ty::Bytes => {
                    let n = self.to_i64(l, lt);
                    self.call_rt_at("bytes_has", vec![r, n], span)
                }
                Ty::Set(_) | Ty::FrozenSet(_) => {
                    let elem = self.set_elem(rt);
                    let mut stmts = Vec::new();
                    let key = self.coerce(l, lt, elem, &mut stmts);
                    let key_ty = if elem.is_object() { elem } else { lt };
                    let found = self.set_contains(key, key_ty, r, span);
                    block(stmts, found)
                }
                Ty::Dict(_) => self.dict_contains(l, lt, r, rt, span),
                Ty::Tuple(_) => {
                    // Each element in turn, until one is equal.
                    let mut stmts = Vec::new();
                    let x = self.temp(lt, l, &mut stmts);
                    let tuple = self.temp(rt, r, &mut stmts);
                    let mut found = Expr::I32(0);
                    let elements: Vec<(Expr, Ty)> =
                        split(tuple, rt).into_iter().zip(rt.elements()).collect();
                    for (element, element_ty) in elements.into_iter().rev() {
                        let equal =
                            self.compare(CmpOp::Eq, x.clone(), lt, element, element_ty, span);
                        found = if_else(equal, Expr::I32(1), found, vec![ValTy::I32]);
                    }
                    block(stmts, found)
                }
                Ty::Instance { .. } => {
                    let mut stmts = Vec::new();
                    let x = self.temp(lt, l, &mut stmts);
                    let object = self.temp(rt, r, &mut stmts);
                    let site = self.site(span, Anchor::Whole);
                    let found = self.call_special(
                        object,
                        rt,
                        "__contains__",
                        vec![(x, lt)],
                        Ty::Bool,
                        &mut stmts,
                        site,
                    );
                    block(stmts, found)
                }
                _ => self.list_contains(l, lt, r, rt, span),
            };
            return if op == CmpOp::NotIn {
                not(found)
            } else {
                found
            };
        }
        if let Some((reflected, negate, targets)) = self.special_comparison(op, lt, rt) {
            let mut stmts = Vec::new();
            let l = self.temp(lt, l, &mut stmts);
            let r = self.temp(rt, r, &mut stmts);
            let (object, arg) = if reflected { (r, l) } else { (l, r) };
            let site = self.site(span, Anchor::Whole);
            let result = self.call_targets(object, vec![arg], &targets, Ty::Bool, &mut stmts, site);
            let result = if negate { not(result) } else { result };
            return block(stmts, result);
        }
        if let (Ty::Dict(_), Ty::Dict(_), CmpOp::Eq | CmpOp::NotEq) = (lt, rt, op) {
            let equal = self.dict_equal(l, lt, r, rt, span);
            return if op == CmpOp::NotEq {
                not(equal)
            } else {
                equal
            };
        }
        if let (Some(_), Some(_), CmpOp::Eq | CmpOp::NotEq) = (lt.set_var(), rt.set_var(), op) {
            let equal = self.set_equal(l, lt, r, rt, span);
            return if op == CmpOp::NotEq {
                not(equal)
            } else {
                equal
            };
        }
        if let (Some(_), Some(_), CmpOp::Is | CmpOp::IsNot) = (lt.set_var(), rt.set_var(), op) {
            let op = match op {
                CmpOp::IsNot => BinOp::I32Ne,
                _ => BinOp::I32Eq,
            };
            return bin(op, l, r);
        }
        if let (Some(_), Some(_)) = (lt.set_var(), rt.set_var()) {
            // Subset tests: `a < b` is `a <= b` with fewer elements; `>` and `>=` swap.
            let mut stmts = Vec::new();
            let l = self.temp(lt, l, &mut stmts);
            let r = self.temp(rt, r, &mut stmts);
            let sizes = if matches!(op, CmpOp::Lt | CmpOp::Gt) {
                BinOp::I32LtS
            } else {
                BinOp::I32LeS
            };
            let result = if matches!(op, CmpOp::Lt | CmpOp::LtE) {
                self.set_includes(l, lt, r, rt, sizes, span)
            } else {
                self.set_includes(r, rt, l, lt, sizes, span)
            };
            return block(stmts, result);
        }
        if let (Ty::List(_), Ty::List(_), false) = (lt, rt, matches!(op, CmpOp::Is | CmpOp::IsNot))
        {
            return self.list_compare(op, l, lt, r, rt, span);
        }
        if let (Ty::None, Ty::List(_)) | (Ty::List(_), Ty::None) = (lt, rt) {
            // A list is never None.
            let differ = matches!(op, CmpOp::NotEq | CmpOp::IsNot);
            return block(vec![Stmt::Drop(l), Stmt::Drop(r)], Expr::I32(differ as i32));
        }
        if lt.is_object() || rt.is_object() {
            if let Some(result) = self.object_compare(op, l.clone(), lt, r.clone(), rt, span) {
                return result;
            }
            // Identity: inference allows it only against None, which is address 0.
            let mut stmts = Vec::new();
            let l = self.box_value(l, lt);
            let l = self.temp(Ty::OBJECT, l, &mut stmts);
            let r = self.box_value(r, rt);
            let op = match op {
                CmpOp::IsNot => BinOp::I32Ne,
                _ => BinOp::I32Eq,
            };
            return block(stmts, bin(op, l, r));
        }
        if let (
            Ty::Instance { .. } | Ty::AnyOf { .. } | Ty::None,
            Ty::Instance { .. } | Ty::AnyOf { .. },
        )
        | (Ty::Instance { .. } | Ty::AnyOf { .. }, Ty::None)
        | (Ty::List(_), Ty::List(_)) = (lt, rt)
        {
            // Identity (inference rejects `==` on classes with `__eq__`): None is address 0.
            let mut stmts = Vec::new();
            let l = self.coerce(l, lt, rt, &mut stmts);
            let r = self.coerce(r, rt, lt, &mut stmts);
            let op = match op {
                CmpOp::NotEq | CmpOp::IsNot => BinOp::I32Ne,
                _ => BinOp::I32Eq,
            };
            return block(stmts, bin(op, l, r));
        }
        if let (Ty::None, funcs) | (funcs, Ty::None) = (lt, rt)
            && funcs.may_be_none_func()
        {
            // A function value that may be None is None by its index.
            let cmp = match op {
                CmpOp::NotEq | CmpOp::IsNot => BinOp::I32Ne,
                _ => BinOp::I32Eq,
            };
            let mut stmts = Vec::new();
            let value = if lt == Ty::None {
                stmts.push(Stmt::Drop(l));
                self.temp(funcs, r, &mut stmts)
            } else {
                let value = self.temp(funcs, l, &mut stmts);
                stmts.push(Stmt::Drop(r));
                value
            };
            let none = crate::func_set::none_index(funcs);
            return block(stmts, bin(cmp, value, none));
        }
        if matches!(op, CmpOp::Is | CmpOp::IsNot) || lt == Ty::None || rt == Ty::None {
            // Identity of None; other identities are not distinguishable for unboxed values.
            let same = (lt == Ty::None) == (rt == Ty::None) && lt == rt;
            let equal = match op {
                CmpOp::NotEq | CmpOp::IsNot => !same,
                _ => same,
            };
            return block(vec![Stmt::Drop(l), Stmt::Drop(r)], Expr::I32(equal as i32));
        }
        if let (Ty::Tuple(_), Ty::Tuple(_)) = (lt, rt) {
            return self.compare_tuples(op, l, lt, r, rt, span);
        }
        if (lt == Ty::Str && rt == Ty::Str) || (lt == Ty::Bytes && rt == Ty::Bytes) {
            let (func, expected) = match op {
                CmpOp::Eq | CmpOp::NotEq => ("str_eq", None),
                _ => ("str_compare", Some(op)),
            };
            let call = self.call_rt(func, vec![l, r]);
            return match expected {
                None if op == CmpOp::NotEq => not(call),
                None => call,
                Some(CmpOp::Lt) => bin(BinOp::I64LtS, call, Expr::I64(0)),
                Some(CmpOp::LtE) => bin(BinOp::I64LeS, call, Expr::I64(0)),
                Some(CmpOp::Gt) => bin(BinOp::I64GtS, call, Expr::I64(0)),
                _ => bin(BinOp::I64GeS, call, Expr::I64(0)),
            };
        }
        if !lt.func_set().is_empty() && !rt.func_set().is_empty() {
            return self.compare_functions(op, l, lt, r, rt);
        }
        if !(lt.is_numeric() && rt.is_numeric()) {
            // Values of different kinds are never equal.
            let equal = op == CmpOp::NotEq;
            return block(vec![Stmt::Drop(l), Stmt::Drop(r)], Expr::I32(equal as i32));
        }
        if lt == Ty::Float || rt == Ty::Float {
            let op = match op {
                CmpOp::Eq => BinOp::F64Eq,
                CmpOp::NotEq => BinOp::F64Ne,
                CmpOp::Lt => BinOp::F64Lt,
                CmpOp::LtE => BinOp::F64Le,
                CmpOp::Gt => BinOp::F64Gt,
                _ => BinOp::F64Ge,
            };
            let (a, b) = (self.to_f64(l, lt), self.to_f64(r, rt));
            return bin(op, a, b);
        }
        let op = match op {
            CmpOp::Eq => BinOp::I64Eq,
            CmpOp::NotEq => BinOp::I64Ne,
            CmpOp::Lt => BinOp::I64LtS,
            CmpOp::LtE => BinOp::I64LeS,
            CmpOp::Gt => BinOp::I64GtS,
            _ => BinOp::I64GeS,
        };
        let (a, b) = (self.to_i64(l, lt), self.to_i64(r, rt));
        bin(op, a, b)
    }

    fn builtin(
        &mut self,
        builtin: Builtin,
        args: &[ExprId],
        keywords: &[(String, ExprId)],
        ty: Ty,
        span: Span,
    ) -> Expr {
        let arg_tys: Vec<Ty> = args.iter().map(|a| self.ty(*a)).collect();
        if arg_tys.contains(&Ty::Never) || keywords.iter().any(|(_, k)| self.ty(*k) == Ty::Never) {
            // An argument never produces a value, so the builtin never runs.
            let mut stmts: Vec<Stmt> = args.iter().map(|a| Stmt::Drop(self.expr(*a))).collect();
            stmts.extend(keywords.iter().map(|(_, k)| Stmt::Drop(self.expr(*k))));
            return block(stmts, Expr::Unreachable);
        }
        match builtin {
            Builtin::Print | Builtin::PrintErr => {
                let write = if builtin == Builtin::Print {
                    "write_out"
                } else {
                    "write_err"
                };
                let mut stmts = Vec::new();
                // Every argument is evaluated before any is converted: a later one may change
                // an earlier container.
                let mut arg_values = Vec::new();
                let mut starred = Vec::new();
                let mut value_tys = Vec::new();
                for (&arg, &arg_ty) in args.iter().zip(&arg_tys) {
                    let value = self.expr(arg);
                    let value = self.temp(arg_ty, value, &mut stmts);
                    let is_starred = matches!(self.func.expr(arg).kind, ExprKind::Starred(_));
                    if let (true, Ty::Tuple(_)) = (is_starred, arg_ty) {
                        // `*tuple`: its elements, as separate arguments.
                        for (element, element_ty) in
                            split(value, arg_ty).into_iter().zip(arg_ty.elements())
                        {
                            arg_values.push(element);
                            starred.push(false);
                            value_tys.push(element_ty);
                        }
                    } else {
                        arg_values.push(value);
                        starred.push(is_starred);
                        value_tys.push(arg_ty);
                    }
                }
                let arg_tys = value_tys;
                let mut texts = Vec::new();
                if !starred.contains(&true) {
                    for (value, &arg_ty) in arg_values.iter().cloned().zip(&arg_tys) {
                        let text = self.str_of(value, arg_ty);
                        texts.push(self.temp(Ty::Str, text, &mut stmts));
                    }
                }
                let mut separators = [None, None];
                let mut flush = None;
                for (name, value) in keywords {
                    if name == "flush" {
                        let value_ty = self.ty(*value);
                        let lowered = self.expr(*value);
                        let lowered = self.temp(value_ty, lowered, &mut stmts);
                        flush = Some(self.truthy_value(lowered, value_ty));
                        continue;
                    }
                    let slot = if name == "sep" { 0 } else { 1 };
                    let value_ty = self.ty(*value);
                    let lowered = self.expr(*value);
                    separators[slot] = Some(if value_ty == Ty::Str {
                        self.temp(Ty::Str, lowered, &mut stmts)
                    } else {
                        stmts.push(Stmt::Drop(lowered));
                        if slot == 0 {
                            self.str_lit(" ")
                        } else {
                            self.str_lit("\n")
                        }
                    });
                }
                let [sep, end] = separators;
                let sep = sep.unwrap_or_else(|| self.str_lit(" "));
                let end = end.unwrap_or_else(|| self.str_lit("\n"));
                if starred.contains(&true) {
                    self.print_starred(
                        &arg_values,
                        &arg_tys,
                        &starred,
                        sep.clone(),
                        write,
                        &mut stmts,
                    );
                }
                for (i, text) in texts.into_iter().enumerate() {
                    if i > 0 {
                        stmts.push(Stmt::Drop(self.call_rt(write, vec![sep.clone()])));
                    }
                    stmts.push(Stmt::Drop(self.call_rt(write, vec![text])));
                }
                stmts.push(Stmt::Drop(self.call_rt(write, vec![end])));
                if let Some(flush) = flush {
                    let flushed = self.call_rt("flush", Vec::new());
                    stmts.push(Stmt::If {
                        cond: flush,
                        then: vec![Stmt::Drop(flushed)],
                        otherwise: Vec::new(),
                    });
                }
                block(stmts, Expr::Values(Vec::new()))
            }
            Builtin::WriteStdout | Builtin::WriteStderr => {
                let write = if builtin == Builtin::WriteStdout {
                    "write_out"
                } else {
                    "write_err"
                };
                let mut stmts = Vec::new();
                let text = self.expr(args[0]);
                let text = self.temp(Ty::Str, text, &mut stmts);
                stmts.push(Stmt::Drop(self.call_rt(write, vec![text.clone()])));
                block(stmts, self.call_rt("n_chars", vec![text]))
            }
            Builtin::Abs => {
                let value = self.expr(args[0]);
                match arg_tys[0] {
                    Ty::Float => un(UnOp::F64Abs, value),
                    Ty::Bool => self.to_i64(value, Ty::Bool),
                    Ty::Object(_) => self.call_rt_at("obj_abs", vec![value], span),
                    instance @ Ty::Instance { .. } => {
                        let mut stmts = Vec::new();
                        let object = self.temp(instance, value, &mut stmts);
                        let site = self.site(span, Anchor::Whole);
                        let result = self.call_special(
                            object,
                            instance,
                            "__abs__",
                            Vec::new(),
                            ty,
                            &mut stmts,
                            site,
                        );
                        block(stmts, result)
                    }
                    _ => {
                        let mut stmts = Vec::new();
                        let v = self.temp(Ty::Int, value, &mut stmts);
                        let site = self.site(span, Anchor::Whole);
                        let negated = Expr::Checked {
                            op: CheckedOp::Sub,
                            lhs: Box::new(Expr::I64(0)),
                            rhs: Box::new(v.clone()),
                            site,
                        };
                        block(
                            stmts,
                            if_else(
                                bin(BinOp::I64LtS, v.clone(), Expr::I64(0)),
                                negated,
                                v,
                                vec![ValTy::I64],
                            ),
                        )
                    }
                }
            }
            Builtin::Min | Builtin::Max | Builtin::Sum | Builtin::Any | Builtin::All
                if matches!(
                    arg_tys[0],
                    Ty::List(_) | Ty::Dict(_) | Ty::Set(_) | Ty::FrozenSet(_)
                ) || (matches!(arg_tys[0], Ty::Tuple(_))
                    && (arg_tys.len() == 1 || builtin == Builtin::Sum)) =>
            {
                let key = keywords
                    .iter()
                    .find(|(name, _)| name == "key")
                    .map(|&(_, k)| k);
                self.list_fold(builtin, args, &arg_tys, key, ty, span)
            }
            Builtin::Any | Builtin::All if matches!(arg_tys[0], Ty::Gen(_)) => {
                let Ty::Gen(generator) = arg_tys[0] else {
                    unreachable!("a generator")
                };
                let frame = self.expr(args[0]);
                let site = self.site(span, Anchor::Whole);
                self.generator_any_all(builtin == Builtin::Any, frame, generator, site)
            }
            Builtin::Sum | Builtin::Any | Builtin::All => {
                unreachable!("inference accepts these only over lists")
            }
            Builtin::Min | Builtin::Max => {
                let mut stmts = Vec::new();
                let first = self.expr(args[0]);
                let first = self.coerce(first, arg_tys[0], ty, &mut stmts);
                let current = self.temp(ty, first, &mut stmts);
                let current_locals: Vec<mir::LocalIdx> = crate::func::flatten(current.clone())
                    .into_iter()
                    .map(|e| match e {
                        Expr::Local(l) => l,
                        _ => unreachable!("a temporary"),
                    })
                    .collect();
                for (&arg, &arg_ty) in args[1..].iter().zip(&arg_tys[1..]) {
                    let value = self.expr(arg);
                    let value = self.coerce(value, arg_ty, ty, &mut stmts);
                    let candidate = self.temp(ty, value, &mut stmts);
                    let (a, b) = if builtin == Builtin::Max {
                        (candidate.clone(), current.clone())
                    } else {
                        (current.clone(), candidate.clone())
                    };
                    // max keeps the first of equal values: replace only when strictly greater.
                    let better = self.compare(CmpOp::Gt, a, ty, b, ty, span);
                    let keep = current_locals
                        .iter()
                        .zip(crate::func::flatten(candidate))
                        .map(|(&l, v)| Stmt::SetLocal(l, v))
                        .collect();
                    stmts.push(Stmt::If {
                        cond: better,
                        then: keep,
                        otherwise: Vec::new(),
                    });
                }
                block(stmts, current)
            }
            Builtin::Int => {
                let Some(&arg) = args.first() else {
                    return Expr::I64(0);
                };
                let value = self.expr(arg);
                if let [_, base] = args[..] {
                    let radix = self.expr(base);
                    let radix = self.to_i64(radix, arg_tys[1]);
                    return self.call_rt_at("str_to_int_base", vec![value, radix], span);
                }
                match arg_tys[0] {
                    Ty::Int => value,
                    Ty::Bool => self.to_i64(value, Ty::Bool),
                    Ty::Float => self.call_rt_at("float_to_int", vec![value], span),
                    Ty::Object(_) => self.call_rt_at("obj_to_int", vec![value], span),
                    _ => self.call_rt_at("str_to_int", vec![value], span),
                }
            }
            Builtin::Float => {
                let Some(&arg) = args.first() else {
                    return Expr::F64(0.0);
                };
                let value = self.expr(arg);
                match arg_tys[0] {
                    Ty::Str => self.call_rt_at("str_to_float", vec![value], span),
                    Ty::Object(_) => self.call_rt_at("obj_to_float", vec![value], span),
                    t => self.to_f64(value, t),
                }
            }
            Builtin::Bool => match args.first() {
                Some(&arg) => self.truthy(arg),
                None => Expr::I32(0),
            },
            Builtin::Str => match args.first() {
                Some(&arg) => {
                    let value = self.expr(arg);
                    self.str_of(value, arg_tys[0])
                }
                None => self.str_lit(""),
            },
            Builtin::Repr => {
                let value = self.expr(args[0]);
                self.repr_of(value, arg_tys[0])
            }
            Builtin::Input => {
                let prompt = match args.first() {
                    Some(&arg) => {
                        let value = self.expr(arg);
                        self.str_of(value, arg_tys[0])
                    }
                    None => self.str_lit(""),
                };
                self.call_rt_at("builtin_input", vec![prompt], span)
            }
            Builtin::StdinRead => self.call_rt_at("stdin_read", Vec::new(), span),
            Builtin::StdinReadline => self.call_rt_at("stdin_readline", Vec::new(), span),
            Builtin::Sorted => self.sorted(args[0], keywords, ty, span),
            Builtin::Zip | Builtin::Reversed => self.zip_or_reversed(builtin, args, ty),
            Builtin::Hash => {
                let mut stmts = Vec::new();
                let value = self.expr(args[0]);
                let value = self.temp(arg_tys[0], value, &mut stmts);
                let hash = self.python_hash(value, arg_tys[0]);
                block(stmts, hash)
            }
            Builtin::Ord => {
                let value = self.expr(args[0]);
                self.call_rt_at("ord_", vec![value], span)
            }
            Builtin::Chr => {
                let value = self.expr(args[0]);
                let value = self.to_i64(value, arg_tys[0]);
                self.call_rt_at("chr_", vec![value], span)
            }
            Builtin::Round => {
                let value = self.expr(args[0]);
                let ndigits = args
                    .get(1)
                    .or_else(|| keywords.first().map(|k| &k.1))
                    .copied();
                let ndigits = ndigits.filter(|n| self.ty(*n) != Ty::None);
                match (arg_tys[0], ndigits) {
                    (Ty::Float, None) => self.call_rt_at("float_round", vec![value], span),
                    (Ty::Object(_), None) => self.call_rt_at("obj_round", vec![value], span),
                    (Ty::Object(_), Some(n)) => {
                        let n_ty = self.ty(n);
                        let digits = self.expr(n);
                        let digits = self.to_i64(digits, n_ty);
                        self.call_rt_at("obj_round_digits", vec![value, digits], span)
                    }
                    (Ty::Float, Some(n)) => {
                        let n_ty = self.ty(n);
                        let digits = self.expr(n);
                        let digits = self.to_i64(digits, n_ty);
                        self.call_rt_at("float_round_digits", vec![value, digits], span)
                    }
                    (t, None) => self.to_i64(value, t),
                    (t, Some(n)) => {
                        let n_ty = self.ty(n);
                        let digits = self.expr(n);
                        let digits = self.to_i64(digits, n_ty);
                        let value = self.to_i64(value, t);
                        self.call_rt_at("int_round", vec![value, digits], span)
                    }
                }
            }
            Builtin::Pow => {
                if args.len() == 3 {
                    let values: Vec<_> = args
                        .iter()
                        .zip(&arg_tys)
                        .map(|(a, t)| {
                            let v = self.expr(*a);
                            self.to_i64(v, *t)
                        })
                        .collect();
                    return self.call_rt_at("int_pow_mod", values, span);
                }
                let l = self.expr(args[0]);
                let r = self.expr(args[1]);
                self.binary(
                    PyBinOp::Pow,
                    l,
                    arg_tys[0],
                    r,
                    arg_tys[1],
                    ty,
                    args[1],
                    span,
                    None,
                )
            }
            Builtin::Len => {
                let value = self.expr(args[0]);
                match arg_tys[0] {
                    Ty::Object(_) => self.call_rt_at("obj_len", vec![value], span),
                    Ty::Str | Ty::Bytes => un(
                        UnOp::I64ExtendI32U,
                        Expr::Load {
                            ty: MemTy::I32,
                            addr: Box::new(bin(BinOp::I32Add, value, Expr::I32(4))),
                        },
                    ),
                    Ty::Tuple(_) => block(
                        vec![Stmt::Drop(value)],
                        Expr::I64(arg_tys[0].elements().len() as i64),
                    ),
                    Ty::List(_) => un(UnOp::I64ExtendI32U, crate::list::list_len(value)),
                    Ty::Dict(_) => un(UnOp::I64ExtendI32U, self.dict_len(value)),
                    Ty::Instance { .. } => {
                        let mut stmts = Vec::new();
                        let object = self.temp(arg_tys[0], value, &mut stmts);
                        let site = self.site(span, Anchor::Whole);
                        let len = self.call_special(
                            object,
                            arg_tys[0],
                            "__len__",
                            Vec::new(),
                            Ty::Int,
                            &mut stmts,
                            site,
                        );
                        block(stmts, len)
                    }
                    Ty::Set(_) | Ty::FrozenSet(_) => {
                        let len = self.set_len(value);
                        un(UnOp::I64ExtendI32U, len)
                    }
                    _ => block(
                        vec![Stmt::Drop(value)],
                        self.call_rt("argv_len", Vec::new()),
                    ),
                }
            }
            Builtin::Next => {
                let Ty::Gen(generator) = arg_tys[0] else {
                    unreachable!("inference checked next()'s argument")
                };
                let mut stmts = Vec::new();
                let frame = self.expr(args[0]);
                let default = args.get(1).map(|&d| {
                    let d_ty = self.ty(d);
                    let value = self.expr(d);
                    let value = self.coerce(value, d_ty, ty, &mut stmts);
                    self.temp(ty, value, &mut stmts)
                });
                let site = self.site(span, Anchor::Whole);
                let resumed = self.generator_resume(frame, generator, site, &mut stmts);
                let elem = self
                    .cx
                    .typeck
                    .result(krait_infer::InstanceId(generator.0))
                    .ret;
                let yielded = resumed.yielded();
                let otherwise = match default {
                    Some(default) => default,
                    None => {
                        let message = self.stop_iteration(generator, &resumed);
                        block(vec![Stmt::Raise { message, site }], Expr::Unreachable)
                    }
                };
                let value = self.coerce(resumed.value, elem, ty, &mut stmts);
                block(stmts, if_else(yielded, value, otherwise, repr(ty)))
            }
            Builtin::Bin | Builtin::Oct | Builtin::Hex => {
                let value = self.expr(args[0]);
                let value = self.to_i64(value, arg_tys[0]);
                let (base, prefix) = match builtin {
                    Builtin::Bin => (2, "0b"),
                    Builtin::Oct => (8, "0o"),
                    _ => (16, "0x"),
                };
                let prefix = self.str_lit(prefix);
                self.call_rt("int_base", vec![value, Expr::I64(base), prefix])
            }
            Builtin::MathIsqrt | Builtin::MathFactorial | Builtin::MathComb => {
                let values = args
                    .iter()
                    .zip(&arg_tys)
                    .map(|(&arg, &ty)| {
                        let value = self.expr(arg);
                        self.to_i64(value, ty)
                    })
                    .collect();
                let function = match builtin {
                    Builtin::MathIsqrt => "int_isqrt",
                    Builtin::MathFactorial => "math_factorial",
                    _ => "math_comb",
                };
                self.call_rt_at(function, values, span)
            }
            Builtin::RangeContains => {
                let values = args
                    .iter()
                    .zip(&arg_tys)
                    .map(|(&arg, &ty)| {
                        let value = self.expr(arg);
                        self.to_i64(value, ty)
                    })
                    .collect();
                self.call_rt_at("range_contains", values, span)
            }
            Builtin::MathGcd => {
                let mut stmts = Vec::new();
                let mut result = Expr::I64(0);
                for (&arg, &arg_ty) in args.iter().zip(&arg_tys) {
                    let value = self.expr(arg);
                    let value = self.to_i64(value, arg_ty);
                    let value = self.temp(Ty::Int, value, &mut stmts);
                    result = self.call_rt_at("int_gcd", vec![result, value], span);
                    result = self.temp(Ty::Int, result, &mut stmts);
                }
                block(stmts, result)
            }
            Builtin::MathFabs => {
                let value = self.real(args[0], span);
                un(UnOp::F64Abs, self.to_f64(value, arg_tys[0]))
            }
            Builtin::MathFloor | Builtin::MathCeil | Builtin::MathTrunc
                if arg_tys[0].is_object() =>
            {
                let value = self.expr(args[0]);
                let mode = match builtin {
                    Builtin::MathFloor => 0,
                    Builtin::MathCeil => 1,
                    _ => 2,
                };
                self.call_rt_at("obj_to_integral", vec![value, Expr::I64(mode)], span)
            }
            Builtin::MathFloor | Builtin::MathCeil | Builtin::MathTrunc => {
                let value = self.expr(args[0]);
                if arg_tys[0] != Ty::Float {
                    return self.to_i64(value, arg_tys[0]);
                }
                let rounded = match builtin {
                    Builtin::MathFloor => un(UnOp::F64Floor, value),
                    Builtin::MathCeil => un(UnOp::F64Ceil, value),
                    _ => un(UnOp::F64Trunc, value),
                };
                self.call_rt_at("float_to_int", vec![rounded], span)
            }
            Builtin::Math(function) => {
                let mut values: Vec<Expr> = args
                    .iter()
                    .zip(&arg_tys)
                    .map(|(&arg, &ty)| {
                        let value = self.real(arg, span);
                        self.to_f64(value, ty)
                    })
                    .collect();
                if function == krait_hir::MathFn::Isclose {
                    // The tolerances, by keyword, in the order CPython evaluates them.
                    let mut tolerances = [Expr::F64(1e-9), Expr::F64(0.0)];
                    for (name, value) in keywords {
                        let slot = usize::from(name.as_str() == "abs_tol");
                        let ty = self.ty(*value);
                        let value = self.real(*value, span);
                        tolerances[slot] = self.to_f64(value, ty);
                    }
                    values.extend(tolerances);
                }
                let name = match (function, args.len()) {
                    (krait_hir::MathFn::Log, 2) => "math_log_base".to_owned(),
                    _ => format!("math_{}", function.name()),
                };
                self.call_rt_at(&name, values, span)
            }
            Builtin::MathSqrt => {
                let value = self.real(args[0], span);
                let mut stmts = Vec::new();
                let x = self.to_f64(value, arg_tys[0]);
                let x = self.temp(Ty::Float, x, &mut stmts);
                let message = Expr::I32(self.cx.str_const("ValueError: math domain error") as i32);
                let site = self.site(span, Anchor::Whole);
                stmts.push(Stmt::If {
                    cond: bin(BinOp::F64Lt, x.clone(), Expr::F64(0.0)),
                    then: vec![Stmt::Raise { message, site }],
                    otherwise: Vec::new(),
                });
                block(stmts, un(UnOp::F64Sqrt, x))
            }
            Builtin::Divmod => {
                let mut stmts = Vec::new();
                let (a, b) = (self.expr(args[0]), self.expr(args[1]));
                let site = self.site(span, Anchor::Whole);
                if arg_tys.contains(&Ty::Float) {
                    let x = self.to_f64(a, arg_tys[0]);
                    let x = self.temp(Ty::Float, x, &mut stmts);
                    let y = self.to_f64(b, arg_tys[1]);
                    let y = self.temp(Ty::Float, y, &mut stmts);
                    let message = self.str_lit("ZeroDivisionError: float divmod()");
                    stmts.push(Stmt::If {
                        cond: bin(BinOp::F64Eq, y.clone(), Expr::F64(0.0)),
                        then: vec![Stmt::Raise { message, site }],
                        otherwise: Vec::new(),
                    });
                    let quotient = self.call_rt("float_floordiv", vec![x.clone(), y.clone()]);
                    let remainder = self.call_rt("float_mod", vec![x, y]);
                    return block(stmts, Expr::Values(vec![quotient, remainder]));
                }
                let x = self.to_i64(a, arg_tys[0]);
                let x = self.temp(Ty::Int, x, &mut stmts);
                let y = self.to_i64(b, arg_tys[1]);
                let y = self.temp(Ty::Int, y, &mut stmts);
                // The floor division raises first, with divmod's message for a zero divisor.
                let quotient = self.int_div_mod(
                    PyBinOp::FloorDiv,
                    x.clone(),
                    y.clone(),
                    None,
                    span,
                    Anchor::Whole,
                );
                let remainder = self.int_div_mod(PyBinOp::Mod, x, y, None, span, Anchor::Whole);
                block(stmts, Expr::Values(vec![quotient, remainder]))
            }
            Builtin::SysExit => {
                let site = self.site(span, Anchor::Whole);
                let exit = self.cx.rt("sys_exit");
                let call = |args| Expr::Call {
                    func: exit,
                    args,
                    site,
                };
                let call = match args.first() {
                    None => call(vec![Expr::I64(0), Expr::I32(0)]),
                    Some(&arg) => {
                        let value = self.expr(arg);
                        match arg_tys[0] {
                            Ty::Str => self.call_rt_at("sys_exit_message", vec![value], span),
                            Ty::None => block(
                                vec![Stmt::Drop(value)],
                                call(vec![Expr::I64(0), Expr::I32(0)]),
                            ),
                            t => {
                                let code = self.to_i64(value, t);
                                call(vec![code, Expr::I32(1)])
                            }
                        }
                    }
                };
                block(vec![Stmt::Drop(call)], Expr::Values(Vec::new()))
            }
        }
    }

    fn intrinsic(&mut self, intrinsic: Intrinsic, args: &[ExprId], span: Span) -> Expr {
        if intrinsic == Intrinsic::Raise
            && matches!(self.ty(args[0]), Ty::Exc | Ty::Instance { .. })
            && let Some(&crate::func::Handling { caught, marker, .. }) = self.handling.last()
        {
            // Raising the exception being handled again: it is not its own context.
            let value = self.expr(args[0]);
            let exc = self.new_local(ValTy::Ref);
            let site = self.site(span, Anchor::Whole);
            let stmts = vec![
                Stmt::SetLocal(exc, value),
                Stmt::If {
                    cond: bin(BinOp::I32Eq, Expr::Local(exc), Expr::Local(caught)),
                    then: vec![crate::func::set_traceback_len(Expr::Local(marker))],
                    otherwise: Vec::new(),
                },
                Stmt::Raise {
                    message: Expr::Local(exc),
                    site,
                },
            ];
            return block(stmts, Expr::Values(Vec::new()));
        }
        let mut values: Vec<Expr> = args.iter().map(|a| self.expr(*a)).collect();
        let mut arg = |i: usize| std::mem::replace(&mut values[i], Expr::Values(Vec::new()));
        let load = |ty: MemTy, addr: Expr| Expr::Load {
            ty,
            addr: Box::new(wrap_addr(addr)),
        };
        let store = |ty: MemTy, addr: Expr, value: Expr| {
            block(
                vec![Stmt::Store {
                    ty,
                    addr: wrap_addr(addr),
                    value,
                }],
                Expr::Values(Vec::new()),
            )
        };
        match intrinsic {
            Intrinsic::LoadU8 => un(UnOp::I64ExtendI32U, load(MemTy::U8, arg(0))),
            Intrinsic::LoadI32 => un(UnOp::I64ExtendI32U, load(MemTy::I32, arg(0))),
            Intrinsic::LoadI64 => load(MemTy::I64, arg(0)),
            Intrinsic::StoreU8 => {
                let (a, v) = (arg(0), arg(1));
                store(MemTy::U8, a, wrap_addr(v))
            }
            Intrinsic::StoreI32 => {
                let (a, v) = (arg(0), arg(1));
                store(MemTy::I32, a, wrap_addr(v))
            }
            Intrinsic::StoreI64 => {
                let (a, v) = (arg(0), arg(1));
                store(MemTy::I64, a, v)
            }
            Intrinsic::Alloc => un(
                UnOp::I64ExtendI32U,
                Expr::Alloc {
                    size: Box::new(wrap_addr(arg(0))),
                    kind: mir::KIND_PINNED,
                },
            ),
            Intrinsic::AllocBuffer => {
                let (size, refs) = (arg(0), arg(1));
                let alloc = |kind| Expr::Alloc {
                    size: Box::new(wrap_addr(size.clone())),
                    kind,
                };
                un(
                    UnOp::I64ExtendI32U,
                    if_else(
                        refs,
                        alloc(mir::KIND_REFS),
                        alloc(mir::KIND_RAW),
                        vec![ValTy::I32],
                    ),
                )
            }
            Intrinsic::Release => store(
                MemTy::I32,
                bin(BinOp::I64Sub, arg(0), Expr::I64(4)),
                Expr::I32(mir::KIND_RAW as i32),
            ),
            Intrinsic::MemorySize => un(UnOp::I64ExtendI32U, Expr::MemorySize),
            Intrinsic::MemoryGrow => un(
                UnOp::I64ExtendI32S,
                Expr::MemoryGrow(Box::new(wrap_addr(arg(0)))),
            ),
            Intrinsic::ShadowTop => un(UnOp::I64ExtendI32U, Expr::Global(self.cx.shadow_sp)),
            Intrinsic::StrAddr => un(
                UnOp::I64ExtendI32U,
                bin(BinOp::I32Add, arg(0), Expr::I32(8)),
            ),
            Intrinsic::StrSize => un(
                UnOp::I64ExtendI32U,
                Expr::Load {
                    ty: MemTy::I32,
                    addr: Box::new(arg(0)),
                },
            ),
            Intrinsic::StrAt => wrap_addr(arg(0)),
            Intrinsic::StrNew => {
                let (n_bytes, n_chars) = (arg(0), arg(1));
                let mut stmts = Vec::new();
                let n_bytes = self.temp(Ty::Int, n_bytes, &mut stmts);
                let object = self.new_local(ValTy::Ref);
                stmts.push(Stmt::SetLocal(
                    object,
                    Expr::Alloc {
                        size: Box::new(wrap_addr(bin(
                            BinOp::I64Add,
                            n_bytes.clone(),
                            Expr::I64(8),
                        ))),
                        kind: mir::KIND_RAW,
                    },
                ));
                stmts.push(Stmt::Store {
                    ty: MemTy::I32,
                    addr: Expr::Local(object),
                    value: wrap_addr(n_bytes),
                });
                stmts.push(Stmt::Store {
                    ty: MemTy::I32,
                    addr: bin(BinOp::I32Add, Expr::Local(object), Expr::I32(4)),
                    value: wrap_addr(n_chars),
                });
                block(stmts, Expr::Local(object))
            }
            Intrinsic::Write => {
                let (fd, addr, len) = (arg(0), arg(1), arg(2));
                block(
                    vec![Stmt::Write {
                        fd: wrap_addr(fd),
                        addr: wrap_addr(addr),
                        len: wrap_addr(len),
                    }],
                    Expr::Values(Vec::new()),
                )
            }
            Intrinsic::Copy | Intrinsic::CopyShort => {
                let (dst, src, len) = (arg(0), arg(1), arg(2));
                block(
                    vec![Stmt::Copy {
                        dst: wrap_addr(dst),
                        src: wrap_addr(src),
                        len: wrap_addr(len),
                        short: intrinsic == Intrinsic::CopyShort,
                    }],
                    Expr::Values(Vec::new()),
                )
            }
            Intrinsic::Exit => block(
                vec![Stmt::Exit(wrap_addr(arg(0))), Stmt::Unreachable],
                Expr::Values(Vec::new()),
            ),
            Intrinsic::F64Bits => un(UnOp::I64ReinterpretF64, arg(0)),
            Intrinsic::BitsF64 => un(UnOp::F64ReinterpretI64, arg(0)),
            Intrinsic::WrapMul => bin(BinOp::I64Mul, arg(0), arg(1)),
            Intrinsic::WrapAdd => bin(BinOp::I64Add, arg(0), arg(1)),
            Intrinsic::ULt => bin(BinOp::I64LtU, arg(0), arg(1)),
            Intrinsic::ShrU => bin(BinOp::I64ShrU, arg(0), arg(1)),
            Intrinsic::TruncF64 => un(UnOp::I64TruncSatF64S, arg(0)),
            Intrinsic::FloorF64 => un(UnOp::F64Floor, arg(0)),
            Intrinsic::SqrtF64 => un(UnOp::F64Sqrt, arg(0)),
            Intrinsic::Raise => {
                // The runtime's raises show its caller's frame; a user's `raise` its own line.
                let site = if self.func.kind == krait_hir::FuncKind::Runtime {
                    None
                } else {
                    self.site(span, Anchor::Whole)
                };
                block(
                    vec![Stmt::Raise {
                        message: arg(0),
                        site,
                    }],
                    Expr::Values(Vec::new()),
                )
            }
            Intrinsic::ArgsSizesGet => {
                let (a, b) = (arg(0), arg(1));
                block(
                    vec![Stmt::ArgsSizesGet(wrap_addr(a), wrap_addr(b))],
                    Expr::Values(Vec::new()),
                )
            }
            Intrinsic::ArgsGet => {
                let (a, b) = (arg(0), arg(1));
                block(
                    vec![Stmt::ArgsGet(wrap_addr(a), wrap_addr(b))],
                    Expr::Values(Vec::new()),
                )
            }
            Intrinsic::Entropy => {
                let scratch = Expr::I32(mir::SCRATCH as i32);
                block(
                    vec![Stmt::RandomGet(scratch.clone(), Expr::I32(8))],
                    Expr::Load {
                        ty: mir::MemTy::I64,
                        addr: Box::new(scratch),
                    },
                )
            }
            Intrinsic::FdRead => {
                let (a, b) = (arg(0), arg(1));
                block(
                    vec![Stmt::FdRead(wrap_addr(a), wrap_addr(b))],
                    Expr::Values(Vec::new()),
                )
            }
            Intrinsic::TracebackLen => un(UnOp::I64ExtendI32U, Expr::TracebackLen),
            Intrinsic::TracebackFrame => Expr::TracebackFrame(Box::new(wrap_addr(arg(0)))),
            Intrinsic::ObjTag
            | Intrinsic::ObjAddr
            | Intrinsic::ObjAt
            | Intrinsic::ListBox
            | Intrinsic::BoxInt
            | Intrinsic::BoxFloat
            | Intrinsic::BoxBool
            | Intrinsic::BoxStr => self.object_intrinsic(intrinsic, arg(0)),
            Intrinsic::InstanceText => self.instance_text_switch(arg(0), arg(1)),
            Intrinsic::ClassName => self.class_name_switch(arg(0)),
            Intrinsic::InstanceDefines => self.instance_defines_switch(arg(0), arg(1)),
            Intrinsic::InstanceSpecial => {
                self.instance_special_switch(arg(0), arg(1), arg(2), false)
            }
            Intrinsic::InstanceSpecialObject => {
                self.instance_special_switch(arg(0), arg(1), arg(2), true)
            }
        }
    }
}

/// The module's names in the order their first binding appears, bound above `limit` if given.
fn module_bindings(
    program: &krait_hir::Program,
    stmts: &[krait_hir::Stmt],
    limit: Option<ruff_text_size::TextSize>,
    out: &mut Vec<String>,
) {
    let add = |name: &str, at: ruff_text_size::TextSize, out: &mut Vec<String>| {
        if limit.is_none_or(|limit| at < limit) && !out.iter().any(|n| n == name) {
            out.push(name.to_owned());
        }
    };
    let entry = program.func(program.entry);
    for stmt in stmts {
        match stmt {
            krait_hir::Stmt::Assign { targets, .. }
            | krait_hir::Stmt::AssignTuple { targets, .. } => {
                // The names are bound once the value is evaluated: an error in it does not
                // see them.
                let value_end = match stmt {
                    krait_hir::Stmt::Assign { value, .. } => Some(*value),
                    krait_hir::Stmt::AssignTuple { values, .. } => values.last().copied(),
                    _ => None,
                }
                .map(|value| entry.expr(value).span.range.end());
                let mut places = Vec::new();
                for target in targets {
                    target_places(target, &mut places);
                }
                for (place, at) in places {
                    if let krait_hir::Place::Global(g) = place {
                        let at = value_end.map_or(at, |end| end.max(at));
                        add(&program.globals[g.index()].name, at, out);
                    }
                }
            }
            krait_hir::Stmt::Def(f) => {
                let func = program.func(*f);
                add(&func.name, func.span.range.start(), out);
            }
            krait_hir::Stmt::ForRange {
                var: krait_hir::Place::Global(g),
                range_span,
                body,
                orelse,
                ..
            } => {
                add(
                    &program.globals[g.index()].name,
                    range_span.range.start(),
                    out,
                );
                module_bindings(program, body, limit, out);
                module_bindings(program, orelse, limit, out);
            }
            krait_hir::Stmt::ForRange { body, orelse, .. }
            | krait_hir::Stmt::If { body, orelse, .. }
            | krait_hir::Stmt::While { body, orelse, .. } => {
                module_bindings(program, body, limit, out);
                module_bindings(program, orelse, limit, out);
            }
            krait_hir::Stmt::With { body, .. } => module_bindings(program, body, limit, out),
            krait_hir::Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                module_bindings(program, body, limit, out);
                for handler in handlers {
                    module_bindings(program, &handler.body, limit, out);
                }
                module_bindings(program, orelse, limit, out);
                module_bindings(program, finalbody, limit, out);
            }
            _ => {}
        }
    }
}

fn target_places(
    target: &krait_hir::Target,
    out: &mut Vec<(krait_hir::Place, ruff_text_size::TextSize)>,
) {
    match target {
        krait_hir::Target::Place(place, span) => out.push((*place, span.range.start())),
        krait_hir::Target::Tuple(targets, _) => targets.iter().for_each(|t| target_places(t, out)),
        krait_hir::Target::Starred(target, _) => target_places(target, out),
        krait_hir::Target::Attribute { .. }
        | krait_hir::Target::Index { .. }
        | krait_hir::Target::Slice { .. } => {}
    }
}
