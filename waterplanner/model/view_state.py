"""What the planner was looking at when the file was saved: the inflow set and the baseline.

These are not hydrology: changing them re-simulates nothing in the scenario and is not an
undoable edit. They are kept in the file's optional ``view`` section so that reopening a
study shows the inflow set and the baseline comparison that were saved with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from waterplanner.i18n import translate

VIEW_KEY = "view"
VIEW_FIELDS = ("inflow_set", "baseline_file")


@dataclass(frozen=True)
class ViewState:
    """The inflow set shown and the baseline scenario file compared with (absolute path)."""

    inflow_set: str | None = None
    baseline_file: str | None = None

    def to_document(self) -> dict[str, str]:
        """The ``view`` section (only the fields that are set)."""
        return {k: v for k, v in (("inflow_set", self.inflow_set),
                                  ("baseline_file", self.baseline_file)) if v}

    @property
    def is_empty(self) -> bool:
        return not self.inflow_set and not self.baseline_file


def view_from_document(doc: dict[str, Any]) -> ViewState:
    """The view section of a validated document (an empty view when absent)."""
    v = doc.get(VIEW_KEY)
    if not isinstance(v, dict):
        return ViewState()
    return ViewState(inflow_set=v.get("inflow_set") or None,
                     baseline_file=v.get("baseline_file") or None)


def check_view(section: Any) -> list[tuple[str, str]]:
    """Problems of a ``view`` section as (location, message) pairs."""
    if not isinstance(section, dict):
        return [(VIEW_KEY, translate("ViewCheck", "expected an object, found {found}").format(
            found=type(section).__name__))]
    out: list[tuple[str, str]] = []
    for key, value in section.items():
        if key not in VIEW_FIELDS:
            out.append((f"{VIEW_KEY}.{key}", translate("ViewCheck", "unknown field (use "
                                                                    "{fields})").format(
                fields=", ".join(VIEW_FIELDS))))
        elif not isinstance(value, str):
            out.append((f"{VIEW_KEY}.{key}", translate("ViewCheck", "expected text")))
        elif len(value) > 4096:
            out.append((f"{VIEW_KEY}.{key}", translate("ViewCheck", "is {count} characters "
                                                                    "long; at most 4096").format(
                count=len(value))))
    return out
