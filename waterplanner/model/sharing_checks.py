"""Validation of how the basin is shared: the allocation policy, the countries with their
seasonal limits and the energy exchange ledger (top-level sections of format version 2)."""

from __future__ import annotations

import re
from typing import Any

from waterplanner.model.field_checker import ID_PATTERN, FieldChecker, quote, typename
from waterplanner.model.schema import (
    ALLOCATION_POLICIES,
    COUNTRY_FIELDS,
    EXCHANGE_FIELDS,
    SEASONS,
    FieldSpec,
)


def check_allocation(c: FieldChecker, doc: dict[str, Any]) -> None:
    if "allocation" in doc and doc["allocation"] not in ALLOCATION_POLICIES:
        c.add("allocation", f"{quote(doc['allocation'])} is not an allocation policy (use "
                            f"one of: {', '.join(ALLOCATION_POLICIES)})")


def _entries(c: FieldChecker, doc: dict[str, Any], key: str, what: str,
             specs: tuple[FieldSpec, ...]) -> list[tuple[str, dict[str, Any]]]:
    """The checked fields of each object of an optional top-level list, with its place."""
    items = doc.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        c.add(key, f"expected a list of {what}, found {typename(items)}")
        return []
    out = []
    for i, item in enumerate(items):
        loc = f"{key}[{i}]"
        if not isinstance(item, dict):
            c.add(loc, f"expected an object, found {typename(item)}")
            continue
        out.append((loc, c.fields(loc, item, specs, None, None)))
    return out


def check_countries(c: FieldChecker, doc: dict[str, Any]) -> None:
    seen: set[str] = set()
    for loc, got in _entries(c, doc, "countries", "countries", COUNTRY_FIELDS):
        code = got.get("code")
        if code is None:
            continue
        if not re.fullmatch(r"[A-Z]{2}", code):
            c.add(f"{loc}.code", f"{quote(code)} is not a two-letter country code such as KZ")
        elif code in seen:
            c.add(f"{loc}.code", f"country '{code}' is listed twice")
        seen.add(code)


def check_exchanges(c: FieldChecker, doc: dict[str, Any]) -> None:
    seen: set[str] = set()
    for loc, got in _entries(c, doc, "energy_exchanges", "exchanges", EXCHANGE_FIELDS):
        eid = got.get("id")
        if eid is not None:
            if not ID_PATTERN.match(eid):
                c.add(f"{loc}.id", f"{quote(eid)} is not a valid id (1-64 letters, digits, _ "
                                   "and -)")
            elif eid in seen:
                c.add(f"{loc}.id", f"exchange id '{eid}' is used twice")
            seen.add(eid)
        for key in ("supplier", "receiver"):
            code = got.get(key)
            if code is not None and not re.fullmatch(r"[A-Z]{2}", code):
                c.add(f"{loc}.{key}", f"{quote(code)} is not a two-letter country code")
        if got.get("supplier") is not None and got.get("supplier") == got.get("receiver"):
            c.add(f"{loc}.receiver", "a country cannot exchange energy with itself")
        for key in ("season", "water_season"):
            season = got.get(key)
            if season is not None and season not in SEASONS:
                c.add(f"{loc}.{key}", f"{quote(season)} is not a season (use "
                                      f"{' or '.join(SEASONS)})")
