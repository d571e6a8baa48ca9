"""Stages of the application's start, for ``benchmarks/startup_bench.py --stages``: each
:func:`mark` records the process's CPU time when a stage ends (a list append; always on)."""

from __future__ import annotations

import time

MARKS: list[tuple[str, float]] = []


def mark(stage: str) -> None:
    """Record that ``stage`` has just ended (CPU seconds of this process so far)."""
    MARKS.append((stage, time.process_time()))


def report() -> list[tuple[str, float]]:
    """(stage, CPU milliseconds it took) for every mark so far, the first from process start."""
    out, previous = [], 0.0
    for stage, t in MARKS:
        out.append((stage, (t - previous) * 1000))
        previous = t
    return out
