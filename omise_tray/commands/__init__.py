"""Headless sub-commands of the omise-tray executable."""
