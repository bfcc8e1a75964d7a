"""Two simulator shops for the accounts tests: a THB test-mode shop and a JPY live-mode one."""

from __future__ import annotations

from omise_tray.simulator import SimAccount


def two_shops(test_key: str, live_key: str) -> list[SimAccount]:
    """Bangkok (THB, test mode) and Tokyo (JPY, live mode), answering to the given keys."""
    return [
        SimAccount(
            name="Bangkok",
            key=test_key,
            currency="THB",
            country="TH",
            email="shop@example.com",
            total=500_000,
            available=400_000,
        ),
        SimAccount(
            name="Tokyo",
            key=live_key,
            currency="JPY",
            country="JP",
            email="tokyo@example.com",
            livemode=True,
            total=90_000,
            available=90_000,
        ),
    ]
