//! The plain-language summary of a call: what kind of call it was and who was on it, how its
//! streams fared under the rule set (the poor ones by whom they hurt, with their network), who
//! complained, and the conditions the findings found. Shown above a call and in the CLI's JSON.

use crate::judge::text::join_and;
use crate::judge::{Finding, FindingKind, FindingSeverity, MediaKind, RecordJudgement, Tally, Verdict};
use crate::model::datetime::format_duration_ms;
use crate::model::enums::{
    CallType, MediaStreamDirection, Modality, NetworkConnectionType, NetworkTransportProtocol, WifiBand,
};
use crate::model::record::{CallRecord, Endpoint, EndpointKind, NetworkInfo, StreamRef};

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "on Wi-Fi 2.4 GHz", "on a wired network", "over a VPN", plus " over TCP".
fn network_phrase(network: &NetworkInfo) -> Option<String> {
    let mut phrase = match network.connection_type {
        Some(NetworkConnectionType::Wifi) => match network.wifi_band {
            Some(WifiBand::Frequency24GHz) => "on Wi-Fi 2.4 GHz".to_string(),
            Some(WifiBand::Frequency50GHz) => "on Wi-Fi 5 GHz".to_string(),
            Some(WifiBand::Frequency60GHz) => "on Wi-Fi 6 GHz".to_string(),
            _ => "on Wi-Fi".to_string(),
        },
        Some(NetworkConnectionType::Wired) => "on a wired network".to_string(),
        Some(NetworkConnectionType::Mobile) => "on mobile data".to_string(),
        Some(NetworkConnectionType::Tunnel) => "over a VPN".to_string(),
        _ => String::new(),
    };
    if network.network_transport_protocol == Some(NetworkTransportProtocol::Tcp) {
        phrase = if phrase.is_empty() { "over TCP".into() } else { format!("{phrase} over TCP") };
    }
    (!phrase.is_empty()).then_some(phrase)
}

/// "Owen Franklin's inbound audio from Abbie Wilkins", with the network of that participant.
fn stream_subject<'a>(stream: &StreamRef<'a>, kind: MediaKind) -> (String, Option<&'a NetworkInfo>) {
    let (sender, receiver) = stream.sender_receiver();
    let (sender_net, receiver_net) = stream.sender_receiver_networks();
    let person = |e: Option<&Endpoint>| e.filter(|e| e.kind() == EndpointKind::Participant).map(Endpoint::display_name);
    let noun = kind.label();
    let directed = matches!(
        stream.stream.stream_direction,
        Some(MediaStreamDirection::CallerToCallee | MediaStreamDirection::CalleeToCaller)
    );
    match (directed, person(receiver), person(sender)) {
        (true, Some(to), from) => {
            let from = from.map(|f| format!(" from {f}")).unwrap_or_default();
            (format!("{to}'s inbound {noun}{from}"), receiver_net)
        }
        (true, None, Some(from)) => (format!("{from}'s outbound {noun}"), sender_net),
        _ => (format!("{noun} {}", stream.direction_label()), None),
    }
}

fn call_sentence(record: &CallRecord) -> String {
    let kind = match record.call_type {
        Some(CallType::GroupCall) => "Group call",
        Some(CallType::PeerToPeer) => "Peer-to-peer call",
        _ => "Call",
    };
    let mut modalities: Vec<String> = Vec::new();
    for m in &record.modalities {
        if matches!(m, Modality::Unknown | Modality::UnknownFutureValue) {
            continue;
        }
        let label = m.label().to_string();
        if !modalities.contains(&label) {
            modalities.push(label);
        }
    }
    let mut sentence = kind.to_string();
    if !modalities.is_empty() {
        sentence.push_str(&format!(" with {}", join_and(&modalities)));
    }
    let names = record.participant_names();
    let at_least = if record.more_participants { "at least " } else { "" };
    match names.len() {
        0 => {}
        2 if !record.more_participants => sentence.push_str(&format!(" between {} and {}", names[0], names[1])),
        1 => sentence.push_str(&format!(", {at_least}1 participant ({})", names[0])),
        n => sentence.push_str(&format!(", {at_least}{n} participants")),
    }
    if let Some(ms) = record.duration_ms().filter(|ms| *ms >= 0.0) {
        sentence.push_str(&format!(", {}", format_duration_ms(ms)));
    }
    if record.placeholder {
        sentence.push_str(&format!(
            " (only pages of record {} were loaded, not the record itself)",
            crate::model::identity::short_id(&record.id)
        ));
    }
    sentence.push('.');
    sentence
}

fn tally_phrase(tally: &Tally) -> String {
    if tally.total() == 1 {
        format!("its only stream was {}", tally.verdict().as_str())
    } else {
        tally.describe()
    }
}

fn streams_sentence(record: &CallRecord, judgement: &RecordJudgement) -> String {
    if !record.sessions_loaded {
        return "Sessions were not loaded: load the record with $expand=sessions($expand=segments) to judge its streams.".to_string();
    }
    let tally = judgement.tally_call();
    if tally.total() == 0 {
        if record.sessions.iter().all(|s| s.segments.is_empty()) {
            return "Segments were not loaded: list the sessions with $expand=segments to judge its streams."
                .to_string();
        }
        return "No media streams were reported in its sessions.".to_string();
    }
    let streams: Vec<StreamRef<'_>> = record.streams().collect();
    let mut sentence = format!("Under {}, {}", judgement.rules.short_name(), tally_phrase(&tally));
    let poor: Vec<String> = judgement
        .poor_streams()
        .map(|j| {
            let texts: Vec<&str> = j.breaches.iter().map(|b| b.text.as_str()).collect();
            let mut details = texts.join(", ");
            let subject = match streams.iter().find(|s| s.path == j.path) {
                Some(stream) => {
                    let (subject, network) = stream_subject(stream, j.kind);
                    if let Some(phrase) = network.and_then(network_phrase) {
                        details.push_str(&format!(", {phrase}"));
                    }
                    subject
                }
                None => format!("{} {}", j.kind.label(), j.direction),
            };
            format!("{subject} ({details})")
        })
        .collect();
    if !poor.is_empty() {
        let shown: Vec<String> = poor.iter().take(2).cloned().collect();
        sentence.push_str(&format!(": {}", shown.join("; ")));
        if poor.len() > 2 {
            sentence.push_str(&format!("; and {} more", poor.len() - 2));
        }
    } else if tally.unclassified > 0 {
        let mut reasons: Vec<&str> = Vec::new();
        for reason in judgement
            .streams
            .iter()
            .filter(|s| s.verdict == Verdict::Unclassified)
            .flat_map(|s| s.unclassified_reasons.iter())
        {
            if !reasons.contains(&reason.as_str()) {
                reasons.push(reason);
            }
        }
        if !reasons.is_empty() {
            let shown: Vec<&str> = reasons.iter().take(2).copied().collect();
            let more =
                if reasons.len() > 2 { format!("; and {} more reasons", reasons.len() - 2) } else { String::new() };
            sentence.push_str(&format!(" ({}{more})", shown.join("; ")));
        }
    }
    if record.more_sessions {
        sentence.push_str("; more sessions exist that were not loaded");
    }

    sentence.push('.');
    sentence
}

fn people_sentence(findings: &[Finding]) -> Option<String> {
    let phrases: Vec<String> = findings
        .iter()
        .filter_map(|f| match f.kind {
            FindingKind::Feedback => Some(format!("{} {}", f.who, f.title)),
            FindingKind::Failure => Some(format!("the session of {} {}", f.who, f.title)),
            _ => None,
        })
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let mut shown: Vec<String> = phrases.iter().take(3).cloned().collect();
    if phrases.len() > 3 {
        shown.push(format!("{} more", phrases.len() - 3));
    }
    Some(format!("{}.", capitalise(&shown.join("; "))))
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
                shown.push(format!("{} more", titles.len() - 3));
            }
            format!("{who}: {}", join_and(&shown))
        })
        .collect();
    if people.len() > 3 {
        parts.push(format!("and {} more people", people.len() - 3));
    }
    Some(format!("Device and network: {}.", parts.join("; ")))
}

/// A plain-language summary of a call in 2–4 sentences, from the data only: what the call was
/// (type, modalities, who, how long), how its streams fared under the rule set (and where they
/// were poor, with the breaches and the participant's network), who rated it poorly or whose
/// session failed, and the device and network conditions per person.
pub fn summarize_call(record: &CallRecord, judgement: &RecordJudgement, findings: &[Finding]) -> String {
    let mut sentences = vec![call_sentence(record), streams_sentence(record, judgement)];
    sentences.extend(people_sentence(findings));
    sentences.extend(conditions_sentence(findings));
    if record.lost_sessions > 0 {
        let n = record.lost_sessions;
        let s = if n == 1 { "" } else { "s" };
        sentences.push(format!(
            "Incomplete: {n} session{s} lost to a syntax error in the file, so this covers only the sessions that could be read."
        ));
    }
    sentences.join(" ")
}
