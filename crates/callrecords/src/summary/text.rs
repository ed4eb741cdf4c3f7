//! The plain-language summary of a call: what kind of call it was and who was on it, how its
//! streams fared under the rule set (the poor ones by whom they hurt, with their network), who
//! complained, and the conditions the findings found. Shown above a call and in the CLI's JSON.

use crate::judge::text::join_and;
use crate::judge::{Breach, Finding, FindingKind, FindingSeverity, MediaKind, Reason, RecordJudgement, Tally, Verdict};
use crate::model::datetime::format_duration_ms;
use crate::model::enums::{
    CallType, MediaStreamDirection, Modality, NetworkConnectionType, NetworkTransportProtocol, WifiBand,
};
use crate::model::identity::Names;
use crate::model::record::{CallRecord, Endpoint, EndpointKind, NetworkInfo, StreamRef};
use crate::t;

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "on Wi-Fi 2.4 GHz", "on a wired network", "over a VPN", plus " over TCP".
fn network_phrase(network: &NetworkInfo) -> Option<String> {
    let phrase = match network.connection_type {
        Some(NetworkConnectionType::Wifi) => Some(match network.wifi_band {
            Some(WifiBand::Frequency24GHz) => t!("net-wifi-band", band = "2.4 GHz"),
            Some(WifiBand::Frequency50GHz) => t!("net-wifi-band", band = "5 GHz"),
            Some(WifiBand::Frequency60GHz) => t!("net-wifi-band", band = "6 GHz"),
            _ => t!("net-wifi"),
        }),
        Some(NetworkConnectionType::Wired) => Some(t!("net-wired")),
        Some(NetworkConnectionType::Mobile) => Some(t!("net-mobile")),
        Some(NetworkConnectionType::Tunnel) => Some(t!("net-vpn")),
        _ => None,
    };
    if network.network_transport_protocol == Some(NetworkTransportProtocol::Tcp) {
        return Some(match phrase {
            Some(phrase) => t!("net-and-tcp", network = phrase),
            None => t!("net-tcp"),
        });
    }
    phrase
}

/// "Owen Franklin's inbound audio from Abbie Wilkins", with the network of that participant.
fn stream_subject<'a>(stream: &StreamRef<'a>, kind: MediaKind, names: &Names) -> (String, Option<&'a NetworkInfo>) {
    let (sender, receiver) = stream.sender_receiver();
    let (sender_net, receiver_net) = stream.sender_receiver_networks();
    let person =
        |e: Option<&Endpoint>| e.filter(|e| e.kind() == EndpointKind::Participant).map(|e| e.display_name_in(names));
    let noun = kind.label();
    let directed = matches!(
        stream.stream.stream_direction,
        Some(MediaStreamDirection::CallerToCallee | MediaStreamDirection::CalleeToCaller)
    );
    match (directed, person(receiver), person(sender)) {
        (true, Some(to), Some(from)) => (t!("subject-inbound-from", to = to, media = noun, from = from), receiver_net),
        (true, Some(to), None) => (t!("subject-inbound", to = to, media = noun), receiver_net),
        (true, None, Some(from)) => (t!("subject-outbound", from = from, media = noun), sender_net),
        _ => (t!("subject-direction", media = noun, direction = stream.direction_label_in(names)), None),
    }
}

fn call_sentence(record: &CallRecord, known: &Names) -> String {
    let mut modalities: Vec<String> = Vec::new();
    for m in &record.modalities {
        if matches!(m, Modality::Unknown | Modality::UnknownFutureValue) {
            continue;
        }
        let label = m.label();
        if !modalities.contains(&label) {
            modalities.push(label);
        }
    }
    let kind = match record.call_type {
        Some(CallType::GroupCall) => "group",
        Some(CallType::PeerToPeer) => "p2p",
        _ => "other",
    };
    let mut sentence = if modalities.is_empty() {
        t!("summary-call", kind = kind)
    } else {
        t!("summary-call-with", kind = kind, modalities = join_and(&modalities))
    };
    let names = record.participant_names_in(known);
    let at_least = if record.more_participants { "yes" } else { "no" };
    match names.len() {
        0 => {}
        2 if !record.more_participants => {
            sentence = t!("summary-between", call = sentence, a = names[0].as_str(), b = names[1].as_str())
        }
        1 => sentence = t!("summary-one-participant", call = sentence, atleast = at_least, name = names[0].as_str()),
        n => sentence = t!("summary-participants", call = sentence, atleast = at_least, count = n),
    }
    if let Some(ms) = record.duration_ms().filter(|ms| *ms >= 0.0) {
        sentence = t!("summary-duration", call = sentence, duration = format_duration_ms(ms));
    }
    if record.placeholder {
        sentence = t!(
            "summary-placeholder",
            call = sentence,
            id = crate::model::identity::id_text(crate::model::identity::short_id(&record.id)).as_ref()
        );
    }
    t!("summary-sentence", text = sentence)
}

fn tally_phrase(tally: &Tally) -> String {
    if tally.total() == 1 {
        t!("summary-only-stream", verdict = tally.verdict().word())
    } else {
        tally.describe()
    }
}

fn streams_sentence(record: &CallRecord, judgement: &RecordJudgement) -> String {
    if !record.sessions_loaded {
        return t!("summary-no-sessions", query = "$expand=sessions($expand=segments)");
    }
    let tally = judgement.tally_call();
    if tally.total() == 0 {
        if record.sessions.iter().all(|s| s.segments.is_empty()) {
            return t!("summary-no-segments", query = "$expand=segments");
        }
        return t!("summary-no-streams");
    }
    let streams: Vec<StreamRef<'_>> = record.streams().collect();
    let separator = t!("list-separator");
    let mut sentence = t!("summary-under", rules = judgement.rules.short_name(), tally = tally_phrase(&tally));
    let poor: Vec<String> = judgement
        .poor_streams()
        .map(|j| {
            let mut details: Vec<String> = j.breaches.iter().map(Breach::text).collect();
            let subject = match streams.iter().find(|s| s.path == j.path) {
                Some(stream) => {
                    let (subject, network) = stream_subject(stream, j.kind, &judgement.names);
                    details.extend(network.and_then(network_phrase));
                    subject
                }
                None => t!("subject-direction", media = j.kind.label(), direction = j.direction.as_str()),
            };
            t!("summary-poor-stream", subject = subject, details = details.join(&separator))
        })
        .collect();
    if !poor.is_empty() {
        let shown: Vec<String> = poor.iter().take(2).cloned().collect();
        sentence = t!("summary-poor-list", text = sentence, list = shown.join("; "));
        if poor.len() > 2 {
            sentence = t!("summary-and-more", text = sentence, count = poor.len() - 2);
        }
    } else if tally.unclassified > 0 {
        let mut reasons: Vec<String> = Vec::new();
        for reason in judgement
            .streams
            .iter()
            .filter(|s| s.verdict == Verdict::Unclassified)
            .flat_map(|s| s.unclassified_reasons.iter())
            .map(Reason::text)
        {
            if !reasons.contains(&reason) {
                reasons.push(reason);
            }
        }
        if !reasons.is_empty() {
            let shown: Vec<&str> = reasons.iter().take(2).map(String::as_str).collect();
            let mut list = shown.join("; ");
            if reasons.len() > 2 {
                list = t!("summary-and-more-reasons", text = list, count = reasons.len() - 2);
            }
            sentence = t!("summary-reasons", text = sentence, reasons = list);
        }
    }
    if record.more_sessions {
        sentence = t!("summary-more-sessions", text = sentence);
    }
    t!("summary-sentence", text = sentence)
}

fn people_sentence(findings: &[Finding]) -> Option<String> {
    let phrases: Vec<String> = findings
        .iter()
        .filter_map(|f| match f.kind {
            FindingKind::Feedback => Some(t!("summary-feedback", who = f.who.as_str(), what = f.title.as_str())),
            FindingKind::Failure => Some(t!("summary-failure", who = f.who.as_str(), what = f.title.as_str())),
            _ => None,
        })
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let mut shown: Vec<String> = phrases.iter().take(3).cloned().collect();
    if phrases.len() > 3 {
        shown.push(t!("summary-more", count = phrases.len() - 3));
    }
    Some(t!("summary-sentence", text = capitalise(&shown.join("; "))))
}

fn conditions_sentence(findings: &[Finding]) -> Option<String> {
    let mut people: Vec<(&str, Vec<&str>)> = Vec::new();
    for f in findings.iter().filter(|f| {
        matches!(f.kind, FindingKind::Device | FindingKind::Network) && f.severity >= FindingSeverity::Warning
    }) {
        match people.iter_mut().find(|(who, _)| *who == f.who) {
            Some((_, titles)) => titles.push(&f.title),
            None => people.push((&f.who, vec![&f.title])),
        }
    }
    if people.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = people
        .iter()
        .take(3)
        .map(|(who, titles)| {
            let mut shown: Vec<String> = titles.iter().take(3).map(|t| t.to_string()).collect();
            if titles.len() > 3 {
                shown.push(t!("summary-more", count = titles.len() - 3));
            }
            t!("summary-person-conditions", who = *who, conditions = join_and(&shown))
        })
        .collect();
    if people.len() > 3 {
        parts.push(t!("summary-more-people", count = people.len() - 3));
    }
    Some(t!("summary-conditions", conditions = parts.join("; ")))
}

/// A plain-language summary of a call in 2–4 sentences, from the data only: what the call was
/// (type, modalities, who, how long), how its streams fared under the rule set (and where they
/// were poor, with the breaches and the participant's network), who rated it poorly or whose
/// session failed, and the device and network conditions per person.
pub fn summarize_call(record: &CallRecord, judgement: &RecordJudgement, findings: &[Finding]) -> String {
    let mut sentences = vec![call_sentence(record, &judgement.names), streams_sentence(record, judgement)];
    sentences.extend(people_sentence(findings));
    sentences.extend(conditions_sentence(findings));
    if record.lost_sessions > 0 {
        sentences.push(t!("summary-incomplete", count = record.lost_sessions));
    }
    sentences.join(" ")
}
