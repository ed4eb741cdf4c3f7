//! The columns of each log table: what each column shows for a row, how it sorts, which are
//! shown by default. The meaning of the codes in them is in `meaning.rs`.

use super::meaning::{call_direction, explain_call_type, explain_license, is_masked, CallDirection};
use super::meaning::{direct_routing_outcome, setup_time_ms};
use super::sip::{explain_outcome, explain_sip_code, explain_subcode, OutcomeExplanation};
use super::table::{format_seconds, Cell, Column, ColumnKind as K, LogTable, SortKey, Table};
use crate::model::datetime::UtcInstant;
use crate::model::logs::{DirectRoutingLogRow, PstnBlockedUserLogRow, PstnCallLogRow, PstnDialoutReportRow, SmsLogRow};
use crate::model::record::AdministrativeUnitInfo;
use crate::model::Dataset;

const MASKED_TITLE: &str = "masked: Microsoft hides the last 3 or 4 digits of external numbers in some countries";

fn masked_title() -> String {
    crate::i18n::lookup("masked-number", &[]).unwrap_or_else(|| MASKED_TITLE.to_string())
}

fn number_cell(number: Option<&str>) -> Cell {
    let cell = Cell::text(number);
    match number {
        Some(n) if is_masked(n) => cell.with_title(masked_title()),
        _ => cell,
    }
}

/// The user columns every log has: "user" (the name, with the sign-in name and id on hover),
/// "upn" and "user_id".
fn user_column(column: &str, name: Option<&str>, upn: Option<&str>, id: Option<&str>) -> Option<Cell> {
    match column {
        "user" => Some(user_cell(name, upn, id)),
        "upn" => Some(Cell::text(upn)),
        "user_id" => Some(Cell::text(id)),
        _ => None,
    }
}

fn user_cell(display: Option<&str>, upn: Option<&str>, id: Option<&str>) -> Cell {
    let name = [display, upn, id].into_iter().flatten().map(str::trim).find(|t| !t.is_empty());
    let cell = Cell::text(name);
    match upn.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) if Some(u) != name => cell.with_title(u),
        _ => cell,
    }
}

fn call_type_cell(call_type: Option<&str>) -> Cell {
    let cell = Cell::text(call_type);
    match call_type.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => cell.with_title(explain_call_type(t).meaning),
        None => cell,
    }
}

fn call_type_meaning_cell(call_type: Option<&str>) -> Cell {
    match call_type.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => Cell::text(Some(&explain_call_type(t).meaning)),
        None => Cell::missing(),
    }
}

fn direction_cell(call_type: Option<&str>) -> Cell {
    match call_type.map(call_direction) {
        Some(CallDirection::Unknown) | None => Cell::missing(),
        Some(d) => Cell::text(Some(&d.label())),
    }
}

fn license_cell(capability: Option<&str>) -> Cell {
    let cell = Cell::text(capability);
    match capability.and_then(explain_license) {
        Some(meaning) => cell.with_title(meaning),
        None => cell,
    }
}

/// What a filter also searches in a PSTN or Direct Routing row: its ids, and its administrative
/// units' ids.
fn ids_and_units<'a>(ids: [&'a Option<String>; 5], units: &'a [AdministrativeUnitInfo]) -> Vec<&'a str> {
    ids.into_iter().filter_map(|v| v.as_deref()).chain(units.iter().filter_map(|a| a.id.as_deref())).collect()
}

fn joined(parts: &[&Option<String>]) -> Option<String> {
    let list: Vec<&str> = parts.iter().filter_map(|p| p.as_deref()).map(str::trim).filter(|t| !t.is_empty()).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

// ---------------------------------------------------------------------------------------------
// getPstnCalls

const PSTN_COLUMNS: &[Column] = &[
    Column::new("start", "Start time", K::Time, "When the call started (UTC)."),
    Column::new(
        "user",
        "User",
        K::Text,
        "Display name of the user (sign-in name on hover); empty for some bot call types.",
    ),
    Column::new("upn", "Username", K::Text, "The user's sign-in name (UPN).").hidden(),
    Column::new("user_id", "User ID", K::Id, "The user's Microsoft Entra object ID.").hidden(),
    Column::new("direction", "Direction", K::Text, "Inbound or outbound, from the call type."),
    Column::new("call_type", "Call type", K::Text, "Call type as sent (user_in, conf_out…); hover for its meaning."),
    Column::new("call_type_meaning", "Call type (in words)", K::Text, "What the call type means.").hidden(),
    Column::new(
        "caller",
        "Caller number",
        K::Number,
        "Number that placed the call, as sent (external numbers may be masked).",
    ),
    Column::new(
        "callee",
        "Callee number",
        K::Number,
        "Number that received the call, as sent (external numbers may be masked).",
    ),
    Column::new("destination", "Destination", K::Text, "Country or region dialled."),
    Column::new(
        "destination_context",
        "Domestic/International",
        K::Text,
        "Whether the call was domestic or international, based on the user's location.",
    )
    .hidden(),
    Column::new("duration", "Duration", K::Duration, "How long the call was connected."),
    Column::new("charge", "Charge", K::Money, "Amount charged for the call, in its currency."),
    Column::new("connection_charge", "Connection fee", K::Money, "Connection fee, in the call's currency."),
    Column::new("currency", "Currency", K::Text, "ISO 4217 currency of the charges.").hidden(),
    Column::new(
        "operator",
        "Operator",
        K::Text,
        "The PSTN carrier: Microsoft for Calling Plans, the carrier for Operator Connect.",
    ),
    Column::new("license", "Capability", K::Text, "The license used for the call; hover for its meaning."),
    Column::new(
        "inventory_type",
        "Number type",
        K::Text,
        "The user's phone number type, such as service or toll-free.",
    )
    .hidden(),
    Column::new(
        "duration_source",
        "Duration source",
        K::Text,
        "Where the duration comes from (Microsoft or the operator).",
    )
    .hidden(),
    Column::new("usage_country", "User's location", K::Text, "Country code of the user (ISO 3166-1 alpha-2).").hidden(),
    Column::new("tenant_country", "Tenant country", K::Text, "Country code of the tenant (ISO 3166-1 alpha-2).")
        .hidden(),
    Column::new("other_party_country", "Other party country", K::Text, "Country code of the other party (beta).")
        .hidden(),
    Column::new("conference_id", "Conference ID", K::Id, "ID of the audio conference.").hidden(),
    Column::new("call_id", "Call ID", K::Id, "Call identifier for Microsoft Support; not guaranteed to be unique.")
        .hidden(),
    Column::new("end", "End time", K::Time, "When the call ended (UTC).").hidden(),
    Column::new("id", "Usage ID", K::Id, "Unique row identifier (cannot be used to get a call record).").hidden(),
    Column::new("client_local_ip", "Client local IP", K::Id, "Client's local IPv4 / IPv6 address (beta).").hidden(),
    Column::new("client_public_ip", "Client public IP", K::Id, "Client's public IPv4 / IPv6 address (beta).").hidden(),
];

impl LogTable for PstnCallLogRow {
    const TABLE: Table = Table::Pstn;

    fn rows(dataset: &Dataset) -> &[Self] {
        &dataset.pstn_calls
    }

    fn columns() -> &'static [Column] {
        PSTN_COLUMNS
    }

    fn cell(&self, column: &str) -> Option<Cell> {
        let currency = self.currency.as_deref();
        Some(match column {
            "start" => Cell::time(self.start),
            "user" => user_cell(
                self.user_display_name.as_deref(),
                self.user_principal_name.as_deref(),
                self.user_id.as_deref(),
            ),
            "upn" => Cell::text(self.user_principal_name.as_deref()),
            "user_id" => Cell::text(self.user_id.as_deref()),
            "direction" => direction_cell(self.call_type.as_deref()),
            "call_type" => call_type_cell(self.call_type.as_deref()),
            "call_type_meaning" => call_type_meaning_cell(self.call_type.as_deref()),
            "caller" => number_cell(self.caller_number.as_deref()),
            "callee" => number_cell(self.callee_number.as_deref()),
            "destination" => Cell::text(self.destination_name.as_deref()),
            "destination_context" => Cell::text(self.destination_context.as_deref()),
            "duration" => Cell::seconds(self.duration),
            "charge" => Cell::money(self.charge, currency),
            "connection_charge" => Cell::money(self.connection_charge, currency),
            "currency" => Cell::text(currency),
            "operator" => Cell::text(self.operator.as_deref()),
            "license" => license_cell(self.license_capability.as_deref()),
            "inventory_type" => Cell::text(self.inventory_type.as_deref()),
            "duration_source" => Cell::text(self.call_duration_source.as_ref().map(|s| s.label()).as_deref()),
            "usage_country" => Cell::text(self.usage_country_code.as_deref()),
            "tenant_country" => Cell::text(self.tenant_country_code.as_deref()),
            "other_party_country" => Cell::text(self.other_party_country_code.as_deref()),
            "conference_id" => Cell::text(self.conference_id.as_deref()),
            "call_id" => Cell::text(self.call_id.as_deref()),
            "end" => Cell::time(self.end),
            "id" => Cell::text(self.id.as_deref()),
            "client_local_ip" => {
                Cell::text(joined(&[&self.client_local_ip_v4_address, &self.client_local_ip_v6_address]).as_deref())
            }
            "client_public_ip" => {
                Cell::text(joined(&[&self.client_public_ip_v4_address, &self.client_public_ip_v6_address]).as_deref())
            }
            _ => return None,
        })
    }

    fn time(&self) -> Option<UtcInstant> {
        self.start
    }

    fn duration_seconds(&self) -> Option<f64> {
        self.duration.filter(|d| d.is_finite())
    }

    fn search_extra(&self) -> Vec<&str> {
        let ids = [&self.user_id, &self.user_principal_name, &self.id, &self.call_id, &self.conference_id];
        ids_and_units(ids, &self.administrative_unit_infos)
    }
}

// ---------------------------------------------------------------------------------------------
// getDirectRoutingCalls

// Shown by default: when, who, which numbers, whether it worked, how long, and the SIP answer
// (code, phrase, subcode) with the trunk and failure time; the rest (invite time, regions, bypass,
// correlation id…) under "Columns". Everything stays searchable and in exports.
const DR_COLUMNS: &[Column] = &[
    Column::new("start", "Start time", K::Time, "When the SIP proxy got the final answer (outbound) or passed the invite on (inbound), UTC; for failed calls it can equal the invite or failure time."),
    Column::new("invite", "Invite time", K::Time, "When the first INVITE was sent to or received from the SBC (UTC).").hidden(),
    Column::new("failure", "Failure time", K::Time, "When the call failed (failed calls only; successful calls send the 0001-01-01 \"no value\" date)."),
    Column::new("end", "End time", K::Time, "When the call ended (successful calls only).").hidden(),
    Column::new("user", "User", K::Text, "Display name of the user or bot (sign-in name on hover)."),
    Column::new("upn", "Username", K::Text, "The user's sign-in name (UPN).").hidden(),
    Column::new("user_id", "User ID", K::Id, "The user's Microsoft Entra object ID.").hidden(),
    Column::new("caller", "Caller number", K::Number, "Number of the user or bot who made the call, as sent (may be masked, non-E.164 or text)."),
    Column::new("callee", "Callee number", K::Number, "Number of the user or bot who received the call, as sent (may be masked)."),
    Column::new("direction", "Direction", K::Text, "Inbound or outbound, from the call type."),
    Column::new("call_type", "Call type", K::Text, "Call type as sent (ByotIn, dr_out…); hover for its meaning.").hidden(),
    Column::new("call_type_meaning", "Call type (in words)", K::Text, "What the call type means.").hidden(),
    Column::new("success", "Success", K::Flag, "Yes for a successful call, No for an attempt (failed call)."),
    Column::new("duration", "Duration", K::Duration, "From invite to the call end or failure; for forwarding it includes ringing in the call queue."),
    Column::new("setup", "Setup time", K::Duration, "Start time minus invite time, successful calls only.").unit("s").hidden(),
    Column::new("final_sip_code", "Final SIP code", K::Count, "The SIP code the call ended with (0 for a normal end in this log); hover for its meaning."),
    Column::new("sip_phrase", "Final SIP phrase", K::Text, "Description of the SIP code and subcode, as sent."),
    Column::new("outcome", "Outcome", K::Text, "What the SIP code and subcode mean together, and the usual next step on hover.").hidden(),
    Column::new("subcode", "Microsoft subcode", K::Count, "Microsoft's callEndSubReason; hover for its meaning."),
    Column::new("response_from", "Final response from", K::Text, "Whether the SBC or a Microsoft service produced the final response, from the subcode.").hidden(),
    Column::new("trunk", "SBC FQDN", K::Id, "Fully qualified domain name of the Session Border Controller."),
    Column::new("media_path", "Media region", K::Text, "Datacentre used for the media path of a non-bypass call.").hidden(),
    Column::new("signaling", "Signaling region", K::Text, "Datacentre used for signaling.").hidden(),
    Column::new("media_bypass", "Media bypass", K::Flag, "Whether the trunk was enabled for media bypass.").hidden(),
    Column::new("correlation_id", "Correlation ID", K::Id, "Call identifier for Microsoft Support; legs of the same call can share it.").hidden(),
    Column::new("transferor_correlation_id", "Transferor correlation ID", K::Id, "Correlation ID of the call between transferee and transferor (beta).").hidden(),
    Column::new("user_country", "User country", K::Text, "Country code of the user (beta).").hidden(),
    Column::new("other_party_country", "Other party country", K::Text, "Country code of the other party (beta).").hidden(),
    Column::new("id", "ID", K::Id, "Unique row identifier.").hidden(),
];

impl LogTable for DirectRoutingLogRow {
    const TABLE: Table = Table::DirectRouting;

    fn rows(dataset: &Dataset) -> &[Self] {
        &dataset.direct_routing_calls
    }

    fn columns() -> &'static [Column] {
        DR_COLUMNS
    }

    fn cell(&self, column: &str) -> Option<Cell> {
        let (name, upn, id) =
            (self.user_display_name.as_deref(), self.user_principal_name.as_deref(), self.user_id.as_deref());
        if let Some(cell) = user_column(column, name, upn, id) {
            return Some(cell);
        }
        Some(match column {
            "start" => Cell::time(self.start),
            "invite" => Cell::time(self.invite),
            "failure" => match (self.failure, direct_routing_outcome(self)) {
                (None, Some(true)) => Cell {
                    text: crate::t!("none"),
                    title: Some(crate::t!("log-no-failure-title")),
                    sort: SortKey::Missing,
                },
                (failure, _) => Cell::time(failure),
            },
            "end" => Cell::time(self.end),
            "caller" => number_cell(self.caller_number.as_deref()),
            "callee" => number_cell(self.callee_number.as_deref()),
            "direction" => direction_cell(self.call_type.as_deref()),
            "call_type" => call_type_cell(self.call_type.as_deref()),
            "call_type_meaning" => call_type_meaning_cell(self.call_type.as_deref()),
            "success" => match direct_routing_outcome(self) {
                Some(true) => Cell::flag(Some(true)).with_title(crate::t!("log-success-title")),
                Some(false) => Cell::flag(Some(false)).with_title(crate::t!("log-attempt-title")),
                None => Cell::missing(),
            },
            "duration" => Cell::seconds(self.duration),
            "setup" => match setup_time_ms(self) {
                Some(ms) => Cell { text: format_seconds(ms / 1000.0), title: None, sort: SortKey::Number(ms / 1000.0) },
                None => Cell::missing(),
            },
            "final_sip_code" => match self.final_sip_code {
                Some(code) => {
                    let e = explain_sip_code(code);
                    Cell::code(Some(code)).with_title(format!("{}: {}", e.name, e.meaning))
                }
                None => Cell::missing(),
            },
            "sip_phrase" => Cell::text(self.final_sip_code_phrase.as_deref()),
            "outcome" => {
                if self.final_sip_code.is_none() && self.call_end_sub_reason.is_none() && self.successful_call.is_none()
                {
                    Cell::missing()
                } else {
                    let e = explain_outcome(
                        self.final_sip_code,
                        self.call_end_sub_reason,
                        self.final_sip_code_phrase.as_deref(),
                        self.successful_call,
                    );
                    Cell::text(Some(&e.headline)).with_title(e.next_step)
                }
            }
            "subcode" => match self.call_end_sub_reason {
                Some(code) => {
                    let e = explain_subcode(code);
                    Cell::code(Some(code)).with_title(e.meaning)
                }
                None => Cell::missing(),
            },
            "response_from" => match self.call_end_sub_reason {
                Some(code) => Cell::text(Some(&explain_subcode(code).source.label())),
                None => Cell::missing(),
            },
            "trunk" => Cell::text(self.trunk_fully_qualified_domain_name.as_deref()),
            "media_path" => Cell::text(self.media_path_location.as_deref()),
            "signaling" => Cell::text(self.signaling_location.as_deref()),
            "media_bypass" => Cell::flag(self.media_bypass_enabled),
            "correlation_id" => Cell::text(self.correlation_id.as_deref()),
            "transferor_correlation_id" => Cell::text(self.transferor_correlation_id.as_deref()),
            "user_country" => Cell::text(self.user_country_code.as_deref()),
            "other_party_country" => Cell::text(self.other_party_country_code.as_deref()),
            "id" => Cell::text(self.id.as_deref()),
            _ => return None,
        })
    }

    fn time(&self) -> Option<UtcInstant> {
        self.start.or(self.invite)
    }

    fn outcome(&self) -> Option<bool> {
        direct_routing_outcome(self)
    }

    fn failure_explanation(&self) -> Option<OutcomeExplanation> {
        let outcome = direct_routing_outcome(self);
        (outcome != Some(true)).then(|| {
            explain_outcome(
                self.final_sip_code,
                self.call_end_sub_reason,
                self.final_sip_code_phrase.as_deref(),
                outcome,
            )
        })
    }

    fn duration_seconds(&self) -> Option<f64> {
        self.duration.filter(|d| d.is_finite())
    }

    fn search_extra(&self) -> Vec<&str> {
        let ids =
            [&self.user_id, &self.user_principal_name, &self.id, &self.correlation_id, &self.transferor_correlation_id];
        ids_and_units(ids, &self.administrative_unit_infos)
    }
}

// ---------------------------------------------------------------------------------------------
// Beta getSmsLog

const SMS_COLUMNS: &[Column] = &[
    Column::new("sent", "Sent", K::Time, "When the SMS was sent (UTC)."),
    Column::new("user", "User", K::Text, "Display name of the user (sign-in name on hover)."),
    Column::new("upn", "Username", K::Text, "The user's sign-in name (UPN).").hidden(),
    Column::new("user_id", "User ID", K::Id, "The user's Microsoft Entra object ID.").hidden(),
    Column::new("direction", "Direction", K::Text, "Inbound or outbound, from the SMS type."),
    Column::new("sms_type", "SMS type", K::Text, "SMS type as sent (sms_in, sms_out)."),
    Column::new("units", "SMS units", K::Count, "Number of SMS units used."),
    Column::new("source", "Source number", K::Number, "Number that sent the SMS, as sent."),
    Column::new(
        "destination_number",
        "Destination number",
        K::Number,
        "Number that received the SMS (partially obfuscated).",
    ),
    Column::new("destination", "Destination", K::Text, "Country or region of the destination."),
    Column::new(
        "destination_context",
        "Domestic/International",
        K::Text,
        "Whether the SMS was domestic or international.",
    )
    .hidden(),
    Column::new("charge", "Charge", K::Money, "Amount charged, in its currency."),
    Column::new("currency", "Currency", K::Text, "ISO 4217 currency of the charge.").hidden(),
    Column::new("license", "Capability", K::Text, "The license used for the SMS."),
    Column::new("user_country", "User country", K::Text, "Country code of the user.").hidden(),
    Column::new("tenant_country", "Tenant country", K::Text, "Country code of the tenant.").hidden(),
    Column::new("other_party_country", "Other party country", K::Text, "Country code of the other party.").hidden(),
    Column::new("sms_id", "SMS ID", K::Id, "Identifier of the SMS.").hidden(),
    Column::new("id", "ID", K::Id, "Unique row identifier.").hidden(),
];

impl LogTable for SmsLogRow {
    const TABLE: Table = Table::Sms;

    fn rows(dataset: &Dataset) -> &[Self] {
        &dataset.sms_log
    }

    fn columns() -> &'static [Column] {
        SMS_COLUMNS
    }

    fn cell(&self, column: &str) -> Option<Cell> {
        let (name, upn, id) =
            (self.user_display_name.as_deref(), self.user_principal_name.as_deref(), self.user_id.as_deref());
        if let Some(cell) = user_column(column, name, upn, id) {
            return Some(cell);
        }
        Some(match column {
            "sent" => Cell::time(self.sent),
            "direction" => direction_cell(self.sms_type.as_deref()),
            "sms_type" => Cell::text(self.sms_type.as_deref()),
            "units" => Cell::number(self.sms_units, 2),
            "source" => number_cell(self.source_number.as_deref()),
            "destination_number" => number_cell(self.destination_number.as_deref()),
            "destination" => Cell::text(self.destination_name.as_deref()),
            "destination_context" => Cell::text(self.destination_context.as_deref()),
            "charge" => Cell::money(self.call_charge, self.currency.as_deref()),
            "currency" => Cell::text(self.currency.as_deref()),
            "license" => license_cell(self.license_capability.as_deref()),
            "user_country" => Cell::text(self.user_country_code.as_deref()),
            "tenant_country" => Cell::text(self.tenant_country_code.as_deref()),
            "other_party_country" => Cell::text(self.other_party_country_code.as_deref()),
            "sms_id" => Cell::text(self.sms_id.as_deref()),
            "id" => Cell::text(self.id.as_deref()),
            _ => return None,
        })
    }

    fn time(&self) -> Option<UtcInstant> {
        self.sent
    }

    fn search_extra(&self) -> Vec<&str> {
        [&self.user_id, &self.user_principal_name, &self.id, &self.sms_id]
            .into_iter()
            .filter_map(|v| v.as_deref())
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Beta getPstnBlockedUsersLog

const BLOCKED_COLUMNS: &[Column] = &[
    Column::new("time", "Time", K::Time, "When the user was blocked or unblocked (UTC)."),
    Column::new("user", "User", K::Text, "Display name of the user (sign-in name on hover)."),
    Column::new("upn", "Username", K::Text, "The user's sign-in name (UPN).").hidden(),
    Column::new("user_id", "User ID", K::Id, "The user's Microsoft Entra object ID.").hidden(),
    Column::new("number", "Telephone number", K::Number, "The user's telephone number."),
    Column::new("mode", "Action", K::Text, "Blocked or unblocked."),
    Column::new("reason", "Reason", K::Text, "Why the user was blocked or unblocked."),
    Column::new("remediation_id", "Remediation ID", K::Id, "Unique identifier of the action."),
];

impl LogTable for PstnBlockedUserLogRow {
    const TABLE: Table = Table::BlockedUsers;

    fn rows(dataset: &Dataset) -> &[Self] {
        &dataset.blocked_users
    }

    fn columns() -> &'static [Column] {
        BLOCKED_COLUMNS
    }

    fn cell(&self, column: &str) -> Option<Cell> {
        let (name, upn, id) =
            (self.user_display_name.as_deref(), self.user_principal_name.as_deref(), self.user_id.as_deref());
        if let Some(cell) = user_column(column, name, upn, id) {
            return Some(cell);
        }
        Some(match column {
            "time" => Cell::time(self.block),
            "number" => number_cell(self.user_telephone_number.as_deref()),
            "mode" => Cell::text(self.user_block_mode.as_ref().map(|m| m.label()).as_deref()),
            "reason" => Cell::text(self.block_reason.as_deref()),
            "remediation_id" => Cell::text(self.remediation_id.as_deref()),
            _ => return None,
        })
    }

    fn time(&self) -> Option<UtcInstant> {
        self.block
    }

    fn search_extra(&self) -> Vec<&str> {
        [&self.user_id, &self.user_principal_name].into_iter().filter_map(|v| v.as_deref()).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Beta getPstnOnlineMeetingDialoutReport

const DIALOUT_COLUMNS: &[Column] = &[
    Column::new("user", "User", K::Text, "Display name of the user (sign-in name on hover)."),
    Column::new("upn", "Username", K::Text, "The user's sign-in name (UPN).").hidden(),
    Column::new("user_id", "User ID", K::Id, "The user's Microsoft Entra object ID.").hidden(),
    Column::new("usage_location", "Usage location", K::Text, "Country code of the user's usage location."),
    Column::new(
        "destination_context",
        "Domestic/International",
        K::Text,
        "Whether the dial-outs were domestic or international.",
    ),
    Column::new("total_calls", "Calls", K::Count, "Number of dial-out calls."),
    Column::new("total_duration", "Total duration", K::Duration, "Total time of the dial-out calls."),
    Column::new("total_charge", "Total charge", K::Money, "Total charge, in its currency."),
    Column::new("currency", "Currency", K::Text, "ISO 4217 currency of the charge.").hidden(),
];

impl LogTable for PstnDialoutReportRow {
    const TABLE: Table = Table::DialoutReport;

    fn rows(dataset: &Dataset) -> &[Self] {
        &dataset.dialout_report
    }

    fn columns() -> &'static [Column] {
        DIALOUT_COLUMNS
    }

    fn cell(&self, column: &str) -> Option<Cell> {
        let (name, upn, id) =
            (self.user_display_name.as_deref(), self.user_principal_name.as_deref(), self.user_id.as_deref());
        if let Some(cell) = user_column(column, name, upn, id) {
            return Some(cell);
        }
        Some(match column {
            "usage_location" => Cell::text(self.usage_location.as_deref()),
            "destination_context" => Cell::text(self.destination_context.as_deref()),
            "total_calls" => Cell::number(self.total_calls, 0),
            "total_duration" => Cell::seconds(self.total_call_seconds),
            "total_charge" => Cell::money(self.total_call_charge, self.currency.as_deref()),
            "currency" => Cell::text(self.currency.as_deref()),
            _ => return None,
        })
    }

    fn time(&self) -> Option<UtcInstant> {
        None
    }

    fn has_times() -> bool {
        false
    }

    fn search_extra(&self) -> Vec<&str> {
        [&self.user_id, &self.user_principal_name].into_iter().filter_map(|v| v.as_deref()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_ids_are_unique_and_answer() {
        fn check<T: LogTable + Default>() {
            let row = T::default();
            let columns = T::columns();
            for (i, c) in columns.iter().enumerate() {
                assert!(columns[i + 1..].iter().all(|d| d.id != c.id), "duplicate column {}", c.id);
                assert!(row.cell(c.id).is_some(), "no cell for {}", c.id);
            }
            assert!(row.cell("no such column").is_none());
        }
        check::<PstnCallLogRow>();
        check::<DirectRoutingLogRow>();
        check::<SmsLogRow>();
        check::<PstnBlockedUserLogRow>();
        check::<PstnDialoutReportRow>();
    }
}
