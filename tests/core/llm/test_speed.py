"""Measuring a model both ways (weight repacking on and off) and choosing, on real models."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.core.llm import speed
from assistant.core.llm.speed import SpeedFigures, SpeedProfile

QUICK = SpeedFigures(load_seconds=1.0, prompt_seconds=0.01, prompt_growth=0.0,
                     generate_seconds=0.05)
SLOW = SpeedFigures(load_seconds=10.0, prompt_seconds=0.02, prompt_growth=0.0,
                    generate_seconds=0.05)

# Runs Pequeno's command line, except that the repacked probe crashes the way llama.cpp's
# AMX kernels do on some Xeons: the measurement must survive it and never choose that way.
CRASHING = """
import os, signal, sys
if "on" in sys.argv:
    os.kill(os.getpid(), signal.SIGSEGV)
from assistant.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_way_that_crashes_is_recorded_and_never_chosen(starter_model: Path,
                                                          tmp_path: Path) -> None:
    script = tmp_path / "crashing.py"
    script.write_text(CRASHING, encoding="utf-8")

    profile = speed.measure(starter_model, command=[sys.executable, str(script)])

    assert profile.plain is not None
    assert profile.repacked is None
    assert profile.repacked_error == "signal 11"
    assert not profile.repack
    # The real probe timed the starter model: a load, and prompt tokens cheaper than replies.
    assert profile.plain.load_seconds > 0
    assert 0 < profile.plain.prompt_seconds < profile.plain.generate_seconds
    assert profile.plain.prompt_growth >= 0
    # A user's "on" is not obeyed for a model seen to crash with it.
    speed.save_profile(tmp_path, starter_model, profile)
    assert not speed.repacking("on", tmp_path, starter_model)
    assert not speed.repacking("auto", tmp_path, starter_model)


def test_the_quicker_way_for_a_chat_session_is_chosen() -> None:
    assert SpeedProfile(plain=SLOW, repacked=QUICK).repack
    assert not SpeedProfile(plain=QUICK, repacked=SLOW).repack
    assert not SpeedProfile(plain=QUICK, repacked=None, repacked_error="timeout").repack
    # Prompts cost more the deeper they start (attention reads every earlier token).
    deep = SpeedFigures(1.0, 0.01, 1e-5, 0.05)
    assert deep.prompt_time(1000, depth=8000) > deep.prompt_time(1000) > 1000 * 0.01


def test_a_profile_is_kept_per_file_and_a_changed_file_is_measured_again(
        tmp_path: Path, starter_model: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(starter_model.read_bytes()[:1_000_000])
    cache = tmp_path / "cache"
    profile = SpeedProfile(plain=SLOW, repacked=QUICK)

    speed.save_profile(cache, model, profile)

    assert speed.cached_profile(cache, model) == profile
    assert speed.repacking("auto", cache, model)
    assert not speed.repacking("off", cache, model)
    os.utime(model, ns=(1, 1))  # a new file under the same name
    assert speed.cached_profile(cache, model) is None
    assert not speed.repacking("auto", cache, model)  # unmeasured: off, safe everywhere
    assert speed.repacking("on", cache, model)


def test_an_unreadable_cache_means_unmeasured(tmp_path: Path, starter_model: Path) -> None:
    (tmp_path / speed.CACHE_FILE).write_text("{not json", encoding="utf-8")
    assert speed.cached_profile(tmp_path, starter_model) is None
    (tmp_path / speed.CACHE_FILE).write_text(json.dumps({"x": 1}), encoding="utf-8")
    assert speed.cached_profile(tmp_path, starter_model) is None
    speed.save_profile(tmp_path, starter_model, SpeedProfile(plain=QUICK, repacked=None))
    assert speed.cached_profile(tmp_path, starter_model) is not None


def test_pequeno_models_measure_times_the_model_and_keeps_the_choice(
        starter_model: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "assistant", "models", "measure",
                             str(starter_model), "--json"], capture_output=True, text=True,
                            timeout=600, check=False)

    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["plain"]["load_seconds"] > 0
    # Whatever this CPU does with repacking, the choice is the measured one.
    profile = SpeedProfile.from_dict(printed)
    assert printed["repack"] is profile.repack
    from assistant.core.paths import resolve_paths

    assert speed.cached_profile(resolve_paths(None).cache, starter_model) == profile
