"""Cancel between packages: what was imported stays, the rest is untouched, the result says so."""

from __future__ import annotations

from hub_world import Province

from ntm_desktop.core.progress import CancelToken
from ntm_desktop.services import hub_import, hub_trust
from ntm_desktop.services.hub_common import open_hub


def test_cancel_after_the_first_package(province: Province):
    p = province
    rows = hub_trust.scan_cards(p.hub, [p.cards])
    hub_trust.trust_cards(p.hub, [r.card for r in rows])
    files = [p.export(c) for c in p.communes]
    token = CancelToken()
    seen = []

    def report(progress):  # Cancel pressed while the second package is being imported
        seen.append(progress)
        if progress.done == 1:
            token.cancel()
    result = hub_import.import_packages(p.hub, files, report=report, cancel=token)
    assert result.cancelled and [line.status for line in result.lines] == ["applied"] * 2
    with open_hub(p.hub) as hub:
        assert len(hub.communes()) == 2
        assert [r["status"] for r in hub.packages()] == ["applied"] * 2
    assert seen[0].total == 3
    # importing again brings the rest; the first two are already held
    again = hub_import.import_packages(p.hub, files)
    assert sorted(line.status for line in again.lines) == ["applied", "duplicate", "duplicate"]
