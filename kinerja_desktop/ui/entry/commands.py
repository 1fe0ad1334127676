"""Undo commands of the entry form: one command per user action (a typed cell, a paste, a clear)."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class SetCellsCommand(QUndoCommand):
    """Set the text of several cells; undo puts the old texts back (and rewrites the draft)."""

    def __init__(self, model, edits: list[tuple[int, str, str, str]], label: str):
        super().__init__(label)
        self._model = model
        self._edits = edits   # (row, field, old text, new text)

    def redo(self) -> None:
        self._model.apply_texts([(r, f, new) for r, f, _old, new in self._edits])

    def undo(self) -> None:
        self._model.apply_texts([(r, f, old) for r, f, old, _new in self._edits])
