//! What the codes in a log row mean: call types (`user_in`, `ByotOut`…) and their direction,
//! license capabilities, masked numbers, and a Direct Routing row's outcome and setup time.
//!
//! Call types and capabilities are explained from Microsoft's "Microsoft Teams PSTN usage
//! report" page (MicrosoftDocs/OfficeDocs-SkypeForBusiness,
//! `Teams/teams-analytics-and-reports/pstn-usage-report.md`, ms.date 01/14/2025, read from the
//! hedwig233 fork at 11598c2f9f029c7e20db506cc963fcf3c8a6c625). Types seen in the wild but not
//! on that page are marked as not documented.

use crate::model::logs::DirectRoutingLogRow;

/// Inbound or outbound, as far as the call type tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallDirection {
    Inbound,
    Outbound,
    Unknown,
}

impl CallDirection {
    pub fn label(self) -> String {
        match self {
            CallDirection::Inbound => crate::t!("direction-inbound"),
            CallDirection::Outbound => crate::t!("direction-outbound"),
            CallDirection::Unknown => crate::t!("direction-unknown"),
        }
    }
}

/// A call type in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallTypeInfo {
    /// The call type as sent.
    pub code: String,
    pub direction: CallDirection,
    /// One line for people.
    pub meaning: String,
    /// True when the type is on Microsoft's published list.
    pub documented: bool,
}

/// (code, meaning); matched case-insensitively.
const CALL_TYPES: &[(&str, &str)] = &[
    // Calling Plans / Operator Connect tab: Teams user call types.
    ("user_in", "the user received an inbound PSTN call"),
    ("user_out", "the user placed an outbound PSTN call"),
    ("user_out_conf", "the user added two or more PSTN participants to the call (a three-way conference)"),
    ("user_out_transfer", "the user transferred the call to a PSTN number"),
    ("user_out_forwarding", "the user forwarded the call to a PSTN number"),
    ("conf_in", "an inbound call to the Audio Conferencing bridge"),
    ("conf_out", "an outbound call from the Audio Conferencing bridge, usually to add a PSTN number to the meeting"),
    ("unassigned_in", "an inbound PSTN call through a Calling Plan to an unassigned number"),
    ("emergency_in", "the user received an inbound PSTN emergency call"),
    ("emergency_out", "the user placed an outbound PSTN emergency call"),
    ("fmc_in", "the user received an inbound PSTN call from the native dialer (fixed-mobile convergence)"),
    ("fmc_out", "the user placed an outbound PSTN call to the native dialer (fixed-mobile convergence)"),
    // Calling Plans tab: bot call types.
    ("ucap_in", "an inbound PSTN call to a Teams bot such as an auto attendant or call queue"),
    ("ucap_out", "an outbound PSTN call from a Teams bot such as an auto attendant or call queue"),
    ("ucap_out_conf", "a Teams bot (auto attendant, call queue) added two or more PSTN participants to the call"),
    // Direct Routing tab.
    ("dr_in", "the user received an inbound PSTN call through Direct Routing"),
    ("dr_out", "the user placed an outbound PSTN call through Direct Routing"),
    ("dr_out_user_conf", "the user added a PSTN participant to the call"),
    ("dr_out_user_forwarding", "the user forwarded the call to a PSTN number"),
    ("dr_out_user_transfer", "the user transferred the call to a PSTN number"),
    ("dr_emergency_out", "the user made an emergency call"),
    ("dr_unassigned_in", "an inbound PSTN call through Direct Routing to an unassigned number"),
    ("dr_in_bot", "an inbound PSTN call to a Teams bot such as an auto attendant or call queue"),
    ("dr_out_bot", "an outbound PSTN call from a Teams bot such as an auto attendant or call queue"),
    ("ByotIn", "an inbound PSTN call to a Direct Routing user"),
    ("ByotOut", "an outbound call made by a Direct Routing user"),
    (
        "ByotOutUserConf",
        "the user escalated a 1:1 call to a meeting by adding a PSTN participant (no Communications Credits license)",
    ),
    ("ByotOutUserForwarding", "an outbound PSTN call to the tenant's carrier from a user who forwarded the call"),
    ("ByotOutUserTransfer", "an outbound PSTN call to the tenant's carrier from a user who transferred the call"),
    ("ByotOutEmergency", "an outbound emergency call by a Direct Routing user"),
];

/// Seen in mozziemozz/Commsverse2025-CallRecords-Demo (`Analyze-CallQueueCallRecord.ps1`) as
/// inbound calls to auto attendants / call queues; the meanings are inferred from the names.
const UNDOCUMENTED_CALL_TYPES: &[(&str, &str)] = &[
    ("oc_ucap_in", "an inbound Operator Connect call to a Teams bot such as an auto attendant or call queue"),
    ("ByotInUcap", "an inbound Direct Routing call to a Teams bot such as an auto attendant or call queue"),
];

/// Inbound when the type has an `in` part (`user_in`, `ByotIn`, `dr_in_bot`), outbound when it
/// has an `out` part; parts are split at `_` and at capitals.
pub fn call_direction(call_type: &str) -> CallDirection {
    let mut parts: Vec<String> = Vec::new();
    for chunk in call_type.split(['_', '-', ' ']) {
        let mut current = String::new();
        for c in chunk.chars() {
            if c.is_uppercase() && !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
            current.extend(c.to_lowercase());
        }
        if !current.is_empty() {
            parts.push(current);
        }
    }
    if parts.iter().any(|p| p == "in") {
        CallDirection::Inbound
    } else if parts.iter().any(|p| p == "out") {
        CallDirection::Outbound
    } else {
        CallDirection::Unknown
    }
}

/// A call type in words. Unknown types still get a direction when their name gives one.
pub fn explain_call_type(call_type: &str) -> CallTypeInfo {
    let code = call_type.trim();
    let direction = call_direction(code);
    let lookup =
        |list: &[(&str, &'static str)]| list.iter().find(|(c, _)| c.eq_ignore_ascii_case(code)).map(|(_, m)| *m);
    if let Some(meaning) = lookup(CALL_TYPES) {
        let id = CALL_TYPES.iter().find(|(c, _)| c.eq_ignore_ascii_case(code)).map_or(code, |(c, _)| *c);
        let meaning = crate::i18n::lookup(&format!("calltype-{id}"), &[]).unwrap_or_else(|| meaning.to_string());
        return CallTypeInfo { code: code.to_string(), direction, meaning, documented: true };
    }
    if let Some(meaning) = lookup(UNDOCUMENTED_CALL_TYPES) {
        let meaning = format!("{meaning} (not in Microsoft's published list; meaning inferred from the name)");
        return CallTypeInfo { code: code.to_string(), direction, meaning, documented: false };
    }
    let meaning = match direction {
        CallDirection::Inbound => format!("an inbound call (type \"{code}\" is not in Microsoft's published list)"),
        CallDirection::Outbound => format!("an outbound call (type \"{code}\" is not in Microsoft's published list)"),
        CallDirection::Unknown => format!("call type \"{code}\" is not in Microsoft's published list"),
    };
    CallTypeInfo { code: code.to_string(), direction, meaning, documented: false }
}

/// Capability (license) codes from the same page.
const LICENSES: &[(&str, &str)] = &[
    ("MCOEV", "Voice applications such as auto attendants or call queues"),
    ("MCOEV_VIRTUALUSER", "Voice applications such as auto attendants or call queues"),
    ("MCOEV_VIRTUALUSER_GOV", "Voice applications such as auto attendants or call queues"),
    ("FREECALL", "Free call: a technical issue prevented pricing the call"),
    ("MCOPSTN1", "Domestic Calling Plan"),
    ("MCOPSTN1BR", "Domestic Calling Plan (Brazil)"),
    ("MCOPSTN1MX", "Domestic Calling Plan (Mexico)"),
    ("MCOPSTN2", "International Calling Plan"),
    ("MCOPSTN2BR", "International Calling Plan (Brazil)"),
    ("MCOPSTN2MX", "International Calling Plan (Mexico)"),
    ("MCOPSTN5", "Domestic Calling Plan (120 minutes)"),
    ("MCOPSTN6", "Domestic Calling Plan (240 minutes)"),
    ("MCOPSTN8", "Domestic Calling Plan, 120 minutes per user (not pooled)"),
    ("MCOPSTN9", "International Calling Plan"),
    ("MCOPSTNCAP", "Common Area Phone"),
    ("MCOPSTNPP", "Communications Credits"),
    ("MCOMEETADD", "Audio Conferencing"),
    ("MCOMEETADD_DIALOUT_US", "Audio Conferencing US and Canada dial-out plan"),
    ("MCOMEETADD_CN_GLOBAL", "Audio Conferencing for non-China users"),
    ("MCOMEETADD_TATA", "Tata Communications Connections"),
    ("MCOMEETACPEA", "Audio Conferencing pay-per-minute"),
    ("MCOMEETACPEA_TATA", "Tata Communications Connections Audio Conferencing pay-per-minute"),
    ("MCOMEETACPEA_GOV", "Audio Conferencing pay-per-minute for Government"),
];

/// What a capability (license) code stands for, when Microsoft's page lists it.
pub fn explain_license(capability: &str) -> Option<&'static str> {
    let code = capability.trim();
    LICENSES.iter().find(|(c, _)| c.eq_ignore_ascii_case(code)).map(|(_, m)| *m)
}

/// True when Microsoft masked the number (`+12345678***`).
pub fn is_masked(number: &str) -> bool {
    number.contains('*')
}

/// Success or failure of a Direct Routing row: `successfulCall` when sent, else a failure time
/// means failed and an end time means successful; `None` when nothing tells.
pub fn direct_routing_outcome(row: &DirectRoutingLogRow) -> Option<bool> {
    row.successful_call.or(if row.failure.is_some() {
        Some(false)
    } else if row.end.is_some() {
        Some(true)
    } else {
        None
    })
}

/// Set-up time (start − invite) in milliseconds, for successful calls only: on failed calls the
/// start "can be equal to invite or failure time" (PSTN usage report), so it is not a set-up
/// time. `None` when either time is missing or start is before invite.
pub fn setup_time_ms(row: &DirectRoutingLogRow) -> Option<f64> {
    if direct_routing_outcome(row) != Some(true) {
        return None;
    }
    let ms = row.start?.0.checked_sub(row.invite?.0)?;
    (ms >= 0).then_some(ms as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_from_call_types() {
        assert_eq!(call_direction("user_in"), CallDirection::Inbound);
        assert_eq!(call_direction("ByotOutUserForwarding"), CallDirection::Outbound);
        assert_eq!(call_direction("ByotIn"), CallDirection::Inbound);
        assert_eq!(call_direction("dr_emergency_out"), CallDirection::Outbound);
        assert_eq!(call_direction("ByotInUcap"), CallDirection::Inbound);
        assert_eq!(call_direction("emergency"), CallDirection::Unknown);
        assert_eq!(call_direction(""), CallDirection::Unknown);
        assert!(explain_call_type("USER_OUT").documented);
        assert!(!explain_call_type("oc_ucap_in").documented);
        assert!(explain_call_type("teleport_in").meaning.starts_with("an inbound call"));
    }
}
