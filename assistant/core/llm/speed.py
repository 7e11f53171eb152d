"""How fast a model runs on this machine, and whether llama.cpp should repack its weights.

llama.cpp can repack 4-bit weights at load into layouts for the CPU's vector units (its
"extra buffer types"). Whether that pays depends on the CPU: it costs seconds of load and a
second copy of the weights, may speed generation up or prompts down, and on some CPUs (AMX
Xeons, llama-cpp-python 0.3.36) crashes the process in the first decode. So each way is
measured once per model in a child process (a crash costs only the child), and the figures are
cached: the engine then loads the faster way for a chat session, unless a setting says
otherwise. The figures are also a cost model (prompt speed falls with depth on a CPU) for
whoever plans work by time.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.llm.loading import (
    N_BATCH,
    model_loading,
    route_llama_logs,
    without_chat_template_compilation,
)
from assistant.core.models import memory
from assistant.core.models.info import inspect_model

if TYPE_CHECKING:
    import llama_cpp

log = logging.getLogger(__name__)

# What the probe evaluates: a prompt of PROBE_PROMPT tokens in batches of PROBE_BATCH. The
# first batch only warms up (its time includes the first touch of every weight page); the
# others give the prompt cost as a line in depth. Replies are timed at two depths (after the
# first batch and at the end), PROBE_GENERATE tokens each: on a CPU their cost grows with depth
# far faster than a prompt token's (attention reads the whole cache for each one), and how
# much depends on the cache type (f16 against q8_0 differ by 3x here).
PROBE_PROMPT = 2048
PROBE_BATCH = 256
PROBE_GENERATE = 8
PROBE_TIMEOUT = 900.0  # seconds for one way; a 3.8B model takes about a minute here
# A chat session, for choosing a way: one load, then this many prompt and reply tokens.
SESSION_PROMPT = 2000
SESSION_REPLY = 1000
CACHE_FILE = "speed-profiles.json"
PROFILE_VERSION = 2  # profiles of another version were measured differently: measured again
SETTING_VALUES = ("auto", "on", "off")


@dataclass(frozen=True)
class SpeedFigures:
    """One way of loading a model, measured.

    Attributes:
        load_seconds: From nothing to a model ready to read a prompt.
        prompt_seconds: Seconds a prompt token takes at depth 0.
        prompt_growth: Seconds a prompt token's cost grows per token of depth before it.
        generate_seconds: Seconds a generated token takes at depth 0.
        generate_growth: Seconds a generated token's cost grows per token of depth.

    """

    load_seconds: float
    prompt_seconds: float
    prompt_growth: float
    generate_seconds: float
    generate_growth: float = 0.0

    def prompt_time(self, tokens: int, depth: int = 0) -> float:
        """Seconds to read ``tokens`` prompt tokens after ``depth`` tokens already read."""
        return tokens * self.prompt_seconds + self.prompt_growth * (
            tokens * depth + tokens * tokens / 2)

    def generate_time(self, tokens: int, depth: int) -> float:
        """Seconds to write ``tokens`` tokens after a prompt of ``depth`` tokens."""
        return tokens * (self.generate_seconds + self.generate_growth * (depth + tokens / 2))

    def session_time(self) -> float:
        """Seconds for a chat session: one load, then a typical amount of reading and writing."""
        return (self.load_seconds + self.prompt_time(SESSION_PROMPT)
                + self.generate_time(SESSION_REPLY, SESSION_PROMPT))


@dataclass(frozen=True)
class SpeedProfile:
    """A model measured both ways on this machine.

    Attributes:
        plain: Without repacking (``None`` if it failed).
        repacked: With repacking (``None`` if it failed: see ``repacked_error``).
        repacked_error: Why the repacked way failed (a crash, a timeout), if it did.

    """

    plain: SpeedFigures | None
    repacked: SpeedFigures | None
    repacked_error: str | None = None

    @property
    def repack(self) -> bool:
        """Whether repacking makes a chat session quicker (only if it worked at all)."""
        if self.repacked is None:
            return False
        if self.plain is None:
            return True
        return self.repacked.session_time() < self.plain.session_time()

    @property
    def chosen(self) -> SpeedFigures | None:
        """The figures of the way :attr:`repack` chooses."""
        return self.repacked if self.repack else self.plain

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {"plain": asdict(self.plain) if self.plain else None,
                "repacked": asdict(self.repacked) if self.repacked else None,
                "repacked_error": self.repacked_error, "repack": self.repack}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpeedProfile:
        """The profile :meth:`as_dict` wrote (raises ``ValueError`` on anything else)."""
        def figures(value: Any) -> SpeedFigures | None:
            if value is None:
                return None
            if not isinstance(value, dict):
                raise ValueError("not a speed figure")
            numbers = {key: float(value[key]) for key in
                       ("load_seconds", "prompt_seconds", "prompt_growth", "generate_seconds",
                        "generate_growth")}
            return SpeedFigures(**numbers)

        error = data.get("repacked_error")
        return cls(figures(data.get("plain")), figures(data.get("repacked")),
                   str(error) if error is not None else None)


def probe(path: Path, *, repack: bool, threads: int | None = None) -> SpeedFigures:
    """Load ``path`` one way in this process and time a prompt and a reply.

    Run it in a child process (:func:`measure` does): a crash of llama.cpp ends the process.
    """
    import llama_cpp

    route_llama_logs()
    info = inspect_model(path)
    cache = memory.cache_type_for(info, min(memory.available_bytes(), memory.usable_bytes()))
    threads = threads or memory.physical_cores()
    n_ctx = PROBE_PROMPT + 2 * PROBE_GENERATE + memory.CONTEXT_STEP
    start = time.perf_counter()
    with model_loading(repack=repack), without_chat_template_compilation():
        llm = llama_cpp.Llama(model_path=str(path), n_ctx=n_ctx, n_batch=N_BATCH,
                              n_threads=threads, n_threads_batch=threads, flash_attn=True,
                              type_k=cache.ggml_type, type_v=cache.ggml_type, verbose=False)
    loaded = time.perf_counter() - start
    try:
        return time_prompt_and_replies(llm, loaded, PROBE_PROMPT)
    finally:
        llm.close()


def time_prompt_and_replies(llm: llama_cpp.Llama, load_seconds: float,
                            prompt: int) -> SpeedFigures:
    """Time ``prompt`` tokens (in batches) and replies at two depths, in ``llm``'s empty context.

    Leaves the context holding the probe's tokens.
    """
    text = b" ".join(b"The lighthouse keeper wrote down the weather every hour."
                     for _ in range(prompt // 8))
    tokens = llm.tokenize(text, add_bos=True)[:prompt]
    if len(tokens) < prompt or prompt < 3 * PROBE_BATCH:
        raise ValueError("the probe text is too short for this tokenizer")
    llm.reset()  # type: ignore[no-untyped-call]
    llm.eval(tokens[:PROBE_BATCH])  # warming up: not timed
    shallow = _time_replies(llm, tokens[1])
    timed: list[tuple[float, float]] = []  # (a batch's middle depth, seconds per token)
    for start in range(PROBE_BATCH, prompt, PROBE_BATCH):
        batch = tokens[start:start + PROBE_BATCH]
        depth = llm.n_tokens
        began = time.perf_counter()
        llm.eval(batch)
        timed.append((depth + (len(batch) - 1) / 2, (time.perf_counter() - began) / len(batch)))
    deep_depth = llm.n_tokens
    deep = _time_replies(llm, tokens[1])
    # Costs grow linearly with depth (attention); noise must not make them fall.
    prompt_seconds, prompt_growth = _line(timed)
    generate_growth = max(0.0, (deep - shallow) / (deep_depth - PROBE_BATCH))
    return SpeedFigures(load_seconds, max(prompt_seconds, 1e-6), prompt_growth,
                        max(shallow - generate_growth * PROBE_BATCH, 1e-6), generate_growth)


def _time_replies(llm: llama_cpp.Llama, token: int) -> float:
    """Seconds one generated token takes at the context's depth (the first one not timed)."""
    llm.eval([token])
    began = time.perf_counter()
    for _ in range(PROBE_GENERATE):
        llm.eval([token])
    return (time.perf_counter() - began) / PROBE_GENERATE


def _line(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares intercept and slope (never below 0) of ``points``."""
    count = len(points)
    mean_x = sum(x for x, _ in points) / count
    mean_y = sum(y for _, y in points) / count
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0
    slope = max(0.0, slope)
    return mean_y - slope * mean_x, slope


def self_command() -> list[str]:
    """The command that runs Pequeno's command line (the bundle's binary, or ``-m``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "assistant"]


def measure(path: Path, *, threads: int | None = None,
            command: Sequence[str] | None = None, timeout: float = PROBE_TIMEOUT
            ) -> SpeedProfile:
    """Measure ``path`` both ways, each in a child process (``pequeno models probe``)."""
    base = list(command) if command is not None else self_command()
    results: dict[bool, SpeedFigures | None] = {}
    error: str | None = None
    for repack in (False, True):
        argv = [*base, "models", "probe", str(path), "--repack", "on" if repack else "off"]
        if threads:
            argv += ["--threads", str(threads)]
        figures, problem = _run_probe(argv, timeout)
        results[repack] = figures
        if repack and problem:
            error = problem
        if problem:
            log.info("the %s probe failed: %s", "repacked" if repack else "plain", problem)
    return SpeedProfile(results[False], results[True], error)


def _run_probe(argv: list[str], timeout: float) -> tuple[SpeedFigures | None, str | None]:
    environment = dict(os.environ, PYTHONFAULTHANDLER="0")
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                                check=False, env=environment)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    except OSError as exc:
        return None, f"OSError {exc.errno}"
    if result.returncode < 0:
        return None, f"signal {-result.returncode}"
    if result.returncode != 0:
        return None, f"exit {result.returncode}"
    try:
        data = json.loads(result.stdout.strip().splitlines()[-1])
        return SpeedProfile.from_dict({"plain": data}).plain, None
    except (ValueError, IndexError, KeyError, TypeError):
        return None, "unreadable output"


def profile_key(path: Path, threads: int | None = None) -> str:
    """What a profile holds for: the file (path, size, time), llama.cpp and the CPU use."""
    stat = path.stat()
    try:
        engine = importlib.metadata.version("llama_cpp_python")
    except importlib.metadata.PackageNotFoundError:  # a bundle without the metadata
        engine = "?"
    identity = (f"{PROFILE_VERSION}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{engine}|"
                f"{threads or memory.physical_cores()}")
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def cached_profile(cache_dir: Path, path: Path, threads: int | None = None
                   ) -> SpeedProfile | None:
    """The profile measured for ``path`` before, if any (and still readable)."""
    try:
        stored = json.loads((cache_dir / CACHE_FILE).read_text(encoding="utf-8"))
        return SpeedProfile.from_dict(stored[profile_key(path, threads)])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save_profile(cache_dir: Path, path: Path, profile: SpeedProfile,
                 threads: int | None = None) -> None:
    """Keep ``profile`` for ``path`` (a failure to write is only logged)."""
    file = cache_dir / CACHE_FILE
    try:
        stored = json.loads(file.read_text(encoding="utf-8")) if file.is_file() else {}
        if not isinstance(stored, dict):
            stored = {}
    except (OSError, ValueError):
        stored = {}
    stored[profile_key(path, threads)] = profile.as_dict()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = file.with_suffix(".tmp")
        partial.write_text(json.dumps(stored, indent=1), encoding="utf-8")
        partial.replace(file)
    except OSError as exc:
        log.warning("could not keep the speed profile (errno %s)", exc.errno)


def repacking(setting: str, cache_dir: Path, path: Path, threads: int | None = None) -> bool:
    """Whether to load ``path`` with repacking.

    The setting (``on``/``off``), else the choice measured for this model, else off (safe
    everywhere). ``on`` is not obeyed for a model whose repacked load was seen to crash.
    """
    if setting == "off":
        return False
    profile = cached_profile(cache_dir, path, threads)
    if setting == "on":
        return profile is None or profile.repacked is not None \
            or not (profile.repacked_error or "").startswith("signal")
    return profile.repack if profile is not None else False


def figures_for(engine: Any, cache_dir: Path | None) -> SpeedFigures | None:
    """The loaded model's speed figures: kept from before, else measured now and kept.

    ``engine`` is an :class:`assistant.core.llm.engine.Engine`; measuring takes a few seconds
    (about a minute for a 3.8B model here), once per model and way of loading.
    """
    info = engine.info
    if info is None or not hasattr(engine, "measure_speed"):
        return None
    profile = cached_profile(cache_dir, info.path) if cache_dir is not None else None
    repacked = bool(engine.repacked)
    if profile is not None:
        kept = profile.repacked if repacked else profile.plain
        if kept is not None:
            return kept
    figures: SpeedFigures | None = engine.measure_speed()
    if figures is None:
        return None
    if cache_dir is not None:
        profile = profile or SpeedProfile(None, None)
        profile = SpeedProfile(profile.plain if repacked else figures,
                               figures if repacked else profile.repacked,
                               profile.repacked_error)
        save_profile(cache_dir, info.path, profile)
    return figures
