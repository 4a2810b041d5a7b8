"""The report's last section, "Assumptions and data sources": the scenario's description and
notes, the model's assumptions, the inflow sets, and where each number of the scenario comes
from (its basis, references and notes, as the scenario file states them)."""

from __future__ import annotations

from waterplanner.engine.summary import fill_definition
from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.i18n.dates import time_label
from waterplanner.i18n.figures import counted
from waterplanner.report import style
from waterplanner.report.flow import Block, Heading, Paragraph, Table, clip
from waterplanner.report.formatting import num
from waterplanner.report.inputs import ReportInputs
from waterplanner.report.names import field_label, field_sort_key
from waterplanner.report.timeaxis import periods_text

MAX_NOTES_CHARS = 12_000
"""The scenario's description and notes are printed up to this length."""

BASIS_WORDS: LabelTable[str] = LabelTable("ReportSources", {
    "cited": QT_TRANSLATE_NOOP("ReportSources", "cited"),
    "derived": QT_TRANSLATE_NOOP("ReportSources", "derived"),
    "estimate": QT_TRANSLATE_NOOP("ReportSources", "estimate"),
    "unspecified": QT_TRANSLATE_NOOP("ReportSources", "unspecified"),
})
"""The bases a scenario file gives its numbers, in the planner's language (any other basis
is printed as the file spells it)."""


def basis_word(basis: str) -> str:
    """A number's basis as the reader's language says it ('cited' → «приведено»)."""
    return BASIS_WORDS.get(basis, basis)


def _assumptions(inp: ReportInputs) -> list[str]:
    t = inp.scenario.time
    out = [
        translate("ReportSources", "Time base: {periods} from {first} to {last} (water year "
                                   "starting in month {month}).").format(
            periods=periods_text(t.step, t.periods, str(t.periods)), first=time_label(t, 0),
            last=time_label(t, t.periods - 1), month=t.water_year_start_month),
        translate("ReportSources", "Each reservoir follows its target release unless storage, "
                                   "the minimum or maximum release or its flood-control space "
                                   "forces otherwise; water above capacity spills."),
        translate("ReportSources", "Demands take water at their intake in priority order, "
                                   "upstream first; a share returns downstream. Demands at a "
                                   "minimum-flow point take only what exceeds it."),
        translate("ReportSources", "Evaporation and precipitation act on the surface area "
                                   "interpolated from each level–area–volume table. Energy uses "
                                   "the net head (level minus tailwater) and the turbine flow, "
                                   "capped at the turbine capacity; spill makes no energy."),
        translate("ReportSources", "Winter is October–March (non-vegetation season), summer "
                                   "April–September."),
        translate("ReportSources", "Volumes are in million m³ (Mm³) per period; flows in m³/s "
                                   "are period means, converted with each period's exact "
                                   "length."),
        translate("ReportSources", "A reservoir's fill in % is its {definition}.").format(
            definition=fill_definition()),
    ]
    if inp.time.aggregated:
        out.append(inp.time.describe())
    return out


def _sources_blocks(inp: ReportInputs) -> list[Block]:
    """The table of the scenario's numbers with their basis, references and notes."""
    scn = inp.scenario
    m = scn.metadata
    counts: dict[str, int] = {}
    for v in m.sources.values():
        b = str(v.get("basis", "")) if isinstance(v, dict) else ""
        counts[b or "unspecified"] = counts.get(b or "unspecified", 0) + 1
    summary = ", ".join(translate("ReportSources", "{count} {basis}").format(
        count=n, basis=basis_word(k)) for k, n in sorted(counts.items()))
    rows = []
    for path in sorted(m.sources, key=lambda p: field_sort_key(scn, p)):
        v = m.sources[path]
        v = v if isinstance(v, dict) else {"note": str(v)}
        refs = v.get("refs", [])
        rows.append([field_label(scn, path), clip(basis_word(str(v.get("basis", ""))), 40),
                     ", ".join(str(r) for r in refs) if isinstance(refs, list)
                     else str(refs), str(v.get("note", ""))])
    entries = counted("ReportSources", "%n entries", len(rows), "%n entries")
    return [Heading(translate("ReportSources", "Sources of the numbers"), 2),
            Paragraph(translate("ReportSources", "{entries} ({summary}). Basis: cited = taken "
                                                 "from the reference; derived = computed from "
                                                 "cited numbers; estimate = the modeller's "
                                                 "judgement.").format(entries=entries,
                                                                      summary=summary),
                      "small", style.MUTED),
            Table([translate("ReportSources", "Number"), translate("ReportSources", "Basis"),
                   translate("ReportSources", "Refs"), translate("ReportSources", "Note")],
                  rows, "llll", widths=[0.27, 0.09, 0.10, 0.54], wrap_anywhere=frozenset({2}))]


def sources_section(inp: ReportInputs) -> list[Block]:
    """Model assumptions, inflow sets, and the provenance of the scenario's numbers."""
    scn = inp.scenario
    m = scn.metadata
    out: list[Block] = [Heading(translate("ReportSources", "Assumptions and data sources"))]
    for text in (m.description, m.notes):
        if text:
            out.append(Paragraph(clip(text, MAX_NOTES_CHARS), "body"))
            if len(text) > MAX_NOTES_CHARS:
                out.append(Paragraph(translate(
                    "ReportSources", "(Cut after {count} characters; the whole text is in the "
                                     "scenario file.)").format(count=num(MAX_NOTES_CHARS)),
                    "small", style.MUTED))
    out += [Heading(translate("ReportSources", "Model assumptions"), 2),
            Paragraph("\n".join(f"• {a}" for a in _assumptions(inp)), "body")]
    rows = [[clip(s.name, 40), clip(s.label, 80) or "–", s.description or "–"]
            for s in scn.inflow_sets]
    uses = translate("ReportSources", "This report uses the {inflows} (see 'Risk over the "
                                      "inflow ensemble').") if inp.is_ensemble else \
        translate("ReportSources", "This report uses the {inflows}.")
    out += [Heading(translate("ReportSources", "Inflow sets"), 2),
            Paragraph(uses.format(inflows=clip(inp.inflow_words(), 120)), "body"),
            Table([translate("ReportSources", "Set"), translate("ReportSources", "Label"),
                   translate("ReportSources", "Description")], rows, "lll",
                  widths=[0.14, 0.22, 0.64])]
    if m.sources:
        out += _sources_blocks(inp)
    if m.references:
        rows = []
        for code, ref in m.references.items():
            ref = ref if isinstance(ref, dict) else {"title": str(ref)}
            where = ref.get("url") or ref.get("address") or ref.get("doi") or ""
            rows.append([clip(code, 40),
                         str(ref.get("title", "")) + (f"\n{where}" if where else "")])
        out += [Heading(translate("ReportSources", "References"), 2),
                Table([translate("ReportSources", "Code"),
                       translate("ReportSources", "Reference")], rows, "ll",
                      widths=[0.1, 0.9], wrap_anywhere=frozenset({1}))]
    return out


def _counted_texts() -> None:
    """Counted texts, marked for the catalogues (never called; see waterplanner.i18n)."""
    translate("ReportSources", "%n entries", None, 1)
