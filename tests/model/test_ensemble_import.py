"""Importing inflow ensembles from CSV, .xlsx and NetCDF files, and writing them."""

from __future__ import annotations

import builtins

import numpy as np
import openpyxl
import pytest

from waterplanner.model.document import dumps_scenario, loads_scenario, scenario_to_document
from waterplanner.model.ensemble_import import (
    ensemble_csv_text,
    import_ensemble_table,
    with_ensemble,
    write_ensemble_csv,
)
from waterplanner.model.ensemble_netcdf import (
    import_ensemble_netcdf,
    read_ensemble_netcdf,
    write_ensemble_netcdf,
)
from waterplanner.model.ensembles import MembersSource
from waterplanner.model.fileio import load_shipped_scenario
from waterplanner.model.import_units import Unit
from waterplanner.model.spreadsheet import SeriesImportError
from waterplanner.model.validation import validate_document


@pytest.fixture(scope="module")
def scenario():
    return load_shipped_scenario()


def sample(m=4, seed=0):
    rng = np.random.default_rng(seed)
    return {"naryn": rng.uniform(100, 2000, (m, 12)), "arys": rng.uniform(0, 300, (m, 12))}


def stored(ensemble):
    src = ensemble.source
    assert isinstance(src, MembersSource)
    return {k: np.array(v) for k, v in src.inflow_mcm.items()}


def test_csv_round_trip_is_exact(scenario, tmp_path):
    values = sample()
    path = tmp_path / "members.csv"
    write_ensemble_csv(path, scenario.time, values)
    e = import_ensemble_table(scenario, path, name="imported", label="Forecast")
    assert e.name == "imported" and e.label == "Forecast"
    got = stored(e)
    assert set(got) == {"naryn", "arys"}
    for k in values:
        np.testing.assert_array_equal(got[k], values[k])


def test_imported_members_are_saved_in_the_scenario_and_read_back(scenario, tmp_path):
    path = tmp_path / "members.csv"
    write_ensemble_csv(path, scenario.time, sample(3))
    s = with_ensemble(scenario, import_ensemble_table(scenario, path, name="imp"))
    assert not validate_document(scenario_to_document(s))
    text = dumps_scenario(s)
    assert loads_scenario(text) == s
    again = with_ensemble(s, import_ensemble_table(scenario, path, name="imp"))
    assert [e.name for e in again.ensembles] == ["imp"]


def test_a_period_column_in_flows_with_the_unit_in_the_header(scenario, tmp_path):
    rows = ["member;period;Naryn [m3/s]"]
    rows += [f"{k};{p};{100 * (i + 1)}" for i, k in enumerate("ab") for p in range(12, 0, -1)]
    path = tmp_path / "flows.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = stored(import_ensemble_table(scenario, path, name="x"))["naryn"]
    np.testing.assert_allclose(got[0], scenario.time.m3s_to_mcm(100.0))
    np.testing.assert_allclose(got[1], scenario.time.m3s_to_mcm(200.0))


def test_one_node_per_file_from_xlsx(scenario, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["member", "period", "value [Mm³]"])
    for k in range(1, 4):
        for p in range(1, 13):
            ws.append([k, p, 10.0 * k + p])
    path = tmp_path / "kara.xlsx"
    wb.save(path)
    got = stored(import_ensemble_table(scenario, path, name="x", node="kara_darya"))
    np.testing.assert_array_equal(got["kara_darya"][2], [30.0 + p for p in range(1, 13)])


def test_daily_dates_are_aggregated_to_the_months_of_the_scenario(scenario, tmp_path):
    days = np.arange(np.datetime64("2025-10-01"), np.datetime64("2026-10-01"))
    rows = ["member,date,chirchik [m3/s]"]
    rows += [f"{k},{d},{50 * k}" for k in (1, 2) for d in days]
    path = tmp_path / "daily.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = stored(import_ensemble_table(scenario, path, name="x"))["chirchik"]
    np.testing.assert_allclose(got[1], scenario.time.m3s_to_mcm(100.0))


@pytest.mark.parametrize(("text", "words"), [
    ("period,naryn [Mm3]\n1,5\n", "no 'member' column"),
    ("member,naryn [Mm3]\n1,5\n", "no 'period' or 'date' column"),
    ("member,period,naryn [Mm3]\n1,13,5\n", ("row 2, column B (period): '13' is not a period "
                                            "number from 1 to 12")),
    ("member,period,naryn [Mm3]\n" + "".join(f"1,{p},5\n" for p in range(1, 12)),
     "member 1 has no value of 'naryn' for period 12"),
    ("member,period,naryn [Mm3]\n1,1,-5\n", "row 2, column C (naryn [Mm3]): -5 is negative"),
    ("member,period,naryn [Mm3]\n1,1,abc\n", "'abc' is not a number"),
    ("member,period,naryn\n1,1,5\n", "the header names no unit"),
    ("member,period,toktogul [Mm3]\n1,1,5\n", "'toktogul [Mm3]' names no inflow node"),
    ("member,period,naryn [Mm3]\n1,1,5\n1,1,6\n", "member 1 has period 1 twice"),
])
def test_bad_tables_are_refused_with_row_and_column(scenario, tmp_path, text, words):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeriesImportError) as info:
        import_ensemble_table(scenario, path, name="x")
    assert any(words in str(p) for p in info.value.problems), info.value.problems


def test_a_unit_given_for_headers_without_one(scenario, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("member,period,naryn\n" + "".join(f"1,{p},1\n" for p in range(1, 13)),
                    encoding="utf-8")
    got = stored(import_ensemble_table(scenario, path, name="x", unit=Unit.KM3))
    np.testing.assert_array_equal(got["naryn"][0], np.full(12, 1000.0))


def test_csv_text_names_members_dates_and_units(scenario):
    text = ensemble_csv_text(scenario.time, {"naryn": np.ones((1, 12))})
    assert text.splitlines()[:2] == ["member,date,naryn [Mm³]", "1,2025-10-01,1.0"]


def test_netcdf_round_trip_is_exact(scenario, tmp_path):
    values = sample(5, seed=3)
    path = tmp_path / "members.nc"
    write_ensemble_netcdf(path, scenario.time, values)
    got = read_ensemble_netcdf(scenario, path)
    for k in values:
        np.testing.assert_array_equal(got[k], values[k])
    e = import_ensemble_netcdf(scenario, path, name="nc", label="NetCDF")
    assert e.label == "NetCDF" and stored(e)["arys"].shape == (5, 12)


def test_netcdf_in_flows_member_last_is_read(scenario, tmp_path):
    import xarray as xr
    ds = xr.Dataset({"naryn": (("time", "member"), np.full((12, 2), 100.0),
                               {"units": "m3/s"})},
                    coords={"time": np.array(scenario.time.starts, dtype="datetime64[ns]")})
    path = tmp_path / "flows.nc"
    ds.to_netcdf(path, engine="h5netcdf")
    got = read_ensemble_netcdf(scenario, path)["naryn"]
    np.testing.assert_allclose(got[1], scenario.time.m3s_to_mcm(100.0))


@pytest.mark.parametrize(("make", "words"), [
    (lambda t, xr: xr.Dataset({"naryn": (("member", "time"), np.ones((2, 11)),
                                         {"units": "Mm3"})}),
     "the time dimension has 11 steps but the scenario has 12 periods"),
    (lambda t, xr: xr.Dataset({"naryn": (("member", "time"), -np.ones((2, 12)),
                                         {"units": "Mm3"})}),
     "variable 'naryn': member 1, period 1 is -1"),
    (lambda t, xr: xr.Dataset({"naryn": (("member", "time"), np.ones((2, 12)))}),
     "variable 'naryn': no units attribute"),
    (lambda t, xr: xr.Dataset({"nile": (("member", "time"), np.ones((2, 12)),
                                        {"units": "Mm3"})}),
     "'nile' is not an inflow node"),
    (lambda t, xr: xr.Dataset({"naryn": (("time",), np.ones(12), {"units": "Mm3"})}),
     "an ensemble needs (member, time)"),
    (lambda t, xr: xr.Dataset({"naryn": (("member", "time"), np.ones((2, 12)),
                                         {"units": "Mm3"})},
                              coords={"time": np.array(t.starts, dtype="datetime64[ns]")
                                      + np.timedelta64(1, "D")}),
     "time step 1 is 2025-10-02, but period 1 of the scenario starts on 2025-10-01"),
])
def test_bad_netcdf_files_are_refused_in_words(scenario, tmp_path, make, words):
    import xarray as xr
    path = tmp_path / "bad.nc"
    make(scenario.time, xr).to_netcdf(path, engine="h5netcdf")
    with pytest.raises(SeriesImportError) as info:
        read_ensemble_netcdf(scenario, path)
    assert any(words in str(p) for p in info.value.problems), info.value.problems


def test_a_file_that_is_not_netcdf(scenario, tmp_path):
    path = tmp_path / "fake.nc"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(SeriesImportError, match="cannot be read as NetCDF"):
        read_ensemble_netcdf(scenario, path)


def test_without_xarray_netcdf_is_refused_naming_the_extra(scenario, tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_xarray(name, *args, **kwargs):
        if name in ("xarray", "h5netcdf"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_xarray)
    with pytest.raises(SeriesImportError, match=r'pip install "waterplanner\[ensembles\]"'):
        read_ensemble_netcdf(scenario, tmp_path / "x.nc")
