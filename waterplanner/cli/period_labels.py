"""Short period labels for the columns of a schedule table."""

from __future__ import annotations

from waterplanner.i18n.dates import time_label
from waterplanner.model.timebase import TimeBase


def short_labels(time: TimeBase) -> list[str]:
    """Period labels of at most six characters ('Oct 25', «окт 25»), in the planner's
    language."""
    out = []
    for t in range(time.periods):
        lab = time_label(time, t)
        out.append(lab[:4] + lab[-2:] if len(lab) == 8 else lab[:6])
    return out
