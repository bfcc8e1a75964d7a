"""What every headless command shares: argument types, the one-line error format, and the
one-off key from the environment."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

from omise_tray.core.text_safety import safe_text

if TYPE_CHECKING:  # the GUI imports this module on its way to the first window
    from omise_tray.config import Paths
    from omise_tray.storage.settings import LoadedSettings, SettingsStore

PROGRAM = "omise-tray"

# Exit statuses shared by every command (DESIGN.md).
EXIT_OK = 0
EXIT_FAILED = 1  # API, network or response error
EXIT_CONFIGURATION = 2  # usage or configuration error
EXIT_AUTHENTICATION = 3  # the secret key was rejected

SECRET_KEY_VARIABLE = "OMISE_SECRET_KEY"


class EnvironmentKey:
    """The one-off key given in OMISE_SECRET_KEY (kept out of repr)."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "EnvironmentKey(value=<hidden>)"

    @classmethod
    def take(cls, environ: MutableMapping[str, str] | None = None) -> EnvironmentKey | None:
        """Take the key out of the environment, so that no process started from this one
        (keyring probing runs gcc and ld, a URL opens a browser) inherits it."""
        value = (os.environ if environ is None else environ).pop(SECRET_KEY_VARIABLE, "")
        return cls(value) if value.strip() else None


def seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0 seconds")
    return value


def report_error(message: str) -> None:
    """Print one readable line on stderr, prefixed with the program's name; text from the
    server or a file in it can neither break the line nor reach the terminal as a command."""
    print(f"{PROGRAM}: {safe_text(message, limit=None)}", file=sys.stderr)


def settings_store(paths: Paths) -> SettingsStore:
    """The settings file, with the shortest interval the API in the environment allows."""
    from omise_tray.config import ApiEndpoint
    from omise_tray.storage.settings import SettingsStore

    return SettingsStore(paths.settings_file, interval_floor=ApiEndpoint.from_env().min_interval)


def report_settings(loaded: LoadedSettings) -> None:
    """Tell the user, one line each, what loading the settings had to change."""
    for message in loaded.messages:
        report_error(message)
