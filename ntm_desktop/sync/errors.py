"""Why a package was refused: one stable ``code`` per check, with a Vietnamese message.

Every refusal raised while reading a package is a :class:`PackageRejected`. ``code`` is what the
CLI prints under ``--json`` and what tests assert; ``message`` is what the officer reads.
``set_aside`` marks refusals that are not the sender's fault (an unknown key): the GUI offers to
trust the key after the fingerprints have been compared.
"""

from __future__ import annotations

from typing import Any

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.core.text import escape_text

# code -> Vietnamese message template (``{member}``, ``{detail}`` and ``{code}`` filled in from
# ``args``), marked for translation in context "errors".
MESSAGES: dict[str, str] = {
    "empty_file": _N("errors", "Tệp gói dữ liệu rỗng (0 byte). Hãy chép lại tệp từ nơi gửi."),
    "unreadable": _N("errors", "Không đọc được tệp gói dữ liệu: {detail}"),
    "package_too_large": _N("errors", "Tệp gói dữ liệu quá lớn ({detail}); NTM không mở tệp này."),
    "not_a_zip": _N("errors", "Tệp này không phải gói dữ liệu NTM (.ntmpkg)."),
    "truncated": _N("errors", "Gói dữ liệu bị cắt cụt (tệp chép chưa xong hoặc USB bị rút giữa "
                              "chừng). Hãy chép lại tệp."),
    "too_many_members": _N("errors", "Gói dữ liệu có quá nhiều tệp thành phần ({detail})."),
    "absolute_path": _N("errors", "Gói dữ liệu chứa đường dẫn tuyệt đối “{member}” — có thể là "
                                  "tệp độc hại."),
    "path_traversal": _N("errors", "Gói dữ liệu chứa đường dẫn “{member}” trỏ ra ngoài — có thể "
                                   "là tệp độc hại."),
    "bad_member_name": _N("errors", "Tên tệp thành phần không hợp lệ: “{member}”."),
    "symlink": _N("errors", "Gói dữ liệu chứa liên kết (symlink) “{member}” — không được phép."),
    "encrypted_member": _N("errors", "Tệp thành phần “{member}” bị mã hóa — gói không do NTM tạo "
                                     "ra."),
    "bad_compression": _N("errors", "Tệp thành phần “{member}” dùng kiểu nén không hỗ trợ."),
    "duplicate_member": _N("errors", "Gói dữ liệu có hai tệp cùng tên “{member}”."),
    "name_collision": _N("errors", "Gói dữ liệu có hai tệp tên gần giống nhau (chỉ khác "
                                   "hoa/thường hoặc cách ghi dấu): “{member}”."),
    "unknown_member": _N("errors", "Gói dữ liệu chứa tệp lạ “{member}”."),
    "member_too_large": _N("errors", "Tệp thành phần “{member}” quá lớn ({detail})."),
    "zip_bomb": _N("errors", "Tệp thành phần “{member}” có tỉ lệ nén bất thường (nghi “bom "
                             "zip”); gói bị từ chối."),
    "corrupt_member": _N("errors", "Tệp thành phần “{member}” bị hỏng ({detail})."),
    "name_mismatch": _N("errors", "Tên tệp thành phần “{member}” trong thư mục của gói khác với "
                                  "tên ghi ở đầu tệp đó — gói đã bị sửa hoặc ghép."),
    "bad_framing": _N("errors", "Tệp không đúng khuôn dạng gói NTM ({detail}): gói phải bắt đầu "
                                "ở byte đầu tiên và kết thúc bằng bản ghi kết thúc của nó. Có thể "
                                "tệp đã bị ghép thêm dữ liệu; hãy đề nghị nơi gửi gửi lại."),
    "bad_text": _N("errors", "Tệp “{member}” chứa ký tự không mã hóa được bằng UTF-8 (nửa cặp "
                             "thay thế) ({detail})."),
    "weak_key": _N("errors", "Khóa công khai trong gói dữ liệu là khóa yếu hoặc không chuẩn "
                             "({detail}); gói bị từ chối."),
    "own_key": _N("errors", "Gói dữ liệu ({detail}) ký bằng khóa của chính nơi nhận, nên không "
                            "phải gói hợp lệ gửi đến đây: dữ liệu của xã phải do khóa của xã ký, "
                            "phản hồi thẩm định và bộ tiêu chí do khóa của nơi thẩm định ký."),
    "future_date": _N("errors", "Gói dữ liệu ghi thời điểm trong tương lai ({detail}), muộn hơn "
                                "đồng hồ máy này quá một ngày. Hãy kiểm tra ngày giờ của máy tính "
                                "này và của máy gửi, rồi nhập lại."),
    "bad_value": _N("errors", "Giá trị trong gói dữ liệu không hợp lệ (dòng {detail})."),
    "commune_identity": _N("errors", "Gói dữ liệu thay đổi thông tin định danh của xã "
                                     "({detail}); không được phép."),
    "internal_error": _N("errors", "Lỗi khi xử lý tệp này ({detail}); tệp đã được chuyển vào "
                                   "thư mục cách ly, các tệp khác vẫn được nhập."),
    "missing_manifest": _N("errors", "Gói dữ liệu thiếu tệp manifest.json."),
    "missing_signature": _N("errors", "Gói dữ liệu thiếu chữ ký (manifest.sig)."),
    "bad_encoding": _N("errors", "Tệp “{member}” không phải UTF-8 hợp lệ."),
    "bad_json": _N("errors", "Tệp “{member}” không phải JSON hợp lệ: {detail}"),
    "bad_number": _N("errors", "Tệp “{member}” chứa số không hợp lệ (NaN, vô cực hoặc quá lớn): "
                               "{detail}"),
    "not_a_package": _N("errors", "manifest.json không phải của gói dữ liệu NTM."),
    "unsupported_version": _N("errors", "Gói dữ liệu được tạo bởi phiên bản NTM Desktop mới hơn "
                                        "(định dạng {detail}). Hãy cập nhật phần mềm rồi nhập "
                                        "lại."),
    "unknown_field": _N("errors", "Tệp “{member}” có trường không xác định: {detail}"),
    "bad_manifest": _N("errors", "manifest.json không hợp lệ: {detail}"),
    "bad_signature": _N("errors", "Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa đổi sau "
                                  "khi ký hoặc không do khóa đã đăng ký ký."),
    "unknown_key": _N("errors", "Gói dữ liệu được ký bằng khóa chưa đăng ký (mã vân tay "
                                "{detail}). Hãy gọi điện cho người gửi để so mã vân tay rồi đăng "
                                "ký khóa (ntm trust add)."),
    "key_revoked": _N("errors", "Khóa ký gói dữ liệu đã bị thu hồi ({detail}). Hãy đề nghị người "
                                "gửi đăng ký lại khóa mới."),
    "key_superseded": _N("errors", "Khóa ký gói dữ liệu đã được thay bằng khóa mới ({detail}); "
                                   "gói này không được chấp nhận."),
    "bad_rotation": _N("errors", "Thông báo đổi khóa trong gói dữ liệu không hợp lệ: {detail}"),
    "missing_member": _N("errors", "Gói dữ liệu thiếu tệp “{member}” được liệt kê trong "
                                   "manifest."),
    "unlisted_member": _N("errors", "Gói dữ liệu chứa tệp “{member}” không có trong manifest."),
    "size_mismatch": _N("errors", "Gói dữ liệu đã bị sửa đổi sau khi ký: kích thước tệp {member} "
                                  "không khớp."),
    "hash_mismatch": _N("errors", "Gói dữ liệu đã bị sửa đổi sau khi ký: tệp {member} không "
                                  "khớp."),
    "bad_entry": _N("errors", "Nhật ký trong gói dữ liệu không hợp lệ (dòng {detail})."),
    "chain_broken": _N("errors", "Chuỗi nhật ký trong gói dữ liệu bị đứt hoặc bị sửa (mục "
                                 "{detail})."),
    "bad_appraisal": _N("errors", "Kết quả thẩm định trong gói không hợp lệ (dòng {detail})."),
    "bad_catalog": _N("errors", "Bộ tiêu chí trong gói không hợp lệ: {detail}"),
    "commune_mismatch": _N("errors", "Gói dữ liệu ghi là của xã {detail}, nhưng khóa ký đã đăng "
                                     "ký cho xã khác."),
    "wrong_recipient": _N("errors", "Gói dữ liệu này gửi cho nơi khác ({detail}), không phải cho "
                                    "sổ dữ liệu này."),
    "wrong_kind": _N("errors", "Loại gói “{detail}” không nhập được vào sổ dữ liệu này."),
    "unsupported_schema": _N("errors", "Gói dữ liệu dùng cấu trúc dữ liệu mới hơn (phiên bản "
                                       "{detail}). Hãy cập nhật NTM Desktop."),
    "already_imported": _N("errors", "Gói dữ liệu này đã được nhập trước đây; không có gì thay "
                                     "đổi."),
    "stale_package": _N("errors", "Gói dữ liệu cũ hơn gói đã nhập (số {detail}); không nhập."),
    "sequence_gap": _N("errors", "Thiếu gói dữ liệu trước gói này ({detail}). Hãy nhập các gói "
                                 "còn thiếu trước, hoặc đề nghị xã xuất bản đầy đủ (ntm export "
                                 "--full)."),
    "fork": _N("errors", "Gói dữ liệu không nối tiếp gói đã nhập ({detail}): xã có hai bản dữ "
                         "liệu khác nhau. Hãy liên hệ xã để kiểm tra."),
    "journal_gap": _N("errors", "Nhật ký trong gói không nối tiếp dữ liệu đã có ({detail}). Hãy "
                                "đề nghị xã xuất bản đầy đủ (ntm export --full)."),
    "journal_fork": _N("errors", "Nhật ký trong gói khác với dữ liệu đã nhập trước (mục "
                                 "{detail}): dữ liệu của xã đã bị thay đổi lịch sử."),
    "missing_blob": _N("errors", "Gói dữ liệu thiếu tệp đính kèm {detail}."),
    "bad_blob": _N("errors", "Tệp đính kèm “{member}” trong gói dữ liệu không nhận được: "
                             "{detail}"),
    "ack_mismatch": _N("errors", "Xác nhận của nơi thẩm định không khớp với nhật ký của xã (mục "
                                 "{detail})."),
    "approved_year_locked": _N("errors", "Gói dữ liệu thay đổi số liệu của năm đã được phê "
                                         "duyệt và khóa (chỉ tiêu {detail}); gói không được "
                                         "nhập. Xã cần khôi phục số liệu đã được phê duyệt rồi "
                                         "xuất bản đầy đủ (ntm export --full)."),
    "demo_package": _N("errors", "Gói dữ liệu này xuất từ xã mẫu (số liệu thử của {detail}), "
                                 "không phải số liệu thật của xã; không nhập."),
    "apply_failed": _N("errors", "Không áp dụng được gói dữ liệu: {detail}"),
}

UNKNOWN_REJECTION = _N("errors", "Gói dữ liệu bị từ chối ({code}).")


class PackageRejected(NtmError):
    """A package failed a check; nothing was applied."""

    code = "package_rejected"

    def __init__(self, code: str, *, member: str | None = None, detail: Any = None,
                 set_aside: bool = False):
        template = MESSAGES.get(code, UNKNOWN_REJECTION)
        # names and values come from the package: escaped (controls, bidi, lone surrogates)
        # before they reach a message shown in a terminal, a reason file or a window
        if isinstance(detail, str):
            detail = escape_text(detail)
        args = {"member": escape_text(member or ""),
                "detail": "" if detail is None else escape_text(str(detail)), "code": code}
        super().__init__(template, code=code, field=args["member"] or None, detail=detail, args=args)
        self.member = escape_text(member) if member is not None else None
        self.set_aside = set_aside

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out["rejected"] = True
        if self.set_aside:
            out["set_aside"] = True
        return out


def reject(code: str, member: str | None = None, detail: Any = None, **kw: Any) -> PackageRejected:
    return PackageRejected(code, member=member, detail=detail, **kw)
