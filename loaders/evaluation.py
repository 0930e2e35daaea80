"""Scoring extraction against a gold file (pure: data in, numbers out).

Gold format (eval/README.md): per report ``seq``: ``issuer``, ``issuer_region``,
``unions``, ``runs`` (union, practice, status), ``brands`` (name, practice),
``not_brands``, ``people``, ``honors`` (honor, recipient, count).

Matching rules -- why each one: annotators and extractors spell the same
thing differently, so every string is compared after :func:`norm`:

* quotes, brackets, spaces and middle dots (•·・.) are dropped, full-width
  characters are folded (“一瓶水•传递爱” == 一瓶水·传递爱 == 一瓶水传递爱);
* a union or region also matches through the aliases of the predicted node
  (全总 == 中华全国总工会; 甘肃 == 甘肃省);
* runs are (union, practice id) pairs per report; ``status`` is scored on the
  pairs both sides have (strict triples are reported too);
* honors are honor names per report; (honor, recipient) pairs and counts are
  scored on honors that have a recipient / count in gold;
* "slogans as brands" counts predicted brands that gold lists in
  ``not_brands`` of the same report.

Scores are micro-averaged over the reports of a split; a report the gold file
does not list is ignored (so a partial gold set scores only what it covers).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

import networkx as nx

from graph.model import Fragment
from schema import Label, Rel

_DROP = re.compile(r"[\s、，,“”\"'‘’「」『』《》〈〉<>•·・.．\u00b7\u2022\u30fb（）()【】\[\]]")


def norm(s: Any) -> str:
    """Canonical comparison form of a name (see module docstring)."""
    if s is None:
        return ""
    return _DROP.sub("", unicodedata.normalize("NFKC", str(s))).lower()


# -- predictions --------------------------------------------------------------
@dataclass
class Predicted:
    """What the extraction says about one report, in gold's vocabulary."""

    seq: int
    issuer: set[str] = field(default_factory=set)  # normalized names + aliases of the issuer
    issuer_region: set[str] = field(default_factory=set)
    unions: dict[str, set[str]] = field(default_factory=dict)  # canonical -> its normalized names
    runs: set[tuple[str, str, str]] = field(default_factory=set)  # (union canonical, practice id, status)
    brands: dict[str, set[str]] = field(default_factory=dict)  # norm name -> practice ids
    people: set[str] = field(default_factory=set)
    honors: dict[str, set[str]] = field(default_factory=dict)  # norm honor -> recipients (canonical names)
    honor_counts: dict[str, set[int]] = field(default_factory=dict)


def _names(attrs: dict) -> set[str]:
    return {norm(attrs.get("name"))} | {norm(a) for a in attrs.get("aliases", ())}


def _practice_key(nid: str) -> str:
    return nid.split(":", 1)[1]


def predicted_from_graph(g: nx.MultiDiGraph) -> dict[int, Predicted]:
    """Per report seq, the facts the graph holds with that report as evidence."""
    out: dict[int, Predicted] = {}
    by_report: dict[str, Predicted] = {}
    for n, d in g.nodes(data=True):
        if d.get("label") == Label.REPORT.value and d.get("seq") is not None:
            p = Predicted(seq=int(d["seq"]))
            out[p.seq] = p
            by_report[n] = p
    nd = g.nodes
    for u, v, d in g.edges(data=True):
        t = d.get("type")
        p = by_report.get(u) if t in (Rel.ISSUED_BY.value, Rel.MENTIONS.value) else by_report.get(d.get("report"))
        if p is None:
            continue
        su, sv = nd[u], nd[v]
        if t == Rel.ISSUED_BY.value:
            p.issuer |= _names(sv)
            for _, r, ed in g.out_edges(v, data=True):
                if ed.get("type") == Rel.LOCATED_IN.value:
                    p.issuer_region |= _names(nd[r])
        elif t == Rel.MENTIONS.value:
            lab = sv.get("label")
            if lab == Label.UNION.value:
                p.unions[sv["name"]] = _names(sv)
            elif lab == Label.BRAND.value:
                p.brands.setdefault(norm(sv["name"]), set())
            elif lab == Label.PERSON.value:
                p.people.add(norm(sv["name"]))
            elif lab == Label.HONOR.value:
                p.honors.setdefault(norm(sv["name"]), set())
                if d.get("count") is not None:
                    p.honor_counts.setdefault(norm(sv["name"]), set()).add(int(d["count"]))
        elif t == Rel.RUNS.value and sv.get("label") == Label.PRACTICE.value:
            p.runs.add((su["name"], _practice_key(v), d.get("status", "done")))
            p.unions.setdefault(su["name"], _names(su))
        elif t == Rel.INSTANCE_OF.value:
            p.brands.setdefault(norm(su["name"]), set()).add(_practice_key(v))
        elif t == Rel.RECEIVED.value:
            h = p.honors.setdefault(norm(sv["name"]), set())
            h.add(norm(su["name"]))
            if d.get("count") is not None:
                p.honor_counts.setdefault(norm(sv["name"]), set()).add(int(d["count"]))
    # the issuer's region (LOCATED_IN carries no report) and ancestors' names
    return out


def predicted_from_fragments(fragments: Iterable[Fragment]) -> dict[int, Predicted]:
    """Per report seq, scored one fragment at a time (no cross-report merging)."""
    from graph.model import build_graph

    out: dict[int, Predicted] = {}
    for f in fragments:
        out.update(predicted_from_graph(build_graph([f])))
    return out


# -- gold ---------------------------------------------------------------------
def load_gold(text: str) -> dict[int, dict]:
    """Gold reports keyed by seq; accepts ``{"reports": [...]}``, ``{"reports": {seq: ...}}`` or a list."""
    data = json.loads(text)
    reports = data.get("reports", data) if isinstance(data, dict) else data
    if isinstance(reports, dict):
        items = []
        for k, v in reports.items():
            if isinstance(v, dict) and str(k).isdigit():
                items.append({"seq": int(k), **v})
        reports = items
    return {int(r["seq"]): r for r in reports if isinstance(r, dict) and "seq" in r}


def _field(item: Any, *keys: str) -> Any:
    if isinstance(item, dict):
        for k in keys:
            if k in item:
                return item[k]
        return None
    if isinstance(item, (list, tuple)):
        return item[0] if item else None
    return item


# -- scoring ------------------------------------------------------------------
@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score]
    slogans_as_brands: int
    slogan_examples: list[str]
    errors: dict[str, list[str]]  # per metric, a few misses / false hits for debugging
    reports: int


def _match_sets(pred: set[str], gold: set[str]) -> tuple[int, int, int]:
    tp = len(pred & gold)
    return tp, len(pred) - tp, len(gold) - tp


def _union_resolver(p: Predicted):
    """Maps a gold union name to the predicted union canonical it names, if any."""
    index: dict[str, str] = {}
    for canon, names in p.unions.items():
        for n in names:
            index.setdefault(n, canon)

    def resolve(name: str) -> str:
        return index.get(norm(name), "?" + norm(name))

    return resolve


def evaluate(pred: dict[int, Predicted], gold: dict[int, dict], keep_errors: int = 400) -> Evaluation:
    metrics = ("issuer", "issuer_region", "unions", "runs", "runs+status", "brands", "brand_practice",
               "people", "honors", "honor_recipient", "honor_count")
    scores = {m: Score() for m in metrics}
    errors: dict[str, list[str]] = {m: [] for m in metrics}
    slogans = 0
    slogan_examples: list[str] = []

    def err(metric: str, seq: int, kind: str, items: Iterable[Any]) -> None:
        for it in sorted(map(str, items)):
            if len(errors[metric]) < keep_errors:
                errors[metric].append(f"{seq} {kind} {it}")

    for seq, gr in sorted(gold.items()):
        p = pred.get(seq, Predicted(seq))
        resolve = _union_resolver(p)
        # issuer and region: one fact per report (absent in gold -> not scored)
        for key, have in (("issuer", p.issuer), ("issuer_region", p.issuer_region)):
            g = gr.get(key)
            if not g:
                continue
            ok = norm(g) in have
            scores[key].add(int(ok), int(not ok and bool(have)), int(not ok))
            if not ok:
                err(key, seq, "want", [g])
        # unions
        gu = {resolve(_field(u, "name", "union")) for u in gr.get("unions", []) if _field(u, "name", "union")}
        pu = set(p.unions)
        tp, fp, fn = _match_sets(pu, gu)
        scores["unions"].add(tp, fp, fn)
        err("unions", seq, "miss", gu - pu)
        err("unions", seq, "extra", pu - gu)
        # runs
        g_runs = set()
        for r in gr.get("runs", []):
            u, pr = _field(r, "union"), _field(r, "practice") if isinstance(r, dict) else r[1]
            st = (r.get("status") if isinstance(r, dict) else (r[2] if len(r) > 2 else None)) or "done"
            g_runs.add((resolve(u), pr, st))
        gp = {(u, pr) for u, pr, _ in g_runs}
        pp = {(u, pr) for u, pr, _ in p.runs}
        tp, fp, fn = _match_sets(pp, gp)
        scores["runs"].add(tp, fp, fn)
        err("runs", seq, "miss", gp - pp)
        err("runs", seq, "extra", pp - gp)
        tp, fp, fn = _match_sets(p.runs, g_runs)
        scores["runs+status"].add(tp, fp, fn)
        # brands
        gb: dict[str, set[str]] = {}
        for b in gr.get("brands", []):
            name = norm(_field(b, "name"))
            prs = b.get("practice") if isinstance(b, dict) else (b[1] if isinstance(b, (list, tuple)) and len(b) > 1 else None)
            gb.setdefault(name, set()).update([prs] if isinstance(prs, str) else (prs or []))
        tp, fp, fn = _match_sets(set(p.brands), set(gb))
        scores["brands"].add(tp, fp, fn)
        err("brands", seq, "miss", set(gb) - set(p.brands))
        err("brands", seq, "extra", set(p.brands) - set(gb))
        gbp = {(n, pr) for n, prs in gb.items() for pr in prs}
        pbp = {(n, pr) for n, prs in p.brands.items() for pr in prs if n in gb}
        tp, fp, fn = _match_sets(pbp, gbp)
        scores["brand_practice"].add(tp, fp, fn)
        err("brand_practice", seq, "miss", gbp - pbp)
        err("brand_practice", seq, "extra", pbp - gbp)
        not_b = {norm(_field(x, "name")) for x in gr.get("not_brands", [])}
        hit = set(p.brands) & not_b
        slogans += len(hit)
        slogan_examples.extend(f"{seq} {h}" for h in sorted(hit))
        # people
        gpe = {norm(_field(x, "name")) for x in gr.get("people", [])}
        tp, fp, fn = _match_sets(p.people, gpe)
        scores["people"].add(tp, fp, fn)
        err("people", seq, "miss", gpe - p.people)
        err("people", seq, "extra", p.people - gpe)
        # honors
        gh: dict[str, list[dict]] = {}
        for h in gr.get("honors", []):
            hd = h if isinstance(h, dict) else {"honor": _field(h)}
            gh.setdefault(norm(hd.get("honor") or hd.get("name")), []).append(hd)
        tp, fp, fn = _match_sets(set(p.honors), set(gh))
        scores["honors"].add(tp, fp, fn)
        err("honors", seq, "miss", set(gh) - set(p.honors))
        err("honors", seq, "extra", set(p.honors) - set(gh))
        def recipient(name: str) -> str:
            canon = resolve(name)
            return norm(name) if canon.startswith("?") else norm(canon)

        g_rec = {(h, recipient(d["recipient"])) for h, ds in gh.items() for d in ds if d.get("recipient")}
        p_rec = {(h, r) for h, rs in p.honors.items() for r in rs}
        tp, fp, fn = _match_sets(p_rec, g_rec)
        scores["honor_recipient"].add(tp, fp, fn)
        err("honor_recipient", seq, "miss", g_rec - p_rec)
        err("honor_recipient", seq, "extra", p_rec - g_rec)
        g_cnt = {(h, int(d["count"])) for h, ds in gh.items() for d in ds if d.get("count") is not None}
        p_cnt = {(h, c) for h, cs in p.honor_counts.items() for c in cs if h in {x for x, _ in g_cnt}}
        tp, fp, fn = _match_sets(p_cnt, g_cnt)
        scores["honor_count"].add(tp, fp, fn)
    return Evaluation(scores, slogans, slogan_examples, errors, len(gold))


def format_table(split: str, ev: Evaluation, examples: bool = False) -> str:
    """The metrics table of one split; ``examples`` also lists the slogans taken for brands."""
    lines = [f"== {split}: {ev.reports} reports",
             f"{'metric':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for m, s in ev.scores.items():
        lines.append(f"{m:<16}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    lines.append(f"slogans extracted as brands: {ev.slogans_as_brands}"
                 + (f" ({', '.join(ev.slogan_examples[:10])})" if examples and ev.slogan_examples else ""))
    lines.append("targets (issue 4): " + "; ".join(
        f"{name} {value:.3g} {'>=' if op == 'min' else '<='} {bound:g} {'met' if ok else 'MISSED'}"
        for name, value, op, bound, ok in targets(ev)))
    return "\n".join(lines)


# The issue's targets: (label, metric, statistic, comparison, bound).  "slogans" is the count.
TARGETS: tuple[tuple[str, str, str, str, float], ...] = (
    ("issuer R", "issuer", "recall", "min", 1.0),
    ("issuer-region R", "issuer_region", "recall", "min", 1.0),
    ("runs P", "runs", "precision", "min", 0.85),
    ("runs R", "runs", "recall", "min", 0.85),
    ("brands R", "brands", "recall", "min", 0.9),
    ("people F1", "people", "f1", "min", 0.9),
    ("honors P", "honors", "precision", "min", 0.85),
    ("honors R", "honors", "recall", "min", 0.85),
    ("slogans", "slogans", "count", "max", 0),
)


def targets(ev: Evaluation) -> list[tuple[str, float, str, float, bool]]:
    """Each target with its value and whether it is met, so a run says plainly what is missed."""
    out = []
    for name, metric, stat, op, bound in TARGETS:
        value = float(ev.slogans_as_brands) if metric == "slogans" else getattr(ev.scores[metric], stat)
        ok = value >= bound - 1e-9 if op == "min" else value <= bound + 1e-9
        out.append((name, value, op, bound, ok))
    return out
