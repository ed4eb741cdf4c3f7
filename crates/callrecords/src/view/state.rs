//! The page's state and the actions that change it, as plain Rust (the Yew `Reducible` in
//! `app` only forwards to [`ViewState::apply`]), so every transition is tested natively.

use crate::calllogs::Links;
use crate::i18n::Lang;
use crate::judge::{RecordJudgement, RuleSet, RuleSetKind};
use crate::model::Dataset;
use crate::model::NodePath;
use crate::redact::{redact, Categories, Mapping};
use crate::view::landing::after_load;
use crate::view::overview::{everyone, CallFilter, CallRow, CallSort};
use crate::view::person::Person;
use crate::view::route::Route;
use crate::view::tree;
use std::collections::BTreeSet;
use std::rc::Rc;

/// A source to load: its name ("pasted text" or a file name) and its bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Compared by pointer for what is shared (the datasets, the mapping) and by value for the rest,
/// never deeply: the page compares the state on every dispatch ([`PartialEq`] below).
#[derive(Clone, Debug)]
pub struct ViewState {
    /// What every view shows: everything loaded, redacted when redaction is on. Shared with the
    /// views by pointer; replaced, never mutated in place.
    pub dataset: Rc<Dataset>,
    /// Everything loaded, as loaded (the same `Rc` as `dataset` while redaction is off). Only
    /// the redaction preview and the log links read it.
    pub loaded: Rc<Dataset>,
    /// The categories redacted (none: redaction is off), and the mapping that made `dataset`.
    /// The mapping never leaves the page unless the user downloads it.
    pub redaction: Categories,
    pub mapping: Rc<Mapping>,
    /// Increases on every change of `dataset`: a cheap dependency for memoised views.
    pub generation: u64,
    /// The judgements and overview rows of `dataset`, when a load worked them out a slice at a
    /// time before handing the data over ([`Prepared`]); the page uses them while they fit.
    pub prepared: Option<Rc<Prepared>>,
    /// The log rows linked to the call records of `loaded`, when a load linked them a slice at
    /// a time before handing the data over; the page uses them while `loaded` is that data.
    pub linked: Option<Rc<Links>>,
    /// What is being read or parsed right now, for the progress line.
    pub busy: Option<String>,
    /// How far the load in progress has got, 0 to 1, when it can tell.
    pub progress: Option<f64>,
    /// Records judged anew so far, and in all, while the data already shown is judged again a
    /// slice at a time (another rule set or language): the views show the judgements they
    /// had until the new ones are all made ([`Action::Prepared`]).
    pub judging: Option<(usize, usize)>,
    /// What the last load that did not finish left (stopped by the user), until the next one.
    pub notice: Option<String>,
    /// How long the last load took to parse, in milliseconds (shown to the user).
    pub last_parse_ms: Option<f64>,
    /// The rules streams are judged by (always named on the page).
    pub rules: RuleSet,
    /// The published set last chosen: custom limits start from it, and "Reset" returns to it.
    pub rules_base: RuleSetKind,
    /// Every time on the page in UTC, instead of the viewer's zone.
    pub utc: bool,
    /// Where the user is (mirrors the URL fragment).
    pub route: Route,
    /// Open nodes of the call tree, and the call they belong to.
    pub expanded: BTreeSet<NodePath>,
    pub expanded_call: Option<String>,
    /// The overview's filter and sort order.
    pub filter: CallFilter,
    pub sort: CallSort,
    pub descending: bool,
    /// The language of the page (the URL's `lang=`); the page sets [`crate::i18n::set_current`]
    /// from it before every render.
    pub lang: Lang,
}

/// Two states are equal when they show the same objects: the datasets and the mapping by pointer
/// (they are replaced, never mutated, and `generation` moves with them), everything else by
/// value. A keystroke in a filter therefore costs a few comparisons, not a walk of the data.
impl PartialEq for ViewState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && Rc::ptr_eq(&self.loaded, &other.loaded)
            && Rc::ptr_eq(&self.mapping, &other.mapping)
            && self.generation == other.generation
            && match (&self.prepared, &other.prepared) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && match (&self.linked, &other.linked) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && self.redaction == other.redaction
            && self.busy == other.busy
            && self.progress == other.progress
            && self.judging == other.judging
            && self.notice == other.notice
            && self.last_parse_ms == other.last_parse_ms
            && self.rules == other.rules
            && self.rules_base == other.rules_base
            && self.utc == other.utc
            && self.route == other.route
            && self.expanded == other.expanded
            && self.expanded_call == other.expanded_call
            && self.filter == other.filter
            && self.sort == other.sort
            && self.descending == other.descending
            && self.lang == other.lang
    }
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            dataset: Rc::default(),
            loaded: Rc::default(),
            redaction: Categories::default(),
            mapping: Rc::default(),
            generation: 0,
            prepared: None,
            linked: None,
            busy: None,
            progress: None,
            judging: None,
            notice: None,
            last_parse_ms: None,
            rules: RuleSet::cqd_current(),
            rules_base: RuleSetKind::CqdCurrent,
            utc: false,
            route: Route::Calls,
            expanded: BTreeSet::new(),
            expanded_call: None,
            filter: CallFilter::default(),
            sort: CallSort::Start,
            descending: true,
            lang: Lang::En,
        }
    }
}

/// The judgements and overview rows of every record under one rule set and language, worked
/// out by a load before it handed its data over, so that showing the overview costs nothing.
#[derive(Debug, Default, PartialEq)]
pub struct Prepared {
    pub rules: RuleSet,
    pub lang: Lang,
    pub judgements: Rc<Vec<RecordJudgement>>,
    pub rows: Rc<Vec<CallRow>>,
    /// Everyone in the calls, with their calls and poor streams (the Person box offers them).
    pub people: Rc<Vec<Person>>,
    /// Milliseconds of work making them took, as the caller measured it (0 when it did not):
    /// the page judges the data again at once, in one task, only when that was short.
    pub took_ms: f64,
}

/// Data as loaded redacted outside the reducer (the page, a slice at a time): `dataset` is it
/// with `categories` replaced through `mapping`.
#[derive(Clone, Debug, PartialEq)]
pub struct Redaction {
    pub categories: Categories,
    pub dataset: Rc<Dataset>,
    pub mapping: Rc<Mapping>,
}

impl Prepared {
    /// What a load prepared: the judgements and rows, and the people gathered from the rows.
    pub fn new(rules: RuleSet, lang: Lang, judgements: Vec<RecordJudgement>, rows: Vec<CallRow>) -> Prepared {
        let people = Rc::new(everyone(&rows));
        Prepared { rules, lang, judgements: Rc::new(judgements), rows: Rc::new(rows), people, took_ms: 0.0 }
    }

    /// The judgements and rows of `dataset` under `rules` in `lang`, if these are for them
    /// (the same rules and language, one per record).
    pub fn fits(&self, dataset: &Dataset, rules: &RuleSet, lang: Lang) -> bool {
        self.rules == *rules && self.lang == lang && self.rows.len() == dataset.records.len()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Work has started (reading files, parsing); shown until the next `Load` or `Clear`.
    Busy(String),
    /// A load in slices has got this far: the line to show and the share done (0 to 1).
    Progress {
        line: String,
        fraction: f64,
    },
    /// Adds sources to what is loaded (parses them), and goes to the view that shows them.
    Load(Vec<Input>),
    /// A load done in slices outside the reducer (the page's loader): `dataset` is `base`, the
    /// data as loaded when it started merging, with the new sources added; `redacted`, when
    /// redaction was on, is `dataset` redacted as the page redacts; `prepared` is for the data to
    /// show (`redacted`'s, else `dataset`), and `linked` the log rows linked to `dataset`'s
    /// records. Ignored if what is loaded is no longer `base` (it was cleared meanwhile); what
    /// no longer fits the redaction on (it changed meanwhile) is made anew.
    Loaded {
        base: Rc<Dataset>,
        dataset: Rc<Dataset>,
        redacted: Option<Redaction>,
        prepared: Option<Rc<Prepared>>,
        linked: Option<Rc<Links>>,
    },
    /// The data shown is being judged again a slice at a time: records done and in all; `None`
    /// when that work was dropped (the rules went back to those already judged by).
    Judging(Option<(usize, usize)>),
    /// What that work made, for the data of `generation`: kept if it fits the data, rules and
    /// language shown now (else a newer change has made it stale, and other work is under way).
    Prepared {
        generation: u64,
        prepared: Rc<Prepared>,
    },
    /// The user stopped a load: nothing of it was added; the line says so.
    Cancelled(String),
    /// How long the last `Load` took, measured by the caller around it.
    ParseTime(f64),
    /// Forgets everything loaded (the rule set and filters stay).
    Clear,
    /// The URL fragment changed (a click, Back, Forward, or the first load).
    Navigate(Route),
    /// The user chose another rule set or edited a threshold.
    SetRules(RuleSet),
    /// Shows every time in UTC (`true`) or in the viewer's zone.
    ShowUtc(bool),
    /// Opens or closes a node of the call tree.
    Expand(NodePath, bool),
    ExpandAll,
    CollapseAll,
    SetFilter(CallFilter),
    /// Sorts the overview by a column; the same column again reverses the order.
    Sort(CallSort),
    /// The user picked another language: everything else (data, selection, filters) stays.
    SetLang(Lang),
    /// Redacts these categories in every view (none: shows the data as loaded).
    Redact(Categories),
    /// A redaction done in slices outside the reducer (the page's): of `base`, the data as
    /// loaded, and what was prepared for it. Ignored if what is loaded is no longer `base`.
    Redacted {
        base: Rc<Dataset>,
        redacted: Redaction,
        prepared: Option<Rc<Prepared>>,
    },
}

impl ViewState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> ViewState {
        match action {
            Action::Busy(what) => ViewState { busy: Some(what), progress: None, notice: None, ..self.clone() },
            Action::Progress { line, fraction } => {
                ViewState { busy: Some(line), progress: Some(fraction.clamp(0.0, 1.0)), ..self.clone() }
            }
            Action::Load(inputs) => {
                let mut dataset = (*self.loaded).clone();
                for input in &inputs {
                    dataset.load(&input.name, &input.bytes);
                }
                self.with_loaded(Rc::new(dataset), None)
            }
            Action::Loaded { base, dataset, redacted, prepared, linked } if Rc::ptr_eq(&base, &self.loaded) => {
                // Made for the data shown: as loaded, or redacted by the redaction on now.
                let fits = redacted.as_ref().map_or(Categories::default(), |r| r.categories) == self.redaction;
                let next = self.with_loaded(dataset, redacted);
                ViewState { prepared: prepared.filter(|_| fits), linked, ..next }
            }
            Action::Loaded { .. } => ViewState { busy: None, progress: None, ..self.clone() },
            Action::Judging(judging) => ViewState { judging, ..self.clone() },
            Action::Prepared { generation, prepared }
                if generation == self.generation && prepared.fits(&self.dataset, &self.rules, self.lang) =>
            {
                ViewState { prepared: Some(prepared), judging: None, ..self.clone() }
            }
            Action::Prepared { .. } => self.clone(),
            Action::Cancelled(line) => ViewState { busy: None, progress: None, notice: Some(line), ..self.clone() },
            Action::ParseTime(ms) => ViewState { last_parse_ms: Some(ms), ..self.clone() },
            Action::Clear => ViewState {
                generation: self.generation + 1,
                rules: self.rules.clone(),
                rules_base: self.rules_base,
                utc: self.utc,
                filter: self.filter.clone(),
                sort: self.sort,
                descending: self.descending,
                route: self.route.clone(),
                lang: self.lang,
                redaction: self.redaction,
                ..ViewState::default()
            },
            Action::Redact(categories) if categories == self.redaction => self.clone(),
            Action::Redact(categories) => self.shown(self.loaded.clone(), categories),
            Action::Redacted { base, redacted, prepared } if Rc::ptr_eq(&base, &self.loaded) => {
                let next = self.shown_as(base, redacted);
                ViewState { prepared, busy: None, progress: None, ..next }
            }
            Action::Redacted { .. } => ViewState { busy: None, progress: None, ..self.clone() },
            Action::Navigate(route) => {
                let mut next = ViewState { route: route.clone(), ..self.clone() };
                if let Route::Call { id, node } = &route {
                    if let Some(record) = self.dataset.record(id) {
                        if next.expanded_call.as_deref() != Some(id.as_str()) {
                            next.expanded = tree::default_expanded(record);
                            next.expanded_call = Some(id.clone());
                        }
                        // The selected node is always visible.
                        let mut up = node.parent();
                        while let Some(parent) = up.filter(|p| *p != NodePath::Call) {
                            next.expanded.insert(parent);
                            up = parent.parent();
                        }
                    }
                }
                next
            }
            Action::SetRules(rules) => {
                let rules_base = if rules.kind == RuleSetKind::Custom { self.rules_base } else { rules.kind };
                ViewState { rules, rules_base, ..self.clone() }
            }
            Action::SetLang(lang) => ViewState { lang, ..self.clone() },
            Action::ShowUtc(utc) => ViewState { utc, ..self.clone() },
            Action::Expand(node, open) => {
                let mut next = self.clone();
                if open {
                    next.expanded.insert(node);
                } else {
                    next.expanded.remove(&node);
                }
                next
            }
            Action::ExpandAll => {
                let expanded = self.current_record().map(tree::all_parents).unwrap_or_default();
                ViewState { expanded, ..self.clone() }
            }
            Action::CollapseAll => ViewState { expanded: BTreeSet::new(), ..self.clone() },
            Action::SetFilter(filter) => ViewState { filter, ..self.clone() },
            Action::Sort(sort) => {
                let descending = if sort == self.sort {
                    !self.descending
                } else {
                    !matches!(sort, crate::view::overview::CallSort::Organizer | crate::view::overview::CallSort::Type)
                };
                ViewState { sort, descending, ..self.clone() }
            }
        }
    }

    /// The state once `dataset` (what was loaded with new sources added) is loaded: shown
    /// (redacted as before), and the page lands where the new data is ([`after_load`]); a call
    /// link opened before its data was loaded opens once the record arrives.
    /// `redacted`, when it is redacted by the redaction on, is `dataset` already redacted.
    fn with_loaded(&self, dataset: Rc<Dataset>, redacted: Option<Redaction>) -> ViewState {
        let next = ViewState { busy: None, progress: None, notice: None, last_parse_ms: None, ..self.clone() };
        let next = match redacted.filter(|r| r.categories == self.redaction && !r.categories.is_empty()) {
            Some(redacted) => next.shown_as(dataset, redacted),
            None => next.shown(dataset, self.redaction),
        };
        let route = after_load(&self.dataset, &next.dataset, &self.route);
        next.apply(Action::Navigate(route))
    }

    /// The state showing `loaded`, redacted by `categories`: a new generation.
    fn shown(&self, loaded: Rc<Dataset>, categories: Categories) -> ViewState {
        let redacted = if categories.is_empty() {
            Redaction { categories, dataset: loaded.clone(), mapping: Rc::default() }
        } else {
            let redacted = redact(&loaded, categories);
            Redaction { categories, dataset: Rc::new(redacted.dataset), mapping: Rc::new(redacted.mapping) }
        };
        self.shown_as(loaded, redacted)
    }

    /// The state showing `loaded` as `redacted` (`loaded` itself when no category is): a new
    /// generation.
    fn shown_as(&self, loaded: Rc<Dataset>, redacted: Redaction) -> ViewState {
        let Redaction { categories, dataset, mapping } = redacted;
        ViewState {
            dataset,
            redaction: categories,
            mapping,
            generation: self.generation + 1,
            prepared: None,
            judging: None,
            // Links are of the data as loaded: redacting it keeps them.
            linked: self.linked.clone().filter(|_| Rc::ptr_eq(&self.loaded, &loaded)),
            loaded,
            ..self.clone()
        }
    }

    /// The record the route points at, if it is loaded.
    pub fn current_record(&self) -> Option<&crate::model::record::CallRecord> {
        match &self.route {
            Route::Call { id, .. } => self.dataset.record(id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, text: &str) -> Input {
        Input { name: name.into(), bytes: text.as_bytes().to_vec() }
    }

    #[test]
    fn loading_adds_and_clear_empties() {
        let s = ViewState::default().apply(Action::Busy("Parsing…".into()));
        assert_eq!(s.busy.as_deref(), Some("Parsing…"));
        let s = s
            .apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1,"type":"groupCall"}"#)]))
            .apply(Action::ParseTime(1.5));
        assert_eq!((s.dataset.records.len(), s.busy.clone(), s.generation, s.last_parse_ms), (1, None, 1, Some(1.5)));
        let s = s.apply(Action::Load(vec![input("b.json", r#"{"id":"b","version":1,"type":"peerToPeer"}"#)]));
        assert_eq!(s.dataset.records.len(), 2);
        assert_eq!(s.dataset.sources.len(), 2);
        let s = s.apply(Action::SetRules(RuleSet::cqd_current())).apply(Action::Clear);
        assert!(s.dataset.is_empty());
        assert_eq!(s.generation, 3);
    }

    #[test]
    fn states_compare_their_data_by_pointer_not_by_content() {
        let s = ViewState::default().apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1}"#)]));
        // A clone, or a change elsewhere and back, shows the same objects: equal.
        assert_eq!(s, s.clone());
        assert_eq!(s, s.apply(Action::ShowUtc(true)).apply(Action::ShowUtc(false)));
        assert_ne!(s, s.apply(Action::ShowUtc(true)));
        // The same content in another allocation is another dataset: not equal, so the
        // comparison never needs to walk the records.
        let copy = ViewState { dataset: Rc::new((*s.dataset).clone()), ..s.clone() };
        assert_eq!(*copy.dataset, *s.dataset);
        assert_ne!(copy, s);
    }

    #[test]
    fn a_load_done_outside_lands_unless_the_data_changed_meanwhile_and_a_stop_keeps_it() {
        let s = ViewState::default().apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1}"#)]));
        let base = s.loaded.clone();
        let mut more = (*base).clone();
        more.load("b.json", br#"{"id":"b","version":1}"#);
        let s = s.apply(Action::Progress { line: "Reading b.json: 40 %".into(), fraction: 0.4 });
        assert_eq!((s.busy.as_deref(), s.progress), (Some("Reading b.json: 40 %"), Some(0.4)));
        let loaded = s.apply(Action::Loaded {
            base: base.clone(),
            dataset: Rc::new(more.clone()),
            redacted: None,
            prepared: None,
            linked: None,
        });
        assert_eq!((loaded.dataset.records.len(), loaded.busy.clone(), loaded.progress), (2, None, None));
        assert!(loaded.generation > s.generation);
        // Cleared while it loaded: the load is dropped, not laid over the empty page.
        let cleared = s.apply(Action::Clear);
        let late = cleared.apply(Action::Loaded {
            base,
            dataset: Rc::new(more.clone()),
            redacted: None,
            prepared: None,
            linked: None,
        });
        assert!(late.dataset.is_empty() && late.busy.is_none());
        // What the load prepared is kept, for the data as loaded and the rules it was made for.
        let judgements = crate::view::overview::judge_all(&more, &s.rules);
        let rows = crate::view::overview::call_rows(&more, &judgements);
        let prepared = Rc::new(Prepared::new(s.rules.clone(), s.lang, judgements, rows));
        let linked = Rc::new(crate::calllogs::link_dataset(&more, &Default::default()));
        let with = s.apply(Action::Loaded {
            base: s.loaded.clone(),
            dataset: Rc::new(more.clone()),
            redacted: None,
            prepared: Some(prepared.clone()),
            linked: Some(linked.clone()),
        });
        let kept = with.prepared.clone().expect("kept");
        assert!(kept.fits(&with.dataset, &with.rules, with.lang));
        assert!(!kept.fits(&with.dataset, &RuleSet::cqd_classic(), with.lang), "made for other rules");
        assert!(!kept.fits(&with.dataset, &with.rules, Lang::Ru), "made in another language");
        assert!(with.apply(Action::Redact(Categories::all())).prepared.is_none(), "redacted data is judged anew");
        let redacting = s.apply(Action::Redact(Categories::all()));
        let loaded = redacting.apply(Action::Loaded {
            base: redacting.loaded.clone(),
            dataset: Rc::new(more.clone()),
            redacted: None,
            prepared: Some(prepared),
            linked: Some(linked.clone()),
        });
        assert!(loaded.prepared.is_none(), "made for the data as loaded, not as shown");
        // Links are of the data as loaded: redacting it, or not, keeps them; other data drops them.
        assert!(loaded.linked.as_ref().is_some_and(|l| Rc::ptr_eq(l, &linked)));
        assert!(with.linked.as_ref().is_some_and(|l| Rc::ptr_eq(l, &linked)));
        let unredacted = with.apply(Action::Redact(Categories::all())).apply(Action::Redact(Categories::default()));
        assert!(unredacted.linked.as_ref().is_some_and(|l| Rc::ptr_eq(l, &linked)));
        assert!(with.apply(Action::Load(vec![input("c.json", r#"{"id":"c","version":1}"#)])).linked.is_none());
        assert!(with.apply(Action::Clear).linked.is_none());
        // Stopped: what was loaded stays, and the page says what happened.
        let stopped = s.apply(Action::Cancelled("Stopped".into()));
        assert_eq!(
            (stopped.dataset.records.len(), stopped.busy.clone(), stopped.notice.as_deref()),
            (1, None, Some("Stopped"))
        );
        assert!(Rc::ptr_eq(&stopped.dataset, &s.dataset));
    }

    #[test]
    fn judgements_made_again_land_only_on_the_data_rules_and_language_they_were_made_for() {
        let made = |s: &ViewState, rules: &RuleSet, lang: Lang| {
            let (judgements, rows) = crate::view::overview::prepare(&s.dataset, rules);
            Rc::new(Prepared::new(rules.clone(), lang, judgements, rows))
        };
        let s = ViewState::default()
            .apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1}"#)]))
            .apply(Action::SetRules(RuleSet::cqd_classic()))
            .apply(Action::Judging(Some((0, 1))));
        assert_eq!((s.judging, s.prepared.is_none()), (Some((0, 1)), true));
        // Made under the rules before, in another language or for the data before: the newer
        // work goes on.
        for (generation, rules, lang) in [
            (s.generation, RuleSet::cqd_current(), s.lang),
            (s.generation, s.rules.clone(), Lang::Ru),
            (s.generation - 1, s.rules.clone(), s.lang),
        ] {
            let late = s.apply(Action::Prepared { generation, prepared: made(&s, &rules, lang) });
            assert_eq!((late.prepared.is_none(), late.judging), (true, Some((0, 1))), "{rules:?} {lang:?}");
        }
        let landed = s.apply(Action::Prepared { generation: s.generation, prepared: made(&s, &s.rules, s.lang) });
        assert!(landed.prepared.as_ref().is_some_and(|p| p.fits(&landed.dataset, &landed.rules, landed.lang)));
        assert_eq!(landed.judging, None);
        // Dropped (the rules went back), or a load or a clear: nothing is judged again.
        assert_eq!(s.apply(Action::Judging(None)).judging, None);
        assert_eq!(s.apply(Action::Load(vec![input("b.json", r#"{"id":"b","version":1}"#)])).judging, None);
        assert_eq!(s.apply(Action::Clear).judging, None);
    }

    #[test]
    fn a_redaction_done_outside_lands_as_the_reducer_s_own_unless_the_data_changed() {
        let s = ViewState::default()
            .apply(Action::Load(vec![input(
                "a.json",
                r#"{"id":"a","version":1,"organizer":{"user":{"id":"u1","displayName":"Ada Lovelace"}}}"#,
            )]))
            .apply(Action::Progress { line: "Redacting".into(), fraction: 0.5 });
        let here = s.apply(Action::Redact(Categories::all()));
        let made = redact(&s.loaded, Categories::all());
        let redacted = |base: &Rc<Dataset>| Action::Redacted {
            base: base.clone(),
            redacted: Redaction {
                categories: Categories::all(),
                dataset: Rc::new(made.dataset.clone()),
                mapping: Rc::new(made.mapping.clone()),
            },
            prepared: None,
        };
        let landed = s.apply(redacted(&s.loaded));
        assert_eq!(
            (*landed.dataset == *here.dataset, landed.redaction, landed.busy.clone()),
            (true, Categories::all(), None)
        );
        assert!(Rc::ptr_eq(&landed.loaded, &s.loaded) && landed.generation > s.generation);
        assert!(!format!("{:?}", landed.dataset).contains("Ada Lovelace"));
        // Other data loaded meanwhile: dropped, the line cleared.
        let other = Rc::new(Dataset::default());
        let late = s.apply(redacted(&other));
        assert_eq!((late.redaction, late.generation, late.busy), (Categories::default(), s.generation, None));
    }

    #[test]
    fn a_load_redacted_outside_lands_as_the_reducer_would_redact_it_unless_the_redaction_changed() {
        let record = |id: &str, name: &str| {
            format!(r#"{{"id":"{id}","version":1,"organizer":{{"user":{{"id":"u-{id}","displayName":"{name}"}}}}}}"#)
        };
        let on = ViewState::default()
            .apply(Action::Load(vec![input("a.json", &record("a", "Ada Lovelace"))]))
            .apply(Action::Redact(Categories::all()));
        let mut more = (*on.loaded).clone();
        more.load("b.json", record("b", "Grace Hopper").as_bytes());
        let more = Rc::new(more);
        // What the reducer makes of the load by itself: the new data redacted with the old.
        let here = on.apply(Action::Loaded {
            base: on.loaded.clone(),
            dataset: more.clone(),
            redacted: None,
            prepared: None,
            linked: None,
        });
        let made = redact(&more, Categories::all());
        let redaction =
            Redaction { categories: Categories::all(), dataset: Rc::new(made.dataset), mapping: Rc::new(made.mapping) };
        let (judgements, rows) = crate::view::overview::prepare(&redaction.dataset, &on.rules);
        let prepared = Rc::new(Prepared::new(on.rules.clone(), on.lang, judgements, rows));
        let landed = |s: &ViewState| {
            s.apply(Action::Loaded {
                base: s.loaded.clone(),
                dataset: more.clone(),
                redacted: Some(redaction.clone()),
                prepared: Some(prepared.clone()),
                linked: None,
            })
        };
        // Redacted outside: the very data and mapping given, and what was judged for them.
        let outside = landed(&on);
        assert!(Rc::ptr_eq(&outside.dataset, &redaction.dataset) && Rc::ptr_eq(&outside.mapping, &redaction.mapping));
        assert!(Rc::ptr_eq(&outside.loaded, &more));
        assert_eq!((*outside.dataset == *here.dataset, *outside.mapping == *here.mapping), (true, true));
        assert!(outside.prepared.as_ref().is_some_and(|p| Rc::ptr_eq(p, &prepared)));
        assert!(!format!("{:?}", outside.dataset).contains("Grace Hopper"));
        // Redaction turned off (or other categories) meanwhile: the redacted copy does not fit;
        // the data is shown as the redaction now says, and judged anew.
        let off = on.apply(Action::Redact(Categories::default()));
        let unredacted = landed(&off);
        assert!(Rc::ptr_eq(&unredacted.dataset, &more) && unredacted.prepared.is_none());
        assert!(format!("{:?}", unredacted.dataset).contains("Grace Hopper"));
    }

    #[test]
    fn custom_limits_remember_the_set_they_started_from() {
        let s = ViewState::default().apply(Action::SetRules(RuleSet::cqd_classic()));
        assert_eq!(s.rules_base, RuleSetKind::CqdClassic);
        let s = s.apply(Action::SetRules(RuleSet::custom_from(&RuleSet::cqd_classic())));
        assert_eq!((s.rules.kind, s.rules_base), (RuleSetKind::Custom, RuleSetKind::CqdClassic));
        assert_eq!(s.apply(Action::Clear).rules_base, RuleSetKind::CqdClassic);
    }

    #[test]
    fn navigation_opens_the_path_to_the_selected_node() {
        let group = r#"{"id":"g","version":1,"type":"groupCall","sessions":[
            {"id":"s0","segments":[{"media":[{"streams":[{},{}]}]}]},
            {"id":"s1","segments":[{"media":[{"streams":[{},{}]}]}]}]}"#;
        let s = ViewState::default().apply(Action::Load(vec![input("g.json", group)]));
        let s = s.apply(Action::Navigate(Route::Call { id: "g".into(), node: NodePath::Stream(1, 0, 0, 1) }));
        assert_eq!(s.expanded_call.as_deref(), Some("g"));
        assert!(s.expanded.contains(&NodePath::Session(1)) && s.expanded.contains(&NodePath::Media(1, 0, 0)));
        let s = s.apply(Action::CollapseAll);
        assert!(s.expanded.is_empty());
        let s = s.apply(Action::ExpandAll);
        assert_eq!(s.expanded.len(), 6);
        let s = s.apply(Action::Expand(NodePath::Session(0), false));
        assert!(!s.expanded.contains(&NodePath::Session(0)));
        // A route to a call that is not loaded keeps the route (the page says so).
        let s = s.apply(Action::Navigate(Route::Call { id: "missing".into(), node: NodePath::Call }));
        assert!(s.current_record().is_none());
    }

    #[test]
    fn sorting_the_same_column_reverses() {
        let s = ViewState::default();
        assert_eq!((s.sort, s.descending), (CallSort::Start, true));
        let s = s.apply(Action::Sort(CallSort::Start));
        assert!(!s.descending);
        let s = s.apply(Action::Sort(CallSort::Organizer));
        assert_eq!((s.sort, s.descending), (CallSort::Organizer, false));
        let s = s.apply(Action::Sort(CallSort::Poor));
        assert_eq!((s.sort, s.descending), (CallSort::Poor, true));
    }

    #[test]
    fn loading_only_log_rows_lands_on_their_view() {
        let pstn = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
            "value":[{"id":"p1","callId":"c1","startDateTime":"2026-03-01T08:00:00Z"}]}"#;
        let s = ViewState::default().apply(Action::Load(vec![input("pstn-1.json", pstn)]));
        assert_eq!(s.route, Route::Pstn);
        let s = s.apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1}"#)]));
        assert_eq!(s.route, Route::Calls);
        // Clearing keeps the view (its empty state says what to load).
        assert_eq!(s.apply(Action::Clear).route, Route::Calls);
    }

    #[test]
    fn switching_language_keeps_the_data_the_selection_and_the_filters() {
        let s = ViewState::default().apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1}"#)]));
        let s = s.apply(Action::Navigate(Route::Call { id: "a".into(), node: NodePath::Call }));
        let s = s.apply(Action::SetFilter(CallFilter { text: "owen".into(), ..CallFilter::default() }));
        let switched = s.apply(Action::SetLang(Lang::Ru));
        assert_eq!(switched.lang, Lang::Ru);
        assert_eq!(ViewState { lang: Lang::En, ..switched.clone() }, s);
        assert_eq!(switched.apply(Action::Clear).lang, Lang::Ru);
    }

    #[test]
    fn redaction_shows_placeholders_and_keeps_what_was_loaded() {
        let record = r#"{"id":"a","version":1,"organizer":{"user":{"id":"u1","displayName":"Kenji Holloway"}}}"#;
        let s = ViewState::default().apply(Action::Load(vec![input("a.json", record)]));
        let on = s.apply(Action::Redact(Categories::all()));
        assert_eq!(on.dataset.records[0].organizer_name().as_deref(), Some("Person 1"));
        assert_eq!(on.loaded.records[0].organizer_name().as_deref(), Some("Kenji Holloway"));
        assert!(on.generation > s.generation);
        // Loading more while redacting: the new data is redacted too, with the same numbering.
        let more = r#"{"id":"b","version":1,"organizer":{"user":{"id":"u2","displayName":"Abbie Vance"}},
            "participants":[{"user":{"id":"u1","displayName":"Kenji Holloway"}}]}"#;
        let on = on.apply(Action::Load(vec![input("b.json", more)]));
        assert_eq!(on.dataset.records[1].participant_names(), vec!["Person 1"]);
        assert_eq!(on.dataset.records[1].organizer_name().as_deref(), Some("Person 2"));
        // Off again: the data as loaded, nothing lost; Clear keeps the choice.
        let off = on.apply(Action::Redact(Categories::default()));
        assert_eq!(off.dataset.records[1].organizer_name().as_deref(), Some("Abbie Vance"));
        assert!(Rc::ptr_eq(&off.dataset, &off.loaded) && off.mapping.is_empty());
        assert_eq!(on.apply(Action::Clear).redaction, Categories::all());
    }

    #[test]
    fn a_bad_paste_leaves_what_was_loaded() {
        let s = ViewState::default().apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1}"#)]));
        let s = s.apply(Action::Load(vec![input("pasted text", "{not json")]));
        assert_eq!(s.dataset.records.len(), 1);
        assert_eq!(s.dataset.diagnostics.len(), 1);
    }
}
