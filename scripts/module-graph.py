#!/usr/bin/env python3
"""Checks the shape of the Rust code (run by `make test`; exits 1 on any finding):

  * the module graph of the core crate (crates/callrecords/src) has no cycle, between stage
    folders (model, ingest, judge, ...) nor between the files of one folder;
  * a mod.rs only declares modules and re-exports (plus its doc comment and attributes);
  * every .rs file of the workspace opens with a `//!` doc comment saying what it is for.

An edge A -> B means a file of A names a path into B (`use crate::judge::...`, `super::rules::...`,
or such a path inline in code). Names re-exported by a mod.rs are followed to the leaf file that
defines them. Test modules (`#[cfg(test)] mod tests`) are left out: they may use anything.

    scripts/module-graph.py            # check, print a one-line summary
    scripts/module-graph.py --print    # also print every edge
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "crates" / "callrecords" / "src"
PATH_RE = re.compile(r"\b(crate|super|self)((?:::[A-Za-z_][A-Za-z0-9_]*)*)(::\{([^{}]*)\})?")


def module_of(path: Path) -> tuple:
    rel = path.relative_to(CORE).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib"):
        parts = parts[:-1]
    return tuple(parts)


def files():
    return {module_of(p): p for p in CORE.rglob("*.rs") if "bin" not in p.relative_to(CORE).parts}


def strip_tests(text: str) -> str:
    """Source without `#[cfg(test)] mod tests { ... }` and without comments."""
    out = re.sub(r"//[^\n]*", "", text)
    at = out.find("#[cfg(test)]")
    while at != -1:
        brace = out.find("{", at)
        if brace == -1 or not re.match(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*$", out[at:brace].strip() + " "):
            at = out.find("#[cfg(test)]", at + 1)
            continue
        depth, i = 0, brace
        while i < len(out):
            depth += {"{": 1, "}": -1}.get(out[i], 0)
            if depth == 0:
                break
            i += 1
        out = out[:at] + out[i + 1 :]
        at = out.find("#[cfg(test)]")
    return out


def reexports(modules) -> dict:
    """(module, name) -> the child module a mod.rs re-exports `name` from."""
    table = {}
    for module, path in modules.items():
        if path.name not in ("mod.rs", "lib.rs"):
            continue
        text = path.read_text()
        for m in re.finditer(r"pub(?:\(crate\))?\s+use\s+(?:self::)?([a-z_0-9]+)::(\{[^}]*\}|[A-Za-z_0-9*]+)\s*;", text):
            child, names = m.group(1), m.group(2).strip("{}")
            for name in re.split(r"\s*,\s*", names):
                name = name.strip().split(" as ")[-1].strip()
                if name:
                    table[(module, name)] = module + (child,)
    return table


def resolve(start: tuple, segments: list, modules, exports) -> tuple:
    """The leaf module a path from module `start` ends in."""
    current = start
    for seg in segments:
        if seg == "super":
            current = current[:-1]
            continue
        if current + (seg,) in modules:
            current = current + (seg,)
            continue
        target = exports.get((current, seg))
        if target is not None:
            current = target
            continue
        break
    return current


def edges(modules, exports):
    found = set()
    for module, path in modules.items():
        text = strip_tests(path.read_text())
        is_mod = path.name in ("mod.rs", "lib.rs")
        for m in PATH_RE.finditer(text):
            head, tail, group = m.group(1), m.group(2), m.group(4)
            if not tail and group is None:
                continue
            segments = [s for s in tail.strip(":").split("::") if s]
            # `super` is the parent module for a leaf file and for a mod.rs alike.
            base = {"crate": (), "self": module, "super": module[:-1]}[head]
            tails = [segments]
            if group is not None:
                tails = [segments + g.strip().split("::") for g in group.split(",") if g.strip()]
            for seg in tails:
                seg = [s.split(" as ")[0].strip() for s in seg if s.strip()]
                target = resolve(base, seg, modules, exports)
                if target and target != module and not is_mod:
                    found.add((module, target))
    return found


def cycles(graph: dict) -> list:
    """Every group of modules that reach each other (strongly connected, more than one)."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []

    def visit(n):
        index[n] = low[n] = len(index)
        stack.append(n)
        on_stack.add(n)
        for m in sorted(graph.get(n, ())):
            if m not in index:
                visit(m)
                low[n] = min(low[n], low[m])
            elif m in on_stack:
                low[n] = min(low[n], index[m])
        if low[n] == index[n]:
            group = []
            while True:
                m = stack.pop()
                on_stack.discard(m)
                group.append(m)
                if m == n:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for n in sorted(set(graph) | {m for ms in graph.values() for m in ms}):
        if n not in index:
            visit(n)
    return groups


def name(m: tuple) -> str:
    return "::".join(m) or "crate"


def main() -> int:
    modules = files()
    exports = reexports(modules)
    all_edges = edges(modules, exports)
    problems = []
    # Stage level: the first path segment.
    stages = {}
    for a, b in all_edges:
        if a and b and a[0] != b[0]:
            stages.setdefault(a[0], set()).add(b[0])
    for group in cycles(stages):
        problems.append("stages in a cycle: " + ", ".join(group))
    # File level inside each stage.
    inner = {}
    for a, b in all_edges:
        if a and b and a[0] == b[0]:
            inner.setdefault(a, set()).add(b)
    for group in cycles(inner):
        problems.append("modules in a cycle: " + ", ".join(name(m) for m in group))
    # mod.rs only re-exports.
    for path in CORE.rglob("mod.rs"):
        body = re.sub(r"pub(\(crate\))?\s+use\s+[^;]*;", "", path.read_text(), flags=re.S)
        for lineno, line in enumerate(body.splitlines(), 1):
            stripped = line.strip()
            if stripped and not (stripped.startswith("//") or stripped.startswith("#[") or re.match(r"^(pub(\(crate\))?\s+)?mod\s+\w+;$", stripped)):
                problems.append(f"{path.relative_to(ROOT)}: a mod.rs only declares modules and re-exports: {stripped[:60]}")
                break
    # Every file opens with a doc comment.
    for path in sorted(list(ROOT.glob("crates/*/src/**/*.rs")) + list(ROOT.glob("src/**/*.rs")) + list(ROOT.glob("crates/*/tests/*.rs")) + list(ROOT.glob("tests/*.rs"))):
        first = next((l for l in path.read_text().splitlines() if l.strip()), "")
        if not first.startswith("//!"):
            problems.append(f"{path.relative_to(ROOT)}: does not open with a //! doc comment")
    if "--print" in sys.argv:
        for a, b in sorted(all_edges):
            print(f"{name(a)} -> {name(b)}")
        print("stages: " + "; ".join(f"{a} -> {', '.join(sorted(b))}" for a, b in sorted(stages.items())))
    for p in problems:
        print(p)
    print(f"module graph: {len(modules)} modules, {len(all_edges)} edges, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
