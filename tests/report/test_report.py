"""The PDF report of the default Syr Darya scenario, read back with pypdf."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import (
    ENERGY,
    TWO,
    Written,
    content_stream,
    normalise,
    page_text,
    page_texts,
    path_operator_count,
    section_text,
)
from pypdf import PdfReader

from waterplanner.engine.simulate import simulate
from waterplanner.model.fileio import load_scenario
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.report import (
    CancelToken,
    ReportCancelled,
    ReportError,
    ReportOptions,
    write_report,
)
from waterplanner.report.formatting import num

SECTIONS = ("Executive summary", "Cascade schematic", "Countries", "Results over time",
            "Release schedules", "Shortfall by demand and period",
            "Assumptions and data sources")


def text_of(w: Written) -> str:
    return "\n".join(page_texts(w.path))


def test_page_count_matches_and_is_a4(report: Written) -> None:
    reader = PdfReader(str(report.path))
    assert len(reader.pages) == report.info.pages >= 12
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(595.3, abs=1.0)   # A4 in points
    assert float(box.height) == pytest.approx(841.9, abs=1.0)
    assert report.info.size_bytes == report.path.stat().st_size


def test_title_page_traces_the_input(report: Written) -> None:
    first = page_texts(report.path)[0]
    assert report.scenario.metadata.name.split(":")[0] in first
    assert "A. Planner" in first and "Ministry of Water Resources" in first
    assert "Median year" in first
    assert ENERGY.name in first
    digest = hashlib.sha256(ENERGY.read_bytes()).hexdigest()
    assert digest in first.replace("\n", "")
    assert report.info.content_sha256 == digest  # saved by WaterPlanner: same bytes


def test_sections_in_order_with_contents(report: Written) -> None:
    pages = page_texts(report.path)
    assert "Contents" in pages[1]
    for name in SECTIONS:
        assert name in pages[1], name
    found = dict(report.info.sections)
    assert list(found)[:len(SECTIONS) - 1] == [s for s in SECTIONS if s != SECTIONS[-1]]
    for name, page in found.items():
        assert name in pages[page - 1], f"{name} is not on page {page}"
        # the contents give the same page number
        assert re.search(re.escape(name) + r"\s*\n?\s*" + str(page) + r"\b", pages[1]), name
    assert "Comparison with the baseline" not in "\n".join(pages)


def test_running_header_and_page_numbers(report: Written) -> None:
    pages = page_texts(report.path)
    n = len(pages)
    for i, text in enumerate(pages[1:], start=2):
        assert f"Page {i} of {n}" in text
        assert "WaterPlanner ·" in text
    assert "Page 1 of" not in pages[0]


def test_headline_numbers(report: Written) -> None:
    s = report.results.summary()
    text = text_of(report)
    assert f"{num(s.shortfall_pct, 1)} %".replace("\u00a0", " ") in text
    assert normalise(f"{num(s.energy_gwh)} GWh") in text
    assert normalise(num(s.lake_inflow_mcm / 1000, 2)) in text
    for c in s.countries:
        assert normalise(num(c.winter_gwh)) in text
        assert normalise(num(c.summer_gwh)) in text
    for d in s.demands:
        assert normalise(num(d.demand_mcm / 1000, 2)) in text


def test_schedule_tables_in_both_units(report: Written) -> None:
    scn = report.scenario
    text = text_of(report)
    assert "Releases in m³/s" in text and "Releases in Mm³ per period" in text
    tok = scn.release_schedules["toktogul"]
    m3s = scn.time.mcm_to_m3s(tok)
    for t in (0, 6):
        assert normalise(num(m3s[t])) in text
        assert normalise(num(tok[t])) in text
    assert normalise(num(sum(tok))) in text  # the total row


def test_cyrillic_names_render_as_text(report: Written) -> None:
    text = text_of(report)
    local = [n.local_name for n in report.scenario.nodes
             if n.local_name and re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]", n.local_name)]
    assert len(local) >= 3
    for name in ("Токтогул", "Шардара"):
        assert name in local
    for name in local:
        if name in {n.local_name for n in report.scenario.reservoirs}:
            assert name in text, name


def test_fonts_embedded(report: Written) -> None:
    reader = PdfReader(str(report.path))
    fonts = reader.pages[2]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        f = ref.get_object()
        names.append(str(f["/BaseFont"]))
        desc = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        desc = desc.get_object()
        assert any(k in desc for k in ("/FontFile2", "/FontFile3", "/FontFile")), names[-1]
    assert any("DejaVu" in n for n in names), names


def test_plots_are_vector_paths_not_images(report: Written) -> None:
    pages = page_texts(report.path)
    reader = PdfReader(str(report.path))
    plot_pages = [i for i, t in enumerate(pages) if "Storage" in t and "capacity" in t]
    assert plot_pages
    for i in plot_pages:
        assert path_operator_count(content_stream(report.path, i)) > 150
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for ref in xobjects.values():
            assert ref.get_object().get("/Subtype") != "/Image"
    schematic = report.info.sections[1][1] - 1
    assert path_operator_count(content_stream(report.path, schematic)) > 100


def test_plot_sections_present(report: Written) -> None:
    text = text_of(report)
    for h in ("Storage", "Releases", "Deliveries and demands", "Energy", "Terminal lake"):
        assert h in text
    assert "summer (Apr–Sep)" in text


def test_long_table_breaks_and_repeats_header(report: Written) -> None:
    pages = page_texts(report.path)
    start = dict(report.info.sections)["Assumptions and data sources"] - 1
    tail = pages[start:]
    continued = [t for t in tail if "(continued)" in t]
    assert len(continued) >= 2
    for t in continued:
        assert ("Number" in t and "Basis" in t and "Note" in t) or \
            ("Code" in t and "Reference" in t)
    joined = "\n".join(tail).replace("\n", " ")
    assert "Toktogul: capacity (Mm³)" in joined
    assert "Charvak → Chirchik below Charvak: capacity (m³/s)" in joined


def test_daily_time_base_breaks_schedule_table(gui_app, tmp_path: Path) -> None:
    scn = load_scenario(TWO)
    tb = TimeBase(Step.DAY, scn.time.start, 70)
    nodes = []
    for n in scn.nodes:
        fields = {}
        for f in ("inflow_mcm",):
            if hasattr(n, f):
                fields[f] = {k: tuple([v[0] / 30] * 70) for k, v in n.inflow_mcm.items()}
        for f in ("evaporation_mm", "demand_mcm", "precipitation_mm"):
            if hasattr(n, f):
                fields[f] = tuple([getattr(n, f)[0] / 30] * 70)
        nodes.append(replace(n, **fields))
    daily = replace(scn, time=tb, nodes=tuple(nodes),
                    release_schedules={"upper": tuple([5.0] * 70)})
    out = tmp_path / "daily.pdf"
    info = write_report(out, daily, simulate(daily))
    pages = page_texts(out)
    sched = [t for t in pages if "Releases in Mm³ per period" in t or
             ("(continued)" in t and "Period" in t and "2025-1" in t)]
    assert len(sched) >= 2
    assert info.pages == len(pages)
    for t in pages:
        if "(continued)" in t and "2025-1" in t:
            assert "Period" in t


def test_baseline_comparison(baseline_report: Written) -> None:
    text = text_of(baseline_report)
    assert "Comparison with the baseline" in text
    assert "Irrigation mode (1984 protocol)" in text
    s = baseline_report.results.summary()
    b = baseline_report.baseline.summary()  # type: ignore[union-attr]
    change = s.winter_energy_gwh - b.winter_energy_gwh
    assert abs(change) > 1
    expected = ("+" if change > 0 else "-") + normalise(num(abs(change)))
    assert expected in text
    assert "Changes by country" in text
    assert "baseline" in text and "dashed" in text
    found = dict(baseline_report.info.sections)
    assert "Comparison with the baseline" in found


def test_baseline_curves_are_drawn(report: Written, baseline_report: Written) -> None:
    def plot_paths(w: Written) -> int:
        start = dict(w.info.sections)["Results over time"] - 1
        return sum(path_operator_count(content_stream(w.path, i)) for i in range(start, start + 3))
    assert plot_paths(baseline_report) > plot_paths(report)


def test_optimisation_spec_shown_when_the_scenario_has_one(gui_app, tmp_path: Path,
                                                          energy, energy_results) -> None:
    spec = {"decision_reservoirs": ["toktogul"],
            "objectives": [{"kind": "shortfall", "weight": 1}],
            "constraints": [{"kind": "end_storage", "reservoir": "toktogul", "min_mcm": 12000}]}
    scn = replace(energy, extensions={"optimisation": spec})
    out = tmp_path / "opt.pdf"
    info = write_report(out, scn, energy_results)
    text = section_text(out, info, "Optimisation")
    assert "Optimisation" in text and "Objective terms" in text and "Requirements" in text
    assert "Toktogul" in text and "irrigation shortfall" in text
    assert "storage at the end of the horizon at least 12 000 Mm³" in text.replace("\n", " ")
    assert "toktogul" not in text and "end_storage" not in text  # names, not ids


def test_progress_and_cancel(gui_app, tmp_path: Path, energy, energy_results) -> None:
    seen: list[float] = []
    out = tmp_path / "p.pdf"
    write_report(out, energy, energy_results, progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)

    out.write_bytes(b"the previous report")
    token = CancelToken()

    def stop_halfway(f: float, m: str) -> None:
        if f > 0.5:
            token.cancel()
    with pytest.raises(ReportCancelled):
        write_report(out, energy, energy_results, progress=stop_halfway, cancel=token)
    assert out.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf"]


def test_unwritable_target_is_a_report_error(gui_app, tmp_path: Path, energy,
                                              energy_results) -> None:
    with pytest.raises(ReportError, match="does not exist"):
        write_report(tmp_path / "missing" / "r.pdf", energy, energy_results)


def test_unsaved_changes_show_both_hashes(gui_app, tmp_path: Path, energy,
                                          energy_results) -> None:
    edited = energy.with_schedule("toktogul", [v * 1.01 for v in energy.release_schedules["toktogul"]])
    out = tmp_path / "edited.pdf"
    info = write_report(out, edited, simulate(edited),
                        options=ReportOptions(source_path=str(ENERGY)))
    first = page_text(out, 0).replace("\n", " ")
    assert hashlib.sha256(ENERGY.read_bytes()).hexdigest() in first.replace(" ", "")
    assert info.content_sha256 in first.replace(" ", "")
    assert "not saved" in first


def test_report_in_a_worker_thread(gui_app, tmp_path: Path, energy, energy_results) -> None:
    out = tmp_path / "thread.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            write_report(out, energy, energy_results)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)
    t = threading.Thread(target=work)
    t.start()
    t.join(60)
    assert not errors
    assert len(PdfReader(str(out)).pages) > 10


def test_pyside_none_refcount_guard(report: Written) -> None:
    import sys

    from waterplanner.qt_guard import needs_guard, protect_none
    applied = protect_none()
    assert applied == needs_guard()
    if applied:  # thousands of void Qt calls later, None is still far from zero references
        assert sys.getrefcount(None) > 2 ** 39


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_pages_render_with_poppler(report: Written, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(report.path), str(tmp_path / "p")],
                   check=True, capture_output=True, timeout=120)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == report.info.pages
    assert all(p.stat().st_size > 1000 for p in pngs)
