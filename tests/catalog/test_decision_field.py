"""The additive ``decision`` field of ntm-catalog/1: checked, cited, inherited by what an
overlay changes, recorded in the merged catalog."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from province_helpers import CITE, DECISION, group2_draft

from ntm_desktop.core import catalog as cat
from ntm_desktop.core import vnformat as vf
from ntm_desktop.core.errors import CatalogError
from ntm_desktop.services import catalog_editor as ce


def test_citation_dates_follow_official_papers():
    assert vf.doc_date(dt.date(2022, 3, 8)) == "08/3/2022"
    assert vf.doc_date(dt.date(2026, 2, 5)) == "05/02/2026"
    assert vf.doc_date(dt.date(2025, 12, 29)) == "29/12/2025"
    assert cat.cite_decision(DECISION) == CITE
    assert cat.Decision.from_json(DECISION).cite() == CITE
    assert cat.Decision.from_json(None) is None
    assert cat.cite_decision({"number": "1/QĐ", "date": "không rõ", "issuer": "UBND"}) == \
        "Quyết định số 1/QĐ ngày không rõ của UBND"


@pytest.mark.parametrize("change, path", [
    (lambda d: d["decision"].pop("issuer"), "$.decision"),
    (lambda d: d["decision"].update(date="10/3/2026"), "$.decision.date"),
    (lambda d: d["decision"].update(date="2026-02-30"), "$.decision.date"),
    (lambda d: d["decision"].update(extra="x"), "$.decision"),
    (lambda d: d["add"][0]["indicator"].update(decision={"number": "1", "date": "2026-13-01",
                                                         "issuer": "Bộ"}),
     "$.add[0].indicator.decision.date"),
])
def test_bad_decisions_are_refused_with_their_path(change, path):
    doc = ce.to_overlay(group2_draft())
    change(doc)
    with pytest.raises(CatalogError) as exc:
        cat.validate_document(doc)
    assert exc.value.field.startswith(path)


def test_overlay_decision_is_inherited_unless_an_item_has_its_own():
    doc = ce.to_overlay(group2_draft())
    doc["add"][1]["indicator"]["decision"] = {"number": "1214/QĐ-BCT", "date": "2022-06-22",
                                              "issuer": "Bộ Công Thương"}
    base = cat.load_builtin_document("qd51-2025")
    before = copy.deepcopy(base)
    merged = cat.apply_overlay(base, doc)
    assert base == before  # inputs unchanged
    catalog = cat.catalog_from_document(merged)
    assert catalog.indicator("2.1").decision.cite() == CITE
    assert catalog.indicator("2.2").decision.cite() == \
        "Quyết định số 1214/QĐ-BCT ngày 22/6/2022 của Bộ Công Thương"
    assert catalog.indicator("3.1").decision is None
    assert catalog.overlays[0].decision == cat.Decision.from_json(DECISION)
    # an overlay without a decision changes nothing of this (older files keep working)
    doc.pop("decision")
    for item in doc["add"]:
        item["indicator"].pop("decision", None)
    catalog = cat.load_catalog("qd51-2025", [doc])
    assert catalog.indicator("2.1").decision is None and catalog.overlays[0].decision is None
