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
    assert "<svg" in page.text and 'class="timeline"' in page.text
    links = [h for h in _parse(page.text).hrefs if h.startswith("/documents/") and "#t-" in h]
    assert links
    for href in links[:5]:
        path, anchor = href.split("#")
        doc = _parse(client.get(path).text)
        assert anchor in doc.ids, href


def test_web_entity_page_has_chart_map_quotes(client: TestClient) -> None:
    bijleveld = client.get("/api/entities", params={"q": "Bijleveld"}).json()["entities"][0]
    page = client.get(f"/entities/{bijleveld['id']}").text
    assert "Citaten van Ank Bijleveld" in page and "Komt vaak samen voor met" in page and 'class="chart"' in page
    irak = client.get("/api/entities", params={"q": "Irak", "type": "LOC"}).json()["entities"][0]
    place = client.get(f"/entities/{irak['id']}").text
    # Irak is drawn as a dot on real country outlines (Natural Earth paths), not on a bare grid.
    assert 'class="map"' in place and re.search(r'<circle cx="[\d.]+" cy="[\d.]+" r="5" class="place"/>', place)
    assert place.count('class="land') > 5 and "<title>Irak</title>" in place


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
        pytest.param("Zij zei \"<i>\" niet.", (0, 3), (9, 12), '<span class="quote" title="citaat: Zij">&lt;i&gt;</span>',
                     id="quoted markup escaped inside quote"),
    ],
)
def test_web_annotated_text_nests_and_escapes(
    text: str, mention: tuple[int, int], quote: tuple[int, int], expect: str,
) -> None:
    d = {
        "text": text, "sentences": [{"start": 0, "end": len(text), "id": "t-0"}],
        "mentions": [{"start": mention[0], "end": mention[1], "text": text[slice(*mention)], "type": "PER",
                      "entity": "e-1", "entity_name": text[slice(*mention)], "sentence": "t-0"}],
        "quotes": [{"start": quote[0], "end": quote[1], "speaker_name": text[slice(*mention)],
                    "speaker_text": None, "sentence": "t-0"}],
        "timexes": [], "events": [],
    }
    out = str(annotated_text(d))
    assert expect in out
    # sentence ids are t-<offset> (story ids are s-<hash>); the old s-<offset> anchor stays for old links
    assert out.startswith('<a class="old-anchor" id="s-0"></a><span class="sent" id="t-0">') and out.endswith("</span>")
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


def test_web_pages_speak_dutch_by_default_and_english_on_request(client: TestClient) -> None:
    story = _story_with(client, 4)
    page = client.get(f"/stories/{story['id']}").text
    assert '<html lang="nl">' in page and "4 documenten" in page and "Wat er gebeurde" in page
    english = client.get(f"/stories/{story['id']}", params={"lang": "en"})
    assert '<html lang="en">' in english.text and "What happened" in english.text
    assert english.cookies.get("lang") == "en"  # the switch sticks
    by_header = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}, cookies={})
    assert '<html lang="en">' in by_header.text
    doc = client.get("/api/documents").json()["documents"][0]
    body = client.get(f"/documents/{doc['id']}", params={"lang": "en"}).text
    # The interface is English; the Dutch document text says so on its own container.
    assert '<article class="text" id="text" lang="nl">' in body


# Codes a reader must never see on a page (TIMEX3 values, entity tags, English event types).
CODES = re.compile(r">[^<]*\b(PRESENT_REF|PAST_REF|XXXX-|PER|LOC|MISC|ORG|attack|suspension|asserted|stems)\b[^<]*<")


def _pages(client: TestClient) -> list[str]:
    story = _story_with(client, 4)
    ev = client.get("/api/events", params={"all": 1}).json()["events"][0]
    ents = client.get("/api/entities").json()["entities"]
    docs = client.get("/api/documents").json()["documents"]
    return ["/", f"/stories/{story['id']}", f"/stories/{story['id']}?all=1", f"/events/{ev['id']}",
            *(f"/entities/{e['id']}" for e in ents[:6]), *(f"/documents/{d['id']}" for d in docs),
            "/documents", "/timeline", "/timeline?all=1", "/quotes", "/entities", "/search?q=minister"]


def test_web_pages_show_no_internal_codes_or_hash_ids(client: TestClient) -> None:
    for path in _pages(client):
        r = client.get(path)
        assert r.status_code == 200, path
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", r.text, flags=re.S)
        assert not CODES.search(text), (path, CODES.search(text).group(0))  # type: ignore[union-attr]
        # Hash ids live in links only, never in what a reader reads.
        visible = re.sub(r"<[^>]+>", " ", text)
        assert not re.search(r"\b[desv]-[0-9a-f]{16}\b", visible), path


def test_web_story_page_reads_as_a_chronicle(client: TestClient) -> None:
    story = _story_with(client, 4)
    page = client.get(f"/stories/{story['id']}").text
    p = _parse(page)
    assert "Wie zei wat" in page and "Bronnen:" in page
    title = re.search(r'<h1 lang="nl">([^<]+)</h1>', page)
    assert title and not title.group(1).endswith("…")  # a headline or the main event, never a cut sentence
    # Every event links to its own page, which resolves.
    events = [h for h in p.hrefs if h.startswith("/events/")]
    assert events and all(client.get(h).status_code == 200 for h in set(events))
    # Dates as people write them.
    assert re.search(r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} januari 2020", page)


def test_web_event_page_shows_every_mention_with_its_source(client: TestClient) -> None:
    ev = max(client.get("/api/events", params={"all": 1}).json()["events"], key=lambda e: len(e["mentions"]))
    page = client.get(f"/events/{ev['id']}").text
    assert page.count('<li class="mention">') == len(ev["mentions"])
    assert page.count("<mark>") == len(ev["mentions"])
    assert 'class="publisher"' in page


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/documents", id="documents list"),
        pytest.param("/stories", id="stories list"),
        pytest.param("/timeline", id="global timeline"),
        pytest.param("/quotes", id="quotes"),
    ],
)
def test_web_every_nav_page_exists(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/bestaat-niet", id="unknown path"),
        pytest.param("/events/v-nope", id="unknown event"),
        pytest.param("/documents/d-nope", id="unknown document"),
    ],
)
def test_web_not_found_is_a_friendly_page(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert '{"detail"' not in r.text and "Niet gevonden" in r.text and 'href="/"' in r.text


def test_web_documents_filter_by_publisher(client: TestClient) -> None:
    page = client.get("/documents").text
    publishers = re.findall(r'<option value="([^"]+)" >', page)
    assert publishers
    one = client.get("/documents", params={"uitgever": publishers[0]}).text
    shown = re.findall(r'<span class="publisher">([^<]+)</span>', one)
    assert shown and set(shown) == {publishers[0]}


def test_web_api_docs_load_nothing_from_a_cdn(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        assert "cdn" not in html.lower() and "/static-docs/" in html
        for asset in re.findall(r'(?:src|href)="(/static-docs/[^"]+)"', html):
            assert client.get(asset).status_code == 200, asset
