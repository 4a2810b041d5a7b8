"""Scale-out of ensemble runs on Dask (``pip install "waterplanner[scale]"``).

Nothing else in WaterPlanner imports this package: the core and the desktop app run
without Dask. See :mod:`waterplanner.scale.dask_run` and docs/ensembles.md, "Dask".
"""
