"""Every byte of a package is checked: flipping any single bit is refused, except in the two
places where a deflate stream has bits that do not change what it decodes to (the final-block
flag of its first byte, the end-of-block code and padding in its last two bytes) — the content is still the signed content
and the dossier code, made from the signed manifest, is unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ntm_desktop.cli import main as ntm
from ntm_desktop.core.dossier_code import package_sha256
from ntm_desktop.paths import AppPaths
from ntm_desktop.services import packages as packages_svc


@pytest.mark.slow
def test_every_flipped_bit_outside_deflate_padding_is_refused(tmp_path, capsys):
    root = tmp_path / "xa"
    root.mkdir()
    assert ntm(["--data-dir", str(root), "init", "commune", "--code", "06325", "--set",
                "qd318-2022", "--village", "Thôn Nà Pàn:120:480"]) == 0
    paths = AppPaths.resolve(root).ensure()
    out = tmp_path / "usb"
    out.mkdir()
    pkg = Path(packages_svc.export_package(paths.workbook, paths, out)["path"])
    data = pkg.read_bytes()
    code = package_sha256(pkg)
    padding: set[int] = set()
    with zipfile.ZipFile(pkg) as zf:
        for info in zf.infolist():
            if info.compress_type == zipfile.ZIP_DEFLATED:
                start = info.header_offset + 30 + len(info.filename)
                end = start + info.compress_size
                padding |= {start, end - 2, end - 1}
    bad = tmp_path / "sua.ntmpkg"
    accepted = []
    for i in range(len(data)):
        for bit in (0x01, 0x80):
            changed = bytearray(data)
            changed[i] ^= bit
            bad.write_bytes(bytes(changed))
            o = packages_svc.verify_package(paths.workbook, paths, bad)
            if o.status != "rejected":
                accepted.append(i)
                assert package_sha256(bad) == code  # same signed content, same code
    assert set(accepted) <= padding, sorted(set(accepted) - padding)
