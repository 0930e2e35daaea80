"""Regenerate china_provinces.geojson from Apache ECharts 4.9.0's map/json/china.json.

Usage: npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz
       python app/assets/build_china_provinces.py package/map/json/china.json app/assets/china_provinces.geojson

ECharts ships the map with its coordinates compressed (``UTF8Encoding``: zigzag
deltas as characters); this decodes them to plain GeoJSON, rounds to 3 decimals
(~100 m, plenty for a province choropleth) and keys each feature by its 6-digit
adcode so the app joins on Region ``adcode``, not on names.
"""
from __future__ import annotations

import json
import sys


def _decode_ring(s: str, offsets: list[int], scale: float) -> list[list[float]]:
    px, py = offsets
    out = []
    for i in range(0, len(s), 2):
        x = ord(s[i]) - 64
        y = ord(s[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x += px
        y += py
        px, py = x, y
        out.append([round(x / scale, 3), round(y / scale, 3)])
    return out


def decode(src: dict) -> dict:
    scale = src.get("UTF8Scale") or 1024
    feats = []
    for f in src["features"]:
        geom = f["geometry"]
        offs = geom["encodeOffsets"]
        if geom["type"] == "Polygon":
            coords = [_decode_ring(r, offs[i], scale) for i, r in enumerate(geom["coordinates"])]
        else:
            coords = [[_decode_ring(r, offs[j][i], scale) for i, r in enumerate(poly)] for j, poly in enumerate(geom["coordinates"])]
        p = f["properties"]
        feats.append(
            {
                "type": "Feature",
                "id": p["id"],
                "properties": {"adcode": p["id"], "name": p["name"], "cp": p.get("cp")},
                "geometry": {"type": geom["type"], "coordinates": coords},
            }
        )
    feats.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "features": feats}


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as fh:
        data = decode(json.load(fh))
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(data['features'])} provinces -> {dst}")
