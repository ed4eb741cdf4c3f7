//! What a chart of a big call draws: the worst of many, in their own order. A meeting of a
//! thousand sessions has thousands of streams and endpoint sides; a column or a row for each
//! is a smear no one can read (4,000 columns in 1,100 pixels) and a canvas taller than the
//! browser draws (a health chart of 770,000 pixels). The chart shows the worst
//! [`MAX_BARS`] streams, [`MAX_SIDES`] endpoint sides or [`MAX_SESSIONS`] timeline sessions and
//! its title says how many of how many; every stream is still in the call tree, with its verdict
//! and reasons.

use crate::judge::{Cmp, Limit};

/// The most streams one metric chart draws.
pub const MAX_BARS: usize = 60;

/// The most endpoint sides one network or device chart draws.
pub const MAX_SIDES: usize = 30;

/// The most sessions the timeline draws (with their timed streams beneath): a thousand rows
/// would be a canvas 30,000 pixels tall.
pub const MAX_SESSIONS: usize = 100;

/// How bad a value is against its limit: above 1 breaks it. Without a limit, the value itself
/// (larger is worse), ranked after every value that has one.
pub(crate) fn against(value: Option<f64>, limit: Option<&Limit>) -> f64 {
    match (value, limit) {
        (None, _) => f64::NEG_INFINITY,
        (Some(v), Some(l)) => match l.cmp {
            Cmp::Below if v > 0.0 => l.value / v,
            Cmp::Below => f64::INFINITY,
            Cmp::Above | Cmp::AtOrAbove if l.value > 0.0 => v / l.value,
            Cmp::Above | Cmp::AtOrAbove => v,
        },
        // Below every ratio to a limit, whatever its size.
        (Some(v), None) => v.atan() / std::f64::consts::PI - 1.0,
    }
}

/// The `max` worst of `items` by `badness` (larger is worse; ties keep the first), in their
/// own order, and how many were left out.
pub(crate) fn keep_worst<T, K: PartialOrd>(items: Vec<T>, max: usize, badness: impl Fn(&T) -> K) -> (Vec<T>, usize) {
    if items.len() <= max {
        return (items, 0);
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| badness(&items[b]).partial_cmp(&badness(&items[a])).unwrap_or(std::cmp::Ordering::Equal));
    let mut kept = vec![false; items.len()];
    order.iter().take(max).for_each(|&i| kept[i] = true);
    let left_out = items.len() - max;
    (items.into_iter().zip(kept).filter_map(|(item, k)| k.then_some(item)).collect(), left_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worst_are_kept_in_their_own_order() {
        let (kept, left_out) = keep_worst(vec![3, 9, 1, 7, 9, 2], 3, |v| *v);
        assert_eq!(kept, [9, 7, 9]);
        assert_eq!(left_out, 3);
        let (all, none) = keep_worst(vec![1, 2], 3, |v| *v);
        assert_eq!((all, none), (vec![1, 2], 0));
    }

    #[test]
    fn badness_follows_the_limit_direction_and_unlimited_values_rank_below() {
        let at_most = |v| Limit {
            metric: "m",
            value: v,
            unit: crate::model::metrics::Unit::Ms,
            cmp: Cmp::Above,
            text: String::new(),
            source: String::new(),
        };
        let at_least = |v| Limit { cmp: Cmp::Below, ..at_most(v) };
        assert!(against(Some(60.0), Some(&at_most(30.0))) > against(Some(20.0), Some(&at_most(30.0))));
        assert!(
            against(Some(3.0), Some(&at_least(7.0))) > against(Some(10.0), Some(&at_least(7.0))),
            "fewer fps is worse"
        );
        assert!(against(Some(1e9), None) < against(Some(0.0), Some(&at_most(30.0))));
        assert!(against(None, None) < against(Some(-5.0), None), "not reported ranks last");
    }
}
