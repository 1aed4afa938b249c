"""`kroniek eval stories`: variant-pair recall and section purity on a headline JSONL file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroniek.evaluation.stories import command, item_documents, score
from kroniek.model import Story

# Made-up headlines in the NU.nl record shape (the real file is copyrighted and stays outside the repo).
ITEMS = [
    {"id": 1, "title": "Dijk bij Venlo houdt stand", "subtitle": None, "published_at": "2021-07-15T08:00:00+02:00",
     "section": "binnenland", "title_variants": ["Maas stijgt, dijk bij Venlo onder druk", "Dijk bij Venlo houdt stand"]},
    {"id": 2, "title": "Limburg evacueert dorpen langs de Maas", "subtitle": None,
     "published_at": "2021-07-15T09:00:00+02:00", "section": "binnenland",
     "title_variants": ["Limburg evacueert dorpen langs de Maas"]},
    {"id": 3, "title": "Ajax wint topper van PSV", "subtitle": "Video", "published_at": "2021-07-15T21:00:00+02:00",
     "section": "voetbal", "title_variants": ["Ajax wint topper van PSV", "Ajax verslaat PSV in topper"]},
]


def test_stories_eval_item_documents_one_per_variant() -> None:
    docs = item_documents(ITEMS[2])
    assert [d.title for d in docs] == ITEMS[2]["title_variants"]
    assert docs[0].text == "Ajax wint topper van PSV\n\nVideo" and docs[0].category == "voetbal"
    assert docs[0].published.value == "2021-07-15T21:00"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("groups", "recall", "purity"),
    [
        pytest.param([["1-0", "1-1", "2-0"], ["3-0", "3-1"]], 1.0, 1.0, id="perfect"),
        pytest.param([["1-0"], ["1-1"], ["2-0"], ["3-0"], ["3-1"]], 0.0, 1.0, id="all singletons"),
        pytest.param([["1-0", "1-1", "2-0", "3-0", "3-1"]], 1.0, 0.6, id="one story mixes sections"),
        pytest.param([["1-0", "3-0"], ["1-1"], ["2-0"], ["3-1"]], 0.0, 0.5, id="wrong pairs"),
    ],
)
def test_stories_eval_score(groups: list[list[str]], recall: float, purity: float) -> None:
    docs = [d for item in ITEMS for d in item_documents(item)]
    stories = [Story(id=f"s{i}", label="", documents=[f"nu-{x}" for x in g]) for i, g in enumerate(groups)]
    s = score(docs, stories)
    assert (s.variant_recall, s.purity, s.variant_pairs) == (recall, purity, 2)


def test_stories_eval_command_prints_json_last(tmp_path: Path) -> None:
    f = tmp_path / "h.jsonl"
    f.write_text("".join(json.dumps(i) + "\n" for i in ITEMS), encoding="utf-8")
    r = CliRunner().invoke(command, [str(f)])
    assert r.exit_code == 0, r.output
    last = json.loads(r.output.strip().splitlines()[-1])
    assert last["eval"] == "stories" and last["documents"] == 5 and last["items"] == 3
    assert 0 <= last["variant_recall"] <= 1 and 0 <= last["purity"] <= 1


@pytest.mark.parametrize(
    ("content", "words"),
    [pytest.param("not json\n", "not a headline record", id="garbage line"), pytest.param("", "no headline records", id="empty")],
)
def test_stories_eval_command_bad_file(tmp_path: Path, content: str, words: str) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(content, encoding="utf-8")
    r = CliRunner().invoke(command, [str(f)])
    assert r.exit_code == 2 and words in r.output
