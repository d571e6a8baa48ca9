"""Domain vocabulary and validation rules (Qt-free, storage-free).

Codes are stable ASCII identifiers stored in the database and in packages; labels are the
Vietnamese text shown to users (translated in the GUI through context ``"model"``).
Validation functions take a row ``dict`` and return a cleaned copy or raise
:class:`ValidationError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, NamedTuple

from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import nfc

CTX = "model"

# --- regions (7, for the 2016-2020 and 2021-2025 sets) and commune groups (2026-2030) -------------
REGIONS: dict[str, str] = {
    "TDMNPB": _N(CTX, "Trung du và miền núi phía Bắc"),
    "DBSH": _N(CTX, "Đồng bằng sông Hồng"),
    "BTB": _N(CTX, "Bắc Trung Bộ"),
    "DHNTB": _N(CTX, "Duyên hải Nam Trung Bộ"),
    "TN": _N(CTX, "Tây Nguyên"),
    "DNB": _N(CTX, "Đông Nam Bộ"),
    "DBSCL": _N(CTX, "Đồng bằng sông Cửu Long"),
}
COMMUNE_GROUPS: dict[str, str] = {
    "N1": _N(CTX, "Xã nhóm 1 (liền kề đô thị, tỷ trọng nông nghiệp dưới 10% hoặc định hướng đô thị)"),
    "N2": _N(CTX, "Xã nhóm 2"),
    "N3": _N(CTX, "Xã nhóm 3 (khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi)"),
}

# --- assessment status ---------------------------------------------------------------------------
STATUS_MET = "dat"
STATUS_NOT_MET = "chua_dat"
STATUS_NA = "khong_ap_dung"
STATUS_UNKNOWN = "chua_xac_dinh"
STATUSES: dict[str, str] = {
    STATUS_MET: _N(CTX, "Đạt"),
    STATUS_NOT_MET: _N(CTX, "Chưa đạt"),
    STATUS_NA: _N(CTX, "Không áp dụng"),
    STATUS_UNKNOWN: _N(CTX, "Chưa xác định"),
}
DECLARABLE_STATUSES = (STATUS_MET, STATUS_NOT_MET, STATUS_NA)

# --- appraisal (the one vocabulary: hub, packages, GUI and the appraisal report) ------------------
APPRAISAL_AGREE = "agree"
APPRAISAL_DISAGREE = "disagree"
APPRAISAL_RESULTS: dict[str, str] = {  # the wording of the provincial appraisal reports
    APPRAISAL_AGREE: _N(CTX, "Thống nhất"),
    APPRAISAL_DISAGREE: _N(CTX, "Không thống nhất"),
}
APPRAISAL_STATUSES: tuple[str | None, ...] = (None, STATUS_MET, STATUS_NOT_MET)

# --- projects --------------------------------------------------------------------------------------
FUNDING_SOURCES: dict[str, str] = {
    "ns_trung_uong": _N(CTX, "Ngân sách trung ương"),
    "ns_dia_phuong": _N(CTX, "Ngân sách địa phương"),
    "long_ghep": _N(CTX, "Vốn lồng ghép"),
    "tin_dung": _N(CTX, "Vốn tín dụng"),
    "doanh_nghiep": _N(CTX, "Vốn doanh nghiệp"),
    "cong_dong": _N(CTX, "Cộng đồng dân cư"),
    "khac": _N(CTX, "Nguồn khác"),
}
SETTLEMENT_STATUSES: dict[str, str] = {
    "chua_quyet_toan": _N(CTX, "Chưa quyết toán"),
    "dang_quyet_toan": _N(CTX, "Đang quyết toán"),
    "da_quyet_toan": _N(CTX, "Đã quyết toán"),
}
PROJECT_STATES: dict[str, str] = {
    "chuan_bi": _N(CTX, "Chuẩn bị đầu tư"),
    "dang_thi_cong": _N(CTX, "Đang thi công"),
    "hoan_thanh": _N(CTX, "Hoàn thành"),
}

# --- contributions -----------------------------------------------------------------------------------
CONTRIBUTION_KINDS: dict[str, str] = {
    "tien_mat": _N(CTX, "Tiền mặt"),
    "ngay_cong": _N(CTX, "Ngày công"),
    "hien_dat": _N(CTX, "Hiến đất"),
    "vat_lieu": _N(CTX, "Vật liệu"),
    "khac": _N(CTX, "Khác"),
}
CONTRIBUTION_DEFAULT_UNIT = {"tien_mat": "đồng", "ngay_cong": "công", "hien_dat": "m²",
                             "vat_lieu": "m³", "khac": ""}
CONTRIBUTOR_KINDS: dict[str, str] = {"ho": _N(CTX, "Hộ gia đình"), "to_chuc": _N(CTX, "Tổ chức")}


# --- infrastructure kinds with typed attributes ------------------------------------------------------
class Attr(NamedTuple):
    """One typed attribute of an infrastructure kind."""

    key: str
    label: str
    type: str  # "float" | "int" | "bool" | "choice" | "text"
    unit: str = ""
    choices: dict[str, str] = {}  # noqa: RUF012
    required: bool = False
    minimum: float | None = 0


class InfraKind(NamedTuple):
    code: str
    label: str
    attrs: tuple[Attr, ...]


ROAD_LEVELS = {
    "duong_xa": _N(CTX, "Đường xã"),
    "truc_thon": _N(CTX, "Đường trục thôn, liên thôn"),
    "ngo_xom": _N(CTX, "Đường ngõ, xóm"),
    "noi_dong": _N(CTX, "Đường trục chính nội đồng"),
}
ROAD_SURFACES = {
    "nhua": _N(CTX, "Nhựa"),
    "be_tong": _N(CTX, "Bê tông xi măng"),
    "cap_phoi": _N(CTX, "Cấp phối"),
    "dat": _N(CTX, "Đất"),
}
FACILITY_LEVELS = {"xa": _N(CTX, "Cấp xã"), "thon": _N(CTX, "Cấp thôn")}
SCHOOL_LEVELS = {
    "mam_non": _N(CTX, "Mầm non"),
    "tieu_hoc": _N(CTX, "Tiểu học"),
    "thcs": _N(CTX, "Trung học cơ sở"),
    "lien_cap": _N(CTX, "Liên cấp"),
}
CONDITIONS = {"tot": _N(CTX, "Tốt"), "trung_binh": _N(CTX, "Trung bình"),
              "xuong_cap": _N(CTX, "Xuống cấp")}

INFRA_KINDS: dict[str, InfraKind] = {k.code: k for k in (
    InfraKind("road", _N(CTX, "Đường giao thông"), (
        Attr("level", _N(CTX, "Cấp đường"), "choice", choices=ROAD_LEVELS, required=True),
        Attr("length_km", _N(CTX, "Chiều dài"), "float", "km", required=True),
        Attr("width_m", _N(CTX, "Bề rộng mặt đường"), "float", "m"),
        Attr("surface", _N(CTX, "Kết cấu mặt đường"), "choice", choices=ROAD_SURFACES),
        Attr("hardened", _N(CTX, "Đã cứng hóa"), "bool"),
    )),
    InfraKind("canal", _N(CTX, "Kênh mương"), (
        Attr("length_km", _N(CTX, "Chiều dài"), "float", "km", required=True),
        Attr("solidified", _N(CTX, "Đã kiên cố hóa"), "bool"),
    )),
    InfraKind("cultural_house", _N(CTX, "Nhà văn hóa, hội trường"), (
        Attr("level", _N(CTX, "Cấp"), "choice", choices=FACILITY_LEVELS, required=True),
        Attr("area_m2", _N(CTX, "Diện tích"), "float", "m²"),
        Attr("seats", _N(CTX, "Số chỗ ngồi"), "int", "chỗ"),
    )),
    InfraKind("sports_ground", _N(CTX, "Sân thể thao"), (
        Attr("level", _N(CTX, "Cấp"), "choice", choices=FACILITY_LEVELS, required=True),
        Attr("area_m2", _N(CTX, "Diện tích"), "float", "m²"),
    )),
    InfraKind("school", _N(CTX, "Trường học"), (
        Attr("school_level", _N(CTX, "Cấp học"), "choice", choices=SCHOOL_LEVELS, required=True),
        Attr("national_standard", _N(CTX, "Đạt chuẩn quốc gia"), "bool"),
        Attr("facilities_standard", _N(CTX, "Đạt chuẩn cơ sở vật chất"), "bool"),
    )),
    InfraKind("health_station", _N(CTX, "Trạm y tế"), (
        Attr("national_standard", _N(CTX, "Đạt chuẩn quốc gia về y tế"), "bool"),
    )),
    InfraKind("market", _N(CTX, "Chợ, điểm mua bán"), (
        Attr("area_m2", _N(CTX, "Diện tích"), "float", "m²"),
        Attr("meets_standard", _N(CTX, "Đạt chuẩn theo quy định"), "bool"),
    )),
    InfraKind("irrigation", _N(CTX, "Công trình thủy lợi"), (
        Attr("irrigated_area_ha", _N(CTX, "Diện tích tưới, tiêu"), "float", "ha"),
    )),
    InfraKind("power_line", _N(CTX, "Đường dây điện"), (
        Attr("length_km", _N(CTX, "Chiều dài"), "float", "km", required=True),
        Attr("voltage", _N(CTX, "Cấp điện áp"), "choice",
             choices={"ha_the": _N(CTX, "Hạ thế"), "trung_the": _N(CTX, "Trung thế")}),
    )),
    InfraKind("transformer", _N(CTX, "Trạm biến áp"), (
        Attr("capacity_kva", _N(CTX, "Công suất"), "float", "kVA"),
    )),
    InfraKind("water_supply", _N(CTX, "Công trình cấp nước"), (
        Attr("capacity_m3_day", _N(CTX, "Công suất"), "float", "m³/ngày"),
        Attr("households_served", _N(CTX, "Số hộ được cấp nước"), "int", "hộ"),
    )),
    InfraKind("waste_point", _N(CTX, "Điểm tập kết rác thải"), (
        Attr("capacity_m3", _N(CTX, "Sức chứa"), "float", "m³"),
    )),
    InfraKind("other", _N(CTX, "Công trình khác"), ()),
)}


# --- validation helpers -------------------------------------------------------------------------
def _num(row: dict[str, Any], key: str, *, required: bool = False, minimum: float | None = 0,
         maximum: float | None = None, integer: bool = False, label: str | None = None) -> None:
    label = label or key
    v = row.get(key)
    if v is None or v == "":
        if required:
            raise ValidationError(_N("errors", "Trường “{label}” là bắt buộc."), field=key,
                                  args={"label": label})
        row[key] = None
        return
    if isinstance(v, bool):
        raise ValidationError(_N("errors", "“{label}” phải là một số."), field=key,
                              args={"label": label})
    try:
        num = float(str(v).replace(",", ".")) if isinstance(v, str) else float(v)
    except (TypeError, ValueError):
        raise ValidationError(_N("errors", "“{label}” phải là một số, không phải “{value}”."),
                              field=key, args={"label": label, "value": str(v)}) from None
    if math.isnan(num) or math.isinf(num) or abs(num) > 1e15:
        raise ValidationError(_N("errors", "“{label}” không phải là một số hợp lệ."), field=key,
                              args={"label": label})
    if minimum is not None and num < minimum:
        raise ValidationError(_N("errors", "“{label}” không được nhỏ hơn {minimum}."), field=key,
                              args={"label": label, "minimum": f"{minimum:g}"})
    if maximum is not None and num > maximum:
        raise ValidationError(_N("errors", "“{label}” không được lớn hơn {maximum}."), field=key,
                              args={"label": label, "maximum": f"{maximum:g}"})
    if integer:
        if num != int(num):
            raise ValidationError(_N("errors", "“{label}” phải là số nguyên."), field=key,
                                  args={"label": label})
        row[key] = int(num)
    else:
        row[key] = num


def _text(row: dict[str, Any], key: str, *, required: bool = False, max_len: int = 2000,
          label: str | None = None) -> None:
    label = label or key
    v = row.get(key)
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            raise ValidationError(_N("errors", "Trường “{label}” là bắt buộc."), field=key,
                                  args={"label": label})
        row[key] = None
        return
    if not isinstance(v, str):
        v = str(v)
    v = nfc(v.strip())
    if len(v) > max_len:
        raise ValidationError(_N("errors", "“{label}” dài quá {max_len} ký tự."), field=key,
                              args={"label": label, "max_len": max_len})
    row[key] = v


def _choice(row: dict[str, Any], key: str, choices: dict[str, str], *, required: bool = False,
            label: str | None = None) -> None:
    label = label or key
    v = row.get(key)
    if v is None or v == "":
        if required:
            raise ValidationError(_N("errors", "Trường “{label}” là bắt buộc."), field=key,
                                  args={"label": label})
        row[key] = None
        return
    if v not in choices:
        allowed = ", ".join(choices)
        raise ValidationError(_N("errors", "“{label}” không hợp lệ: “{value}” (chọn một trong: {allowed})."),
                              field=key, args={"label": label, "value": str(v), "allowed": allowed})


def _date(row: dict[str, Any], key: str, *, required: bool = False, allow_future: bool = False,
          label: str | None = None, today: dt.date | None = None) -> None:
    label = label or key
    v = row.get(key)
    if v is None or v == "":
        if required:
            raise ValidationError(_N("errors", "Trường “{label}” là bắt buộc."), field=key,
                                  args={"label": label})
        row[key] = None
        return
    if isinstance(v, dt.datetime):
        d = v.date()
    elif isinstance(v, dt.date):
        d = v
    else:
        from ntm_desktop.core.vnformat import parse_date
        try:
            d = parse_date(str(v))
        except ValueError:
            raise ValidationError(_N("errors", "“{label}” không phải ngày hợp lệ: “{value}” (dạng 2025-03-05 hoặc 05/03/2025)."), field=key,
                                  args={"label": label, "value": str(v)}) from None
    if not allow_future and d > (today or dt.date.today()):
        raise ValidationError(_N("errors", "“{label}” không được là ngày trong tương lai ({value})."),
                              field=key, args={"label": label, "value": d.isoformat()})
    if d.year < 1900:
        raise ValidationError(_N("errors", "“{label}” quá xa trong quá khứ ({value})."), field=key,
                              args={"label": label, "value": d.isoformat()})
    row[key] = d.isoformat()


def _bool(row: dict[str, Any], key: str) -> None:
    v = row.get(key)
    if v is None or v == "":
        row[key] = None
    elif isinstance(v, bool):
        row[key] = v
    elif isinstance(v, (int, float)) and v in (0, 1):
        row[key] = bool(v)
    elif isinstance(v, str) and v.strip().lower() in ("1", "true", "yes", "co", "có", "x", "đạt"):
        row[key] = True
    elif isinstance(v, str) and v.strip().lower() in ("0", "false", "no", "khong", "không",
                                                        "chưa đạt"):
        row[key] = False
    else:
        raise ValidationError(_N("errors", "“{label}” phải là có/không, không phải “{value}”."),
                              field=key, args={"label": key, "value": str(v)})


# --- entity validators ----------------------------------------------------------------------------
def validate_commune(row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    _text(r, "code", required=True, max_len=10, label=_N(CTX, "Mã xã"))
    if not str(r["code"]).isdigit() or len(r["code"]) != 5:
        raise ValidationError(_N("errors", "Mã xã phải gồm 5 chữ số (theo QĐ 19/2025/QĐ-TTg)."),
                              field="code")
    _text(r, "name", required=True, max_len=200, label=_N(CTX, "Tên xã"))
    for k in ("province_name", "old_name", "old_district_name", "officer_name", "officer_title",
              "province_code", "old_code", "old_district_code", "overlay_id"):
        _text(r, k, max_len=200)
    _choice(r, "region", REGIONS, label=_N(CTX, "Vùng"))
    _choice(r, "applied_region", REGIONS, label=_N(CTX, "Vùng áp dụng"))
    _choice(r, "commune_group", COMMUNE_GROUPS, label=_N(CTX, "Nhóm xã"))
    _text(r, "criteria_set", required=True, max_len=100, label=_N(CTX, "Bộ tiêu chí"))
    _num(r, "recognised_year", integer=True, minimum=2010, maximum=2100, label=_N(CTX, "Năm đạt chuẩn"))
    _num(r, "target_year", integer=True, minimum=2010, maximum=2100, label=_N(CTX, "Năm đăng ký đạt chuẩn"))
    for k in ("special_difficult", "border"):
        _bool(r, k)
    return r


def validate_village(row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    _text(r, "name", required=True, max_len=200, label=_N(CTX, "Tên thôn"))
    _num(r, "households", integer=True, label=_N(CTX, "Số hộ"))
    _num(r, "population", integer=True, label=_N(CTX, "Số nhân khẩu"))
    _num(r, "ordering", integer=True, minimum=None)
    return r


def validate_infra(row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    _choice(r, "kind", {k: v.label for k, v in INFRA_KINDS.items()}, required=True,
            label=_N(CTX, "Loại công trình"))
    _text(r, "name", required=True, max_len=300, label=_N(CTX, "Tên công trình"))
    _num(r, "year", integer=True, minimum=1900, maximum=dt.date.today().year + 10,
         label=_N(CTX, "Năm xây dựng"))
    _choice(r, "condition", CONDITIONS, label=_N(CTX, "Tình trạng"))
    _num(r, "lat", minimum=-90, maximum=90, label=_N(CTX, "Vĩ độ"))
    _num(r, "lon", minimum=-180, maximum=180, label=_N(CTX, "Kinh độ"))
    _text(r, "note", max_len=4000)
    kind = INFRA_KINDS[r["kind"]]
    attrs = dict(r.get("attrs") or {})
    clean: dict[str, Any] = {}
    for a in kind.attrs:
        sub = {a.key: attrs.pop(a.key, None)}
        if a.type in ("float", "int"):
            _num(sub, a.key, required=a.required, minimum=a.minimum, integer=a.type == "int",
                 label=a.label)
        elif a.type == "bool":
            _bool(sub, a.key)
        elif a.type == "choice":
            _choice(sub, a.key, a.choices, required=a.required, label=a.label)
        else:
            _text(sub, a.key, label=a.label)
        if sub[a.key] is not None:
            clean[a.key] = sub[a.key]
    if attrs:
        if kind.code != "other":
            raise ValidationError(_N("errors", "Thuộc tính không có ở loại “{kind}”: {names}."),
                                  field="attrs", args={"kind": kind.label,
                                                      "names": ", ".join(sorted(attrs))})
        for k, v in attrs.items():
            if not isinstance(v, (str, int, float, bool)) and v is not None:
                raise ValidationError(_N("errors", "Thuộc tính “{name}” phải là chữ hoặc số."),
                                      field="attrs", args={"name": str(k)})
            clean[nfc(str(k))] = nfc(v)
    if kind.code == "road" and clean.get("surface") in ("nhua", "be_tong") and \
            clean.get("hardened") is None:
        clean["hardened"] = True
    r["attrs"] = clean
    return r


def validate_assessment(row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    _text(r, "indicator_code", required=True, max_len=20, label=_N(CTX, "Mã chỉ tiêu"))
    _num(r, "year", required=True, integer=True, minimum=2010, maximum=2100, label=_N(CTX, "Năm đánh giá"))
    v = r.get("value")
    if isinstance(v, bool):
        r["value"] = 1.0 if v else 0.0
    else:
        _num(r, "value", minimum=None, label=_N(CTX, "Giá trị"))
    _text(r, "unit", max_len=40)
    _choice(r, "declared_status", {k: STATUSES[k] for k in DECLARABLE_STATUSES},
            label=_N(CTX, "Trạng thái tự đánh giá"))
    _text(r, "note", max_len=8000)
    _text(r, "responsible", max_len=200, label=_N(CTX, "Người phụ trách"))
    _date(r, "target_date", allow_future=True, label=_N(CTX, "Thời hạn hoàn thành"))
    return r


def validate_project(row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    _text(r, "name", required=True, max_len=300, label=_N(CTX, "Tên dự án"))
    _text(r, "field", max_len=100)
    _num(r, "total_investment", integer=True, label=_N(CTX, "Tổng mức đầu tư"))
    _num(r, "outstanding_debt", integer=True, label=_N(CTX, "Nợ đọng XDCB"))
    _date(r, "start_date", allow_future=True, label=_N(CTX, "Ngày khởi công"))
    _date(r, "finish_date", allow_future=True, label=_N(CTX, "Ngày hoàn thành"))
    if r.get("start_date") and r.get("finish_date") and r["finish_date"] < r["start_date"]:
        raise ValidationError(_N("errors", "Ngày hoàn thành không được trước ngày khởi công."),
                              field="finish_date")
    _choice(r, "settlement", SETTLEMENT_STATUSES, label=_N(CTX, "Tình trạng quyết toán"))
    _choice(r, "state", PROJECT_STATES, label=_N(CTX, "Tình trạng dự án"))
    _text(r, "note", max_len=4000)
    return r


def validate_funding(row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    _choice(r, "source", FUNDING_SOURCES, required=True, label=_N(CTX, "Nguồn vốn"))
    _num(r, "amount", required=True, integer=True, label=_N(CTX, "Số tiền"))
    return r


def validate_contribution(row: dict[str, Any], *, today: dt.date | None = None) -> dict[str, Any]:
    r = dict(row)
    _date(r, "date", required=True, label=_N(CTX, "Ngày đóng góp"), today=today)
    _text(r, "contributor", required=True, max_len=300, label=_N(CTX, "Người/đơn vị đóng góp"))
    _choice(r, "contributor_kind", CONTRIBUTOR_KINDS, label=_N(CTX, "Loại người đóng góp"))
    if r.get("contributor_kind") is None:
        r["contributor_kind"] = "ho"
    _choice(r, "kind", CONTRIBUTION_KINDS, required=True, label=_N(CTX, "Hình thức đóng góp"))
    _num(r, "quantity", required=True, label=_N(CTX, "Số lượng"))
    if r["quantity"] == 0:
        raise ValidationError(_N("errors", "Số lượng phải lớn hơn 0."), field="quantity")
    _text(r, "unit", max_len=40)
    if not r.get("unit"):
        r["unit"] = CONTRIBUTION_DEFAULT_UNIT[r["kind"]]
    _num(r, "rate", label=_N(CTX, "Đơn giá quy đổi"))
    _num(r, "value_vnd", integer=True, label=_N(CTX, "Giá trị quy đổi (đồng)"))
    if r["kind"] == "tien_mat":
        r["value_vnd"] = int(round(r["quantity"]))
        r["rate"] = None
    elif r.get("value_vnd") is None and r.get("rate") is not None:
        r["value_vnd"] = int(round(r["quantity"] * r["rate"]))
    _text(r, "receipt_no", max_len=60)
    _text(r, "note", max_len=2000)
    return r


def validate_survey(row: dict[str, Any]) -> dict[str, Any]:
    r = dict(row)
    _num(r, "year", required=True, integer=True, minimum=2010, maximum=2100, label=_N(CTX, "Năm"))
    _num(r, "households_asked", required=True, integer=True, label=_N(CTX, "Số hộ được hỏi"))
    _num(r, "households_satisfied", required=True, integer=True, label=_N(CTX, "Số hộ hài lòng"))
    if r["households_satisfied"] > r["households_asked"]:
        raise ValidationError(_N("errors", "Số hộ hài lòng không được lớn hơn số hộ được hỏi."),
                              field="households_satisfied")
    _date(r, "date", label=_N(CTX, "Ngày khảo sát"))
    _text(r, "organised_by", max_len=200)
    _text(r, "note", max_len=4000)
    return r
