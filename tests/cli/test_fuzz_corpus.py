"""The command line on a corpus of mutated and abusive scenario files (``fuzz_corpus.py``).

Every case runs ``validate`` and ``simulate --out`` in this process, through the CLI's
``main``. Whatever the file holds: the exit code is 0 or 2, no traceback is printed, a 2 comes
with a message, the two commands agree on whether the file is usable, and a result writes a
summary.json that is valid JSON with finite numbers. A case that blocks is stopped by an alarm
and fails as a hang instead of freezing the suite.

``WATERPLANNER_FUZZ_EXTENDED=1`` runs a larger corpus with another seed (minutes, not seconds).
"""

from __future__ import annotations

import json
import math
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.cli.fuzz_corpus import SEED, Case, build_corpus
from waterplanner.cli.main import main

EXTENDED = os.environ.get("WATERPLANNER_FUZZ_EXTENDED") == "1"
CORPUS = build_corpus(SEED + 1, mutations_per_source=400) if EXTENDED else build_corpus(SEED)
HANG_S = 30


class Hang(Exception):
    pass


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Raise :class:`Hang` in this thread after ``seconds`` (where the system has alarms)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise Hang(f"no answer after {seconds} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def _strict_json(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise AssertionError(f"summary.json holds {constant}, which is not JSON")
    return json.loads(text, parse_constant=refuse)


def _floats(v: Any) -> Iterator[float]:
    if isinstance(v, float):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from _floats(x)
    elif isinstance(v, list):
        for x in v:
            yield from _floats(x)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with alarm(HANG_S):
        code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", CORPUS, ids=[c.name[:80] for c in CORPUS])
def test_the_cli_answers_every_corpus_file_cleanly(case: Case, folder: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = case.materialise(folder)
    out_dir = folder / "out" / case.name[:80]
    codes = {}
    for argv in (["validate", str(path)], ["simulate", str(path), "--out", str(out_dir)]):
        try:
            code, out, err = _run(argv, capsys)
        except Hang as e:
            pytest.fail(f"{argv[0]} hung on {case.name}: {e}")
        command = argv[0]
        assert "Traceback" not in err and "Traceback" not in out, f"{command}:\n{err}"
        assert code in (0, 2), f"{command} exited {code}:\n{out}\n{err}"
        if code == 2:
            assert err.strip(), f"{command} refused {case.name} without saying why"
            assert len(err) < 100_000, f"{command}: the message grows with the file"
        codes[command] = code
    assert codes["validate"] == codes["simulate"], \
        f"validate exited {codes['validate']} but simulate {codes['simulate']}"
    if codes["simulate"] == 0:
        summary = _strict_json((out_dir / "summary.json").read_text(encoding="utf-8"))
        assert all(math.isfinite(x) for x in _floats(summary))
        assert summary["mass_balance"]["ok"] is True
