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
edit-limits-hint = Changing a limit switches to custom thresholds, starting from the rules above. Empty turns a rule off.
limit-off = off
language = Language
