//! "Did you mean" for NameError, as CPython 3.11 computes it (Python/suggestions.c).
//!
//! CPython looks, in order, at the failing frame's local variable names, the module's globals
//! and the builtins, and takes the first list that offers a name within a third of a
//! case-aware Levenshtein distance. krait knows these lists at compile time; for globals it
//! takes the module's names in the order their first binding appears in the source, and for
//! an error in module-level code only those bound above it.

use crate::python_names::{BUILTINS, MODULE_DUNDERS};

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &a_char) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, a_char);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn calculate_suggestion<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, distance)) = best {
            max_distance = max_distance.min(distance.saturating_sub(1));
        }
        let distance = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(item, _)| item)
}

/// The name CPython 3.11 suggests for `name`, given the frame's local variable names and the
/// module's global names (without the dunders every script has).
pub(crate) fn suggestion(name: &str, varnames: &[&str], globals: &[&str]) -> Option<String> {
    if let Some(found) = calculate_suggestion(varnames, name) {
        return Some(found.to_owned());
    }
    let all_globals: Vec<&str> = MODULE_DUNDERS
        .iter()
        .copied()
        .chain(globals.iter().copied())
        .collect();
    if let Some(found) = calculate_suggestion(&all_globals, name) {
        return Some(found.to_owned());
    }
    calculate_suggestion(BUILTINS, name).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::suggestion;

    #[test]
    fn suggests_as_cpython_does() {
        assert_eq!(
            suggestion("c38", &[], &["c35", "v1"]).as_deref(),
            Some("c35")
        );
        assert_eq!(suggestion("pritn", &[], &[]).as_deref(), Some("print"));
        assert_eq!(
            suggestion("Total", &["total"], &[]).as_deref(),
            Some("total")
        );
        assert_eq!(suggestion("xyzzy", &[], &["a"]), None);
    }
}
