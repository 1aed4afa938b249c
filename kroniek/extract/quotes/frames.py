"""Reporting frames in one sentence: which of several frames a clause keeps, and the inner
frame that names the source ("Volgens X …, aldus Y").
"""

from __future__ import annotations

from .context import Cand


def inner_source(cands: list[tuple[int, Cand]]) -> list[tuple[int, Cand]]:
    """Two frames around one clause: the inner one names the source. "Volgens Stoltenberg …,
    aldus woordvoerder Cazalet" is Stoltenberg's view, passed on by his spokesman; "De politie
    liet weten dat …, meldden Russische media" is what the police said. The clause-final cue
    keeps its span and takes the inner frame's speaker."""
    for prio, outer in cands:
        if prio != 0:
            continue
        inner = [
            c
            for p, c in cands
            if p > 0 and c.speaker is not None and outer.start <= c.cue_start < outer.end
        ]
        if inner:
            first = min(inner, key=lambda c: c.cue_start)
            outer.speaker, outer.cue = first.speaker, first.cue
    return cands
