//! `sorted()` and `list.sort()`: a stable bottom-up merge sort of a permutation of the
//! elements' indices, comparing the elements (or the keys a key function gave them, computed
//! once each), then one pass that gathers the elements into a new buffer in sorted order.

use crate::func::{FnLower, bin, not};
use crate::list::{elem_layout, list_len};
use krait_diagnostics::Span;
use krait_hir::{CmpOp, ExprId};
use krait_infer::InstanceId;
use krait_mir::{self as mir, BinOp, Expr, LocalIdx, MemTy, Stmt, UnOp, ValTy};
use krait_types::Ty;

/// Whether a sort is descending: known when compiling, or an i32 local.
pub(crate) enum Reverse {
    Known(bool),
    Dynamic(Expr),
}

fn local(expr: &Expr) -> LocalIdx {
    match expr {
        Expr::Local(l) => *l,
        _ => unreachable!("a local"),
    }
}

fn loop_while(cond: Expr, mut body: Vec<Stmt>) -> Stmt {
    let mut stmts = vec![Stmt::If {
        cond: not(cond),
        then: vec![Stmt::Break(0)],
        otherwise: Vec::new(),
    }];
    stmts.append(&mut body);
    stmts.push(Stmt::Continue(0));
    Stmt::Loop { body: stmts }
}

fn word_addr(buffer: Expr, i: Expr) -> Expr {
    bin(BinOp::I32Add, buffer, bin(BinOp::I32Mul, i, Expr::I32(4)))
}

fn word(buffer: Expr, i: Expr) -> Expr {
    Expr::Load {
        ty: MemTy::I32,
        addr: Box::new(word_addr(buffer, i)),
    }
}

fn increment(var: &Expr, by: Expr) -> Stmt {
    Stmt::SetLocal(local(var), bin(BinOp::I32Add, var.clone(), by))
}

fn min(a: Expr, b: Expr) -> Expr {
    Expr::IfElse {
        cond: Box::new(bin(BinOp::I32LtS, a.clone(), b.clone())),
        then: Box::new(a),
        otherwise: Box::new(b),
        ty: vec![ValTy::I32],
    }
}

/// A `key=` function: its instance, the type of the keys, and the values of the variables
/// it captured (temporaries), passed after the element.
pub(crate) struct KeyFn {
    instance: InstanceId,
    pub(crate) ty: Ty,
    captures: Vec<Expr>,
}

impl FnLower<'_, '_> {
    /// The key function of lambda `key`, its captured variables read once, now.
    pub(crate) fn key_fn(&mut self, key: ExprId, out: &mut Vec<Stmt>) -> KeyFn {
        let captures = match &self.func.expr(key).kind {
            krait_hir::ExprKind::Lambda { captures, .. } => captures.clone(),
            _ => Vec::new(),
        };
        let captures = captures
            .into_iter()
            .map(|c| {
                let ty = self.ty(c);
                let value = self.expr(c);
                self.temp(ty, value, out)
            })
            .collect();
        KeyFn {
            instance: self.res.callees[&key],
            ty: self.ty(key),
            captures,
        }
    }

    /// The key of `item` (temporaries).
    pub(crate) fn key_of(&self, key: &KeyFn, item: Expr, site: Option<mir::Site>) -> Expr {
        let mut args = vec![item];
        args.extend(key.captures.iter().cloned());
        Expr::Call {
            func: mir::FuncIdx(key.instance.0),
            args,
            site,
        }
    }

    fn local_i32(&mut self, value: Expr, out: &mut Vec<Stmt>) -> Expr {
        let l = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(l, value));
        Expr::Local(l)
    }

    pub(crate) fn local_ref(&mut self, value: Expr, out: &mut Vec<Stmt>) -> Expr {
        let l = self.new_local(ValTy::Ref);
        out.push(Stmt::SetLocal(l, value));
        Expr::Local(l)
    }

    /// The key function and direction of a sort's keywords, evaluated in order.
    fn sort_options(
        &mut self,
        keywords: &[(String, ExprId)],
        out: &mut Vec<Stmt>,
    ) -> (Option<KeyFn>, Reverse) {
        let mut key = None;
        let mut reverse = Reverse::Known(false);
        for (name, value) in keywords {
            if name == "key" {
                key = Some(self.key_fn(*value, out));
                continue;
            }
            reverse = match self.func.expr(*value).kind {
                krait_hir::ExprKind::Bool(b) => Reverse::Known(b),
                krait_hir::ExprKind::Int(n) => Reverse::Known(n != 0),
                _ => {
                    let ty = self.ty(*value);
                    let lowered = self.expr(*value);
                    let truth = self.truthy_value(lowered, ty);
                    Reverse::Dynamic(self.local_i32(truth, out))
                }
            };
        }
        (key, reverse)
    }

    /// `sorted(iterable, key=..., reverse=...)`: a new list.
    pub(crate) fn sorted(
        &mut self,
        arg: ExprId,
        keywords: &[(String, ExprId)],
        result_ty: Ty,
        span: Span,
    ) -> Expr {
        let source_ty = self.ty(arg);
        let elem = self.list_elem(result_ty);
        let mut out = Vec::new();
        let source = self.expr(arg);
        if let Ty::Tuple(_) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Str = source_ty {
            let list = self.new_list_of(source, source_ty, elem, &mut out);
            let (key, reverse) = self.sort_options(keywords, &mut out);
            self.sort_in_place(list.clone(), elem, key, reverse, span, &mut out);
            return crate::expr::block(out, list);
        }
        let source = self.local_ref(source, &mut out);
        let list = if let Ty::Dict(_) = source_ty {
            self.dict_list(
                source,
                source_ty,
                crate::dict::DictView::Keys,
                elem,
                &mut out,
            )
        } else {
            let n = Expr::Unary(UnOp::I64ExtendI32U, Box::new(list_len(source.clone())));
            let list = self.list_alloc(elem, n, &mut out);
            let stride = elem_layout(elem).stride as i32;
            out.push(Stmt::Copy {
                dst: self.elem_addr(list.clone(), Expr::I32(0), stride as u32),
                src: self.elem_addr(source, Expr::I32(0), stride as u32),
                len: bin(BinOp::I32Mul, list_len(list.clone()), Expr::I32(stride)),
                short: true,
            });
            list
        };
        let (key, reverse) = self.sort_options(keywords, &mut out);
        self.sort_in_place(list.clone(), elem, key, reverse, span, &mut out);
        crate::expr::block(out, list)
    }

    /// `list.sort(key=..., reverse=...)`.
    pub(crate) fn list_sort(
        &mut self,
        list: Expr,
        list_ty: Ty,
        keywords: &[(String, ExprId)],
        span: Span,
    ) -> Expr {
        let elem = self.list_elem(list_ty);
        let mut out = Vec::new();
        let list = self.local_ref(list, &mut out);
        let (key, reverse) = self.sort_options(keywords, &mut out);
        self.sort_in_place(list, elem, key, reverse, span, &mut out);
        crate::expr::block(out, Expr::Values(Vec::new()))
    }

    /// Sorts a list (a local) of `(key, count)` tuples by descending count, stably.
    pub(crate) fn sort_by_count(&mut self, list: Expr, elem: Ty, span: Span, out: &mut Vec<Stmt>) {
        // The keys are the counts, computed here rather than by a key function.
        let n = self.local_i32(list_len(list.clone()), out);
        let counts = self.list_alloc(
            Ty::Int,
            Expr::Unary(UnOp::I64ExtendI32U, Box::new(n.clone())),
            out,
        );
        let i = self.local_i32(Expr::I32(0), out);
        let item = self.load_elem(list.clone(), i.clone(), elem);
        let mut body = Vec::new();
        let item = self.temp(elem, item, &mut body);
        let count = crate::func::split(item, elem).pop().expect("a count");
        self.store_elem(counts.clone(), i.clone(), Ty::Int, count, &mut body);
        body.push(increment(&i, Expr::I32(1)));
        out.push(loop_while(bin(BinOp::I32LtS, i, n), body));
        self.sort_with_keys(list, elem, counts, Ty::Int, Reverse::Known(true), span, out);
    }

    /// Sorts `list` (a local) of elements of type `elem`, stably.
    fn sort_in_place(
        &mut self,
        list: Expr,
        elem: Ty,
        key: Option<KeyFn>,
        reverse: Reverse,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        if elem == Ty::Never {
            return;
        }
        let n = self.local_i32(list_len(list.clone()), out);
        let i = self.local_i32(Expr::I32(0), out);
        // What is compared: the elements, or a list of their keys.
        let (keys, key_ty) = match key {
            None => (list.clone(), elem),
            Some(key) => {
                let key_ty = key.ty;
                let count = Expr::Unary(UnOp::I64ExtendI32U, Box::new(n.clone()));
                let keys = self.list_alloc(key_ty, count, out);
                let mut body = Vec::new();
                let item = self.load_elem(list.clone(), i.clone(), elem);
                let item = self.temp(elem, item, &mut body);
                let site = self.site(span, crate::site::Anchor::Whole);
                let call = self.key_of(&key, item, site);
                let value = self.temp(key_ty, call, &mut body);
                self.store_elem(keys.clone(), i.clone(), key_ty, value, &mut body);
                body.push(increment(&i, Expr::I32(1)));
                out.push(loop_while(bin(BinOp::I32LtS, i.clone(), n.clone()), body));
                (keys, key_ty)
            }
        };
        self.sort_with_keys(list, elem, keys, key_ty, reverse, span, out);
    }

    /// Sorts `list` (a local) of elements of type `elem` by `keys` (a list of the same length,
    /// the list itself when the elements are their keys), stably.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn sort_with_keys(
        &mut self,
        list: Expr,
        elem: Ty,
        keys: Expr,
        key_ty: Ty,
        reverse: Reverse,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let n = self.local_i32(list_len(list.clone()), out);
        let i = self.local_i32(Expr::I32(0), out);
        let raw = |n: &Expr| Expr::Alloc {
            size: Box::new(bin(BinOp::I32Mul, n.clone(), Expr::I32(4))),
            kind: mir::KIND_RAW,
        };
        let perm = self.local_ref(raw(&n), out);
        let spare = self.local_ref(raw(&n), out);
        out.push(Stmt::SetLocal(local(&i), Expr::I32(0)));
        out.push(loop_while(
            bin(BinOp::I32LtS, i.clone(), n.clone()),
            vec![
                Stmt::Store {
                    ty: MemTy::I32,
                    addr: word_addr(perm.clone(), i.clone()),
                    value: i.clone(),
                },
                increment(&i, Expr::I32(1)),
            ],
        ));
        // Merge runs of `width` from `perm` into `spare`, then swap them.
        let width = self.local_i32(Expr::I32(1), out);
        let lo = self.local_i32(Expr::I32(0), out);
        let mid = self.local_i32(Expr::I32(0), out);
        let hi = self.local_i32(Expr::I32(0), out);
        let j = self.local_i32(Expr::I32(0), out);
        let k = self.local_i32(Expr::I32(0), out);
        let right = self.load_elem(keys.clone(), word(perm.clone(), j.clone()), key_ty);
        let left = self.load_elem(keys, word(perm.clone(), i.clone()), key_ty);
        let before = |this: &mut Self, op: CmpOp| {
            this.compare(op, right.clone(), key_ty, left.clone(), key_ty, span)
        };
        let right_first = match reverse {
            Reverse::Known(false) => before(self, CmpOp::Lt),
            Reverse::Known(true) => before(self, CmpOp::Gt),
            Reverse::Dynamic(flag) => Expr::IfElse {
                cond: Box::new(flag),
                then: Box::new(before(self, CmpOp::Gt)),
                otherwise: Box::new(before(self, CmpOp::Lt)),
                ty: vec![ValTy::I32],
            },
        };
        // Take from the right run when the left one is done or the right element must come
        // first; equal elements keep their order.
        let take_right = Expr::IfElse {
            cond: Box::new(bin(BinOp::I32LtS, j.clone(), hi.clone())),
            then: Box::new(Expr::IfElse {
                cond: Box::new(bin(BinOp::I32GeS, i.clone(), mid.clone())),
                then: Box::new(Expr::I32(1)),
                otherwise: Box::new(right_first),
                ty: vec![ValTy::I32],
            }),
            otherwise: Box::new(Expr::I32(0)),
            ty: vec![ValTy::I32],
        };
        let merge = loop_while(
            bin(BinOp::I32LtS, k.clone(), hi.clone()),
            vec![
                Stmt::If {
                    cond: take_right,
                    then: vec![
                        Stmt::Store {
                            ty: MemTy::I32,
                            addr: word_addr(spare.clone(), k.clone()),
                            value: word(perm.clone(), j.clone()),
                        },
                        increment(&j, Expr::I32(1)),
                    ],
                    otherwise: vec![
                        Stmt::Store {
                            ty: MemTy::I32,
                            addr: word_addr(spare.clone(), k.clone()),
                            value: word(perm.clone(), i.clone()),
                        },
                        increment(&i, Expr::I32(1)),
                    ],
                },
                increment(&k, Expr::I32(1)),
            ],
        );
        let pass = loop_while(
            bin(BinOp::I32LtS, lo.clone(), n.clone()),
            vec![
                Stmt::SetLocal(
                    local(&mid),
                    min(bin(BinOp::I32Add, lo.clone(), width.clone()), n.clone()),
                ),
                Stmt::SetLocal(
                    local(&hi),
                    min(
                        bin(
                            BinOp::I32Add,
                            lo.clone(),
                            bin(BinOp::I32Mul, width.clone(), Expr::I32(2)),
                        ),
                        n.clone(),
                    ),
                ),
                Stmt::SetLocal(local(&i), lo.clone()),
                Stmt::SetLocal(local(&j), mid.clone()),
                Stmt::SetLocal(local(&k), lo.clone()),
                merge,
                Stmt::SetLocal(local(&lo), hi.clone()),
            ],
        );
        let swap = self.new_local(ValTy::Ref);
        out.push(loop_while(
            bin(BinOp::I32LtS, width.clone(), n.clone()),
            vec![
                Stmt::SetLocal(local(&lo), Expr::I32(0)),
                pass,
                Stmt::SetLocal(swap, perm.clone()),
                Stmt::SetLocal(local(&perm), spare.clone()),
                Stmt::SetLocal(local(&spare), Expr::Local(swap)),
                Stmt::SetLocal(
                    local(&width),
                    bin(BinOp::I32Mul, width.clone(), Expr::I32(2)),
                ),
            ],
        ));
        // Gather the elements in sorted order into a new buffer, which the list takes.
        let count = Expr::Unary(UnOp::I64ExtendI32U, Box::new(n.clone()));
        let sorted = self.list_alloc(elem, count, out);
        let stride = elem_layout(elem).stride;
        out.push(Stmt::SetLocal(local(&i), Expr::I32(0)));
        out.push(loop_while(
            bin(BinOp::I32LtS, i.clone(), n.clone()),
            vec![
                Stmt::Copy {
                    dst: self.elem_addr(sorted.clone(), i.clone(), stride),
                    src: self.elem_addr(list.clone(), word(perm, i.clone()), stride),
                    len: Expr::I32(stride as i32),
                    short: true,
                },
                increment(&i, Expr::I32(1)),
            ],
        ));
        for offset in [0, 8] {
            out.push(Stmt::Store {
                ty: if offset == 0 { MemTy::Ref } else { MemTy::I32 },
                addr: bin(BinOp::I32Add, list.clone(), Expr::I32(offset)),
                value: Expr::Load {
                    ty: if offset == 0 { MemTy::Ref } else { MemTy::I32 },
                    addr: Box::new(bin(BinOp::I32Add, sorted.clone(), Expr::I32(offset))),
                },
            });
        }
    }
}
