## The HTML report (report/html.rs): one file for someone without the page. Times in it are UTC.
report-title = Call report: { $title }
report-many-calls = { $count ->
    [one] { $count } call
   *[other] { $count } calls
}
report-exported = Exported
report-exported-at = { $time } (all times UTC)
report-rules = Quality rules
report-redaction = Redaction
report-made-by = Made by
report-made-by-text = Call Record Viewer, in the browser: nothing was sent anywhere to make this file.
report-first-calls = { $chosen } calls were chosen; this report holds the first { $kept }.
report-call-id = Call ID
report-findings = Findings ({ $count })
report-col-kind = Kind
report-col-who = Who
report-col-what = What
report-col-evidence = Evidence
report-sessions = Sessions
report-charts-left-out = The charts of this call's { $count } streams are left out of the report: the page draws them.
report-details = Details
report-details-some = Details of { $shown } of the call's { $count } nodes: the call and the way to every stream that is not good and every failed session. The page has the rest.
report-the-call = The call
