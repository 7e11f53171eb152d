"""Prompt and reply cost per token as the context fills, for one KV-cache type.

Reads ``--tokens`` prompt tokens in batches of ``--batch``; after each batch times 4 replies at
that depth (then drops them). Prints milliseconds per token at each depth: the curve the
summary planner's speed probe fits a line to (``assistant.core.llm.speed``).

    .venv/bin/python bench/depth_curve.py --model PATH [--cache q8_0|f16] [--tokens N] [--batch N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import llama_cpp

from assistant.core.llm.loading import model_loading, without_chat_template_compilation

CACHE = {"q8_0": llama_cpp.GGML_TYPE_Q8_0, "f16": llama_cpp.GGML_TYPE_F16}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--cache", choices=sorted(CACHE), default="q8_0")
    parser.add_argument("--tokens", type=int, default=4096)
    parser.add_argument("--batch", type=int, default=512)
    args = parser.parse_args()
    kind = CACHE[args.cache]
    with model_loading(repack=False), without_chat_template_compilation():
        llm = llama_cpp.Llama(model_path=str(args.model), n_ctx=args.tokens + 256, n_batch=512,
                              n_threads=2, n_threads_batch=2, flash_attn=True, type_k=kind,
                              type_v=kind, verbose=False)
    text = b" ".join(b"The lighthouse keeper wrote down the weather every hour."
                     for _ in range(args.tokens // 8 + 10))
    tokens = llm.tokenize(text, add_bos=True)[:args.tokens]
    for start in range(0, len(tokens), args.batch):
        batch = tokens[start:start + args.batch]
        began = time.perf_counter()
        llm.eval(batch)
        prompt = (time.perf_counter() - began) / len(batch)
        began = time.perf_counter()
        for _ in range(4):
            llm.eval([tokens[1]])
        reply = (time.perf_counter() - began) / 4
        llm._ctx.kv_cache_seq_rm(-1, start + len(batch), -1)
        llm.n_tokens = start + len(batch)
        print(f"depth {start:6d}: prompt {prompt * 1000:7.2f} ms/token, "
              f"reply {reply * 1000:7.1f} ms/token", flush=True)


if __name__ == "__main__":
    main()
