"""Names a reader understands instead of internal ids: field paths, links, nodes, in the
sources table, the warnings and the optimisation tables."""

from __future__ import annotations

import re
from dataclasses import replace

from helpers import layout_text

from waterplanner.engine.simulate import simulate
from waterplanner.report.builder import lay_out
from waterplanner.report.flow import Table
from waterplanner.report.names import field_label, humanise, link_name_by_id, node_title

LINK_ID = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)*__[a-z0-9_]+\b")
FIELD_PATH = re.compile(r"\b(?:nodes|links|release_schedules)\.[a-z_0-9]+")


def test_field_paths_in_words_with_units(energy) -> None:
    cases = {
        "nodes.toktogul.capacity_mcm": "Toktogul: capacity (Mm³)",
        "nodes.toktogul.hydropower.installed_mw": "Toktogul: hydropower plant, installed power (MW)",
        "nodes.toktogul.lav": "Toktogul: level–area–volume table",
        "nodes.north_aral.crest_level_m": "North Aral Sea: outflow crest level (m a.s.l.)",
        "nodes.naryn.inflow_mcm.dry": "Naryn: inflow, inflow set “Dry year (P≈90%)” (Mm³/period)",
        "links.charvak__chirchik_tail.capacity_m3s":
            "Charvak → Chirchik below Charvak: capacity (m³/s)",
        "links.shardara__arnasai.loss_fraction": "Shardara → Arnasai depression: loss fraction",
        "release_schedules.toktogul": "Toktogul: release schedule (Mm³/period)",
        "time.start": "Time base: start date",
        "links.toktogul__uchkurgan.plants.kurpsai.head_m":
            "Toktogul → Naryn below Uch-Kurgan: Kurpsai (run-of-river plant), head (m)",
        "nodes.toktogul.operating_minimum_mcm": "Toktogul: operating minimum (Mm³)",
    }
    for path, label in cases.items():
        assert field_label(energy, path) == label
    assert field_label(energy, "nodes.nowhere.capacity_mcm") == "nodes.nowhere.capacity_mcm"
    unknown_plant = "links.toktogul__uchkurgan.plants.nowhere.head_m"
    assert field_label(energy, unknown_plant) == unknown_plant


def test_ids_in_sentences_become_names(energy) -> None:
    text = humanise("Flow on shardara__shardara_tail at most its capacity; the lake at "
                    "kyzylorda_weir; toktogul stays", energy, ("toktogul",))
    assert text == ("Flow on the reach Shardara → Syr Darya below Shardara at most its "
                    "capacity; the lake at Syr Darya at Kyzylorda hydro-node; Toktogul stays")
    assert humanise("naryn and arys", energy) == "naryn and arys"  # plain words stay
    assert link_name_by_id(energy, "syr_delta__north_aral") == \
        "Syr Darya delta below Kazalinsk → North Aral Sea"
    assert link_name_by_id(energy, "kazalinsk__north_aral") == "kazalinsk__north_aral"
    assert node_title(energy.node("shardara")) == "Shardara (Шардара)"


def test_no_internal_id_in_the_report(gui_app, energy, energy_results) -> None:
    layout = lay_out(energy, energy_results)
    labels = [row[0] for p in layout.pages for i in p.items
              if isinstance(i.block, Table) and i.block.header[0] == "Number"
              for row in i.block.rows]
    assert len(labels) == len(energy.metadata.sources)
    assert "Toktogul: capacity (Mm³)" in labels
    assert not any(FIELD_PATH.search(x) or LINK_ID.search(x) for x in labels)
    # anywhere else: only the planner's own notes may mention ids
    own = {energy.metadata.notes, energy.metadata.description}
    own |= {str(v.get("note", "")) for v in energy.metadata.sources.values()}
    own |= {str(r.get("url", "")) for r in energy.metadata.references.values()}
    text = layout_text(layout)
    for line in own:
        text = text.replace(line, "")
    leaks = LINK_ID.findall(text) + FIELD_PATH.findall(text)
    assert not leaks, leaks[:5]


def test_flooding_warning_names_the_reach(gui_app, energy) -> None:
    links = tuple(replace(lk, capacity_m3s=100.0) if lk.id == "toktogul__uchkurgan" else lk
                  for lk in energy.links)
    scn = replace(energy, links=links)
    text = layout_text(lay_out(scn, simulate(scn, "median")))
    assert "The reach Toktogul → Naryn below Uch-Kurgan carried" in text
    assert "above its capacity (flooding)" in text
    assert "toktogul__uchkurgan" not in text


def test_countries_and_exchanges_in_words(energy) -> None:
    assert field_label(energy, "countries.KG.non_vegetation_limit_mcm") == \
        "KG Kyrgyzstan: limit, Oct–Mar (Mm³)"
    assert field_label(energy, "energy_exchanges.kz_kg_2021_power.energy_gwh") == \
        "Energy exchange KZ → KG: energy (GWh)"
    assert field_label(energy, "countries.XX.name") == "countries.XX.name"
