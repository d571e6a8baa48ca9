"""Crash test: a writer killed with SIGKILL mid-transaction leaves no half-applied change."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ntm_desktop.store import journal as jr
from ntm_desktop.store.workbook import Workbook

ROWS_PER_BATCH = 7

WRITER = textwrap.dedent(f"""
    import sys
    from ntm_desktop.store.workbook import Workbook
    path = sys.argv[1]
    wb = Workbook.open(path, create=True, author="writer", daily_backup=False)
    start = wb.db.execute("SELECT coalesce(max(households), 0) FROM village").fetchone()[0] + 1
    print("ready", flush=True)
    batch = start
    while True:
        with wb.atomic():
            for i in range({ROWS_PER_BATCH}):
                wb.put("village", {{"name": f"Lô {{batch}} – thôn {{i}}", "households": batch,
                                    "population": i}})
            # an update and a delete inside the same transaction, too
            first = wb.rows("village", "households = ? AND population = 0", [batch])[0]
            wb.put("village", {{**first, "ordering": batch}})
            extra = wb.put("village", {{"name": f"Tạm {{batch}}", "households": -batch}})
            wb.remove("village", extra["id"])
        batch += 1
""")


def _check(path: Path) -> int:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with Workbook.open(path, daily_backup=False) as wb:
        rep = jr.verify_chain(wb.db)
        assert rep.ok, rep
        batches = {r["households"]: r["n"] for r in wb.db.query(
            "SELECT households, count(*) AS n FROM village GROUP BY households")}
        assert all(h > 0 for h in batches), "a temporary row survived"
        assert all(n == ROWS_PER_BATCH for n in batches.values()), batches
        if batches:
            assert sorted(batches) == list(range(1, max(batches) + 1))  # no gaps
        ordered = {r["households"] for r in wb.db.query(
            "SELECT households FROM village WHERE ordering = households")}
        assert ordered == set(batches)  # the update of every batch is there
        # each batch = 7 inserts + 1 update + 1 insert + 1 delete = 10 entries
        assert wb.count("journal") == 10 * len(batches)
        return len(batches)


@pytest.mark.slow
def test_sigkill_mid_transaction_leaves_whole_batches(tmp_path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL")
    path = tmp_path / "crash.ntm.sqlite"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rnd = random.Random(1980)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = 0
    for _round in range(6):
        proc = subprocess.Popen([sys.executable, str(script), str(path)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready", proc.stderr.read()
        time.sleep(rnd.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        n = _check(path)
        assert n >= done  # committed batches never disappear
        done = n
    assert done > 0
