"""Daily balance reports as JSON lines in the data folder: appended once a day per account.

Each line keeps the English sentences (the CSV export and older versions read those) and,
since the app speaks Thai and Japanese, the facts behind them ("advice", "changes"), so the
window writes a stored report in its own language. Lines written before the facts were kept
still read: their facts are read back from the sentences (storage.english_reports), and a
sentence that cannot be stays English.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import date
from pathlib import Path
from typing import Any

from omise_tray.config import make_private_folder
from omise_tray.core.advice import Advice
from omise_tray.core.balance import Balance
from omise_tray.core.health import Health, Thresholds, Watched
from omise_tray.core.report import Change, DailyReport, build_daily_report
from omise_tray.core.text_safety import safe_text
from omise_tray.storage.aside import keep_copy
from omise_tray.storage.atomic import write_atomically
from omise_tray.storage.english_reports import ADVICE_FIGURES, facts_of
from omise_tray.storage.permissions import private_opener

log = logging.getLogger(__name__)


def report_to_json(report: DailyReport) -> dict[str, Any]:
    return {
        "date": report.date.isoformat(),
        "account_id": report.account_id,
        "account": report.account_name,
        "currency": report.currency,
        "livemode": report.livemode,
        "total": report.total,
        "available": report.available,
        "pending": report.pending,
        "status": report.status.value,
        "recommendations": list(report.recommendations),
        "advice": [_advice_to_json(advice) for advice in report.advice],
        "changes": [_change_to_json(change) for change in report.changes],
    }


def _advice_to_json(advice: Advice) -> dict[str, Any]:
    return {"code": advice.code, "currency": advice.currency, "figures": dict(advice.figures)}


def _change_to_json(change: Change) -> dict[str, Any]:
    return {
        "fell": change.fell,
        "since": change.since.isoformat(),
        "yesterday": change.yesterday,
        "currency": change.currency,
        "watched": change.watched.value,
        "before": change.before,
        "now": change.now,
        "percent": change.percent,
        "health_before": change.health_before.value,
        "health_after": change.health_after.value,
    }


def _field(document: dict[str, Any], name: str, kind: type) -> Any:
    """One field of an object of the line, of this type; ValueError otherwise."""
    value = document.get(name)
    # bool is an int to Python, never to the file.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"report field {name!r} is not {kind.__name__}")
    return value


def _objects(document: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """A list of objects; an absent one (a line from before the facts were kept) is empty."""
    value = document.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ValueError(f"report field {name!r} is not a list of objects")
    return value


def _advice_from_json(document: dict[str, Any], sentence: str) -> Advice | None:
    """The advice's facts, with its English sentence; None when this version does not know
    the advice (a newer version wrote it), so the report keeps its English sentences."""
    code = _field(document, "code", str)
    figures = _field(document, "figures", dict)
    for name, value in figures.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"advice figure {name!r} is not an integer")
    names = ADVICE_FIGURES.get(code)
    if names is None or set(names) != set(figures):
        return None
    # In the order the advice gives them (the file's keys are sorted).
    ordered = tuple((name, figures[name]) for name in names)
    return Advice(code, sentence, _field(document, "currency", str), ordered)


def _change_from_json(document: dict[str, Any]) -> Change:
    return Change(
        fell=_field(document, "fell", bool),
        since=date.fromisoformat(_field(document, "since", str)),
        yesterday=_field(document, "yesterday", bool),
        currency=_field(document, "currency", str),
        watched=Watched(_field(document, "watched", str)),
        before=_field(document, "before", int),
        now=_field(document, "now", int),
        percent=_field(document, "percent", int),
        health_before=Health(_field(document, "health_before", str)),
        health_after=Health(_field(document, "health_after", str)),
    )


def _facts(
    document: dict[str, Any], sentences: tuple[str, ...], day: date, currency: str
) -> tuple[tuple[Advice, ...], tuple[Change, ...]]:
    """The facts behind the sentences, or none when they do not account for every sentence
    (a newer line may hold advice this version cannot write). A line from before the facts
    were kept has them read back from its English sentences where they are this version's."""
    if "advice" not in document and "changes" not in document:
        return facts_of(sentences, day, currency)
    advice_documents = _objects(document, "advice")
    changes = tuple(_change_from_json(change) for change in _objects(document, "changes"))
    if len(advice_documents) + len(changes) != len(sentences):
        return (), ()
    advice = [
        _advice_from_json(item, sentence)
        for item, sentence in zip(advice_documents, sentences, strict=False)
    ]
    if None in advice:
        return (), ()
    return tuple(item for item in advice if item is not None), changes


def report_from_json(document: Any) -> DailyReport:
    """Rebuild a report from one parsed line; ValueError when any field is missing or wrong."""
    if not isinstance(document, dict):
        raise ValueError("a report line is not a JSON object")
    amounts = {}
    for name in ("total", "available", "pending"):
        value = document.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"report field {name!r} is not an integer")
        amounts[name] = value
    texts = document.get("recommendations")
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise ValueError("report field 'recommendations' is not a list of sentences")
    strings = {}
    for name in ("date", "account_id", "account", "currency", "status"):
        value = document.get(name)
        if not isinstance(value, str):
            raise ValueError(f"report field {name!r} is not a string")
        strings[name] = value
    if not isinstance(document.get("livemode"), bool):
        raise ValueError("report field 'livemode' is not a boolean")
    sentences = tuple(safe_text(text, limit=None) for text in texts)
    day = date.fromisoformat(strings["date"])
    advice, changes = _facts(document, sentences, day, strings["currency"])
    return DailyReport(
        date=day,
        account_id=strings["account_id"],
        account_name=safe_text(strings["account"]),
        currency=strings["currency"],
        livemode=document["livemode"],
        total=amounts["total"],
        available=amounts["available"],
        pending=amounts["pending"],
        status=Health(strings["status"]),
        recommendations=sentences,
        advice=advice,
        changes=changes,
    )


def _parse_line(raw: bytes) -> DailyReport:
    """One line of the file; ValueError when it is not a whole report (cut, damaged bytes)."""
    try:
        return report_from_json(json.loads(raw.decode("utf-8")))
    except RecursionError:
        raise ValueError("a report line is nested too deeply") from None


class ReportLog:
    """Appends and reads daily reports in one JSON-lines file: one report per account and day.

    The file only grows. A report made again on demand is appended too, and supersedes the
    day's earlier one when read. A line cut short by a crash, or otherwise damaged, is skipped
    when reading (`damaged_lines` says which) and never glued to the next report; the app
    moves such lines to a file of their own with `set_aside_damaged`.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.damaged_lines: tuple[int, ...] = ()  # line numbers skipped by the last read
        self._filed: set[tuple[str, date]] | None = None

    def read(self, account_id: str | None = None, since: date | None = None) -> list[DailyReport]:
        """Reports in the order they were filed, optionally for one account and from a day on.

        Each account has one report a day: the last one filed for it.
        """
        try:
            # Line by line: a line cut inside a multi-byte character spoils only itself.
            lines = self.path.read_bytes().split(b"\n")
        except FileNotFoundError:
            return []
        reports: dict[tuple[str, date], DailyReport] = {}
        damaged: list[int] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                report = _parse_line(line)
            except ValueError as exc:
                log.warning("skipping line %d of %s: %s", number, self.path, exc)
                damaged.append(number)
                continue
            if account_id is not None and report.account_id != account_id:
                continue
            if since is not None and report.date < since:
                continue
            key = (report.account_id, report.date)
            reports.pop(key, None)  # a report made again takes the place of its filing
            reports[key] = report
        self.damaged_lines = tuple(damaged)
        return list(reports.values())

    def set_aside_damaged(self) -> str | None:
        """Move lines that are not whole reports to a dated file beside this one, keeping the
        others as they were; a sentence for the user when there were any.

        Only the app, which alone appends, calls this: nothing is appended meanwhile.
        """
        try:
            lines = self.path.read_bytes().split(b"\n")
        except FileNotFoundError:
            return None
        good: list[bytes] = []
        damaged: list[bytes] = []
        for line in lines:
            if not line.strip():
                continue
            try:
                _parse_line(line)
            except ValueError:
                damaged.append(line)
            else:
                good.append(line)
        if not damaged:
            return None
        aside = keep_copy(self.path, b"".join(line + b"\n" for line in damaged), tag="corrupt")
        if aside is None:
            return None  # the damaged lines stay where they are, skipped on every read
        # Every good line decoded as UTF-8 above, so the text round-trips byte for byte.
        write_atomically(self.path, "".join(line.decode("utf-8") + "\n" for line in good))
        self._filed = None
        log.warning("moved %d damaged line(s) of %s to %s", len(damaged), self.path, aside)
        what = "A line" if len(damaged) == 1 else f"{len(damaged)} lines"
        return (
            f"{what} of your daily reports could not be read, so only the others are used. "
            f"The damaged text was kept in {aside.name}."
        )

    def previous(self, account_id: str, before: date) -> DailyReport | None:
        """The account's latest report from a day before `before`."""
        earlier = [r for r in self.read(account_id) if r.date < before]
        return max(earlier, key=lambda r: r.date, default=None)

    def _filed_days(self) -> set[tuple[str, date]]:
        """(account id, day) of every report in the file, read once and kept up to date."""
        if self._filed is None:
            self._filed = {(r.account_id, r.date) for r in self.read()}
        return self._filed

    def has(self, account_id: str, day: date) -> bool:
        return (account_id, day) in self._filed_days()

    def append(self, report: DailyReport, *, replace: bool = False) -> bool:
        """Add the report unless the account already has one for that day (or `replace` says
        to supersede it); True if added."""
        filed = self._filed_days()
        if not replace and (report.account_id, report.date) in filed:
            return False
        line = json.dumps(report_to_json(report), ensure_ascii=False, sort_keys=True) + "\n"
        make_private_folder(self.path.parent)
        with open(self.path, "a+b", opener=private_opener) as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell() > 0:
                handle.seek(-1, os.SEEK_END)
                if handle.read(1) != b"\n":
                    # The last line was cut short by a crash: end it so this one stands alone.
                    line = "\n" + line
            handle.write(line.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        filed.add((report.account_id, report.date))
        return True

    def file_day(
        self,
        *,
        account_id: str,
        account_name: str,
        balance: Balance,
        thresholds: Thresholds,
        day: date,
        watched: Watched = Watched.AVAILABLE,
        replace: bool = False,
    ) -> DailyReport | None:
        """Build and append the day's report on the account's first poll of that day, or again
        with this balance when `replace` is set (the merchant asked for it).

        Cheap on every later poll of the day (an in-memory check); returns the new report,
        or None when the day already had one and `replace` is not set.
        """
        if not replace and self.has(account_id, day):
            return None
        report = build_daily_report(
            account_id=account_id,
            account_name=account_name,
            balance=balance,
            thresholds=thresholds,
            day=day,
            previous=self.previous(account_id, day),
            watched=watched,
        )
        self.append(report, replace=replace)
        return report
