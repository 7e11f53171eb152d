"""The memory that keeps left conversations warm: wiped, reused, readied within a budget."""

from __future__ import annotations

import ctypes

import numpy as np

from assistant.core.llm.warm import Buffer, SavedState, WarmStates, capacity_for

MIB = 2**20


def _state(size: int, fill: int = 0x5A) -> SavedState:
    """A saved state of ``size`` bytes whose cache bytes are all ``fill``."""
    buffer = Buffer(capacity_for(size))
    ctypes.memset(ctypes.addressof(buffer.pointer().contents), fill, size)
    return SavedState(np.arange(8, dtype=np.intc), buffer, size, regime=False)


def test_a_wiped_state_leaves_nothing_of_the_conversation_in_its_memory() -> None:
    state = _state(3 * MIB)
    held = state.buffer
    assert held is not None
    assert held.read(16) == b"\x5a" * 16

    buffer = state.wipe()

    assert buffer is held
    assert buffer.read(buffer.capacity) == bytes(buffer.capacity)
    assert state.buffer is None


def test_memory_given_back_is_reused_for_the_next_state_that_fits() -> None:
    states = WarmStates(lambda: 1 << 40)
    buffer = states.buffer(4 * MIB)
    assert buffer.capacity >= 4 * MIB

    states.give_back(buffer)

    assert states.buffer(4 * MIB) is buffer
    states.give_back(buffer)
    bigger = states.buffer(buffer.capacity + 1)
    assert bigger is not buffer
    assert bigger.capacity > buffer.capacity


def test_of_two_buffers_given_back_the_larger_is_kept() -> None:
    states = WarmStates(lambda: 1 << 40)
    small, large = Buffer(2 * MIB), Buffer(8 * MIB)

    states.give_back(large)
    states.give_back(small)

    assert states.spare_bytes == 8 * MIB
    assert small.capacity == 0  # released to the system


def test_a_spare_is_readied_in_the_background_within_the_budget() -> None:
    budget = [64 * MIB]
    states = WarmStates(lambda: budget[0])

    states.prepare(10 * MIB)

    assert states.spare_bytes == capacity_for(10 * MIB)
    spare = states.buffer(10 * MIB)
    assert spare.read(spare.capacity) == bytes(spare.capacity)
    states.give_back(spare)
    budget[0] = 8 * MIB
    states.clear(release=True)
    states.prepare(10 * MIB)
    assert states.spare_bytes == 0  # beyond the budget: nothing readied


def test_when_the_budget_shrinks_the_spare_goes_before_any_conversation() -> None:
    budget = [64 * MIB]
    states = WarmStates(lambda: budget[0])
    state = _state(8 * MIB)
    assert states.keep(state)
    states.give_back(Buffer(16 * MIB))
    assert states.spare_bytes == 16 * MIB

    budget[0] = 12 * MIB
    states.trim()

    assert states.spare_bytes == 0
    assert len(states) == 1
    budget[0] = 4 * MIB
    states.trim()
    assert len(states) == 0
    assert state.buffer is None


def test_a_state_larger_than_the_budget_is_wiped_not_kept() -> None:
    states = WarmStates(lambda: 2 * MIB)
    state = _state(3 * MIB)

    assert not states.keep(state)

    assert len(states) == 0
    assert state.buffer is None
    assert not states.room_for(3 * MIB)
    assert states.room_for(MIB)


def test_clearing_wipes_every_state_and_can_release_the_spare() -> None:
    states = WarmStates(lambda: 1 << 40)
    kept = [_state(MIB), _state(2 * MIB)]
    for state in kept:
        states.keep(state)
    states.give_back(Buffer(4 * MIB))

    states.clear()

    assert len(states) == 0
    assert all(state.buffer is None for state in kept)
    assert states.spare_bytes == 4 * MIB  # it holds nothing: kept for the next state
    states.clear(release=True)
    assert states.spare_bytes == 0
