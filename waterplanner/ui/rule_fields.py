"""How the window names and edits a reservoir's operating rule and a demand's country
shares: the rule's labels and help, its curves as inspector fields ('rule.guide_curve_mcm'),
and country shares typed as 'UZ 0.5, KG 0.3, TJ 0.2'."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from waterplanner.model.edits import EditRefused
from waterplanner.model.nodes import OperatingRule, RuleKind
from waterplanner.model.schema import FieldSpec, FieldType
from waterplanner.ui.schedule_model import parse_number

RULE_LABELS: LabelTable[RuleKind] = LabelTable("Rules", {
    RuleKind.SCHEDULE: QT_TRANSLATE_NOOP("Rules", "Release schedule"),
    RuleKind.DEMAND_FOLLOWING: QT_TRANSLATE_NOOP("Rules", "Demand-following"),
    RuleKind.GUIDE_CURVE: QT_TRANSLATE_NOOP("Rules", "Guide curve"),
})
RULE_HELP: LabelTable[RuleKind] = LabelTable("Rules", {
    RuleKind.SCHEDULE: QT_TRANSLATE_NOOP(
        "Rules", "Release the planned schedule, limited by storage; spill when full"),
    RuleKind.DEMAND_FOLLOWING: QT_TRANSLATE_NOOP(
        "Rules", "Release what the demands and minimum flows downstream need, nearest "
        "reservoir first, within the release bounds"),
    RuleKind.GUIDE_CURVE: QT_TRANSLATE_NOOP(
        "Rules", "Release to keep the end-of-period storage on the guide curve, within the "
        "release bounds"),
})
GUIDE_CURVE_SPEC = FieldSpec("rule.guide_curve_mcm", FieldType.SERIES, "Guide curve", "Mm³",
                             help="Target storage at the end of each period")
BUFFER_SPEC = FieldSpec("rule.buffer_mcm", FieldType.SERIES,
                        QT_TRANSLATE_NOOP("Fields", "Buffer zone top"), "Mm³", nullable=True,
                        help=QT_TRANSLATE_NOOP(
                            "Fields", "While the storage at the start of a period is below "
                            "this, the release is cut to the buffer release"))
BUFFER_RELEASE_SPEC = FieldSpec("rule.buffer_release_m3s", FieldType.FLOW_OR_SERIES,
                                "Buffer release", "m³/s", nullable=True, minimum=0,
                                help=QT_TRANSLATE_NOOP(
                                    "Fields", "Release while in the buffer zone (never below "
                                    "the minimum release); empty: no cut"))
"""The rule's own fields (the model's catalogue has "Guide curve", "Buffer release" and the
guide curve's help; these mark the rest, looked up in the context "Fields" as every field
label is)."""


def shares_text(shares: dict[str, float]) -> str:
    """'UZ 0.5, KG 0.3, TJ 0.2' (empty for no shares)."""
    return ", ".join(f"{code} {share:g}" for code, share in shares.items())


def parse_shares(text: str) -> dict[str, float]:
    """Country shares typed as 'UZ 0.5, KG 0.3, TJ 0.2' (or with '=' / ':'); empty: none."""
    out: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in re.split(r"[,;]", text))):
        m = re.fullmatch(r"([A-Za-z]{2})\s*[=: ]\s*([-+0-9.eE]+)(\s*%)?", part)
        if m is None:
            raise EditRefused(translate(
                "Rules", "'{part}' is not a country and its share, such as 'UZ 0.5'").format(
                    part=part))
        share = parse_number(m.group(2)) / (100.0 if m.group(3) else 1.0)
        out[m.group(1).upper()] = share
    return out


def field_of(owner: Any, name: str) -> Any:
    """A field of a node or link; 'rule.x' is a field of a reservoir's operating rule."""
    if name.startswith("rule."):
        return getattr(owner.rule, name.split(".", 1)[1])
    return getattr(owner, name)


def rule_with(rule: OperatingRule, sub: str, value: Any) -> OperatingRule:
    """The rule with one of its curves or its buffer release changed."""
    if sub == "guide_curve_mcm":
        return replace(rule, guide_curve_mcm=value)
    if sub == "buffer_mcm":
        return replace(rule, buffer_mcm=value)
    if sub == "buffer_release_m3s":
        return replace(rule, buffer_release_m3s=value)
    raise EditRefused(translate("Rules", "an operating rule has no field '{name}'").format(
        name=sub))
