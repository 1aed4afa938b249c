"""What a demanding reader objects to in a store's chronicle: counts by kind, from the store alone.

Made for the real week of ``week.py`` (any store will do). Each check reads what ``kroniek show``,
``kroniek timeline`` and the pages show -- the events above the salience cut and each story's
leads, the story pages' titles, events and quotes -- and counts:

- labels: one word (``bare``); a fragment (opens with a pronoun, conjunction or relative word,
  or ends on a preposition, article or conjunction); cut off ("…"); holding a bare pronoun;
- participants: a participant or place whose entity name is a pronoun, a lower-case word (a
  role, a common noun) or a lone adjective ("Nederlandse"); ``participant_demonym``: one whose
  name is a nationality or a place's people ("Belg", "Nederlanders", "Britse", "Limburgers");
  ``label_demonym``: a shown label that
  names someone by a nationality alone, a noun or an adjective standing for a person ("Belg
  won", "Tsjechische haalde", "37-jarige Amerikaanse staakte"), where a reader wants the name;
- participants of every event (shown or not, ``any_*``): a demonym or place's people, a street
  or square in a role (where, not who), a state institution not typed an organisation, and a
  label holding a word cut at a hyphen ("wijziging van Crisis- aan"); ``any_participant_attributive``:
  a country participant only a nationality adjective on a common noun gives ("een Britse
  student werd aangehouden": the student, not the United Kingdom; ``participants.attributive_countries``);
- no happening: shown sayings (``statement``) and shown events that are negated, possible or
  future; shown untyped events (``other``), which a reader often finds no happening; shown
  events told only by bare infinitives ("kopen", "winnen": what may or must happen); shown
  background (``salience.background``: dated more than a month before its reports);
- dates: shown events dated after their last report (told as done) or more than a year before
  their first (background shown as news); ``date_coarse_shown``: shown events dated by a year, a
  season, a half or a quarter alone ("2019", "2019-SU": often a year that tells something else
  in the sentence, to be read one by one); ``date_after_first_report``: every asserted event,
  shown or not, dated after the earliest document that tells it as done (a report announcing it,
  its mention future or possible, is not counted: announced Monday, done Tuesday is no fault);
- datelines: ``label_dateline``: events (shown or not) whose label opens with the capitals
  dateline of a document that tells them ("PLACE overleden");
- stories: how many, how many of one document; ``loose``: a document of a story of several whose
  words share almost nothing with any other document of it (TF-IDF cosine below 0.1: unrelated
  news mixed in); ``split``: two
  stories within two days of each other sharing two leading entities (the reader's own count of
  which entities most of a story's documents name, the same on any store), and shown events whose
  reports lie in more than one story (one story told twice);
- titles: a story title the pages make that is a cut first sentence, starts in lower case, or is
  the title of another story too;
- salience order: story pages whose first event is bare, a saying, or not asserted;
- duplicates: two shown events of one story page with the same label;
- quotes: quotes on story pages with no speaker, or whose speaker is a pronoun.

``--rebuild-stories`` also counts the stories built anew from the store's documents, events and
entities with the current code (``rebuilt_*``; ``rebuilt_moved`` lists each document whose story
mates changed): a story rule judged on an older week's store without running Frog again.

``--list KIND`` prints the items of one kind (words of the posts: read them, never store them in
the repository). Run::

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/labels/week.py --db /tmp/week.db
    python3 eval/labels/reader.py --db /tmp/week.db [--list KIND] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.link.geo import region_people, resolve_demonym, resolve_place  # noqa: E402
from kroniek.link.participants import attributive_countries  # noqa: E402
from kroniek.link.salience import background, by_salience, shown  # noqa: E402
from kroniek.link.stories import build_stories  # noqa: E402
from kroniek.model import Document, Entity, Event, Story  # noqa: E402
from kroniek.search import stems  # noqa: E402
from kroniek.serve.web.pagedata import story_view  # noqa: E402
from kroniek.store import open_store  # noqa: E402

PRONOUNS = frozenset(["hij", "zij", "ze", "hem", "haar", "hun", "hen", "zich", "die", "dat", "dit", "deze", "wie", "wat", "wij", "we", "ik", "je", "jij", "u", "men", "het", "er", "zijzelf", "hijzelf", "ons", "jullie", "elkaar", "iemand", "niemand"])
OPENERS = PRONOUNS | frozenset(["en", "maar", "of", "want", "omdat", "nadat", "toen", "als", "waarbij", "waar", "waarna", "terwijl", "om", "te", "dan", "zodat", "doordat", "voordat"])
ENDERS = frozenset(["van", "de", "het", "een", "in", "op", "met", "door", "voor", "aan", "te", "en", "of", "dat", "die", "naar", "bij", "uit", "over", "tot", "om", "tegen", "zonder"])
YEAR = 366
LOOSE = 0.1


@dataclass
class Findings:
    """Counts and the items behind them, by kind."""

    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    items: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, item: str) -> None:
        self.counts[kind] += 1
        self.items[kind].append(item)


def words(label: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", label.lower())


def label_faults(label: str) -> list[str]:
    """What is wrong with a label as a reader reads it (empty: nothing)."""
    w = words(label)
    out = []
    if len(w) <= 1:
        out.append("label_bare")
    elif w[0] in OPENERS or w[-1] in ENDERS:
        out.append("label_fragment")
    if label.rstrip().endswith("…"):
        out.append("label_cut")
    if any(x in PRONOUNS - {"het", "er", "dat", "die", "dit", "deze", "wat", "wie"} for x in w):
        out.append("label_pronoun")
    return out


def participant_faults(name: str) -> str | None:
    """Why an entity name is no participant a reader accepts, or None."""
    if name.lower() in PRONOUNS:
        return "participant_pronoun"
    if resolve_demonym(name) is not None or place_people(name):
        return "participant_demonym"
    if name[:1].islower():
        return "participant_common_word"
    if " " not in name and re.search(r"(?:se|sche)$", name) and name[:1].isupper():
        return "participant_adjective"
    return None


STREET_HEADS = ("plein", "straat", "laan", "gracht", "markt", "singel", "steeg")
INSTITUTION_RE = re.compile(r"(?:Tweede|Eerste) Kamer|Raad van State|Staten-Generaal|[Mm]inisterie van .+|[Gg]emeenteraad.*")


def entity_faults(ent: Entity) -> str | None:
    """Why a participant entity of any event (shown or not) is typed or named wrongly, or None:
    a place's people or a nationality as a participant, a street or square as a participant (it
    is where, not who), a state institution not typed an organisation, a name cut at a hyphen."""
    name = ent.name
    last = name.split()[-1].casefold() if name.split() else ""
    if resolve_demonym(name) is not None or place_people(name):
        return "any_participant_demonym"
    if any(last.endswith(h) and len(last) > len(h) + 3 for h in STREET_HEADS):
        return "any_street_participant"
    if ent.type != "ORG" and INSTITUTION_RE.fullmatch(name):
        return "any_institution_not_org"
    if name.rstrip().endswith("-"):
        return "any_cut_name"
    return None


def check_participants_all(events: list[Event], names: dict[str, Entity], f: Findings) -> None:
    """Participants of every event in the store (not only the shown), by ``entity_faults``."""
    for ev in events:
        if re.search(r"\w-(?:\s|$)", ev.label):
            f.add("any_label_cut_word", f"{ev.id} [{ev.type}] {ev.label}")  # "wijziging van Crisis- aan"
        for _, eid in ev.participants:
            ent = names.get(eid)
            why = entity_faults(ent) if ent else None
            if why:
                f.add(why, f"{ev.id} [{ev.type}] {ev.label} <- {ent.name if ent else eid} ({ent.type if ent else ''})")


def check_attributive(events: list[Event], docs: dict[str, Document], entities: list[Entity], f: Findings) -> None:
    """Country participants (of any event) that only a nationality adjective on a noun gives."""
    names = {e.id: e.name for e in entities}
    for ev, role, eid in attributive_countries(events, docs, entities):
        f.add("any_participant_attributive", f"{ev.id} [{ev.type}] {ev.label} <- {role} {names.get(eid, eid)}")


def place_people(name: str) -> bool:
    """A people noun made of a place ("Limburgers", "Tilburger", "Amsterdammer") or a country's
    one person whose plural the demonym table holds ("Belg": Belgen, "Duitser": Duitsers): who
    lives there, no named participant. Also a province's people listed by name ("Zeeuwen", "Friezen")."""
    if region_people(name) is not None:
        return True
    plurals = [name + "en"] + ([name + "s"] if name.endswith("er") else [])
    if name[:1].isupper() and resolve_place(name) is None and any(resolve_demonym(p) for p in plurals):
        return True
    m = re.fullmatch(r"([A-Z][\w-]+?)(?:ers?|enaars?)", name)
    if m is None:
        return False
    stem = m.group(1)
    single = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "Amsterdamm-er"
    return any(len(s) >= 5 and resolve_place(s) is not None for s in {stem, single})


def day(value: str | None) -> dt.date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None


def check_events(told: list[Event], docs: dict[str, Document], names: dict[str, Entity], f: Findings) -> None:
    for ev in told:
        tag = f"{ev.id} [{ev.type}/{ev.factuality}] {ev.label}"
        for fault in label_faults(ev.label):
            f.add(fault, tag)
        for _, eid in [*ev.participants, *(("place", p) for p in ev.where)]:
            ent = names.get(eid)
            why = participant_faults(ent.name) if ent else None
            if why:
                f.add(why, f"{tag} <- {ent.name if ent else eid}")
        if ev.type == "statement":
            f.add("shown_saying", tag)
        elif ev.factuality != "asserted":
            f.add("shown_unreal", tag)
        if ev.type == "other":
            f.add("shown_untyped", tag)
        if background(ev, docs):
            f.add("shown_background", f"{tag} @ {(ev.when or {}).get('value')}")
        if infinitives_only(ev, docs):
            f.add("shown_infinitive_only", tag)
        if demonym_named(ev, docs):
            f.add("label_demonym", tag)
        check_date(ev, docs, tag, f)
        check_coarse_date(ev, tag, f)


def infinitives_only(ev: Event, docs: dict[str, Document]) -> bool:
    """Every mention is a bare infinitive ("kopen", "winnen"): what may, must or could happen,
    seldom a happening."""
    tags = []
    for doc_id, start, _ in ev.mentions:
        doc = docs.get(doc_id)
        tok = next((t for t in doc.tokens if t.start == start), None) if doc is not None else None
        tags.append(tok.pos if tok is not None else "")
    return bool(tags) and all(t.startswith("WW(inf") for t in tags)


def demonym_named(ev: Event, docs: dict[str, Document]) -> bool:
    """The label names someone by a nationality alone: a label word that is a demonym and that
    Frog tagged, in a document telling the event, as a noun ("Belg", "Nederlanders") or as an
    adjective standing for a noun ("de Tsjechische", ``ADJ(nom``)."""
    said = {w for w in re.findall(r"[\w-]+", ev.label) if w[:1].isupper() and resolve_demonym(w)}
    if not said:
        return False
    for doc_id in {d for d, _, _ in ev.mentions}:
        doc = docs.get(doc_id)
        for tok in doc.tokens if doc is not None else []:
            if doc.text[tok.start:tok.end] in said and tok.pos.startswith(("ADJ(nom", "N(")):
                return True
    return False


def check_date(ev: Event, docs: dict[str, Document], tag: str, f: Findings) -> None:
    when = day((ev.when or {}).get("value"))
    reports = [d for doc_id, _, _ in ev.mentions if (doc := docs.get(doc_id)) and doc.published
               and (d := day(doc.published.value))]
    if when is None or not reports:
        return
    if when > max(reports) + dt.timedelta(days=1) and ev.factuality == "asserted":
        f.add("date_after_reports", f"{tag} @ {when}")
    if (min(reports) - when).days > YEAR:
        f.add("date_old_shown", f"{tag} @ {when}")


def check_coarse_date(ev: Event, tag: str, f: Findings) -> None:
    """A shown event dated by a year, season, half or quarter alone ("2019", "2019-SU", "2019-Q1")."""
    value = str((ev.when or {}).get("value") or "")
    if re.fullmatch(r"\d{4}(?:-(?:SP|SU|FA|WI|H[12]|Q[1-4]))?", value):
        f.add("date_coarse_shown", f"{tag} @ {value}")


def check_dates_all(events: list[Event], docs: dict[str, Document], f: Findings) -> None:
    """Every asserted event (shown or not) dated after its earliest report that tells it as done:
    placed after the first text that told it happened (a weekday read ahead, a later report's
    date). A report that announces it (its mention future, possible or negated: "de staking
    begint dinsdag") is no such report: announced on Monday and done on Tuesday is no fault."""
    for ev in events:
        when = day((ev.when or {}).get("value"))
        reports = [d for doc_id, start, end in ev.mentions if (doc := docs.get(doc_id)) and doc.published
                   and told_as_done(doc, start, end) and (d := day(doc.published.value))]
        if when is not None and reports and ev.factuality == "asserted" and when > min(reports):
            f.add("date_after_first_report", f"{ev.id} {ev.label} @ {when} (first report {min(reports)})")


def told_as_done(doc: Document, start: int, end: int) -> bool:
    """Whether the document's mention at [start, end) tells its event as asserted (a mention the
    document does not hold counts as asserted, as the event's own factuality says)."""
    em = next((m for m in doc.events if m.start == start and m.end == end), None)
    return em is None or em.factuality == "asserted"


# A regional dateline in capitals opening a line ("VELDHOVEN - ", "DEN HAAG – "): the reader's own
# pattern, so a store made by older code is read the same way.
DATELINE = re.compile(
    r"(?m)^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
    r"(?:[ \t]*\([A-Za-z]{2,6}\))?[ \t]*[-–—][ \t]*"
)


def check_datelines(events: list[Event], docs: dict[str, Document], f: Findings) -> None:
    """Events whose label opens with the capitals dateline of a document that tells them
    ("VELDHOVEN overleden"): the place the report comes from, taken for the subject."""
    places: dict[str, str] = {}
    for doc_id, doc in docs.items():
        m = DATELINE.search(doc.text[:400])
        if m is not None and len(m.group(1)) >= 3:
            places[doc_id] = m.group(1)
    for ev in events:
        label = ev.label or ""
        if any(doc_id in places and label.startswith(places[doc_id] + " ") for doc_id, _, _ in ev.mentions):
            f.add("label_dateline", f"{ev.id} {label}")


def check_split_events(told: list[Event], stories: list[Story], f: Findings) -> None:
    """A shown event told by several documents that lie in different stories: one happening,
    its reports split over stories."""
    story_of = {d: st.id for st in stories for d in st.documents}
    for ev in told:
        placed = {story_of.get(d) for d, _, _ in ev.mentions}
        if len(placed) > 1:
            f.add("event_split_over_stories", f"{ev.id} {ev.label} ({len(placed)} stories)")


def vectors(docs: dict[str, Document]) -> dict[str, dict[str, float]]:
    """Each document's unit TF-IDF vector over its title's and text's stems (no function words)."""
    tfs = {d: Counter(t for t in stems(f"{doc.title or ''} {doc.text}") if len(t) > 3) for d, doc in docs.items()}
    df: Counter[str] = Counter()
    for tf in tfs.values():
        df.update(tf.keys())
    out = {}
    for d, tf in tfs.items():
        vec = {t: (1 + math.log(c)) * math.log(len(tfs) / df[t]) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out[d] = {t: v / norm for t, v in vec.items()}
    return out


def check_stories(stories: list[Story], docs: dict[str, Document], f: Findings) -> None:
    """Stories of one document, and documents of a story whose words share almost nothing
    (cosine below ``LOOSE``) with every other document of it: unrelated news mixed in."""
    vec = vectors(docs)
    f.counts["stories"] = len(stories)
    for st in stories:
        if len(st.documents) == 1:
            f.counts["stories_one_document"] += 1
            continue
        for d in st.documents:
            best = max(sum(w * vec[o].get(t, 0.0) for t, w in vec[d].items()) for o in st.documents if o != d)
            if best < LOOSE:
                f.add("story_loose_document", f"{st.id} {st.label!r} <- {docs[d].title!r} ({best:.2f})")


def check_pages(store: Any, stories: list[Story], events: dict[str, Event], leading: dict[str, set[str]],
                f: Findings) -> None:
    titles: dict[str, list[str]] = defaultdict(list)
    spans: list[tuple[Story, str, dt.date | None, set[str]]] = []
    for st in stories:
        view = story_view(store, st.id, show_all=False)
        title = view["title"]
        titles[title.lower()].append(st.id)
        if title.endswith("…"):
            f.add("title_cut", f"{st.id} {title}")
        if title[:1].islower():
            f.add("title_lowercase", f"{st.id} {title}")
        evs = view["events"]
        if evs:
            top = events.get(evs[0]["id"])
            if top is not None and (len(words(top.label)) <= 1 or top.type == "statement" or top.factuality != "asserted"):
                f.add("page_weak_first", f"{st.id} {title} :: [{top.type}/{top.factuality}] {top.label}")
        seen: dict[str, str] = {}
        for e in evs:
            key = e["label"].lower()
            if key in seen:
                f.add("page_duplicate_label", f"{st.id} {e['label']}")
            seen[key] = e["id"]
        for g in view["quotes"]:
            name = (g["name"] or "").strip()
            for _ in g["quotes"]:
                f.counts["page_quotes"] += 1
                if not name:
                    f.add("quote_no_speaker", f"{st.id} {title}")
                elif name.lower() in PRONOUNS:
                    f.add("quote_pronoun_speaker", f"{st.id} {title} <- {name}")
        caps = {w for w in re.findall(r"\b[A-Z][\w'’-]{2,}", title)}
        spans.append((st, title, day(st.first), caps))
    for ids in titles.values():
        if len(ids) > 1:
            f.add("title_shared", " ".join(ids))
    check_split(spans, leading, f)


def leading_entities(stories: list[Story], entities: list[Entity], n: int = 8) -> dict[str, set[str]]:
    """Each story's ``n`` entities most of its documents mention, ties by name then id: the
    reader's own count, the same for any store (the story builder's stored list broke ties in
    the order sets iterate, which differs from run to run)."""
    in_doc: dict[str, set[str]] = defaultdict(set)
    for ent in entities:
        for doc_id, _, _ in ent.mentions:
            in_doc[doc_id].add(ent.id)
    name = {e.id: e.name for e in entities}
    out = {}
    for st in stories:
        counts = Counter(e for d in set(st.documents) for e in in_doc.get(d, ()))
        out[st.id] = {e for e, _ in sorted(counts.items(), key=lambda x: (-x[1], name[x[0]], x[0]))[:n]}
    return out


def check_split(spans: list[tuple[Story, str, dt.date | None, set[str]]], leading: dict[str, set[str]],
                f: Findings) -> None:
    """Two stories within two days that share two of their leading entities
    (``leading_entities``): likely one story told twice."""
    for i, (a, ta, da, _) in enumerate(spans):
        ea = leading.get(a.id, set())
        for b, tb, db, _ in spans[i + 1:]:
            if da is None or db is None or abs((da - db).days) > 2:
                continue
            if len(ea & leading.get(b.id, set())) >= 2:
                f.add("story_split_candidate", f"{a.id} {ta} || {b.id} {tb}")


def check_rebuilt_stories(docs: dict[str, Document], events: list[Event], entities: list[Entity],
                          stored: list[Story], f: Findings) -> None:
    """The story counts of ``check_stories`` on stories built anew from the store's documents,
    events and entities with the current code (``rebuilt_*``), and each document whose story
    mates differ from the stored stories' (``rebuilt_moved``): a story rule judged on an older
    store without Frog (on the code that built the store, the rebuild gives the stored stories)."""
    rebuilt = build_stories(list(docs.values()), events, entities)
    g = Findings()
    check_stories(rebuilt, docs, g)
    for kind in ("stories", "stories_one_document", "story_loose_document"):
        f.counts[f"rebuilt_{kind}"] = g.counts[kind]
    f.items["rebuilt_story_loose_document"] = g.items["story_loose_document"]
    old, new = _mates(stored), _mates(rebuilt)
    for d, mates in new.items():
        before = old.get(d, frozenset())
        if before != mates:
            lost = sorted(docs[x].title for x in before - mates)
            got = sorted(docs[x].title for x in mates - before)
            f.add("rebuilt_moved", f"{docs[d].title!r} lost {lost} got {got}")


def _mates(stories: list[Story]) -> dict[str, frozenset[str]]:
    return {d: frozenset(st.documents) - {d} for st in stories for d in st.documents}


def read(db: str, rebuild: bool = False) -> Findings:
    store = open_store(db)
    try:
        docs = {d.id: d for d in store.iter_documents()}
        events = store.events()
        entities = store.entities()
        stories = store.stories()
        f = Findings()
        told = by_salience(e for e in events if shown(e))
        f.counts["events"] = len(events)
        f.counts["shown"] = len(told)
        check_events(told, docs, {e.id: e for e in entities}, f)
        check_participants_all(events, {e.id: e for e in entities}, f)
        check_attributive(events, docs, entities, f)
        check_stories(stories, docs, f)
        check_split_events(told, stories, f)
        check_dates_all(events, docs, f)
        check_datelines(events, docs, f)
        check_pages(store, stories, {e.id: e for e in events}, leading_entities(stories, entities), f)
        if rebuild:
            check_rebuilt_stories(docs, events, entities, stories, f)
        return f
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--list", help="print the items of one kind (or 'all')")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rebuild-stories", action="store_true",
                    help="also count stories built anew with the current code (rebuilt_*, rebuilt_moved)")
    args = ap.parse_args(argv)
    f = read(args.db, rebuild=args.rebuild_stories)
    if args.json:
        print(json.dumps(dict(sorted(f.counts.items())), ensure_ascii=False))
    else:
        for k, v in sorted(f.counts.items()):
            print(f"{k}\t{v}")
    if args.list:
        for kind, items in sorted(f.items.items()):
            if args.list in (kind, "all"):
                print(f"## {kind}")
                for it in items:
                    print("  " + it)
    return 0


if __name__ == "__main__":
    sys.exit(main())
