"""The language of the command line: ``--lang CODE`` anywhere before the command's own
arguments end (or ``--lang=CODE``), else ``WATERPLANNER_LANG``, else the system locale.

The option is taken out of the arguments before they are parsed, so it works the same
before or after the command's name (``waterplanner --lang ru simulate …`` and ``waterplanner
simulate --default --lang ru``) and the window started without a command opens in it too.
English loads no Qt (``--help`` and ``--version`` stay instant); Russian and Kazakh load the
compiled catalogues, and argparse's own words (usage, error, the list of options) come from
them as well.
"""

from __future__ import annotations

import argparse
import os

from waterplanner import i18n
from waterplanner.i18n import QT_TRANSLATE_NOOP, translate

OPTION = "--lang"

_asked: str | None = None
"""The language ``--lang`` asked for in this run (None: not asked)."""


class LanguageRefused(Exception):
    """``--lang`` (or WATERPLANNER_LANG) names a language that does not ship."""


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """The code asked for with ``--lang`` (None if not asked; the last one counts) and the
    arguments without it. Arguments after ``--`` are left alone."""
    asked: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            rest += argv[i:]
            break
        if a == OPTION:
            if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                raise LanguageRefused(f"{OPTION} needs a language: "
                                      + ", ".join(i18n.LANGUAGES))
            asked = argv[i + 1]
            i += 2
            continue
        if a.startswith(OPTION + "="):
            asked = a.split("=", 1)[1]
        else:
            rest.append(a)
        i += 1
    return asked, rest


def speak(asked: str | None) -> str:
    """Choose the language (see the module's docstring) and speak it from now on; returns
    its code. LanguageRefused for a language that does not ship."""
    from waterplanner.i18n.choice import choose_language
    try:
        code = choose_language(asked)
    except ValueError as e:
        raise LanguageRefused(str(e)) from None
    global _asked
    _asked = code if asked else None
    if code != i18n.language():
        from waterplanner.ui.translators import install
        install(code)
    _argparse_speaks(code)
    return code


def speak_again() -> None:
    """Install the language spoken on the Qt application created since it was chosen (the
    report's own Qt texts look it up there)."""
    if i18n.language() != "en":
        from waterplanner.ui.translators import install
        install(i18n.language())


def for_the_window() -> None:
    """Pass a language asked for with ``--lang`` on to the window (which reads its language
    from its settings, then ``WATERPLANNER_LANG``)."""
    if _asked:
        os.environ["WATERPLANNER_LANG"] = _asked


def add_option(p: argparse.ArgumentParser) -> None:
    """Show ``--lang`` in the help of a parser (the option itself is taken out before
    parsing, by :func:`take_language`)."""
    p.add_argument(OPTION, choices=tuple(i18n.LANGUAGES), metavar="{" + ",".join(
        i18n.LANGUAGES) + "}", help=translate(
        "Language", "language of the output: en, ru or kk (default: WATERPLANNER_LANG, else "
                    "the system's language)"))


def _argparse_speaks(code: str) -> None:
    """Route argparse's own words (it looks them up through gettext) through the catalogues,
    or back to English."""
    if code == "en":
        import gettext
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
        return

    def words(text: str) -> str:
        return translate("argparse", text)

    def counted(singular: str, plural: str, n: int) -> str:
        return translate("argparse", singular if n == 1 else plural)

    argparse._ = words  # type: ignore[attr-defined]
    argparse.ngettext = counted  # type: ignore[attr-defined]


def _argparse_texts() -> tuple[str, ...]:
    """argparse's words a planner can see (its help and its errors), for the catalogues."""
    return (
        QT_TRANSLATE_NOOP("argparse", "usage: "),
        QT_TRANSLATE_NOOP("argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("argparse", "options"),
        QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
        QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
        QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    )
