"""End to end through the CLI: ingest the seed corpus with real Frog, export, re-ingest, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroniek.analyse.frog import ReusedServers, handing_out
from kroniek.cli import main

pytestmark = pytest.mark.frog

README = Path(__file__).resolve().parent.parent / "README.md"


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def _ingest(frog: ReusedServers, *args: str, input: str | None = None):
    """``kroniek ingest`` on the session's Frog servers (conftest's ``frog_servers``)."""
    with handing_out(frog):
        return _run("ingest", *args, input=input)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir, frog_servers):
    db = tmp_path_factory.mktemp("db") / "k.db"
    result = _ingest(frog_servers, "--db", str(db), "--quiet", str(seeds_dir))
    assert result.exit_code == 0, result.output
    return db


def _export(db: Path) -> dict:
    out = _run("export", "--db", str(db), "--format", "json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    data.pop("generated")
    return data


def test_cli_export_has_every_contract_field(seeded):
    data = _export(seeded)
    assert data["format"] == "kroniek-export/1"
    assert set(data) >= {"documents", "entities", "timexes", "events", "quotes", "stories"}
    assert len(data["documents"]) == 5
    doc_fields = {"id", "source", "url", "title", "publisher", "genre", "category", "language",
                  "published", "text", "duplicate_of", "warnings"}
    for d in data["documents"]:
        assert set(d) >= doc_fields
        assert d["id"].startswith("d-") and d["language"] == "nl"
        assert d["published"] is None or set(d["published"]) == {"value", "granularity", "source", "raw"}
    for e in data["entities"]:
        assert set(e) >= {"id", "type", "name", "aliases", "mentions", "attributes"}
        assert e["type"] in {"PER", "ORG", "LOC", "MISC"}


def test_cli_export_offsets_point_at_their_text(seeded):
    data = _export(seeded)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    spans = [m for e in data["entities"] for m in e["mentions"]]
    spans += data["timexes"] + data["quotes"]
    spans += [m for v in data["events"] for m in v["mentions"]]
    assert len(spans) > 50
    for s in spans:
        assert texts[s["doc"]][s["start"] : s["end"]] == s["text"], s


def test_cli_seed_metadata_comes_out_right(seeded, seeds_dir):
    docs = {Path(d["source"]).name: d for d in _export(seeded)["documents"]}
    letter = docs["002_0d4738fe577050e9.txt"]
    assert letter["genre"] == "letter"
    assert letter["published"]["value"] == "2020-01-06"
    assert "verschillende" in letter["text"] and "verschil-" not in letter["text"]
    assert "majoor-generaal" in letter["text"]
    jekyll = docs["004_cefc1b29bad45298.txt"]
    assert jekyll["title"] and jekyll["category"] == "buitenland"
    assert jekyll["published"]["value"].startswith("2019-05-15")
    assert "<p>" not in jekyll["text"] and "feedburner" not in jekyll["text"]
    assert jekyll["url"].startswith("http")
    news = docs["000_9a0053aa2888a88b.txt"]
    assert not news["text"].lstrip().startswith("date")
    assert news["published"]["raw"] and "2020-01" in news["published"]["raw"]
    assert "truncated" in docs["001_810796f6d30d5d5a.txt"]["warnings"]


def test_cli_reingest_changes_nothing(seeded, seeds_dir, frog_servers):
    before = _export(seeded)
    again = _ingest(frog_servers, "--db", str(seeded), str(seeds_dir))
    assert again.exit_code == 0
    assert "0 added" in again.stderr and "5 already stored" in again.stderr
    assert _export(seeded) == before


def test_cli_bad_inputs_fail_alone_and_keep_the_store(seeded, seeds_dir, tmp_path, frog_servers):
    before = _export(seeded)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (batch / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
    (batch / "bomb.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<rss><channel><item><title>&lol2;</title></item></channel></rss>"
    )
    good = "Het kabinet heeft dinsdag in Den Haag een nieuw plan gepresenteerd. " * 3
    (batch / "good.txt").write_text(good, encoding="cp1252")
    result = _ingest(frog_servers, "--db", str(seeded), str(batch))
    assert result.exit_code == 1
    errors = [line for line in re.split(r"[\r\n]+", result.stderr) if line.startswith("error:")]
    for name in ("empty.txt", "binary.txt", "broken.pdf", "bomb.xml"):
        assert sum(name in line for line in errors) == 1, (name, result.stderr)
    assert "1 added" in result.stderr
    after = _export(seeded)
    assert len(after["documents"]) == 6
    old = {d["id"]: d for d in before["documents"]}
    for d in after["documents"]:
        if d["id"] in old:
            assert d == old[d["id"]]


def test_cli_reads_jsonl_from_stdin(tmp_path, frog_servers):
    db = tmp_path / "k.db"
    lines = [
        {"text": "De Tweede Kamer debatteert donderdag over de begroting van Defensie.",
         "title": "Debat", "published": "2021-03-04", "url": "https://example.org/a"},
        {"title": "no text here"},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = _ingest(frog_servers, "--db", str(db), "-", input=stdin)
    assert result.exit_code == 1  # the second line has no text
    assert re.search(r"<stdin>.*2|line 2", result.stderr)
    data = _export(db)
    assert [d["title"] for d in data["documents"]] == ["Debat"]
    assert data["documents"][0]["published"]["value"] == "2021-03-04"


def test_cli_show_prints_the_chronicle(seeded):
    out = _run("show", "--db", str(seeded))
    assert out.exit_code == 0
    assert "What happened when" in out.stdout
    assert re.search(r"^2020-01-0\d", out.stdout, re.M)


def test_cli_stats_counts(seeded):
    out = _run("stats", "--db", str(seeded), "--json")
    counts = json.loads(out.stdout)
    assert counts["documents"] >= 5 and counts["tokens"] > 2000 and counts["mentions"] > 20


def test_cli_every_command_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for name, cmd in main.commands.items():
        assert f"kroniek {name}" in readme, f"`kroniek {name}` is not documented in README.md"
        sub = getattr(cmd, "list_commands", None)
        for subname in sub(None) if sub else ():
            assert f"kroniek {name} {subname}" in readme, f"`kroniek {name} {subname}` not in README.md"


def test_cli_export_event_mentions_say_who_reports_them(seeded):
    data = _export(seeded)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    reported = [m for v in data["events"] for m in v["mentions"] if m.get("reported_by")]
    assert len(reported) >= 5
    for m in reported:
        r = m["reported_by"]
        assert texts[m["doc"]][r["start"] : r["end"]] == r["text"]
        if r["quote"]:
            assert r["quote"]["start"] <= m["start"] < r["quote"]["end"], "the event is told inside that quote"
    assert {m["factuality"] for v in data["events"] for m in v["mentions"]} >= {"asserted", "negated"}


def test_cli_seed_month_dated_texts_get_the_day_the_corpus_settles(seeded):
    """000 sent its letter "maandagavond" (the Kamerbrief 002 of Monday 6 January) and announces
    the Council of Friday 10 January as "Vrijdag": it is of 6 to 10 January, the earliest of
    which is committed. 003 reports the resolution of "Zondag" (5 January in 001 and 002), the
    strike of "de nacht van donderdag op vrijdag" and a statement "eerder op dinsdag": Tuesday 7
    January. Their weekday expressions are then resolved against those days."""
    data = _export(seeded)
    docs = {Path(d["source"]).name[:3]: d for d in data["documents"]}
    names = {d["id"]: Path(d["source"]).name[:3] for d in data["documents"]}
    for name, day in (("000", "2020-01-06"), ("003", "2020-01-07")):
        assert docs[name]["published"] == {"value": day, "granularity": "day", "source": "inferred", "raw": "2020-01"}
    values = {(names[t["doc"]], t["text"]): t["value"] for t in data["timexes"]}
    assert values["000", "maandagavond"] == "2020-01-06TEV"
    assert values["000", "Vrijdag"] == "2020-01-10"
    assert values["003", "Zondag"] == "2020-01-05"
    assert values["003", "dinsdag"] == "2020-01-07"


def test_cli_seed_strike_is_one_event_and_sources_disagree_on_the_weapon(seeded):
    data = _export(seeded)
    names = {d["id"]: Path(d["source"]).name[:3] for d in data["documents"]}
    strikes = [v for v in data["events"] if v["type"] in ("kill", "attack") and len({m["doc"] for m in v["mentions"]}) >= 4]
    assert len(strikes) == 1, "the strike told by four sources is one event"
    strike = strikes[0]
    assert {names[m["doc"]] for m in strike["mentions"]} == {"000", "001", "002", "003"}
    words = {m["text"].lower() for m in strike["mentions"]}
    assert {"liquidatie", "droneaanval", "raketaanval", "executie", "dood"} <= words
    assert strike["when"] == {"value": "2020-01-03", "granularity": "day"}
    manner = {r["value"]: {names[s] for s in r["sources"]}
              for d in strike["attributes"]["disagreements"] if d["aspect"] == "manner" for r in d["readings"]}
    assert manner["raket"] == {"002"} and {"000", "001", "003"} <= manner["drone"]
    # A label a person reads as a headline: built from a verb mention saying who did what to whom,
    # not from a noun ("liquidatie … van …") that happens to name more entities.
    assert strike["label"].startswith("Qassem Soleimani gedood door Verenigde Staten"), strike["label"]


def test_cli_seed_motion_dates_the_report_that_says_gisteren(seeded):
    data = _export(seeded)
    docs = {Path(d["source"]).name[:3]: d for d in data["documents"]}
    names = {d["id"]: Path(d["source"]).name[:3] for d in data["documents"]}
    assert docs["001"]["published"] == {"value": "2020-01-06", "granularity": "day", "source": "inferred", "raw": "2020-01"}
    motions = [v for v in data["events"] if v["type"] == "decide" and len({m["doc"] for m in v["mentions"]}) >= 3]
    assert len(motions) == 1
    # 000, a news report, quotes the cabinet's letter (002) on what will follow "de motie": the same motion
    assert {names[m["doc"]] for m in motions[0]["mentions"]} == {"000", "001", "002", "003"}
    assert motions[0]["when"] == {"value": "2020-01-05", "granularity": "day"}
    # The main clause that tells the vote, not the relative clause "de tekst die het parlement
    # aannam" whose misparsed object ("de Iraakse regering") names an entity.
    assert "resolutie" in motions[0]["label"] and "regering" not in motions[0]["label"], motions[0]["label"]
    gisteren = [t for t in data["timexes"] if names[t["doc"]] == "001" and t["text"] == "gisteren"]
    assert gisteren and all(t["value"] == "2020-01-05" for t in gisteren)


def _strike_and_motion(data: dict) -> tuple[str, str]:
    strike = next(v["id"] for v in data["events"] if v["type"] in ("kill", "attack")
                  and len({m["doc"] for m in v["mentions"]}) >= 4)
    motion = next(v["id"] for v in data["events"] if v["type"] == "decide"
                  and len({m["doc"] for m in v["mentions"]}) >= 3)
    return strike, motion


def test_cli_seed_story_lists_strike_and_motion_first_and_hides_the_tail(seeded):
    """The four-document story reads as a chronicle: its two real cross-source happenings first,
    at most 15 events by default, the rest of them behind --all / ?all=1."""
    from kroniek.serve.views import story_detail
    from kroniek.store.sqlite import SQLiteStore

    data = _export(seeded)
    strike, motion = _strike_and_motion(data)
    # The story of the four reports on the strike (another test may add an unrelated document to it).
    story = next(s for s in data["stories"] if strike in s["events"])
    assert len(s_docs := [d for d in story["documents"] if d in {m["doc"] for v in data["events"]
                                                                if v["id"] == strike for m in v["mentions"]}]) == 4, s_docs
    store = SQLiteStore(str(seeded))
    try:
        detail = story_detail(store, story["id"], show_all=False)
        every = story_detail(store, story["id"], show_all=True)
    finally:
        store.close()
    shown = [e["id"] for e in detail["event_details"]]
    assert shown[:2] == [strike, motion]
    assert story["events"][:2] == [strike, motion], "the export lists a story's events most salient first too"
    assert 2 <= len(shown) <= 15
    assert detail["hidden_events"] == len(every["event_details"]) - len(shown) > 0
    rows = json.loads(_run("timeline", "--db", str(seeded), "--story", story["id"], "--format", "json").stdout)
    all_rows = json.loads(_run("timeline", "--db", str(seeded), "--story", story["id"], "--format", "json",
                               "--all").stdout)
    assert {r["event"] for r in rows} == set(shown) and len(all_rows) == len(every["event_details"])
    listed = _run("show", "--db", str(seeded)).stdout.split("== Events", 1)[1].split("\n== ", 1)[0]
    firsts = [line for line in listed.splitlines()[1:] if line[:1] in "0123456789u≤~>"]
    assert "Verenigde Staten" in firsts[0] and "2020-01-03" in firsts[0]
    assert firsts[1].startswith("2020-01-05")


def test_cli_seed_participants_are_entities_not_adjectives(seeded):
    data = _export(seeded)
    ents = {e["id"]: e for e in data["entities"]}
    strike, _ = _strike_and_motion(data)
    for v in data["events"]:
        for p in v["participants"]:
            assert "nationality" not in ents[p["entity"]]["attributes"], (v["label"], ents[p["entity"]]["name"])
    agents = {ents[p["entity"]]["name"] for v in data["events"] if v["id"] == strike
              for p in v["participants"] if p["role"] == "agent"}
    assert agents == {"Verenigde Staten"}
    patients = {ents[p["entity"]]["name"] for v in data["events"] if v["id"] == strike
                for p in v["participants"] if p["role"] == "patient"}
    # "De leider van de Iraanse Quds-brigade" is Soleimani, not the NATO leader named before
    assert "Qassem Soleimani" in patients and not any("Stoltenberg" in n for n in patients), patients
