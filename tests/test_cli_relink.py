"""``kroniek relink``: links what is not linked yet; ``--full`` rebuilds and keeps the ids."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kroniek.cli import main
from kroniek.model import Document, PublishedDate
from kroniek.store import open_store

TEXTS = [
    "De gemeenteraad van Utrecht stemde dinsdag in met de bouw van een nieuwe brug over het kanaal.",
    "Utrecht krijgt een nieuwe brug over het kanaal: de gemeenteraad stemde dinsdag in met de bouw.",
    "In Groningen is de jaarlijkse bloemenmarkt door de regen een dag uitgesteld.",
]


def test_cli_relink_links_new_documents_and_full_keeps_ids(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    store = open_store(db)
    for i, text in enumerate(TEXTS):
        store.add_document(Document(id=f"d{i}", text=text, source=f"d{i}.txt", raw_hash=f"r{i}",
                                    published=PublishedDate("2019-06-04", "day", "metadata", "2019-06-04")),
                           text_hash=f"h{i}")
    store.close()
    run = CliRunner()
    first = run.invoke(main, ["relink", "--db", db])
    assert first.exit_code == 0, first.output
    assert "linked 3 documents" in first.output
    again = run.invoke(main, ["relink", "--db", db])
    assert "linked 0 documents" in again.output  # nothing left to link
    store = open_store(db)
    before = {s.id: sorted(s.documents) for s in store.stories()}
    store.close()
    full = run.invoke(main, ["relink", "--full", "--db", db])
    assert full.exit_code == 0 and "relinked every document" in full.output
    store = open_store(db)
    assert {s.id: sorted(s.documents) for s in store.stories()} == before
    assert any(len(d) == 2 for d in before.values())  # the two reports of the bridge are one story
    store.close()
