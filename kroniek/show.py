"""Plain-text views of an export: the chronicle in time order, and one document."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import Any

from .link.anchors import mark
from .link.salience import SHOWN
from .sentences import split_sentences


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], for citing (an export has no Frog layer: the plain split)."""
    for s, e in split_sentences(text):
        if s <= start < e:
            return " ".join(text[s:max(e, end)].split())
    return " ".join(text[start:end].split())


def _short(s: str, n: int = 110) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _doc_date(d: dict[str, Any]) -> str:
    p = d.get("published")
    return p["value"] if p else "????"


def render_chronicle(data: dict[str, Any], *, show_all: bool = False) -> str:
    """The whole chronicle: dated statements in time order, then each document's summary."""
    docs = {d["id"]: d for d in data["documents"]}
    ent_by_mention: dict[tuple[str, int, int], dict[str, Any]] = {}
    for e in data["entities"]:
        for m in e["mentions"]:
            ent_by_mention[(m["doc"], m["start"], m["end"])] = e
    out = [
        f"kroniek: {len(docs)} documents, {len(data['entities'])} entities, "
        f"{len(data['events'])} events, {len(data['timexes'])} time expressions, "
        f"{len(data['quotes'])} quotes, {len(data.get('stories', []))} stories",
        "",
    ]
    out += _render_events(data, docs, show_all=show_all)
    out += ["", "== What happened when (dated sentences, in time order) =="]
    dated = [t for t in data["timexes"] if t["type"] in ("DATE", "TIME") and t["value"][:1].isdigit()]
    seen: set[tuple[str, str]] = set()
    for t in sorted(dated, key=lambda t: (t["value"], _doc_date(docs[t["doc"]]))):
        d = docs[t["doc"]]
        sent = _sentence_around(d["text"], t["start"], t["end"])
        if (t["value"], sent) in seen:
            continue
        seen.add((t["value"], sent))
        flag = f" [{', '.join(t['warnings'])}]" if t["warnings"] else ""
        out.append(f"{t['value']:<11} {_short(sent)}{flag}")
        out.append(f"{'':<11}   ({t['text']!r} in {d['id']}, {d.get('title') or d['source']})")
    out += ["", "== Documents ==", ""]
    for d in sorted(docs.values(), key=_doc_date):
        p = d.get("published") or {}
        head = d.get("title") or _short(d["text"].split("\n")[0], 80)
        out.append(f"{_doc_date(d):<11} {head}")
        meta = [d["genre"], d.get("category"), d.get("publisher"), f"date {p.get('source', 'unknown')}"]
        out.append(f"{'':<11} {d['id']}  {' · '.join(x for x in meta if x)}  {d['source']}")
        if d.get("duplicate_of"):
            out.append(f"{'':<11} duplicate of {d['duplicate_of']}")
        if d["warnings"]:
            out.append(f"{'':<11} warnings: {', '.join(d['warnings'])}")
        names = Counter(
            ent_by_mention[k]["name"] for k in ent_by_mention if k[0] == d["id"]
        ).most_common(8)
        if names:
            out.append(f"{'':<11} who/where: {', '.join(n for n, _ in names)}")
        for q in (q for q in data["quotes"] if q["doc"] == d["id"]):
            who = q.get("speaker_text") or "?"
            mark = "“”" if q["direct"] else "‹›"
            out.append(f"{'':<11} {who} {q.get('cue') or ''}: {mark[0]}{_short(q['text'], 90)}{mark[1]}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _shown(attrs: dict[str, Any]) -> bool:
    """``salience.shown`` on an exported event's attributes: a lead, or salient, no background and
    no untyped event of one report."""
    if "salience" not in attrs or attrs.get("lead"):
        return True
    return float(attrs["salience"]) >= SHOWN and not attrs.get("background") and not attrs.get("lone_untyped")


def _render_events(data: dict[str, Any], docs: dict[str, dict[str, Any]], *, show_all: bool = False) -> list[str]:
    """Events most salient first; the tail (salience below ``SHOWN``) only with ``show_all``."""
    names = {e["id"]: e["name"] for e in data["entities"]}
    ranked = sorted(data["events"], key=lambda v: (-_salience(v), (v.get("when") or {}).get("value") or "9999", v["id"]))
    told = ranked if show_all else [v for v in ranked if _shown(v.get("attributes", {}))]
    rest = "" if show_all else "; `kroniek show --all` lists every event"
    out = [f"== Events ({len(told)} of {len(data['events'])}, most salient first{rest}) =="]
    for v in told:
        attrs = v.get("attributes", {})
        when = (v.get("when") or {}).get("value") or mark(attrs.get("anchor")) or "undated"
        fact = "" if v["factuality"] == "asserted" else f" ({v['factuality']})"
        out.append(f"{when:<11} {v['type']}{fact}: {_short(v['label'], 90)}")
        who = [f"{role} {names.get(eid, eid)}" for role, eid in
               ((p["role"], p["entity"]) for p in v["participants"])]
        where = [names.get(eid, eid) for eid in v["where"]]
        if who or where:
            out.append(f"{'':<11}   {'; '.join(who + (['in ' + ', '.join(where)] if where else []))}")
        sources = sorted({m["doc"] for m in v["mentions"]})
        words = sorted({m["text"] for m in v["mentions"]})
        out.append(f"{'':<11}   {len(v['mentions'])} mentions ({', '.join(words)}) in {', '.join(sources)}"
                   f"; salience {_salience(v):.2f}")
        said = sorted({f"{names[r['speaker']]} ({r['text']})" for r in attrs.get("reported_by", [])
                       if r.get("speaker") in names})
        if said:
            out.append(f"{'':<11}   reported by {', '.join(said[:6])}{' …' if len(said) > 6 else ''}")
        for d in attrs.get("disagreements", []):
            readings = "; ".join(f"{r['value']} ({', '.join(r['sources'])})" for r in d["readings"])
            out.append(f"{'':<11}   sources disagree on {d['aspect']}: {readings}")
    return out


def _salience(v: dict[str, Any]) -> float:
    return float(v.get("attributes", {}).get("salience", 0.0))


def render_document(data: dict[str, Any], doc_id: str) -> str:
    """One document: metadata, text, and every annotation with its offsets."""
    d = next(x for x in data["documents"] if x["id"] == doc_id)
    out = [f"{d['id']}  {d.get('title') or ''}", f"source: {d['source']}", f"published: {d.get('published')}"]
    if d["warnings"]:
        out.append(f"warnings: {', '.join(d['warnings'])}")
    out.append("")
    for para in d["text"].split("\n\n"):
        out.append(textwrap.fill(para, 100))
        out.append("")
    out.append("-- entities --")
    for e in data["entities"]:
        ms = [m for m in e["mentions"] if m["doc"] == doc_id]
        if ms:
            out.append(f"{e['type']:<5} {e['name']}  ({', '.join(sorted({m['text'] for m in ms}))})")
    out.append("-- time expressions --")
    for t in (t for t in data["timexes"] if t["doc"] == doc_id):
        w = f" [{', '.join(t['warnings'])}]" if t["warnings"] else ""
        out.append(f"{t['start']:>6}-{t['end']:<6} {t['text']!r} {t['type']} = {t['value']}{w}")
    out.append("-- quotes --")
    for q in (q for q in data["quotes"] if q["doc"] == doc_id):
        out.append(f"{q['start']:>6}-{q['end']:<6} {q.get('speaker_text') or '?'} ({q.get('cue')}): {_short(q['text'], 100)}")
    return "\n".join(out) + "\n"
