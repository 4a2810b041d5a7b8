"""The bundle's shipped kernels (waterplanner/frozen.py, engine/kernel_cache.py): copied once
per build into the user's cache folder, numba pointed at them, and found again whatever
folder the program starts from."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from waterplanner import frozen


def shipped_cache(folder: Path, build: str = "0.1.0-abc") -> Path:
    (folder / "waterplanner.engine.kernel").mkdir(parents=True)
    (folder / "waterplanner.engine.kernel" / "kernel.run-10.py311.nbi").write_bytes(b"index")
    (folder / "waterplanner.engine.kernel" / "kernel.run-10.py311.1.nbc").write_bytes(b"code")
    (folder / frozen.BUILD_ID_FILE).write_text(build + "\n", encoding="ascii")
    return folder


def test_the_shipped_kernels_are_copied_once_and_numba_pointed_at_them(tmp_path: Path) -> None:
    shipped = shipped_cache(tmp_path / "bundle" / "numba_cache")
    env: dict[str, str] = {}
    used = frozen.prepare_kernel_cache(shipped, tmp_path / "cache", env)
    assert used == tmp_path / "cache" / "kernels-0.1.0-abc"
    assert (used / "waterplanner.engine.kernel" / "kernel.run-10.py311.1.nbc").read_bytes() == b"code"
    assert env == {"NUMBA_CACHE_DIR": str(used), "NUMBA_CPU_NAME": "generic",
                   "NUMBA_CACHE_LOCATOR_CLASSES": frozen.LOCATORS}
    # a kernel compiled later at the user's stays: the next start does not copy again
    (used / "waterplanner.engine.kernel" / "kernel.run-10.py311.2.nbc").write_bytes(b"new")
    assert frozen.prepare_kernel_cache(shipped, tmp_path / "cache", {}) == used
    assert (used / "waterplanner.engine.kernel" / "kernel.run-10.py311.2.nbc").exists()
    assert not list((tmp_path / "cache").glob("*.partial-*"))


def test_settings_of_the_administrator_are_kept(tmp_path: Path) -> None:
    shipped = shipped_cache(tmp_path / "numba_cache")
    env = {"NUMBA_CACHE_DIR": str(tmp_path / "theirs"), "NUMBA_CPU_NAME": "host"}
    assert frozen.prepare_kernel_cache(shipped, tmp_path / "cache", env) == tmp_path / "theirs"
    assert env["NUMBA_CPU_NAME"] == "host" and env["NUMBA_CACHE_DIR"] == str(tmp_path / "theirs")
    assert not (tmp_path / "cache").exists()


def test_a_new_build_gets_a_folder_of_its_own_and_stale_ones_go(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = frozen.prepare_kernel_cache(shipped_cache(tmp_path / "a", "0.1.0-old"), cache, {})
    other = frozen.prepare_kernel_cache(shipped_cache(tmp_path / "b", "0.1.0-other"), cache, {})
    assert old is not None and other is not None
    day_ago = time.time() - 2 * frozen.STALE_AFTER_S
    os.utime(old, (day_ago, day_ago))
    new = frozen.prepare_kernel_cache(shipped_cache(tmp_path / "c", "0.2.0-new"), cache, {})
    assert new == cache / "kernels-0.2.0-new"
    assert not old.exists()      # untouched for two days: deleted
    assert other.exists()        # in use a moment ago (another version may run): kept


def test_a_bundle_without_kernels_or_with_an_odd_build_id_still_starts(tmp_path: Path) -> None:
    env: dict[str, str] = {}
    used = frozen.prepare_kernel_cache(tmp_path / "absent", tmp_path / "cache", env)
    assert used == tmp_path / "cache" / "kernels-none" and used.is_dir()
    odd = shipped_cache(tmp_path / "odd", "../../etc passwd")
    used = frozen.prepare_kernel_cache(odd, tmp_path / "cache", {})
    assert used is not None and used.parent == tmp_path / "cache"


def test_no_writable_cache_folder_leaves_numba_its_own(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    env: dict[str, str] = {}
    assert frozen.prepare_kernel_cache(shipped_cache(tmp_path / "s"), tmp_path / "file", env) is None
    assert "NUMBA_CACHE_DIR" not in env
    assert env["NUMBA_CACHE_LOCATOR_CLASSES"].endswith(",UserWideCacheLocator")


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {"HOME": "/home/a"}, "/home/a/.cache/waterplanner"),
    ("linux", {"HOME": "/home/a", "XDG_CACHE_HOME": "/x"}, "/x/waterplanner"),
    ("win32", {"LOCALAPPDATA": "C:/Users/a/AppData/Local"},
     "C:/Users/a/AppData/Local/waterplanner/cache"),
    ("darwin", {"HOME": "/Users/a"}, "/Users/a/Library/Caches/waterplanner"),
    ("linux", {"HOME": "/home/a", "WATERPLANNER_CACHE_DIR": "/srv/wp"}, "/srv/wp"),
])
def test_the_user_cache_folder(platform: str, env: dict[str, str], expected: str) -> None:
    assert frozen.user_cache_root(dict(env), platform) == Path(expected)


def test_nothing_changes_outside_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    before = dict(os.environ)
    frozen.prepare_bundle()
    assert dict(os.environ) == before


PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
import probe_kernels
print(probe_kernels.twice(21.0))
"""


def test_kernels_are_found_again_from_any_working_folder(tmp_path: Path) -> None:
    """The locator files kernels by module name under NUMBA_CACHE_DIR: a second process,
    started from another folder, loads them instead of compiling again."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "probe_kernels.py").write_text(textwrap.dedent("""
        from numba import njit

        @njit(cache=True)
        def twice(x):
            return 2.0 * x
    """), encoding="utf-8")
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMBA_")}
    env.update(NUMBA_CACHE_DIR=str(cache), NUMBA_CACHE_LOCATOR_CLASSES=frozen.LOCATORS,
               NUMBA_DEBUG_CACHE="1")
    runs = []
    for cwd in (tmp_path, source):
        done = subprocess.run([sys.executable, "-c", PROBE, str(source)], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=300, check=True)
        runs.append(done.stdout)
    assert all(r.strip().endswith("42.0") for r in runs)
    assert sorted(p.suffix for p in (cache / "probe_kernels").iterdir()) == [".nbc", ".nbi"]
    assert "data saved" in runs[0] and "data saved" not in runs[1]
    assert "data loaded" in runs[1]
