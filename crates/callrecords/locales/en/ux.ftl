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
