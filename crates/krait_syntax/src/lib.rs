//! Parsing: Python source to the ruff AST, with syntax errors turned into diagnostics.
//!
//! The AST is ruff's (`ruff_python_ast`); krait keeps no AST of its own. Everything after this
//! phase reads the tree through `krait_resolve`, which is where unsupported constructs are named.

pub use ruff_python_ast as ast;

use krait_diagnostics::{Code, Diagnostic, FileId, Span};
use ruff_text_size::{TextRange, TextSize};

/// The parse of one file: its statements, or the first syntax error.
pub struct Parse {
    pub file: FileId,
    pub module: Option<ast::ModModule>,
    pub errors: Vec<Diagnostic>,
}

pub fn parse(file: FileId, text: &str) -> Parse {
    match ruff_python_parser::parse_module(text) {
        Ok(parsed) => Parse {
            file,
            module: Some(parsed.into_syntax()),
            errors: Vec::new(),
        },
        Err(error) => {
            let range =
                if error.location.is_empty() && usize::from(error.location.start()) >= text.len() {
                    // An error at the end of the file points at its last character.
                    let end = TextSize::try_from(text.len()).unwrap_or_default();
                    let start = end.checked_sub(TextSize::from(1)).unwrap_or(end);
                    TextRange::new(start, end)
                } else {
                    error.location
                };
            let message = format!("invalid syntax: {}", error.error);
            let diagnostic =
                Diagnostic::error(Code::Syntax, Span { file, range }, message).with_label("here");
            Parse {
                file,
                module: None,
                errors: vec![diagnostic],
            }
        }
    }
}
