"""What goes into the installable bundle, and what stays out (read by ``waterplanner.spec``).

Kept apart from the spec so that the tests can check it without PyInstaller: every file the
package loads from ``resources/`` must be listed in :data:`RESOURCE_DATAS`
(``tests/packaging/test_bundle_spec.py``), so a new resource cannot be forgotten.

The runtime assets live in the top-level ``resources/`` folder of the source tree and install
as the package ``waterplanner.resources`` (``setup.py``); in the bundle they sit at
``waterplanner/resources/`` beside the frozen package, where ``importlib.resources`` finds
them just as in a wheel.
"""

from __future__ import annotations

import sys
from pathlib import Path

from waterplanner.cli.main import COMMANDS
from waterplanner.frozen import SHIPPED_CACHE

ROOT = Path(__file__).resolve().parent.parent
"""The source checkout (the folder holding ``pyproject.toml``)."""
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
RESOURCE_PACKAGE = "waterplanner/resources"
"""Where the resources sit inside the bundle (the package's own path)."""

NAME = "waterplanner"
"""The name of the bundle folder and of its console executable."""
GUI_NAME = "waterplanner-gui"
"""The windowed executable (no console window on Windows); built on Windows only."""
ENTRY_SCRIPT = PACKAGING / "bundle_main.py"
ICON_ICO = RESOURCES / "icons" / "waterplanner.ico"
LINUX_FOLDER = "linux"
"""The bundle's folder (beside the program, Linux only) of the desktop integration: the
installer script, menu entry, AppStream metadata, file type and icons."""
LINUX_FILES = (PACKAGING / "linux" / "install.sh",
               PACKAGING / "linux" / "org.waterplanner.WaterPlanner.desktop",
               PACKAGING / "linux" / "org.waterplanner.WaterPlanner.metainfo.xml",
               PACKAGING / "linux" / "org.waterplanner.WaterPlanner.mime.xml",
               RESOURCES / "icons" / "waterplanner.svg",
               RESOURCES / "icons" / "waterplanner.png")

CONTENTS = "_internal"
"""The bundle's folder of libraries and data, beside the executables (``sys._MEIPASS``)."""
NUMBA_CACHE_FOLDER = SHIPPED_CACHE
"""The folder of the bundle (inside :data:`CONTENTS`) that holds the compiled kernels, filled
by ``build_bundle.py`` after PyInstaller has run (see ``waterplanner/frozen.py``), with a
file naming the build (``frozen.BUILD_ID_FILE``)."""

RESOURCE_DATAS: tuple[tuple[str, str], ...] = (
    ("__init__.py", ""),
    ("scenarios/*.wplan", "scenarios"),
    ("fonts/*.ttf", "fonts"),
    ("fonts/LICENSE-*.txt", "fonts"),
    ("icons/*.svg", "icons"),
    ("icons/*.png", "icons"),
    ("icons/*.ico", "icons"),
    ("icons/actions/*.svg", "icons/actions"),
    ("icons/nodes/*.svg", "icons/nodes"),
    ("translations/*.qm", "translations"),
)
"""(glob under ``resources/``, folder under the package) of every file the bundle carries."""

DOCS = ROOT / "docs"
DOCS_PACKAGE = "waterplanner/docs"
"""The documentation the Help window shows (installed as the package ``waterplanner.docs``)."""
DOCS_DATAS: tuple[tuple[str, str], ...] = (
    ("__init__.py", ""),
    ("*.md", ""),
    ("images/*.png", "images"),
    ("*/*.md", "*"),
    ("*/images/*.png", "*"),
    ("images/*/*.png", "*"),
    ("examples/*.wplan", "examples"),
    ("examples/*.xlsx", "examples"),
)
"""(glob under ``docs/``, folder under the docs package); ``*`` keeps each matching file's
own folder: a translation's pages (``docs/ru/user-guide.md``) and pictures
(``docs/images/ru/main-window.png``). The examples are the files the guide opens (the
screenshot of the import dialog, ``waterplanner --screenshot PNG --show import``)."""

HIDDEN_IMPORTS = (
    # imported by name when their command runs (cli/main.py COMMANDS): PyInstaller cannot
    # see them, nor the window's module (imported inside a function)
    *(module for module, _ in COMMANDS.values()),
    "waterplanner.ui.app",
    # numba's dispatcher imports this C extension from C
    "numba._devicearray",
    # numba imports the bundle's cache locator by name (waterplanner/frozen.py)
    "waterplanner.engine.kernel_cache",
)

EXCLUDES = (
    # optional extras: the desktop app and the commands run without them
    "dask", "distributed", "xarray", "h5netcdf", "h5py", "zarr", "pandas", "netCDF4",
    "waterplanner.scale",
    # never used, but reachable through optional imports of the libraries
    "matplotlib", "tkinter", "_tkinter", "IPython", "jupyter_client", "ipykernel",
    "notebook", "PIL", "cupy", "OpenGL", "pyqtgraph.opengl", "pyqtgraph.examples",
    "pyqtgraph.jupyter", "PyQt5", "PyQt6", "PySide2", "sphinx", "docutils",
    "setuptools", "pkg_resources", "pip", "wheel", "yaml",
    # the test tools
    "pytest", "_pytest", "hypothesis", "pytestqt", "pypdf", "tests",
    # the parts of SciPy the engine never loads (it uses sparse and optimize)
    "scipy.datasets", "scipy.io.matlab", "scipy.ndimage", "scipy.odr", "scipy.signal",
    "numba.cuda", "numba.tests", "llvmlite.tests", "scipy.conftest",
)

QT_PLUGINS_DROPPED = (
    # platforms no desktop needs: the bundle keeps offscreen and minimal, xcb and wayland
    # on Linux, windows on Windows
    "libqlinuxfb", "libqeglfs", "libqvnc", "libqvkkhrdisplay", "libqminimalegl",
    "qdirect2d",
    # image formats the app never reads (it writes PNG and SVG, which Qt has built in or
    # keeps: svg)
    "libqgif", "libqicns", "libqjpeg", "libqpdf", "libqtga", "libqtiff", "libqwbmp",
    "libqwebp", "qgif", "qicns", "qjpeg", "qpdf", "qtga", "qtiff", "qwbmp", "qwebp",
    # touch and virtual-keyboard input of kiosks
    "libqtvirtualkeyboardplugin", "libqevdev", "libqtuiotouchplugin",
    # the GTK theme would load the bundled copies of GTK's libraries beside the system's
    # GTK: the window draws with Qt's own Fusion style instead
    "libqgtk3",
)
"""Start of the file names of Qt plugins left out of the bundle (Linux ``lib…so``, Windows
``….dll``)."""


STRIPPED_LIBRARIES = ("libpython3*.so*", "llvmlite/binding/libllvmlite.so")
"""Linux libraries whose unneeded symbols the build strips (about 35 MB). Only these: the
libraries of the manylinux wheels (NumPy's OpenBLAS, …) were rewritten by auditwheel, and
``strip`` breaks them ("ELF load command address/offset not page-aligned")."""

KERNEL_FILL_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("simulate", "--default", "--out", "{work}/simulate"),
    ("ensemble", "--default", "--members", "20"),
    ("optimize", "--default"),
    ("export", "--default", "--out", "{work}/results.xlsx"),
    ("report", "--default", "--out", "{work}/report.pdf"),
    ("--screenshot", "{work}/window.png"),
)
"""The commands the build runs in the bundle to fill its kernel cache: together they load
every kernel with every signature the program uses (``simulate`` runs the engine's warm-up
network, which takes every path; ``--out`` adds the CSV writer's). The smoke test runs them
again on a fresh copy and fails if any kernel still had to be compiled."""


def resource_datas() -> list[tuple[str, str]]:
    """The (source glob, bundle folder) pairs for PyInstaller's ``datas`` (a glob that
    matches nothing is left out: PyInstaller would refuse it)."""
    out = [(str(RESOURCES / pattern), f"{RESOURCE_PACKAGE}/{folder}".rstrip("/"))
           for pattern, folder in RESOURCE_DATAS if any(RESOURCES.glob(pattern))]
    for pattern, folder in DOCS_DATAS:
        if folder == "*":
            name = pattern.rsplit("/", 1)[-1]
            for parent in sorted({p.parent for p in DOCS.glob(pattern)}):
                out.append((str(parent / name),
                            f"{DOCS_PACKAGE}/{parent.relative_to(DOCS).as_posix()}"))
        elif any(DOCS.glob(pattern)):
            out.append((str(DOCS / pattern), f"{DOCS_PACKAGE}/{folder}".rstrip("/")))
    return out


def bundled_resource_files() -> set[Path]:
    """Every file under ``resources/`` that :data:`RESOURCE_DATAS` puts into the bundle."""
    return {p for pattern, _ in RESOURCE_DATAS for p in RESOURCES.glob(pattern) if p.is_file()}


QT_PLUGIN_FOLDERS_DROPPED = ("tls", "networkinformation")
"""Qt plugin folders left out: the program never opens a network connection."""

LIBRARIES_DROPPED = ("libgtk-3", "libgdk-3", "libpango", "libcairo", "libatk", "libgdk_pixbuf",
                     "libpixman", "libfribidi", "libdatrie", "libthai", "libgraphite2",
                     "libharfbuzz")
"""System libraries that only the left-out GTK theme plugin needs."""


EXTENSIONS_DROPPED = ("numba/np/ufunc/tbbpool",)
"""numba's TBB threading layer needs Intel's TBB library, which the bundle does not carry;
numba's other layers (OpenMP, its own work queue) serve the few parallel loops."""
SYSTEM_LIBRARIES = ("libwayland-",)
"""Libraries the bundle leaves to the system: the Wayland platform plugin is only loaded in a
Wayland session, whose system has them (elsewhere Qt uses the X11 plugin)."""


def keep_binary(dest_name: str) -> bool:
    """Whether a binary of PyInstaller's analysis (by its path in the bundle) is kept."""
    parts = dest_name.replace("\\", "/").split("/")
    if "/".join(parts).startswith(EXTENSIONS_DROPPED):
        return False
    if len(parts) == 1:
        return not parts[0].startswith(LIBRARIES_DROPPED)
    if "plugins" not in parts:
        return True
    folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
    if folder in QT_PLUGIN_FOLDERS_DROPPED:
        return False
    return not parts[-1].startswith(QT_PLUGINS_DROPPED)


def gui_executable_wanted(platform: str | None = None) -> bool:
    """A separate windowed executable only matters where a console program opens a console
    window (Windows); elsewhere the one executable serves the window and the commands."""
    return (sys.platform if platform is None else platform).startswith("win")


def executable_icon(platform: str | None = None) -> str | None:
    """The executables' icon file: PyInstaller uses one on Windows and macOS only."""
    platform = sys.platform if platform is None else platform
    wanted = platform.startswith("win") or platform == "darwin"
    return str(ICON_ICO) if wanted and ICON_ICO.is_file() else None
