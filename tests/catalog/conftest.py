"""Fixtures of the province's catalog tests (defined in province_helpers.py: a province hub
with its key, a group-2 commune of the 2026–2030 set that trusts it)."""

from __future__ import annotations

from province_helpers import commune, province  # noqa: F401  (fixtures, found by name)
