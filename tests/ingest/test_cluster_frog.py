"""kroniek ingest --workers with real Frog: a worker's own Frog server gives the same analysis as
the Frog of this process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.chronicle import Chronicle
from kroniek.extract.coref import Coreference
from kroniek.extract.docdate import DocDate
from kroniek.extract.events import EventExtractor
from kroniek.extract.ner import CrfNer
from kroniek.extract.quotes import QuoteExtractor
from kroniek.extract.timex import TimexTagger
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# Written for this test: a quote with a named speaker, an arrest, a date and places.
TEXTS = [
    "De politie heeft dinsdag in Arnhem een 34-jarige man aangehouden na een steekpartij. "
    "\"We onderzoeken wat de aanleiding was\", zei een woordvoerder van de politie.",
    "Minister Hoekstra maakte woensdag bekend dat het kabinet 200 miljoen euro uittrekt voor "
    "de jeugdzorg. \"Gemeenten kunnen dit geld goed gebruiken\", zei Hoekstra in Den Haag.",
]


def _jsonl(tmp_path: Path) -> str:
    path = tmp_path / "items.jsonl"
    rows = [{"title": f"Bericht {i}", "text": t, "published": "2019-05-14"} for i, t in enumerate(TEXTS)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def _layers(chron: Chronicle, ids: list[str]) -> list[tuple]:
    out = []
    for i in ids:
        d = chron.store.get_document(i)
        assert d is not None
        out.append(([(t.start, t.end, t.pos, t.head) for t in d.tokens],
                    sorted((m.start, m.end, m.type) for m in d.mentions),
                    [(q.start, q.end) for q in d.quotes], [(e.start, e.end) for e in d.events]))
    return out


def test_cluster_frog_worker_analyses_like_this_process(tmp_path: Path, frog) -> None:
    here = Chronicle(str(tmp_path / "here.db"), Settings(), pipeline=Pipeline(
        [DocDate(), FrogAnnotator(backend=frog), CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(), EventExtractor()]))
    spread = Chronicle(str(tmp_path / "spread.db"), Settings())
    with here, spread:
        a = here.ingest([_jsonl(tmp_path)])
        b = spread.ingest([_jsonl(tmp_path)], workers=1)
        assert a.ok and b.ok and a.added == b.added
        local, remote = _layers(here, a.added), _layers(spread, b.added)
    assert all(toks and quotes and events for toks, _m, quotes, events in remote)
    assert remote == local
