"""The Python examples of docs/ensembles.md run as written, one after the other (the Dask
example, which needs the ``scale`` extra, runs in ``tests/scale``)."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "ensembles.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
CORE_BLOCKS = [b for b in BLOCKS if "waterplanner.scale" not in b]


def run_blocks(blocks: list[str]) -> None:
    namespace: dict[str, object] = {"__name__": "__doc_example__"}
    for code in blocks:
        exec(compile(code, str(DOC), "exec"), namespace)  # noqa: S102


def test_the_examples_run_in_order(tmp_path: Path, monkeypatch, capsys) -> None:
    assert len(CORE_BLOCKS) == 2 and len(BLOCKS) == 3
    monkeypatch.chdir(tmp_path)
    run_blocks(CORE_BLOCKS)
    assert capsys.readouterr().out.strip() == "20"
