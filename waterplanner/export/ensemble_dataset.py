"""Ensemble results as an xarray Dataset, written to NetCDF (h5netcdf) or Zarr.

Dimensions ``member, period, node`` (``link`` for link quantities, ``plant`` for
run-of-river plants); every variable has its ``units`` and ``long_name``; the Dataset's
attributes carry the scenario's name and SHA-256 (the report's hash), the inflow set,
what made the members (generator, seed) and the program version. Periods are the dates
each period starts; volumes are Mm³ per period, as everywhere in WaterPlanner.

xarray (and h5netcdf or zarr) are an optional extra (``pip install "waterplanner[scale]"``):
they are imported only when a Dataset is made, with a message saying so when missing.

:class:`DatasetWriter` writes an ensemble chunk by chunk in member order (NetCDF with an
unlimited member dimension, Zarr appended along ``member``), so a large ensemble never has
to be held whole.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from waterplanner import __version__
from waterplanner.engine.results import (
    LINK_QUANTITIES,
    NODE_QUANTITIES,
    PLANT_QUANTITIES,
    Quantity,
    Results,
)
from waterplanner.i18n import translate
from waterplanner.model.document import scenario_sha256

if TYPE_CHECKING:
    import xarray as xr

FORMATS = {".nc": "netcdf", ".zarr": "zarr"}
"""File extension → format."""


class MissingExtra(ImportError):
    """An optional dependency of the ensemble files is not installed (message says which)."""


def require(module: str) -> Any:
    """Import an optional module, or raise :class:`MissingExtra` naming the extra."""
    import importlib
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(translate("EnsembleFiles", "{module} is not installed: ensemble "
                                                      "result files need the optional extra, pip "
                                                      "install \"waterplanner[scale]\"").format(
            module=module)) from None


def file_format(path: str | os.PathLike[str]) -> str | None:
    """'netcdf' or 'zarr' by the file's extension; None for anything else (a folder)."""
    return FORMATS.get(Path(path).suffix.lower())


def results_dataset(r: Results, *, first_member: int = 0,
                    attrs: Mapping[str, object] | None = None,
                    quantities: tuple[str, ...] | None = None) -> xr.Dataset:
    """Every quantity of ``r`` (or only ``quantities``) as a Dataset; members are numbered
    from ``first_member`` (the chunk's place in the whole ensemble)."""
    xr = require("xarray")
    scn = r.scenario
    wanted = set(quantities) if quantities is not None else None

    def chosen(qs: tuple[Quantity, ...]) -> list[Quantity]:
        return [q for q in qs if wanted is None or q.name in wanted]

    data: dict[str, Any] = {}
    for q in chosen(NODE_QUANTITIES):
        data[q.name] = (("member", "period", "node"), _by_period(getattr(r, q.name)), _attrs(q))
    for q in chosen(LINK_QUANTITIES):
        data[q.name] = (("member", "period", "link"), _by_period(getattr(r, q.name)), _attrs(q))
    if r.plant_ids:
        for q in chosen(PLANT_QUANTITIES):
            data[q.name] = (("member", "period", "plant"), _by_period(getattr(r, q.name)),
                            _attrs(q))
    coords: dict[str, Any] = {
        "member": ("member", np.arange(first_member, first_member + r.members, dtype=np.int64)),
        "period": ("period", np.array(scn.time.starts, dtype="datetime64[ns]")),
        "period_end": ("period", np.array(scn.time.boundaries[1:], dtype="datetime64[ns]")),
        "node": ("node", np.array(r.node_ids, dtype=object)),
        "node_name": ("node", np.array([scn.node(i).name for i in r.node_ids], dtype=object)),
        "node_kind": ("node", np.array([scn.node(i).kind.value for i in r.node_ids],
                                       dtype=object)),
        "link": ("link", np.array(r.link_ids, dtype=object)),
    }
    if r.plant_ids:
        coords["plant"] = ("plant", np.array(r.plant_ids, dtype=object))
    meta: dict[str, object] = {"title": f"WaterPlanner ensemble results: {scn.metadata.name}",
            "scenario_name": scn.metadata.name, "scenario_sha256": scenario_sha256(scn),
            "inflow_set": r.inflow_set, "time_step": scn.time.step.value,
            "conventions": "volumes in Mm³ per period; storage and level at the end of each "
                           "period; period = the date the period starts",
            "waterplanner_version": __version__}
    meta.update({k: _attr_value(v) for k, v in (attrs or {}).items()})
    return xr.Dataset(data, coords=coords, attrs=meta)


def _by_period(a: np.ndarray) -> np.ndarray:
    """[member, element, period] → [member, period, element], a contiguous copy."""
    return np.ascontiguousarray(np.asarray(a).transpose(0, 2, 1))


def _attrs(q: Quantity) -> dict[str, str]:
    return {"units": q.unit, "long_name": q.label}


def _attr_value(v: object) -> object:
    """A value a NetCDF attribute can hold (None becomes '')."""
    if v is None:
        return ""
    return v if isinstance(v, (str, int, float)) else str(v)


def write_dataset(ds: xr.Dataset, path: str | os.PathLike[str]) -> None:
    """Write a whole Dataset, format by the extension (.nc or .zarr)."""
    with DatasetWriter(path) as w:
        w.append(ds)


def open_dataset(path: str | os.PathLike[str]) -> xr.Dataset:
    """Read a file written here, loaded into memory."""
    xr = require("xarray")
    fmt = _format_or_refuse(path)
    if fmt == "netcdf":
        require("h5netcdf")
        with xr.open_dataset(path, engine="h5netcdf") as ds:
            return ds.load()
    require("zarr")
    with xr.open_zarr(path) as ds:
        return ds.load()


def _format_or_refuse(path: str | os.PathLike[str]) -> str:
    fmt = file_format(path)
    if fmt is None:
        raise ValueError(translate("EnsembleFiles", "{path}: ensemble results are written as "
                                                    ".nc (NetCDF) or .zarr").format(path=path))
    return fmt


class DatasetWriter:
    """Writes chunks of one ensemble in member order to a NetCDF file or a Zarr store."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.format = _format_or_refuse(path)
        require("xarray")
        require("h5netcdf" if self.format == "netcdf" else "zarr")
        self.members = 0

    def __enter__(self) -> DatasetWriter:  # noqa: PYI034 - a final class
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def append(self, ds: xr.Dataset) -> None:
        """Add the next chunk's members (they must follow the ones already written)."""
        first = int(ds["member"].values[0]) if ds.sizes["member"] else self.members
        if first != self.members:
            raise ValueError(f"chunk starts at member {first}, expected {self.members}")
        if self.format == "zarr":
            self._append_zarr(ds)
        else:
            self._append_netcdf(ds)
        self.members += ds.sizes["member"]

    def _append_zarr(self, ds: xr.Dataset) -> None:
        if self.members == 0:
            ds.to_zarr(self.path, mode="w", zarr_format=2, consolidated=True)
        else:
            ds.drop_vars([v for v in ds.variables if "member" not in ds[v].dims]) \
                .to_zarr(self.path, append_dim="member", zarr_format=2, consolidated=True)

    def _append_netcdf(self, ds: xr.Dataset) -> None:
        if self.members == 0:
            if self.path.exists():
                self.path.unlink()
            ds.to_netcdf(self.path, engine="h5netcdf", unlimited_dims=["member"])
            return
        import h5netcdf
        n0, n1 = self.members, self.members + ds.sizes["member"]
        with h5netcdf.File(self.path, "a") as f:
            f.resize_dimension("member", n1)
            for name, var in ds.variables.items():
                if "member" in var.dims:
                    f.variables[name][n0:n1, ...] = var.values
