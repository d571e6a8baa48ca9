"""The store applies the value rule on every write path: set_assessment, a raw put, ``ntm
load`` (interchange) and journal entries applied from a package (hub replicas)."""

from __future__ import annotations

import pytest

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.store import assessment, interchange
from ntm_desktop.store import journal as jr
from ntm_desktop.store.workbook import Workbook


def test_set_assessment_without_catalog_still_checks_the_kind(sample_wb):
    with pytest.raises(ValidationError) as info:
        assessment.set_assessment(sample_wb, "9.1", 2025, {"value": 2.5})
    assert info.value.field == "value"
    assert assessment.get_assessment(sample_wb, "9.1", 2025) is None or \
        assessment.get_assessment(sample_wb, "9.1", 2025)["value"] != 2.5


def test_raw_put_is_checked(sample_wb):
    before = sample_wb.count("journal")
    with pytest.raises(ValidationError), sample_wb.atomic():
        sample_wb.put("assessment", {"indicator_code": "17.1", "year": 2025, "value": 130.0})
    assert sample_wb.count("journal") == before


def test_load_refuses_a_bad_value_and_changes_nothing(sample_wb, tmp_path):
    doc = interchange.dump(sample_wb)
    doc["tables"]["assessment"].append({
        "id": "a0000000-0000-4000-8000-000000000001", "indicator_code": "9.1", "year": 2030,
        "value": 1.5, "created_at": "2025-01-01T00:00:00.000Z",
        "updated_at": "2025-01-01T00:00:00.000Z"})
    with Workbook.open(tmp_path / "fresh.ntm.sqlite", create=True, author="t",
                       daily_backup=False) as fresh:
        with pytest.raises(ValidationError):
            interchange.load(fresh, doc)
        assert fresh.count("journal") == 0 and fresh.count("assessment") == 0


def test_applied_entries_are_checked(sample_wb, tmp_path):
    """A hub replica refuses an entry whose value breaks the rule (the package is refused)."""
    with sample_wb.atomic():
        sample_wb.put("assessment", {"indicator_code": "9.1", "year": 2031, "value": 1.0})
    entries = list(jr.iter_entries(sample_wb.db))
    bad = dict(entries[-1])
    bad["row"] = {**bad["row"], "value": 1.5}
    bad["hash"] = jr.entry_hash(bad)
    with Workbook.open(tmp_path / "replica.ntm.sqlite", create=True, author="hub",
                       daily_backup=False) as replica:
        with replica.atomic():
            replica.apply_entries(entries[:-1])
        with pytest.raises(ValidationError), replica.atomic():
            replica.apply_entries([bad])
        assert replica.count("journal") == len(entries) - 1
        assert jr.verify_chain(replica.db).ok
