"""Notifications in Thai and Japanese: the alert engine's facts composed into the app's
language, with its money and plurals; the English text stays the engine's own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from omise_tray.core.alerts import (
    AccountAlertState,
    Alert,
    AlertRules,
    Debit,
    DebitKind,
    on_balance,
    on_failure,
    summarise,
)
from omise_tray.core.balance import Balance
from omise_tray.core.errors import ErrorKind
from omise_tray.core.localized import Language
from omise_tray.core.portfolio import CurrencyMode
from omise_tray.system.notifications import Notification
from tests.support.languages import speaking

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
RULES = AlertRules(low=100_000, critical=50_000)
# Words of the alerts' English sentences: none may be left in a Thai or Japanese bubble.
ENGLISH_WORDS = (
    "low",
    "critical",
    "still",
    "back",
    "above",
    "below",
    "available",
    "total",
    "fell",
    "since",
    "check",
    "payout",
    "payouts",
    "refund",
    "refunds",
    "dispute",
    "sent",
    "totalling",
    "debits",
    "explain",
    "test",
    "key",
    "rejected",
    "balance",
    "fetched",
    "minutes",
    "hours",
    "account",
    "accounts",
    "more",
    "and",
    "down",
    "unreachable",
    "Open",
)
_ENGLISH = re.compile(r"\b(" + "|".join(ENGLISH_WORDS) + r")\b", re.IGNORECASE)


def balance(available: int, currency: str = "THB", *, livemode: bool = False) -> Balance:
    return Balance(currency, livemode, available, available, available)


def poll(
    state: AccountAlertState,
    value: int,
    at: datetime,
    *,
    currency: str = "THB",
    label: str = "Bangkok Coffee",
    debits: Sequence[Debit] | None = None,
) -> tuple[AccountAlertState, list[Alert]]:
    return on_balance(
        state,
        RULES,
        balance(value, currency),
        at,
        account_id=label,
        account_label=label,
        debits=debits,
    )


def seen(value: int, currency: str = "THB", label: str = "Bangkok Coffee") -> AccountAlertState:
    state, _ = poll(AccountAlertState(), value, T0, currency=currency, label=label)
    return state


def low_alert() -> Alert:
    _, alerts = poll(seen(200_000), 90_000, T0 + timedelta(minutes=5))
    return alerts[0]


def payout_alert() -> Alert:
    payout = Debit(DebitKind.PAYOUT, 1_850_000, T0 + timedelta(minutes=3))
    _, alerts = poll(seen(2_500_000), 650_000, T0 + timedelta(minutes=5), debits=[payout])
    return alerts[0]


def partly_explained_drop() -> Alert:
    debits = [
        Debit(DebitKind.REFUND, 40_000, T0 + timedelta(minutes=2)),
        Debit(DebitKind.REFUND, 50_000, T0 + timedelta(minutes=3)),
        Debit(DebitKind.DISPUTE, 25_000, T0 + timedelta(minutes=4)),
    ]
    _, alerts = poll(seen(2_500_000), 1_500_000, T0 + timedelta(minutes=5), debits=debits)
    return alerts[0]


def unexplained_critical_drop() -> Alert:
    _, alerts = poll(seen(2_500_000), 40_000, T0 + timedelta(minutes=5), debits=[])
    return alerts[0]


def recovered() -> Alert:
    state, _ = poll(seen(200_000), 90_000, T0 + timedelta(minutes=5))
    _, alerts = poll(state, 200_000, T0 + timedelta(minutes=10))
    return alerts[0]


def key_rejected() -> Alert:
    _, alerts = on_failure(
        AccountAlertState(),
        RULES,
        ErrorKind.AUTH,
        T0,
        account_id="shop",
        account_label="Bangkok Coffee",
        test_mode=True,
    )
    return alerts[0]


def unreachable() -> Alert:
    state, _ = on_failure(
        AccountAlertState(),
        RULES,
        ErrorKind.NETWORK,
        T0,
        account_id="shop",
        account_label="Bangkok Coffee",
        test_mode=False,
    )
    _, alerts = on_failure(
        state,
        RULES,
        ErrorKind.NETWORK,
        T0 + timedelta(hours=3),
        account_id="shop",
        account_label="Bangkok Coffee",
        test_mode=False,
    )
    return alerts[0]


def yen_summary() -> Alert:
    told = []
    for number in range(1, 11):
        label = f"Tokyo {number}"
        _, alerts = poll(
            seen(20_000_000, "JPY", label),
            number * 1_000,
            T0 + timedelta(minutes=5),
            currency="JPY",
            label=label,
        )
        told += alerts
    return summarise(told)


def mixed_summary() -> Alert:
    return summarise([low_alert(), key_rejected(), unexplained_critical_drop()])


ALERTS = {
    "low": low_alert,
    "payout": payout_alert,
    "partly explained drop": partly_explained_drop,
    "unexplained critical drop": unexplained_critical_drop,
    "recovered": recovered,
    "key rejected": key_rejected,
    "unreachable": unreachable,
    "yen summary": yen_summary,
    "mixed summary": mixed_summary,
}


@pytest.mark.parametrize("language", [Language.THAI, Language.JAPANESE])
@pytest.mark.parametrize("name", list(ALERTS))
def test_a_notification_speaks_the_language(
    catalogue_cache: Path, language: Language, name: str
) -> None:
    alert = ALERTS[name]()
    with speaking(language, catalogue_cache):
        bubble = Notification.from_alert(alert, CurrencyMode(alert.currency or "THB", False))
    shown = [bubble.title, bubble.body, bubble.open_label]
    names = re.compile(r"Bangkok Coffee|Tokyo \d+")
    left = [_ENGLISH.findall(names.sub("", text)) for text in shown]
    assert left == [[], [], []], shown
    assert bubble.title and bubble.body


@pytest.mark.parametrize(
    ("language", "make", "title", "body"),
    [
        (
            Language.THAI,
            low_alert,
            "Bangkok Coffee (ทดสอบ) — THB ยอดต่ำ",
            "ยอดเงินที่โอนได้ลดลง 55% เหลือ ฿900.00 ต่ำกว่า ฿1,000.00",
        ),
        (
            Language.JAPANESE,
            payout_alert,
            "Bangkok Coffee(テスト) — THB 出金されました",
            "฿18,500.00の出金。出金可能額は฿6,500.00です。",
        ),
        (
            Language.JAPANESE,
            yen_summary,
            "JPY のアカウント 10件が危険",
            "Tokyo 1(テスト) 1,000円、Tokyo 2(テスト) 2,000円、Tokyo 3(テスト) 3,000円、"
            "Tokyo 4(テスト) 4,000円、Tokyo 5(テスト) 5,000円、Tokyo 6(テスト) 6,000円、"
            "Tokyo 7(テスト) 7,000円、Tokyo 8(テスト) 8,000円 ほか2件",
        ),
        (
            Language.THAI,
            unreachable,
            "Bangkok Coffee — เชื่อมต่อไม่ได้",
            "ดึงยอดเงินไม่ได้มา 3 ชั่วโมงแล้ว",
        ),
    ],
)
def test_translated_notifications_read_whole(
    catalogue_cache: Path, language: Language, make: object, title: str, body: str
) -> None:
    assert callable(make)
    alert = make()
    with speaking(language, catalogue_cache):
        bubble = Notification.from_alert(alert, None)
    assert (bubble.title, bubble.body) == (title, body)


def test_english_notifications_are_the_engines_own_text() -> None:
    alert = payout_alert()
    bubble = Notification.from_alert(alert, None)
    assert (bubble.title, bubble.body, bubble.open_label) == (alert.title, alert.body, "Open")
    assert alert.body == "Payout of ฿18,500.00 sent; ฿6,500.00 available."
