"""Validation of how the basin is shared: the allocation policy, the countries with their
seasonal limits and the energy exchange ledger (top-level sections of format version 2)."""

from __future__ import annotations

import re
from typing import Any

from waterplanner.i18n import or_joined, translate
from waterplanner.model.field_checker import (
    ID_PATTERN,
    FieldChecker,
    expected_object,
    invalid_id,
    quote,
    typename,
)
from waterplanner.model.schema import (
    ALLOCATION_POLICIES,
    COUNTRY_FIELDS,
    EXCHANGE_FIELDS,
    SEASONS,
    FieldSpec,
)


def check_allocation(c: FieldChecker, doc: dict[str, Any]) -> None:
    if "allocation" in doc and doc["allocation"] not in ALLOCATION_POLICIES:
        c.add("allocation", translate("SharingCheck", "{value} is not an allocation policy "
                                                      "(use one of: {policies})").format(
            value=quote(doc["allocation"]), policies=", ".join(ALLOCATION_POLICIES)))


def _entries(c: FieldChecker, doc: dict[str, Any], key: str, not_a_list: str,
             specs: tuple[FieldSpec, ...]) -> list[tuple[str, dict[str, Any]]]:
    """The checked fields of each object of an optional top-level list, with its place
    (``not_a_list`` says what the list should be, with {found} for what it is)."""
    items = doc.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        c.add(key, not_a_list.format(found=typename(items)))
        return []
    out = []
    for i, item in enumerate(items):
        loc = f"{key}[{i}]"
        if not isinstance(item, dict):
            c.add(loc, expected_object(item))
            continue
        out.append((loc, c.fields(loc, item, specs, None, None)))
    return out


def check_countries(c: FieldChecker, doc: dict[str, Any]) -> None:
    seen: set[str] = set()
    not_a_list = translate("SharingCheck", "expected a list of countries, found {found}")
    for loc, got in _entries(c, doc, "countries", not_a_list, COUNTRY_FIELDS):
        code = got.get("code")
        if code is None:
            continue
        if not re.fullmatch(r"[A-Z]{2}", code):
            c.add(f"{loc}.code", translate("SharingCheck", "{value} is not a two-letter country "
                                                           "code such as KZ").format(
                value=quote(code)))
        elif code in seen:
            c.add(f"{loc}.code", translate("SharingCheck", "country '{code}' is listed twice")
                  .format(code=code))
        seen.add(code)


def check_exchanges(c: FieldChecker, doc: dict[str, Any]) -> None:
    seen: set[str] = set()
    not_a_list = translate("SharingCheck", "expected a list of exchanges, found {found}")
    for loc, got in _entries(c, doc, "energy_exchanges", not_a_list, EXCHANGE_FIELDS):
        eid = got.get("id")
        if eid is not None:
            if not ID_PATTERN.match(eid):
                c.add(f"{loc}.id", invalid_id(quote(eid)))
            elif eid in seen:
                c.add(f"{loc}.id", translate("SharingCheck", "exchange id '{id}' is used twice")
                      .format(id=eid))
            seen.add(eid)
        for key in ("supplier", "receiver"):
            code = got.get(key)
            if code is not None and not re.fullmatch(r"[A-Z]{2}", code):
                c.add(f"{loc}.{key}", translate("SharingCheck", "{value} is not a two-letter "
                                                                "country code").format(
                    value=quote(code)))
        if got.get("supplier") is not None and got.get("supplier") == got.get("receiver"):
            c.add(f"{loc}.receiver", translate("SharingCheck", "a country cannot exchange energy "
                                                               "with itself"))
        for key in ("season", "water_season"):
            season = got.get(key)
            if season is not None and season not in SEASONS:
                c.add(f"{loc}.{key}", translate("SharingCheck", "{value} is not a season (use "
                                                                "{seasons})").format(
                    value=quote(season), seasons=or_joined(SEASONS)))
