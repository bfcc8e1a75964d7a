"""Control endpoints under /_simulator/ for driving a simulator from another process.

They need no key because the server listens on loopback only, and they never reveal keys:
accounts are named by their names.

    GET    /_simulator/accounts   names, currencies and balances
    POST   /_simulator/faults     {"fault": "rate_limited", "times": 1, "retry_after": 2,
                                   "account": "Marina Books", "path": "/balance", "seconds": 5}
    DELETE /_simulator/faults     forget every queued fault
    POST   /_simulator/advance    {"seconds": 60}
    POST   /_simulator/balance    {"account": "Osaka Ramen", "total": 5000, "available": 4000}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from omise_tray.simulator.api import Response, error_response, json_response
from omise_tray.simulator.faults import Fault
from omise_tray.simulator.shapes import Document

if TYPE_CHECKING:
    from omise_tray.simulator.server import Simulator

MAX_BODY = 64 * 1024


class _RefusedError(ValueError):
    """A control request that cannot be carried out, with the reason."""


def handle(simulator: Simulator, method: str, path: str, body: bytes) -> Response:
    """Carry out one control request and describe the result as JSON."""
    try:
        fields = _fields(body)
        if (method, path) == ("GET", "/_simulator/accounts"):
            return json_response(200, _accounts(simulator))
        if (method, path) == ("POST", "/_simulator/faults"):
            return json_response(200, _inject(simulator, fields))
        if (method, path) == ("DELETE", "/_simulator/faults"):
            simulator.clear_faults()
            return json_response(200, {"object": "faults", "cleared": True})
        if (method, path) == ("POST", "/_simulator/advance"):
            simulator.advance(_number(fields, "seconds"))
            return json_response(200, {"object": "clock", "now": simulator.now()})
        if (method, path) == ("POST", "/_simulator/balance"):
            account = _account_key(simulator, fields)
            simulator.set_balance(
                account,
                total=_integer(fields, "total"),
                available=_integer(fields, "available"),
                reserve=_integer(fields, "reserve", 0),
            )
            return json_response(200, _accounts(simulator))
    except ValueError as exc:
        # _RefusedError and the simulator's own refusals (time moving backwards) alike.
        return error_response(400, "bad_request", str(exc))
    return error_response(404, "not_found", f"{method} {path} is not a simulator control")


def _fields(body: bytes) -> dict[str, object]:
    if not body.strip():
        return {}
    try:
        fields = json.loads(body)
    except ValueError as exc:
        raise _RefusedError("the body is not JSON") from exc
    if not isinstance(fields, dict):
        raise _RefusedError("the body must be a JSON object")
    return fields


def _number(fields: dict[str, object], name: str) -> float:
    value = fields.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _RefusedError(f"{name} must be a number")
    return float(value)


def _integer(fields: dict[str, object], name: str, default: int | None = None) -> int:
    value = fields.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _RefusedError(f"{name} must be an integer")
    return value


def _optional_number(fields: dict[str, object], name: str) -> float | None:
    return None if fields.get(name) is None else _number(fields, name)


def _account_key(simulator: Simulator, fields: dict[str, object]) -> str:
    name = fields.get("account")
    if not isinstance(name, str):
        raise _RefusedError("account must be an account name")
    for account in simulator.accounts:
        if account.name == name:
            return account.key
    raise _RefusedError(f"no simulated account is called {name!r}")


def _inject(simulator: Simulator, fields: dict[str, object]) -> Document:
    try:
        fault = Fault(str(fields.get("fault", "")).lower())
    except ValueError as exc:
        names = ", ".join(f.value for f in Fault)
        raise _RefusedError(f"fault must be one of {names}") from exc
    times = _integer(fields, "times", 1)
    if times < 1:
        raise _RefusedError("times must be at least 1")
    path = fields.get("path")
    if path is not None and not isinstance(path, str):
        raise _RefusedError("path must be a string")
    key = _account_key(simulator, fields) if "account" in fields else None
    simulator.inject(
        fault,
        times=times,
        key=key,
        path=path,
        retry_after=_optional_number(fields, "retry_after"),
        seconds=_optional_number(fields, "seconds"),
    )
    return {"object": "fault", "fault": fault.value, "times": times}


def _accounts(simulator: Simulator) -> Document:
    now = simulator.catch_up()
    data: list[object] = []
    for account in simulator.accounts:
        snapshot = account.snapshot()
        data.append(
            {
                "name": snapshot.name,
                "currency": snapshot.currency,
                "country": snapshot.country,
                "livemode": snapshot.livemode,
                "total": snapshot.total,
                "available": snapshot.available,
                "reserve": snapshot.reserve,
            }
        )
    return {"object": "list", "now": now, "data": data}
