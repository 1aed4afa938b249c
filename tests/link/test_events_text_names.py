"""Names a report gives around the happening that the other text gives elsewhere: one outlet names
the town in the sentence that tells the fire, the next names it earlier and tells the fire again in
a sentence that names nobody ("De brand ..."). Where the sentences and leads share no name, the
names one report gives around the mention that the other text gives anywhere count, at a lower weight;
a name both texts give only in passing (neither around its mention) does not. Hand-made documents;
sentences written for this test."""

from __future__ import annotations

from kroniek.link.events import LinkWeights, link_events
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence

DAY = "2019-06-14"
NAMES = {"Zwolle": ("e-zwolle", "LOC"), "Deventer": ("e-deventer", "LOC"), "Kampen": ("e-kampen", "LOC"),
         "Meppel": ("e-meppel", "LOC"), "Van Dijk Transport": ("e-vandijk", "ORG")}

# The first report names the town and the firm in the sentence of the fire.
FIRST = ["Bij een grote brand bij Van Dijk Transport in Zwolle is vannacht een loods verwoest."]
# The second names them in its second sentence and tells the fire again in a sentence naming nobody.
SECOND = ["Het was een onrustige nacht.", "In Zwolle rukte de brandweer uit naar Van Dijk Transport.",
          "De brand verwoestte een loods."]


def _doc(doc_id: str, sentences: list[str], trigger_sentence: int, trigger: str, lemma: str,
         typ: str = "fire") -> Document:
    text = " ".join(sentences)
    doc = Document(id=doc_id, text=text, source=doc_id, title="",
                   published=PublishedDate(DAY, "day", "metadata", DAY))
    start = 0
    for k, s in enumerate(sentences):
        doc.sentences.append(Sentence(start, start + len(s), k, k))
        start += len(s) + 1
    for name, (_, label) in NAMES.items():
        k = text.find(name)
        if k >= 0:
            doc.mentions.append(Mention(k, k + len(name), label))
    k = text.index(trigger, doc.sentences[trigger_sentence].start)
    doc.events.append(EventMention(k, k + len(trigger), typ, lemma))
    return doc


def _one_event(docs: list[Document], weights: LinkWeights | None = None) -> bool:
    # other texts of the window, so that the town and the firm are rare names among them
    others = [_doc(f"d-x{i}", [f"Een ongeluk bij Meppel hield de weg {i + 2} uur dicht."], 0, "ongeluk",
                   "ongeluk", "accident") for i in range(4)]
    every = docs + others

    def entity(doc_id: str, s: int, e: int) -> str | None:
        d = next(d for d in every if d.id == doc_id)
        hit = NAMES.get(d.text[s:e])
        return hit[0] if hit else None

    events = link_events(every, entity, weights=weights or LinkWeights())
    owner = {doc: e.id for e in events for doc, _, _ in e.mentions}
    return owner[docs[0].id] == owner[docs[1].id]


def test_events_names_given_elsewhere_in_the_other_text_join() -> None:
    docs = [_doc("d-1", FIRST, 0, "brand", "brand"), _doc("d-2", SECOND, 2, "brand", "brand")]
    assert _one_event(docs)


def test_events_text_names_off_keeps_them_apart() -> None:
    """The guard: without the text's names the two reports share no name and stay apart."""
    docs = [_doc("d-1", FIRST, 0, "brand", "brand"), _doc("d-2", SECOND, 2, "brand", "brand")]
    assert not _one_event(docs, LinkWeights(text_names=0.0))


def test_events_other_names_elsewhere_stay_apart() -> None:
    second = ["Het was een onrustige nacht.", "In Deventer rukte de brandweer uit naar een loods.",
              "De brand verwoestte een loods."]
    docs = [_doc("d-1", FIRST, 0, "brand", "brand"), _doc("d-2", second, 2, "brand", "brand")]
    assert not _one_event(docs)


def test_events_names_both_texts_give_only_in_passing_do_not_count() -> None:
    """Neither report gives the names around its mention: that both texts name the town and the firm
    somewhere ties nothing (two fires, each text mentioning the firm in Zwolle in passing)."""
    first = ["Een brand verwoestte vannacht een schuur.", "Eerder was er onrust bij Van Dijk Transport in Zwolle."]
    second = ["De brand verwoestte een loods.", "Eerder deze week was er in Kampen ook onrust.",
              "Ook Van Dijk Transport in Zwolle kent zulke zorgen."]
    docs = [_doc("d-1", first, 0, "brand", "brand"), _doc("d-2", second, 0, "brand", "brand")]
    assert not _one_event(docs)


def test_events_text_names_also_for_untyped_mentions() -> None:
    """An untyped verb told again without names joins as a typed one does, by the same lemma and the
    names around the first report's mention."""
    first = ["Bij Van Dijk Transport in Zwolle blokkeerden boeren vannacht de weg."]
    second = ["Het was een onrustige nacht.", "In Zwolle trok de politie naar Van Dijk Transport.",
              "Boeren blokkeerden de weg."]
    docs = [_doc("d-1", first, 0, "blokkeerden", "blokkeren", "other"),
            _doc("d-2", second, 2, "blokkeerden", "blokkeren", "other")]
    assert _one_event(docs)
    assert not _one_event(docs, LinkWeights(text_names=0.0))


def test_events_text_names_weighed_once_per_text() -> None:
    """A text's names are read and weighed once: its mentions share one table, which holds every
    name of the text, weighed as a mention read alone would weigh them."""
    from kroniek.link.events import read_mentions
    from kroniek.link.events.mentions import read_mention
    from kroniek.link.events.name_table import name_table, weigh_names

    first = _doc("d-1", FIRST, 0, "brand", "brand")
    second = _doc("d-2", SECOND, 2, "brand", "brand")
    k = second.text.index("verwoestte")
    second.events.append(EventMention(k, k + len("verwoestte"), "fire", "verwoesten"))
    docs = [first, second]

    def entity(doc_id: str, s: int, e: int) -> str | None:
        d = next(d for d in docs if d.id == doc_id)
        hit = NAMES.get(d.text[s:e])
        return hit[0] if hit else None

    ms = read_mentions(docs, entity)
    a, b = (m for m in ms if m.key[0] == "d-2")
    assert a.text_names is b.text_names
    alone = [read_mention(d, em, entity, name_table(d, entity)) for d in docs for em in d.events]
    weigh_names(alone)
    assert [m.text_names for m in ms] == [m.text_names for m in alone]
    assert set(a.text_names) >= {"e-zwolle", "e-vandijk"}
