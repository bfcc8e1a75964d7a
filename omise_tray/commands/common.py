"""What every headless command shares: argument types and the one-line error format."""

from __future__ import annotations

import argparse
import math
import sys

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
