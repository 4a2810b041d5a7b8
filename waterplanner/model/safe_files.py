"""Reading a file the user named, safely: regular files only, with a size limit.

A FIFO, a device (``/dev/zero``, ``/dev/urandom``) or a folder given as a scenario or as a
spreadsheet to import must not hang the program or exhaust its memory. The file is opened
without blocking, checked to be a regular file, and refused when it is larger than the limit
the caller states, before anything is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from waterplanner.i18n import QT_TRANSLATE_NOOP, translate

FILE_KINDS = (
    QT_TRANSLATE_NOOP("SafeFiles", "file"), QT_TRANSLATE_NOOP("SafeFiles", "scenario file"),
    QT_TRANSLATE_NOOP("SafeFiles", "series file (CSV or .xlsx)"),
    QT_TRANSLATE_NOOP("SafeFiles", "lock"), QT_TRANSLATE_NOOP("SafeFiles", "recovery record"),
    QT_TRANSLATE_NOOP("SafeFiles", "recovery copy"),
)
"""What the callers read (the ``what`` of a refusal), in the catalogue: the window's
recovery passes the last three."""


class FileRefused(Exception):
    """The file cannot be read as asked; the message names the file and the reason."""


def describe_size(n_bytes: int) -> str:
    """'512 MB', '12 kB', '300 bytes': a size for a message."""
    if n_bytes >= 1_000_000:
        return translate("SafeFiles", "{size} MB").format(size=f"{n_bytes / 1e6:.0f}")
    if n_bytes >= 1_000:
        return translate("SafeFiles", "{size} kB").format(size=f"{n_bytes / 1e3:.0f}")
    return translate("SafeFiles", "{size} bytes").format(size=n_bytes)


def _unreadable(p: Path, e: OSError) -> FileRefused:
    return FileRefused(translate("SafeFiles", "{path} cannot be read: {reason}").format(
        path=p, reason=e.strerror or e))


def _denied(p: Path) -> FileRefused:
    return FileRefused(translate("SafeFiles", "{path} cannot be read (permission denied)")
                       .format(path=p))


def check_regular_file(path: str | os.PathLike[str], max_bytes: int, what: str = "file") -> int:
    """The size of ``path`` if it is a readable regular file within ``max_bytes``.

    Raises :class:`FileRefused` naming the problem otherwise. Nothing is read, and a FIFO
    is never opened (opening one for reading blocks until a writer comes).
    """
    p = Path(path)
    kind = translate("SafeFiles", what)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise FileRefused(translate("SafeFiles", "{path} does not exist").format(path=p)) \
            from None
    except PermissionError:
        raise _denied(p) from None
    except OSError as e:
        raise _unreadable(p, e) from None
    if stat.S_ISDIR(st.st_mode):
        raise FileRefused(translate("SafeFiles", "{path} is a folder, not a {what}").format(
            path=p, what=kind))
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(translate("SafeFiles", "{path} is not a regular file (a device, pipe "
                                                 "or socket), so it cannot be a {what}").format(
            path=p, what=kind))
    if st.st_size > max_bytes:
        raise FileRefused(translate("SafeFiles", "{name} is {size}: too large for a {what} (the "
                                                 "limit is {limit})").format(
            name=p.name, size=describe_size(st.st_size), what=kind,
            limit=describe_size(max_bytes)))
    return st.st_size


def read_regular_file(path: str | os.PathLike[str], max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; :class:`FileRefused` otherwise.

    The file is opened without blocking and checked again once open (it may have been
    swapped for a pipe in between), and at most ``max_bytes`` are read even if it grows.
    """
    check_regular_file(path, max_bytes, what)
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError:
        raise _denied(p) from None
    except OSError as e:
        raise _unreadable(p, e) from None
    kind = translate("SafeFiles", what)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(translate("SafeFiles", "{path} is not a regular file, so it cannot "
                                                     "be a {what}").format(path=p, what=kind))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FileRefused(translate("SafeFiles", "{name} is too large for a {what} "
                                                         "(the limit is {limit})").format(
                    name=p.name, what=kind, limit=describe_size(max_bytes)))
        return b"".join(chunks)
    except OSError as e:
        raise _unreadable(p, e) from None
    finally:
        os.close(fd)
