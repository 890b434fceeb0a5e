//! Literal format templates: `"..." % args` and `"...".format(...)`, parsed at compile time
//! into the pieces of an f-string (a printf-style `%5.2f` becomes the format spec `>5.2f`).
//! What has no f-string equivalent is reported as a feature not supported yet.

use krait_hir::Conversion;

/// Which argument a replacement field takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FieldRef {
    /// The next positional argument (`%s`, `{}`).
    Next,
    /// `{0}`.
    Index(usize),
    /// `{name}`.
    Name(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    Literal(String),
    Field {
        arg: FieldRef,
        conversion: Conversion,
        spec: String,
        /// `%d`, `%i`, `%u`: a float argument is truncated to an int first.
        integer: bool,
    },
}

/// Parses a printf-style template; the error names the unsupported feature.
pub(crate) fn parse_percent(template: &str) -> Result<Vec<Piece>, String> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            literal.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&first) = chars.get(i) else {
            return Err("a `%` template ending in `%` (CPython: incomplete format)".to_owned());
        };
        if first == '%' {
            literal.push('%');
            i += 1;
            continue;
        }
        if first == '(' {
            return Err("`%(name)` fields in `%` formatting".to_owned());
        }
        let (mut minus, mut plus, mut space, mut alt, mut zero) =
            (false, false, false, false, false);
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => minus = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let digits = |i: &mut usize| {
            let start = *i;
            while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            chars[start..*i].iter().collect::<String>()
        };
        if chars.get(i) == Some(&'*') {
            return Err("`*` widths in `%` formatting".to_owned());
        }
        let width = digits(&mut i);
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                return Err("`*` precisions in `%` formatting".to_owned());
            }
            precision = Some(digits(&mut i));
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&kind) = chars.get(i) else {
            return Err(
                "a `%` template ending inside a field (CPython: incomplete format)".to_owned(),
            );
        };
        i += 1;
        let align = if minus {
            "<"
        } else if width.is_empty() {
            ""
        } else {
            ">"
        };
        let sign = if plus {
            "+"
        } else if space {
            " "
        } else {
            ""
        };
        let zero = if zero && !minus { "0" } else { "" };
        let alt = if alt { "#" } else { "" };
        let precision_text = precision.as_ref().map_or(String::new(), |p| {
            format!(".{}", if p.is_empty() { "0" } else { p })
        });
        let (conversion, spec, integer) = match kind {
            's' | 'r' => {
                let conversion = if kind == 's' {
                    Conversion::Str
                } else {
                    Conversion::Repr
                };
                (conversion, format!("{align}{width}{precision_text}"), false)
            }
            'd' | 'i' | 'u' => {
                if precision.is_some() {
                    return Err("a precision with `%d` in `%` formatting".to_owned());
                }
                let align = if minus { "<" } else { "" };
                (
                    Conversion::None,
                    format!("{align}{sign}{zero}{width}d"),
                    true,
                )
            }
            'x' | 'X' | 'o' => {
                if precision.is_some() {
                    return Err(format!("a precision with `%{kind}` in `%` formatting"));
                }
                let align = if minus { "<" } else { "" };
                (
                    Conversion::None,
                    format!("{align}{sign}{alt}{zero}{width}{kind}"),
                    false,
                )
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let align = if minus { "<" } else { "" };
                let precision_text = if precision.is_some() {
                    precision_text
                } else {
                    ".6".to_owned()
                };
                let spec = format!("{align}{sign}{alt}{zero}{width}{precision_text}{kind}");
                (Conversion::None, spec, false)
            }
            other => return Err(format!("`%{other}` in `%` formatting")),
        };
        if !literal.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(&mut literal)));
        }
        pieces.push(Piece::Field {
            arg: FieldRef::Next,
            conversion,
            spec,
            integer,
        });
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// Parses a `str.format` template; the error names the unsupported feature (or CPython's
/// complaint about a malformed template).
pub(crate) fn parse_brace(template: &str) -> Result<Vec<Piece>, String> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => {
                literal.push('{');
                i += 2;
            }
            '}' if chars.get(i + 1) == Some(&'}') => {
                literal.push('}');
                i += 2;
            }
            '}' => return Err("a single '}' in a format string".to_owned()),
            '{' => {
                let close = chars[i..]
                    .iter()
                    .position(|&c| c == '}')
                    .ok_or("a '{' without its '}' in a format string")?;
                let field: String = chars[i + 1..i + close].iter().collect();
                i += close + 1;
                if field.contains('{') {
                    return Err("nested replacement fields in `format`".to_owned());
                }
                let (head, spec) = match field.split_once(':') {
                    Some((head, spec)) => (head, spec.to_owned()),
                    None => (field.as_str(), String::new()),
                };
                let (name, conversion) = match head.split_once('!') {
                    Some((name, "s")) => (name, Conversion::Str),
                    Some((name, "r")) => (name, Conversion::Repr),
                    Some((_, other)) => {
                        return Err(format!("the conversion `!{other}` in `format`"));
                    }
                    None => (head, Conversion::None),
                };
                let arg = if name.is_empty() {
                    FieldRef::Next
                } else if let Ok(n) = name.parse::<usize>() {
                    FieldRef::Index(n)
                } else if name.chars().all(|c| c == '_' || c.is_alphanumeric()) {
                    FieldRef::Name(name.to_owned())
                } else {
                    return Err("attribute or item access in `format` fields".to_owned());
                };
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Field {
                    arg,
                    conversion,
                    spec,
                    integer: false,
                });
            }
            c => {
                literal.push(c);
                i += 1;
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}
