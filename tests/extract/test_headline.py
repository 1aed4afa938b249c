"""A headline tells its post's happening (``extract.headline``, ``link.headlines``, salience).

Documents built by hand (one sentence a line, one token a word, event mentions placed on the
words named), no Frog; headlines and sentences written for these tests."""

from __future__ import annotations

from kroniek.extract.headline import (
    HeadlineEvent,
    headline_events,
    headline_mentions,
    headline_pairs,
    restates,
    separate_title,
    text_headline,
)
from kroniek.link.events import read_mentions
from kroniek.link.headlines import bind_headlines
from kroniek.link.salience import by_salience, headline_reports, salience
from kroniek.model import Document, Event, EventMention, Sentence, Token


def _doc(lines: list[str], events: dict[str, tuple[str, str]], *, title: str | None = None,
         doc_id: str = "d") -> Document:
    """One sentence a line; ``events``: trigger word -> (lemma, type), placed on its first use
    (a word the text lacks is left out)."""
    text = "\n".join(lines)
    sentences, tokens = [], []
    pos = 0
    for k, line in enumerate(lines):
        first = len(tokens)
        at = pos
        for word in line.split(" "):
            start = text.index(word, at)
            tokens.append(Token(start, start + len(word), word.lower(), "N(soort,ev,basis,zijd,stan)", sent=k))
            at = start + len(word)
        sentences.append(Sentence(pos, pos + len(line), first, len(tokens)))
        pos += len(line) + 1
    ems = []
    for word, (lemma, typ) in events.items():
        if word not in text:
            continue
        a = text.index(word)
        ems.append(EventMention(a, a + len(word), typ, lemma))
    return Document(id=doc_id, text=text, source="test", title=title, sentences=sentences, tokens=tokens,
                    events=sorted(ems, key=lambda m: m.start))


HEADLINED = ["Boeren blokkeren snelwegen rond Zwolle",
             "Honderden boeren hebben woensdagochtend de A28 bij Zwolle geblokkeerd met hun trekkers.",
             "De politie leidde het verkeer om."]
EVENTS = {"blokkeren": ("blokkeren", "protest"), "geblokkeerd": ("blokkeren", "protest"),
          "leidde": ("leiden", "other")}


def test_a_first_line_without_a_full_stop_is_the_headline() -> None:
    doc = _doc(HEADLINED, EVENTS)
    assert text_headline(doc) == doc.sentences[0]


def test_a_first_sentence_with_a_full_stop_is_no_headline() -> None:
    doc = _doc(["Honderden boeren hebben de A28 geblokkeerd.", "De politie leidde het verkeer om."], EVENTS)
    assert text_headline(doc) is None


def test_a_title_the_text_opens_with_is_its_headline_line() -> None:
    doc = _doc(HEADLINED, EVENTS, title="Boeren blokkeren snelwegen rond Zwolle")
    assert text_headline(doc) == doc.sentences[0]
    assert separate_title(doc) is None


def test_a_title_apart_from_the_text_is_separate() -> None:
    doc = _doc(HEADLINED[1:], EVENTS, title="Boeren blokkeren snelwegen rond Zwolle")
    assert text_headline(doc) is None
    assert separate_title(doc) == "Boeren blokkeren snelwegen rond Zwolle"


def test_the_lead_mention_restating_the_headline_is_paired() -> None:
    doc = _doc(HEADLINED, EVENTS)
    pairs = [(doc.text[a.start:a.end], doc.text[b.start:b.end]) for a, b in headline_pairs(doc)]
    assert pairs == [("blokkeren", "geblokkeerd")]


def test_restating_needs_the_lemma_its_stem_its_family_or_two_sayings() -> None:
    m = EventMention
    assert restates(m(0, 5, "economy", "verkoop"), m(0, 5, "economy", "verkopen"))
    assert restates(m(0, 5, "attack", "aanslag"), m(0, 5, "attack", "aanval"))
    assert restates(m(0, 5, "statement", "melden"), m(0, 5, "statement", "bekendmaken"))
    assert not restates(m(0, 5, "protest", "blokkeren"), m(0, 5, "other", "leiden"))


def test_the_linker_binds_a_headline_line_to_its_lead() -> None:
    doc = _doc(HEADLINED, EVENTS)
    ms = read_mentions([doc], lambda *a: None)
    by_word = {doc.text[m.em.start:m.em.end]: m for m in ms}
    assert by_word["geblokkeerd"].key in by_word["blokkeren"].bound
    assert by_word["leidde"].key not in by_word["blokkeren"].bound
    assert bind_headlines(ms) == 1


def test_a_separate_titles_happening_marks_its_lead_mention() -> None:
    doc = _doc(HEADLINED[1:], EVENTS, title="Boeren blokkeren snelwegen rond Zwolle")
    a = doc.text.index("geblokkeerd")
    doc.meta["headline"] = {"events": [HeadlineEvent(7, 16, "blokkeren", "protest", "asserted",
                                                     (a, a + len("geblokkeerd"))).to_dict()]}
    assert [e.restated for e in headline_events(doc)] == [(a, a + len("geblokkeerd"))]
    assert headline_mentions(doc) == {(a, a + len("geblokkeerd"))}


def test_salience_counts_the_reports_whose_headline_tells_the_event() -> None:
    docs = {}
    for k in ("a", "b"):
        d = _doc(HEADLINED[1:], EVENTS, title="Boeren blokkeren snelwegen rond Zwolle", doc_id=k)
        a = d.text.index("geblokkeerd")
        d.meta["headline"] = {"events": [HeadlineEvent(7, 16, "blokkeren", "protest", "asserted",
                                                       (a, a + 11)).to_dict()]}
        docs[k] = d
    a = docs["a"].text.index("geblokkeerd")
    told = Event("v-1", "protest", "boeren blokkeren A28", mentions=[("a", a, a + 11), ("b", a, a + 11)],
                 where=["e-a28"])
    k = docs["a"].text.index("leidde")
    other = Event("v-2", "protest", "politie leidde", mentions=[("a", k, k + 6), ("b", k, k + 6)],
                  where=["e-a28"])
    nameless = Event("v-3", "protest", "geblokkeerd", mentions=[("a", a, a + 11), ("b", a, a + 11)])
    assert headline_reports(nameless, docs) == 0, "a trigger word alone does not open a page"
    assert headline_reports(told, docs) == 2
    assert headline_reports(other, docs) == 0
    with_headlines = salience(told, docs)
    for d in docs.values():
        d.meta.clear()
    assert with_headlines > salience(told, docs)


def test_failing_a_word_the_first_lead_mention_of_the_headlines_type_restates_it() -> None:
    doc = _doc(["Gedetineerde ontsnapt uit kliniek in Utrecht",
                "Een patiënt van een kliniek in Utrecht is zondag niet teruggekeerd van zijn verlof.",
                "De politie zoekt hem."],
               {"ontsnapt": ("ontsnappen", "escape"), "teruggekeerd": ("terugkeren", "escape"),
                "zoekt": ("zoeken", "other")})
    pairs = [(doc.text[a.start:a.end], doc.text[b.start:b.end]) for a, b in headline_pairs(doc)]
    assert pairs == [("ontsnapt", "teruggekeerd")]


def test_an_untyped_headline_word_needs_its_own_word_in_the_lead() -> None:
    doc = _doc(["Wethouder bezoekt nieuwe school in Assen",
                "De wethouder opende maandag een nieuwe school in Assen.", "Er kwamen veel ouders."],
               {"bezoekt": ("bezoeken", "other"), "opende": ("openen", "other")})
    assert headline_pairs(doc) == []


def test_between_equal_scores_the_event_more_headlines_tell_comes_first() -> None:
    a = Event("v-a", "protest", "a", attributes={"salience": 0.5})
    b = Event("v-b", "protest", "b", attributes={"salience": 0.5, "headlines": 1})
    assert [e.id for e in by_salience([a, b])] == ["v-b", "v-a"]
