"""The Pipeline checks the layers its components require and assign once, when it is built."""

from __future__ import annotations

import re
import sys

import pytest
from copies import clone

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.analyse.frog import RecordedFrog
from kroniek.extract.coref import Coreference
from kroniek.extract.docdate import DocDate
from kroniek.extract.events import EventExtractor
from kroniek.extract.ner import CrfNer
from kroniek.extract.quotes import QuoteExtractor
from kroniek.extract.timex import TimexTagger
from kroniek.model import Document, PublishedDate
from kroniek.pipeline import LAYERS, Pipeline, PipelineError, assigns_of, requires_of


@pytest.fixture(scope="module")
def shipped(fixtures_dir):
    """The shipped components in the order chronicle.default_pipeline runs them, Frog recorded."""
    frog = FrogAnnotator(backend=RecordedFrog(fixtures_dir / "frog"))
    return [DocDate(), frog, CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(), EventExtractor()]


def _by_name(components, names):
    index = {c.name: c for c in components}
    return [index[n] for n in names]


def test_pipeline_shipped_order_builds(shipped) -> None:
    assert Pipeline(shipped).names == ["docdate", "frog", "ner", "coref", "timex", "quotes", "events"]


@pytest.mark.parametrize(
    ("order", "component", "layer"),
    [
        (["docdate", "frog", "ner", "coref", "events", "timex", "quotes"], "events", "timexes"),  # events read times
        (["docdate", "frog", "ner", "coref", "timex", "events", "quotes"], "events", "quotes"),
        (["docdate", "frog", "ner", "timex", "quotes", "coref"], "quotes", "chains"),  # speakers read the chains  # ... and quotes
        (["docdate", "ner", "frog"], "ner", "tokens"),  # the CRF tags Frog's tokens
        (["docdate", "quotes", "frog"], "quotes", "sentences"),  # speakers come from the parse
        (["docdate", "timex", "frog"], "timex", "tokens"),  # tense comes from Frog's tags
    ],
)
def test_pipeline_misordered_is_refused_at_build(shipped, order, component, layer) -> None:
    with pytest.raises(PipelineError, match=rf"'{component}' requires layer\(s\) .*{layer}"):
        Pipeline(_by_name(shipped, order))


def test_pipeline_add_checks_too(shipped) -> None:
    pipe = Pipeline(_by_name(shipped, ["docdate", "frog"]))
    with pytest.raises(PipelineError, match="'events'"):
        pipe.add(_by_name(shipped, ["events"])[0])
    assert pipe.names == ["docdate", "frog"], "a refused component is not added"


def test_pipeline_given_layers_count_as_assigned(shipped) -> None:
    """Documents Frog has already analysed can go through the extractors alone."""
    Pipeline(_by_name(shipped, ["ner"]), given=("sentences", "tokens", "mentions"))
    with pytest.raises(PipelineError, match="unknown layer 'parse'"):
        Pipeline([], given=()).add(type("Odd", (), {"name": "odd", "requires": ("parse",)})())


def _seed_docs(fixtures_dir, seeds_dir) -> list[Document]:
    sys.path.insert(0, str(fixtures_dir / "frog"))
    from record_seeds import seed_text

    docs = []
    for p in sorted(seeds_dir.glob("*.txt")):
        month = re.match(r" date (\d{4}-\d{2}) ", p.read_text(encoding="utf-8"))
        published = PublishedDate(month.group(1), "month") if month else None
        docs.append(Document(id=p.stem[:3], text=seed_text(p), source=str(p), published=published))
    return docs


def _layer(doc: Document, name: str):
    return clone(getattr(doc, name))


def _only(doc: Document, keep) -> Document:
    """A copy of the document with every layer not in ``keep`` emptied."""
    out = clone(doc)
    for name in LAYERS:
        if name not in keep:
            setattr(out, name, None if name == "published" else [])
    return out


@pytest.fixture(scope="module")
def seed_runs(shipped, fixtures_dir, seeds_dir) -> list[tuple[dict[str, Document], Document]]:
    """Each recorded-Frog seed run once through every component: (the document as it stood before
    each component, by name; the finished document). Deep copies (``clone``), so no test changes another's."""
    runs = []
    for doc in _seed_docs(fixtures_dir, seeds_dir):
        before = {}
        for c in shipped:
            before[c.name] = clone(doc)
            doc = c(doc)
        runs.append((before, doc))
    return runs


@pytest.mark.parametrize("name", ["docdate", "frog", "ner", "coref", "timex", "quotes", "events"])
def test_pipeline_declarations_match_what_components_read_and_write(shipped, seed_runs, name) -> None:
    """On the recorded-Frog seeds, each component with only its declared layers present writes
    exactly its declared layers, and writes the same as with every layer present."""
    [comp] = _by_name(shipped, [name])
    assigned: set[str] = set()
    for befores, done in seed_runs:
        before = befores[name]
        # Everything present (later layers too), except what this component writes as it stood before.
        rich = clone(done)
        for layer in assigns_of(comp):
            setattr(rich, layer, _layer(before, layer))
        minimal = _only(rich, set(requires_of(comp)) | (set(assigns_of(comp)) & set(requires_of(comp))))
        start = clone(minimal)
        out_min = comp(minimal)
        out_rich = comp(clone(rich))
        changed = {layer for layer in LAYERS if getattr(out_min, layer) != getattr(start, layer)}
        assert changed <= set(assigns_of(comp)), f"{name} writes undeclared layers {changed}"
        assigned |= changed
        for layer in assigns_of(comp):
            assert getattr(out_min, layer) == getattr(out_rich, layer), (
                f"{name} on {done.id}: {layer} differs when undeclared layers are present, so it reads one"
            )
    assert assigned == set(assigns_of(comp)), f"{name} never wrote {set(assigns_of(comp)) - assigned}"
