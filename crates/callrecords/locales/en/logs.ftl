# logs messages
table-name-pstn = PSTN
table-caption-pstn = PSTN calls
table-heading-pstn = PSTN calls
table-name-direct-routing = Direct Routing
table-caption-direct-routing = Direct Routing calls
table-heading-direct-routing = Direct Routing calls
table-name-sms = SMS
table-caption-sms = SMS log
table-heading-sms = SMS log (beta)
table-name-pstn-blocked-users = PSTN blocked users
table-caption-pstn-blocked-users = PSTN blocked users
table-heading-pstn-blocked-users = PSTN blocked users (beta)
table-name-dial-out-report = Dial-out report
table-caption-dial-out-report = Dial-out report
table-heading-dial-out-report = Online meeting dial-out report (beta)
group-by-user = By user
group-by-destination = By destination
group-by-call-type = By call type
group-calls = Calls
group-minutes = Minutes
group-more = and { $count } more
dr-failures-by-sip = Failures by final SIP code
dr-code = Code
dr-meaning = Meaning and next step
dr-by-trunk = By trunk (SBC)
dr-trunk = Trunk
dr-failed = Failed
dr-success-rate = Success rate
logs-filter-placeholder = Filter: user, number, code, trunk, id…
logs-filter-label = Filter { $table }
logs-outcome = Outcome
logs-columns = Columns
logs-shown = { $count ->
    [one] { $shown } of { $count } row
   *[other] { $shown } of { $count } rows
}
logs-caption = { $table }; times in UTC
logs-what-it-means = What it means
logs-call-record = Call record
logs-call-record-title = The call record this row belongs to, and how that was decided
