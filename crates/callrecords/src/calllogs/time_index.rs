//! The records of one user or number indexed by time, so a log row finds the records it lies
//! inside without reading every record of the user: sorted by start, with a max-tree of the
//! ends. A row spanning `lo..hi` lies inside a record (± the tolerance `tol`) when the record
//! starts at or before `lo + tol` and ends at or after `hi - tol`: a prefix of the sorted starts
//! (binary search) whose ends reach far enough (the tree skips the parts that end too early).
//!
//! * [`TimeIndex::nearest`] walks the qualifying records nearest start first (ties by record
//!   index), each step O(log n), so a row keeps its few nearest candidates of thousands.
//! * [`count_offline`] counts the qualifying records of many rows at once, by a sweep over the
//!   starts with a Fenwick tree over the ends: O((n + rows) log n) time and linear memory.

/// A window query: records that start at or before `start_max` and end at or after `end_min`,
/// nearest to `near` first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Window {
    pub start_max: i64,
    pub end_min: i64,
    pub near: i64,
}

/// Records (by index) sorted by (start, index), with a tree of the maximum end over ranges.
#[derive(Debug, Default)]
pub(super) struct TimeIndex {
    /// (start, end, record), by (start, record).
    items: Vec<(i64, i64, usize)>,
    /// The records, sorted, for membership tests.
    members: Vec<usize>,
    /// Max end per node of a segment tree over `items` (node 1 is the root; leaves from `size`).
    tree: Vec<i64>,
    size: usize,
}

impl TimeIndex {
    /// An index of `(start, end, record)` items, each record once.
    pub fn new(mut items: Vec<(i64, i64, usize)>) -> TimeIndex {
        items.sort_unstable_by_key(|&(start, _, record)| (start, record));
        let mut members: Vec<usize> = items.iter().map(|i| i.2).collect();
        members.sort_unstable();
        let size = items.len().next_power_of_two().max(1);
        let mut tree = vec![i64::MIN; 2 * size];
        for (i, item) in items.iter().enumerate() {
            tree[size + i] = item.1;
        }
        for node in (1..size).rev() {
            tree[node] = tree[2 * node].max(tree[2 * node + 1]);
        }
        TimeIndex { items, members, tree, size }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn contains(&self, record: usize) -> bool {
        self.members.binary_search(&record).is_ok()
    }

    pub fn members(&self) -> &[usize] {
        &self.members
    }

    /// How many items start at or before `t`.
    fn starts_through(&self, t: i64) -> usize {
        self.items.partition_point(|&(start, _, _)| start <= t)
    }

    /// How many items start before `t`.
    fn starts_before(&self, t: i64) -> usize {
        self.items.partition_point(|&(start, _, _)| start < t)
    }

    /// The first position in `from..to` whose end is at least `end_min`.
    fn first_from(&self, from: usize, to: usize, end_min: i64) -> Option<usize> {
        self.first_in(1, 0, self.size, from, to, end_min)
    }

    fn first_in(&self, node: usize, lo: usize, hi: usize, from: usize, to: usize, end_min: i64) -> Option<usize> {
        if hi <= from || to <= lo || self.tree[node] < end_min {
            return None;
        }
        if hi - lo == 1 {
            return Some(lo);
        }
        let mid = (lo + hi) / 2;
        self.first_in(2 * node, lo, mid, from, to, end_min)
            .or_else(|| self.first_in(2 * node + 1, mid, hi, from, to, end_min))
    }

    /// The last position before `to` whose end is at least `end_min`.
    fn last_before(&self, to: usize, end_min: i64) -> Option<usize> {
        self.last_in(1, 0, self.size, to, end_min)
    }

    fn last_in(&self, node: usize, lo: usize, hi: usize, to: usize, end_min: i64) -> Option<usize> {
        if to <= lo || self.tree[node] < end_min {
            return None;
        }
        if hi - lo == 1 {
            return Some(lo);
        }
        let mid = (lo + hi) / 2;
        self.last_in(2 * node + 1, mid, hi, to, end_min).or_else(|| self.last_in(2 * node, lo, mid, to, end_min))
    }

    /// Every qualifying record, in start order (for counting a union of small sets).
    pub fn all(&self, w: Window) -> impl Iterator<Item = usize> + '_ {
        let to = self.starts_through(w.start_max);
        let mut at = 0;
        std::iter::from_fn(move || {
            let found = self.first_from(at, to, w.end_min)?;
            at = found + 1;
            Some(self.items[found].2)
        })
    }

    /// The qualifying records nearest `w.near` first: (distance of the starts, record), ties by
    /// record index.
    pub fn nearest(&self, w: Window) -> Nearest<'_> {
        let to = self.starts_through(w.start_max);
        let split = self.starts_before(w.near).min(to);
        Nearest { index: self, w, right: split, right_end: to, left_end: split, group: None }
    }
}

/// The walk of [`TimeIndex::nearest`]: starts at or after `near` go right, earlier ones left;
/// on the left, records that start at the same instant come in record order.
pub(super) struct Nearest<'a> {
    index: &'a TimeIndex,
    w: Window,
    /// Next position to look at on the right, and the end of the window.
    right: usize,
    right_end: usize,
    /// The left side is the positions before this (and not in `group`).
    left_end: usize,
    /// The run of equal starts being read on the left: (next position, end of the run).
    group: Option<(usize, usize)>,
}

impl Nearest<'_> {
    fn peek_right(&self) -> Option<(u64, usize, usize)> {
        let at = self.index.first_from(self.right, self.right_end, self.w.end_min)?;
        let (start, _, record) = self.index.items[at];
        Some((start.abs_diff(self.w.near), record, at))
    }

    fn peek_left(&mut self) -> Option<(u64, usize, usize)> {
        loop {
            if let Some((next, end)) = self.group {
                if let Some(at) = self.index.first_from(next, end, self.w.end_min) {
                    let (start, _, record) = self.index.items[at];
                    return Some((start.abs_diff(self.w.near), record, at));
                }
                self.group = None;
            }
            let last = self.index.last_before(self.left_end, self.w.end_min)?;
            let start = self.index.items[last].0;
            let first = self.index.items[..last].partition_point(|&(s, _, _)| s < start);
            self.group = Some((first, last + 1));
            self.left_end = first;
        }
    }
}

impl Iterator for Nearest<'_> {
    /// (distance in ms between the row's start and the record's, record)
    type Item = (u64, usize);

    fn next(&mut self) -> Option<(u64, usize)> {
        let right = self.peek_right();
        let left = self.peek_left();
        let take_left = match (left, right) {
            (Some(l), Some(r)) => (l.0, l.1) < (r.0, r.1),
            (Some(_), None) => true,
            (None, _) => false,
        };
        if take_left {
            let (d, record, at) = left?;
            if let Some(group) = &mut self.group {
                group.0 = at + 1;
            }
            Some((d, record))
        } else {
            let (d, record, at) = right?;
            self.right = at + 1;
            Some((d, record))
        }
    }
}

/// For each query `(index, window)`, how many records of `indexes[index]` qualify: one sweep
/// per index over its starts, adding ends to a Fenwick tree.
pub(super) fn count_offline(indexes: &[&TimeIndex], queries: &[(usize, Window)]) -> Vec<usize> {
    let mut answers = vec![0; queries.len()];
    let mut by_index: Vec<Vec<usize>> = vec![Vec::new(); indexes.len()];
    for (q, (index, _)) in queries.iter().enumerate() {
        if let Some(list) = by_index.get_mut(*index) {
            list.push(q);
        }
    }
    for (index, mut qs) in by_index.into_iter().enumerate() {
        if qs.is_empty() {
            continue;
        }
        let items = &indexes[index].items;
        let mut ends: Vec<i64> = items.iter().map(|i| i.1).collect();
        ends.sort_unstable();
        ends.dedup();
        let mut fenwick = vec![0usize; ends.len() + 1];
        qs.sort_unstable_by_key(|&q| queries[q].1.start_max);
        let mut added = 0;
        for q in qs {
            let w = queries[q].1;
            while added < items.len() && items[added].0 <= w.start_max {
                let mut i = ends.partition_point(|&e| e < items[added].1) + 1;
                while i < fenwick.len() {
                    fenwick[i] += 1;
                    i += i & i.wrapping_neg();
                }
                added += 1;
            }
            // Ends below end_min, among those added.
            let mut below = 0;
            let mut i = ends.partition_point(|&e| e < w.end_min);
            while i > 0 {
                below += fenwick[i];
                i -= i & i.wrapping_neg();
            }
            answers[q] = added - below;
        }
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record, checked one by one: what the index must agree with.
    fn brute(items: &[(i64, i64, usize)], w: Window) -> Vec<(u64, usize)> {
        let mut found: Vec<(u64, usize)> = items
            .iter()
            .filter(|(s, e, _)| *s <= w.start_max && *e >= w.end_min)
            .map(|(s, _, r)| (s.abs_diff(w.near), *r))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn nearest_all_and_counts_agree_with_reading_every_record() {
        // Pseudo-random intervals with many equal starts and some ending before they start.
        let mut seed = 7u64;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % m) as i64
        };
        let items: Vec<(i64, i64, usize)> = (0..300)
            .map(|r| {
                let s = next(50) * 10;
                (s, s + next(400) - 20, r)
            })
            .collect();
        let index = TimeIndex::new(items.clone());
        let mut queries = Vec::new();
        for _ in 0..200 {
            let near = next(600) - 50;
            let w = Window { start_max: near + next(100), end_min: near + next(300) - 50, near };
            let expected = brute(&items, w);
            assert_eq!(index.nearest(w).collect::<Vec<_>>(), expected, "{w:?}");
            let mut all: Vec<usize> = index.all(w).collect();
            all.sort_unstable();
            let mut want: Vec<usize> = expected.iter().map(|e| e.1).collect();
            want.sort_unstable();
            assert_eq!(all, want);
            queries.push((0, w, expected.len()));
        }
        let counts = count_offline(&[&index], &queries.iter().map(|q| (q.0, q.1)).collect::<Vec<_>>());
        assert_eq!(counts, queries.iter().map(|q| q.2).collect::<Vec<_>>());
        assert!(index.contains(299) && !index.contains(300));
        let empty = TimeIndex::new(Vec::new());
        let w = Window { start_max: 0, end_min: 0, near: 0 };
        assert_eq!((empty.nearest(w).next(), empty.all(w).next()), (None, None));
        assert_eq!(count_offline(&[&empty], &[(0, w)]), vec![0]);
    }
}
