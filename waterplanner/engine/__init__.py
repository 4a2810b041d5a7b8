"""The simulation engine: mass balance, hydropower and summaries (numpy and numba, no Qt).

Imported eagerly, unlike ``waterplanner.model``: every engine module needs numba anyway,
and ``simulate`` names both a submodule and the function, which a lazy package would hand
out as the module once the submodule had been imported. The optimiser (scipy) is the
separate package ``waterplanner.engine.optimise``, never imported from here.
"""

from waterplanner.engine.balance import MassBalance, check_mass_balance
from waterplanner.engine.compiled import CompiledNetwork, compile_network
from waterplanner.engine.results import (
    LINK_QUANTITIES,
    NODE_QUANTITIES,
    PLANT_QUANTITIES,
    Quantity,
    Results,
)
from waterplanner.engine.simulate import simulate
from waterplanner.engine.summary import Summary, summarize

__all__ = [
    "LINK_QUANTITIES", "NODE_QUANTITIES", "PLANT_QUANTITIES", "CompiledNetwork", "MassBalance", "Quantity", "Results",
    "Summary", "check_mass_balance", "compile_network", "simulate", "summarize",
]
