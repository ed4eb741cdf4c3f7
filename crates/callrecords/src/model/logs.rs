//! PSTN and Direct Routing call logs (`getPstnCalls`, `getDirectRoutingCalls`) and the beta
//! reports (`getSmsLog`, `getPstnBlockedUsersLog`, `getPstnOnlineMeetingDialoutReport`).
//!
//! Rows are flat; every field is optional. `0001-01-01T00:00:00Z` (Direct Routing's "no failure")
//! becomes `None`. Numbers are kept as sent: phone numbers are often masked (`+12345678***`).

use super::lenient::{de_integer, de_number};
use crate::model::datetime::{de_instant, UtcInstant};
use crate::model::enums::{PstnCallDurationSource, PstnUserBlockMode};
use crate::model::record::{null_as_empty, AdministrativeUnitInfo};
use serde::{Deserialize, Serialize};

/// A row of `getPstnCalls` (Calling Plan and Operator Connect calls).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PstnCallLogRow {
    pub id: Option<String>,
    /// "Not guaranteed to be unique".
    pub call_id: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    pub start: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    pub end: Option<UtcInstant>,
    /// Seconds.
    #[serde(deserialize_with = "de_number")]
    pub duration: Option<f64>,
    #[serde(deserialize_with = "de_number")]
    pub charge: Option<f64>,
    #[serde(deserialize_with = "de_number")]
    pub connection_charge: Option<f64>,
    pub currency: Option<String>,
    /// Free text, e.g. `user_in`, `user_out`, `conf_out`.
    pub call_type: Option<String>,
    pub callee_number: Option<String>,
    pub caller_number: Option<String>,
    pub destination_context: Option<String>,
    pub destination_name: Option<String>,
    pub conference_id: Option<String>,
    pub license_capability: Option<String>,
    pub inventory_type: Option<String>,
    pub operator: Option<String>,
    pub call_duration_source: Option<PstnCallDurationSource>,
    pub tenant_country_code: Option<String>,
    pub usage_country_code: Option<String>,
    pub other_party_country_code: Option<String>,
    pub client_local_ip_v4_address: Option<String>,
    pub client_local_ip_v6_address: Option<String>,
    pub client_public_ip_v4_address: Option<String>,
    pub client_public_ip_v6_address: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub administrative_unit_infos: Vec<AdministrativeUnitInfo>,
}

/// A row of `getDirectRoutingCalls`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DirectRoutingLogRow {
    pub id: Option<String>,
    pub correlation_id: Option<String>,
    pub transferor_correlation_id: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    pub start: Option<UtcInstant>,
    #[serde(rename = "inviteDateTime", deserialize_with = "de_instant")]
    pub invite: Option<UtcInstant>,
    #[serde(rename = "failureDateTime", deserialize_with = "de_instant")]
    pub failure: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    pub end: Option<UtcInstant>,
    /// Seconds.
    #[serde(deserialize_with = "de_number")]
    pub duration: Option<f64>,
    /// Free text, e.g. `ByotIn`, `ByotOut`.
    pub call_type: Option<String>,
    pub successful_call: Option<bool>,
    pub caller_number: Option<String>,
    pub callee_number: Option<String>,
    pub media_path_location: Option<String>,
    pub signaling_location: Option<String>,
    #[serde(deserialize_with = "de_integer")]
    pub final_sip_code: Option<i64>,
    #[serde(deserialize_with = "de_integer")]
    pub call_end_sub_reason: Option<i64>,
    pub final_sip_code_phrase: Option<String>,
    pub trunk_fully_qualified_domain_name: Option<String>,
    pub media_bypass_enabled: Option<bool>,
    pub user_country_code: Option<String>,
    pub other_party_country_code: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub administrative_unit_infos: Vec<AdministrativeUnitInfo>,
}

/// A row of the beta `getSmsLog`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SmsLogRow {
    pub id: Option<String>,
    pub sms_id: Option<String>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    #[serde(rename = "sentDateTime", deserialize_with = "de_instant")]
    pub sent: Option<UtcInstant>,
    pub sms_type: Option<String>,
    #[serde(deserialize_with = "de_number")]
    pub sms_units: Option<f64>,
    pub source_number: Option<String>,
    pub destination_number: Option<String>,
    pub destination_context: Option<String>,
    pub destination_name: Option<String>,
    #[serde(deserialize_with = "de_number")]
    pub call_charge: Option<f64>,
    pub currency: Option<String>,
    pub license_capability: Option<String>,
    pub tenant_country_code: Option<String>,
    pub user_country_code: Option<String>,
    pub other_party_country_code: Option<String>,
}

/// A row of the beta `getPstnBlockedUsersLog`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PstnBlockedUserLogRow {
    #[serde(rename = "blockDateTime", deserialize_with = "de_instant")]
    pub block: Option<UtcInstant>,
    pub block_reason: Option<String>,
    pub remediation_id: Option<String>,
    pub user_block_mode: Option<PstnUserBlockMode>,
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    pub user_telephone_number: Option<String>,
}

/// A row of the beta `getPstnOnlineMeetingDialoutReport` (totals per user).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PstnDialoutReportRow {
    pub user_id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_display_name: Option<String>,
    pub usage_location: Option<String>,
    pub destination_context: Option<String>,
    pub currency: Option<String>,
    #[serde(deserialize_with = "de_number")]
    pub total_calls: Option<f64>,
    #[serde(deserialize_with = "de_number")]
    pub total_call_charge: Option<f64>,
    #[serde(deserialize_with = "de_number")]
    pub total_call_seconds: Option<f64>,
}
