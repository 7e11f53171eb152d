"""Run the bundled app's self-test on the starter model with no network, like a user would.

On Linux the bundle runs in a new network namespace (``unshare -rn``): no interface but
loopback, so any attempt to reach the network fails. Exits with the self-test's status.

    .venv/bin/python packaging/check_bundle.py dist/pequeno/pequeno
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.models import cached_starter_model


def main(binary: Path) -> int:
    """Run ``binary --self-test`` offline; return its exit code."""
    command = [str(binary), "--self-test", "--model", str(cached_starter_model())]
    isolate = shutil.which("unshare") is not None and sys.platform.startswith("linux")
    if isolate and subprocess.run(["unshare", "-rn", "true"], check=False).returncode == 0:
        command = ["unshare", "-rn", *command]
        print("self-test with the network unreachable (unshare -rn)", flush=True)
    else:
        print("self-test (this system cannot cut the network for one process)", flush=True)
    return subprocess.run(command, check=False, timeout=600).returncode


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
