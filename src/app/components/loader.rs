//! Getting data in: the paste area, the file picker (several files), and the loading that
//! drag-and-drop ([`DropZone`](super::drop_zone::DropZone)) shares. A file is read as bytes a
//! slice at a time (no UTF-16 JS string round trip) and each slice is loaded as it comes
//! ([`Loading::streaming`]), so the file is never held whole in the page's memory; one that
//! cannot be read so (gzip, UTF-16, a mess) is read whole and loaded as before. Between slices
//! the page paints the progress bar and answers the user, and "Stop loading" ends the load with
//! what was loaded before it intact. Loads run one after another. The pasted text stays in the
//! box whatever happens. The data shown is judged again the same way, a slice at a time, when
//! the rule set or the language changes ([`judge_again`]).

use crate::app::browser::{now_ms, yield_now};
use crate::app::components::HowtoButton;
use crate::app::hooks::use_page;
use crate::app::StateHandle;
use callrecords::calllogs::{Linking, Links, MatchOptions};
use callrecords::i18n::Lang;
use callrecords::ingest::{Loading, Pace, Stage, Want};
use callrecords::judge::RuleSet;
use callrecords::model::Copying;
use callrecords::model::Dataset;
use callrecords::redact::{Categories, Redacting};
use callrecords::sliced::Sliced;
use callrecords::t;
use callrecords::view::loaded::{
    judging_again_line, linking_line, parsing_line, preparing_line, progress_line, redacting_line,
    redaction_stopped_line, stopped_line, unreadable_name,
};
use callrecords::view::overview::Preparing;
use callrecords::view::state::{Action, Input, Prepared, Redaction};
use gloo::file::File;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The built-in example (written by `callrecords example`, crates/callrecords/src/synth/example.rs;
/// checked by crates/callrecords/tests/example.rs): a group call with a poor stream, a
/// peer-to-peer call, PSTN and Direct Routing rows. Embedded, so showing it makes no request.
const EXAMPLE: &str = include_str!("../example.json");
const EXAMPLE_NAME: &str = "built-in example";

/// How long one slice of work may take: well inside a frame budget of 100 ms, so that a key
/// typed during a load is answered at once.
const SLICE_MS: f64 = 40.0;
/// Bytes read from a file per request.
const FILE_SLICE: u64 = 16 << 20;
/// The share of the bar for reading and merging; judging the streams takes the rest, but for
/// the end, linking the log rows to the records (when there are rows).
const READ_SHARE: f64 = 0.8;
const LINK_SHARE: f64 = 0.05;
/// The share of the bar for redacting; judging what it made takes the rest.
const REDACT_SHARE: f64 = 0.8;
/// While redaction is on, a load's bar: reading and merging up to the first, redacting what
/// it loaded to the second (redacting takes about as long as reading).
const READ_SHARE_REDACTING: f64 = 0.45;
const REDACTED_SHARE: f64 = 0.85;
/// How long one slice of letting go of what the page held may take (shorter than work's: the
/// page has nothing to show for it).
const FREE_SLICE_MS: f64 = 20.0;
/// How often the progress line changes (each change renders the page).
const PROGRESS_EVERY_MS: f64 = 150.0;

thread_local! {
    /// The state as of the latest render, for loads that outlive the render they began in.
    static LATEST: RefCell<Option<StateHandle>> = const { RefCell::new(None) };
    /// Moves on to stop the load (or redaction) in progress and every one waiting (Stop, Clear).
    static RUN: Cell<u64> = const { Cell::new(0) };
    /// A load or a redaction is running: the next waits for it.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Keeps the latest state for the loads ([`App`](crate::app::App) calls it on every render).
pub fn remember(state: &StateHandle) {
    LATEST.with(|l| *l.borrow_mut() = Some(state.clone()));
}

fn latest(fallback: &StateHandle) -> StateHandle {
    LATEST.with(|l| l.borrow().clone()).unwrap_or_else(|| fallback.clone())
}

/// Whether the load `run` was stopped (Stop, Clear): if so, says so, naming the source `name`.
fn stopped(state: &StateHandle, run: u64, name: &str) -> bool {
    stopped_saying(state, run, || stopped_line(name))
}

/// Whether the work `run` (a load, a redaction) was stopped: if so, says so with `line()`.
fn stopped_saying(state: &StateHandle, run: u64, line: impl FnOnce() -> String) -> bool {
    let stopped = RUN.with(Cell::get) != run;
    if stopped {
        state.dispatch(Action::Cancelled(line()));
    }
    stopped
}

/// Where the bar stands when `done` of `total` of the work that takes it from `from` to `to`
/// are done.
fn along(from: f64, to: f64, done: usize, total: usize) -> f64 {
    from + (to - from) * done as f64 / total.max(1) as f64
}

/// Stops the load in progress, and every one waiting.
pub fn stop_loading() {
    RUN.with(|r| r.set(r.get() + 1));
}

/// Waits for the load (or redaction) running to end, then runs: `None` if `run` was stopped
/// meanwhile.
async fn turn(run: u64) -> Option<Running> {
    while RUNNING.with(Cell::get) {
        gloo::timers::future::TimeoutFuture::new(50).await;
    }
    if RUN.with(Cell::get) != run {
        return None;
    }
    RUNNING.with(|r| r.set(true));
    Some(Running)
}

/// Clears [`RUNNING`] however the load ends.
struct Running;
impl Drop for Running {
    fn drop(&mut self) {
        RUNNING.with(|r| r.set(false));
    }
}

/// A source to load: text already in memory (pasted, the example), or a file, fed to the load
/// a slice at a time as it is read ([`Loading::streaming`]) so that it is never held whole.
enum Source {
    Text(Input),
    File(File),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Text(input) => input.name.clone(),
            Source::File(file) => file.name(),
        }
    }

    fn size(&self) -> usize {
        match self {
            Source::Text(input) => input.bytes.len(),
            Source::File(file) => file.size() as usize,
        }
    }
}

/// Loads `sources` in slices, after any load already running, and reports how long it took.
fn load(state: StateHandle, sources: Vec<Source>) {
    let run = RUN.with(Cell::get);
    let total: usize = sources.iter().map(Source::size).sum();
    state.dispatch(Action::Busy(parsing_line(sources.len(), total)));
    yew::platform::spawn_local(async move {
        let Some(_running) = turn(run).await else { return };
        yield_now().await;
        let started = now_ms();
        // Redaction on: what is loaded is redacted here too, before it is shown (a redaction
        // waits its turn, so this stays true until the load ends).
        let categories = latest(&state).redaction;
        let read_share = if categories.is_empty() { READ_SHARE } else { READ_SHARE_REDACTING };
        // What was loaded when merging began, and the copy the new sources go into.
        let mut working: Option<(Rc<Dataset>, Dataset)> = None;
        let mut pace = Pace::new(SLICE_MS);
        let mut shown_at = now_ms();
        let count = sources.len();
        let last_name = sources.last().map(Source::name).unwrap_or_default();
        for (index, source) in sources.iter().enumerate() {
            let name = source.name();
            let mut ahead: Option<(u64, u64, Slice)> = None;
            let mut loading = match source {
                Source::Text(input) => Loading::new(&input.name, &input.bytes),
                Source::File(file) => Loading::streaming(&name, file.size() as usize),
            };
            loop {
                if stopped(&state, run, &name) {
                    return;
                }
                // A file's next slice, or the whole file when it cannot be read a slice at a
                // time (gzip, UTF-16, a mess the one-go path reports). Reading is not work on
                // the page's thread: the browser reads while the page answers the user.
                if let (Source::File(file), want @ (Want::Bytes | Want::Whole)) = (source, loading.wants()) {
                    let size = file.size();
                    let whole = want == Want::Whole;
                    let (read, end) = if whole {
                        ahead = None;
                        match read_file(file, run).await {
                            Some(read) => (read, size),
                            None => continue,
                        }
                    } else {
                        // The slice asked for, read ahead while the last one was loaded; and
                        // the one after it, read while this one is.
                        let at = loading.fed() as u64;
                        let (end, reading) = match ahead.take() {
                            Some((from, end, reading)) if from == at => (end, reading),
                            _ => read_slice(file, at),
                        };
                        if end < size {
                            let (next_end, next) = read_slice(file, end);
                            ahead = Some((end, next_end, next));
                        }
                        (reading.await.map_err(|e| e.to_string()), end)
                    };
                    match read {
                        Ok(bytes) if whole => loading.give_whole(bytes),
                        Ok(chunk) => loading.feed(&chunk, end >= size),
                        // An unreadable file is loaded as empty, so that the user is told about
                        // it by name.
                        Err(e) => loading = Loading::new(&unreadable_name(&name, &e), &[]),
                    }
                    continue;
                }
                // Merging starts: the data loaded so far is copied (a slice at a time) for the
                // new sources to go into, and stays on show (and after a Cancel) meanwhile.
                if !loading.reading() && working.is_none() {
                    let base = latest(&state).loaded.clone();
                    let mut copying = Copying::new(&base);
                    let mut copy_pace = Pace::new(SLICE_MS);
                    loop {
                        if stopped(&state, run, &name) {
                            return;
                        }
                        let begun = now_ms();
                        // A unit of the copy is a record or a session: some 64 bytes of reading.
                        if copying.step(copy_pace.budget() / 64) {
                            break;
                        }
                        copy_pace.after(now_ms() - begun, Stage::Merge);
                        yield_now().await;
                    }
                    let copy = copying.finish();
                    working = Some((base, copy));
                }
                let (begun, before) = (now_ms(), loading.progress());
                let done = if loading.reading() {
                    loading.read(pace.budget());
                    false
                } else {
                    let Some((_, dataset)) = working.as_mut() else { return };
                    loading.step(dataset, pace.budget())
                };
                // The next slice is sized to take about SLICE_MS on this machine.
                // Bytes read, when reading (a streamed read may stop short, waiting for bytes).
                let used = match loading.stage() {
                    Stage::Read => loading.progress().done.saturating_sub(before.done),
                    _ => pace.budget(),
                };
                pace.after_using(now_ms() - begun, used, loading.stage());
                if done {
                    break;
                }
                if now_ms() - shown_at > PROGRESS_EVERY_MS {
                    shown_at = now_ms();
                    let progress = loading.progress();
                    let fraction = read_share * (index as f64 + progress.fraction()) / count as f64;
                    state.dispatch(Action::Progress { line: progress_line(&name, index, count, &progress), fraction });
                }
                yield_now().await;
            }
        }
        let Some((base, dataset)) = working else { return };
        let dataset = Rc::new(dataset);
        let stop = || stopped(&state, run, &last_name);
        // Redacted (when redaction is on) a slice of records at a time, as the page redacts.
        let redacted_share = if categories.is_empty() { read_share } else { REDACTED_SHARE };
        let redacted = if categories.is_empty() {
            None
        } else {
            let report = |done: usize, total: usize| {
                let fraction = along(read_share, redacted_share, done, total);
                state.dispatch(Action::Progress { line: redacting_line(done, total), fraction })
            };
            let Some(redacted) = redaction_in_slices(&dataset, categories, &mut shown_at, stop, report).await else {
                return;
            };
            Some(redacted)
        };
        // The overview's judgements and rows of what is shown, a slice of records at a time, so
        // that handing the data over costs no long task.
        let (rules, lang) = {
            let s = latest(&state);
            (s.rules.clone(), s.lang)
        };
        // Then the log rows linked to the records, when there are rows: the end of the bar.
        let has_rows = !dataset.pstn_calls.is_empty() || !dataset.direct_routing_calls.is_empty();
        let judged_share = if has_rows { 1.0 - LINK_SHARE } else { 1.0 };
        let report = |done: usize, total: usize| {
            let fraction = along(redacted_share, judged_share, done, total);
            state.dispatch(Action::Progress { line: preparing_line(done, total), fraction })
        };
        let shown = redacted.as_ref().map_or(&dataset, |r| &r.dataset);
        let Some(prepared) = prepare_in_slices(shown, rules, lang, &mut shown_at, stop, report).await else {
            return;
        };
        let report = |done: usize, total: usize| {
            let fraction = along(judged_share, 1.0, done, total);
            state.dispatch(Action::Progress { line: linking_line(done, total), fraction })
        };
        let Some(linked) = link_in_slices(&dataset, &mut shown_at, stop, report).await else { return };
        // Handing over draws the overview: a task of its own.
        yield_now().await;
        if stopped(&state, run, &last_name) {
            return;
        }
        state.dispatch(Action::Loaded {
            base,
            dataset,
            redacted,
            prepared: Some(Rc::new(prepared)),
            linked: Some(Rc::new(linked)),
        });
        state.dispatch(Action::ParseTime(now_ms() - started));
    });
}

/// Runs `work` a slice at a time, each [`SLICE_MS`] at most, the page painting and answering
/// between them. `report(done, total)` is called every [`PROGRESS_EVERY_MS`] after `shown_at`
/// (the last report, kept up to date). The milliseconds the work took, or `None` as soon as
/// `stop()` says so.
pub(crate) async fn in_slices(
    work: &mut impl Sliced,
    shown_at: &mut f64,
    mut stop: impl FnMut() -> bool,
    mut report: impl FnMut(usize, usize),
) -> Option<f64> {
    let mut took_ms = 0.0;
    loop {
        if stop() {
            return None;
        }
        // Until the slice's time is up: the core does the work, the page keeps time.
        let begun = now_ms();
        let done = work.step_while(|| now_ms() - begun <= SLICE_MS);
        took_ms += now_ms() - begun;
        if done {
            return Some(took_ms);
        }
        if now_ms() - *shown_at > PROGRESS_EVERY_MS {
            *shown_at = now_ms();
            report(work.done(), work.total());
        }
        yield_now().await;
    }
}

/// Calls `step` until it says it is done, as many times as fit in slices of [`FREE_SLICE_MS`],
/// the page painting and answering between them: for letting go of what the page held, which
/// reports nothing and cannot be stopped.
pub(crate) async fn until_done(mut step: impl FnMut() -> bool) {
    loop {
        let begun = now_ms();
        while now_ms() - begun < FREE_SLICE_MS {
            if step() {
                return;
            }
        }
        yield_now().await;
    }
}

/// The judgements and overview rows of every record of `dataset` under `rules`, made a slice
/// of records at a time ([`in_slices`]), as written in `lang`; `None` as soon as `stop()` says
/// so. For a load before it hands its data over, and for the data shown judged again (another
/// rule set or language).
pub(crate) async fn prepare_in_slices(
    dataset: &Dataset,
    rules: RuleSet,
    lang: Lang,
    shown_at: &mut f64,
    stop: impl FnMut() -> bool,
    report: impl FnMut(usize, usize),
) -> Option<Prepared> {
    let mut preparing = Preparing::new(dataset, &rules);
    let took_ms = in_slices(&mut preparing, shown_at, stop, report).await?;
    let (judgements, rows) = preparing.finish();
    let begun = now_ms();
    let prepared = Prepared::new(rules, lang, judgements, rows);
    Some(Prepared { took_ms: took_ms + now_ms() - begun, ..prepared })
}

/// The PSTN and Direct Routing rows of `dataset` linked to its call records, the records
/// indexed a slice at a time ([`in_slices`]) and the rows then matched in one go; `None` as
/// soon as `stop()` says so.
async fn link_in_slices(
    dataset: &Dataset,
    shown_at: &mut f64,
    stop: impl FnMut() -> bool,
    report: impl FnMut(usize, usize),
) -> Option<Links> {
    let options = MatchOptions::default();
    let mut linking = Linking::of(dataset, &options);
    in_slices(&mut linking, shown_at, stop, report).await?;
    Some(linking.finish())
}

/// Shows the data as loaded redacted by `categories` (none: as loaded), redacted and then
/// judged a slice at a time ([`Redacting`], [`prepare_in_slices`]) with the progress bar, so
/// that a big export's redaction freezes nothing; small data is done before the page paints
/// again. "Stop loading" (or Clear) stops it, the views left as they were.
pub fn redact_in_slices(state: StateHandle, categories: Categories) {
    let run = RUN.with(Cell::get);
    yew::platform::spawn_local(async move {
        // After any load running (it would change what is loaded), and before any that follows.
        let Some(_running) = turn(run).await else { return };
        let base = latest(&state).loaded.clone();
        let mut shown_at = now_ms();
        let stop = || stopped_saying(&state, run, redaction_stopped_line);
        // Redacting takes the bar to REDACT_SHARE, judging what it made the rest.
        let redacted = if categories.is_empty() {
            Redaction { categories, dataset: base.clone(), mapping: Rc::default() }
        } else {
            let report = |done: usize, total: usize| {
                let fraction = along(0.0, REDACT_SHARE, done, total);
                state.dispatch(Action::Progress { line: redacting_line(done, total), fraction })
            };
            let Some(redacted) = redaction_in_slices(&base, categories, &mut shown_at, stop, report).await else {
                return;
            };
            redacted
        };
        let (rules, lang) = {
            let s = latest(&state);
            (s.rules.clone(), s.lang)
        };
        let report = |done: usize, total: usize| {
            let fraction = along(REDACT_SHARE, 1.0, done, total);
            state.dispatch(Action::Progress { line: preparing_line(done, total), fraction })
        };
        let Some(prepared) = prepare_in_slices(&redacted.dataset, rules, lang, &mut shown_at, stop, report).await
        else {
            return;
        };
        state.dispatch(Action::Redacted { base, redacted, prepared: Some(Rc::new(prepared)) });
    });
}

/// `dataset` redacted by `categories` a slice of records at a time ([`Redacting`],
/// [`in_slices`]); `None` as soon as `stop()` says so.
async fn redaction_in_slices(
    dataset: &Rc<Dataset>,
    categories: Categories,
    shown_at: &mut f64,
    stop: impl FnMut() -> bool,
    report: impl FnMut(usize, usize),
) -> Option<Redaction> {
    let mut redacting = Redacting::new(dataset, categories);
    in_slices(&mut redacting, shown_at, stop, report).await?;
    let redacted = redacting.finish();
    Some(Redaction { categories, dataset: Rc::new(redacted.dataset), mapping: Rc::new(redacted.mapping) })
}

/// Judges the data `state` shows (of `generation`) again under `rules` in `lang`, a slice at a
/// time, while the views show the judgements made before; the progress line counts the calls.
/// What it makes lands as [`Action::Prepared`]. Ends, making nothing, once `live` is false
/// (the data, rules or language changed again).
pub fn judge_again(state: StateHandle, generation: u64, rules: RuleSet, lang: Lang, live: Rc<Cell<bool>>) {
    yew::platform::spawn_local(async move {
        let dataset = state.dataset.clone();
        let report = |done: usize, total: usize| state.dispatch(Action::Judging(Some((done, total))));
        report(0, dataset.records.len());
        let stop = || !live.get();
        if let Some(prepared) = prepare_in_slices(&dataset, rules, lang, &mut now_ms(), stop, report).await {
            if live.get() {
                state.dispatch(Action::Prepared { generation, prepared: Rc::new(prepared) });
            }
        }
    });
}

/// A slice of a file being read: the browser reads it while the page goes on.
type Slice = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<u8>, gloo::file::FileReadError>>>>;

/// Starts reading the slice of `file` from `at` ([`FILE_SLICE`] bytes or to the end): where it
/// ends, and the reading.
fn read_slice(file: &File, at: u64) -> (u64, Slice) {
    let end = (at + FILE_SLICE).min(file.size());
    (end, Box::pin(gloo::file::futures::read_as_bytes(&file.slice(at, end))))
}

/// Reads a whole file as bytes, a slice at a time (each slice's copy into the page's memory is
/// short); `None` when stopped. Only for a file that cannot be loaded as it is read.
async fn read_file(file: &File, run: u64) -> Option<Result<Vec<u8>, String>> {
    let size = file.size();
    let mut bytes = Vec::with_capacity(size as usize);
    let mut at = 0;
    loop {
        if RUN.with(Cell::get) != run {
            return None;
        }
        let end = (at + FILE_SLICE).min(size);
        match gloo::file::futures::read_as_bytes(&file.slice(at, end)).await {
            Ok(chunk) => bytes.extend_from_slice(&chunk),
            Err(e) => return Some(Err(e.to_string())),
        }
        at = end;
        if at >= size {
            return Some(Ok(bytes));
        }
    }
}

/// Loads files, each read a slice at a time as it is loaded, all into the data at once.
pub fn load_files(state: StateHandle, files: Vec<File>) {
    if !files.is_empty() {
        load(state, files.into_iter().map(Source::File).collect());
    }
}

/// The files of a file input or a drop.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).map(File::from).collect()
}

/// The paste area, file picker, load and clear buttons, and the progress line.
#[component]
pub fn Loader() -> Html {
    let (state, _) = use_page();
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let onload = {
        let (state, text) = (state.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if !text.trim().is_empty() {
                load(
                    state.clone(),
                    vec![Source::Text(Input {
                        name: callrecords::model::diagnostic::PASTED_TEXT.into(),
                        bytes: text.as_bytes().to_vec(),
                    })],
                );
            }
        })
    };
    let onfiles = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            load_files(state.clone(), files_of(input.files()));
            // Let the same file be chosen again.
            input.set_value("");
        })
    };
    let onclear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            stop_loading();
            state.dispatch(Action::Clear)
        })
    };
    let onstop = Callback::from(|_: MouseEvent| stop_loading());
    let onexample = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            load(
                state.clone(),
                vec![Source::Text(Input { name: EXAMPLE_NAME.into(), bytes: EXAMPLE.as_bytes().to_vec() })],
            )
        })
    };
    let file_input = use_node_ref();
    let onpick = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<web_sys::HtmlElement>() {
                input.click();
            }
        })
    };
    html! {
        <section class={classes!("loader", (!state.dataset.is_empty()).then_some("compact"))} aria-label={t!("loader-label")}>
            <label for="paste" class="label">{ t!("loader-paste-label") }</label>
            <textarea id="paste" class={classes!("paste", (!text.is_empty()).then_some("filled"))} spellcheck="false" autocomplete="off" rows="6"
                placeholder={"{ \"@odata.context\": \"…/$metadata#communications/callRecords…\", … }"}
                value={(*text).clone()} {oninput} />
            <div class="loader-actions">
                <button class="primary" data-testid="load-pasted" onclick={onload} disabled={text.trim().is_empty()}>{ t!("loader-load-pasted") }</button>
                <button onclick={onpick}>{ t!("loader-open-files") }</button>
                <input ref={file_input} id="file-input" type="file" multiple=true class="visually-hidden" aria-label={t!("loader-file-input")}
                    accept=".json,.jsonl,.gz,.txt,application/json,application/gzip" onchange={onfiles} />
                <button onclick={onexample} data-testid="try-example">{ t!("loader-try-example") }</button>
                <HowtoButton />
                <span class="hint">{ t!("loader-drop-hint") }</span>
                <button class="quiet" onclick={onclear} disabled={state.dataset.is_empty() && state.dataset.diagnostics.is_empty()}>{ t!("loader-clear") }</button>
            </div>
            if state.dataset.is_empty() {
                <p class="hint nothing-kept" data-testid="nothing-kept">{ t!("loader-nothing-kept") }</p>
            }
            if let Some(busy) = &state.busy {
                <div class="busy-row">
                    if let Some(fraction) = state.progress {
                        <progress class="load-progress" max="1" value={fraction.to_string()} aria-label={t!("load-progress-label")} data-testid="load-progress" />
                    }
                    <p class="busy" role="status" aria-live="polite">{ busy.clone() }</p>
                    <button onclick={onstop} data-testid="stop-loading">{ t!("load-stop") }</button>
                </div>
            } else if let Some((done, total)) = state.judging {
                <div class="busy-row">
                    <progress class="load-progress" max="1" value={along(0.0, 1.0, done, total).to_string()} aria-label={t!("load-judging-label")} data-testid="judging-progress" />
                    <p class="busy" role="status" aria-live="polite">{ judging_again_line(done, total) }</p>
                </div>
            } else if let Some(notice) = &state.notice {
                <p class="busy" role="status" data-testid="load-notice">{ notice.clone() }</p>
            }
        </section>
    }
}
