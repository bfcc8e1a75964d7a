"""Keeps Python alive under PySide6 6.12, whose SignalInstance.emit() drops a reference to True.

Every `signal.emit(...)` returns True without owning it, so on CPython before 3.12 (where True
is not yet immortal) True's reference count falls by one per emit and the interpreter aborts
with "bool_dealloc: deallocating True or False" after a few hundred emits. Giving True and False
a vast reserve of references makes them as good as immortal, which 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # a trillion emits


def pin_booleans() -> None:
    """Give True and False so many references that no leak can free them; safe to repeat."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for value in (True, False):
        # ob_refcnt is the first field of every PyObject on CPython 3.11.
        refcount = ctypes.c_ssize_t.from_address(id(value))
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
