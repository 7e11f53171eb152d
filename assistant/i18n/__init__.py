"""Compiled translations (``pequeno_<locale>.qm``), built from ``i18n/*.ts`` by ``make``."""
