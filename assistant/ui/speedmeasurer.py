"""Measuring a model's speed both ways (weight repacking on and off) without blocking the window.

:func:`assistant.core.llm.speed.measure` loads the model in two child processes, a minute or
more each for a 3.8B model; it runs on a plain thread here, and the result comes back to the
window's thread as a queued signal. The measured choice is kept with the model's speed profile,
where "Automatic" weight repacking finds it at the next load.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from assistant.core.llm import speed


class SpeedMeasurer(QObject):
    """Measures one model at a time; :attr:`measured` reports each result."""

    measured = Signal(object, object)  # the model's Path, its SpeedProfile
    runningChanged = Signal(bool)

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._running: Path | None = None
        self.measured.connect(self._finished)  # first, so other slots see it finished

    @property
    def running(self) -> Path | None:
        """The model being measured, if any."""
        return self._running

    def measure(self, path: Path, threads: int | None = None) -> bool:
        """Start measuring ``path``; ``False`` while another measurement runs."""
        if self._running is not None:
            return False
        self._running = path
        self.runningChanged.emit(True)
        threading.Thread(target=self._measure, args=(path, threads), daemon=True,
                         name="speed-measurer").start()
        return True

    def _measure(self, path: Path, threads: int | None) -> None:
        profile = speed.measure(path, threads=threads)
        speed.save_profile(self._cache_dir, path, profile, threads)
        self.measured.emit(path, profile)

    def _finished(self, path: Path, profile: speed.SpeedProfile) -> None:
        self._running = None
        self.runningChanged.emit(False)
