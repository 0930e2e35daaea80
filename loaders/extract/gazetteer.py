"""China's administrative divisions, from cpca's bundled table (offline).

Gives every province, prefecture and county its 6-digit adcode, level,
coordinates, parent and the short forms reports use (甘肃, 淮北, 昌吉州).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from schema import RegionLevel

# Units that are not in the civil table but act as provinces in union work.
SPECIAL_UNITS: tuple[tuple[str, str, tuple[str, ...], float, float], ...] = (
    ("660000", "新疆生产建设兵团", ("兵团", "新疆兵团"), 87.61, 43.79),
)
# County-level cities of the 兵团 (师市合一) founded after cpca's table was made: (adcode, name, lng, lat).
# The 兵团's cities sit under the 兵团 in union work (一师阿拉尔市总工会 is part of the 兵团's union).
MISSING_COUNTIES: tuple[tuple[str, str, float, float], ...] = (
    ("659005", "北屯市", 87.83, 47.36),
    ("659007", "双河市", 82.35, 44.84),
    ("659008", "可克达拉市", 80.99, 43.94),
    ("659009", "昆玉市", 79.29, 37.21),
    ("659010", "胡杨河市", 84.83, 44.69),
    ("659011", "新星市", 93.74, 42.80),
    ("659012", "白杨市", 83.35, 46.62),
)
BINGTUAN_CITIES = "6590"  # adcode prefix of the 兵团's county-level cities
_MUNICIPALITIES = {"11", "12", "31", "50"}
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县"}
_AUTONOMOUS = re.compile(r"(壮族|回族|维吾尔|藏族|蒙古族|朝鲜族|土家族|苗族|彝族|哈尼族|傣族|傈僳族|白族|布依族|侗族|羌族|景颇族|哈萨克|柯尔克孜|蒙古|黎族|土族|撒拉族|瑶族)+自治(区|州|县)$")


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    level: RegionLevel
    parent: str | None
    lng: float | None
    lat: float | None
    short: tuple[str, ...]


def _short_forms(name: str, level: RegionLevel) -> tuple[str, ...]:
    out: set[str] = set()
    m = _AUTONOMOUS.search(name)
    if m:
        stem = name[: m.start()]
        if len(stem) >= 2:
            out.add(stem)
            if m.group(2) == "州":
                out.add(stem + "州")
            if m.group(2) in ("县", "州", "旗"):
                out.add(stem + "自治" + m.group(2))  # 松桃苗族自治县 is written 松桃自治县
    for suf in ("特别行政区", "自治区", "地区", "省", "市", "盟"):
        if name.endswith(suf) and len(name) - len(suf) >= 2 and level in (RegionLevel.PROVINCE, RegionLevel.PREFECTURE):
            out.add(name[: -len(suf)])
            break
    out.discard(name)
    return tuple(sorted(out))


def parse_adcodes(csv_text: str) -> dict[str, Region]:
    """Regions keyed by 6-digit adcode, from cpca's ``adcode,name,longitude,latitude`` CSV."""
    rows = {}
    for r in csv.DictReader(io.StringIO(csv_text)):
        code = r["adcode"][:6]
        if code.endswith("0000"):
            level = RegionLevel.PROVINCE
        elif code.endswith("00"):
            level = RegionLevel.PREFECTURE
        else:
            level = RegionLevel.COUNTY
        rows[code] = (r["name"], level, float(r["longitude"] or 0) or None, float(r["latitude"] or 0) or None)
    for code, name, lng, lat in MISSING_COUNTIES:
        rows.setdefault(code, (name, RegionLevel.COUNTY, lng, lat))
    out: dict[str, Region] = {}
    for code, (name, level, lng, lat) in rows.items():
        if name in _PLACEHOLDERS:
            continue  # statistical groupings (市辖区, 县), not places a report can name
        parent = None
        if level is RegionLevel.PREFECTURE:
            parent = code[:2] + "0000"
        elif level is RegionLevel.COUNTY:
            pref = code[:4] + "00"
            parent = pref if pref in rows and code[:2] not in _MUNICIPALITIES else code[:2] + "0000"
            if code.startswith(BINGTUAN_CITIES):
                parent = SPECIAL_UNITS[0][0]
        known = parent in rows or any(parent == u[0] for u in SPECIAL_UNITS)
        out[code] = Region(code, name, level, parent if known else None, lng, lat, _short_forms(name, level))
    for code, name, short, lng, lat in SPECIAL_UNITS:
        out[code] = Region(code, name, RegionLevel.PROVINCE, None, lng, lat, short)
    return out


class Gazetteer:
    """Name lookup over the regions; short forms only for provinces and prefectures."""

    def __init__(self, regions: dict[str, Region]) -> None:
        self.regions = regions
        self._by_name: dict[str, list[str]] = {}
        for code, r in regions.items():
            for n in (r.name, *r.short):
                self._by_name.setdefault(n, []).append(code)
        self.names = sorted(self._by_name, key=len, reverse=True)
        self._lengths = sorted({len(n) for n in self._by_name}, reverse=True)

    def candidates(self, name: str) -> list[Region]:
        return [self.regions[c] for c in self._by_name.get(name, [])]

    def resolve(self, name: str, within: str | None = None) -> Region | None:
        """The region called ``name``; ``within`` (an adcode) breaks ties among namesakes."""
        cands = self.candidates(name)
        if not cands:
            return None
        if within:
            inside = [c for c in cands if self.is_within(c.adcode, within)]
            if inside:
                cands = inside
        order = {RegionLevel.PROVINCE: 0, RegionLevel.PREFECTURE: 1, RegionLevel.COUNTY: 2}
        exact = [c for c in cands if c.name == name]
        pool = exact or cands
        return sorted(pool, key=lambda r: (order[r.level], r.adcode))[0]

    def ancestors(self, adcode: str) -> list[Region]:
        """The region and its parents, nearest first."""
        out = []
        cur = self.regions.get(adcode)
        while cur is not None:
            out.append(cur)
            cur = self.regions.get(cur.parent) if cur.parent else None
        return out

    def is_within(self, adcode: str, ancestor: str) -> bool:
        return any(r.adcode == ancestor for r in self.ancestors(adcode))

    def longest_prefix(self, text: str) -> str | None:
        """The longest region name ``text`` starts with."""
        for k in self._lengths:  # one lookup per name length, longest first (same as scanning self.names)
            if text[:k] in self._by_name and len(text) >= k:
                return text[:k]
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer from cpca's packaged table (read once per process)."""
    text = resources.files("cpca").joinpath("resources/adcodes.csv").read_text(encoding="utf-8")
    return Gazetteer(parse_adcodes(text))
