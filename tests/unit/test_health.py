"""Specification of balance health: thresholds, the verdict and the watched figure."""

from __future__ import annotations

import pytest

from omise_tray.core.balance import Balance
from omise_tray.core.health import (
    Health,
    Thresholds,
    Watched,
    classify,
    default_thresholds,
    worst,
)

THB = Thresholds(critical=50_000, low=100_000, moderate=500_000)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (-1, Health.CRITICAL),
        (0, Health.CRITICAL),
        (50_000, Health.CRITICAL),
        (50_001, Health.LOW),
        (100_000, Health.LOW),
        (100_001, Health.MODERATE),
        (500_000, Health.MODERATE),
        (500_001, Health.HEALTHY),
        (2**63 - 1, Health.HEALTHY),
    ],
)
def test_classify_counts_at_or_below_a_threshold_as_that_level(
    amount: int, expected: Health
) -> None:
    assert classify(amount, THB) is expected


@pytest.mark.parametrize(
    ("currency", "critical", "low", "moderate"),
    [
        ("THB", 50_000, 100_000, 500_000),
        ("thb", 50_000, 100_000, 500_000),
        ("JPY", 2_000, 4_000, 20_000),
        ("SGD", 2_000, 4_000, 20_000),
        ("MYR", 6_000, 12_000, 60_000),
        ("USD", 1_500, 3_000, 15_000),
        ("EUR", 50_000, 100_000, 500_000),
        ("KRW", 500, 1_000, 5_000),
        ("KWD", 500_000, 1_000_000, 5_000_000),
        ("XYZ", 50_000, 100_000, 500_000),
    ],
)
def test_default_thresholds_per_currency_in_minor_units(
    currency: str, critical: int, low: int, moderate: int
) -> None:
    assert default_thresholds(currency) == Thresholds(critical, low, moderate)


@pytest.mark.parametrize(
    ("critical", "low", "moderate", "message"),
    [
        (-1, 0, 0, "Thresholds cannot be negative: enter zero or more."),
        (0, 0, -5, "Thresholds cannot be negative: enter zero or more."),
        (2, 1, 3, "Thresholds must rise from critical to low to moderate"),
        (1, 3, 2, "Thresholds must rise from critical to low to moderate"),
    ],
)
def test_thresholds_refuse_negative_or_out_of_order_values(
    critical: int, low: int, moderate: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Thresholds(critical, low, moderate)


def test_equal_thresholds_are_allowed() -> None:
    assert classify(0, Thresholds(0, 0, 0)) is Health.CRITICAL
    assert classify(1, Thresholds(0, 0, 0)) is Health.HEALTHY


def test_thresholds_refuse_floats() -> None:
    with pytest.raises(TypeError):
        Thresholds(0.5, 1, 2)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("health", "severity"),
    [(Health.HEALTHY, 0), (Health.MODERATE, 1), (Health.LOW, 2), (Health.CRITICAL, 3)],
)
def test_severity_orders_health_from_healthy_to_critical(health: Health, severity: int) -> None:
    assert health.severity == severity


@pytest.mark.parametrize(
    ("healths", "expected"),
    [
        ([], Health.HEALTHY),
        ([Health.HEALTHY], Health.HEALTHY),
        ([Health.MODERATE, Health.HEALTHY], Health.MODERATE),
        ([Health.LOW, Health.CRITICAL, Health.MODERATE], Health.CRITICAL),
        ([Health.HEALTHY, Health.LOW], Health.LOW),
    ],
)
def test_worst_picks_the_most_severe(healths: list[Health], expected: Health) -> None:
    assert worst(iter(healths)) is expected


def test_health_values_are_the_cli_status_strings() -> None:
    assert [str(health) for health in Health] == ["healthy", "moderate", "low", "critical"]


def test_watched_figure_is_available_or_total() -> None:
    balance = Balance("THB", False, total=300_000, available=120_000, transferable=100_000)
    assert Watched.AVAILABLE.figure(balance) == 120_000
    assert Watched.TOTAL.figure(balance) == 300_000
    assert Watched("total") is Watched.TOTAL
