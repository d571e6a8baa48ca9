"""Content-addressed attachments; photos downscaled with EXIF date and GPS kept."""

from __future__ import annotations

import hashlib
import io

import pytest
from helpers import dump_bytes
from PIL import Image

from ntm_desktop.core.errors import NotFound, ValidationError
from ntm_desktop.store import attachments


def _jpeg(size=(3000, 2000), *, date="2024:05:06 07:08:09", gps=True) -> bytes:
    img = Image.new("RGB", size, (30, 120, 60))
    for x in range(0, size[0], 50):  # some detail so it is not trivially compressible
        img.paste((200, 40, 40), (x, 0, x + 10, size[1]))
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh thử"
    if date:
        exif[0x0132] = "2000:01:01 00:00:00"  # DateTime (file changed) – the original wins
        exif.get_ifd(0x8769)[0x9003] = date  # DateTimeOriginal
    if gps:
        g = exif.get_ifd(0x8825)
        g[1] = "N"
        g[2] = (22.0, 48.0, 36.0)
        g[3] = "E"
        g[4] = (104.0, 58.0, 48.0)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif.tobytes(), quality=90)
    return buf.getvalue()


def test_same_file_twice_is_one_blob(sample_wb, tmp_path):
    wb = sample_wb
    data = b"%PDF-1.4 bien ban nghiem thu\n" * 50
    a = tmp_path / "Biên bản nghiệm thu.pdf"
    b = tmp_path / "copy.pdf"
    a.write_bytes(data)
    b.write_bytes(data)
    road = wb.sample_ids["infra"]["Đường trục thôn Nà Héc"]
    att1 = attachments.add_file(wb, a, entity="infra_item", entity_id=road, caption="Nghiệm thu")
    att2 = attachments.add_file(wb, b, entity="infra_item", entity_id=road)
    assert att1["id"] == att2["id"]
    assert att1["sha256"] == hashlib.sha256(data).hexdigest()
    assert wb.count("attachment") == 1
    blobs = [p for p in wb.attachments_dir.rglob("*") if p.is_file()]
    assert blobs == [attachments.blob_path(wb, att1["sha256"])]
    assert blobs[0].read_bytes() == data
    assert len(attachments.links_for(wb, "infra_item", road)) == 2
    assert att1["original_name"] == "Biên bản nghiệm thu.pdf"


def test_large_jpeg_is_downscaled_and_keeps_date_and_gps(sample_wb, tmp_path):
    wb = sample_wb
    wb.set_meta("photo_max_px", "800")
    f = tmp_path / "anh-duong.jpg"
    f.write_bytes(_jpeg())
    att = attachments.add_file(wb, f)
    assert (att["width"], att["height"]) == (800, 533)
    assert att["mime"] == "image/jpeg"
    stored = attachments.blob_path(wb, att["sha256"]).read_bytes()
    assert len(stored) < f.stat().st_size
    assert Image.open(io.BytesIO(stored)).size == (800, 533)
    assert att["taken_at"] == "2024-05-06T07:08:09"
    assert att["gps_lat"] == pytest.approx(22.81, abs=1e-6)
    assert att["gps_lon"] == pytest.approx(104.98, abs=1e-6)
    assert att["size"] == len(stored)


def test_default_photo_max_px(sample_wb, tmp_path):
    f = tmp_path / "big.jpg"
    f.write_bytes(_jpeg((2400, 1200), gps=False))
    att = attachments.add_file(sample_wb, f)
    assert max(att["width"], att["height"]) == attachments.DEFAULT_PHOTO_MAX_PX
    assert att["gps_lat"] is None and att["taken_at"] == "2024-05-06T07:08:09"


def test_small_photo_is_stored_unchanged(sample_wb, tmp_path):
    f = tmp_path / "nho.jpg"
    f.write_bytes(_jpeg((320, 200)))
    att = attachments.add_file(sample_wb, f)
    assert attachments.blob_path(sample_wb, att["sha256"]).read_bytes() == f.read_bytes()
    assert (att["width"], att["height"]) == (320, 200)


@pytest.mark.parametrize("kind", ["garbage", "truncated"])
def test_corrupt_image_is_refused(sample_wb, tmp_path, kind):
    wb = sample_wb
    before = dump_bytes(wb)
    f = tmp_path / "hong.jpg"
    good = _jpeg((1000, 800))
    f.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" if kind == "garbage"
                  else good[: len(good) // 2])
    with pytest.raises(ValidationError) as info:
        attachments.add_file(wb, f)
    assert info.value.field == "file" and "hong.jpg" in info.value.message
    assert dump_bytes(wb) == before
    assert not wb.attachments_dir.exists() or not any(
        p.is_file() for p in wb.attachments_dir.rglob("*"))


def test_link_to_missing_row_is_refused_and_stores_nothing(sample_wb, tmp_path):
    wb = sample_wb
    before = dump_bytes(wb)
    f = tmp_path / "x.txt"
    f.write_text("minh chứng", encoding="utf-8")
    with pytest.raises(NotFound):
        attachments.add_file(wb, f, entity="infra_item", entity_id="khong-co")
    assert dump_bytes(wb) == before
    assert not wb.attachments_dir.exists() or not any(
        p.is_file() for p in wb.attachments_dir.rglob("*"))


def test_missing_file(sample_wb, tmp_path):
    with pytest.raises(NotFound):
        attachments.add_file(sample_wb, tmp_path / "khong-co.jpg")


def test_evidence_counts(sample_wb, tmp_path):
    from ntm_desktop.store.assessment import get_assessment
    a = get_assessment(sample_wb, "17.1", 2024)
    for i in range(2):
        f = tmp_path / f"ev{i}.txt"
        f.write_text(f"minh chứng {i}", encoding="utf-8")
        attachments.add_file(sample_wb, f, entity="assessment", entity_id=a["id"])
    assert attachments.evidence_counts(sample_wb, 2024) == {"17.1": 2}
