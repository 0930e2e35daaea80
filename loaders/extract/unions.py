"""Unions: who issued a report, and every union a report names, resolved in its context.

Local federations are named after their region (淮北市 -> 淮北市总工会); generic
names (市总工会, 省总, 全总) are resolved against the issuer's region, never
merged across cities.  Fixed names and abbreviations come from
loaders/lexicon/unions.toml.

Rules (besides the regexes' comments): an institution's union keeps the name its title writes
(某某委员会机关工会, 某某厅工会), and its report's short forms (委机关工会, 机关工会, 直属机关工会)
are the issuer; a list of places sharing one tail names each place's federation (北京、江苏两省市工会,
宁波、温州等地工会); a township/street union or an organization's union needs a proper name (not 推动街道工会, 加强医院工会) and is not the
name of a facility (某某街道工会驿站); a national industrial union's short alias after a region is the
regional sector union (广西壮族自治区教科文卫体工会); 某某区总工会 of a county since renamed a district
(gazetteer: 某某市/县) is found as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from graph.model import Node, node_id
from loaders.extract.base import CJK, lexicon_toml
from loaders.extract.gazetteer import SPECIAL_UNITS, Gazetteer, Region
from schema import Label, RegionLevel, Section, UnionLevel

_LEVEL_OF_REGION = {
    RegionLevel.PROVINCE: UnionLevel.PROVINCE,
    RegionLevel.PREFECTURE: UnionLevel.PREFECTURE,
    RegionLevel.COUNTY: UnionLevel.COUNTY,
}
_LEXICON = lexicon_toml("loaders.lexicon", "unions.toml")


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first (so 集团有限公司 wins over 公司)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


# Sector unions named after a region: 昌吉州教育工会, 省农业水利气象工会 (one or more sector words).
_SECTOR = rf"(?:{_alternation(_LEXICON['sector']['atoms'])})+"
_ENTERPRISE = _alternation(_LEXICON["org"]["enterprise"])
_INSTITUTION = _alternation(_LEXICON["org"]["institution"])
_GENERIC_STEM = re.compile(rf"^(?:{_alternation(_LEXICON['org']['generic_stem'])})+(?:{_ENTERPRISE}|{_INSTITUTION})$")
_GENERIC_HEAD = re.compile(rf"^(?:{_alternation(_LEXICON['org']['generic_head'])})")
_ORG_SUFFIX_ENTERPRISE = ("集团有限公司", "有限责任公司", "有限公司", "集团", "公司", "厂", "矿", "银行")
_ORG_SUFFIX_INSTITUTION = ("委员会", "局", "委", "厅", "医院", "学校", "大学", "学院", "中心", "办")
# A title naming the union in full: the organization, then its 工会 (襄阳市某某委员会机关工会, 某某厅工会,
# 某某局直属机关工会): the union keeps the name as written; the shortest organization name that the
# union's tail follows wins, so 委员会 is kept whole and 机关 stays in the union's name.
_TITLE_UNION = re.compile(
    rf"^(?P<org>[{CJK}\d]{{2,20}}?(?:{'|'.join(_ORG_SUFFIX_ENTERPRISE + _ORG_SUFFIX_INSTITUTION)}))"
    rf"(?P<tail>(?:直属)?机关工会(?:工作委员会)?|工会工作委员会|工会)(?!联合会)"
)
# A region's organs' union: 湖北省直属机关工会工作委员会, 宜昌市直机关工会 (named as written).
_TITLE_ORGANS = re.compile(rf"^(?P<org>[{CJK}]{{2,10}}?(?:省|市|县|区|州|盟|旗)(?:直属|直))(?P<tail>机关工会(?:工作委员会)?)")
# The short forms an institution's own report uses for its 机关工会 (委机关工会, 局机关工会, 机关工会, 直属机关工会).
_INSTITUTION_SHORT = re.compile(r"(?:[委局厅办部])?(?:直属)?机关工会(?!委员会|联合会|干部|工作|经费|主席|会员|组织)")
_TITLE_ORG = re.compile(
    rf"^(?P<org>[{CJK}\d]{{2,14}}?(?:{'|'.join(_ORG_SUFFIX_ENTERPRISE + _ORG_SUFFIX_INSTITUTION)}))"
)
_GENERIC_SECTOR = re.compile(rf"(?P<lvl>省|市|州|县|区)(?P<sector>{_SECTOR})工会(?!联合会|委员会)")
_GENERIC = re.compile(r"(?P<lvl>省|市|区|县|州)总(?:工会)?(?!体|结|计|数|量|书记|经理|部|队|规划|而言|的来说|之)")
# Enterprise, institution and sector unions named in the text: <org>工会 / <sector>行业工会联合会.
# Pre-checks for the scans below (a lookahead at each start position): a match needs its tail within
# reach, over characters its name may hold; they only skip start positions that cannot match.
_ORG_WORDS = [*_LEXICON["org"]["enterprise"], *_LEXICON["org"]["institution"], "行业"]
_ORG_CHARS = rf"[{CJK}（）{''.join(map(re.escape, sorted(set(''.join(_ORG_WORDS)))))}]"
_ORG_REACH = 24 + max(map(len, _ORG_WORDS))  # 24: the name's longest free part below (tests/loaders/test_prechecks.py)
_ORG_UNION = re.compile(
    rf"(?={_ORG_CHARS}{{2,{_ORG_REACH}}}?工会)"
    rf"(?P<org>[{CJK}（）]{{2,24}}?(?:(?P<ent>{_ENTERPRISE})|(?P<inst>{_INSTITUTION})|(?P<ind>行业)))"
    rf"(?P<tail>(?:直属)?机关工会(?!委员会|联合会)|工会联合会|工会工作委员会|工会委员会|工会)"
)
# A union founded in an enterprise names it: 以某某公司为试点组建工会 -> 某某公司工会.  Only enterprises:
# "在社区卫生服务中心建立工会" names a kind of place more often than one.
_FOUNDED = re.compile(
    rf"(?={_ORG_CHARS}{{2,{_ORG_REACH + 6}}}?工会)"  # the org, a 3-character adverb, 组建了
    rf"(?P<org>[{CJK}（）]{{2,24}}?(?P<ent>{_ENTERPRISE}))"
    rf"(?:为试点|为示范|率先|首家|成功|依法|单独|独立)?(?:组建|成立|建立)(?:了)?(?P<tail>工会)(?!联合会|委员会|组织|干部)"
)
# Township and street unions: 某某镇总工会, 某某街道工会 (a 2-3 character proper name before 镇/乡/街道).
_TOWNSHIP = re.compile(r"(?P<kind>镇|乡|街道)(?P<tail>总工会|工会联合会|工会)")
# 2-3 character words that open a generic township phrase, never a name (乡镇工会, 示范街道工会, 各乡镇).
_TOWNSHIP_GENERIC = re.compile(r"乡镇|城乡|村镇|城镇|示范|规范|模范|星级|各|全|所有|每个|辖区|本|该|重点|新建|已建|基层|偏远|农村|城市|（|）")
# A district's federation (a county renamed a district keeps its stem: 某某县 -> 某某区总工会).
_DISTRICT_UNION = re.compile(rf"(?P<stem>[{CJK}])区总工会")
# Verbs a report writes before a generic kind of union (推动街道工会, 加强医院工会, 指导企业工会): what
# follows is no name.  (jieba's verb tags are too noisy for this: 攀钢 is tagged a verb.)
_GOVERNING_VERB = re.compile(r"^(?:加强|推动|推进|指导|督促|强化|规范|深化|引导|支持|帮助|组织|建立|组建|健全|完善|开展|"
                             r"发挥|依托|联合|覆盖|促进|鼓励|动员|带动|服务|打造|创建|提升|夯实|做强|激活|培育|新建|筹建)")
# A facility named after the grassroots union that runs it (某某街道工会驿站, 某某镇工会服务站).
_FACILITY_AFTER = re.compile(r"驿站|服务站|服务点|服务中心|书屋|小家|之家|阵地")
# A 兵团 regiment (团场), with its division: 八师一四一团工会, 十四师二二四团总工会.
_REGIMENT = re.compile(r"(?=[一二三四五六七八九十百零〇师\d]{1,8}?团)(?P<name>(?:[一二三四五六七八九十]{1,3}师)?(?:[一二三四五六七八九十百零〇]{1,4}|\d{1,3})团(?:场)?)"
                       r"(?P<tail>总工会|工会)")
# A 兵团 division and its city are one unit (师市合一) and written together: 一师阿拉尔市, 七师胡杨河市.
_DIVISION = re.compile(r"(?:[一二三四五六七八九十]{1,3}|第[一二三四五六七八九十]{1,3})师$")
_ORG_BREAK = re.compile(r"成立|举办|组织|召开|选派|推动|指导|支持|联合|给|是|为|的|在|由|向|对|将|把|同|与|及|和")
# Characters that end the word before a union's name (联合市总工会, 据某市总工会介绍, 受省总工会委托,
# 参加市总工会培训).
_BEFORE_UNION = "和与及在、由向对同将让把被为是经据受请邀合加"
_CONNECTIVES = "在由与和及向对为将把给了的是从以"
_ORG_START_AFTER = set("，,；;。！？：:、（(“”\n ") | set(_CONNECTIVES)
# A list of places or national industries sharing one 工会/总工会: 铁路、民航、金融工会;
# 北京、江苏两省市工会; 宁波、温州等地工会; 松桃自治县、江口县、德江县总工会.  Each item is checked (a region name or an
# industry's short name); the list is read backwards from the shared tail and stops at the first
# item that is neither.
_SHARED_TAIL = re.compile(
    rf"(?=[{CJK}、]*?工会)(?P<items>[{CJK}]{{2,10}}?(?:[、和及][{CJK}]{{2,10}}?)+)(?:等)?(?P<qty>[两三四五六七八九十]+(?:个)?(?:省市|省区|省|市|地|县|区))?"
    rf"(?(qty)|(?:(?<=等)(?:地市|地区|地|省市|市|县|区))?)(?P<tail>总工会|工会)")
# One place standing for several: 北京等六省市工会, 宁波等地工会 (the others unnamed) -> 北京市总工会.
_ETC_TAIL = re.compile(
    rf"(?=[{CJK}]{{2,10}}?等)(?P<items>[{CJK}]{{2,10}}?)等(?P<qty>(?:[两三四五六七八九十]+(?:个)?)?(?:省市|省区|省|市|地市|地区|地|县|区))(?P<tail>总工会|工会)")
_FED_TAIL = re.compile(rf"(?:(?P<sector>{_SECTOR})工会|总工会|工会)")


@dataclass(frozen=True)
class UnionMention:
    node: Node
    region: Region | None
    start: int
    end: int
    generic: bool = False  # named by a generic form resolved from context


def federation_name(region: Region) -> str:
    """The canonical name of a region's federation of trade unions."""
    if region.adcode == "660000" or not region.name.endswith(("省", "市", "区", "县", "州", "盟", "旗")):
        return region.name + "工会"
    return region.name + "总工会"


class UnionFinder:
    """Finds union mentions in text; built once per process from the gazetteer and lexicon."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.fixed: dict[str, dict] = {}
        for u in lexicon_toml("loaders.lexicon", "unions.toml")["union"]:
            for a in u["aliases"]:
                self.fixed[a] = u
        self.industry_short = {u["short"]: u for u in lexicon_toml("loaders.lexicon", "unions.toml")["union"] if "short" in u}
        self._fixed_re = re.compile("|".join(sorted(map(re.escape, self.fixed), key=len, reverse=True)))
        self._auto = ahocorasick.Automaton()
        for name in gaz.names:
            regions = gaz.candidates(name)
            if all(r.level is RegionLevel.COUNTY for r in regions) and len(name) < 3:
                continue
            self._auto.add_word(name, name)
        self._auto.make_automaton()

    # -- nodes -------------------------------------------------------------
    def fixed_node(self, entry: dict) -> Node:
        return Node(node_id(Label.UNION, entry["canonical"]), Label.UNION, entry["canonical"],
                    tuple(a for a in entry["aliases"] if a != entry["canonical"]), {"level": entry["level"]})

    def federation(self, region: Region) -> Node:
        name = federation_name(region)
        aliases = tuple(sorted({s + "总工会" for s in region.short} | {region.name + "工会"}) )
        level = _LEVEL_OF_REGION[region.level].value
        if region.adcode == "660000":
            entry = self.fixed.get("兵团工会")
            if entry:
                return self.fixed_node(entry)
        return Node(node_id(Label.UNION, name), Label.UNION, name, aliases, {"level": level})

    def division_federation(self, name: str, region: Region) -> Node:
        """A 兵团 division-city's federation as written (一师阿拉尔市总工会), known also by the city's name."""
        return Node(node_id(Label.UNION, name), Label.UNION, name, (federation_name(region),),
                    {"level": _LEVEL_OF_REGION[region.level].value})

    def org_union(self, org: str, level: UnionLevel) -> Node:
        name = org + "工会"
        return Node(node_id(Label.UNION, name), Label.UNION, name, (), {"level": level.value})

    def region_of_fixed(self, entry: dict) -> Region | None:
        code = entry.get("region")
        return self.gaz.regions.get(code) if code else None

    # -- finding -----------------------------------------------------------
    def find(self, text: str, context: Region | None = None) -> list[UnionMention]:
        """Union mentions in ``text``, left to right, non-overlapping.

        ``context`` is the issuer's region: it resolves generic forms (市总工会)
        and namesake regions.
        """
        found: list[UnionMention] = []
        taken = bytearray(len(text) + 1)

        def claim(s: int, e: int) -> bool:
            if any(taken[s:e]):
                return False
            taken[s:e] = b"\x01" * (e - s)
            return True

        for m in self._fixed_re.finditer(text):
            entry = self.fixed[m.group()]
            if entry["level"] == "industry" and not m.group().startswith(("中国", "中华", "全国", "中央")) and m.start() > 0 \
                    and (text[m.start() - 1] in "省市县区州" or self._region_ending_at(text, m.start(), context) is not None):
                continue  # 广西壮族自治区教科文卫体工会 / 省教科文卫体工会: a regional sector union, not the national one
            if claim(m.start(), m.end()):
                entry = self.fixed[m.group()]
                found.append(UnionMention(self.fixed_node(entry), self.region_of_fixed(entry), m.start(), m.end()))
        # region name + 总工会 / 工会 / sector工会; keep the longest region name ending at each place
        best: dict[int, tuple[int, str]] = {}
        for end_idx, name in self._auto.iter(text):
            s = end_idx - len(name) + 1
            cur = best.get(end_idx + 1)
            if cur is None or cur[0] > s:
                best[end_idx + 1] = (s, name)
        for e, (s, name) in sorted(best.items(), key=lambda kv: kv[1][0]):
            tail = _FED_TAIL.match(text, e)
            if not tail:
                continue
            division = _DIVISION.search(text, max(0, s - 4), s)
            parent = self._region_ending_at(text, s, context) if s > 0 else None
            if parent is not None and not any(self.gaz.is_within(r.adcode, parent.adcode)
                                              for r in self.gaz.candidates(name)):
                parent = None
            if division is not None and division.end() == s:
                pass  # 一师阿拉尔市总工会: a 兵团 division written before its city
            elif parent is not None:
                pass  # 德阳市旌阳区总工会: a county written after its prefecture, named without it
            elif s > 0 and re.match(rf"[{CJK}]", text[s - 1]) and text[s - 1] not in _BEFORE_UNION + "全的":
                # part of a longer word (e.g. 全省 / 各市州), unless a connective precedes
                if not self.gaz.candidates(text[s - 1] + name):
                    continue
            within = parent or context
            region = self.gaz.resolve(name, within.adcode if within else None)
            if region is None:
                continue
            end = tail.end()
            if division is not None and division.end() == s and not tail.group("sector"):
                s = division.start()
            elif parent is not None:
                s -= len(parent.name)  # the mention covers the prefecture written before it
            if not claim(s, end):
                continue
            if tail.group("sector"):
                node = self.org_union(text[s : end - 2], UnionLevel.INDUSTRY)
            elif division is not None and s < end - len(name) - len(tail.group()):
                node = self.division_federation(text[s:end], region)
            else:
                node = self.federation(region)
            found.append(UnionMention(node, region, s, end))
        for u in self._shared_tail(text, context):
            if claim(u.start, u.end):
                found.append(u)
        for u in self._org_unions(text, context):
            if claim(u.start, u.end):
                found.append(u)
        for m in _REGIMENT.finditer(text):
            prev = text[m.start() - 1] if m.start() > 0 else "\n"
            if re.match(rf"[{CJK}]", prev) and prev not in _BEFORE_UNION or len(m.group("name")) < 3:
                continue  # inside a longer word (集团工会)
            region = self.gaz.regions.get(SPECIAL_UNITS[0][0]) if context is None or context.adcode[:2] in ("65", "66") \
                else None
            name = m.group("name") + m.group("tail")
            if claim(m.start(), m.end()):
                found.append(UnionMention(Node(node_id(Label.UNION, name), Label.UNION, name, (),
                                               {"level": UnionLevel.GRASSROOTS.value}), region, m.start(), m.end()))
        for u in self._township_unions(text, context):
            if claim(u.start, u.end):
                found.append(u)
        for u in self._renamed_districts(text, context):
            if claim(u.start, u.end):
                found.append(u)
        if context is not None:
            for m in _GENERIC_SECTOR.finditer(text):  # 省交通工会 in a Qinghai report: 青海省交通工会
                s, e = m.start(), m.end()
                if s > 0 and re.match(rf"[{CJK}]", text[s - 1]) and text[s - 1] not in _BEFORE_UNION + "的":
                    continue
                region = self._generic_region(m.group("lvl"), context)
                if region is None or not claim(s, e):
                    continue
                found.append(UnionMention(self.org_union(region.name + m.group("sector"), UnionLevel.INDUSTRY), region, s, e,
                                          generic=True))
            for m in _GENERIC.finditer(text):
                s, e = m.start(), m.end()
                if s > 0 and (re.match(rf"[{CJK}]", text[s - 1]) and text[s - 1] not in _BEFORE_UNION):
                    continue
                region = self._generic_region(m.group("lvl"), context) or self._region_before(text, s, m.group("lvl"), context)
                if region is None or not claim(s, e):
                    continue
                found.append(UnionMention(self.federation(region), region, s, e, generic=True))
        found.sort(key=lambda u: u.start)
        return self._same_as_written(found)

    @staticmethod
    def _same_as_written(found: list[UnionMention]) -> list[UnionMention]:
        """A generic sector form (州教育工会) is the union the text also writes out (昌吉州教育工会):
        same region, same sector name."""
        written = [u for u in found if not u.generic and u.region is not None and u.node.props.get("level") == "industry"]
        out = []
        for u in found:
            if u.generic and u.region is not None and u.node.props.get("level") == "industry":
                sector = u.node.name.removeprefix(u.region.name)
                same = next((w for w in written if w.region == u.region and w.node.name.endswith(sector)
                             and w.node.name != u.node.name), None)
                if same is not None:
                    u = UnionMention(same.node, same.region, u.start, u.end, generic=True)
            out.append(u)
        return out

    def _shared_tail(self, text: str, context: Region | None) -> list[UnionMention]:
        """Every item of a list that shares one union tail (see :data:`_SHARED_TAIL`)."""
        out: list[UnionMention] = []
        for m in [*_SHARED_TAIL.finditer(text), *_ETC_TAIL.finditer(text)]:
            items = []
            pos = m.start("items")
            for piece in re.split(r"([、和及])", m.group("items")):
                if piece not in ("、", "和", "及"):
                    items.append((pos, piece))
                pos += len(piece)
            got: list[UnionMention] = []
            for s, piece in reversed(items):
                entry = self.industry_short.get(piece) if m.group("tail") == "工会" and not m.group("qty") else None
                if entry is not None:
                    got.append(UnionMention(self.fixed_node(entry), None, s, s + len(piece)))
                    continue
                region = self.gaz.resolve(piece, context.adcode if context else None)
                if region is None and s == m.start("items"):
                    # the first item may follow a verb (协调北京等六省市工会): its place name ends it
                    cut = next((i for i in range(1, len(piece) - 1) if self.gaz.candidates(piece[i:])), None)
                    if cut is not None:
                        s, piece = s + cut, piece[cut:]
                        region = self.gaz.resolve(piece, context.adcode if context else None)
                if region is None or (region.level is RegionLevel.COUNTY and len(piece) < 3):
                    break
                got.append(UnionMention(self.federation(region), region, s, s + len(piece)))
            if len(got) >= 2 or (got and m.group("qty")):
                # the item next to the tail carries the tail in its span
                last = got[0]
                got[0] = UnionMention(last.node, last.region, last.start, m.end())
                out.extend(reversed(got))
        return out

    def _org_unions(self, text: str, context: Region | None) -> list[UnionMention]:
        """<org>工会 for enterprises, institutions and sector federations, with the org's name cut
        where it starts: at a region name, or right after punctuation / a connective (short names only)."""
        out: list[UnionMention] = []
        matches = [(m, m.end()) for m in _ORG_UNION.finditer(text)]
        matches += [(m, m.end("org")) for m in _FOUNDED.finditer(text)]  # the span is the org's name only
        for m, m_end in matches:
            s0, e_org = m.start("org"), m.end("org")
            brk = None
            for b in _ORG_BREAK.finditer(text, s0, e_org):
                brk = b
            if brk is not None:
                s0 = brk.end()
            org = None
            for s in range(s0, e_org - 1):
                cand = text[s:e_org]
                prev = text[s - 1] if s > 0 else "\n"
                at_start = s == s0 or prev in _ORG_START_AFTER
                prefix = self.gaz.longest_prefix(cand)
                if prefix is not None and len(prefix) >= 2 and (at_start or not re.match(rf"[{CJK}]", prev)):
                    org = cand
                    break
                if at_start and cand[0] in "省市县州区" and cand[1] not in "市县区州" and context is not None:
                    org = cand
                    break
                # a company's registered name (某某汽车集团有限公司) or one holding a place (国网某某省电力公司) is
                # long; other names stay short
                longest = 12 if cand.endswith("有限公司") or (s == s0 and self._region_inside(cand, context)) else 8
                if at_start and 3 <= len(cand) <= longest and not m.groupdict().get("ind") \
                        and cand[0] not in "各全省市县区州" + _CONNECTIVES:
                    org = cand
                    break
            if org is None or org in ("集团", "公司") or len(org) < 3 or _GENERIC_HEAD.match(org) \
                    or _GENERIC_STEM.match(org):
                continue
            if _GOVERNING_VERB.match(org) and (len(org) <= 4 or _GENERIC_STEM.match(org[2:])):
                continue  # 加强医院工会, 推动企业工会: a verb before a kind of organization, not a name
            start = e_org - len(org)
            region = None
            prefix = self.gaz.longest_prefix(org)
            if prefix and len(prefix) >= 2:
                region = self.gaz.resolve(prefix, context.adcode if context else None)
            elif org[0] in "省市县州区" and context is not None:
                region = self._generic_region(org[0], context) or self._region_before(text, start, org[0], context)
                if region is None:
                    continue  # 市级X行业工会 with no city in context: nothing to name it by
                org = region.name + org[1:].removeprefix("级")
            if region is None:
                # a place inside the name (国网某某省电力有限公司), else the report's own region
                region = self._region_inside(org, context) or context
            if m.groupdict().get("ind"):
                level = UnionLevel.INDUSTRY
            elif m.groupdict().get("inst"):
                level = UnionLevel.INSTITUTION
            else:
                level = UnionLevel.ENTERPRISE
            node = Node(node_id(Label.UNION, org + m.group("tail")), Label.UNION, org + m.group("tail"), (),
                        {"level": level.value})
            out.append(UnionMention(node, region, start, m_end))
        return out

    def _township_unions(self, text: str, context: Region | None) -> list[UnionMention]:
        """某某镇总工会 / 某某街道工会: grassroots unions with a proper name, placed in the county named
        right before them (某县某镇总工会) or else the one the sentence names last, else the report's region.
        Not a verb glued to a generic 街道工会 (推动街道工会), nor a facility's name (某某街道工会驿站)."""
        out: list[UnionMention] = []
        for m in _TOWNSHIP.finditer(text):
            # the name (2-3 characters before 镇/乡/街道) must start a word: after punctuation, a
            # connective or a region's name; the longest such name wins
            picked = None
            for n in (3, 2):
                s = m.start() - n
                if s < 0 or not re.fullmatch(rf"[{CJK}]+", text[s:m.start()]) or text[s] in _BEFORE_UNION:
                    continue
                prev = text[s - 1] if s > 0 else "\n"
                before = self._region_ending_at(text, s, context)
                if not re.match(rf"[{CJK}]", prev) or prev in _BEFORE_UNION or before is not None:
                    picked = (s, before)
                    break
            if picked is None:
                continue
            s, before = picked
            name = text[s:m.end("kind")]
            if _TOWNSHIP_GENERIC.search(name) or self.gaz.candidates(name):
                continue
            if _GOVERNING_VERB.match(name):
                continue  # 推动街道工会: a verb before a generic 街道工会, not a place's name
            if _FACILITY_AFTER.match(text, m.end()):
                continue  # 某某街道工会驿站: the name of a facility, not a mention of the union
            region = before or self._region_before(text, s, "县", context) or self._region_before(text, s, "区", context) \
                or context
            node = Node(node_id(Label.UNION, name + m.group("tail")), Label.UNION, name + m.group("tail"), (),
                        {"level": UnionLevel.GRASSROOTS.value})
            out.append(UnionMention(node, region, s, m.end()))
        return out

    def _renamed_districts(self, text: str, context: Region | None) -> list[UnionMention]:
        """某某区总工会 for a county turned district (撤县设区 / 撤市设区) that the gazetteer still knows
        as 某某县 / 某某市: the county's federation, named as the report writes it."""
        out: list[UnionMention] = []
        for m in _DISTRICT_UNION.finditer(text):
            for n in (3, 2):
                s = m.end("stem") - n
                if s < 0:
                    continue
                stem = text[s:m.end("stem")]
                prev = text[s - 1] if s > 0 else "\n"
                if re.match(rf"[{CJK}]", prev) and prev not in _BEFORE_UNION and self._region_ending_at(text, s, context) is None:
                    continue
                if self.gaz.candidates(stem + "区"):
                    break  # a district the gazetteer knows: found by the region pass
                old = next((r for suffix in ("县", "市") for r in [self.gaz.resolve(stem + suffix, context.adcode if context else None)]
                            if r is not None and r.level is RegionLevel.COUNTY and r.name == stem + suffix), None)
                if old is None or (context is not None and not (self.gaz.is_within(old.adcode, context.adcode)
                                                               or self.gaz.is_within(context.adcode, old.adcode)
                                                               or old.parent == context.parent)):
                    continue
                name = stem + "区总工会"
                node = Node(node_id(Label.UNION, name), Label.UNION, name, (federation_name(old),),
                            {"level": UnionLevel.COUNTY.value})
                out.append(UnionMention(node, old, s, m.end()))
                break
        return out

    def _region_ending_at(self, text: str, pos: int, context: Region | None) -> Region | None:
        """The region whose full name ends right at ``pos`` (某某县 in 某某县某某镇总工会)."""
        best = None
        for end_idx, name in self._auto.iter(text[max(0, pos - 12): pos]):
            if end_idx == min(pos, 12) - 1 and len(name) >= 3:
                region = self.gaz.resolve(name, context.adcode if context else None)
                if region is not None and region.name == name and (best is None or len(name) > len(best.name)):
                    best = region
        return best

    def _region_inside(self, org: str, context: Region | None) -> Region | None:
        """The first full region name (3+ characters) inside an organization's name."""
        for end_idx, name in sorted(self._auto.iter(org), key=lambda t: (t[0] - len(t[1]), -len(t[1]))):
            region = self.gaz.resolve(name, context.adcode if context else None)
            if region is not None and region.name == name and len(name) >= 3:
                return region
        return None

    def _region_before(self, text: str, pos: int, lvl: str, context: Region | None,
                       window: int = 60) -> Region | None:
        """The region of level ``lvl`` (省/市/州/县/区) named last before ``pos`` in the same sentence:
        a provincial report's "与市总工会联合举办" or "成立市级快递行业工会联合会" right after a city's
        name means that city's union."""
        seg_start = max(0, pos - window)
        for stop in "。！？!?\n":
            seg_start = max(seg_start, text.rfind(stop, seg_start, pos) + 1)
        best: tuple[int, int, Region] | None = None
        for end_idx, name in self._auto.iter(text[seg_start:pos]):
            region = self.gaz.resolve(name, context.adcode if context else None)
            if region is None or not self._is_level(region, lvl):
                continue
            key = (end_idx, len(name))
            if best is None or key > best[:2]:
                best = (end_idx, len(name), region)
        return best[2] if best else None

    @staticmethod
    def _is_level(region: Region, lvl: str) -> bool:
        """Whether a generic 省/市/州/县/区 can stand for ``region``."""
        if lvl == "省":
            return region.level is RegionLevel.PROVINCE and region.name.endswith(("省", "自治区"))
        if lvl in ("市", "州"):
            return region.level is not RegionLevel.PROVINCE and region.name.endswith(lvl)
        return region.level is RegionLevel.COUNTY and region.name.endswith(lvl)

    def _generic_region(self, lvl: str, context: Region) -> Region | None:
        for r in self.gaz.ancestors(context.adcode):
            if lvl == "省" and r.level is RegionLevel.PROVINCE and r.name.endswith(("省", "自治区")):
                return r
            if lvl in ("市", "州") and r.name.endswith("市" if lvl == "市" else "州") and r.level is not RegionLevel.COUNTY:
                return r
            if lvl in ("区", "县") and r.level is RegionLevel.COUNTY and r.name.endswith(lvl):
                return r
        return None

    def issuer_short_forms(self, text: str, issuer: UnionMention) -> list[UnionMention]:
        """An enterprise's or institution's union is written in its own report by short forms: its
        organization's kind + 工会 (集团工会, 公司工会, 医院工会, 局工会) and, for a 机关工会, 委机关工会 /
        机关工会 / 直属机关工会.  Each, starting a word, is the issuer.  Not 机关工会委员会 / 机关工会经费
        (a body or a thing of the union) and not inside a longer name (市直机关工会, 子公司工会)."""
        name = issuer.node.name
        if issuer.node.props.get("level") not in ("enterprise", "institution") or not name.endswith(("工会", "委员会")):
            return []
        forms = []
        if "机关工会" in name:
            forms.append(_INSTITUTION_SHORT)
        org = name.removesuffix("工会")
        kind = next((k for k in sorted(_ORG_SUFFIX_ENTERPRISE + _ORG_SUFFIX_INSTITUTION, key=len, reverse=True)
                     if org.endswith(k)), None)
        if kind is not None and "机关工会" not in name:
            kinds = {kind} | ({"公司"} if kind.endswith("公司") else set())  # 某某有限公司工会: 公司工会
            forms.append(re.compile(f"(?:{_alternation(tuple(kinds))})" + r"工会(?!委员会|联合会|干部|工作|经费|主席|会员|组织)"))
        out = []
        for rx in forms:
            for m in rx.finditer(text):
                prev = text[m.start() - 1] if m.start() > 0 else "\n"
                if re.match(rf"[{CJK}]", prev) and prev not in _BEFORE_UNION:
                    continue
                out.append(UnionMention(issuer.node, issuer.region, m.start(), m.end(), generic=True))
        return out

    # -- the issuer --------------------------------------------------------
    def issuer(self, text: str, section: str | None) -> UnionMention | None:
        """The union that issued a report: from its title (the first line of ``text``),
        else the union its opening names most."""
        title = text.split("\n", 1)[0]
        body = text
        if title.startswith("中国工会"):
            entry = self.fixed["中华全国总工会"]
            return UnionMention(self.fixed_node(entry), None, 0, 4)
        m = _TITLE_ORGANS.match(title) or _TITLE_UNION.match(title) or _TITLE_ORG.match(title)
        if m:
            org = m.group("org")
            tail = m.groupdict().get("tail") or "工会"
            if not self.gaz.candidates(org):
                institution = org.endswith(_ORG_SUFFIX_INSTITUTION) or section == Section.UNITS.value
                level = UnionLevel.INSTITUTION if institution else UnionLevel.ENTERPRISE
                prefix = self.gaz.longest_prefix(org)
                region = self.gaz.resolve(prefix) if prefix else None
                if region is None or region.level is RegionLevel.PROVINCE:
                    region = self.placed_region(body[len(title):], region) or region or self.dominant_region(body)
                if tail != "工会":  # 某某委员会机关工会: an institution's union, named as written
                    level = UnionLevel.INSTITUTION
                name = org + tail
                node = Node(node_id(Label.UNION, name), Label.UNION, name, (), {"level": level.value})
                return UnionMention(node, region, 0, len(name))
        in_title = [u for u in self.find(title) if not u.generic]
        if in_title:
            return in_title[0]
        mentions = [u for u in self.find(body[:3000]) if not u.generic and u.node.props.get("level") != "national"]
        if mentions:
            counts: dict[str, int] = {}
            for u in mentions:
                counts[u.node.id] = counts.get(u.node.id, 0) + 1
            top = max(counts, key=lambda k: (counts[k], -next(i for i, u in enumerate(mentions) if u.node.id == k)))
            return next(u for u in mentions if u.node.id == top)
        return None

    def placed_region(self, text: str, province: Region | None) -> Region | None:
        """Where a report places an enterprise whose name gives at most its province: the region the
        body names most by full name (七师胡杨河市 -> 胡杨河市; ties go to the more specific one),
        kept inside the name's province by adcode (a 兵团 city's code is in 新疆's range)."""
        counts: dict[str, int] = {}
        for end_idx, name in self._auto.iter(text):
            r = self.gaz.resolve(name, province.adcode if province else None)
            if r is None or r.name != name or len(name) < 3:
                continue
            if province is not None and r.adcode[:2] != province.adcode[:2]:
                continue
            counts[r.adcode] = counts.get(r.adcode, 0) + 1
        if not counts:
            return None
        depth = {RegionLevel.PROVINCE: 0, RegionLevel.PREFECTURE: 1, RegionLevel.COUNTY: 2}
        best = max(sorted(counts), key=lambda k: (counts[k], depth[self.gaz.regions[k].level]))
        return self.gaz.regions[best]

    def dominant_region(self, text: str) -> Region | None:
        """The province-level region a text names most often (for enterprises without a place in their name)."""
        counts: dict[str, int] = {}
        for end_idx, name in self._auto.iter(text):
            r = self.gaz.resolve(name)
            if r is not None and r.level is RegionLevel.PROVINCE:
                counts[r.adcode] = counts.get(r.adcode, 0) + 1
        if not counts:
            return None
        return self.gaz.regions[max(sorted(counts), key=lambda k: counts[k])]
