#!/usr/bin/env python
"""Build the installable WaterPlanner bundle (one folder, PyInstaller) and smoke-test it.

Run from a checkout, in an environment with the program and PyInstaller installed
(``pip install -e ".[bundle]"``)::

    python packaging/build_bundle.py              # build, fill the kernel cache, smoke test
    python packaging/build_bundle.py --archive    # ... and pack a .tar.gz (Linux) / .zip
    python packaging/build_bundle.py --no-smoke   # build only

Steps:

1. PyInstaller builds ``build/bundle/dist/waterplanner/`` from ``packaging/waterplanner.spec``.
2. On Linux, libpython and LLVM lose their unneeded symbols (``strip``), and the desktop
   integration goes into the bundle's ``linux/`` folder (its ``install.sh`` installs the
   program for a user or for all, see packaging/README.md).
3. The kernel cache is filled: the built program runs the commands of
   ``bundle_contents.KERNEL_FILL_COMMANDS`` with numba's cache pointed into the bundle
   (``_internal/numba_cache``), compiled for any processor of the architecture
   (``NUMBA_CPU_NAME=generic``); the folder gets a ``BUILD_ID`` naming its contents, so a new
   build's kernels never mix with an old build's at the user's (``waterplanner/frozen.py``).
4. ``smoke_test_bundle.py`` runs the built program offscreen from an empty folder, as a new
   user would, and fails on any missing module, library or resource.

The same steps build the Windows bundle on Windows; the installer is then made with Inno
Setup from ``packaging/windows/waterplanner.iss`` (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents as contents
import smoke_test_bundle as smoke

from waterplanner.frozen import BUILD_ID_FILE

DIST = contents.ROOT / "build" / "bundle" / "dist"
WORK = contents.ROOT / "build" / "bundle" / "work"


class BuildError(Exception):
    """A step of the build failed; the message says which and why."""


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as e:
        raise BuildError("PyInstaller is not installed: pip install -e \".[bundle]\"") from e
    spec = contents.PACKAGING / "waterplanner.spec"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(spec)]
    if clean:
        cmd.insert(3, "--clean")
    print("building the bundle:", " ".join(cmd), flush=True)
    if subprocess.run(cmd, cwd=contents.ROOT, check=False).returncode != 0:
        raise BuildError("PyInstaller failed (its messages are above)")
    bundle = dist / contents.NAME
    if not smoke.executable(bundle).is_file():
        raise BuildError(f"PyInstaller made no program at {smoke.executable(bundle)}")
    return bundle


def strip_libraries(bundle: Path) -> None:
    """Linux: strip the symbols that nothing links against from the few libraries that carry
    them and survive it (``bundle_contents.STRIPPED_LIBRARIES``)."""
    strip = shutil.which("strip")
    if strip is None:
        print("  strip: not installed, the libraries keep their symbols")
        return
    internal = bundle / contents.CONTENTS
    for pattern in contents.STRIPPED_LIBRARIES:
        for lib in internal.glob(pattern):
            if lib.is_file() and not lib.is_symlink():
                before = lib.stat().st_size
                if subprocess.run([strip, "--strip-unneeded", str(lib)], check=False).returncode:
                    raise BuildError(f"strip failed on {lib}")
                print(f"  strip: {lib.relative_to(bundle)} {before / 1e6:.0f} → "
                      f"{lib.stat().st_size / 1e6:.0f} MB")


def add_linux_files(bundle: Path) -> None:
    """Put the desktop integration (``packaging/linux/``, the icons) into the bundle."""
    folder = bundle / contents.LINUX_FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for f in contents.LINUX_FILES:
        shutil.copy2(f, folder / f.name)


def fill_kernel_cache(bundle: Path) -> str:
    """Run the built program so that it compiles every kernel into its own cache; returns
    the build id written beside them."""
    cache = bundle / contents.CONTENTS / contents.NUMBA_CACHE_FOLDER
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="waterplanner-fill-") as tmp:
        work = Path(tmp)
        env = smoke.clean_environment(work)
        env["NUMBA_CACHE_DIR"] = str(cache)
        for command in contents.KERNEL_FILL_COMMANDS:
            args = [a.format(work=work) for a in command]
            t0 = time.perf_counter()
            done = subprocess.run([str(smoke.executable(bundle)), *args], cwd=work, env=env,
                                  capture_output=True, text=True, timeout=1800, check=False)
            print(f"  kernel cache: {' '.join(command):45s} {time.perf_counter() - t0:6.1f} s",
                  flush=True)
            if done.returncode != 0:
                raise BuildError(f"filling the kernel cache: 'waterplanner {' '.join(args)}' "
                                 f"exited with {done.returncode}:\n{done.stderr[-4000:]}")
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    if not any(p.suffix == ".nbc" for p in files):
        raise BuildError(f"filling the kernel cache compiled nothing into {cache}")
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.relative_to(cache).as_posix().encode())
        digest.update(p.read_bytes())
    from waterplanner import __version__
    build_id = f"{__version__}-{digest.hexdigest()[:12]}"
    (cache / BUILD_ID_FILE).write_text(build_id + "\n", encoding="ascii")
    print(f"  kernel cache: {len(files)} files, "
          f"{sum(p.stat().st_size for p in files) / 1e6:.1f} MB, build {build_id}")
    return build_id


def folder_size_mb(folder: Path) -> float:
    """The size of a folder's files in MB (10^6 bytes); links count once, as their target."""
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def make_archive(bundle: Path) -> Path:
    """Pack the bundle folder (.tar.gz, or .zip on Windows) beside it."""
    from waterplanner import __version__
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(platform.machine().lower(),
                                                         platform.machine().lower())
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = bundle.parent / f"waterplanner-{__version__}-{system}-{machine}"
    fmt = "zip" if sys.platform.startswith("win") else "gztar"
    print(f"packing {base}…", flush=True)
    return Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent,
                                    base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dist", type=Path, default=DIST, help=f"output folder (default {DIST})")
    p.add_argument("--work", type=Path, default=WORK, help="PyInstaller's working folder")
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    p.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    p.add_argument("--archive", action="store_true", help="pack the bundle when it passes")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    try:
        bundle = run_pyinstaller(args.dist, args.work, args.clean)
        if sys.platform.startswith("linux"):
            strip_libraries(bundle)
            add_linux_files(bundle)
        fill_kernel_cache(bundle)
        if not args.no_smoke and smoke.smoke_test(bundle) != 0:
            raise BuildError("the smoke test failed (see above)")
        archive = make_archive(bundle) if args.archive else None
    except BuildError as e:
        print(f"build_bundle: {e}", file=sys.stderr)
        return 1
    print(f"\nbundle: {bundle} ({folder_size_mb(bundle):.0f} MB), built in "
          f"{time.perf_counter() - t0:.0f} s")
    if archive is not None:
        print(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
