"""The appraiser's hub stores text NFC whatever the form or command passes (issue 12 item 17)."""

from __future__ import annotations

import base64
import unicodedata

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers import assert_nfc

from ntm_desktop.store.hub import Hub


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_every_hub_write_stores_nfc(tmp_path):
    hub = Hub.open(tmp_path / "hub.ntm.sqlite", create=True, name=nfd("Sở Nông nghiệp và MT"),
                   level="province")
    try:
        public = base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes_raw())
        hub.trust_add({"key_id": "k1", "public_key": public.decode(), "fingerprint": "ab12",
                       "role": "commune", "name": nfd("Xã Lương Sơn"), "commune_code": "20001"})
        hub.note_commune("20001", name=nfd("Xã Lương Sơn"), key_id="k1", seq=1,
                         package_hash="h", journal_seq=1, journal_hash="j")
        hub.record_appraisal("20001", 2025, "17.1", result="disagree",
                             comment=nfd("Thiếu biên bản"), appraiser=nfd("Đoàn thẩm định"))
        hub.set_approval("20001", "2025", "returned", comment=nfd("Bổ sung hồ sơ"),
                         decided_by=nfd("Phó Giám đốc Sở"))
        hub.trust_revoke("k1", reason=nfd("Máy tính của xã bị mất"))
        hub.set_meta("signer", nfd("Nguyễn Văn Hùng"))
        assert hub.name == "Sở Nông nghiệp và MT"
        assert hub.appraisals("20001", 2025)["17.1"]["comment"] == "Thiếu biên bản"
        for table in ("meta", "trusted_key", "commune", "appraisal", "approval"):
            assert_nfc([v for r in hub.db.query(f"SELECT * FROM [{table}]") for v in r.values()])
    finally:
        hub.close()
