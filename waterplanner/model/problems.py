"""Problems found in a scenario, each naming where it is and what is wrong."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from waterplanner.i18n import translate


def _printable(text: str) -> str:
    """Text with control characters, line separators and unpaired surrogates as escapes."""
    if text.isprintable():
        return text
    return "".join(repr(ch)[1:-1] if unicodedata.category(ch)[0] == "C"
                   or unicodedata.category(ch) in ("Zl", "Zp") else ch for ch in text)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a scenario.

    ``location`` is a dotted path into the file, e.g. ``nodes.toktogul.dead_storage_mcm`` or
    ``nodes.toktogul.evaporation_mm[3]``; ``file`` for problems with the file as a whole.
    """

    location: str
    message: str

    def __str__(self) -> str:
        # one problem, one line: a key from the file may hold a newline or a lone surrogate
        return _printable(f"{self.location}: {self.message}")

    @property
    def node_id(self) -> str | None:
        """The node this problem is about, when the location names one."""
        parts = self.location.split(".")
        if len(parts) >= 2 and parts[0] == "nodes":
            return parts[1].split("[")[0]
        if len(parts) >= 2 and parts[0] == "release_schedules":
            return parts[1].split("[")[0]
        return None

    @property
    def field_name(self) -> str | None:
        """The field of the node this problem is about, when there is one."""
        parts = self.location.split(".")
        if len(parts) >= 3 and parts[0] == "nodes":
            return parts[2].split("[")[0]
        return None


class ScenarioError(Exception):
    """A scenario could not be loaded or accepted; ``problems`` says every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems)
                         or translate("ScenarioFile", "invalid scenario"))
