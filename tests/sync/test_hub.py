"""The hub API the dossier/roll-up code relies on."""

from __future__ import annotations

import pytest

from ntm_desktop.core.errors import NtmError


def test_hub_api(world):
    world.to_hub(world.export())
    hub = world.hub
    [c] = hub.communes()
    assert c["code"] == "10001" and c["name"] == "Xã Tân Hòa" and c["last_seq"] == 1
    assert c["fingerprint"] == world.cks.card()["fingerprint"]
    assert c["replica_path"].endswith("hub/communes/10001.ntm.sqlite")
    assert c["last_package_at"] and c["approval"] is None
    assert hub.replica("10001").commune()["code"] == "10001"
    assert hub.appraisals("10001", 2025) == {}
    hub.record_appraisal("10001", 2025, "5.1", result="agree", status=None, comment=None,
                         date="2025-07-01", appraiser="A")
    hub.record_appraisal("10001", 2025, "5.1", result="disagree", status="chua_dat",
                         comment="đo lại", date="2025-07-02", appraiser="B")
    assert hub.appraisals("10001", 2025) == {"5.1": {
        "result": "disagree", "status": "chua_dat", "comment": "đo lại", "date": "2025-07-02",
        "appraiser": "B"}}
    with pytest.raises(NtmError):
        hub.record_appraisal("10001", 2025, "5.1", result="maybe")
    with pytest.raises(NtmError):
        hub.record_appraisal("10001", 2025, "5.1", result="agree", status="xong")
    hub.set_approval("10001", "2025", "submitted")
    hub.set_approval("10001", "2025", "returned", comment="bổ sung biên bản")
    assert hub.communes()[0]["approval"]["state"] == "returned"
    hub.set_approval("10001", "2025", "approved", decided_by="Giám đốc Sở")
    with pytest.raises(NtmError) as exc:
        hub.record_appraisal("10001", 2025, "5.1", result="agree")
    assert exc.value.code == "approval_locked"
    with pytest.raises(NtmError):
        hub.set_approval("10001", "2025", "returned")
    with pytest.raises(NtmError) as exc:
        hub.replica("99999")
    assert exc.value.code == "unknown_commune"
    assert [p["status"] for p in hub.packages("10001")] == ["applied"]
