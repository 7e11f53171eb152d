"""Qt-free core: engine, settings, paths and everything the UI and CLI share.

Nothing under this package may import PySide6; an import-linter contract enforces it.
"""
