"""Dossier and report commands — registered by the dossier layer."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Adds the dossier command group (filled in by the dossier package)."""
    return None
