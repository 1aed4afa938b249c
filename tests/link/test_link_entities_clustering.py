"""Clustering entity chains across documents (kroniek/link/entities/clustering.py): a bare surname
joins the one named person it fits. Candidates come from an index by surname part, which grows as
named persons absorb double surnames."""

from __future__ import annotations

import pytest


def _cluster(name: str, context: set[str], doc: str):
    from types import SimpleNamespace

    from kroniek.link.entities.cluster import Cluster
    from kroniek.link.names import parse_person

    person = parse_person(name)
    chain = SimpleNamespace(type="PER", subtype="", kind="person", keys=set(), acronyms=set(), person=person,
                            context=set(context), roles=[], mentions=[SimpleNamespace(doc=doc)])
    g = Cluster()
    g.add(chain)  # type: ignore[arg-type]
    return g


@pytest.mark.parametrize("names, joined, why", [
    (["Kajsa Ollongren", "Ollongren"], [[0, 1]], "one named person with that surname"),
    (["Mark Rutte", "Peter Rutte", "Rutte"], [[0], [1], [2]], "two named people compete: the surname stays apart"),
    (["Jan Jansen", "Jansen-Bakker", "Bakker"], [[0, 1, 2]],
     "the double surname joins Jan Jansen, and through it the bare Bakker finds him too"),
    (["Jan Jansen", "Bakker"], [[0], [1]], "no named person shares the surname"),
])
def test_clustering_bare_surnames_join_the_one_named_person(names: list[str], joined: list[list[int]], why: str) -> None:
    from kroniek.link.entities.clustering import absorb_bare_surnames

    clusters = [_cluster(n, {"org:gemeente"}, f"d{i}") for i, n in enumerate(names)]
    absorb_bare_surnames(clusters)
    got = [sorted(int(c.mentions[0].doc[1:]) for c in g.chains) for g in clusters if g.chains]
    assert got == joined, why
