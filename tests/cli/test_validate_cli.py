"""``waterplanner validate FILE``: exit 0 when valid, 2 with one problem per line when not."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from waterplanner.cli.main import main
from waterplanner.model import validate_document

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"


@pytest.fixture
def doc() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_bytes())


def write(tmp_path: Path, content: bytes | str | dict[str, Any], name: str = "s.wplan") -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = json.dumps(content)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def run_validate(path: Path | str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_valid_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_validate(EXAMPLE, capsys)
    assert code == 0
    assert err == ""
    assert "valid" in out and "6 nodes" in out and "median, dry" in out


def test_an_invalid_file_exits_2_with_one_problem_per_line(
        tmp_path: Path, doc: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    doc["nodes"][1]["dead_storage_mcm"] = 2000
    doc["links"][5]["to"] = "ocean"
    doc["time"]["start"] = "2025-10-02"
    code, out, err = run_validate(write(tmp_path, doc), capsys)
    assert code == 2
    assert err.splitlines() == [str(p) for p in validate_document(doc)]
    assert err.splitlines() == [
        "time.start: 2025-10-02 does not start a month period (day 1 of a month)",
        "nodes.upper.dead_storage_mcm: 2000 is above capacity 1000",
        "nodes.upper.initial_storage_mcm: 500 is below dead storage 2000",
        "links.l6.to: node 'ocean' does not exist",
    ]
    assert "4 problems" in out
    assert "Traceback" not in err


def test_a_syntax_error_names_line_and_column(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_validate(write(tmp_path, '{\n  "format": ,\n}'), capsys)
    assert code == 2
    assert err.splitlines() == ["file: JSON syntax error at line 2, column 13: Expecting value"]


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_validate(tmp_path / "nope.wplan", capsys)
    assert code == 2
    assert err.startswith("file: ") and "does not exist" in err
    assert len(err.splitlines()) == 1


def test_a_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_validate(tmp_path, capsys)
    assert code == 2 and "folder" in err


def test_validate_without_a_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_problem_location_with_a_newline_stays_on_one_line(
        tmp_path: Path, doc: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    doc["nodes"][3]["bad\nkey"] = 1
    code, _, err = run_validate(write(tmp_path, doc), capsys)
    assert code == 2
    assert len(err.splitlines()) == 1, err


def _hostile_inputs() -> dict[str, bytes]:
    valid = EXAMPLE.read_bytes()
    return {
        "empty": b"",
        "binary": bytes(range(256)) * 8,
        "deep nesting": b"[" * 100_000 + b"]" * 100_000,
        "10**5000": b'{"format": "waterplanner-scenario", "version": 1' + b"0" * 5000 + b"}",
        "1e999 capacity": valid.replace(b'"capacity_mcm": 1000', b'"capacity_mcm": 1e999'),
        "NaN": valid.replace(b'"evaporation_mm": [10, 20, 30]', b'"evaporation_mm": [NaN, 1, 2]'),
        "truncated": valid[: len(valid) // 2],
        "invalid utf-8": valid.replace(b'"Mid"', b'"M\xffd"'),
        "utf-16": valid.decode("utf-8").encode("utf-16"),
        "utf-16-le no BOM": valid.decode("utf-8").encode("utf-16-le"),
        "surrogate name": valid.replace(b'"name": "Mid"', b'"name": "\\udc80"'),
        "surrogate key": valid.replace(b'"name": "Mid"', b'"name": "Mid", "\\ud800": 1'),
        "odd optimisation": valid.rstrip()[:-1]
        + b', "optimisation": {"objectives": [{"kind": ["x"], "weight": 1' + b"0" * 400 + b"}]}}",
        "duplicate node": valid.replace(b'{"id": "sea", "kind": "sink", "name": "Sea"}',
                                        b'{"id": "sea", "kind": "sink", "name": "Sea"},'
                                        b'{"id": "sea", "kind": "sink", "name": "Sea"}'),
    }


HOSTILE = _hostile_inputs()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_exit_2_without_a_traceback(name: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_validate(write(tmp_path, HOSTILE[name]), capsys)
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines and all(": " in line for line in lines), err


def _console_script() -> str | None:
    here = Path(sys.executable).parent / ("waterplanner.exe" if os.name == "nt" else
                                          "waterplanner")
    return str(here) if here.exists() else shutil.which("waterplanner")


@pytest.mark.skipif(_console_script() is None, reason="the waterplanner command is not installed")
def test_the_installed_command(tmp_path: Path) -> None:
    # one run only: starting the program costs seconds (numpy, numba); an invalid file with a
    # lone surrogate in a key exercises exit code, stderr encoding and the one-line listing
    script = _console_script()
    assert script is not None
    bad = write(tmp_path, HOSTILE["surrogate key"])
    res = subprocess.run([script, "validate", str(bad)], capture_output=True, timeout=120,
                         check=False)
    assert res.returncode == 2, res.stderr
    assert b"Traceback" not in res.stderr
    assert res.stderr.decode("utf-8", "backslashreplace").splitlines() == [
        "nodes.mid.\\ud800: unknown field"]
