"""A scenario that can travel to another process (a Dask worker) as its file text.

A ``Scenario`` holds read-only mappings, which pickle cannot copy; its file text can, and
loading it gives the same scenario (the format round-trips exactly). The receiving process
loads each distinct text once and keeps it, so every chunk a worker simulates reuses one
scenario object and therefore one compiled network.
"""

from __future__ import annotations

import threading
from typing import Any

from waterplanner.model.document import dumps_scenario, scenario_sha256
from waterplanner.model.fileio import loads_scenario
from waterplanner.model.scenario import Scenario

_loaded: dict[str, Scenario] = {}
_lock = threading.Lock()
_KEEP = 4


def scenario_from_text(text: str) -> Scenario:
    """The scenario of a file text, loaded once per process and then reused."""
    import hashlib
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with _lock:
        hit = _loaded.get(key)
    if hit is not None:
        return hit
    scenario = loads_scenario(text.encode("utf-8"))
    with _lock:
        if len(_loaded) >= _KEEP:
            _loaded.clear()
        return _loaded.setdefault(key, scenario)


class PortableScenario:
    """Holds a scenario; pickles as its file text."""

    def __init__(self, scenario: Scenario):
        self._scenario: Scenario | None = scenario
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            assert self._scenario is not None
            self._text = dumps_scenario(self._scenario)
        return self._text

    @property
    def scenario(self) -> Scenario:
        if self._scenario is None:
            self._scenario = scenario_from_text(self.text)
        return self._scenario

    @property
    def sha256(self) -> str:
        return scenario_sha256(self.scenario)

    def __getstate__(self) -> dict[str, Any]:
        return {"text": self.text}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._text, self._scenario = state["text"], None
