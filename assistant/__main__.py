"""``python -m assistant`` runs the same entry point as the ``pequeno`` command."""

import sys

from assistant.cli import main

sys.exit(main())
