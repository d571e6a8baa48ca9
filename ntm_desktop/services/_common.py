"""What every use case shares: a connection of its own for background work, the "no commune"
message, where a package written with ``-o`` / "Lưu vào…" goes."""

from __future__ import annotations

from pathlib import Path

from ntm_desktop.core.errors import NtmError
from ntm_desktop.core.i18n import QT_TRANSLATE_NOOP as _N
from ntm_desktop.store.workbook import Workbook

NO_COMMUNE = _N("errors", "Sổ dữ liệu chưa có thông tin xã.")


def worker_workbook(path: Path) -> Workbook:
    """A second connection to the open workbook, for one background task (close it after)."""
    return Workbook.open(path, daily_backup=False)


PACKAGE_SUFFIX = ".ntmpkg"


def package_destination(dest: Path | str, default_name: str) -> Path:
    """The file a package is written to: ``dest`` itself, or ``dest/default_name`` when ``dest``
    is a folder. A name without ``.ntmpkg`` gets it (a file without it is hidden from the import
    dialogs and from folder imports). The folder must exist."""
    dest = Path(dest)
    if dest.is_dir():
        return dest / default_name
    if dest.suffix.lower() != PACKAGE_SUFFIX:
        dest = dest.with_name(dest.name + PACKAGE_SUFFIX)
    if not dest.parent.is_dir():
        raise NtmError(_N("errors", "Không có thư mục {folder}."), code="no_folder",
                       args={"folder": str(dest.parent)})
    return dest
