//! Lists. A list is the address of an object `[items: Ref][len: i32][cap: i32]`; `items` is a
//! buffer of `cap` elements of `stride` bytes, each element its values one after another (a
//! tuple's several). The collector scans a buffer whole when its elements are objects, and not
//! at all when they are numbers; a tuple mixing the two is boxed (an object laid out like an
//! instance, its objects first) and the element is the box's address.

use crate::func::{FnLower, bin, flatten, mem_ty, not};
use crate::repr;
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_mir::{self as mir, BinOp, Expr, LocalIdx, MemTy, Stmt, UnOp, ValTy};
use krait_types::Ty;

const ITEMS: i32 = 0;
const LEN: i32 = 4;
const CAP: i32 = 8;
const LIST_SIZE: i32 = 12;
/// The list object's kind: one leading `Ref` (the buffer).
const LIST_KIND: u32 = mir::KIND_FIELDS | (1 << 8);
/// The most bytes a buffer may have: allocation sizes are i32.
const MAX_BUFFER: i64 = i32::MAX as i64 - 64;

/// How a list's elements of one type sit in its buffer.
pub(crate) struct ElemLayout {
    pub(crate) stride: u32,
    /// How each value of an element is stored, and its offset in the element.
    pub(crate) slots: Vec<(MemTy, u32)>,
    /// Whether the elements are objects (and the buffer is scanned).
    pub(crate) refs: bool,
    pub(crate) boxed: Option<BoxLayout>,
}

/// A boxed element's object: its size, kind and the offset of each value in it.
pub(crate) struct BoxLayout {
    size: u32,
    kind: u32,
    slots: Vec<(MemTy, u32)>,
}

fn mixes_refs_and_scalars(ty: Ty) -> bool {
    let slots = repr(ty);
    slots.iter().any(|t| t.is_ref()) && slots.iter().any(|t| !t.is_ref())
}

pub(crate) fn elem_layout(elem: Ty) -> ElemLayout {
    if mixes_refs_and_scalars(elem) {
        let fields: Vec<(String, Ty)> = elem
            .elements()
            .into_iter()
            .enumerate()
            .map(|(i, t)| (i.to_string(), t))
            .collect();
        let layout = crate::ClassLayout::new(&fields);
        let slots = layout
            .fields
            .into_iter()
            .flat_map(|f| f.slots)
            .map(|(slot, offset)| (mem_ty(slot), offset))
            .collect();
        return ElemLayout {
            stride: 4,
            slots: vec![(MemTy::Ref, 0)],
            refs: true,
            boxed: Some(BoxLayout {
                size: layout.size,
                kind: layout.kind,
                slots,
            }),
        };
    }
    let mut stride = 0;
    let mut slots = Vec::new();
    let mut refs = false;
    for slot in repr(elem) {
        refs |= slot.is_ref();
        // A bool (the only i32 value) takes a byte.
        let (mem, size) = match slot {
            ValTy::I64 => (MemTy::I64, 8),
            ValTy::F64 => (MemTy::F64, 8),
            ValTy::I32 => (MemTy::U8, 1),
            ValTy::Ref => (MemTy::Ref, 4),
        };
        slots.push((mem, stride));
        stride += size;
    }
    ElemLayout {
        stride,
        slots,
        refs,
        boxed: None,
    }
}

/// A new zeroed buffer of `n` (an i32) elements, scanned by the collector when they are objects.
pub(crate) fn buffer_alloc(layout: &ElemLayout, n: Expr) -> Expr {
    Expr::Alloc {
        size: Box::new(bin(BinOp::I32Mul, n, Expr::I32(layout.stride as i32))),
        kind: if layout.refs {
            mir::KIND_REFS
        } else {
            mir::KIND_RAW
        },
    }
}

fn load(ty: MemTy, addr: Expr) -> Expr {
    Expr::Load {
        ty,
        addr: Box::new(addr),
    }
}

fn at(base: Expr, offset: i32) -> Expr {
    bin(BinOp::I32Add, base, Expr::I32(offset))
}

fn i32_to_i64(value: Expr) -> Expr {
    Expr::Unary(UnOp::I64ExtendI32U, Box::new(value))
}

fn i64_to_i32(value: Expr) -> Expr {
    Expr::Unary(UnOp::I32WrapI64, Box::new(value))
}

pub(crate) fn list_len(list: Expr) -> Expr {
    load(MemTy::I32, at(list, LEN))
}

fn items(list: Expr) -> Expr {
    load(MemTy::Ref, at(list, ITEMS))
}

impl FnLower<'_, '_> {
    pub(crate) fn list_elem(&self, list_ty: Ty) -> Ty {
        let Ty::List(var) = list_ty else {
            unreachable!(
                "a list operation on a {} in {}",
                list_ty.describe(),
                self.func.name
            )
        };
        self.cx.typeck.lists.elem(var)
    }

    /// The list `value` in a local: itself when it is one already. A function's locals are
    /// only assigned by its own statements (no closures yet), so the index evaluated next
    /// cannot change it.
    pub(crate) fn list_local(&mut self, value: Expr, out: &mut Vec<Stmt>) -> Expr {
        match value {
            Expr::Local(_) => value,
            Expr::Block { stmts, value }
                if stmts.is_empty() && matches!(*value, Expr::Local(_)) =>
            {
                *value
            }
            value => self.local_of(ValTy::Ref, value, out),
        }
    }

    fn local_of(&mut self, ty: ValTy, value: Expr, out: &mut Vec<Stmt>) -> Expr {
        let local = self.new_local(ty);
        out.push(Stmt::SetLocal(local, value));
        Expr::Local(local)
    }

    /// Raises MemoryError unless `n` (i64, not negative) elements of `stride` bytes fit a
    /// buffer.
    pub(crate) fn check_buffer_size(&mut self, n: Expr, stride: u32, out: &mut Vec<Stmt>) {
        let limit = MAX_BUFFER / i64::from(stride.max(1));
        let message = Expr::I32(self.cx.str_const("MemoryError") as i32);
        out.push(Stmt::If {
            cond: bin(BinOp::I64GtS, n, Expr::I64(limit)),
            then: vec![Stmt::Raise {
                message,
                site: None,
            }],
            otherwise: Vec::new(),
        });
    }

    /// A new list of `n` (an i64 from 0 to the buffer limit) zeroed elements, in a local.
    pub(crate) fn list_alloc(&mut self, elem: Ty, n: Expr, out: &mut Vec<Stmt>) -> Expr {
        let layout = elem_layout(elem);
        let n = self.local_of(ValTy::I32, i64_to_i32(n), out);
        let list = self.local_of(
            ValTy::Ref,
            Expr::Alloc {
                size: Box::new(Expr::I32(LIST_SIZE)),
                kind: LIST_KIND,
            },
            out,
        );
        out.push(Stmt::Store {
            ty: MemTy::Ref,
            addr: at(list.clone(), ITEMS),
            value: buffer_alloc(&layout, n.clone()),
        });
        for field in [LEN, CAP] {
            out.push(Stmt::Store {
                ty: MemTy::I32,
                addr: at(list.clone(), field),
                value: n.clone(),
            });
        }
        list
    }

    /// The address of element `index` (an i32) of `list`.
    pub(crate) fn elem_addr(&self, list: Expr, index: Expr, stride: u32) -> Expr {
        bin(
            BinOp::I32Add,
            items(list),
            bin(BinOp::I32Mul, index, Expr::I32(stride as i32)),
        )
    }

    /// Element `index` (an i32 in range) of `list`, a local.
    pub(crate) fn load_elem(&mut self, list: Expr, index: Expr, elem: Ty) -> Expr {
        let layout = elem_layout(elem);
        let addr = self.elem_addr(list, index, layout.stride);
        let (addr, slots) = match layout.boxed {
            Some(boxed) => (load(MemTy::Ref, addr), boxed.slots),
            None => (addr, layout.slots),
        };
        let mut stmts = Vec::new();
        let addr = self.local_of(ValTy::I32, addr, &mut stmts);
        let value = crate::values(
            slots
                .iter()
                .map(|&(mem, offset)| load(mem, at(addr.clone(), offset as i32)))
                .collect(),
        );
        crate::expr::block(stmts, value)
    }

    /// Stores `value` (reads of temporaries) as element `index` (an i32 in range) of `list`.
    pub(crate) fn store_elem(
        &mut self,
        list: Expr,
        index: Expr,
        elem: Ty,
        value: Expr,
        out: &mut Vec<Stmt>,
    ) {
        let layout = elem_layout(elem);
        let (addr, slots) = match &layout.boxed {
            Some(layout_of_box) => {
                let boxed = self.local_of(
                    ValTy::Ref,
                    Expr::Alloc {
                        size: Box::new(Expr::I32(layout_of_box.size as i32)),
                        kind: layout_of_box.kind,
                    },
                    out,
                );
                out.push(Stmt::Store {
                    ty: MemTy::Ref,
                    addr: self.elem_addr(list, index, layout.stride),
                    value: boxed.clone(),
                });
                (boxed, layout_of_box.slots.clone())
            }
            // One slot: the address is used once, so it needs no local (a display of
            // thousands of elements would otherwise exceed wasm's limit on locals).
            None if layout.slots.len() == 1 => {
                (self.elem_addr(list, index, layout.stride), layout.slots)
            }
            None => (
                self.local_of(ValTy::I32, self.elem_addr(list, index, layout.stride), out),
                layout.slots,
            ),
        };
        for (&(mem, offset), value) in slots.iter().zip(flatten(value)) {
            out.push(Stmt::Store {
                ty: mem,
                addr: at(addr.clone(), offset as i32),
                value,
            });
        }
    }

    /// `[a, b, c]`: the elements first, then the list.
    pub(crate) fn list_display(
        &mut self,
        elements: &[krait_hir::ExprId],
        list_ty: Ty,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let elem = self.list_elem(list_ty);
        let mut values = Vec::new();
        for &element in elements {
            let ty = self.ty(element);
            let value = self.expr(element);
            let value = self.coerce(value, ty, elem, out);
            // A constant needs no temporary (nor a local of its own): a long display of
            // numbers must not need a local per element.
            values.push(if is_constant(&value) {
                value
            } else {
                self.temp(elem, value, out)
            });
        }
        let list = self.list_alloc(elem, Expr::I64(values.len() as i64), out);
        for (i, value) in values.into_iter().enumerate() {
            self.store_elem(list.clone(), Expr::I32(i as i32), elem, value, out);
        }
        list
    }

    /// `del list[index]`.
    pub(crate) fn list_del(
        &mut self,
        object: krait_hir::ExprId,
        index: krait_hir::ExprId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let list_ty = self.ty(object);
        if list_ty == Ty::Never || self.ty(index) == Ty::Never {
            let object = self.expr(object);
            out.push(Stmt::Drop(object));
            let index = self.expr(index);
            out.push(Stmt::Drop(index));
            return;
        }
        let elem = self.list_elem(list_ty);
        let list = self.expr(object);
        let list = self.list_local(list, out);
        let index_id = index;
        let index_ty = self.ty(index);
        let index = self.expr(index);
        let index = self.to_i64(index, index_ty);
        let index = self.temp(Ty::Int, index, out);
        let site = self.subscript_site(object, index_id, span);
        let i = self.checked_index(
            list.clone(),
            index,
            "list assignment index out of range",
            site,
            out,
        );
        let removed = self.list_remove_at(list, i, elem, out);
        out.push(Stmt::Drop(removed));
    }

    /// `repr(list)`: `[a, b]`, each element by its repr, joined by the runtime's `str_join`
    /// from a buffer of the element strs.
    pub(crate) fn list_repr(&mut self, value: Expr, list_ty: Ty) -> Expr {
        let elem = self.list_elem(list_ty);
        let mut out = Vec::new();
        let list = self.list_local(value, &mut out);
        let n = self.local_of(ValTy::I32, list_len(list.clone()), &mut out);
        let pieces = self.local_of(
            ValTy::Ref,
            Expr::Alloc {
                size: Box::new(bin(BinOp::I32Mul, n.clone(), Expr::I32(4))),
                kind: mir::KIND_REFS,
            },
            &mut out,
        );
        if elem != Ty::Never {
            let i = self.new_local(ValTy::I32);
            out.push(Stmt::SetLocal(i, Expr::I32(0)));
            let item = self.load_elem(list, Expr::Local(i), elem);
            let piece = self.repr_of(item, elem);
            out.push(Stmt::Loop {
                body: vec![
                    Stmt::If {
                        cond: not(bin(BinOp::I32LtS, Expr::Local(i), n.clone())),
                        then: vec![Stmt::Break(0)],
                        otherwise: Vec::new(),
                    },
                    Stmt::Store {
                        ty: MemTy::Ref,
                        addr: bin(
                            BinOp::I32Add,
                            pieces.clone(),
                            bin(BinOp::I32Mul, Expr::Local(i), Expr::I32(4)),
                        ),
                        value: piece,
                    },
                    Stmt::SetLocal(i, bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1))),
                    Stmt::Continue(0),
                ],
            });
        }
        let separator = self.str_lit(", ");
        let joined = self.call_rt(
            "str_join",
            vec![separator, i32_to_i64(pieces), i32_to_i64(n)],
        );
        let open = self.str_lit("[");
        let close = self.str_lit("]");
        let text = self.concat(vec![open, joined, close]);
        crate::expr::block(out, text)
    }

    /// The index `index` (an i64) of `list` made non-negative and checked, as an i32 local;
    /// raises IndexError with `message` at `site` when it is out of range.
    fn checked_index(
        &mut self,
        list: Expr,
        index: Expr,
        message: &str,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let i = self.new_local(ValTy::I64);
        out.push(Stmt::SetLocal(i, index));
        let len = i32_to_i64(list_len(list));
        out.push(Stmt::If {
            cond: bin(BinOp::I64LtS, Expr::Local(i), Expr::I64(0)),
            then: vec![Stmt::SetLocal(
                i,
                bin(BinOp::I64Add, Expr::Local(i), len.clone()),
            )],
            otherwise: Vec::new(),
        });
        let message = Expr::I32(self.cx.str_const(&format!("IndexError: {message}")) as i32);
        out.push(Stmt::If {
            cond: not(bin(BinOp::I64LtU, Expr::Local(i), len)),
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        self.local_of(ValTy::I32, i64_to_i32(Expr::Local(i)), out)
    }

    pub(crate) fn subscript_site(
        &mut self,
        object: krait_hir::ExprId,
        index: krait_hir::ExprId,
        span: Span,
    ) -> Option<mir::Site> {
        let from = u32::from(self.func.expr(object).span.range.end());
        let to = u32::from(self.func.expr(index).span.range.end()) + 1;
        self.site(span, Anchor::Secondary { from, to })
    }

    /// `list[index]`.
    pub(crate) fn list_get(
        &mut self,
        object: krait_hir::ExprId,
        index: krait_hir::ExprId,
        span: Span,
    ) -> Expr {
        let list_ty = self.ty(object);
        let elem = self.list_elem(list_ty);
        let mut out = Vec::new();
        let list = self.expr(object);
        let list = self.list_local(list, &mut out);
        let index_ty = self.ty(index);
        let i = self.expr(index);
        let i = self.to_i64(i, index_ty);
        let site = self.subscript_site(object, index, span);
        let Ty::List(var) = list_ty else {
            unreachable!("a list")
        };
        let message = match self
            .cx
            .typeck
            .range_lists
            .contains(&self.cx.typeck.lists.find(var))
        {
            true => "range object index out of range",
            false => "list index out of range",
        };
        let i = self.checked_index(list.clone(), i, message, site, &mut out);
        let value = self.load_elem(list, i, elem);
        crate::expr::block(out, value)
    }

    /// `list[index] = value`, the value already evaluated (into `value`, of `value_ty`).
    pub(crate) fn list_set(
        &mut self,
        object: krait_hir::ExprId,
        index: krait_hir::ExprId,
        value: Expr,
        value_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let list_ty = self.ty(object);
        let elem = self.list_elem(list_ty);
        let value = self.coerce(value, value_ty, elem, out);
        let value = self.temp(elem, value, out);
        let list = self.expr(object);
        let list = self.list_local(list, out);
        let index_ty = self.ty(index);
        let i = self.expr(index);
        let i = self.to_i64(i, index_ty);
        let site = self.subscript_site(object, index, span);
        let i = self.checked_index(
            list.clone(),
            i,
            "list assignment index out of range",
            site,
            out,
        );
        self.store_elem(list, i, elem, value, out);
    }

    /// `list[index] op= value`.
    pub(crate) fn list_aug_assign(
        &mut self,
        object: krait_hir::ExprId,
        index: krait_hir::ExprId,
        op: krait_hir::BinOp,
        value: krait_hir::ExprId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let list_ty = self.ty(object);
        let elem = self.list_elem(list_ty);
        let list = self.expr(object);
        let list = self.list_local(list, out);
        let index_ty = self.ty(index);
        let i = self.expr(index);
        let i = self.to_i64(i, index_ty);
        let site = self.subscript_site(object, index, span);
        let i = self.checked_index(list.clone(), i, "list index out of range", site, out);
        let current = self.load_elem(list.clone(), i.clone(), elem);
        let current = self.temp(elem, current, out);
        let rhs_ty = self.ty(value);
        let rhs = self.expr(value);
        let combined = self.in_place_binary(op, current, elem, rhs, rhs_ty, elem, value, span, out);
        let combined = self.temp(elem, combined, out);
        self.store_elem(list, i, elem, combined, out);
    }

    /// Makes room for `needed` (an i32) elements in `list`'s buffer, growing it geometrically.
    fn reserve(&mut self, list: Expr, needed: Expr, elem: Ty, out: &mut Vec<Stmt>) {
        let layout = elem_layout(elem);
        let cap = load(MemTy::I32, at(list.clone(), CAP));
        let new_cap = self.new_local(ValTy::I32);
        let grown = bin(
            BinOp::I32Add,
            bin(BinOp::I32Add, cap.clone(), cap.clone()),
            Expr::I32(4),
        );
        let mut grow = vec![Stmt::SetLocal(new_cap, needed.clone())];
        grow.push(Stmt::If {
            cond: bin(BinOp::I32LtS, Expr::Local(new_cap), grown.clone()),
            then: vec![Stmt::SetLocal(new_cap, grown)],
            otherwise: Vec::new(),
        });
        self.check_buffer_size(i32_to_i64(Expr::Local(new_cap)), layout.stride, &mut grow);
        let stride = i64::from(layout.stride);
        let buffer = Expr::Call {
            func: self.cx.rt("list_grow"),
            args: vec![
                i32_to_i64(items(list.clone())),
                bin(
                    BinOp::I64Mul,
                    i32_to_i64(list_len(list.clone())),
                    Expr::I64(stride),
                ),
                bin(
                    BinOp::I64Mul,
                    i32_to_i64(Expr::Local(new_cap)),
                    Expr::I64(stride),
                ),
                Expr::I32(layout.refs as i32),
            ],
            site: None,
        };
        grow.push(Stmt::Store {
            ty: MemTy::Ref,
            addr: at(list.clone(), ITEMS),
            value: i64_to_i32(buffer),
        });
        grow.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(list, CAP),
            value: Expr::Local(new_cap),
        });
        out.push(Stmt::If {
            cond: bin(BinOp::I32GtS, needed, cap),
            then: grow,
            otherwise: Vec::new(),
        });
    }

    /// `list.append(value)` with the value in temporaries.
    pub(crate) fn list_append(&mut self, list: Expr, value: Expr, elem: Ty, out: &mut Vec<Stmt>) {
        let len = self.local_of(ValTy::I32, list_len(list.clone()), out);
        let needed = bin(BinOp::I32Add, len.clone(), Expr::I32(1));
        self.reserve(list.clone(), needed.clone(), elem, out);
        self.store_elem(list.clone(), len, elem, value, out);
        out.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(list, LEN),
            value: needed,
        });
    }

    /// `list.extend(other)`.
    pub(crate) fn list_extend(&mut self, list: Expr, other: Expr, elem: Ty, out: &mut Vec<Stmt>) {
        let stride = elem_layout(elem).stride as i32;
        let len = self.local_of(ValTy::I32, list_len(list.clone()), out);
        let other_len = self.local_of(ValTy::I32, list_len(other.clone()), out);
        let needed = self.local_of(
            ValTy::I32,
            bin(BinOp::I32Add, len.clone(), other_len.clone()),
            out,
        );
        self.reserve(list.clone(), needed.clone(), elem, out);
        // Read after growing: `a.extend(a)` copies from the new buffer.
        out.push(Stmt::Copy {
            dst: self.elem_addr(list.clone(), len, elem_layout(elem).stride),
            src: items(other),
            len: bin(BinOp::I32Mul, other_len, Expr::I32(stride)),
            short: true,
        });
        out.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(list, LEN),
            value: needed,
        });
    }

    /// `a, *b, c = list`: checks the length, then assigns the elements (the starred target a
    /// new list of the middle ones).
    pub(crate) fn unpack_list(
        &mut self,
        targets: &[krait_hir::Target],
        span: Span,
        value: Expr,
        list_ty: Ty,
        out: &mut Vec<Stmt>,
    ) {
        let elem = self.list_elem(list_ty);
        let star = targets
            .iter()
            .position(|t| matches!(t, krait_hir::Target::Starred(..)));
        let fixed = targets.len() - usize::from(star.is_some());
        let list = self.list_local(value, out);
        let n = self.local_of(ValTy::I32, list_len(list.clone()), out);
        let site = self.site(span, Anchor::Whole);
        let got = |this: &mut Self, text: String| {
            let prefix = this.str_lit(&text);
            let count = this.call_rt("int_str", vec![i32_to_i64(n.clone())]);
            let close = this.str_lit(")");
            this.concat(vec![prefix, count, close])
        };
        let (bad, message) = match star {
            Some(_) => (
                bin(BinOp::I32LtS, n.clone(), Expr::I32(fixed as i32)),
                got(
                    self,
                    format!(
                        "ValueError: not enough values to unpack (expected at least {fixed}, got "
                    ),
                ),
            ),
            None => {
                let too_many = self.str_lit(&format!(
                    "ValueError: too many values to unpack (expected {fixed})"
                ));
                let not_enough = got(
                    self,
                    format!("ValueError: not enough values to unpack (expected {fixed}, got "),
                );
                (
                    bin(BinOp::I32Ne, n.clone(), Expr::I32(fixed as i32)),
                    Expr::IfElse {
                        cond: Box::new(bin(BinOp::I32GtS, n.clone(), Expr::I32(fixed as i32))),
                        then: Box::new(too_many),
                        otherwise: Box::new(not_enough),
                        ty: vec![ValTy::Ref],
                    },
                )
            }
        };
        out.push(Stmt::If {
            cond: bad,
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        if elem == Ty::Never {
            // Only an empty list gets here, and only with a starred target alone.
            for target in targets {
                if let krait_hir::Target::Starred(inner, _) = target {
                    let rest = self.list_alloc(elem, Expr::I64(0), out);
                    self.assign(inner, rest, list_ty, out);
                }
            }
            return;
        }
        // Every value is read before any target is assigned.
        let mut values = Vec::new();
        for (i, target) in targets.iter().enumerate() {
            let value = match (star, target) {
                (_, krait_hir::Target::Starred(..)) => {
                    let stride = elem_layout(elem).stride;
                    let count = bin(BinOp::I32Sub, n.clone(), Expr::I32(fixed as i32));
                    let rest = self.list_alloc(elem, i32_to_i64(count.clone()), out);
                    out.push(Stmt::Copy {
                        dst: items(rest.clone()),
                        src: self.elem_addr(list.clone(), Expr::I32(i as i32), stride),
                        len: bin(BinOp::I32Mul, count, Expr::I32(stride as i32)),
                        short: true,
                    });
                    (rest, list_ty)
                }
                (Some(s), _) if i > s => {
                    let from_end = (targets.len() - i) as i32;
                    let index = bin(BinOp::I32Sub, n.clone(), Expr::I32(from_end));
                    let value = self.load_elem(list.clone(), index, elem);
                    (self.temp(elem, value, out), elem)
                }
                _ => {
                    let value = self.load_elem(list.clone(), Expr::I32(i as i32), elem);
                    (self.temp(elem, value, out), elem)
                }
            };
            values.push(value);
        }
        for (target, (value, value_ty)) in targets.iter().zip(values) {
            let target = match target {
                krait_hir::Target::Starred(inner, _) => inner,
                _ => target,
            };
            self.assign(target, value, value_ty, out);
        }
    }

    /// `zip(a, b, ...)` or `reversed(a)` of lists or dicts (their keys): a new list.
    pub(crate) fn zip_or_reversed(
        &mut self,
        builtin: krait_hir::Builtin,
        args: &[krait_hir::ExprId],
        result_ty: Ty,
    ) -> Expr {
        let elem = self.list_elem(result_ty);
        if args.iter().any(|&a| matches!(self.ty(a), Ty::Gen(_))) {
            return self.zip_in_step(args, elem);
        }
        let mut out = Vec::new();
        let mut sources = Vec::new();
        for &arg in args {
            let ty = self.ty(arg);
            let value = self.expr(arg);
            let value = self.list_local(value, &mut out);
            let (list, list_elem) = match ty {
                Ty::Dict(_) => {
                    let keys = self.dict_types(ty).0;
                    let view = crate::dict::DictView::Keys;
                    (self.dict_list(value, ty, view, keys, &mut out), keys)
                }
                Ty::Str => {
                    let chars = self.call_rt("str_chars", vec![value]);
                    (self.local_of(ValTy::Ref, chars, &mut out), Ty::Str)
                }
                _ => (value, self.list_elem(ty)),
            };
            sources.push((list, list_elem));
        }
        let n = self.local_of(ValTy::I32, list_len(sources[0].0.clone()), &mut out);
        let Expr::Local(n_local) = n else {
            unreachable!("a local")
        };
        for (list, _) in &sources[1..] {
            out.push(Stmt::If {
                cond: bin(BinOp::I32LtS, list_len(list.clone()), n.clone()),
                then: vec![Stmt::SetLocal(n_local, list_len(list.clone()))],
                otherwise: Vec::new(),
            });
        }
        let result = self.list_alloc(elem, i32_to_i64(n.clone()), &mut out);
        if elem == Ty::Never {
            return crate::expr::block(out, result);
        }
        let i = self.local_of(ValTy::I32, Expr::I32(0), &mut out);
        let Expr::Local(i_local) = i else {
            unreachable!("a local")
        };
        let mut body = vec![Stmt::If {
            cond: not(bin(BinOp::I32LtS, i.clone(), n.clone())),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        }];
        if builtin == krait_hir::Builtin::Reversed {
            let stride = elem_layout(elem).stride;
            let from = bin(
                BinOp::I32Sub,
                bin(BinOp::I32Sub, n.clone(), Expr::I32(1)),
                i.clone(),
            );
            body.push(Stmt::Copy {
                dst: self.elem_addr(result.clone(), i.clone(), stride),
                src: self.elem_addr(sources[0].0.clone(), from, stride),
                len: Expr::I32(stride as i32),
                short: true,
            });
        } else {
            let mut values = Vec::new();
            for (list, list_elem) in &sources {
                let value = self.load_elem(list.clone(), i.clone(), *list_elem);
                values.extend(flatten(self.temp(*list_elem, value, &mut body)));
            }
            self.store_elem(
                result.clone(),
                i.clone(),
                elem,
                crate::values(values),
                &mut body,
            );
        }
        body.push(Stmt::SetLocal(i_local, bin(BinOp::I32Add, i, Expr::I32(1))));
        body.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body });
        crate::expr::block(out, result)
    }

    /// `zip(...)` with generators among its arguments: each round takes the next element of
    /// each argument in order, and the first that has none ends it (an infinite generator
    /// too), as CPython's zip does.
    fn zip_in_step(&mut self, args: &[krait_hir::ExprId], elem: Ty) -> Expr {
        let mut out = Vec::new();
        let sources = self.zip_sources(args, &mut out);
        let result = self.list_alloc(elem, Expr::I64(0), &mut out);
        let i = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(i, Expr::I32(0)));
        let mut body = Vec::new();
        let (more, value) = self.zip_next(&sources, i, &mut body);
        body.push(Stmt::If {
            cond: not(more),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        });
        if elem != Ty::Never {
            self.list_append(result.clone(), value, elem, &mut body);
        }
        body.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body });
        crate::expr::block(out, result)
    }

    /// The arguments of a `zip` evaluated in order, each a generator, or a list (a dict's
    /// keys, a str's characters) with its element type.
    pub(crate) fn zip_sources(
        &mut self,
        args: &[krait_hir::ExprId],
        out: &mut Vec<Stmt>,
    ) -> Vec<ZipSource> {
        let mut sources = Vec::new();
        for &arg in args {
            let ty = self.ty(arg);
            let value = self.expr(arg);
            let value = self.temp(ty, value, out);
            let source = match ty {
                Ty::Gen(generator) => {
                    let site = self.site(self.func.expr(arg).span, Anchor::Line);
                    ZipSource::Generator(value, generator, site)
                }
                Ty::Dict(_) => {
                    let value = self.list_local(value, out);
                    let keys = self.dict_types(ty).0;
                    let view = crate::dict::DictView::Keys;
                    ZipSource::List(self.dict_list(value, ty, view, keys, out), keys)
                }
                Ty::Str => {
                    let chars = self.call_rt("str_chars", vec![value]);
                    ZipSource::List(self.local_of(ValTy::Ref, chars, out), Ty::Str)
                }
                _ => ZipSource::List(value, self.list_elem(ty)),
            };
            sources.push(source);
        }
        sources
    }

    /// The next round of a zip over `sources` (`index` counting the rounds, an i32 local):
    /// whether every source had an element (those after the first that had none are not
    /// asked), and the tuple of them.
    pub(crate) fn zip_next(
        &mut self,
        sources: &[ZipSource],
        index: LocalIdx,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        let more = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(more, Expr::I32(1)));
        let mut values = Vec::new();
        for source in sources {
            let mut step = Vec::new();
            let (value, elem) = match source {
                ZipSource::Generator(frame, generator, site) => {
                    let resumed =
                        self.generator_resume(frame.clone(), *generator, *site, &mut step);
                    step.push(Stmt::If {
                        cond: not(resumed.yielded()),
                        then: vec![Stmt::SetLocal(more, Expr::I32(0))],
                        otherwise: Vec::new(),
                    });
                    let elem = self
                        .cx
                        .typeck
                        .result(krait_infer::InstanceId(generator.0))
                        .ret;
                    (resumed.value, elem)
                }
                ZipSource::List(list, elem) => {
                    step.push(Stmt::If {
                        cond: not(bin(
                            BinOp::I32LtS,
                            Expr::Local(index),
                            list_len(list.clone()),
                        )),
                        then: vec![Stmt::SetLocal(more, Expr::I32(0))],
                        otherwise: Vec::new(),
                    });
                    let mut load = Vec::new();
                    let value = self.load_elem(list.clone(), Expr::Local(index), *elem);
                    let value = self.temp(*elem, value, &mut load);
                    step.push(Stmt::If {
                        cond: Expr::Local(more),
                        then: load,
                        otherwise: Vec::new(),
                    });
                    (value, *elem)
                }
            };
            let value = self.temp(elem, value, &mut step);
            values.extend(flatten(value));
            out.push(Stmt::If {
                cond: Expr::Local(more),
                then: step,
                otherwise: Vec::new(),
            });
        }
        out.push(Stmt::SetLocal(
            index,
            bin(BinOp::I32Add, Expr::Local(index), Expr::I32(1)),
        ));
        (Expr::Local(more), crate::values(values))
    }

    /// `a + b` of lists in locals: a new list.
    pub(crate) fn list_concat(&mut self, a: Expr, b: Expr, elem: Ty, out: &mut Vec<Stmt>) -> Expr {
        let stride = elem_layout(elem).stride;
        let n = i32_to_i64(list_len(a.clone()));
        let joined = self.list_alloc(elem, n, out);
        out.push(Stmt::Copy {
            dst: items(joined.clone()),
            src: items(a.clone()),
            len: bin(BinOp::I32Mul, list_len(a), Expr::I32(stride as i32)),
            short: true,
        });
        self.list_extend(joined.clone(), b, elem, out);
        joined
    }

    /// `a op b` of lists: element by element, then by length.
    pub(crate) fn list_compare(
        &mut self,
        op: krait_hir::CmpOp,
        a: Expr,
        a_ty: Ty,
        b: Expr,
        b_ty: Ty,
        span: Span,
    ) -> Expr {
        use krait_hir::CmpOp;
        let (x_ty, y_ty) = (self.list_elem(a_ty), self.list_elem(b_ty));
        let mut out = Vec::new();
        let a = self.list_local(a, &mut out);
        let b = self.list_local(b, &mut out);
        let result = self.local_of(ValTy::I32, Expr::I32(-1), &mut out);
        let Expr::Local(result_local) = result else {
            unreachable!("a local")
        };
        if x_ty != Ty::Never && y_ty != Ty::Never {
            let i = self.local_of(ValTy::I32, Expr::I32(0), &mut out);
            let Expr::Local(i_local) = i else {
                unreachable!("a local")
            };
            let mut body = vec![Stmt::If {
                cond: bin(
                    BinOp::I32Or,
                    bin(BinOp::I32GeS, i.clone(), list_len(a.clone())),
                    bin(BinOp::I32GeS, i.clone(), list_len(b.clone())),
                ),
                then: vec![Stmt::Break(0)],
                otherwise: Vec::new(),
            }];
            let x = self.load_elem(a.clone(), i.clone(), x_ty);
            let x = self.temp(x_ty, x, &mut body);
            let y = self.load_elem(b.clone(), i.clone(), y_ty);
            let y = self.temp(y_ty, y, &mut body);
            let equal = self.compare(CmpOp::Eq, x.clone(), x_ty, y.clone(), y_ty, span);
            let decided = match op {
                CmpOp::Eq => Expr::I32(0),
                CmpOp::NotEq => Expr::I32(1),
                _ => self.compare(op, x, x_ty, y, y_ty, span),
            };
            body.push(Stmt::If {
                cond: not(equal),
                then: vec![Stmt::SetLocal(result_local, decided), Stmt::Break(0)],
                otherwise: Vec::new(),
            });
            body.push(Stmt::SetLocal(i_local, bin(BinOp::I32Add, i, Expr::I32(1))));
            body.push(Stmt::Continue(0));
            out.push(Stmt::Loop { body });
        }
        let by_length = match op {
            CmpOp::Eq => BinOp::I32Eq,
            CmpOp::NotEq => BinOp::I32Ne,
            CmpOp::Lt => BinOp::I32LtS,
            CmpOp::LtE => BinOp::I32LeS,
            CmpOp::Gt => BinOp::I32GtS,
            _ => BinOp::I32GeS,
        };
        out.push(Stmt::If {
            cond: bin(BinOp::I32LtS, result.clone(), Expr::I32(0)),
            then: vec![Stmt::SetLocal(
                result_local,
                bin(by_length, list_len(a), list_len(b)),
            )],
            otherwise: Vec::new(),
        });
        crate::expr::block(out, result)
    }

    /// `list.pop()` or `list.pop(index)` (an i64).
    pub(crate) fn list_pop(
        &mut self,
        list: Expr,
        index: Option<Expr>,
        elem: Ty,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let message = Expr::I32(self.cx.str_const("IndexError: pop from empty list") as i32);
        out.push(Stmt::If {
            cond: bin(BinOp::I32Eq, list_len(list.clone()), Expr::I32(0)),
            then: vec![Stmt::Raise { message, site }],
            otherwise: Vec::new(),
        });
        let last = bin(BinOp::I32Sub, list_len(list.clone()), Expr::I32(1));
        let i = match index {
            None => self.local_of(ValTy::I32, last, out),
            Some(index) => {
                self.checked_index(list.clone(), index, "pop index out of range", site, out)
            }
        };
        self.list_remove_at(list, i, elem, out)
    }

    /// Removes element `i` (an i32 local, in range) of `list` (a local) and gives it.
    fn list_remove_at(&mut self, list: Expr, i: Expr, elem: Ty, out: &mut Vec<Stmt>) -> Expr {
        let stride = elem_layout(elem).stride as i32;
        let last = bin(BinOp::I32Sub, list_len(list.clone()), Expr::I32(1));
        let value = self.load_elem(list.clone(), i.clone(), elem);
        let value = self.temp(elem, value, out);
        let after = bin(BinOp::I32Add, i.clone(), Expr::I32(1));
        out.push(Stmt::Copy {
            dst: self.elem_addr(list.clone(), i.clone(), stride as u32),
            src: self.elem_addr(list.clone(), after, stride as u32),
            len: bin(
                BinOp::I32Mul,
                bin(BinOp::I32Sub, last.clone(), i),
                Expr::I32(stride),
            ),
            short: true,
        });
        out.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(list, LEN),
            value: last,
        });
        value
    }

    /// `list * n`: a new list of the elements `n` times over.
    pub(crate) fn list_repeat(
        &mut self,
        list: Expr,
        n: Expr,
        elem: Ty,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let stride = elem_layout(elem).stride;
        let list = self.local_of(ValTy::Ref, list, out);
        let n = self.local_of(ValTy::I64, n, out);
        out.push(Stmt::If {
            cond: bin(BinOp::I64LtS, n.clone(), Expr::I64(0)),
            then: vec![Stmt::SetLocal(local_index(&n), Expr::I64(0))],
            otherwise: Vec::new(),
        });
        // An empty list repeated is empty however large `n` is; otherwise n * len is below
        // 2**62 once n is below the buffer limit, so the size check sees it unwrapped.
        out.push(Stmt::If {
            cond: bin(BinOp::I32Eq, list_len(list.clone()), Expr::I32(0)),
            then: vec![Stmt::SetLocal(local_index(&n), Expr::I64(0))],
            otherwise: Vec::new(),
        });
        self.check_buffer_size(n.clone(), stride, out);
        let total = self.new_local(ValTy::I64);
        out.push(Stmt::SetLocal(
            total,
            bin(BinOp::I64Mul, n.clone(), i32_to_i64(list_len(list.clone()))),
        ));
        self.check_buffer_size(Expr::Local(total), stride, out);
        let result = self.list_alloc(elem, Expr::Local(total), out);
        let bytes = self.local_of(
            ValTy::I32,
            bin(
                BinOp::I32Mul,
                list_len(list.clone()),
                Expr::I32(stride as i32),
            ),
            out,
        );
        // The source once, then the filled part copied onto the rest, doubling each time.
        let total_bytes = self.local_of(
            ValTy::I32,
            bin(
                BinOp::I32Mul,
                list_len(result.clone()),
                Expr::I32(stride as i32),
            ),
            out,
        );
        let filled = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(filled, Expr::I32(0)));
        out.push(Stmt::If {
            cond: bin(BinOp::I32GtS, total_bytes.clone(), Expr::I32(0)),
            then: vec![
                Stmt::Copy {
                    dst: items(result.clone()),
                    src: items(list.clone()),
                    len: bytes.clone(),
                    short: true,
                },
                Stmt::SetLocal(filled, bytes),
            ],
            otherwise: Vec::new(),
        });
        let chunk = self.new_local(ValTy::I32);
        let rest = bin(BinOp::I32Sub, total_bytes.clone(), Expr::Local(filled));
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, Expr::Local(filled), total_bytes)),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(chunk, Expr::Local(filled)),
                Stmt::If {
                    cond: bin(BinOp::I32GtS, Expr::Local(chunk), rest.clone()),
                    then: vec![Stmt::SetLocal(chunk, rest)],
                    otherwise: Vec::new(),
                },
                Stmt::Copy {
                    dst: bin(BinOp::I32Add, items(result.clone()), Expr::Local(filled)),
                    src: items(result.clone()),
                    len: Expr::Local(chunk),
                    short: true,
                },
                Stmt::SetLocal(
                    filled,
                    bin(BinOp::I32Add, Expr::Local(filled), Expr::Local(chunk)),
                ),
                Stmt::Continue(0),
            ],
        });
        result
    }
}

/// An argument of a `zip` that runs generators in step.
pub(crate) enum ZipSource {
    /// A generator's frame and instance, and the site of its line.
    Generator(Expr, krait_types::GenRef, Option<mir::Site>),
    /// A list (a local) and its element type.
    List(Expr, Ty),
}

/// Copies one element of `stride` bytes: a load and a store when it is one machine value.
fn copy_element(dst: Expr, src: Expr, stride: u32) -> Stmt {
    let ty = match stride {
        1 => MemTy::U8,
        4 => MemTy::I32,
        8 => MemTy::I64,
        _ => {
            return Stmt::Copy {
                dst,
                src,
                len: Expr::I32(stride as i32),
                short: true,
            };
        }
    };
    Stmt::Store {
        ty,
        addr: dst,
        value: load(ty, src),
    }
}

fn local_index(expr: &Expr) -> mir::LocalIdx {
    match expr {
        Expr::Local(local) => *local,
        _ => unreachable!("a local"),
    }
}

/// A slice's bounds, lowered: each as an i64 (0 when absent), with whether it was given.
struct Bounds {
    lower: (Expr, bool),
    upper: (Expr, bool),
    step: (Expr, bool),
    /// The step when it is absent or a literal.
    constant_step: Option<i64>,
}

impl FnLower<'_, '_> {
    fn lower_bounds(&mut self, bounds: &krait_hir::SliceBounds, out: &mut Vec<Stmt>) -> Bounds {
        let mut bound = |this: &mut Self, expr: Option<krait_hir::ExprId>| match expr {
            Some(expr) => {
                let ty = this.ty(expr);
                let value = this.expr(expr);
                let value = this.to_i64(value, ty);
                (this.temp(Ty::Int, value, out), true)
            }
            None => (Expr::I64(0), false),
        };
        let lower = bound(self, bounds.lower);
        let upper = bound(self, bounds.upper);
        let step = bound(self, bounds.step);
        let constant_step = match bounds.step {
            None => Some(1),
            Some(step) => match self.func.expr(step).kind {
                krait_hir::ExprKind::Int(n) => Some(n),
                krait_hir::ExprKind::Unary {
                    op: krait_hir::UnaryOp::Neg,
                    operand,
                } => match self.func.expr(operand).kind {
                    krait_hir::ExprKind::Int(n) => Some(-n),
                    _ => None,
                },
                _ => None,
            },
        };
        let step = match (constant_step, step) {
            (Some(n), (_, given)) => (Expr::I64(n), given),
            (None, step) => step,
        };
        Bounds {
            lower,
            upper,
            step,
            constant_step,
        }
    }

    /// The number of elements `bounds` select in `list` (an i64 local), its first index in
    /// another; raises ValueError for a zero step.
    fn adjust(
        &mut self,
        list: Expr,
        bounds: &Bounds,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        self.adjust_len(i32_to_i64(list_len(list)), bounds, site, out)
    }

    /// `adjust` for a sequence of `len` (an i64) elements.
    fn adjust_len(
        &mut self,
        len: Expr,
        bounds: &Bounds,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        if let Some(step @ (1 | -1)) = bounds.constant_step {
            return self.adjust_unit_step(len, bounds, step == 1, out);
        }
        let count = Expr::Call {
            func: self.cx.rt("slice_adjust"),
            args: vec![
                len,
                bounds.lower.0.clone(),
                bounds.upper.0.clone(),
                bounds.step.0.clone(),
                Expr::I32(bounds.lower.1 as i32),
                Expr::I32(bounds.upper.1 as i32),
            ],
            site,
        };
        let count = self.local_of(ValTy::I64, count, out);
        let first = Expr::Global(self.cx.rt_global("slice_first"));
        let first = self.local_of(ValTy::I64, first, out);
        (count, first)
    }

    /// `slice_adjust` for a step of 1 or -1, inline: the common slices need no call.
    fn adjust_unit_step(
        &mut self,
        len: Expr,
        bounds: &Bounds,
        forward: bool,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        let len = self.local_of(ValTy::I64, len, out);
        // Forward, bounds clamp to [0, len]; backward, to [-1, len - 1].
        let (low, high) = if forward {
            (Expr::I64(0), len.clone())
        } else {
            (Expr::I64(-1), bin(BinOp::I64Sub, len.clone(), Expr::I64(1)))
        };
        let mut clamp = |this: &mut Self, (value, given): (Expr, bool), default: Expr| {
            if !given {
                return this.local_of(ValTy::I64, default, out);
            }
            let v = this.new_local(ValTy::I64);
            out.push(Stmt::SetLocal(v, value));
            out.push(Stmt::If {
                cond: bin(BinOp::I64LtS, Expr::Local(v), Expr::I64(0)),
                then: vec![
                    Stmt::SetLocal(v, bin(BinOp::I64Add, Expr::Local(v), len.clone())),
                    Stmt::If {
                        cond: bin(BinOp::I64LtS, Expr::Local(v), low.clone()),
                        then: vec![Stmt::SetLocal(v, low.clone())],
                        otherwise: Vec::new(),
                    },
                ],
                otherwise: vec![Stmt::If {
                    cond: bin(BinOp::I64GtS, Expr::Local(v), high.clone()),
                    then: vec![Stmt::SetLocal(v, high.clone())],
                    otherwise: Vec::new(),
                }],
            });
            Expr::Local(v)
        };
        let (start_default, stop_default) = if forward {
            (Expr::I64(0), len.clone())
        } else {
            (high.clone(), Expr::I64(-1))
        };
        let start = clamp(self, bounds.lower.clone(), start_default);
        let stop = clamp(self, bounds.upper.clone(), stop_default);
        let (from, to) = if forward {
            (start.clone(), stop)
        } else {
            (stop, start.clone())
        };
        let count = self.local_of(
            ValTy::I64,
            Expr::IfElse {
                cond: Box::new(bin(BinOp::I64LtS, from.clone(), to.clone())),
                then: Box::new(bin(BinOp::I64Sub, to, from)),
                otherwise: Box::new(Expr::I64(0)),
                ty: vec![ValTy::I64],
            },
            out,
        );
        (count, start)
    }

    /// Copies `count` (i64) elements: element `first + k * step` of the element array at
    /// `src` to element `dst_first + k * dst_step` of the one at `dst`, for k from 0.
    #[allow(clippy::too_many_arguments)]
    fn copy_strided(
        &mut self,
        src: Expr,
        first: Expr,
        step: Expr,
        dst: Expr,
        dst_first: Expr,
        dst_step: Expr,
        count: Expr,
        stride: u32,
        out: &mut Vec<Stmt>,
    ) {
        let k = self.new_local(ValTy::I64);
        out.push(Stmt::SetLocal(k, Expr::I64(0)));
        let addr = |items: Expr, first: Expr, step: Expr| {
            let index = i64_to_i32(bin(
                BinOp::I64Add,
                first,
                bin(BinOp::I64Mul, Expr::Local(k), step),
            ));
            bin(
                BinOp::I32Add,
                items,
                bin(BinOp::I32Mul, index, Expr::I32(stride as i32)),
            )
        };
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I64LtS, Expr::Local(k), count)),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                copy_element(
                    addr(dst, dst_first, dst_step),
                    addr(src, first, step),
                    stride,
                ),
                Stmt::SetLocal(k, bin(BinOp::I64Add, Expr::Local(k), Expr::I64(1))),
                Stmt::Continue(0),
            ],
        });
    }

    /// CPython's carets for a slice: `~` under the object, `^` from there to the end.
    fn slice_site(&mut self, object: krait_hir::ExprId, span: Span) -> Option<mir::Site> {
        let from = u32::from(self.func.expr(object).span.range.end());
        let to = u32::from(span.range.end());
        self.site(span, Anchor::Secondary { from, to })
    }

    /// `list[lower:upper:step]`: a new list.
    /// `text[lower:upper:step]` of a str.
    pub(crate) fn str_slice(
        &mut self,
        value: krait_hir::ExprId,
        bounds: &krait_hir::SliceBounds,
        span: Span,
    ) -> Expr {
        let mut out = Vec::new();
        // A dynamic value is sliced by the runtime, as the str, list or tuple it is.
        let function = match self.ty(value) {
            ty if ty.is_object() => "obj_slice",
            Ty::Bytes => "bytes_slice",
            _ => "str_slice",
        };
        let text = self.expr(value);
        let text = self.temp(Ty::Str, text, &mut out);
        let bounds = self.lower_bounds(bounds, &mut out);
        let site = self.slice_site(value, span);
        let call = Expr::Call {
            func: self.cx.rt(function),
            args: vec![
                text,
                bounds.lower.0,
                bounds.upper.0,
                bounds.step.0,
                Expr::I32(bounds.lower.1 as i32),
                Expr::I32(bounds.upper.1 as i32),
            ],
            site,
        };
        crate::expr::block(out, call)
    }

    pub(crate) fn list_slice(
        &mut self,
        value: krait_hir::ExprId,
        bounds: &krait_hir::SliceBounds,
        span: Span,
    ) -> Expr {
        let list_ty = self.ty(value);
        let elem = self.list_elem(list_ty);
        let stride = elem_layout(elem).stride;
        let mut out = Vec::new();
        let list = self.expr(value);
        let list = self.local_of(ValTy::Ref, list, &mut out);
        let bounds = self.lower_bounds(bounds, &mut out);
        let site = self.slice_site(value, span);
        let (count, first) = self.adjust(list.clone(), &bounds, site, &mut out);
        let result = self.list_alloc(elem, count.clone(), &mut out);
        if bounds.constant_step == Some(1) {
            out.push(Stmt::Copy {
                dst: items(result.clone()),
                src: self.elem_addr(list, i64_to_i32(first), stride),
                len: bin(BinOp::I32Mul, i64_to_i32(count), Expr::I32(stride as i32)),
                short: true,
            });
        } else {
            let step = bounds.step.0.clone();
            self.copy_strided(
                items(list),
                first,
                step,
                items(result.clone()),
                Expr::I64(0),
                Expr::I64(1),
                count,
                stride,
                &mut out,
            );
        }
        crate::expr::block(out, result)
    }

    /// `list[lower:upper:step] = value`, the value (a list) already evaluated.
    pub(crate) fn list_slice_set(
        &mut self,
        object: krait_hir::ExprId,
        bounds: &krait_hir::SliceBounds,
        value: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let list_ty = self.ty(object);
        let elem = self.list_elem(list_ty);
        let source = self.local_of(ValTy::Ref, value, out);
        let list = self.expr(object);
        let list = self.local_of(ValTy::Ref, list, out);
        let bounds = self.lower_bounds(bounds, out);
        let site = self.slice_site(object, span);
        // Assigning a list to a slice of itself copies it first, as CPython does.
        let Expr::Local(source_local) = source else {
            unreachable!("a local")
        };
        let mut copy = Vec::new();
        let copied = self.list_repeat(list.clone(), Expr::I64(1), elem, &mut copy);
        copy.push(Stmt::SetLocal(source_local, copied));
        out.push(Stmt::If {
            cond: bin(BinOp::I32Eq, Expr::Local(source_local), list.clone()),
            then: copy,
            otherwise: Vec::new(),
        });
        let source = SliceSource {
            items: self.local_of(ValTy::I32, items(Expr::Local(source_local)), out),
            first: Expr::I64(0),
            step: Expr::I64(1),
            count: self.local_of(
                ValTy::I64,
                i32_to_i64(list_len(Expr::Local(source_local))),
                out,
            ),
            unit_step: true,
        };
        self.assign_slice(list, elem, &bounds, site, source, out);
    }

    /// `target[bounds] = source[source_bounds]` (or `source[a:b][source_bounds]`) of lists of
    /// one element type, where evaluating the target runs none of the program's code: the
    /// source's elements go straight into the target, without the slice's list, through a
    /// scratch buffer when both are one list. False, doing nothing, for other assignments.
    pub(crate) fn list_slice_copy(
        &mut self,
        target: &krait_hir::Target,
        value: krait_hir::ExprId,
        out: &mut Vec<Stmt>,
    ) -> bool {
        let krait_hir::Target::Slice {
            object,
            bounds,
            span,
        } = target
        else {
            return false;
        };
        let Some((source_list, window, source_bounds)) = self.slice_of_list(value) else {
            return false;
        };
        let target_ty = self.ty(*object);
        let elem = self.list_elem(target_ty);
        let Ty::List(_) = target_ty else {
            return false;
        };
        if elem == Ty::Never
            || self.list_elem(self.ty(source_list)) != elem
            || !self.plain(*object)
            || !bounds.exprs().all(|e| self.plain(e))
        {
            return false;
        }
        let stride = elem_layout(elem).stride;
        // The source slice, as CPython makes it first.
        let value_span = self.func.expr(value).span;
        let list = self.expr(source_list);
        let list = self.local_of(ValTy::Ref, list, out);
        let mut len = i32_to_i64(list_len(list.clone()));
        let mut base = Expr::I64(0);
        if let Some((window_bounds, window_span)) = window {
            let window_bounds = self.lower_bounds(&window_bounds, out);
            let site = self.slice_site(source_list, window_span);
            let (count, first) = self.adjust_len(len, &window_bounds, site, out);
            len = count;
            base = first;
        }
        let source_bounds = self.lower_bounds(&source_bounds, out);
        let site = match &self.func.expr(value).kind {
            krait_hir::ExprKind::Slice { value: sliced, .. } => {
                self.slice_site(*sliced, value_span)
            }
            _ => None,
        };
        let (count, first) = self.adjust_len(len, &source_bounds, site, out);
        let first = self.local_of(ValTy::I64, bin(BinOp::I64Add, base, first), out);
        let step = source_bounds.step.0.clone();
        let target = self.expr(*object);
        let target = self.local_of(ValTy::Ref, target, out);
        let bounds = self.lower_bounds(bounds, out);
        let site = self.slice_site(*object, *span);
        // From the source list, or, when it is the target, from a copy of the slice.
        let items_local = self.new_local(ValTy::I32);
        let first_local = self.new_local(ValTy::I64);
        let step_local = self.new_local(ValTy::I64);
        let bytes = bin(
            BinOp::I32Mul,
            i64_to_i32(count.clone()),
            Expr::I32(stride as i32),
        );
        let scratch = Expr::Unary(
            UnOp::I32WrapI64,
            Box::new(self.call_rt("scratch_buffer", vec![i32_to_i64(bytes)])),
        );
        let mut copied = vec![Stmt::SetLocal(items_local, scratch)];
        self.copy_strided(
            items(list.clone()),
            first.clone(),
            step.clone(),
            Expr::Local(items_local),
            Expr::I64(0),
            Expr::I64(1),
            count.clone(),
            stride,
            &mut copied,
        );
        copied.push(Stmt::SetLocal(first_local, Expr::I64(0)));
        copied.push(Stmt::SetLocal(step_local, Expr::I64(1)));
        let mut general = vec![Stmt::If {
            cond: bin(BinOp::I32Eq, list.clone(), target.clone()),
            then: copied,
            otherwise: vec![
                Stmt::SetLocal(items_local, items(list.clone())),
                Stmt::SetLocal(first_local, first.clone()),
                Stmt::SetLocal(step_local, step),
            ],
        }];
        let reversing = source_bounds.constant_step == Some(-1)
            && bounds.constant_step == Some(1)
            && matches!(stride, 4 | 8);
        let source = SliceSource {
            items: Expr::Local(items_local),
            first: Expr::Local(first_local),
            step: Expr::Local(step_local),
            count: count.clone(),
            unit_step: source_bounds.constant_step == Some(1),
        };
        self.assign_slice(target.clone(), elem, &bounds, site, source, &mut general);
        if !reversing {
            out.extend(general);
            return true;
        }
        // A slice of a list reversed onto itself (`p[:k] = p[k - 1::-1]`): its elements swap
        // in place, without a copy of them.
        let (target_count, target_first) = self.adjust(target.clone(), &bounds, site, out);
        let target_count = self.local_of(ValTy::I64, target_count, out);
        let target_first = self.local_of(ValTy::I64, target_first, out);
        let target_last = bin(
            BinOp::I64Sub,
            bin(BinOp::I64Add, target_first.clone(), target_count.clone()),
            Expr::I64(1),
        );
        let in_place = bin(
            BinOp::I32And,
            bin(
                BinOp::I32And,
                bin(BinOp::I32Eq, list, target.clone()),
                bin(BinOp::I64Eq, count, target_count),
            ),
            bin(BinOp::I64Eq, first, target_last.clone()),
        );
        let low = self.new_local(ValTy::I32);
        let high = self.new_local(ValTy::I32);
        let held = self.new_local(if stride == 8 { ValTy::I64 } else { ValTy::I32 });
        let mem = if stride == 8 { MemTy::I64 } else { MemTy::I32 };
        let at = |this: &Self, index: mir::LocalIdx| {
            this.elem_addr(target.clone(), Expr::Local(index), stride)
        };
        let load = |addr: Expr| Expr::Load {
            ty: mem,
            addr: Box::new(addr),
        };
        let swap = vec![
            Stmt::If {
                cond: bin(BinOp::I32GeS, Expr::Local(low), Expr::Local(high)),
                then: vec![Stmt::Break(0)],
                otherwise: Vec::new(),
            },
            Stmt::SetLocal(held, load(at(self, low))),
            Stmt::Store {
                ty: mem,
                addr: at(self, low),
                value: load(at(self, high)),
            },
            Stmt::Store {
                ty: mem,
                addr: at(self, high),
                value: Expr::Local(held),
            },
            Stmt::SetLocal(low, bin(BinOp::I32Add, Expr::Local(low), Expr::I32(1))),
            Stmt::SetLocal(high, bin(BinOp::I32Sub, Expr::Local(high), Expr::I32(1))),
            Stmt::Continue(0),
        ];
        let reverse = vec![
            Stmt::SetLocal(low, i64_to_i32(target_first)),
            Stmt::SetLocal(high, i64_to_i32(target_last)),
            Stmt::Loop { body: swap },
        ];
        out.push(Stmt::If {
            cond: in_place,
            then: reverse,
            otherwise: general,
        });
        true
    }

    /// The list and bounds of `value` when it is `list[bounds]`, or `list[a:b][bounds]` (the
    /// window `a:b` with its span, stepping by 1), of a list.
    #[allow(clippy::type_complexity)]
    fn slice_of_list(
        &self,
        value: krait_hir::ExprId,
    ) -> Option<(
        krait_hir::ExprId,
        Option<(krait_hir::SliceBounds, Span)>,
        krait_hir::SliceBounds,
    )> {
        let func = self.func;
        let krait_hir::ExprKind::Slice {
            value: sliced,
            bounds,
        } = &func.expr(value).kind
        else {
            return None;
        };
        if !matches!(self.ty(*sliced), Ty::List(_)) {
            return None;
        }
        if let krait_hir::ExprKind::Slice {
            value: list,
            bounds: window,
        } = &func.expr(*sliced).kind
            && window.step.is_none()
            && matches!(self.ty(*list), Ty::List(_))
        {
            let window = (*window, func.expr(*sliced).span);
            return Some((*list, Some(window), *bounds));
        }
        Some((*sliced, None, *bounds))
    }

    /// Whether evaluating `expr` runs none of the program's code and allocates nothing: names,
    /// int and bool literals, and arithmetic on them.
    fn plain(&self, expr: krait_hir::ExprId) -> bool {
        let ty = self.ty(expr);
        if !matches!(ty, Ty::Int | Ty::Bool | Ty::List(_)) {
            return false;
        }
        match &self.func.expr(expr).kind {
            krait_hir::ExprKind::Local(_)
            | krait_hir::ExprKind::Global(_)
            | krait_hir::ExprKind::Int(_)
            | krait_hir::ExprKind::Bool(_) => true,
            krait_hir::ExprKind::Binary { lhs, rhs, .. } => self.plain(*lhs) && self.plain(*rhs),
            krait_hir::ExprKind::Unary { operand, .. } => self.plain(*operand),
            _ => false,
        }
    }

    /// Replaces the elements `bounds` select in `list` (a local) by `source`'s: with a step of
    /// 1 the list grows or shrinks to fit them, with any other the counts must match.
    fn assign_slice(
        &mut self,
        list: Expr,
        elem: Ty,
        bounds: &Bounds,
        site: Option<mir::Site>,
        source: SliceSource,
        out: &mut Vec<Stmt>,
    ) {
        let stride = elem_layout(elem).stride;
        let (count, first) = self.adjust(list.clone(), bounds, site, out);
        let source_len = i64_to_i32(source.count.clone());
        // A step of 1: the slice is replaced, and the list grows or shrinks.
        let mut contiguous = Vec::new();
        let len = self.local_of(ValTy::I32, list_len(list.clone()), &mut contiguous);
        let first32 = i64_to_i32(first.clone());
        let count32 = i64_to_i32(count.clone());
        let new_len = self.local_of(
            ValTy::I32,
            bin(
                BinOp::I32Add,
                bin(BinOp::I32Sub, len.clone(), count32.clone()),
                source_len.clone(),
            ),
            &mut contiguous,
        );
        self.reserve(list.clone(), new_len.clone(), elem, &mut contiguous);
        let tail = bin(
            BinOp::I32Sub,
            len,
            bin(BinOp::I32Add, first32.clone(), count32.clone()),
        );
        // The elements after the slice move only when its length changes (often it does not:
        // `p[:k] = p[k - 1::-1]`).
        contiguous.push(Stmt::If {
            cond: bin(BinOp::I32Ne, source_len.clone(), count32.clone()),
            then: vec![Stmt::Copy {
                dst: self.elem_addr(
                    list.clone(),
                    bin(BinOp::I32Add, first32.clone(), source_len.clone()),
                    stride,
                ),
                src: self.elem_addr(
                    list.clone(),
                    bin(BinOp::I32Add, first32.clone(), count32),
                    stride,
                ),
                len: bin(BinOp::I32Mul, tail, Expr::I32(stride as i32)),
                short: true,
            }],
            otherwise: Vec::new(),
        });
        if source.unit_step {
            contiguous.push(Stmt::Copy {
                dst: self.elem_addr(list.clone(), first32, stride),
                src: bin(
                    BinOp::I32Add,
                    source.items.clone(),
                    bin(
                        BinOp::I32Mul,
                        i64_to_i32(source.first.clone()),
                        Expr::I32(stride as i32),
                    ),
                ),
                len: bin(BinOp::I32Mul, source_len.clone(), Expr::I32(stride as i32)),
                short: true,
            });
        } else {
            self.copy_strided(
                source.items.clone(),
                source.first.clone(),
                source.step.clone(),
                items(list.clone()),
                first.clone(),
                Expr::I64(1),
                source.count.clone(),
                stride,
                &mut contiguous,
            );
        }
        contiguous.push(Stmt::Store {
            ty: MemTy::I32,
            addr: at(list.clone(), LEN),
            value: new_len,
        });
        if bounds.constant_step == Some(1) {
            out.extend(contiguous);
            return;
        }
        // Any other step: the sizes must match, and elements are replaced one by one.
        let mut extended = Vec::new();
        extended.push(Stmt::If {
            cond: bin(BinOp::I64Ne, source.count.clone(), count.clone()),
            then: vec![Stmt::Drop(Expr::Call {
                func: self.cx.rt("extended_slice_error"),
                args: vec![source.count.clone(), count.clone()],
                site,
            })],
            otherwise: Vec::new(),
        });
        let step = bounds.step.0.clone();
        self.copy_strided(
            source.items,
            source.first,
            source.step,
            items(list),
            first,
            step.clone(),
            count,
            stride,
            &mut extended,
        );
        match bounds.constant_step {
            Some(_) => out.extend(extended),
            None => out.push(Stmt::If {
                cond: bin(BinOp::I64Eq, step, Expr::I64(1)),
                then: contiguous,
                otherwise: extended,
            }),
        }
    }
}

/// The elements assigned to a slice: element `first + k * step` of the element array at
/// `items`, for k below `count` (i64s but `items`, an i32), without side effects to evaluate.
struct SliceSource {
    items: Expr,
    first: Expr,
    step: Expr,
    count: Expr,
    /// `step` is 1.
    unit_step: bool,
}

impl FnLower<'_, '_> {
    /// `x in list`: whether an element equals `x`, scanning from the front.
    pub(crate) fn list_contains(
        &mut self,
        x: Expr,
        x_ty: Ty,
        list: Expr,
        list_ty: Ty,
        span: Span,
    ) -> Expr {
        let elem = self.list_elem(list_ty);
        let mut out = Vec::new();
        let x = self.temp(x_ty, x, &mut out);
        let list = self.list_local(list, &mut out);
        let found = self.list_find(list, elem, x, x_ty, span, &mut out);
        crate::expr::block(out, bin(BinOp::I32GeS, found, Expr::I32(0)))
    }

    /// The index of the first element of `list` (a local) equal to `x` (temporaries), or -1,
    /// in an i32 local.
    fn list_find(
        &mut self,
        list: Expr,
        elem: Ty,
        x: Expr,
        x_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let found = self.local_of(ValTy::I32, Expr::I32(-1), out);
        let Expr::Local(found_local) = found else {
            unreachable!("a local")
        };
        if elem == Ty::Never {
            return found;
        }
        let i = self.new_local(ValTy::I32);
        out.push(Stmt::SetLocal(i, Expr::I32(0)));
        let item = self.load_elem(list.clone(), Expr::Local(i), elem);
        let equal = self.compare(krait_hir::CmpOp::Eq, x, x_ty, item, elem, span);
        out.push(Stmt::Loop {
            body: vec![
                Stmt::If {
                    cond: not(bin(BinOp::I32LtS, Expr::Local(i), list_len(list))),
                    then: vec![Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: equal,
                    then: vec![Stmt::SetLocal(found_local, Expr::Local(i)), Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(i, bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1))),
                Stmt::Continue(0),
            ],
        });
        found
    }

    /// `list.insert(i, x)`, `remove(x)`, `index(x)`, `count(x)`, `reverse()`, `copy()` and
    /// `clear()`, with the arguments in temporaries.
    pub(crate) fn list_method_more(
        &mut self,
        list: Expr,
        elem: Ty,
        method: &str,
        values: Vec<(Expr, Ty)>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let layout = elem_layout(elem);
        let stride = layout.stride;
        match method {
            "insert" => {
                let (index, index_ty) = values[0].clone();
                let index = self.to_i64(index, index_ty);
                let (x, x_ty) = values[1].clone();
                let x = self.coerce(x, x_ty, elem, out);
                let x = self.temp(elem, x, out);
                // CPython clamps the index into [0, len].
                let n = i32_to_i64(list_len(list.clone()));
                let i = self.local_of(ValTy::I64, index, out);
                let Expr::Local(i_local) = i else {
                    unreachable!("a local")
                };
                out.push(Stmt::If {
                    cond: bin(BinOp::I64LtS, i.clone(), Expr::I64(0)),
                    then: vec![Stmt::SetLocal(
                        i_local,
                        bin(BinOp::I64Add, i.clone(), n.clone()),
                    )],
                    otherwise: Vec::new(),
                });
                out.push(Stmt::If {
                    cond: bin(BinOp::I64LtS, i.clone(), Expr::I64(0)),
                    then: vec![Stmt::SetLocal(i_local, Expr::I64(0))],
                    otherwise: vec![Stmt::If {
                        cond: bin(BinOp::I64GtS, i.clone(), n.clone()),
                        then: vec![Stmt::SetLocal(i_local, n)],
                        otherwise: Vec::new(),
                    }],
                });
                let at_index = self.local_of(ValTy::I32, i64_to_i32(i), out);
                let needed = bin(BinOp::I32Add, list_len(list.clone()), Expr::I32(1));
                self.reserve(list.clone(), needed, elem, out);
                out.push(Stmt::Copy {
                    dst: self.elem_addr(
                        list.clone(),
                        bin(BinOp::I32Add, at_index.clone(), Expr::I32(1)),
                        stride,
                    ),
                    src: self.elem_addr(list.clone(), at_index.clone(), stride),
                    len: bin(
                        BinOp::I32Mul,
                        bin(BinOp::I32Sub, list_len(list.clone()), at_index.clone()),
                        Expr::I32(stride as i32),
                    ),
                    short: true,
                });
                out.push(Stmt::Store {
                    ty: MemTy::I32,
                    addr: at(list.clone(), LEN),
                    value: bin(BinOp::I32Add, list_len(list.clone()), Expr::I32(1)),
                });
                self.store_elem(list, at_index, elem, x, out);
                Expr::Values(Vec::new())
            }
            "remove" | "index" => {
                let (x, x_ty) = values[0].clone();
                let found = self.list_find(list.clone(), elem, x.clone(), x_ty, span, out);
                let message = if method == "remove" {
                    self.str_lit("ValueError: list.remove(x): x not in list")
                } else {
                    let text = self.repr_of(x, x_ty);
                    let prefix = self.str_lit("ValueError: ");
                    let suffix = self.str_lit(" is not in list");
                    self.concat(vec![prefix, text, suffix])
                };
                let site = self.site(span, Anchor::Whole);
                out.push(Stmt::If {
                    cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
                    then: vec![Stmt::Raise { message, site }],
                    otherwise: Vec::new(),
                });
                if method == "remove" {
                    let removed = self.list_remove_at(list, found, elem, out);
                    out.push(Stmt::Drop(removed));
                    Expr::Values(Vec::new())
                } else {
                    i32_to_i64(found)
                }
            }
            "count" => {
                let (x, x_ty) = values[0].clone();
                let count = self.local_of(ValTy::I64, Expr::I64(0), out);
                let Expr::Local(count_local) = count else {
                    unreachable!("a local")
                };
                if elem != Ty::Never {
                    let i = self.new_local(ValTy::I32);
                    out.push(Stmt::SetLocal(i, Expr::I32(0)));
                    let item = self.load_elem(list.clone(), Expr::Local(i), elem);
                    let equal = self.compare(krait_hir::CmpOp::Eq, x, x_ty, item, elem, span);
                    out.push(Stmt::Loop {
                        body: vec![
                            Stmt::If {
                                cond: not(bin(BinOp::I32LtS, Expr::Local(i), list_len(list))),
                                then: vec![Stmt::Break(0)],
                                otherwise: Vec::new(),
                            },
                            Stmt::If {
                                cond: equal,
                                then: vec![Stmt::SetLocal(
                                    count_local,
                                    bin(BinOp::I64Add, count.clone(), Expr::I64(1)),
                                )],
                                otherwise: Vec::new(),
                            },
                            Stmt::SetLocal(i, bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1))),
                            Stmt::Continue(0),
                        ],
                    });
                }
                count
            }
            "reverse" => {
                if elem != Ty::Never {
                    let i = self.local_of(ValTy::I32, Expr::I32(0), out);
                    let j = self.local_of(
                        ValTy::I32,
                        bin(BinOp::I32Sub, list_len(list.clone()), Expr::I32(1)),
                        out,
                    );
                    let (Expr::Local(i_local), Expr::Local(j_local)) = (i.clone(), j.clone())
                    else {
                        unreachable!("locals")
                    };
                    // Elements are swapped as stored (a boxed tuple's address, not its values).
                    let mut body = Vec::new();
                    let a = self.load_raw(list.clone(), i.clone(), &layout, &mut body);
                    let b = self.load_raw(list.clone(), j.clone(), &layout, &mut body);
                    self.store_raw(list.clone(), i.clone(), &layout, b, &mut body);
                    self.store_raw(list.clone(), j.clone(), &layout, a, &mut body);
                    body.push(Stmt::SetLocal(
                        i_local,
                        bin(BinOp::I32Add, i.clone(), Expr::I32(1)),
                    ));
                    body.push(Stmt::SetLocal(
                        j_local,
                        bin(BinOp::I32Sub, j.clone(), Expr::I32(1)),
                    ));
                    let mut stmts = vec![Stmt::If {
                        cond: not(bin(BinOp::I32LtS, i, j)),
                        then: vec![Stmt::Break(0)],
                        otherwise: Vec::new(),
                    }];
                    stmts.extend(body);
                    stmts.push(Stmt::Continue(0));
                    out.push(Stmt::Loop { body: stmts });
                }
                Expr::Values(Vec::new())
            }
            "copy" => {
                let n = i32_to_i64(list_len(list.clone()));
                let copy = self.list_alloc(elem, n, out);
                out.push(Stmt::Copy {
                    dst: self.elem_addr(copy.clone(), Expr::I32(0), stride),
                    src: self.elem_addr(list, Expr::I32(0), stride),
                    len: bin(
                        BinOp::I32Mul,
                        list_len(copy.clone()),
                        Expr::I32(stride as i32),
                    ),
                    short: true,
                });
                copy
            }
            _ => {
                // clear(): a fresh empty buffer, so that the old elements can be collected.
                out.push(Stmt::Store {
                    ty: MemTy::Ref,
                    addr: at(list.clone(), ITEMS),
                    value: buffer_alloc(&layout, Expr::I32(0)),
                });
                for field in [LEN, CAP] {
                    out.push(Stmt::Store {
                        ty: MemTy::I32,
                        addr: at(list.clone(), field),
                        value: Expr::I32(0),
                    });
                }
                Expr::Values(Vec::new())
            }
        }
    }

    /// The stored words of element `i` of `list` (a boxed element's address), in locals.
    fn load_raw(
        &mut self,
        list: Expr,
        i: Expr,
        layout: &ElemLayout,
        out: &mut Vec<Stmt>,
    ) -> Vec<Expr> {
        let addr = self.elem_addr(list, i, layout.stride);
        let addr = self.local_of(ValTy::I32, addr, out);
        layout
            .slots
            .iter()
            .map(|&(mem, offset)| {
                let ty = match mem {
                    MemTy::I64 => ValTy::I64,
                    MemTy::F64 => ValTy::F64,
                    MemTy::Ref => ValTy::Ref,
                    _ => ValTy::I32,
                };
                self.local_of(ty, load(mem, at(addr.clone(), offset as i32)), out)
            })
            .collect()
    }

    fn store_raw(
        &mut self,
        list: Expr,
        i: Expr,
        layout: &ElemLayout,
        values: Vec<Expr>,
        out: &mut Vec<Stmt>,
    ) {
        let addr = self.elem_addr(list, i, layout.stride);
        let addr = self.local_of(ValTy::I32, addr, out);
        for (&(mem, offset), value) in layout.slots.iter().zip(values) {
            out.push(Stmt::Store {
                ty: mem,
                addr: at(addr.clone(), offset as i32),
                value,
            });
        }
    }
}

impl FnLower<'_, '_> {
    /// `min(list)`, `max(list)`, `sum(list[, start])`, `any(list)`, `all(list)`: one pass
    /// over the elements.
    pub(crate) fn list_fold(
        &mut self,
        builtin: krait_hir::Builtin,
        args: &[krait_hir::ExprId],
        arg_tys: &[Ty],
        key: Option<krait_hir::ExprId>,
        result_ty: Ty,
        span: Span,
    ) -> Expr {
        use krait_hir::Builtin;
        // With `key=`, elements are compared by what the key function gives for them.
        let mut out = Vec::new();
        let list = self.expr(args[0]);
        let list = self.temp(arg_tys[0], list, &mut out);
        // Over a dict, over a list of its keys; over a tuple, over a list of its elements.
        let (list, elem) = match arg_tys[0] {
            Ty::Dict(_) => {
                let keys = self.dict_types(arg_tys[0]).0;
                let view = crate::dict::DictView::Keys;
                (self.dict_list(list, arg_tys[0], view, keys, &mut out), keys)
            }
            Ty::Tuple(_) => {
                let elem = arg_tys[0].homogeneous().expect("inference checked");
                (self.tuple_list(list, arg_tys[0], &mut out), elem)
            }
            Ty::Set(_) | Ty::FrozenSet(_) => {
                let elem = self.set_elem(arg_tys[0]);
                (self.set_list(list, elem, &mut out), elem)
            }
            _ => (list, self.list_elem(arg_tys[0])),
        };
        let key = key.map(|k| self.key_fn(k, &mut out));
        let start = match args.get(1) {
            Some(&start) => {
                let value = self.expr(start);
                let value = self.numeric_as(value, arg_tys[1], result_ty);
                self.temp(result_ty, value, &mut out)
            }
            None => Expr::Values(Vec::new()),
        };
        if elem == Ty::Never {
            // The list is always empty.
            let value = match builtin {
                Builtin::Sum if args.len() > 1 => start,
                Builtin::Sum => Expr::I64(0),
                Builtin::Any => Expr::I32(0),
                Builtin::All => Expr::I32(1),
                _ => {
                    let message =
                        format!("ValueError: {}() arg is an empty sequence", builtin.name());
                    let message = Expr::I32(self.cx.str_const(&message) as i32);
                    let site = self.site(span, Anchor::Whole);
                    out.push(Stmt::Raise { message, site });
                    Expr::Unreachable
                }
            };
            return crate::expr::block(out, value);
        }
        let int_start = args.get(1).is_none_or(|_| arg_tys[1] != Ty::Float);
        if builtin == Builtin::Sum && result_ty == Ty::Float && elem == Ty::Float && int_start {
            // CPython's sum of no floats is the int start, a value this float result cannot be.
            let message = "NotImplementedError: sum() of an empty list of floats is its int \
                           start, which krait does not hold in a float result yet (give a float \
                           start, such as 0.0)";
            let message = Expr::I32(self.cx.str_const(message) as i32);
            let site = self.site(span, Anchor::Whole);
            out.push(Stmt::If {
                cond: bin(BinOp::I32Eq, list_len(list.clone()), Expr::I32(0)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
        }
        let i = self.new_local(ValTy::I32);
        let first_index = if matches!(builtin, Builtin::Min | Builtin::Max) {
            let message = format!("ValueError: {}() arg is an empty sequence", builtin.name());
            let message = Expr::I32(self.cx.str_const(&message) as i32);
            let site = self.site(span, Anchor::Whole);
            out.push(Stmt::If {
                cond: bin(BinOp::I32Eq, list_len(list.clone()), Expr::I32(0)),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
            1
        } else {
            0
        };
        let accumulator = match builtin {
            Builtin::Min | Builtin::Max => self.load_elem(list.clone(), Expr::I32(0), elem),
            Builtin::Sum if args.len() > 1 => start,
            Builtin::Sum => self.numeric_as(Expr::I64(0), Ty::Int, result_ty),
            Builtin::Any => Expr::I32(0),
            _ => Expr::I32(1),
        };
        let accumulator = self.temp(result_ty, accumulator, &mut out);
        let accumulator_locals: Vec<mir::LocalIdx> = flatten(accumulator.clone())
            .into_iter()
            .map(|e| match e {
                Expr::Local(l) => l,
                _ => unreachable!("a temporary"),
            })
            .collect();
        let best_key = key.map(|key| {
            let site = self.site(span, Anchor::Whole);
            let first = self.key_of(&key, accumulator.clone(), site);
            let best = self.temp(key.ty, first, &mut out);
            (key, best)
        });
        out.push(Stmt::SetLocal(i, Expr::I32(first_index)));
        let mut body = vec![Stmt::If {
            cond: not(bin(BinOp::I32LtS, Expr::Local(i), list_len(list.clone()))),
            then: vec![Stmt::Break(0)],
            otherwise: Vec::new(),
        }];
        let item = self.load_elem(list.clone(), Expr::Local(i), elem);
        let item = self.temp(elem, item, &mut body);
        body.push(Stmt::SetLocal(
            i,
            bin(BinOp::I32Add, Expr::Local(i), Expr::I32(1)),
        ));
        match builtin {
            Builtin::Min | Builtin::Max => {
                let (item_key, best, key_ty, mut then) = match &best_key {
                    Some((key, best)) => {
                        let key_ty = &key.ty;
                        let site = self.site(span, Anchor::Whole);
                        let call = self.key_of(key, item.clone(), site);
                        let item_key = self.temp(*key_ty, call, &mut body);
                        let keep_key = flatten(best.clone())
                            .into_iter()
                            .zip(flatten(item_key.clone()))
                            .map(|(b, k)| match b {
                                Expr::Local(l) => Stmt::SetLocal(l, k),
                                _ => unreachable!("a temporary"),
                            })
                            .collect();
                        (item_key, best.clone(), *key_ty, keep_key)
                    }
                    None => (item.clone(), accumulator.clone(), elem, Vec::new()),
                };
                let (a, b) = if builtin == Builtin::Max {
                    (item_key, best)
                } else {
                    (best, item_key)
                };
                let better = self.compare(krait_hir::CmpOp::Gt, a, key_ty, b, key_ty, span);
                then.extend(
                    accumulator_locals
                        .iter()
                        .zip(flatten(item))
                        .map(|(&l, v)| Stmt::SetLocal(l, v)),
                );
                body.push(Stmt::If {
                    cond: better,
                    then,
                    otherwise: Vec::new(),
                });
            }
            Builtin::Sum => {
                let sum = self.binary(
                    krait_hir::BinOp::Add,
                    accumulator.clone(),
                    result_ty,
                    item,
                    elem,
                    result_ty,
                    args[0],
                    span,
                    None,
                );
                body.push(Stmt::SetLocal(accumulator_locals[0], sum));
            }
            _ => {
                // any stops at the first true element, all at the first false one.
                let truth = self.truthy_value(item, elem);
                let stop = if builtin == Builtin::Any {
                    truth
                } else {
                    not(truth)
                };
                body.push(Stmt::If {
                    cond: stop,
                    then: vec![
                        Stmt::SetLocal(
                            accumulator_locals[0],
                            Expr::I32((builtin == Builtin::Any) as i32),
                        ),
                        Stmt::Break(0),
                    ],
                    otherwise: Vec::new(),
                });
            }
        }
        body.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body });
        crate::expr::block(out, accumulator)
    }

    /// An int, bool or float value as a value of the numeric type `to`.
    fn numeric_as(&mut self, value: Expr, from: Ty, to: Ty) -> Expr {
        match to {
            Ty::Float => self.to_f64(value, from),
            Ty::Int => self.to_i64(value, from),
            Ty::Object(_) => self.box_value(value, from),
            _ => value,
        }
    }
}

/// Whether `value` is a number whose evaluation has no effects (`-1.5` is a negation).
fn is_constant(value: &Expr) -> bool {
    match value {
        Expr::I32(_) | Expr::I64(_) | Expr::F64(_) => true,
        Expr::Unary(_, operand) => is_constant(operand),
        _ => false,
    }
}
