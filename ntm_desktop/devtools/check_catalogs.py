"""Validate every shipped criteria set against the JSON Schema and the semantic rules.

The application trusts the shipped sets at start (no JSON Schema on the start path), so this runs
at build time (``make bundle``) and in the tests. Exit code 0 when all are valid.

    python -m ntm_desktop.devtools.check_catalogs
"""

from __future__ import annotations

import sys

from ntm_desktop.core import catalog
from ntm_desktop.core.errors import CatalogError


def check_all() -> list[str]:
    """Problems found, one line each ("" list when every shipped set is valid)."""
    problems = []
    for set_id in catalog.builtin_catalog_ids():
        try:
            doc = catalog.load_builtin_document(set_id)
            catalog.validate_document(doc)
            catalog.catalog_from_document(doc)
        except CatalogError as exc:
            problems.append(f"{set_id}: {exc.message}")
    return problems


def main() -> int:
    problems = check_all()
    for line in problems:
        print(line, file=sys.stderr)
    if not problems:
        print(f"{len(catalog.builtin_catalog_ids())} shipped criteria sets valid")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
