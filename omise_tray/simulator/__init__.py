"""An Omise-compatible API server on loopback for demo mode, tests and benchmarks."""

from omise_tray.simulator.accounts import AccountSnapshot, SimAccount
from omise_tray.simulator.api import RequestRecord
from omise_tray.simulator.demo import demo_accounts
from omise_tray.simulator.faults import Fault
from omise_tray.simulator.server import Simulator
from omise_tray.simulator.trading import Movement, ScriptedMove, TradingPattern

__all__ = [
    "AccountSnapshot",
    "Fault",
    "Movement",
    "RequestRecord",
    "ScriptedMove",
    "SimAccount",
    "Simulator",
    "TradingPattern",
    "demo_accounts",
]
