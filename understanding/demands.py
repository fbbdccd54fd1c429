"""Whether a message collects the debt (pure): the words of a demand, a notice or a retelling.

A demand says the debt is overdue and sets a deadline or a consequence, or threatens; a plain
notice (a loan paid out, a bill due) demands nothing; a line that reports what collectors did
("有人打电话到公司，说你欠钱不还") is a contact's, never the speaker's own demand. Words
spelt to slip past a filter ("huan钱", "不 还 钱") and traditional characters ("逾期不還")
read as what they say. understanding.guess decides a sender's role with these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.entities import threats_in
from understanding.hanzi import simplified

CARRIERS = ("10086", "10010", "10000", "10001")

# A message demands the debt when it says the debt is overdue and sets a deadline or a
# consequence ("已逾期3天…逾期将上报征信", "欠款已移交法务部，48小时内未结清将启动诉讼程序").
# A notice of a loan paid out or of a bill due ("放款成功", "账单提醒") says neither.
_OVERDUE = re.compile(
    r"已逾期|逾期\s*\d+\s*天|严重逾期|逾期中|逾期未|逾期不|欠款|拖欠|欠[你我]?[们]?的?钱|未还|"
    r"欠[\u4e00-\u9fff]{1,6}的(?:钱|款|账|债)|逾期记录|"
    r"未结清|未处理|不还|还不还|逾期案件|逾期账单|催收"
    # "不还" in Wu and Cantonese ("六千六勿还", "今朝勿处理", "冇还"); "请勿还款至个人账户" is a
    # platform's warning, not the debt unpaid.
    r"|(?:勿|冇|唔)(?:还(?!款)|处理|结清)"
    # A bill handed on to a lawyer, the legal team or a visit team ("您的账单已移交法务部"):
    # only an overdue one is, whatever the notice leaves unsaid; "借款已转入您的银行卡" is money
    # paid out, handed to nobody.
    r"|(?:账单|账款|欠款|借款|案件|债务)已?被?(?:移交|转交|委托|转入|转至)[^，。！？,!?]{0,6}"
    r"(?:律师|律所|法务|外访|催收|调解|诉讼|第三方)"
)
_DEADLINE = re.compile(
    r"立即|立刻|马上|尽快|速还|今天|今日|今晚|明天|明日|明早|[\d一二两三四五六七八九十半]+\s*个?\s*"
    r"(?:小时|天|日)内|\d+\s*点前|"
    r"之前|前(?:还|处理|结清|还清)|限期|最后(?:通知|期限|一次)|否则|不然|再不"
    r"|今朝|明朝"  # Wu for today and tomorrow
)
_CONSEQUENCE = re.compile(
    r"征信|移交|法务|诉讼|起诉|律师|律所|法律责任|追究|上门|外访|第三方|通讯录|紧急联系人|家人|"
    r"单位|失信|黑名单|法院|立案|催收|冻结|户籍|贷后|依法|进一步措施|后果|上报"
    # The borrower's own people as the next step ("将联系您预留的联系人"); "联系人工客服" is
    # a help line, never a consequence.
    r"|联系人(?!工)"
)
# What a demand says will follow (the rules of understanding.lender_notices read it too).
CONSEQUENCE = _CONSEQUENCE
# A line that reports what collectors did ("有人打电话到公司，说你欠钱不还"): a contact's words
# about them, never the speaker's own demand.
_REPORTED = re.compile(
    r"(?<![所没])有人|他们|那些人|(?:催收|催债|要债|讨债|追债)的|对方(?:说|态度|骂|打)|说你(?:欠|在|借)"
    r"|[他她]说(?!一声|一下)|自称|冒充|那人|那个人|陌生人|打到我|找到我"
    # Calls and words received ("接到催款电话", "打我电话", "要我转告你"), collectors named as a
    # third party ("催收天天打…", "有催收"), a victim's words ("我们都被骚扰了").
    r"|接到|打给我|打我电话|问我|[要让叫]我(?:转告|告诉|跟你说)|说是|说要|说你"
    r"|催收(?:打|说|天天|一直|电话|的人)|有催收|催款电话|陌生(?:号码|电话)|一个电话|被骚扰|骂人"
)

# Legal steps named as a threat ("起诉你", "律师函明天寄到", "已转入执行程序"): a threat only
# beside the money.
LEGAL_THREAT = re.compile(r"起诉|诉讼|传票|立案|律师函|强制执行|执行程序|坐牢|拘留")

# A threat to come to the borrower's door, however it is worded: knowing where they live
# ("晓得你住哪个小区", "知道你家地址"), coming to knock or wait there ("莫逼我们来敲门",
# "去你单位门口等你"). A visit is a threat by itself, as "上门" is.
VISIT_THREAT = re.compile(
    r"(?:晓得|知道|清楚|查到|摸清|找到)了?你家?(?:住|在)(?:哪|什么地方|啥地方)"
    r"|(?:晓得|知道|查到|掌握|有)了?你(?:的|家的?)?(?:住址|地址|门牌|住处)"
    r"|敲(?:你家?的?)?门|堵你|登门"
    r"|(?<![寄送发邮])(?:来|去|到)你(?:们)?(?:家|单位|公司)(?:门口|楼下)?(?:等你|找你|堵你)"
    r"|(?:门口|楼下)等你"
)
# Waiting at the borrower's door ("我就在你楼下等着"): a visit beside the debt, never a rider's
# or a friend's "我在你楼下等着" alone.
_WAITS_AT_DOOR = re.compile(r"在你(?:们)?(?:家|单位|公司|小区)?(?:门口|楼下|楼道)(?:等|守|蹲|堵)")
# The writer's own promise to show the borrower's debt to others: to post it where the
# borrower's neighbours or village see it ("我把你欠钱的事贴在你们单元门上", "把他的欠款信息
# 发到你们老家村里的群"), or to have everyone look at them ("让大家看看侬是啥人").
_SHAMING_THREAT = re.compile(
    r"把(?:你|侬|他|她)[^，。！？,!?]{0,10}(?:欠|借|债|账|逾期|老赖)[^，。！？,!?]{0,12}"
    r"(?:贴|发|挂|公布|曝光|传|印)"
    r"|让(?:大家|所有人|别人|邻居|街坊|乡亲|亲戚|全村)[^，。！？,!?]{0,3}(?:看看|知道|晓得|评评理|认识)"
)
# The writer's own promise to call or tell the borrower's people or workplace ("你投的每一家公
# 司，我们都会打电话过去", "你家里人我们一个个通知"): a threat beside the debt. The people are
# the borrower's ("你…公司"), never the writer's own ("我是他同事，我会告诉他").
_YOUR_PEOPLE = re.compile(
    r"你[^，。！？,!?我]{0,6}(?:公司|单位|老板|领导|同事|家人|家里人|父母|爸妈|亲戚|朋友|同学|邻居)"
)
_WE_WILL_TELL = re.compile(
    r"我们?(?:都|就|也|会|要|将|马上|直接|一定|挨个|一个个|逐个)+[^，。！？,!?]{0,8}"
    r"(?:打电话|打过去|联系|通知|告诉|找上|上门|拜访|问候)"
)


def visit_threat(text: str) -> bool:
    """A threat to come to the borrower's home or work, in any wording."""
    return bool(VISIT_THREAT.search(re.sub(r"\s+", "", plain_words(text))))


def shaming_threat(text: str) -> bool:
    """The writer's promise to show the borrower's debt to others, or to wait at their door
    beside the debt."""
    flat = re.sub(r"\s+", "", plain_words(text))
    waits = bool(_WAITS_AT_DOOR.search(flat)) and bool(DEBT.search(flat))
    return waits or bool(_SHAMING_THREAT.search(flat))


def tells_your_people(text: str) -> bool:
    """The writer's own promise to call or tell the borrower's people or workplace."""
    flat = re.sub(r"\s+", "", plain_words(text))
    return bool(_YOUR_PEOPLE.search(flat) and _WE_WILL_TELL.search(flat))


# Threat categories that only name people (a workplace, family) or call names: a threat of
# collection only beside the debt itself.
PEOPLE_THREATS = frozenset({"联系单位", "联系亲友", "辱骂"})
DEBT = re.compile(r"欠|还|逾期|借|贷|钱|款|债|账|催收|结清|利息|罚息|征信|冻结")

# Words spelt in pinyin or initials to slip past a filter ("huan钱", "hk"): the same words.
_PINYIN = (
    (re.compile(r"(?<![A-Za-z])hk(?![A-Za-z])", re.IGNORECASE), "还款"),
    (re.compile(r"(?<![A-Za-z])huan(?![A-Za-z])", re.IGNORECASE), "还"),
    (re.compile(r"(?<![A-Za-z])qian(?![A-Za-z])", re.IGNORECASE), "钱"),
)
# A collector's English words in a mixed message ("你的 overdue amount", "今天五点前 settle，
# 否则…"): the Chinese words the rules are written in, whatever script the sender mixes in.
_ENGLISH = tuple(
    (re.compile(rf"(?<![A-Za-z]){pattern}(?![A-Za-z])", re.IGNORECASE), word)
    for pattern, word in (
        (r"over[\s-]?due", "逾期"),
        (r"settle(?:d|ment)?", "结清"),
        (r"re-?pay(?:ment|ments)?|pay\s+(?:it\s+)?back", "还款"),
        (r"debts?", "欠款"),
        (r"loans?", "借款"),
        (r"(?:debt\s+)?(?:recovery|collections?)\s+(?:team|agent|agency|department)", "催收"),
        (r"debt\s+collectors?", "催收"),
        (r"lawsuit|sue\s+you", "起诉"),
        (r"(?:we\s+)?know\s+where\s+you\s+live", "知道你住哪"),
    )
)
# Chinese characters spaced out one by one ("不 还 钱"): the words without the gaps.
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def plain_words(text: str) -> str:
    """The words a message says, however it dodges a filter or whatever script it is written
    in: gaps between characters closed, pinyin and initials for 还/还款/钱 and a collector's
    English words (overdue, settle) read as the characters, traditional characters as
    simplified (lines kept)."""
    text = _CJK_GAP.sub("", simplified(text))
    for pattern, word in (*_ENGLISH, *_PINYIN):
        text = pattern.sub(word, text)
    return text


def is_gateway(sender: str) -> bool:
    """An SMS gateway's number (106…, 16… of 12+ digits): a platform's one-way channel."""
    return sender.startswith("106") or (sender.startswith("16") and len(sender) >= 12)


def is_service_channel(sender: str) -> bool:
    """A number platforms, banks and carriers send notices from (gateway, 95xxx, 400/800, 100xx)."""
    if not sender.isdigit():
        return False
    short_service = sender.startswith("95") and len(sender) <= 8
    return (
        is_gateway(sender) or short_service or sender.startswith(("400", "800"))
        or sender in CARRIERS
    )  # fmt: skip


# A message to someone else about the borrower ("罗经理您好，贵单位员工杨思琪涉及借款纠纷，请
# 通知其本人"): no template to the account's holder, so the people it names are the threat.
_TO_THIRD_PARTY = re.compile(
    r"贵(?:单位|公司|司)|(?:你|您)的?(?:同事|同学|朋友|员工|下属|儿子|女儿|孩子|家人)"
    r"|通知其|转告其|督促其|请?转告(?:他|她)|其本人"
)


def is_demand(text: str, *, channel: bool = False) -> bool:
    """Whether a message demands the debt (overdue, with a deadline or a consequence) or threatens.

    A plain notice (a loan paid out, a bill due, "您的账单已逾期" alone) is not a demand. From a
    `channel` (a gateway's or service number's one-way template) an insult or a person named
    counts only with the debt overdue, unless it is written to someone else about the borrower:
    a template never insults, so a word like "垃圾" there is the screen's folder tab or a
    product read into the preview, not abuse.
    """
    flat = re.sub(r"\s+", "", plain_words(text))
    overdue = bool(_OVERDUE.search(flat))
    if overdue and (_DEADLINE.search(flat) or _CONSEQUENCE.search(flat)):
        return True
    # Courts and lawsuits collect only beside the money: a court's own "你的案件已受理，请按时
    # 到庭" demands nothing.
    legal = LEGAL_THREAT.search(flat) or "法院" in flat
    threats = [label for label in threats_in(flat) if label != "起诉"]
    if channel and not overdue and not _TO_THIRD_PARTY.search(flat):
        threats = [label for label in threats if label not in PEOPLE_THREATS]
    visit = bool(VISIT_THREAT.search(flat))
    return bool(threats) or visit or bool(legal and DEBT.search(flat))


# A message that asks the borrower to pay ("今日到期，应还6900.00元，请按时还款"): a reminder,
# part of collecting once the sender collects; a loan paid out or a payment received asks nothing.
_ASKS_TO_PAY = re.compile(
    r"(?:请|需|务必|尽快|按时|及时|立即|即刻|立刻|马上|赶[紧快]|速)[^。！？!?]{0,12}"
    r"(?:还款|还清|结清|归还|还上)|应还|待还|需还款"
    # "先把鸿运借的钱还了": the money owed, told to be paid back.
    r"|把[^，。！？,!?]{0,10}(?:钱|款|账|债)还(?:了|上|清|掉)"
    # "先把6800还了": the sum owed, told to be paid back.
    r"|把\d[\d,.]*(?:元|块)?还(?:了|上|清|掉)"
    # "6.6K今天必须先到账": the sum owed, told it must be paid.
    r"|必须[^，。！？,!?]{0,8}(?:到账|还清|结清|还上|还款)"
    # "你欠闪贷宝的钱什么时候还": the money owed, asked when it is paid.
    r"|(?:钱|款|账|债)[^，。！？,!?]{0,8}(?:什么时候|啥时候|何时|几时|么子时候)(?:还|结清|处理)"
)
# An ultimatum ("最后一次机会", "最后通牒"): pressure past any bill's due day, collecting beside
# the debt however politely it goes on ("…可减免部分罚息").
_ULTIMATUM = re.compile(r"最后(?:一次)?机会|最后通牒")


# A step announced against the borrower or their people: the debt handed to a lawyer or a
# visit team, a lawyer or visitor coming, the family contacted, the debt exposed. Named with the
# debt owed, it presses whatever it asks ("逾期账款已委托属地律师处理，律师将于今日联系您及您的
# 家属"); an offer of help ("律师帮您协商") announces nothing against anyone.
# A debt handed to the collections desk ("您已被移交贷后部门处理") is owed and overdue too.
_OWED = re.compile(
    r"逾期|欠款|欠费|拖欠|未还|未结清|(?:移交|转交|转入)[^，。！？,!?]{0,4}(?:贷后|催收)"
)
_STEP_AGAINST = re.compile(
    r"(?:委托|移交|转交|转入)[^，。！？,!?]{0,8}(?:律师|律所|法务|外访|上门)"
    r"|(?:律师|外访人员|工作人员)[^，。！？,!?]{0,4}(?:将|会|已|即将)"
    r"|(?:将|会|即将|今日|今天|明日|明天|马上)[^，。！？,!?]{0,10}(?:上门|外访|起诉|曝光)"
    r"|(?:联系|通知|告知|致电|拜访)[^，。！？,!?]{0,6}(?:家属|家人|亲友|亲属|紧急联系人|通讯录|单位)"
)

# The collections department asking to be called back ("您有一通来自贷后部门的未接来电，请及时
# 回电"): the lender chasing the borrower, never a plain notice of the account.
_COLLECTIONS_CALLS_BACK = re.compile(
    r"(?:贷后|催收|清收)[^。！？!?]{0,20}(?:请|务必|尽快|及时)[^。！？!?]{0,6}(?:回电|回复|致电|联系)"
)

# A notice of the loan paid out ("已放款至尾号6621的银行卡…实际到账3600.00元").
_PAID_OUT = re.compile(r"已放款|放款成功|已到账|实际到账|已发放至|已打款")


def is_collecting(text: str, *, channel: bool = False) -> bool:
    """Whether a message collects the debt: it demands it, or at least asks for the payment.

    Only a notice that asks nothing ("放款成功", "还款成功") is a channel's plain notice; one
    naming the debt owed and a step against the borrower or their family presses all the same.
    """
    flat = re.sub(r"\s+", "", plain_words(text))
    demands = is_demand(flat, channel=channel)
    if _PAID_OUT.search(flat) and not demands:
        return False  # a loan paid out, closed with a courtesy "请按时还款": a notice
    ultimatum = bool(_ULTIMATUM.search(flat)) and bool(DEBT.search(flat))
    pressed = bool(_OWED.search(flat)) and bool(_STEP_AGAINST.search(flat))
    called_back = bool(_COLLECTIONS_CALLS_BACK.search(flat))
    return demands or ultimatum or pressed or called_back or bool(_ASKS_TO_PAY.search(flat))


def demand_words(texts: Iterable[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        flat = re.sub(r"\s+", "", text)
        for pattern in (_OVERDUE, _DEADLINE, _CONSEQUENCE):
            found.extend(pattern.findall(flat))
    return found[:4]


# The writer saying what they will say of the borrower ("我就在你每个商品下面留言说你是老赖"):
# their own threat, not a retelling.
_OWN_SAYING = re.compile(r"我们?(?:就|会|要|将|直接|马上)[^，。！？,!?]{0,16}?说你")


def _reported(line: str) -> bool:
    return bool(_REPORTED.search(_OWN_SAYING.sub("", plain_words(line))))


def own_lines(context: str) -> list[str]:
    """A sender's lines in their own voice: a line reporting what collectors did ("有人打电话到
    公司，说你欠钱不还") is a contact telling the borrower, never the speaker's demand."""
    return [line for line in context.splitlines() if not _reported(line)]


# Public shaming: a person's debt told to an audience. The audience: "大家", "各位", "扩散",
# "认准这张脸". The person spoken of in the third person ("发帖的这位…", "此人") or by the
# borrower's name, with the debt left unpaid ("欠钱不还", "借了…装死").
_AUDIENCE = re.compile(
    r"大家|各位|所有人|朋友们|街坊|邻居们|乡亲|网友|扩散|转发|认准|看清楚|记住这张脸|都来看"
)
_THIRD_PERSON = re.compile(r"这位|这个人|这人|此人|该人|该男子|该女子|此女|此男|[他她](?!们)")
_UNPAID = re.compile(
    r"(?:欠|借)[^，。！？,!?]{0,10}(?:不还|未还|装死|跑路|失踪|玩消失|躲)|老赖"
    r"|欠[^，。！？,!?]{0,6}?[\d一二三四五六七八九十两百千万]+(?:多|余)?(?:元|块|万)"
)


def exposes_debt(lines: Iterable[str], borrower: str = "") -> bool:
    """Whether a line tells others or the public of a person's unpaid debt: the person named (in
    the third person, or by the borrower's name), the debt, and an audience ("发帖的这位陈建华欠钱
    不还，…大家认准这张脸"). Shaming a debtor before others is a collector's conduct."""
    name = re.sub(r"\s+", "", borrower)
    for line in lines:
        flat = re.sub(r"\s+", "", plain_words(line))
        named = _THIRD_PERSON.search(flat) or (len(name) >= 2 and name in flat)
        if named and _UNPAID.search(flat) and _AUDIENCE.search(flat):
            return True
    return False


def own_demands(context: str) -> list[str]:
    """The lines that demand the debt in the sender's own voice: overdue, with a deadline or a
    consequence ("三天内不还…", "一直不还，你让他马上联系我")."""
    return demands_in(own_lines(context))


def demands_in(lines: list[str]) -> list[str]:
    flat = [re.sub(r"\s+", "", plain_words(line)) for line in lines]
    return [
        line
        for line in flat
        if _OVERDUE.search(line) and (_DEADLINE.search(line) or _CONSEQUENCE.search(line))
    ]
