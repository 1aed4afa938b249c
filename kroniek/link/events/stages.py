"""The round or session of a contest a mention tells of: a tournament's rounds and a race weekend's
sessions are happenings of their own, told on consecutive days with the same players and names.

A mention's stage is the round its own word names ("de kwartfinale", "de kwalificatie"), else the
one round its sentence tells it was played in. A round reached ("plaatst zich voor de halve finale",
"naar de finale", "bereikt de tweede ronde") was won in the round before it. Two mentions from two
texts whose stages differ are two happenings (similarity._apart).
"""

from __future__ import annotations

import re

# Rounds of a knock-out tournament, counted back from the final (0), and numbered rounds.
_FINAL_ROUNDS = {"zestiende": -4, "achtste": -3, "kwart": -2, "halve": -1, "": 0}
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5}
_FINAL = re.compile(r"\b(?:(zestiende|achtste|kwart|halve)[ -]?)?(?:finale|eindstrijd)s?\b", re.I)
_ROUND = re.compile(r"\b(eerste|tweede|derde|vierde|vijfde) ronde\b", re.I)
_QUALIFYING = re.compile(r"\bkwalificatie(?:s|sessie|training|race)?\b", re.I)
# "voor de", "naar de", "haalt de", "staat … in de" right before the round: reached (the round
# before was won); any other round word names the round played.
_REACHED = re.compile(r"(?:\b(?:voor|naar|bereikt\w*|haalt|haalde|halen)\s+(?:de\s+)?"
                      r"|\b(?:staa?t|staan|stond(?:en)?)\b.{0,30}\bin\s+de\s+)$", re.I)


def _round_spans(text: str) -> list[tuple[int, int, str]]:
    """Every round word of a text: (start, end, stage)."""
    found: list[tuple[int, int, str]] = []
    for m in _FINAL.finditer(text):
        found.append((m.start(), m.end(), f"final{_FINAL_ROUNDS[(m.group(1) or '').lower()]}"))
    for m in _ROUND.finditer(text):
        found.append((m.start(), m.end(), f"round{_ORDINALS[m.group(1).lower()]}"))
    for m in _QUALIFYING.finditer(text):
        found.append((m.start(), m.end(), "qualifying"))
    return found


# Verbs that tell a round reached ("heeft de derde ronde bereikt", "plaatste zich voor de finale").
REACHING = frozenset({"bereiken", "plaatsen", "halen", "doordringen", "doorstoten"})


def _played(text: str, start: int, stage: str, reaching: bool) -> str:
    """The round played, given a round word at ``start``: a round reached was won in the one before."""
    if not (reaching or _REACHED.search(text[max(0, start - 50):start])):
        return stage
    if stage.startswith("final"):
        return f"final{int(stage[5:]) - 1}"
    if stage.startswith("round"):
        return f"round{int(stage[5:]) - 1}"
    return stage


def other_stages(a: str, b: str) -> bool:
    """Two stages that cannot be one round: both counted on one scale (back from the final, or
    numbered from the first round) and different, or a qualifying and a round. A numbered round
    and a round before the final may be the same ("derde ronde" / "achtste finale")."""
    if not (a and b) or a == b:
        return False
    if "qualifying" in (a, b):
        return True
    return a[:5] == b[:5]


def stage_of(lemma: str, sent_text: str, offset: int) -> str:
    """The stage of a mention whose word is ``lemma`` at ``offset`` in its sentence; "" when none or
    when the sentence names several."""
    spans = _round_spans(sent_text)
    own = [stage for s, e, stage in spans if s <= offset < e] or [stage for _, _, stage in _round_spans(lemma.replace("_", " "))]
    if own:
        return own[0]  # "de kwartfinale", "de halve finales": the word names its round
    reaching = lemma in REACHING
    played = {_played(sent_text, s, stage, reaching) for s, _, stage in spans}
    return played.pop() if len(played) == 1 else ""
