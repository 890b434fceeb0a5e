//! Diagnostics: what every phase reports to the user, and how it is rendered.
//!
//! A [`Diagnostic`] is plain data (a code, a message, a primary span, an optional help line);
//! phases collect them and keep going. [`render`] turns one into the text a user sees:
//! `file:line:col`, the source line and a caret under the span, as rustc does.

use ruff_text_size::{TextRange, TextSize};

/// A source file the compiler reads: its path as the user wrote it, and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Byte offset of the start of each line, for line lookups in logarithmic time.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// One-based line and column (in characters) of `offset`.
    pub fn line_col(&self, offset: TextSize) -> (usize, usize) {
        let offset = usize::from(offset).min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let col = self.text[line_start..offset].chars().count() + 1;
        (line, col)
    }

    /// The text of one-based line `line`, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        self.text[start..end].trim_end_matches('\r')
    }
}

/// Index of a file in the compilation's list of source files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileId(pub u32);

/// A range of bytes in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub file: FileId,
    pub range: TextRange,
}

impl Span {
    /// This span with `extra` more bytes at its end (a receiver's to `receiver.name`).
    pub fn extended(self, extra: u32) -> Span {
        let range = TextRange::new(self.range.start(), self.range.end() + TextSize::from(extra));
        Span {
            file: self.file,
            range,
        }
    }
}

/// The stable codes of the diagnostics krait reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The parser rejected the source.
    Syntax,
    /// Valid Python that krait does not compile yet.
    Unsupported,
    /// A name that no scope defines.
    UndefinedName,
    /// A call whose arguments do not fit the callee.
    BadCall,
    /// Operand or value types that Python itself rejects (a `TypeError` at compile time).
    TypeMismatch,
    /// A program file or module that cannot be read.
    Io,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "K0001",
            Code::Unsupported => "K0002",
            Code::UndefinedName => "K0003",
            Code::BadCall => "K0004",
            Code::TypeMismatch => "K0005",
            Code::Io => "K0006",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub span: Option<Span>,
    /// The label under the caret.
    pub label: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span: Some(span),
            label: String::new(),
            help: None,
        }
    }

    /// A construct that is valid Python but not compiled by krait yet.
    pub fn unsupported(span: Span, feature: impl Into<String>) -> Self {
        let feature = feature.into();
        Diagnostic {
            code: Code::Unsupported,
            message: format!("not supported yet: {feature}"),
            span: Some(span),
            label: "unsupported feature".to_owned(),
            help: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Renders `diagnostic` as rustc does, with the file path as the user gave it.
pub fn render(diagnostic: &Diagnostic, files: &[SourceFile]) -> String {
    let mut out = format!(
        "error[{}]: {}\n",
        diagnostic.code.as_str(),
        diagnostic.message
    );
    if let Some(span) = diagnostic.span {
        let file = &files[span.file.0 as usize];
        let (line, col) = file.line_col(span.range.start());
        let (end_line, end_col) = file.line_col(span.range.end());
        let text = file.line_text(line);
        let width = line.to_string().len();
        let pad = " ".repeat(width);
        let n_carets = if end_line == line && end_col > col {
            end_col - col
        } else if end_line == line {
            1
        } else {
            (text.chars().count() + 1).saturating_sub(col).max(1)
        };
        let lead: String = text
            .chars()
            .take(col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!("{pad}--> {}:{line}:{col}\n", file.path));
        out.push_str(&format!("{pad} |\n"));
        out.push_str(&format!("{line} | {text}\n"));
        let label = if diagnostic.label.is_empty() {
            String::new()
        } else {
            format!(" {}", diagnostic.label)
        };
        out.push_str(&format!("{pad} | {lead}{}{label}\n", "^".repeat(n_carets)));
    }
    if let Some(help) = &diagnostic.help {
        let width = diagnostic
            .span
            .map(|span| {
                files[span.file.0 as usize]
                    .line_col(span.range.start())
                    .0
                    .to_string()
                    .len()
            })
            .unwrap_or(0);
        out.push_str(&format!("{} = help: {help}\n", " ".repeat(width)));
    }
    out
}
