"""A file that cannot be read or written is explained in Vietnamese, not with the C library's
English text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from ntm_desktop.cli import main
from ntm_desktop.core.errors import os_reason


@pytest.mark.parametrize(("code", "reason"), [
    (errno.ENOENT, "không có tệp hoặc thư mục này"),
    (errno.EACCES, "không có quyền truy cập"),
    (errno.ENOSPC, "ổ đĩa đã đầy"),
    (errno.EROFS, "ổ đĩa chỉ cho phép đọc"),
    (errno.EIO, "lỗi đọc/ghi thiết bị (USB bị rút hoặc hỏng?)"),
])
def test_common_failures_read_in_vietnamese(code: int, reason: str) -> None:
    assert os_reason(OSError(code, "English text")) == reason


def test_a_rare_failure_keeps_the_system_text() -> None:
    assert os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links")) == \
        "Too many levels of symbolic links"


def test_the_commands_say_it(capsys, tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert main(["init", "commune", "--code", "20001", "--name", "Xã Cờ Lê", *data]) == 0
    capsys.readouterr()
    assert main(["load", str(tmp_path / "khong-co.json"), *data]) == 2
    err = capsys.readouterr().err
    assert "không có tệp hoặc thư mục này" in err and "No such file" not in err
    assert main(["import", str(tmp_path / "khong-co.ntmpkg"), *data]) == 2
    out = capsys.readouterr().out
    assert "không có tệp hoặc thư mục này" in out and "No such file" not in out


def test_a_file_that_is_not_there_is_not_said_to_be_quarantined(capsys, tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert main(["init", "commune", "--code", "20001", "--name", "Xã Cờ Lê", *data]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "khong-co.ntmpkg"), *data]) == 2
    out = capsys.readouterr().out
    assert "cách ly" not in out
    folder = tmp_path / "d" / "quarantine"
    assert not folder.exists() or list(folder.iterdir()) == []
