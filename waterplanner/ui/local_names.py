"""Nodes' local names in the Russian and Kazakh window.

A node keeps the name the scenario spells (``Toktogul``); a scenario may also give it a
``local_name`` in the script of its country (``Токтогул``, ``Andijon suv ombori``). The
schematic's tooltip and the inspector show both in every language; in Russian and Kazakh the
rest of the window shows the local name too, in the form that fits its place:

- where there is room (plot titles, read-outs): the name with the local name beside it,
  "Toktogul (Токтогул)" (:func:`with_local`, :func:`local_of`);
- where a column is narrow (the Summary's rows): the shorter of the local name and the
  row's short name, the local name when they are as long ("Токтогул" for Toktogul,
  "Andijan" for Andijan (Kempir-Abad) / Andijon suv ombori), with both in the row's tooltip
  (:func:`short_label`).

English shows the names exactly as before (docs/translating.md, "Local names").
"""

from __future__ import annotations

from typing import Protocol

from waterplanner.i18n import language, translate


class Named(Protocol):
    """A node, or anything with a name (a plant site)."""

    @property
    def name(self) -> str: ...


def local_of(node: object) -> str:
    """The node's local name where the window shows it (Russian and Kazakh), '' where not:
    in English, without one, or when the name already holds it."""
    local = str(getattr(node, "local_name", "") or "").strip()
    name = str(getattr(node, "name", ""))
    if language() == "en" or not local or local in name:
        return ""
    return local


def with_local(node: Named, name: str | None = None) -> str:
    """'Toktogul (Токтогул)': ``name`` (default the node's) with the local name beside it
    where the window shows it; the name alone otherwise."""
    name = node.name if name is None else name
    local = local_of(node)
    return translate("LocalNames", "{name} ({local})").format(name=name, local=local) \
        if local else name


def short_label(node: Named, short: str) -> str:
    """The label of a narrow row: the local name where the window shows it and it is no
    longer than ``short`` (the row's short form of the scenario's name), else ``short``."""
    local = local_of(node)
    return local if local and len(local) <= len(short) else short
