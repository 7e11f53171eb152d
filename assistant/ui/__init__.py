"""The PySide6 desktop window. Only this package (and the CLI) may import Qt."""
