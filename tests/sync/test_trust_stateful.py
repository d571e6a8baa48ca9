"""Stateful property test of key compromise (issue 12, item 1): any interleaving of the real
commune sending, thieves copying its folder, rotating and sending, and the appraiser revoking
the key from the time of the first copy then following the lost-key procedure. Invariants:
no package signed by a revoked key (or one endorsed by it) is ever applied after the
revocation; a commune never has two active keys; after the procedure the hub holds exactly the
real commune's data."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sync_helpers import make_world

from ntm_desktop.store import interchange
from ntm_desktop.store.commune import save_village
from ntm_desktop.store.workbook import Workbook
from ntm_desktop.sync import exporter
from ntm_desktop.sync.keys import KeyStore, SigningKey, read_card
from ntm_desktop.sync.trust import HubTrust, register_commune_key


@dataclass
class Thief:
    wb: Workbook
    ks: KeyStore
    key: SigningKey
    revoked: bool = False  # the appraiser has revoked the key it copied


class Compromise(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="ntm-trust-"))
        self.w = make_world(self.root)
        self.w.to_hub(self.w.export())
        self.thieves: list[Thief] = []
        self.since: str | None = None
        self.n = 0

    def teardown(self) -> None:
        for t in self.thieves:
            t.wb.close()
        self.w.hub.close()
        self.w.wb.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def _send(self, wb: Workbook, ks: KeyStore, key: SigningKey, *, full: bool = False):
        self.n += 1
        dest = self.root / f"p{self.n:04d}.ntmpkg"
        exporter.export_commune(wb, ks, key, dest, full=full)
        return self.w.to_hub(dest)[0]

    @rule()
    def commune_sends(self) -> None:
        save_village(self.w.wb, {"name": f"Thôn {self.n}"})
        self._send(self.w.wb, self.w.cks, self.w.ck)  # may be locked out by a thief

    @precondition(lambda self: len(self.thieves) < 2)
    @rule()
    def thief_copies_the_folder(self) -> None:
        if self.since is None:
            self.since = dt.datetime.now(dt.UTC).isoformat()
        i = len(self.thieves)
        dest = self.root / f"thief{i}"
        dest.mkdir()
        self.w.wb.copy_to(dest / "workbook.ntm.sqlite")
        shutil.copytree(self.w.cks.folder, dest / "keys")
        wb = Workbook.open(dest / "workbook.ntm.sqlite", daily_backup=False)
        ks = KeyStore(dest / "keys")
        self.thieves.append(Thief(wb, ks, ks.load()))

    @precondition(lambda self: bool(self.thieves))
    @rule(i=st.integers(0, 1), rotate=st.booleans())
    def thief_sends(self, i: int, rotate: bool) -> None:
        t = self.thieves[i % len(self.thieves)]
        if rotate:
            t.key, _ = t.ks.rotate()
        save_village(t.wb, {"name": f"Thôn ma {self.n}"})
        o = self._send(t.wb, t.ks, t.key)
        if t.revoked:
            assert o.status != "applied", (o.code, o.message)

    @precondition(lambda self: bool(self.thieves) and not all(t.revoked for t in self.thieves))
    @rule()
    def appraiser_revokes_and_commune_rekeys(self) -> None:
        hub = self.w.hub
        active = hub.active_keys("10001")
        for row in [r for r in hub.trust_list() if r["commune_code"] == "10001"
                    and r["endorsed_by"] is None and r["status"] != "revoked"]:
            HubTrust(hub).revoke(row["key_id"], "bị sao chép", since=self.since)
        assert hub.active_keys("10001") == [], active  # the thieves' rotated keys went too
        for t in self.thieves:
            t.revoked = True
        # the lost-key procedure: new key, card read by phone, full package
        shutil.rmtree(self.w.cks.folder)
        self.w.ck = self.w.cks.generate(role="commune", name="Xã Tân Hòa", commune_code="10001")
        register_commune_key(hub, read_card(json.dumps(self.w.cks.card()).encode()))
        o = self._send(self.w.wb, self.w.cks, self.w.ck, full=True)
        assert o.status == "applied", (o.code, o.message)
        assert interchange.dump(hub.replica("10001")) == interchange.dump(self.w.wb)
        self.since = None

    @invariant()
    def one_active_key(self) -> None:
        assert len(self.w.hub.active_keys("10001")) <= 1


TestCompromise = Compromise.TestCase
TestCompromise.settings = settings(max_examples=8, stateful_step_count=7, deadline=None,
                                   suppress_health_check=list(HealthCheck))


@pytest.mark.slow
def test_compromise_sequences_many() -> None:
    run = Compromise.TestCase
    run.settings = settings(max_examples=40, stateful_step_count=10, deadline=None,
                            suppress_health_check=list(HealthCheck))
    run().runTest()
