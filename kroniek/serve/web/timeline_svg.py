"""Geometry of a story's timeline: labels laid out in lanes so that none overlaps another.

Events are drawn above the axis, documents below it, each with a label. Only items whose day is
known are placed on the axis; an item known only to its month or year is not stretched across
the axis but listed beside the picture ("januari 2020"). Labels are given lanes greedily from
the left: a label goes into the first lane whose last label ends before it starts, so lanes
never hold two overlapping boxes (the browser test checks the boxes the browser draws).
``window`` (first, last day) zooms in; the page's brush sets it through ``?van=…&tot=…``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .humanize import human_date

CHAR_W = 6.4  # px per character of the 11 px label font (generous, so estimates do not undercut)
LABEL_CHARS = 34
LANE_H = 22
GAP = 10
MAX_LABELS = 30  # the most salient items get a label; the rest are dots with a tooltip


def _day(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def _lanes(marks: list[dict[str, Any]], width: int) -> int:
    """Give each labelled mark a lane and its label box; returns the number of lanes used."""
    ends: list[float] = []
    for m in sorted(marks, key=lambda m: m["x"]):
        if not m["label"]:
            continue
        w = len(m["label"]) * CHAR_W
        left = m["x"] + 8 if m["x"] + 8 + w <= width - 4 else m["x"] - 8 - w
        left = max(4.0, left)
        lane = next((i for i, end in enumerate(ends) if end + GAP <= left), len(ends))
        if lane == len(ends):
            ends.append(0.0)
        ends[lane] = left + w
        m.update(lane=lane, lx=round(left, 1), lw=round(w, 1))
    return len(ends)


def layout(items: list[dict[str, Any]], *, lang: str, width: int = 900,
           window: tuple[str | None, str | None] = (None, None)) -> dict[str, Any] | None:
    """Timeline geometry for items ({kind: event|doc, label, date, href, rank}); None when empty."""
    lo_w, hi_w = _day(window[0]), _day(window[1])
    dated, coarse = [], []
    for it in items:
        d = _day(it["date"])
        if d is None:
            if it["date"]:
                coarse.append({**it, "human": human_date(it["date"], lang)})
            continue
        if (lo_w and d < lo_w) or (hi_w and d > hi_w):
            continue
        dated.append({**it, "day": d})
    if not dated:
        return {"marks": [], "coarse": coarse, "ticks": [], "width": width, "height": 0} if coarse else None
    lo = lo_w if lo_w else min(m["day"] for m in dated)
    hi = hi_w if hi_w else max(m["day"] for m in dated)
    lo, hi = lo - 1, hi + 1
    pad = 24

    def px(day: float) -> float:
        return round(pad + (day - lo) / (hi - lo) * (width - 2 * pad), 1)

    labelled = {id(m) for m in sorted(dated, key=lambda m: m.get("rank", 0))[:MAX_LABELS]}
    ev = [{**m, "x": px(m["day"]), "full": m["label"], "label": _short(m["label"]) if id(m) in labelled else ""}
          for m in dated if m["kind"] == "event"]
    docs = [{**m, "x": px(m["day"]), "full": m["label"], "label": _short(m["label"]) if id(m) in labelled else ""}
            for m in dated if m["kind"] == "doc"]
    up, down = _lanes(ev, width), _lanes(docs, width)
    axis = 20 + LANE_H * max(up, 1)
    for m in ev:
        m["y"] = axis - 14 - LANE_H * m.get("lane", 0)
    for m in docs:
        m["y"] = axis + 26 + LANE_H * m.get("lane", 0)
    span = hi - lo
    step = max(1, span // 6)
    ticks = [{"x": px(o), "label": human_date(dt.date.fromordinal(o).isoformat(), lang, short=True)}
             for o in range(lo + 1, hi, step)]
    return {"width": width, "height": axis + 40 + LANE_H * max(down, 1), "axis_y": axis, "marks": ev + docs,
            "coarse": coarse, "ticks": ticks, "lo": lo, "hi": hi, "pad": pad,
            "zoomed": bool(lo_w or hi_w)}
