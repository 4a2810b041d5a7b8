"""The translation catalogues: update them from the sources, compile them, check them.

    python packaging/translations.py update    # pyside6-lupdate: new strings into every .ts
    python packaging/translations.py update --area model    # one part of the program only
    python packaging/translations.py release   # pyside6-lrelease: .ts → .qm (committed)
    python packaging/translations.py check     # list untranslated, unfinished, broken ones
    python packaging/translations.py todo --area ui --lang ru > todo.json
    python packaging/translations.py fill todo.json --area ui --lang ru

``check`` exits 1 when any Russian or Kazakh string is missing, unfinished, or loses a
placeholder ({name}, %n) of its English source; the test suite runs the same check.
One catalogue per part of the program and language:
``resources/translations/waterplanner_<area>_<lang>.ts``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGS = ("ru", "kk")
AREAS: dict[str, tuple[str, ...]] = {
    "model": ("waterplanner/model", "waterplanner/i18n"),
    "engine": ("waterplanner/engine", "waterplanner/export"),
    "ui": ("waterplanner/ui",),
    "report": ("waterplanner/report",),
    "cli": ("waterplanner/cli", "waterplanner/scale", "waterplanner/progress.py",
            "waterplanner/__main__.py"),
}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n")


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6 (``pyside6-lupdate``, ``pyside6-lrelease``)."""
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def sources(area: str) -> list[str]:
    out: list[str] = []
    for rel in AREAS[area]:
        p = ROOT / rel
        out += [str(f) for f in sorted(p.rglob("*.py"))] if p.is_dir() else [str(p)]
    return out


def ts_path(area: str, lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"waterplanner_{area}_{lang}.ts"


def update(folder: Path = FOLDER, quiet: bool = True,
           areas: tuple[str, ...] | None = None) -> None:
    """Run pyside6-lupdate for every area (or only ``areas``) and language (keeps existing
    translations, drops strings no longer in the code, writes no line numbers so diffs stay
    small)."""
    folder.mkdir(parents=True, exist_ok=True)
    for area in areas or tuple(AREAS):
        for lang in LANGS:
            cmd = [tool("lupdate"), *sources(area), "-no-obsolete", "-locations", "none",
                   "-source-language", "en", "-target-language", lang,
                   "-ts", str(ts_path(area, lang, folder))]
            subprocess.run(cmd, check=True, capture_output=quiet)


def release(folder: Path = FOLDER, areas: tuple[str, ...] | None = None) -> None:
    """Compile the .ts of every area (or only ``areas``) into its .qm."""
    for area in areas or tuple(AREAS):
        for lang in LANGS:
            ts = ts_path(area, lang, folder)
            if ts.exists():
                subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                               check=True, capture_output=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool
    plural: bool


def messages(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None:
                continue
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            plural = m.get("numerus") == "yes"
            texts = tuple(forms) if plural else (tr.text or "",)
            out.append(Message(name, m.findtext("source") or "", texts,
                               tr.get("type") == "unfinished", plural))
    return out


def problems(folder: Path = FOLDER) -> list[str]:
    """Every Russian or Kazakh string that is missing, unfinished or broken, in words."""
    out: list[str] = []
    for area in AREAS:
        for lang in LANGS:
            ts = ts_path(area, lang, folder)
            if not ts.exists():
                out.append(f"{ts.name}: missing")
                continue
            for m in messages(ts):
                where = f"{ts.name} [{m.context}] {m.source!r}"
                if m.unfinished or not all(t.strip() for t in m.translations):
                    out.append(f"{where}: not translated")
                    continue
                want = sorted(set(PLACEHOLDER.findall(m.source)))
                for t in m.translations:
                    got = sorted(set(PLACEHOLDER.findall(t)))
                    if want != got and not (m.plural and "%n" in want and
                                            sorted(set(want) - {"%n"}) == sorted(set(got) - {"%n"})):
                        out.append(f"{where}: placeholders {want} became {got} in {t!r}")
                        break
    return out


def todo(area: str, lang: str, folder: Path = FOLDER) -> list[dict[str, object]]:
    """The strings of one catalogue still to translate, as JSON-ready records (a plural
    source gets a list of forms: Russian one/few/many, Kazakh one/other)."""
    out: list[dict[str, object]] = []
    for m in messages(ts_path(area, lang, folder)):
        if m.unfinished or not all(t.strip() for t in m.translations):
            rec: dict[str, object] = {"context": m.context, "source": m.source,
                                      "translation": list(m.translations) if m.plural else ""}
            out.append(rec)
    return out


def fill(records: list[dict[str, object]], area: str, lang: str, folder: Path = FOLDER) -> int:
    """Write translations into a catalogue (marking them finished); returns how many."""
    path = ts_path(area, lang, folder)
    tree = ET.parse(path)
    wanted = {(str(r["context"]), str(r["source"])): r["translation"] for r in records}
    done = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            key = (name, m.findtext("source") or "")
            if key not in wanted:
                continue
            value = wanted[key]
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            if isinstance(value, list):
                for f in list(tr):
                    tr.remove(f)
                tr.text = None
                for form in value:
                    ET.SubElement(tr, "numerusform").text = str(form)
                ok = all(str(f).strip() for f in value)
            else:
                tr.text = str(value)
                ok = bool(str(value).strip())
            if ok:
                tr.attrib.pop("type", None)
                done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return done


def main(argv: list[str] | None = None) -> int:
    import json
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("action", choices=("update", "release", "check", "todo", "fill"))
    p.add_argument("file", nargs="?", help="fill: the JSON records to write")
    p.add_argument("--area", choices=tuple(AREAS))
    p.add_argument("--lang", choices=LANGS)
    a = p.parse_args(argv)
    if a.action in ("todo", "fill") and not (a.area and a.lang):
        p.error(f"{a.action} needs --area and --lang")
    if a.action == "todo":
        print(json.dumps(todo(a.area, a.lang), ensure_ascii=False, indent=1))
        return 0
    if a.action == "fill":
        if not a.file:
            p.error("fill needs the JSON file")
        records = json.loads(Path(a.file).read_text(encoding="utf-8"))
        print(f"{fill(records, a.area, a.lang)} translation(s) written")
        return 0
    only = (a.area,) if a.area else None
    if a.action == "update":
        update(quiet=False, areas=only)
    elif a.action == "release":
        release(areas=only)
    else:
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
