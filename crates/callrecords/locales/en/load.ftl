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
