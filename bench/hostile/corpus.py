"""Hostile-input generator (issue 16): every kind of input that once stopped, hung, poisoned or
leaked out of kroniek, plus more, each generated with a seed so a run can be repeated.

    from corpus import generate
    secrets = generate(out_dir, per_kind=40, seed=1)   # writes files; returns markers that must never be stored

Every text here is written for this generator (no corpus text is copied).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import zlib
from collections.abc import Callable
from pathlib import Path

SENTENCES = [
    "De gemeenteraad van {city} heeft gisteren ingestemd met het plan voor een nieuwe brug.",
    "Wethouder {name} zegt dat de bouw volgend jaar begint.",
    "Volgens de provincie kost het project ruim twaalf miljoen euro.",
    "Omwonenden van de {street} maken zich zorgen over het verkeer.",
    "„We gaan dit goed regelen”, zei {name} na afloop van de vergadering.",
    "Het kabinet wil later dit jaar een besluit nemen over de financiering.",
]
CITIES = ["Utrecht", "Zwolle", "Breda", "Deventer", "Arnhem", "Groningen", "Leiden", "Tilburg"]
NAMES = ["Jansen", "De Vries", "Bakker", "El Amrani", "Visser", "Smit", "Meijer", "Bos"]
STREETS = ["Stationsstraat", "Kerkweg", "Dorpsstraat", "Parklaan"]


def prose(rng: random.Random, n: int = 4) -> str:
    fill = {"city": rng.choice(CITIES), "name": rng.choice(NAMES), "street": rng.choice(STREETS)}
    return " ".join(rng.choice(SENTENCES).format(**fill) for _ in range(n))


Files = list[tuple[str, bytes]]


def _surrogate_jsonl(rng: random.Random, i: int) -> Files:
    bad = rng.choice(["\ud800", "\udfff", "\udcff", "x\ud83d"])
    rec = {"text": prose(rng), "title": f"Bericht {bad} {i}", rng.choice(["auteur", "tag"]): bad}
    return [(f"surrogate-{i}.jsonl", json.dumps(rec).encode())]


def _bad_name(rng: random.Random, i: int) -> Files:
    return [(os.fsdecode(f"naam-{i}-".encode() + bytes([rng.randint(0x80, 0xFF)]) + b".txt"),
             prose(rng).encode())]


def _bad_date(rng: random.Random, i: int) -> Files:
    date = rng.choice(["9999999999-01-01", "0000-00-00", "Sat, 01 Jan 9999 00:00:00 GMT",
                       "Mon, 01 Jan 1066 00:00:00 GMT", "2021-13-45", "99999-01-01T00:00:00Z",
                       "-0001-01-01", "1e309", "2021-02-30"])
    feed = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Krant</title>'
            f"<item><guid>d{i}</guid><title>Datum {i}</title><pubDate>{date}</pubDate>"
            f"<description>{prose(rng)}</description></item></channel></rss>")
    js = json.dumps({"text": prose(rng), "date": date, "title": f"Datum {i}"})
    return [(f"datum-{i}.rss", feed.encode()), (f"datum-{i}.jsonl", js.encode())]


def _slow_patterns(rng: random.Random, i: int) -> Files:
    n = rng.randint(20_000, 70_000)
    return [rng.choice([
        (f"p-{i}.txt", ("<p " * n).encode()),
        (f"sterren-{i}.md", ("*a " * n).encode()),
        (f"haken-{i}.md", ("[" * n).encode()),
        (f"beeld-{i}.md", ("![" * n).encode()),
        (f"div-{i}.html", ("<div>" + "<a" * n).encode()),
        (f"attr-{i}.html", ("<html><body><p " + " ".join(f"a{k}='x'" for k in range(n)) + ">tekst</p></body></html>").encode()),
        (f"ps-{i}.html", ("<html><body>" + "<p>" * (n * 3) + prose(rng) + "</body></html>").encode()),
        (f"tabel-{i}.html", ("<html><body><table>" + ("<tr>" + "<td>x</td>" * 300 + "</tr>") * (n // 300) + "</table></body></html>").encode()),
    ])]


def _yaml_bomb(rng: random.Random, i: int) -> Files:
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for k in range(rng.randint(5, 9)):
        p, c = chr(97 + k), chr(98 + k)
        lines.append(f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]")
    return [(f"yaml-{i}.md", ("\n".join([*lines, "---", prose(rng)])).encode())]


def _pdf_bomb(rng: random.Random, i: int) -> Files:
    size = rng.choice([20, 50, 100]) * 1_000_000
    stream = zlib.compress(b"0 0 m " * (size // 6), 9)
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
           + f"4 0 obj << /Length {len(stream)} /Filter /FlateDecode >> stream\n".encode()
           + stream + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF")
    return [(f"bom-{i}.pdf", pdf)]


def _empty_and_binary(rng: random.Random, i: int) -> Files:
    return [rng.choice([
        (f"leeg-{i}.jsonl", b""), (f"leeg-{i}.json", b""), (f"wit-{i}.jsonl", b"\n \n"),
        (f"ruis-{i}.jsonl", rng.randbytes(rng.randint(1000, 300_000))),
        (f"ruis-{i}.json", rng.randbytes(rng.randint(10, 50_000))),
        (f"ruis-{i}.txt", rng.randbytes(rng.randint(10, 50_000))),
    ])]


def _entities(rng: random.Random, i: int) -> Files:
    enc = rng.choice(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp500", "utf-16"])
    xml = (f'<?xml version="1.0" encoding="{enc}"?><!DOCTYPE rss [<!ENTITY a "{"a" * 20}">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd">]>'
           '<rss version="2.0"><channel><title>t</title><item><title>&b;&c;</title>'
           f"<description>{prose(rng)} {'&b;' * 200}</description></item></channel></rss>")
    return [(f"entiteit-{i}.rss", xml.encode(enc, errors="replace"))]


def _encodings(rng: random.Random, i: int) -> Files:
    text = prose(rng)
    return [rng.choice([
        (f"afgebroken-{i}.txt.gz", gzip.compress(text.encode() * 50)[: rng.randint(10, 200)]),
        (f"afgebroken-{i}.jsonl", gzip.compress(json.dumps({"text": text}).encode())[:40]),
        (f"utf16-{i}.txt", text.encode("utf-16-le")),
        (f"utf16be-{i}.txt", text.encode("utf-16-be")),
        (f"nul-{i}.txt", text.encode().replace(b" ", b"\x00", rng.randint(1, 5))),
        (f"nul-{i}.jsonl", json.dumps({"text": text.replace(" ", "\u0000", 3)}).encode()),
        (f"cp1252-{i}.txt", (text + " Café €5").encode("cp1252")),
    ])]


def _deep_json(rng: random.Random, i: int) -> Files:
    depth = rng.randint(10_000, 200_000)
    deep = "[" * depth + "]" * depth
    return [rng.choice([(f"diep-{i}.json", deep.encode()), (f"diep-{i}.jsonl", deep.encode()),
                        (f"diep-{i}.jsonl", json.dumps({"text": prose(rng)}).encode()[:-1]
                         + b', "meta": ' + ("{\"a\":" * 5000).encode() + b"1" + b"}" * 5001)])]


def _big_feed(rng: random.Random, i: int) -> Files:
    items = "".join(f"<item><guid>g{k % 7}</guid><title>T{k}</title><description>{prose(rng, 1)}</description></item>"
                    for k in range(10_000))
    return [(f"groot-{i}.rss", f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode())]


def _duplicates(rng: random.Random, i: int) -> Files:
    line = json.dumps({"text": prose(rng), "title": f"Dubbel {i}"})
    return [(f"dubbel-{i}.jsonl", ("\n".join([line] * 5) + "\n").encode()),
            (f"dubbel-{i}-kopie.jsonl", (line + "\n").encode())]


def _odd_markup(rng: random.Random, i: int) -> Files:
    return [rng.choice([
        (f"script-{i}.html", f"<html><body><script>alert(1)</script><p>{prose(rng)}</p><img src=x onerror=alert(2)></body></html>".encode()),
        (f"frontmatter-{i}.md", f"---\ntitle: [onaf\ndate: !!python/object/apply:os.system ['echo hi']\n---\n{prose(rng)}".encode()),
        (f"kapot-{i}.rss", f"<rss><channel><item><title>{prose(rng)}".encode()),
        (f"controle-{i}.txt", (prose(rng) + "\x07\x1b[31m\u202e\u200b").encode()),
        (f"lang-{i}.txt", ("woord " * rng.randint(50_000, 200_000)).encode()),
    ])]


KINDS: dict[str, Callable[[random.Random, int], Files]] = {
    "lone-surrogate": _surrogate_jsonl, "undecodable-name": _bad_name, "bad-date": _bad_date,
    "slow-pattern": _slow_patterns, "yaml-alias-bomb": _yaml_bomb, "pdf-flate-bomb": _pdf_bomb,
    "empty-or-binary": _empty_and_binary, "xml-entities": _entities, "encodings": _encodings,
    "deep-json": _deep_json, "10k-item-feed": _big_feed, "duplicate-ids": _duplicates,
    "odd-markup": _odd_markup,
}
HEAVY = {"10k-item-feed": 0.02, "pdf-flate-bomb": 0.1, "slow-pattern": 0.5}  # share of per_kind


def generate(out: Path, per_kind: int, seed: int = 1, skip: tuple[str, ...] = ()) -> dict[str, object]:
    """Write the hostile corpus under ``out``; return what a run needs to check (secret markers)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    inputs = 0
    for kind, make in KINDS.items():
        if kind in skip:
            continue
        folder = out / kind
        folder.mkdir(exist_ok=True)
        for i in range(max(1, int(per_kind * HEAVY.get(kind, 1.0)))):
            for name, data in make(rng, i):
                with open(os.path.join(os.fsencode(folder), os.fsencode(name)), "wb") as fh:
                    fh.write(data)
                inputs += 1
    # Special files and symlinks out of the folder: the secret must never be stored.
    secret_dir = out.parent / f"{out.name}-outside"
    secret_dir.mkdir(exist_ok=True)
    marker = f"GEHEIM{rng.randrange(10**12)}"
    (secret_dir / "geheim.txt").write_text(f"Vertrouwelijk {marker} mag nooit gelezen worden.", encoding="utf-8")
    special = out / "special"
    special.mkdir(exist_ok=True)
    for i in range(max(1, per_kind // 4)):
        os.mkfifo(special / f"pijp-{i}.txt")
        (special / f"lek-{i}.txt").symlink_to(secret_dir / "geheim.txt")
        (special / f"passwd-{i}").symlink_to("/etc/passwd")
        (special / f"map-{i}").symlink_to(secret_dir, target_is_directory=True)
        inputs += 4
    os.symlink("/dev/zero", special / "nul.txt")
    inputs += 1
    return {"inputs": inputs, "markers": [marker, "root:x:0:0"]}
