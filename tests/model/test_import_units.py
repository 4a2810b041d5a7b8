"""Units of imported series: read per column from every header, converted correctly, and
never assumed (no unit, an unknown unit or two units in a header is a problem to resolve)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waterplanner.model.document import dumps_scenario
from waterplanner.model.fileio import load_scenario
from waterplanner.model.import_units import FT3_IN_M3, parse_unit, read_header_unit, to_mcm
from waterplanner.model.scenario import Scenario
from waterplanner.model.series_import import (
    ColumnMapping,
    ImportSpec,
    SeriesImportError,
    Target,
    Unit,
    apply_import,
    guess_spec,
    import_series,
    prepare_import,
    read_table,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "resources" / "scenarios" / "syr-darya-energy-mode.wplan"
MONTHS = [date(2025, m, 1) for m in range(10, 13)] + [date(2026, m, 1) for m in range(1, 10)]


@pytest.fixture(scope="module")
def scn() -> Scenario:
    return load_scenario(DEFAULT)


def write_csv(path: Path, header: str, values: list[str], sep: str = ",",
              encoding: str = "utf-8", day_first: bool = False) -> Path:
    lines = [header]
    for d, v in zip(MONTHS, values, strict=True):
        lines.append(f"{d.strftime('%d.%m.%Y') if day_first else d.isoformat()}{sep}{v}")
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def problems(scn: Scenario, path: Path, **kw: object) -> list[str]:
    before = dumps_scenario(scn)
    with pytest.raises(SeriesImportError) as e:
        import_series(scn, path, **kw)  # type: ignore[arg-type]
    assert dumps_scenario(scn) == before
    return [str(p) for p in e.value.problems]


# --- 1. a unit in parentheses after words that are not a node's name ----------------------
def test_toktogul_release_in_m3s_is_read_as_m3s(scn: Scenario, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", "date,Toktogul release (m3/s)", ["350"] * 12)
    new = import_series(scn, path)
    np.testing.assert_allclose(new.release_schedules["toktogul"],
                               scn.time.m3s_to_mcm(np.full(12, 350.0)))
    # 350 m³/s over October is 937.44 Mm³, not 350 Mm³ (which would be 131 m³/s)
    assert new.release_schedules["toktogul"][0] == pytest.approx(937.44)


def test_a_column_mapped_by_hand_keeps_its_headers_unit(scn: Scenario, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", "date,Сброс из водохранилища (m3/s)", ["350"] * 12)
    table = read_table(path)
    spec = ImportSpec(0, (ColumnMapping(1, "toktogul", Target.RELEASE),), unit=Unit.MCM)
    preview = prepare_import(scn, table, spec)
    assert preview.ok and preview.units == {1: Unit.M3S}
    np.testing.assert_allclose(apply_import(scn, preview).release_schedules["toktogul"],
                               scn.time.m3s_to_mcm(np.full(12, 350.0)))


# --- 2. one unit per column --------------------------------------------------------------
MIXED = "date,naryn [m³/s],kara_darya [Mm³]"


def _mixed(tmp_path: Path) -> Path:
    lines = [MIXED] + [f"{d.isoformat()},100,50" for d in MONTHS]
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_mixed_units_are_read_per_column(scn: Scenario, tmp_path: Path) -> None:
    table = read_table(_mixed(tmp_path))
    preview = prepare_import(scn, table, guess_spec(table, scn))
    assert preview.ok, preview.problems
    assert preview.units == {1: Unit.M3S, 2: Unit.MCM}
    new = apply_import(scn, preview)
    first = scn.inflow_set_names[0]
    np.testing.assert_allclose(new.node("naryn").inflow_mcm[first],
                               scn.time.m3s_to_mcm(np.full(12, 100.0)))
    np.testing.assert_allclose(new.node("kara_darya").inflow_mcm[first], [50.0] * 12)


def test_units_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    path = _mixed(tmp_path)
    code = ("import sys; from waterplanner.model.fileio import load_scenario; "
            "from waterplanner.model.series_import import import_series; "
            f"s = load_scenario({str(DEFAULT)!r}); n = import_series(s, {str(path)!r}); "
            "print(n.node('naryn').inflow_mcm['median'][0], "
            "n.node('kara_darya').inflow_mcm['median'][0])")
    outs = set()
    for seed in ("0", "1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True, cwd=ROOT)
        outs.add(out.stdout.strip())
    assert outs == {f"{100 * 31 * 86400 / 1e6} 50.0"}


def test_a_headers_unit_wins_over_the_default_for_unitless_columns(scn: Scenario,
                                                                     tmp_path: Path) -> None:
    lines = ["date,naryn [m3/s],kara_darya"] + [f"{d.isoformat()},10,20" for d in MONTHS]
    path = tmp_path / "d.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    new = import_series(scn, path, unit=Unit.KM3)
    np.testing.assert_allclose(new.node("naryn").inflow_mcm["median"],
                               scn.time.m3s_to_mcm(np.full(12, 10.0)))
    np.testing.assert_allclose(new.node("kara_darya").inflow_mcm["median"], [20_000.0] * 12)


def test_a_chosen_unit_overrides_the_header_with_a_note(scn: Scenario, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "o.csv", "date,toktogul [m3/s]", ["500"] * 12)
    table = read_table(path)
    spec = ImportSpec(0, (ColumnMapping(1, "toktogul", Target.RELEASE, Unit.MCM),))
    preview = prepare_import(scn, table, spec)
    assert preview.ok
    assert preview.notes == [("Column B (toktogul [m3/s]): the header says m³/s; its values are "
                             "read as Mm³, as chosen.")]
    assert apply_import(scn, preview).release_schedules["toktogul"] == (500.0,) * 12


# --- 3. flow units that are not m³/s; unknown units; no unit ------------------------------
@pytest.mark.parametrize("unit_text,m3s_per_unit", [
    ("ft³/s", FT3_IN_M3), ("ft3/s", FT3_IN_M3), ("cfs", FT3_IN_M3),
    ("l/s", 1e-3), ("л/с", 1e-3),
])
def test_other_flow_units_are_converted(scn: Scenario, tmp_path: Path, unit_text: str,
                                        m3s_per_unit: float) -> None:
    path = write_csv(tmp_path / "f.csv", f"date,toktogul [{unit_text}]", ["10000"] * 12)
    new = import_series(scn, path)
    np.testing.assert_allclose(new.release_schedules["toktogul"],
                               scn.time.m3s_to_mcm(np.full(12, 10000 * m3s_per_unit)))


def test_one_cubic_foot_per_second() -> None:
    assert FT3_IN_M3 == pytest.approx(0.028316846592, rel=1e-15)
    # 1 cfs for a 31-day month: 0.028316846592 m³/s × 2 678 400 s = 75 843.84 m³
    assert to_mcm(np.array([1.0]), Unit.CFS, np.array([31]))[0] == pytest.approx(0.07584384,
                                                                                   rel=1e-7)


def test_an_unknown_unit_is_refused_naming_column_and_unit(scn: Scenario,
                                                           tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", "date,toktogul [acre-ft]", ["100"] * 12)
    assert problems(scn, path, unit=Unit.MCM) == [
        ("column B (toktogul [acre-ft]): the header's unit 'acre-ft' is not one WaterPlanner "
        "knows (m³/s, Mm³, km³, m³, l/s, ft³/s): choose the column's unit")]


def test_an_unknown_unit_can_be_resolved_by_choosing(scn: Scenario, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", "date,toktogul [Mm3/month]", ["100"] * 12)
    table = read_table(path)
    spec = guess_spec(table, scn)
    assert spec.mappings == (ColumnMapping(1, "toktogul", Target.RELEASE),)
    assert not prepare_import(scn, table, spec).ok
    chosen = replace(spec, mappings=(ColumnMapping(1, "toktogul", Target.RELEASE, Unit.MCM),))
    assert apply_import(scn, prepare_import(scn, table, chosen)).release_schedules[
        "toktogul"] == (100.0,) * 12


def test_two_units_in_one_header_are_refused(scn: Scenario, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", "date,toktogul (m3/s) [Mm3]", ["100"] * 12)
    assert problems(scn, path) == [("column B (toktogul (m3/s) [Mm3]): the header names two "
                                   "units (m³/s and Mm³): choose the column's unit")]


def test_no_unit_is_refused_unless_one_is_given(scn: Scenario, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", "date,toktogul", ["100"] * 12)
    assert problems(scn, path) == [
        ("column B (toktogul): the header names no unit: choose the column's unit (m³/s, Mm³, "
        "km³, m³, l/s, ft³/s) or write it in the header, e.g. 'toktogul [m³/s]'")]
    table = read_table(path)
    preview = prepare_import(scn, table, replace(guess_spec(table, scn), unit=Unit.M3S))
    assert preview.ok
    assert preview.notes == [("Column B (toktogul): the header names no unit; its values are "
                             "read as m³/s.")]


@pytest.mark.parametrize("text,unit", [
    ("m³/s", Unit.M3S), ("m3/s", Unit.M3S), ("m^3/s", Unit.M3S), ("M3/S", Unit.M3S),
    ("cumecs", Unit.M3S), ("м3/с", Unit.M3S), ("м³/с", Unit.M3S), ("м3/сек", Unit.M3S),
    ("m3 s-1", Unit.M3S), ("m³·s⁻¹", Unit.M3S), ("m3/sec", Unit.M3S),
    ("Mm³", Unit.MCM), ("Mm3", Unit.MCM), ("MCM", Unit.MCM), ("million m³", Unit.MCM),
    ("hm³", Unit.MCM), ("млн м3", Unit.MCM), ("млн. м³", Unit.MCM), ("млн.м3", Unit.MCM),
    ("km³", Unit.KM3), ("km3", Unit.KM3), ("км3", Unit.KM3), ("км³", Unit.KM3),
    ("m³", Unit.M3), ("м3", Unit.M3), ("l/s", Unit.LPS), ("л/с", Unit.LPS),
    ("ft³/s", Unit.CFS), ("cfs", Unit.CFS),
    ("mm3", None), ("acre-ft", None), ("Mm3/month", None), ("m", None), ("", None),
])
def test_unit_spellings(text: str, unit: Unit | None) -> None:
    assert parse_unit(text) is unit


@pytest.mark.parametrize("header,unit,name", [
    ("naryn [m³/s]", Unit.M3S, "naryn"),
    ("Toktogul release (m3/s)", Unit.M3S, "Toktogul release"),
    ("Токтогул, м3/с", Unit.M3S, "Токтогул"),
    ("Нарын, млн. м³", Unit.MCM, "Нарын"),
    ("Kara Darya млн м3", Unit.MCM, "Kara Darya"),
    ("naryn m3 / s", Unit.M3S, "naryn"),
    ("Fergana Valley (UZ; also KG, TJ)", None, "Fergana Valley (UZ; also KG, TJ)"),
    ("Akhangaran, Keles and other middle-Syr tributaries", None,
     "Akhangaran, Keles and other middle-Syr tributaries"),
])
def test_where_a_header_names_its_unit(header: str, unit: Unit | None, name: str) -> None:
    hu = read_header_unit(header)
    assert (hu.unit, hu.name, hu.unknown) == (unit, name, False)


@pytest.mark.parametrize("header,text", [
    ("naryn [acre-ft]", "acre-ft"), ("naryn [mm3]", "mm3"), ("toktogul level (m)", "m"),
    ("naryn ft3/day", "ft3/day"), ("naryn [anything at all]", "anything at all"),
])
def test_unknown_units_are_told_apart_from_no_unit(header: str, text: str) -> None:
    hu = read_header_unit(header)
    assert hu.unit is None and hu.unknown and hu.text == text
    assert text in (hu.problem() or "")


# --- laws ---------------------------------------------------------------------------------
_values = st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=12)
_days = st.sampled_from([1, 10, 11, 28, 29, 30, 31])


@given(_values, _days)
def test_units_are_consistent_with_each_other(values: list[float], days: int) -> None:
    v = np.array(values)
    d = np.full(len(v), days)
    np.testing.assert_allclose(to_mcm(v, Unit.LPS, d), to_mcm(v / 1000, Unit.M3S, d),
                               rtol=1e-12)
    np.testing.assert_allclose(to_mcm(v, Unit.CFS, d), to_mcm(v * FT3_IN_M3, Unit.M3S, d),
                               rtol=1e-12)
    np.testing.assert_allclose(to_mcm(v, Unit.M3, d), to_mcm(v / 1e6, Unit.MCM, d), rtol=1e-12)
    np.testing.assert_allclose(to_mcm(v, Unit.KM3, d), v * 1000, rtol=1e-12)
    # a flow of x m³/s for a period holds the volume x·days·86 400 m³
    np.testing.assert_allclose(to_mcm(v, Unit.M3S, d), to_mcm(v * days * 86400, Unit.M3, d),
                               rtol=1e-12)


_SPELLINGS = {Unit.M3S: ["m³/s", "m3/s", "м3/с", "cumecs"], Unit.MCM: ["Mm³", "млн м3", "MCM"],
              Unit.KM3: ["km³", "км3"], Unit.M3: ["m³", "м3"], Unit.LPS: ["l/s", "л/с"],
              Unit.CFS: ["ft³/s", "cfs"]}


@settings(max_examples=200)
@given(st.sampled_from(sorted(_SPELLINGS, key=str)), st.data(),
       st.sampled_from(["naryn", "Toktogul", "Кара-Дарыя", "Fergana Valley"]),
       st.sampled_from(["{n} [{u}]", "{n} ({u})", "{n}, {u}", "{n} {u}", "[{u}] {n}",
                        "{n}  [ {u} ]"]))
def test_a_unit_is_read_wherever_the_header_puts_it(unit: Unit, data: st.DataObject, name: str,
                                                     form: str) -> None:
    spelling = data.draw(st.sampled_from(_SPELLINGS[unit]))
    hu = read_header_unit(form.format(n=name, u=spelling))
    assert hu.unit is unit
    assert hu.name == name


# --- 6. CIS-style files -------------------------------------------------------------------
@pytest.mark.parametrize("encoding,cubed", [("utf-8-sig", "³"), ("cp1251", "3")])
def test_cis_headers_semicolons_and_decimal_commas(scn: Scenario, tmp_path: Path, encoding: str,
                                                   cubed: str) -> None:
    lines = [f"Дата;Токтогул, м3/с;Нарын, млн м3;Кара-Дарыя [млн. м{cubed}];Арыс м{cubed}/с"]
    lines += [f"{d.strftime('%d.%m.%Y')};412,5;1 234,5;300;12,25" for d in MONTHS]
    path = tmp_path / "cis.csv"
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    table = read_table(path)
    spec = guess_spec(table, scn)
    assert spec.mappings == (ColumnMapping(1, "toktogul", Target.RELEASE),
                             ColumnMapping(2, "naryn", Target.INFLOW),
                             ColumnMapping(3, "kara_darya", Target.INFLOW),
                             ColumnMapping(4, "arys", Target.INFLOW))
    preview = prepare_import(scn, table, spec)
    assert preview.ok, preview.problems
    assert preview.units == {1: Unit.M3S, 2: Unit.MCM, 3: Unit.MCM, 4: Unit.M3S}
    new = apply_import(scn, preview)
    np.testing.assert_allclose(new.release_schedules["toktogul"],
                               scn.time.m3s_to_mcm(np.full(12, 412.5)))
    np.testing.assert_allclose(new.node("naryn").inflow_mcm["median"], [1234.5] * 12)
    np.testing.assert_allclose(new.node("kara_darya").inflow_mcm["median"], [300.0] * 12)
    np.testing.assert_allclose(new.node("arys").inflow_mcm["median"],
                               scn.time.m3s_to_mcm(np.full(12, 12.25)))


def test_series_words_after_the_name(scn: Scenario, tmp_path: Path) -> None:
    lines = ["Дата;Нарын приток, м3/с;Токтогул попуск, м3/с;Fergana demand [Mm3]"]
    lines += [f"{d.strftime('%d.%m.%Y')};400;300;900" for d in MONTHS]
    path = tmp_path / "ru.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spec = guess_spec(read_table(path), scn)
    assert spec.mappings == (ColumnMapping(1, "naryn", Target.INFLOW),
                             ColumnMapping(2, "toktogul", Target.RELEASE),
                             ColumnMapping(3, "fergana", Target.DEMAND))


def test_a_series_word_that_does_not_fit_the_node_maps_nothing(scn: Scenario,
                                                              tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.csv", "date,Toktogul inflow [m3/s]", ["1"] * 12)
    assert guess_spec(read_table(path), scn).mappings == ()
