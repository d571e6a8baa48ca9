"""Qt-free translation markers.

The core never imports Qt. Messages meant for the user are marked with :func:`QT_TRANSLATE_NOOP`
so ``pyside6-lupdate`` collects them under a context; the GUI translates them at display time with
``QCoreApplication.translate(context, text)``. The CLI prints the Vietnamese source text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text
