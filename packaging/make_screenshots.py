"""Make the user guide's pictures again, in English (``docs/images/``) and Russian
(``docs/images/ru/``), with the program's own commands:

* the window, put in the state of each task of the guide, by
  ``waterplanner --lang LANG --screenshot PNG --show TASK`` (see ``waterplanner --screenshot
  PNG --help`` and ``waterplanner/ui/screenshot_tasks.py``);
* pages of the report, by ``waterplanner --lang LANG report --default --ensemble --members
  200 --out PDF`` and poppler's ``pdftoppm`` (left out, with a note, where it is not
  installed).

Run from the repository's root, in the environment WaterPlanner is installed in::

    python packaging/make_screenshots.py                  # every picture, both languages
    python packaging/make_screenshots.py --lang ru --only main-window.png ensemble-bands.png

Each picture is made by a new process with fresh settings, offscreen, at 1920 × 1080, so the
same checkout makes the same pictures. Look at every picture afterwards: a picture is checked
by its caption in docs/user-guide.md and docs/ru/user-guide.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LANGUAGES = {"en": DOCS / "images", "ru": DOCS / "images" / "ru"}
"""Where each language's pictures go."""

SHOTS: tuple[tuple[str, str], ...] = (
    ("main-window.png", "open"),
    ("schedule-edit.png", "edit-schedule"),
    ("operating-rule.png", "rule"),
    ("plots-readout.png", "plots"),
    ("countries-view.png", "countries"),
    ("baseline-comparison.png", "baseline"),
    ("ensemble-bands.png", "risk"),
    ("risk-summary.png", "risk-baseline"),
    ("risk-countries.png", "risk-countries"),
    ("ensemble-member.png", "member"),
    ("optimiser-settings.png", "settings"),
    ("optimiser-result.png", "optimise"),
    ("optimiser-tradeoff.png", "tradeoff"),
    ("robust-optimiser.png", "robust"),
    ("import-dialog.png", "import"),
    ("report-export.png", "report"),
)
"""(picture, ``--show`` task) of the user guide, in its order."""

REPORT_PAGES: tuple[tuple[str, str | None], ...] = (
    ("report-page1.png", None),
    ("report-risk-page.png", "{seed}"),
    ("report-risk-fans.png", "P5–P95"),
)
"""(picture, text that finds its page) of the report of the default scenario with the
window's ensemble: the title page; the first page of the section "Risk over the inflow
ensemble" (the first after the title page to name the generator's seed); the first page of its fan charts
(the first legend of a 90 % band). The texts are the same in every language."""
REPORT_MEMBERS = "200"
REPORT_DPI = 90

EXAMPLE = DOCS / "examples" / "release-draft-2025-26.xlsx"
"""The spreadsheet the guide imports (and ``--show import`` opens)."""


def write_example(path: Path = EXAMPLE) -> None:
    """The example spreadsheet: a draft of next water year's releases as a ministry
    engineer might keep it — real Excel dates, Toktogul in m³/s, Andijan in Mm³ (volumes per
    month), and a column of notes that the import skips. The figures are illustrative, near
    the default scenario's schedule."""
    from openpyxl import Workbook

    months = [datetime(2025, m, 1) for m in (10, 11, 12)] + \
        [datetime(2026, m, 1) for m in range(1, 10)]
    toktogul_m3s = [350, 560, 600, 520, 470, 330, 150, 200, 360, 480, 430, 300]
    andijan_mcm = [227.7, 207.4, 200.9, 160.7, 145.2, 200.9, 194.4, 294.6, 453.6, 656.2,
                   589.2, 337.0]
    notes = {0: "draft of 1 September", 6: "spring: fill Toktogul", 9: "peak irrigation"}
    book = Workbook()
    sheet = book.active
    sheet.title = "Draft 2025-26"
    sheet.append(["Month", "Toktogul release (m3/s)", "Andijan release, Mm3", "Note"])
    for k, month in enumerate(months):
        sheet.append([month, toktogul_m3s[k], andijan_mcm[k], notes.get(k, "")])
        sheet.cell(row=k + 2, column=1).number_format = "mmm yyyy"
    for column, width in zip("ABCD", (12, 24, 22, 24), strict=True):
        sheet.column_dimensions[column].width = width
    book.properties.creator = "WaterPlanner documentation"
    fixed = datetime(2025, 9, 1)
    book.properties.created = fixed
    book.properties.modified = fixed
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def waterplanner(*args: str) -> list[str]:
    """The command line of the installed program (this interpreter's)."""
    return [sys.executable, "-m", "waterplanner", *args]


def shoot(lang: str, name: str, task: str) -> bool:
    out = LANGUAGES[lang] / name
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = waterplanner("--lang", lang, "--screenshot", str(out), "--show", task)
    print(f"[{lang}] {name}: waterplanner --lang {lang} --screenshot {out.relative_to(ROOT)} "
          f"--show {task}", flush=True)
    done = subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr.strip() or f"exit {done.returncode}", file=sys.stderr)
        return False
    return True


def report_pages(lang: str) -> bool:
    """Pages of the report of the default scenario with a 200-member ensemble, as PNGs."""
    pdftoppm, pdftotext = shutil.which("pdftoppm"), shutil.which("pdftotext")
    if pdftoppm is None or pdftotext is None:
        print(f"[{lang}] report pages: left out (poppler's pdftoppm and pdftotext are not "
              "installed)")
        return True
    from waterplanner.model.ensembles import DEFAULT_SEED
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        cmd = waterplanner("--lang", lang, "report", "--default", "--ensemble", "--members",
                           REPORT_MEMBERS, "--out", str(pdf))
        done = subprocess.run(cmd, cwd=tmp, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr.strip(), file=sys.stderr)
            return False
        texts = []
        page = 1
        while True:
            one = subprocess.run([pdftotext, "-f", str(page), "-l", str(page), str(pdf), "-"],
                                 check=False, capture_output=True, text=True)
            if one.returncode != 0 or page > 200:
                break
            texts.append(one.stdout)
            page += 1
        for name, marker in REPORT_PAGES:
            wanted = marker.format(seed=DEFAULT_SEED) if marker else None
            found = 1 if wanted is None else next(  # after the title page
                (k + 1 for k, t in enumerate(texts) if k > 0 and wanted in t), None)
            if found is None:
                print(f"[{lang}] {name}: no page of the report holds '{wanted}'",
                      file=sys.stderr)
                return False
            stem = Path(tmp) / name.removesuffix(".png")
            subprocess.run([pdftoppm, "-png", "-r", str(REPORT_DPI), "-f", str(found), "-l",
                            str(found), "-singlefile", str(pdf), str(stem)], check=True)
            shutil.copyfile(stem.with_suffix(".png"), LANGUAGES[lang] / name)
            print(f"[{lang}] {name}: page {found} of 'waterplanner --lang {lang} report "
                  f"--default --ensemble --members {REPORT_MEMBERS}'")
    return True


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Make the user guide's pictures again.")
    p.add_argument("--lang", choices=tuple(LANGUAGES), action="append",
                   help="only this language (repeatable; default: all)")
    p.add_argument("--only", nargs="+", metavar="PNG",
                   help="only these pictures (names as in docs/images/)")
    args = p.parse_args(argv)
    if not EXAMPLE.is_file():
        write_example()
    report_names = {name for name, _ in REPORT_PAGES}
    names = {name for name, _ in SHOTS} | report_names
    unknown = sorted(set(args.only or ()) - names)
    if unknown:
        p.error(f"no such picture: {', '.join(unknown)} (choose from {', '.join(sorted(names))})")
    failed = []
    for lang in args.lang or list(LANGUAGES):
        for name, task in SHOTS:
            if (not args.only or name in args.only) and not shoot(lang, name, task):
                failed.append(f"{lang}/{name}")
        if (not args.only or report_names & set(args.only)) and not report_pages(lang):
            failed.append(f"{lang}/report pages")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
