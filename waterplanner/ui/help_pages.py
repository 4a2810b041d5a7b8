"""The documentation the Help window shows: which pages exist, where their files are, and
the section of the user guide that explains each panel of the window.

The pages are the Markdown files of ``docs/`` (installed as the package
``waterplanner.docs``), so the guide inside the app is the guide in the repository, offline.
A page translated into the chosen language (``docs/<lang>/<page>.md``) is shown instead of
the English one where it exists; a Kazakh reader gets the Russian page where there is no
Kazakh one (:data:`READ_INSTEAD`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class HelpPage:
    """One page of the Help window."""

    key: str
    title: str
    file: str | None
    """The Markdown file under ``docs/``; None for a page the window writes itself."""


PAGES: tuple[HelpPage, ...] = (
    HelpPage("guide", QT_TRANSLATE_NOOP("HelpPages", "User guide"), "user-guide.md"),
    HelpPage("keys", QT_TRANSLATE_NOOP("HelpPages", "Keyboard shortcuts"), None),
    HelpPage("whats-new", QT_TRANSLATE_NOOP("HelpPages", "What's new"), "whats-new.md"),
    HelpPage("data", QT_TRANSLATE_NOOP("HelpPages", "Syr Darya data and sources"),
             "default-scenario.md"),
    HelpPage("ensembles", QT_TRANSLATE_NOOP("HelpPages", "Inflow ensembles and risk"),
             "ensembles.md"),
    HelpPage("optimisation", QT_TRANSLATE_NOOP("HelpPages", "The optimiser"), "optimisation.md"),
    HelpPage("simulation", QT_TRANSLATE_NOOP("HelpPages", "How the simulation works"),
             "simulation.md"),
    HelpPage("allocation", QT_TRANSLATE_NOOP("HelpPages", "Water allocation and sharing"),
             "allocation.md"),
    HelpPage("reports", QT_TRANSLATE_NOOP("HelpPages", "Reports"), "reports.md"),
    HelpPage("format", QT_TRANSLATE_NOOP("HelpPages", "The scenario file format"),
             "scenario-format.md"),
    HelpPage("performance", QT_TRANSLATE_NOOP("HelpPages", "Speed"), "performance.md"),
    HelpPage("admin", QT_TRANSLATE_NOOP("HelpPages", "Installing and administering"),
             "administrator.md"),
)

CONTEXT_SECTIONS: dict[str, str] = {
    "cascade": QT_TRANSLATE_NOOP("HelpSections", "Changing the network and its data"),
    "schedule": QT_TRANSLATE_NOOP("HelpSections", "Changing releases"),
    "summary": QT_TRANSLATE_NOOP("HelpSections", "Reading the results"),
    "inspector": QT_TRANSLATE_NOOP("HelpSections", "Changing the network and its data"),
    "problems": QT_TRANSLATE_NOOP("HelpSections", "Problems"),
    "history": QT_TRANSLATE_NOOP("HelpSections", "Your work is safe"),
    "optimiser": QT_TRANSLATE_NOOP("HelpSections", "The optimiser"),
    "plots": QT_TRANSLATE_NOOP("HelpSections", "Reading the results"),
    "countries": QT_TRANSLATE_NOOP("HelpSections", "The Countries tab"),
}
"""The user guide's section for each panel (the dock's object name, or ``plots``), for F1;
a translated guide names it as ``translate("HelpSections", section)`` does."""


def docs_folder() -> Path:
    """The folder of the installed documentation (a real folder in a wheel, an editable
    install and the bundle alike)."""
    return Path(str(resources.files("waterplanner.docs")))


def page(key: str) -> HelpPage:
    for p in PAGES:
        if p.key == key:
            return p
    raise KeyError(f"no help page '{key}'")


def page_title(p: HelpPage) -> str:
    """The page's title in the planner's language."""
    return translate("HelpPages", p.title)


READ_INSTEAD = {"kk": "ru"}
"""The language whose pages a reader of another reads where a page is not translated into
it: the guide has no Kazakh translation, and a Kazakh engineer reads Russian (the working
language of the basin's documents) sooner than English."""


def page_language(p: HelpPage, language: str = "en") -> str:
    """The language of the file shown for ``p`` to a reader of ``language``: its own
    translation, else the one read instead (:data:`READ_INSTEAD`), else English."""
    if p.file is None:
        return language
    base = docs_folder()
    for code in (language, READ_INSTEAD.get(language, "en")):
        if code and code != "en" and (base / code / p.file).is_file():
            return code
    return "en"


def page_file(p: HelpPage, language: str = "en") -> Path | None:
    """The file to show for ``p`` to a reader of ``language`` (:func:`page_language`)."""
    if p.file is None:
        return None
    base = docs_folder()
    code = page_language(p, language)
    path = base / code / p.file if code != "en" else base / p.file
    return path if path.is_file() else None


def slug(heading: str) -> str:
    """The anchor of a heading as GitHub writes it (lower case, punctuation dropped, spaces
    to hyphens), so the documents' own links to sections work in the window too."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")
