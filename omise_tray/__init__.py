"""Omise Tray: per-currency Omise balances in the system tray."""

from omise_tray.pyside_fix import pin_booleans

__version__ = "0.1.0"
APP_NAME = "Omise Tray"
APP_ID = "omise-tray"

# Before any Qt signal is emitted anywhere in the app, its tools or its tests.
pin_booleans()
