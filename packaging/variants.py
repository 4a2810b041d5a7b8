"""Changes a mode of the default scenarios makes to the basin as the data files describe it.

A mode in ``scenario.json`` may list ``changes``: each names a field of the scenario file by
its dotted path (``nodes.<id>.<field>``, ``links.<id>.<field>``, a top-level field such as
``allocation``, or a field of a top-level section such as ``time.periods``) and gives its
new ``value`` (any JSON the scenario format accepts there) or a ``series`` (a row of a
monthly table of the data folder, ``m3s`` true to convert from m³/s to volumes per period). The change carries its own basis, references and note,
which become the field's entry in ``metadata.sources``. That is how the irrigation mode gives
Kayrakkum its own rule, or the ICWC variant switches the allocation policy, without a second
copy of the basin.
"""

from __future__ import annotations

from typing import Any

from data_files import DataError, Record, Sourcing

from waterplanner.model import Scenario
from waterplanner.model.document import scenario_from_document, scenario_to_document

LISTS = ("nodes", "links")


def change_value(rec: Record, basin: Sourcing) -> Any:
    """The new value a change record gives: its ``value``, or the monthly row it names."""
    rec.only("path", "value", "series", "table", "m3s", "basis", "refs", "note")
    if ("value" in rec) == ("series" in rec):
        raise DataError(f"{rec.where}: give either 'value' or 'series'")
    if "value" in rec:
        return rec.get("value")
    table = rec.text("table") if "table" in rec else "variants.csv"
    m3s = rec.flag("m3s") if "m3s" in rec else False
    return list(basin.row(table, rec, m3s))


def _holder(doc: dict[str, Any], keys: list[str], where: str) -> tuple[dict[str, Any], str]:
    """The object that holds the field ``keys`` names, and the field's own key."""
    if not all(keys):
        raise DataError(f"{where}: the path has an empty part")
    here: Any = doc
    if keys[0] in LISTS:
        if len(keys) < 3:
            raise DataError(f"{where}: the path needs {keys[0]}.<id>.<field>")
        items = {item["id"]: item for item in doc.get(keys[0], [])}
        if keys[1] not in items:
            raise DataError(f"{where}: there is no {keys[0][:-1]} '{keys[1]}'")
        here, keys = items[keys[1]], keys[2:]
    for k in keys[:-1]:
        nxt = here.get(k) if isinstance(here, dict) else None
        if nxt is None:
            nxt = here[k] = {}
        if not isinstance(nxt, dict):
            raise DataError(f"{where}: '{k}' is not a section")
        here = nxt
    return here, keys[-1]


def apply_changes(sc: Scenario, changes: list[tuple[Record, Any]]) -> tuple[
        Scenario, dict[str, dict[str, Any]]]:
    """``sc`` with each (record, value) change applied, and the sources they carry."""
    if not changes:
        return sc, {}
    doc = scenario_to_document(sc)
    sources: dict[str, dict[str, Any]] = {}
    for rec, value in changes:
        path = rec.text("path")
        holder, key = _holder(doc, path.split("."), rec.at("path"))
        holder[key] = value
        sources[path] = rec.source()
    try:
        return scenario_from_document(doc), sources
    except (KeyError, TypeError, ValueError) as e:
        raise DataError(f"the changes of {changes[0][0].where.rsplit('[', 1)[0]} do not make "
                        f"a scenario: {e}") from None
