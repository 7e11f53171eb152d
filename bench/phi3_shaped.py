"""Write (once) a GGUF with Phi-3-mini's exact shapes and random Q4_0 weights, for benchmarks.

The weights are noise, the cost is real: 32 layers, hidden 3072, 32 heads (no GQA), ffn 8192,
2.2 GB. The file is cached outside the repository (``~/.cache/pequeno-bench``) and never
committed; the tokenizer is the starter model's.

    .venv/bin/python bench/phi3_shaped.py [4k|128k]     # prints the path
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.models import phi3_shaped

if __name__ == "__main__":
    print(phi3_shaped(sys.argv[1] if len(sys.argv) > 1 else "4k"))
