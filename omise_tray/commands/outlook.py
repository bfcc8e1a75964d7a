"""`omise-tray outlook`: each account's coming days (incoming money, payouts, projected balance)."""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from omise_tray.core.money import format_amount
from omise_tray.core.outlook import DEFAULT_OUTLOOK_DAYS, Outlook, PayoutProblem, build_outlook
from omise_tray.core.portfolio import AccountRules
from omise_tray.omise.client import OmiseClient
from omise_tray.omise.errors import OmiseError

from .reading import (
    AccountKey,
    Failed,
    Refused,
    Selection,
    add_reading_arguments,
    errors_as_json,
    exit_status,
    read_account,
    refuse,
    report_failures,
    select_accounts,
)

LONGEST_OUTLOOK_DAYS = 30
PROJECTION_NOTE = "A projection: new sales and refunds are not in it."


def outlook_days(text: str) -> int:
    """An argparse type: a whole number of days from 1 to LONGEST_OUTLOOK_DAYS."""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= LONGEST_OUTLOOK_DAYS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of days from 1 to {LONGEST_OUTLOOK_DAYS}"
        )
    return int(text)


def register(subparsers: Any) -> None:
    """Add the `outlook` sub-command."""
    parser = subparsers.add_parser(
        "outlook",
        help="print each account's coming days: incoming money, payouts, projected balance",
        description="For each account, the money that becomes available, the scheduled "
        "payouts and the projected available balance for each coming day (local dates). "
        f"{PROJECTION_NOTE} Exit status: 0 all read, 1 API, network or response error, "
        "2 usage or configuration error, 3 the secret key was rejected.",
    )
    add_reading_arguments(parser)
    parser.add_argument(
        "--days",
        type=outlook_days,
        default=DEFAULT_OUTLOOK_DAYS,
        metavar="N",
        help=f"how many days from today, 1 to {LONGEST_OUTLOOK_DAYS} "
        f"(default {DEFAULT_OUTLOOK_DAYS})",
    )
    parser.set_defaults(func=run)


@dataclass(frozen=True)
class Projected:
    """An account's outlook, under the account's name."""

    account: str
    outlook: Outlook


def _low_line(account: AccountKey, currency: str) -> int:
    settings = account.settings
    rules = AccountRules.for_currency(
        currency,
        low=settings.low if settings else None,
        critical=settings.critical if settings else None,
    )
    return rules.thresholds.low


def project(
    account: AccountKey, selection: Selection, *, timeout: float, days: int
) -> Projected | Failed:
    """Read the account's balance, terms, schedules and coming credits, and project them."""
    now = datetime.now(UTC)

    def read(client: OmiseClient) -> Outlook:
        balance = client.balance()
        terms = client.account().transfer_config
        schedules = client.transfer_schedules().items
        recent = client.upcoming_transactions(now, pending=balance.pending)
        return build_outlook(
            balance,
            recent.items,
            schedules,
            terms,
            now=now,
            zone=None,
            low_line=_low_line(account, balance.currency),
            days=days,
            fees=selection.transfer_fees,
        )

    try:
        return Projected(account.name, read_account(account, selection.connection, timeout, read))
    except OmiseError as error:
        return Failed(account.name, error)


def _share(percentage: Decimal | None) -> int | float | None:
    if percentage is None:
        return None
    # A JSON number: whole percentages stay integers.
    return int(percentage) if percentage == percentage.to_integral_value() else float(percentage)


def _as_json(projected: Projected) -> dict[str, object]:
    outlook = projected.outlook
    return {
        "account": projected.account,
        "livemode": outlook.livemode,
        "currency": outlook.currency,
        "available": outlook.available,
        "incoming": [
            {"date": item.date.isoformat(), "amount": item.amount} for item in outlook.incoming
        ],
        "payouts": [
            {
                "date": payout.date.isoformat(),
                "amount": payout.amount,
                "percentage": _share(payout.percentage),
                "fee": payout.fee,
            }
            for payout in outlook.payouts
        ],
        "payouts_enabled": outlook.payouts_enabled,
        "payout_fee": outlook.payout_fee,
        "min_payout": outlook.min_payout,
        "projection": [
            {"date": point.date.isoformat(), "available": point.available}
            for point in outlook.projection
        ],
        "low_on": outlook.low_on.isoformat() if outlook.low_on else None,
    }


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


_PROBLEMS = {
    PayoutProblem.SHORT: "not covered",
    PayoutProblem.BELOW_MINIMUM: "below the minimum payout",
    PayoutProblem.NOTHING_TO_PAY: "nothing to pay",
}


def _payout_note(outlook: Outlook, day: date) -> str:
    notes = []
    for payout in outlook.payouts:
        if payout.date != day:
            continue
        share = f" ({_share(payout.percentage)} %)" if payout.percentage is not None else ""
        if payout.problem is not None:
            notes.append(f"payout{share} {_PROBLEMS[payout.problem]}")
        elif payout.leaves_on is None:
            notes.append(f"payout{share} leaves after these days")
        elif payout.leaves_on != day:
            notes.append(f"payout{share} leaves {_day(payout.leaves_on)}")
        elif share:
            notes.append(f"payout{share}")
    return "; ".join(notes)


def _table(projected: Projected) -> str:
    """A few lines for one account: a heading, the days when something happens, and notes."""
    outlook = projected.outlook
    currency = outlook.currency

    def money(amount: int) -> str:
        return format_amount(amount, currency)

    mode = "" if outlook.livemode else " (test)"
    minimum = f", smallest {money(outlook.min_payout)}" if outlook.min_payout is not None else ""
    heading = (
        f"{projected.account}{mode} · {currency} · available {money(outlook.available)} · "
        f"payout fee {money(outlook.payout_fee)}{minimum}"
    )
    incoming = {item.date: item.amount for item in outlook.incoming}
    leaving: dict[date, int] = {}
    for payout in outlook.payouts:
        if payout.leaves_on is not None:
            leaving[payout.leaves_on] = leaving.get(payout.leaves_on, 0) + payout.amount
    # Today, the last day, and the days in between when money comes or goes.
    shown = incoming.keys() | leaving.keys() | {payout.date for payout in outlook.payouts}
    shown |= {outlook.today, outlook.projection[-1].date}
    rows: list[tuple[str, ...]] = [("DATE", "INCOMING", "PAYOUT", "PROJECTED", "")]
    for point in outlook.projection:
        day = point.date
        if day not in shown:
            continue
        rows.append(
            (
                _day(day),
                f"+{money(incoming[day])}" if day in incoming else "",
                f"-{money(leaving[day])}" if day in leaving else "",
                money(point.available),
                _payout_note(outlook, day),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(5)]
    lines = [heading] + [
        "  ".join(
            cell.rjust(width) if column in (1, 2, 3) else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    if not outlook.payouts_enabled:
        lines.append("Payouts are turned off for this account: none is projected.")
    if outlook.low_on is not None:
        lines.append(f"May fall to {money(outlook.low_line)} or below by {_day(outlook.low_on)}.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Read, project, print and return the exit status (the same as `balance`)."""
    selection = select_accounts(args, os.environ)
    if isinstance(selection, Refused):
        return refuse(args, selection, "outlooks")
    results = [
        project(account, selection, timeout=args.timeout, days=args.days)
        for account in selection.accounts
    ]
    projected = [result for result in results if isinstance(result, Projected)]
    failed = [result for result in results if isinstance(result, Failed)] + selection.unusable
    report_failures(failed)
    if args.json:
        document = {
            "outlooks": [_as_json(result) for result in projected],
            "errors": errors_as_json(failed),
        }
        print(json.dumps(document, indent=2))
    elif projected:
        print("\n\n".join(_table(result) for result in projected))
        print(f"\n{PROJECTION_NOTE}")
    return exit_status(failed)
