"""Specification of how injected faults pick the requests they hit."""

from __future__ import annotations

import pytest

from omise_tray.simulator.faults import Fault, FaultPlan, FaultRule

KEY = "skey_test_faultplan"


def test_a_fault_hits_as_many_requests_as_asked_then_is_gone() -> None:
    plan = FaultPlan()
    plan.add(FaultRule(Fault.SERVER_ERROR, times=2))
    hits = [plan.take(KEY, "/balance") for _ in range(3)]
    assert [rule.fault if rule else None for rule in hits] == [
        Fault.SERVER_ERROR,
        Fault.SERVER_ERROR,
        None,
    ]


def test_faults_happen_in_the_order_they_were_injected() -> None:
    plan = FaultPlan()
    plan.add(FaultRule(Fault.RATE_LIMITED, times=1))
    plan.add(FaultRule(Fault.HTML, times=1))
    taken = [plan.take(None, "/balance") for _ in range(2)]
    assert [rule.fault for rule in taken if rule] == [Fault.RATE_LIMITED, Fault.HTML]


@pytest.mark.parametrize(
    ("rule_key", "rule_path", "key", "path", "hit"),
    [
        (KEY, None, KEY, "/account", True),
        (KEY, None, "skey_test_other", "/balance", False),
        (None, "/balance", None, "/balance", True),
        (None, "/balance", KEY, "/account", False),
        (KEY, "/balance", KEY, "/balance", True),
        (KEY, "/balance", KEY, "/transfers", False),
    ],
)
def test_a_fault_only_hits_requests_with_its_key_and_path(
    rule_key: str | None, rule_path: str | None, key: str | None, path: str, hit: bool
) -> None:
    plan = FaultPlan()
    plan.add(FaultRule(Fault.RESET, times=1, key=rule_key, path=rule_path))
    assert (plan.take(key, path) is not None) is hit
    assert (len(plan.pending()) == 0) is hit


def test_clear_forgets_every_fault() -> None:
    plan = FaultPlan()
    plan.add(FaultRule(Fault.HANG, times=5))
    plan.clear()
    assert plan.take(None, "/balance") is None


def test_a_fault_for_no_request_is_refused() -> None:
    with pytest.raises(ValueError):
        FaultPlan().add(FaultRule(Fault.HANG, times=0))


def test_a_fault_rule_repr_hides_its_key() -> None:
    assert KEY not in repr(FaultRule(Fault.UNAUTHORIZED, times=1, key=KEY))
