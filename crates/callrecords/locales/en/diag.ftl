# Problems with the input, part two (ingest/{decode,tolerant,recover,locate,merge,powershell}.rs):
# decoding and gzip, JSON syntax and how it was recovered, values of the wrong type, shapes that
# are not call-record data, records loaded twice, PowerShell output. Each is one sentence; the
# excerpt of the user's text is shown beside it as it is.
#
# Shared by the sentences below (message references see the same arguments):
# - diag-item names an item: $item (record, session, participant, pstn, direct-routing, sms,
#   blocked-user, dialout, notification, graph-error, item: of no known kind, element: an
#   array's element), $numbered (yes/no) with $item_index of $item_total, $identified (yes/no)
#   with $id. Written where the language can use it as it is (in Russian, after a colon).
# - diag-syntax says what is wrong with the JSON ($problem), diag-problem what is wrong with a
#   value; $detail is serde_json's own English message, for what has no words of its own.
diag-item = { $item ->
    [record] Call record
    [session] Session
    [participant] Participant
    [pstn] PSTN call row
    [direct-routing] Direct Routing call row
    [sms] SMS log row
    [blocked-user] Blocked-user row
    [dialout] Dial-out report row
    [notification] Change notification
    [graph-error] Error response
    [element] { $numbered ->
        [yes] item
       *[no] an item
    }
   *[item] Item
}{ $numbered ->
    [yes] { " " }{ $item_index } of { $item_total }
   *[no] {""}
}{ $identified ->
    [yes] { " " }(id { $id })
   *[no] {""}
}
diag-syntax = { $problem ->
    [trailing-comma] a trailing comma (a comma just before {"}"} or ]) is not allowed in JSON
    [single-quotes] JSON needs double quotes (") around keys and strings, not single quotes
    [comment] comments are not allowed in JSON
    [key-expected] expected a key in double quotes
    [value-expected] expected a value (a string, number, object, array, true, false or null)
    [unquoted] unexpected text: only true, false and null may appear without quotes
    [comma-object] expected `,` or `{"}"}`: is a comma missing between two properties?
    [comma-array] expected `,` or `]`: is a comma missing between two items?
    [colon] expected `:` after the key
    [eof] the text ends inside { $inside ->
        [list] list
        [object] object
        [string] string
        [value] value
       *[nothing] a value
    }: is the input cut off? ({ $detail })
    [control-character] a line break or control character inside a string (strings must be on one line; write \n)
   *[other] { $detail }
}
diag-problem = { $detail }
diag-invalid-json = invalid JSON{ $where ->
    [between-items] { " " }between two items (both are kept)
    [after-page] { " " }after the page's items
    [truncated] : the file looks truncated (was the download complete?); everything before the cut is kept
    [truncated-page] { " " }after item { $total } of the page: the file looks truncated (was the download complete?); the { $total } items before the cut are kept
    [in-session] { " " }in session { $session } of { $sessions } of { diag-item }{ $cut ->
        [yes] : the file looks truncated (was the download complete?)
       *[no] {""}
    }; the record is kept without it, marked incomplete{ $lost ->
        [1] {""}
       *[other] { " " }({ $lost } sessions lost in all)
    }
    [cut-inside] { " " }inside { diag-item }: the file looks truncated (was the download complete?); what was read of it is kept, marked incomplete
    [cut-sessions] { " " }in the sessions of { diag-item }: the file looks truncated (was the download complete?); the record is kept with the sessions before the cut, marked incomplete
    [cut-item] { " " }inside { diag-item }: the file looks truncated (was the download complete?); everything before it is kept
    [skipped] { " " }in { diag-item }, which was skipped; the others are kept
   *[none] {""}
}: { diag-syntax }
diag-too-many-errors = more than { $count } errors: stopped reading here; everything read before is kept
diag-too-deep = arrays or pages nested more than { $depth } deep
diag-unreadable = { diag-problem }
diag-item-skipped = { diag-item } was skipped: { diag-problem } (at { $path })
diag-duplicate-key = { diag-item }: { diag-problem } at { $path }; JSON allows repeated keys, so the last value was used
# Decoding: $size with $unit (gib, mib, kib, bytes); $cause: eof (the data ends early) or other.
diag-size = { $size } { $unit ->
    [gib] GiB
    [mib] MiB
    [kib] KiB
   *[bytes] { $size ->
        [one] byte
       *[other] bytes
    }
}
diag-gzip-unreadable = the file looks gzip-compressed but could not be decompressed: { $detail }
diag-gzip-damaged = the gzip data is damaged after { diag-size } decompressed ({ $detail }): only what came before was read
diag-gzip-too-big = the file decompresses to more than { diag-size } (the limit): only the first { diag-size } was read and the rest left out
diag-gzip-too-deep = the file is gzip inside gzip more than { $limit } layers deep (the limit): it was not unpacked
diag-odd-utf16 = the file is UTF-16 (as Windows PowerShell writes it) but has an odd number of bytes: its last byte is half a character and was left out; the file looks cut off (was the download complete?)
# JSON that is not call-record data: $shape (object with $keys, as in the file, and $more; empty,
# string, array, boolean, null, number) and $count items like it.
diag-unknown-shape = Found { $shape ->
    [empty] an empty object {"{"}{"}"}
    [string] a string
    [array] an array
    [boolean] a boolean
    [null] null
    [number] a number
   *[object] an object with the keys { $keys }{ $more ->
        [0] {""}
       *[other] { " " }and { $more } more
    }
}{ $count ->
    [1] {""}
   *[other] { " " }({ $count } items like it)
}, which is not call-record data. Accepted: a call record (GET /communications/callRecords/{"{"}id{"}"}, with or without $expand), a list of call records, a sessions or participants_v2 page, getPstnCalls or getDirectRoutingCalls results (and the beta getSmsLog, getPstnBlockedUsersLog, getPstnOnlineMeetingDialoutReport), or a JSON array or JSON Lines of these.
diag-unknown-more = { $items } more items of { $shapes } other shapes are not call-record data either (not listed one by one).
# A call record loaded again: $copies so far (said from 3 on).
diag-record-copies = Call record { $id } was loaded more than once (version { $version }; the copies agree): it is shown once, with the sessions of both.{ $copies ->
    [2] {""}
   *[other] { " " }({ $copies } copies of this record were loaded in all)
}
diag-record-versions = Call record { $id } was loaded more than once (versions { $old } and { $new }): version { $kept } is shown, sessions merged.{ $copies ->
    [2] {""}
   *[other] { " " }({ $copies } copies of this record were loaded in all)
}
diag-record-conflict = Call record { $id } has the same id and version ({ $version }) as one loaded before, but different content ({ $fields }): both are kept, this one as "{ $kept_as }". (Microsoft's documentation examples reuse one id; two exports of one tenant would not.)
# PowerShell: $depth (default, other: -Depth $depth_value, unknown), the cut's $path when
# $placed, $lost values; $suggest is the -Depth to run it with.
diag-powershell-depth = This file was written by ConvertTo-Json { $depth ->
    [default] with its default depth of 2
    [other] with -Depth { $depth_value }
   *[unknown] with too small a -Depth (the default is 2)
}: nested data was cut off by PowerShell before it reached this page{ $placed ->
    [yes] { " " }(from { $path } on{ $lost ->
        [0] {""}
        [one] , { $lost } value lost
       *[other] , { $lost } values lost
    })
   *[no] { $lost ->
        [0] {""}
        [one] { " " }({ $lost } value lost)
       *[other] { " " }({ $lost } values lost)
    }
}. What lies above that depth (ids, times, top-level fields) is loaded. Run it again with `ConvertTo-Json -Depth { $suggest }`, or write Graph's raw response with `Invoke-MgGraphRequest -Uri <url> -OutputFilePath <file>.json`.
# What PowerShell output was read as: $sdk (names mapped), then each count, with $<name>_sep
# (yes: a part was said before it).
diag-powershell-output = { $sdk ->
    [yes] Read as Microsoft Graph PowerShell SDK output (Get-Mg… | ConvertTo-Json): PascalCase names mapped to Graph's
   *[no] Read as PowerShell output (ConvertTo-Json):{ " " }
}{ $bags ->
    [0] {""}
   *[other] { $bags_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $bags ->
        [one] 1 AdditionalProperties bag merged
       *[other] { $bags } AdditionalProperties bags merged
    }
}{ $durations ->
    [0] {""}
   *[other] { $durations_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $durations ->
        [one] 1 TimeSpan duration converted
       *[other] { $durations } TimeSpan durations converted
    }
}{ $dates ->
    [0] {""}
   *[other] { $dates_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $dates ->
        [one] 1 /Date(…)/ date converted
       *[other] { $dates } /Date(…)/ dates converted
    }
}{ $json ->
    [0] {""}
   *[other] { $json_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $json ->
        [one] 1 value that ConvertTo-Json cut at its depth limit read back from the JSON text the SDK wrote for it
       *[other] { $json } values that ConvertTo-Json cut at its depth limit read back from the JSON text the SDK wrote for them
    }
}{ $names ->
    [0] {""}
   *[other] { $names_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $names ->
        [one] 1 identity that ConvertTo-Json cut at its depth limit read back from its @{"{"}…{"}"} text
       *[other] { $names } identities that ConvertTo-Json cut at its depth limit read back from their @{"{"}…{"}"} text
    }
}{ $words ->
    [0] {""}
   *[other] { $words_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $words ->
        [one] 1 modalities list that ConvertTo-Json joined into text split again
       *[other] { $words } modalities lists that ConvertTo-Json joined into text split again
    }
}.
# The source name of text pasted into the page (files keep their names).
source-pasted-text = pasted text
