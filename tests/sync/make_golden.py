"""Regenerate the golden packages in tests/data/golden (run by hand when the format version
changes: ``PYTHONPATH=tests/support .venv/bin/python tests/sync/make_golden.py``). The keys there
are TEST KEYS ONLY."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from sync_helpers import add_photo, make_world

from ntm_desktop.store import interchange
from ntm_desktop.sync import exporter

HERE = Path(__file__).resolve().parent

GOLDEN = HERE.parent / "data" / "golden"


def main() -> None:
    root = Path(tempfile.mkdtemp())
    w = make_world(root)
    w.edit(1)
    add_photo(w.wb, b"\xff\xd8 golden photo")
    GOLDEN.mkdir(parents=True, exist_ok=True)
    exporter.export_commune(w.wb, w.cks, w.ck, GOLDEN / "v1-commune-update.ntmpkg")
    (GOLDEN / "v1-commune-dump.json").write_text(
        json.dumps(interchange.dump(w.wb), ensure_ascii=False, indent=1, sort_keys=True),
        encoding="utf-8")
    w.to_hub(GOLDEN / "v1-commune-update.ntmpkg")
    w.hub.record_appraisal("10001", 2025, "2.1", result="disagree", status="chua_dat",
                           comment="Thiếu biên bản nghiệm thu", date="2025-06-01",
                           appraiser="Nguyễn Văn Thẩm")
    exporter.export_feedback(w.hub, w.hks, w.hk, "10001", GOLDEN / "v1-feedback.ntmpkg")
    for ks, name in ((w.cks, "commune"), (w.hks, "appraiser")):
        (GOLDEN / f"{name}.card.json").write_text(json.dumps(ks.card(), ensure_ascii=False),
                                                  encoding="utf-8")
        shutil.copy(ks.private_file, GOLDEN / f"{name}.TEST-ONLY.key")
        shutil.copy(ks.identity_file, GOLDEN / f"{name}.identity.json")
    print("written to", GOLDEN)


if __name__ == "__main__":
    main()
