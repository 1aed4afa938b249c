"""``run_ahead``: results in input order, computed in a thread ahead of the consumer, bounded,
errors at their turn, and nothing left waiting when the consumer stops early."""

from __future__ import annotations

import threading

import pytest

from kroniek.analyse.ahead import run_ahead

WAIT = 20.0  # seconds a test waits for the other thread before it counts as never coming


def test_ahead_results_in_input_order_whatever_finishes_first() -> None:
    # The first item is the slowest: with two workers the second finishes before it, yet comes after.
    first_done = threading.Event()

    def work(i: int) -> int:
        if i == 0:
            first_done.wait(WAIT)
        elif i == 1:
            first_done.set()
        return i * 10

    assert list(run_ahead(work, range(5), workers=2)) == [0, 10, 20, 30, 40]


def test_ahead_computes_the_next_item_while_the_consumer_works() -> None:
    log: list[str] = []
    started_1 = threading.Event()

    def work(i: int) -> int:
        log.append(f"work {i}")
        if i == 1:
            started_1.set()
        return i

    for i in run_ahead(work, range(3)):
        if i == 0:
            assert started_1.wait(WAIT), "item 1 did not start while the consumer held item 0"
        log.append(f"consume {i}")
    assert log.index("work 1") < log.index("consume 0")


def test_ahead_holds_at_most_depth_items_beyond_the_consumer() -> None:
    drawn: list[int] = []

    def items():
        for i in range(100):
            drawn.append(i)
            yield i

    gen = run_ahead(lambda i: i, items(), workers=1, depth=2)
    assert next(gen) == 0
    assert len(drawn) <= 3  # the item handed out and at most two ahead
    gen.close()


def test_ahead_error_raised_at_its_turn_after_earlier_results() -> None:
    def work(i: int) -> int:
        if i == 2:
            raise ValueError("item 2 is bad")
        return i

    got: list[int] = []
    with pytest.raises(ValueError, match="item 2 is bad"):
        for i in run_ahead(work, range(5)):
            got.append(i)
    assert got == [0, 1]


def test_ahead_consumer_stopping_early_cancels_what_has_not_started() -> None:
    release = threading.Event()
    ran: list[int] = []

    def work(i: int) -> int:
        ran.append(i)
        if i == 1:
            release.wait(WAIT)
        return i

    gen = run_ahead(work, range(50), workers=1, depth=3)
    assert next(gen) == 0
    gen.close()  # returns at once although item 1 is still running
    release.set()
    for t in threading.enumerate():
        if t.name.startswith("kroniek-ahead"):
            t.join(WAIT)
            assert not t.is_alive()
    assert max(ran) <= 1  # the queued items 2 and 3 never ran
