"""The Python examples of docs/reports.md run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "reports.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_doc_has_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_doc_example_runs(gui_app, code: str, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(code, str(DOC), "exec"), {"__name__": "__doc_example__"})  # noqa: S102
    out = capsys.readouterr().out
    assert "Traceback" not in out
    if "write_report" in code:
        assert (tmp_path / "plan.pdf").stat().st_size > 10_000
        assert "100% Done" in out
    if "import_series" in code:
        assert "Jan 2026 is missing" in out
