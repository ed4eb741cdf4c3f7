# The page's time-zone rule, the UTC switch, the limits editor, findings by kind, focus and downloads
zone-utc = UTC
zone-local = local time
utc-label = Times in UTC
utc-hint = Show every time in UTC instead of your time zone (each time then ends in UTC; otherwise in its own offset, summer time included).
reset-limits = Reset to { $rules }
skip-link = Skip to the content
rules-note = Every verdict on the page is judged by these rules.
loader-nothing-kept = Nothing you load is kept: closing or reloading this tab forgets it.
logs-csv = Download CSV
logs-csv-title = The rows shown, in the columns shown, as a CSV file made in this tab
table-region = { $table }: table
problems-more = { $count ->
    [one] +{ $count } problem
   *[other] +{ $count } problems
}
findings-show-more = Show { $count } more
finding-group = { $kind } ({ $count })
finding-group-notes = { $notes ->
    [one] { $kind } ({ $count }, { $notes } note)
   *[other] { $kind } ({ $count }, { $notes } notes)
}
detail-other-metrics = Other metrics ({ $count }, not reported for { $kind })
share-report-this-call = This call as an HTML report
share-report-one-shown = The call shown as an HTML report
share-report-first = The first { $first } of the { $count } calls shown as an HTML report
share-report-shown = The { $count } calls shown as an HTML report
share-files-hint = Files are made in this tab and saved by the browser; nothing is sent anywhere. They hold what the page shows: redacted while redaction is on. The CSV columns are named as in Microsoft's Call Record Insights; each log page has its own CSV of the rows and columns shown.
share-streams-csv = Streams as CSV (one row per stream)
share-calls-csv = Calls as CSV
# The "Redact and export" panel
share-title = Redact and export
share-redact-heading = Redact before you share
share-redact-hint = Each value becomes a placeholder that is the same everywhere it occurs, so the story still reads. Call, session and log-row ids stay: they name the call to Microsoft support and no one.
share-preview-region = Redaction preview
share-preview-caption = What would be replaced in the data loaded (the samples show the original values: only here, and only before applying)
share-col-replace = Replace
share-col-values = Values
share-col-places = Places
share-col-samples = Samples: original → placeholder
share-none-in-data = none in this data
share-show-original = Show the original values
share-redact-every-view = Redact every view
share-download-heading = Download
share-json = Records as JSON (Graph's shape)
share-mapping = Redaction mapping (holds the original values)
share-writing = Writing { $name }: { $percent } %
share-write-failed = { $name } could not be made: { $reason }
redaction-off = Redaction is off: every view and export shows the values as loaded.
redaction-on = Redacted ({ $categories }): every view, chart, table, summary and export shows placeholders. The mapping stays in this tab.
file-not-redacted = Not redacted: this file holds the values as loaded.
file-redacted = Redacted ({ $categories }): placeholders stand for the original values; the mapping is not in this file.
redact-names = Names
redact-names-covers = display names, sign-in names, e-mail, device names
redact-numbers = Phone numbers
redact-numbers-covers = caller and callee numbers, phone identities
redact-addresses = Network addresses
redact-addresses-covers = IP addresses, subnets, MAC, BSSID, DNS suffixes, trunks
redact-ids = User and tenant ids
redact-ids-covers = user, tenant, participant and conference ids, join URLs
redact-free-text = Free text
redact-free-text-covers = feedback people typed
