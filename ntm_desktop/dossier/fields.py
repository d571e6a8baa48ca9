"""The dossier fields entered once and kept in the workbook (``dossier_field`` rows).

Keys are dotted strings; :data:`FIELDS` documents each one (also in docs/dossier.md).
Dates accept ``2025-03-05`` or ``05/03/2025``; list fields accept a JSON list or items
separated by ``;``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.vnformat import parse_date

# document id → (type name, ký hiệu after the number)
DOC_SYMBOLS = {
    "to_trinh": "TTr-UBND",
    "bao_cao_ket_qua": "BC-UBND",
    "bao_cao_y_kien": "BC-UBND",
    "bien_ban": "BB-UBND",
    "bao_cao_no_dong": "BC-UBND",
}
NUMBERED_DOCS = ("to_trinh", "bao_cao_ket_qua", "bao_cao_y_kien", "bao_cao_no_dong")
# context of the labels of :class:`Missing` (the GUI translates them in it)
CTX = "dossier"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = "text"  # text | date | int | list
    example: str = ""


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("dossier.checklist", "Danh mục hồ sơ áp dụng (qd2540-2016, qd18-2022, tinh-2025)",
              example="tinh-2025"),
    FieldSpec("dossier.place", "Địa danh ghi ở dòng ngày tháng (mặc định: tên xã)",
              example="Bản Phiệt"),
    FieldSpec("issuer.parent", "Cơ quan chủ quản (nếu có, in hoa không đậm trên tên cơ quan)"),
    FieldSpec("signer.name", "Họ và tên người ký", example="Hoàng Văn Sìn"),
    FieldSpec("signer.title", "Chức vụ người ký (mặc định CHỦ TỊCH)", example="CHỦ TỊCH"),
    FieldSpec("signer.authority", "Thẩm quyền ký (mặc định TM. ỦY BAN NHÂN DÂN)",
              example="TM. ỦY BAN NHÂN DÂN"),
    FieldSpec("recipients", "Nơi nhận chung (danh sách)", "list",
              example="Như trên; UBND tỉnh (b/c); Lưu: VT"),
    FieldSpec("to_trinh.recipient", "Kính gửi (tờ trình)", example="Ủy ban nhân dân tỉnh Lào Cai"),
    *(FieldSpec(f"{d}.number", f"Số văn bản ({d})", example="45") for d in NUMBERED_DOCS),
    *(FieldSpec(f"{d}.date", f"Ngày ban hành ({d})", "date", example="2025-03-05")
      for d in (*NUMBERED_DOCS, "bien_ban")),
    *(FieldSpec(f"{d}.symbol", f"Ký hiệu văn bản ({d}), mặc định {s}", example=s)
      for d, s in DOC_SYMBOLS.items()),
    *(FieldSpec(f"{d}.recipients", f"Nơi nhận riêng của {d} (danh sách)", "list")
      for d in (*NUMBERED_DOCS,)),
    FieldSpec("bien_ban.number", "Số biên bản (không bắt buộc)"),
    FieldSpec("bien_ban.time", "Giờ họp", example="08 giờ 00"),
    FieldSpec("bien_ban.place", "Địa điểm họp", example="Hội trường Ủy ban nhân dân xã"),
    FieldSpec("bien_ban.chair", "Chủ trì cuộc họp (họ tên, chức vụ)"),
    FieldSpec("bien_ban.secretary", "Thư ký cuộc họp (họ tên, chức vụ)"),
    FieldSpec("bien_ban.attendees", "Thành phần tham dự (danh sách)", "list"),
    FieldSpec("bien_ban.members", "Tổng số thành viên được mời biểu quyết", "int", "25"),
    FieldSpec("bien_ban.present", "Số thành viên có mặt", "int", "23"),
    FieldSpec("bien_ban.votes_for", "Số phiếu đồng ý đề nghị công nhận", "int", "23"),
    FieldSpec("bien_ban.votes_against", "Số phiếu không đồng ý", "int", "0"),
    FieldSpec("text.to_chuc", "Công tác tổ chức, chỉ đạo điều hành (báo cáo kết quả)"),
    FieldSpec("text.tuyen_truyen", "Công tác tuyên truyền, vận động"),
    FieldSpec("text.ton_tai", "Tồn tại, hạn chế và nguyên nhân"),
    FieldSpec("text.ke_hoach", "Kế hoạch duy trì, nâng cao chất lượng tiêu chí"),
    FieldSpec("text.to_trinh", "Đoạn bổ sung trong tờ trình"),
    FieldSpec("text.tieu_chi.<mã>", "Thuyết minh riêng cho tiêu chí <mã> (ví dụ text.tieu_chi.2)"),
    FieldSpec("text.y_kien.to_chuc", "Ý kiến của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"),
    FieldSpec("text.y_kien.nhan_dan", "Ý kiến của nhân dân"),
    FieldSpec("text.bien_ban.thao_luan", "Ý kiến thảo luận tại cuộc họp"),
    FieldSpec("phu_luc.photos_per_page", "Số ảnh minh họa mỗi trang (2 hoặc 4)", example="2"),
    FieldSpec("text.no_dong", "Thuyết minh tình hình nợ đọng, quyết toán"),
    FieldSpec("dossier.quyet_dinh_tinh", "Quyết định của tỉnh về thủ tục xét, công nhận (sau "
              "01/7/2025): số, ngày, cơ quan ban hành, trích yếu",
              example="Quyết định số 25/2025/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân tỉnh "
                      "Lào Cai ban hành Quy định …"),
    FieldSpec("dossier.sap_xep_2025", "Xã được hình thành từ sắp xếp đơn vị hành chính năm 2025 "
              "(có/không)", example="có"),
    FieldSpec("dieu_kien.hai_long", "Tỷ lệ hài lòng của người dân đáp ứng yêu cầu theo quy định "
              "(có/không)", example="có"),
    FieldSpec("dieu_kien.hai_long.can_cu", "Căn cứ: mức hài lòng theo quy định của tỉnh và kết "
              "quả lấy ý kiến", example="Kết quả lấy ý kiến ngày 20/02/2025 của Ủy ban MTTQ xã"),
    FieldSpec("dieu_kien.an_ninh_trat_tu", "Xã đạt tiêu chuẩn “An toàn về an ninh, trật tự” theo "
              "quy định của Bộ Công an (có/không)", example="có"),
    FieldSpec("dieu_kien.an_ninh_trat_tu.can_cu", "Căn cứ: văn bản công nhận xã đạt tiêu chuẩn "
              "“An toàn về an ninh, trật tự”",
              example="Quyết định số 12/QĐ-CAT ngày 10/01/2025 của Công an tỉnh"),
    FieldSpec("xac_nhan.<mã>", "Xác nhận giá trị bất thường của chỉ tiêu <mã> (lý do, người "
              "xác nhận)", example="Số liệu điều tra hộ nghèo năm 2024 đã kiểm tra lại"),
)
_SPECS = {f.key: f for f in FIELDS}


def spec_for(key: str) -> FieldSpec | None:
    if key in _SPECS:
        return _SPECS[key]
    if key.startswith("text.tieu_chi."):
        return _SPECS["text.tieu_chi.<mã>"]
    if key.startswith("xac_nhan.") and len(key) > len("xac_nhan."):
        return _SPECS["xac_nhan.<mã>"]
    return None


def parse_value(key: str, value: str) -> Any:
    """Turn a command-line value into what is stored (validated by kind)."""
    spec = spec_for(key)
    if spec is None:
        raise ValidationError(_N("errors", "Khóa hồ sơ không xác định: “{key}” (xem “ntm "
                                 "dossier fields list --all”)."), field=key,
                              code="unknown_field", args={"key": key})
    value = value.strip()
    if value == "":
        return None
    if spec.kind == "date":
        try:
            return parse_date(value).isoformat()
        except ValueError:
            raise ValidationError(_N("errors", "“{key}”: ngày không hợp lệ “{value}” (dạng "
                                     "2025-03-05 hoặc 05/03/2025)."), field=key,
                                  args={"key": key, "value": value}) from None
    if spec.kind == "int":
        try:
            n = int(value)
        except ValueError:
            raise ValidationError(_N("errors", "“{key}” phải là số nguyên, không phải “{value}”."),
                                  field=key, args={"key": key, "value": value}) from None
        if n < 0:
            raise ValidationError(_N("errors", "“{key}” không được âm."), field=key,
                                  args={"key": key})
        return n
    if spec.kind == "list":
        if value.startswith("["):
            try:
                items = json.loads(value)
            except ValueError:
                raise ValidationError(_N("errors", "“{key}”: danh sách JSON không hợp lệ."),
                                      field=key, args={"key": key}) from None
        else:
            items = value.split(";")
        return [str(x).strip() for x in items if str(x).strip()]
    return value


def as_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(str(value))
    except ValueError:
        return None


def as_list(value: Any) -> list[str] | None:
    if value in (None, ""):
        return None
    if isinstance(value, list):
        return [str(x) for x in value]
    return [x.strip() for x in str(value).split(";") if x.strip()]


def as_int(value: Any) -> int | None:
    try:
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Missing:
    key: str
    label: str
    document: str

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "label": self.label, "document": self.document}


def check(fields: dict[str, Any], doc_ids: tuple[str, ...]) -> list[Missing]:
    """What must be entered before printing the documents ``doc_ids``."""
    out: list[Missing] = []

    def need(key: str, label: str, doc: str, kind: str = "text") -> None:
        v = fields.get(key)
        ok = (as_date(v) is not None if kind == "date" else
              as_int(v) is not None if kind == "int" else v not in (None, "", []))
        if not ok:
            out.append(Missing(key, label, doc))

    signed = [d for d in doc_ids if d in DOC_SYMBOLS]
    if signed:
        need("signer.name", _N(CTX, "Họ và tên người ký"), "chung")
    for d in doc_ids:
        if d in NUMBERED_DOCS:
            need(f"{d}.number", _N(CTX, "Số văn bản"), d)
            need(f"{d}.date", _N(CTX, "Ngày ban hành"), d, "date")
    if "to_trinh" in doc_ids:
        need("to_trinh.recipient", _N(CTX, "Kính gửi (cơ quan nhận tờ trình)"), "to_trinh")
    if "bien_ban" in doc_ids:
        need("bien_ban.date", _N(CTX, "Ngày họp"), "bien_ban", "date")
        need("bien_ban.members", _N(CTX, "Tổng số thành viên biểu quyết"), "bien_ban", "int")
        need("bien_ban.votes_for", _N(CTX, "Số phiếu đồng ý"), "bien_ban", "int")
        members = as_int(fields.get("bien_ban.members"))
        votes = [as_int(fields.get(k)) for k in ("bien_ban.votes_for", "bien_ban.votes_against")]
        if members is not None and sum(v or 0 for v in votes) > members:
            out.append(Missing("bien_ban.votes_for", _N(CTX, "Số phiếu vượt quá số thành viên"),
                               "bien_ban"))
    return out
