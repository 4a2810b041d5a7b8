"""A variant of the default scenario with what a negotiation table needs: declared countries
with ICWC limits, the Fergana Valley shared among three countries, and one energy exchange.

ILLUSTRATIVE numbers (not the ICWC's protocol): the Fergana Valley's shares UZ 0.78 /
TJ 0.13 / KG 0.09, the limits of KZ and UZ and the exchange are set to show the view, not
taken from a source.
"""

from __future__ import annotations

from dataclasses import replace

from waterplanner.model import validate_scenario
from waterplanner.model.countries import Country, EnergyExchange, Season
from waterplanner.model.scenario import Scenario

FERGANA_SHARES = {"UZ": 0.78, "TJ": 0.13, "KG": 0.09}
LIMITS_MCM = {"KZ": (1000.0, 5000.0), "UZ": (4500.0, 17000.0)}
"""Country → (non-vegetation, vegetation) limit, Mm³ (illustrative)."""


def negotiation_variant(base: Scenario) -> Scenario:
    """``base`` (the default scenario) with countries, limits, shares and an exchange."""
    nodes = tuple(replace(n, country_shares=dict(FERGANA_SHARES)) if n.id == "fergana" else n
                  for n in base.nodes)
    countries = (Country(code="KG"), Country(code="TJ"),
                 Country(code="UZ", non_vegetation_limit_mcm=LIMITS_MCM["UZ"][0],
                         vegetation_limit_mcm=LIMITS_MCM["UZ"][1]),
                 Country(code="KZ", non_vegetation_limit_mcm=LIMITS_MCM["KZ"][0],
                         vegetation_limit_mcm=LIMITS_MCM["KZ"][1]))
    exchange = EnergyExchange(id="uz_kg_winter", supplier="UZ", receiver="KG",
                              energy_gwh=500.0, season=Season.NON_VEGETATION, water_mcm=1000.0,
                              water_season=Season.VEGETATION,
                              note="illustrative: winter power for summer releases")
    meta = replace(base.metadata, name=base.metadata.name + " — negotiation variant",
                   notes="ILLUSTRATIVE shares, limits and exchange, set to show the Countries "
                         "view; not the ICWC's numbers.")
    s = replace(base, nodes=nodes, countries=countries, energy_exchanges=(exchange,),
                metadata=meta)
    problems = validate_scenario(s)
    assert not problems, problems
    return s
