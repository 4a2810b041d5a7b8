"""What each part of a scenario file holds: field names, types, units, bounds and labels.

One table drives the file reader, the validator and (through ``label`` and ``unit``) the
GUI's inspector forms, so a field is described once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from waterplanner.model.nodes import NodeKind


class FieldType(str, Enum):
    """How a field's value is written in the file."""

    STRING = "string"
    NUMBER = "number"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    SERIES = "series"
    SERIES_BY_SET = "series_by_set"
    LAV = "lav"
    HYDROPOWER = "hydropower"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a node, link or sub-object.

    ``minimum``/``maximum`` are inclusive unless ``exclusive_maximum`` is set;
    ``optional`` fields may be omitted (taking ``default``); ``nullable`` ones may be null.
    """

    name: str
    type: FieldType
    label: str
    unit: str = ""
    optional: bool = False
    nullable: bool = False
    default: object = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_maximum: bool = False
    help: str = ""


COMMON_NODE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldType.STRING, "Id"),
    FieldSpec("kind", FieldType.STRING, "Kind"),
    FieldSpec("name", FieldType.STRING, "Name"),
    FieldSpec("local_name", FieldType.STRING, "Local name", optional=True, default="",
              help="Name in the local script, e.g. Тоқтоғұл"),
    FieldSpec("country", FieldType.STRING, "Country", optional=True, default="",
              help="ISO 3166 two-letter code: KG, TJ, UZ, KZ"),
    FieldSpec("x", FieldType.NUMBER, "Schematic x", optional=True, default=0.0),
    FieldSpec("y", FieldType.NUMBER, "Schematic y", optional=True, default=0.0),
)

HYDROPOWER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("turbine_capacity_m3s", FieldType.NUMBER, "Turbine capacity", "m³/s", minimum=0),
    FieldSpec("installed_mw", FieldType.NUMBER, "Installed power", "MW", minimum=0),
    FieldSpec("efficiency", FieldType.NUMBER, "Efficiency", "", minimum=0, maximum=1),
    FieldSpec("tailwater_level_m", FieldType.NUMBER, "Tailwater level", "m a.s.l."),
)

LAV_COLUMNS: tuple[FieldSpec, ...] = (
    FieldSpec("level_m", FieldType.SERIES, "Level", "m a.s.l."),
    FieldSpec("area_km2", FieldType.SERIES, "Area", "km²", minimum=0),
    FieldSpec("volume_mcm", FieldType.SERIES, "Volume", "Mm³", minimum=0),
)

NODE_FIELDS: dict[NodeKind, tuple[FieldSpec, ...]] = {
    NodeKind.INFLOW: (
        FieldSpec("inflow_mcm", FieldType.SERIES_BY_SET, "Inflow", "Mm³/period", minimum=0,
                  help="One series per inflow set"),
    ),
    NodeKind.RESERVOIR: (
        FieldSpec("capacity_mcm", FieldType.NUMBER, "Capacity", "Mm³", minimum=0),
        FieldSpec("dead_storage_mcm", FieldType.NUMBER, "Dead storage", "Mm³", minimum=0),
        FieldSpec("initial_storage_mcm", FieldType.NUMBER, "Initial storage", "Mm³", minimum=0),
        FieldSpec("lav", FieldType.LAV, "Level–area–volume table"),
        FieldSpec("evaporation_mm", FieldType.SERIES, "Evaporation depth", "mm/period",
                  minimum=0),
        FieldSpec("min_release_m3s", FieldType.NUMBER, "Minimum release", "m³/s",
                  optional=True, default=0.0, minimum=0),
        FieldSpec("max_release_m3s", FieldType.NUMBER, "Maximum release", "m³/s",
                  optional=True, nullable=True, minimum=0, help="Empty: unlimited"),
        FieldSpec("flood_control_mcm", FieldType.SERIES, "Flood-control storage", "Mm³",
                  optional=True, nullable=True, minimum=0,
                  help="Highest storage allowed at the end of each period"),
        FieldSpec("seepage_m3s", FieldType.NUMBER, "Seepage", "m³/s", optional=True,
                  default=0.0, minimum=0),
        FieldSpec("hydropower", FieldType.HYDROPOWER, "Hydropower plant", optional=True,
                  nullable=True),
    ),
    NodeKind.JUNCTION: (),
    NodeKind.DEMAND: (
        FieldSpec("demand_mcm", FieldType.SERIES, "Demand", "Mm³/period", minimum=0),
        FieldSpec("priority", FieldType.INTEGER, "Priority", optional=True, default=1,
                  minimum=1, maximum=999, help="1 is served first"),
        FieldSpec("return_fraction", FieldType.NUMBER, "Return-flow fraction", optional=True,
                  default=0.0, minimum=0, maximum=1),
    ),
    NodeKind.MIN_FLOW: (
        FieldSpec("required_mcm", FieldType.SERIES, "Required flow", "Mm³/period", minimum=0),
    ),
    NodeKind.TERMINAL_LAKE: (
        FieldSpec("initial_storage_mcm", FieldType.NUMBER, "Initial storage", "Mm³", minimum=0),
        FieldSpec("lav", FieldType.LAV, "Level–area–volume table"),
        FieldSpec("evaporation_mm", FieldType.SERIES, "Evaporation depth", "mm/period",
                  minimum=0),
        FieldSpec("precipitation_mm", FieldType.SERIES, "Precipitation depth", "mm/period",
                  minimum=0),
        FieldSpec("crest_level_m", FieldType.NUMBER, "Outflow crest level", "m a.s.l."),
        FieldSpec("max_outflow_m3s", FieldType.NUMBER, "Maximum outflow", "m³/s",
                  optional=True, nullable=True, minimum=0, help="Empty: unlimited"),
    ),
    NodeKind.SINK: (),
}

LINK_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldType.STRING, "Id"),
    FieldSpec("from", FieldType.STRING, "From"),
    FieldSpec("to", FieldType.STRING, "To"),
    FieldSpec("travel_time_periods", FieldType.INTEGER, "Travel time", "periods",
              optional=True, default=0, minimum=0, maximum=400_000),
    FieldSpec("loss_fraction", FieldType.NUMBER, "Loss fraction", optional=True, default=0.0,
              minimum=0, maximum=1, exclusive_maximum=True),
    FieldSpec("capacity_m3s", FieldType.NUMBER, "Capacity", "m³/s", optional=True,
              nullable=True, minimum=0, help="Empty: unlimited"),
    FieldSpec("overflow", FieldType.BOOLEAN, "Overflow route", optional=True, default=False,
              help="Carries what exceeds the capacity of the node's main link"),
    FieldSpec("initial_flow_m3s", FieldType.NUMBER, "Flow in transit at the start", "m³/s",
              optional=True, default=0.0, minimum=0),
)

TIME_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("step", FieldType.STRING, "Time step"),
    FieldSpec("start", FieldType.STRING, "Start date"),
    FieldSpec("periods", FieldType.INTEGER, "Periods", minimum=1, maximum=400_000),
    FieldSpec("water_year_start_month", FieldType.INTEGER, "Water year starts in month",
              optional=True, default=10, minimum=1, maximum=12),
)

METADATA_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", FieldType.STRING, "Name"),
    FieldSpec("description", FieldType.STRING, "Description", optional=True, default=""),
    FieldSpec("author", FieldType.STRING, "Author", optional=True, default=""),
    FieldSpec("organisation", FieldType.STRING, "Organisation", optional=True, default=""),
    FieldSpec("notes", FieldType.STRING, "Notes", optional=True, default=""),
    FieldSpec("initial_state_date", FieldType.STRING, "Date of the initial state", optional=True,
              default="", help="The day the initial storages were observed (YYYY-MM-DD)"),
)

FORMAT_NAME = "waterplanner-scenario"
FORMAT_VERSION = 1
TOP_LEVEL_KEYS = ("format", "version", "metadata", "time", "inflow_sets", "nodes", "links",
                  "release_schedules")
OPTIONAL_TOP_LEVEL_KEYS = ("view",)
"""Optional sections that are not part of the scenario (see :mod:`waterplanner.model.view_state`)."""
EXTENSION_KEYS = ("optimisation",)
"""Optional top-level sections owned by other modules, read and written verbatim."""


def node_field(kind: NodeKind, name: str) -> FieldSpec:
    """The spec of one field of a node kind (common fields included)."""
    for spec in COMMON_NODE_FIELDS + NODE_FIELDS[kind]:
        if spec.name == name:
            return spec
    raise KeyError(f"{kind.value}.{name}")
