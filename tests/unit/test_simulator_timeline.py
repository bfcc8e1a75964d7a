"""Specification of the simulator's money timeline: settlement days, schedules and their payouts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from omise_tray.simulator import SimAccount, Simulator, demo_accounts, shapes
from omise_tray.simulator.ledger import Direction, Transaction, TransferTerms
from omise_tray.simulator.schedules import SimSchedule
from omise_tray.simulator.settlement import Calendar, PaymentMethod
from omise_tray.simulator.shapes import Timeline

DAY = 86_400.0
# Monday 17 March 2025, 09:00 in Bangkok (02:00 UTC).
MONDAY_9 = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)
BANGKOK = Calendar(MONDAY_9, "TH")


def local(seconds: float) -> tuple[date, str]:
    moment = BANGKOK.moment(seconds)
    return moment.date(), moment.strftime("%H:%M")


@pytest.mark.parametrize(
    ("captured_hours", "method", "settles"),
    [
        (0, PaymentMethod.CARD, (date(2025, 3, 19), "06:00")),  # Monday morning: 2 days
        (4, PaymentMethod.CARD, (date(2025, 3, 20), "06:00")),  # Monday 13:00: 3 days
        (0, PaymentMethod.MOBILE_BANKING, (date(2025, 3, 18), "06:00")),
        (4, PaymentMethod.MOBILE_BANKING, (date(2025, 3, 19), "06:00")),
        (4 * 24, PaymentMethod.CARD, (date(2025, 3, 25), "06:00")),  # Friday: over the weekend
        (5 * 24, PaymentMethod.MOBILE_BANKING, (date(2025, 3, 24), "06:00")),  # Saturday
        (0, PaymentMethod.PROMPTPAY, (date(2025, 3, 17), "09:00")),  # at once
    ],
)
def test_settlement_counts_business_days_from_the_local_capture(
    captured_hours: int, method: PaymentMethod, settles: tuple[date, str]
) -> None:
    captured = captured_hours * 3_600.0
    assert local(BANGKOK.settles_at(captured, method)) == settles


@pytest.mark.parametrize(
    ("after_hours", "run"),
    [
        (0, (date(2025, 3, 17), "10:00")),
        (1, (date(2025, 3, 18), "10:00")),  # exactly 10:00 Monday: the next run is Tuesday's
        (4 * 24 + 2, (date(2025, 3, 24), "10:00")),  # Friday 11:00: Monday
    ],
)
def test_payout_runs_are_at_10_on_business_days(after_hours: int, run: tuple[date, str]) -> None:
    assert local(BANGKOK.next_payout_run(after_hours * 3_600.0)) == run


FRIDAYS = SimSchedule(
    id="schd_test_fri",
    every=1,
    period="week",
    weekdays=("friday",),
    amount=100_000,
    start=date(2025, 1, 1),
    end=date(2025, 12, 31),
)


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        (FRIDAYS, [date(2025, 3, 21), date(2025, 3, 28), date(2025, 4, 4)]),
        (
            SimSchedule(
                id="s",
                every=2,
                period="week",
                weekdays=("monday", "thursday"),
                amount=1,
                start=date(2025, 3, 19),  # a Wednesday: its week is the first
                end=date(2025, 12, 31),
            ),
            [date(2025, 3, 20), date(2025, 3, 31), date(2025, 4, 3)],
        ),
        (
            SimSchedule(
                id="m",
                every=1,
                period="month",
                days_of_month=(1, 15),
                percentage=50,
                start=date(2025, 1, 1),
                end=date(2025, 12, 31),
            ),
            [date(2025, 4, 1), date(2025, 4, 15), date(2025, 5, 1)],
        ),
        (
            SimSchedule(
                id="end",
                every=1,
                period="week",
                weekdays=("friday",),
                amount=1,
                start=date(2025, 1, 1),
                end=date(2025, 3, 28),
            ),
            [date(2025, 3, 21), date(2025, 3, 28)],
        ),
    ],
)
def test_schedule_dates_follow_every_period_and_days(
    schedule: SimSchedule, expected: list[date]
) -> None:
    assert schedule.next_dates(date(2025, 3, 19))[:3] == expected


def test_a_schedule_lists_thirty_next_dates() -> None:
    assert len(FRIDAYS.next_dates(date(2025, 1, 1))) == 30


@pytest.mark.parametrize(
    ("schedule", "words"),
    [
        (FRIDAYS, "Every 1 week(s) on Friday"),
        (
            SimSchedule(
                "m",
                1,
                "month",
                date(2025, 1, 1),
                date(2025, 12, 1),
                percentage=50,
                days_of_month=(1, 22),
            ),
            "Every 1 month(s) on the 1st and the 22nd",
        ),
    ],
)
def test_a_schedule_says_itself_in_words(schedule: SimSchedule, words: str) -> None:
    assert schedule.in_words == words


@pytest.mark.parametrize(
    "wrong",
    [
        {"amount": None, "percentage": None},
        {"amount": 1, "percentage": 50},
        {"amount": None, "percentage": 101},
        {"days_of_month": (29,), "period": "month"},
        {"weekdays": ("Friday",)},
    ],
)
def test_a_schedule_omise_would_refuse_cannot_be_made(wrong: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "id": "x",
        "every": 1,
        "period": "week",
        "start": date(2025, 1, 1),
        "end": date(2025, 12, 31),
        "amount": 1,
        "weekdays": ("friday",),
        **wrong,
    }
    with pytest.raises(ValueError):
        SimSchedule(**fields)  # type: ignore[arg-type]


def shop(*schedules: SimSchedule, available: int = 500_000) -> SimAccount:
    return SimAccount(
        name="Payout Shop",
        key="skey_test_payoutshop",
        currency="THB",
        country="TH",
        total=available,
        available=available,
        schedules=list(schedules),
    )


def test_a_weekly_schedule_pays_its_amount_at_10_on_its_day() -> None:
    account = shop(FRIDAYS)
    simulator = Simulator([account], origin=MONDAY_9)
    friday_10 = BANGKOK.seconds(date(2025, 3, 21), time(10, 0))
    simulator.advance(friday_10 - 1)
    assert account.transfers == []
    simulator.advance(1)
    (transfer,) = account.transfers
    assert (transfer.amount, transfer.schedule, transfer.at) == (
        100_000,
        "schd_test_fri",
        friday_10,
    )
    assert (account.total, account.available) == (400_000, 400_000)
    assert account.transactions[-1].origin == transfer.id


def test_a_percentage_schedule_pays_its_share_of_the_balance_on_the_day() -> None:
    half = SimSchedule(
        id="schd_test_half",
        every=1,
        period="month",
        days_of_month=(18,),
        percentage=50,
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
    )
    account = shop(half, available=500_001)
    Simulator([account], origin=MONDAY_9).advance(2 * DAY)
    (transfer,) = account.transfers
    assert transfer.amount == 250_000
    assert account.available == 250_001


def test_a_scheduled_payout_the_balance_cannot_cover_waits_for_the_money() -> None:
    account = shop(FRIDAYS, available=50_000)
    simulator = Simulator([account], origin=MONDAY_9)
    simulator.advance(6 * DAY)  # past Friday's run and the weekend
    assert account.transfers == []
    with account.lock:
        account.receive(
            Transaction(
                "trxn_test_sale",
                60_000,
                Direction.CREDIT,
                "charge.captured.net",
                "chrg_test_sale",
                simulator.now(),
                simulator.now(),
            )
        )
    simulator.advance(DAY + 3_600)  # Monday 24th, 10:00 comes
    (transfer,) = account.transfers
    assert local(transfer.at) == (date(2025, 3, 24), "10:00")
    assert account.available == 10_000


def test_an_expiring_schedule_still_pays_until_its_end() -> None:
    expiring = SimSchedule(
        id="s",
        every=1,
        period="week",
        weekdays=("tuesday",),
        amount=1_000,
        start=date(2025, 1, 1),
        end=date(2025, 3, 18),
        status="expiring",
    )
    account = shop(expiring)
    Simulator([account], origin=MONDAY_9).advance(14 * DAY)
    assert [local(t.at)[0] for t in account.transfers] == [date(2025, 3, 18)]


@pytest.mark.parametrize("status", ["suspended", "deleted", "expired"])
def test_a_schedule_that_is_not_active_pays_nothing(status: str) -> None:
    stopped = SimSchedule(
        id="s",
        every=1,
        period="week",
        weekdays=("tuesday",),
        amount=1_000,
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
        status=status,
    )
    account = shop(stopped)
    Simulator([account], origin=MONDAY_9).advance(7 * DAY)
    assert account.transfers == []


ORIGINS = [MONDAY_9 + timedelta(hours=hours) for hours in (0, 5, 30, 77, 100, 125, 150)]


def pending_matches_credits_to_settle(simulator: Simulator) -> None:
    now = simulator.now()
    for account in simulator.accounts:
        to_settle = sum(
            t.amount
            for t in account.transactions
            if t.direction is Direction.CREDIT and t.transferable_at > now
        )
        assert account.total - account.available == to_settle, (account.name, now)


@pytest.mark.parametrize(
    "origin",
    ORIGINS,
    ids=lambda o: BANGKOK.moment((o - MONDAY_9).total_seconds()).strftime("%a-%H"),
)
def test_demo_pending_money_is_exactly_the_credits_still_to_settle(origin: datetime) -> None:
    simulator = Simulator(demo_accounts(origin), origin=origin, seed=5)
    for step in (0.0, 60.0, 600.0):
        simulator.advance(step)
        pending_matches_credits_to_settle(simulator)


@pytest.mark.parametrize(
    "origin",
    ORIGINS,
    ids=lambda o: BANGKOK.moment((o - MONDAY_9).total_seconds()).strftime("%a-%H"),
)
def test_demo_pending_money_settles_over_the_coming_days(origin: datetime) -> None:
    # Without their (compressed) trading, days pass quickly: the scheduled payouts still run.
    shops = [account for account in demo_accounts(origin) if account.schedules]
    for account in shops:
        account.trading = None
    simulator = Simulator(shops, origin=origin)
    for _ in range(8):
        simulator.advance(DAY)
        pending_matches_credits_to_settle(simulator)
    assert all(account.total == account.available for account in shops)
    assert all(account.transfers[-1].schedule is not None for account in shops)


@pytest.mark.parametrize(
    "origin",
    ORIGINS,
    ids=lambda o: BANGKOK.moment((o - MONDAY_9).total_seconds()).strftime("%a-%H"),
)
def test_demo_coffee_and_ramen_money_settles_on_coming_days(origin: datetime) -> None:
    for account in demo_accounts(origin):
        if account.name == "Marina Books":
            continue
        calendar = Calendar(origin, account.country)
        pending_days = {
            calendar.moment(t.transferable_at).date()
            for t in account.transactions
            if t.transferable_at > 0
        }
        today = calendar.moment(0.0).date()
        assert pending_days and min(pending_days) > today, account.name
        assert max(pending_days) <= today + timedelta(days=5), account.name


@pytest.mark.parametrize(
    "origin",
    ORIGINS,
    ids=lambda o: BANGKOK.moment((o - MONDAY_9).total_seconds()).strftime("%a-%H"),
)
def test_demo_osaka_pays_monthly_within_a_week_and_bangkok_weekly(origin: datetime) -> None:
    accounts = {account.name: account for account in demo_accounts(origin)}
    for name, country in (("Osaka Ramen", "JP"), ("Bangkok Coffee", "TH")):
        (schedule,) = accounts[name].schedules
        today = Calendar(origin, country).moment(0.0).date()
        first = schedule.next_dates(today)[0]
        assert today <= first <= today + timedelta(days=7)
    assert accounts["Marina Books"].schedules == []
    assert accounts["Bangkok Coffee"].transfer_terms == TransferTerms(
        fee=3_000, min_transfer_amount=3_000, max_transfer_amount=100_000_000_000
    )


TIMELINE = Timeline(MONDAY_9)


@pytest.mark.parametrize(
    ("version", "dates_field", "currency"),
    [("2019-05-29", "next_occurrences_on", "THB"), ("2017-11-02", "next_occurrences", "thb")],
)
def test_schedule_document_names_its_next_dates_by_version(
    version: str, dates_field: str, currency: str
) -> None:
    account = shop(FRIDAYS).snapshot()
    document = shapes.schedule(
        FRIDAYS,
        account,
        version=version,
        created=0.0,
        next_dates=[date(2025, 3, 21)],
        timeline=TIMELINE,
    )
    assert document[dates_field] == ["2025-03-21"]
    assert document["on"] == {"weekdays": ["friday"]}
    transfer = document["transfer"]
    assert isinstance(transfer, dict)
    assert (transfer["amount"], transfer["currency"]) == (100_000, currency)


def test_account_document_carries_transfer_config_as_decimal_strings() -> None:
    account = shop()
    account.transfer_terms = TransferTerms(3_000, 3_000, 100_000_000_000, payouts_enabled=False)
    document = shapes.account(account.snapshot(), "2019-05-29", TIMELINE)
    config = document["transfer_config"]
    assert isinstance(config, dict)
    assert (config["fee"], config["min_transfer_amount"], config["max_transfer_amount"]) == (
        "30.00",
        "30.00",
        "1000000000.00",
    )
    assert config["is_payout_enabled"] is False
