"""Command line of the omise-tray executable: start the tray app or run a headless command."""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from omise_tray import __version__
from omise_tray.commands.common import PROGRAM, EnvironmentKey, report_error, seconds
from omise_tray.config import DEFAULT_INTERVAL, Paths
from omise_tray.core.redact import redact
from omise_tray.storage.permissions import tighten_folders
from omise_tray.system.logs import setup_logging

logger = logging.getLogger(__name__)

# Modules in omise_tray.commands, each with register(subparsers) setting `func`.
COMMANDS = ("balance", "outlook", "accounts", "simulate", "export")


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    """The argument parser with the GUI options and the given sub-commands.

    Registering a sub-command imports its module (the HTTP client, the keyring, the
    simulator), so only the ones a run may use are registered: none to start the tray app,
    the one named to run a command, all of them for help or an unknown word.
    """
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Per-currency Omise balances in the system tray, with low-balance alerts. "
        "Without a command, starts the tray app.",
    )
    parser.add_argument(
        "--interval",
        type=seconds,
        metavar="S",
        help=f"seconds between balance checks (default: the saved setting, {DEFAULT_INTERVAL})",
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start in the tray only (for starting at login)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="run against the built-in simulator with demo accounts"
    )
    parser.add_argument(
        "--hide-amounts",
        action="store_true",
        help="start with every amount hidden (privacy mode; the tray menu brings them back)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, without a display, that this installation has everything it needs",
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"omise_tray.commands.{name}").register(subparsers)
    return parser


def commands_to_register(argv: Sequence[str]) -> tuple[str, ...]:
    """The sub-commands the arguments may need: the one they name, none for the tray app, and
    all of them for help or a word that is no command (so the usage error can list them)."""
    for index, arg in enumerate(argv):
        if arg in ("-h", "--help"):
            return COMMANDS
        if not arg.startswith("-") and (index == 0 or argv[index - 1] != "--interval"):
            return (arg,) if arg in COMMANDS else COMMANDS
    return ()


def log_file(args: argparse.Namespace | None = None) -> Path:
    """Where this run logs: the user's log folder, the demo profile's for the demo, and a file
    of its own for the simulator (a simulator run beside the app never writes into its log)."""
    if args is not None and args.command == "simulate":
        return Paths.for_user().simulator_log_file
    demo = args is not None and args.command is None and bool(args.demo)
    return Paths.for_user("demo" if demo else None).log_file


# Pure-Python modules the window needs before its first paint, imported before PySide6. Once
# PySide6.QtCore is loaded it hooks every later import (looking for its `__feature__` switches
# in the module's source): loading these first keeps them out of its way, and
# system/pyside_imports.py stops it reading the source of those that follow
# (tests/unit/test_gui_imports.py keeps this list whole). omise_tray.ui.text, last, brings in
# PySide6.
_GUI_PLAIN_MODULES = (
    "queue",
    "signal",
    "omise_tray.core.portfolio",
    "omise_tray.core.notices",
    "omise_tray.core.privacy",
    "omise_tray.core.snooze",
    "omise_tray.storage.settings",
    "omise_tray.storage.snapshots",
    "omise_tray.i18n.catalogues",
    "omise_tray.i18n.language",
    "omise_tray.ui.wrapping",
    "omise_tray.app",
    "omise_tray.ui.text",
)


def _never_fail_on_encoding() -> None:
    # A console or pipe in a legacy code page cannot encode "→" or "฿": print a stand-in
    # character rather than crash on an error message.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status (2 for a usage error)."""
    # First of all, before any module can start a process that would inherit it.
    environment_key = EnvironmentKey.take()
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands_to_register(arguments))
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_request:  # --help, --version and usage errors
        code = exit_request.code
        return code if isinstance(code, int) else 0 if code is None else 2
    args.environment_key = environment_key
    gui = args.command is None and not args.self_test  # the tray app's window
    if gui:
        # The window's start allocates enough to run the cycle collector some fifty times
        # before its first paint (10-20 ms). The app runs it on its own schedule
        # (app.background.MainThreadCollector), so until then it waits.
        gc.disable()
    # What an older version (or another umask) left readable by others is made private by
    # every run that uses the folders: all but `balance` with a one-off key, which uses none.
    # The window does it right after its first paint (app.main.run_gui); what it writes
    # before then is private from its first byte.
    if not gui and (args.command != "balance" or environment_key is None):
        tighten_folders(Paths.for_user().all_dirs())
    # The window's start holds its log lines until its first paint (TrayApp.finish_start).
    setup_logging(lambda: log_file(args), hold=gui)
    _never_fail_on_encoding()
    try:
        if args.self_test:
            from omise_tray.commands.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            for name in _GUI_PLAIN_MODULES[:-1]:
                importlib.import_module(name)
            from omise_tray.system.pyside_imports import spare_source_reads

            spare_source_reads()
            importlib.import_module(_GUI_PLAIN_MODULES[-1])
            app = importlib.import_module("omise_tray.app.main")
            return int(app.run_gui(args))
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except Exception:
        # The traceback may quote anything, a key included: it goes to the log redacted.
        logger.error(
            "Unexpected error in %s\n%s",
            args.command or "the app",
            redact(traceback.format_exc()),
        )
        report_error(f"unexpected error; details are in the log ({log_file(args)})")
        return 1
