"""Headless Chromium over a running `kroniek serve`: story -> source sentence, entity page, search.

Needs Debian's chromium and the Python package playwright (no browser download: the system
binary is used). Screenshots go to a temporary directory, printed at the end of each test.
"""

from __future__ import annotations

import os
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


def _page(browser: object, server: str) -> object:
    page = browser.new_page(viewport={"width": 1200, "height": 900})  # type: ignore[attr-defined]
    outside: list[str] = []
    # Offline by construction: every request must go to the local server.
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    page.outside = outside  # type: ignore[attr-defined]
    return page


def test_browser_story_to_source_sentence(browser: object, server: str, shots: Path) -> None:
    page = _page(browser, server)
    page.goto(server + "/")  # type: ignore[attr-defined]
    links = page.locator("a.story-link")  # type: ignore[attr-defined]
    assert links.count() == 3
    # The biggest story: the one with four documents.
    page.locator("li", has=page.locator("a.story-link")).filter(has_text="4 documents").locator("a.story-link").click()  # type: ignore[attr-defined]
    page.wait_for_selector("figure.timeline svg")  # type: ignore[attr-defined]
    assert page.locator("svg a.mark-event").count() == 2 and page.locator("svg a.mark-doc").count() == 4  # type: ignore[attr-defined]
    page.screenshot(path=str(shots / "story.png"), full_page=True)  # type: ignore[attr-defined]
    source = page.locator("a.source").first  # type: ignore[attr-defined]
    sentence = " ".join(source.inner_text().split())
    source.click()
    page.wait_for_load_state()  # type: ignore[attr-defined]
    anchor = page.url.split("#")[1]  # type: ignore[attr-defined]
    target = page.locator(f"[id='{anchor}']")  # type: ignore[attr-defined]
    assert target.count() == 1
    assert " ".join(target.inner_text().split()) == sentence
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor  # type: ignore[attr-defined]
    page.screenshot(path=str(shots / "document.png"), full_page=False)  # type: ignore[attr-defined]
    assert page.outside == []  # type: ignore[attr-defined]
    print(f"screenshots in {shots}")


def test_browser_entity_page_and_mention_link(browser: object, server: str, shots: Path) -> None:
    page = _page(browser, server)
    page.goto(server + "/entities?q=irak&type=LOC")  # type: ignore[attr-defined]
    page.locator("ul.entities a.ent").first.click()  # type: ignore[attr-defined]
    page.wait_for_selector("svg.map circle.place")  # type: ignore[attr-defined]
    assert page.locator("h1").inner_text().startswith("Irak")  # type: ignore[attr-defined]
    assert page.locator("svg.chart rect").count() >= 1  # type: ignore[attr-defined]
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
    page.locator("a.facet", has_text="letter").click()  # type: ignore[attr-defined]
    page.wait_for_selector("li.hit")  # type: ignore[attr-defined]
    assert "genre = letter" in page.locator("p.active").inner_text()  # type: ignore[attr-defined]
    page.screenshot(path=str(shots / "search.png"), full_page=True)  # type: ignore[attr-defined]
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
