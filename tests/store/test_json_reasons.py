"""Bad JSON is explained in Vietnamese by every reader (data files, catalogs, packages)."""

from __future__ import annotations

import json

import pytest

from ntm_desktop.core.canonical import json_error_reason


@pytest.mark.parametrize(("text", "reason"), [
    ("garbage", "thiếu giá trị hoặc có ký tự không hợp lệ"),
    ("{'a': 1}", "tên mục phải đặt trong dấu nháy kép"),
    ('{"a": 1 "b": 2}', "thiếu dấu phẩy"),
    ('{"a" 1}', "thiếu dấu hai chấm"),
    ('{"a": 1} x', "còn dữ liệu thừa sau phần JSON"),
    ('{"a": "b', "chuỗi chưa đóng dấu nháy"),
    ('"a\u0001"', "có ký tự điều khiển trong chuỗi"),
    ('"\\q"', "ký tự thoát (\\) không hợp lệ"),
])
def test_each_parser_message_has_a_vietnamese_reason(text: str, reason: str) -> None:
    with pytest.raises(json.JSONDecodeError) as e:
        json.loads(text)
    assert json_error_reason(e.value) == reason


def test_the_data_file_reader_says_it_in_vietnamese(tmp_path) -> None:
    from ntm_desktop.core.errors import ValidationError
    from ntm_desktop.store import interchange
    bad = tmp_path / "xa.json"
    bad.write_text("garbage", encoding="utf-8")
    with pytest.raises(ValidationError) as e:
        interchange.parse_bytes(bad.read_bytes(), "xa.json")
    assert "dòng 1, cột 1: thiếu giá trị hoặc có ký tự không hợp lệ" in e.value.message
    assert "Expecting" not in e.value.message
