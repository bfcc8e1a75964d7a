"""Balance health: thresholds per currency and the healthy/moderate/low/critical verdict."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from omise_tray.core.balance import Balance
from omise_tray.core.money import exponent


class Health(StrEnum):
    """How comfortable a balance is, from healthy to critical."""

    HEALTHY = "healthy"
    MODERATE = "moderate"
    LOW = "low"
    CRITICAL = "critical"

    @property
    def severity(self) -> int:
        """0 for healthy up to 3 for critical, for ordering and picking the worst."""
        return _SEVERITY[self]


_SEVERITY = {Health.HEALTHY: 0, Health.MODERATE: 1, Health.LOW: 2, Health.CRITICAL: 3}


def worst(healths: Iterable[Health]) -> Health:
    """The most severe of the given verdicts; healthy when there are none."""
    return max(healths, key=lambda health: health.severity, default=Health.HEALTHY)


class Watched(StrEnum):
    """Which figure of a balance the merchant wants watched."""

    AVAILABLE = "available"
    TOTAL = "total"

    def figure(self, balance: Balance) -> int:
        """The watched figure of the balance, in minor units."""
        return balance.available if self is Watched.AVAILABLE else balance.total


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The amounts in minor units at or below which a balance is critical, low or moderate."""

    critical: int
    low: int
    moderate: int

    def __post_init__(self) -> None:
        for value in (self.critical, self.low, self.moderate):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("thresholds are ints in minor units")
        if min(self.critical, self.low, self.moderate) < 0:
            raise ValueError("Thresholds cannot be negative: enter zero or more.")
        if not self.critical <= self.low <= self.moderate:
            raise ValueError(
                "Thresholds must rise from critical to low to moderate: "
                "make critical no more than low, and low no more than moderate."
            )


# Seed thresholds in major units (critical, low, moderate). THB comes from the seed documents;
# the others are round amounts of similar purchasing power for each funding currency.
_SEED_MAJOR = {
    "THB": (500, 1_000, 5_000),
    "JPY": (2_000, 4_000, 20_000),
    "SGD": (20, 40, 200),
    "MYR": (60, 120, 600),
    "USD": (15, 30, 150),
}


def default_thresholds(currency: str) -> Thresholds:
    """Starting thresholds for the currency; unknown ones reuse THB's major-unit numbers."""
    code = currency.upper()
    critical, low, moderate = _SEED_MAJOR.get(code, _SEED_MAJOR["THB"])
    scale: int = 10 ** exponent(code)
    return Thresholds(critical=critical * scale, low=low * scale, moderate=moderate * scale)


def classify(amount: int, thresholds: Thresholds) -> Health:
    """The health of an amount: at or below a threshold counts as that level."""
    if amount <= thresholds.critical:
        return Health.CRITICAL
    if amount <= thresholds.low:
        return Health.LOW
    if amount <= thresholds.moderate:
        return Health.MODERATE
    return Health.HEALTHY
