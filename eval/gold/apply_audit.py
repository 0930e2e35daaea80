"""Apply the blind audit of the development gold (see eval/gold/AUDIT.md).

Every operation is idempotent (add if absent, remove if present, rename if
present), so the script can be re-run.  Usage:

    python3 eval/gold/apply_audit.py            # all audited reports
    python3 eval/gold/apply_audit.py 1 2 4      # only these seqs

It reads the report text only to add the “…” strings missing from
`not_brands` (README: every string inside “…”, line breaks removed); the
full-width indentation of a continuation line is not part of the string.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold" / "dev.json"
CORPUS = ROOT / "data" / "reports" / "2023_union_work_reports.txt"

# 1-based line ranges of the development reports in the corpus file.
SPANS = {1: (79, 130), 2: (131, 212), 4: (415, 606), 5: (607, 652), 7: (705, 742),
         8: (743, 804), 10: (845, 892), 11: (893, 946), 13: (1019, 1120),
         14: (1121, 1182), 16: (1251, 1280), 17: (1281, 1324), 19: (1411, 1468),
         20: (1469, 1542), 22: (1593, 1670), 23: (1671, 1694), 25: (1745, 1814),
         26: (1815, 1868), 28: (1897, 1946), 29: (1947, 1998), 31: (2031, 2156),
         32: (2157, 2208), 34: (2261, 2290)}


def H(honor, recipient=None, count=None):
    return {"honor": honor, "recipient": recipient, "count": count}


# Per report: list of (op, args).  Ops:
#   union+ NAME | brand+ NAME PRACTICE | brand-to-nb NAME | nb-to-brand NAME PRACTICE
#   nb-fix OLD NEW | honor+ DICT | honor-rename OLD NEW | quotes (add missing “…”)
CHANGES = {
    2: [("honor+", H("甘肃省技术能手、技术标兵和服务明星", None, 16000))],
    4: [("union+", "北京市总工会"),
        ("honor-rename", "省级劳模（职工）创新工作室", "青海省劳模（职工）创新工作室"),
        ("quotes",)],
    8: [("nb-to-brand", "码上入会", "online_membership"),
        ("quotes",)],
    10: [("quotes",)],
    11: [("quotes",)],
    13: [("brand+", "长春工匠", "craftsman_selection")],
    14: [("nb-to-brand", "拉萨工会", "union_new_media"),
         ("honor+", H("区市级劳模创新创业工作室", None, 7))],
    17: [("brand+", "十堰市劳模工匠创新工作室联盟", "innovation_studio")],
    19: [("nb-fix", "永远跟党走、\u3000\u3000奋进新征程", "永远跟党走、奋进新征程"),
         ("honor+", H("全国工会服务职工综合体全国试点", "遵义市工会服务职工中心"))],
    20: [("brand+", "延安工匠", "craftsman_selection"),
         ("honor+", H("陕西省劳模创新工作室", None, 3)),
         ("quotes",)],
    22: [("union+", "贵州省总工会"),
         ("honor-rename", "省级职工之家（小家）", "贵州省职工之家（小家）"),
         ("honor+", H("贵州省服务职工综合体示范单位", "铜仁市总工会服务职工中心")),
         ("honor+", H("贵州省服务职工综合体示范单位", "松桃自治县总工会服务职工中心")),
         ("honor+", H("贵州省服务职工综合体示范单位", "江口县总工会服务职工中心")),
         ("honor+", H("贵州省服务职工综合体示范单位", "德江县总工会服务职工中心")),
         ("honor+", H("贵州省示范户外劳动者服务站点", None, 36)),
         ("honor+", H("铜仁市职工之家", None, 37))],
    25: [("nb-fix", "省抗击\u3000\u3000新冠肺炎疫情先进集体", "省抗击新冠肺炎疫情先进集体"),
         ("honor-rename", "省抗击新冠肺炎疫情先进集体", "黑龙江省抗击新冠肺炎疫情先进集体")],
    26: [("honor-rename", "省级示范户外劳动者驿站", "福建省示范户外劳动者驿站"),
         ("quotes",)],
    28: [("quotes",)],
    29: [("quotes",)],
    31: [("brand+", "黑龙江省现代农业工匠学院", "craftsman_academy"),
         ("honor+", H("全国十大产业百家企业深化产业工人队伍建设改革专项行动企业", "北大荒集团")),
         ("quotes",)],
    32: [("honor+", H("自治区级、兵团级、师市级劳动模范", None, 4))],
}


def quotes(seq, lines):
    a, b = SPANS[seq]
    flat = "".join(lines[a - 1:b]).replace("\u3000", "")
    out = []
    for q in re.findall(r"“([^”]*)”", flat):
        if q not in out:
            out.append(q)
    return out


def apply(rep, ops, lines, log):
    seq = rep["seq"]
    brand_names = [b["name"] for b in rep["brands"]]
    for op, *args in ops:
        if op == "union+":
            if args[0] not in rep["unions"]:
                rep["unions"].append(args[0]); log.append((seq, op, args[0]))
        elif op == "brand+":
            name, prac = args
            if name not in brand_names:
                rep["brands"].append({"name": name, "practice": prac})
                brand_names.append(name); log.append((seq, op, name))
        elif op == "nb-to-brand":
            name, prac = args
            if name in rep["not_brands"]:
                rep["not_brands"].remove(name); log.append((seq, "not_brand-", name))
            if name not in brand_names:
                rep["brands"].append({"name": name, "practice": prac})
                brand_names.append(name); log.append((seq, "brand+", name))
        elif op == "nb-fix":
            old, new = args
            if old in rep["not_brands"]:
                i = rep["not_brands"].index(old)
                rep["not_brands"][i] = new; log.append((seq, op, new))
        elif op == "honor+":
            h = args[0]
            if not any(x["honor"] == h["honor"] and x["recipient"] == h["recipient"]
                       for x in rep["honors"]):
                rep["honors"].append(dict(h)); log.append((seq, op, h["honor"], h["recipient"]))
        elif op == "honor-rename":
            old, new = args
            for x in rep["honors"]:
                if x["honor"] == old:
                    x["honor"] = new; log.append((seq, op, new))
        elif op == "quotes":
            known = set(brand_names) | set(rep["not_brands"])
            for q in quotes(seq, lines):
                if q not in known:
                    rep["not_brands"].append(q); known.add(q); log.append((seq, "not_brand+", q))
        else:
            raise ValueError(op)


def main(argv):
    only = {int(a) for a in argv} or set(CHANGES)
    text = GOLD.read_text(encoding="utf-8")
    gold = json.loads(text)
    lines = CORPUS.read_text(encoding="utf-8").split("\n")
    log = []
    for rep in gold["reports"]:
        if rep["seq"] in only and rep["seq"] in CHANGES:
            apply(rep, CHANGES[rep["seq"]], lines, log)
    GOLD.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    for entry in log:
        print(*entry, sep="\t")
    print(f"{len(log)} changes", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
