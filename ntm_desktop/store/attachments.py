"""Content-addressed attachments kept beside the workbook (``<name>.attachments/ab/abcd…``).

Photos are downscaled on import (longest side ``photo_max_px``, default 1600, a workbook
setting) and keep their EXIF date taken and GPS position as metadata.

Photos are outside input, decoded with bounded memory:

* A photo over :data:`PHOTO_MAX_PIXELS` (100 million pixels, e.g. 11 500 × 8 700) is refused with
  a message (code ``photo_too_large``). Cameras and phones give 12–64 Mpx; the 200 Mpx modes of
  some phones are over the limit and must be saved smaller first.
* A baseline JPEG is decoded at 1/2, 1/4 or 1/8 size (libjpeg's DCT scaling, Pillow's
  ``Image.draft``), so its decoded size stays near ``max_px`` whatever the photo's size; then
  ``thumbnail`` (``reduce`` + resampling) brings it to ``max_px``.
* A progressive JPEG needs libjpeg's whole-image coefficient buffer (2 bytes per sample) and a PNG,
  TIFF, WebP or BMP its full pixels, whatever the output size: those whose decoding would take
  more than :data:`DECODE_BUDGET_BYTES` (128 MiB) are refused the same way (for an RGB PNG over
  33 Mpx, for a progressive colour JPEG with 4:2:0 sampling over 44 Mpx); libjpeg still scales a
  progressive JPEG's output down.

So decoding one photo takes at most about 200 MB above the program itself
(``benchmarks/size_bench.py`` measures it). :func:`decode_photo` is the one bounded decoder for
anything that shows or prints a stored photo; :func:`check_photo_blob` checks a photo that arrives
in a package (``sync/importer.py``) without decoding it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import os
import warnings
from pathlib import Path
from typing import Any, BinaryIO

from ntm_desktop.core.errors import NotFound, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.core.vnformat import number
from ntm_desktop.store.workbook import Workbook, atomic_write_bytes

MAX_FILE_BYTES = 50 * 1024 * 1024
DEFAULT_PHOTO_MAX_PX = 1600
PHOTO_TYPES = {"image/jpeg", "image/png", "image/webp", "image/tiff", "image/bmp"}
# Pillow format names read as photos (a multi-picture JPEG from a camera opens as "MPO")
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "BMP")
PHOTO_MAX_PIXELS = 100_000_000
DECODE_BUDGET_BYTES = 128 * 1024 * 1024
# bytes per pixel Pillow holds for a decoded image of each mode (RGB is stored as 32-bit)
_MODE_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16B": 2, "I;16L": 2, "LA": 4, "PA": 4}

TOO_LARGE = _N("errors", "Ảnh “{name}” quá lớn ({width} × {height} điểm ảnh, {mpx} triệu điểm "
                         "ảnh): NTM chỉ nhận ảnh đến {limit} triệu điểm ảnh. Hãy thu nhỏ ảnh "
                         "hoặc chụp ở độ phân giải thấp hơn rồi thêm lại.")
TOO_LARGE_UNKNOWN = _N("errors", "Ảnh “{name}” quá lớn: NTM chỉ nhận ảnh đến {limit} triệu điểm "
                                 "ảnh. Hãy thu nhỏ ảnh hoặc chụp ở độ phân giải thấp hơn rồi "
                                 "thêm lại.")
UNREADABLE = _N("errors", "Tệp ảnh “{name}” bị hỏng hoặc không đọc được.")


def blob_path(wb: Workbook, sha256: str) -> Path:
    return wb.attachments_dir / sha256[:2] / sha256


def _exif(img: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        exif = img.getexif()
    except Exception:
        return out
    when = exif.get(0x0132)
    try:
        sub = exif.get_ifd(0x8769)
        when = sub.get(0x9003) or when
    except Exception:
        pass
    if isinstance(when, str):
        try:
            out["taken_at"] = dt.datetime.strptime(when.strip(), "%Y:%m:%d %H:%M:%S").isoformat()
        except ValueError:
            pass
    try:
        gps = exif.get_ifd(0x8825)

        def deg(v: Any, ref: str) -> float:
            d, m, s = (float(x) for x in v)
            val = d + m / 60 + s / 3600
            return -val if ref in ("S", "W") else val

        if gps and 2 in gps and 4 in gps:
            out["gps_lat"] = round(deg(gps[2], gps.get(1, "N")), 7)
            out["gps_lon"] = round(deg(gps[4], gps.get(3, "E")), 7)
    except Exception:
        pass
    return out


def _too_large(name: str, limit_pixels: int, size: tuple[int, int] | None = None
               ) -> ValidationError:
    limit = number(limit_pixels // 1_000_000)
    if size is None:
        return ValidationError(TOO_LARGE_UNKNOWN, code="photo_too_large", field="file",
                               args={"name": name, "limit": limit})
    w, h = size
    return ValidationError(TOO_LARGE, code="photo_too_large", field="file",
                           args={"name": name, "width": number(w), "height": number(h),
                                 "mpx": number(w * h / 1_000_000, 1, trim=True),
                                 "limit": limit})


def _open(source: Any, name: str) -> Any:
    """Open a photo's header only (no pixels decoded) and check its size against the limits
    (before anything, such as reading a PNG's EXIF, decodes it). Raises ``photo_too_large`` /
    ``photo_unreadable`` ValidationErrors; ``photo_unreadable`` also for formats that are not
    photos."""
    from PIL import Image, UnidentifiedImageError  # Pillow loads on first use (start-up time)
    try:
        with warnings.catch_warnings():  # our own limits below replace Pillow's warning
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(source, formats=PHOTO_FORMATS)
    except Image.DecompressionBombError:
        raise _too_large(name, PHOTO_MAX_PIXELS) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ValidationError(UNREADABLE, code="photo_unreadable", field="file",
                              args={"name": name}) from exc
    try:
        _check_limits(img, name)
    except ValidationError:
        img.close()
        raise
    return img


def _needs_full_decode(img: Any) -> bool:
    """True when decoding cannot be done at reduced size (not a single-pass baseline JPEG)."""
    if img.format not in ("JPEG", "MPO"):
        return True
    return bool(img.info.get("progressive") or img.info.get("progression"))


def _decode_bytes_per_pixel(img: Any) -> float:
    if img.format in ("JPEG", "MPO"):
        # whole-image DCT coefficient buffer: 2 bytes per sample of every component
        layers = getattr(img, "layer", None) or [("", 1, 1, 0)] * len(img.getbands())
        hmax = max(h for _, h, _, _ in layers) or 1
        vmax = max(v for _, _, v, _ in layers) or 1
        return 2 * sum(h * v for _, h, v, _ in layers) / (hmax * vmax)
    return _MODE_BYTES.get(img.mode, 4)


def _check_limits(img: Any, name: str) -> None:
    w, h = img.size
    if w * h > PHOTO_MAX_PIXELS:
        raise _too_large(name, PHOTO_MAX_PIXELS, (w, h))
    if _needs_full_decode(img):
        bpp = _decode_bytes_per_pixel(img)
        if w * h * bpp > DECODE_BUDGET_BYTES:
            raise _too_large(name, int(DECODE_BUDGET_BYTES / bpp), (w, h))


def _draft(img: Any, max_px: int) -> None:
    """Ask libjpeg for the largest 1/1…1/8 scale that still gives at least ``max_px`` on the
    longest side, and a smaller one while the decoded image would exceed the budget (for a
    progressive JPEG this shrinks the output; its coefficient buffer is checked before)."""
    if img.format not in ("JPEG", "MPO"):
        return
    w, h = img.size
    s = 1
    while s < 8 and max(w, h) // (s * 2) >= max_px:
        s *= 2
    while s < 8 and (w // s) * (h // s) * 4 > DECODE_BUDGET_BYTES:
        s *= 2
    if s > 1:
        img.draft(None, (max(1, w // s), max(1, h // s)))


def decode_photo(source: str | os.PathLike[str] | bytes, max_px: int, *,
                 name: str | None = None) -> Any:
    """The one bounded decoder: a stored or incoming photo as a Pillow image in RGB or L, turned
    upright (EXIF orientation), longest side at most ``max_px``.

    ``source`` is a path or the file's bytes. Raises ValidationError ``photo_too_large`` (over
    :data:`PHOTO_MAX_PIXELS` or the decode budget) or ``photo_unreadable``."""
    from PIL import ImageOps  # Pillow loads on first use (start-up time)
    if isinstance(source, bytes):
        label, fp = name or "ảnh", io.BytesIO(source)
    else:
        label, fp = name or Path(source).name, Path(source)
    with _open(fp, label) as img:
        small = _loaded_small(img, max_px, label)
        upright = ImageOps.exif_transpose(small)  # a copy: ``img`` is closed on leaving
        return upright


def _loaded_small(img: Any, max_px: int, name: str) -> Any:
    """Decode ``img`` (opened and checked by :func:`_open`) downscaled to ``max_px``.

    Resampling holds a horizontal-pass image and the output beside the decoded one; when those
    would take more than half the decode budget (a large ``max_px`` setting), the image is
    reduced by a whole factor instead (box average, no intermediate), to at most ``max_px``."""
    _draft(img, max_px)
    try:
        img.load()
        w, h = img.size
        if max(w, h) > max_px:
            ratio = max_px / max(w, h)
            out_w, out_h = max(1, round(w * ratio)), max(1, round(h * ratio))
            if (out_w * h + out_w * out_h) * 4 > DECODE_BUDGET_BYTES // 2:
                img = img.reduce(math.ceil(max(w, h) / max_px))
            else:
                img.thumbnail((max_px, max_px))
        if img.mode not in ("RGB", "L"):
            img = img.convert("RGB")
    except (OSError, ValueError, SyntaxError) as exc:
        raise ValidationError(UNREADABLE, code="photo_unreadable", field="file",
                              args={"name": name}) from exc
    return img


def check_photo_blob(data: bytes | BinaryIO, *, name: str = "ảnh") -> None:
    """Check a file that arrives in a package without decoding it: if its content is a photo,
    it must be within :data:`PHOTO_MAX_PIXELS` and the decode budget (ValidationError
    ``photo_too_large``). Files that are not photos (PDF, documents) pass unchecked."""
    from PIL import Image, UnidentifiedImageError  # Pillow loads on first use (start-up time)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data) if isinstance(data, bytes) else data,
                             formats=PHOTO_FORMATS)
    except Image.DecompressionBombError:
        raise _too_large(name, PHOTO_MAX_PIXELS) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return
    _check_limits(img, name)


def prepare_bytes(data: bytes, name: str, *, max_px: int = DEFAULT_PHOTO_MAX_PX
                  ) -> tuple[bytes, dict[str, Any]]:
    """Return (stored bytes, metadata). Photos are downscaled to ``max_px`` with bounded memory;
    raises ValidationError ``photo_too_large`` / ``photo_unreadable``."""
    import mimetypes  # on the first attachment, not at start

    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    meta: dict[str, Any] = {"original_name": nfc(Path(name).name), "mime": mime}
    if mime in PHOTO_TYPES:
        from PIL import ImageOps  # Pillow loads on first use (start-up time)
        label = str(Path(name).name)
        img = _open(io.BytesIO(data), label)
        meta.update(_exif(img))
        larger = max(img.size) > max_px
        img = _loaded_small(img, max_px, label)
        ImageOps.exif_transpose(img, in_place=True)  # no second copy of the pixels
        if larger:
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=85)
            data = buf.getvalue()
            meta["mime"] = "image/jpeg"
        meta["width"], meta["height"] = img.size
    return data, meta


def add_file(wb: Workbook, path: Path, *, entity: str | None = None,
             entity_id: str | None = None, caption: str | None = None) -> dict[str, Any]:
    """Import a file as an attachment (deduplicated by SHA-256), optionally linked to a row."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(_N("errors", "Không tìm thấy tệp {path}."), field="file",
                       args={"path": str(path)})
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError(_N("errors", "Tệp “{name}” lớn quá 50 MB."), field="file",
                              args={"name": path.name})
    max_px = int(wb.meta("photo_max_px") or DEFAULT_PHOTO_MAX_PX)
    data, meta = prepare_bytes(path.read_bytes(), path.name, max_px=max_px)
    return add_bytes(wb, data, meta, entity=entity, entity_id=entity_id, caption=caption)


def add_bytes(wb: Workbook, data: bytes, meta: dict[str, Any], *, entity: str | None = None,
              entity_id: str | None = None, caption: str | None = None) -> dict[str, Any]:
    if entity_id and entity and wb.get(entity, entity_id) is None:  # before writing the blob
        raise NotFound(_N("errors", "Không tìm thấy bản ghi {id}."), field="entity_id",
                       args={"id": str(entity_id)})
    sha = hashlib.sha256(data).hexdigest()
    dest = blob_path(wb, sha)
    if not dest.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(dest, data)
    with wb.atomic():
        existing = wb.rows("attachment", "sha256 = ?", [sha])
        att = existing[0] if existing else wb.put("attachment", {"sha256": sha, "size": len(data),
                                                                 **meta})
        if entity and entity_id:
            wb.put("attachment_link", {"attachment_id": att["id"], "entity": entity,
                                       "entity_id": entity_id, "caption": caption})
    return att


def links_for(wb: Workbook, entity: str, entity_id: str) -> list[dict[str, Any]]:
    out = []
    for link in wb.rows("attachment_link", "entity = ? AND entity_id = ?", [entity, entity_id]):
        att = wb.get("attachment", link["attachment_id"])
        out.append({**link, "attachment": att})
    return out


def evidence_counts(wb: Workbook, year: int) -> dict[str, int]:
    """indicator code → number of attachments linked to its assessment for ``year``."""
    q = ("SELECT a.indicator_code AS code, count(l.id) AS n FROM assessment a "
         "JOIN attachment_link l ON l.entity='assessment' AND l.entity_id=a.id "
         "WHERE a.year = ? GROUP BY a.indicator_code")
    return {r["code"]: r["n"] for r in wb.query(q, [year])}


def unlink(wb: Workbook, link_id: str) -> None:
    with wb.atomic():
        wb.remove("attachment_link", link_id)
