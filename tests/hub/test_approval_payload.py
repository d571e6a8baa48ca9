"""approval.json is hostile input on the commune side: strictly checked."""

from __future__ import annotations

import json

import pytest

from ntm_desktop.sync.errors import PackageRejected
from ntm_desktop.sync.payload import parse_approval

GOOD = {"format": "ntm-approval/1",
        "years": [{"year": 2025, "state": "returned", "comment": "Rà soát 2.1",
                   "decided_at": "2026-12-06T10:00:00Z", "decided_by": "Sở NN&MT",
                   "locked": False}],
        "notices": [{"code": "approved_year_locked", "message": "…", "year": 2025,
                     "file": "x.ntmpkg", "at": "2026-12-06T10:00:00Z"}]}


def _b(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


def test_good_document_round_trips():
    assert parse_approval(_b(GOOD)) == GOOD


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(format="other"),
    lambda d: d.update(extra=1),
    lambda d: d["years"][0].update(state="locked"),
    lambda d: d["years"][0].update(year=1999),
    lambda d: d["years"][0].update(year=True),
    lambda d: d["years"][0].update(comment="x" * 8001),
    lambda d: d["years"][0].update(locked="yes"),
    lambda d: d["years"][0].update(secret=1),
    lambda d: d["years"].append(dict(d["years"][0])),  # the same year twice
    lambda d: d["notices"][0].update(message=""),
    lambda d: d["notices"][0].update(year="2025"),
    lambda d: d.update(years="2025"),
])
def test_bad_documents_are_refused(mutate):
    doc = json.loads(json.dumps(GOOD))
    mutate(doc)
    with pytest.raises(PackageRejected) as e:
        parse_approval(_b(doc))
    assert e.value.code in ("bad_appraisal", "unknown_field")


def test_not_json_is_refused():
    with pytest.raises(PackageRejected):
        parse_approval(b"\xff\xfe not json")
