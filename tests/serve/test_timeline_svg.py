"""The story timeline's layout: no two labels overlap, coarse dates are not stretched across the axis."""

from __future__ import annotations

import pytest

from kroniek.serve.web.timeline_svg import CHAR_W, layout


def _items(n: int, day: str = "2020-01-0{}") -> list[dict]:
    return [{"kind": "event", "label": f"gebeurtenis nummer {i} met een lang label", "date": day.format(3 + i % 4),
             "href": f"/events/v-{i}", "rank": i} for i in range(n)]


def _overlaps(marks: list[dict]) -> int:
    boxes = [(m["lx"], m["lx"] + m["lw"], m["y"]) for m in marks if m["label"]]
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a[2] == b[2] and a[0] < b[1] and b[0] < a[1])


@pytest.mark.parametrize(
    "n",
    [
        pytest.param(1, id="one event"),
        pytest.param(12, id="a dozen on four days"),
        pytest.param(40, id="more than get a label"),
    ],
)
def test_timeline_svg_labels_never_overlap(n: int) -> None:
    tl = layout(_items(n), lang="nl")
    assert tl is not None and _overlaps(tl["marks"]) == 0
    assert all(m["lx"] >= 0 and m["lx"] + m["lw"] <= tl["width"] for m in tl["marks"] if m["label"])
    assert all(m["lw"] >= len(m["label"]) * CHAR_W - 0.1 for m in tl["marks"] if m["label"])


def test_timeline_svg_month_and_year_items_are_listed_not_drawn() -> None:
    items = [*_items(2), {"kind": "event", "label": "inzet in Irak", "date": "2020", "href": "/events/v-y", "rank": 9},
             {"kind": "doc", "label": "NOS", "date": "2020-01", "href": "/documents/d-1", "rank": 10}]
    tl = layout(items, lang="nl")
    assert tl is not None
    assert {m["href"] for m in tl["marks"]} == {"/events/v-0", "/events/v-1"}
    assert [(c["label"], c["human"]) for c in tl["coarse"]] == [("inzet in Irak", "2020"), ("NOS", "januari 2020")]


def test_timeline_svg_window_zooms_in() -> None:
    tl = layout(_items(8), lang="nl", window=("2020-01-04", "2020-01-05"))
    assert tl is not None and tl["zoomed"]
    assert {m["date"] for m in tl["marks"]} == {"2020-01-04", "2020-01-05"}
