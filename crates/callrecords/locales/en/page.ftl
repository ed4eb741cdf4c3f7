# page messages
count-call-records = { $count ->
    [one] { $count } call record
   *[other] { $count } call records
}
app-title = Call Record Viewer
privacy-promise = Everything stays in this tab: no server, no network requests (enforced by the page's Content-Security-Policy).
nav-views = Views
quality-rules = Quality rules
edit-limits = Edit limits
edit-limits-hint = Changing a limit switches to custom thresholds, starting from the rules above. Empty turns a rule off. Escape closes.
limit-off = off
language = Language
tab-calls = Calls
tab-other-logs = Other logs
invalid-limit = a number of 0 or more, or empty to turn the rule off
loader-label = Load call records
loader-paste-label = Paste Graph call-record JSON (a record, a list, sessions pages, PSTN or Direct Routing logs)
loader-load-pasted = Load pasted text
loader-open-files = Open files…
loader-file-input = Open call-record files
loader-try-example = Try an example
loader-drop-hint = or drop .json, .jsonl or .gz files anywhere on the page
loader-clear = Clear all
calls-label = Call records
calls-filter-placeholder = Filter: name, "exact phrase", number, id, UPN, IP…
calls-filter-label = Filter calls by text
calls-modality = Modality
calls-modality-any = any
calls-problems-only = Problems only
filter-from = From
filter-to = to
filter-from-label = Started on or after (local date)
filter-to-label = Started on or before (local date)
calls-shown = { $count ->
    [one] { $shown } of { $count } call
   *[other] { $shown } of { $count } calls
}
calls-caption = Call records; times in { $zone }
calls-findings-note = findings beyond the stream rules
call-back = Back to the calls
call-breadcrumb = Breadcrumb
call-join-url = Join URL:
call-findings-label = Findings
call-findings = Findings ({ $count })
call-details = Details
call-log-rows-label = Log rows for this call
call-log-rows = PSTN and Direct Routing rows for this call ({ $count })
value-poor-because = (poor: { $why })
drop-hint = Drop call-record files to load them
tree-call-overview = Call overview
count-pstn-calls = { $count ->
    [one] { $count } PSTN call
   *[other] { $count } PSTN calls
}
count-direct-routing-calls = { $count ->
    [one] { $count } Direct Routing call
   *[other] { $count } Direct Routing calls
}
count-other-log-rows = { $count ->
    [one] { $count } other log row
   *[other] { $count } other log rows
}
count-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
count-segments = { $count ->
    [one] { $count } segment
   *[other] { $count } segments
}
count-streams = { $count ->
    [one] { $count } stream
   *[other] { $count } streams
}
count-sources = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
loaded-line = Loaded: { $what }
loaded-line-timed = Loaded: { $what } (parsed in { $ms } ms)
size-mb = { $size } MB
size-kb = { $size } KB
parsing-line = { $count ->
    [one] Parsing { $count } source ({ $size })…
   *[other] Parsing { $count } sources ({ $size })…
}
file-unreadable = { $name } (could not be read: { $error })
loaded-elsewhere = Loaded:
loaded-elsewhere-tab = ({ $tab } tab)
sentence-end = .
empty-calls = No call records loaded.
empty-calls-hint = Paste or open a call record ({ $request }) or a list of them above, or try the example.
empty-pstn = No PSTN call rows loaded.
empty-pstn-hint = Load a getPstnCalls response ({ $request }).
empty-direct-routing = No Direct Routing rows loaded.
empty-direct-routing-hint = Load a getDirectRoutingCalls response ({ $request }).
empty-other-logs = No beta log rows loaded.
empty-other-logs-hint = Load a beta getSmsLog, getPstnBlockedUsersLog or getPstnOnlineMeetingDialoutReport response.
empty-call = Call record { $id } is not loaded in this tab.
empty-call-hint = Nothing is kept after the tab closes or reloads: load the file again to see it.
sessions-not-loaded = not loaded
sessions-lost = { $sessions }, { $lost } lost (incomplete)
findings-more = { $count ->
    [one] +{ $count } finding
   *[other] +{ $count } findings
}
col-start = Start ({ $zone })
col-duration = Duration
col-type = Type
col-modalities = Modalities
col-organizer = Organizer
col-people = People
col-sessions = Sessions
col-quality = Quality
col-poor-streams = Poor streams
call-heading = Call
no-sessions = No sessions loaded: this record came without them. Fetch it with { $query }, with its further sessions pages, and load those files.
warning-placeholder = Only pages of this call were loaded (sessions or participants), not the call record itself: its type, times and organizer are unknown.
warning-lost-sessions = Incomplete: sessions of this call were lost to a syntax error in the file (see the messages above the calls). Its verdicts cover only the sessions that could be read.
warning-more-sessions = More sessions exist that were not loaded (the response had { $link }). Load the following pages to see them all.
warning-more-participants = More participants exist than were loaded ({ $link }).
tree-label = Sessions
tree-expand-all = Expand all
tree-collapse-all = Collapse all
tree-aria = Sessions, segments, media and streams
tree-failed = failed
# Problems with the input (diagnostics): the message; the excerpt stays as it is
diagnostics-label = Problems with the input
diagnostic-place = { $source }, line { $line }, column { $column }
diag-empty = the input is empty
diag-invalid-utf8 = the text is not valid UTF-8 here: the bad bytes were replaced with �; save the export as UTF-8
diag-comments = { $count ->
    [one] 1 comment
   *[other] { $count } comments
} (// or /* */) skipped: JSON has none, so other tools may refuse this file
diag-lone-surrogate = { $field } holds an unpaired UTF-16 surrogate ({ $escape }), which is not a character: it was kept with the replacement character U+FFFD in its place{ $count ->
    [1] {""}
   *[other] { " " }({ $count } in this file)
}
diag-number-as-text = { $named ->
    [yes] { $field } { $value }
   *[no] A value ({ $value })
} is a number written as text: read as the number{ $count ->
    [1] {""}
   *[other] { " " }({ $count } values like it in this field)
}{ $placed ->
    [yes] { " " }(at { $path })
   *[no] {""}
}
diag-unreadable-field = { $named ->
    [yes] { $field } { $value }
   *[no] A value ({ $value })
} is not { $expected ->
    [number] a number
    [whole] a whole number
    [datetime] an ISO 8601 date and time such as 2026-03-17T10:00:00Z
    [duration] an ISO 8601 duration such as PT0.03S
   *[other] { $expected_text }
}: it is left out (shown as not reported) and the rest loaded{ $count ->
    [1] {""}
   *[other] { " " }({ $count } values like it in this field)
}{ $placed ->
    [yes] { " " }(at { $path })
   *[no] {""}
}
diag-notification = This is { $what ->
    [lifecycle] a lifecycle notification ({ $detail })
    [change-of] a change notification ("{ $detail }")
   *[change] a change notification
}{ $identified ->
    [yes] { " " }for call record { $id }
   *[no] {""}
}: it only says that a record exists and holds no call data. Fetch the record with { $query } (application permission CallRecords.Read.All) and load that response here.
diag-graph-error = This is an error response from Graph, not call data: { $code } — { $message }
diag-more-record-pages = This list of call records has more pages (@odata.nextLink): only the records in this page are loaded.
diag-more-log-pages = This log has more pages (@odata.nextLink, 1,000 rows a page): only the rows in this page are loaded.
diag-page-without-record = A sessions or participants page without "@odata.context" does not say which call record it belongs to: its items are shown under "{ no-call-record }". Load the page as Graph returned it to join it to its record.
# The ids the page gives a call record without one, and the record of pages that name none.
record-without-id = (record without id #{ $number })
no-call-record = (no call record)
diag-missing-id = A call record has no "id"; it is shown as { record-without-id }.
