//! Traceback sites: the text CPython 3.11 prints for a frame, computed at compile time.

use krait_diagnostics::{SourceFile, Span};

/// How the caret line marks the failing expression.
#[derive(Clone, Copy)]
pub(crate) enum Anchor {
    /// `^` under the whole expression (calls).
    Whole,
    /// `~` under the operands and `^` under the operator of a binary operation whose operands
    /// end and start at these byte offsets.
    BinOp { left_end: u32, right_start: u32 },
    /// `~` under the expression but `^` from byte `from` to byte `to` (subscripts).
    Secondary { from: u32, to: u32 },
    /// No caret line: the line alone (a `for` statement's implicit `next()`).
    Line,
}

/// `  File "path", line N, in name\n    source\n    carets\n`, as CPython 3.11 prints a frame.
pub(crate) fn frame_text(
    file: &SourceFile,
    path: &str,
    func_name: &str,
    span: Span,
    anchor: Anchor,
) -> String {
    let start = u32::from(span.range.start()) as usize;
    let end = u32::from(span.range.end()) as usize;
    let (line, col) = file.line_col(span.range.start());
    let (end_line, end_col) = file.line_col(span.range.end());
    let text = file.line_text(line);
    let stripped = text.trim();
    let indent = text.chars().count() - text.trim_start().chars().count();
    let mut out = format!("  File \"{path}\", line {line}, in {func_name}\n");
    if stripped.is_empty() {
        return out;
    }
    out.push_str(&format!("    {stripped}\n"));
    if end_line != line {
        return out;
    }
    let (start_col, end_col) = (col - 1, end_col - 1);
    let anchors = match anchor {
        Anchor::Line => return out,
        Anchor::Whole => None,
        Anchor::Secondary { from, to } => {
            let source = &file.text;
            let (from, to) = (
                (from as usize).clamp(start, end),
                (to as usize).clamp(start, end),
            );
            Some((
                source[start..from].chars().count(),
                source[start..to].chars().count(),
            ))
        }
        Anchor::BinOp {
            left_end,
            right_start,
        } => {
            let source = &file.text;
            let mut found = None;
            let mut i = left_end as usize;
            while i < right_start as usize {
                let c = source.as_bytes()[i];
                if !(c == b' '
                    || c == b'\t'
                    || c == b'\x0c'
                    || c == b'\n'
                    || c == b'\r'
                    || c == b'\\')
                {
                    let mut right = i + 1;
                    if right < right_start as usize
                        && !source.as_bytes()[right].is_ascii_whitespace()
                    {
                        right += 1;
                    }
                    found = Some((
                        source[start..i].chars().count(),
                        source[start..right].chars().count(),
                    ));
                    break;
                }
                i += 1;
            }
            found
        }
    };
    let width = end_col - start_col;
    if anchors.is_none() && width == stripped.chars().count() {
        return out;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start_col - indent));
    for i in 0..width {
        let c = match anchors {
            Some((left, right)) if i >= left && i < right => '^',
            Some(_) => '~',
            None => '^',
        };
        out.push(c);
    }
    out.push('\n');
    out
}
