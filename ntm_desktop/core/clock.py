"""The one clock: UTC timestamps for stored rows and the hybrid logical clock of the journal.

Stored timestamps are ISO 8601 UTC with milliseconds (``2025-03-05T08:00:00.000Z``). Tests that
need a fixed time patch :func:`utc_now` here, in one place.
"""

from __future__ import annotations

import datetime as dt
import time


def utc_now() -> str:
    """Now, as stored: ``YYYY-MM-DDTHH:MM:SS.mmmZ``."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def utc_datetime() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    import uuid  # on the first write, not at start (uuid imports platform: a few ms)
    return str(uuid.uuid4())


class HybridClock:
    """Hybrid logical clock: ``"<unix ms, 13 digits>-<counter, 4 digits>-<device prefix>"``.

    Strings sort in causal order for one device and never go backwards even when the wall
    clock does.
    """

    def __init__(self, device_id: str, last: str | None = None):
        self.device = device_id[:8]
        self.ms, self.counter = 0, 0
        if last:
            self.observe(last)

    def observe(self, hlc: str) -> None:
        try:
            ms, counter, _ = hlc.split("-", 2)
            ms_i, c_i = int(ms), int(counter)
        except ValueError:
            return
        if (ms_i, c_i) > (self.ms, self.counter):
            self.ms, self.counter = ms_i, c_i

    def now(self) -> str:
        wall = int(time.time() * 1000)
        if wall > self.ms:
            self.ms, self.counter = wall, 0
        else:
            self.counter += 1
        return f"{self.ms:013d}-{self.counter:04d}-{self.device}"


def utc_seconds() -> str:
    """Now in UTC to the second: ``YYYY-MM-DDTHH:MM:SSZ`` (manifests, key cards, package logs)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def file_stamp() -> str:
    """Local time for file names that must not collide: ``20250305-081500-123456``."""
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def today() -> dt.date:
    return dt.date.today()


def local_seconds() -> str:
    """Local wall time to the second, ISO 8601 without zone (what a person reads in a log)."""
    return dt.datetime.now().isoformat(timespec="seconds")
