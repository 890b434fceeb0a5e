//! A deterministic text form of MIR, for tests and `krait mir`.

use crate::{Expr, Module, Stmt};
use std::fmt::Write;

pub fn print_module(module: &Module) -> String {
    let mut out = String::new();
    for (i, global) in module.globals.iter().enumerate() {
        let _ = writeln!(out, "global g{i}: {:?} ; {}", global.ty, global.name);
    }
    for (i, func) in module.funcs.iter().enumerate() {
        let params: Vec<_> = func.locals[..func.n_params as usize]
            .iter()
            .map(|t| format!("{t:?}"))
            .collect();
        let _ = writeln!(
            out,
            "fn f{i} {}({}) -> {:?}{} {{",
            func.name,
            params.join(", "),
            func.results,
            if func.may_raise { " raises" } else { "" }
        );
        for (j, ty) in func.locals.iter().enumerate().skip(func.n_params as usize) {
            let _ = writeln!(out, "  local l{j}: {ty:?}");
        }
        for stmt in &func.body {
            stmt_to(&mut out, stmt, 1);
        }
        out.push_str("}\n");
    }
    out
}

fn stmt_to(out: &mut String, stmt: &Stmt, depth: usize) {
    let pad = "  ".repeat(depth);
    match stmt {
        Stmt::If {
            cond,
            then,
            otherwise,
        } => {
            let _ = writeln!(out, "{pad}if {} {{", expr(cond));
            then.iter().for_each(|s| stmt_to(out, s, depth + 1));
            if !otherwise.is_empty() {
                let _ = writeln!(out, "{pad}}} else {{");
                otherwise.iter().for_each(|s| stmt_to(out, s, depth + 1));
            }
            let _ = writeln!(out, "{pad}}}");
        }
        Stmt::Loop { body } => {
            let _ = writeln!(out, "{pad}loop {{");
            body.iter().for_each(|s| stmt_to(out, s, depth + 1));
            let _ = writeln!(out, "{pad}}}");
        }
        Stmt::Try { body, handler } => {
            let _ = writeln!(out, "{pad}try {{");
            body.iter().for_each(|s| stmt_to(out, s, depth + 1));
            let _ = writeln!(out, "{pad}}} catch {{");
            handler.iter().for_each(|s| stmt_to(out, s, depth + 1));
            let _ = writeln!(out, "{pad}}}");
        }
        Stmt::SetLocal(l, e) => {
            let _ = writeln!(out, "{pad}l{} = {}", l.0, expr(e));
        }
        Stmt::SetLocals(locals, e) => {
            let locals: Vec<_> = locals.iter().map(|l| format!("l{}", l.0)).collect();
            let _ = writeln!(out, "{pad}{} = {}", locals.join(", "), expr(e));
        }
        Stmt::SetGlobal(g, e) => {
            let _ = writeln!(out, "{pad}g{} = {}", g.0, expr(e));
        }
        Stmt::Drop(e) => {
            let _ = writeln!(out, "{pad}drop {}", expr(e));
        }
        Stmt::Store { ty, addr, value } => {
            let _ = writeln!(out, "{pad}store.{ty:?} [{}] = {}", expr(addr), expr(value));
        }
        Stmt::Break(d) => {
            let _ = writeln!(out, "{pad}break {d}");
        }
        Stmt::Continue(d) => {
            let _ = writeln!(out, "{pad}continue {d}");
        }
        Stmt::Return(values) => {
            let values: Vec<_> = values.iter().map(expr).collect();
            let _ = writeln!(out, "{pad}return {}", values.join(", "));
        }
        Stmt::Yield(values) => {
            let values: Vec<_> = values.iter().map(expr).collect();
            let _ = writeln!(out, "{pad}yield {}", values.join(", "));
        }
        Stmt::Raise { message, site } => {
            let _ = writeln!(out, "{pad}raise {} at {site:?}", expr(message));
        }
        Stmt::Exit(code) => {
            let _ = writeln!(out, "{pad}exit {}", expr(code));
        }
        Stmt::Write { fd, addr, len } => {
            let _ = writeln!(out, "{pad}write {} {} {}", expr(fd), expr(addr), expr(len));
        }
        Stmt::Copy { dst, src, len, .. } => {
            let _ = writeln!(out, "{pad}copy {} {} {}", expr(dst), expr(src), expr(len));
        }
        Stmt::ArgsSizesGet(a, b) => {
            let _ = writeln!(out, "{pad}args_sizes_get {} {}", expr(a), expr(b));
        }
        Stmt::ArgsGet(a, b) => {
            let _ = writeln!(out, "{pad}args_get {} {}", expr(a), expr(b));
        }
        Stmt::FdRead(a, b) => {
            let _ = writeln!(out, "{pad}fd_read {} {}", expr(a), expr(b));
        }
        Stmt::RandomGet(a, b) => {
            let _ = writeln!(out, "{pad}random_get {} {}", expr(a), expr(b));
        }
        Stmt::Unreachable => {
            let _ = writeln!(out, "{pad}unreachable");
        }
    }
}

fn expr(e: &Expr) -> String {
    match e {
        Expr::I32(v) => format!("{v}i32"),
        Expr::I64(v) => format!("{v}i64"),
        Expr::F64(v) => format!("{v:?}f64"),
        Expr::Local(l) => format!("l{}", l.0),
        Expr::Global(g) => format!("g{}", g.0),
        Expr::Unary(op, a) => format!("{op:?}({})", expr(a)),
        Expr::Binary(op, a, b) => format!("{op:?}({}, {})", expr(a), expr(b)),
        Expr::Checked { op, lhs, rhs, .. } => {
            format!("checked.{op:?}({}, {})", expr(lhs), expr(rhs))
        }
        Expr::Call { func, args, .. } => {
            let args: Vec<_> = args.iter().map(expr).collect();
            format!("call f{}({})", func.0, args.join(", "))
        }
        Expr::Load { ty, addr } => format!("load.{ty:?}[{}]", expr(addr)),
        Expr::Alloc { size, kind } => format!("alloc({}, kind {kind})", expr(size)),
        Expr::MemorySize => "memory.size".to_owned(),
        Expr::MemoryGrow(pages) => format!("memory.grow({})", expr(pages)),
        Expr::IfElse {
            cond,
            then,
            otherwise,
            ..
        } => {
            format!("({} ? {} : {})", expr(cond), expr(then), expr(otherwise))
        }
        Expr::Block { stmts, value } => {
            let mut inner = String::new();
            stmts.iter().for_each(|s| stmt_to(&mut inner, s, 0));
            format!(
                "{{ {}; {} }}",
                inner.trim_end().replace('\n', "; "),
                expr(value)
            )
        }
        Expr::Values(values) => {
            let values: Vec<_> = values.iter().map(expr).collect();
            format!("({})", values.join(", "))
        }
        Expr::TracebackLen => "traceback_len".to_owned(),
        Expr::Unreachable => "unreachable".to_owned(),
        Expr::TracebackFrame(i) => format!("traceback_frame({})", expr(i)),
    }
}
