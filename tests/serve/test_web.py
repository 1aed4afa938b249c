"""Server-rendered pages: every page renders, links resolve to anchors, hostile text stays text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from kroniek.serve.web.routes import annotated_text, counted


class _Collect(HTMLParser):
    """Element names, ids, hrefs and script tags of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])  # type: ignore[arg-type]
        if tag == "script":
            self.scripts.append(a)


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


def _story_with(client: TestClient, n: int) -> dict:
    return next(s for s in client.get("/api/stories").json()["stories"] if len(s["documents"]) == n)


def test_web_story_page_links_events_to_source_sentences(client: TestClient) -> None:
    story = _story_with(client, 4)
    page = client.get(f"/stories/{story['id']}")
    assert page.status_code == 200
    assert "<svg" in page.text and "Timeline" in page.text
    links = [h for h in _parse(page.text).hrefs if h.startswith("/documents/") and "#s-" in h]
    assert links
    for href in links[:5]:
        path, anchor = href.split("#")
        doc = _parse(client.get(path).text)
        assert anchor in doc.ids, href


def test_web_entity_page_has_chart_map_quotes(client: TestClient) -> None:
    bijleveld = client.get("/api/entities", params={"q": "Bijleveld"}).json()["entities"][0]
    page = client.get(f"/entities/{bijleveld['id']}").text
    assert "Quotes" in page and "Related entities" in page and 'class="chart"' in page
    assert 'class="map"' not in page  # a person has no place on the map
    irak = client.get("/api/entities", params={"q": "Irak", "type": "LOC"}).json()["entities"][0]
    place = client.get(f"/entities/{irak['id']}").text
    # Irak at 33N 44E on a 2x equirectangular map: x = (44 + 180) * 2, y = (90 - 33) * 2
    assert re.search(r'<circle cx="448\.0" cy="114\.0"[^>]*class="place"', place)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/", id="story list"),
        pytest.param("/entities", id="entity list"),
        pytest.param("/search?q=%3Cscript%3E", id="search for markup"),
        pytest.param("/search?q=kop", id="search hit in hostile title"),
    ],
)
def test_web_pages_escape_hostile_text(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    p = _parse(r.text)
    assert all(s.get("src") == "/static/app.js" for s in p.scripts), p.scripts
    assert "<script>alert" not in r.text and "<img src=x" not in r.text


def test_web_document_page_escapes_hostile_text(client: TestClient) -> None:
    doc = next(d for d in client.get("/api/documents").json()["documents"] if d["genre"] == "other")
    r = client.get(f"/documents/{doc['id']}")
    assert r.status_code == 200
    p = _parse(r.text)
    assert all(s.get("src") == "/static/app.js" for s in p.scripts)
    assert "img" not in p.tags and "b" not in p.tags
    article = re.search(r'<article class="text" id="text"[^>]*>(.*?)</article>', r.text, re.S).group(1)  # type: ignore[union-attr]
    full = client.get(f"/api/documents/{doc['id']}").json()["text"]
    assert html.unescape(re.sub(r"<[^>]+>", "", article)) == full
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; &amp; co" in r.text  # the title


def test_web_pages_load_nothing_from_other_hosts(client: TestClient) -> None:
    story = _story_with(client, 4)
    for path in ("/", f"/stories/{story['id']}", "/search?q=Irak"):
        html = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', html), path


def test_web_document_anchors_every_sentence(client: TestClient) -> None:
    for summary in client.get("/api/documents").json()["documents"]:
        d = client.get(f"/api/documents/{summary['id']}").json()
        ids = _parse(client.get(f"/documents/{d['id']}").text).ids
        assert {s["id"] for s in d["sentences"]} <= ids


@pytest.mark.parametrize(
    ("text", "mention", "quote", "expect"),
    [
        pytest.param("Rutte zegt: 'ja'.", (0, 5), (12, 14), '<a class="ent ent-PER" href="/entities/e-1"',
                     id="mention becomes a link"),
        pytest.param("A <b> & B zegt 'x'.", (8, 9), (16, 17), "A &lt;b&gt; &amp;", id="markup in text escaped"),
        pytest.param("Zij zei \"<i>\" niet.", (0, 3), (9, 12), '<span class="quote" title="quote: Zij">&lt;i&gt;</span>',
                     id="quoted markup escaped inside quote"),
    ],
)
def test_web_annotated_text_nests_and_escapes(
    text: str, mention: tuple[int, int], quote: tuple[int, int], expect: str,
) -> None:
    d = {
        "text": text, "sentences": [{"start": 0, "end": len(text), "id": "s-0"}],
        "mentions": [{"start": mention[0], "end": mention[1], "text": text[slice(*mention)], "type": "PER",
                      "entity": "e-1", "entity_name": text[slice(*mention)], "sentence": "s-0"}],
        "quotes": [{"start": quote[0], "end": quote[1], "speaker_name": text[slice(*mention)],
                    "speaker_text": None, "sentence": "s-0"}],
        "timexes": [], "events": [],
    }
    out = str(annotated_text(d))
    assert expect in out
    assert out.startswith('<span class="sent" id="s-0">') and out.endswith("</span>")
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_web_unknown_ids_give_html_404(client: TestClient) -> None:
    for path in ("/stories/s-nope", "/entities/e-nope", "/documents/d-nope"):
        r = client.get(path)
        assert r.status_code == 404 and "text/html" in r.headers["content-type"]


@pytest.mark.parametrize(
    ("n", "noun", "expect"),
    [
        pytest.param(1, "document", "1 document", id="one takes the singular"),
        pytest.param(0, "document", "0 documents", id="zero takes the plural"),
        pytest.param(4, "entity", "4 entities", id="consonant y becomes ies"),
        pytest.param(2, "story", "2 stories", id="story becomes stories"),
        pytest.param(3, "day", "3 days", id="vowel y keeps its y"),
    ],
)
def test_web_counted_agrees_in_number(n: int, noun: str, expect: str) -> None:
    assert counted(n, noun) == expect


def test_web_pages_label_the_interface_in_english(client: TestClient) -> None:
    story = _story_with(client, 4)
    page = client.get(f"/stories/{story['id']}").text
    assert '<html lang="en">' in page
    assert "4 documents" in page and "<h2>Events</h2>" in page and "<h2>Documents</h2>" in page
    doc = client.get("/api/documents").json()["documents"][0]
    body = client.get(f"/documents/{doc['id']}").text
    # The interface is English; the Dutch document text says so on its own container.
    assert '<article class="text" id="text" lang="nl">' in body
