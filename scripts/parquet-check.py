#!/usr/bin/env python3
"""Reads `callrecords export --format parquet` back with an independent reader, DuckDB (its
Python package from PyPI, installed by scripts/setup.sh), and checks it against
`callrecords summary`'s JSON of the same files: the row count of every table, and per call and
per stream the ids, times, verdicts, reasons and metrics, in order; PSTN and Direct Routing rows
against the raw JSON they came from. Run by `make test` (scripts/test.sh):

    scripts/parquet-check.py CALLRECORDS_BINARY FILE...

Ends with a cargo-style line, "test result: ok. N passed; M failed", and exits 1 on a failure.
"""

import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

passed = 0
failures = []


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(what)
        print(f"FAILED: {what}")


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def epoch_ms(value):
    """A DuckDB TIMESTAMP WITH TIME ZONE as milliseconds since the epoch (None stays None)."""
    return None if value is None else round(value.timestamp() * 1000)


def iso_ms(text):
    """`2019-11-01T00:00:08.258Z` as milliseconds since the epoch."""
    from datetime import datetime, timezone

    if text is None:
        return None
    return round(datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).timestamp() * 1000)


def rows(con, path, columns):
    query = f"SELECT {', '.join(columns)} FROM read_parquet('{path}', file_row_number = true) ORDER BY file_row_number"
    return con.sql(query).fetchall()


def raw_rows(files, odata_context_word):
    """Log rows straight from the JSON files (`value` arrays of getPstnCalls / getDirectRoutingCalls)."""
    out = []
    for name in files:
        try:
            doc = json.loads(Path(name).read_text(encoding="utf-8-sig"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(doc, dict) and odata_context_word in str(doc.get("@odata.context", "")):
            out.extend(doc.get("value") or [])
    return out


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    summary = json.loads(subprocess.run([binary, "summary", *files], capture_output=True, check=False).stdout)
    counts = summary["counts"]
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(
            [binary, "export", "--format", "parquet", "--out", out, *files], capture_output=True, text=True
        )
        check(done.returncode == 0, f"export exits 0 ({done.returncode}: {done.stderr.strip()[-300:]})")
        con = duckdb.connect()
        table = {name: f"{out}/{name}.parquet" for name in ("streams", "calls", "pstn", "direct_routing")}
        for name, key in (("streams", "streams"), ("calls", "records"), ("pstn", "pstnRows"),
                          ("direct_routing", "directRoutingRows")):
            n = con.sql(f"SELECT count(*) FROM '{table[name]}'").fetchall()[0][0]
            check(n == counts[key], f"{name}: {n} rows, the summary counts {counts[key]} {key}")

        # Calls, in record order.
        calls = rows(con, table["calls"], ["CallId", "CallStartTime", "Organizer", "Verdict", "SessionsLoaded"])
        check(len(calls) == len(summary["records"]), "one call row per summary record")
        for got, want in zip(calls, summary["records"]):
            call_id, start, organizer, verdict, loaded = got
            check(call_id == want["id"], f"call id {call_id} == {want['id']}")
            check(epoch_ms(start) == iso_ms(want["start"]), f"{call_id}: start {start} == {want['start']}")
            check(organizer == want["organizer"], f"{call_id}: organizer {organizer!r} == {want['organizer']!r}")
            if loaded:
                check(verdict == want["verdict"], f"{call_id}: verdict {verdict} == {want['verdict']}")
            else:
                check(verdict is None, f"{call_id}: no sessions loaded, no verdict ({verdict})")

        # Streams, in record → session → stream order.
        wanted = [(r["id"], s) for r in summary["records"] for session in r["sessions"] for s in session["streams"]]
        metric_columns = {
            "AverageJitter": "averageJitterMs",
            "MaxRoundTripTime": "maxRoundTripTimeMs",
            "AveragePacketLossRate": "averagePacketLossRate",
            "AverageAudioDegradation": "averageAudioDegradation",
            "AverageVideoFrameRate": "averageVideoFrameRate",
        }
        columns = ["CallId", "SegmentId", "StreamId", "StreamDirection", "MediaLabel", "MediaKind", "Verdict",
                   "VerdictReasons", "StreamStartTime", *metric_columns]
        streams = rows(con, table["streams"], columns)
        check(len(streams) == len(wanted), f"{len(streams)} stream rows, {len(wanted)} streams in the summary")
        mismatched = 0
        for got, (call_id, want) in zip(streams, wanted):
            row = dict(zip(columns, got))
            expected = {
                "CallId": call_id,
                "SegmentId": want["segmentId"],
                "StreamId": want["streamId"],
                "StreamDirection": want["direction"],
                "MediaLabel": want["mediaLabel"],
                "MediaKind": want["mediaKind"],
                "Verdict": want["verdict"],
                "VerdictReasons": "; ".join(want["reasons"]) or None,
            }
            bad = [k for k, v in expected.items() if row[k] != v]
            start = want["metrics"]["startEpochMs"]
            if epoch_ms(row["StreamStartTime"]) != (None if start is None else round(start)):
                bad.append("StreamStartTime")
            bad += [c for c, k in metric_columns.items() if not same_number(row[c], want["metrics"][k])]
            if bad:
                mismatched += 1
                if mismatched <= 5:
                    print(f"  stream of {call_id}: {', '.join(bad)} differ: {row} vs {want}")
        check(mismatched == 0, f"every stream row equals the summary ({mismatched} differ)")

        # Log rows against the JSON they came from (ids, seconds, charges).
        for name, word, fields in (
            ("pstn", "pstnCallLogRow", [("id", "id"), ("duration", "duration"), ("charge", "charge")]),
            ("direct_routing", "directRoutingLogRow", [("id", "id"), ("duration", "duration"),
                                                          ("final_sip_code", "finalSipCode")]),
        ):
            raw = {r.get("id"): r for r in raw_rows(files, word)}
            got = rows(con, table[name], [c for c, _ in fields])
            for values in got:
                source = raw.get(values[0])
                check(source is not None, f"{name} row {values[0]} is in the input")
                if source is None:
                    continue
                for (column, key), value in zip(fields[1:], values[1:]):
                    want = source.get(key)
                    ok = value == want if isinstance(want, str) or want is None else same_number(value, float(want))
                    check(ok, f"{name} row {values[0]}: {column} {value!r} == {key} {want!r}")

    print(f"test result: {'ok' if not failures else 'FAILED'}. {passed} passed; {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
