"""When this process started, by the operating system's clock (for start-up measurements).

A start-up time measured from inside Python misses what happens before the interpreter runs
(the bundle's launcher loading its libraries, the interpreter's own start). The operating
system records each process's creation time; this reads it, with the standard library only.
"""

from __future__ import annotations

import os
import sys
import time


def seconds_since_process_start() -> float | None:
    """Wall time since this process was created (to about 10 ms), or None where unknown."""
    try:
        if sys.platform.startswith("linux"):
            return time.clock_gettime(time.CLOCK_BOOTTIME) - _linux_start_after_boot_s()
        if sys.platform.startswith("win"):
            return time.time() - _windows_start_epoch_s()
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def _linux_start_after_boot_s() -> float:
    """From ``/proc/self/stat``: the start, in clock ticks after the machine booted."""
    with open("/proc/self/stat", encoding="ascii") as f:
        stat = f.read()
    # the command name (field 2) may hold spaces: count the fields after its ')'
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of proc(5)


def _windows_start_epoch_s() -> float:
    """From ``GetProcessTimes``: the creation time in 100 ns steps since 1601."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    ok = kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(creation),
                                  ctypes.byref(exit_), ctypes.byref(kernel), ctypes.byref(user))
    if not ok:
        raise OSError("GetProcessTimes failed")
    ticks = (creation.dwHighDateTime << 32) | creation.dwLowDateTime
    return ticks / 1e7 - 11_644_473_600.0
