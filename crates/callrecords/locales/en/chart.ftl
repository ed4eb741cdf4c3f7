# chart messages
charts = Charts
charts-hint-open = Hover for exact values; click a bar, span or row to open it.
charts-hint-closed = { $count ->
    [one] { $count } stream: open to draw it.
   *[other] { $count } streams: open to draw them.
}
charts-across = Charts across calls
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
