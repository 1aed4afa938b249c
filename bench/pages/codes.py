"""Scan every page of a store for what a reader must never see: internal codes and hash ids.

    python bench/pages/codes.py --db kroniek.db

Renders every story (with and without the tail), event, entity and document page and the list
pages, in Dutch and in English, and looks in the visible text and in tooltips for TIMEX3 codes
(PRESENT_REF, XXXX-…), entity tags (PER, LOC, ORG, MISC), kroniek's English event-type and
factuality codes (Dutch pages only: in English "attack" is simply the word) and the fallback
"onbepaalde tijd" (a date shape the pages could not word), and for document/entity/story/event
ids in visible text. Prints each hit and a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import re
import warnings

from kroniek.serve.web.humanize import EVENT_TYPES

BASE = r"PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-|PER|LOC|MISC|ORG|asserted|onbepaalde tijd|an unstated time"
IDS = re.compile(r"\b[desv]-[0-9a-f]{16}\b")


def _codes(lang: str) -> re.Pattern[str]:
    words = BASE + ("|" + "|".join(sorted(EVENT_TYPES["en"])) if lang == "nl" else "")
    return re.compile(r">[^<]*\b(" + words + r")\b[^<]*<")


def main() -> int:
    warnings.filterwarnings("ignore")
    from fastapi.testclient import TestClient

    from kroniek.serve.app import create_app

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="kroniek.db")
    a = ap.parse_args()
    c = TestClient(create_app(a.db))
    api = {k: c.get(f"/api/{k}", params={"limit": 500, "all": 1}).json()[k] for k in ("stories", "events", "entities", "documents")}
    paths = ["/", "/timeline", "/timeline?all=1", "/quotes", "/documents", "/entities", "/search?q=de"]
    paths += [f"/stories/{s['id']}{q}" for s in api["stories"] for q in ("", "?all=1")]
    paths += [f"/events/{e['id']}" for e in api["events"]] + [f"/entities/{e['id']}" for e in api["entities"]]
    paths += [f"/documents/{d['id']}" for d in api["documents"]]
    hits = 0
    for lang in ("nl", "en"):
        codes = _codes(lang)
        for p in paths:
            r = c.get(p, params={"lang": lang})
            page = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", r.text, flags=re.S)
            tips = " ".join(f">{t}<" for t in re.findall(r'title="([^"]*)"', page))
            found = [m.group(0)[:100] for m in codes.finditer(page + tips)]
            found += IDS.findall(re.sub(r"<[^>]+>", " ", page))
            for f in found:
                print(f"{lang} {p}: {f}")
            hits += len(found) + (r.status_code != 200)
    print(json.dumps({"bench": "page-codes", "db": a.db, "pages": len(paths) * 2, "hits": hits}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
