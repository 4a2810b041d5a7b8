"""Numbers and units in the planner's language; the lookup without and with Qt."""

from __future__ import annotations

import pytest

from waterplanner import i18n
from waterplanner.i18n import translate
from waterplanner.i18n.numbers import num, pct
from waterplanner.i18n.units import unit


@pytest.fixture
def russian():
    from waterplanner.ui import translators as translations
    translations.install("ru")
    yield
    translations.install("en")


def test_english_numbers() -> None:
    assert num(12345.678, 1) == "12\u2009345.7"
    assert num(-3.0) == "\u22123"
    assert num(float("nan")) == "–" and num(None) == "–"
    assert num(2.5, 1, signed=True) == "+2.5"
    assert pct(12.345) == "12.3\u00a0%"


def test_without_a_language_the_text_is_english() -> None:
    assert i18n.language() == "en"
    assert translate("Units", "Mm³") == "Mm³"
    assert translate("Risk", "%n members", n=3) == "3 members"


def test_russian_numbers_and_units(russian) -> None:
    assert i18n.language() == "ru"
    assert num(12345.678, 1) == "12\u2009345,7"
    assert pct(7.25, 2) == "7,25\u00a0%"
    assert unit("Mm³") == "млн м³"
    assert unit("m³/s") == "м³/с"
    assert unit("no such unit") == "no such unit"


def test_kazakh_units() -> None:
    from waterplanner.ui import translators as translations
    try:
        translations.install("kk")
        assert unit("GWh") == "ГВт·сағ"
        assert num(0.5, 1) == "0,5"
    finally:
        translations.install("en")


def test_an_unknown_language_is_refused(monkeypatch) -> None:
    from waterplanner.i18n import choice
    with pytest.raises(ValueError, match="not available"):
        choice.choose_language("fr")
    monkeypatch.setenv("WATERPLANNER_LANG", "ru_RU")
    assert choice.choose_language(None) == "ru"
    assert choice.choose_language("kk") == "kk"
