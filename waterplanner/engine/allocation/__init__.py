"""Per-period allocation: demand-following reservoirs and the two allocation policies.

See docs/allocation.md for the semantics of one period. :mod:`.zones` cuts the network into
the parts that share water within a period; :mod:`.inputs` reads what a zone starts a period
with; :mod:`.problem` states the zone's allocation as a linear programme and
:mod:`.lexicographic` solves it level by level (HiGHS, through scipy, imported only when a
scenario needs it); :mod:`.driver` runs the simulation zone after zone.
"""
