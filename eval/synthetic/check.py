#!/usr/bin/env python3
"""Consistency checks for the blind synthetic gold (eval/gold/synthetic.json).

Plain python3 (>= 3.11 for tomllib); no project imports.  Run from the
repository root:  python3 eval/synthetic/check.py
Checks:
  * the gold JSON loads and has the dev.json shape;
  * taxonomy_version = first 12 hex of sha1(schema/practices.toml);
  * every runs[].practice / brands[].practice id exists in the taxonomy;
  * every run's union is listed in the report's `unions`, the issuer too;
  * one entry per (union, practice) per report;
  * every `sentence` is a verbatim substring of ONE physical line of its report;
  * every person, brand name and honor title occurs in the report text
    (honor titles expanded from an elliptical list, and canonical union
    names, are allowed through the explicit EXPANDED / CANONICAL tables
    below, each tied to the source wording that must occur);
  * every not_brands string is a “…” string of the report and not a brand.
Exit status 1 on any error.
"""
import hashlib, json, re, sys, tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval/gold/synthetic.json"
CORPUS = ROOT / "eval/synthetic/reports.txt"
TAXO = ROOT / "schema/practices.toml"

# (seq, honor) -> source wording in the report that the expanded title stands for
EXPANDED = {
    (2, "洛阳市五一劳动奖章"): "洛阳市五一劳动奖状20个、奖章80名",
    (2, "洛阳市工人先锋号"): "奖章80名、工人先锋号40个",
    (6, "广西壮族自治区五一劳动奖章"): "95名职工获自治区五一劳动奖章",
    (6, "广西壮族自治区工人先锋号"): "46个集体获自治区工人先锋号",
    (6, "广西壮族自治区示范性劳模创新工作室"): "自治区示范性劳模创新工作室",
}
# (seq, canonical union / recipient name) -> wording in the report
CANONICAL = {
    (1, "浙江省总工会"): "省总工会",
    (4, "内蒙古自治区总工会"): "全区各级工会",
    (6, "广西壮族自治区总工会"): "自治区总工会",
    (6, "广西壮族自治区教科文卫体工会"): "自治区教科文卫体工会",
    (8, "中国石化茂名分公司"): "公司荣获全国五一劳动奖状",
}
REPORT_KEYS = ["seq", "title", "issuer", "issuer_region", "unions", "runs",
               "brands", "not_brands", "people", "honors"]


def segments(text, titles):
    lines = text.split("\n")
    starts = []
    for t in titles:
        idx = [i for i, l in enumerate(lines) if l.strip() == t]
        if not idx:
            raise SystemExit(f"title not found as a line: {t}")
        starts.append(idx[-1])  # TOC lines carry page numbers, body title is bare
    if starts != sorted(starts):
        raise SystemExit("report titles are not in 目录 order")
    out = []
    for j, s in enumerate(starts):
        e = starts[j + 1] if j + 1 < len(starts) else len(lines)
        out.append(lines[s:e])
    return out


def main():
    errors = []
    err = errors.append
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = CORPUS.read_text(encoding="utf-8")
    taxo = tomllib.loads(TAXO.read_text(encoding="utf-8"))
    ids = {p["id"] for p in taxo["practice"]}
    version = hashlib.sha1(TAXO.read_bytes()).hexdigest()[:12]

    if gold.get("split") != "synthetic":
        err("split must be 'synthetic'")
    if gold.get("taxonomy_version") != version:
        err(f"taxonomy_version {gold.get('taxonomy_version')} != {version}")

    reports = gold["reports"]
    if [r["seq"] for r in reports] != list(range(1, len(reports) + 1)):
        err("seq must be 1..n in order")
    segs = segments(text, [r["title"] for r in reports])
    quote = re.compile(r"“([^“”]*)”")

    for r, seg in zip(reports, segs):
        s = r["seq"]
        if list(r) != REPORT_KEYS:
            err(f"{s}: keys {list(r)} != {REPORT_KEYS}")
        flat = "".join(seg)

        def occurs(name, table=None):
            if name in flat:
                return True
            if table and (s, name) in table:
                return table[(s, name)] in flat
            return False

        unions = r["unions"]
        if len(set(unions)) != len(unions):
            err(f"{s}: duplicate unions")
        if r["issuer"] and r["issuer"] not in unions:
            err(f"{s}: issuer {r['issuer']} not in unions")
        for u in unions:
            if not occurs(u, CANONICAL):
                err(f"{s}: union not in text: {u}")
        seen = set()
        for run in r["runs"]:
            key = (run["union"], run["practice"])
            if key in seen:
                err(f"{s}: duplicate run {key}")
            seen.add(key)
            if run["practice"] not in ids:
                err(f"{s}: unknown practice {run['practice']}")
            if run["union"] not in unions:
                err(f"{s}: run union not in unions: {run['union']}")
            if run["status"] not in ("done", "planned"):
                err(f"{s}: bad status {run['status']}")
            sent = run["sentence"]
            if not any(sent in line for line in seg):
                err(f"{s}: sentence not verbatim on one line: {sent}")
            if len(sent) > 60:
                err(f"{s}: sentence longer than 60 chars: {sent}")
        names = set()
        for b in r["brands"]:
            names.add(b["name"])
            if b["practice"] is not None and b["practice"] not in ids:
                err(f"{s}: brand {b['name']} unknown practice {b['practice']}")
            if b["name"] not in flat:
                err(f"{s}: brand not in text: {b['name']}")
        quoted = set(quote.findall(flat))
        for nb in r["not_brands"]:
            if nb not in quoted:
                err(f"{s}: not_brand is not a quoted string: {nb}")
            if nb in names:
                err(f"{s}: not_brand is also a brand: {nb}")
        missing = quoted - names - set(r["not_brands"])
        if missing:
            err(f"{s}: quoted strings neither brand nor not_brand: {sorted(missing)}")
        for p in r["people"]:
            if p not in flat:
                err(f"{s}: person not in text: {p}")
        for h in r["honors"]:
            if not occurs(h["honor"], EXPANDED):
                err(f"{s}: honor not in text: {h['honor']}")
            rc = h["recipient"]
            if rc is not None and not occurs(rc, CANONICAL):
                err(f"{s}: honor recipient not in text: {rc}")
            if h["count"] is not None and not isinstance(h["count"], int):
                err(f"{s}: count must be int or null: {h}")

    n = lambda k: sum(len(r[k]) for r in reports)
    planned = sum(1 for r in reports for x in r["runs"] if x["status"] == "planned")
    print(f"{len(reports)} reports; {n('runs')} runs ({planned} planned); "
          f"{n('brands')} brands; {n('not_brands')} not_brands; {n('people')} people; "
          f"{n('honors')} honors; {n('unions')} unions")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
