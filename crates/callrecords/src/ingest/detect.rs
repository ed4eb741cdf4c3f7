//! Shape detection: what `@odata.context` says a document is, or, without it, what its keys
//! say.

use super::wire::*;

/// What an `@odata.context` says about the body: the kind of item, whether it is a collection,
/// and the call record a sessions or participants page belongs to.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ContextHint {
    pub(super) kind: ItemKind,
    pub(super) collection: bool,
    pub(super) record_id: Option<String>,
}

pub(super) fn context_hint(context: &str) -> Option<ContextHint> {
    let fragment = context.rsplit_once("$metadata#").map_or(context, |(_, f)| f);
    let lower = fragment.to_ascii_lowercase();
    let entity = lower.ends_with("/$entity");
    for (name, kind) in [
        ("pstncalllogrow", ItemKind::Pstn),
        ("directroutinglogrow", ItemKind::DirectRouting),
        ("smslogrow", ItemKind::Sms),
        ("pstnblockeduserslogrow", ItemKind::BlockedUser),
        ("pstnonlinemeetingdialoutreport", ItemKind::Dialout),
    ] {
        if lower.contains(name) {
            return Some(ContextHint { kind, collection: lower.starts_with("collection("), record_id: None });
        }
    }
    let rest = lower.strip_prefix("communications/callrecords")?;
    // `callRecords('id')/sessions…` or `…/participants_v2…`: a page of one record.
    let record_id = fragment.split_once("('").and_then(|(_, tail)| tail.split_once("')")).map(|(id, _)| id.to_string());
    let after_id = rest.split_once("')").map(|(_, tail)| tail);
    match after_id {
        Some(tail) if tail.starts_with("/sessions") => {
            Some(ContextHint { kind: ItemKind::Session, collection: !entity, record_id })
        }
        Some(tail) if tail.starts_with("/participants_v2") => {
            Some(ContextHint { kind: ItemKind::Participant, collection: !entity, record_id })
        }
        Some(tail) if tail.starts_with("/organizer_v2") => {
            Some(ContextHint { kind: ItemKind::Participant, collection: false, record_id })
        }
        Some(_) => None,
        // `callRecords/$entity`, `callRecords(sessions(segments()))/$entity`, or the list.
        None => Some(ContextHint { kind: ItemKind::Record, collection: !entity, record_id: None }),
    }
}

/// The kind of a context-less object, from its keys.
pub(super) fn classify_keys(keys: &[&str]) -> Option<ItemKind> {
    let has = |names: &[&str]| names.iter().any(|n| keys.contains(n));
    let kind = if has(&["error"]) && keys.len() <= 2 {
        ItemKind::GraphError
    } else if has(&["subscriptionId", "resourceData", "changeType", "lifecycleEvent"]) {
        ItemKind::Notification
    } else if has(&[
        "version",
        "type",
        "sessions",
        "organizer",
        "organizer_v2",
        "participants",
        "participants_v2",
        "joinWebUrl",
        "lastModifiedDateTime",
    ]) {
        ItemKind::Record
    } else if has(&["segments", "caller", "callee", "isTest", "failureInfo"]) {
        ItemKind::Session
    } else if has(&["smsId", "smsType", "smsUnits"]) {
        ItemKind::Sms
    } else if has(&["blockDateTime", "userBlockMode", "blockReason"]) {
        ItemKind::BlockedUser
    } else if has(&["totalCalls", "totalCallCharge", "totalCallSeconds"]) {
        ItemKind::Dialout
    } else if has(&[
        "correlationId",
        "finalSipCode",
        "trunkFullyQualifiedDomainName",
        "successfulCall",
        "inviteDateTime",
        "callEndSubReason",
    ]) {
        ItemKind::DirectRouting
    } else if has(&[
        "callId",
        "charge",
        "licenseCapability",
        "callDurationSource",
        "conferenceId",
        "inventoryType",
        "connectionCharge",
    ]) {
        ItemKind::Pstn
    } else if has(&["identity", "administrativeUnitInfos"]) {
        ItemKind::Participant
    } else if has(&["id"]) && has(&["startDateTime", "modalities"]) {
        // A shortened record (id, modalities, start, end) with nothing else.
        ItemKind::Record
    } else {
        return None;
    };
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contexts() {
        let h = context_hint("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('e523d2ed-2966')/sessions(segments())").unwrap();
        assert_eq!(
            h,
            ContextHint { kind: ItemKind::Session, collection: true, record_id: Some("e523d2ed-2966".into()) }
        );
        let h = context_hint(
            "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity",
        )
        .unwrap();
        assert_eq!((h.kind, h.collection), (ItemKind::Record, false));
        let h = context_hint("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords").unwrap();
        assert_eq!((h.kind, h.collection), (ItemKind::Record, true));
        let h = context_hint(
            "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.callRecords.directRoutingLogRow)",
        )
        .unwrap();
        assert_eq!((h.kind, h.collection), (ItemKind::DirectRouting, true));
        assert!(context_hint("https://graph.microsoft.com/v1.0/$metadata#users").is_none());
    }
}
