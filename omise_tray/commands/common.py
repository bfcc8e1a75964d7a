"""What every headless command shares: argument types and the one-line error format."""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the GUI imports this module on its way to the first window
    from omise_tray.config import Paths
    from omise_tray.storage.settings import LoadedSettings, SettingsStore

PROGRAM = "omise-tray"

# Exit statuses shared by every command (DESIGN.md).
EXIT_OK = 0
EXIT_FAILED = 1  # API, network or response error
EXIT_CONFIGURATION = 2  # usage or configuration error
EXIT_AUTHENTICATION = 3  # the secret key was rejected


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
    """Print one readable line on stderr, prefixed with the program's name."""
    print(f"{PROGRAM}: {message}", file=sys.stderr)


def settings_store(paths: Paths) -> SettingsStore:
    """The settings file, with the shortest interval the API in the environment allows."""
    from omise_tray.config import ApiEndpoint
    from omise_tray.storage.settings import SettingsStore

    return SettingsStore(paths.settings_file, interval_floor=ApiEndpoint.from_env().min_interval)


def report_settings(loaded: LoadedSettings) -> None:
    """Tell the user, one line each, what loading the settings had to change."""
    for message in loaded.messages:
        report_error(message)
