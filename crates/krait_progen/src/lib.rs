//! Random Python programs inside the subset krait compiles, for fuzzing.
//!
//! [`program`] turns a seed into a deterministic program: functions over ints and floats,
//! loops with bounded trip counts, branches, arithmetic with Python's operators, tuples,
//! builtins and f-strings, printing as it goes. Every variable keeps one type, so krait should
//! compile every program; the differential fuzzer (`cargo xtask fuzz-diff`) runs each under
//! CPython and krait and compares what they print.

use std::fmt::Write;

/// A small deterministic generator (xorshift64*), so a seed always gives the same program.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Int,
    Float,
    Bool,
    Str,
}

struct Scope {
    vars: Vec<(String, Kind)>,
    /// Lists of int, float or str, by element kind.
    lists: Vec<(String, Kind)>,
}

struct Gen {
    rng: Rng,
    out: String,
    depth: usize,
    n_vars: usize,
    /// Functions defined so far: name, parameter kinds, return kind.
    funcs: Vec<(String, Vec<Kind>, Kind)>,
}

/// The program for `seed`.
pub fn program(seed: u64) -> String {
    let mut g = Gen {
        rng: Rng::new(seed),
        out: String::new(),
        depth: 0,
        n_vars: 0,
        funcs: Vec::new(),
    };
    g.line("calls = 0");
    let n_funcs = g.rng.below(4);
    for i in 0..n_funcs {
        g.function(i);
    }
    let mut scope = Scope {
        vars: Vec::new(),
        lists: Vec::new(),
    };
    let n_stmts = 3 + g.rng.below(10);
    for _ in 0..n_stmts {
        g.stmt(&mut scope, false);
    }
    g.print_all(&scope);
    g.line("print(calls)");
    g.out
}

impl Gen {
    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn kind(&mut self) -> Kind {
        *self
            .rng
            .pick(&[Kind::Int, Kind::Int, Kind::Float, Kind::Bool, Kind::Str])
    }

    fn function(&mut self, index: u64) {
        let name = format!("f{index}");
        let n_params = 1 + self.rng.below(3) as usize;
        let params: Vec<Kind> = (0..n_params)
            .map(|_| *self.rng.pick(&[Kind::Int, Kind::Float]))
            .collect();
        let ret = *self
            .rng
            .pick(&[Kind::Int, Kind::Float, Kind::Str, Kind::Bool]);
        let names: Vec<String> = (0..n_params).map(|i| format!("p{i}")).collect();
        // The last parameter sometimes has a default, which calls may then leave out.
        let mut header = names.clone();
        if self.rng.chance(40) {
            let last = header.len() - 1;
            let default = self.literal(params[last]);
            header[last] = format!("{}={default}", header[last]);
        }
        self.line(&format!("def {name}({}):", header.join(", ")));
        self.depth += 1;
        if self.rng.chance(30) {
            self.line("global calls");
            self.line("calls += 1");
        }
        let mut scope = Scope {
            vars: names.iter().cloned().zip(params.iter().copied()).collect(),
            lists: Vec::new(),
        };
        for _ in 0..1 + self.rng.below(4) {
            self.stmt(&mut scope, true);
        }
        let value = self.expr(&scope, ret, 2);
        self.line(&format!("return {value}"));
        self.depth -= 1;
        self.line("");
        self.funcs.push((name, params, ret));
    }

    fn fresh(&mut self) -> String {
        self.n_vars += 1;
        format!("v{}", self.n_vars)
    }

    /// A variable of `kind` in scope, if there is one.
    fn var_of(&mut self, scope: &Scope, kind: Kind) -> Option<String> {
        let candidates: Vec<_> = scope
            .vars
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(n, _)| n.clone())
            .collect();
        if candidates.is_empty() {
            None
        } else {
            Some(self.rng.pick(&candidates).clone())
        }
    }

    /// A variable of `kind` that may be assigned: loop counters may not, so loops end.
    fn target_of(&mut self, scope: &Scope, kind: Kind) -> Option<String> {
        let candidates: Vec<_> = scope
            .vars
            .iter()
            .filter(|(n, k)| *k == kind && !n.starts_with('c'))
            .map(|(n, _)| n.clone())
            .collect();
        if candidates.is_empty() {
            None
        } else {
            Some(self.rng.pick(&candidates).clone())
        }
    }

    fn fresh_counter(&mut self) -> String {
        self.n_vars += 1;
        format!("c{}", self.n_vars)
    }

    fn stmt(&mut self, scope: &mut Scope, in_function: bool) {
        if self.rng.chance(25) {
            return self.list_stmt(scope);
        }
        let choice = self.rng.below(if self.depth > 3 { 4 } else { 9 });
        match choice {
            0..=2 => {
                // A new variable, or an update of one of the same kind.
                let kind = self.kind();
                let value = self.expr(scope, kind, 3);
                match self.target_of(scope, kind) {
                    Some(name) if self.rng.chance(40) => self.line(&format!("{name} = {value}")),
                    _ => {
                        let name = self.fresh();
                        self.line(&format!("{name} = {value}"));
                        scope.vars.push((name, kind));
                    }
                }
            }
            3 => {
                let kind = *self.rng.pick(&[Kind::Int, Kind::Float, Kind::Str]);
                if let Some(name) = self.target_of(scope, kind) {
                    let (op, operand_kind) = match kind {
                        Kind::Int => (*self.rng.pick(&["+=", "-=", "//=", "%="]), Kind::Int),
                        Kind::Float => (*self.rng.pick(&["+=", "-=", "*=", "/="]), Kind::Float),
                        _ => ("+=", Kind::Str),
                    };
                    let value = self.expr(scope, operand_kind, 2);
                    self.line(&format!("{name} {op} {value}"));
                }
            }
            4 => {
                let value = self.printable(scope);
                if self.rng.chance(15) {
                    let x = self.expr(scope, Kind::Int, 2);
                    self.line(&format!("assert {x} == {x}, \"never\""));
                }
                self.line(&format!("print({value})"));
            }
            5 => {
                let cond = self.expr(scope, Kind::Bool, 2);
                self.line(&format!("if {cond}:"));
                self.block(scope, in_function);
                if self.rng.chance(40) {
                    let cond = self.expr(scope, Kind::Bool, 2);
                    self.line(&format!("elif {cond}:"));
                    self.block(scope, in_function);
                }
                if self.rng.chance(50) {
                    self.line("else:");
                    self.block(scope, in_function);
                }
            }
            6 => {
                let var = self.fresh_counter();
                let (start, stop, step) = (
                    self.rng.below(5) as i64 - 2,
                    self.rng.below(8) as i64,
                    *self.rng.pick(&[1, 1, 2, 3, -1, -2]),
                );
                let (start, stop) = if step < 0 {
                    (stop, start)
                } else {
                    (start, stop)
                };
                self.line(&format!("for {var} in range({start}, {stop}, {step}):"));
                // The loop variable is unbound after a loop that never ran: only its body sees it.
                let mut with_var = Scope {
                    vars: scope.vars.clone(),
                    lists: scope.lists.clone(),
                };
                with_var.vars.push((var, Kind::Int));
                self.loop_block(&mut with_var, in_function);
            }
            7 => {
                // A while loop with its own bounded counter.
                let counter = self.fresh_counter();
                let limit = 1 + self.rng.below(6);
                self.line(&format!("{counter} = 0"));
                self.line(&format!("while {counter} < {limit}:"));
                self.depth += 1;
                self.line(&format!("{counter} += 1"));
                self.depth -= 1;
                scope.vars.push((counter, Kind::Int));
                self.loop_block(scope, in_function);
            }
            _ => {
                // Unpack a tuple or a divmod.
                let (a, b) = (self.fresh(), self.fresh());
                if self.rng.chance(50) {
                    let x = self.expr(scope, Kind::Int, 2);
                    let y = self.nonzero_int(scope);
                    self.line(&format!("{a}, {b} = divmod({x}, {y})"));
                    scope.vars.push((a, Kind::Int));
                    scope.vars.push((b, Kind::Int));
                } else {
                    let x = self.expr(scope, Kind::Float, 2);
                    let y = self.expr(scope, Kind::Str, 1);
                    self.line(&format!("{a}, {b} = {x}, {y}"));
                    scope.vars.push((a, Kind::Float));
                    scope.vars.push((b, Kind::Str));
                }
            }
        }
    }

    fn block(&mut self, scope: &mut Scope, in_function: bool) {
        self.depth += 1;
        let start = self.out.len();
        // Names bound in a branch may stay unbound: keep them out of the outer scope.
        let mut inner = Scope {
            vars: scope.vars.clone(),
            lists: scope.lists.clone(),
        };
        for _ in 0..1 + self.rng.below(3) {
            self.stmt(&mut inner, in_function);
        }
        if self.out.len() == start {
            self.line("pass");
        }
        self.depth -= 1;
    }

    fn loop_block(&mut self, scope: &mut Scope, in_function: bool) {
        self.depth += 1;
        self.line("pass");
        let mut inner = Scope {
            vars: scope.vars.clone(),
            lists: scope.lists.clone(),
        };
        for _ in 0..1 + self.rng.below(3) {
            self.stmt(&mut inner, in_function);
        }
        if self.rng.chance(20) {
            let cond = self.expr(&inner, Kind::Bool, 1);
            self.line(&format!("if {cond}:"));
            self.depth += 1;
            let keyword = if self.rng.chance(50) {
                "break"
            } else {
                "continue"
            };
            self.line(keyword);
            self.depth -= 1;
        }
        self.depth -= 1;
    }

    fn print_all(&mut self, scope: &Scope) {
        let names: Vec<_> = scope.vars.iter().map(|(n, _)| n.clone()).collect();
        if !names.is_empty() {
            self.line(&format!("print({})", names.join(", ")));
        }
        for (name, kind) in scope.lists.clone() {
            let summary = self.list_summary(&name, kind);
            self.line(&format!("print({summary})"));
        }
    }

    /// What a list holds, printed through what krait can print.
    fn list_summary(&mut self, name: &str, kind: Kind) -> String {
        match kind {
            Kind::Str => format!("len({name}), \"|\".join({name})"),
            Kind::Float => format!("len({name}), sum({name}, 0.0), {name}[0] if {name} else -1.0"),
            _ => format!("len({name}), sum({name}), {name}[0] if {name} else -1"),
        }
    }

    /// A statement on lists: making one, or changing, reading or iterating over one.
    fn list_stmt(&mut self, scope: &mut Scope) {
        let kind = *self
            .rng
            .pick(&[Kind::Int, Kind::Int, Kind::Float, Kind::Str]);
        let existing: Vec<String> = scope
            .lists
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(n, _)| n.clone())
            .collect();
        if existing.is_empty() || self.rng.chance(20) {
            let name = self.fresh();
            let n = self.rng.below(4);
            let items: Vec<String> = (0..n).map(|_| self.expr(scope, kind, 1)).collect();
            let value = match self.rng.below(3) {
                0 if kind != Kind::Str => {
                    let x = self.expr(scope, kind, 1);
                    format!("[{x}] * {}", self.rng.below(5))
                }
                1 => {
                    let counter = self.fresh_counter();
                    let mut inner = Scope {
                        vars: scope.vars.clone(),
                        lists: Vec::new(),
                    };
                    inner.vars.push((counter.clone(), Kind::Int));
                    let elt = self.expr(&inner, kind, 1);
                    format!("[{elt} for {counter} in range({})]", self.rng.below(6))
                }
                _ => format!("[{}]", items.join(", ")),
            };
            self.line(&format!("{name} = {value}"));
            scope.lists.push((name, kind));
            return;
        }
        let list = self.rng.pick(&existing).clone();
        match self.rng.below(7) {
            0 | 1 => {
                let value = self.expr(scope, kind, 2);
                self.line(&format!("{list}.append({value})"));
            }
            2 => {
                let index = self.expr(scope, Kind::Int, 1);
                let value = self.expr(scope, kind, 1);
                self.line(&format!("if {list}:"));
                self.depth += 1;
                self.line(&format!("{list}[({index}) % len({list})] = {value}"));
                self.depth -= 1;
            }
            3 => {
                self.line(&format!("if {list}:"));
                self.depth += 1;
                let pop = if self.rng.chance(50) {
                    format!("{list}.pop()")
                } else {
                    format!("{list}.pop(0)")
                };
                self.line(&format!("print({pop})"));
                self.depth -= 1;
            }
            4 => {
                let (a, b) = (self.rng.below(5) as i64 - 2, self.rng.below(6) as i64 - 1);
                let step = *self.rng.pick(&["", ":2", ":-1", ":-2"]);
                let name = self.fresh();
                self.line(&format!("{name} = {list}[{a}:{b}{step}]"));
                scope.lists.push((name, kind));
            }
            5 => {
                let item = self.fresh_counter();
                self.line(&format!("for {item} in {list}:"));
                self.depth += 1;
                let shown = match kind {
                    Kind::Str => format!("{item} + \"!\""),
                    _ => format!("{item} * 2"),
                };
                self.line(&format!("print({shown}, {item} in {list})"));
                self.depth -= 1;
            }
            _ => {
                let summary = self.list_summary(&list, kind);
                self.line(&format!("print({summary})"));
            }
        }
    }

    fn printable(&mut self, scope: &Scope) -> String {
        match self.rng.below(4) {
            0 => {
                let kind = self.kind();
                self.expr(scope, kind, 3)
            }
            1 => {
                let x = self.expr(scope, Kind::Int, 2);
                let spec = self.rng.pick(&[
                    "", ":5d", ":>8", ":<6", ":^7", ":+d", ":,", ":x", ":#o", ":08b", ":_",
                ]);
                let y = self.expr(scope, Kind::Float, 2);
                let fspec = self.rng.pick(&[
                    "", ":.3f", ":e", ":.2e", ":g", ":.5g", ":10.2f", ":%", ":+.1f", ":,.2f",
                    ":.0f", ":12",
                ]);
                // Single quotes outside: the double-quoted literals inside stay valid before 3.12.
                format!("f'{{{x}{spec}}} {{{y}{fspec}}}'")
            }
            2 => {
                let a = self.expr(scope, Kind::Int, 2);
                let b = self.expr(scope, Kind::Float, 2);
                let c = self.expr(scope, Kind::Str, 1);
                format!("({a}, {b}, {c})")
            }
            _ => {
                let a = self.expr(scope, Kind::Float, 2);
                format!("repr({a}), str({a}), round({a}, 2), {a} == {a}")
            }
        }
    }

    fn nonzero_int(&mut self, scope: &Scope) -> String {
        let inner = self.expr(scope, Kind::Int, 1);
        format!("(abs({inner}) % 7 + 1)")
    }

    fn nonzero_float(&mut self, scope: &Scope) -> String {
        let inner = self.expr(scope, Kind::Float, 1);
        format!("(abs({inner}) + 0.5)")
    }

    fn literal(&mut self, kind: Kind) -> String {
        match kind {
            Kind::Int => {
                let value = self.rng.below(41) as i64 - 20;
                if value < 0 {
                    format!("({value})")
                } else {
                    value.to_string()
                }
            }
            Kind::Float => {
                let choices = [
                    "0.5", "1.25", "3.0", "0.1", "2.75", "1e-3", "12.5", "0.3", "7.0", "1e10",
                    "0.0",
                ];
                let text = *self.rng.pick(&choices);
                if self.rng.chance(25) {
                    format!("(-{text})")
                } else {
                    text.to_owned()
                }
            }
            Kind::Bool => self.rng.pick(&["True", "False"]).to_string(),
            Kind::Str => format!("{:?}", self.rng.pick(&["", "a", "krait", "é", "x y", "Ab"])),
        }
    }

    fn expr(&mut self, scope: &Scope, kind: Kind, depth: u32) -> String {
        if depth == 0 || self.rng.chance(30) {
            if self.rng.chance(60) {
                if let Some(name) = self.var_of(scope, kind) {
                    return name;
                }
            }
            return self.literal(kind);
        }
        let d = depth - 1;
        match kind {
            Kind::Int => match self.rng.below(11) {
                0 => format!(
                    "({} + {})",
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Int, d)
                ),
                1 => format!(
                    "({} - {})",
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Int, d)
                ),
                2 => format!(
                    "({} * {})",
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Int, d)
                ),
                3 => format!(
                    "({} // {})",
                    self.expr(scope, Kind::Int, d),
                    self.nonzero_int(scope)
                ),
                4 => format!(
                    "({} % {})",
                    self.expr(scope, Kind::Int, d),
                    self.nonzero_int(scope)
                ),
                5 => format!("abs({})", self.expr(scope, Kind::Int, d)),
                6 => format!(
                    "max({}, {})",
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Int, d)
                ),
                7 => format!("int({})", self.expr(scope, Kind::Float, d))
                    .replace("int(", "int(0.5 * "),
                8 => format!("len({})", self.expr(scope, Kind::Str, d)),
                9 if self.rng.chance(30) => {
                    format!(
                        "pow({}, {}, {})",
                        self.expr(scope, Kind::Int, d),
                        self.rng.below(20),
                        self.rng.below(50) + 1
                    )
                }
                9 if self.rng.chance(30) => format!(
                    "({} ** {})",
                    self.expr(scope, Kind::Int, d),
                    self.rng.below(4)
                ),
                _ => self.call(scope, Kind::Int, d),
            },
            Kind::Float => match self.rng.below(9) {
                0 => format!(
                    "({} + {})",
                    self.expr(scope, Kind::Float, d),
                    self.expr(scope, Kind::Float, d)
                ),
                1 => format!(
                    "({} - {})",
                    self.expr(scope, Kind::Float, d),
                    self.expr(scope, Kind::Int, d)
                ),
                2 => format!(
                    "({} * {})",
                    self.expr(scope, Kind::Float, d),
                    self.expr(scope, Kind::Float, d)
                ),
                3 => format!(
                    "({} / {})",
                    self.expr(scope, Kind::Float, d),
                    self.nonzero_float(scope)
                ),
                4 => format!(
                    "({} / {})",
                    self.expr(scope, Kind::Int, d),
                    self.nonzero_int(scope)
                ),
                5 => format!(
                    "({} % {})",
                    self.expr(scope, Kind::Float, d),
                    self.nonzero_float(scope)
                ),
                6 => format!(
                    "min({}, {})",
                    self.expr(scope, Kind::Float, d),
                    self.expr(scope, Kind::Float, d)
                ),
                7 => format!("float({})", self.expr(scope, Kind::Int, d)),
                _ => self.call(scope, Kind::Float, d),
            },
            Kind::Bool => match self.rng.below(6) {
                0 => format!(
                    "({} < {})",
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Float, d)
                ),
                1 => format!(
                    "({} == {})",
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Int, d)
                ),
                2 => format!(
                    "({} and {})",
                    self.expr(scope, Kind::Bool, d),
                    self.expr(scope, Kind::Bool, d)
                ),
                3 => format!("(not {})", self.expr(scope, Kind::Bool, d)),
                4 => format!(
                    "({} <= {} < {})",
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Int, d),
                    self.expr(scope, Kind::Int, d)
                ),
                _ => format!(
                    "({} != {})",
                    self.expr(scope, Kind::Str, d),
                    self.expr(scope, Kind::Str, d)
                ),
            },
            Kind::Str => match self.rng.below(5) {
                0 => format!(
                    "({} + {})",
                    self.expr(scope, Kind::Str, d),
                    self.expr(scope, Kind::Str, d)
                ),
                1 => format!("str({})", self.expr(scope, Kind::Int, d)),
                2 => format!("str({})", self.expr(scope, Kind::Float, d)),
                3 => format!(
                    "({} * ({} % 3))",
                    self.expr(scope, Kind::Str, d),
                    self.expr(scope, Kind::Int, d)
                ),
                _ => {
                    let cond = self.expr(scope, Kind::Bool, d);
                    format!(
                        "({} if {cond} else {})",
                        self.expr(scope, Kind::Str, d),
                        self.expr(scope, Kind::Str, d)
                    )
                }
            },
        }
    }

    fn call(&mut self, scope: &Scope, kind: Kind, depth: u32) -> String {
        let candidates: Vec<_> = self
            .funcs
            .iter()
            .filter(|(_, _, ret)| *ret == kind)
            .cloned()
            .collect();
        if candidates.is_empty() {
            return self.literal(kind);
        }
        let (name, params, _) = self.rng.pick(&candidates).clone();
        let mut args = String::new();
        let by_keyword = self.rng.chance(25);
        for (i, param) in params.iter().enumerate() {
            if i > 0 {
                args.push_str(", ");
            }
            if by_keyword {
                let _ = write!(args, "p{i}=");
            }
            let _ = write!(args, "{}", self.expr(scope, *param, depth));
        }
        format!("{name}({args})")
    }
}
