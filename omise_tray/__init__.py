"""Omise Tray: per-currency Omise balances in the system tray."""

__version__ = "0.1.0"
APP_NAME = "Omise Tray"
APP_ID = "omise-tray"
