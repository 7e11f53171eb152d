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

import platformdirs

from tests.models import PHI3_MINI, cached_starter_model, write_tiny_phi3


def phi3_shaped(variant: str = "4k") -> Path:
    """The Phi-3-mini-shaped bench model, written on first use."""
    path = Path(platformdirs.user_cache_dir("pequeno-bench")) / f"phi3-mini-shaped-{variant}.gguf"
    if not path.is_file():
        partial = path.with_suffix(".part")
        write_tiny_phi3(partial, variant=variant,  # type: ignore[arg-type]
                        tokenizer_from=cached_starter_model(), shape=PHI3_MINI)
        partial.replace(path)
    return path


if __name__ == "__main__":
    print(phi3_shaped(sys.argv[1] if len(sys.argv) > 1 else "4k"))
