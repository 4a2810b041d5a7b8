"""The report's optimisation section: the objective and constraints the scenario states,
and, when the schedule came from the optimiser, its result (objective before and after,
binding constraints with shadow prices, the self-check)."""

from __future__ import annotations

from typing import Any

from waterplanner.report import style
from waterplanner.report.flow import Block, Heading, Paragraph, Table
from waterplanner.report.formatting import num
from waterplanner.report.inputs import ReportInputs


def _nodes_text(nodes: tuple[str, ...], country: str = "") -> str:
    text = ", ".join(nodes) if nodes else "all"
    return f"{text} ({country})" if country else text


def _spec_blocks(inp: ReportInputs) -> list[Block]:
    """The scenario's optimisation section: objectives and constraints as stated."""
    section = inp.scenario.extensions.get("optimisation")
    if not isinstance(section, dict):
        return []
    try:
        from waterplanner.model.objectives import spec_from_document
        spec = spec_from_document(section)
    except Exception:  # noqa: BLE001 - an unreadable section is shown verbatim instead
        rows: list[list[str]] = []
        _flatten("", section, rows)
        return [Heading("Optimisation settings", 2),
                Table(["Setting", "Value"], rows, "ll", widths=[0.45, 0.55])]
    out: list[Block] = []
    dec = spec.decision_reservoirs
    out.append(Paragraph("Decision reservoirs: " + (", ".join(dec) if dec else "all") +
                         f"; water allocation: {spec.allocation}.", "body"))
    rows = [[o.label, o.kind, "maximise" if o.sense == "max" else "minimise", num(o.weight, 4),
             _nodes_text(o.nodes, o.country), o.season] for o in spec.objectives]
    if rows:
        out += [Heading("Objective terms", 2),
                Table(["Term", "Kind", "Sense", "Weight", "Nodes", "Season"], rows, "lllrll")]
    rows = [[c.label, c.kind, _nodes_text(c.nodes, c.country), c.season,
             "hard" if c.hard else f"soft (penalty {num(c.penalty, 2)})"]
            for c in spec.constraints]
    if rows:
        out += [Heading("Requirements", 2),
                Table(["Requirement", "Kind", "Nodes", "Season", "Type"], rows, "lllll")]
    return out


def _result_blocks(opt: Any) -> list[Block]:
    """An optimiser result (duck-typed, see engine.optimise.OptimisationResult)."""
    out: list[Block] = []
    unit = str(getattr(opt, "objective_unit", ""))
    before = getattr(opt, "objective_before", float("nan"))
    after = getattr(opt, "objective_after", float("nan"))
    lines = [(f"Objective (minimised): {num(before, 2)} before, {num(after, 2)} after "
              f"optimising ({unit}).")]
    if hasattr(opt, "iterations"):
        state = "converged" if getattr(opt, "converged", False) else "not converged"
        stopping = str(getattr(opt, "stopping", ""))
        lines.append(f"{opt.iterations} iterations, {state}"
                     + (f" ({stopping})." if stopping and stopping != state else "."))
    check = getattr(opt, "self_check", None)
    if check is not None and hasattr(check, "summary"):
        lines.append(str(check.summary()))
    out.append(Paragraph("\n".join(lines), "body"))
    terms = getattr(opt, "terms", ())
    rows = [[str(t.label), str(t.description), str(t.unit), num(float(t.before), 1),
             num(float(t.after), 1)] for t in terms]
    if rows:
        out += [Heading("Objective terms, before and after", 2),
                Table(["Term", "Meaning", "Unit", "Before", "After"], rows, "lllrr",
                      widths=[0.18, 0.42, 0.12, 0.14, 0.14])]
    binding = getattr(opt, "binding", ())
    rows = [[str(b.text), ", ".join(b.periods[:6]) + (" …" if len(b.periods) > 6 else ""),
             f"{num(float(b.shadow_price), 3)} {b.unit}"] for b in binding]
    out.append(Heading("Binding constraints", 2))
    if rows:
        out += [Paragraph("The requirements that limit the optimum, largest shadow price "
                          "first: relaxing one by a unit would improve the objective by "
                          "about its shadow price.", "small", style.MUTED),
                Table(["Requirement", "Periods", "Shadow price"], rows, "llr",
                      widths=[0.56, 0.26, 0.18])]
    else:
        out.append(Paragraph("No requirement binds at the optimum.", "body"))
    return out


def optimisation_section(inp: ReportInputs) -> list[Block]:
    """The optimiser's objective and binding constraints: from the result of a run when
    one is given, and the objectives and requirements the scenario states."""
    spec = _spec_blocks(inp)
    if inp.optimisation is None and not spec:
        return []
    out: list[Block] = [Heading("Optimisation")]
    if inp.optimisation is not None:
        out += [Paragraph("The release schedules of this report come from the optimiser.",
                          "body")] + _result_blocks(inp.optimisation)
    elif spec:
        out.append(Paragraph("The scenario states these objectives and requirements for the "
                             "optimiser. Binding constraints are listed when the report is "
                             "made from an optimisation run.", "body"))
    return out + spec


def _flatten(prefix: str, v: Any, rows: list[list[str]], depth: int = 0) -> None:
    if isinstance(v, dict) and depth < 3:
        for k, x in v.items():
            _flatten(f"{prefix}.{k}" if prefix else str(k), x, rows, depth + 1)
    elif isinstance(v, (list, tuple)) and v and all(isinstance(x, dict) for x in v) and depth < 3:
        for i, x in enumerate(v):
            _flatten(f"{prefix}[{i + 1}]", x, rows, depth + 1)
    else:
        if isinstance(v, float):
            text = num(v, 3 if abs(v) < 100 else 0)
        elif isinstance(v, (list, tuple)):
            text = ", ".join(str(x) for x in v[:24]) + (" …" if len(v) > 24 else "")
        else:
            text = str(v)
        rows.append([prefix, text])
