"""A deterministic corpus of mutated and abusive scenario files for the command line.

:func:`build_corpus` turns the shipped scenarios and ``docs/examples/small-cascade.wplan`` into
a few hundred damaged variants: extreme numbers at every numeric place, type swaps, deleted and
duplicated keys, cycles, empty and huge names, deep nesting, truncated text, and paths that are
not regular files (a FIFO, a device, a folder). The same seed always gives the same corpus, so a
failing case can be named and rebuilt.

Run as a script to measure the CLI on the corpus in subprocesses, with a time limit per run (the
only way to count hangs); the corpus is written into FOLDER first unless it is already there, so
two versions of the program can be measured on the same files::

    python tests/cli/fuzz_corpus.py FOLDER [--timeout SECONDS] [--details FILE] [--in-process]
"""

from __future__ import annotations

import copy
import functools
import json
import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "resources" / "scenarios").glob("*.wplan")) + [
    ROOT / "docs" / "examples" / "small-cascade.wplan"]
SEED = 20251202

EXTREME_NUMBERS: tuple[Any, ...] = (
    1e308, -1e308, 0, -1, 1e20, -1e20, 10 ** 400, -(10 ** 400), 2 ** 63, 1e-320, -0.0, 0.5,
    1e7, 9e15, 123456789012345678901234567890)
TEXT_NUMBERS: tuple[str, ...] = ("NaN", "Infinity", "-Infinity", "1e999", "-1e999")
SWAPS: tuple[Any, ...] = ("text", "", "1e308", "NaN", [], {}, None, True, [1, 2], {"a": 1},
                          [None], ["x"])


@dataclass(frozen=True)
class Case:
    """One corpus entry: a file made by ``make_bytes``, or a special path made by ``make_path``.

    Building the bytes is deferred to the run, so listing the corpus (for test ids) is quick.
    """

    name: str
    make_bytes: Callable[[], bytes] | None = None
    make_path: Callable[[Path], Path] | None = None

    def materialise(self, folder: Path) -> Path:
        """Write the case into ``folder`` and return the path to hand to the CLI."""
        if self.make_path is not None:
            return self.make_path(folder)
        assert self.make_bytes is not None
        path = folder / f"{self.name[:100]}.wplan"
        path.write_bytes(self.make_bytes())
        return path


def _case(name: str, fn: Callable[..., bytes], *args: Any) -> Case:
    return Case(name, make_bytes=functools.partial(fn, *args))


def _const(data: bytes) -> bytes:
    return data


# --- walking a document --------------------------------------------------------------------
Path_ = tuple[Any, ...]


def _leaves(doc: Any, prefix: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _leaves(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _leaves(v, prefix + (i,))
    else:
        yield prefix, doc


def _containers(doc: Any, prefix: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    if isinstance(doc, (dict, list)):
        yield prefix, doc
        items = doc.items() if isinstance(doc, dict) else enumerate(doc)
        for k, v in items:
            yield from _containers(v, prefix + (k,))


def _set(doc: Any, path: Path_, value: Any) -> Any:
    out = copy.deepcopy(doc)
    target = out
    for k in path[:-1]:
        target = target[k]
    target[path[-1]] = value
    return out


def _numeric_paths(doc: Any) -> list[Path_]:
    return [p for p, v in _leaves(doc)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and p[0] != "version"]


def _field_places(doc: Any) -> list[Path_]:
    """One place per distinct numeric field (the first element of each series), so every
    field of the schema gets the extreme values, not only the most common ones."""
    seen: set[tuple[Any, ...]] = set()
    out: list[Path_] = []
    for p in _numeric_paths(doc):
        key = tuple("#" if isinstance(k, int) else k for k in p)
        if p[0] == "nodes":
            key = (doc["nodes"][p[1]].get("kind"),) + key
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


Edit = Callable[[Any], Any]


def _edited(doc: Any, edit: Edit) -> bytes:
    """The text of a copy of ``doc`` changed by ``edit`` (which may return bytes itself)."""
    out = edit(copy.deepcopy(doc))
    return out if isinstance(out, bytes) else _dump(out)


def _doc_case(name: str, doc: Any, edit: Edit) -> Case:
    return _case(name, _edited, doc, edit)


def _setter(path: Path_, value: Any) -> Edit:
    def edit(d: Any) -> Any:
        return _set(d, path, value)
    return edit


def _text_number(path: Path_, token: str) -> Edit:
    def edit(d: Any) -> bytes:
        marker = "__NUMBER_TOKEN__"
        return _dump(_set(d, path, marker)).replace(f'"{marker}"'.encode(), token.encode())
    return edit


def _deleter(path: Path_, key: Any) -> Edit:
    def edit(d: Any) -> Any:
        target = d
        for k in path:
            target = target[k]
        del target[key]
        return d
    return edit


def _duplicate_line(pick: float) -> Edit:
    def edit(d: Any) -> bytes:
        split = _dump(d).decode("utf-8").splitlines()
        lines = [j for j, line in enumerate(split) if line.strip().startswith('"') and ":" in line]
        j = lines[int(pick * len(lines))]
        split.insert(j, split[j].rstrip(",") + ",")
        return "\n".join(split).encode("utf-8")
    return edit


def _scaler(changes: list[tuple[Path_, float]]) -> Edit:
    def edit(d: Any) -> Any:
        for p, factor in changes:
            target = d
            for k in p[:-1]:
                target = target[k]
            target[p[-1]] = target[p[-1]] * factor
        return d
    return edit


def _then(edit: Edit, tail: Callable[[bytes], bytes]) -> Edit:
    def both(d: Any) -> bytes:
        return tail(_dump(edit(d)))
    return both


# --- the generators --------------------------------------------------------------------------
def _field_extremes(label: str, doc: Any) -> Iterator[Case]:
    for p in _field_places(doc):
        where = ".".join(str(k) for k in p)
        for value in (1e308, -1e308):
            yield _doc_case(f"{label}-field-{where}-{value:g}", doc, _setter(p, value))


def _spec_of(path: Path_) -> Any:
    """The schema's spec of the numeric field at ``path`` (None when it has none)."""
    from waterplanner.model import schema
    names = [k for k in path if isinstance(k, str)]
    if path[0] == "release_schedules":
        return schema.RELEASE_SPEC
    if path[0] == "time":
        return next((f for f in schema.TIME_FIELDS if f.name == names[-1]), None)
    groups = (schema.COMMON_NODE_FIELDS + schema.HYDROPOWER_FIELDS + schema.LAV_COLUMNS
              + schema.LINK_FIELDS + sum(schema.NODE_FIELDS.values(), ()))
    for name in reversed(names):
        spec = next((f for f in groups if f.name == name), None)
        if spec is not None:
            return spec
    return None


def _field_bounds(label: str, doc: Any) -> Iterator[Case]:
    """Every numeric field at its schema minimum and maximum (the whole series at once): valid
    or not, and absurd as it may be, the run must end cleanly and finitely."""
    for p in _field_places(doc):
        spec = _spec_of(p)
        if spec is None or spec.minimum is None or spec.maximum is None:
            continue
        where = ".".join(str(k) for k in p)
        for end, value in (("min", spec.minimum), ("max", spec.maximum)):
            if spec.exclusive_maximum and end == "max":
                value = spec.maximum * (1 - 1e-12)
            whole = p[:-1] if isinstance(p[-1], int) else p
            yield _doc_case(f"{label}-bound-{where}-{end}", doc, _fill(whole, value))


def _fill(path: Path_, value: float) -> Edit:
    def edit(d: Any) -> Any:
        target = d
        for k in path[:-1]:
            target = target[k]
        old = target[path[-1]]
        target[path[-1]] = [value] * len(old) if isinstance(old, list) else value
        return d
    return edit


def _random_mutations(label: str, doc: Any, rng: random.Random, n: int) -> Iterator[Case]:
    numeric = _numeric_paths(doc)
    leaves = [p for p, _ in _leaves(doc) if p]
    containers = [(p, c) for p, c in _containers(doc) if p]
    nonempty = [(p, c) for p, c in containers if c]
    for i in range(n):
        what = rng.choice(("number", "number", "text-number", "swap", "delete", "duplicate",
                           "swap-container", "many-numbers"))
        name = f"{label}-{what}-{i}"
        if what == "number":
            edit = _setter(rng.choice(numeric), rng.choice(EXTREME_NUMBERS))
        elif what == "text-number":
            edit = _text_number(rng.choice(numeric), rng.choice(TEXT_NUMBERS))
        elif what == "swap":
            edit = _setter(rng.choice(leaves), rng.choice(SWAPS))
        elif what == "swap-container":
            edit = _setter(rng.choice(containers)[0], rng.choice(SWAPS))
        elif what == "delete":
            p, c = rng.choice(nonempty)
            edit = _deleter(p, rng.choice(list(c)) if isinstance(c, dict)
                            else rng.randrange(len(c)))
        elif what == "duplicate":
            edit = _duplicate_line(rng.random())
        else:  # many numbers at once: what survives validation must still simulate cleanly
            edit = _scaler([(p, rng.choice((0, 0.001, 10, 1000, 1e6, -1)))
                            for p in rng.sample(numeric, k=min(8, len(numeric)))])
        yield _doc_case(name, doc, edit)


def _structural(label: str, doc: Any, rng: random.Random) -> Iterator[Case]:
    ids = [n["id"] for n in doc["nodes"]]
    links = doc["links"]

    def add_link(lk: dict[str, Any]) -> Edit:
        def edit(d: Any) -> Any:
            d["links"].append(lk)
            return d
        return edit

    def empty_network(d: Any) -> Any:
        d["nodes"], d["links"], d["release_schedules"] = [], [], {}
        return d

    def deep(depth: int) -> Edit:
        def edit(d: Any) -> bytes:
            d["metadata"]["notes_deep"] = None
            return _dump(d).replace(b"null", b"[" * depth + b"]" * depth, 1)
        return edit

    def doubled_nodes(d: Any) -> Any:
        d["nodes"] = d["nodes"] * 2
        return d

    def travel_times(d: Any) -> Any:
        d["links"] = [dict(lk, travel_time_periods=3) for lk in d["links"]]
        return d

    yield _doc_case(f"{label}-cycle-back", doc, add_link(
        {"id": "back", "from": links[-1]["to"], "to": links[0]["from"]}))
    yield _doc_case(f"{label}-cycle-two", doc, add_link(
        {"id": "loop", "from": links[0]["to"], "to": links[0]["from"]}))
    yield _doc_case(f"{label}-self-link", doc, add_link({"id": "self", "from": ids[0],
                                                         "to": ids[0]}))
    yield _doc_case(f"{label}-empty-network", doc, empty_network)
    for name in ("", "   ", "\t\n"):
        yield _doc_case(f"{label}-empty-name-{len(name)}", doc,
                        _setter(("metadata", "name"), name))
    for size in (201, 100_000, 1_000_000):
        yield _doc_case(f"{label}-huge-node-name-{size}", doc,
                        _setter(("nodes", 0, "name"), "N" * size))
        yield _doc_case(f"{label}-huge-scenario-name-{size}", doc,
                        _setter(("metadata", "name"), "S" * size))
    yield _doc_case(f"{label}-huge-bad-id", doc, _setter(("nodes", 0, "id"), "a" * 100_000 + "!"))
    yield _doc_case(f"{label}-long-id", doc, _setter(("nodes", 0, "id"), "a" * 65))
    yield _doc_case(f"{label}-huge-set-name", doc,
                    _setter(("inflow_sets", 0, "name"), "b" * 200_000))
    yield _doc_case(f"{label}-huge-description", doc,
                    _setter(("metadata", "description"), "D" * 2_000_000))
    for depth in (40, 70, 5000):
        yield _doc_case(f"{label}-deep-{depth}", doc, deep(depth))
    yield _doc_case(f"{label}-deep-extension", doc,
                    _setter(("optimisation",), {"x": [[[[[[[[[[1e308]]]]]]]]]]}))
    yield _doc_case(f"{label}-periods-long", doc, _setter(("time", "periods"), 400_000))
    yield _doc_case(f"{label}-periods-huge", doc, _setter(("time", "periods"), 10 ** 30))
    yield _doc_case(f"{label}-duplicate-nodes", doc, doubled_nodes)
    yield _doc_case(f"{label}-travel-times", doc, travel_times)
    same = _setter(("format",), doc["format"])
    for frac in sorted(rng.sample(range(1, 100), 6)):
        yield _doc_case(f"{label}-truncated-{frac}", doc,
                        _then(same, lambda t, f=frac: t[: len(t) * f // 100]))
    yield _doc_case(f"{label}-utf16", doc,
                    _then(same, lambda t: t.decode("utf-8").encode("utf-16")))
    yield _doc_case(f"{label}-latin1-bytes", doc,
                    _then(same, lambda t: t.replace(b"a", b"\xe9", 3)))
    yield _doc_case(f"{label}-nul", doc, _then(same, lambda t: t[:100] + b"\x00" + t[100:]))
    yield _doc_case(f"{label}-list-at-top", doc, _then(same, lambda t: b"[" + t + b"]"))


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.wplan"
    if not path.exists():
        os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "folder.wplan"
    path.mkdir(exist_ok=True)
    return path


def _special_paths() -> Iterator[Case]:
    if hasattr(os, "mkfifo"):
        yield Case("path-fifo", make_path=_fifo)
    yield Case("path-folder", make_path=_folder)
    if os.path.exists("/dev/zero"):
        yield Case("path-dev-zero", make_path=lambda _: Path("/dev/zero"))
        yield Case("path-dev-null", make_path=lambda _: Path("/dev/null"))
    yield Case("path-missing", make_path=lambda f: f / "no-such-file.wplan")
    for name, data in (("empty-file", b""), ("whitespace-file", b" \n\t "),
                       ("binary-garbage", random.Random(1).randbytes(4000)),
                       ("json-number", b"1e308"), ("json-string", b'"hello"'),
                       ("json-empty-object", b"{}")):
        yield _case(name, _const, data)


def build_corpus(seed: int = SEED, mutations_per_source: int = 60) -> list[Case]:
    """The corpus: field extremes, random mutations, structural abuse and special paths."""
    rng = random.Random(seed)
    cases: list[Case] = list(_special_paths())
    for source in SOURCES:
        label = source.stem
        doc = json.loads(source.read_text(encoding="utf-8"))
        if source.name != "syr-darya-irrigation-mode.wplan":  # same fields as the energy mode
            cases.extend(_field_extremes(label, doc))
            cases.extend(_field_bounds(label, doc))
        cases.extend(_random_mutations(label, doc, rng, mutations_per_source))
        cases.extend(_structural(label, doc, rng))
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "corpus case names must be unique"
    return cases


# --- measuring the command line in subprocesses ------------------------------------------------
def write_corpus(folder: Path, seed: int = SEED) -> list[tuple[str, Path]]:
    """Materialise the corpus into ``folder`` with a manifest (so that two versions of the
    program can be measured on the very same files)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = [(c.name, c.materialise(folder)) for c in build_corpus(seed)]
    (folder / "MANIFEST").write_text("".join(f"{n}\t{p}\n" for n, p in cases),
                                     encoding="utf-8")
    return cases


def _measure(folder: Path, timeout: float, out: Path) -> None:
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    manifest = folder / "MANIFEST"
    if not manifest.exists():
        write_corpus(folder)
    cases = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()]
    tally: dict[str, int] = {"clean error": 0, "result": 0, "traceback": 0, "hang": 0,
                             "other exit": 0, "unsound result (exit 0)": 0}
    bad: list[str] = []

    def run(job: tuple[str, list[str]]) -> tuple[str, str]:
        name, command = job
        argv = [sys.executable, "-m", "waterplanner", *command]
        try:
            r = subprocess.run(argv, check=False, capture_output=True, timeout=timeout,
                               stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return "hang", f"hang: {command[0]} {name}"
        text = r.stderr.decode("utf-8", "replace")
        if "Traceback" in text:
            return "traceback", f"traceback: {command[0]} {name}: {text.strip()[-400:]}"
        if r.returncode == 2:
            return "clean error", ""
        if r.returncode == 0:
            fault = _judge_result(Path(command[3]), r.stdout.decode("utf-8", "replace")) \
                if command[0] == "simulate" else ""
            if fault:
                return "unsound result (exit 0)", f"unsound: {command[0]} {name}: {fault}"
            return "result", ""
        return "other exit", (f"exit {r.returncode}: {command[0]} {name}: "
                              f"{(r.stdout + r.stderr).decode('utf-8', 'replace')[-300:]}")

    jobs = []
    for i, (name, path) in enumerate(cases):
        jobs.append((name, ["validate", path]))
        jobs.append((name, ["simulate", path, "--out", str(folder / "out" / str(i))]))
    with ThreadPoolExecutor(max_workers=2) as pool:
        for outcome, detail in pool.map(run, jobs):
            tally[outcome] += 1
            if detail:
                bad.append(detail)
    print(f"{len(cases)} cases, {sum(tally.values())} runs: " +
          ", ".join(f"{v} {k}" for k, v in tally.items()))
    out.write_text("\n".join(bad) + "\n", encoding="utf-8")
    print(f"details of the bad runs in {out}")


def _judge_result(out_dir: Path, stdout: str) -> str:
    """'' for a sound result, else what is wrong with it."""
    if "Mass balance FAILED" in stdout:
        return "mass balance FAILED"
    summary = out_dir / "summary.json"
    if not summary.exists():
        return ""  # validate, or a run without --out
    def refuse(constant: str) -> None:
        raise ValueError(constant)
    try:
        json.loads(summary.read_text(encoding="utf-8"), parse_constant=refuse)
    except ValueError as e:
        return f"summary.json is not valid JSON ({e})"
    return ""


def _measure_in_process(folder: Path, timeout: float, out: Path) -> None:
    """The same tally, running ``main`` in this process with an alarm per run (much quicker;
    a hang inside compiled code that never returns to Python would not be caught)."""
    import contextlib
    import io
    import signal
    import warnings

    from waterplanner.cli.main import main

    manifest = folder / "MANIFEST"
    if not manifest.exists():
        write_corpus(folder)
    cases = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()]
    tally = {"clean error": 0, "result": 0, "traceback": 0, "hang": 0, "other exit": 0,
             "unsound result (exit 0)": 0, "message over 100 kB": 0,
             "numeric warning on stderr": 0, "validate and simulate disagree": 0}
    bad: list[str] = []

    def ring(signum: int, frame: object) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, ring)
    warnings.simplefilter("always")  # every run that warns is counted, not only the first
    for i, (name, path) in enumerate(cases):
        codes = []
        for command in (["validate", path],
                        ["simulate", path, "--out", str(folder / "out" / str(i))]):
            stdout, stderr = io.StringIO(), io.StringIO()
            signal.alarm(int(timeout))
            try:
                with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                    code = main(command)
            except TimeoutError:
                tally["hang"] += 1
                bad.append(f"hang: {command[0]} {name}")
                continue
            finally:
                signal.alarm(0)
            text = stderr.getvalue()
            codes.append(code)
            if "Traceback" in text:
                tally["traceback"] += 1
                bad.append(f"traceback: {command[0]} {name}: {text.strip()[-400:]}")
            elif "Warning:" in text:
                tally["numeric warning on stderr"] += 1
                bad.append(f"warning: {command[0]} {name}: {text.strip()[-200:]}")
            elif code == 2 and len(text) > 100_000:
                tally["message over 100 kB"] += 1
                bad.append(f"message of {len(text)} characters: {command[0]} {name}")
            elif code == 2:
                tally["clean error"] += 1
            elif code == 0:
                fault = _judge_result(folder / "out" / str(i), stdout.getvalue()) \
                    if command[0] == "simulate" else ""
                if fault:
                    tally["unsound result (exit 0)"] += 1
                    bad.append(f"unsound: {command[0]} {name}: {fault}")
                else:
                    tally["result"] += 1
            else:
                tally["other exit"] += 1
                bad.append(f"exit {code}: {command[0]} {name}: {text.strip()[-300:]}")
        if len(codes) == 2 and codes[0] != codes[1]:
            tally["validate and simulate disagree"] += 1
            bad.append(f"disagree: validate {codes[0]}, simulate {codes[1]}: {name}")
    print(f"{len(cases)} cases, {sum(tally.values())} runs: " +
          ", ".join(f"{v} {k}" for k, v in tally.items()))
    out.write_text("\n".join(bad) + "\n", encoding="utf-8")
    print(f"details of the bad runs in {out}")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="where the corpus files are (written if empty)")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--details", type=Path, default=Path("wp-fuzz-bad.txt"))
    ap.add_argument("--in-process", action="store_true",
                    help="run main() here with an alarm per run instead of a process per run")
    a = ap.parse_args()
    (_measure_in_process if a.in_process else _measure)(a.folder, a.timeout, a.details)
