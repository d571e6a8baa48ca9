"""A photo arriving in a package is held to the same limits as one attached locally (issue 12
item 16): a commune app that skipped the downscaling cannot make the hub decode 200 Mpx."""

from __future__ import annotations

import io

from PIL import Image
from sync_helpers import add_photo, hub_state

from ntm_desktop.store.attachments import PHOTO_MAX_PIXELS


def _jpeg(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 128).save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def test_oversized_photo_in_a_package_is_refused(world):
    huge = _jpeg((16384, 12288))
    assert 16384 * 12288 > PHOTO_MAX_PIXELS
    add_photo(world.wb, huge)  # written past prepare_bytes, as a modified app could
    pkg = world.export()
    before = hub_state(world.hub)
    [outcome] = world.to_hub(pkg)
    assert outcome.status == "rejected" and outcome.code == "bad_blob"
    assert "100 triệu điểm ảnh" in outcome.message
    assert hub_state(world.hub) == before


def test_normal_photo_in_a_package_is_applied(world):
    add_photo(world.wb, _jpeg((1600, 1200)))
    [outcome] = world.to_hub(world.export())
    assert outcome.status == "applied"
