"""The installable bundle's recipe (packaging/waterplanner.spec, bundle_contents.py), checked
without PyInstaller: it carries every resource the package loads, declares the program's
entry points, and keeps out what the program never needs.

The spec is run here as PyInstaller runs it, with stand-ins for PyInstaller's Analysis, PYZ,
EXE and COLLECT that record what they are given.
"""

from __future__ import annotations

import ast
import fnmatch
import sys
import tomllib
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from waterplanner.cli.main import COMMANDS

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "waterplanner.spec"


@pytest.fixture
def contents(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """packaging/bundle_contents.py, imported as the spec imports it."""
    monkeypatch.syspath_prepend(str(PACKAGING))
    monkeypatch.delitem(sys.modules, "bundle_contents", raising=False)
    import bundle_contents
    return bundle_contents


class Recorder:
    """Stand-ins for PyInstaller's build steps, keeping their arguments."""

    def __init__(self, binaries: list[tuple[str, str, str]]) -> None:
        self.binaries = binaries
        self.analyses: list[SimpleNamespace] = []
        self.exes: list[dict[str, Any]] = []
        self.collects: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def namespace(self) -> dict[str, Any]:
        def analysis(scripts: list[str], **kw: Any) -> SimpleNamespace:
            # what the spec asks for, and (binaries) what PyInstaller would have found
            a = SimpleNamespace(scripts=scripts, given=SimpleNamespace(**kw),
                                binaries=list(self.binaries), datas=[], pure=["pure"])
            self.analyses.append(a)
            return a

        def exe(*args: Any, **kw: Any) -> dict[str, Any]:
            self.exes.append(kw)
            return kw

        def collect(*args: Any, **kw: Any) -> None:
            self.collects.append((args, kw))

        return {"Analysis": analysis, "PYZ": lambda pure: ("pyz", pure), "EXE": exe,
                "COLLECT": collect, "SPECPATH": str(PACKAGING), "__file__": str(SPEC)}


def run_spec(binaries: list[tuple[str, str, str]] | None = None) -> Recorder:
    recorder = Recorder(binaries or [])
    spec = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(spec, recorder.namespace())  # noqa: S102 - run as PyInstaller runs it
    return recorder


def resource_files() -> set[Path]:
    """Every file under resources/ (what the package may load), but Python's caches and the
    translation sources (.ts; the program loads their compiled .qm)."""
    root = REPO / "resources"
    return {p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            and p.suffix not in (".pyc", ".nbi", ".nbc", ".ts")}


def test_the_bundle_carries_the_help_pages(contents: ModuleType) -> None:
    """Every page and picture of docs/ (the Help window's pages, translations included)
    and the example files the guide opens go into the bundle."""
    import glob
    docs = REPO / "docs"
    wanted = {p for p in docs.rglob("*") if p.is_file() and (
        p.suffix in (".md", ".png") and "examples" not in p.parts
        or p.suffix in (".wplan", ".xlsx") and p.parent.name == "examples")}
    carried = {Path(f) for src, _ in contents.resource_datas() for f in glob.glob(src)}
    missing = sorted(str(p.relative_to(REPO)) for p in wanted - carried)
    assert not missing, f"add these to DOCS_DATAS in packaging/bundle_contents.py: {missing}"


def test_the_bundle_carries_every_file_under_resources(contents: ModuleType) -> None:
    missing = resource_files() - contents.bundled_resource_files()
    assert not missing, (f"add these to RESOURCE_DATAS in packaging/bundle_contents.py: "
                         f"{sorted(str(p.relative_to(REPO)) for p in missing)}")


def test_the_wheel_carries_the_same_resources(contents: ModuleType) -> None:
    """pyproject's package-data (the wheel) and the bundle agree on the resources."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["waterplanner.resources"]
    root = REPO / "resources"
    outside = [p.relative_to(root).as_posix() for p in resource_files() if p.name != "__init__.py"
               and not any(fnmatch.fnmatch(p.relative_to(root).as_posix(), g) for g in globs)]
    assert not outside, f"not in pyproject's package-data: {outside}"


def test_the_wheel_carries_the_help_pages() -> None:
    """pyproject's package-data puts every page, picture (translations' too) and example of
    docs/ into the wheel, as the bundle does."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["waterplanner.docs"]
    docs = REPO / "docs"
    files = [p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()
             and p.suffix in (".md", ".png", ".wplan", ".xlsx")]
    outside = [f for f in files if not any(fnmatch.fnmatch(f, g) and f.count("/") ==
                                           g.count("/") for g in globs)]
    assert not outside, f"not in pyproject's package-data for waterplanner.docs: {outside}"


def test_the_spec_puts_the_resources_where_the_package_finds_them(
        contents: ModuleType) -> None:
    [analysis] = run_spec().analyses
    assert analysis.given.datas == contents.resource_datas()
    for source, folder in analysis.given.datas:
        assert folder.startswith(("waterplanner/resources", "waterplanner/docs"))
        assert list(Path(source).parent.glob(Path(source).name)), source
    folders = {folder for _, folder in analysis.given.datas}
    assert {"waterplanner/resources", "waterplanner/resources/scenarios",
            "waterplanner/resources/fonts", "waterplanner/resources/icons",
            "waterplanner/resources/translations", "waterplanner/docs",
            "waterplanner/docs/images"} <= folders


def test_the_spec_declares_the_entry_points(contents: ModuleType,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = run_spec()
    [analysis] = recorder.analyses
    assert analysis.scripts == [str(PACKAGING / "bundle_main.py")]
    assert [(e["name"], e["console"]) for e in recorder.exes] == [("waterplanner", True)]
    [(args, kw)] = recorder.collects
    assert kw["name"] == "waterplanner" and args[0] is recorder.exes[0]

    # Windows: a windowed program beside the console one, both with the icon
    monkeypatch.setattr(sys, "platform", "win32")
    recorder = run_spec()
    assert [(e["name"], e["console"]) for e in recorder.exes] == [
        ("waterplanner", True), ("waterplanner-gui", False)]
    assert all(e["icon"] == str(REPO / "resources" / "icons" / "waterplanner.ico")
               for e in recorder.exes)
    assert all(e["contents_directory"] == "_internal" for e in recorder.exes)


def test_every_module_imported_by_name_is_a_hidden_import(contents: ModuleType) -> None:
    [analysis] = run_spec().analyses
    hidden = set(analysis.given.hiddenimports)
    assert {module for module, _ in COMMANDS.values()} <= hidden
    assert "waterplanner.ui.app" in hidden
    from waterplanner.frozen import LOCATORS
    ours = LOCATORS.split(",")[0]
    assert ours.rsplit(".", 1)[0] in hidden


def test_the_cache_locators_named_for_numba_exist() -> None:
    """numba imports them by name at the first kernel: a wrong name would stop the bundle."""
    import importlib

    from numba.core import caching

    from waterplanner.frozen import LOCATORS
    for name in LOCATORS.split(","):
        if "." in name:
            module, cls = name.rsplit(".", 1)
            assert isinstance(getattr(importlib.import_module(module), cls), type)
        else:
            assert isinstance(getattr(caching, name), type)


def test_the_entry_script_readies_the_kernels_before_the_program_loads() -> None:
    tree = ast.parse((PACKAGING / "bundle_main.py").read_text(encoding="utf-8"))
    order = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            order.append(node.module)
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            order.append(ast.unparse(node.value.func))
    assert order.index("prepare_bundle") < order.index("waterplanner.cli.main")
    assert order.index("waterplanner.frozen") < order.index("prepare_bundle")


def test_what_the_program_never_needs_stays_out(contents: ModuleType) -> None:
    [analysis] = run_spec().analyses
    for module in ("matplotlib", "tkinter", "dask", "distributed", "xarray", "h5py", "zarr",
                   "pandas", "pytest", "hypothesis", "IPython", "numba.tests"):
        assert module in analysis.given.excludes


def test_unneeded_qt_plugins_and_their_libraries_are_dropped(contents: ModuleType) -> None:
    qt = "PySide6/Qt/plugins"
    binaries = [(name, "src", "BINARY") for name in (
        f"{qt}/platforms/libqoffscreen.so", f"{qt}/platforms/libqxcb.so",
        f"{qt}/platforms/libqwayland.so", f"{qt}/platforms/libqvnc.so",
        f"{qt}/platforms/libqeglfs.so", f"{qt}/platforms/qwindows.dll",
        f"{qt}/platformthemes/libqgtk3.so", f"{qt}/tls/libqopensslbackend.so",
        f"{qt}/imageformats/libqsvg.so", f"{qt}/imageformats/libqjpeg.so",
        f"{qt}/iconengines/libqsvgicon.so", "libcairo.so.2", "libQt6Core.so.6",
        "numba/np/ufunc/tbbpool.cpython-311-x86_64-linux-gnu.so",
        "numba/np/ufunc/omppool.cpython-311-x86_64-linux-gnu.so")]
    [analysis] = run_spec(binaries).analyses
    kept = {Path(name).name for name, _, _ in analysis.binaries}
    assert kept == {"libqoffscreen.so", "libqxcb.so", "libqwayland.so", "qwindows.dll",
                    "libqsvg.so", "libqsvgicon.so", "libQt6Core.so.6",
                    "omppool.cpython-311-x86_64-linux-gnu.so"}


def test_pyproject_declares_the_bundle_extra_and_both_entry_points() -> None:
    import importlib
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(r.startswith("pyinstaller") for r in config["optional-dependencies"]["bundle"])
    for table, name in (("scripts", "waterplanner"), ("gui-scripts", "waterplanner-gui")):
        module, func = config[table][name].split(":")
        assert callable(getattr(importlib.import_module(module), func))
