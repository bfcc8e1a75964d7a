"""Omise API requests and answers: the endpoints of an authenticated account, and the log."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from omise_tray.simulator import shapes
from omise_tray.simulator.accounts import AccountSnapshot, SimAccount
from omise_tray.simulator.faults import Fault
from omise_tray.simulator.settlement import PAYOUT_RUN_AT, Calendar
from omise_tray.simulator.shapes import Document, Page, Timeline

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
ORDERS = ("chronological", "reverse_chronological")
_EPOCH = "1970-01-01T00:00:00Z"


@dataclass(frozen=True, slots=True)
class Response:
    """What the server sends back: status, body bytes, content type and extra headers."""

    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


def json_response(
    status: int, document: Document, headers: tuple[tuple[str, str], ...] = ()
) -> Response:
    """A JSON response with the document encoded compactly, as Omise does."""
    return Response(status, json.dumps(document, separators=(",", ":")).encode(), headers=headers)


def error_response(status: int, code: str, message: str) -> Response:
    """An Omise error object with this HTTP status."""
    return json_response(status, shapes.error(code, message))


def html_response(status: int, title: str, text: str) -> Response:
    """A small HTML page, as a proxy or a maintenance page would send."""
    page = (
        f"<!DOCTYPE html><html><head><title>{title}</title></head>"
        f"<body><h1>{title}</h1><p>{text}</p></body></html>"
    )
    return Response(status, page.encode(), content_type="text/html; charset=utf-8")


@dataclass(frozen=True, slots=True, repr=False)
class ApiRequest:
    """The parts of an API request the simulator answers from; it holds the secret key."""

    method: str
    path: str
    query: str
    key: str | None
    version: str | None


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One API request as the simulator saw it; `account` is a name, never the key.

    `status` is None when nothing was answered (a hang or a reset connection).
    """

    method: str
    path: str
    query: str
    account: str | None
    omise_version: str | None
    user_agent: str | None
    status: int | None
    fault: Fault | None


class QueryError(ValueError):
    """A query parameter has a value the API refuses."""


def _last(query: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _whole_number(name: str, text: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise QueryError(f"{name} must be a whole number, not {text!r}")
    return int(text)


def _seconds(name: str, text: str, timeline: Timeline) -> tuple[float, str]:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise QueryError(f"{name} must be an ISO 8601 date or time, not {text!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = (moment - timeline.origin).total_seconds()
    return seconds, timeline.iso(seconds)


def list_window(
    query: Mapping[str, Sequence[str]], now: float, timeline: Timeline
) -> tuple[Page, float, float]:
    """The page asked for by limit, offset, order, from and to, and the time bounds in seconds.

    A limit above the maximum is lowered to it, as Omise does; anything malformed is refused.
    """
    limit_text = _last(query, "limit")
    limit = DEFAULT_LIMIT if limit_text is None else _whole_number("limit", limit_text)
    if limit < 1:
        raise QueryError("limit must be at least 1")
    offset_text = _last(query, "offset")
    offset = 0 if offset_text is None else _whole_number("offset", offset_text)
    order = _last(query, "order") or ORDERS[0]
    if order not in ORDERS:
        raise QueryError(f"order must be chronological or reverse_chronological, not {order!r}")
    from_text, to_text = _last(query, "from"), _last(query, "to")
    start, start_iso = (-float("inf"), _EPOCH)
    if from_text is not None:
        start, start_iso = _seconds("from", from_text, timeline)
    end, end_iso = (now, timeline.iso(now))
    if to_text is not None:
        end, end_iso = _seconds("to", to_text, timeline)
    window = Page(min(limit, MAX_LIMIT), offset, order, start_iso, end_iso)
    return window, start, end


def _listing(
    items: Sequence[tuple[float, Document]], window: Page, start: float, end: float, location: str
) -> Document:
    chosen = [document for at, document in items if start <= at <= end]
    if window.order == "reverse_chronological":
        chosen.reverse()
    data = chosen[window.offset : window.offset + window.limit]
    return shapes.page(data, len(chosen), window, location)


def respond(
    account: SimAccount,
    version: str,
    path: str,
    *,
    query: Mapping[str, Sequence[str]],
    now: float,
    timeline: Timeline,
) -> Response:
    """Answer GET `path` for `account` in the shape of API `version`."""
    if path == "/balance":
        account.serve_queued_balance()
        return json_response(200, shapes.balance(account.snapshot(), version, now, timeline))
    if path == "/account":
        return json_response(200, shapes.account(account.snapshot(), version, timeline))
    if path == "/transfers/schedules":
        return _schedules(account, version, query=query, now=now, timeline=timeline)
    collection, _, object_id = path.lstrip("/").partition("/")
    if collection not in ("transactions", "transfers") or "/" in object_id:
        return error_response(404, "not_found", f"path {path} was not found")
    with account.lock:
        snapshot = account.snapshot()
        items = _documents(
            account,
            snapshot=snapshot,
            collection=collection,
            version=version,
            now=now,
            timeline=timeline,
        )
    if object_id:
        for _, document in items:
            if document["id"] == object_id:
                return json_response(200, document)
        return error_response(404, "not_found", f"{collection[:-1]} {object_id} was not found")
    try:
        window, start, end = list_window(query, now, timeline)
    except QueryError as exc:
        return error_response(400, "bad_request", str(exc))
    return json_response(200, _listing(items, window, start, end, f"/{collection}"))


def _schedules(
    account: SimAccount,
    version: str,
    *,
    query: Mapping[str, Sequence[str]],
    now: float,
    timeline: Timeline,
) -> Response:
    calendar = Calendar(timeline.origin, account.country)
    local = calendar.moment(now)
    # Today's date is no longer "next" once its 10:00 payout run has passed.
    ran_today = local.time() >= PAYOUT_RUN_AT
    first = local.date() + timedelta(days=1 if ran_today else 0)
    snapshot = account.snapshot()
    items: list[tuple[float, Document]] = []
    for record in account.schedules:
        created = calendar.seconds(record.start, time(9, 0))
        next_dates = record.next_dates(first) if record.pays else []
        document = shapes.schedule(
            record,
            snapshot,
            version=version,
            created=created,
            next_dates=next_dates,
            timeline=timeline,
        )
        items.append((created, document))
    items.sort(key=lambda item: item[0])
    try:
        window, start, end = list_window(query, now, timeline)
    except QueryError as exc:
        return error_response(400, "bad_request", str(exc))
    return json_response(200, _listing(items, window, start, end, "/transfers/schedules"))


def _documents(
    account: SimAccount,
    *,
    snapshot: AccountSnapshot,
    collection: str,
    version: str,
    now: float,
    timeline: Timeline,
) -> list[tuple[float, Document]]:
    if collection == "transactions":
        records = sorted(account.transactions, key=lambda t: t.at)
        return [(t.at, shapes.transaction(t, snapshot, version, timeline)) for t in records]
    transfers = sorted(account.transfers, key=lambda t: t.at)
    return [
        (
            t.at,
            shapes.transfer(
                t, snapshot, bank=account.bank_account, version=version, now=now, timeline=timeline
            ),
        )
        for t in transfers
    ]
