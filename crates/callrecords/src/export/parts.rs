//! The column sets of the parts a row holds (an identity set, an endpoint, a network, a
//! device), each defined once and read, prefixed, for the caller, the callee and the organizer.
//! Names follow Microsoft's CallRecordInsights (`Caller_UserDisplayName`, `Callee_Subnet`,
//! `Caller_BSSID`); measures come from the metric catalogue (`model::metrics`), named by their
//! Graph property in PascalCase, in their catalogue unit.

use super::columns::{pascal, Column};
use crate::model::enums::EndpointType;
use crate::model::identity::{Identity, IdentityKind, IdentitySet};
use crate::model::metrics::{DEVICE_METRICS, NETWORK_METRICS};
use crate::model::record::{DeviceInfo, Endpoint, NetworkInfo, TraceRouteHop, UserAgent};

/// The identity kinds that get columns of their own, as CallRecordInsights maps them.
const IDENTITY_KINDS: [IdentityKind; 10] = [
    IdentityKind::User,
    IdentityKind::ApplicationInstance,
    IdentityKind::Guest,
    IdentityKind::Phone,
    IdentityKind::OnPremises,
    IdentityKind::Encrypted,
    IdentityKind::AcsUser,
    IdentityKind::SpoolUser,
    IdentityKind::AcsApplicationInstance,
    IdentityKind::SpoolApplicationInstance,
];

/// A text field of an identity.
type IdentityField = fn(&Identity) -> Option<&str>;

/// `UserDisplayName`, `UserId`, `UserTenantId` for every kind, `UserPrincipalName`, and
/// `DisplayName`: who the set stands for, as the page names it.
pub fn identity_columns<'c>() -> Vec<Column<'c, IdentitySet>> {
    let mut columns = vec![Column::owned("DisplayName", |s: &IdentitySet| s.display_name())];
    for kind in IDENTITY_KINDS {
        let name = pascal(kind.key());
        let fields: [(&str, IdentityField); 3] = [
            ("DisplayName", |i| i.display_name.as_deref()),
            ("Id", |i| i.id.as_deref()),
            ("TenantId", |i| i.tenant_id.as_deref()),
        ];
        for (field, get) in fields {
            let kind = kind.clone();
            columns.push(Column::string(format!("{name}{field}"), move |s: &IdentitySet| get(s.get(&kind)?)));
        }
    }
    columns.push(Column::string("UserPrincipalName", |s: &IdentitySet| {
        s.get(&IdentityKind::User).and_then(|i| i.user_principal_name.as_deref())
    }));
    columns
}

fn agent(e: &Endpoint) -> Option<&UserAgent> {
    e.user_agent.as_ref()
}

/// Who and what an endpoint is: its identities, user agent, feedback and machine.
pub fn endpoint_columns<'c>() -> Vec<Column<'c, Endpoint>> {
    let mut columns: Vec<Column<'c, Endpoint>> = Vec::new();
    for column in identity_columns() {
        columns.push(column.prefixed("", |e: &Endpoint| e.identity.as_ref()));
    }
    columns.extend([
        Column::string("AssociatedIdentityId", |e: &Endpoint| e.associated_identity.as_ref()?.id.as_deref()),
        Column::string("AssociatedIdentityDisplayName", |e: &Endpoint| {
            e.associated_identity.as_ref()?.display_name.as_deref()
        }),
        Column::string("AssociatedIdentityUserPrincipalName", |e: &Endpoint| {
            e.associated_identity.as_ref()?.user_principal_name.as_deref()
        }),
        Column::string("AssociatedIdentityTenantId", |e: &Endpoint| {
            e.associated_identity.as_ref()?.tenant_id.as_deref()
        }),
        Column::string("EndpointType", |e: &Endpoint| {
            e.identity.as_ref()?.endpoint_type.as_ref().map(EndpointType::as_wire)
        }),
        Column::string("ProductFamily", |e: &Endpoint| Some(agent(e)?.product_family.as_ref()?.as_wire())),
        Column::string("Platform", |e: &Endpoint| Some(agent(e)?.platform.as_ref()?.as_wire())),
        Column::string("UserAgentHeaderValue", |e: &Endpoint| agent(e)?.header_value.as_deref()),
        Column::string("ServiceRole", |e: &Endpoint| Some(agent(e)?.role.as_ref()?.as_wire())),
        Column::string("ApplicationVersion", |e: &Endpoint| agent(e)?.application_version.as_deref()),
        Column::string("AzureAdAppId", |e: &Endpoint| agent(e)?.azure_ad_app_id.as_deref()),
        Column::string("CommunicationServiceId", |e: &Endpoint| agent(e)?.communication_service_id.as_deref()),
        Column::string("EndpointName", |e: &Endpoint| e.name.as_deref()),
        Column::string("CpuName", |e: &Endpoint| e.cpu_name.as_deref()),
        Column::int("CpuCoresCount", |e: &Endpoint| e.cpu_cores_count),
        Column::int("CpuProcessorSpeedInMhz", |e: &Endpoint| e.cpu_processor_speed_in_mhz),
        Column::string("FeedbackRating", |e: &Endpoint| Some(e.feedback.as_ref()?.rating.as_ref()?.as_wire())),
        Column::string("FeedbackText", |e: &Endpoint| e.feedback.as_ref()?.text.as_deref()),
        // The tokens as a JSON object, as Graph sends them ({"Echo":false,"Noisy":true}).
        Column::owned("FeedbackTokens", |e: &Endpoint| {
            let tokens = &e.feedback.as_ref()?.tokens;
            (!tokens.is_empty()).then(|| serde_json::to_string(tokens).unwrap_or_default())
        }),
    ]);
    columns
}

/// A hop as the trace-route column writes it.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Hop<'a> {
    hop_count: Option<i64>,
    ip_address: Option<&'a str>,
    round_trip_time_ms: Option<f64>,
}

fn hops_json(hops: &[TraceRouteHop]) -> Option<String> {
    if hops.is_empty() {
        return None;
    }
    let hops: Vec<Hop> = hops
        .iter()
        .map(|h| Hop {
            hop_count: h.hop_count,
            ip_address: h.ip_address.as_deref(),
            round_trip_time_ms: h.round_trip_time.get().filter(|v| v.is_finite()),
        })
        .collect();
    serde_json::to_string(&hops).ok()
}

/// The network of one side: addresses, transport, Wi-Fi, trace route, and the catalogue's
/// network measures.
pub fn network_columns<'c>() -> Vec<Column<'c, NetworkInfo>> {
    type N = NetworkInfo;
    let mut columns = vec![
        Column::string("ConnectionType", |n: &N| Some(n.connection_type.as_ref()?.as_wire())),
        Column::string("ReflexiveIPAddress", |n: &N| n.reflexive_ip_address.as_deref()),
        Column::string("Subnet", |n: &N| n.subnet.as_deref()),
        Column::string("IpAddress", |n: &N| n.ip_address.as_deref()),
        Column::string("MacAddress", |n: &N| n.mac_address.as_deref()),
        Column::string("NetworkTransportProtocol", |n: &N| Some(n.network_transport_protocol.as_ref()?.as_wire())),
        Column::int("Port", |n: &N| n.port),
        Column::string("RelayIPAddress", |n: &N| n.relay_ip_address.as_deref()),
        Column::int("RelayPort", |n: &N| n.relay_port),
        Column::string("DnsSuffix", |n: &N| n.dns_suffix.as_deref()),
        // The hops as a JSON array: [{"hopCount":1,"ipAddress":"10.0.0.1","roundTripTimeMs":2}].
        Column::owned("TraceRouteHops", |n: &N| hops_json(&n.trace_route_hops)),
        Column::string("BSSID", |n: &N| n.basic_service_set_identifier.as_deref()),
        Column::string("WifiRadioType", |n: &N| Some(n.wifi_radio_type.as_ref()?.as_wire())),
        Column::string("WifiBand", |n: &N| Some(n.wifi_band.as_ref()?.as_wire())),
        Column::int("WifiChannel", |n: &N| n.wifi_channel),
        Column::string("WifiMicrosoftDriver", |n: &N| n.wifi_microsoft_driver.as_deref()),
        Column::string("WifiMicrosoftDriverVersion", |n: &N| n.wifi_microsoft_driver_version.as_deref()),
        Column::string("WifiVendorDriver", |n: &N| n.wifi_vendor_driver.as_deref()),
        Column::string("WifiVendorDriverVersion", |n: &N| n.wifi_vendor_driver_version.as_deref()),
    ];
    columns.extend(NETWORK_METRICS.iter().map(|m| Column::float(pascal(m.name), move |n: &N| m.value(n))));
    columns
}

/// The audio devices of one side and the catalogue's device measures.
pub fn device_columns<'c>() -> Vec<Column<'c, DeviceInfo>> {
    type D = DeviceInfo;
    let mut columns = vec![
        Column::string("CaptureDeviceName", |d: &D| d.capture_device_name.as_deref()),
        Column::string("CaptureDeviceDriver", |d: &D| d.capture_device_driver.as_deref()),
        Column::string("RenderDeviceName", |d: &D| d.render_device_name.as_deref()),
        Column::string("RenderDeviceDriver", |d: &D| d.render_device_driver.as_deref()),
    ];
    columns.extend(DEVICE_METRICS.iter().map(|m| Column::float(pascal(m.name), move |d: &D| m.value(d))));
    columns
}
