"""Numbers in the engine's messages and the command line's tables, in the planner's language.

English text is exactly what Python's ``format(value, spec)`` writes (the tables and messages
keep their widths and digits, and tests compare them); Russian and Kazakh write the same
digits with a decimal comma, a thin space between thousands (where the spec groups them)
and a true minus. For numbers in running text without a fixed layout, see
:func:`waterplanner.i18n.numbers.num`.

:func:`counted` writes a count with the words it takes ('1 problem', '4 problems'; Russian
«1 проблема», «4 проблемы», «5 проблем») and English as it always was.
"""

from __future__ import annotations

from waterplanner.i18n import language, plural
from waterplanner.i18n.numbers import MINUS, THOUSANDS, decimal_mark


def fig(value: float, spec: str = "") -> str:
    """``format(value, spec)`` with the current language's decimal mark ('{:8.2f}' → '   11,50'
    in Russian)."""
    return localise(format(value, spec))


def localise(text: str) -> str:
    """A number (or text of numbers) written by Python in English, in the current language's
    marks: the text itself in English."""
    mark = decimal_mark()
    if mark == ".":
        return text
    return (text.replace(",", "\0").replace(".", mark).replace("\0", THOUSANDS)
            .replace("-", MINUS))


def counted(context: str, text: str, n: int, one: str | None = None) -> str:
    """``text`` (the English plural, counted in the catalogue: mark it with
    ``translate(context, text, None, 1)``) in the form the count ``n`` takes. In English,
    ``one`` (when given) for a count of one, and ``%n`` as the bare digits, as the program
    always wrote them; Russian and Kazakh take the form the count needs from the catalogue.
    A text may instead hold a ``{count}`` placeholder for the caller to fill."""
    if language() == "en":
        return (one if n == 1 and one is not None else text).replace("%n", str(n))
    return plural(context, text, n)
