//! Sets: an open-addressing hash table. A set is the address of an object
//! `[keys: Ref][meta: Ref][len: i32][cap: i32][used: i32]`: `keys` holds `cap` elements laid
//! out as a list's buffer, `meta` one i32 per slot (0 empty, 1 deleted, else the high half of
//! the element's hash with bit 1 set and bit 0 clear, whose other bits pick the first slot);
//! `used` counts the slots not empty. `cap` is a power of two and at least a quarter of the
//! slots stay empty, so probing always ends.
//!
//! Iteration order would have to be CPython's (which follows its hashes and table sizes), so
//! sets support membership and updates but not iteration yet.

use crate::func::{FnLower, bin, flatten, not};
use crate::list::{buffer_alloc, elem_layout};
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::BinOp as PyBinOp;
use krait_mir::{self as mir, BinOp, Expr, MemTy, Stmt, UnOp, ValTy};
use krait_types::Ty;

const KEYS: i32 = 0;
const META: i32 = 4;
const LEN: i32 = 8;
const CAP: i32 = 12;
const USED: i32 = 16;
const SET_SIZE: i32 = 20;
const SET_KIND: u32 = mir::KIND_FIELDS | (2 << 8);
const INITIAL_CAP: i32 = 8;
const EMPTY: i32 = 0;
const DELETED: i32 = 1;

fn at(base: Expr, offset: i32) -> Expr {
    bin(BinOp::I32Add, base, Expr::I32(offset))
}

fn load(ty: MemTy, addr: Expr) -> Expr {
    Expr::Load {
        ty,
        addr: Box::new(addr),
    }
}

fn field(set: Expr, offset: i32) -> Expr {
    load(MemTy::I32, at(set, offset))
}

fn meta_addr(set: Expr, slot: Expr) -> Expr {
    bin(
        BinOp::I32Add,
        load(MemTy::Ref, at(set, META)),
        bin(BinOp::I32Mul, slot, Expr::I32(4)),
    )
}

fn un(op: UnOp, value: Expr) -> Expr {
    Expr::Unary(op, Box::new(value))
}

/// The high 32 bits of a hash: `mix` spreads its input into them (the low bits of a product
/// depend only on the low bits of its operands).
fn high_half(hash: Expr) -> Expr {
    un(UnOp::I32WrapI64, bin(BinOp::I64ShrU, hash, Expr::I64(32)))
}

/// Mixes 64 bits into a well-spread i64.
fn mix(value: Expr) -> Expr {
    bin(
        BinOp::I64Mul,
        value,
        Expr::I64(0x9E37_79B9_7F4A_7C15_u64 as i64),
    )
}

impl FnLower<'_, '_> {
    pub(crate) fn set_elem(&self, set_ty: Ty) -> Ty {
        let Ty::Set(var) = set_ty else {
            unreachable!("a set operation on a {}", set_ty.describe())
        };
        self.cx.typeck.lists.elem(var)
    }

    fn set_local(&mut self, ty: ValTy, value: Expr, out: &mut Vec<Stmt>) -> Expr {
        let local = self.new_local(ty);
        out.push(Stmt::SetLocal(local, value));
        Expr::Local(local)
    }

    /// The result of calling the `__hash__` an instance's class defines (with the statements
    /// before it), or None when it has none.
    fn user_hash(&mut self, value: Expr, class: krait_hir::ClassId) -> Option<(Vec<Stmt>, Expr)> {
        let targets = self
            .cx
            .typeck
            .special_targets(self.cx.program, class, "__hash__", &[])?;
        let mut stmts = Vec::new();
        let hash = self.call_targets(value, Vec::new(), &targets, Ty::Int, &mut stmts, None);
        Some((stmts, hash))
    }

    /// The i64 hash of `value` (reads of temporaries) of type `ty`; equal values hash alike.
    pub(crate) fn hash_value(&mut self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Int => mix(value),
            Ty::Bool => mix(un(UnOp::I64ExtendI32U, value)),
            // `+ 0.0` makes -0.0 (equal to 0.0) hash as 0.0.
            Ty::Float => mix(un(
                UnOp::I64ReinterpretF64,
                bin(BinOp::F64Add, value, Expr::F64(0.0)),
            )),
            Ty::Str => self.call_rt("str_hash", vec![value]),
            Ty::Instance { class, .. } => match self.user_hash(value.clone(), class) {
                Some((stmts, hash)) => crate::expr::block(stmts, mix(hash)),
                None => mix(un(UnOp::I64ExtendI32U, value)),
            },
            Ty::Tuple(_) => {
                let mut hash = Expr::I64(0x345678);
                for (element, element_ty) in
                    crate::func::split(value, ty).into_iter().zip(ty.elements())
                {
                    let element = self.hash_value(element, element_ty);
                    hash = bin(
                        BinOp::I64Xor,
                        bin(BinOp::I64Mul, hash, Expr::I64(1_000_003)),
                        element,
                    );
                }
                mix(hash)
            }
            _ => {
                let stmts = flatten(value).into_iter().map(Stmt::Drop).collect();
                crate::expr::block(stmts, Expr::I64(0))
            }
        }
    }

    /// `hash(value)` of a value (temporaries) of type `ty`: CPython's for numbers and tuples of
    /// them (strs, None and instances without `__hash__` hash differently in every CPython
    /// process, so any consistent value will do).
    pub(crate) fn python_hash(&mut self, value: Expr, ty: Ty) -> Expr {
        match ty {
            Ty::Int => self.call_rt("hash_int", vec![value]),
            Ty::Bool => un(UnOp::I64ExtendI32U, value),
            Ty::Float => self.call_rt("hash_float", vec![value]),
            Ty::Instance { class, .. } => match self.user_hash(value.clone(), class) {
                Some((stmts, hash)) => {
                    let hash = self.call_rt("hash_int", vec![hash]);
                    crate::expr::block(stmts, hash)
                }
                None => bin(BinOp::I64ShrU, un(UnOp::I64ExtendI32U, value), Expr::I64(3)),
            },
            Ty::Tuple(_) => {
                // CPython's tuplehash (xxHash's round over the items' hashes).
                const PRIME_1: i64 = 11_400_714_785_074_694_791_u64 as i64;
                const PRIME_2: i64 = 14_029_467_366_897_019_727_u64 as i64;
                const PRIME_5: i64 = 2_870_177_450_012_600_261;
                let mut stmts = Vec::new();
                let acc = self.new_local(ValTy::I64);
                stmts.push(Stmt::SetLocal(acc, Expr::I64(PRIME_5)));
                let elements = ty.elements();
                for (element, element_ty) in
                    crate::func::split(value, ty).into_iter().zip(&elements)
                {
                    let lane = self.python_hash(element, *element_ty);
                    let sum = bin(
                        BinOp::I64Add,
                        Expr::Local(acc),
                        bin(BinOp::I64Mul, lane, Expr::I64(PRIME_2)),
                    );
                    stmts.push(Stmt::SetLocal(acc, sum));
                    let rotated = bin(
                        BinOp::I64Or,
                        bin(BinOp::I64Shl, Expr::Local(acc), Expr::I64(31)),
                        bin(BinOp::I64ShrU, Expr::Local(acc), Expr::I64(33)),
                    );
                    stmts.push(Stmt::SetLocal(
                        acc,
                        bin(BinOp::I64Mul, rotated, Expr::I64(PRIME_1)),
                    ));
                }
                let tail = (elements.len() as i64) ^ (PRIME_5 ^ 3_527_539);
                stmts.push(Stmt::SetLocal(
                    acc,
                    bin(BinOp::I64Add, Expr::Local(acc), Expr::I64(tail)),
                ));
                let result = Expr::IfElse {
                    cond: Box::new(bin(BinOp::I64Eq, Expr::Local(acc), Expr::I64(-1))),
                    then: Box::new(Expr::I64(1_546_275_796)),
                    otherwise: Box::new(Expr::Local(acc)),
                    ty: vec![ValTy::I64],
                };
                crate::expr::block(stmts, result)
            }
            Ty::Str => {
                let mut stmts = Vec::new();
                let hash = self.call_rt("str_hash", vec![value]);
                let hash = self.set_local(ValTy::I64, hash, &mut stmts);
                let result = Expr::IfElse {
                    cond: Box::new(bin(BinOp::I64Eq, hash.clone(), Expr::I64(-1))),
                    then: Box::new(Expr::I64(-2)),
                    otherwise: Box::new(hash),
                    ty: vec![ValTy::I64],
                };
                crate::expr::block(stmts, result)
            }
            _ => {
                let stmts = flatten(value).into_iter().map(Stmt::Drop).collect();
                crate::expr::block(stmts, Expr::I64(0x5D8_4A4E))
            }
        }
    }

    /// A new list of the elements of `set` (a local), in the order of its slots: only for uses
    /// whose result does not depend on that order (sorting, min, max, counting).
    pub(crate) fn set_list(&mut self, set: Expr, elem: Ty, out: &mut Vec<Stmt>) -> Expr {
        let stride = elem_layout(elem).stride as i32;
        let len = un(UnOp::I64ExtendI32U, field(set.clone(), LEN));
        let list = self.list_alloc(elem, len, out);
        let i = self.set_local(ValTy::I32, Expr::I32(0), out);
        let j = self.set_local(ValTy::I32, Expr::I32(0), out);
        let (Expr::Local(i_local), Expr::Local(j_local)) = (i.clone(), j.clone()) else {
            unreachable!("locals")
        };
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, i.clone(), field(set.clone(), CAP))),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: bin(
                        BinOp::I32GeU,
                        load(MemTy::I32, meta_addr(set.clone(), i.clone())),
                        Expr::I32(DELETED + 1),
                    ),
                    then: vec![
                        Stmt::Copy {
                            dst: bin(
                                BinOp::I32Add,
                                load(MemTy::Ref, list.clone()),
                                bin(BinOp::I32Mul, j.clone(), Expr::I32(stride)),
                            ),
                            src: bin(
                                BinOp::I32Add,
                                load(MemTy::Ref, at(set.clone(), KEYS)),
                                bin(BinOp::I32Mul, i.clone(), Expr::I32(stride)),
                            ),
                            len: Expr::I32(stride),
                            short: true,
                        },
                        Stmt::SetLocal(j_local, bin(BinOp::I32Add, j, Expr::I32(1))),
                    ],
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(i_local, bin(BinOp::I32Add, i, Expr::I32(1))),
                Stmt::Continue(0),
            ],
        });
        list
    }

    /// Makes `target` (a set) hold what `source` (a new set nothing else refers to) holds.
    pub(crate) fn set_take_contents(&mut self, target: Expr, source: Expr, out: &mut Vec<Stmt>) {
        out.push(Stmt::Copy {
            dst: target,
            src: source,
            len: Expr::I32(SET_SIZE),
            short: true,
        });
    }

    /// `a == b` of sets: the same number of elements, each of `a`'s in `b`.
    pub(crate) fn set_equal(&mut self, a: Expr, a_ty: Ty, b: Expr, b_ty: Ty, span: Span) -> Expr {
        self.set_includes(a, a_ty, b, b_ty, BinOp::I32Eq, span)
    }

    /// Whether every element of set `a` is in set `b`, and `a`'s size compares with `b`'s by
    /// `sizes` (equal for `==`, at most for `<=`, less for `<`).
    pub(crate) fn set_includes(
        &mut self,
        a: Expr,
        a_ty: Ty,
        b: Expr,
        b_ty: Ty,
        sizes: BinOp,
        span: Span,
    ) -> Expr {
        let mut out = Vec::new();
        let a = self.set_local(ValTy::Ref, a, &mut out);
        let b = self.set_local(ValTy::Ref, b, &mut out);
        let elem = self.set_elem(a_ty);
        let equal = self.set_local(
            ValTy::I32,
            bin(sizes, field(a.clone(), LEN), field(b.clone(), LEN)),
            &mut out,
        );
        let Expr::Local(equal_local) = equal else {
            unreachable!("a local")
        };
        if elem == Ty::Never || self.set_elem(b_ty) == Ty::Never {
            return crate::expr::block(out, equal);
        }
        let mut check = Vec::new();
        let list = self.set_list(a, elem, &mut check);
        let i = self.set_local(ValTy::I32, Expr::I32(0), &mut check);
        let Expr::Local(i_local) = i else {
            unreachable!("a local")
        };
        let item = self.load_elem(list.clone(), i.clone(), elem);
        let mut body = Vec::new();
        let item = self.temp(elem, item, &mut body);
        let found = self.set_contains(item, elem, b, span);
        body.push(Stmt::If {
            cond: not(found),
            then: vec![Stmt::SetLocal(equal_local, Expr::I32(0)), Stmt::Break(0)],
            otherwise: Vec::new(),
        });
        body.push(Stmt::SetLocal(
            i_local,
            bin(BinOp::I32Add, i.clone(), Expr::I32(1)),
        ));
        let mut stmts = vec![Stmt::If {
            cond: not(bin(BinOp::I32LtS, i, crate::list::list_len(list))),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        }];
        stmts.extend(body);
        stmts.push(Stmt::Continue(0));
        check.push(Stmt::Loop { body: stmts });
        out.push(Stmt::If {
            cond: equal.clone(),
            then: check,
            otherwise: Vec::new(),
        });
        crate::expr::block(out, equal)
    }

    /// `a | b`, `a & b`, `a - b` or `a ^ b` of sets (`union` and friends): a new set.
    pub(crate) fn set_binary(
        &mut self,
        op: PyBinOp,
        a: Expr,
        b: Expr,
        elem: Ty,
        span: Span,
    ) -> Expr {
        let mut out = Vec::new();
        let a = self.set_local(ValTy::Ref, a, &mut out);
        let b = self.set_local(ValTy::Ref, b, &mut out);
        let result = self.set_alloc(elem, &mut out);
        // Each pass adds a source's elements that the other set has (Some(true)), lacks
        // (Some(false)), or all of them (None).
        let passes = match op {
            PyBinOp::BitOr => vec![(a.clone(), None), (b.clone(), None)],
            PyBinOp::BitAnd => vec![(a.clone(), Some((b.clone(), true)))],
            PyBinOp::Sub => vec![(a.clone(), Some((b.clone(), false)))],
            _ => vec![
                (a.clone(), Some((b.clone(), false))),
                (b.clone(), Some((a.clone(), false))),
            ],
        };
        if elem != Ty::Never {
            for (source, filter) in passes {
                self.set_add_all(result.clone(), source, filter, elem, span, &mut out);
            }
        }
        crate::expr::block(out, result)
    }

    /// Adds to `target` the elements of `source`, or those `other` has (or lacks).
    fn set_add_all(
        &mut self,
        target: Expr,
        source: Expr,
        filter: Option<(Expr, bool)>,
        elem: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let list = self.set_list(source, elem, out);
        let i = self.set_local(ValTy::I32, Expr::I32(0), out);
        let Expr::Local(i_local) = i else {
            unreachable!("a local")
        };
        let mut body = vec![Stmt::If {
            cond: not(bin(
                BinOp::I32LtS,
                i.clone(),
                crate::list::list_len(list.clone()),
            )),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        }];
        let item = self.load_elem(list, i.clone(), elem);
        let item = self.temp(elem, item, &mut body);
        let mut add = Vec::new();
        self.set_add(target, elem, item.clone(), span, &mut add);
        match filter {
            None => body.extend(add),
            Some((other, wanted)) => {
                let found = self.set_contains(item, elem, other, span);
                body.push(Stmt::If {
                    cond: if wanted { found } else { not(found) },
                    then: add,
                    otherwise: Vec::new(),
                });
            }
        }
        body.push(Stmt::SetLocal(i_local, bin(BinOp::I32Add, i, Expr::I32(1))));
        body.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body });
    }

    /// A new empty set, in a local.
    pub(crate) fn set_alloc(&mut self, elem: Ty, out: &mut Vec<Stmt>) -> Expr {
        let set = self.set_local(
            ValTy::Ref,
            Expr::Alloc {
                size: Box::new(Expr::I32(SET_SIZE)),
                kind: SET_KIND,
            },
            out,
        );
        self.set_buffers(set.clone(), elem, Expr::I32(INITIAL_CAP), out);
        set
    }

    /// Gives `set` fresh empty buffers of `cap` slots.
    fn set_buffers(&mut self, set: Expr, elem: Ty, cap: Expr, out: &mut Vec<Stmt>) {
        out.push(Stmt::Store {
            ty: MemTy::Ref,
            addr: at(set.clone(), KEYS),
            value: buffer_alloc(&elem_layout(elem), cap.clone()),
        });
        out.push(Stmt::Store {
            ty: MemTy::Ref,
            addr: at(set.clone(), META),
            value: Expr::Alloc {
                size: Box::new(bin(BinOp::I32Mul, cap.clone(), Expr::I32(4))),
                kind: mir::KIND_RAW,
            },
        });
        for (offset, value) in [(LEN, Expr::I32(0)), (CAP, cap), (USED, Expr::I32(0))] {
            out.push(Stmt::Store {
                ty: MemTy::I32,
                addr: at(set.clone(), offset),
                value,
            });
        }
    }

    /// Looks `key` (temporaries, with its i64 `hash`) up: the slot holding it, or -1, in one
    /// i32 local, and the slot to insert it at in another.
    fn set_find(
        &mut self,
        set: Expr,
        elem: Ty,
        key: Expr,
        hash: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        let tag = self.set_local(
            ValTy::I32,
            bin(
                BinOp::I32Or,
                bin(BinOp::I32And, high_half(hash), Expr::I32(!3)),
                Expr::I32(2),
            ),
            out,
        );
        let mask = bin(BinOp::I32Sub, field(set.clone(), CAP), Expr::I32(1));
        let slot = self.set_local(
            ValTy::I32,
            bin(
                BinOp::I32And,
                bin(BinOp::I32ShrU, tag.clone(), Expr::I32(2)),
                mask.clone(),
            ),
            out,
        );
        let found = self.set_local(ValTy::I32, Expr::I32(-1), out);
        let insert = self.set_local(ValTy::I32, Expr::I32(-1), out);
        let (Expr::Local(slot_local), Expr::Local(found_local), Expr::Local(insert_local)) =
            (slot.clone(), found.clone(), insert.clone())
        else {
            unreachable!("locals")
        };
        let meta = self.set_local(ValTy::I32, Expr::I32(0), out);
        let Expr::Local(meta_local) = meta else {
            unreachable!("a local")
        };
        let item = self.load_elem(set.clone(), slot.clone(), elem);
        let equal = self.compare(krait_hir::CmpOp::Eq, key, elem, item, elem, span);
        let remember_insert = Stmt::If {
            cond: bin(BinOp::I32LtS, insert.clone(), Expr::I32(0)),
            then: vec![Stmt::SetLocal(insert_local, slot.clone())],
            otherwise: Vec::new(),
        };
        out.push(Stmt::Loop {
            body: vec![
                Stmt::SetLocal(meta_local, load(MemTy::I32, meta_addr(set, slot.clone()))),
                Stmt::If {
                    cond: bin(BinOp::I32Eq, meta.clone(), Expr::I32(EMPTY)),
                    then: vec![remember_insert.clone(), Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: bin(BinOp::I32Eq, meta.clone(), Expr::I32(DELETED)),
                    then: vec![remember_insert],
                    otherwise: vec![Stmt::If {
                        cond: bin(BinOp::I32Eq, meta, tag),
                        then: vec![Stmt::If {
                            cond: equal,
                            then: vec![Stmt::SetLocal(found_local, slot.clone()), Stmt::Break(0)],
                            otherwise: Vec::new(),
                        }],
                        otherwise: Vec::new(),
                    }],
                },
                Stmt::SetLocal(
                    slot_local,
                    bin(BinOp::I32And, bin(BinOp::I32Add, slot, Expr::I32(1)), mask),
                ),
                Stmt::Continue(0),
            ],
        });
        (found, insert)
    }

    /// Makes room for one more used slot, moving the elements to a table twice as big (or as
    /// big, when deletions used the slots) when a quarter of the slots would not stay empty.
    fn set_reserve(&mut self, set: Expr, elem: Ty, out: &mut Vec<Stmt>) {
        let stride = elem_layout(elem).stride as i32;
        let mut grow = Vec::new();
        let old_keys = self.set_local(
            ValTy::Ref,
            load(MemTy::Ref, at(set.clone(), KEYS)),
            &mut grow,
        );
        let old_meta = self.set_local(
            ValTy::Ref,
            load(MemTy::Ref, at(set.clone(), META)),
            &mut grow,
        );
        let old_cap = self.set_local(ValTy::I32, field(set.clone(), CAP), &mut grow);
        let len = self.set_local(ValTy::I32, field(set.clone(), LEN), &mut grow);
        let new_cap = Expr::IfElse {
            cond: Box::new(bin(
                BinOp::I32GeS,
                bin(
                    BinOp::I32Mul,
                    bin(BinOp::I32Add, len.clone(), Expr::I32(1)),
                    Expr::I32(2),
                ),
                old_cap.clone(),
            )),
            then: Box::new(bin(BinOp::I32Mul, old_cap.clone(), Expr::I32(2))),
            otherwise: Box::new(old_cap.clone()),
            ty: vec![ValTy::I32],
        };
        let new_cap = self.set_local(ValTy::I32, new_cap, &mut grow);
        self.set_buffers(set.clone(), elem, new_cap.clone(), &mut grow);
        // Every element moves to the first empty slot of its probe sequence in the new table.
        let i = self.set_local(ValTy::I32, Expr::I32(0), &mut grow);
        let Expr::Local(i_local) = i else {
            unreachable!("a local")
        };
        let meta = self.set_local(ValTy::I32, Expr::I32(0), &mut grow);
        let Expr::Local(meta_local) = meta else {
            unreachable!("a local")
        };
        let slot = self.set_local(ValTy::I32, Expr::I32(0), &mut grow);
        let Expr::Local(slot_local) = slot else {
            unreachable!("a local")
        };
        let mask = bin(BinOp::I32Sub, new_cap.clone(), Expr::I32(1));
        let old_meta_at = bin(
            BinOp::I32Add,
            old_meta,
            bin(BinOp::I32Mul, i.clone(), Expr::I32(4)),
        );
        let probe = vec![
            Stmt::SetLocal(
                slot_local,
                bin(
                    BinOp::I32And,
                    bin(BinOp::I32ShrU, meta.clone(), Expr::I32(2)),
                    mask.clone(),
                ),
            ),
            Stmt::Loop {
                body: vec![
                    Stmt::If {
                        cond: bin(
                            BinOp::I32Eq,
                            load(MemTy::I32, meta_addr(set.clone(), slot.clone())),
                            Expr::I32(EMPTY),
                        ),
                        then: vec![Stmt::Break(0)],
                        otherwise: Vec::new(),
                    },
                    Stmt::SetLocal(
                        slot_local,
                        bin(
                            BinOp::I32And,
                            bin(BinOp::I32Add, slot.clone(), Expr::I32(1)),
                            mask,
                        ),
                    ),
                    Stmt::Continue(0),
                ],
            },
            Stmt::Store {
                ty: MemTy::I32,
                addr: meta_addr(set.clone(), slot.clone()),
                value: meta.clone(),
            },
            Stmt::Copy {
                dst: bin(
                    BinOp::I32Add,
                    load(MemTy::Ref, at(set.clone(), KEYS)),
                    bin(BinOp::I32Mul, slot, Expr::I32(stride)),
                ),
                src: bin(
                    BinOp::I32Add,
                    old_keys,
                    bin(BinOp::I32Mul, i.clone(), Expr::I32(stride)),
                ),
                len: Expr::I32(stride),
                short: true,
            },
        ];
        grow.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, i.clone(), old_cap)),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(meta_local, load(MemTy::I32, old_meta_at)),
                Stmt::If {
                    cond: bin(BinOp::I32GeU, meta, Expr::I32(DELETED + 1)),
                    then: probe,
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(i_local, bin(BinOp::I32Add, i, Expr::I32(1))),
                Stmt::Continue(0),
            ],
        });
        grow.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(set.clone(), LEN),
            value: len.clone(),
        });
        grow.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(set.clone(), USED),
            value: len,
        });
        out.push(Stmt::If {
            cond: bin(
                BinOp::I32GtS,
                bin(
                    BinOp::I32Mul,
                    bin(BinOp::I32Add, field(set.clone(), USED), Expr::I32(1)),
                    Expr::I32(4),
                ),
                bin(BinOp::I32Mul, field(set, CAP), Expr::I32(3)),
            ),
            then: grow,
            otherwise: Vec::new(),
        });
    }

    /// Adds `key` (temporaries) to `set` (a local).
    fn set_add(&mut self, set: Expr, elem: Ty, key: Expr, span: Span, out: &mut Vec<Stmt>) {
        self.set_reserve(set.clone(), elem, out);
        let hash = self.hash_value(key.clone(), elem);
        let hash = self.set_local(ValTy::I64, hash, out);
        let (found, insert) =
            self.set_find(set.clone(), elem, key.clone(), hash.clone(), span, out);
        let mut add = Vec::new();
        add.push(Stmt::If {
            cond: bin(
                BinOp::I32Eq,
                load(MemTy::I32, meta_addr(set.clone(), insert.clone())),
                Expr::I32(EMPTY),
            ),
            then: vec![Stmt::Store {
                ty: MemTy::I32,
                addr: at(set.clone(), USED),
                value: bin(BinOp::I32Add, field(set.clone(), USED), Expr::I32(1)),
            }],
            otherwise: Vec::new(),
        });
        add.push(Stmt::Store {
            ty: MemTy::I32,
            addr: meta_addr(set.clone(), insert.clone()),
            value: bin(
                BinOp::I32Or,
                bin(BinOp::I32And, high_half(hash), Expr::I32(!3)),
                Expr::I32(2),
            ),
        });
        self.store_key(set.clone(), insert, elem, key, &mut add);
        add.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(set.clone(), LEN),
            value: bin(BinOp::I32Add, field(set, LEN), Expr::I32(1)),
        });
        out.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found, Expr::I32(0)),
            then: add,
            otherwise: Vec::new(),
        });
    }

    /// Keys sit in the keys buffer as a list's elements in its buffer.
    fn store_key(&mut self, set: Expr, slot: Expr, elem: Ty, key: Expr, out: &mut Vec<Stmt>) {
        self.store_elem(set, slot, elem, key, out);
    }

    /// `{a, b}` or `set()`.
    pub(crate) fn set_display(
        &mut self,
        elements: &[krait_hir::ExprId],
        set_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let elem = self.set_elem(set_ty);
        let mut values = Vec::new();
        for &element in elements {
            let ty = self.ty(element);
            let value = self.expr(element);
            let value = self.coerce(value, ty, elem, out);
            values.push(self.temp(elem, value, out));
        }
        let set = self.set_alloc(elem, out);
        for value in values {
            self.set_add(set.clone(), elem, value, span, out);
        }
        set
    }

    /// `key in set`.
    pub(crate) fn set_contains(&mut self, key: Expr, key_ty: Ty, set: Expr, span: Span) -> Expr {
        let mut out = Vec::new();
        let key = self.temp(key_ty, key, &mut out);
        let set = self.list_local(set, &mut out);
        let hash = self.hash_value(key.clone(), key_ty);
        let hash = self.set_local(ValTy::I64, hash, &mut out);
        let (found, _) = self.set_find(set, key_ty, key, hash, span, &mut out);
        crate::expr::block(out, bin(BinOp::I32GeS, found, Expr::I32(0)))
    }

    /// `set.add(x)`, `set.remove(x)`, `set.discard(x)`.
    pub(crate) fn set_method(
        &mut self,
        set: Expr,
        set_ty: Ty,
        method: &str,
        arg: krait_hir::ExprId,
        span: Span,
    ) -> Expr {
        let elem = self.set_elem(set_ty);
        let mut out = Vec::new();
        let set = self.list_local(set, &mut out);
        let operation = match method {
            "union" => Some(PyBinOp::BitOr),
            "intersection" => Some(PyBinOp::BitAnd),
            "difference" => Some(PyBinOp::Sub),
            "symmetric_difference" => Some(PyBinOp::BitXor),
            _ => None,
        };
        if let Some(op) = operation {
            let other = self.expr(arg);
            let result = self.set_binary(op, set, other, elem, span);
            return crate::expr::block(out, result);
        }
        match method {
            "issubset" | "issuperset" => {
                let other_ty = self.ty(arg);
                let other = self.expr(arg);
                let other = self.set_local(ValTy::Ref, other, &mut out);
                let result = if method == "issubset" {
                    self.set_includes(set, set_ty, other, other_ty, BinOp::I32LeS, span)
                } else {
                    self.set_includes(other, other_ty, set, set_ty, BinOp::I32LeS, span)
                };
                return crate::expr::block(out, result);
            }
            "isdisjoint" => {
                let other = self.expr(arg);
                let common = self.set_binary(PyBinOp::BitAnd, set, other, elem, span);
                let result = bin(BinOp::I32Eq, field(common, LEN), Expr::I32(0));
                return crate::expr::block(out, result);
            }
            _ => {}
        }
        let key_ty = self.ty(arg);
        let key = self.expr(arg);
        let key = self.coerce(key, key_ty, elem, &mut out);
        let key = self.temp(elem, key, &mut out);
        if method == "add" {
            self.set_add(set, elem, key, span, &mut out);
            return crate::expr::block(out, Expr::Values(Vec::new()));
        }
        let hash = self.hash_value(key.clone(), elem);
        let hash = self.set_local(ValTy::I64, hash, &mut out);
        let (found, _) = self.set_find(set.clone(), elem, key.clone(), hash, span, &mut out);
        let missing = if method == "remove" {
            let text = self.repr_of(key, elem);
            let prefix = self.str_lit("KeyError: ");
            let message = self.call_rt("str_concat", vec![prefix, text]);
            let site = self.site(span, Anchor::Whole);
            vec![Stmt::Raise { message, site }]
        } else {
            Vec::new()
        };
        out.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
            then: missing,
            otherwise: vec![
                // A slot followed by an empty one ends no probe sequence: it can be empty
                // again rather than deleted, which keeps small sets from filling with
                // deleted slots (and being rebuilt) under repeated adds and removes.
                Stmt::If {
                    cond: bin(
                        BinOp::I32Eq,
                        load(
                            MemTy::I32,
                            meta_addr(
                                set.clone(),
                                bin(
                                    BinOp::I32And,
                                    bin(BinOp::I32Add, found.clone(), Expr::I32(1)),
                                    bin(BinOp::I32Sub, field(set.clone(), CAP), Expr::I32(1)),
                                ),
                            ),
                        ),
                        Expr::I32(EMPTY),
                    ),
                    then: vec![
                        Stmt::Store {
                            ty: MemTy::I32,
                            addr: meta_addr(set.clone(), found.clone()),
                            value: Expr::I32(EMPTY),
                        },
                        Stmt::Store {
                            ty: MemTy::I32,
                            addr: at(set.clone(), USED),
                            value: bin(BinOp::I32Sub, field(set.clone(), USED), Expr::I32(1)),
                        },
                    ],
                    otherwise: vec![Stmt::Store {
                        ty: MemTy::I32,
                        addr: meta_addr(set.clone(), found),
                        value: Expr::I32(DELETED),
                    }],
                },
                Stmt::Store {
                    ty: MemTy::I32,
                    addr: at(set.clone(), LEN),
                    value: bin(BinOp::I32Sub, field(set.clone(), LEN), Expr::I32(1)),
                },
            ],
        });
        crate::expr::block(out, Expr::Values(Vec::new()))
    }

    pub(crate) fn set_len(&mut self, set: Expr) -> Expr {
        field(set, LEN)
    }
}
