//! Work done a unit at a time (a record judged, indexed, redacted or gathered), for a caller
//! with a clock of its own: the page runs it in slices between frames, so that a big export
//! freezes nothing, and shows how far it has got; native callers run it in one go. Any
//! slicing gives the same result.

/// One kind of work that can stop after any unit and go on later.
pub trait Sliced {
    /// Does one unit of the work; false when none was left.
    fn step(&mut self) -> bool;

    /// Units done so far (for a progress bar).
    fn done(&self) -> usize;

    /// Units in all.
    fn total(&self) -> usize;

    /// True when every unit is done.
    fn is_done(&self) -> bool {
        self.done() >= self.total()
    }

    /// Does one unit, then more while `more()` says so (the caller's time is not up); true when
    /// every unit is done. One unit at least, so that every call gets on, however long a unit
    /// takes (one meeting can take milliseconds alone).
    fn step_while(&mut self, mut more: impl FnMut() -> bool) -> bool
    where
        Self: Sized,
    {
        while self.step() && more() {}
        self.is_done()
    }

    /// Does `count` units (one at least, as many as are left at most); true when every unit is
    /// done.
    fn step_some(&mut self, count: usize) -> bool
    where
        Self: Sized,
    {
        let mut left = count;
        self.step_while(|| {
            left = left.saturating_sub(1);
            left > 0
        })
    }

    /// The whole of the work, in one go.
    fn run(mut self) -> Self
    where
        Self: Sized,
    {
        self.step_while(|| true);
        self
    }
}

/// Sliced work that writes a file (an export): the bytes written so far are taken as it goes,
/// so that the page hands them to the browser in parts and never holds the file whole (a
/// JavaScript string holds at most about 512 M characters; a 1 GB export's JSON is more).
pub trait Writing: Sliced {
    /// The bytes written since the last call.
    fn take(&mut self) -> Vec<u8>;

    /// The whole file, in one go.
    fn whole(self) -> Vec<u8>
    where
        Self: Sized,
    {
        self.run().take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts up to `total`, remembering every unit done.
    struct Count {
        total: usize,
        units: Vec<usize>,
    }

    impl Sliced for Count {
        fn step(&mut self) -> bool {
            if self.units.len() == self.total {
                return false;
            }
            self.units.push(self.units.len());
            true
        }
        fn done(&self) -> usize {
            self.units.len()
        }
        fn total(&self) -> usize {
            self.total
        }
    }

    #[test]
    fn a_slice_does_one_unit_at_least_and_stops_when_told_or_done() {
        let mut count = Count { total: 5, units: Vec::new() };
        // Told to stop at once: one unit all the same.
        assert!(!count.step_while(|| false));
        assert_eq!(count.done(), 1);
        // Two more units, then three asked for when two are left.
        assert!(!count.step_some(2));
        assert_eq!(count.done(), 3);
        assert!(count.step_some(3));
        assert_eq!((count.done(), count.is_done()), (5, true));
        // Done: nothing more is done, and it says so.
        assert!(count.step_while(|| true));
        assert_eq!(count.units, vec![0, 1, 2, 3, 4]);
        // Nothing to do at all: done from the start, in one go or in slices alike.
        assert!(Count { total: 0, units: Vec::new() }.step_while(|| false));
        assert_eq!(Count { total: 4, units: Vec::new() }.run().units.len(), 4);
    }
}
