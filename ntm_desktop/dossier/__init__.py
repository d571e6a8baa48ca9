"""Recognition dossier (PDF, Nghị định 30/2020 format) and the appraiser's roll-up reports.

Qt-free. ``data.collect`` reads the workbook once; the builders (``documents``, ``compose``,
``rollup_writers``, ``appraisal``) work on plain dataclasses. See docs/dossier.md.
"""
