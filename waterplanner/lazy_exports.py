"""Names a package offers at its top level but imports only when first used.

``waterplanner.model`` and ``waterplanner.report`` re-export their main names
(``from waterplanner.model import Scenario``), yet ``waterplanner --version`` must not pay for
importing numpy or Qt. A package lists where each name lives and gets a module
``__getattr__`` (PEP 562) that imports the submodule on first access.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, where: Mapping[str, str], namespace: dict[str, Any]
                 ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: ``where`` maps each exported name to
    the submodule defining it; ``namespace`` is the package's ``globals()``, where a name is
    kept once imported."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(where))

    return __getattr__, __dir__
