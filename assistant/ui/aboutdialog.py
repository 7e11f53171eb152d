"""The About dialog: Pequeno's version, the loaded model and the bundled libraries' licences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_ID, APP_NAME
from assistant.core.models import catalog, starter
from assistant.core.models.info import ModelInfo

STARTER_NAME = "SmolLM2-135M-Instruct"


@dataclass(frozen=True)
class Component:
    """A library shipped with Pequeno and its licence (an SPDX expression).

    ``distribution`` is the Python package that brings it; with ``inside`` set, the library
    is a native one in that package, which gives it no version of its own.
    """

    name: str
    distribution: str
    licence: str
    inside: bool = False


# Every runtime dependency of pyproject.toml, and the native libraries inside them.
COMPONENTS = (
    Component("Qt", "PySide6-Essentials", "LGPL-3.0-only", inside=True),
    Component("PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    Component("Shiboken", "shiboken6", "LGPL-3.0-only"),
    Component("llama.cpp", "llama-cpp-python", "MIT", inside=True),
    Component("llama-cpp-python", "llama-cpp-python", "MIT"),
    Component("gguf", "gguf", "MIT"),
    Component("SQLCipher", "sqlcipher3-wheels", "BSD-3-Clause", inside=True),
    Component("sqlcipher3", "sqlcipher3-wheels", "Zlib"),
    Component("PDFium", "pypdfium2", "BSD-3-Clause AND Apache-2.0", inside=True),
    Component("pypdfium2", "pypdfium2", "Apache-2.0 OR BSD-3-Clause"),
    Component("python-docx", "python-docx", "MIT"),
    Component("Jinja2", "jinja2", "BSD-3-Clause"),
    Component("markdown-it-py", "markdown-it-py", "MIT"),
    Component("Pygments", "pygments", "BSD-2-Clause"),
    Component("HTTPX", "httpx", "BSD-3-Clause"),
    Component("keyring", "keyring", "MIT"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("psutil", "psutil", "BSD-3-Clause"),
    Component("charset-normalizer", "charset-normalizer", "MIT"),
    Component("py3langid", "py3langid", "BSD-3-Clause"),
    Component("Snowball stemmers", "snowballstemmer", "BSD-3-Clause"),
)


def package_version(distribution: str) -> str:
    """The installed version of ``distribution``, or ``?`` when its metadata is missing."""
    try:
        return version(distribution)
    except PackageNotFoundError:  # a frozen build may leave some metadata out
        return "?"


def model_licence(info: ModelInfo) -> str | None:
    """The licence of a catalog model, known by its file name (``None``: not a catalog one)."""
    entry = next((e for e in catalog.entries() if e.file == info.path.name), None)
    return entry.license if entry is not None else None


def _starter_licence() -> str:
    entry = next((e for e in catalog.entries() if e.file == starter.FILE_NAME), None)
    return entry.license if entry is not None else "Apache-2.0"


class AboutDialog(QDialog):
    """What Pequeno is, which model it runs and what it is built from, as copyable text.

    ``model`` gives the loaded model's metadata (``None`` while none is loaded); it is read
    each time the dialog is shown.
    """

    def __init__(self, model: Callable[[], ModelInfo | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.copy_button = QPushButton()
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 560)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
        self.text.setFocus()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.text.setAccessibleName(self.tr("About {app}").format(app=APP_NAME))
        self.text.setAccessibleDescription(self.tr(
            "Version, model and licences, as text you can select and copy."))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy to the clipboard"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.refresh()

    def refresh(self) -> None:
        """Write the text again, for the model loaded now."""
        self.text.setPlainText(self.about_text())

    def about_text(self) -> str:
        """Everything the dialog says, as plain text."""
        lines = [
            self.tr("{app} {version}").format(app=APP_NAME, version=package_version(APP_ID)),
            self.tr("An offline desktop assistant. Licence: {licence}.").format(
                licence="Apache-2.0"),
            "",
            self.tr("Model"),
        ]
        info = self._model()
        if info is None:
            lines.append(self.tr("No model is loaded."))
        else:
            lines += [
                self.tr("Name: {name}").format(name=info.name),
                self.tr("File: {file}").format(file=info.path.name),
                self.tr("Licence: {licence}").format(
                    licence=model_licence(info) or self.tr("unknown")),
            ]
        lines += [
            self.tr("The starter model, {name}, is licensed under {licence}.").format(
                name=STARTER_NAME, licence=_starter_licence()),
            "",
            self.tr("Libraries"),
        ]
        for component in COMPONENTS:
            installed = package_version(component.distribution)
            shown = self.tr("in {package} {version}").format(
                package=component.distribution, version=installed) if component.inside \
                else installed
            lines.append(self.tr("{name} {version}: {licence}").format(
                name=component.name, version=shown, licence=component.licence))
        return "\n".join(lines)

    def copy(self) -> None:
        """Put the whole text on the clipboard (for a bug report)."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
