"""The learned trigger filter: its features on real Frog parses, the shipped model, and training."""

from __future__ import annotations

import pytest

from kroniek.extract.events import EventExtractor, ParsedSentence
from kroniek.extract.triggers import TriggerModel, features, train, trigger_model
from kroniek.model import Document

SENTENCES = [
    "De politie heeft gisteren drie verdachten gearresteerd.",
    "De regering stelde de rebellen een ultimatum.",
    "Uitbreiding",
    "De minister zegt dat de gesprekken worden hervat.",
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    from kroniek.analyse.annotator import FrogAnnotator

    return FrogAnnotator(frog)(Document(id="trig", text="\n\n".join(SENTENCES), source="test"))


def _candidates(doc: Document, k: int) -> dict[str, list[str]]:
    s = ParsedSentence(doc, doc.sentences[k])
    return {doc.text[m.start : m.end]: features(s, i, m, support=sup)
            for i, m, sup in EventExtractor(other=True).candidates(s)}


@pytest.mark.frog
@pytest.mark.parametrize(
    "k, word, wanted",
    [
        pytest.param(0, "gearresteerd", {"type=arrest", "pos=WW", "rel=vc", "hlemma=hebben", "tag=WW(vd,vrij"},
                     id="participle-under-hebben"),
        pytest.param(1, "ultimatum", {"type=threaten", "support", "det=indef"}, id="support-noun-indefinite"),
        pytest.param(3, "zegt", {"type=statement", "root", "kid=su"}, id="saying-verb-at-the-root"),
    ],
)
def test_triggers_features_read_the_parse(doc, k, word, wanted):
    feats = _candidates(doc, k)
    assert word in feats, feats
    assert wanted <= set(feats[word]), feats[word]


@pytest.mark.frog
def test_triggers_learned_filter_keeps_a_subset_and_clear_happenings(doc):
    plain = {(e.start, e.end) for e in EventExtractor(other=True).extract(doc)}
    learned = EventExtractor(other=True, learned=True).extract(doc)
    kept = {(e.start, e.end) for e in learned}
    assert kept <= plain
    assert "gearresteerd" in {doc.text[a:b] for a, b in kept}, "an arrest reported in the perfect is kept"


def test_triggers_shipped_model_loads():
    model = trigger_model()
    assert model is not None and 0 < model.threshold < 1
    assert "bias" in model.weights and not any(f.startswith("lemma=") for f in model.weights)


def test_triggers_train_learns_which_features_mark_events():
    rows = [(["bias", "pos=WW", "rel=ROOT"], 1)] * 20 + [(["bias", "pos=N", "rel=mod"], 0)] * 20
    model = TriggerModel(train(rows, l2=0.1, epochs=400), 0.5)
    assert model.keep(["bias", "pos=WW", "rel=ROOT"])
    assert not model.keep(["bias", "pos=N", "rel=mod"])
