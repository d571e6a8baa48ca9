"""Errors the user can act on.

Every error raised by the core, the store, sync and dossier code derives from :class:`NtmError`.
Each carries a stable ``code`` (used in the CLI's JSON output and by tests), a Vietnamese user
message, and optional ``field``/``detail``.

Translatable messages (carried as a :class:`~ntm_desktop.core.message.Message`, see
:attr:`NtmError.msg`): pass a template marked with ``QT_TRANSLATE_NOOP("errors", "… {name} …")``
and the values in ``args={"name": …}``. ``message`` is the filled Vietnamese text (CLI, logs);
``template`` + ``fmt_args`` let the GUI translate first and fill in after. String values in
``args`` are translated in context ``"model"`` by the GUI when a translation exists (labels).
"""

from __future__ import annotations

import errno
from typing import Any

from ntm_desktop.core.message import Message


class NtmError(Exception):
    """Base class: ``code`` is stable, ``message`` is Vietnamese and actionable."""

    code = "error"
    context = "errors"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None,
                 detail: Any = None, args: dict[str, Any] | None = None):
        self.template = message
        self.fmt_args = args or {}
        if self.fmt_args:
            try:
                message = message.format(**self.fmt_args)
            except (KeyError, IndexError, ValueError):
                pass
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.field = field
        self.detail = detail

    @property
    def msg(self) -> Message:
        """The message as a :class:`Message` (template, context, arguments) for translation."""
        return Message(self.context, self.template, self.fmt_args)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.field:
            out["field"] = self.field
        if self.detail is not None:
            out["detail"] = self.detail
        return out

    def __str__(self) -> str:
        if not self.field or self.message.startswith(self.field):  # already names the place
            return self.message
        return f"{self.field}: {self.message}"


class ValidationError(NtmError):
    """Bad user input: names the field (or line) and what is wrong."""

    code = "invalid"


class NotFound(NtmError):
    code = "not_found"


class ConflictError(NtmError):
    """Another process holds the workbook, or a uniqueness rule was broken."""

    code = "conflict"


class StorageError(NtmError):
    """The file system or the database failed (disk full, read-only, corrupt)."""

    code = "storage"


class CatalogError(NtmError):
    code = "catalog"


class Cancelled(NtmError):
    code = "cancelled"

    def __init__(self, message: str = "Đã hủy theo yêu cầu.", **kw: Any):
        super().__init__(message, **kw)


#: why a file operation failed, as an officer reads it (by ``errno``; the C library's own text,
#: in English, only for the rare others)
_OS_REASONS = {
    "ENOENT": "không có tệp hoặc thư mục này",
    "EACCES": "không có quyền truy cập",
    "EPERM": "không được phép thao tác",
    "ENOSPC": "ổ đĩa đã đầy",
    "EDQUOT": "đã hết dung lượng được cấp",
    "EROFS": "ổ đĩa chỉ cho phép đọc",
    "EISDIR": "đây là một thư mục, không phải tệp",
    "ENOTDIR": "một phần của đường dẫn không phải thư mục",
    "EEXIST": "tệp đã có",
    "EIO": "lỗi đọc/ghi thiết bị (USB bị rút hoặc hỏng?)",
    "EBUSY": "tệp đang được chương trình khác dùng",
    "ENAMETOOLONG": "tên hoặc đường dẫn quá dài",
    "EINVAL": "tên tệp không hợp lệ",
    "EMFILE": "mở quá nhiều tệp cùng lúc",
    "EFBIG": "tệp quá lớn",
}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, in Vietnamese (every message about a file that could not be read
    or written uses it)."""
    name = errno.errorcode.get(exc.errno or -1, "")
    if getattr(exc, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: open in Excel, Word…
        name = "EBUSY"
    return _OS_REASONS.get(name) or str(exc.strerror or exc)
