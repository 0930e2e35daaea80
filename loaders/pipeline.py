"""From a source document to report fragments: split, repair, extract.

Pure: text in, :class:`graph.model.Fragment` out.  File reading lives in
loaders.reading and writing in graph.store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.model import Fragment, Node, fingerprint, node_id
from loaders.extract.base import FragmentBuilder, ReportDoc, clause_end, clause_start, is_plan_title, is_planned
from loaders.extract.brands import _SPEAKER, BrandCandidate, find_brands, inside_slogan, keyword_practice, quoted_spans, tail_practice, theme_map, theme_practice
from loaders.extract.gazetteer import Gazetteer, Region, load_gazetteer
from loaders.extract.honors import awarded, find_honors, find_units, honor_names, honor_recipients
from loaders.extract.people import affiliation, find_people
from loaders.extract.practices import PracticeMatcher, PracticeMention, default_matcher, quantity_near
from loaders.extract.unions import UnionFinder, UnionMention
from loaders.formats.normalize import content_hash
from loaders.reading import SourceDocument
from loaders.repair import repair, split_sentences
from loaders.splitting import RawReport, split_compilation
from schema import Label, Rel, Status

_ORIGIN = re.compile(r"(首创|率先|首家|发起|源起|源于|发源)")
_PROMOTE = re.compile(r"(?:在|向)?(?:全国|全省|全区|全市)(?:[^，。；]{0,6})?(?:复制)?推广")
_LEVELLED = re.compile(r"^(?:全国|国家|中国|省|市|自治|兵团|[\u4e00-\u9fff]{1,6}?(?:省|市|自治区|自治州|州|县|区))")
# Verbs of a selection the union runs, and verbs after which counted titles are honors that came to the
# region (涌现出, 荣获) or another action (推出, 创建): the last of them before a title decides
# (共评选出全国劳模15人…，推出“全国五一劳动奖章”15人: the medals were not this union's 评选).
_SELECT = re.compile(r"评选|表彰|推荐|推评|选树|命名|获评|评为|(?P<block>涌现|荣获|获得|推出|创建|培育|建成|选派|争取)")
_COUNTED_RECEIVERS = re.compile(r"\d+(?:余|多)?[名个家人][^，。；、\d]{0,14}(?:获评|被评为)[^，。；、]{0,8}$")
_SELECTION_OF = (("劳动模范", "model_worker_selection"), ("劳模", "model_worker_selection"),
                 ("先进工作者", "model_worker_selection"), ("五一劳动奖", "may_day_award_selection"),
                 ("工人先锋号", "may_day_award_selection"))
# Practices named after a title, and the verbs that say whether the title was selected or came.
_TITLE_PRACTICES = frozenset({"most_beautiful_worker", "women_contribution"})
# Of those, the ones that are no selection themselves: a count of their title (巾帼标兵岗38个) is an honor
# count, while 评选“最美职工”10名 is the selection 最美职工选树.
_COUNTED_TITLE_PRACTICES = frozenset({"women_contribution"})
_COUNTED = re.compile(r"^[”\"]?(?:称号)?\d+(?:\.\d+)?[万]?(?:余|多)?(?:个|名|人|家|支)")  # 巾帼标兵岗38个
_TITLE_VERB = re.compile(r"评选|表彰|选树|推荐(?!获)|发布|(?P<came>涌现|荣获|获评|获得|被评为|授予)")
# Unit titles (劳模创新工作室, 模范职工之家) are no selection of model workers.
_UNIT_TITLE = re.compile(r"(?:工作室|示范点|基地|之家|小家|单位|集体|企业|班组)$")
# A 、-list of titles ending in a selection verb (全国、全省和全市劳动模范和五一劳动奖、工人先锋号…推荐评选):
# each kind of title in the list is a selection the union runs.  Not a ceremony (表彰大会) or its result.
_SELECTION_VERB = re.compile(r"(?:推荐评选|评选表彰|推荐表彰|评选推荐|评选)(?!大会|结果|出)")
_SELECTION_TITLE = re.compile(r"劳动模范|劳模|先进工作者|五一劳动奖|工人先锋号")
_NOT_SUBJECT_AFTER = re.compile(r"^(?:的|等|领导|指导|支持|关心|表彰|命名|授予|承办|协办)")
_SUBJECT_BEFORE = set("，,；;：:。！？\n") | {""}
# A sentence that opens with a collective actor speaks for the issuer: 全省各级工会, 我市, 全国.
_COLLECTIVE_OPENING = re.compile(r"^[^，,；;。]{0,8}?(?:各级工会|全[国省市区州县盟](?!总)|我[省市区州县]|本[省市])")
# A sentence that goes on with the previous one's subject (同时，…; 此外…; 该工会…).
_CONTINUES = re.compile(r"^(?:同时|并|还|此外|另外|另|该|其|随后|同年|期间|目前|截至|此后|今年|近年来|五年来|多年来|先后|并且|而且|也|又|此间)")
_PARAGRAPH_END = set("。！？!?”；;：:")
_ANAPHOR = re.compile(r"该(?:工会联合会|工联会|行业工会|总工会|(?:公司|集团|企业|厂|矿|医院|学校|大学|单位)?工会)")
# 在该工会联合会斡旋下, 在X工会(的)组织下: the union organizing is the agent; not a patron (在X工会的领导/指导/支持下)
# An event organized by the union before it (X举办的Y), written after a verb of taking part.
_ORGANIZED_BY = re.compile(r"^(?:举办|主办|组织|开展|牵头举办|发起)的[^，,；;。]{0,8}$")
# What a national union does to a local practice without running it: promoting, commending, naming it.
_COMMEND_AFTER = re.compile(r"^[^；;。]{0,16}?(?:推广|推介|肯定|表彰|表扬|通报|命名|转发|点赞|认可|授予)")
_AGENT_AFTER = re.compile(r"^的?(?!(?:坚强|正确|大力|亲切)?(?:领导|指导|支持|关心|关怀|帮助|关注))[^，,；;。]{0,6}下")
_COORD = set("、和与及")
_ORG_PREFIX = re.compile(r"(?:大学|学院|学校|集团|公司|医院)$")
# Section headings: 一、… （二）… 三是…。 (short lines, or the opening clause of a 三是 paragraph)
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、[^。]{2,40}$|[（(][一二三四五六七八九十]+[）)][^。]{2,40}$|[一二三四五六七八九十]+是)")
# A numbered section heading (一、… / （一）…) and the outcome predicate that makes it a summary.
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。]{2,40}$")
_OUTCOME_AFTER = re.compile(r"^(?:水平|质量|能力|成效|工作|建设)?(?:不断|持续|稳步|进一步|显著|明显|全面|大幅|有效)"
                            r"(?:提升|提高|加强|增强|改善|优化|深化|推进|彰显|激发|拓展)")
_PLATFORM_AFTER = re.compile(r"[”」]?(?:AAA)?(?:App|APP|app|小程序|客户端|手机客户端|微信小程序|云平台|网上平台|线上平台|等服务平台|服务平台)")
_SIBLING_GAP = re.compile(r"、|”“|」「")
_NEW_ACTION = re.compile(r"(?:广泛|深入|持续|积极|认真|全面|大力|先后|定期)?(?:开展|举办|组织|实施|推进|深化|坚持|建立|建设|打造|创建|成立|推动|加强|完善|落实|启动|举行|召开|培育|选树|评选|邀请|聘请|表彰)")
# The programme noun right after a quoted name, read as the name's head (“禾工暖心”驿站 -> 禾工暖心驿站)
_HEAD_NOUN = re.compile(r"[”」]((?:职工|劳动者)?(?:驿站|服务站|之家|书屋|课堂|学堂|讲堂|宣讲团|宣讲队|服务团|服务队|志愿队|工作室|杯|卡))")
# A media outlet right after a name (“海员之声”融媒体平台, “X”公众号): the union's new media
_MEDIA_AFTER = re.compile(r"[”」]?(?:AAA)?(?:融媒体|新媒体|全媒体|媒体|微信公众号|公众号|视频号|抖音号|微博|网站|电台|广播|专栏|栏目|频道)")
# The service a platform is said to provide (“瓯越工惠”小程序，为会员提供线上普惠服务)
_PROVIDES = re.compile(r"[，,](?:为|向)[^，,；;。]{0,12}?提供(?P<what>[^，,；;。]{2,20})")
# The subject of a learning venue (…课堂, …学堂, …讲堂) when its sentence says what is learnt
_VENUE_TAILS = ("课堂", "学堂", "讲堂")
_VENUE_SUBJECT = (
    (re.compile(r"政治|理论|思想|党|宣讲|精神"), "political_theory_study"),
    (re.compile(r"法律|普法|法治"), "legal_publicity"),
    (re.compile(r"技能|技术|培训|业务"), "worker_skills_training"),
)
_PURPOSE = re.compile(r"(?:促进|促|助力|助推)([\u4e00-\u9fff]{2,6})")
# A fronted adverbial (purpose, topic, setting) before the subject: 为做好X，Y工会…; 在X中，Y总工会…;
# 围绕X，Y工会…  Its practice belongs to the union that opens the next clause.
_FRONTED = re.compile(r"^(?:为了|为|围绕|针对|按照|根据|通过|随着|聚焦|面对|在)")
# A union right before the practice it owns: 信州区总工会户外劳动者“爱心驿站”, 某工会的职工书屋.  The gap
# holds no verb or adverb (else the union is a subject or an object: 某工会分别建成…, 向某工会捐赠…) and
# no clause break.
_POSSESSIVE_GAP = re.compile(r"^的?[^，,；;。！？：:、\s（()）]{0,6}$")
_GAP_VERB = re.compile(r"开展|举办|组织|建设|建立|推进|实施|打造|创建|投入|援建|联合|推动|设立|成立|启动|发放|慰问|提供|"
                       r"指导|帮助|支持|捐|送|为|向|给|对|与|和|同|及|在|将|把|被|由|获|评|助|促|推|带|引|建|设|开|办|举|"
                       r"实|打|创|投|组|发|提|帮|支|指|分别|共|累计|先后|已|均|都|还|也|又|正|积极|大力|持续|不断|深入|"
                       r"扎实|着力|切实|App|APP|app")
# A union (or its delegation) visiting: 某省总工会考察团来我市考察职工书屋建设 — it sees the practice, the
# host runs it.
_VISIT_AFTER = re.compile(r"^[^，,；;。]{0,8}?(?:到|来|赴|莅临)[^，,；;。]{0,12}?(?:考察|调研|参观|观摩|交流|督导|检查|学习)")
# 据某工会(相关)负责人介绍，…: the union speaking through its officer is the one reporting its own work.
_SPEAKER_AFTER = re.compile(r"^(?:有关|相关)?(?:负责人|主席|副主席|党组书记|工作人员|干部)[^，,；;。]{0,4}?(?:介绍|表示|透露|说)")
_BEFORE_OBJECT = set("向为给对帮与和同跟被及让把将获授")
# 与某工会联合举办 / 同某工会共同开展: the union named with 与 is the one organizing (the other party may be no union).
_CO_AGENT = re.compile(r"^(?:联合|共同|一起|携手)")
# A facility or unit named as an award's recipient (…服务职工中心荣获省级示范单位): the award is no run of the unions
# named with it; the report's issuer still counts it.
_AWARDED_AFTER = re.compile(r"^[^，,；;。]{0,12}?(?:荣获|获评|被评为|被命名为|被授予)")
# A practice inside an award's title (荣获省级服务职工综合体示范单位, 被某总工会命名为某工匠学院): the award
# is the issuer's achievement and, when a union conferred it (被 X 命名), that union's run too.
# A quoted title being conferred, the practice named inside it (被评为“最美户外劳动者服务站点”).
_QUOTED_TITLE = re.compile(r"(?:荣获|获评|评为|命名为|授予)[^，,；;。“]{0,8}“[^”]*$")
_AWARD_VERB = re.compile(r"(?:荣获|获评|评为|命名为|授予|入选|确定为|列为)[^，,；;。]{0,16}$")


@dataclass
class DocumentResult:
    """What one source document gave: its reports' fragments and any problems."""

    path: str
    fragments: list[Fragment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def normalize_title(title: str) -> str:
    return re.sub(r"[\s\u3000]+", "", title).strip("…. ")


def report_id(title: str) -> str:
    """Reports are identified by their normalized title: the same report from two files is one node."""
    return node_id(Label.REPORT, normalize_title(title))


def prepare(raw: RawReport, source: str) -> ReportDoc:
    clean = repair(raw.text, raw.source_start, title_first=True)
    title = clean.text.split("\n", 1)[0].strip() or raw.title
    return ReportDoc(
        id=report_id(title),
        title=title,
        seq=raw.seq,
        section=raw.section,
        source=source,
        clean=clean,
        sentences=split_sentences(clean.text),
        content_hash=content_hash(clean.text),
    )


class Extractor:
    """Runs every extractor over a report; holds the process-wide dictionaries."""

    def __init__(self, gaz: Gazetteer | None = None, practices: PracticeMatcher | None = None) -> None:
        self.gaz = gaz or load_gazetteer()
        self.unions = UnionFinder(self.gaz)
        self.practices = practices or default_matcher()
        self._practice_names = frozenset(a for p in self.practices.taxonomy.practices for a in (p.zh, *p.aliases))
        self._honor_names = honor_names()
        self._themes = theme_map(self.practices.taxonomy)

    # -- nodes for regions and unions, with their hierarchies --------------
    def region_node(self, b: FragmentBuilder, region: Region) -> str:
        chain = self.gaz.ancestors(region.adcode)
        ids = []
        for i, r in enumerate(chain):
            # a county-level place is also written with its prefecture (贵阳市观山湖区)
            parent = chain[i + 1] if i + 1 < len(chain) and r.level.value == "county" else None
            aliases = r.short + ((parent.name + r.name,) if parent is not None and parent.level.value == "prefecture" else ())
            ids.append(
                b.add(
                    Node(
                        node_id(Label.REGION, r.adcode),
                        Label.REGION,
                        r.name,
                        aliases,
                        {"adcode": r.adcode, "level": r.level.value, "lng": r.lng, "lat": r.lat},
                    )
                )
            )
        for child, parent in zip(ids, ids[1:]):
            b.relate(child, parent, Rel.PART_OF)
        return ids[0]

    def union_node(self, b: FragmentBuilder, u: UnionMention, written: dict[str, Node] | None = None) -> str:
        uid = b.add(u.node)
        b.mention(uid, u.start, u.end)
        if u.region is not None:
            rid = self.region_node(b, u.region)
            b.relate(uid, rid, Rel.LOCATED_IN, u.start, u.end)
            self._union_parents(b, uid, u, written or {})
        elif u.node.props.get("level") == "industry":
            b.relate(uid, self._acftu(b), Rel.PART_OF)
        return uid

    def _acftu(self, b: FragmentBuilder) -> str:
        return b.add(self.unions.fixed_node(self.unions.fixed["中华全国总工会"]))

    def _union_parents(self, b: FragmentBuilder, uid: str, u: UnionMention, written: dict[str, Node]) -> None:
        """Federations form a tree along the regions; other unions sit under their region's federation."""
        assert u.region is not None
        chain = self.gaz.ancestors(u.region.adcode)
        fed = self.unions.federation(u.region)
        # a federation written with a prefix (一师阿拉尔市总工会) carries the plain name as an alias
        is_federation = u.node.id == fed.id or fed.name in u.node.aliases
        parents = chain[1:] if is_federation else chain
        cur = uid
        for r in parents:
            fed = written.get(r.adcode) or self.unions.federation(r)
            fid = b.add(fed)
            if fid == cur:
                continue
            b.relate(cur, fid, Rel.PART_OF)
            rid = self.region_node(b, r)
            b.relate(fid, rid, Rel.LOCATED_IN)
            cur = fid
        if cur != self._acftu(b):
            b.relate(cur, self._acftu(b), Rel.PART_OF)

    # -- the report --------------------------------------------------------
    def extract(self, doc: ReportDoc) -> Fragment:
        """Everything one report says: issuer, unions, practices (who runs them, done or planned,
        how many), brands, people, honors and diffusion, each relation with its sentence."""
        report = Node(
            doc.id,
            Label.REPORT,
            doc.title,
            (),
            {"seq": doc.seq, "title": doc.title, "section": doc.section, "source": doc.source,
             "content_hash": doc.content_hash},
        )
        b = FragmentBuilder(doc, report)
        text = doc.text
        issuer = self.unions.issuer(text, doc.section)
        issuer_id = None
        context = issuer.region if issuer else None
        unions = self.unions.find(text, context)
        if issuer is not None:
            unions = [self._as_issuer(u, issuer) for u in unions]
            # the title names the issuer; a generic or longer form there must not shadow it
            unions = [u for u in unions if not (u.start < issuer.end and issuer.start < u.end)] + [issuer]
            taken = [(u.start, u.end) for u in unions]
            unions += [u for u in self.unions.issuer_short_forms(text, issuer)
                       if not any(s < u.end and u.start < e for s, e in taken)]
            unions.sort(key=lambda u: u.start)
        # a federation the report writes with a prefix (十师北屯市总工会) is the parent under that name too
        written = {u.region.adcode: u.node for u in unions
                   if u.region is not None and self.unions.federation(u.region).name in u.node.aliases}
        if issuer is not None:
            issuer_id = self.union_node(b, issuer, written)
            b.relate(doc.id, issuer_id, Rel.ISSUED_BY, issuer.start, issuer.end)
        plan_report = is_plan_title(doc.title)
        for u in unions:
            self.union_node(b, u, written)
        for s, e, region in self._region_mentions(text, context):
            b.mention(self.region_node(b, region), s, e)

        sentence_of = doc.sentence_at
        region_name = self._honor_region(context)
        quotes = quoted_spans(text, self._practice_names, self._honor_names)
        union_spans = [(u.start, u.end) for u in unions] + [m.span() for m in _ANAPHOR.finditer(text)]
        practices = [p for p in self.practices.find(text) if not inside_slogan(quotes, p.start, p.end, text)
                     and not any(s <= p.start < e and p.end - e <= 2 for s, e in union_spans)]
        # not inside a union's name, nor straddling its end with a bare verb left (区总工会组建… is no 工会组建;
        # 湖南省工会劳动法律监督条例 still names 劳动法律监督)
        named: dict[tuple[int, str], list[str | None]] = {}  # (paragraph, practice) -> actors the text names

        def context_name(lvl: str) -> str | None:
            r = self.unions._generic_region(lvl, context) if context is not None else None
            return r.name if r is not None else None

        honors = find_honors(text, region_name, context_name)
        title_spans = [(h.start, h.end) for h in honors]  # practices named inside a title conferred
        for p in practices:
            pid = b.add(self.practices.node(p.practice))
            b.mention(pid, p.start, p.end)
            qty = quantity_near(text, p.start, p.end)
            status = self._status(doc, p.start, plan_report)
            if self._outcome_heading(text, p):
                continue  # 四、文化聚人心，职工生活品质不断提升: a section's summary of results, not a run by itself
            if self._title_received(doc, p):
                continue  # 涌现出/荣获“最美劳动者”: an honor that came to the region, not a selection run
            in_title = any(hs <= p.start and p.end <= he for hs, he in title_spans)
            actors = self._actors(doc, unions, p.start, issuer_id, fallback=False, in_title=in_title)
            paragraph = (text.rfind("\n", 0, p.start), p.practice)
            if actors:
                named.setdefault(paragraph, actors)
            else:
                # the same practice again in its paragraph is the same union's (信州区总工会户外劳动者“爱心驿站”
                # …。谈起“爱心驿站”的好处…); else the issuer's
                actors = named.get(paragraph, [issuer_id])
            for actor in actors:
                if actor is None:
                    continue
                b.relate(actor, pid, Rel.RUNS, p.start, p.end, status=status.value,
                         value=qty[0] if qty else None, unit=qty[1] if qty else None)
                self._diffusion(b, doc, unions, actor, pid, p.start, p.end)

        for pid, s, e in self._selection_lists(text, practices):
            actor = self._actor(doc, unions, s, issuer_id)
            if actor is not None:
                b.relate(actor, b.add(self.practices.node(pid)), Rel.RUNS, s, e,
                         status=self._status(doc, s, plan_report).value)

        for br in find_brands(text, self._practice_names, self._honor_names, region_name):
            covered = sum(min(p.end, br.end) - p.start for p in practices if br.start <= p.start < br.end)
            if br.reason not in ("craftsman", "local variant", "institution", "team") and covered >= 0.6 * (br.end - br.start) \
                    and (br.end - br.start) - covered < 4 and not self._named_prefix(text, practices, br, region_name):
                continue  # the name is a taxonomy practice in other words (转作风、解难题、促发展、保稳定)
            bid = b.add(Node(node_id(Label.BRAND, br.name), Label.BRAND, br.name))
            b.mention(bid, br.start, br.end)
            practice = self._brand_practice(doc, practices, br)
            if practice is not None:
                b.relate(bid, b.add(self.practices.node(practice)), Rel.INSTANCE_OF, br.start, br.end)
            actor = self._actor(doc, unions, br.start, issuer_id)
            if actor is not None:
                status = self._status(doc, br.start, plan_report)
                b.relate(actor, bid, Rel.RUNS, br.start, br.end, status=status.value)
                if practice is not None and br.reason == "local variant":
                    # running a local variant of a national theme is running the theme
                    b.relate(actor, node_id(Label.PRACTICE, practice), Rel.RUNS, br.start, br.end, status=status.value)
                self._diffusion(b, doc, unions, actor, bid, br.start, br.end)

        people = find_people(text)
        for pm in people:
            pid = b.add(Node(node_id(Label.PERSON, pm.name), Label.PERSON, pm.name))
            b.mention(pid, pm.start, pm.end)
            org = affiliation(text, unions, pm.start, sentence_of(pm.start).start)
            if org is not None:
                b.relate(pid, org.node.id, Rel.AFFILIATED_WITH, pm.start, pm.end)

        # an enterprise union's report calls its enterprise 集团/公司 (集团被列为…)
        own = issuer.node.name.removesuffix("工会") if issuer is not None and issuer.node.props.get("level") == "enterprise" else None
        units = {u.id: u for u in find_units(text, unions, own)}
        for h in honors:
            sent = sentence_of(h.start)
            if plan_report or is_planned(doc, h.start):
                continue  # 到2028年…建成市级示范性劳模创新工作室100个: an aim, not a title conferred
            recipients = honor_recipients(text, sent.start, sent.end, h, people, unions, list(units.values()))
            if h.count is None and not recipients and not awarded(text, sent.start, h):
                # 培育大国工匠: a title without level, count or recipient is an aim, not an award; a levelled
                # one is kept only where the text says it was conferred (全国劳模表彰大会 is no award)
                continue
            hid = b.add(Node(node_id(Label.HONOR, h.name), Label.HONOR, h.name, (), {"level": h.level}))
            b.relate(doc.id, hid, Rel.MENTIONS, h.start, h.end, count=h.count)  # the count even without a recipient
            for rid in recipients:
                unit = units.get(rid)
                if unit is not None:  # a work unit exists in the graph as the recipient of a title
                    b.add(Node(rid, Label.ORGANIZATION, unit.name))
                    b.mention(rid, unit.start, unit.end)
                b.relate(rid, hid, Rel.RECEIVED, h.start, h.end, count=h.count)
            selection = self._selection_practice(doc, h)
            actor = self._actor(doc, unions, h.start, issuer_id) if selection else None
            if actor is not None:
                pid = b.add(self.practices.node(selection))
                b.relate(actor, pid, Rel.RUNS, h.start, h.end, status=self._status(doc, h.start, plan_report).value,
                         value=h.count, unit=None)
        return b.fragment()

    @staticmethod
    def _outcome_heading(text: str, p: PracticeMention) -> bool:
        """Whether ``p`` is the topic of a section heading that states an outcome (一、…，X不断提升 /
        （二）X持续加强): the heading sums up the section, what is done is told below it."""
        ls = text.rfind("\n", 0, p.start) + 1
        le = text.find("\n", p.start)
        line = text[ls: le if le >= 0 else len(text)].strip()
        if "。" in line or not _SECTION_HEADING.match(line):
            return False
        return bool(_OUTCOME_AFTER.match(text[p.end: le if le >= 0 else len(text)]))

    @staticmethod
    def _named_prefix(text: str, practices: list[PracticeMention], br: BrandCandidate, region_name) -> bool:
        """A quoted practice name after a place or organization prefix is that place's own programme
        (“泉州工匠工作室”, “吉林大学劳动教育中心”), not the practice in other words."""
        first = min((p.start for p in practices if br.start <= p.start < br.end), default=br.start)
        prefix = text[br.start:first]
        if len(prefix) < 2 or text[br.start - 1: br.start] not in ("“", "\"", "「"):
            return False
        return bool(_ORG_PREFIX.search(prefix)) or any(region_name(prefix[:k]) == prefix[:k]
                                                        for k in range(2, len(prefix) + 1))

    @staticmethod
    def _title_received(doc: ReportDoc, p: PracticeMention) -> bool:
        """Whether a practice named after a title (最美职工, 巾帼标兵岗) is mentioned as a title received:
        counted (巾帼标兵岗38个), or the last verb before it in its sentence says it came (涌现出, 荣获,
        推荐获评) and none selects it."""
        if p.practice not in _TITLE_PRACTICES:
            return False
        if p.practice in _COUNTED_TITLE_PRACTICES and _COUNTED.match(doc.text[p.end: p.end + 12]):
            return True  # a count of titles conferred (五一巾帼标兵岗38个) is an honor count
        sent = doc.sentence_at(p.start)
        verbs = list(_TITLE_VERB.finditer(doc.text, sent.start, p.start))
        return bool(verbs) and bool(verbs[-1].group("came"))

    def _selection_lists(self, text: str, practices: list[PracticeMention]) -> list[tuple[str, int, int]]:
        """(practice, start, end) for each kind of title listed before a selection verb in its clause
        (see :data:`_SELECTION_VERB`), unless a practice mention already covers that title."""
        out: list[tuple[str, int, int]] = []
        for m in _SELECTION_VERB.finditer(text):
            cs = clause_start(text, m.start())
            seen: set[str] = set()
            for t in _SELECTION_TITLE.finditer(text, cs, m.start()):
                pid = dict(_SELECTION_OF).get(t.group())
                if pid is None or pid in seen or pid not in self.practices.by_id:
                    continue
                if any(p.start <= t.start() < p.end and p.practice == pid for p in practices):
                    continue  # already a mention of that selection (劳动模范和先进工作者推荐评选表彰)
                seen.add(pid)
                out.append((pid, t.start(), t.end()))
        return out

    def _selection_practice(self, doc: ReportDoc, h) -> str | None:
        """Counting titles that were selected (评选/表彰/推荐/涌现 … 劳动模范 217名) is running the selection:
        劳模/先进工作者 -> model_worker_selection; 五一劳动奖/工人先锋号 -> may_day_award_selection."""
        if h.count is None:
            return None
        sent = doc.sentence_at(h.start)
        pre = doc.text[sent.start: h.start]
        verbs = list(_SELECT.finditer(doc.text, sent.start, h.start))
        if not verbs or verbs[-1].group("block"):
            return None
        if _UNIT_TITLE.search(h.name):
            return None
        counted = _COUNTED_RECEIVERS.search(pre)
        if counted and not any(not v.group("block") for v in _SELECT.finditer(pre[: counted.start()])):
            return None  # 7名新就业形态劳动者获评…: people counted as receiving, no selection the union ran
        for head, pid in _SELECTION_OF:
            if head in h.name and pid in self.practices.by_id:
                return pid
        return None

    @staticmethod
    def _as_issuer(u: UnionMention, issuer: UnionMention) -> UnionMention:
        """An enterprise/institution union named by a short form of the issuer (北方集团工会 for
        新疆北方建设集团工会, plain 集团工会) is the issuer."""
        lvl = u.node.props.get("level")
        if lvl not in ("enterprise", "institution") or issuer.node.props.get("level") != lvl or u.node.id == issuer.node.id:
            return u
        short, full = u.node.name, issuer.node.name
        if short.endswith(("分公司工会", "子公司工会")) and lvl == "enterprise" and not short.startswith(full[:-2]):
            name = full[:-2] + short  # 牡丹江分公司工会 in the 北大荒集团 report: 北大荒集团牡丹江分公司工会
            node = Node(node_id(Label.UNION, name), Label.UNION, name, (short,), dict(u.node.props))
            return UnionMention(node, u.region, u.start, u.end)
        it = iter(full)
        if short[-4:] == full[-4:] and all(ch in it for ch in short):  # a subsequence: an abbreviation
            return UnionMention(issuer.node, issuer.region, u.start, u.end, generic=True)
        return u

    def _status(self, doc: ReportDoc, pos: int, plan_report: bool) -> Status:
        if plan_report or is_planned(doc, pos):
            return Status.PLANNED
        return Status.DONE

    def _brand_practice(self, doc: ReportDoc, practices: list[PracticeMention], br: BrandCandidate) -> str | None:
        """The practice a brand is an instance of: the aim its name states (…促就业, …助力乡村振兴),
        one named inside it, right after it (“天工杯”竞赛品牌), else the nearest in its clause."""
        if br.reason == "local variant":
            pid = theme_practice(br.name, self._themes)
            if pid is not None:
                return pid
        goal = _PURPOSE.search(br.name)
        if goal is not None:  # 技能培训促就业行动, 珠遵联动助力乡村振兴: the aim names the programme
            pid = keyword_practice(goal.group(1))
            if pid is not None and pid in self.practices.by_id:
                return pid
        inside = [p for p in practices if br.start <= p.start and p.end <= br.end]
        if inside:
            return inside[0].practice
        sent = doc.sentence_at(br.start)
        text = doc.text
        # the platform noun right after the name says what it is (“陕西工会”App, “长春工会”小程序)
        platform = _PLATFORM_AFTER.match(text, br.end)
        if platform is not None and "smart_union" in self.practices.by_id:
            provides = _PROVIDES.match(text, platform.end())
            served = [p for p in practices if provides is not None and provides.start("what") < p.end and p.start < provides.end()]
            return served[0].practice if served else "smart_union"  # unless it says which service it provides
        if _MEDIA_AFTER.match(text, br.end) and "union_new_media" in self.practices.by_id:
            return "union_new_media"  # “海员之声”融媒体平台: a media outlet of the union
        # a practice right after the name, in the same list item, is its kind (“北大荒杯”第十八届…职工羽毛球赛);
        # one in its own quotes is a sibling in a run (网上“五一学堂”“码上入会”)
        head = _HEAD_NOUN.match(text, br.end)
        if _SPEAKER.search(br.name + (head.group(1) if head else "")) and "model_worker_lecture" in self.practices.by_id:
            return "model_worker_lecture"  # “河洛工匠讲”, “石化工匠”宣讲团: model workers speaking outrank 宣讲 alone
        after = [p for p in practices if br.end <= p.start <= br.end + 12 and p.start < sent.end
                 and not any(ch in "，,；;。、“和及与" for ch in text[br.end:p.start + 1])]
        if after:
            return after[0].practice
        venue = next((v for v in _VENUE_TAILS if br.name.endswith(v)), None)
        if venue is not None and tail_practice(br.name[:-len(venue)]) is None:
            # a learning venue whose name says no subject (工会微课堂): its sentence says what is learnt
            for cue, pid in _VENUE_SUBJECT:
                if cue.search(sent.text) and pid in self.practices.by_id:
                    return pid
        # the name's ending, else the name with the programme noun right after it (“禾工暖心”驿站)
        for name in (br.name, br.name + head.group(1)) if head else (br.name,):
            tail = tail_practice(name)
            if tail is not None and tail in self.practices.by_id:
                return tail
        # the programme noun phrase right after the name says what it is (“三师一室”维权模式, “X”职工就业服务)
        m = re.match(r"^[”」]?([^，,；;。、“”（）()]{1,12})", text[br.end: br.end + 14])
        if m:
            pid = keyword_practice(m.group(1))
            if pid is not None and pid in self.practices.by_id:
                return pid
        cs, ce = clause_start(text, br.start, sent.start), clause_end(text, br.end, sent.end)
        # items of the same 、-list are siblings, not the brand's kind (“爱心早餐”、职工书屋、高原氧吧)
        clause = [p for p in practices if cs <= p.start < ce]
        # items of a 、-list or of a run of quotes (网上“五一学堂”“码上入会”) are siblings, not its kind
        pool = [p for p in clause if not _SIBLING_GAP.search(text[br.end:p.start + 1] if p.start >= br.end else text[p.end - 1:br.start])]
        if not pool:
            if clause:  # a clause of siblings lists things of the brand's own rank
                return None
            # the rest of its sentence states what the brand is for (首创“媒体+工会”监督模式，督办拖欠职工工资问题)
            nxt = clause_end(text, ce + 1, sent.end) if text[ce: ce + 1] in ("，", ",") else ce
            if _NEW_ACTION.match(text, ce + 1):
                nxt = ce  # the next clause starts another action (，开展职工技能竞赛): not what this one is for
            later = [p for p in practices if ce < p.start < nxt]
            if later:
                return later[0].practice
            return self._heading_practice(doc, practices, br.start)
        return min(pool, key=lambda p: abs(p.start - br.start)).practice

    @staticmethod
    def _heading_practice(doc: ReportDoc, practices: list[PracticeMention], pos: int) -> str | None:
        """The practice the opening clause of the paragraph, else the nearest section heading before
        ``pos`` names (一、… / （二）… / 三是…): a heading announces the area of the programmes under it."""
        text = doc.text
        line_start = text.rfind("\n", 0, pos) + 1
        # the paragraph's opening clause states its topic (群团协同化建设取得阶段性成效。探索形成了“西宁实践”…)
        topic_end = clause_end(text, line_start, pos)
        if topic_end < pos:
            topic = [p for p in practices if line_start <= p.start and p.end <= topic_end]
            if topic:
                return topic[0].practice
        while line_start > 0:
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            if _HEADING.match(text[line_start:line_end]):
                head_end = min(line_end, clause_end(text, line_start, line_end) if text[line_start:line_end].startswith(("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是")) else line_end)
                inside = [p for p in practices if line_start <= p.start and p.end <= head_end]
                return inside[0].practice if inside else None
            line_start = text.rfind("\n", 0, line_start - 1) + 1
        return None

    def _honor_region(self, context: Region | None):
        gaz = self.gaz

        def region_name(captured: str) -> str | None:
            for i in range(len(captured) - 1):
                tail = captured[i:]
                cands = gaz.candidates(tail)
                if cands:
                    return tail
            return None

        return region_name

    def _region_mentions(self, text: str, context: Region | None):
        """Full region names in the text (short forms are too ambiguous to count as mentions)."""
        out = []
        last_end = -1
        # by start, longest first (equal keys are the same match, so plain tuple order is that order)
        for s, _, end_idx, name in sorted((e - len(n) + 1, -len(n), e, n) for e, n in self.unions._auto.iter(text)):
            if s < last_end:
                continue
            region = self.gaz.resolve(name, context.adcode if context else None)
            if region is None or region.name != name or len(name) < 3:
                continue
            out.append((s, end_idx + 1, region))
            last_end = end_idx + 1
        return out

    def _actor(self, doc: ReportDoc, unions: list[UnionMention], pos: int, issuer_id: str | None) -> str | None:
        """The first of :meth:`_actors`."""
        return self._actors(doc, unions, pos, issuer_id)[0]

    def _actors(self, doc: ReportDoc, unions: list[UnionMention], pos: int, issuer_id: str | None,
                fallback: bool = True, in_title: bool = False) -> list[str | None]:
        """The unions a sentence says carry out what is mentioned at ``pos``: the union(s) named as
        the subject of a clause earlier in the sentence (中国国防邮电工会和快递业各级工会全力打造...;
        北京、江苏两省市工会累计投入…: both), else the subject of an earlier sentence of the same
        paragraph that the sentences in between continue (中国机械冶金建材工会…。同时，发挥“首席技师”…),
        else the report's issuer.

        A sentence opening with a collective actor (全省各级工会, 我市, 全国) speaks for the issuer
        and ends the carry-over; so does a paragraph break (a line ending a sentence), and so does a
        union named only inside such a collective sentence (全省建成…，宁波市总工会率先…。每年送温暖…).
        A union other than the issuer carries over only from the sentence opening its paragraph, into a
        sentence that goes on (同时/此外/该…), or across a line broken inside a sentence; a union named
        mid-paragraph holds only its own sentence (涧西区总工会推出…。每年开展夏送清凉… is the issuer's).

        Not actors: a union conferring a title that names the practice (被全总评为“最美…服务站点”,
        被全总命名为全国模范职工之家: the issuer's side, never the conferring body); a national union
        that only promotes or commends (全总在全国推广某地经验, 全总表彰/肯定…: the issuer).  An event
        another union organizes and the subject takes part in (参加市总工会举办的X) is the organizer's, and
        so is one that other unions only host (由X主办，A、B承办的…)."""
        sent = doc.sentence_at(pos)
        text = doc.text
        cs = clause_start(text, pos, sent.start)
        if _AWARD_VERB.search(text[cs:pos]):
            conferring = [u for u in unions if cs < u.start and u.end <= pos and text[u.start - 1] == "被"]
            if conferring and (in_title or _QUOTED_TITLE.search(text[cs:pos])):
                # 被全总命名为全国模范职工之家 / 被全总评为“最美…服务站点”: a title conferred on the issuer's
                # side, not the conferring body's programme
                conferring = []
            if conferring:  # the conferring union's selection, and an achievement of the issuer's
                return list(dict.fromkeys([conferring[-1].node.id] + ([issuer_id] if issuer_id else [])))
            if issuer_id is not None:
                return [issuer_id]
        if issuer_id is not None and _AWARDED_AFTER.match(text[pos: clause_end(text, pos, sent.end)]):
            return [issuer_id]
        owner = self._possessor(text, unions, pos, sent.start)
        if owner is not None:
            return [owner]
        own = self._subjects(text, unions, sent.start, pos)
        if own:
            own = [(e, nid) for e, nid in own if not self._commending(text, unions, e, nid, issuer_id, pos)]
            if not own and issuer_id is not None:
                return [issuer_id]
        if self._beyond_partner(own, unions, issuer_id, text, pos):
            return [None]
        if own and issuer_id is not None and self._visiting(text, unions, own, sent.start, pos):
            return [issuer_id]
        if own:
            return [nid for _, nid in own]
        fronted = self._after_fronted(text, unions, pos, sent.start, sent.end)
        if fronted:
            return fronted
        i = sent.index
        while i > 0:
            cur = doc.sentences[i]
            if _COLLECTIVE_OPENING.match(text[cur.start: cur.start + 16]):
                return [issuer_id]  # 全市…/各级工会… speaks for the issuer, whatever the paragraph named before
            prev = doc.sentences[i - 1]
            if "\n" in text[prev.end: cur.start] and (prev.text[-1:] in _PARAGRAPH_END or prev.start == 0):
                break  # a paragraph ends here (the title names the issuer, who is the fallback anyway)
            # the topic of a paragraph is named early in its sentence (not 形成…网络，市总工会和…)
            head_end = prev.start
            for _ in range(2):
                head_end = clause_end(text, head_end, prev.end) + 1
            found = self._subjects(text, unions, prev.start, min(head_end, prev.end), agents=False)
            if found and self._foreign(found, unions, issuer_id):
                break  # a visiting or partner union's statement does not carry over
            opening = _COLLECTIVE_OPENING.match(text[prev.start: prev.start + 16])
            if found and opening and min(e for e, _ in found) > prev.start + opening.end():
                break  # 全省建成…，宁波市总工会率先…。每年送温暖…: a named union inside the issuer's sentence
            if found and issuer_id is not None and any(nid != issuer_id for _, nid in found) \
                    and not self._paragraph_topic(doc, i - 1) and not _CONTINUES.match(text[cur.start: cur.start + 6]) \
                    and prev.text.rstrip()[-1:] in _PARAGRAPH_END | {"。"}:
                break  # 涧西区总工会推出…。每年开展夏送清凉…: a union named mid-paragraph holds only its sentence
            if found:
                return [nid for _, nid in found]
            i -= 1
        return [issuer_id] if fallback else []

    @staticmethod
    def _paragraph_topic(doc: ReportDoc, k: int) -> bool:
        """Whether sentence ``k`` opens its paragraph (its subject is the paragraph's topic)."""
        if k == 0:
            return True
        before, s = doc.sentences[k - 1], doc.sentences[k]
        return "\n" in doc.text[before.end: s.start] or before.text.endswith(("：", ":"))

    @staticmethod
    def _possessor(text: str, unions: list[UnionMention], pos: int, floor: int) -> str | None:
        """The union written right before the practice as its owner (see :data:`_POSSESSIVE_GAP`)."""
        before = [u for u in unions if floor <= u.start and u.end <= pos and pos - u.end <= 7]
        if not before:
            return None
        u = max(before, key=lambda m: m.end)
        gap = text[u.end:pos].replace("“", "").replace("”", "").replace('"', "")
        if _ORGANIZED_BY.match(gap) and text[u.start - 2: u.start] in ("参加", "参与", "出席", "承办", "协办", "配合"):
            return u.node.id  # 参加市总工会举办的演讲比赛: the organizer's event, the participant's no run
        if not _POSSESSIVE_GAP.match(gap) or _GAP_VERB.search(gap.removeprefix("的")):
            return None
        prev = text[u.start - 1] if u.start > 0 else ""
        if prev == "“" and text[u.end: u.end + 1] == "”":
            return None  # a name in quotes (“某某工会”App) is no owner
        if prev in _BEFORE_OBJECT or u.start == floor or prev in _SUBJECT_BEFORE:
            return None  # an object, or a clause subject (left to :meth:`_subjects`)
        return u.node.id

    def _commending(self, text: str, unions: list[UnionMention], end: int, nid: str, issuer_id: str | None,
                    pos: int) -> bool:
        """Whether a higher union (全总, or the federation of a region containing the issuer's) written as
        the subject only commends, promotes or names what the issuer does (中华全国总工会在全国推广某地经验;
        省总工会在我市召开现场会推广…; 全总表彰/肯定…): the practice stays the issuer's."""
        if nid == issuer_id:
            return False
        home = self._region_of(unions, issuer_id)
        higher = any(u.node.id == nid and (u.node.props.get("level") == "national" or (
            home is not None and u.region is not None and u.region.adcode != home.adcode
            and self.gaz.is_within(home.adcode, u.region.adcode))) for u in unions)
        return higher and bool(_COMMEND_AFTER.match(text[end:pos]))

    @staticmethod
    def _visiting(text: str, unions: list[UnionMention], found: list[tuple[int, str]], start: int, pos: int) -> bool:
        """Whether the subject unions came to see (see :data:`_VISIT_AFTER`) rather than to do."""
        end = max(e for e, _ in found)
        return bool(_VISIT_AFTER.match(text[end:pos]))

    def _region_of(self, unions: list[UnionMention], nid: str | None) -> Region | None:
        return next((u.region for u in unions if u.node.id == nid and u.region is not None), None)

    def _foreign(self, found: list[tuple[int, str]], unions: list[UnionMention], issuer_id: str | None) -> bool:
        """Whether every union in ``found`` belongs to a region outside the issuer's (a partner province
        helping, a delegation visiting): such a union runs only what its own clause says."""
        home = self._region_of(unions, issuer_id)
        if home is None or not found:
            return False
        for _, nid in found:
            r = self._region_of(unions, nid)
            if r is None or self.gaz.is_within(r.adcode, home.adcode) or self.gaz.is_within(home.adcode, r.adcode):
                return False
        return True

    def _beyond_partner(self, found: list[tuple[int, str]], unions: list[UnionMention], issuer_id: str | None,
                        text: str, pos: int) -> bool:
        """Whether ``pos`` lies past the clause of foreign subject unions (:meth:`_foreign`):
        北京、江苏两省市工会累计投入援藏资金…，建成了一批职工活动阵地 — the partners run the aid; what the
        aid paid for is theirs no more than the issuer's, so nobody is credited with it."""
        if found and self._foreign(found, unions, issuer_id):
            last_end = max(e for e, _ in found)
            return any(ch in "，,；;" for ch in text[last_end:pos])
        return False

    @staticmethod
    def _after_fronted(text: str, unions: list[UnionMention], pos: int, start: int, end: int) -> list[str]:
        """The union opening the main clause when ``pos`` lies in a fronted adverbial of the sentence
        (为做好新就业形态劳动者权益保障，某产业工会扎实推进…): that union does what the adverbial names."""
        if not _FRONTED.match(text[start: start + 4]):
            return []
        # the subject opens one of the next clauses (为…，为…，某工会…; 为…，近年来，某工会…)
        subj = None
        cur = start
        for _ in range(3):
            comma = clause_end(text, cur, end)
            if comma >= end or text[comma] not in "，,":
                return []
            cur = comma + 1
            if any(u.start == cur for u in unions):
                subj = cur
                break
        if subj is None or pos >= subj:
            return []
        head = [u for u in unions if u.start == subj]
        if not head:
            return []
        u = max(head, key=lambda m: m.end)
        if text[u.end: u.end + 1] in ("的", "、") or _NOT_SUBJECT_AFTER.match(text[u.end: u.end + 4]):
            return []
        group = [u.node.id]
        # coordinated unions after the head: A和B工会 / A、B工会
        cur = u
        while text[cur.end: cur.end + 1] in _COORD:
            nxt_u = next((v for v in unions if v.start == cur.end + 1), None)
            if nxt_u is None:
                break
            group.append(nxt_u.node.id)
            cur = nxt_u
        return list(dict.fromkeys(group))

    @staticmethod
    def _subjects(text: str, unions: list[UnionMention], start: int, pos: int,
                  agents: bool = True) -> list[tuple[int, str]]:
        """The last union in [start, pos) written as a clause subject (clause-initial, not 的/、-bound)
        or, with ``agents``, as the agent (由 X 主办; 在 X 组织/斡旋…下), with the unions coordinated
        before it (北京、江苏两省市工会), as (end offset, id) pairs.  An anaphor (该工会, 该工联会)
        stands for the last union named before it."""
        cands = [(u.start, u.end, u.node.id) for u in unions if start <= u.start and u.end <= pos]
        for m in _ANAPHOR.finditer(text, start, pos):
            before = [u for u in unions if u.end <= m.start() and m.start() - u.end < 400 and not u.generic]
            if before:
                cands.append((m.start(), m.end(), max(before, key=lambda u: u.end).node.id))
        cands.sort()
        for k in range(len(cands) - 1, -1, -1):
            s, e, nid = cands[k]
            prev = text[s - 1] if s > start else ""
            nxt = text[e: e + 1]
            agent = agents and (prev == "由" or (prev == "在" and bool(_AGENT_AFTER.match(text[e: e + 10])))
                                or (prev == "据" and bool(_SPEAKER_AFTER.match(text[e: e + 12])))
                                or (prev in "与同" and bool(_CO_AGENT.match(text[e: e + 4]))))
            if (nxt in ("的", "、") and not agent) or (_NOT_SUBJECT_AFTER.match(text[e: e + 4]) and not agent):
                continue
            group = [(e, nid)]
            j = k
            while prev in _COORD and j > 0 and cands[j - 1][1] == s - 1:  # A、B工会 / A和B工会
                j -= 1
                s = cands[j][0]
                group.insert(0, (cands[j][1], cands[j][2]))
                prev = text[s - 1] if s > start else ""
            if s == start or prev in _SUBJECT_BEFORE or agent:
                return list(dict.fromkeys(group))  # in text order; the last is the head
        return []

    def _diffusion(self, b: FragmentBuilder, doc: ReportDoc, unions: list[UnionMention], actor: str, target: str,
                   start: int, end: int) -> None:
        """首创/率先/发起 right before a mention in its clause -> ORIGINATED; 在全国(全省)推广 after
        it in its clause -> PROMOTED (by a national union named in the sentence, else the actor)."""
        sent = doc.sentence_at(start)
        text = doc.text
        cs = clause_start(text, start, sent.start)
        ce = clause_end(text, end, sent.end)
        if _ORIGIN.search(text[max(cs, start - 14) : start]):
            b.relate(actor, target, Rel.ORIGINATED, start, end)
        if _PROMOTE.search(text[end:ce]) or _PROMOTE.search(text[cs:start]):
            promoter = next((u.node.id for u in unions if sent.start <= u.start < sent.end
                             and u.node.props.get("level") == "national"), actor)
            b.relate(promoter, target, Rel.PROMOTED, start, end)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def process_text(text: str, source: str, extractor: Extractor | None = None) -> DocumentResult:
    """Split a document's text into reports and extract each one."""
    ex = extractor or default_extractor()
    split = split_compilation(text)
    result = DocumentResult(path=source, problems=list(split.problems))
    seen: set[str] = set()
    for raw in split.reports:
        doc = prepare(raw, source)
        if doc.id in seen:
            result.problems.append(f"report “{doc.title}” appears twice; the first is kept")
            continue
        seen.add(doc.id)
        frag = ex.extract(doc)
        # The clean text travels with the report: evidence offsets index it, and the
        # reader shows it without going back to the source file.
        frag.report.props["text"] = doc.text
        frag.report.props["fingerprint"] = fingerprint(frag)
        result.fragments.append(frag)
    if not result.fragments and not result.problems:
        result.problems.append("no report text found")
    return result


def process_document(doc: SourceDocument, extractor: Extractor | None = None) -> DocumentResult:
    return process_text(doc.text, doc.path, extractor)
