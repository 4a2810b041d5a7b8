"""The translation catalogues are complete and current: every string of the code is in the
Russian and Kazakh catalogues, translated and finished with its placeholders kept, and every
compiled .qm is the compilation of its .ts."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script():
    """packaging/translations.py (a script, not an installed module)."""
    spec = importlib.util.spec_from_file_location("wp_translations_script",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


catalogues = _load_script()


def test_no_string_is_untranslated_unfinished_or_broken() -> None:
    found = catalogues.problems()
    assert not found, "\n".join(found[:60]) + (f"\n… and {len(found) - 60} more"
                                               if len(found) > 60 else "")


def _keys(folder: Path) -> dict[str, set[tuple[str, str]]]:
    return {ts.name: {(m.context, m.source) for m in catalogues.messages(ts)}
            for ts in sorted(folder.glob("*.ts"))}


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    shutil.copytree(catalogues.FOLDER, fresh)
    catalogues.update(fresh)
    now, then = _keys(fresh), _keys(catalogues.FOLDER)
    for name in now:
        missing = now[name] - then.get(name, set())
        stale = then.get(name, set()) - now[name]
        assert not missing, f"{name} lacks {sorted(missing)[:10]}: run packaging/translations.py update"
        assert not stale, f"{name} holds strings no longer in the code: {sorted(stale)[:10]}"


def test_every_qm_is_compiled_from_its_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for ts in catalogues.FOLDER.glob("*.ts"):
        shutil.copy(ts, fresh / ts.name)
    catalogues.release(fresh)
    for qm in fresh.glob("*.qm"):
        shipped = catalogues.FOLDER / qm.name
        assert shipped.exists(), f"{qm.name} is not shipped: run packaging/translations.py release"
        assert shipped.read_bytes() == qm.read_bytes(), \
            f"{qm.name} is older than its .ts: run packaging/translations.py release"


@pytest.mark.parametrize("lang", catalogues.LANGS)
def test_the_languages_are_installable(lang: str) -> None:
    from waterplanner.ui import translators as translations
    try:
        assert translations.install(lang) == lang
    finally:
        translations.install("en")
