"""The per-commune results cache: filled when a package is applied, stale after a package
applied without the service or a new finding, and always equal to evaluating from scratch."""

from __future__ import annotations

import json

from hub_world import YEAR, Province

from ntm_desktop.dossier import rollup as ru
from ntm_desktop.services import communes, hub_import, hub_trust, review
from ntm_desktop.services.hub_common import open_hub
from ntm_desktop.store import hub as hs
from ntm_desktop.sync import importer
from ntm_desktop.sync.workspace import keystore


def _fresh(p: Province, code: str) -> dict:
    with open_hub(p.hub) as hub:
        r, _ = ru.commune_result(hub.replica(code), hub.appraisals(code, YEAR), YEAR)
    return json.loads(json.dumps(r.__dict__))


def test_cache_follows_packages_and_findings(province: Province):
    p = province
    rows = hub_trust.scan_cards(p.hub, [p.cards])
    hub_trust.trust_cards(p.hub, [r.card for r in rows])
    hub_import.import_packages(p.hub, [p.export("06313")])
    with open_hub(p.hub) as hub:
        cached = hs.cached_results(hub, YEAR)
    assert set(cached) == {"06313"}
    assert json.loads(cached["06313"]["data"])["result"] == _fresh(p, "06313")
    # a finding changes the stamp: the list recomputes that commune
    review.record_finding(p.hub, "06313", YEAR, "2.1", result="disagree", status="chua_dat",
                          comment="Chưa đạt")
    [row] = communes.commune_rows(p.hub, YEAR)
    assert row.met == _fresh(p, "06313")["met_count"] and row.by_appraiser
    # a package applied by the importer alone (an older ``ntm import``): stale, recomputed
    p.set_value("06313", "1.1", "0")
    with open_hub(p.hub) as hub:
        rx = importer.HubReceiver(hub, keystore(p.hub), p.hub.quarantine)
        [o] = importer.import_files([p.export("06313")], rx)
        assert o.status == "applied"
        before = hs.cached_results(hub, YEAR)["06313"]["stamp"]
    [row] = communes.commune_rows(p.hub, YEAR)
    assert row.self_met == _fresh(p, "06313")["self_met_count"]
    with open_hub(p.hub) as hub:
        assert hs.cached_results(hub, YEAR)["06313"]["stamp"] != before
