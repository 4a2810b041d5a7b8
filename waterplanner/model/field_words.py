"""Every label, help text and limit note of :mod:`waterplanner.model.schema`, marked for the
translation catalogues (context "Fields").

The schema writes its texts in English where each field is defined, and a
:class:`~waterplanner.model.schema.FieldSpec` shows them in the planner's language; this list
is what puts them in the catalogues (``pyside6-lupdate`` reads only marked literals).
``tests/i18n/test_model_messages.py`` fails when a text of the schema is missing here (a
label is listed in its spec's ``label_context``).
"""

from __future__ import annotations

from waterplanner.i18n import QT_TRANSLATE_NOOP

LABELS = (
    QT_TRANSLATE_NOOP("Fields", "Id"),
    QT_TRANSLATE_NOOP("Fields", "Kind"),
    QT_TRANSLATE_NOOP("Fields", "Name"),
    QT_TRANSLATE_NOOP("Fields", "Local name"),
    QT_TRANSLATE_NOOP("Fields", "Country"),
    QT_TRANSLATE_NOOP("Fields", "Code"),
    QT_TRANSLATE_NOOP("Fields", "Limit, Apr–Sep"),
    QT_TRANSLATE_NOOP("Fields", "Limit, Oct–Mar"),
    QT_TRANSLATE_NOOP("Fields", "Label"),
    QT_TRANSLATE_NOOP("Fields", "Description"),
    QT_TRANSLATE_NOOP("Fields", "Source"),
    QT_TRANSLATE_NOOP("Fields", "Supplier"),
    QT_TRANSLATE_NOOP("Fields", "Receiver"),
    QT_TRANSLATE_NOOP("Fields", "Energy"),
    QT_TRANSLATE_NOOP("Fields", "Season"),
    QT_TRANSLATE_NOOP("Fields", "Water in return"),
    QT_TRANSLATE_NOOP("Fields", "Season of the water"),
    QT_TRANSLATE_NOOP("Fields", "Note"),
    QT_TRANSLATE_NOOP("Fields", "Method"),
    QT_TRANSLATE_NOOP("Fields", "Seed"),
    QT_TRANSLATE_NOOP("Fields", "Members"),
    QT_TRANSLATE_NOOP("Fields", "Central inflow set"),
    QT_TRANSLATE_NOOP("Fields", "Central year is the"),
    QT_TRANSLATE_NOOP("Fields", "Dry inflow set"),
    QT_TRANSLATE_NOOP("Fields", "Dry set exceeded in"),
    QT_TRANSLATE_NOOP("Fields", "Cross-correlation between rivers"),
    QT_TRANSLATE_NOOP("Fields", "Year-to-year persistence"),
    QT_TRANSLATE_NOOP("Fields", "Period-to-period noise"),
    QT_TRANSLATE_NOOP("Fields", "Default coefficient of variation"),
    QT_TRANSLATE_NOOP("Fields", "Statistics per node"),
    QT_TRANSLATE_NOOP("Fields", "Turbine capacity"),
    QT_TRANSLATE_NOOP("Fields", "Installed power"),
    QT_TRANSLATE_NOOP("Fields", "Efficiency"),
    QT_TRANSLATE_NOOP("Fields", "Tailwater level"),
    QT_TRANSLATE_NOOP("Fields", "Level"),
    QT_TRANSLATE_NOOP("Fields", "Area"),
    QT_TRANSLATE_NOOP("Fields", "Volume"),
    QT_TRANSLATE_NOOP("Fields", "Schematic x"),
    QT_TRANSLATE_NOOP("Fields", "Schematic y"),
    QT_TRANSLATE_NOOP("Fields", "From"),
    QT_TRANSLATE_NOOP("Fields", "To"),
    QT_TRANSLATE_NOOP("Fields", "Travel time"),
    QT_TRANSLATE_NOOP("Fields", "Loss fraction"),
    QT_TRANSLATE_NOOP("Fields", "Capacity"),
    QT_TRANSLATE_NOOP("Fields", "Overflow route"),
    QT_TRANSLATE_NOOP("Fields", "Flow in transit at the start"),
    QT_TRANSLATE_NOOP("Fields", "Run-of-river plants"),
    QT_TRANSLATE_NOOP("Fields", "Return share"),
    QT_TRANSLATE_NOOP("Fields", "Inflow set for other nodes"),
    QT_TRANSLATE_NOOP("Fields", "Inflow"),
    QT_TRANSLATE_NOOP("Fields", "Author"),
    QT_TRANSLATE_NOOP("Fields", "Organisation"),
    QT_TRANSLATE_NOOP("Fields", "Notes"),
    QT_TRANSLATE_NOOP("Fields", "Date of the initial state"),
    QT_TRANSLATE_NOOP("Fields", "Dead storage"),
    QT_TRANSLATE_NOOP("Fields", "Initial storage"),
    QT_TRANSLATE_NOOP("Fields", "Level–area–volume table"),
    QT_TRANSLATE_NOOP("Fields", "Evaporation depth"),
    QT_TRANSLATE_NOOP("Fields", "Minimum release"),
    QT_TRANSLATE_NOOP("Fields", "Maximum release"),
    QT_TRANSLATE_NOOP("Fields", "Flood-control storage"),
    QT_TRANSLATE_NOOP("Fields", "Seepage"),
    QT_TRANSLATE_NOOP("Fields", "Hydropower plant"),
    QT_TRANSLATE_NOOP("Fields", "Operating minimum"),
    QT_TRANSLATE_NOOP("Fields", "Operating rule"),
    QT_TRANSLATE_NOOP("Fields", "Demand"),
    QT_TRANSLATE_NOOP("Fields", "Priority"),
    QT_TRANSLATE_NOOP("Fields", "Return-flow fraction"),
    QT_TRANSLATE_NOOP("Fields", "Drainage residence time"),
    QT_TRANSLATE_NOOP("Fields", "Drainage store at the start"),
    QT_TRANSLATE_NOOP("Fields", "Limit"),
    QT_TRANSLATE_NOOP("Fields", "Country shares"),
    QT_TRANSLATE_NOOP("Fields", "Required flow"),
    QT_TRANSLATE_NOOP("Fields", "Precipitation depth"),
    QT_TRANSLATE_NOOP("Fields", "Outflow crest level"),
    QT_TRANSLATE_NOOP("Fields", "Maximum outflow"),
    QT_TRANSLATE_NOOP("Fields", "Mean annual volume"),
    QT_TRANSLATE_NOOP("Fields", "Coefficient of variation"),
    QT_TRANSLATE_NOOP("Fields", "Head"),
    QT_TRANSLATE_NOOP("Fields", "Inflow set"),
    QT_TRANSLATE_NOOP("Fields", "Release"),
    QT_TRANSLATE_NOOP("Fields", "Guide curve"),
    QT_TRANSLATE_NOOP("Fields", "Top of buffer zone"),
    QT_TRANSLATE_NOOP("Fields", "Buffer release"),
    QT_TRANSLATE_NOOP("Fields", "Time step"),
    QT_TRANSLATE_NOOP("Fields", "Start date"),
    QT_TRANSLATE_NOOP("Fields", "Periods"),
    QT_TRANSLATE_NOOP("Fields", "Water year starts in month"),
)

HELP = (
    QT_TRANSLATE_NOOP("Fields", "1 to 64 letters, digits, _ and -"),
    QT_TRANSLATE_NOOP("Fields", "At most 200 characters"),
    QT_TRANSLATE_NOOP("Fields", "Name in the local script, e.g. Тоқтоғұл"),
    QT_TRANSLATE_NOOP("Fields", "ISO 3166 two-letter code: KG, TJ, UZ, KZ"),
    QT_TRANSLATE_NOOP("Fields", "ICWC withdrawal limit for the vegetation season"),
    QT_TRANSLATE_NOOP("Fields", "ICWC withdrawal limit for the non-vegetation season"),
    QT_TRANSLATE_NOOP("Fields", "Where the members come from: generator, record or members"),
    QT_TRANSLATE_NOOP("Fields", "Country delivering the energy"),
    QT_TRANSLATE_NOOP("Fields", "Country receiving the energy"),
    QT_TRANSLATE_NOOP("Fields", "non_vegetation (Oct–Mar) or vegetation (Apr–Sep)"),
    QT_TRANSLATE_NOOP("Fields", "generator, record or members"),
    QT_TRANSLATE_NOOP("Fields", "The stochastic generator: {methods}"),
    QT_TRANSLATE_NOOP("Fields",
                      "Whole number from 0 to 2^53 - 1: the same seed gives the same members"),
    QT_TRANSLATE_NOOP("Fields", "How many members to generate, 1 to {most}"),
    QT_TRANSLATE_NOOP("Fields",
                      "The inflow set giving each node's central year and seasonal shape "
                      "(default: the set named median, else the first)"),
    QT_TRANSLATE_NOOP("Fields", "What the central set stands for: mean (default) or median"),
    QT_TRANSLATE_NOOP("Fields",
                      "The inflow set giving each node's dry quantile (default: the set "
                      "named dry, if any)"),
    QT_TRANSLATE_NOOP("Fields",
                      "Share of years with more water than the dry set; default {default} (P "
                      "= 90 %)"),
    QT_TRANSLATE_NOOP("Fields",
                      "Correlation of the rivers' annual normal scores, 0 to below 1; "
                      "default {default} (an estimate, see docs/ensembles.md)"),
    QT_TRANSLATE_NOOP("Fields",
                      "Lag-one autocorrelation of annual normal scores, 0 to below 1; "
                      "default {default} (an estimate, see docs/ensembles.md)"),
    QT_TRANSLATE_NOOP("Fields",
                      "Coefficient of variation of the noise on the seasonal shape, 0 to 2; "
                      "default {default} (an estimate, see docs/ensembles.md)"),
    QT_TRANSLATE_NOOP("Fields",
                      "Of annual volumes, for nodes with no dry set and no cv of their own; "
                      "default {default} (the Syr Darya basin total, R49)"),
    QT_TRANSLATE_NOOP("Fields",
                      "Inflow node id → {mean_mcm, cv}: annual statistics replacing the "
                      "fitted ones"),
    QT_TRANSLATE_NOOP("Fields", "Share of the water's power turned into electricity, 0 to 1"),
    QT_TRANSLATE_NOOP("Fields",
                      "Share of the flow lost on the way, from 0 up to (not including) 1"),
    QT_TRANSLATE_NOOP("Fields", "Empty: unlimited; one number, or one per period"),
    QT_TRANSLATE_NOOP("Fields", "Carries what exceeds the capacity of the node's main link"),
    QT_TRANSLATE_NOOP("Fields",
                      "On a demand's return link: its share of the return flow, 0 to 1 (the "
                      "shares of a demand's return links sum to 1); empty: an equal part of "
                      "what the others leave"),
    QT_TRANSLATE_NOOP("Fields", "Inflow node id → one series per member"),
    QT_TRANSLATE_NOOP("Fields",
                      "The inflow set used in every member for inflow nodes not listed "
                      "(default: the first)"),
    QT_TRANSLATE_NOOP("Fields", "Must not be empty; at most 200 characters"),
    QT_TRANSLATE_NOOP("Fields", "The day the initial storages were observed (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Fields", "One series per inflow set"),
    QT_TRANSLATE_NOOP("Fields", "One number, or one per period"),
    QT_TRANSLATE_NOOP("Fields", "Highest storage allowed at the end of each period"),
    QT_TRANSLATE_NOOP("Fields", "Only the minimum release may draw the storage below it"),
    QT_TRANSLATE_NOOP("Fields", "1 is served first"),
    QT_TRANSLATE_NOOP("Fields", "Share of the delivery that flows back to the river, 0 to 1"),
    QT_TRANSLATE_NOOP("Fields",
                      "0: the return flows back in the period of the delivery; k > 0: it "
                      "recharges a drainage store that releases 1 − exp(−1/k) of its content "
                      "each period (from the next period on)"),
    QT_TRANSLATE_NOOP("Fields",
                      "Water held in the drainage store at the start (needs a residence time "
                      "above 0)"),
    QT_TRANSLATE_NOOP("Fields",
                      "ICWC limit: caps the delivery and is what a proportional sharing "
                      "shares"),
    QT_TRANSLATE_NOOP("Fields", "Share of the zone per country (by irrigated area), summing to 1"),
    QT_TRANSLATE_NOOP("Fields", "Empty: unlimited"),
    QT_TRANSLATE_NOOP("Fields", "Mean water-year volume"),
    QT_TRANSLATE_NOOP("Fields", "Of annual volumes (standard deviation / mean), 0 to 5"),
    QT_TRANSLATE_NOOP("Fields", "Gross head of the plant"),
    QT_TRANSLATE_NOOP("Fields",
                      "The multi-year inflow set whose water years are the members (default: "
                      "the first)"),
    QT_TRANSLATE_NOOP("Fields",
                      "schedule: release the scheduled target; demand_following: release "
                      "what the demands and minimum flows below need; guide_curve: keep the "
                      "storage on a target curve"),
    QT_TRANSLATE_NOOP("Fields", "Target storage at the end of each period"),
    QT_TRANSLATE_NOOP("Fields",
                      "Below it (at the start of a period) the release is cut to the buffer "
                      "release"),
    QT_TRANSLATE_NOOP("Fields", "Release while in the buffer zone; one number, or one per period"),
)

LINK_LABELS = (
    QT_TRANSLATE_NOOP("LinkFields", "Capacity"),
)
"""Labels of link fields spelled like a node field's but worded otherwise (a link's capacity
is a flow)."""

LIMIT_NOTES = (
    QT_TRANSLATE_NOOP("Fields",
                      "at most 100 000 000 Mm³ (100 000 km³): the largest lake on Earth, the "
                      "Caspian Sea, holds about 78 000 km³"),
    QT_TRANSLATE_NOOP("Fields",
                      "at most 1 000 000 m³/s: the largest river flow on Earth, the Amazon "
                      "in flood, is about 300 000 m³/s"),
    QT_TRANSLATE_NOOP("Fields",
                      "at most 1 000 000 MW: the largest power station on Earth, Three "
                      "Gorges, has 22 500 MW"),
    QT_TRANSLATE_NOOP("Fields",
                      "between -500 and 9 000 m a.s.l.: the Dead Sea shore lies at about "
                      "-430 m, the summit of Everest at 8 849 m"),
    QT_TRANSLATE_NOOP("Fields",
                      "at most 1 000 000 km²: the largest lake on Earth, the Caspian Sea, "
                      "covers about 371 000 km²"),
    QT_TRANSLATE_NOOP("Fields",
                      "between -1 000 000 and 1 000 000 (a place on the schematic drawing)"),
    QT_TRANSLATE_NOOP("Fields", "at most 400 000 periods (about 1 100 years of days)"),
    QT_TRANSLATE_NOOP("Fields",
                      "at most 1 000 000 Mm³ per period: even the Amazon carries about 560 "
                      "000 Mm³ in a month"),
    QT_TRANSLATE_NOOP("Fields",
                      "at most 1 000 000 Mm³ (1 000 km³): the largest reservoir on Earth, "
                      "Kariba, holds about 180 km³"),
    QT_TRANSLATE_NOOP("Fields",
                      "at most 2 000 mm per period: open water in the hottest deserts loses "
                      "about 4 000 mm in a whole year"),
    QT_TRANSLATE_NOOP("Fields",
                      "at most 10 000 mm per period: the wettest month ever recorded "
                      "(Cherrapunji, July 1861) brought about 9 300 mm"),
)
