//! Sets: CPython's hash table, slot for slot, so that iterating a set (and printing it) gives
//! CPython's order. A set is the address of an object
//! `[keys: Ref][states: Ref][hashes: Ref][len: i32][cap: i32][fill: i32][finger: i32]`:
//! `keys` holds `cap` elements laid out as a list's buffer, `states` one i32 per slot (0
//! unused, 1 dummy: removed, 2 active), `hashes` each active slot's Python hash (an i64).
//! `len` counts the active slots, `fill` the active and dummy ones; `finger` is where `pop()`
//! looks first. As in CPython's `setobject.c`: a key's probe starts at `hash & mask`, looks at
//! the next 9 slots too when they are in the table, then moves on by `i * 5 + 1 + perturb`
//! (`perturb` the hash shifted right 5 more bits each time); an insertion takes the last
//! dummy slot of the probe, or the unused slot that ends it; a table whose `fill * 5` reaches
//! `mask * 3` is rebuilt with room for 4 times (past 50000 elements 2 times) as many.

use crate::func::{FnLower, bin, flatten, not};
use crate::list::{buffer_alloc, elem_layout};
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::BinOp as PyBinOp;
use krait_mir::{self as mir, BinOp, Expr, MemTy, Stmt, UnOp, ValTy};
use krait_types::Ty;

const KEYS: i32 = 0;
const STATES: i32 = 4;
const HASHES: i32 = 8;
const LEN: i32 = 12;
const CAP: i32 = 16;
const FILL: i32 = 20;
const FINGER: i32 = 24;
const SET_SIZE: i32 = 28;
const SET_KIND: u32 = mir::KIND_FIELDS | (3 << 8);
/// CPython's `PySet_MINSIZE`.
const MIN_CAP: i32 = 8;
const UNUSED: i32 = 0;
const DUMMY: i32 = 1;
const ACTIVE: i32 = 2;
/// CPython's `LINEAR_PROBES`.
const LINEAR_PROBES: i32 = 9;

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

fn state_addr(set: Expr, slot: Expr) -> Expr {
    bin(
        BinOp::I32Add,
        load(MemTy::Ref, at(set, STATES)),
        bin(BinOp::I32Mul, slot, Expr::I32(4)),
    )
}

fn hash_addr(set: Expr, slot: Expr) -> Expr {
    bin(
        BinOp::I32Add,
        load(MemTy::Ref, at(set, HASHES)),
        bin(BinOp::I32Mul, slot, Expr::I32(8)),
    )
}

fn store_field(set: Expr, offset: i32, value: Expr) -> Stmt {
    Stmt::Store {
        ty: MemTy::I32,
        addr: at(set, offset),
        value,
    }
}

/// `insert = slot` unless an earlier slot of the probe was taken for the insertion already.
fn take_if_unset(insert: mir::LocalIdx, slot: Expr) -> Stmt {
    Stmt::If {
        cond: bin(BinOp::I32LtS, Expr::Local(insert), Expr::I32(0)),
        then: vec![Stmt::SetLocal(insert, slot)],
        otherwise: Vec::new(),
    }
}

fn add_one(value: Expr) -> Expr {
    bin(BinOp::I32Add, value, Expr::I32(1))
}

fn un(op: UnOp, value: Expr) -> Expr {
    Expr::Unary(op, Box::new(value))
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
        let Some(var) = set_ty.set_var() else {
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
            Ty::Str | Ty::Bytes => self.call_rt("str_hash", vec![value]),
            Ty::FrozenSet(_) => mix(self.frozenset_hash(value, ty)),
            Ty::Object(_) => mix(self.call_rt("obj_hash", vec![value])),
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

    /// The hash a set keeps for `key` (temporaries) of type `ty`: CPython's where the program
    /// sees the order of sets, else one whose high bits are well spread.
    fn set_hash(&mut self, key: Expr, ty: Ty) -> Expr {
        if self.cx.typeck.ordered_sets {
            self.python_hash(key, ty)
        } else {
            let hash = self.hash_value(key, ty);
            bin(BinOp::I64ShrU, hash, Expr::I64(32))
        }
    }

    /// `hash(value)` of a value (temporaries) of type `ty`: CPython's for numbers and tuples of
    /// them (strs, None and instances without `__hash__` hash differently in every CPython
    /// process, so any consistent value will do).
    pub(crate) fn python_hash(&mut self, value: Expr, ty: Ty) -> Expr {
        match ty {
            // Inline for the ints below 2**61 - 1 in size (themselves, but -1 is -2).
            Ty::Int => {
                const MODULUS: i64 = (1 << 61) - 1;
                let mut stmts = Vec::new();
                let n = self.set_local(ValTy::I64, value, &mut stmts);
                let small = bin(
                    BinOp::I32And,
                    bin(BinOp::I64GtS, n.clone(), Expr::I64(-MODULUS)),
                    bin(BinOp::I64LtS, n.clone(), Expr::I64(MODULUS)),
                );
                let own = Expr::IfElse {
                    cond: Box::new(bin(BinOp::I64Eq, n.clone(), Expr::I64(-1))),
                    then: Box::new(Expr::I64(-2)),
                    otherwise: Box::new(n.clone()),
                    ty: vec![ValTy::I64],
                };
                let general = self.call_rt("hash_int", vec![n]);
                crate::expr::block(
                    stmts,
                    Expr::IfElse {
                        cond: Box::new(small),
                        then: Box::new(own),
                        otherwise: Box::new(general),
                        ty: vec![ValTy::I64],
                    },
                )
            }
            Ty::Bool => un(UnOp::I64ExtendI32U, value),
            Ty::Float => self.call_rt("hash_float", vec![value]),
            Ty::FrozenSet(_) => self.frozenset_hash(value, ty),
            Ty::Object(_) => self.call_rt("obj_hash", vec![value]),
            Ty::Instance { class, .. } => match self.user_hash(value.clone(), class) {
                Some((mut stmts, hash)) => {
                    // CPython takes what `__hash__` returns as it is, but -1 is -2.
                    let hash = self.set_local(ValTy::I64, hash, &mut stmts);
                    let hash = Expr::IfElse {
                        cond: Box::new(bin(BinOp::I64Eq, hash.clone(), Expr::I64(-1))),
                        then: Box::new(Expr::I64(-2)),
                        otherwise: Box::new(hash),
                        ty: vec![ValTy::I64],
                    };
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
            Ty::Str | Ty::Bytes => {
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

    /// `hash(frozenset)`, as CPython's `frozenset_hash`: the elements' hashes, each shuffled,
    /// xor-ed together (so that their order does not matter), then mixed with the size.
    fn frozenset_hash(&mut self, value: Expr, ty: Ty) -> Expr {
        let shuffle = |h: Expr| {
            bin(
                BinOp::I64Mul,
                bin(
                    BinOp::I64Xor,
                    bin(BinOp::I64Xor, h.clone(), Expr::I64(89_869_747)),
                    bin(BinOp::I64Shl, h, Expr::I64(16)),
                ),
                Expr::I64(3_644_798_167),
            )
        };
        let elem = self.set_elem(ty);
        let mut out = Vec::new();
        let set = self.set_local(ValTy::Ref, value, &mut out);
        let acc = self.new_local(ValTy::I64);
        out.push(Stmt::SetLocal(acc, Expr::I64(0)));
        if elem != Ty::Never {
            self.each_active_slot(set.clone(), &mut out, |this, slot| {
                let mut each = Vec::new();
                let item = this.load_elem(set.clone(), slot, elem);
                let item = this.temp(elem, item, &mut each);
                let hash = this.python_hash(item, elem);
                each.push(Stmt::SetLocal(
                    acc,
                    bin(BinOp::I64Xor, Expr::Local(acc), shuffle(hash)),
                ));
                each
            });
        }
        let size = un(UnOp::I64ExtendI32U, field(set, LEN));
        let sized = bin(
            BinOp::I64Mul,
            bin(BinOp::I64Add, size, Expr::I64(1)),
            Expr::I64(1_927_868_237),
        );
        out.push(Stmt::SetLocal(
            acc,
            bin(BinOp::I64Xor, Expr::Local(acc), sized),
        ));
        let dispersed = bin(
            BinOp::I64Xor,
            bin(BinOp::I64ShrU, Expr::Local(acc), Expr::I64(11)),
            bin(BinOp::I64ShrU, Expr::Local(acc), Expr::I64(25)),
        );
        out.push(Stmt::SetLocal(
            acc,
            bin(BinOp::I64Xor, Expr::Local(acc), dispersed),
        ));
        out.push(Stmt::SetLocal(
            acc,
            bin(
                BinOp::I64Add,
                bin(BinOp::I64Mul, Expr::Local(acc), Expr::I64(69_069)),
                Expr::I64(907_133_923),
            ),
        ));
        let result = Expr::IfElse {
            cond: Box::new(bin(BinOp::I64Eq, Expr::Local(acc), Expr::I64(-1))),
            then: Box::new(Expr::I64(590_923_713)),
            otherwise: Box::new(Expr::Local(acc)),
            ty: vec![ValTy::I64],
        };
        crate::expr::block(out, result)
    }

    /// A new list of the elements of `set` (a local), in the order of its slots: CPython's
    /// iteration order.
    pub(crate) fn set_list(&mut self, set: Expr, elem: Ty, out: &mut Vec<Stmt>) -> Expr {
        let stride = elem_layout(elem).stride as i32;
        let len = un(UnOp::I64ExtendI32U, field(set.clone(), LEN));
        let list = self.list_alloc(elem, len, out);
        let j = self.set_local(ValTy::I32, Expr::I32(0), out);
        let Expr::Local(j_local) = j else {
            unreachable!("a local")
        };
        self.each_active_slot(set.clone(), out, |_, i| {
            vec![
                Stmt::Copy {
                    dst: bin(
                        BinOp::I32Add,
                        load(MemTy::Ref, list.clone()),
                        bin(BinOp::I32Mul, j.clone(), Expr::I32(stride)),
                    ),
                    src: bin(
                        BinOp::I32Add,
                        load(MemTy::Ref, at(set.clone(), KEYS)),
                        bin(BinOp::I32Mul, i, Expr::I32(stride)),
                    ),
                    len: Expr::I32(stride),
                    short: true,
                },
                Stmt::SetLocal(j_local, bin(BinOp::I32Add, j.clone(), Expr::I32(1))),
            ]
        });
        list
    }

    /// A loop over the slots of `set` (a local) running what `each` makes of a slot's index
    /// (a local) at those holding elements.
    fn each_active_slot(
        &mut self,
        set: Expr,
        out: &mut Vec<Stmt>,
        each: impl FnOnce(&mut Self, Expr) -> Vec<Stmt>,
    ) {
        let slot = self.set_local(ValTy::I32, Expr::I32(0), out);
        let Expr::Local(slot_local) = slot else {
            unreachable!("a local")
        };
        let each = each(self, slot.clone());
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, slot.clone(), field(set.clone(), CAP))),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: bin(
                        BinOp::I32Eq,
                        load(MemTy::I32, state_addr(set, slot.clone())),
                        Expr::I32(ACTIVE),
                    ),
                    then: each,
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(slot_local, bin(BinOp::I32Add, slot, Expr::I32(1))),
                Stmt::Continue(0),
            ],
        });
    }

    /// Makes `target` (a set) hold what `source` (a new set nothing else refers to) holds.
    /// The target keeps its `pop()` finger, as CPython's `set_swap_bodies` does.
    pub(crate) fn set_take_contents(&mut self, target: Expr, source: Expr, out: &mut Vec<Stmt>) {
        out.push(Stmt::Copy {
            dst: target,
            src: source,
            len: Expr::I32(FINGER),
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

    /// `a | b`, `a & b`, `a - b` or `a ^ b` of sets (`union` and friends): a new set, built as
    /// CPython builds it (which decides its order).
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
        if elem == Ty::Never {
            let result = self.set_alloc(elem, &mut out);
            return crate::expr::block(out, result);
        }
        let result = match op {
            PyBinOp::BitOr => {
                let result = self.set_copy(a, elem, &mut out);
                self.set_merge(result.clone(), b, elem, span, &mut out);
                result
            }
            PyBinOp::BitAnd => self.set_intersection(a, b, elem, span, &mut out),
            PyBinOp::Sub => {
                // A set much bigger than the other is copied, then the other's elements
                // removed; else its elements the other lacks are added to a new one.
                let result = self.new_local(ValTy::Ref);
                let mut copy = Vec::new();
                let copied = self.set_copy(a.clone(), elem, &mut copy);
                copy.push(Stmt::SetLocal(result, copied));
                self.set_each(b.clone(), elem, &mut copy, |this, key, hash, body| {
                    this.set_discard_hashed(Expr::Local(result), elem, key, hash, span, body);
                });
                self.set_drop_dummies(Expr::Local(result), elem, &mut copy);
                let mut filter = Vec::new();
                let fresh = self.set_alloc(elem, &mut filter);
                filter.push(Stmt::SetLocal(result, fresh));
                self.set_each(a.clone(), elem, &mut filter, |this, key, hash, body| {
                    let (found, _) =
                        this.set_find(b.clone(), elem, key.clone(), hash.clone(), span, body);
                    let mut add = Vec::new();
                    this.set_add_hashed(Expr::Local(result), elem, key, hash, span, &mut add);
                    body.push(Stmt::If {
                        cond: bin(BinOp::I32LtS, found, Expr::I32(0)),
                        then: add,
                        otherwise: Vec::new(),
                    });
                });
                out.push(Stmt::If {
                    cond: bin(
                        BinOp::I32GtS,
                        bin(BinOp::I32ShrU, field(a, LEN), Expr::I32(2)),
                        field(b, LEN),
                    ),
                    then: copy,
                    otherwise: filter,
                });
                Expr::Local(result)
            }
            _ => {
                // CPython copies the right operand and toggles the left's elements in it.
                let result = self.set_copy(b, elem, &mut out);
                self.set_toggle_all(result.clone(), a, elem, span, &mut out);
                result
            }
        };
        crate::expr::block(out, result)
    }

    /// `target op= other` of sets, in place as CPython does it (`&=` makes the intersection
    /// and takes its table).
    pub(crate) fn set_update_in_place(
        &mut self,
        op: PyBinOp,
        target: Expr,
        other: Expr,
        elem: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let target = self.set_local(ValTy::Ref, target, out);
        let other = self.set_local(ValTy::Ref, other, out);
        if elem == Ty::Never {
            return;
        }
        match op {
            PyBinOp::BitOr => self.set_merge(target, other, elem, span, out),
            PyBinOp::BitAnd => {
                let common = self.set_intersection(target.clone(), other, elem, span, out);
                self.set_take_contents(target, common, out);
            }
            _ => {
                // `s -= s` and `s ^= s` empty it.
                let mut clear = Vec::new();
                self.set_clear(target.clone(), elem, &mut clear);
                let mut each = Vec::new();
                if op == PyBinOp::Sub {
                    self.set_each(other.clone(), elem, &mut each, |this, key, hash, body| {
                        this.set_discard_hashed(target.clone(), elem, key, hash, span, body);
                    });
                    self.set_drop_dummies(target.clone(), elem, &mut each);
                } else {
                    self.set_toggle_all(target.clone(), other.clone(), elem, span, &mut each);
                }
                out.push(Stmt::If {
                    cond: bin(BinOp::I32Eq, target, other),
                    then: clear,
                    otherwise: each,
                });
            }
        }
    }

    /// `a & b`: a new set of the elements of the smaller (`a` when as big) that the other has,
    /// in its order.
    fn set_intersection(
        &mut self,
        a: Expr,
        b: Expr,
        elem: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let b_bigger = bin(BinOp::I32GtS, field(b.clone(), LEN), field(a.clone(), LEN));
        let b_bigger = self.set_local(ValTy::I32, b_bigger, out);
        let pick = |first: &Expr, second: &Expr| Expr::IfElse {
            cond: Box::new(b_bigger.clone()),
            then: Box::new(first.clone()),
            otherwise: Box::new(second.clone()),
            ty: vec![ValTy::Ref],
        };
        let small = self.set_local(ValTy::Ref, pick(&a, &b), out);
        let big = self.set_local(ValTy::Ref, pick(&b, &a), out);
        let result = self.set_alloc(elem, out);
        self.set_each(small, elem, out, |this, key, hash, body| {
            let (found, _) =
                this.set_find(big.clone(), elem, key.clone(), hash.clone(), span, body);
            let mut add = Vec::new();
            this.set_add_hashed(result.clone(), elem, key, hash, span, &mut add);
            body.push(Stmt::If {
                cond: bin(BinOp::I32GeS, found, Expr::I32(0)),
                then: add,
                otherwise: Vec::new(),
            });
        });
        result
    }

    /// For each element of `other`, in its order: removes it from `target` when there, else
    /// adds it (`symmetric_difference_update`).
    fn set_toggle_all(
        &mut self,
        target: Expr,
        other: Expr,
        elem: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        self.set_each(other, elem, out, |this, key, hash, body| {
            let (found, _) =
                this.set_find(target.clone(), elem, key.clone(), hash.clone(), span, body);
            let mut add = Vec::new();
            this.set_add_hashed(target.clone(), elem, key, hash, span, &mut add);
            body.push(Stmt::If {
                cond: bin(BinOp::I32GeS, found.clone(), Expr::I32(0)),
                then: this.set_remove_slot(target.clone(), found),
                otherwise: add,
            });
        });
    }

    /// Runs `body` for each element of `set` (a local), in slot order, with the element (in
    /// temporaries) and its hash (an i64 local).
    fn set_each(
        &mut self,
        set: Expr,
        elem: Ty,
        out: &mut Vec<Stmt>,
        body: impl FnOnce(&mut Self, Expr, Expr, &mut Vec<Stmt>),
    ) {
        let i = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(i, Expr::I32(0)));
        let mut active = Vec::new();
        let key = self.load_elem(set.clone(), Expr::Local(i), elem);
        let key = self.temp(elem, key, &mut active);
        let hash = self.set_local(
            ValTy::I64,
            load(MemTy::I64, hash_addr(set.clone(), Expr::Local(i))),
            &mut active,
        );
        body(self, key, hash, &mut active);
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, Expr::Local(i), field(set.clone(), CAP))),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: bin(
                        BinOp::I32Eq,
                        load(MemTy::I32, state_addr(set, Expr::Local(i))),
                        Expr::I32(ACTIVE),
                    ),
                    then: active,
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(i, add_one(Expr::Local(i))),
                Stmt::Continue(0),
            ],
        });
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
        self.set_buffers(set.clone(), elem, Expr::I32(MIN_CAP), out);
        set
    }

    /// Gives `set` fresh unused tables of `cap` slots (and no elements).
    fn set_buffers(&mut self, set: Expr, elem: Ty, cap: Expr, out: &mut Vec<Stmt>) {
        out.push(Stmt::Store {
            ty: MemTy::Ref,
            addr: at(set.clone(), KEYS),
            value: buffer_alloc(&elem_layout(elem), cap.clone()),
        });
        for (offset, width) in [(STATES, 4), (HASHES, 8)] {
            out.push(Stmt::Store {
                ty: MemTy::Ref,
                addr: at(set.clone(), offset),
                value: Expr::Alloc {
                    size: Box::new(bin(BinOp::I32Mul, cap.clone(), Expr::I32(width))),
                    kind: mir::KIND_RAW,
                },
            });
        }
        for (offset, value) in [(LEN, Expr::I32(0)), (CAP, cap), (FILL, Expr::I32(0))] {
            out.push(store_field(set.clone(), offset, value));
        }
    }

    /// CPython's probe of `set` (a local) for `hash` (an i64 local): `visit` gives the code for
    /// each slot it looks at (an i32 local), in order; that code ends the probe with
    /// `Break(1)`.
    fn set_probe(
        &mut self,
        set: Expr,
        hash: Expr,
        out: &mut Vec<Stmt>,
        visit: impl FnOnce(&mut Self, Expr) -> Vec<Stmt>,
    ) {
        let mask = bin(BinOp::I32Sub, field(set, CAP), Expr::I32(1));
        let mask = self.set_local(ValTy::I32, mask, out);
        if !self.cx.typeck.ordered_sets {
            // Slot after slot from the first.
            let slot = self.set_local(
                ValTy::I32,
                un(
                    UnOp::I32WrapI64,
                    bin(BinOp::I64And, hash, un(UnOp::I64ExtendI32U, mask.clone())),
                ),
                out,
            );
            let Expr::Local(slot_local) = slot else {
                unreachable!("a local")
            };
            let mut inner = visit(self, slot.clone());
            inner.push(Stmt::SetLocal(
                slot_local,
                bin(BinOp::I32And, add_one(slot), mask),
            ));
            inner.push(Stmt::Continue(0));
            out.push(Stmt::Loop {
                body: vec![Stmt::Loop { body: inner }],
            });
            return;
        }
        let start = un(
            UnOp::I32WrapI64,
            bin(
                BinOp::I64And,
                hash.clone(),
                un(UnOp::I64ExtendI32U, mask.clone()),
            ),
        );
        let i = self.set_local(ValTy::I32, start, out);
        let perturb = self.set_local(ValTy::I64, hash, out);
        let slot = self.new_local(ValTy::I32);
        let last = self.new_local(ValTy::I32);
        let (Expr::Local(i_local), Expr::Local(perturb_local)) = (i.clone(), perturb.clone())
        else {
            unreachable!("locals")
        };
        let mut inner = visit(self, Expr::Local(slot));
        inner.push(Stmt::If {
            cond: bin(BinOp::I32GeS, Expr::Local(slot), Expr::Local(last)),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        });
        inner.push(Stmt::SetLocal(slot, add_one(Expr::Local(slot))));
        inner.push(Stmt::Continue(0));
        let linear_end = bin(BinOp::I32Add, i.clone(), Expr::I32(LINEAR_PROBES));
        let next = bin(
            BinOp::I64And,
            bin(
                BinOp::I64Add,
                bin(
                    BinOp::I64Add,
                    bin(
                        BinOp::I64Mul,
                        un(UnOp::I64ExtendI32U, i.clone()),
                        Expr::I64(5),
                    ),
                    Expr::I64(1),
                ),
                perturb.clone(),
            ),
            un(UnOp::I64ExtendI32U, mask.clone()),
        );
        out.push(Stmt::Loop {
            body: vec![
                Stmt::SetLocal(slot, i.clone()),
                Stmt::SetLocal(
                    last,
                    Expr::IfElse {
                        cond: Box::new(bin(BinOp::I32LeS, linear_end.clone(), mask)),
                        then: Box::new(linear_end),
                        otherwise: Box::new(i),
                        ty: vec![ValTy::I32],
                    },
                ),
                Stmt::Loop { body: inner },
                Stmt::SetLocal(perturb_local, bin(BinOp::I64ShrU, perturb, Expr::I64(5))),
                Stmt::SetLocal(i_local, un(UnOp::I32WrapI64, next)),
                Stmt::Continue(0),
            ],
        });
    }

    /// Looks `key` (temporaries, with its Python `hash`, an i64 local) up in `set` (a local):
    /// the slot holding it, or -1, in an i32 local, and in another the slot an insertion takes
    /// (the probe's last dummy slot, or the unused one that ends it).
    fn set_find(
        &mut self,
        set: Expr,
        elem: Ty,
        key: Expr,
        hash: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        let found = self.new_local(ValTy::I32);
        let insert = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(found, Expr::I32(-1)));
        out.push(Stmt::SetLocal(insert, Expr::I32(-1)));
        let state = self.new_local(ValTy::I32);
        // Equal keys have equal hashes: comparing the hashes first only saves comparing
        // elements that are costly to compare.
        let cheap = matches!(elem, Ty::Int | Ty::Bool | Ty::Float);
        // Most lookups end at the key's first slot: unused, or holding it.
        let mask = bin(BinOp::I32Sub, field(set.clone(), CAP), Expr::I32(1));
        let home = self.set_local(
            ValTy::I32,
            un(
                UnOp::I32WrapI64,
                bin(BinOp::I64And, hash.clone(), un(UnOp::I64ExtendI32U, mask)),
            ),
            out,
        );
        let home_item = self.load_elem(set.clone(), home.clone(), elem);
        let home_equal = self.compare(
            krait_hir::CmpOp::Eq,
            key.clone(),
            elem,
            home_item,
            elem,
            span,
        );
        // CPython 3.11 inserts at the last dummy slot of the probe (any will do for the
        // faster table).
        let last_dummy = self.cx.typeck.ordered_sets;
        let mut probe = Vec::new();
        let probed = hash.clone();
        let home_hash = hash.clone();
        self.set_probe(set.clone(), probed, &mut probe, |this, slot| {
            let item = this.load_elem(set.clone(), slot.clone(), elem);
            let equal = this.compare(krait_hir::CmpOp::Eq, key, elem, item, elem, span);
            vec![
                Stmt::SetLocal(
                    state,
                    load(MemTy::I32, state_addr(set.clone(), slot.clone())),
                ),
                Stmt::If {
                    cond: bin(BinOp::I32Eq, Expr::Local(state), Expr::I32(UNUSED)),
                    then: vec![take_if_unset(insert, slot.clone()), Stmt::Break(1)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: bin(BinOp::I32Eq, Expr::Local(state), Expr::I32(ACTIVE)),
                    then: vec![Stmt::If {
                        cond: if cheap {
                            equal
                        } else {
                            bin(
                                BinOp::I32And,
                                bin(
                                    BinOp::I64Eq,
                                    load(MemTy::I64, hash_addr(set.clone(), slot.clone())),
                                    hash,
                                ),
                                equal,
                            )
                        },
                        then: vec![Stmt::SetLocal(found, slot.clone()), Stmt::Break(1)],
                        otherwise: Vec::new(),
                    }],
                    otherwise: if last_dummy {
                        vec![Stmt::SetLocal(insert, slot)]
                    } else {
                        vec![take_if_unset(insert, slot)]
                    },
                },
            ]
        });
        let home_state = load(MemTy::I32, state_addr(set.clone(), home.clone()));
        out.push(Stmt::SetLocal(state, home_state));
        let active = bin(BinOp::I32Eq, Expr::Local(state), Expr::I32(ACTIVE));
        out.push(Stmt::If {
            cond: bin(BinOp::I32Eq, Expr::Local(state), Expr::I32(UNUSED)),
            then: vec![Stmt::SetLocal(insert, home.clone())],
            otherwise: vec![Stmt::If {
                cond: if cheap {
                    active
                } else {
                    bin(
                        BinOp::I32And,
                        active,
                        bin(
                            BinOp::I64Eq,
                            load(MemTy::I64, hash_addr(set, home.clone())),
                            home_hash,
                        ),
                    )
                },
                then: vec![Stmt::If {
                    cond: home_equal,
                    then: vec![Stmt::SetLocal(found, home)],
                    otherwise: probe.clone(),
                }],
                otherwise: probe,
            }],
        });
        (Expr::Local(found), Expr::Local(insert))
    }

    /// Puts `key` (copied from the address `source`), of `hash`, in the first unused slot of
    /// its probe in `set`, which has no equal element and no dummy slot.
    fn set_insert_clean(
        &mut self,
        set: Expr,
        elem: Ty,
        source: Expr,
        hash: Expr,
        out: &mut Vec<Stmt>,
    ) {
        let stride = elem_layout(elem).stride as i32;
        let hash = self.set_local(ValTy::I64, hash, out);
        let source = self.set_local(ValTy::I32, source, out);
        let set_for = set.clone();
        self.set_probe(set, hash.clone(), out, move |_, slot| {
            vec![Stmt::If {
                cond: bin(
                    BinOp::I32Eq,
                    load(MemTy::I32, state_addr(set_for.clone(), slot.clone())),
                    Expr::I32(UNUSED),
                ),
                then: vec![
                    Stmt::Store {
                        ty: MemTy::I32,
                        addr: state_addr(set_for.clone(), slot.clone()),
                        value: Expr::I32(ACTIVE),
                    },
                    Stmt::Store {
                        ty: MemTy::I64,
                        addr: hash_addr(set_for.clone(), slot.clone()),
                        value: hash,
                    },
                    Stmt::Copy {
                        dst: bin(
                            BinOp::I32Add,
                            load(MemTy::Ref, at(set_for, KEYS)),
                            bin(BinOp::I32Mul, slot, Expr::I32(stride)),
                        ),
                        src: source,
                        len: Expr::I32(stride),
                        short: true,
                    },
                    Stmt::Break(1),
                ],
                otherwise: Vec::new(),
            }]
        });
    }

    /// Puts each active slot's key of the tables `[keys, states, hashes]` (addresses, of
    /// `cap` slots), in slot order, in the first unused slot of its probe in `set`.
    fn set_insert_all_clean(
        &mut self,
        set: Expr,
        elem: Ty,
        [keys, states, hashes]: [Expr; 3],
        cap: Expr,
        out: &mut Vec<Stmt>,
    ) {
        let stride = elem_layout(elem).stride as i32;
        let i = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(i, Expr::I32(0)));
        let at_slot = |table: Expr, width: i32| {
            bin(
                BinOp::I32Add,
                table,
                bin(BinOp::I32Mul, Expr::Local(i), Expr::I32(width)),
            )
        };
        let mut move_one = Vec::new();
        let hash = load(MemTy::I64, at_slot(hashes, 8));
        self.set_insert_clean(set, elem, at_slot(keys, stride), hash, &mut move_one);
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, Expr::Local(i), cap)),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: bin(
                        BinOp::I32Eq,
                        load(MemTy::I32, at_slot(states, 4)),
                        Expr::I32(ACTIVE),
                    ),
                    then: move_one,
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(i, add_one(Expr::Local(i))),
                Stmt::Continue(0),
            ],
        });
    }

    /// CPython's `set_table_resize`: a table of the smallest power of two (at least 8) above
    /// `min_used`, the active elements put back in their old slot order.
    fn set_resize(&mut self, set: Expr, elem: Ty, min_used: Expr, out: &mut Vec<Stmt>) {
        let stride = elem_layout(elem).stride as i32;
        let min_used = self.set_local(ValTy::I32, min_used, out);
        let cap = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(cap, Expr::I32(MIN_CAP)));
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: bin(BinOp::I32GtS, Expr::Local(cap), min_used),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(cap, bin(BinOp::I32Mul, Expr::Local(cap), Expr::I32(2))),
                Stmt::Continue(0),
            ],
        });
        let old_cap = self.set_local(ValTy::I32, field(set.clone(), CAP), out);
        let len = self.set_local(ValTy::I32, field(set.clone(), LEN), out);
        // Where the old slots are read from: the old tables, or, when the table keeps its
        // size (rebuilt to drop dummies), a copy of them in the runtime's scratch buffer, so
        // that nothing is allocated.
        let old_keys = self.new_local(ValTy::I32);
        let old_states = self.new_local(ValTy::I32);
        let old_hashes = self.new_local(ValTy::I32);
        let mut in_place = Vec::new();
        let bytes = bin(BinOp::I32Mul, old_cap.clone(), Expr::I32(12 + stride));
        let scratch = un(
            UnOp::I32WrapI64,
            self.call_rt("scratch_buffer", vec![un(UnOp::I64ExtendI32U, bytes)]),
        );
        in_place.push(Stmt::SetLocal(old_states, scratch));
        in_place.push(Stmt::SetLocal(
            old_hashes,
            bin(
                BinOp::I32Add,
                Expr::Local(old_states),
                bin(BinOp::I32Mul, old_cap.clone(), Expr::I32(4)),
            ),
        ));
        in_place.push(Stmt::SetLocal(
            old_keys,
            bin(
                BinOp::I32Add,
                Expr::Local(old_hashes),
                bin(BinOp::I32Mul, old_cap.clone(), Expr::I32(8)),
            ),
        ));
        for (copy, offset, width) in [
            (old_states, STATES, 4),
            (old_hashes, HASHES, 8),
            (old_keys, KEYS, stride),
        ] {
            in_place.push(Stmt::Copy {
                dst: Expr::Local(copy),
                src: load(MemTy::Ref, at(set.clone(), offset)),
                len: bin(BinOp::I32Mul, old_cap.clone(), Expr::I32(width)),
                short: false,
            });
        }
        let j = self.new_local(ValTy::I32);
        in_place.push(Stmt::SetLocal(j, Expr::I32(0)));
        in_place.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, Expr::Local(j), old_cap.clone())),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::Store {
                    ty: MemTy::I32,
                    addr: state_addr(set.clone(), Expr::Local(j)),
                    value: Expr::I32(UNUSED),
                },
                Stmt::SetLocal(j, add_one(Expr::Local(j))),
                Stmt::Continue(0),
            ],
        });
        let mut grown = Vec::new();
        let tables: Vec<Expr> = [KEYS, STATES, HASHES]
            .into_iter()
            .map(|offset| {
                self.set_local(
                    ValTy::Ref,
                    load(MemTy::Ref, at(set.clone(), offset)),
                    &mut grown,
                )
            })
            .collect();
        self.set_buffers(set.clone(), elem, Expr::Local(cap), &mut grown);
        for (local, table) in [old_keys, old_states, old_hashes].into_iter().zip(tables) {
            grown.push(Stmt::SetLocal(local, table));
        }
        out.push(Stmt::If {
            cond: bin(BinOp::I32Eq, Expr::Local(cap), old_cap.clone()),
            then: in_place,
            otherwise: grown,
        });
        let old = [old_keys, old_states, old_hashes].map(Expr::Local);
        self.set_insert_all_clean(set.clone(), elem, old, old_cap, out);
        out.push(store_field(set.clone(), LEN, len.clone()));
        out.push(store_field(set, FILL, len));
    }

    /// Adds `key` (temporaries) to `set` (a local).
    fn set_add(&mut self, set: Expr, elem: Ty, key: Expr, span: Span, out: &mut Vec<Stmt>) {
        let hash = self.set_hash(key.clone(), elem);
        let hash = self.set_local(ValTy::I64, hash, out);
        self.set_add_hashed(set, elem, key, hash, span, out);
    }

    /// CPython's `set_add_entry`: adds `key` (temporaries) of Python hash `hash` (an i64
    /// local) to `set` (a local), rebuilding the table when an unused slot filled it up.
    fn set_add_hashed(
        &mut self,
        set: Expr,
        elem: Ty,
        key: Expr,
        hash: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let (found, insert) =
            self.set_find(set.clone(), elem, key.clone(), hash.clone(), span, out);
        let mut add = Vec::new();
        let fresh = self.set_local(
            ValTy::I32,
            bin(
                BinOp::I32Eq,
                load(MemTy::I32, state_addr(set.clone(), insert.clone())),
                Expr::I32(UNUSED),
            ),
            &mut add,
        );
        add.push(Stmt::Store {
            ty: MemTy::I32,
            addr: state_addr(set.clone(), insert.clone()),
            value: Expr::I32(ACTIVE),
        });
        add.push(Stmt::Store {
            ty: MemTy::I64,
            addr: hash_addr(set.clone(), insert.clone()),
            value: hash,
        });
        self.store_elem(set.clone(), insert, elem, key, &mut add);
        add.push(store_field(
            set.clone(),
            LEN,
            add_one(field(set.clone(), LEN)),
        ));
        let mut filled = vec![store_field(
            set.clone(),
            FILL,
            add_one(field(set.clone(), FILL)),
        )];
        let full = bin(
            BinOp::I32GeS,
            bin(BinOp::I32Mul, field(set.clone(), FILL), Expr::I32(5)),
            bin(
                BinOp::I32Mul,
                bin(BinOp::I32Sub, field(set.clone(), CAP), Expr::I32(1)),
                Expr::I32(3),
            ),
        );
        self.set_rebuild_if(set, elem, full, &mut filled);
        add.push(Stmt::If {
            cond: fresh,
            then: filled,
            otherwise: Vec::new(),
        });
        out.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found, Expr::I32(0)),
            then: add,
            otherwise: Vec::new(),
        });
    }

    /// CPython's end of `difference_update`: when more than a quarter of the slots are
    /// dummies, the table is rebuilt without them.
    fn set_drop_dummies(&mut self, set: Expr, elem: Ty, out: &mut Vec<Stmt>) {
        if !self.cx.typeck.ordered_sets {
            return;
        }
        let dummies = bin(
            BinOp::I32Sub,
            field(set.clone(), FILL),
            field(set.clone(), LEN),
        );
        let many = bin(
            BinOp::I32GtS,
            dummies,
            bin(
                BinOp::I32ShrU,
                bin(BinOp::I32Sub, field(set.clone(), CAP), Expr::I32(1)),
                Expr::I32(2),
            ),
        );
        self.set_rebuild_if(set, elem, many, out);
    }

    /// When `cond` holds, CPython's rebuild of `set`'s table with room for 4 times its
    /// elements (2 times past 50000).
    fn set_rebuild_if(&mut self, set: Expr, elem: Ty, cond: Expr, out: &mut Vec<Stmt>) {
        let len = field(set.clone(), LEN);
        let wanted = Expr::IfElse {
            cond: Box::new(bin(BinOp::I32GtS, len.clone(), Expr::I32(50_000))),
            then: Box::new(bin(BinOp::I32Mul, len.clone(), Expr::I32(2))),
            otherwise: Box::new(bin(BinOp::I32Mul, len, Expr::I32(4))),
            ty: vec![ValTy::I32],
        };
        let mut resize = Vec::new();
        self.set_resize(set, elem, wanted, &mut resize);
        out.push(Stmt::If {
            cond,
            then: resize,
            otherwise: Vec::new(),
        });
    }

    /// Makes slot `slot` of `set` a dummy: its element is removed.
    fn set_remove_slot(&mut self, set: Expr, slot: Expr) -> Vec<Stmt> {
        let shrink = store_field(
            set.clone(),
            LEN,
            bin(BinOp::I32Sub, field(set.clone(), LEN), Expr::I32(1)),
        );
        let dummy = Stmt::Store {
            ty: MemTy::I32,
            addr: state_addr(set.clone(), slot.clone()),
            value: Expr::I32(DUMMY),
        };
        if self.cx.typeck.ordered_sets {
            return vec![dummy, shrink];
        }
        // Probing slot after slot, a slot followed by an unused one ends no probe: it can be
        // unused again rather than a dummy, which keeps sets that keep changing from filling
        // with dummies (and being rebuilt).
        let next = bin(
            BinOp::I32And,
            add_one(slot.clone()),
            bin(BinOp::I32Sub, field(set.clone(), CAP), Expr::I32(1)),
        );
        vec![
            Stmt::If {
                cond: bin(
                    BinOp::I32Eq,
                    load(MemTy::I32, state_addr(set.clone(), next)),
                    Expr::I32(UNUSED),
                ),
                then: vec![
                    Stmt::Store {
                        ty: MemTy::I32,
                        addr: state_addr(set.clone(), slot),
                        value: Expr::I32(UNUSED),
                    },
                    store_field(
                        set.clone(),
                        FILL,
                        bin(BinOp::I32Sub, field(set.clone(), FILL), Expr::I32(1)),
                    ),
                ],
                otherwise: vec![dummy],
            },
            shrink,
        ]
    }

    /// Removes `key` (temporaries, of Python hash `hash`) from `set` when it is there; gives
    /// the slot it was in, or -1.
    fn set_discard_hashed(
        &mut self,
        set: Expr,
        elem: Ty,
        key: Expr,
        hash: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let (found, _) = self.set_find(set.clone(), elem, key, hash, span, out);
        let remove = self.set_remove_slot(set, found.clone());
        out.push(Stmt::If {
            cond: bin(BinOp::I32GeS, found.clone(), Expr::I32(0)),
            then: remove,
            otherwise: Vec::new(),
        });
        found
    }

    /// CPython's `set_merge`: adds the elements of `source` to `target` (locals), copying the
    /// table outright into an empty one of its size.
    fn set_merge(&mut self, target: Expr, source: Expr, elem: Ty, span: Span, out: &mut Vec<Stmt>) {
        let stride = elem_layout(elem).stride as i32;
        let mut merge = Vec::new();
        // One big resize first, expecting few elements in common.
        let mut resize = Vec::new();
        let wanted = bin(
            BinOp::I32Mul,
            bin(
                BinOp::I32Add,
                field(target.clone(), LEN),
                field(source.clone(), LEN),
            ),
            Expr::I32(2),
        );
        self.set_resize(target.clone(), elem, wanted, &mut resize);
        merge.push(Stmt::If {
            cond: bin(
                BinOp::I32GeS,
                bin(
                    BinOp::I32Mul,
                    bin(
                        BinOp::I32Add,
                        field(target.clone(), FILL),
                        field(source.clone(), LEN),
                    ),
                    Expr::I32(5),
                ),
                bin(
                    BinOp::I32Mul,
                    bin(BinOp::I32Sub, field(target.clone(), CAP), Expr::I32(1)),
                    Expr::I32(3),
                ),
            ),
            then: resize,
            otherwise: Vec::new(),
        });
        // Into an empty table of the same size, from one without dummies: a copy.
        let cap = field(source.clone(), CAP);
        let mut copy = Vec::new();
        for (offset, width) in [(KEYS, stride), (STATES, 4), (HASHES, 8)] {
            copy.push(Stmt::Copy {
                dst: load(MemTy::Ref, at(target.clone(), offset)),
                src: load(MemTy::Ref, at(source.clone(), offset)),
                len: bin(BinOp::I32Mul, cap.clone(), Expr::I32(width)),
                short: false,
            });
        }
        copy.push(store_field(target.clone(), LEN, field(source.clone(), LEN)));
        copy.push(store_field(
            target.clone(),
            FILL,
            field(source.clone(), FILL),
        ));
        // Into an empty table: each element to the first unused slot of its probe.
        let mut clean = Vec::new();
        let tables =
            [KEYS, STATES, HASHES].map(|offset| load(MemTy::Ref, at(source.clone(), offset)));
        self.set_insert_all_clean(target.clone(), elem, tables, cap.clone(), &mut clean);
        clean.push(store_field(target.clone(), LEN, field(source.clone(), LEN)));
        clean.push(store_field(
            target.clone(),
            FILL,
            field(source.clone(), LEN),
        ));
        // Else: each element added as `add` would.
        let mut each = Vec::new();
        self.set_each(source.clone(), elem, &mut each, |this, key, hash, body| {
            this.set_add_hashed(target.clone(), elem, key, hash, span, body);
        });
        let empty = bin(BinOp::I32Eq, field(target.clone(), FILL), Expr::I32(0));
        merge.push(Stmt::If {
            cond: bin(
                BinOp::I32And,
                empty.clone(),
                bin(
                    BinOp::I32And,
                    bin(BinOp::I32Eq, field(target.clone(), CAP), cap),
                    bin(
                        BinOp::I32Eq,
                        field(source.clone(), FILL),
                        field(source.clone(), LEN),
                    ),
                ),
            ),
            then: copy,
            otherwise: vec![Stmt::If {
                cond: empty,
                then: clean,
                otherwise: each,
            }],
        });
        out.push(Stmt::If {
            cond: bin(
                BinOp::I32And,
                bin(BinOp::I32Ne, field(source.clone(), LEN), Expr::I32(0)),
                bin(BinOp::I32Ne, target, source),
            ),
            then: merge,
            otherwise: Vec::new(),
        });
    }

    /// A copy of `set` (a local), as `set(s)` and `s.copy()` make it.
    pub(crate) fn set_copy(&mut self, set: Expr, elem: Ty, out: &mut Vec<Stmt>) -> Expr {
        let copy = self.set_alloc(elem, out);
        if elem != Ty::Never {
            // Copying compares no elements: the span is never shown.
            let span = self.func.span;
            self.set_merge(copy.clone(), set, elem, span, out);
        }
        copy
    }

    /// `set.clear()`: empty, with a table of 8 slots.
    fn set_clear(&mut self, set: Expr, elem: Ty, out: &mut Vec<Stmt>) {
        self.set_buffers(set, elem, Expr::I32(MIN_CAP), out);
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
        let constants = elements.len() > 2 && elements.iter().all(|&e| self.constant(e));
        let set = self.set_alloc(elem, out);
        if !constants {
            for value in values {
                self.set_add(set.clone(), elem, value, span, out);
            }
            return set;
        }
        // CPython makes a display of more than two constants a frozenset constant, which
        // the new set is updated with.
        let frozen = self.set_alloc(elem, out);
        for value in values {
            self.set_add(frozen.clone(), elem, value, span, out);
        }
        // The compiler's merging of constants then builds the frozenset anew from its own
        // iteration order (`merge_consts_recursive`), which moves colliding elements.
        let merged = self.set_alloc(elem, out);
        self.each_active_slot(frozen.clone(), out, |this, slot| {
            let mut add = Vec::new();
            let key = this.load_elem(frozen, slot, elem);
            let key = this.temp(elem, key, &mut add);
            this.set_add(merged.clone(), elem, key, span, &mut add);
            add
        });
        self.set_merge(set.clone(), merged, elem, span, out);
        set
    }

    /// Whether CPython folds `expr` into a constant: literals, and signs and arithmetic of
    /// them.
    fn constant(&self, expr: krait_hir::ExprId) -> bool {
        match &self.func.expr(expr).kind {
            krait_hir::ExprKind::Int(_)
            | krait_hir::ExprKind::Float(_)
            | krait_hir::ExprKind::Str(_)
            | krait_hir::ExprKind::Bool(_)
            | krait_hir::ExprKind::None => true,
            krait_hir::ExprKind::Unary { operand, .. } => self.constant(*operand),
            krait_hir::ExprKind::Binary { lhs, rhs, .. } => {
                self.constant(*lhs) && self.constant(*rhs)
            }
            krait_hir::ExprKind::Tuple(elements) => elements.iter().all(|&e| self.constant(e)),
            _ => false,
        }
    }

    /// `key in set`.
    pub(crate) fn set_contains(&mut self, key: Expr, key_ty: Ty, set: Expr, span: Span) -> Expr {
        let mut out = Vec::new();
        let key = self.temp(key_ty, key, &mut out);
        let set = self.list_local(set, &mut out);
        let hash = self.set_hash(key.clone(), key_ty);
        let hash = self.set_local(ValTy::I64, hash, &mut out);
        let (found, _) = self.set_find(set, key_ty, key, hash, span, &mut out);
        crate::expr::block(out, bin(BinOp::I32GeS, found, Expr::I32(0)))
    }

    /// A call of a set method (see `krait_infer`'s `set_method` for which).
    pub(crate) fn set_method(
        &mut self,
        set: Expr,
        set_ty: Ty,
        method: &str,
        args: &[krait_hir::ExprId],
        span: Span,
    ) -> Expr {
        let elem = self.set_elem(set_ty);
        let mut out = Vec::new();
        let set = self.list_local(set, &mut out);
        if let Some(&arg) = args.first()
            && let list_ty @ Ty::List(_) = self.ty(arg)
        {
            let list = self.expr(arg);
            let list = self.list_local(list, &mut out);
            let result =
                self.set_method_iterable(set, set_ty, method, list, list_ty, span, &mut out);
            return crate::expr::block(out, result);
        }
        let operation = match method {
            "union" => Some(PyBinOp::BitOr),
            "intersection" => Some(PyBinOp::BitAnd),
            "difference" => Some(PyBinOp::Sub),
            "symmetric_difference" => Some(PyBinOp::BitXor),
            _ => None,
        };
        if let Some(op) = operation {
            let other = self.expr(args[0]);
            let result = self.set_binary(op, set, other, elem, span);
            return crate::expr::block(out, result);
        }
        let in_place = match method {
            "update" => Some(PyBinOp::BitOr),
            "intersection_update" => Some(PyBinOp::BitAnd),
            "difference_update" => Some(PyBinOp::Sub),
            "symmetric_difference_update" => Some(PyBinOp::BitXor),
            _ => None,
        };
        if let Some(op) = in_place {
            let other = self.expr(args[0]);
            self.set_update_in_place(op, set, other, elem, span, &mut out);
            return crate::expr::block(out, Expr::Values(Vec::new()));
        }
        match method {
            "issubset" | "issuperset" => {
                let other_ty = self.ty(args[0]);
                let other = self.expr(args[0]);
                let other = self.set_local(ValTy::Ref, other, &mut out);
                let result = if method == "issubset" {
                    self.set_includes(set, set_ty, other, other_ty, BinOp::I32LeS, span)
                } else {
                    self.set_includes(other, other_ty, set, set_ty, BinOp::I32LeS, span)
                };
                return crate::expr::block(out, result);
            }
            "isdisjoint" => {
                let other = self.expr(args[0]);
                let common = self.set_binary(PyBinOp::BitAnd, set, other, elem, span);
                let result = bin(BinOp::I32Eq, field(common, LEN), Expr::I32(0));
                return crate::expr::block(out, result);
            }
            // A frozenset's copy is itself, as in CPython.
            "copy" if matches!(set_ty, Ty::FrozenSet(_)) => return crate::expr::block(out, set),
            "copy" => {
                let copy = self.set_copy(set, elem, &mut out);
                return crate::expr::block(out, copy);
            }
            "clear" => {
                self.set_clear(set, elem, &mut out);
                return crate::expr::block(out, Expr::Values(Vec::new()));
            }
            "pop" => {
                let popped = self.set_pop(set, elem, span, &mut out);
                return crate::expr::block(out, popped);
            }
            _ => {}
        }
        let key_ty = self.ty(args[0]);
        let key = self.expr(args[0]);
        let key = self.coerce(key, key_ty, elem, &mut out);
        let key = self.temp(elem, key, &mut out);
        if method == "add" {
            self.set_add(set, elem, key, span, &mut out);
            return crate::expr::block(out, Expr::Values(Vec::new()));
        }
        let hash = self.set_hash(key.clone(), elem);
        let hash = self.set_local(ValTy::I64, hash, &mut out);
        let found = self.set_discard_hashed(set, elem, key.clone(), hash, span, &mut out);
        if method == "remove" {
            let text = self.repr_of(key, elem);
            let prefix = self.str_lit("KeyError: ");
            let message = self.call_rt("str_concat", vec![prefix, text]);
            let site = self.site(span, Anchor::Whole);
            out.push(Stmt::If {
                cond: bin(BinOp::I32LtS, found, Expr::I32(0)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        crate::expr::block(out, Expr::Values(Vec::new()))
    }

    /// `set.method(iterable)` of an argument that is no set, taken as `list` (what iterating
    /// it gives), as CPython's: `update`, `union`, `difference(_update)` and
    /// `intersection(_update)` go through its items in order; the others make a set of them
    /// first.
    #[allow(clippy::too_many_arguments)]
    fn set_method_iterable(
        &mut self,
        set: Expr,
        set_ty: Ty,
        method: &str,
        list: Expr,
        list_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let elem = self.set_elem(set_ty);
        let unit = || Expr::Values(Vec::new());
        match method {
            "update" | "union" => {
                let target = if method == "union" {
                    self.set_copy(set, elem, out)
                } else {
                    set
                };
                self.each_item(list, list_ty, elem, out, |this, item, body| {
                    this.set_add(target.clone(), elem, item, span, body);
                });
                if method == "union" { target } else { unit() }
            }
            "difference_update" | "difference" => {
                let target = if method == "difference" {
                    self.set_copy(set, elem, out)
                } else {
                    set
                };
                self.each_item(list, list_ty, elem, out, |this, item, body| {
                    let hash = this.set_hash(item.clone(), elem);
                    let hash = this.set_local(ValTy::I64, hash, body);
                    let found =
                        this.set_discard_hashed(target.clone(), elem, item, hash, span, body);
                    body.push(Stmt::Drop(found));
                });
                if method == "difference" {
                    target
                } else {
                    unit()
                }
            }
            "intersection" | "intersection_update" => {
                let result = self.set_alloc(elem, out);
                self.each_item(list, list_ty, elem, out, |this, item, body| {
                    let found = this.set_contains(item.clone(), elem, set.clone(), span);
                    let mut add = Vec::new();
                    this.set_add(result.clone(), elem, item, span, &mut add);
                    body.push(Stmt::If {
                        cond: found,
                        then: add,
                        otherwise: Vec::new(),
                    });
                });
                if method == "intersection" {
                    return result;
                }
                self.set_take_contents(set, result, out);
                unit()
            }
            _ => {
                let other = self.set_alloc(elem, out);
                self.each_item(list, list_ty, elem, out, |this, item, body| {
                    this.set_add(other.clone(), elem, item, span, body);
                });
                match method {
                    "symmetric_difference" => {
                        self.set_binary(PyBinOp::BitXor, set, other, elem, span)
                    }
                    "symmetric_difference_update" => {
                        self.set_update_in_place(PyBinOp::BitXor, set, other, elem, span, out);
                        unit()
                    }
                    "issubset" => {
                        self.set_includes(set, set_ty, other, set_ty, BinOp::I32LeS, span)
                    }
                    "issuperset" => {
                        self.set_includes(other, set_ty, set, set_ty, BinOp::I32LeS, span)
                    }
                    _ => {
                        let common = self.set_binary(PyBinOp::BitAnd, set, other, elem, span);
                        bin(BinOp::I32Eq, field(common, LEN), Expr::I32(0))
                    }
                }
            }
        }
    }

    /// Runs `body` on each item of `list` (a local) in order, as a temporary of type `elem`.
    fn each_item(
        &mut self,
        list: Expr,
        list_ty: Ty,
        elem: Ty,
        out: &mut Vec<Stmt>,
        body: impl FnOnce(&mut Self, Expr, &mut Vec<Stmt>),
    ) {
        let item_ty = self.list_elem(list_ty);
        let i = self.set_local(ValTy::I32, Expr::I32(0), out);
        let Expr::Local(i_local) = i else {
            unreachable!("a local")
        };
        let mut inner = vec![Stmt::If {
            cond: bin(
                BinOp::I32GeS,
                i.clone(),
                crate::list::list_len(list.clone()),
            ),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        }];
        let item = self.load_elem(list, i.clone(), item_ty);
        let item = self.coerce(item, item_ty, elem, &mut inner);
        let item = self.temp(elem, item, &mut inner);
        body(self, item, &mut inner);
        inner.push(Stmt::SetLocal(i_local, add_one(i)));
        inner.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body: inner });
    }

    /// CPython's `set.pop()`: the first active slot from the finger on (wrapping round), made
    /// a dummy; the finger moves past it.
    fn set_pop(&mut self, set: Expr, elem: Ty, span: Span, out: &mut Vec<Stmt>) -> Expr {
        let message = self.str_lit("KeyError: 'pop from an empty set'");
        let site = self.site(span, Anchor::Whole);
        out.push(Stmt::If {
            cond: bin(BinOp::I32Eq, field(set.clone(), LEN), Expr::I32(0)),
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        let mask = bin(BinOp::I32Sub, field(set.clone(), CAP), Expr::I32(1));
        let slot = self.set_local(
            ValTy::I32,
            bin(BinOp::I32And, field(set.clone(), FINGER), mask.clone()),
            out,
        );
        let Expr::Local(slot_local) = slot else {
            unreachable!("a local")
        };
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: bin(
                        BinOp::I32Eq,
                        load(MemTy::I32, state_addr(set.clone(), slot.clone())),
                        Expr::I32(ACTIVE),
                    ),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(slot_local, bin(BinOp::I32And, add_one(slot.clone()), mask)),
                Stmt::Continue(0),
            ],
        });
        let key = self.load_elem(set.clone(), slot.clone(), elem);
        let key = self.temp(elem, key, out);
        out.extend(self.set_remove_slot(set.clone(), slot.clone()));
        out.push(store_field(set, FINGER, add_one(slot)));
        key
    }

    /// `repr(set)`: `{a, b}` in the set's order, each element by its repr; `set()` when empty.
    pub(crate) fn set_repr(&mut self, value: Expr, set_ty: Ty) -> Expr {
        let elem = self.set_elem(set_ty);
        let mut out = Vec::new();
        let set = self.list_local(value, &mut out);
        let list = self.set_list(set, elem, &mut out);
        let list_ty = Ty::List(set_ty.set_var().expect("a set"));
        let text = self.list_repr(list, list_ty);
        let text = match set_ty {
            Ty::FrozenSet(_) => self.call_rt("frozenset_text", vec![text]),
            _ => self.call_rt("set_text", vec![text]),
        };
        crate::expr::block(out, text)
    }

    pub(crate) fn set_len(&mut self, set: Expr) -> Expr {
        field(set, LEN)
    }
}
