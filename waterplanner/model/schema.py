"""What each part of a scenario file holds: field names, types, units, bounds and labels.

One table drives the file reader, the validator and (through ``label`` and ``unit``) the
GUI's inspector forms, so a field is described once.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from waterplanner.i18n import translate
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.model.ensembles import (
    DEFAULT_CORRELATION,
    DEFAULT_CV,
    DEFAULT_DRY_EXCEEDANCE,
    DEFAULT_LAG1,
    DEFAULT_PERIOD_CV,
    GENERATOR_METHODS,
    MAX_MEMBERS,
    MAX_SEED,
)
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
    FLOW_OR_SERIES = "flow_or_series"
    """A number, or one number per period (m³/s either way)."""
    RULE = "rule"
    PLANTS = "plants"
    SHARES = "shares"


@dataclass(frozen=True, eq=False)
class FieldSpec:
    """One field of a node, link or sub-object.

    ``minimum``/``maximum`` are inclusive unless ``exclusive_maximum`` is set;
    ``optional`` fields may be omitted (taking ``default``); ``nullable`` ones may be null;
    ``max_length`` caps the characters of a text field; ``limit_note`` says why the bounds
    are where they are (it ends the field's ``help`` and the message for a value beyond them).

    ``label``, ``help`` and ``limit_note`` are written in English and read in the planner's
    language (context "Fields" of the model catalogue; every text is listed in
    :mod:`waterplanner.model.field_words`); ``help`` is the given text followed by the limit
    note, with ``help_args`` filled into its placeholders. :meth:`english` gives a text as
    written.
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
    max_length: int | None = None
    limit_note: str = ""
    help_args: tuple[tuple[str, object], ...] = ()
    label_context: str = "Fields"
    """Where the label is looked up: "Fields", or another context for a label spelled like
    another field's that the planner's language words differently (a link's capacity, a flow,
    is not a reservoir's capacity, a volume)."""

    def english(self, name: str) -> str:
        """``label``, ``help`` (the given text, without the limit note) or ``limit_note`` as
        written in the code."""
        return str(self.__dict__[name])

    def _key(self) -> tuple[object, ...]:
        return tuple(self.__dict__[f.name] for f in fields(self))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())


def _shown(text: str) -> str:
    return translate("Fields", text) if text else text


def _arg(v: object) -> str:
    return str(v).replace(".", decimal_mark()) if isinstance(v, float) else str(v)


def _shown_help(spec: FieldSpec) -> str:
    text = _shown(spec.english("help"))
    if spec.help_args:
        text = text.format(**{k: _arg(v) for k, v in spec.help_args})
    bound = _shown(spec.english("limit_note"))
    if not bound:
        return text
    bound = bound[0].upper() + bound[1:]
    return f"{text}. {bound}" if text else bound


def _stored(name: str) -> Any:
    def store(self: FieldSpec, value: str) -> None:
        self.__dict__[name] = value
    return store


# the three texts a planner reads are looked up in the current language whenever read
FieldSpec.label = property(  # type: ignore[assignment]
    lambda s: translate(s.label_context, s.english("label")) if s.english("label") else "",
    _stored("label"))
FieldSpec.help = property(_shown_help, _stored("help"))  # type: ignore[assignment]
FieldSpec.limit_note = property(lambda s: _shown(s.english("limit_note")),  # type: ignore[assignment]
                                _stored("limit_note"))


# --- physical bounds ------------------------------------------------------------------------
# Every number of a scenario has bounds that no river basin on Earth exceeds, so that a typing
# slip (an extra exponent, a value in m³ instead of Mm³) is refused where it was made instead of
# overflowing, many steps later, in the simulation, the summary or a plot.
MAX_RESERVOIR_MCM = 1e6
RESERVOIR_BOUND = ("at most 1 000 000 Mm³ (1 000 km³): the largest reservoir on Earth, "
                   "Kariba, holds about 180 km³")
MAX_LAKE_MCM = 1e8
LAKE_BOUND = ("at most 100 000 000 Mm³ (100 000 km³): the largest lake on Earth, the Caspian "
              "Sea, holds about 78 000 km³")
MAX_AREA_KM2 = 1e6
AREA_BOUND = ("at most 1 000 000 km²: the largest lake on Earth, the Caspian Sea, covers about "
              "371 000 km²")
MAX_VOLUME_PER_PERIOD_MCM = 1e6
VOLUME_PER_PERIOD_BOUND = ("at most 1 000 000 Mm³ per period: even the Amazon carries about "
                           "560 000 Mm³ in a month")
MAX_FLOW_M3S = 1e6
FLOW_BOUND = ("at most 1 000 000 m³/s: the largest river flow on Earth, the Amazon in flood, is "
              "about 300 000 m³/s")
MIN_LEVEL_M = -500.0
MAX_LEVEL_M = 9000.0
LEVEL_BOUND = ("between -500 and 9 000 m a.s.l.: the Dead Sea shore lies at about -430 m, "
               "the summit of Everest at 8 849 m")
MAX_EVAPORATION_MM = 2000.0
EVAPORATION_BOUND = ("at most 2 000 mm per period: open water in the hottest deserts loses about "
                     "4 000 mm in a whole year")
MAX_PRECIPITATION_MM = 10_000.0
PRECIPITATION_BOUND = ("at most 10 000 mm per period: the wettest month ever recorded "
                       "(Cherrapunji, July 1861) brought about 9 300 mm")
MAX_POWER_MW = 1_000_000.0
POWER_BOUND = ("at most 1 000 000 MW: the largest power station on Earth, Three Gorges, has "
               "22 500 MW")
MAX_SCHEMATIC_COORDINATE = 1e6
SCHEMATIC_BOUND = "between -1 000 000 and 1 000 000 (a place on the schematic drawing)"
MAX_PERIODS = 400_000
PERIODS_BOUND = "at most 400 000 periods (about 1 100 years of days)"
MAX_ID_CHARS = 64
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 100_000
"""Descriptions and notes: about thirty pages of text."""


ID_HELP = "1 to 64 letters, digits, _ and -"
NAME_HELP = "At most 200 characters"
assert MAX_ID_CHARS == 64 and MAX_NAME_CHARS == 200, "say the new limits in ID_HELP, NAME_HELP"


def _name(name: str, label: str, **kw: Any) -> FieldSpec:
    """A name or short text, at most :data:`MAX_NAME_CHARS` characters."""
    return FieldSpec(name, FieldType.STRING, label, max_length=MAX_NAME_CHARS, **kw)


COMMON_NODE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldType.STRING, "Id", help=ID_HELP),
    FieldSpec("kind", FieldType.STRING, "Kind", max_length=MAX_ID_CHARS),
    _name("name", "Name", help=NAME_HELP),
    _name("local_name", "Local name", optional=True, default="",
          help="Name in the local script, e.g. Тоқтоғұл"),
    _name("country", "Country", optional=True, default="",
          help="ISO 3166 two-letter code: KG, TJ, UZ, KZ"),
)


def _coordinate(name: str, label: str, **kw: Any) -> FieldSpec:
    """A place on the schematic drawing, within :data:`MAX_SCHEMATIC_COORDINATE`."""
    return FieldSpec(name, FieldType.NUMBER, label, minimum=-MAX_SCHEMATIC_COORDINATE,
                     maximum=MAX_SCHEMATIC_COORDINATE, limit_note=SCHEMATIC_BOUND, **kw)


LAYOUT_COORDINATES: tuple[FieldSpec, FieldSpec] = (_coordinate("x", "Schematic x"),
                                                   _coordinate("y", "Schematic y"))
"""The two numbers of a node's position in the ``layout`` section."""
LAYOUT_KEYS = ("nodes",)
"""The keys of the ``layout`` section."""

V1_NODE_POSITION_FIELDS: tuple[FieldSpec, ...] = (
    _coordinate("x", "Schematic x", optional=True, default=0.0),
    _coordinate("y", "Schematic y", optional=True, default=0.0),
)
"""Version 1 kept every node's schematic position in the node itself (version 2 moved them
to the ``layout`` section)."""

HYDROPOWER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("turbine_capacity_m3s", FieldType.NUMBER, "Turbine capacity", "m³/s", minimum=0,
              maximum=MAX_FLOW_M3S, limit_note=FLOW_BOUND),
    FieldSpec("installed_mw", FieldType.NUMBER, "Installed power", "MW", minimum=0,
              maximum=MAX_POWER_MW, limit_note=POWER_BOUND),
    FieldSpec("efficiency", FieldType.NUMBER, "Efficiency", "", minimum=0, maximum=1,
              help="Share of the water's power turned into electricity, 0 to 1"),
    FieldSpec("tailwater_level_m", FieldType.NUMBER, "Tailwater level", "m a.s.l.",
              minimum=MIN_LEVEL_M, maximum=MAX_LEVEL_M, limit_note=LEVEL_BOUND),
)

LAV_COLUMNS: tuple[FieldSpec, ...] = (
    FieldSpec("level_m", FieldType.SERIES, "Level", "m a.s.l.", minimum=MIN_LEVEL_M,
              maximum=MAX_LEVEL_M, limit_note=LEVEL_BOUND),
    FieldSpec("area_km2", FieldType.SERIES, "Area", "km²", minimum=0, maximum=MAX_AREA_KM2,
              limit_note=AREA_BOUND),
    FieldSpec("volume_mcm", FieldType.SERIES, "Volume", "Mm³", minimum=0, maximum=MAX_LAKE_MCM,
              limit_note=LAKE_BOUND),
)


def _flow(name: str, label: str, help: str = "", **kw: Any) -> FieldSpec:
    """A flow in m³/s, at least 0 and at most :data:`MAX_FLOW_M3S`."""
    return FieldSpec(name, kw.pop("type", FieldType.NUMBER), label, "m³/s", minimum=0,
                     maximum=MAX_FLOW_M3S, help=help, limit_note=FLOW_BOUND, **kw)


def _varying_flow(name: str, label: str, help: str = "One number, or one per period",
                  **kw: Any) -> FieldSpec:
    """A flow in m³/s that may change from period to period: a number or a series (its help
    says so: '…; one number, or one per period')."""
    return _flow(name, label, help, type=FieldType.FLOW_OR_SERIES, **kw)


def _per_period(name: str, label: str, help: str = "", **kw: Any) -> FieldSpec:
    """A volume per period in Mm³, at least 0 and at most :data:`MAX_VOLUME_PER_PERIOD_MCM`."""
    return FieldSpec(name, kw.pop("type", FieldType.SERIES), label,
                     "Mm³/period", minimum=0, maximum=MAX_VOLUME_PER_PERIOD_MCM,
                     help=help, limit_note=VOLUME_PER_PERIOD_BOUND, **kw)


def _storage(name: str, label: str, lake: bool = False, help: str = "",
             **kw: Any) -> FieldSpec:
    """A stored volume in Mm³, bounded by the largest reservoir (or lake) on Earth."""
    top, why = (MAX_LAKE_MCM, LAKE_BOUND) if lake else (MAX_RESERVOIR_MCM, RESERVOIR_BOUND)
    return FieldSpec(name, kw.pop("type", FieldType.NUMBER), label,
                     "Mm³", minimum=0, maximum=top, help=help, limit_note=why, **kw)


RULE_KINDS = ("schedule", "demand_following", "guide_curve")

RULE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("kind", FieldType.STRING, "Operating rule", max_length=MAX_ID_CHARS,
              help="schedule: release the scheduled target; demand_following: release what "
                   "the demands and minimum flows below need; guide_curve: keep the storage "
                   "on a target curve"),
    _storage("guide_curve_mcm", "Guide curve", help="Target storage at the end of each period",
             type=FieldType.SERIES, optional=True, nullable=True),
    _storage("buffer_mcm", "Top of buffer zone",
             help="Below it (at the start of a period) the release is cut to the buffer "
                  "release", type=FieldType.SERIES, optional=True, nullable=True),
    _varying_flow("buffer_release_m3s", "Buffer release",
                  "Release while in the buffer zone; one number, or one per period",
                  optional=True, nullable=True),
)

PLANT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldType.STRING, "Id", help=ID_HELP),
    _name("name", "Name", help=NAME_HELP),
    _name("country", "Country", optional=True, default="",
          help="ISO 3166 two-letter code: KG, TJ, UZ, KZ"),
    FieldSpec("head_m", FieldType.NUMBER, "Head", "m", minimum=0, maximum=MAX_LEVEL_M,
              help="Gross head of the plant"),
    _flow("turbine_capacity_m3s", "Turbine capacity"),
    FieldSpec("installed_mw", FieldType.NUMBER, "Installed power", "MW", minimum=0,
              maximum=MAX_POWER_MW, limit_note=POWER_BOUND),
    FieldSpec("efficiency", FieldType.NUMBER, "Efficiency", "", minimum=0, maximum=1,
              help="Share of the water's power turned into electricity, 0 to 1"),
)

ALLOCATION_POLICIES = ("upstream_first", "proportional")

COUNTRY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("code", FieldType.STRING, "Code", max_length=2,
              help="ISO 3166 two-letter code: KG, TJ, UZ, KZ"),
    _name("name", "Name", optional=True, default=""),
    _storage("vegetation_limit_mcm", "Limit, Apr–Sep", lake=True, optional=True,
             nullable=True, help="ICWC withdrawal limit for the vegetation season"),
    _storage("non_vegetation_limit_mcm", "Limit, Oct–Mar", lake=True, optional=True,
             nullable=True, help="ICWC withdrawal limit for the non-vegetation season"),
)

SEASONS = ("non_vegetation", "vegetation")

EXCHANGE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldType.STRING, "Id", help=ID_HELP),
    FieldSpec("supplier", FieldType.STRING, "Supplier", max_length=2,
              help="Country delivering the energy"),
    FieldSpec("receiver", FieldType.STRING, "Receiver", max_length=2,
              help="Country receiving the energy"),
    FieldSpec("energy_gwh", FieldType.NUMBER, "Energy", "GWh", minimum=0, maximum=1e7),
    FieldSpec("season", FieldType.STRING, "Season", max_length=MAX_ID_CHARS,
              help="non_vegetation (Oct–Mar) or vegetation (Apr–Sep)"),
    _storage("water_mcm", "Water in return", lake=True, optional=True, nullable=True),
    FieldSpec("water_season", FieldType.STRING, "Season of the water", optional=True,
              nullable=True, max_length=MAX_ID_CHARS),
    FieldSpec("note", FieldType.STRING, "Note", optional=True, default="",
              max_length=MAX_TEXT_CHARS),
)


SOURCE_KINDS = ("generator", "record", "members")

ENSEMBLE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", FieldType.STRING, "Name", max_length=MAX_ID_CHARS, help=ID_HELP),
    _name("label", "Label", optional=True, default=""),
    FieldSpec("description", FieldType.STRING, "Description", optional=True, default="",
              max_length=MAX_TEXT_CHARS),
    FieldSpec("source", FieldType.STRING, "Source",
              help="Where the members come from: generator, record or members"),
)
"""The fields of one entry of the optional ``ensembles`` section (``source`` is an object,
checked by :data:`GENERATOR_FIELDS`, :data:`RECORD_FIELDS` or :data:`MEMBERS_FIELDS`)."""

_KIND = FieldSpec("kind", FieldType.STRING, "Kind", max_length=MAX_ID_CHARS,
                  help="generator, record or members")


def _set_name(name: str, label: str, help: str) -> FieldSpec:
    return FieldSpec(name, FieldType.STRING, label, optional=True, nullable=True,
                     max_length=MAX_ID_CHARS, help=help)


def _estimate(name: str, label: str, default: float, lo: float, hi: float, help: str,
              exclusive: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.NUMBER, label, optional=True, nullable=True,
                     minimum=lo, maximum=hi, exclusive_maximum=exclusive, help=help,
                     help_args=(("default", default),))


GENERATOR_FIELDS: tuple[FieldSpec, ...] = (
    _KIND,
    FieldSpec("method", FieldType.STRING, "Method", max_length=MAX_ID_CHARS,
              help="The stochastic generator: {methods}",
              help_args=(("methods", ", ".join(GENERATOR_METHODS)),)),
    FieldSpec("seed", FieldType.INTEGER, "Seed", minimum=0, maximum=MAX_SEED,
              help="Whole number from 0 to 2^53 - 1: the same seed gives the same members"),
    FieldSpec("members", FieldType.INTEGER, "Members", minimum=1, maximum=MAX_MEMBERS,
              help="How many members to generate, 1 to {most}",
              help_args=(("most", f"{MAX_MEMBERS:,}".replace(",", " ")),)),
    _set_name("central_set", "Central inflow set",
              "The inflow set giving each node's central year and seasonal shape (default: "
              "the set named median, else the first)"),
    FieldSpec("central", FieldType.STRING, "Central year is the", optional=True,
              nullable=True, max_length=MAX_ID_CHARS,
              help="What the central set stands for: mean (default) or median"),
    _set_name("dry_set", "Dry inflow set",
              "The inflow set giving each node's dry quantile (default: the set named dry, "
              "if any)"),
    FieldSpec("dry_exceedance", FieldType.NUMBER, "Dry set exceeded in", optional=True,
              nullable=True, minimum=0.5, maximum=1, exclusive_maximum=True,
              help="Share of years with more water than the dry set; default {default} "
                   "(P = 90 %)", help_args=(("default", DEFAULT_DRY_EXCEEDANCE),)),
    _estimate("correlation", "Cross-correlation between rivers", DEFAULT_CORRELATION, 0, 1,
              "Correlation of the rivers' annual normal scores, 0 to below 1; default "
              "{default} (an estimate, see docs/ensembles.md)", exclusive=True),
    _estimate("lag1", "Year-to-year persistence", DEFAULT_LAG1, 0, 1,
              "Lag-one autocorrelation of annual normal scores, 0 to below 1; default "
              "{default} (an estimate, see docs/ensembles.md)", exclusive=True),
    _estimate("period_cv", "Period-to-period noise", DEFAULT_PERIOD_CV, 0, 2,
              "Coefficient of variation of the noise on the seasonal shape, 0 to 2; default "
              "{default} (an estimate, see docs/ensembles.md)"),
    FieldSpec("default_cv", FieldType.NUMBER, "Default coefficient of variation",
              optional=True, nullable=True, minimum=0, maximum=5,
              help="Of annual volumes, for nodes with no dry set and no cv of their own; "
                   "default {default} (the Syr Darya basin total, R49)",
              help_args=(("default", DEFAULT_CV),)),
    FieldSpec("nodes", FieldType.STRING, "Statistics per node", optional=True,
              help="Inflow node id → {mean_mcm, cv}: annual statistics replacing the fitted "
                   "ones"),
)
"""The fields of a generator source; ``nodes`` is an object checked by
:data:`NODE_STATISTICS_FIELDS`."""

NODE_STATISTICS_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("mean_mcm", FieldType.NUMBER, "Mean annual volume", "Mm³", optional=True,
              nullable=True, minimum=0, maximum=MAX_LAKE_MCM, help="Mean water-year volume",
              limit_note=LAKE_BOUND),
    FieldSpec("cv", FieldType.NUMBER, "Coefficient of variation", optional=True,
              nullable=True, minimum=0, maximum=5,
              help="Of annual volumes (standard deviation / mean), 0 to 5"),
)

RECORD_FIELDS: tuple[FieldSpec, ...] = (
    _KIND,
    _set_name("set", "Inflow set", "The multi-year inflow set whose water years are the "
                                   "members (default: the first)"),
)

MEMBERS_FIELDS: tuple[FieldSpec, ...] = (
    _KIND,
    FieldSpec("inflow_mcm", FieldType.STRING, "Members", "Mm³/period",
              help="Inflow node id → one series per member"),
    _set_name("fill_set", "Inflow set for other nodes",
              "The inflow set used in every member for inflow nodes not listed (default: "
              "the first)"),
)

SOURCE_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "generator": GENERATOR_FIELDS, "record": RECORD_FIELDS, "members": MEMBERS_FIELDS}


def _evaporation() -> FieldSpec:
    return FieldSpec("evaporation_mm", FieldType.SERIES, "Evaporation depth", "mm/period",
                     minimum=0, maximum=MAX_EVAPORATION_MM, limit_note=EVAPORATION_BOUND)


NODE_FIELDS: dict[NodeKind, tuple[FieldSpec, ...]] = {
    NodeKind.INFLOW: (
        _per_period("inflow_mcm", "Inflow", "One series per inflow set",
                    type=FieldType.SERIES_BY_SET),
    ),
    NodeKind.RESERVOIR: (
        _storage("capacity_mcm", "Capacity"),
        _storage("dead_storage_mcm", "Dead storage"),
        _storage("initial_storage_mcm", "Initial storage"),
        FieldSpec("lav", FieldType.LAV, "Level–area–volume table"),
        _evaporation(),
        _varying_flow("min_release_m3s", "Minimum release", optional=True, default=0.0),
        _varying_flow("max_release_m3s", "Maximum release",
                      "Empty: unlimited; one number, or one per period", optional=True,
                      nullable=True),
        _storage("flood_control_mcm", "Flood-control storage",
                 help="Highest storage allowed at the end of each period",
                 type=FieldType.SERIES, optional=True, nullable=True),
        _flow("seepage_m3s", "Seepage", optional=True, default=0.0),
        FieldSpec("hydropower", FieldType.HYDROPOWER, "Hydropower plant", optional=True,
                  nullable=True),
        _storage("operating_minimum_mcm", "Operating minimum",
                 help="Only the minimum release may draw the storage below it",
                 optional=True, nullable=True),
        FieldSpec("rule", FieldType.RULE, "Operating rule", optional=True, nullable=True),
    ),
    NodeKind.JUNCTION: (),
    NodeKind.DEMAND: (
        _per_period("demand_mcm", "Demand"),
        FieldSpec("priority", FieldType.INTEGER, "Priority", optional=True, default=1,
                  minimum=1, maximum=999, help="1 is served first"),
        FieldSpec("return_fraction", FieldType.NUMBER, "Return-flow fraction", optional=True,
                  default=0.0, minimum=0, maximum=1,
                  help="Share of the delivery that flows back to the river, 0 to 1"),
        FieldSpec("drainage_residence_periods", FieldType.NUMBER, "Drainage residence time",
                  "periods", optional=True, default=0.0, minimum=0, maximum=MAX_PERIODS,
                  help="0: the return flows back in the period of the delivery; "
                       "k > 0: it recharges a drainage store that releases "
                       "1 − exp(−1/k) of its content each period (from the next "
                       "period on)", limit_note=PERIODS_BOUND),
        _storage("drainage_initial_mcm", "Drainage store at the start", optional=True,
                 default=0.0, help="Water held in the drainage store at the start (needs a "
                                   "residence time above 0)"),
        _per_period("limit_mcm", "Limit", "ICWC limit: caps the delivery and is what a "
                    "proportional sharing shares", optional=True, nullable=True),
        FieldSpec("country_shares", FieldType.SHARES, "Country shares", optional=True,
                  help="Share of the zone per country (by irrigated area), summing to 1"),
    ),
    NodeKind.MIN_FLOW: (
        _per_period("required_mcm", "Required flow"),
    ),
    NodeKind.TERMINAL_LAKE: (
        _storage("initial_storage_mcm", "Initial storage", lake=True),
        FieldSpec("lav", FieldType.LAV, "Level–area–volume table"),
        _evaporation(),
        FieldSpec("precipitation_mm", FieldType.SERIES, "Precipitation depth", "mm/period",
                  minimum=0, maximum=MAX_PRECIPITATION_MM, limit_note=PRECIPITATION_BOUND),
        FieldSpec("crest_level_m", FieldType.NUMBER, "Outflow crest level", "m a.s.l.",
                  minimum=MIN_LEVEL_M, maximum=MAX_LEVEL_M, limit_note=LEVEL_BOUND),
        _flow("max_outflow_m3s", "Maximum outflow", "Empty: unlimited", optional=True,
              nullable=True),
    ),
    NodeKind.SINK: (),
}

LINK_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", FieldType.STRING, "Id", help=ID_HELP),
    FieldSpec("from", FieldType.STRING, "From"),
    FieldSpec("to", FieldType.STRING, "To"),
    FieldSpec("travel_time_periods", FieldType.INTEGER, "Travel time", "periods",
              optional=True, default=0, minimum=0, maximum=MAX_PERIODS,
              limit_note=PERIODS_BOUND),
    FieldSpec("loss_fraction", FieldType.NUMBER, "Loss fraction", optional=True, default=0.0,
              minimum=0, maximum=1, exclusive_maximum=True,
              help="Share of the flow lost on the way, from 0 up to (not including) 1"),
    _varying_flow("capacity_m3s", "Capacity", "Empty: unlimited; one number, or one per period",
                  optional=True, nullable=True, label_context="LinkFields"),
    FieldSpec("overflow", FieldType.BOOLEAN, "Overflow route", optional=True, default=False,
              help="Carries what exceeds the capacity of the node's main link"),
    _flow("initial_flow_m3s", "Flow in transit at the start", optional=True, default=0.0),
    FieldSpec("plants", FieldType.PLANTS, "Run-of-river plants", optional=True),
    FieldSpec("return_share", FieldType.NUMBER, "Return share", optional=True, nullable=True,
              minimum=0, maximum=1,
              help="On a demand's return link: its share of the return flow, 0 to 1 (the "
                   "shares of a demand's return links sum to 1); empty: an equal part of "
                   "what the others leave"),
)

TIME_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("step", FieldType.STRING, "Time step", max_length=MAX_ID_CHARS),
    FieldSpec("start", FieldType.STRING, "Start date", max_length=MAX_ID_CHARS),
    FieldSpec("periods", FieldType.INTEGER, "Periods", minimum=1, maximum=MAX_PERIODS,
              limit_note=PERIODS_BOUND),
    FieldSpec("water_year_start_month", FieldType.INTEGER, "Water year starts in month",
              optional=True, default=10, minimum=1, maximum=12),
)

METADATA_FIELDS: tuple[FieldSpec, ...] = (
    _name("name", "Name", help="Must not be empty; at most 200 characters"),
    FieldSpec("description", FieldType.STRING, "Description", optional=True, default="",
              max_length=MAX_TEXT_CHARS),
    _name("author", "Author", optional=True, default=""),
    _name("organisation", "Organisation", optional=True, default=""),
    FieldSpec("notes", FieldType.STRING, "Notes", optional=True, default="",
              max_length=MAX_TEXT_CHARS),
    FieldSpec("initial_state_date", FieldType.STRING, "Date of the initial state", optional=True,
              default="", max_length=MAX_ID_CHARS,
              help="The day the initial storages were observed (YYYY-MM-DD)"),
)

RELEASE_SPEC = _per_period("release", "Release")
"""A release schedule: one volume per period."""

MEMBER_INFLOW_SPEC = _per_period("inflow", "Inflow")
"""One member's inflow series of a stored ensemble: one volume per period."""

FORMAT_NAME = "waterplanner-scenario"
FORMAT_VERSION = 2
"""Version 2 added operating rules, allocation, time-varying limits, run-of-river plants,
countries and the energy exchange ledger; version-1 files are upgraded on reading
(:mod:`waterplanner.model.upgrade`)."""
TOP_LEVEL_KEYS = ("format", "version", "metadata", "time", "inflow_sets", "nodes", "links",
                  "release_schedules")
SCENARIO_OPTIONAL_KEYS = ("allocation", "countries", "energy_exchanges", "ensembles", "layout")
"""Optional sections that are part of the scenario (defaults: upstream_first, none, none,
none, no positions)."""
VERSION_2_KEYS = ("layout",)
"""Sections a version-1 file cannot have (its positions are in the nodes)."""
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
