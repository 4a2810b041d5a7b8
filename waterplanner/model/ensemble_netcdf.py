"""Inflow ensembles in NetCDF files: read (for import) and write.

A file holds one variable per inflow node, named by the node's id, with dimensions
``(member, time)`` (in either order), a ``units`` attribute (``Mm3``, ``m3/s``, … as the
series import knows them) and, as the ``time`` coordinate, the first day of each period of
the scenario's horizon. Reading and writing need the optional packages xarray and
h5netcdf (``pip install "waterplanner[ensembles]"``); they are imported only here, when a
NetCDF file is read or written, so the rest of the program never needs them.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from waterplanner.i18n import translate
from waterplanner.i18n.numbers import decimal_mark
from waterplanner.model.ensembles import Ensemble
from waterplanner.model.import_units import Unit, known_units_text, parse_unit, to_mcm
from waterplanner.model.nodes import InflowNode
from waterplanner.model.scenario import Scenario
from waterplanner.model.spreadsheet import ImportProblem, SeriesImportError
from waterplanner.model.timebase import TimeBase

NETCDF_EXTRA = 'pip install "waterplanner[ensembles]"'


def _xarray() -> Any:
    """xarray, with h5netcdf behind it, or a clear refusal naming the extra to install."""
    try:
        import h5netcdf  # noqa: F401
        import xarray
    except ImportError:
        raise SeriesImportError([ImportProblem(translate(
            "EnsembleNetCDF", "NetCDF files need the optional packages xarray and h5netcdf, "
                              "which are not installed: {command}").format(
            command=NETCDF_EXTRA))]) from None
    return xarray


def write_ensemble_netcdf(path: str | os.PathLike[str], time: TimeBase,
                          inflow_mcm: dict[str, np.ndarray], *, title: str = "") -> None:
    """Write members [member, period] per node (Mm³ per period) as NetCDF (h5netcdf)."""
    xr = _xarray()
    starts = np.array(time.starts, dtype="datetime64[ns]")
    m = next(iter(inflow_mcm.values())).shape[0] if inflow_mcm else 0
    ds = xr.Dataset(
        {nid: (("member", "time"), np.asarray(a, dtype=float),
               {"units": "Mm3", "long_name": f"inflow of {nid} per period"})
         for nid, a in inflow_mcm.items()},
        coords={"member": np.arange(m), "time": starts},
        attrs={"title": title or "WaterPlanner inflow ensemble",
               "time_step": time.step.value,
               "note": "volume per period, the period starting at each time"})
    target = os.fspath(path)
    partial = os.path.join(os.path.dirname(target) or ".",
                           f".{os.path.basename(target)}.partial")
    try:
        ds.to_netcdf(partial, engine="h5netcdf")
        os.replace(partial, target)  # a file half-written is never left under the name
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def _check_time(coord: Any, time: TimeBase, problems: list[ImportProblem]) -> None:
    values = np.asarray(coord.values)
    if len(values) != time.periods:
        problems.append(ImportProblem(_time_steps(len(values), time.periods)))
        return
    if np.issubdtype(values.dtype, np.datetime64):
        want = np.array(time.starts, dtype="datetime64[D]")
        got = values.astype("datetime64[D]")
        wrong = np.flatnonzero(got != want)
        if len(wrong):
            i = int(wrong[0])
            problems.append(ImportProblem(translate(
                "EnsembleNetCDF", "time step {step} is {date}, but period {step} of the "
                                  "scenario starts on {start}: the file's times must be the "
                                  "first days of the horizon's periods").format(
                step=i + 1, date=got[i], start=want[i])))


def _time_steps(steps: int, periods: int) -> str:
    return translate("EnsembleNetCDF", "the time dimension has {steps} steps but the scenario "
                                       "has {periods} periods").format(steps=steps,
                                                                       periods=periods)


def read_ensemble_netcdf(scenario: Scenario, path: str | os.PathLike[str], *,
                         unit: Unit | None = None) -> dict[str, np.ndarray]:
    """Inflow node id → [member, period] (Mm³ per period) from a NetCDF file; raises
    :class:`SeriesImportError` listing every problem. ``unit`` is used for variables whose
    ``units`` attribute is missing."""
    xr = _xarray()
    name = os.path.basename(os.fspath(path))
    try:
        ds = xr.open_dataset(path, engine="h5netcdf")
    except (OSError, ValueError) as e:
        raise SeriesImportError([ImportProblem(translate(
            "EnsembleNetCDF", "{name} cannot be read as NetCDF: {error}").format(
            name=name, error=e))]) from None
    problems: list[ImportProblem] = []
    out: dict[str, np.ndarray] = {}
    with ds:
        if "time" in ds.coords:
            _check_time(ds.coords["time"], scenario.time, problems)
        inflow_ids = {n.id for n in scenario.nodes if isinstance(n, InflowNode)}
        for var in ds.data_vars:
            da = ds[var]
            nid = str(var)
            where = translate("EnsembleNetCDF", "variable '{name}'").format(name=nid)
            if set(da.dims) != {"member", "time"}:
                problems.append(ImportProblem(translate(
                    "EnsembleNetCDF", "{where} has dimensions {dims}; an ensemble needs "
                                      "(member, time)").format(where=where,
                                                               dims=tuple(da.dims))))
                continue
            if nid not in inflow_ids:
                problems.append(ImportProblem(translate(
                    "EnsembleNetCDF", "{where}: '{id}' is not an inflow node of this scenario")
                    .format(where=where, id=nid)))
                continue
            units = da.attrs.get("units")
            u = parse_unit(str(units)) if units is not None else unit
            if u is None:
                why = translate("EnsembleNetCDF", "unknown units '{units}' (use {known})") \
                    if units is not None else \
                    translate("EnsembleNetCDF", "no units attribute: give the unit ({known})")
                problems.append(ImportProblem(f"{where}: " + why.format(
                    units=units, known=known_units_text())))
                continue
            values = np.asarray(da.transpose("member", "time").values, dtype=float)
            if values.shape[1] != scenario.time.periods:
                continue  # reported with the time coordinate (or below, without one)
            bad = ~np.isfinite(values) | (values < 0)
            if bad.any():
                k, p = (int(x) for x in np.argwhere(bad)[0])
                problems.append(ImportProblem(translate(
                    "EnsembleNetCDF", "{where}: member {member}, period {period} is {value}; "
                                      "inflows must be numbers of at least 0 ({count} such "
                                      "values)").format(
                    where=where, member=k + 1, period=p + 1,
                    value=f"{values[k, p]:g}".replace(".", decimal_mark()),
                    count=int(bad.sum()))))
                continue
            out[nid] = to_mcm(values, u, scenario.time.days)
        if "time" not in ds.coords and ds.sizes.get("time", scenario.time.periods) \
                != scenario.time.periods:
            problems.append(ImportProblem(_time_steps(ds.sizes["time"],
                                                      scenario.time.periods)))
    if not out and not problems:
        problems.append(ImportProblem(translate(
            "EnsembleNetCDF", "{name} holds no variable with dimensions (member, time)").format(
            name=name)))
    if problems:
        raise SeriesImportError(problems)
    if len({a.shape[0] for a in out.values()}) > 1:
        raise SeriesImportError([ImportProblem(translate(
            "EnsembleNetCDF", "the variables have different numbers of members"))])
    return out


def import_ensemble_netcdf(scenario: Scenario, path: str | os.PathLike[str], *, name: str,
                           label: str = "", description: str = "",
                           unit: Unit | None = None) -> Ensemble:
    """The ensemble held in a NetCDF file, as stored members."""
    from waterplanner.model.ensemble_import import members_ensemble
    return members_ensemble(read_ensemble_netcdf(scenario, path, unit=unit), name=name,
                            label=label, description=description)
