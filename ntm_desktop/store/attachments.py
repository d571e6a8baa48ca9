"""Content-addressed attachments kept beside the workbook (``<name>.attachments/ab/abcd…``).

Photos are downscaled on import (longest side ``photo_max_px``, default 1600, a workbook
setting) and keep their EXIF date taken and GPS position as metadata.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import mimetypes
from pathlib import Path
from typing import Any

from ntm_desktop.core.errors import NotFound, ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc
from ntm_desktop.store.workbook import Workbook, atomic_write_bytes

MAX_FILE_BYTES = 50 * 1024 * 1024
DEFAULT_PHOTO_MAX_PX = 1600
PHOTO_TYPES = {"image/jpeg", "image/png", "image/webp", "image/tiff", "image/bmp"}


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


def prepare_bytes(data: bytes, name: str, *, max_px: int = DEFAULT_PHOTO_MAX_PX
                  ) -> tuple[bytes, dict[str, Any]]:
    """Return (stored bytes, metadata). Photos are downscaled to ``max_px``."""
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    meta: dict[str, Any] = {"original_name": nfc(Path(name).name), "mime": mime}
    if mime in PHOTO_TYPES:
        from PIL import Image, ImageOps, UnidentifiedImageError
        try:
            img = Image.open(io.BytesIO(data))
            img.load()
        except (UnidentifiedImageError, OSError) as exc:
            raise ValidationError(_N("errors", "Tệp ảnh “{name}” bị hỏng hoặc không đọc được."),
                                  field="file", args={"name": str(name)}) from exc
        meta.update(_exif(img))
        img = ImageOps.exif_transpose(img)
        if max(img.size) > max_px:
            img.thumbnail((max_px, max_px))
            buf = io.BytesIO()
            if img.mode not in ("RGB", "L"):
                img = img.convert("RGB")
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
    return {r["code"]: r["n"] for r in wb.db.query(q, [year])}


def unlink(wb: Workbook, link_id: str) -> None:
    with wb.atomic():
        wb.remove("attachment_link", link_id)
