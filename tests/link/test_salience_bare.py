"""Salience of a bare event (its trigger word alone: no participant, no place, no argument) and
how many lead events a story marks (hand-made documents and events, no Frog: only sentences and
the documents' event mentions are read)."""

from __future__ import annotations

import pytest

from kroniek.link.salience import (
    annotate,
    bare,
    by_salience,
    infinitive_only,
    order_stories,
    salience,
    score_of,
    visible,
)
from kroniek.model import Document, Event, EventMention, Sentence, Story, Timex, Token

# A lead sentence with a day and a bare verb, then a named happening further down (written for
# this test, the shape of an agency report on a crackdown).
TEXT = ("Oppositie in Soedan: gesprekken afgewezen\n"
        "Maandag werd het voorstel afgewezen. De betogers eisen een burgerbestuur. "
        "Er waren die nacht veel schoten te horen. Het leger heeft het protestkamp in Khartoem ontruimd.")


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    k = -1
    for _ in range(nth + 1):
        k = TEXT.index(word, k + 1)
    return k, k + len(word)


def _sentences() -> list[Sentence]:
    bounds, start = [], 0
    for k, ch in enumerate(TEXT):
        if ch in ".\n":
            bounds.append(Sentence(start, k + 1, 0, 0))
            start = k + 2
    return bounds


def _doc(doc_id: str, arguments: tuple[tuple[str, int, int], ...] = ()) -> Document:
    a, b = _at("afgewezen", 1)
    c, d = _at("ontruimd")
    events = [EventMention(a, b, "reject", arguments=arguments), EventMention(c, d, "other",
              arguments=(("agent", *_at("Het leger")), ("patient", *_at("het protestkamp"))))]
    return Document(id=doc_id, text=TEXT, source="test", sentences=_sentences(), events=events)


def _rejected(doc: str = "d1", **kw) -> Event:
    a, b = _at("afgewezen", 1)
    return Event(id="v-bare", type="reject", label="afgewezen", mentions=[(doc, a, b)],
                 when={"value": "2019-06-03", "granularity": "day"}, **kw)


def _cleared(docs: list[str]) -> Event:
    a, b = _at("ontruimd")
    return Event(id="v-named", type="other", label="protestkamp ontruimd door leger",
                 participants=[("agent", "e-leger")], where=["e-khartoem"],
                 mentions=[(d, a, b) for d in docs])


TIME_ONLY = (("time", *_at("Maandag")),)
PATIENT = (("patient", *_at("het voorstel")),)
SOURCE = (("source", *_at("Oppositie")),)


@pytest.mark.parametrize(
    "arguments, kw, expected",
    [
        pytest.param((), {}, True, id="trigger-word-alone-is-bare"),
        pytest.param(TIME_ONLY, {}, True, id="a-time-is-no-argument"),
        pytest.param(SOURCE, {}, True, id="who-reports-it-is-no-argument-of-the-happening"),
        pytest.param(TIME_ONLY + SOURCE, {}, True, id="a-time-and-a-source-still-bare"),
        pytest.param(PATIENT, {}, False, id="a-patient-phrase-says-what-was-rejected"),
        pytest.param((), {"participants": [("agent", "e-oppositie")]}, False, id="a-named-participant"),
        pytest.param((), {"where": ["e-khartoem"]}, False, id="a-named-place"),
    ],
)
def test_salience_bare_event(arguments, kw, expected):
    docs = {"d1": _doc("d1", arguments)}
    assert bare(_rejected(**kw), docs) is expected


def test_salience_bare_unknown_document_is_not_bare():
    """A mention whose document is not at hand: nothing is known against the event."""
    assert bare(_rejected("elsewhere"), {"d1": _doc("d1")}) is False


def test_salience_bare_one_source_ranks_below_named_multi_source_happening():
    """The bare verb stands in the lead with a day of its own; the named happening is told by two
    outlets further down. A reader wants the named happening first."""
    docs = {d: _doc(d) for d in ("d1", "d2")}
    lone, named = _rejected(), _cleared(["d1", "d2"])
    for ev in (lone, named):
        ev.attributes["salience"] = salience(ev, docs)
    assert [e.id for e in by_salience([lone, named])] == ["v-named", "v-bare"]
    assert [e.id for e in visible([lone, named])] == ["v-named"]


def test_salience_bare_with_argument_keeps_its_score():
    """The same lead event with its object ("het voorstel") is no bare event: no factor."""
    docs = {"d1": _doc("d1", PATIENT)}
    assert salience(_rejected(), docs) == pytest.approx(2 * salience(_rejected(), {"d1": _doc("d1")}))


@pytest.mark.parametrize(
    "documents, leads",
    [
        pytest.param(["d1"], 1, id="one-document-story-shows-its-headline-happening-only"),
        pytest.param(["d1", "d2"], 2, id="two-documents-two-leads"),
        pytest.param(["d1", "d2", "d3", "d4", "d5"], 3, id="a-big-story-at-most-three"),
        pytest.param(["d1", "d1"], 1, id="a-document-listed-twice-counts-once"),
        pytest.param([], 1, id="a-story-without-documents-still-shows-one"),
    ],
)
def test_salience_leads_per_story_document(documents, leads):
    docs = {"d1": _doc("d1", PATIENT)}
    evs = [_rejected(participants=[("agent", f"e-{k}")]) for k in range(5)]
    for k, ev in enumerate(evs):
        ev.id = f"v-{k}"
        ev.attributes["salience"] = salience(ev, docs)
    order_stories([Story(id="s", label="x", documents=documents, events=[e.id for e in evs])], evs)
    assert sum(bool(e.attributes.get("lead")) for e in evs) == leads


# A follow-up report (written for this test): it opens with its news, an untyped verb with an
# object, and repeats the background (the killing it is about) further down.
FOLLOW_UP = ("De rechtbank heeft het voorarrest van de verdachte met negentig dagen verlengd. "
             "De vrouw wordt verdacht van de doodslag op twee fietsers bij Venray. "
             "Zij werd in maart aangehouden in Noord-Limburg.")


def _follow_up(doc_id: str, duplicate_of: str | None = None) -> Document:
    ends = [k + 1 for k, ch in enumerate(FOLLOW_UP) if ch == "."]
    starts = [0, *(e + 1 for e in ends[:-1])]
    v = FOLLOW_UP.index("verlengd")
    return Document(id=doc_id, text=FOLLOW_UP, source="test", duplicate_of=duplicate_of,
                    sentences=[Sentence(a, b, 0, 0) for a, b in zip(starts, ends, strict=True)],
                    events=[EventMention(v, v + 8, "other", arguments=(("patient", *_span("het voorarrest")),))])


def _span(words: str) -> tuple[int, int]:
    k = FOLLOW_UP.index(words)
    return k, k + len(words)


def _told(eid: str, typ: str, word: str, docs: list[str], **kw) -> Event:
    a, b = _span(word)
    return Event(id=eid, type=typ, label=word, mentions=[(d, a, b) for d in docs], **kw)


@pytest.mark.parametrize(
    "duplicate, headline_lead",
    [
        pytest.param(None, True, id="two-outlets-open-with-it-it-leads-though-untyped"),
        pytest.param("d1", False, id="one-wire-copy-twice-is-one-opening-typed-leads-only"),
    ],
)
def test_salience_lead_is_the_happening_reports_open_with(duplicate, headline_lead):
    docs = {"d1": _follow_up("d1"), "d2": _follow_up("d2", duplicate)}
    extended = _told("v-extended", "other", "verlengd", ["d1", "d2"])
    killed = _told("v-killed", "kill", "doodslag", ["d1", "d2"], participants=[("patient", "e-fietsers")],
                   where=["e-venray"])
    arrested = _told("v-arrested", "arrest", "aangehouden", ["d1", "d2"], where=["e-noord-limburg"])
    evs = [extended, killed, arrested]
    annotate(evs, docs)
    order_stories([Story(id="s", label="x", documents=["d1", "d2"], events=[e.id for e in evs])], evs)
    leads = {e.id for e in evs if e.attributes.get("lead")}
    assert score_of(extended) < score_of(killed), "the background scores higher on its own"
    if headline_lead:
        assert leads == {"v-extended", "v-killed"}
    else:
        assert "v-extended" not in leads


def test_salience_a_bare_event_never_leads():
    """A one-document story whose only typed happening is its trigger word alone ("afgewezen":
    who rejected what, the story's title says better) shows no event by default; with its
    object ("het voorstel") it leads."""
    for arguments, leads in (((), False), ((("patient", *_at("het voorstel")),), True)):
        docs = {"d1": _doc("d1", arguments)}
        ev = _rejected()
        annotate([ev], docs)
        order_stories([Story(id="s", label="x", documents=["d1"], events=[ev.id])], [ev])
        assert bool(ev.attributes.get("lead")) is leads
        assert bool(ev.attributes.get("bare")) is not leads
        assert (visible([ev]) == [ev]) is leads


# A police appeal (written for this test): the parse takes the date for the subject of the
# passive and a night for the object of the impersonal verb.
APPEAL = ("Op vrijdag 12 juli werd een fietser bedreigd op de Dorpsstraat. "
          "Vannacht is er ingebroken in een bakkerij.")


def _appeal(role: str, words: str, time: str | None) -> Document:
    a = APPEAL.index(words)
    v = APPEAL.index("ingebroken")
    timexes = [Timex(APPEAL.index(time), APPEAL.index(time) + len(time), "DATE", "2019-07-12")] if time else []
    return Document(id="d1", text=APPEAL, source="test", sentences=[Sentence(0, len(APPEAL), 0, 0)],
                    timexes=timexes, events=[EventMention(v, v + 10, "crime", arguments=((role, a, a + len(words)),))])


@pytest.mark.parametrize(
    "words, time, expected",
    [
        pytest.param("12 juli", "vrijdag 12 juli", True, id="a-date-taken-for-the-subject-is-no-argument"),
        pytest.param("Vannacht", "Vannacht", True, id="a-night-taken-for-the-object-is-no-argument"),
        pytest.param("12 juli", None, False, id="untimed-the-same-words-count-as-an-argument"),
        pytest.param("een bakkerij", "Vannacht", False, id="a-real-object-beside-a-time-counts"),
    ],
)
def test_salience_a_role_filler_that_is_a_time_is_no_argument(words, time, expected):
    v = APPEAL.index("ingebroken")
    ev = Event(id="v-1", type="crime", label="ingebroken", mentions=[("d1", v, v + 10)])
    assert bare(ev, {"d1": _appeal("patient", words, time)}) is expected


# A report of an appointment (written for this test): the second sentence tells it again under a
# pronoun only.
APPOINTED = "De raad koos een nieuwe voorzitter. Hij werd dinsdag benoemd."


@pytest.mark.parametrize(
    "words, pos, expected",
    [
        pytest.param("Hij", "VNW(pers,pron,nomin,vol,3,ev,masc)", True, id="a-pronoun-alone-names-nobody"),
        pytest.param("Hij", "N(soort,ev,basis,zijd,stan)", False, id="the-same-word-as-a-noun-counts"),
    ],
)
def test_salience_a_pronoun_filler_is_no_argument(words, pos, expected):
    a = APPOINTED.index(words)
    v = APPOINTED.index("benoemd")
    toks = [Token(a, a + len(words), words.lower(), pos)]
    doc = Document(id="d1", text=APPOINTED, source="test", sentences=[Sentence(0, len(APPOINTED), 0, 0)],
                   tokens=toks, events=[EventMention(v, v + 7, "appoint", arguments=(("patient", a, a + len(words)),))])
    ev = Event(id="v-1", type="appoint", label="Hij werd benoemd", mentions=[("d1", v, v + 7)])
    assert bare(ev, {"d1": doc}) is expected


# What a club may do, and a theft told by a nominal infinitive (written for this test).
PLANS = "De club wil de spits verkopen. Het stelen van fietsen neemt toe."


@pytest.mark.parametrize(
    "word, pos, expected",
    [
        pytest.param("verkopen", "WW(inf,vrij,zonder)", True, id="a-bare-infinitive-is-what-may-happen"),
        pytest.param("stelen", "WW(inf,nom,zonder,zonder-n)", False, id="a-nominal-infinitive-names-a-happening"),
        pytest.param("verkopen", "WW(pv,tgw,mv)", False, id="a-finite-verb-tells-it"),
    ],
)
def test_salience_infinitive_only(word, pos, expected):
    a = PLANS.index(word)
    doc = Document(id="d1", text=PLANS, source="test", sentences=[Sentence(0, len(PLANS), 0, 0)],
                   tokens=[Token(a, a + len(word), word, pos)],
                   events=[EventMention(a, a + len(word), "economy", arguments=(("patient", 0, 7),))])
    ev = Event(id="v-1", type="economy", label=f"club {word}", participants=[("agent", "e-club")],
               mentions=[("d1", a, a + len(word))])
    assert infinitive_only(ev, {"d1": doc}) is expected
    annotate([ev], {"d1": doc})
    order_stories([Story(id="s", label="x", documents=["d1"], events=[ev.id])], [ev])
    assert bool(ev.attributes.get("lead")) is not expected, "an infinitive-only event never leads"
    assert bool(ev.attributes.get("infinitive")) is expected


def _untyped(docs: list[str]) -> Event:
    """The crackdown as an untyped verb ("ontruimd" is on no trigger list here), named, dated."""
    ev = _cleared(docs)
    ev.when = {"value": "2019-06-03", "granularity": "day"}
    ev.participants = [("agent", "e-leger"), ("patient", "e-kamp"), ("agent", "e-raad")]
    return ev


def test_salience_an_untyped_event_one_report_tells_is_the_tail():
    """Scoring above the cut, an untyped event told by one report is listed only on request; told by
    two independent reports it is shown, and a story that leads with it shows it."""
    docs = {d: _doc(d) for d in ("d1", "d2")}
    lone, told_twice = _untyped(["d1"]), _untyped(["d1", "d2"])
    annotate([lone, told_twice], docs)
    assert score_of(lone) >= 0.25  # above the cut: only the rule keeps it out
    assert lone.attributes.get("lone_untyped") and "lone_untyped" not in told_twice.attributes
    assert visible([lone]) == [] and visible([told_twice]) == [told_twice]
    assert visible([lone], show_all=True) == [lone]
    lone.attributes["lead"] = True
    assert visible([lone]) == [lone]
