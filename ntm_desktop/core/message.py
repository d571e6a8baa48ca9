"""One carrier for translatable messages: :class:`Message`.

Code below the GUI never translates: it marks a Vietnamese template with
``QT_TRANSLATE_NOOP(context, "… {name} …")`` and carries it with its arguments in a
:class:`Message`. ``text()`` is the filled Vietnamese (CLI, logs, official papers); the GUI
translates the template first and fills it after (``gui.i18n.tr_message``). Used by errors
(:attr:`NtmError.msg`), journal reports (:class:`store.journal.ChainReport`) and revocation
reasons (:func:`core.evaluation.revocation_risk`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple


class Message(NamedTuple):
    context: str
    template: str
    args: Mapping[str, Any] = {}  # noqa: RUF012 (never modified)

    def text(self) -> str:
        """The Vietnamese text, placeholders filled (the template as is when one is missing)."""
        if not self.args:
            return self.template
        try:
            return self.template.format(**self.args)
        except (KeyError, IndexError, ValueError):
            return self.template

    def to_json(self) -> dict[str, Any]:
        return {"context": self.context, "template": self.template, "args": dict(self.args)}

    def __str__(self) -> str:
        return self.text()
