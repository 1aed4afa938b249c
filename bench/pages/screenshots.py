"""Screenshots of every page kind for a person to look at, at desk (1400 px) and phone (390 px) width.

    python bench/pages/screenshots.py --db kroniek.db --out /tmp/kroniek-shots

Starts `kroniek serve` over the store, finds one story, event, entity (a person and a place),
and document, and writes ``<page>-<width>.png`` (full page) for each, plus the search, documents,
timeline, quotes, 404 and API docs pages. Prints per page whether it scrolls sideways and whether
any two timeline labels overlap (from the element boxes the browser drew), then a JSON summary.
Needs Debian's chromium and the Python package playwright.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

WIDTHS = (1400, 390)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
OVERLAPS_JS = """() => {
  const boxes = [...document.querySelectorAll('text.tl-label')].map(e => e.getBoundingClientRect());
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
  }
  return n;
}"""
SIDEWAYS_JS = "() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth + 1"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> dict:
    return json.loads(urllib.request.urlopen(url, timeout=30).read())


def pages(base: str) -> dict[str, str]:
    """One URL of each page kind over the store behind ``base``."""
    stories = _get(base + "/api/stories?limit=50")["stories"]
    story = max(stories, key=lambda s: len(s["documents"]))["id"] if stories else None
    events = _get(base + "/api/events?limit=1")["events"]
    people = _get(base + "/api/entities?type=PER&limit=1")["entities"]
    places = _get(base + "/api/entities?type=LOC&limit=1")["entities"]
    docs = _get(base + "/api/documents?limit=1")["documents"]
    out = {"home": "/", "documents": "/documents", "timeline": "/timeline", "quotes": "/quotes",
           "entities": "/entities", "search": "/search?q=minister", "notfound": "/bestaat-niet", "apidocs": "/docs"}
    if story:
        out["story"] = f"/stories/{story}"
    if events:
        out["event"] = f"/events/{events[0]['id']}"
    if people:
        out["person"] = f"/entities/{people[0]['id']}"
    if places:
        out["place"] = f"/entities/{places[0]['id']}"
    if docs:
        out["document"] = f"/documents/{docs[0]['id']}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="kroniek.db")
    ap.add_argument("--out", default="/tmp/kroniek-shots")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    port = _port()
    cmd = [shutil.which("kroniek") or "kroniek", "serve", "--db", a.db, "--port", str(port)]
    proc = subprocess.Popen(cmd, env={**os.environ, "KRONIEK_API_TOKEN": ""}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    summary: dict[str, dict[str, object]] = {}
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/api/stories", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
            for name, path in pages(base).items():
                for w in WIDTHS:
                    page = browser.new_page(viewport={"width": w, "height": 900}, locale="nl-NL")
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    page.screenshot(path=str(out / f"{name}-{w}.png"), full_page=True)
                    summary[f"{name}-{w}"] = {"url": path, "sideways": page.evaluate(SIDEWAYS_JS),
                                              "label_overlaps": page.evaluate(OVERLAPS_JS)}
                    print(f"{name:10} {w:5}  sideways={summary[f'{name}-{w}']['sideways']}  "
                          f"overlaps={summary[f'{name}-{w}']['label_overlaps']}  {path}", file=sys.stderr)
                    page.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(json.dumps({"out": str(out), "pages": summary}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
