"""Headless Chromium over a running `kroniek serve`: story -> source sentence, entity page, search.

Needs Debian's chromium and the Python package playwright (no browser download: the system
binary is used). Screenshots go to a temporary directory, printed at the end of each test.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_command(db: Path, port: int) -> list[str]:
    """`kroniek serve` when the CLI has it, else the same click command through Python."""
    exe = shutil.which("kroniek")
    if exe and subprocess.run([exe, "serve", "--help"], capture_output=True).returncode == 0:
        return [exe, "serve", "--db", str(db), "--port", str(port)]
    return [sys.executable, "-c", "from kroniek.serve.cli import serve; serve()", "--db", str(db), "--port", str(port)]


@pytest.fixture(scope="module")
def server(seed_db: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "KRONIEK_API_TOKEN": ""}
    proc = subprocess.Popen(_serve_command(seed_db, port), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if proc.poll() is not None:
                raise RuntimeError(f"kroniek serve exited: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                urllib.request.urlopen(url + "/api/stories", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("kroniek serve did not answer within 30 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def _page(browser: object, server: str, width: int = 1200) -> object:
    page = browser.new_page(viewport={"width": width, "height": 900}, locale="nl-NL")  # type: ignore[attr-defined]
    outside: list[str] = []
    # Offline by construction: every request must go to the local server.
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    page.outside = outside  # type: ignore[attr-defined]
    return page


def _api(server: str, path: str) -> dict:
    import json

    return json.loads(urllib.request.urlopen(server + path, timeout=10).read())  # type: ignore[no-any-return]


def _story(server: str) -> str:
    return max(_api(server, "/api/stories")["stories"], key=lambda s: len(s["documents"]))["id"]  # type: ignore[no-any-return]


OVERLAPS = """() => {
  const boxes = [...document.querySelectorAll('text.tl-label')].map(e => e.getBoundingClientRect());
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
  }
  return [boxes.length, n];
}"""
SIDEWAYS = "() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth"
# Every cited source: a title link and a publisher, never a bare id.
CITES = """() => [...document.querySelectorAll('.cite')].map(c => [
  (c.querySelector('.cite-title') || {}).textContent || '', (c.querySelector('.publisher') || {}).textContent || ''])"""


def _every_page(server: str) -> list[str]:
    story = _story(server)
    ev = _api(server, "/api/events?all=1")["events"][0]["id"]
    ents = [e["id"] for e in _api(server, "/api/entities")["entities"][:3]]
    docs = [d["id"] for d in _api(server, "/api/documents")["documents"][:2]]
    return ["/", f"/stories/{story}", f"/stories/{story}?all=1", f"/events/{ev}", *(f"/entities/{e}" for e in ents),
            *(f"/documents/{d}" for d in docs), "/documents", "/timeline", "/quotes", "/entities",
            "/search?q=minister", "/bestaat-niet", "/docs"]


@pytest.mark.parametrize("width", [pytest.param(1400, id="desk"), pytest.param(390, id="phone")])
def test_browser_every_page_fits_and_cites_sources(browser: object, server: str, shots: Path, width: int) -> None:
    for path in _every_page(server):
        page = _page(browser, server, width)
        page.goto(server + path)  # type: ignore[attr-defined]
        page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
        assert page.evaluate(SIDEWAYS) <= 1, (path, width)  # type: ignore[attr-defined]
        labels, overlaps = page.evaluate(OVERLAPS)  # type: ignore[attr-defined]
        assert overlaps == 0, (path, width, labels)
        for title, publisher in page.evaluate(CITES):  # type: ignore[attr-defined]
            assert title.strip() and publisher.strip(), (path, title, publisher)
            assert not re.fullmatch(r"d-[0-9a-f]{16}", title.strip()), path
        assert page.outside == [], path  # type: ignore[attr-defined]
        page.close()  # type: ignore[attr-defined]


def test_browser_story_to_source_sentence(browser: object, server: str, shots: Path) -> None:
    page = _page(browser, server)
    page.goto(server + f"/stories/{_story(server)}")  # type: ignore[attr-defined]
    page.wait_for_selector("figure.timeline svg")  # type: ignore[attr-defined]
    assert page.locator("svg a.mark-event").count() >= 1 and page.locator("svg a.mark-doc").count() >= 1  # type: ignore[attr-defined]
    labels, overlaps = page.evaluate(OVERLAPS)  # type: ignore[attr-defined]
    assert labels >= 2 and overlaps == 0
    page.screenshot(path=str(shots / "story.png"), full_page=True)  # type: ignore[attr-defined]
    source = page.locator("a.quote-text").first  # type: ignore[attr-defined]
    quote = " ".join(source.inner_text().split()).strip("“”")
    source.click()
    page.wait_for_load_state()  # type: ignore[attr-defined]
    anchor = page.url.split("#")[1]  # type: ignore[attr-defined]
    target = page.locator(f"[id='{anchor}']")  # type: ignore[attr-defined]
    assert target.count() == 1
    assert quote in " ".join(target.inner_text().split())
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor  # type: ignore[attr-defined]
    assert page.outside == []  # type: ignore[attr-defined]


def test_browser_timeline_brush_zooms_in(browser: object, server: str) -> None:
    page = _page(browser, server)
    page.goto(server + f"/stories/{_story(server)}")  # type: ignore[attr-defined]
    box = page.locator("#timeline svg").bounding_box()  # type: ignore[attr-defined]
    y = box["y"] + box["height"] - 6
    page.mouse.move(box["x"] + box["width"] * 0.3, y)  # type: ignore[attr-defined]
    page.mouse.down()  # type: ignore[attr-defined]
    page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=5)  # type: ignore[attr-defined]
    page.mouse.up()  # type: ignore[attr-defined]
    page.wait_for_url(re.compile(r"van=\d{4}-\d{2}-\d{2}&tot=\d{4}-\d{2}-\d{2}"))  # type: ignore[attr-defined]
    assert page.locator("a.zoom-out").count() == 1  # type: ignore[attr-defined]


def test_browser_entity_page_and_mention_link(browser: object, server: str, shots: Path) -> None:
    page = _page(browser, server)
    page.goto(server + "/entities?q=irak&type=LOC")  # type: ignore[attr-defined]
    page.locator("ul.entities a.ent").first.click()  # type: ignore[attr-defined]
    page.wait_for_selector("svg.map circle.place")  # type: ignore[attr-defined]
    assert page.locator("h1").inner_text().startswith("Irak")  # type: ignore[attr-defined]
    assert page.locator("svg.map path.land").count() > 5  # type: ignore[attr-defined]
    page.screenshot(path=str(shots / "entity.png"), full_page=True)  # type: ignore[attr-defined]
    link = page.locator("a.mention-link").first  # type: ignore[attr-defined]
    link.click()
    page.wait_for_load_state()  # type: ignore[attr-defined]
    anchor = page.url.split("#")[1]  # type: ignore[attr-defined]
    assert "Irak" in page.locator(f"[id='{anchor}']").inner_text()  # type: ignore[attr-defined]
    assert page.outside == []  # type: ignore[attr-defined]


def test_browser_search_with_facet(browser: object, server: str, shots: Path) -> None:
    page = _page(browser, server)
    page.goto(server + "/")  # type: ignore[attr-defined]
    page.fill("header input[name=q]", "ministers")  # type: ignore[attr-defined]
    page.press("header input[name=q]", "Enter")  # type: ignore[attr-defined]
    page.wait_for_selector("li.hit")  # type: ignore[attr-defined]
    assert all(m.lower().startswith("minister") for m in page.locator("li.hit mark").all_inner_texts())  # type: ignore[attr-defined]
    page.locator("a.facet", has_text="brief").click()  # type: ignore[attr-defined]
    page.wait_for_selector("li.hit")  # type: ignore[attr-defined]
    assert "Genre = brief" in page.locator("p.active").inner_text()  # type: ignore[attr-defined]
    page.screenshot(path=str(shots / "search.png"), full_page=True)  # type: ignore[attr-defined]
    assert page.outside == []  # type: ignore[attr-defined]


def test_browser_api_docs_render_offline(browser: object, server: str) -> None:
    page = _page(browser, server)
    page.goto(server + "/docs")  # type: ignore[attr-defined]
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)  # type: ignore[attr-defined]
    assert page.outside == []  # type: ignore[attr-defined]
def test_browser_runs_no_injected_script(browser: object, server: str) -> None:
    page = _page(browser, server)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    page.goto(server + "/search?q=kop")  # type: ignore[attr-defined]
    page.locator("a.hit-link").first.click()  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert "<script>" in page.locator("h1").inner_text()  # type: ignore[attr-defined]
    assert dialogs == []
