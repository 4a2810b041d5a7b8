"""The Dask example of docs/ensembles.md runs as written, after the examples before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model.test_ensembles_doc import BLOCKS, run_blocks

pytest.importorskip("distributed")


def test_the_dask_example_runs(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    run_blocks(BLOCKS)
    assert capsys.readouterr().out.split() == ["20", "2000"]
