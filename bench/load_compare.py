"""Load to first token: ours against raw llama-cpp-python (weight repacking off and on) and GPT4All.

Every side loads the same GGUF in a fresh child process (a crash costs only that child), then
answers the same short chat prompt; it is then timed on a prompt of ``--prompt`` tokens and
``--tokens`` generated tokens. "Ours" is Pequeno's engine loading the way it would for a user:
the weight-repacking choice measured for the model (``pequeno models measure``), else off.

Load time on this machine swings between about 0.7 s and 4 s for the same file and settings
(the kernel reclaims the page cache and zeroes the 1.5 GB KV cache at its own pace), so every
side is loaded ``--rounds`` times, in a rotating order, and the medians are compared; prompt and
generation speed are timed in the first round only.

GPT4All's Python package (2.8.2) bundles an older llama.cpp that knows only the pre-tokenizers
of its time, so the file is copied once with ``tokenizer.ggml.pre = gpt-2`` and every side reads
that copy. GPT4All runs from its own virtual environment (``--gpt4all-python``); without one its
column is left out. ``--python`` adds the raw columns of a second llama-cpp-python build (for
example one built without AMX, whose repacked kernels do not crash here).

    .venv/bin/python bench/load_compare.py [--model PATH] [--gpt4all-python PATH]
                                           [--python PATH] [--prompt N] [--tokens N]
                                           [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GPT4ALL_BATCH = 512  # as the other sides read prompts
FIRST = "<|user|>\nhi<|end|>\n<|assistant|>\n"


def _prompt_text(tokens: int) -> str:
    # About one token per word for every tokenizer here; trimmed by the sides that can.
    return " ".join(f"The lighthouse keeper wrote entry {i} in the log."
                    for i in range(tokens // 10))


def child_llama(path: str, repack: bool, prompt: int, tokens: int) -> dict[str, float]:
    """Raw llama-cpp-python, the app's settings (flash attention, f16 cache, 2 threads)."""
    sys.path.insert(0, str(ROOT))
    import llama_cpp

    from assistant.core.llm.loading import model_loading

    began = time.perf_counter()
    with model_loading(repack=repack):
        llm = llama_cpp.Llama(model_path=path, n_ctx=4096, n_batch=512, flash_attn=True,
                              n_threads=2, n_threads_batch=2, verbose=False)
    loaded = time.perf_counter() - began
    llm.eval(llm.tokenize(FIRST.encode(), add_bos=True, special=True))
    llm.sample()
    first = time.perf_counter() - began
    return {"load": loaded, "first": first, **_time_llama(llm, prompt, tokens)}


def _time_llama(llm: Any, prompt: int, tokens: int) -> dict[str, float]:
    if not prompt:
        return {}
    llm.reset()
    ids = llm.tokenize(_prompt_text(prompt * 2).encode(), add_bos=True)[:prompt]
    began = time.perf_counter()
    llm.eval(ids)
    read = time.perf_counter() - began
    began = time.perf_counter()
    for _ in range(tokens):
        llm.eval([llm.sample()])
    return {"prompt_tps": len(ids) / read, "generate_tps": tokens / (time.perf_counter() - began)}


def child_ours(path: str, prompt: int, tokens: int) -> dict[str, float]:
    """Pequeno's engine, repacking as chosen for a user (measured choice, else off)."""
    import platformdirs

    from assistant.core.llm import speed
    from assistant.core.llm.engine import Engine
    from assistant.core.llm.messages import ChatMessage, GenerationParams

    cache = Path(platformdirs.user_cache_dir("pequeno-bench"))
    repack = speed.repacking("auto", cache, Path(path))
    engine = Engine()
    began = time.perf_counter()
    engine.load(Path(path), repack=repack)
    loaded = time.perf_counter() - began
    params = GenerationParams(temperature=0.0, max_tokens=1, repeat_penalty=1.0)
    for _ in engine.chat([ChatMessage("user", "hi")], params):
        break
    first = time.perf_counter() - began
    llm = engine._llm
    result = {"load": loaded, "first": first, "repack": float(repack)}
    result.update(_time_llama(llm, prompt, tokens))
    return result


def child_gpt4all(path: str, prompt: int, tokens: int) -> dict[str, float]:
    """GPT4All's Python package, CPU, same thread count."""
    from gpt4all import GPT4All  # type: ignore[import-not-found]

    file = Path(path)
    began = time.perf_counter()
    model = GPT4All(file.name, model_path=str(file.parent), allow_download=False, device="cpu",
                    n_threads=2, n_ctx=4096)
    loaded = time.perf_counter() - began
    first = 0.0
    # Never break out of GPT4All's stream: its generator runs the prompt on a thread of its
    # own, and the next generate() then races it (heap corruption, signal 11 or 6 here).
    for _ in model.generate(FIRST, max_tokens=1, streaming=True, temp=0.0):
        first = first or time.perf_counter() - began
    if not prompt:
        return {"load": loaded, "first": first}
    text = " ".join(_prompt_text(prompt * 2).split()[:prompt])
    # GPT4All's Python API has no tokenizer: llama.cpp's count of the same text, from the parent.
    count = int(os.environ.get("LOAD_COMPARE_TOKENS", prompt))
    began = time.perf_counter()
    stamps = []
    for _ in model.generate(text, max_tokens=tokens + 1, streaming=True, temp=0.0,
                            n_batch=GPT4ALL_BATCH):
        stamps.append(time.perf_counter())
    read = stamps[0] - began
    generated = len(stamps) - 1
    return {"load": loaded, "first": first, "prompt_tps": count / read,
            "generate_tps": generated / (stamps[-1] - stamps[0]) if generated else 0.0}


def gpt2_copy(source: Path) -> Path:
    """``source`` with ``tokenizer.ggml.pre = gpt-2``, written once next to it."""
    import gguf

    target = source.with_name(source.stem + "-gpt2pre.gguf")
    if target.is_file():
        return target
    reader = gguf.GGUFReader(source)
    arch = str(bytes(reader.fields["general.architecture"].parts[-1]), "utf-8")
    writer = gguf.GGUFWriter(target.with_suffix(".part"), arch)
    for field in reader.fields.values():
        if field.name.startswith("GGUF.") or field.name == "general.architecture":
            continue
        value: Any = field.contents()
        if field.name == "tokenizer.ggml.pre":
            value = "gpt-2"
        kind = field.types[0]
        sub = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(field.name, value, kind, sub_type=sub)
    for tensor in reader.tensors:
        writer.add_tensor(tensor.name, tensor.data, raw_shape=tensor.data.shape,
                          raw_dtype=tensor.tensor_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    target.with_suffix(".part").replace(target)
    return target


def _token_count(path: Path, prompt: int) -> int:
    """How many tokens llama.cpp reads in GPT4All's prompt (its first ``prompt`` words)."""
    import llama_cpp

    vocab = llama_cpp.Llama(model_path=str(path), vocab_only=True, verbose=False)
    text = " ".join(_prompt_text(prompt * 2).split()[:prompt])
    return len(vocab.tokenize(text.encode(), add_bos=True))


def run_child(python: str, mode: str, path: Path, prompt: int, tokens: int,
              ) -> dict[str, float] | str:
    """One side in a fresh process: its figures, or why it failed."""
    argv = [python, __file__, "--child", mode, "--model", str(path), "--prompt", str(prompt),
            "--tokens", str(tokens)]
    env = dict(os.environ, LOAD_COMPARE_TOKENS=str(_token_count(path, prompt)))
    with tempfile.TemporaryFile() as errors:
        result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=errors, text=True,
                                timeout=1800, check=False, cwd=ROOT, env=env)
    if result.returncode < 0:
        return f"crashed (signal {-result.returncode})"
    if result.returncode:
        return f"failed (exit {result.returncode})"
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--gpt4all-python")
    parser.add_argument("--python", help="a second llama-cpp-python build's interpreter")
    parser.add_argument("--prompt", type=int, default=512)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        file = str(args.model)
        if args.child == "ours":
            measured = child_ours(file, args.prompt, args.tokens)
        elif args.child == "gpt4all":
            measured = child_gpt4all(file, args.prompt, args.tokens)
        else:
            measured = child_llama(file, args.child == "raw-on", args.prompt, args.tokens)
        print(json.dumps(measured))
        return

    from tests.models import phi3_shaped

    path = gpt2_copy(args.model or phi3_shaped("4k"))
    sides: list[tuple[str, str, str]] = [
        ("ours", sys.executable, "ours"), ("repacking off", sys.executable, "raw-off"),
        ("repacking on", sys.executable, "raw-on")]
    if args.python:
        sides += [("off, other build", args.python, "raw-off"),
                  ("on, other build", args.python, "raw-on")]
    if args.gpt4all_python:
        sides.append(("GPT4All 2.8.2", args.gpt4all_python, "gpt4all"))
    print(f"model {path.name}; prompt {args.prompt} tokens, {args.tokens} generated; "
          f"each side in a fresh process, {args.rounds} rounds", flush=True)
    rounds: dict[str, list[dict[str, float]]] = {label: [] for label, _, _ in sides}
    failed: dict[str, str] = {}
    for round_ in range(args.rounds):
        shift = round_ % len(sides)
        for label, python, mode in sides[shift:] + sides[:shift]:
            if label in failed:
                continue
            prompt, tokens = (args.prompt, args.tokens) if round_ == 0 else (0, 0)
            figures = run_child(python, mode, path, prompt, tokens)
            if isinstance(figures, str):
                failed[label] = figures
                print(f"round {round_ + 1} {label:18} {figures}", flush=True)
                continue
            rounds[label].append(figures)
            speed = (f", prompt {figures['prompt_tps']:6.1f} tok/s, generation "
                     f"{figures['generate_tps']:5.2f} tok/s" if "prompt_tps" in figures else "")
            print(f"round {round_ + 1} {label:18} load {figures['load']:6.2f} s, first token "
                  f"{figures['first']:6.2f} s{speed}", flush=True)
    medians: dict[str, dict[str, float]] = {}
    for label, runs in rounds.items():
        if label in failed or not runs:
            continue
        medians[label] = {key: statistics.median(run[key] for run in runs)
                          for key in ("load", "first")}
        medians[label].update({k: v for k, v in runs[0].items() if k.endswith("_tps")})
        print(f"median {label:17} load {medians[label]['load']:6.2f} s, first token "
              f"{medians[label]['first']:6.2f} s (of {len(runs)})")
    ours = medians.get("ours")
    if ours is not None:
        for label, other in medians.items():
            if label != "ours":
                print(f"ours ÷ {label}: first token (median) {ours['first'] / other['first']:.2f}, "
                      f"prompt speed {ours['prompt_tps'] / other['prompt_tps']:.2f}, "
                      f"generation {ours['generate_tps'] / other['generate_tps']:.2f}")


if __name__ == "__main__":
    main()
