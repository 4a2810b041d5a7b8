"""The Python examples of docs/ensembles.md run as written, one after the other."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "ensembles.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_examples_run_in_order(tmp_path: Path, monkeypatch, capsys) -> None:
    assert len(BLOCKS) == 2
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__doc_example__"}
    for code in BLOCKS:
        exec(compile(code, str(DOC), "exec"), namespace)  # noqa: S102
    assert capsys.readouterr().out.strip() == "20"
