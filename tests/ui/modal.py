"""Answer a modal dialog while its ``exec()`` runs: a timer finds it and runs the test's steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

D = TypeVar("D", bound=QDialog)


@dataclass
class Answer:
    """What happened in the dialog: whether it was seen, and what went wrong there."""

    kind: type[QDialog]
    seen: bool = False
    problems: list[str] = field(default_factory=list)

    def check(self) -> None:
        """Fail the test if the dialog never opened or a step failed."""
        assert self.seen, f"no {self.kind.__name__} was opened"
        assert not self.problems, self.problems


def answer(kind: type[D], steps: Callable[[D], None], *,
                       tries: int = 250) -> Answer:
    """Run ``steps`` on the next modal ``kind`` dialog, then make sure it is closed.

    ``steps`` should close the dialog the way a user would (a button); a dialog left open is
    rejected and reported as a problem. Tries every 20 ms, ``tries`` times.
    """
    result = Answer(kind)

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            if left:
                QTimer.singleShot(20, lambda: look(left - 1))
            return
        result.seen = True
        try:
            steps(dialog)
        except Exception as exc:  # the dialog must close even when a step fails
            result.problems.append(f"{type(exc).__name__}: {exc}")
        if dialog.isVisible():
            result.problems.append(f"the steps left the {kind.__name__} open")
            dialog.reject()

    QTimer.singleShot(0, lambda: look(tries))
    return result
