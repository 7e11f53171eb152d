"""Weight repacking without llama.cpp's AMX kernels: whether it loads, and what it gains.

On AMX Xeons llama.cpp's "extra buffer types" (weight repacking) include an AMX one whose
kernels crash the process in the first decode of a Q4 model, so Pequeno loads without any
(see ``assistant.core.llm.loading``). The other extra buffer type, ``CPU_REPACK`` (AVX2/AVX-512
interleaved blocks), does not crash. This prototype keeps the extra buffer types off and points
the matmul weights at ``CPU_REPACK`` through ``llama_model_params.tensor_buft_overrides``, then
times a prompt and replies against a plain load, each way in a fresh process, alternating.

Only Q4_0 weights whose rows come in multiples of 8 are pointed there: the layout llama.cpp
repacks on x86 (the Phi-3-mini-shaped bench file is all Q4_0). A user build would have to
decide per tensor from the GGUF header which ones llama.cpp's repacker takes on this CPU.

    .venv/bin/python bench/repack_without_amx.py [--model PATH] [--rounds N]
"""

from __future__ import annotations

import argparse
import ctypes
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PATTERN = rb"blk\.[0-9]+\.(attn_qkv|attn_output|ffn_up|ffn_down)\.weight"


class _Override(ctypes.Structure):
    _fields_ = [("pattern", ctypes.c_char_p), ("buft", ctypes.c_void_p)]


def _repack_buffer_type() -> int:
    """The CPU backend's ``CPU_REPACK`` buffer type (a ``ggml_backend_buffer_type_t``)."""
    import llama_cpp

    libs = Path(llama_cpp.__file__).parent / "lib"
    ggml = ctypes.CDLL(str(libs / "libggml.so"))
    base = ctypes.CDLL(str(libs / "libggml-base.so"))
    ggml.ggml_backend_dev_by_type.restype = ctypes.c_void_p
    ggml.ggml_backend_dev_by_type.argtypes = [ctypes.c_int]
    base.ggml_backend_dev_backend_reg.restype = ctypes.c_void_p
    base.ggml_backend_dev_backend_reg.argtypes = [ctypes.c_void_p]
    base.ggml_backend_reg_get_proc_address.restype = ctypes.c_void_p
    base.ggml_backend_reg_get_proc_address.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    base.ggml_backend_buft_name.restype = ctypes.c_char_p
    base.ggml_backend_buft_name.argtypes = [ctypes.c_void_p]
    llama_cpp.llama_backend_init()
    device = ggml.ggml_backend_dev_by_type(0)  # GGML_BACKEND_DEVICE_TYPE_CPU
    registry = base.ggml_backend_dev_backend_reg(device)
    address = base.ggml_backend_reg_get_proc_address(registry, b"ggml_backend_dev_get_extra_bufts")
    extra = ctypes.CFUNCTYPE(ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p)(address)(device)
    index = 0
    while extra[index]:
        if base.ggml_backend_buft_name(extra[index]) == b"CPU_REPACK":
            return int(extra[index])
        index += 1
    raise SystemExit("this llama.cpp build has no CPU_REPACK buffer type")


def child(path: str, repack: bool, prompt: int, tokens: int) -> dict[str, float]:
    """Load ``path`` one way, then time ``prompt`` tokens and ``tokens`` replies."""
    import llama_cpp
    from llama_cpp import llama_cpp as low

    overrides = (_Override * 2)()
    if repack:
        overrides[0] = _Override(PATTERN, _repack_buffer_type())
    original = low.llama_model_default_params

    def defaults() -> Any:
        params = original()
        params.use_extra_bufts = False  # no AMX
        if repack:
            params.tensor_buft_overrides = ctypes.cast(overrides, ctypes.c_void_p)
        return params

    low.llama_model_default_params = defaults
    began = time.perf_counter()
    try:
        llm = llama_cpp.Llama(model_path=path, n_ctx=2048, n_batch=512, flash_attn=True,
                              n_threads=2, n_threads_batch=2, verbose=False)
    finally:
        low.llama_model_default_params = original
    loaded = time.perf_counter() - began
    ids = llm.tokenize(b"The lighthouse keeper wrote in the log. " * (prompt // 4),
                       add_bos=True)[:prompt]
    began = time.perf_counter()
    llm.eval(ids)
    read = time.perf_counter() - began
    began = time.perf_counter()
    for _ in range(tokens):
        llm.eval([llm.sample(temp=0.0)])
    return {"load": loaded, "prompt_tps": len(ids) / read,
            "generate_tps": tokens / (time.perf_counter() - began)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--prompt", type=int, default=256)
    parser.add_argument("--tokens", type=int, default=24)
    parser.add_argument("--child", choices=["plain", "repack"])
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(str(args.model), args.child == "repack", args.prompt,
                               args.tokens)))
        return
    from tests.models import phi3_shaped

    path = args.model or phi3_shaped("4k")
    runs: dict[str, list[dict[str, float]]] = {"plain": [], "repack": []}
    for _ in range(args.rounds):
        for way in runs:
            done = subprocess.run(
                [sys.executable, __file__, "--child", way, "--model", str(path), "--prompt",
                 str(args.prompt), "--tokens", str(args.tokens)],
                capture_output=True, text=True, timeout=900, check=False)
            if done.returncode:
                print(f"{way}: failed (exit {done.returncode})")
                continue
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            runs[way].append(figures)
            print(f"{way:7} load {figures['load']:6.2f} s, prompt {figures['prompt_tps']:5.1f} "
                  f"tok/s, replies {figures['generate_tps']:5.2f} tok/s", flush=True)
    if runs["plain"] and runs["repack"]:
        def median(way: str, key: str) -> float:
            return statistics.median(run[key] for run in runs[way])

        print(f"repacked without AMX ÷ plain: prompt "
              f"{median('repack', 'prompt_tps') / median('plain', 'prompt_tps'):.2f}, replies "
              f"{median('repack', 'generate_tps') / median('plain', 'generate_tps'):.2f}, load "
              f"+{median('repack', 'load') - median('plain', 'load'):.1f} s")


if __name__ == "__main__":
    main()
