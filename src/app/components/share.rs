//! The "Redact and export" panel: the redaction switch per category with its preview (counts
//! and side-by-side samples, shown only while the panel is open and before applying), the line
//! saying what every view holds, and the downloads, all made in the page from the core.

use super::loader::{in_slices, until_done};
use crate::app::browser::now_ms;
use crate::app::browser::{save_parts, save_text, today};
use crate::app::hooks::use_page;
use callrecords::export::CsvWriting;
use callrecords::model::datetime::UtcInstant;
use callrecords::model::graph_json::JsonWriting;
use callrecords::redact::{Categories, Category, Redacting};
use callrecords::report::{html_report, REPORT_CALLS};
use callrecords::sliced::{Sliced, Writing};
use callrecords::t;
use callrecords::view::loaded::redacting_line;
use callrecords::view::overview::select;
use callrecords::view::share::{
    file_name, graph_json_name, mapping, preview_of, status, writing_line, Download, PreviewRow,
};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{HtmlDetailsElement, HtmlInputElement};
use yew::prelude::*;

fn save(download: Download) {
    save_text(&download.name, download.mime, &download.text);
}

/// A file being written for a download: its bytes handed to the browser in parts as it goes
/// (every [`PART_UNITS`] units), so that neither the page nor a string holds it whole.
struct Parts<W> {
    work: W,
    parts: js_sys::Array,
    since: usize,
}

/// Bytes as a part of a file: a `Blob` of their own, so that the file made of the parts at the
/// end only refers to them (made of the bytes themselves, it copied a gigabyte in one task).
fn part(bytes: &[u8]) -> wasm_bindgen::JsValue {
    let bytes = js_sys::Uint8Array::from(bytes);
    match web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes)) {
        Ok(blob) => blob.into(),
        Err(_) => bytes.into(),
    }
}

/// Units (records) of a download per part handed over.
const PART_UNITS: usize = 64;

impl<W: Writing> Parts<W> {
    fn flush(&mut self) {
        let bytes = self.work.take();
        if !bytes.is_empty() {
            self.parts.push(&part(&bytes));
        }
        self.since = 0;
    }
}

impl<W: Writing> Sliced for Parts<W> {
    fn step(&mut self) -> bool {
        let stepped = self.work.step();
        self.since += 1;
        if self.since >= PART_UNITS {
            self.flush();
        }
        stepped
    }
    fn done(&self) -> usize {
        self.work.done()
    }
    fn total(&self) -> usize {
        self.work.total()
    }
    fn is_done(&self) -> bool {
        self.work.is_done()
    }
}

/// What a download says in the panel while it is written (true), or why it could not be made.
type WritingLine = UseStateHandle<Option<(String, bool)>>;

/// Runs `work`, a download being written, a slice at a time (the panel saying how far), then
/// offers it as `name`.
async fn write_in_slices(name: &str, mime: &str, work: impl Writing, line: &WritingLine) {
    let mut parts = Parts { work, parts: js_sys::Array::new(), since: 0 };
    line.set(Some((writing_line(name, 0, parts.total()), true)));
    let report = |done, total| line.set(Some((writing_line(name, done, total), true)));
    in_slices(&mut parts, &mut now_ms(), || false, report).await;
    parts.flush();
    match save_parts(name, mime, &parts.parts) {
        Ok(()) => line.set(None),
        Err(reason) => line.set(Some((t!("share-write-failed", name = name, reason = reason), false))),
    }
}

#[component]
pub fn SharePanel() -> Html {
    let (state, derived) = use_page();
    let open = use_state_eq(|| false);
    let chosen = use_state_eq(Categories::all);
    let details = use_node_ref();
    let loaded_at = Rc::as_ptr(&state.loaded) as usize;
    // The preview redacts everything once per loaded dataset, only while the panel is open, a
    // slice at a time (a gigabyte's took 5 s in one go): the categories are listed meanwhile,
    // their counts and samples said to be on the way.
    let preview = use_state(|| None::<(usize, Rc<Vec<PreviewRow>>)>);
    let counting = use_state_eq(|| None::<(usize, usize)>);
    // A download being written: its line, or why it could not be made.
    let writing = use_state_eq(|| None::<(String, bool)>);
    {
        let (loaded, preview, counting) = (state.loaded.clone(), preview.clone(), counting.clone());
        use_effect_with((loaded_at, *open), move |(at, open)| {
            let live = Rc::new(Cell::new(true));
            if *open && preview.as_ref().is_none_or(|(of, _)| of != at) {
                let (at, live) = (*at, live.clone());
                yew::platform::spawn_local(async move {
                    let mut redacting = Redacting::counting(&loaded, Categories::all());
                    let report = |done, total| counting.set(Some((done, total)));
                    let stop = || !live.get();
                    if in_slices(&mut redacting, &mut now_ms(), stop, report).await.is_none() {
                        return;
                    }
                    let mut mapping = redacting.into_mapping();
                    let rows = preview_of(&mapping, Categories::all());
                    counting.set(None);
                    preview.set(Some((at, Rc::new(rows))));
                    // Let go of what it counted a slice at a time too.
                    until_done(|| mapping.free_some(16_384)).await;
                });
            }
            move || live.set(false)
        });
    }
    // Once per change of what it depends on, not on every render (a download's progress line
    // renders the panel; sorting every row of a 1 GB export took tens of milliseconds).
    let current = state.current_record().map(|r| r.id.clone());
    let report_of = use_memo(
        (*open, current, derived.clone(), state.filter.clone(), state.sort, state.descending, state.generation),
        {
            let dataset = state.dataset.clone();
            move |(open, current, derived, filter, sort, descending, _)| -> Vec<usize> {
                match current {
                    _ if !*open => Vec::new(),
                    Some(id) => dataset.record_position(id).into_iter().collect(),
                    None => select(&derived.rows, filter, *sort, *descending)
                        .into_iter()
                        .filter_map(|i| derived.rows.get(i).map(|row| row.index))
                        .collect(),
                }
            }
        },
    );
    let rows = preview.as_ref().filter(|(of, _)| *of == loaded_at).map(|(_, rows)| rows.clone());
    if state.loaded.is_empty() {
        return html! {};
    }
    let ontoggle = {
        let (open, details) = (open.clone(), details.clone());
        Callback::from(move |_: Event| open.set(details.cast::<HtmlDetailsElement>().is_some_and(|d| d.open())))
    };
    let pick = |category: Category| {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            chosen.set(if on { chosen.with(category) } else { chosen.without(category) });
        })
    };
    let close = {
        let details = details.clone();
        move || {
            if let Some(d) = details.cast::<HtmlDetailsElement>() {
                d.set_open(false);
            }
        }
    };
    let apply = {
        let (state, chosen, close) = (state.clone(), chosen.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            super::redact_in_slices(state.clone(), *chosen);
            // The preview holds the original values: it closes once the choice is made.
            close();
        })
    };
    let show_original = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| super::redact_in_slices(state.clone(), Categories::default()))
    };
    // One download is written at a time.
    let busy = writing.as_ref().is_some_and(|(_, going)| *going);
    let on_json = {
        let (state, writing) = (state.clone(), writing.clone());
        Callback::from(move |_: MouseEvent| {
            let (name, dataset, writing) =
                (graph_json_name(state.redaction, &today()), state.dataset.clone(), writing.clone());
            yew::platform::spawn_local(async move {
                write_in_slices(&name, "application/json", JsonWriting::new(&dataset), &writing).await
            });
        })
    };
    let on_mapping = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| save(mapping(&state.mapping, &today())))
    };
    // On a call's page, the report is of that call; elsewhere, of the calls the list shows
    // (its filter and order). Worked out only while the panel is open: not on every keystroke
    // in the calls filter.
    let report_label = match report_of.len() {
        1 if state.current_record().is_some() => t!("share-report-this-call"),
        1 => t!("share-report-one-shown"),
        n if n > REPORT_CALLS => t!("share-report-first", first = REPORT_CALLS, count = n),
        n => t!("share-report-shown", count = n),
    };
    let on_report = {
        let (state, report_of) = (state.clone(), report_of.clone());
        Callback::from(move |_: MouseEvent| {
            let now = UtcInstant(js_sys::Date::now() as i64);
            save(html_report(&state.dataset, &report_of, &state.rules, state.redaction, now, &today()))
        })
    };
    let csv = |what: &'static str, streams: bool| {
        let (state, writing) = (state.clone(), writing.clone());
        Callback::from(move |_: MouseEvent| {
            let name = file_name(what, !state.redaction.is_empty(), &today(), "csv");
            let (dataset, rules, writing) = (state.dataset.clone(), state.rules.clone(), writing.clone());
            yew::platform::spawn_local(async move {
                let work =
                    if streams { CsvWriting::streams(&dataset, &rules) } else { CsvWriting::calls(&dataset, &rules) };
                write_in_slices(&name, "text/csv", work, &writing).await
            });
        })
    };
    let (on_streams_csv, on_calls_csv) = (csv("streams", true), csv("calls", false));
    let redacting = !state.redaction.is_empty();
    // A category's row: its counts and samples once counted, "…" and how far meanwhile.
    let row = |category: Category, counted: Option<&PreviewRow>| {
        let id = format!("redact-{}", category.key());
        let is_chosen = chosen.contains(category);
        let (values, places) = match counted {
            Some(r) => (r.values.to_string(), r.occurrences.to_string()),
            None => ("…".to_string(), "…".to_string()),
        };
        html! {
            <tr>
                <th scope="row">
                    <input type="checkbox" id={id.clone()} checked={is_chosen} onchange={pick(category)} />
                    <label for={id}>{ category.label() }</label>
                    <span class="hint">{ category.covers() }</span>
                </th>
                <td class="num">{ values }</td>
                <td class="num">{ places }</td>
                <td>
                    if let Some(r) = counted {
                        if r.samples.is_empty() {
                            <span class="hint">{ t!("share-none-in-data") }</span>
                        } else {
                            <ul class="samples">
                                { for r.samples.iter().map(|s| html! {
                                    <li><span class="original">{ s.original.clone() }</span>{ " → " }<span class="placeholder">{ s.placeholder.clone() }</span></li>
                                }) }
                            </ul>
                        }
                    } else {
                        <span class="hint">{ "…" }</span>
                    }
                </td>
            </tr>
        }
    };
    html! {
        <details class="share-panel" ref={details} {ontoggle} data-testid="share-panel">
            <summary>
                <span class="share-title">{ t!("share-title") }</span>
                <span class={classes!("redaction-state", redacting.then_some("on"))} data-testid="redaction-status">{ status(state.redaction) }</span>
            </summary>
            <div class="share-body">
                <h2 class="share-heading">{ t!("share-redact-heading") }</h2>
                <p class="hint">{ t!("share-redact-hint") }</p>
                if *open && rows.is_none() {
                    <p class="hint" role="status" data-testid="preview-counting">{ redacting_line(counting.map_or(0, |(done, _)| done), counting.map_or(1, |(_, total)| total)) }</p>
                }
                if *open {
                <div class="table-scroll" tabindex="0" role="region" aria-label={t!("share-preview-region")}>
                    <table class="redaction-preview">
                        <caption>{ t!("share-preview-caption") }</caption>
                        <thead><tr><th scope="col">{ t!("share-col-replace") }</th><th scope="col">{ t!("share-col-values") }</th><th scope="col">{ t!("share-col-places") }</th><th scope="col">{ t!("share-col-samples") }</th></tr></thead>
                        <tbody>{ for Category::ALL.into_iter().map(|c| row(c, rows.as_ref().and_then(|rows| rows.iter().find(|r| r.category == c)))) }</tbody>
                    </table>
                </div>
                }
                <div class="share-actions">
                    <button type="button" class="primary" onclick={apply} disabled={*chosen == state.redaction} data-testid="apply-redaction">
                        { if chosen.is_empty() { t!("share-show-original") } else { t!("share-redact-every-view") } }
                    </button>
                    if redacting {
                        <button type="button" onclick={show_original}>{ t!("share-show-original") }</button>
                    }
                </div>
                <h2 class="share-heading">{ t!("share-download-heading") }</h2>
                <p class="hint">{ t!("share-files-hint") }</p>
                <div class="share-actions">
                    if !report_of.is_empty() {
                        <button type="button" onclick={on_report} data-testid="download-report">{ report_label }</button>
                    }
                    if !state.dataset.records.is_empty() {
                        <button type="button" onclick={on_streams_csv} disabled={busy} data-testid="download-streams-csv">{ t!("share-streams-csv") }</button>
                        <button type="button" onclick={on_calls_csv} disabled={busy} data-testid="download-calls-csv">{ t!("share-calls-csv") }</button>
                    }
                    <button type="button" onclick={on_json} disabled={busy} data-testid="download-json">{ t!("share-json") }</button>
                    if redacting {
                        <button type="button" class="danger" onclick={on_mapping} data-testid="download-mapping">{ t!("share-mapping") }</button>
                    }
                </div>
                if let Some((line, _)) = writing.as_ref() {
                    <p class="hint" role="status" data-testid="download-writing">{ line.clone() }</p>
                }
            </div>
        </details>
    }
}
