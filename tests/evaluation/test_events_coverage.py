"""What the Dutch MEANTIME conversion annotates (eval/events/README.md) and the lead-only figure."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kroniek.evaluation.events import (
    LEAD_LAST_SENTENCE,
    GoldMention,
    _scored_part,
    annotation_coverage,
    command,
    read_meantime,
)

# Two small articles of our own: a title, a dateline, then body sentences.
ARTICLES = {
    "corpus_x/1": ["Fabriek in Tilburg sluit", "03-Mar-09", "De fabriek sluit in juni .",
                   "Tweehonderd mensen verliezen hun baan .", "De vakbond protesteert .",
                   "Het bedrijf zoekt een koper .", "Eerder verkocht het een hal ."],
    "corpus_y/2": ["Bank verhoogt rente", "04-Apr-09", "De bank verhoogde dinsdag de rente ."],
}


def _write_corpus(root: Path) -> Path:
    nl = root / "output_data" / "nl"
    nl.mkdir(parents=True)
    lines = []
    for key, sents in ARTICLES.items():
        lines.append(f"#begin document ({key}); part 000")
        for sid, sent in enumerate(sents):
            lines += [f"{key}\t{sid}\t{tid}\t{w}\t-" for tid, w in enumerate(sent.split())]
            lines.append("")
    (nl / "meantime.conll").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def mention(key: str, sid: int, tid: int, chain: str) -> dict[str, object]:
        topic, sub = key.split("/")
        return {"topic": topic, "subtopic": sub, "sent_id": sid, "tokens_number": [tid], "mention_head_id": tid,
                "mention_id": f"{key}-{sid}-{tid}", "coref_chain": chain}

    events = [mention("corpus_x/1", 0, 2, "cross_OTH1"), mention("corpus_x/1", 2, 2, "cross_OTH1"),
              mention("corpus_x/1", 6, 1, "cross_OTH2")]
    entities = [mention("corpus_x/1", 3, 0, "cross_PER1"), mention("corpus_y/2", 0, 0, "cross_ORG1")]
    (nl / "event_mentions.json").write_text(json.dumps(events), encoding="utf-8")
    (nl / "entities_mentions.json").write_text(json.dumps(entities), encoding="utf-8")
    (root / "list_instances.csv").write_text(
        "#ID\tTYPE\tCLASS\nOTH1\tEVENT\tOTHER\nOTH2\tEVENT\tOTHER\nOTH3\tEVENT\tOTHER\nPER1\tENTITY\tPER\n",
        encoding="utf-8")
    return root


def test_coverage_counts_annotated_sentences_per_topic_and_position(tmp_path):
    cov = annotation_coverage(_write_corpus(tmp_path))
    x = cov["topics"]["corpus_x"]
    assert (x["documents"], x["sentences"], x["documents_with_event"]) == (1, 7, 1)
    assert (x["with_event"], x["with_entity"], x["with_any"]) == (3, 1, 4)
    # Sentence 6 lies past the lead.
    assert (x["lead_sentences"], x["lead_with_event"], x["lead_with_entity"]) == (6, 2, 1)
    assert cov["topics"]["corpus_y"]["documents_with_event"] == 0
    title = cov["by_position"][0]
    assert (title["articles"], title["with_event"], title["with_entity"]) == (2, 1, 1)
    assert cov["by_position"][1]["with_event"] == 0
    # Three event instances listed, two with a Dutch mention.
    assert (cov["event_instances"], cov["event_instances_with_mention"]) == (3, 2)


def test_lead_scoring_stops_after_the_lead_and_keeps_its_gold(tmp_path):
    md = next(m for m in read_meantime(_write_corpus(tmp_path)) if m.key == "corpus_x/1")

    def gold(sid: int) -> GoldMention:
        a, b = md.offsets[sid, 1]
        return GoldMention(f"g{sid}", md.key, a, b, (a, b), sid, "c")

    golds = [gold(2), gold(6)]
    limit, kept = _scored_part(md, golds, lead=True)
    assert [g.sent_id for g in kept] == [2]
    assert md.doc.text[limit:].startswith("Eerder verkocht")
    assert LEAD_LAST_SENTENCE == 5
    limit, kept = _scored_part(md, golds, lead=False)
    assert len(kept) == 2 and limit == len(md.doc.text)


def test_coverage_command_prints_the_tables(tmp_path):
    out = CliRunner().invoke(command, [str(_write_corpus(tmp_path)), "--coverage"])
    assert out.exit_code == 0, out.output
    assert "corpus_x" in out.output and "CROMER event instances" in out.output


def test_link_errors_are_listed_splits_first():
    from kroniek.evaluation.events import LinkError, format_link_errors

    errors = [LinkError("joined", [["1: verkocht | Het bedrijf verkocht de fabriek ."],
                                   ["1: verkocht | Een week later verkocht het ook de hal ."]]),
              LinkError("split", [["1: meldt | Bank meldt verlies"], ["2: verlies | Het verlies bedroeg een miljoen ."]])]
    text = format_link_errors(errors)
    assert text.splitlines()[0] == "1 gold chains split, 1 system clusters joining several chains"
    assert text.index("split:") < text.index("joined:")
    assert "  [1] 2: verlies" in text
