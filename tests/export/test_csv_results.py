"""CSV export of results: values, long horizons, formula injection, atomic files."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np
import pytest

from waterplanner.cli.main import main
from waterplanner.engine.results import LINK_QUANTITIES, NODE_QUANTITIES
from waterplanner.engine.simulate import simulate
from waterplanner.export.cell_text import csv_text
from waterplanner.export.csv_results import quantity_columns, write_results
from waterplanner.model.fileio import load_scenario
from waterplanner.model.synthetic import reservoir_chain
from waterplanner.model.timebase import Step

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"


def read_csv(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_every_value_of_every_file_reads_back(tmp_path: Path) -> None:
    r = simulate(load_scenario(EXAMPLE), "dry")
    write_results(r, tmp_path)
    for q in NODE_QUANTITIES + LINK_QUANTITIES:
        cols = quantity_columns(r, q)
        path = tmp_path / f"{q.name}.csv"
        assert path.exists() == bool(cols), q.name
        if not cols:
            continue
        rows = read_csv(path)
        ids = r.link_ids if q.per == "link" else r.node_ids
        assert rows[0] == ["period_start", "period"] + [f"{ids[j]} [{q.unit}]" for j in cols]
        assert [row[:2] for row in rows[1:]] == [
            [d.isoformat(), label] for d, label in zip(r.time.starts, r.time.labels())]
        got = np.array([[float(v) for v in row[2:]] for row in rows[1:]]).T
        np.testing.assert_allclose(got, getattr(r, q.name)[0][cols], rtol=1e-14, atol=0)


def test_a_century_of_days_is_written_whole(tmp_path: Path) -> None:
    r = simulate(reservoir_chain(2, 36_500, Step.DAY))
    write_results(r, tmp_path)
    rows = read_csv(tmp_path / "storage_mcm.csv")
    assert len(rows) == 36_501
    assert rows[1][:2] == ["2025-10-01", "2025-10-01"]
    assert rows[-1][:2] == ["2125-09-06", "2125-09-06"]
    assert rows[0][2:] == ["res000 [Mm³]", "res001 [Mm³]"]
    storage = r.storage_mcm[0][[r.node_index("res000"), r.node_index("res001")]]
    for t in (0, 1, 18_250, 36_499):
        np.testing.assert_allclose([float(v) for v in rows[t + 1][2:]], storage[:, t],
                                   rtol=1e-14)


@pytest.mark.parametrize(("text", "safe"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("＝1+1", "'＝1+1"),
    ("toktogul [Mm³]", "toktogul [Mm³]"), ("a=b", "a=b"), ("", ""),
])
def test_csv_text_escapes_what_a_spreadsheet_would_run(text: str, safe: str) -> None:
    assert csv_text(text) == safe


def test_simulate_out_escapes_formula_like_headers(hostile_file: Path, tmp_path: Path,
                                                   capsys) -> None:
    out = tmp_path / "out"
    assert main(["simulate", str(hostile_file), "--out", str(out)]) == 0
    capsys.readouterr()
    seen = 0
    for path in out.glob("*.csv"):
        for row in read_csv(path):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
                if cell.startswith("-"):  # only negative numbers may start with a minus
                    float(cell)
        header = read_csv(path)[0]
        if "'-upper [Mm³]" in header:
            seen += 1
    assert seen >= 3  # storage, release, inflow …


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
        tmp_path: Path, monkeypatch) -> None:
    r = simulate(load_scenario(EXAMPLE))
    old = tmp_path / "storage_mcm.csv"
    old.write_text("old results\n", encoding="utf-8")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        write_results(r, tmp_path)
    assert old.read_text(encoding="utf-8") == "old results\n"
    assert [p.name for p in tmp_path.iterdir()] == ["storage_mcm.csv"]
