"""Failures the simulator can inject: what each one looks like and which requests it hits."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from enum import StrEnum


class Fault(StrEnum):
    """A way the API, a proxy or the network can misbehave, as a client sees it."""

    UNAUTHORIZED = "unauthorized"  # 401 authentication_failure JSON
    RATE_LIMITED = "rate_limited"  # 429 rate_limit_exceeded JSON, Retry-After when given
    SERVER_ERROR = "server_error"  # 500 internal_error JSON
    UNAVAILABLE = "unavailable"  # 503 HTML page, as a proxy in front of the API sends
    HANG = "hang"  # reads the request and answers nothing
    SLOW_BODY = "slow_body"  # the right answer, trickled out byte by byte
    HTML = "html"  # 200 text/html
    TRUNCATED = "truncated"  # 200 JSON cut in the middle, Content-Length matching the cut
    RESET = "reset"  # the connection is reset (RST) instead of answered
    WRONG_OBJECT = "wrong_object"  # 200 JSON of another object type


# How long HANG and SLOW_BODY last when the test does not say.
DEFAULT_SLOW_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class FaultRule:
    """An injected fault, how many more requests it hits, and which requests those are."""

    fault: Fault
    times: int
    key: str | None = None
    path: str | None = None
    retry_after: float | None = None
    seconds: float | None = None

    def __repr__(self) -> str:
        # The rule may carry a secret key; it must never reach a log line through repr.
        where = f", path={self.path!r}" if self.path else ""
        who = ", key=<secret>" if self.key else ""
        return f"FaultRule({self.fault.value}, times={self.times}{where}{who})"

    def matches(self, key: str | None, path: str) -> bool:
        """True if this rule applies to a request with this key and path."""
        return (self.key is None or self.key == key) and (self.path is None or self.path == path)


class FaultPlan:
    """The queue of injected faults, consumed in the order they were injected; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []

    def add(self, rule: FaultRule) -> None:
        """Queue a rule; a rule for zero or fewer requests is refused."""
        if rule.times < 1:
            raise ValueError("a fault must apply to at least one request")
        with self._lock:
            self._rules.append(rule)

    def clear(self) -> None:
        """Forget every queued fault."""
        with self._lock:
            self._rules.clear()

    def take(self, key: str | None, path: str) -> FaultRule | None:
        """The first rule matching this request, counting the request against it."""
        with self._lock:
            for index, rule in enumerate(self._rules):
                if rule.matches(key, path):
                    if rule.times == 1:
                        del self._rules[index]
                    else:
                        self._rules[index] = replace(rule, times=rule.times - 1)
                    return rule
            return None

    def pending(self) -> list[FaultRule]:
        """The rules still waiting for requests."""
        with self._lock:
            return list(self._rules)
