//! What a module's top-level imports bind, read from its syntax before names are resolved:
//! enough to recognise the definitions the driver generates library modules for
//! (`namedtuple`, `enums`) by the standard library names they use.

use krait_syntax::ast;

/// A module's top-level `import m [as a]` and `from m import n [as a]` statements.
pub(crate) struct TopImports<'a> {
    /// (module, bound name) of each `import`.
    modules: Vec<(&'a str, &'a str)>,
    /// (module, name, bound name) of each name a `from` import binds.
    names: Vec<(&'a str, &'a str, &'a str)>,
}

impl<'a> TopImports<'a> {
    pub(crate) fn of(module: &'a ast::ModModule) -> Self {
        let mut imports = TopImports {
            modules: Vec::new(),
            names: Vec::new(),
        };
        for stmt in &module.body {
            match stmt {
                ast::Stmt::Import(import) => {
                    for alias in &import.names {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                        imports.modules.push((alias.name.as_str(), bound));
                    }
                }
                ast::Stmt::ImportFrom(import) if import.level == 0 => {
                    let Some(from) = &import.module else {
                        continue;
                    };
                    for alias in &import.names {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                        imports
                            .names
                            .push((from.as_str(), alias.name.as_str(), bound));
                    }
                }
                _ => {}
            }
        }
        imports
    }

    /// Whether `expr` names `module.name`: a name bound by `from module import name`, or
    /// `m.name` of a name bound by `import module`.
    pub(crate) fn names(&self, expr: &ast::Expr, module: &str, name: &str) -> bool {
        match expr {
            ast::Expr::Name(bound) => self
                .names
                .iter()
                .any(|&(m, n, b)| m == module && n == name && b == bound.id.as_str()),
            ast::Expr::Attribute(attribute) => {
                attribute.attr.as_str() == name
                    && matches!(&*attribute.value, ast::Expr::Name(bound)
                        if self.modules.iter().any(|&(m, b)| m == module && b == bound.id.as_str()))
            }
            _ => false,
        }
    }
}
