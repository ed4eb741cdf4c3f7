//! Loading one source a slice at a time ([`Loading`]), so that the page can show how far it has
//! got, answer the user between slices and stop when asked, with what was loaded before intact.
//!
//! The reader walks the top of the text itself (top-level values, a page's members, the items
//! of its `value` array) and hands each item to the same typed readers the fast path uses, so
//! a slice ends between two items. It takes Graph's shapes as Graph writes them: pages whose
//! `@odata.context` comes first and names the items, arrays of anything, JSON Lines. Anything
//! else, and any item that is not clean (a syntax error, a field the lenient readers had to
//! excuse, PowerShell's output), sends the whole source down the one-go path
//! ([`Dataset::load_whole`]) instead, which reports it exactly as it always has: the slices
//! never decide what a message says. Nothing reaches the dataset until the text has been read,
//! so stopping early, or starting over in one go, leaves the dataset as it was.
//!
//! [`Dataset::load`] runs the same steps to the end at once: every load goes through here.

use super::bound::long_texts;
use super::decode::{decode_cow, decode_limits, decode_with, Decoded, MIN_MAX_TEXT};
use super::detect::context_hint;
use super::fast::{as_item, at_doc_depth, Doc, Item};
use super::merge::PageMerge;
use super::powershell::{has_markers, looks_like_sdk, PREFIX};
use super::stream::Window;
use super::wire::{ItemKind, Unit};
use crate::model::dataset::{Dataset, SourceReport};
use crate::model::diagnostic::Message;
use crate::model::lenient::{clear_notes, take_notes};
use crate::model::record::Session;
use serde::de::IgnoredAny;
use serde::Deserialize;
use std::borrow::Cow;

/// What merging one item costs, counted against a step's budget as if it were this many bytes
/// read (merging is much cheaper per item than reading one).
const MERGE_COST: usize = 256;

/// How far a load has got: bytes of the (decoded) text read, of how many, and items read.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LoadProgress {
    pub done: usize,
    pub total: usize,
    /// Records, sessions, log rows… read so far.
    pub items: usize,
    /// Reading is over; what was read is being added to the dataset.
    pub merging: bool,
}

impl LoadProgress {
    /// The share done, 0 to 1 (reading counts for nine tenths).
    pub fn fraction(&self) -> f64 {
        let read = if self.total == 0 { 1.0 } else { self.done as f64 / self.total as f64 };
        if self.merging {
            0.9 + 0.1 * read
        } else {
            0.9 * read
        }
    }
}

/// What a streamed load ([`Loading::streaming`]) needs before its next step can get on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// The next chunk of the source ([`Loading::feed`]).
    Bytes,
    /// The whole source ([`Loading::give_whole`]): it cannot be read a chunk at a time.
    Whole,
    /// Nothing: [`Loading::step`].
    Work,
}

/// What kind of work a load's next step does: each costs a different time per byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Checking the text is UTF-8 (quick).
    Check,
    /// Reading JSON.
    Read,
    /// Adding what was read to the dataset.
    Merge,
    /// Loading in one go (one step), or done.
    Whole,
}

/// How much work a load's next step gets, so that each step takes about a target time on this
/// machine, learnt from how long the last one took. It grows at most twofold a step, and starts
/// small again when the kind of work changes ([`Stage`]): a budget learnt while checking UTF-8
/// (eight times quicker than reading) once made the first reading step read 64 MB, 0.8 s of
/// work in one task.
#[derive(Clone, Copy, Debug)]
pub struct Pace {
    budget: usize,
    target_ms: f64,
    stage: Stage,
}

impl Pace {
    /// The budget a stage starts with, and the bounds of any budget.
    pub const START: usize = 16 << 10;
    pub const MIN: usize = 4 << 10;
    pub const MAX: usize = 64 << 20;

    /// A pace aiming at steps of `target_ms`.
    pub fn new(target_ms: f64) -> Pace {
        Pace { budget: Pace::START, target_ms, stage: Stage::Check }
    }

    /// The next step's budget (for [`Loading::step`]).
    pub fn budget(&self) -> usize {
        self.budget
    }

    /// Learns from a step that did `used` of its budget's work in `spent_ms` and left the load
    /// at `stage`. A step that stopped well short of its budget (a streamed load waiting for
    /// its next chunk) says little of the pace, and leaves the budget as it was: learnt from
    /// such quick steps, a budget once grew to a whole 16 MB chunk, read in one 0.8 s task.
    pub fn after_using(&mut self, spent_ms: f64, used: usize, stage: Stage) {
        if stage == self.stage && used < self.budget / 2 {
            return;
        }
        self.after(spent_ms, stage);
    }

    /// Learns from a step that took `spent_ms` and left the load at `stage`.
    pub fn after(&mut self, spent_ms: f64, stage: Stage) {
        if stage != self.stage {
            (self.stage, self.budget) = (stage, Pace::START);
            return;
        }
        let grow = if spent_ms > 0.5 { (self.target_ms / spent_ms).min(2.0) } else { 2.0 };
        self.budget = ((self.budget as f64) * grow).clamp(Pace::MIN as f64, Pace::MAX as f64) as usize;
    }
}

/// One source being loaded: [`Loading::step`] until it returns true.
pub struct Loading<'a> {
    name: String,
    size: usize,
    phase: Phase<'a>,
    items: usize,
    merged: usize,
}

enum Phase<'a> {
    /// Being checked to be UTF-8 a slice at a time (up to `upto`), so that reading can take it
    /// as text, as the one-go path does.
    Check {
        text: Cow<'a, [u8]>,
        upto: usize,
    },
    /// Being read a slice at a time.
    Read {
        text: Cow<'a, str>,
        reader: Box<Reader>,
    },
    /// Fed a chunk at a time ([`Loading::streaming`]) and read as it comes.
    Stream {
        window: Window,
        reader: Box<Reader>,
    },
    /// A streamed source that has to be read whole after all ([`Loading::give_whole`]): its
    /// start needs decoding or is not what the slices take (`from_start`), or an item is not
    /// clean.
    Refused {
        from_start: bool,
    },
    /// Read: being merged into the dataset, a slice of items at a time.
    Merge(Box<Merge>),
    /// To be loaded in one go by the next step (a shape or a mess that slices do not take).
    Whole(Result<Decoded<'a>, Message>),
    Done,
}

#[derive(Default)]
struct Reader {
    pos: usize,
    at: At,
    /// The page whose members are being read, if any.
    envelope: Option<Envelope>,
    /// The items of the open array.
    items: Vec<Unit>,
    /// Every top-level value read, in order.
    units: Vec<Unit>,
    /// The call record of a records page being read member by member.
    record: Option<RecordWalk>,
}

/// A call record of a page of records, read a member at a time and its sessions one by one, so
/// that a slice can end inside it: one record of a meeting with hundreds of sessions is
/// megabytes (7.7 MB in the 50 MB benchmark export), and read at once it was the load's
/// longest task. The members other than `sessions` are read as the record they make.
#[derive(Default)]
struct RecordWalk {
    /// The record's other members as a JSON object's text: `{"id": …, "version": …}`.
    shell: String,
    /// Its sessions, once its `sessions` member was seen.
    sessions: Option<Vec<Session>>,
    seen_sessions: bool,
}

/// A page whose `@odata.context` came first and named its items.
struct Envelope {
    kind: ItemKind,
    record_id: Option<String>,
    more: bool,
    seen_value: bool,
    seen_next: bool,
}

/// Where the reader stands, and so what may come next.
#[derive(Clone, Copy, Default, PartialEq)]
enum At {
    /// Between top-level values.
    #[default]
    Top,
    /// Before a member of the envelope (after `{`'s first member and a `,`).
    Key,
    /// After a member of the envelope: `,` or `}`.
    AfterMember,
    /// Right after `[`: an item or `]`.
    Open,
    /// After `,` in an array: an item.
    Item,
    /// After an item: `,` or `]`.
    AfterItem,
    /// Inside a record being walked ([`RecordWalk`]), right after its `{`: a member or `}`.
    RecordOpen,
    /// Before a member of the record (after a `,`).
    RecordKey,
    /// After a member of the record: `,` or `}`.
    RecordAfterMember,
    /// Right after the `[` of its sessions: a session or `]`.
    SessionsOpen,
    /// After `,` in its sessions: a session.
    Session,
    /// After a session: `,` or `]`.
    AfterSession,
}

struct Merge {
    units: std::vec::IntoIter<Unit>,
    page: Option<(PageMerge, std::vec::IntoIter<Unit>, bool)>,
    report: SourceReport,
    before: Option<usize>,
    total: usize,
}

/// Why a read stopped short of its budget.
enum Stop {
    /// The slices do not take this text: load it in one go.
    Abandon,
    /// The text fed so far ends inside this item: read it again when more has come
    /// ([`Window::wait`]).
    More,
}

fn ws(b: &[u8], mut at: usize) -> usize {
    while at < b.len() && matches!(b[at], b' ' | b'\n' | b'\t' | b'\r') {
        at += 1;
    }
    at
}

/// Checking UTF-8 is this many times quicker than reading JSON: a check step takes this many
/// times the budget.
const CHECK_SPEED: usize = 8;

/// One value of type `T` at `at`, and where it ends; only when it was read clean (no field
/// the lenient readers excused). Unless the text is `last` (all of the source), a value that
/// meets its end may be cut (a number, an object): [`Stop::More`]. So is any value that fails
/// within [`MORE_SPAN`] of the end, since the rest of it may yet come; past that the failure is
/// the text's own.
fn next<'de, T: Deserialize<'de>>(text: &'de str, at: usize, last: bool) -> Result<(T, usize), Stop> {
    let mut values = serde_json::Deserializer::from_str(text.get(at..).ok_or(Stop::Abandon)?).into_iter::<T>();
    let value = values.next();
    let excused = !take_notes().is_empty();
    match value {
        Some(Ok(_)) if !last && at + values.byte_offset() >= text.len() => Err(Stop::More),
        Some(Ok(value)) if !excused => {
            let end = at + values.byte_offset();
            // A text longer than the limit is cut by the one-go path, which says where.
            if !long_texts(&text.as_bytes()[at..end], decode_limits().max_text.max(MIN_MAX_TEXT)).is_empty() {
                return Err(Stop::Abandon);
            }
            Ok((value, end))
        }
        None if !last => Err(Stop::More),
        Some(Err(e)) if !last && (e.is_eof() || text.len() - at < MORE_SPAN) => Err(Stop::More),
        _ => Err(Stop::Abandon),
    }
}

/// How far from the end of the text fed so far a value may fail and still be read again when
/// more comes ([`next`]): past it, the failure is not the chunk's end.
const MORE_SPAN: usize = 64 << 20;

/// The checked bytes as text. Every byte of `text` was checked to be UTF-8 by
/// [`Loading::read`]'s check phase, slice after slice, each slice ending on a character
/// boundary, so the whole is UTF-8; checking it again in one go is the long task the slices
/// exist to avoid.
#[allow(unsafe_code)]
fn checked(text: Cow<'_, [u8]>) -> Cow<'_, str> {
    match text {
        // SAFETY: every byte was checked to be UTF-8 (see above).
        Cow::Borrowed(bytes) => Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(bytes) }),
        // SAFETY: as above.
        Cow::Owned(bytes) => Cow::Owned(unsafe { String::from_utf8_unchecked(bytes) }),
    }
}

/// True when the text starts like something the slices take: text, not PowerShell's.
fn sliceable(text: &[u8]) -> bool {
    let prefix = &text[..text.len().min(PREFIX + 8)];
    let prefix = match std::str::from_utf8(prefix) {
        Ok(s) => s,
        // Cut inside a character: the whole characters before it.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&prefix[..e.valid_up_to()]).unwrap_or_default(),
        Err(_) => return false,
    };
    !prefix.bytes().all(|c| c.is_ascii_whitespace()) && !looks_like_sdk(prefix) && !has_markers(prefix, PREFIX)
}

impl<'a> Loading<'a> {
    /// A load of `bytes` (a file's or pasted text's), named `name` in every message.
    pub fn new(name: &str, bytes: &'a [u8]) -> Loading<'a> {
        Loading::sliced_from(name, bytes, 0)
    }

    /// The same, reading in slices only texts of `min` bytes or more (`usize::MAX`: everything
    /// in one go, as `make bench` compares).
    pub fn sliced_from(name: &str, bytes: &'a [u8], min: usize) -> Loading<'a> {
        let phase = Loading::phase_of(decode_with(bytes, &decode_limits()), min);
        Loading { name: name.to_string(), size: bytes.len(), phase, items: 0, merged: 0 }
    }

    /// How a decoded text is loaded: in slices when it is at least `min` bytes and starts as
    /// the slices take, else in one go.
    fn phase_of(decoded: Result<Decoded<'a>, Message>, min: usize) -> Phase<'a> {
        match decoded {
            Ok(Decoded { text, cut: None }) if text.len() >= min && sliceable(&text) => Phase::Check { text, upto: 0 },
            decoded => Phase::Whole(decoded),
        }
    }

    /// A load of a source of `size` bytes that is fed a chunk at a time ([`Loading::feed`],
    /// as [`Loading::wants`] asks), so that it is never held whole: what was read is dropped
    /// as reading goes on. A source that cannot be read so asks to be given whole instead
    /// ([`Want::Whole`]).
    pub fn streaming(name: &str, size: usize) -> Loading<'a> {
        let phase = Phase::Stream { window: Window::new(), reader: Box::default() };
        Loading { name: name.to_string(), size, phase, items: 0, merged: 0 }
    }

    /// What a load needs before its next step can get on.
    pub fn wants(&self) -> Want {
        match &self.phase {
            Phase::Stream { window, .. } if !window.ready() => Want::Bytes,
            Phase::Refused { .. } => Want::Whole,
            _ => Want::Work,
        }
    }

    /// Bytes of a streamed source fed so far: the next chunk starts here.
    pub fn fed(&self) -> usize {
        match &self.phase {
            Phase::Stream { window, .. } => window.fed(),
            _ => self.size,
        }
    }

    /// The next chunk of a streamed source (`last`: it ends the source).
    pub fn feed(&mut self, chunk: &[u8], last: bool) {
        let Phase::Stream { window, .. } = &mut self.phase else { return };
        if window.feed(chunk, last, sliceable).is_err() {
            self.phase = Phase::Refused { from_start: !window.started };
        }
    }

    /// Bytes of the source's text this load holds now (a streamed load: what is fed and not
    /// yet dropped; any other: all of it).
    pub fn held(&self) -> usize {
        match &self.phase {
            Phase::Stream { window, .. } => window.held(),
            Phase::Refused { .. } | Phase::Merge(_) | Phase::Done => 0,
            Phase::Check { text, .. } => text.len(),
            Phase::Read { text, .. } => text.len(),
            Phase::Whole(decoded) => decoded.as_ref().map_or(0, |d| d.text.len()),
        }
    }

    /// Runs a streamed load ([`Loading::streaming`]) to its end on `dataset`, in steps of
    /// `budget`: `chunk(at)` gives the source's next bytes from `at` on and whether they end it,
    /// `whole()` the whole source when it cannot be read in chunks, and `after` sees the load
    /// after every turn. The loop the command line, the tests and the fuzzer share (the page's
    /// waits for the browser between turns: it is its loader's own). Stops at the first error
    /// of `chunk` or `whole`, with what was merged so far in `dataset`.
    pub fn run<E>(
        &mut self,
        dataset: &mut Dataset,
        budget: usize,
        mut chunk: impl FnMut(usize) -> Result<(Vec<u8>, bool), E>,
        mut whole: impl FnMut() -> Result<Vec<u8>, E>,
        mut after: impl FnMut(&Self),
    ) -> Result<(), E> {
        loop {
            match self.wants() {
                Want::Bytes => {
                    let (bytes, last) = chunk(self.fed())?;
                    self.feed(&bytes, last);
                }
                Want::Whole => self.give_whole(whole()?),
                Want::Work if self.step(dataset, budget) => return Ok(()),
                Want::Work => {}
            }
            after(self);
        }
    }

    /// The whole of a streamed source that asked for it ([`Want::Whole`]): it is loaded from
    /// the start as [`Loading::new`] would.
    pub fn give_whole(&mut self, bytes: Vec<u8>) {
        let Phase::Refused { from_start } = self.phase else { return };
        self.size = bytes.len();
        let decoded = decode_cow(Cow::Owned(bytes), &decode_limits());
        // A stream refused mid-way read clean items up to a mess: the one-go path reads the mess.
        self.phase = if from_start { Loading::phase_of(decoded, 0) } else { Phase::Whole(decoded) };
        self.items = 0;
    }

    /// True when this source is being read in slices (not, or no longer, in one go).
    pub fn in_slices(&self) -> bool {
        matches!(self.phase, Phase::Check { .. } | Phase::Read { .. } | Phase::Stream { .. } | Phase::Merge(_))
    }

    /// What the next step does.
    pub fn stage(&self) -> Stage {
        match self.phase {
            Phase::Check { .. } => Stage::Check,
            Phase::Read { .. } | Phase::Stream { .. } | Phase::Refused { .. } => Stage::Read,
            Phase::Merge(_) => Stage::Merge,
            Phase::Whole(_) | Phase::Done => Stage::Whole,
        }
    }

    /// True while the text is still being checked or read (the steps touch no dataset yet).
    pub fn reading(&self) -> bool {
        matches!(self.stage(), Stage::Check | Stage::Read)
    }

    /// How far it has got.
    pub fn progress(&self) -> LoadProgress {
        match &self.phase {
            Phase::Check { text, upto } => {
                LoadProgress { done: upto / CHECK_SPEED, total: text.len(), items: 0, merging: false }
            }
            Phase::Read { text, reader } => LoadProgress {
                done: (text.len() / CHECK_SPEED).max(reader.pos),
                total: text.len(),
                items: self.items,
                merging: false,
            },
            Phase::Stream { window, reader } => LoadProgress {
                done: window.base + reader.pos,
                total: self.size.max(window.base + reader.pos),
                items: self.items,
                merging: false,
            },
            Phase::Refused { .. } => LoadProgress { done: 0, total: self.size, items: 0, merging: false },
            Phase::Merge(m) => LoadProgress { done: self.merged, total: m.total, items: self.items, merging: true },
            Phase::Whole(_) => LoadProgress { done: 0, total: self.size, items: self.items, merging: false },
            Phase::Done => LoadProgress { done: 1, total: 1, items: self.items, merging: true },
        }
    }

    /// Reads about `budget` bytes, touching no dataset; true once reading is over and the next
    /// [`Loading::step`]s merge (or load in one go).
    pub fn read(&mut self, budget: usize) -> bool {
        if let Phase::Check { text, upto } = &mut self.phase {
            let end = upto.saturating_add(budget.saturating_mul(CHECK_SPEED).max(4)).min(text.len());
            match std::str::from_utf8(&text[*upto..end]) {
                Ok(_) => *upto = end,
                // A character cut by the end of the slice: the next slice starts with it.
                Err(e) if e.error_len().is_none() && end < text.len() => *upto += e.valid_up_to(),
                // Not UTF-8: the one-go path replaces the bad bytes and says where.
                Err(_) => {
                    let Phase::Check { text, .. } = std::mem::replace(&mut self.phase, Phase::Done) else {
                        unreachable!("in the check phase")
                    };
                    self.phase = Phase::Whole(Ok(Decoded { text, cut: None }));
                    return true;
                }
            }
            if *upto == text.len() {
                let Phase::Check { text, .. } = std::mem::replace(&mut self.phase, Phase::Done) else {
                    unreachable!("in the check phase")
                };
                self.phase = Phase::Read { text: checked(text), reader: Box::default() };
            }
            return false;
        }
        let read = match &mut self.phase {
            Phase::Read { text, reader } => reader.read(text, budget, &mut self.items, true),
            Phase::Stream { window, reader } if window.ready() => {
                let read = reader.read(&window.text, budget, &mut self.items, window.last);
                if matches!(read, Err(Stop::More)) {
                    window.wait(reader.pos);
                }
                reader.pos -= window.drop_read(reader.pos);
                read
            }
            Phase::Stream { .. } | Phase::Refused { .. } => return false,
            _ => return true,
        };
        match read {
            Ok(false) | Err(Stop::More) => return false,
            Ok(true) => {
                let reader = match &mut self.phase {
                    Phase::Read { reader, .. } | Phase::Stream { reader, .. } => reader,
                    _ => unreachable!("in a read phase"),
                };
                let units = std::mem::take(&mut reader.units);
                let total = self.items.max(1);
                let report = SourceReport { name: self.name.clone(), bytes: self.size, ..SourceReport::default() };
                self.phase =
                    Phase::Merge(Box::new(Merge { units: units.into_iter(), page: None, report, before: None, total }));
            }
            Err(Stop::Abandon) => {
                clear_notes();
                self.phase = match std::mem::replace(&mut self.phase, Phase::Done) {
                    Phase::Read { text, .. } => {
                        let text = match text {
                            Cow::Borrowed(text) => Cow::Borrowed(text.as_bytes()),
                            Cow::Owned(text) => Cow::Owned(text.into_bytes()),
                        };
                        Phase::Whole(Ok(Decoded { text, cut: None }))
                    }
                    // What was read is dropped with the window: the source is read again whole.
                    _ => {
                        self.items = 0;
                        Phase::Refused { from_start: false }
                    }
                };
                return matches!(self.phase, Phase::Whole(_));
            }
        }
        true
    }

    /// Does about `budget` bytes' worth of work; true when the source is loaded into `dataset`
    /// (which is only touched once reading is over). A source read in one go is one step.
    pub fn step(&mut self, dataset: &mut Dataset, budget: usize) -> bool {
        match &mut self.phase {
            Phase::Check { .. } | Phase::Read { .. } | Phase::Stream { .. } => {
                self.read(budget);
                false
            }
            // Nothing to do until the source is given whole.
            Phase::Refused { .. } => false,
            Phase::Merge(m) => {
                let before = *m.before.get_or_insert(dataset.diagnostics.len());
                let mut spent = 0;
                loop {
                    if spent >= budget {
                        return false;
                    }
                    if let Some((page, items, _)) = &mut m.page {
                        match items.next() {
                            Some(item) => {
                                dataset.merge_page_item(page, item, &self.name, &mut m.report);
                                (spent, self.merged) = (spent + MERGE_COST, self.merged + 1);
                            }
                            None => {
                                let (page, _, more) = m.page.take().expect("a page is open");
                                dataset.end_page(page, more, &self.name);
                            }
                        }
                        continue;
                    }
                    match m.units.next() {
                        Some(Unit::Page { items, more }) => {
                            m.page = Some((PageMerge::default(), items.into_iter(), more))
                        }
                        Some(unit) => {
                            dataset.merge(unit, &self.name, &mut m.report);
                            (spent, self.merged) = (spent + MERGE_COST, self.merged + 1);
                        }
                        None => {
                            let report = std::mem::take(&mut m.report);
                            dataset.finish_source(report, before);
                            self.phase = Phase::Done;
                            return true;
                        }
                    }
                }
            }
            Phase::Whole(_) => {
                let Phase::Whole(decoded) = std::mem::replace(&mut self.phase, Phase::Done) else {
                    unreachable!("in the whole phase")
                };
                dataset.load_whole(&self.name, self.size, decoded);
                true
            }
            Phase::Done => true,
        }
    }
}

impl Reader {
    /// Reads items until about `budget` bytes are read; true at the end of the text. `last`:
    /// the text is all of the source (else more may come, and a read that meets its end stops
    /// with [`Stop::More`], having taken nothing of the cut item).
    fn read(&mut self, text: &str, budget: usize, items: &mut usize, last: bool) -> Result<bool, Stop> {
        let b = text.as_bytes();
        let start = self.pos;
        while self.pos - start < budget {
            let at = ws(b, self.pos);
            fed(b, at, last)?;
            match self.at {
                At::Top if at >= b.len() => {
                    self.pos = at;
                    return Ok(true);
                }
                At::Top => match b[at] {
                    b'{' => match context_first(text, at, last)? {
                        Some((hint, after)) if hint.collection => {
                            let (kind, record_id) = (hint.kind, hint.record_id);
                            let envelope =
                                Envelope { kind, record_id, more: false, seen_value: false, seen_next: false };
                            self.envelope = Some(envelope);
                            (self.pos, self.at) = (after, At::AfterMember);
                        }
                        _ => self.top_doc(text, at, items, last)?,
                    },
                    b'[' => (self.pos, self.at) = (at + 1, At::Open),
                    _ => self.top_doc(text, at, items, last)?,
                },
                At::Key => {
                    let envelope = self.envelope.as_mut().ok_or(Stop::Abandon)?;
                    let (key, value) = member(text, at, last)?;
                    match key.as_ref() {
                        "value" if !envelope.seen_value && b.get(value) == Some(&b'[') => {
                            envelope.seen_value = true;
                            (self.pos, self.at) = (value + 1, At::Open);
                        }
                        "@odata.nextLink" | "@odata.nextlink" if !envelope.seen_next => {
                            let (link, end) = next::<Option<IgnoredAny>>(text, value, last)?;
                            (envelope.seen_next, envelope.more) = (true, link.is_some());
                            (self.pos, self.at) = (end, At::AfterMember);
                        }
                        // A repeated `value` or next link, or a `value` that is not an array.
                        "value" | "@odata.nextLink" | "@odata.nextlink" => return Err(Stop::Abandon),
                        _ => (self.pos, self.at) = (next::<IgnoredAny>(text, value, last)?.1, At::AfterMember),
                    }
                }
                At::AfterMember => match b.get(at) {
                    Some(b',') => (self.pos, self.at) = (at + 1, At::Key),
                    Some(b'}') => {
                        let envelope = self.envelope.take().ok_or(Stop::Abandon)?;
                        let items = std::mem::take(&mut self.items);
                        self.units.push(Unit::Page { items, more: envelope.more });
                        (self.pos, self.at) = (at + 1, At::Top);
                    }
                    _ => return Err(Stop::Abandon),
                },
                At::Open if b.get(at) == Some(&b']') => self.close_array(at),
                At::Open | At::Item
                    if b.get(at) == Some(&b'{')
                        && self.envelope.as_ref().is_some_and(|e| e.kind == ItemKind::Record) =>
                {
                    self.record = Some(RecordWalk { shell: "{".into(), ..RecordWalk::default() });
                    (self.pos, self.at) = (at + 1, At::RecordOpen);
                }
                At::RecordOpen if b.get(at) == Some(&b'}') => self.end_record(at, items)?,
                At::RecordOpen | At::RecordKey => {
                    let walk = self.record.as_mut().ok_or(Stop::Abandon)?;
                    let (key, value) = member(text, at, last)?;
                    let sessions = key == "sessions";
                    if sessions && std::mem::replace(&mut walk.seen_sessions, true) {
                        return Err(Stop::Abandon); // a repeated key: the one-go path says where
                    }
                    if sessions && b.get(value) == Some(&b'[') {
                        walk.sessions = Some(Vec::new());
                        (self.pos, self.at) = (value + 1, At::SessionsOpen);
                    } else {
                        let end = next::<IgnoredAny>(text, value, last)?.1;
                        if walk.shell.len() > 1 {
                            walk.shell.push(',');
                        }
                        walk.shell.push_str(&text[at..end]);
                        (self.pos, self.at) = (end, At::RecordAfterMember);
                    }
                }
                At::RecordAfterMember => match b.get(at) {
                    Some(b',') => (self.pos, self.at) = (at + 1, At::RecordKey),
                    Some(b'}') => self.end_record(at, items)?,
                    _ => return Err(Stop::Abandon),
                },
                At::SessionsOpen if b.get(at) == Some(&b']') => (self.pos, self.at) = (at + 1, At::RecordAfterMember),
                At::SessionsOpen | At::Session => {
                    let (session, end) = next::<Session>(text, at, last)?;
                    let walk = self.record.as_mut().ok_or(Stop::Abandon)?;
                    walk.sessions.get_or_insert_with(Vec::new).push(session);
                    (self.pos, self.at) = (end, At::AfterSession);
                }
                At::AfterSession => match b.get(at) {
                    Some(b',') => (self.pos, self.at) = (at + 1, At::Session),
                    Some(b']') => (self.pos, self.at) = (at + 1, At::RecordAfterMember),
                    _ => return Err(Stop::Abandon),
                },
                At::Open | At::Item => {
                    let (unit, end) = match &self.envelope {
                        Some(e) => as_item(e.kind, &e.record_id, || {
                            next::<Item>(text, at, last).map(|(Item(u), end)| (u, end))
                        })?,
                        // An element of a top-level array is a document two deep.
                        None => at_doc_depth(2, || next::<Doc>(text, at, last).map(|(Doc(u), end)| (u, end)))?,
                    };
                    self.items.push(unit);
                    *items += 1;
                    (self.pos, self.at) = (end, At::AfterItem);
                }
                At::AfterItem => match b.get(at) {
                    Some(b',') => (self.pos, self.at) = (at + 1, At::Item),
                    Some(b']') => self.close_array(at),
                    _ => return Err(Stop::Abandon),
                },
            }
        }
        Ok(false)
    }

    /// A whole top-level value read at once (an object that is not a page of named items, a
    /// number, a string…), as the fast path reads it.
    fn top_doc(&mut self, text: &str, at: usize, items: &mut usize, last: bool) -> Result<(), Stop> {
        let (Doc(unit), end) = at_doc_depth(1, || next::<Doc>(text, at, last))?;
        self.units.push(unit);
        *items += 1;
        self.pos = end;
        Ok(())
    }

    /// The `}` at `at` ends the record being walked: its other members read as a record of the
    /// page's kind, with the sessions read one by one.
    fn end_record(&mut self, at: usize, items: &mut usize) -> Result<(), Stop> {
        let mut walk = self.record.take().ok_or(Stop::Abandon)?;
        let envelope = self.envelope.as_ref().ok_or(Stop::Abandon)?;
        walk.shell.push('}');
        let (Item(mut unit), _) = as_item(envelope.kind, &envelope.record_id, || next::<Item>(&walk.shell, 0, true))?;
        if let (Unit::Record(wire), Some(sessions)) = (&mut unit, walk.sessions) {
            wire.sessions = Some(sessions);
        }
        self.items.push(unit);
        *items += 1;
        (self.pos, self.at) = (at + 1, At::AfterItem);
        Ok(())
    }

    /// `]` at `at`: the array is a page's `value`, or a top-level array (a page of documents).
    fn close_array(&mut self, at: usize) {
        self.pos = at + 1;
        if self.envelope.is_some() {
            self.at = At::AfterMember;
        } else {
            let items = std::mem::take(&mut self.items);
            self.units.push(Unit::Page { items, more: false });
            self.at = At::Top;
        }
    }
}

/// The key of the member at `at` (of an envelope or a walked record), and where its value
/// starts; [`Stop::More`] when the text fed so far ends before the value does start.
fn member<'t>(text: &'t str, at: usize, last: bool) -> Result<(Cow<'t, str>, usize), Stop> {
    let b = text.as_bytes();
    let (key, after) = next::<Cow<'_, str>>(text, at, last)?;
    let colon = ws(b, after);
    fed(b, colon, last)?;
    if b.get(colon) != Some(&b':') {
        return Err(Stop::Abandon);
    }
    let value = ws(b, colon + 1);
    fed(b, value, last)?;
    Ok((key, value))
}

/// [`Stop::More`] when `at` is past the end of the text `b` fed so far, unless that was all
/// of it (`last`).
fn fed(b: &[u8], at: usize, last: bool) -> Result<(), Stop> {
    if at >= b.len() && !last {
        Err(Stop::More)
    } else {
        Ok(())
    }
}

/// When the object at `at` starts with `"@odata.context": "…"` naming a known shape: the hint,
/// and where the context's value ends.
fn context_first(text: &str, at: usize, last: bool) -> Result<Option<(super::detect::ContextHint, usize)>, Stop> {
    const KEY: &[u8] = b"\"@odata.context\"";
    let b = text.as_bytes();
    let key = ws(b, at + 1);
    // The text fed so far stops before the context could be told: wait for more.
    if !last && b.len() < key + KEY.len() + 1 && KEY.starts_with(&b[key..]) {
        return Err(Stop::More);
    }
    if !b[key..].starts_with(KEY) {
        return Ok(None);
    }
    let colon = ws(b, key + KEY.len());
    if !last && colon >= b.len() {
        return Err(Stop::More);
    }
    if b.get(colon) != Some(&b':') {
        return Ok(None);
    }
    let (context, end) = match next::<Cow<'_, str>>(text, ws(b, colon + 1), last) {
        Ok(found) => found,
        Err(Stop::More) => return Err(Stop::More),
        Err(Stop::Abandon) => return Ok(None),
    };
    Ok(context_hint(&context).map(|hint| (hint, end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loads `text` in slices of `budget` bytes (every text sliced), and in one go.
    fn both(text: &str, budget: usize) -> (Dataset, Dataset, bool) {
        let mut sliced = Dataset::default();
        let mut loading = Loading::sliced_from("t.json", text.as_bytes(), 0);
        let mut steps = 0;
        while !loading.step(&mut sliced, budget) {
            steps += 1;
            assert!(steps < 1_000_000, "a load that never ends");
        }
        let in_slices = steps > 1;
        let mut whole = Dataset::default();
        whole.load_whole("t.json", text.len(), decode_with(text.as_bytes(), &decode_limits()));
        (sliced, whole, in_slices)
    }

    #[test]
    fn pages_arrays_and_lines_read_in_slices_load_as_in_one_go() {
        let pstn = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
            "@odata.count": 2, "value":[{"id":"p1","callId":"c1"}, {"id":"p2","callId":"c2"}],
            "@odata.nextLink":"https://graph.microsoft.com/v1.0/next"}"#;
        let records =
            r#"[{"id":"a","version":1,"type":"groupCall"},{"id":"b","version":2},{"id":"a","version":3}, 7, "x"]"#;
        let lines = "{\"id\":\"a\",\"version\":1}\n{\"id\":\"c\",\"version\":1}\n";
        let sessions = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('a')/sessions","value":[{"id":"s1"},{"id":"s2"}]}"#;
        for text in [pstn, records, lines, sessions, "[]", "{\"value\":[]}"] {
            for budget in [1, 7, 64, usize::MAX] {
                let (sliced, whole, _) = both(text, budget);
                assert_eq!(sliced, whole, "{text} in slices of {budget}");
            }
        }
        let (sliced, _, in_slices) = both(pstn, 16);
        assert!(in_slices, "a small budget takes several steps");
        assert_eq!(sliced.pstn_calls.len(), 2);
        assert!(sliced.diagnostics.iter().any(|d| d.message.contains("more pages")), "{:?}", sliced.diagnostics);
    }

    /// A page of records whose `@odata.context` comes first, as Graph sends it.
    fn records_page(records: &[String]) -> String {
        format!(
            r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))","value":[{}]}}"#,
            records.join(",")
        )
    }

    #[test]
    fn a_record_of_many_sessions_is_read_in_slices_and_loads_as_in_one_go() {
        let session = |i: usize| {
            format!(
                r#"{{"id":"s{i}","modalities":["audio"],"startDateTime":"2026-03-17T10:00:00Z","segments":[{{"id":"g{i}","media":[{{"label":"main-audio","streams":[{{"streamId":"{i}","averageJitter":"PT0.012S"}}]}}]}}]}}"#
            )
        };
        let sessions: Vec<String> = (0..300).map(session).collect();
        let big = format!(
            r#"{{"id":"big","version":2,"sessions":[{}],"type":"groupCall","sessions@odata.nextLink":"https://graph.microsoft.com/v1.0/more","organizer":{{"user":{{"id":"u1","displayName":"Kenji Holloway"}}}}}}"#,
            sessions.join(",")
        );
        let text = records_page(&[r#"{"id":"small","version":1}"#.into(), big.clone(), r#"{}"#.into()]);
        for budget in [1, 300, 4096, usize::MAX] {
            let (sliced, whole, _) = both(&text, budget);
            assert_eq!(sliced, whole, "in slices of {budget}");
        }
        let (sliced, _, _) = both(&text, 4096);
        let record = sliced.record("big").expect("the big record");
        assert_eq!((record.sessions.len(), record.more_sessions), (300, true));
        assert_eq!(record.organizer.as_ref().and_then(|o| o.own_name()), Some("Kenji Holloway"));
        // The slices end inside the big record: reading it takes many steps, each about the budget.
        let mut loading = Loading::sliced_from("t.json", text.as_bytes(), 0);
        let mut reads = 0;
        while loading.reading() {
            loading.read(4096);
            reads += 1;
        }
        assert!(reads > big.len() / 4096 / 2, "{reads} reads of a {} byte record", big.len());
        // Shapes a record walk does not take load as in one go, and say so as always.
        for odd in [
            r#"{"id":"twice","sessions":[],"sessions":[{"id":"s1"}]}"#,
            r#"{"id":"null","sessions":null}"#,
            r#"{"id":"number","sessions":5}"#,
            r#"{"id":"broken","sessions":[{"id":"s1"}, 7]}"#,
            r#"{"id":"bad-field","version":"two","sessions":[{"id":"s1","startDateTime":"soon"}]}"#,
        ] {
            let text = records_page(&[odd.into()]);
            for budget in [1, 64, usize::MAX] {
                let (sliced, whole, _) = both(&text, budget);
                assert_eq!(sliced, whole, "{odd} in slices of {budget}");
            }
        }
    }

    #[test]
    fn the_pace_aims_at_the_target_grows_at_most_twofold_and_starts_again_per_stage() {
        let mut pace = Pace::new(40.0);
        assert_eq!(pace.budget(), Pace::START);
        pace.after(0.1, Stage::Check);
        assert_eq!(pace.budget(), 2 * Pace::START, "a quick step: twice as much");
        for _ in 0..40 {
            pace.after(0.1, Stage::Check);
        }
        assert_eq!(pace.budget(), Pace::MAX, "never more than the most");
        pace.after(0.1, Stage::Read);
        assert_eq!(pace.budget(), Pace::START, "reading is slower than checking: small again");
        pace.after_using(0.1, 10, Stage::Read);
        assert_eq!(pace.budget(), Pace::START, "a step cut short (waiting for bytes) teaches nothing");
        pace.after_using(0.1, Pace::START, Stage::Read);
        assert_eq!(pace.budget(), 2 * Pace::START, "a whole step does");
        pace.after(80.0, Stage::Read);
        assert_eq!(pace.budget(), Pace::START, "twice the target: half as much");
        pace.after(80.0, Stage::Read);
        assert_eq!(pace.budget(), Pace::START / 2);
        pace.after(10.0, Stage::Read);
        assert_eq!(pace.budget(), Pace::START, "a quarter of the target: twice, not four times");
        for _ in 0..20 {
            pace.after(1000.0, Stage::Read);
        }
        assert_eq!(pace.budget(), Pace::MIN, "never less than the least");
        // A load read under the pace: no step is over a few budgets, and every stage is seen.
        let text = format!("[{}]", vec![r#"{"id":"r","version":1,"type":"groupCall"}"#; 2000].join(","));
        let (mut dataset, mut pace, mut stages) = (Dataset::default(), Pace::new(40.0), vec![]);
        let mut loading = Loading::sliced_from("t.json", text.as_bytes(), 0);
        loop {
            let before = loading.stage();
            stages.push(before);
            let done = loading.step(&mut dataset, pace.budget());
            pace.after(0.1, loading.stage());
            if done {
                break;
            }
        }
        stages.dedup();
        assert_eq!(stages, [Stage::Check, Stage::Read, Stage::Merge]);
        assert_eq!(dataset.records.len(), 1, "the same id: one record");
    }

    #[test]
    fn a_mess_is_loaded_in_one_go_and_said_as_always() {
        let cases = [
            // A syntax error in the second item, a number as text, a repeated key, a trailing comma.
            r#"[{"id":"a","version":1},{"id":"b" "version":1}]"#,
            r#"[{"id":"a","version":"1"}]"#,
            r#"[{"id":"a","id":"b","version":1}]"#,
            r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords","value":[{"id":"a"},]}"#,
            "// fetched today\n[{\"id\":\"a\"}]",
            "   ",
        ];
        for text in cases {
            for budget in [1, usize::MAX] {
                let (sliced, whole, _) = both(text, budget);
                assert_eq!(sliced, whole, "{text}");
                assert!(!whole.diagnostics.is_empty(), "{text} is said to be wrong");
            }
        }
    }

    #[test]
    fn text_is_checked_slice_by_slice_across_characters_and_bad_bytes_go_the_one_go_way() {
        let names = r#"[{"id":"a","version":1,"organizer":{"user":{"id":"u","displayName":"Zoë 中文 😀 Ægir"}}}]"#;
        for budget in [1, 2, 3, 5, usize::MAX] {
            let (sliced, whole, _) = both(names, budget);
            assert_eq!(sliced, whole);
            assert_eq!(sliced.records[0].organizer_name().as_deref(), Some("Zoë 中文 😀 Ægir"));
        }
        let mut bad = br#"[{"id":"a","version":1,"organizer":{"user":{"id":"u","displayName":"Zo"#.to_vec();
        bad.extend_from_slice(&[0xFF, 0xFE]);
        bad.extend_from_slice(br#""}}}]"#);
        let mut sliced = Dataset::default();
        let mut loading = Loading::sliced_from("t.json", &bad, 0);
        while !loading.step(&mut sliced, 3) {}
        let mut whole = Dataset::default();
        whole.load_whole("t.json", bad.len(), decode_with(&bad, &decode_limits()));
        assert_eq!(sliced, whole);
        assert!(whole.diagnostics.iter().any(|d| d.message.contains("not valid UTF-8")), "{:?}", whole.diagnostics);
        assert_eq!(sliced.records.len(), 1, "the record still loads");
    }

    #[test]
    fn nothing_reaches_the_dataset_before_reading_is_over() {
        let text = r#"[{"id":"a","version":1},{"id":"b","version":1},{"id":"c","version":1}]"#;
        let mut dataset = Dataset::default();
        let mut loading = Loading::sliced_from("t.json", text.as_bytes(), 0);
        assert!(!loading.step(&mut dataset, 10));
        let progress = loading.progress();
        assert!(progress.done > 0 && progress.done < progress.total && !progress.merging, "{progress:?}");
        assert!(progress.fraction() > 0.0 && progress.fraction() < 0.9);
        assert_eq!(dataset, Dataset::default(), "stopping here keeps the dataset as it was");
        while !loading.step(&mut dataset, 10) {}
        assert_eq!(dataset.records.len(), 3);
        assert_eq!(loading.progress().items, 3);
    }
}
