"""Files only this user may read: every folder the app makes is 0700 and every file 0600.

Balances, reports and logs say how much money a business has; on a shared computer nobody
else may read them, whatever the umask. Modes are given when a file or folder is created
(the umask only ever takes permissions away), and what an older version left looser is
tightened at start.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from omise_tray.config import FOLDER_MODE

FILE_MODE = 0o600  # folders: config.FOLDER_MODE, made by config.make_private_folder


def private_opener(path: str, flags: int) -> int:
    """An `opener` for open(): a file it creates is 0600 from its first byte."""
    return os.open(path, flags, FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create the file empty and 0600 unless it exists (then it is only tightened), for files
    that another library opens, such as SQLite's database."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        tighten(path)  # never opened for writing here: a read-only file may still be read


def tighten(path: Path) -> None:
    """Take group and other permissions off one file or folder, if it exists and is ours;
    the owner's own permissions are never widened (a log made read-only stays so)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        _tighten_one(path, FOLDER_MODE)
    elif stat.S_ISREG(mode):
        _tighten_one(path, FILE_MODE)


def tighten_folders(folders: Iterable[Path]) -> None:
    """Tighten each existing folder and everything in it (symbolic links are not followed:
    what they point to is not the app's)."""
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        tighten(folder)
        for root, dirs, files in os.walk(folder):
            for name in (*dirs, *files):
                tighten(Path(root) / name)


def _tighten_one(path: Path, allowed: int) -> None:
    if os.name != "posix":
        return  # Windows keeps the profile folders private through their access lists
    with contextlib.suppress(OSError):  # not ours to change: the folder around it keeps others out
        current = stat.S_IMODE(path.lstat().st_mode)
        if current & ~allowed:
            os.chmod(path, current & allowed)
