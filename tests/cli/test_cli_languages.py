"""The command line in Russian and Kazakh: ``--lang`` (or WATERPLANNER_LANG) turns its words,
units and decimal marks into the language, the numbers stay the same, errors keep their
exit codes, and English is what it always was."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from waterplanner.cli.main import main

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "two_reservoirs.wplan"
CYRILLIC = re.compile("[а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")
NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch):
    """Each run chooses its language; the suite goes on in English whatever a test asked."""
    monkeypatch.delenv("WATERPLANNER_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    yield
    from waterplanner.cli.language import speak
    speak("en")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def english_numbers(text: str) -> list[float]:
    """The figures of a line written in Russian or Kazakh, as English would write them."""
    plain = text.replace("\u2009", "").replace("\u2212", "-").replace(",", ".")
    return [float(x) for x in NUMBER.findall(plain)]


def _without_timing(output: str) -> str:
    return "\n".join(line for line in output.splitlines()
                     if not line.startswith(("Simulated in", "Расчёт занял", "Есептеу уақыты")))


@pytest.mark.parametrize("lang, words", [
    ("ru", ("Вариант притока", "Водопотребители, км³", "Водохранилища, км³", "млн м³", "м³/с",
            "Невыполненные задания по попускам", "Страны по сезонам МКВК", "окт 2025–мар 2026",
            "Водный баланс сходится", "задание 80 м³/с", "(русловая ГЭС)")),
    ("kk", ("Ағын нұсқасы", "Су тұтынушылар, км³", "Су қоймалары, км³", "млн м³", "м³/с",
            "Орындалмаған су жіберу тапсырмалары", "МКВК маусымдары бойынша елдер",
            "қаз 2025–нау 2026", "Су балансы жинақталады", "(арналық СЭС)")),
])
def test_simulate_speaks_the_language_with_the_same_numbers(capsys, lang, words):
    code_en, english, _ = run(capsys, "simulate", "--default")
    code, out, err = run(capsys, "--lang", lang, "simulate", "--default")
    assert code == code_en == 0, err
    for w in words:
        assert w in out, f"{w!r} missing from the {lang} output"
    assert "11,50" in out and "30,80" in out and "11.50" not in out  # decimal comma
    ours = [line for line in out.splitlines() if "EXAMPLE" not in line]  # not scenario notes
    assert not any(u in line for line in ours for u in ("Mm³", "km³", "GWh", "m³/s"))
    en_lines = [line for line in _without_timing(english).splitlines() if line.strip()]
    loc_lines = [line for line in _without_timing(out).splitlines() if line.strip()]
    assert len(en_lines) == len(loc_lines)
    # every line carries the same figures (node names and notes from the scenario stay as
    # spelled; period labels keep their years; a sentence may put them in another order)
    for e, o in zip(en_lines, loc_lines, strict=True):
        assert sorted(english_numbers(o)) == sorted(float(v) for v in NUMBER.findall(e)), (e, o)


def test_the_table_columns_stay_over_their_numbers(capsys):
    """A translated heading ends where its column's numbers end (as the English one does)."""
    _, out, _ = run(capsys, "--lang", "ru", "simulate", "--default")
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("Водопотребители"))
    row = lines[head + 1]
    for label in ("потребн.", "подано", "деф. %", "надёж. %"):
        end = lines[head].index(label) + len(label)
        assert row[end - 1].isdigit() and (end == len(row) or row[end] == " "), label


def test_english_is_unchanged_and_asked_for_explicitly_the_same(capsys):
    _, default, _ = run(capsys, "simulate", str(EXAMPLE))
    _, asked, _ = run(capsys, "--lang", "en", "simulate", str(EXAMPLE))
    assert _without_timing(default) == _without_timing(asked)
    assert not CYRILLIC.search(default)
    assert "Inflow set: median" in default and "Mass balance ok" in default


def test_the_environment_chooses_and_the_option_wins(capsys, monkeypatch):
    monkeypatch.setenv("WATERPLANNER_LANG", "kk")
    _, out, _ = run(capsys, "validate", str(EXAMPLE))
    assert "қате жоқ" in out and "6 торап" in out
    _, out, _ = run(capsys, "validate", str(EXAMPLE), "--lang", "ru")
    assert "ошибок нет" in out and "6 узлов" in out and "3 месячных периода" in out
    monkeypatch.setenv("WATERPLANNER_LANG", "en")
    _, out, _ = run(capsys, "validate", str(EXAMPLE))
    assert "valid (6 nodes, 6 links, 3 month periods" in out


def test_a_bad_file_is_refused_in_russian_with_exit_code_2(capsys, tmp_path):
    bad = tmp_path / "broken.wplan"
    bad.write_text("{ not json", encoding="utf-8")
    code, out, err = run(capsys, "--lang", "ru", "simulate", str(bad))
    assert code == 2
    assert f"{bad} — сценарий с ошибками:" in err
    assert CYRILLIC.search(err.split("\n", 1)[1]), err  # the model's own words too
    assert "Traceback" not in err and out == ""


def test_argparse_speaks_russian(capsys):
    code, _, err = run(capsys, "--lang", "ru", "simulate")
    assert code == 2
    assert err.startswith("использование: waterplanner simulate")
    assert "ошибка: требуется один из аргументов" in err


def test_help_in_kazakh(capsys):
    code, out, _ = run(capsys, "--lang", "kk", "ensemble", "--help")
    assert code == 0
    assert "қолданылуы:" in out and "параметрлер:" in out
    assert "келетін ағын ансамбльдерінің" in out and "--lang {en,ru,kk}" in out


@pytest.mark.parametrize("argv", [["--lang", "fr", "simulate", "--default"],
                                  ["simulate", "--default", "--lang=fr"]])
def test_an_unknown_language_is_refused(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert "language 'fr' is not available (choose one of en, ru, kk)" in err


def test_an_unknown_language_in_the_environment_is_refused(capsys, monkeypatch):
    monkeypatch.setenv("WATERPLANNER_LANG", "de")
    code, _, err = run(capsys, "validate", str(EXAMPLE))
    assert code == 2 and "language 'de' is not available" in err


def test_lang_without_a_value_is_refused(capsys):
    code, _, err = run(capsys, "simulate", "--default", "--lang")
    assert code == 2 and "--lang needs a language" in err


def test_the_command_line_in_russian_end_to_end():
    """The installed entry point, in a fresh process: exit code, Russian words, and English
    help still loading no Qt is checked in test_lazy_startup."""
    out = subprocess.run([sys.executable, "-m", "waterplanner", "--lang", "ru", "validate",
                          str(EXAMPLE)], capture_output=True, text=True, timeout=300,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert "ошибок нет (6 узлов, 6 участков, 3 месячных периода" in out.stdout


def test_optimize_explains_itself_in_russian_with_the_same_figures(capsys):
    code_en, english, _ = run(capsys, "optimize", "--default")
    code, out, err = run(capsys, "--lang", "ru", "optimize", "--default")
    assert code == code_en == 0, err
    for words in ("Целевая функция (минимизируется, ед. целевой функции)",
                  "Что меняется (по расчёту, исходный график → оптимизированный)",
                  "Графики попусков (м³/с, среднее за период)", "окт 25",
                  "Активные ограничения", "Ценность воды: ещё 1 млн м³ в Toktogul",
                  "Самопроверка пройдена", "Параметры по умолчанию: переходящий запас"):
        assert words in out, words
    objective = next(line for line in english.splitlines() if line.startswith("Objective ("))
    ours = next(line for line in out.splitlines() if line.startswith("Целевая функция ("))
    assert english_numbers(ours) == [float(v) for v in NUMBER.findall(objective)]
    en_rows = [line for line in english.splitlines() if line.startswith("  Toktogul ")]
    ru_rows = [line for line in out.splitlines() if line.startswith("  Toktogul ")]
    assert [english_numbers(x) for x in ru_rows] == \
        [[float(v) for v in NUMBER.findall(x)] for x in en_rows]


def test_the_risk_table_in_kazakh(capsys):
    code, out, err = run(capsys, "--lang", "kk", "ensemble", "--default", "--members", "8")
    assert code == 0, err
    for words in ("8 іске асыру бойынша тәуекелдер", "сенім.", "осалдық", "Оқиға",
                  "пайдалану минимумынан төмен", "Елдер мен МКВК маусымдары бойынша",
                  "қаз 2025–нау 2026"):
        assert words in out, words
    assert not re.search(r"\d\.\d", out.split("\n", 3)[3])  # decimal commas in the table
