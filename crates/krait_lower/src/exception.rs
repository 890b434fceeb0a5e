//! Exceptions as values: which classes an `except` clause matches, the text of an exception
//! of the program's classes, and turning such objects into the lines a traceback prints.
//!
//! An exception in flight (the `exc` global, a handler's local, a `Ty::Exc` value) is either
//! the static or heap str "Type: message" of a built-in exception, or an instance of one of the
//! program's exception classes (the runtime's `exc_is_object` tells them apart by the heap
//! block's kind). Instances are turned into their "Type: message" line only when a traceback
//! is about to print them, so raising and catching them formats nothing.

use crate::expr::{block, if_else};
use crate::func::{FnLower, bin};
use crate::site::Anchor;
use krait_hir::{BuiltinExc, ExcClass};
use krait_mir::{self as mir, BinOp, Expr, Stmt, ValTy};
use krait_types::{ClassId, Ty};

impl FnLower<'_, '_> {
    /// The program's exception classes that derive from no class of the program.
    fn exception_roots(&self) -> Vec<ClassId> {
        let classes = &self.cx.program.classes;
        (0..classes.len() as u32)
            .map(ClassId)
            .filter(|c| {
                let class = &classes[c.index()];
                class.exception.is_some() && class.base.is_none()
            })
            .collect()
    }

    /// `e.args`, a tuple of type `ty`: the tuple an exception object of the program's classes
    /// keeps, or the one str argument in a built-in exception's text (krait's TypeError when it
    /// was made with another; inference gives `ty` one str only where that can be caught).
    pub(crate) fn exception_args_tuple(&mut self, e: Expr, ty: Ty) -> Expr {
        let slots = crate::repr(ty);
        let unreachable = |slots: &[ValTy]| {
            block(
                vec![Stmt::Unreachable],
                crate::values(slots.iter().map(|&t| crate::generator::zero(t)).collect()),
            )
        };
        let mut stmts = Vec::new();
        let e = self.temp(Ty::Exc, e, &mut stmts);
        let builtin = if ty == Ty::tuple(&[Ty::Str]) {
            self.call_rt("exc_args_message", vec![e.clone()])
        } else {
            unreachable(&slots)
        };
        let mut object = unreachable(&slots);
        for root in self.exception_roots().into_iter().rev() {
            let root_ty = Ty::Instance {
                class: root,
                nullable: false,
            };
            let field = self
                .cx
                .layout(root)
                .fields
                .iter()
                .find_map(|f| (f.name == krait_hir::EXCEPTION_ARGS_TUPLE).then_some(f.ty));
            // Inference made `ty` the join of what the classes the handler catches keep.
            let Some(field_ty) = field.filter(|&f| f.join(ty) == krait_types::Join::Same(ty))
            else {
                continue;
            };
            let mut read = Vec::new();
            let tuple = self.load_field(e.clone(), root_ty, krait_hir::EXCEPTION_ARGS_TUPLE);
            let tuple = self.coerce(tuple, field_ty, ty, &mut read);
            let members = self.cx.program.subclasses(root);
            let in_root = crate::class::one_of(crate::class::class_of(e.clone()), &members);
            object = if_else(in_root, block(read, tuple), object, slots.clone());
        }
        let is_object = self.call_rt("exc_is_object", vec![e]);
        block(stmts, if_else(is_object, object, builtin, slots))
    }

    /// Whether the exception in `caught` is an instance of one of `classes`; None when it
    /// always is (every exception krait raises is an `Exception`).
    pub(crate) fn exception_test(
        &mut self,
        caught: mir::LocalIdx,
        classes: &[ExcClass],
    ) -> Option<Expr> {
        let builtins: Vec<BuiltinExc> = classes
            .iter()
            .filter_map(|c| match c {
                ExcClass::Builtin(b) => Some(*b),
                ExcClass::User(_) => None,
            })
            .collect();
        let everything = builtins.contains(&BuiltinExc::Exception);
        if classes.is_empty()
            || builtins.contains(&BuiltinExc::BaseException)
            || (everything && !self.cx.raises_system_exit)
        {
            return None;
        }
        let text_test = if everything {
            // Every built-in exception but SystemExit is an Exception.
            let names = self.str_lit("|SystemExit|");
            let exit = self.call_rt("exc_matches", vec![Expr::Local(caught), names]);
            crate::func::not(exit)
        } else {
            let mut names = String::from("|");
            for class in BuiltinExc::ALL {
                if builtins.iter().any(|&c| class.is_subclass(c)) {
                    names.push_str(class.name());
                    names.push('|');
                }
            }
            if names.len() > 1 {
                let names = self.str_lit(&names);
                self.call_rt("exc_matches", vec![Expr::Local(caught), names])
            } else {
                Expr::I32(0)
            }
        };
        let program = self.cx.program;
        if self.exception_roots().is_empty() {
            return Some(text_test);
        }
        let matching: Vec<ClassId> = (0..program.classes.len() as u32)
            .map(ClassId)
            .filter(|&k| {
                let Some(builtin) = program.classes[k.index()].exception else {
                    return false;
                };
                builtins.iter().any(|&b| builtin.is_subclass(b))
                    || classes.iter().any(
                        |c| matches!(c, ExcClass::User(u) if program.subclasses(*u).contains(&k)),
                    )
            })
            .collect();
        let class = crate::class::class_of(Expr::Local(caught));
        let object_test = crate::class::one_of(class, &matching);
        let is_object = self.call_rt("exc_is_object", vec![Expr::Local(caught)]);
        Some(if_else(is_object, object_test, text_test, vec![ValTy::I32]))
    }

    /// The "Type: message" line of the exception `e` (a `Ty::Exc` value), as a traceback
    /// prints it.
    pub(crate) fn exception_line(&mut self, e: Expr) -> Expr {
        let roots = self.exception_roots();
        if roots.is_empty() {
            return e;
        }
        let mut stmts = Vec::new();
        let e = self.temp(Ty::Exc, e, &mut stmts);
        let mut line = e.clone();
        for root in roots.into_iter().rev() {
            let ty = Ty::Instance {
                class: root,
                nullable: false,
            };
            let name = self.type_name(e.clone(), ty);
            let text = self.str_of(e.clone(), ty);
            let of_root = self.call_rt("exc_line", vec![name, text]);
            let members = self.cx.program.subclasses(root);
            let in_root = crate::class::one_of(crate::class::class_of(e.clone()), &members);
            line = if_else(in_root, of_root, line, vec![ValTy::Ref]);
        }
        let is_object = self.call_rt("exc_is_object", vec![e.clone()]);
        block(stmts, if_else(is_object, line, e, vec![ValTy::Ref]))
    }

    /// `str()` of an exception in the `args` tuple's terms (BaseException's `__str__`).
    /// What `repr()` of an exception made with `args` (a tuple) shows between the parentheses.
    pub(crate) fn exception_args(&mut self, args: Expr, ty: Ty) -> Expr {
        let elements = ty.elements();
        match elements.len() {
            0 => block(vec![Stmt::Drop(args)], self.str_lit("")),
            1 => self.repr_of(args, elements[0]),
            _ => {
                let text = self.repr_of(args, ty);
                self.call_rt("exc_args_inner", vec![text])
            }
        }
    }

    /// The text of `raise exception(args...)` for a built-in exception class (see
    /// `ExprKind::BuiltinExceptionText`), marked for `repr()` where its message is not the
    /// repr of its one argument.
    pub(crate) fn builtin_exception_text(
        &mut self,
        exception: BuiltinExc,
        args: Expr,
        ty: Ty,
    ) -> Expr {
        let elements = ty.elements();
        let key = exception == BuiltinExc::KeyError && elements.len() == 1;
        let message = if key {
            self.repr_of(args, elements[0])
        } else {
            self.exception_text(args, ty)
        };
        let name = self.str_lit(exception.name());
        let line = self.call_rt("exc_line", vec![name, message]);
        match elements[..] {
            [Ty::Str] => line,
            [_] if key => line,
            [_] => self.call_rt("exc_unquoted", vec![line, Expr::I32(0)]),
            [] => line,
            _ => self.call_rt("exc_unquoted", vec![line, Expr::I32(1)]),
        }
    }

    /// `repr(e)` of an exception: its class's `__repr__` for the program's classes, else the
    /// class name and the argument's repr.
    pub(crate) fn exception_repr(&mut self, e: Expr) -> Expr {
        let roots = self.exception_roots();
        if roots.is_empty() {
            return self.call_rt("exc_repr", vec![e]);
        }
        let mut stmts = Vec::new();
        let e = self.temp(Ty::Exc, e, &mut stmts);
        // Every object is an instance of one of the roots.
        let mut text = Expr::Unreachable;
        for root in roots.into_iter().rev() {
            let ty = Ty::Instance {
                class: root,
                nullable: false,
            };
            let of_root = self.repr_of(e.clone(), ty);
            let members = self.cx.program.subclasses(root);
            let in_root = crate::class::one_of(crate::class::class_of(e.clone()), &members);
            text = if_else(in_root, of_root, text, vec![ValTy::Ref]);
        }
        let is_object = self.call_rt("exc_is_object", vec![e.clone()]);
        let builtin = self.call_rt("exc_repr", vec![e]);
        block(stmts, if_else(is_object, text, builtin, vec![ValTy::Ref]))
    }

    pub(crate) fn exception_text(&mut self, args: Expr, ty: Ty) -> Expr {
        let elements = ty.elements();
        match elements.len() {
            0 => block(vec![Stmt::Drop(args)], self.str_lit("")),
            1 => self.str_of(args, elements[0]),
            _ => self.repr_of(args, ty),
        }
    }

    /// Wraps a module body so that an exception of the program's classes leaving it is turned
    /// into its line (and so are those it was raised while handling): the runtime prints
    /// tracebacks from text alone.
    pub(crate) fn print_ready(&mut self, body: Vec<Stmt>) -> Vec<Stmt> {
        if self.exception_roots().is_empty() {
            return body;
        }
        let exc = self.cx.exc;
        let caught = self.new_local(ValTy::Ref);
        let index = self.new_local(ValTy::I32);
        let context = self.new_local(ValTy::Ref);
        let line = self.exception_line(Expr::Local(caught));
        let context_line = self.exception_line(Expr::Local(context));
        let next = self.call_rt("next_object_context", vec![widen(Expr::Local(index))]);
        let entry = bin(
            BinOp::I32Add,
            Expr::I32(mir::TRACEBACK as i32 + 4),
            bin(BinOp::I32Mul, Expr::Local(index), Expr::I32(4)),
        );
        let handler = vec![
            Stmt::SetLocal(caught, Expr::Global(exc)),
            Stmt::SetGlobal(exc, Expr::I32(0)),
            Stmt::SetLocal(caught, line),
            Stmt::SetLocal(index, Expr::I32(0)),
            Stmt::Loop {
                body: vec![
                    Stmt::SetLocal(index, Expr::Unary(mir::UnOp::I32WrapI64, Box::new(next))),
                    Stmt::If {
                        cond: bin(BinOp::I32LtS, Expr::Local(index), Expr::I32(0)),
                        then: vec![Stmt::Break(0)],
                        otherwise: Vec::new(),
                    },
                    Stmt::SetLocal(context, Expr::TracebackFrame(Box::new(Expr::Local(index)))),
                    Stmt::Store {
                        ty: mir::MemTy::I32,
                        addr: entry,
                        value: context_line,
                    },
                    Stmt::SetLocal(index, bin(BinOp::I32Add, Expr::Local(index), Expr::I32(1))),
                    Stmt::Continue(0),
                ],
            },
            Stmt::Raise {
                message: Expr::Local(caught),
                site: None,
            },
        ];
        vec![Stmt::Try { body, handler }]
    }

    /// The statements of a comprehension that runs in a frame of its own (CPython 3.11's
    /// `<listcomp>` and the like): their sites name that frame, and an exception leaving them
    /// once the frame runs records the enclosing frame's line too.
    pub(crate) fn in_comp_frame(
        &mut self,
        frame: &krait_hir::CompFrame,
        stmts: &[krait_hir::Stmt],
    ) -> Vec<Stmt> {
        let evaluated = self.new_local(ValTy::I32);
        self.comp_frames.push(crate::func::CompFrameLower {
            name: frame.name,
            outer: frame.outer.clone(),
            evaluated,
        });
        let body = self.block(stmts);
        self.comp_frames.pop();
        let site = self.site(frame.span, Anchor::Whole);
        let exc = self.cx.exc;
        let running = bin(
            BinOp::I32Eq,
            Expr::Local(evaluated),
            Expr::I32(frame.outer.len() as i32),
        );
        let handler = vec![Stmt::If {
            cond: running,
            then: vec![Stmt::Raise {
                message: Expr::Global(exc),
                site,
            }],
            otherwise: vec![Stmt::Raise {
                message: Expr::Global(exc),
                site: None,
            }],
        }];
        vec![
            Stmt::SetLocal(evaluated, Expr::I32(0)),
            Stmt::Try { body, handler },
        ]
    }
}

fn widen(value: Expr) -> Expr {
    Expr::Unary(mir::UnOp::I64ExtendI32U, Box::new(value))
}
