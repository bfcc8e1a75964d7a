"""The `simulate` command: run the demo Omise simulator on loopback until interrupted."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from types import FrameType

from omise_tray.simulator import Simulator, demo_accounts

logger = logging.getLogger(__name__)

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from exc
    if not 0 <= port <= 65_535:
        raise argparse.ArgumentTypeError("the port must be between 0 and 65535")
    return port


def _speed(text: str) -> float:
    try:
        speed = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from exc
    if not 0 < speed <= 10_000:
        raise argparse.ArgumentTypeError("the speed must be above 0 and at most 10000")
    return speed


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `simulate` sub-command to the command line."""
    parser = subparsers.add_parser(
        "simulate",
        help="run an Omise-compatible API simulator with demo accounts on 127.0.0.1",
        description=(
            "Serve Omise's balance, account, transaction, transfer and transfer schedule "
            "endpoints on 127.0.0.1 "
            "for three demo shops whose balances move over time, until interrupted."
        ),
    )
    parser.add_argument(
        "--port", type=_port, default=0, help="port to listen on (default: any free port)"
    )
    parser.add_argument(
        "--speed",
        type=_speed,
        default=1.0,
        help="simulated seconds per real second (default 1: Marina Books runs low in ~45 s)",
    )
    parser.set_defaults(func=run)


def _introduce(simulator: Simulator, speed: float) -> None:
    base_url = simulator.base_url
    print(f"Omise simulator running at {base_url} (speed {speed:g}). Press Ctrl+C to stop.")
    print()
    print("Demo accounts (test keys, safe to share):")
    width = max(len(account.name) for account in simulator.accounts)
    for account in simulator.accounts:
        print(f"  {account.name:<{width}}  {account.currency}  {account.key}")
    first = simulator.accounts[0]
    print()
    print("Try:")
    print(f"  OMISE_API_BASE={base_url} OMISE_SECRET_KEY={first.key} omise-tray balance")
    sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    """Serve the demo accounts until SIGINT or SIGTERM; 0 on a clean stop."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {signum: signal.signal(signum, on_signal) for signum in _STOP_SIGNALS}
    simulator = Simulator(demo_accounts(), dynamic=True, speed=args.speed)
    try:
        try:
            simulator.start(port=args.port)
        except OSError as exc:
            logger.info("Simulator could not listen: %s", exc)
            print(
                f"omise-tray: cannot listen on 127.0.0.1 port {args.port} ({exc.strerror}); "
                "choose another port with --port, or 0 for any free port.",
                file=sys.stderr,
            )
            return 2
        _introduce(simulator, args.speed)
        # A timed wait lets the main thread run the signal handler promptly on every platform.
        while not stop.wait(0.5):
            pass
        print("Simulator stopped.")
        return 0
    finally:
        simulator.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
