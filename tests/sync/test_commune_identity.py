"""A commune's identity at the hub: only the state a package leaves counts. A code corrected
before the first package is accepted (packages that leave the commune under another code, or
with no or two commune rows, are in the hostile suite: ``commune_identity``)."""

from __future__ import annotations

from sync_helpers import make_world

from ntm_desktop.store.commune import save_commune


def test_a_code_corrected_before_the_first_package_is_accepted(tmp_path):
    world = make_world(tmp_path)  # commune 10001, trusted at the hub
    c = world.wb.commune()
    save_commune(world.wb, {**c, "code": "10009"})  # typed wrong …
    save_commune(world.wb, {**world.wb.commune(), "code": "10001"})  # … and corrected
    (o,) = world.to_hub(world.export())
    assert o.status == "applied", o.message
    assert [r["code"] for r in world.hub.replica("10001").rows("commune")] == ["10001"]
