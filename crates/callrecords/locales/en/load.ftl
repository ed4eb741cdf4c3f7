# Loading in slices: the progress line, its bar and the Stop button (view/loaded.rs, app loader).
load-progress = Reading { $name }{ $count ->
        [1] {""}
       *[other] {" "}({ $index } of { $count })
    }: { $percent } % · { $done } of { $total } · { $items ->
        [one] { $items } item
       *[other] { $items } items
    } read
load-adding = Adding { $name } to what is loaded: { $percent } %
load-stop = Stop loading
load-stopped = Loading stopped: nothing from { $name } was added; what was loaded before is kept.
load-progress-label = Loading progress
load-judging = Judging the streams: { $done } of { $total ->
        [one] { $total } call
       *[other] { $total } calls
    }
load-linking = Matching the PSTN and Direct Routing rows to the calls: { $done } of { $total ->
        [one] { $total } call
       *[other] { $total } calls
    }
load-redacting = Redacting the data: { $percent } %
load-redaction-stopped = Redaction stopped: the views show the data as before.
load-judging-again = Judging the streams again: { $done } of { $total ->
        [one] { $total } call
       *[other] { $total } calls
    }; until then the verdicts shown are those made before.
load-judging-label = Judging progress
# The string-length limit (ingest/bound.rs).
diag-long-text = { $field } holds a text value of { $length } characters, longer than one value may be ({ $limit } bytes): its first { $kept } characters are kept, ending in “…”{ $count ->
    [1] {""}
   *[other] { " " }({ $count } values in this file were cut the same way)
}
