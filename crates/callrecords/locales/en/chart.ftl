# chart messages
charts = Charts
charts-hint-open = Hover for exact values; click a bar, span or row to open it.
charts-hint-closed = { $count ->
    [one] { $count } stream: open to draw it.
   *[other] { $count } streams: open to draw them.
}
charts-across = Charts across calls
charts-across-gathering = Gathering the streams of the calls: { $done } of { $total }…
charts-across-hint = { $calls ->
    [one] { $calls } call
   *[other] { $calls } calls
}, { $streams ->
    [one] { $streams } stream
   *[other] { $streams } streams
}. Hover for exact values; click a point or a bar to open its stream.
chart-show-table = Show as table
chart-save-svg = Save “{ $caption }” as SVG
chart-save-png = Save “{ $caption }” as PNG
# Titles, axes, legends and text alternatives of the charts (drawn on the canvas, and the
# tables and sentences screen readers get)
chart-sentence = { $clauses }.
chart-clause-separator = { "; " }
chart-sentence-separator = { " " }
chart-rows-cut = The first { $shown } of { $count } rows are shown.
chart-too-small = Too small to draw
chart-unknown = unknown
chart-not-applicable = n/a
chart-col-assessment = Assessment
chart-col-average = Average
chart-col-breaking-limit = Breaking the limit
chart-col-calls = Calls
chart-col-code = Code
chart-col-date = Date
chart-col-duration = Duration
chart-col-endpoint = Endpoint
chart-col-ends = Ends
chart-col-failed = Failed
chart-col-failure = Failure
chart-col-from = From
chart-col-item = Item
chart-col-limit = Limit
chart-col-max = Max
chart-col-measure = Measure
chart-col-media = Media
chart-col-minutes = Minutes
chart-col-phrase = Phrase
chart-col-record = Record
chart-col-share = Share
chart-col-starts = Starts
chart-col-stream = Stream
chart-col-streams = Streams
chart-col-successful = Successful
chart-col-to = To
chart-col-unknown-outcome = Unknown outcome
chart-col-value = Value
chart-col-verdict = Verdict
chart-count-calls = { $calls ->
    [one] { $calls } call
   *[other] { $calls } calls
}
chart-count-streams = { $streams ->
    [one] { $streams } stream
   *[other] { $streams } streams
}
chart-count-not-reported = { $count } not reported
chart-minutes = { $minutes } min
chart-calls = calls
chart-unknown-outcome = unknown outcome
# Per-stream metric charts of a call
chart-group-jitter = Jitter
chart-group-packet-loss = Packet loss
chart-group-round-trip = Round trip
chart-group-audio-degradation = Audio degradation (network MOS)
chart-group-concealed = Concealed samples
chart-group-frame-rate = Video frame rate
chart-group-frame-loss = Video frame loss
chart-group-post-fec = Video packet loss after FEC
chart-axis-degradation = Degradation
chart-axis-frame-rate = Frame rate
chart-axis-frame-loss = Frame loss
chart-axis-post-fec = Loss after FEC
chart-breaks-limit = breaks limit
chart-within-limit = within limit
chart-not-judged = not judged
chart-not-a-measurement = not a measurement ({ $value })
chart-stream-not-judged = stream not judged
chart-stream-unclassified = stream unclassified
chart-within-the-limit = within the { $limit } ({ $rules })
chart-beyond-not-deciding = beyond the { $limit }, but not deciding for this stream under { $rules }
chart-no-limit-under = no limit under { $rules }
chart-metric-caption = { $metric } per stream, judged by { $rules }
chart-metric-no-streams = No streams for { $metric }.
chart-metric-summary-none-poor = { $streams ->
    [one] { $streams } stream
   *[other] { $streams } streams
}, none breaks a limit{ $missing ->
    [0] {""}
   *[other] ; { $missing } not reported
}.
chart-metric-summary-poor = { $streams ->
    [one] { $streams } stream
   *[other] { $streams } streams
}, { $poor } break the limit: { $names }{ $missing ->
    [0] {""}
   *[other] ; { $missing } not reported
}.
chart-max-value = max { $value }
chart-no-data-stream-reports = No data: no stream reports { $metric }
chart-legend-max = max
chart-legend-limit = limit
# Timeline
chart-timeline-title = Timeline
chart-timeline-session = Session { $session } · { $who }
chart-timeline-segment = Segment { $segment } of session { $session } · { $who }
chart-timeline-untimed-item = { $item }: no start or end time
chart-timeline-since-call-start = time since call start
chart-timeline-since-first-start = time since first recorded start
chart-timeline-caption = Timeline of the call ({ $axis }, time 0 = { $origin })
chart-timeline-none = No start and end times to place on a timeline.
chart-timeline-starts-at = { $span } starts at +{ $at }
chart-timeline-summary = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} over { $length }, { $segments ->
    [one] { $segments } segment
   *[other] { $segments } segments
}; { $timed ->
    [one] { $timed } stream
   *[other] { $timed } streams
} of { $streams } carry times.
chart-timeline-failed = Failed: { $spans }.
chart-timeline-untimed = { $items ->
    [one] { $items } item
   *[other] { $items } items
} without times not shown.
chart-timeline-untimed-note = { $items ->
    [one] { $items } item
   *[other] { $items } items
} without start/end times not shown
chart-timeline-span = +{ $from } to +{ $to } · { $verdict }
chart-timeline-no-data = No data: no start and end times to place on a timeline
chart-no-judged-streams = no judged streams
chart-failed = failed
chart-failed-at = failed at { $stage }
chart-unknown-endpoints = unknown endpoints
# Network and device events of the endpoints
chart-health-title = { $events ->
    [network] Network events
    [device] Device events
   *[both] Network and device events
}
chart-health-caption = { $events ->
    [network] Network event ratios per endpoint (fraction of the call)
    [device] Device event ratios per endpoint (fraction of the call)
   *[both] Network and device event ratios per endpoint (fraction of the call)
}
chart-endpoint-segment = { $who } · segment { $segment }
chart-at-or-over-the-limit = at or over the limit
chart-within-the-limit-plain = within the limit
chart-no-published-limit = no published limit
chart-at-or-over-limit-of = at or over the { $limit } ({ $source })
chart-health-none = No endpoint reports network or device event ratios.
chart-health-summary-within = { $endpoints ->
    [one] { $endpoints } endpoint
   *[other] { $endpoints } endpoints
}; no ratio reaches a published limit.
chart-health-summary-over = { $endpoints ->
    [one] { $endpoints } endpoint
   *[other] { $endpoints } endpoints
}; at or over the limit: { $over }.
chart-health-no-data = No data: no endpoint reports network or device event ratios
chart-at-or-over-limit = at or over limit
chart-viewer-limit = viewer's limit, none published
chart-limit-findings = limit (findings)
chart-percent-of-call = % of the call
chart-silent-sides = Network and device events leave out { $sides ->
    [one] { $sides } endpoint side
   *[other] { $sides } endpoint sides
} with network or device information but none of these ratios (see each media's details).
# Charts across calls
chart-distribution-title = { $metric } · all calls · { $rules }
chart-distribution-caption = { $metric }: distribution over audio streams, judged by { $rules }
chart-distribution-summary = { $reported ->
    [one] { $reported } audio stream
   *[other] { $reported } audio streams
} reported against the { $limit }; { $poor } break it; { $missing } not reported.
chart-distribution-summary-no-limit = { $reported ->
    [one] { $reported } audio stream
   *[other] { $reported } audio streams
} reported, no limit under these rules; { $poor } break it; { $missing } not reported.
chart-bin-label = { $metric } from { $from } to { $to }
chart-bin-breaking = { $poor } breaking the limit
chart-distribution-no-data = No data: no audio stream reports { $metric }
chart-other-streams = other streams
chart-axis-streams = streams
chart-scatter-title = Jitter against packet loss · all calls · { $rules }
chart-scatter-caption = Average jitter against average packet loss per stream, judged by { $rules }
chart-scatter-summary = { $plotted ->
    [one] { $plotted } stream
   *[other] { $plotted } streams
} plotted, { $poor } poor; { $missing } without jitter or loss not plotted.
chart-scatter-value = jitter { $jitter }, packet loss { $loss }
chart-scatter-detail = { $verdict } · record { $record }
chart-scatter-no-data = No data: no stream reports both jitter and packet loss
chart-scatter-x-axis = Jitter, average (ms)
chart-scatter-y-axis = Packet loss, average (%)
chart-audio-limit = audio limit
chart-scatter-not-plotted = { $count } not plotted (not reported)
chart-picked = { $count } streams in the clicked bar
chart-picked-of = { $count } streams in the clicked bar of “{ $metric }”
chart-picked-label = Streams in the clicked bar
chart-stream-not-found = stream not found
# Calls per day and failures by SIP code (log pages)
chart-daily-title = Calls per day ({ $zone })
chart-daily-caption = { $log } calls per day ({ $zone })
chart-daily-calls-over-days = { $calls ->
    [one] { $calls } call
   *[other] { $calls } calls
} over { $days ->
    [one] { $days } day
   *[other] { $days } days
}
chart-daily-busiest = busiest { $date } with { $calls ->
    [one] { $calls } call
   *[other] { $calls } calls
}
chart-daily-failed = { $failed } failed
chart-daily-without-time = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} without a time not counted
chart-daily-outcomes = { $successful } successful, { $failed } failed{ $other ->
    [0] {""}
   *[other] , { $other } unknown outcome
}
chart-daily-no-data = No data: no { $log } calls with a time
chart-daily-legend-without-time = { $rows } without a time
chart-daily-x-axis = day ({ $zone })
chart-sip-title = Failed calls by final SIP code
chart-sip-caption = Failed Direct Routing calls by final SIP code
chart-sip-no-code = no code
chart-sip-more-codes = { $count } more codes
chart-sip-summary = { $failed ->
    [one] { $failed } failed call
   *[other] { $failed } failed calls
} in { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
}; most often { $top } ({ $share }).
chart-sip-none = No failed calls.
chart-sip-no-data = No data: no failed calls
chart-sip-x-axis = failed calls
# A chart of a big call draws the worst streams or endpoints only (chart/worst.rs)
chart-worst-streams = { $title } · the { $shown } worst of { $count } streams
chart-worst-sessions = { $title } · the { $shown } worst of { $count } sessions (failed first)
chart-worst-sides = { $title } · the { $shown } worst of { $count } endpoints
