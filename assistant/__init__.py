"""Pequeno: an offline desktop assistant running quantized Phi-3-mini."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pequeno")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

APP_NAME = "Pequeno"
APP_ID = "pequeno"
