"""Point: one bucket of a balance chart, as the history answers and the chart draws it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Point:
    """One chart point: the last total and available in a time bucket, with their range."""

    at: int  # UTC epoch seconds of the last poll in the bucket
    total: int
    available: int
    total_low: int
    total_high: int
    available_low: int
    available_high: int
