"""The report speaks the chosen language: from the command line (``--lang``, or
``WATERPLANNER_LANG``) and from the window's File → Export report (the language installed by
View → Language). Headings, tables, captions, dates and units are Russian or Kazakh, numbers
carry the decimal comma, the fonts hold every Kazakh letter, and English stays English."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import ENERGY, IRRIGATION
from pypdf import PdfReader

from waterplanner import __version__, i18n
from waterplanner.cli.main import main
from waterplanner.model.fileio import load_scenario
from waterplanner.report.builder import lay_out
from waterplanner.report.flow import Heading
from waterplanner.report.formatting import km3, num, pct, with_unit

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
ENGLISH_DECIMAL = re.compile(r"\d\.\d")

RUSSIAN_HEADINGS = ("Содержание", "Сводка", "По странам", "Водопотребители", "Водохранилища",
                    "Схема каскада", "Страны", "Вода по странам и периодам",
                    "Результаты во времени", "Объём водохранилищ", "Попуски",
                    "Графики попусков", "Дефицит по водопотребителям и периодам",
                    "Сравнение с базовым вариантом", "Изменения по странам",
                    "Оптимизация", "Допущения и источники данных", "Допущения модели",
                    "Варианты притока", "Источники данных")
KAZAKH_HEADINGS = ("Мазмұны", "Қысқаша қорытынды", "Елдер бойынша", "Су тұтынушылар",
                   "Су қоймалары", "Каскад сызбасы", "Елдер", "Уақыт бойынша нәтижелер",
                   "Су жіберу кестелері", "Су тұтынушылар мен кезеңдер бойынша тапшылық",
                   "Базалық нұсқамен салыстыру", "Оңтайландыру",
                   "Болжамдар және деректер көздері", "Ағын нұсқалары")


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Speak ``code`` as the window does after View → Language, then English again."""
    from waterplanner.ui.translators import install
    install(code)
    try:
        yield
    finally:
        install("en")


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each run chooses its language; the suite goes on in English whatever a test asked."""
    monkeypatch.delenv("WATERPLANNER_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    yield
    from waterplanner.cli.language import speak
    speak("en")
    assert i18n.language() == "en"


def pdf_pages(path: Path) -> list[str]:
    """The text of every page as ``pdftotext`` reads it (pypdf where poppler is missing)."""
    if shutil.which("pdftotext") is None:  # pragma: no cover - CI installs poppler-utils
        return [p.extract_text() or "" for p in PdfReader(str(path)).pages]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines() if line.strip()}


@pytest.fixture(scope="module")
def english_headings(gui_app, energy, energy_results, irrigation_results) -> set[str]:  # type: ignore[no-untyped-def]
    """Every heading of the English report of the same inputs (and its contents page)."""
    layout = lay_out(energy, energy_results, baseline=irrigation_results)
    return {h.text for h, _ in layout.headings} | {"Contents"}


@pytest.fixture(scope="module")
def russian(gui_app, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """``waterplanner --lang ru report --default --baseline … --out r.pdf``."""
    out = tmp_path_factory.mktemp("ru") / "r.pdf"
    try:
        assert main(["--lang", "ru", "report", "--default", "--baseline", str(IRRIGATION),
                     "--out", str(out), "--quiet"]) == 0
    finally:
        from waterplanner.cli.language import speak
        speak("en")
    return out


@pytest.fixture(scope="module")
def kazakh(gui_app, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """``WATERPLANNER_LANG=kk waterplanner report --default --baseline … --out r.pdf``."""
    out = tmp_path_factory.mktemp("kk") / "r.pdf"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WATERPLANNER_LANG", "kk")
        try:
            assert main(["report", "--default", "--baseline", str(IRRIGATION), "--out",
                         str(out), "--quiet"]) == 0
        finally:
            from waterplanner.cli.language import speak
            speak("en")
    return out


@pytest.mark.parametrize("which, headings", [("russian", RUSSIAN_HEADINGS),
                                             ("kazakh", KAZAKH_HEADINGS)])
def test_the_headings_are_in_the_language_and_none_is_english(
        request, which: str, headings: tuple[str, ...], english_headings: set[str]) -> None:
    pages = pdf_pages(request.getfixturevalue(which))
    found = lines("\n".join(pages))
    missing = [h for h in headings if h not in found]
    assert not missing, f"not in the {which} report: {missing}"
    english = sorted(h for h in english_headings if h in found)
    assert not english, f"English headings in the {which} report: {english}"
    for text in ("Executive summary", "Results over time", "Release schedules",
                 "Assumptions and data sources", "Comparison with the baseline", "Page 2 of"):
        assert text not in "\n".join(pages), text


@pytest.mark.parametrize("which, code", [("russian", "ru"), ("kazakh", "kk")])
def test_numbers_carry_the_decimal_comma(request, which: str, code: str,
                                         energy_results) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_pages(request.getfixturevalue(which))
    s = energy_results.summary()
    with speaking(code):
        delivered = with_unit(km3(s.delivery_mcm), "km³")
        energy = with_unit(num(s.energy_gwh), "GWh")
        shortfall = pct(s.shortfall_pct)
    assert "," in delivered and "км³" in delivered
    flat = " ".join("\n".join(pages).replace("\u00a0", " ").split())
    for expected in (delivered, energy, shortfall):
        assert " ".join(expected.replace("\u00a0", " ").split()) in flat, expected
    # the report's own pages (title, contents, summary) write no English decimal point
    summary = next(k for k, page in enumerate(pages) if k > 1 and
                   ("Сводка" if code == "ru" else "Қысқаша қорытынды") in lines(page))
    for k in (0, 1, summary):
        own = pages[k].replace(f"WaterPlanner {__version__}", "")
        assert not ENGLISH_DECIMAL.search(own), f"page {k + 1}: {ENGLISH_DECIMAL.findall(own)}"


def test_the_title_page_speaks_russian(russian: Path) -> None:
    first = " ".join(pdf_pages(russian)[0].split())
    for words in ("Отчёт о планировании попусков из водохранилищ", "Дата", "Автор",
                  "Начальное состояние", "1 октября 2025 г.", "Вариант притока",
                  "Расчётный период", "окт 2025 – сен 2026 (12 месячных периодов)",
                  "Базовый вариант", "Файл сценария", "SHA-256 файла", "Дефицит",
                  "Выработка ГЭС", "Приток в Арал"):
        assert words in first, words
    assert "Кыргызстан" in "\n".join(pdf_pages(russian))  # the program's own country names
    assert re.search(r"Стр\. 3 из \d+", "\n".join(pdf_pages(russian)))


def test_kazakh_letters_are_text_in_the_pdf(kazakh: Path) -> None:
    text = "\n".join(pdf_pages(kazakh))
    for letter in "әғқңөұүі":
        assert letter in text, letter
    assert "жылғы 1 қазан" in text  # the initial state's date, as Kazakh writes it
    assert re.search(r"Бет 3 / \d+", text)


def test_the_report_fonts_hold_every_kazakh_and_russian_letter(gui_app) -> None:
    """No tofu boxes: the shipped faces (regular, bold, the italic of captions) have a glyph
    for each Cyrillic letter of Russian and Kazakh."""
    from PySide6.QtGui import QFontMetricsF

    from waterplanner.report.fonts import make_font
    letters = KAZAKH_LETTERS + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    for bold, italic in ((False, False), (True, False), (False, True)):
        metrics = QFontMetricsF(make_font(9.0, bold, italic))
        missing = [c for c in letters if not metrics.inFontUcs4(ord(c))]
        assert not missing, (bold, italic, missing)


def test_every_page_embeds_its_fonts(kazakh: Path) -> None:
    reader = PdfReader(str(kazakh))
    for k in (0, 2, 4):
        fonts = reader.pages[k]["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "/ToUnicode" in font  # the text can be copied and searched


def test_the_risk_section_speaks_russian(gui_app, energy) -> None:  # type: ignore[no-untyped-def]
    from waterplanner.engine.ensemble_run import simulate_ensemble
    with speaking("ru"):
        ensemble = simulate_ensemble(energy, members_count=12, seed=3)[0]
        layout = lay_out(energy, ensemble)
    headings = [h.text for h, _ in layout.headings]
    for h in ("Риск по ансамблю притока", "Риск недоподачи по странам", "События",
              "Выработка по странам и периодам", "Объём водохранилищ по реализациям"):
        assert h in headings, h
    assert not {"Risk over the inflow ensemble", "Supply risk by country", "Events"} & \
        set(headings)


def test_the_window_exports_in_its_language(qtbot, tmp_path: Path, energy,  # type: ignore[no-untyped-def]
                                            energy_results) -> None:
    """File → Export report writes the report in the language View → Language installed,
    with the progress dialog's messages in it too."""
    from waterplanner.report.inputs import ReportInputs
    from waterplanner.ui.report_export import ReportExportJob
    messages: list[str] = []
    with speaking("kk"):
        job = ReportExportJob(tmp_path / "kk.pdf", ReportInputs(energy, energy_results),
                              file_path=ENERGY)
        job.progressed.connect(lambda f, m: messages.append(m))
        with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
            job.start()
        assert job.wait(10)
        qtbot.waitUntil(lambda: bool(messages) and messages[-1] == "Дайын", timeout=5000)
    assert blocker.args[0].sections[0][0] == "Қысқаша қорытынды"
    text = "\n".join(pdf_pages(tmp_path / "kk.pdf"))
    assert "Каскад сызбасы" in text and "Executive summary" not in text


def test_english_is_english_again(gui_app, energy, energy_results) -> None:  # type: ignore[no-untyped-def]
    with speaking("ru"):
        russian = [h.text for h, _ in lay_out(energy, energy_results).headings]
    english = [h.text for h, _ in lay_out(energy, energy_results).headings]
    assert russian[0] == "Сводка" and english[0] == "Executive summary"
    assert len(russian) == len(english)
    assert not [h for h in english if re.search("[а-яА-Я" + KAZAKH_LETTERS + "]", h)]


def test_the_language_changes_the_words_and_marks_only(gui_app, energy,  # type: ignore[no-untyped-def]
                                                       energy_results) -> None:
    """Every figure of every table is the same in Russian, with a decimal comma."""
    from waterplanner.report.content import SECTIONS
    from waterplanner.report.flow import Table
    from waterplanner.report.inputs import ReportInputs

    def tables() -> list[Table]:
        inp = ReportInputs(energy, energy_results)
        return [b for _, build in SECTIONS for b in build(inp) if isinstance(b, Table)]
    english = tables()
    with speaking("ru"):
        russian = tables()
    assert len(english) == len(russian) > 10
    figure = re.compile(r"[−+]?\d[\d\u00a0]*(\.\d+)?(\u00a0%)?")
    compared = 0
    for a, b in zip(english, russian, strict=True):
        for row_a, row_b in zip(a.rows, b.rows, strict=True):
            for x, y in zip(row_a, row_b, strict=True):
                if figure.fullmatch(x):
                    assert y == x.replace(".", ","), (x, y)
                    compared += 1
    assert compared > 300


def test_headings_keep_an_anchor_whatever_the_language(gui_app, energy, energy_results) -> None:  # type: ignore[no-untyped-def]
    """The optimisation section is found by its anchor, not by its English words."""
    with speaking("kk"):
        layout = lay_out(energy, energy_results)
    anchored = [h for h, _ in layout.headings if isinstance(h, Heading) and h.anchor]
    assert [h.anchor for h in anchored] == ["optimisation"]
    assert anchored[0].text == "Оңтайландыру"


def cut_off_words(layout) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(column heading, word) of every word of a table that is wider than its column (Qt
    breaks lines between words and after hyphens, never inside a word: such a word is cut
    off where the cell ends)."""
    from waterplanner.report.flow import Table
    ctx, width = layout.ctx, layout.frame.width
    out = []
    for page in layout.pages:
        for item in page.items:
            t = item.block
            if not isinstance(t, Table):
                continue
            widths = t.column_widths(ctx, width)
            pad = ctx.pt(3)
            cells = [("table_bold", t.header)] + [(t._font(i), row) for i, row in enumerate(t.rows)]
            for font, row in cells:
                for j, text in enumerate(row[:len(widths)]):
                    if j in t.wrap_anywhere:
                        continue
                    inner = widths[j] - 2 * pad - (ctx.pt(9) if j == 0 and t.swatches else 0)
                    for word in re.split(r"(?<=-)|[ \n\t]", text):
                        if word and ctx.text_width(font, word) > inner + ctx.pt(0.2):
                            out.append((t.header[j].replace("\n", " "), word))
    return out


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_no_word_is_cut_off_in_a_table(gui_app, code: str, energy, energy_results,  # type: ignore[no-untyped-def]
                                       irrigation_results) -> None:
    """Russian is about a third longer than English: the tables of the report (a single run
    with a baseline, an ensemble with a baseline on the same members) still hold every word
    of their headings and cells within the column's width."""
    from waterplanner.engine.ensemble_run import simulate_ensemble
    with speaking(code):
        found = cut_off_words(lay_out(energy, energy_results, baseline=irrigation_results))
        ensemble, base, _ = simulate_ensemble(energy, members_count=12, seed=3,
                                              baseline=load_scenario(IRRIGATION))
        found += cut_off_words(lay_out(energy, ensemble, baseline=base))
    assert not found, sorted(set(found))
