//! Dicts, laid out as CPython's compact dicts so that iteration follows insertion order.
//!
//! A dict is the address of an object
//! `[keys: Ref][values: Ref][index: Ref][hashes: Ref][len][used][slots][cap]` (i32s after the
//! four buffers). Entry `e` (0 <= e < used) is `keys[e]`, `values[e]` (laid out as lists' buffers)
//! and `hashes[e]`: the key's hash tag (its high 32 bits with bit 0 set), or 0 once the entry is
//! deleted. `index` is an open-addressing table of `slots` i32s (a power of two, twice `cap`): 0
//! empty, 1 a deleted entry's slot, `e + 2` entry `e`. Probing starts at `(tag >> 1) & mask`
//! and moves one slot at a time. When `used` reaches `cap`, the live entries move, in order,
//! into buffers of twice their number (at least 8), which also drops the deleted ones.

use crate::func::{FnLower, bin, flatten, not};
use crate::list::{buffer_alloc, elem_layout};
use crate::site::Anchor;
use krait_diagnostics::Span;
use krait_hir::{CmpOp, ExprId};
use krait_mir::{self as mir, BinOp, Expr, LocalIdx, MemTy, Stmt, UnOp, ValTy};
use krait_types::Ty;

const KEYS: i32 = 0;
const VALUES: i32 = 4;
const INDEX: i32 = 8;
const HASHES: i32 = 12;
const LEN: i32 = 16;
const USED: i32 = 20;
const SLOTS: i32 = 24;
const CAP: i32 = 28;
const DICT_SIZE: i32 = 32;
const DICT_KIND: u32 = mir::KIND_FIELDS | (4 << 8);
const INITIAL_CAP: i32 = 8;
const EMPTY: i32 = 0;
const DELETED: i32 = 1;

/// What iterating over a dict gives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DictView {
    Keys,
    Values,
    Items,
}

fn at(base: Expr, offset: i32) -> Expr {
    bin(BinOp::I32Add, base, Expr::I32(offset))
}

fn load(ty: MemTy, addr: Expr) -> Expr {
    Expr::Load {
        ty,
        addr: Box::new(addr),
    }
}

fn field(dict: Expr, offset: i32) -> Expr {
    load(MemTy::I32, at(dict, offset))
}

fn set_field(dict: Expr, offset: i32, value: Expr) -> Stmt {
    Stmt::Store {
        ty: MemTy::I32,
        addr: at(dict, offset),
        value,
    }
}

/// The address of i32 `i` of the buffer at `offset` of `dict`.
fn word_addr(dict: Expr, offset: i32, i: Expr) -> Expr {
    bin(
        BinOp::I32Add,
        load(MemTy::Ref, at(dict, offset)),
        bin(BinOp::I32Mul, i, Expr::I32(4)),
    )
}

fn word(dict: Expr, offset: i32, i: Expr) -> Expr {
    load(MemTy::I32, word_addr(dict, offset, i))
}

fn set_word(dict: Expr, offset: i32, i: Expr, value: Expr) -> Stmt {
    Stmt::Store {
        ty: MemTy::I32,
        addr: word_addr(dict, offset, i),
        value,
    }
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

impl FnLower<'_, '_> {
    /// The key and value types of a dict type.
    pub(crate) fn dict_types(&self, dict_ty: Ty) -> (Ty, Ty) {
        let Ty::Dict(var) = dict_ty else {
            unreachable!("a dict operation on a {}", dict_ty.describe())
        };
        (
            self.cx.typeck.lists.elem(var),
            self.cx.typeck.lists.value(var),
        )
    }

    fn local_value(&mut self, ty: ValTy, value: Expr, out: &mut Vec<Stmt>) -> Expr {
        let l = self.new_local(ty);
        out.push(Stmt::SetLocal(l, value));
        Expr::Local(l)
    }

    /// A new empty dict with room for `cap` entries, in a local.
    fn dict_alloc(&mut self, key: Ty, value: Ty, cap: Expr, out: &mut Vec<Stmt>) -> Expr {
        let dict = self.local_value(
            ValTy::Ref,
            Expr::Alloc {
                size: Box::new(Expr::I32(DICT_SIZE)),
                kind: DICT_KIND,
            },
            out,
        );
        self.dict_buffers(dict.clone(), key, value, cap, out);
        dict
    }

    /// Gives `dict` fresh empty buffers for `cap` (a local or constant) entries.
    fn dict_buffers(&mut self, dict: Expr, key: Ty, value: Ty, cap: Expr, out: &mut Vec<Stmt>) {
        let buffers = [
            (KEYS, buffer_alloc(&elem_layout(key), cap.clone())),
            (VALUES, buffer_alloc(&elem_layout(value), cap.clone())),
            (
                INDEX,
                raw_words(bin(BinOp::I32Mul, cap.clone(), Expr::I32(2))),
            ),
            (HASHES, raw_words(cap.clone())),
        ];
        for (offset, buffer) in buffers {
            out.push(Stmt::Store {
                ty: MemTy::Ref,
                addr: at(dict.clone(), offset),
                value: buffer,
            });
        }
        out.push(set_field(dict.clone(), LEN, Expr::I32(0)));
        out.push(set_field(dict.clone(), USED, Expr::I32(0)));
        out.push(set_field(
            dict.clone(),
            SLOTS,
            bin(BinOp::I32Mul, cap.clone(), Expr::I32(2)),
        ));
        out.push(set_field(dict, CAP, cap));
    }

    /// The hash tag of `key` (temporaries of type `ty`), in a local.
    fn dict_tag(&mut self, key: Expr, ty: Ty, out: &mut Vec<Stmt>) -> Expr {
        let hash = self.hash_value(key, ty);
        let tag = bin(
            BinOp::I32Or,
            Expr::Unary(
                UnOp::I32WrapI64,
                Box::new(bin(BinOp::I64ShrU, hash, Expr::I64(32))),
            ),
            Expr::I32(1),
        );
        self.local_value(ValTy::I32, tag, out)
    }

    fn first_slot(&self, dict: Expr, tag: Expr) -> Expr {
        bin(
            BinOp::I32And,
            bin(BinOp::I32ShrU, tag, Expr::I32(1)),
            bin(BinOp::I32Sub, field(dict, SLOTS), Expr::I32(1)),
        )
    }

    fn next_slot(&self, dict: Expr, slot: Expr) -> Expr {
        bin(
            BinOp::I32And,
            bin(BinOp::I32Add, slot, Expr::I32(1)),
            bin(BinOp::I32Sub, field(dict, SLOTS), Expr::I32(1)),
        )
    }

    /// Looks `key` (temporaries) with hash tag `tag` up in `dict` (a local): the entry holding
    /// it or -1, and the index slot a new entry for it would take, each in an i32 local.
    fn dict_lookup(
        &mut self,
        dict: Expr,
        key_ty: Ty,
        key: Expr,
        tag: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr) {
        let found = self.local_value(ValTy::I32, Expr::I32(-1), out);
        let insert = self.local_value(ValTy::I32, Expr::I32(-1), out);
        if key_ty == Ty::Never {
            // Nothing is ever stored in the dict: every lookup misses.
            out.push(Stmt::Drop(key));
            out.push(Stmt::Drop(tag));
            return (found, insert);
        }
        let slot = self.first_slot(dict.clone(), tag.clone());
        let slot = self.local_value(ValTy::I32, slot, out);
        let entry = self.local_value(ValTy::I32, Expr::I32(0), out);
        let stored = self.load_elem(
            at(dict.clone(), KEYS),
            bin(BinOp::I32Sub, entry.clone(), Expr::I32(2)),
            key_ty,
        );
        let equal = self.compare(CmpOp::Eq, key, key_ty, stored, key_ty, span);
        let remember_insert = Stmt::If {
            cond: bin(BinOp::I32LtS, insert.clone(), Expr::I32(0)),
            then: vec![Stmt::SetLocal(local(&insert), slot.clone())],
            otherwise: Vec::new(),
        };
        let same_tag = bin(
            BinOp::I32Eq,
            word(
                dict.clone(),
                HASHES,
                bin(BinOp::I32Sub, entry.clone(), Expr::I32(2)),
            ),
            tag,
        );
        out.push(Stmt::Loop {
            body: vec![
                Stmt::SetLocal(local(&entry), word(dict.clone(), INDEX, slot.clone())),
                Stmt::If {
                    cond: bin(BinOp::I32Eq, entry.clone(), Expr::I32(EMPTY)),
                    then: vec![remember_insert.clone(), Stmt::Break(0)],
                    otherwise: Vec::new(),
                },
                Stmt::If {
                    cond: bin(BinOp::I32Eq, entry.clone(), Expr::I32(DELETED)),
                    then: vec![remember_insert],
                    otherwise: vec![Stmt::If {
                        cond: same_tag,
                        then: vec![Stmt::If {
                            cond: equal,
                            then: vec![
                                Stmt::SetLocal(
                                    local(&found),
                                    bin(BinOp::I32Sub, entry, Expr::I32(2)),
                                ),
                                Stmt::Break(0),
                            ],
                            otherwise: Vec::new(),
                        }],
                        otherwise: Vec::new(),
                    }],
                },
                Stmt::SetLocal(local(&slot), self.next_slot(dict, slot.clone())),
                Stmt::Continue(0),
            ],
        });
        (found, insert)
    }

    /// The first empty index slot on the probe sequence of `tag`, in a local.
    fn empty_slot(&mut self, dict: Expr, tag: Expr, out: &mut Vec<Stmt>) -> Expr {
        let slot = self.first_slot(dict.clone(), tag);
        let slot = self.local_value(ValTy::I32, slot, out);
        out.push(loop_while(
            bin(
                BinOp::I32Ne,
                word(dict.clone(), INDEX, slot.clone()),
                Expr::I32(EMPTY),
            ),
            vec![Stmt::SetLocal(
                local(&slot),
                self.next_slot(dict, slot.clone()),
            )],
        ));
        slot
    }

    /// Moves the live entries of `dict` into fresh buffers with room for twice as many (at
    /// least 8), in order.
    fn dict_resize(&mut self, dict: Expr, key: Ty, value: Ty, out: &mut Vec<Stmt>) {
        let old_keys = self.local_value(ValTy::Ref, load(MemTy::Ref, at(dict.clone(), KEYS)), out);
        let old_values =
            self.local_value(ValTy::Ref, load(MemTy::Ref, at(dict.clone(), VALUES)), out);
        let old_hashes =
            self.local_value(ValTy::Ref, load(MemTy::Ref, at(dict.clone(), HASHES)), out);
        let old_used = self.local_value(ValTy::I32, field(dict.clone(), USED), out);
        let cap = self.local_value(ValTy::I32, Expr::I32(INITIAL_CAP), out);
        out.push(loop_while(
            bin(
                BinOp::I32LeS,
                cap.clone(),
                bin(BinOp::I32Mul, field(dict.clone(), LEN), Expr::I32(2)),
            ),
            vec![Stmt::SetLocal(
                local(&cap),
                bin(BinOp::I32Mul, cap.clone(), Expr::I32(2)),
            )],
        ));
        let len = self.local_value(ValTy::I32, field(dict.clone(), LEN), out);
        self.dict_buffers(dict.clone(), key, value, cap, out);
        out.push(set_field(dict.clone(), LEN, len.clone()));
        let i = self.local_value(ValTy::I32, Expr::I32(0), out);
        let e = self.local_value(ValTy::I32, Expr::I32(0), out);
        let tag = self.local_value(ValTy::I32, Expr::I32(0), out);
        let mut moved = Vec::new();
        let slot = self.empty_slot(dict.clone(), tag.clone(), &mut moved);
        moved.push(set_word(
            dict.clone(),
            INDEX,
            slot,
            bin(BinOp::I32Add, e.clone(), Expr::I32(2)),
        ));
        moved.push(set_word(dict.clone(), HASHES, e.clone(), tag.clone()));
        for (offset, old, ty) in [(KEYS, &old_keys, key), (VALUES, &old_values, value)] {
            let stride = elem_layout(ty).stride as i32;
            moved.push(Stmt::Copy {
                dst: bin(
                    BinOp::I32Add,
                    load(MemTy::Ref, at(dict.clone(), offset)),
                    bin(BinOp::I32Mul, e.clone(), Expr::I32(stride)),
                ),
                src: bin(
                    BinOp::I32Add,
                    old.clone(),
                    bin(BinOp::I32Mul, i.clone(), Expr::I32(stride)),
                ),
                len: Expr::I32(stride),
                short: true,
            });
        }
        moved.push(Stmt::SetLocal(
            local(&e),
            bin(BinOp::I32Add, e.clone(), Expr::I32(1)),
        ));
        let old_tag = load(
            MemTy::I32,
            bin(
                BinOp::I32Add,
                old_hashes,
                bin(BinOp::I32Mul, i.clone(), Expr::I32(4)),
            ),
        );
        out.push(loop_while(
            bin(BinOp::I32LtS, i.clone(), old_used),
            vec![
                Stmt::SetLocal(local(&tag), old_tag),
                Stmt::If {
                    cond: bin(BinOp::I32Ne, tag.clone(), Expr::I32(0)),
                    then: moved,
                    otherwise: Vec::new(),
                },
                Stmt::SetLocal(local(&i), bin(BinOp::I32Add, i.clone(), Expr::I32(1))),
            ],
        ));
        out.push(set_field(dict, USED, len));
    }

    /// Adds a new entry for `key`, which `dict` lacks, at index slot `insert` (a local that
    /// this may change), and gives the entry's number in a local.
    #[allow(clippy::too_many_arguments)]
    fn dict_append(
        &mut self,
        dict: Expr,
        key_ty: Ty,
        value_ty: Ty,
        key: Expr,
        tag: Expr,
        insert: Expr,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let mut resize = Vec::new();
        self.dict_resize(dict.clone(), key_ty, value_ty, &mut resize);
        let slot = self.empty_slot(dict.clone(), tag.clone(), &mut resize);
        resize.push(Stmt::SetLocal(local(&insert), slot));
        out.push(Stmt::If {
            cond: bin(
                BinOp::I32GeS,
                field(dict.clone(), USED),
                field(dict.clone(), CAP),
            ),
            then: resize,
            otherwise: Vec::new(),
        });
        let entry = self.local_value(ValTy::I32, field(dict.clone(), USED), out);
        out.push(set_field(
            dict.clone(),
            USED,
            bin(BinOp::I32Add, entry.clone(), Expr::I32(1)),
        ));
        out.push(set_field(
            dict.clone(),
            LEN,
            bin(BinOp::I32Add, field(dict.clone(), LEN), Expr::I32(1)),
        ));
        out.push(set_word(dict.clone(), HASHES, entry.clone(), tag));
        out.push(set_word(
            dict.clone(),
            INDEX,
            insert,
            bin(BinOp::I32Add, entry.clone(), Expr::I32(2)),
        ));
        self.store_elem(at(dict, KEYS), entry.clone(), key_ty, key, out);
        entry
    }

    /// `dict[key] = value` for temporaries `key` and `value` of the dict's types.
    fn dict_store(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        key: Expr,
        value: Expr,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let tag = self.dict_tag(key.clone(), key_ty, out);
        let (found, insert) =
            self.dict_lookup(dict.clone(), key_ty, key.clone(), tag.clone(), span, out);
        let mut add = Vec::new();
        let entry = self.dict_append(dict.clone(), key_ty, value_ty, key, tag, insert, &mut add);
        add.push(Stmt::SetLocal(local(&found), entry));
        out.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
            then: add,
            otherwise: Vec::new(),
        });
        self.store_elem(at(dict, VALUES), found, value_ty, value, out);
    }

    /// `KeyError: repr(key)` at `site`.
    fn key_error(&mut self, key: Expr, key_ty: Ty, site: Option<mir::Site>) -> Stmt {
        let text = self.repr_of(key, key_ty);
        let prefix = self.str_lit("KeyError: ");
        let message = self.call_rt("str_concat", vec![prefix, text]);
        Stmt::Raise { message, site }
    }

    /// The dict `object` and the key `index` of a subscript, lowered into temporaries, with the
    /// key's tag and the lookup's entry (or -1) and insertion slot.
    fn dict_subscript(
        &mut self,
        object: ExprId,
        index: ExprId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Expr, Expr, Expr, Expr) {
        let dict_ty = self.ty(object);
        let (key_ty, _) = self.dict_types(dict_ty);
        let dict = self.expr(object);
        let dict = self.local_value(ValTy::Ref, dict, out);
        let given_ty = self.ty(index);
        let key = self.expr(index);
        let key = self.coerce(key, given_ty, key_ty, out);
        let key = self.temp(key_ty, key, out);
        let tag = self.dict_tag(key.clone(), key_ty, out);
        let (found, insert) =
            self.dict_lookup(dict.clone(), key_ty, key.clone(), tag.clone(), span, out);
        (dict, key, tag, found, insert)
    }

    /// `dict[key]`.
    pub(crate) fn dict_get(&mut self, object: ExprId, index: ExprId, span: Span) -> Expr {
        let dict_ty = self.ty(object);
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let mut out = Vec::new();
        if key_ty == Ty::Never && self.dict_default(dict_ty).is_none() {
            // Nothing is ever stored: every key is missing, and its repr is its own type's.
            let dict = self.expr(object);
            out.push(Stmt::Drop(dict));
            let given_ty = self.ty(index);
            let key = self.expr(index);
            let key = self.temp(given_ty, key, &mut out);
            let site = self.subscript_site(object, index, span);
            out.push(self.key_error(key, given_ty, site));
            return crate::expr::block(out, Expr::Unreachable);
        }
        let (dict, key, tag, found, insert) = self.dict_subscript(object, index, span, &mut out);
        if self.dict_default(dict_ty) == Some(krait_infer::DictDefault::Counter) {
            // A Counter's missing key reads as 0, and stays missing.
            let present = self.load_elem(at(dict, VALUES), found.clone(), value_ty);
            let value = Expr::IfElse {
                cond: Box::new(bin(BinOp::I32GeS, found, Expr::I32(0))),
                then: Box::new(present),
                otherwise: Box::new(Expr::I64(0)),
                ty: vec![ValTy::I64],
            };
            return crate::expr::block(out, value);
        }
        let site = self.subscript_site(object, index, span);
        self.dict_missing(
            dict.clone(),
            dict_ty,
            key,
            tag,
            &found,
            insert,
            site,
            &mut out,
        );
        let value = self.load_elem(at(dict, VALUES), found, value_ty);
        crate::expr::block(out, value)
    }

    /// `defaultdict(factory)`: an empty dict (its type knows the factory).
    pub(crate) fn default_dict(&mut self, dict_ty: Ty, out: &mut Vec<Stmt>) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        self.dict_alloc(key_ty, value_ty, Expr::I32(INITIAL_CAP), out)
    }

    /// `Counter(iterable)`: each element's count, in the order elements first occur.
    pub(crate) fn counter(
        &mut self,
        iterable: Option<ExprId>,
        dict_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let Some(iterable) = iterable else {
            return self.dict_alloc(key_ty, value_ty, Expr::I32(INITIAL_CAP), out);
        };
        let source_ty = self.ty(iterable);
        let source = self.expr(iterable);
        let source = self.temp(source_ty, source, out);
        let list = match source_ty {
            Ty::Str => {
                let chars = self.call_rt("str_chars", vec![source]);
                self.local_value(ValTy::Ref, chars, out)
            }
            Ty::Tuple(_) => self.tuple_list(source, source_ty, out),
            Ty::Dict(_) => self.dict_list(source, source_ty, DictView::Keys, key_ty, out),
            _ => source,
        };
        let dict = self.dict_alloc(key_ty, value_ty, Expr::I32(INITIAL_CAP), out);
        if key_ty == Ty::Never {
            return dict;
        }
        let i = self.local_value(ValTy::I32, Expr::I32(0), out);
        let mut body = Vec::new();
        let key = self.load_elem(list.clone(), i.clone(), key_ty);
        let key = self.temp(key_ty, key, &mut body);
        let tag = self.dict_tag(key.clone(), key_ty, &mut body);
        let (found, insert) = self.dict_lookup(
            dict.clone(),
            key_ty,
            key.clone(),
            tag.clone(),
            span,
            &mut body,
        );
        let mut add = Vec::new();
        let entry = self.dict_append(dict.clone(), key_ty, value_ty, key, tag, insert, &mut add);
        add.push(Stmt::SetLocal(local(&found), entry));
        body.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
            then: add,
            otherwise: Vec::new(),
        });
        let count = self.load_elem(at(dict.clone(), VALUES), found.clone(), Ty::Int);
        let count = bin(BinOp::I64Add, count, Expr::I64(1));
        let count = self.temp(Ty::Int, count, &mut body);
        self.store_elem(at(dict.clone(), VALUES), found, Ty::Int, count, &mut body);
        body.push(Stmt::SetLocal(
            local(&i),
            bin(BinOp::I32Add, i.clone(), Expr::I32(1)),
        ));
        out.push(loop_while(
            bin(BinOp::I32LtS, i, crate::list::list_len(list)),
            body,
        ));
        dict
    }

    /// `counter.most_common([n])`: the items by descending count, those of equal counts in
    /// the order they were first counted; the first `n` when given.
    pub(crate) fn most_common(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        limit: Option<Expr>,
        elem: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let items = self.dict_list(dict, dict_ty, DictView::Items, elem, out);
        if elem != Ty::Never {
            self.sort_by_count(items.clone(), elem, span, out);
        }
        if let Some(limit) = limit {
            // At most `n` (a negative `n` keeps none).
            let n = self.local_value(
                ValTy::I32,
                Expr::Unary(UnOp::I32WrapI64, Box::new(limit)),
                out,
            );
            let len = crate::list::list_len(items.clone());
            let keep = Expr::IfElse {
                cond: Box::new(bin(BinOp::I32LtS, n.clone(), Expr::I32(0))),
                then: Box::new(Expr::I32(0)),
                otherwise: Box::new(Expr::IfElse {
                    cond: Box::new(bin(BinOp::I32LtS, n.clone(), len.clone())),
                    then: Box::new(n),
                    otherwise: Box::new(len),
                    ty: vec![ValTy::I32],
                }),
                ty: vec![ValTy::I32],
            };
            out.push(Stmt::Store {
                ty: MemTy::I32,
                addr: at(items.clone(), 4),
                value: keep,
            });
        }
        items
    }
    pub(crate) fn dict_default(&self, dict_ty: Ty) -> Option<krait_infer::DictDefault> {
        let Ty::Dict(var) = dict_ty else {
            return None;
        };
        self.cx.typeck.lists.missing(var)
    }

    /// After a lookup of `key` that found entry `found` (a local, -1 when missing): KeyError
    /// at `site`, or, for a defaultdict or Counter, a new entry with the default value (and
    /// `found` set to it).
    #[allow(clippy::too_many_arguments)]
    fn dict_missing(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        key: Expr,
        tag: Expr,
        found: &Expr,
        insert: Expr,
        site: Option<mir::Site>,
        out: &mut Vec<Stmt>,
    ) {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let mut missing = Vec::new();
        match self.dict_default(dict_ty) {
            None => missing.push(self.key_error(key, key_ty, site)),
            Some(default) => {
                let value = self.default_value(default, value_ty, &mut missing);
                let value = self.temp(value_ty, value, &mut missing);
                let entry = self.dict_append(
                    dict.clone(),
                    key_ty,
                    value_ty,
                    key,
                    tag,
                    insert,
                    &mut missing,
                );
                self.store_elem(
                    at(dict, VALUES),
                    entry.clone(),
                    value_ty,
                    value,
                    &mut missing,
                );
                missing.push(Stmt::SetLocal(local(found), entry));
            }
        }
        out.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
            then: missing,
            otherwise: Vec::new(),
        });
    }

    /// A new default value of type `value_ty` for a missing key.
    fn default_value(
        &mut self,
        default: krait_infer::DictDefault,
        value_ty: Ty,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        use krait_infer::DictDefault;
        match (default, value_ty) {
            (DictDefault::Lambda(instance), _) => Expr::Call {
                func: mir::FuncIdx(instance.0),
                args: Vec::new(),
                site: None,
            },
            (_, Ty::Int) => Expr::I64(0),
            (_, Ty::Float) => Expr::F64(0.0),
            (_, Ty::Bool) => Expr::I32(0),
            (_, Ty::Str) => self.str_lit(""),
            (_, Ty::List(_)) => {
                let elem = self.list_elem(value_ty);
                self.list_alloc(elem, Expr::I64(0), out)
            }
            (_, Ty::Dict(_)) => {
                let (key, value) = self.dict_types(value_ty);
                self.dict_alloc(key, value, Expr::I32(INITIAL_CAP), out)
            }
            (_, Ty::Set(_)) => {
                let elem = self.set_elem(value_ty);
                self.set_alloc(elem, out)
            }
            _ => Expr::Unreachable,
        }
    }

    /// `dict[key] = value` (the value already lowered into temporaries of type `value_ty`).
    pub(crate) fn dict_set(
        &mut self,
        object: ExprId,
        index: ExprId,
        value: Expr,
        value_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let dict_ty = self.ty(object);
        let (key_ty, stored_ty) = self.dict_types(dict_ty);
        // The value first, then the dict and the key: Python's order.
        let value = self.coerce(value, value_ty, stored_ty, out);
        let value = self.temp(stored_ty, value, out);
        let dict = self.expr(object);
        let dict = self.local_value(ValTy::Ref, dict, out);
        let given_ty = self.ty(index);
        let key = self.expr(index);
        let key = self.coerce(key, given_ty, key_ty, out);
        let key = self.temp(key_ty, key, out);
        self.dict_store(dict, dict_ty, key, value, span, out);
    }

    /// `dict[key] op= value`: one lookup, KeyError when the key is missing.
    pub(crate) fn dict_aug_assign(
        &mut self,
        object: ExprId,
        index: ExprId,
        op: krait_hir::BinOp,
        value: ExprId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let dict_ty = self.ty(object);
        let (_, value_ty) = self.dict_types(dict_ty);
        let (dict, key, tag, found, insert) = self.dict_subscript(object, index, span, out);
        let site = self.subscript_site(object, index, span);
        self.dict_missing(dict.clone(), dict_ty, key, tag, &found, insert, site, out);
        let current = self.load_elem(at(dict.clone(), VALUES), found.clone(), value_ty);
        let current = self.temp(value_ty, current, out);
        let rhs_ty = self.ty(value);
        let rhs = self.expr(value);
        let result = self.in_place_binary(
            op, current, value_ty, rhs, rhs_ty, value_ty, value, span, out,
        );
        let result = self.temp(value_ty, result, out);
        self.store_elem(at(dict, VALUES), found, value_ty, result, out);
    }

    /// `{k: v, ...}` or `dict()`.
    pub(crate) fn dict_display(
        &mut self,
        entries: &[(ExprId, ExprId)],
        dict_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let mut pairs = Vec::new();
        for &(key, value) in entries {
            let given = self.ty(key);
            let k = self.expr(key);
            let k = self.coerce(k, given, key_ty, out);
            let k = self.temp(key_ty, k, out);
            let given = self.ty(value);
            let v = self.expr(value);
            let v = self.coerce(v, given, value_ty, out);
            pairs.push((k, self.temp(value_ty, v, out)));
        }
        let dict = self.dict_alloc(key_ty, value_ty, Expr::I32(INITIAL_CAP), out);
        for (key, value) in pairs {
            self.dict_store(dict.clone(), dict_ty, key, value, span, out);
        }
        dict
    }

    /// The dict of type `dict_ty` a method's `**kwargs` gets: each of `entries` (the keyword's
    /// name, its value and the value's type), in the call's order.
    pub(crate) fn kwargs_dict(
        &mut self,
        entries: Vec<(String, Expr, Ty)>,
        dict_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let dict = self.dict_alloc(key_ty, value_ty, Expr::I32(INITIAL_CAP), out);
        let dict = self.local_value(ValTy::Ref, dict, out);
        self.kwargs_store(dict.clone(), dict_ty, entries, span, out);
        dict
    }

    /// Stores each of `entries` (name, value, the value's type) in the dict `dict` (a local)
    /// of str keys.
    pub(crate) fn kwargs_store(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        entries: Vec<(String, Expr, Ty)>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let (_, value_ty) = self.dict_types(dict_ty);
        for (name, value, given) in entries {
            let key = self.str_lit(&name);
            let value = self.coerce(value, given, value_ty, out);
            let value = self.temp(value_ty, value, out);
            self.dict_store(dict.clone(), dict_ty, key, value, span, out);
        }
    }

    /// Stores each entry of the dict `other` (of type `other_ty`, whose str keys and values
    /// the types of `dict`'s take) but those whose keys are `except` in the dict `dict` (a
    /// local), in order: a call's `**mapping` into `**kwargs`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn kwargs_merge(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        other: Expr,
        other_ty: Ty,
        except: &[String],
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let other = self.local_value(ValTy::Ref, other, out);
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let (other_key, other_value) = self.dict_types(other_ty);
        if other_key == Ty::Never {
            return;
        }
        let mut body = Vec::new();
        let (item, _) =
            self.dict_entry_loop(other, other_ty, DictView::Items, None, &mut body, out);
        let parts = crate::func::split(item, Ty::tuple(&[Ty::Str, other_value]));
        let mut parts = parts.into_iter();
        let (k, v) = (parts.next().expect("a key"), parts.next().expect("a value"));
        let k = self.temp(Ty::Str, k, &mut body);
        let mut store = Vec::new();
        let key = self.coerce(k.clone(), Ty::Str, key_ty, &mut store);
        let key = self.temp(key_ty, key, &mut store);
        let v = self.coerce(v, other_value, value_ty, &mut store);
        let v = self.temp(value_ty, v, &mut store);
        self.dict_store(dict, dict_ty, key, v, span, &mut store);
        let mut taken = Expr::I32(0);
        for name in except {
            let name = self.str_lit(name);
            let equal = self.compare(CmpOp::Eq, k.clone(), Ty::Str, name, Ty::Str, span);
            taken = bin(BinOp::I32Or, taken, equal);
        }
        body.push(Stmt::If {
            cond: not(taken),
            then: store,
            otherwise: Vec::new(),
        });
        self.finish_entry_loop(body, out);
    }

    /// `key in dict`.
    pub(crate) fn dict_contains(
        &mut self,
        key: Expr,
        given_ty: Ty,
        dict: Expr,
        dict_ty: Ty,
        span: Span,
    ) -> Expr {
        let (key_ty, _) = self.dict_types(dict_ty);
        let mut out = Vec::new();
        let key = self.coerce(key, given_ty, key_ty, &mut out);
        let key = self.temp(key_ty, key, &mut out);
        let dict = self.local_value(ValTy::Ref, dict, &mut out);
        let tag = self.dict_tag(key.clone(), key_ty, &mut out);
        let (found, _) = self.dict_lookup(dict, key_ty, key, tag, span, &mut out);
        crate::expr::block(out, bin(BinOp::I32GeS, found, Expr::I32(0)))
    }

    /// The value `dict` (a local) holds for `key` (a str, temporaries), or `otherwise` (of
    /// the value's type `ty`) when it has no such key.
    pub(crate) fn dict_value_or(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        key: Expr,
        ty: Ty,
        otherwise: Expr,
        span: Span,
    ) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let mut out = Vec::new();
        if key_ty == Ty::Never {
            out.push(Stmt::Drop(key));
            return crate::expr::block(out, otherwise);
        }
        let tag = self.dict_tag(key.clone(), key_ty, &mut out);
        let (found, _) = self.dict_lookup(dict.clone(), key_ty, key, tag, span, &mut out);
        let value = self.load_elem(at(dict, VALUES), found.clone(), value_ty);
        let mut converted = Vec::new();
        let value = self.coerce(value, value_ty, ty, &mut converted);
        let present = bin(BinOp::I32GeS, found, Expr::I32(0));
        let value = crate::expr::block(converted, value);
        let chosen = crate::expr::if_else(present, value, otherwise, crate::repr(ty));
        crate::expr::block(out, chosen)
    }

    pub(crate) fn dict_len(&self, dict: Expr) -> Expr {
        field(dict, LEN)
    }

    /// Deletes entry `found` (a local, of a live entry) of `dict`, whose key's tag is `tag`.
    fn dict_delete(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        found: Expr,
        tag: Expr,
        out: &mut Vec<Stmt>,
    ) {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        // The entry's index slot: the one on the tag's probe sequence that names it.
        let slot = self.first_slot(dict.clone(), tag);
        let slot = self.local_value(ValTy::I32, slot, out);
        out.push(loop_while(
            bin(
                BinOp::I32Ne,
                word(dict.clone(), INDEX, slot.clone()),
                bin(BinOp::I32Add, found.clone(), Expr::I32(2)),
            ),
            vec![Stmt::SetLocal(
                local(&slot),
                self.next_slot(dict.clone(), slot.clone()),
            )],
        ));
        out.push(set_word(dict.clone(), INDEX, slot, Expr::I32(DELETED)));
        out.push(set_word(dict.clone(), HASHES, found.clone(), Expr::I32(0)));
        // Forget the entry's objects, so that the collector may free them.
        for (offset, ty) in [(KEYS, key_ty), (VALUES, value_ty)] {
            let layout = elem_layout(ty);
            let base = bin(
                BinOp::I32Add,
                load(MemTy::Ref, at(dict.clone(), offset)),
                bin(
                    BinOp::I32Mul,
                    found.clone(),
                    Expr::I32(layout.stride as i32),
                ),
            );
            if layout.refs {
                for (mem, offset) in layout.slots.iter().copied() {
                    if mem == MemTy::Ref {
                        out.push(Stmt::Store {
                            ty: mem,
                            addr: at(base.clone(), offset as i32),
                            value: Expr::I32(0),
                        });
                    }
                }
            }
        }
        out.push(set_field(
            dict.clone(),
            LEN,
            bin(BinOp::I32Sub, field(dict, LEN), Expr::I32(1)),
        ));
    }

    /// `del dict[key]`.
    pub(crate) fn dict_del(
        &mut self,
        object: ExprId,
        index: ExprId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let dict_ty = self.ty(object);
        let (key_ty, _) = self.dict_types(dict_ty);
        let (dict, key, tag, found, _) = self.dict_subscript(object, index, span, out);
        let site = self.subscript_site(object, index, span);
        let missing = self.key_error(key, key_ty, site);
        out.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
            then: vec![missing],
            otherwise: Vec::new(),
        });
        self.dict_delete(dict, dict_ty, found, tag, out);
    }

    /// A dict method call; `result_ty` is the call's type.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn dict_method(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        method: &str,
        args: &[ExprId],
        result_ty: Ty,
        span: Span,
    ) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let mut out = Vec::new();
        let dict = self.local_value(ValTy::Ref, dict, &mut out);
        let mut lowered = Vec::new();
        for &arg in args {
            let ty = self.ty(arg);
            let value = self.expr(arg);
            lowered.push((self.temp(ty, value, &mut out), ty));
        }
        let value = match method {
            "get" | "pop" | "setdefault" => {
                let (given, given_ty) = lowered[0].clone();
                let key = self.coerce(given, given_ty, key_ty, &mut out);
                let key = self.temp(key_ty, key, &mut out);
                let tag = self.dict_tag(key.clone(), key_ty, &mut out);
                let (found, insert) = self.dict_lookup(
                    dict.clone(),
                    key_ty,
                    key.clone(),
                    tag.clone(),
                    span,
                    &mut out,
                );
                if method == "setdefault" {
                    let (default, default_ty) = lowered[1].clone();
                    let default = self.coerce(default, default_ty, value_ty, &mut out);
                    let mut add = Vec::new();
                    let entry = self.dict_append(
                        dict.clone(),
                        key_ty,
                        value_ty,
                        key,
                        tag,
                        insert,
                        &mut add,
                    );
                    self.store_elem(
                        at(dict.clone(), VALUES),
                        entry.clone(),
                        value_ty,
                        default,
                        &mut add,
                    );
                    add.push(Stmt::SetLocal(local(&found), entry));
                    out.push(Stmt::If {
                        cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
                        then: add,
                        otherwise: Vec::new(),
                    });
                    self.load_elem(at(dict, VALUES), found, value_ty)
                } else {
                    let present = self.load_elem(at(dict.clone(), VALUES), found.clone(), value_ty);
                    let present = self.coerce(present, value_ty, result_ty, &mut out);
                    let result = crate::values(
                        crate::repr(result_ty)
                            .into_iter()
                            .map(|t| Expr::Local(self.new_local(t)))
                            .collect(),
                    );
                    let assign = |value: Expr| -> Vec<Stmt> {
                        let slots: Vec<LocalIdx> =
                            flatten(result.clone()).iter().map(local).collect();
                        match slots.as_slice() {
                            [] => vec![Stmt::Drop(value)],
                            [slot] => vec![Stmt::SetLocal(*slot, value)],
                            _ => vec![Stmt::SetLocals(slots, value)],
                        }
                    };
                    let mut then = if value_ty == Ty::Never {
                        // Nothing is ever stored: the key is never found.
                        vec![Stmt::Drop(present), Stmt::Unreachable]
                    } else {
                        assign(present)
                    };
                    if method == "pop" && value_ty != Ty::Never {
                        self.dict_delete(dict.clone(), dict_ty, found.clone(), tag, &mut then);
                    }
                    let otherwise = match lowered.get(1) {
                        Some((default, default_ty)) => {
                            let mut stmts = Vec::new();
                            let default =
                                self.coerce(default.clone(), *default_ty, result_ty, &mut stmts);
                            stmts.extend(assign(default));
                            stmts
                        }
                        None if method == "get" => assign(self.coerce(
                            Expr::Values(Vec::new()),
                            Ty::None,
                            result_ty,
                            &mut Vec::new(),
                        )),
                        None => {
                            let site = self.site(span, Anchor::Whole);
                            vec![self.key_error(key, key_ty, site)]
                        }
                    };
                    out.push(Stmt::If {
                        cond: bin(BinOp::I32GeS, found, Expr::I32(0)),
                        then,
                        otherwise,
                    });
                    result
                }
            }
            "popitem" => {
                let message = self.str_lit("KeyError: 'popitem(): dictionary is empty'");
                let site = self.site(span, Anchor::Whole);
                out.push(Stmt::If {
                    cond: bin(BinOp::I32Eq, field(dict.clone(), LEN), Expr::I32(0)),
                    then: vec![Stmt::Raise { message, site }],
                    otherwise: Vec::new(),
                });
                // The last live entry.
                let entry = self.local_value(
                    ValTy::I32,
                    bin(BinOp::I32Sub, field(dict.clone(), USED), Expr::I32(1)),
                    &mut out,
                );
                out.push(loop_while(
                    bin(
                        BinOp::I32Eq,
                        word(dict.clone(), HASHES, entry.clone()),
                        Expr::I32(0),
                    ),
                    vec![Stmt::SetLocal(
                        local(&entry),
                        bin(BinOp::I32Sub, entry.clone(), Expr::I32(1)),
                    )],
                ));
                let key = self.load_elem(at(dict.clone(), KEYS), entry.clone(), key_ty);
                let key = self.temp(key_ty, key, &mut out);
                let value = self.load_elem(at(dict.clone(), VALUES), entry.clone(), value_ty);
                let value = self.temp(value_ty, value, &mut out);
                let tag = self.local_value(
                    ValTy::I32,
                    word(dict.clone(), HASHES, entry.clone()),
                    &mut out,
                );
                self.dict_delete(dict.clone(), dict_ty, entry.clone(), tag, &mut out);
                out.push(set_field(dict, USED, entry));
                crate::values(flatten(key).into_iter().chain(flatten(value)).collect())
            }
            "keys" | "values" | "items" => {
                let view = match method {
                    "keys" => DictView::Keys,
                    "values" => DictView::Values,
                    _ => DictView::Items,
                };
                let elem = self.list_elem(result_ty);
                self.dict_list(dict, dict_ty, view, elem, &mut out)
            }
            "update" => {
                let (other, other_ty) = lowered[0].clone();
                self.dict_update(dict, dict_ty, other, other_ty, span, &mut out);
                Expr::Values(Vec::new())
            }
            "clear" => {
                self.dict_buffers(dict, key_ty, value_ty, Expr::I32(INITIAL_CAP), &mut out);
                Expr::Values(Vec::new())
            }
            "most_common" => {
                let limit = lowered.first().map(|(n, ty)| self.to_i64(n.clone(), *ty));
                let elem = self.list_elem(result_ty);
                self.most_common(dict, dict_ty, limit, elem, span, &mut out)
            }
            _ => self.dict_copy(dict, dict_ty, &mut out),
        };
        crate::expr::block(out, value)
    }

    /// `dict.update(other)` of a dict (a local): each of `other`'s entries stored in turn.
    fn dict_update(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        other: Expr,
        other_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let mut body = Vec::new();
        let (item, _) =
            self.dict_entry_loop(other, other_ty, DictView::Items, None, &mut body, out);
        let parts = crate::func::split(item, Ty::tuple(&[key_ty, value_ty]));
        let mut parts = parts.into_iter();
        let (k, v) = (parts.next().expect("a key"), parts.next().expect("a value"));
        self.dict_store(dict, dict_ty, k, v, span, &mut body);
        self.finish_entry_loop(body, out);
    }

    /// `a | b` of dicts: a copy of `a` updated with `b`'s entries.
    pub(crate) fn dict_union(&mut self, a: Expr, b: Expr, dict_ty: Ty, span: Span) -> Expr {
        let mut out = Vec::new();
        let a = self.local_value(ValTy::Ref, a, &mut out);
        let b = self.local_value(ValTy::Ref, b, &mut out);
        let union = self.dict_copy(a, dict_ty, &mut out);
        let union = self.local_value(ValTy::Ref, union, &mut out);
        self.dict_update(union.clone(), dict_ty, b, dict_ty, span, &mut out);
        crate::expr::block(out, union)
    }

    /// `a |= b` of dicts: `a` (a local) updated in place.
    pub(crate) fn dict_update_in_place(
        &mut self,
        a: Expr,
        b: Expr,
        dict_ty: Ty,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let a = self.local_value(ValTy::Ref, a, out);
        let b = self.local_value(ValTy::Ref, b, out);
        self.dict_update(a, dict_ty, b, dict_ty, span, out);
    }

    /// A copy of the dict `dict`.
    pub(crate) fn dict_copy_of(&mut self, dict: Expr, dict_ty: Ty) -> Expr {
        let mut out = Vec::new();
        let dict = self.local_value(ValTy::Ref, dict, &mut out);
        let copy = self.dict_copy(dict, dict_ty, &mut out);
        crate::expr::block(out, copy)
    }

    /// copy() of a dict (a local): the same entries in fresh buffers of the same size.
    fn dict_copy(&mut self, dict: Expr, dict_ty: Ty, out: &mut Vec<Stmt>) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let cap = self.local_value(ValTy::I32, field(dict.clone(), CAP), out);
        let copy = self.dict_alloc(key_ty, value_ty, cap.clone(), out);
        let stride = |ty: Ty| Expr::I32(elem_layout(ty).stride as i32);
        let sizes = [
            (KEYS, bin(BinOp::I32Mul, cap.clone(), stride(key_ty))),
            (VALUES, bin(BinOp::I32Mul, cap.clone(), stride(value_ty))),
            (INDEX, bin(BinOp::I32Mul, cap.clone(), Expr::I32(8))),
            (HASHES, bin(BinOp::I32Mul, cap, Expr::I32(4))),
        ];
        for (offset, len) in sizes {
            out.push(Stmt::Copy {
                dst: load(MemTy::Ref, at(copy.clone(), offset)),
                src: load(MemTy::Ref, at(dict.clone(), offset)),
                len,
                short: true,
            });
        }
        for offset in [LEN, USED] {
            out.push(set_field(copy.clone(), offset, field(dict.clone(), offset)));
        }
        copy
    }

    /// A list of the keys, values or items of `dict` (a local).
    pub(crate) fn dict_list(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        view: DictView,
        elem: Ty,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let len = Expr::Unary(UnOp::I64ExtendI32U, Box::new(self.dict_len(dict.clone())));
        let list = self.list_alloc(elem, len, out);
        let n = self.local_value(ValTy::I32, Expr::I32(0), out);
        let mut body = Vec::new();
        let (item, item_ty) = self.dict_entry_loop(dict, dict_ty, view, None, &mut body, out);
        let item = self.coerce(item, item_ty, elem, &mut body);
        let item = self.temp(elem, item, &mut body);
        self.store_elem(list.clone(), n.clone(), elem, item, &mut body);
        body.push(Stmt::SetLocal(
            local(&n),
            bin(BinOp::I32Add, n.clone(), Expr::I32(1)),
        ));
        self.finish_entry_loop(body, out);
        list
    }

    /// Starts a loop over the live entries of `dict` (in a local): pushes the loop's set-up to
    /// `out` and the start of its body to `body`, and gives the entry's item in temporaries.
    /// With `changed`, each step first raises RuntimeError at that site when the dict's size is
    /// not what it was (as `for` over a dict does). The loop's exit is `Break(0)` at the top
    /// of the body; `exit` statements run first.
    pub(crate) fn dict_entry_loop(
        &mut self,
        dict: Expr,
        dict_ty: Ty,
        view: DictView,
        changed: Option<(Option<mir::Site>, Vec<Stmt>)>,
        body: &mut Vec<Stmt>,
        out: &mut Vec<Stmt>,
    ) -> (Expr, Ty) {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let dict = self.local_value(ValTy::Ref, dict, out);
        let i = self.local_value(ValTy::I32, Expr::I32(0), out);
        let mut exit = Vec::new();
        if let Some((site, on_exit)) = changed {
            let len = self.local_value(ValTy::I32, field(dict.clone(), LEN), out);
            let message = self.str_lit("RuntimeError: dictionary changed size during iteration");
            body.push(Stmt::If {
                cond: bin(BinOp::I32Ne, field(dict.clone(), LEN), len),
                then: vec![Stmt::Raise { message, site }],
                otherwise: Vec::new(),
            });
            exit = on_exit;
        }
        body.push(loop_while(
            bin(
                BinOp::I32And,
                bin(BinOp::I32LtS, i.clone(), field(dict.clone(), USED)),
                bin(
                    BinOp::I32Eq,
                    word(dict.clone(), HASHES, i.clone()),
                    Expr::I32(0),
                ),
            ),
            vec![Stmt::SetLocal(
                local(&i),
                bin(BinOp::I32Add, i.clone(), Expr::I32(1)),
            )],
        ));
        exit.push(Stmt::Break(0));
        body.push(Stmt::If {
            cond: not(bin(BinOp::I32LtS, i.clone(), field(dict.clone(), USED))),
            then: exit,
            otherwise: Vec::new(),
        });
        let key = self.load_elem(at(dict.clone(), KEYS), i.clone(), key_ty);
        let value = self.load_elem(at(dict, VALUES), i.clone(), value_ty);
        let (item, item_ty) = match view {
            DictView::Keys => (key, key_ty),
            DictView::Values => (value, value_ty),
            DictView::Items => {
                let key = self.temp(key_ty, key, body);
                let value = self.temp(value_ty, value, body);
                (
                    crate::values(flatten(key).into_iter().chain(flatten(value)).collect()),
                    Ty::tuple(&[key_ty, value_ty]),
                )
            }
        };
        let item = self.temp(item_ty, item, body);
        body.push(Stmt::SetLocal(
            local(&i),
            bin(BinOp::I32Add, i, Expr::I32(1)),
        ));
        (item, item_ty)
    }

    /// `a == b` of dicts (of one key type): the same number of entries, and each of `a`'s keys
    /// in `b` with an equal value. Order does not matter, as in CPython.
    pub(crate) fn dict_equal(&mut self, a: Expr, a_ty: Ty, b: Expr, b_ty: Ty, span: Span) -> Expr {
        let (key_ty, value_ty) = self.dict_types(a_ty);
        let (b_key_ty, b_value_ty) = self.dict_types(b_ty);
        let mut out = Vec::new();
        let a = self.local_value(ValTy::Ref, a, &mut out);
        let b = self.local_value(ValTy::Ref, b, &mut out);
        let same_len = bin(BinOp::I32Eq, field(a.clone(), LEN), field(b.clone(), LEN));
        let equal = self.local_value(ValTy::I32, same_len, &mut out);
        if key_ty == Ty::Never || b_key_ty == Ty::Never {
            return crate::expr::block(out, equal);
        }
        let mut check = Vec::new();
        let mut body = Vec::new();
        let (item, item_ty) =
            self.dict_entry_loop(a, a_ty, DictView::Items, None, &mut body, &mut check);
        let [key, value]: [Expr; 2] = crate::func::split(item, item_ty)
            .try_into()
            .expect("an item is a pair");
        let tag = self.dict_tag(key.clone(), key_ty, &mut body);
        let (found, _) = self.dict_lookup(b.clone(), key_ty, key, tag, span, &mut body);
        let differ = vec![Stmt::SetLocal(local(&equal), Expr::I32(0)), Stmt::Break(0)];
        body.push(Stmt::If {
            cond: bin(BinOp::I32LtS, found.clone(), Expr::I32(0)),
            then: differ.clone(),
            otherwise: Vec::new(),
        });
        let stored = self.load_elem(at(b, VALUES), found, b_value_ty);
        let same = self.compare(CmpOp::Eq, value, value_ty, stored, b_value_ty, span);
        body.push(Stmt::If {
            cond: not(same),
            then: differ,
            otherwise: Vec::new(),
        });
        self.finish_entry_loop(body, &mut check);
        out.push(Stmt::If {
            cond: equal.clone(),
            then: check,
            otherwise: Vec::new(),
        });
        crate::expr::block(out, equal)
    }

    pub(crate) fn finish_entry_loop(&mut self, mut body: Vec<Stmt>, out: &mut Vec<Stmt>) {
        body.push(Stmt::Continue(0));
        out.push(Stmt::Loop { body });
    }

    /// `repr(dict)`: `{k: v, ...}`, each key and value by its repr.
    pub(crate) fn dict_repr(&mut self, value: Expr, dict_ty: Ty) -> Expr {
        let (key_ty, _) = self.dict_types(dict_ty);
        let mut out = Vec::new();
        let dict = self.local_value(ValTy::Ref, value, &mut out);
        match self.dict_default(dict_ty) {
            Some(krait_infer::DictDefault::Counter) => {
                // `Counter({k: n, ...})` by descending count, or `Counter()`.
                let elem = Ty::tuple(&[key_ty, Ty::Int]);
                let empty = bin(BinOp::I32Eq, self.dict_len(dict.clone()), Expr::I32(0));
                let items = if key_ty == Ty::Never {
                    self.list_alloc(elem, Expr::I64(0), &mut out)
                } else {
                    let span = self.func.span;
                    self.most_common(dict, dict_ty, None, elem, span, &mut out)
                };
                let text = self.items_repr(items, elem);
                let open = self.str_lit("Counter(");
                let close = self.str_lit(")");
                let text = self.concat(vec![open, text, close]);
                let nothing = self.str_lit("Counter()");
                let text = Expr::IfElse {
                    cond: Box::new(empty),
                    then: Box::new(nothing),
                    otherwise: Box::new(text),
                    ty: vec![ValTy::Ref],
                };
                return crate::expr::block(out, text);
            }
            Some(krait_infer::DictDefault::Class(name)) => {
                let plain = self.plain_dict_repr(dict, dict_ty, &mut out);
                let open = self.str_lit(&format!("defaultdict(<class '{name}'>, "));
                let close = self.str_lit(")");
                let text = self.concat(vec![open, plain, close]);
                return crate::expr::block(out, text);
            }
            _ => {}
        }
        let text = self.plain_dict_repr(dict, dict_ty, &mut out);
        crate::expr::block(out, text)
    }

    /// `{k: v, ...}` of a list (a local) of `(key, value)` tuples.
    fn items_repr(&mut self, items: Expr, elem: Ty) -> Expr {
        let mut out = Vec::new();
        let [key_ty, value_ty] = elem.elements()[..] else {
            unreachable!("pairs")
        };
        let n = self.local_value(ValTy::I32, crate::list::list_len(items.clone()), &mut out);
        let pieces = self.local_value(
            ValTy::Ref,
            Expr::Alloc {
                size: Box::new(bin(BinOp::I32Mul, n.clone(), Expr::I32(4))),
                kind: mir::KIND_REFS,
            },
            &mut out,
        );
        if key_ty != Ty::Never {
            let j = self.local_value(ValTy::I32, Expr::I32(0), &mut out);
            let mut body = Vec::new();
            let item = self.load_elem(items, j.clone(), elem);
            let item = self.temp(elem, item, &mut body);
            let mut parts = crate::func::split(item, elem).into_iter();
            let (k, v) = (parts.next().expect("a key"), parts.next().expect("a value"));
            let k = self.repr_of(k, key_ty);
            let colon = self.str_lit(": ");
            let v = self.repr_of(v, value_ty);
            let piece = self.concat(vec![k, colon, v]);
            body.push(Stmt::Store {
                ty: MemTy::Ref,
                addr: bin(
                    BinOp::I32Add,
                    pieces.clone(),
                    bin(BinOp::I32Mul, j.clone(), Expr::I32(4)),
                ),
                value: piece,
            });
            body.push(Stmt::SetLocal(
                local(&j),
                bin(BinOp::I32Add, j.clone(), Expr::I32(1)),
            ));
            out.push(loop_while(bin(BinOp::I32LtS, j, n.clone()), body));
        }
        let separator = self.str_lit(", ");
        let joined = self.call_rt(
            "str_join",
            vec![
                separator,
                Expr::Unary(UnOp::I64ExtendI32U, Box::new(pieces)),
                Expr::Unary(UnOp::I64ExtendI32U, Box::new(n)),
            ],
        );
        let open = self.str_lit("{");
        let close = self.str_lit("}");
        let text = self.concat(vec![open, joined, close]);
        crate::expr::block(out, text)
    }

    /// `{k: v, ...}` of `dict` (a local), in insertion order.
    fn plain_dict_repr(&mut self, dict: Expr, dict_ty: Ty, out: &mut Vec<Stmt>) -> Expr {
        let (key_ty, value_ty) = self.dict_types(dict_ty);
        let mut out_inner = Vec::new();
        let out_ref = &mut out_inner;
        let n = self.local_value(ValTy::I32, self.dict_len(dict.clone()), out_ref);
        let pieces = self.local_value(
            ValTy::Ref,
            Expr::Alloc {
                size: Box::new(bin(BinOp::I32Mul, n.clone(), Expr::I32(4))),
                kind: mir::KIND_REFS,
            },
            out_ref,
        );
        if key_ty != Ty::Never && value_ty != Ty::Never {
            let j = self.local_value(ValTy::I32, Expr::I32(0), out_ref);
            let mut body = Vec::new();
            let (item, item_ty) =
                self.dict_entry_loop(dict, dict_ty, DictView::Items, None, &mut body, out_ref);
            let mut parts = crate::func::split(item, item_ty).into_iter();
            let (k, v) = (parts.next().expect("a key"), parts.next().expect("a value"));
            let k = self.repr_of(k, key_ty);
            let colon = self.str_lit(": ");
            let v = self.repr_of(v, value_ty);
            let piece = self.concat(vec![k, colon, v]);
            body.push(Stmt::Store {
                ty: MemTy::Ref,
                addr: bin(
                    BinOp::I32Add,
                    pieces.clone(),
                    bin(BinOp::I32Mul, j.clone(), Expr::I32(4)),
                ),
                value: piece,
            });
            body.push(Stmt::SetLocal(
                local(&j),
                bin(BinOp::I32Add, j.clone(), Expr::I32(1)),
            ));
            self.finish_entry_loop(body, out_ref);
        }
        let separator = self.str_lit(", ");
        let joined = self.call_rt(
            "str_join",
            vec![
                separator,
                Expr::Unary(UnOp::I64ExtendI32U, Box::new(pieces)),
                Expr::Unary(UnOp::I64ExtendI32U, Box::new(n)),
            ],
        );
        let open = self.str_lit("{");
        let close = self.str_lit("}");
        let text = self.concat(vec![open, joined, close]);
        out.extend(out_inner);
        text
    }
}

/// A zeroed buffer of `n` i32s that the collector does not scan.
fn raw_words(n: Expr) -> Expr {
    Expr::Alloc {
        size: Box::new(bin(BinOp::I32Mul, n, Expr::I32(4))),
        kind: mir::KIND_RAW,
    }
}
