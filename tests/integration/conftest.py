"""Integration-test fixtures shared by every suite: one throwaway desktop for the whole session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.desktop import DesktopStack, missing_programs

DESKTOP_VARIABLES = ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")


@pytest.fixture(scope="session")
def desktop_session() -> Iterator[dict[str, str]]:
    """The desktop's environment (DISPLAY, DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR).

    A desktop given from outside (for example by scripts/desktop-session) is used as it is;
    otherwise one DesktopStack is started for the whole test session and its variables are
    exported into os.environ, so in-process code and subprocesses both find it.
    """
    if all(os.environ.get(name) for name in DESKTOP_VARIABLES):
        yield {
            name: os.environ[name]
            for name in (*DESKTOP_VARIABLES, "XDG_RUNTIME_DIR")
            if name in os.environ
        }
        return
    missing = missing_programs()
    if missing:
        message = "the desktop stack needs " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message + " (scripts/bootstrap --test installs them)")
        pytest.skip(message)
    saved = {name: os.environ.get(name) for name in (*DESKTOP_VARIABLES, "XDG_RUNTIME_DIR")}
    with DesktopStack() as stack:
        os.environ.update(stack.env)
        try:
            yield dict(stack.env)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
