"""Languages of the program, without Qt: every user-visible string is written in English
and looked up through :func:`translate`, so the model, the engine and the exports speak the
planner's language as the window does.

In the window, the report and the command line, :mod:`waterplanner.ui.translators` connects
this lookup to Qt's translators (``.ts`` catalogues made by ``pyside6-lupdate``, compiled to
``.qm`` by ``pyside6-lrelease``; ``pyside6-lupdate`` finds every ``translate("Context",
"text")`` call). Without it (plain Python, the tests of the core), the English text is
returned unchanged.

Conventions (see docs/translating.md): the text is a literal, never an f-string; values go
in named placeholders filled afterwards (``translate("Edits", "Delete {name}").format(
name=…)``); a count that changes the words uses ``%n`` and ``n=`` (Russian and Kazakh have
their own plural forms).

What ``pyside6-lupdate`` (6.11) reads, found by trying it: the context and the text must be
literals, and every argument positional (a call with a keyword argument such as ``n=count``
is skipped whole, and its text never reaches the catalogues). It takes a text as counted
(Russian three plural forms, Kazakh two) only when the count itself is a literal number; a
call whose count is a name is read as an uncounted text, and one whose count is an
expression (``len(x)``) is skipped. So a counted text is shown with :func:`plural` (a name
lupdate does not read) and marked once with a literal count, ``translate("Ctx", "%n item(s)",
None, 1)``, in a function that is never called (``_counted_texts`` of the module). A table of
labels defined at import time marks each label with :func:`QT_TRANSLATE_NOOP` (the name
lupdate knows) and is shown through :class:`LabelTable` or :func:`translate` with the same
context. ``tests/i18n/test_lupdate_reads_every_call.py`` finds calls lupdate would miss.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""The languages that ship complete, by ISO 639-1 code, each in its own words."""

Lookup = Callable[[str, str, "str | None", int], "str | None"]

_lookup: Lookup | None = None
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``text`` itself when no translation is known);
    ``%n`` becomes ``n`` when a count is given."""
    out = None
    if _lookup is not None and _language != "en":
        out = _lookup(context, text, disambiguation, n)
    if not out:
        out = text
    if n >= 0 and "%n" in out:
        from waterplanner.i18n.numbers import num
        out = out.replace("%n", num(n))
    return out


def plural(context: str, text: str, n: int) -> str:
    """``text`` in the form the count ``n`` takes (``%n`` becomes ``n``). Mark the text for the
    catalogues with ``translate(context, text, None, 1)`` where lupdate can read it (see the
    module's docstring)."""
    return translate(context, text, None, n)


def translate_noop(context: str, text: str) -> str:
    """Marks ``text`` for the catalogues where it is defined (a table of labels), to be
    translated where it is shown with :func:`translate` and the same context."""
    del context
    return text


def or_joined(items: Iterable[str]) -> str:
    """'a or b or c' in the current language (the words of a choice in a message)."""
    return translate("Lists", " or ").join(items)


def and_joined(items: Iterable[str]) -> str:
    """'a and b' in the current language."""
    return translate("Lists", " and ").join(items)


QT_TRANSLATE_NOOP = translate_noop
"""The same marker under the name ``pyside6-lupdate`` recognises (it does not know
``translate_noop``): ``QT_TRANSLATE_NOOP("Ctx", "text")`` puts the text in the catalogue."""

K = TypeVar("K")


class LabelTable(Mapping[K, str]):
    """A read-only table of labels kept in English (each marked with
    :func:`QT_TRANSLATE_NOOP` and ``context`` where it is written) and looked up in the current
    language whenever it is read, so a table built at import time follows a change of
    language: ``KIND_LABELS[kind]``, ``.items()`` and ``.get()`` give the planner's words."""

    def __init__(self, context: str, english: Mapping[K, str]) -> None:
        self.context = context
        self.english: dict[K, str] = dict(english)

    def __getitem__(self, key: K) -> str:
        return translate(self.context, self.english[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)

    def __repr__(self) -> str:
        return f"LabelTable({self.context!r}, {self.english!r})"


def language() -> str:
    """The current language's code (``en``, ``ru`` or ``kk``)."""
    return _language


def set_language(code: str, lookup: Lookup | None) -> None:
    """Use ``code`` from now on, with ``lookup(context, text, disambiguation, n)`` finding
    the translations (None: English only). Called by :mod:`waterplanner.ui.translators`."""
    global _language, _lookup
    if code not in LANGUAGES:
        raise ValueError(f"unknown language '{code}' (known: {', '.join(LANGUAGES)})")
    _language = code
    _lookup = lookup
