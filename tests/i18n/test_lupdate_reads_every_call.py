"""Every ``translate`` call of the program is one ``pyside6-lupdate`` can read.

lupdate (6.11) silently skips a call with a keyword argument (``n=count``) or whose count is
an expression, reads a call whose count is a name as an uncounted text, and cannot read a
context or text that is not a literal: the text then never reaches the catalogues and stays
English in every language, with no test noticing. This test reads the code as lupdate's
rules allow (see :mod:`waterplanner.i18n`) and names each call it would miss.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _areas() -> dict[str, tuple[str, ...]]:
    spec = importlib.util.spec_from_file_location("wp_translations_areas",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return dict(module.AREAS)


AREAS = _areas()


def _files(area: str) -> list[Path]:
    out: list[Path] = []
    for rel in AREAS[area]:
        p = ROOT / rel
        out += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    return out


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_ours(call: ast.Call) -> bool:
    """A lookup of a text written at the call (not ``str.translate``, ``QPainter.translate``,
    a QTranslator's own method, nor the lookup of a text marked elsewhere, whose text is a
    name): the text argument is a string or an f-string."""
    if _name(call) not in ("translate", "plural") or len(call.args) < 2:
        return False
    return _literal(call.args[1]) or isinstance(call.args[1], ast.JoinedStr)


def unreadable_calls(paths: list[Path]) -> list[str]:
    """Each call lupdate would miss or misread, as 'file:line: why'."""
    out: list[str] = []
    marked: set[tuple[str, str]] = set()
    counted: list[tuple[str, int, tuple[str, str]]] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and _is_ours(n)):
            at = f"{where}:{call.lineno}"
            ctx, text = call.args[0], call.args[1]
            if not (_literal(ctx) and _literal(text)):
                out.append(f"{at}: the context and the text must both be literals")
                continue
            key = (ctx.value, text.value)  # type: ignore[attr-defined]
            if call.keywords:
                out.append(f"{at}: a keyword argument ({call.keywords[0].arg}=) makes lupdate "
                           "skip the call: pass every argument by position")
            if _name(call) == "plural":
                counted.append((at, call.lineno, key))
                continue
            if len(call.args) >= 4:
                n = call.args[3]
                if isinstance(n, ast.Constant) and isinstance(n.value, int):
                    marked.add(key)
                else:
                    out.append(f"{at}: lupdate reads a count only as a literal number: show "
                               "the text with plural() and mark it with a literal count")
    for at, _, key in counted:
        if key not in marked:
            out.append(f"{at}: {key[1]!r} is shown with plural() but never marked with "
                       "translate(context, text, None, 1), so lupdate does not know it")
    return out


@pytest.mark.parametrize("area", sorted(AREAS))
def test_lupdate_can_read_every_call(area: str) -> None:
    found = unreadable_calls(_files(area))
    assert not found, "\n".join(found)


def test_the_check_finds_what_lupdate_misses(tmp_path: Path) -> None:
    bad = ROOT / "tests" / "i18n" / "_lupdate_sample.py"
    bad.write_text('from waterplanner.i18n import plural, translate\n'
                   'a = translate("C", "%n member(s)", n=3)\n'
                   'b = translate("C", "{n} rows", None, len(x))\n'
                   'c = plural("C", "{n} cells", 3)\n'
                   'd = translate("C", f"{x} text")\n'
                   'e = translate("C", "{n} marked", None, 1)\n'
                   'f = plural("C", "{n} marked", 4)\n', encoding="utf-8")
    try:
        found = unreadable_calls([bad])
    finally:
        bad.unlink()
    assert len(found) == 4, found
    assert "keyword argument (n=)" in found[0]
    assert "literal number" in found[1]
    assert "literals" in found[2]
    assert "never marked" in found[3] and "{n} cells" in found[3]


def _catalogue_keys(area: str) -> set[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("wp_translations_keys",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return {(m.context, m.source) for m in module.messages(module.ts_path(area, "ru"))}


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_literal_text_is_in_its_catalogue(area: str) -> None:
    """What the code writes as a literal (a lookup or a mark) is in the area's catalogue:
    lupdate found it and the catalogue was updated since."""
    keys = _catalogue_keys(area)
    missing = []
    for path in _files(area):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and _name(call) in ("translate", "QT_TRANSLATE_NOOP") \
                    and len(call.args) >= 2 and _literal(call.args[0]) \
                    and _literal(call.args[1]):
                key = (call.args[0].value, call.args[1].value)  # type: ignore[attr-defined]
                if key not in keys:
                    missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {key}")
    assert not missing, "\n".join(missing[:30])
