//! Optimisation: MIR to MIR passes, each small and separately testable.
//!
//! Consumes and produces `krait_mir::Module`; runs between `krait_lower` and `krait_wasm`.
//! Every pass preserves Python's semantics exactly: a check is removed only where it is proven
//! never to fire.
//!
//! - [`inline`]: calls to small functions that call nothing become their bodies.
//! - [`constfold`]: folds operations on constants and branches on constant conditions.
//! - [`range`]: removes overflow checks that the conditions dominating them rule out.
//! - [`const_globals`]: reads of a global stored once, with a constant, become the constant.
//! - [`dead_globals`]: turns stores to globals no reachable code reads into plain evaluation.
//!
//! [`frames`] and [`roots`] are not optimisations: the first counts Python frames for the
//! recursion limit and runs first, the second makes heap references visible to the collector
//! and runs last, after [`optimise`].

pub mod const_globals;
pub mod constfold;
pub mod dead_globals;
pub mod frames;
pub mod inline;
pub mod range;
pub mod roots;

use krait_mir::Module;

/// Runs every pass, in order.
pub fn optimise(module: &mut Module) {
    inline::run(module);
    for func in &mut module.funcs {
        constfold::run(&mut func.body);
    }
    const_globals::run(module);
    dead_globals::run(module);
    for func in &mut module.funcs {
        constfold::run(&mut func.body);
        range::run(&mut func.body);
    }
    module.compute_may_raise();
}

#[cfg(test)]
mod tests;
