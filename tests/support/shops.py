"""Simulator shops for the tests: two for the accounts tests, and as many as a test needs."""

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


def many_shops(count: int) -> list[SimAccount]:
    """`count` Thai test-mode shops, "Shop 00" on, each with a key of its own."""
    return [
        SimAccount(
            name=f"Shop {number:02d}",
            key=f"skey_test_manyshops{number:04d}",
            currency="THB",
            country="TH",
            total=1_000_000 + number,
            available=800_000,
        )
        for number in range(count)
    ]
