"""Sync commands (keys, trust, export, verify, import, appraisal) — registered by the sync layer."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds the sync command group (filled in by the sync package)."""
    return None
