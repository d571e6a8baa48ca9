"""Signed sync packages (``.ntmpkg``): keys and trust, the package format, export and import.

Qt-free. See ``docs/sync-format.md`` for the format and :mod:`ntm_desktop.sync.importer` for the
checks made on every package before anything is applied.
"""
