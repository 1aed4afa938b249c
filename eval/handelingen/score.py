#!/usr/bin/env python3
"""Handelingen quotes: does each spoken paragraph of the minutes come out as a quote of its own,
with the right speaker and party?

The gold (``debate_dev.json``) is an invented debate written in the Handelingen's layout: turns
with the speaker's label in parts (prefix, surname, party, a minister's office), an interruption
flag, and the paragraphs spoken; a paragraph opening with "~" is the minutes' own voice (a stage
direction, the chair's closing formula), no one's quote. This writes the debate as the page
officielebekendmakingen.nl serves and as its XML, reads each as ``kroniek ingest`` does, runs
the quote finder and counts, over the spoken paragraphs:

* ``speaker``: paragraphs whose turn quotes (the one holding it, or a long paragraph's groups)
  all have the gold speaker's surname as speaker ("voorzitter" for the chair), and ``party``:
  those whose turn carries the gold party;
* ``own_quotes``: paragraphs the turn quotes tile exactly (one quote, or a long paragraph's
  sentence groups), no quote running past the paragraph;
* ``own_voice_quoted``: own-voice paragraphs that stand inside a quote (should be 0);
* ``interruptions``: turns whose "interrupts" mark agrees with the gold flag.

It prints one JSON line per form and, last, the totals.
Run: python3 eval/handelingen/score.py [--gold eval/handelingen/debate_dev.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kroniek.extract.quotes.component import find_quotes  # noqa: E402
from kroniek.ingest import iter_inputs  # noqa: E402
from kroniek.model import Document  # noqa: E402
from kroniek.settings import Settings  # noqa: E402

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]  # fmt: skip
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _label(t: dict[str, Any]) -> str:
    if t["name"] == "voorzitter":
        return "De voorzitter"
    return f"{t['prefix']} {t['name']}" + (f" ({t['party']})" if t.get("party") else "")


def _printed(p: str) -> str:
    return p.removeprefix("~")


def page(gold: dict[str, Any]) -> str:
    """The debate as its page: DC metadata, header, title, one div per turn, label in bold."""
    day = dt.date.fromisoformat(gold["day"])
    meeting = f"{gold['meeting']}e vergadering, {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    turns = []
    for t in gold["turns"]:
        label = html.escape(_label(t)).replace(t["name"], f'<strong class="vet">{html.escape(t["name"])}</strong>', 1)
        paras = "".join(
            f'<p class="italic">{html.escape(_printed(p))}</p>' if p.startswith("~(") else f"<p>{html.escape(_printed(p))}</p>"
            for p in t["paragraphs"]
        )
        turns.append(f'<div class="spreekbeurt"><div class="alineagroep"><p>{label}:</p>{paras}</div></div>')
    session = gold["session"].replace("-", "–")
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>{html.escape(gold['title'])} | Overheid.nl &gt; Officiële bekendmakingen</title>
<meta name="DC.identifier" content="{gold['identifier']}"><meta name="DC.type" content="Handelingen">
<meta name="DC.creator" content="{gold['chamber']}"><meta name="DC.title" content="{html.escape(gold['title'])}">
</head><body><main><div id="broodtekst" class="broodtekst"><div class="kop">
<p>{gold['chamber']}</p><p>Vergaderjaar {session}</p><p>{meeting}</p></div>
<h1>{html.escape(gold['title'])}</h1>
{"".join(turns)}</div></main></body></html>"""


def xml(gold: dict[str, Any]) -> bytes:
    """The debate as its XML: metadata, one spreekbeurt per turn, interruptions in interrumpant."""
    turns = []
    for t in gold["turns"]:
        extra = (f"<politiek>{html.escape(t['party'])}</politiek>" if t.get("party") else "") + (
            f"<functie>{html.escape(t['office'])}</functie>" if t.get("office") else "")
        als = "".join(f"<al>{html.escape(_printed(p))}</al>" for p in t["paragraphs"])
        turn = (f"<spreekbeurt><spreker><voorvoegsels>{t['prefix']}</voorvoegsels><naam><achternaam>"
                f"{html.escape(t['name'])}</achternaam></naam>{extra}</spreker><tekst>{als}</tekst></spreekbeurt>")
        turns.append(f"<interrumpant>{turn}</interrumpant>" if t.get("interrupts") else turn)
    meta = {"DC.identifier": gold["identifier"], "DC.type": "Handelingen", "DC.creator": gold["chamber"],
            "DC.title": gold["title"], "OVERHEIDop.datumVergadering": gold["day"],
            "OVERHEIDop.vergadernummer": str(gold["meeting"]), "OVERHEIDop.vergaderjaar": gold["session"]}
    metas = "".join(f'<meta name="{k}" content="{html.escape(v)}"/>' for k, v in meta.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><metadata>{metas}</metadata>'
            f"<handelingen><agendapunt><item-titel>{html.escape(gold['title'])}</item-titel>{''.join(turns)}"
            "</agendapunt></handelingen></officiele-publicatie>").encode()  # fmt: skip


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split())


def _locate(text: str, gold: dict[str, Any]) -> list[tuple[int, dict[str, Any], str, int, int]]:
    """Each gold paragraph's span in the document's text, in order: (turn index, turn, paragraph,
    start, end); a paragraph not found is left out (counted as missed)."""
    found, at = [], 0
    flat = text.replace("’", "'")
    for k, t in enumerate(gold["turns"]):
        for p in t["paragraphs"]:
            words = _norm(_printed(p))
            i = flat.find(words, at)
            if i >= 0:
                found.append((k, t, p, i, i + len(words)))
                at = i + len(words)
    return found


def score(doc: Document, gold: dict[str, Any]) -> dict[str, Any]:
    quotes = [q for q in find_quotes(doc) if q.cue == "turn"]
    turns = doc.meta.get("turns") or []
    spans = _locate(doc.text, gold)
    spoken = [s for s in spans if not s[2].startswith("~")]
    total = sum(1 for t in gold["turns"] for p in t["paragraphs"] if not p.startswith("~"))
    speaker = party = own = voiced = 0
    for _k, t, p, s, e in spans:
        inside = [q for q in quotes if q.start <= s and e <= q.end]
        if p.startswith("~"):
            voiced += bool(inside)
            continue
        over = [q for q in quotes if q.start < e and s < q.end]  # a long one's sentence groups too
        who = [doc.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None for q in over]
        speaker += bool(who) and all(w == t["name"] for w in who)
        holder = [tr for tr in turns if tr["start"] <= s and e <= tr["end"]]
        party += len(holder) == 1 and holder[0].get("party") == t.get("party")
        cut = sorted((q.start, q.end) for q in over)
        tiles = bool(cut) and cut[0][0] == s and cut[-1][1] == e and all(
            b[0] >= a[1] for a, b in zip(cut, cut[1:], strict=False))
        own += tiles
    flags = [bool(t.get("interrupts")) for t in gold["turns"]]
    marks = ["interrupts" in tr for tr in turns]
    agree = sum(a == b for a, b in zip(flags, marks, strict=True)) if len(marks) == len(flags) else 0
    return {"paragraphs": total, "located": len(spoken), "speaker": f"{speaker}/{total}",
            "party": f"{party}/{total}", "own_quotes": f"{own}/{total}", "own_voice_quoted": voiced,
            "interruptions": f"{agree}/{len(flags)}", "turns": f"{len(turns)}/{len(flags)}",
            "title": doc.title == gold["title"], "day": bool(doc.published and doc.published.value == gold["day"])}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(Path(__file__).with_name("debate_dev.json")))
    gold = json.loads(Path(ap.parse_args().gold).read_text(encoding="utf-8"))
    sums = {"speaker": 0, "own_quotes": 0, "paragraphs": 0}
    for form in ("html", "xml"):
        with tempfile.TemporaryDirectory(prefix="handelingen-gold-") as tmp:
            path = Path(tmp) / f"{gold['identifier']}.{form}"
            path.write_bytes(page(gold).encode("utf-8") if form == "html" else xml(gold))
            items = list(iter_inputs([str(path)], Settings()))
        doc = next((d for d in items if isinstance(d, Document)), None)
        result = score(doc, gold) if doc is not None else {"read": False, "paragraphs": 0, "speaker": "0/0", "own_quotes": "0/0"}
        print(json.dumps({"form": form, **result}, ensure_ascii=False))
        total = sum(1 for t in gold["turns"] for p in t["paragraphs"] if not p.startswith("~"))
        sums["paragraphs"] += total
        for key in ("speaker", "own_quotes"):
            sums[key] += int(str(result[key]).split("/")[0])
    n = sums["paragraphs"]
    print(json.dumps({"speaker_accuracy": round(sums["speaker"] / n, 3), "paragraphs_as_own_quotes": round(sums["own_quotes"] / n, 3), "paragraphs": n}))


if __name__ == "__main__":
    main()
