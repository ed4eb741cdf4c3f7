# One person's calls (the calls page's "Person" pick) and the date filter in UTC
person-label = Person
person-any = Everyone
person-hint = Show the calls of one participant, and how many poor streams they sent or received
person-option = { $calls ->
    [one] { $name } ({ $calls } call)
   *[other] { $name } ({ $calls } calls)
}
person-chip = Calls with { $name }: { $calls ->
    [one] { $calls } call
   *[other] { $calls } calls
}, { $poor ->
    [0] no poor streams
    [one] { $poor } poor stream
   *[other] { $poor } poor streams
} sent or received by them
person-clear = Show everyone's calls
filter-from-label-utc = Started on or after (UTC date)
filter-to-label-utc = Started on or before (UTC date)
