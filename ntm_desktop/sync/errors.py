"""Why a package was refused: one stable ``code`` per check, with a Vietnamese message.

Every refusal raised while reading a package is a :class:`PackageRejected`. ``code`` is what the
CLI prints under ``--json`` and what tests assert; ``message`` is what the officer reads.
``set_aside`` marks refusals that are not the sender's fault (an unknown key): the GUI offers to
trust the key after the fingerprints have been compared.
"""

from __future__ import annotations

from typing import Any

from ntm_desktop.core.errors import NtmError

# code -> Vietnamese message template (``{member}``, ``{detail}`` and others filled in).
MESSAGES: dict[str, str] = {
    "empty_file": "Tệp gói dữ liệu rỗng (0 byte). Hãy chép lại tệp từ nơi gửi.",
    "unreadable": "Không đọc được tệp gói dữ liệu: {detail}",
    "package_too_large": "Tệp gói dữ liệu quá lớn ({detail}); NTM không mở tệp này.",
    "not_a_zip": "Tệp này không phải gói dữ liệu NTM (.ntmpkg).",
    "truncated": "Gói dữ liệu bị cắt cụt (tệp chép chưa xong hoặc USB bị rút giữa chừng). "
                 "Hãy chép lại tệp.",
    "too_many_members": "Gói dữ liệu có quá nhiều tệp thành phần ({detail}).",
    "absolute_path": "Gói dữ liệu chứa đường dẫn tuyệt đối “{member}” — có thể là tệp độc hại.",
    "path_traversal": "Gói dữ liệu chứa đường dẫn “{member}” trỏ ra ngoài — có thể là tệp độc "
                      "hại.",
    "bad_member_name": "Tên tệp thành phần không hợp lệ: “{member}”.",
    "symlink": "Gói dữ liệu chứa liên kết (symlink) “{member}” — không được phép.",
    "encrypted_member": "Tệp thành phần “{member}” bị mã hóa — gói không do NTM tạo ra.",
    "bad_compression": "Tệp thành phần “{member}” dùng kiểu nén không hỗ trợ.",
    "duplicate_member": "Gói dữ liệu có hai tệp cùng tên “{member}”.",
    "name_collision": "Gói dữ liệu có hai tệp tên gần giống nhau (chỉ khác hoa/thường hoặc "
                      "cách ghi dấu): “{member}”.",
    "unknown_member": "Gói dữ liệu chứa tệp lạ “{member}”.",
    "member_too_large": "Tệp thành phần “{member}” quá lớn ({detail}).",
    "zip_bomb": "Tệp thành phần “{member}” có tỉ lệ nén bất thường (nghi “bom zip”); gói bị "
                "từ chối.",
    "corrupt_member": "Tệp thành phần “{member}” bị hỏng (kiểm tra CRC không khớp).",
    "missing_manifest": "Gói dữ liệu thiếu tệp manifest.json.",
    "missing_signature": "Gói dữ liệu thiếu chữ ký (manifest.sig).",
    "bad_encoding": "Tệp “{member}” không phải UTF-8 hợp lệ.",
    "bad_json": "Tệp “{member}” không phải JSON hợp lệ: {detail}",
    "bad_number": "Tệp “{member}” chứa số không hợp lệ (NaN, vô cực hoặc quá lớn): {detail}",
    "not_a_package": "manifest.json không phải của gói dữ liệu NTM.",
    "unsupported_version": "Gói dữ liệu được tạo bởi phiên bản NTM Desktop mới hơn (định dạng "
                           "{detail}). Hãy cập nhật phần mềm rồi nhập lại.",
    "unknown_field": "Tệp “{member}” có trường không xác định: {detail}",
    "bad_manifest": "manifest.json không hợp lệ: {detail}",
    "bad_signature": "Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa đổi sau khi ký hoặc "
                     "không do khóa đã đăng ký ký.",
    "unknown_key": "Gói dữ liệu được ký bằng khóa chưa đăng ký (mã vân tay {detail}). Hãy gọi "
                   "điện cho người gửi để so mã vân tay rồi đăng ký khóa (ntm trust add).",
    "key_revoked": "Khóa ký gói dữ liệu đã bị thu hồi ({detail}). Hãy đề nghị người gửi đăng "
                   "ký lại khóa mới.",
    "key_superseded": "Khóa ký gói dữ liệu đã được thay bằng khóa mới ({detail}); gói này "
                      "không được chấp nhận.",
    "bad_rotation": "Thông báo đổi khóa trong gói dữ liệu không hợp lệ: {detail}",
    "missing_member": "Gói dữ liệu thiếu tệp “{member}” được liệt kê trong manifest.",
    "unlisted_member": "Gói dữ liệu chứa tệp “{member}” không có trong manifest.",
    "size_mismatch": "Gói dữ liệu đã bị sửa đổi sau khi ký: kích thước tệp {member} không "
                     "khớp.",
    "hash_mismatch": "Gói dữ liệu đã bị sửa đổi sau khi ký: tệp {member} không khớp.",
    "bad_entry": "Nhật ký trong gói dữ liệu không hợp lệ (dòng {detail}).",
    "chain_broken": "Chuỗi nhật ký trong gói dữ liệu bị đứt hoặc bị sửa (mục {detail}).",
    "bad_appraisal": "Kết quả thẩm định trong gói không hợp lệ (dòng {detail}).",
    "bad_catalog": "Bộ tiêu chí trong gói không hợp lệ: {detail}",
    "commune_mismatch": "Gói dữ liệu ghi là của xã {detail}, nhưng khóa ký đã đăng ký cho xã "
                        "khác.",
    "wrong_recipient": "Gói dữ liệu này gửi cho nơi khác ({detail}), không phải cho sổ dữ liệu "
                       "này.",
    "wrong_kind": "Loại gói “{detail}” không nhập được vào sổ dữ liệu này.",
    "unsupported_schema": "Gói dữ liệu dùng cấu trúc dữ liệu mới hơn (phiên bản {detail}). "
                          "Hãy cập nhật NTM Desktop.",
    "already_imported": "Gói dữ liệu này đã được nhập trước đây; không có gì thay đổi.",
    "stale_package": "Gói dữ liệu cũ hơn gói đã nhập (số {detail}); không nhập.",
    "sequence_gap": "Thiếu gói dữ liệu trước gói này ({detail}). Hãy nhập các gói còn thiếu "
                    "trước, hoặc đề nghị xã xuất bản đầy đủ (ntm export --full).",
    "fork": "Gói dữ liệu không nối tiếp gói đã nhập ({detail}): xã có hai bản dữ liệu khác "
            "nhau. Hãy liên hệ xã để kiểm tra.",
    "journal_gap": "Nhật ký trong gói không nối tiếp dữ liệu đã có ({detail}). Hãy đề nghị xã "
                   "xuất bản đầy đủ (ntm export --full).",
    "journal_fork": "Nhật ký trong gói khác với dữ liệu đã nhập trước (mục {detail}): dữ liệu "
                    "của xã đã bị thay đổi lịch sử.",
    "missing_blob": "Gói dữ liệu thiếu tệp đính kèm {detail}.",
    "ack_mismatch": "Xác nhận của nơi thẩm định không khớp với nhật ký của xã (mục {detail}).",
    "apply_failed": "Không áp dụng được gói dữ liệu: {detail}",
}


class PackageRejected(NtmError):
    """A package failed a check; nothing was applied."""

    code = "package_rejected"

    def __init__(self, code: str, *, member: str | None = None, detail: Any = None,
                 set_aside: bool = False):
        template = MESSAGES.get(code, "Gói dữ liệu bị từ chối ({code}).")
        message = template.format(member=member or "", detail="" if detail is None else detail,
                                  code=code)
        super().__init__(message, code=code, field=member, detail=detail)
        self.member = member
        self.set_aside = set_aside

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out["rejected"] = True
        if self.set_aside:
            out["set_aside"] = True
        return out


def reject(code: str, member: str | None = None, detail: Any = None, **kw: Any) -> PackageRejected:
    return PackageRejected(code, member=member, detail=detail, **kw)
