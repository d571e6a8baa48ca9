"""Photos are outside input (issue 12 item 16): a pixel limit with a clear message, and every
accepted photo decoded at reduced size with bounded memory. Peak memory itself is measured in
``benchmarks/size_bench.py``; here the limits are made small so that small images exercise them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from helpers import dump_bytes
from PIL import Image

from ntm_desktop.cli import main
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.store import attachments
from ntm_desktop.store.workbook import Workbook


def _jpeg(path: Path, size: tuple[int, int], *, mode: str = "RGB", exif: Image.Exif | None = None,
          **save: object) -> Path:
    img = Image.new(mode, size, 128 if mode == "L" else (90, 140, 60))
    img.save(path, format="JPEG", quality=80, exif=exif or Image.Exif(), **save)
    return path


@pytest.fixture(scope="session")
def huge_jpeg(tmp_path_factory) -> Path:
    """16384 × 12288 (201 Mpx), a flat grey JPEG: 38 MB in the issue's report, ~1 MB here."""
    return _jpeg(tmp_path_factory.mktemp("photos") / "anh-201mpx.jpg", (16384, 12288), mode="L")


def _blob_files(wb) -> list[Path]:
    return sorted(p for p in wb.attachments_dir.rglob("*") if p.is_file()) \
        if wb.attachments_dir.exists() else []


def test_over_the_pixel_limit_is_refused_with_a_message(sample_wb, huge_jpeg):
    before, blobs = dump_bytes(sample_wb), _blob_files(sample_wb)
    with pytest.raises(ValidationError) as err:
        attachments.add_file(sample_wb, huge_jpeg)
    assert err.value.code == "photo_too_large"
    assert "anh-201mpx.jpg" in err.value.message and "100 triệu điểm ảnh" in err.value.message
    assert "Decompression" not in str(err.value)
    assert dump_bytes(sample_wb) == before and _blob_files(sample_wb) == blobs


def test_cli_attach_refuses_the_huge_photo_in_vietnamese(sample_path, tmp_path, huge_jpeg,
                                                          capsys):
    with Workbook.open(sample_path, daily_backup=False) as wb:
        village = wb.rows("village")[0]["id"]
    rc = main(["--workbook", str(sample_path), "--data-dir", str(tmp_path / "d"),
               "attach", "add", str(huge_jpeg), "--to", f"village:{village}"])
    err = capsys.readouterr().err
    assert rc == 2
    assert "quá lớn" in err and "100 triệu điểm ảnh" in err
    assert "Decompression" not in err and "Traceback" not in err and "không mong muốn" not in err


def test_limit_between_pillow_warning_and_error(tmp_path, monkeypatch):
    # 150 Mpx lies between Pillow's warning (89 Mpx) and error (179 Mpx): our limit decides,
    # with the size in the message, and no Pillow warning escapes.
    monkeypatch.setattr(attachments, "PHOTO_MAX_PIXELS", 1_000_000)
    path = _jpeg(tmp_path / "a.jpg", (1200, 1000))
    with pytest.raises(ValidationError) as err:
        attachments.prepare_bytes(path.read_bytes(), path.name)
    assert err.value.code == "photo_too_large"
    assert "1.200 × 1.000 điểm ảnh" in err.value.message and "1,2 triệu" in err.value.message


def test_baseline_jpeg_is_decoded_at_reduced_size(tmp_path, monkeypatch):
    path = _jpeg(tmp_path / "big.jpg", (8000, 6000))
    loads: list[tuple[int, int]] = []
    real_load = Image.Image.load

    def spy(self):  # the size the decoder actually produces
        loads.append(self.size)
        return real_load(self)

    monkeypatch.setattr(Image.Image, "load", spy)
    data, meta = attachments.prepare_bytes(path.read_bytes(), path.name, max_px=1600)
    assert (meta["width"], meta["height"]) == (1600, 1200) and meta["mime"] == "image/jpeg"
    assert loads and max(loads[0]) == 2000  # 1/4 scale, never the 48 Mpx original
    assert Image.open(io.BytesIO(data)).size == (1600, 1200)


def test_decode_budget_scales_a_baseline_jpeg_further(tmp_path, monkeypatch):
    monkeypatch.setattr(attachments, "DECODE_BUDGET_BYTES", 4 * 1024 * 1024)
    path = _jpeg(tmp_path / "big.jpg", (4000, 3000))
    _, meta = attachments.prepare_bytes(path.read_bytes(), path.name, max_px=1600)
    assert (meta["width"], meta["height"]) == (1000, 750)  # 2000×1500×4 B would exceed 4 MiB


@pytest.mark.parametrize("kind", ["progressive", "png"])
def test_full_decodes_over_the_budget_are_refused(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(attachments, "DECODE_BUDGET_BYTES", 4 * 1024 * 1024)
    if kind == "png":
        path = tmp_path / "a.png"
        Image.new("RGB", (1500, 1000), (1, 2, 3)).save(path)  # 1.5 Mpx × 4 B = 6 MB
        small = tmp_path / "b.png"
        Image.new("RGB", (1000, 1000), (1, 2, 3)).save(small)  # 4 MB: within
    else:
        path = _jpeg(tmp_path / "a.jpg", (1500, 1000), progressive=True, subsampling=0)  # 9 MB
        small = _jpeg(tmp_path / "b.jpg", (1000, 1000), progressive=True)  # 4:2:0: 3 MB
    with pytest.raises(ValidationError) as err:
        attachments.prepare_bytes(path.read_bytes(), path.name)
    assert err.value.code == "photo_too_large"
    _, meta = attachments.prepare_bytes(small.read_bytes(), small.name)
    assert (meta["width"], meta["height"]) == (1000, 1000)


def test_exif_orientation_and_date_survive(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° when shown
    exif[0x0132] = "2024:05:06 07:08:09"
    path = _jpeg(tmp_path / "doc.jpg", (3200, 2400), exif=exif)
    _, meta = attachments.prepare_bytes(path.read_bytes(), path.name, max_px=1600)
    assert (meta["width"], meta["height"]) == (1200, 1600)
    assert meta["taken_at"] == "2024-05-06T07:08:09"


def test_small_photo_is_kept_as_is(tmp_path):
    path = _jpeg(tmp_path / "nho.jpg", (800, 600))
    data, meta = attachments.prepare_bytes(path.read_bytes(), path.name)
    assert data == path.read_bytes() and (meta["width"], meta["height"]) == (800, 600)


def test_broken_photo_is_refused(tmp_path, sample_wb):
    path = _jpeg(tmp_path / "cut.jpg", (2000, 1500))
    cut = tmp_path / "hong.jpg"
    cut.write_bytes(path.read_bytes()[:200])
    before = dump_bytes(sample_wb)
    with pytest.raises(ValidationError) as err:
        attachments.add_file(sample_wb, cut)
    assert err.value.code == "photo_unreadable" and "hong.jpg" in err.value.message
    assert dump_bytes(sample_wb) == before


def test_decode_photo_is_the_bounded_reader(tmp_path, huge_jpeg):
    path = _jpeg(tmp_path / "x.jpg", (6000, 4000))
    img = attachments.decode_photo(path, 900)
    assert img.mode == "RGB" and max(img.size) == 900
    img = attachments.decode_photo(path.read_bytes(), 500, name="x.jpg")
    assert max(img.size) == 500
    with pytest.raises(ValidationError) as err:
        attachments.decode_photo(huge_jpeg, 1600)
    assert err.value.code == "photo_too_large"
    with pytest.raises(ValidationError) as err:
        attachments.decode_photo(b"%PDF-1.4 not a photo", 1600, name="a.pdf")
    assert err.value.code == "photo_unreadable"


def test_check_photo_blob(tmp_path, huge_jpeg):
    attachments.check_photo_blob(b"%PDF-1.4 a document, not a photo")  # passes unchecked
    attachments.check_photo_blob(_jpeg(tmp_path / "ok.jpg", (1600, 1200)).read_bytes())
    with pytest.raises(ValidationError) as err:
        attachments.check_photo_blob(huge_jpeg.read_bytes(), name="abc")
    assert err.value.code == "photo_too_large"


def test_large_max_px_setting_reduces_by_a_whole_factor(tmp_path, monkeypatch):
    # resampling to 1800 px would hold ~20 MB beside the decoded image: over half the budget
    monkeypatch.setattr(attachments, "DECODE_BUDGET_BYTES", 16 * 1024 * 1024)
    path = tmp_path / "a.png"
    Image.new("RGB", (1900, 1400), (1, 2, 3)).save(path)
    _, meta = attachments.prepare_bytes(path.read_bytes(), path.name, max_px=1800)
    assert (meta["width"], meta["height"]) == (950, 700)
    _, meta = attachments.prepare_bytes(path.read_bytes(), path.name, max_px=600)
    assert (meta["width"], meta["height"]) == (600, 442)  # small output: exact resampling
