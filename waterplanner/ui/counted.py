"""Texts that change with a count ("1 plant", "3 plants"; Russian has three forms, Kazakh
two).

The catalogues hold the plural text (``"{count} plants: {names}"``) with its forms per
language; English has no catalogue, so the English singular is given here, in the code.
``pyside6-lupdate`` reads a counted text only from a call whose count is a literal, so each
module marks its counted texts once in a function never called::

    def _counted_texts() -> None:  # read by pyside6-lupdate, never run
        translate("Plants", "{count} plants: {names}", None, 1)
"""

from __future__ import annotations

from waterplanner.i18n import language, plural


def counted(context: str, text: str, n: int, one: str | None = None) -> str:
    """``text`` in the form the count ``n`` takes in the current language; in English
    ``one`` (when given) for a count of one. Fill ``{count}`` and the rest afterwards."""
    if language() == "en":
        return one if n == 1 and one is not None else text
    return plural(context, text, n)
