"""A first guess at a sender's role (pure): collector, platform, contact, authority or unknown.

Collectors demand the debt, threaten, name the lender or are tagged by the phone; the
borrower's own people are saved names, chat titles like "妈妈" or "王经理", and whoever's phone a
forwarded screenshot was taken on. A service number (400/800, 95xxx) is the platform's unless
the case says it collects: it called and the phone tags it as collection or a demand gives it
as the number to call, or its own messages demand this debt (a bank's or carrier's notice
about another account never does). Only a sender's own voice counts: a contact retelling
what collectors said or did is not collecting. Anyone posing as the police, a court or a lawyer
who asks for the money collects (they never collect a private loan). The user's stored role
always wins over the guess (understanding.roles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from evidence.entities import KNOWN_PLATFORMS, threats_in
from evidence.entities.phones import phone_digits

_COLLECTOR_WORDS = re.compile(
    r"催收|逾期|欠款|还款|还清|账单|法务|老赖|应还|未还|回电|结清|协商|律师函|委外|资产管理"
)
# A message demands the debt when it says the debt is overdue and sets a deadline or a
# consequence ("已逾期3天…逾期将上报征信", "欠款已移交法务部，48小时内未结清将启动诉讼程序").
# A notice of a loan paid out or of a bill due ("放款成功", "账单提醒") says neither.
_OVERDUE = re.compile(
    r"已逾期|逾期\s*\d+\s*天|严重逾期|逾期中|逾期未|逾期不|欠款|拖欠|欠[你我]?[们]?的?钱|未还|"
    r"欠[\u4e00-\u9fff]{1,6}的(?:钱|款|账|债)|逾期记录|"
    r"未结清|未处理|不还|还不还|逾期案件|逾期账单|催收"
)
_DEADLINE = re.compile(
    r"立即|立刻|马上|尽快|速还|今天|今日|今晚|明天|明日|明早|[\d一二两三四五六七八九十半]+\s*个?\s*"
    r"(?:小时|天|日)内|\d+\s*点前|"
    r"之前|前(?:还|处理|结清|还清)|限期|最后(?:通知|期限|一次)|否则|不然|再不"
)
_CONSEQUENCE = re.compile(
    r"征信|移交|法务|诉讼|起诉|律师|律所|法律责任|追究|上门|外访|第三方|通讯录|紧急联系人|家人|"
    r"单位|失信|黑名单|法院|立案|催收|冻结|户籍|贷后|依法|进一步措施|后果|上报"
)
# A line that reports what collectors did ("有人打电话到公司，说你欠钱不还"): a contact's words
# about them, never the speaker's own demand.
_REPORTED = re.compile(
    r"(?<![所没])有人|他们|那些人|(?:催收|催债|要债|讨债|追债)的|对方(?:说|态度|骂|打)|说你(?:欠|在|借)"
    r"|[他她]说|自称|冒充|那人|那个人|陌生人|打到我|找到我"
    # Calls and words received ("接到催款电话", "打我电话", "要我转告你"), collectors named as a
    # third party ("催收天天打…", "有催收"), a victim's words ("我们都被骚扰了").
    r"|接到|打给我|打我电话|问我|[要让叫]我(?:转告|告诉|跟你说)|说是|说要|说你"
    r"|催收(?:打|说|天天|一直|电话|的人)|有催收|催款电话|陌生(?:号码|电话)|一个电话|被骚扰|骂人"
)
# Someone posing as the police, a court or a lawyer ("我是…公安局的民警", "【…人民法院】"):
# they never collect a private loan, so one who asks for the money is a collector.
_POSES_AS_AUTHORITY = re.compile(
    r"我是[^，,。！？]{0,16}(?:公安|派出所|警察|民警|警官|法院|法官|书记员|检察|律师|律所|仲裁)"
    r"|【[^】]*(?:法院|公安|检察院|律师事务所|仲裁委)[^】]*】"
)
# Legal steps named as a threat ("起诉你", "律师函明天寄到"): a threat only beside the money.
_LEGAL_THREAT = re.compile(r"起诉|诉讼|传票|立案|律师函|强制执行|坐牢|拘留")
_ASKS_FOR_MONEY = re.compile(r"还款|还钱|还清|结清|撤案|销案")
# A phone's tag naming another trade ("快递送餐", "出租车"): a caller with a reason of its own.
_OTHER_TRADE = re.compile(r"快递|外卖|送餐|出租|网约车|房产|中介|推销|广告|保险|银行")
# The phone's own tags that name collection ("疑似催收", "被12人标记为催收"): a service number's
# "骚扰" or "推销" tag is as often a bank's or shop's marketing call.
_COLLECTION_TAG = re.compile(r"催收|讨债|追债")
# Threat categories that only name people (a workplace, family) or call names: a threat of
# collection only beside the debt itself.
_PEOPLE_THREATS = frozenset({"联系单位", "联系亲友", "辱骂"})
_DEBT = re.compile(r"欠|还|逾期|借|贷|钱|款|债|账|催收|结清|利息|罚息|征信|冻结")
# Someone acting for the lender on the debt ("受金盈贷委托处理你的欠款"): an agent collecting.
_ENTRUSTED = re.compile(r"受[^，。！？,!?]{1,12}委托|委托我(?:们|所|司)")
_RELATIVE_WORDS = re.compile(
    r"妈|爸|老婆|老公|媳妇|爱人|儿子|女儿|哥|姐|弟|妹|舅|姨|姑|叔|伯|婶|爷|奶|外公|外婆|岳|表|堂|亲家"
    r"|亲属|家人|亲戚"
)
_COLLEAGUE_WORDS = re.compile(
    r"同事|领导|经理|主管|老板|工作群|公司|部门|单位|人事|财务|项目组|[\u4e00-\u9fa5]总$"
    r"|[科处局厅部组班队行店院]长$|主任$|总监$"
)
_FRIEND_WORDS = re.compile(r"朋友|室友|同学|老[张王李赵刘陈杨黄周吴]|兄弟|闺蜜|发小")
_COLLECTOR_TITLE = re.compile(r"催收|法务|专员|调解|资产|逾期|委外|贷|借|分期|白条|钱包")
_LENDER = re.compile(
    r"[\u4e00-\u9fa5]{1,4}?(?:贷|借款|借条|分期|白条|钱包|金融)(?:的|提醒|法务)"
    r"|在[\u4e00-\u9fa5]{2,5}的(?:借款|账单|贷款)"
)
_AUTHORITY_NUMBERS = ("110", "12321", "12315", "12345", "12363", "12378", "12389", "96110")
_CARRIERS = ("10086", "10010", "10000", "10001")
# A number the phone has not saved that called again and again (missed or answered).
REPEAT_CALLS = 2


REASONS = {  # code -> the reason in Chinese ({detail}: what was found)
    "authority_number": "公安/监管机关的公开号码",
    "service_number": "平台客服号码（400/800）",
    "bank_or_carrier": "银行/运营商服务号（95xxx/100xx）",
    "phone_label": "手机标记：{detail}",
    "collector_title": "聊天名称像催收方",
    "colleague_title": "聊天名称像同事或工作群",
    "relative_title": "聊天名称像亲属",
    "friend_title": "聊天名称像朋友",
    "sms_gateway": "短信通道号（106）发送的平台通知",
    "collector_words": "内容含催收用语：{detail}",
    "lender_stranger": "陌生手机号发来的借贷平台内容：{detail}",
    "saved_contact": "手机里保存的联系人：{detail}",
    "phone_owner": "截图来自他/她的手机（转发的截图）",
    "repeat_stranger": "未保存的号码反复来电（{detail}次）",
    "no_clue": "证据中没有足够线索",
}


# Words spelt in pinyin or initials to slip past a filter ("huan钱", "hk"): the same words.
_PINYIN = (
    (re.compile(r"(?<![A-Za-z])hk(?![A-Za-z])", re.IGNORECASE), "还款"),
    (re.compile(r"(?<![A-Za-z])huan(?![A-Za-z])", re.IGNORECASE), "还"),
    (re.compile(r"(?<![A-Za-z])qian(?![A-Za-z])", re.IGNORECASE), "钱"),
)
# Chinese characters spaced out one by one ("不 还 钱"): the words without the gaps.
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def plain_words(text: str) -> str:
    """The words a message says, however it dodges a filter: gaps between characters closed,
    pinyin and initials for 还/还款/钱 read as the characters (lines kept)."""
    text = _CJK_GAP.sub("", text)
    for pattern, word in _PINYIN:
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
        or sender in _CARRIERS
    )  # fmt: skip


def is_demand(text: str) -> bool:
    """Whether a message demands the debt (overdue, with a deadline or a consequence) or threatens.

    A plain notice (a loan paid out, a bill due, "您的账单已逾期" alone) is not a demand.
    """
    flat = re.sub(r"\s+", "", plain_words(text))
    if _OVERDUE.search(flat) and (_DEADLINE.search(flat) or _CONSEQUENCE.search(flat)):
        return True
    # Courts and lawsuits collect only beside the money: a court's own "你的案件已受理，请按时
    # 到庭" demands nothing.
    legal = _LEGAL_THREAT.search(flat) or "法院" in flat
    return any(label != "起诉" for label in threats_in(flat)) or bool(legal and _DEBT.search(flat))


# A message that asks the borrower to pay ("今日到期，应还6900.00元，请按时还款"): a reminder,
# part of collecting once the sender collects; a loan paid out or a payment received asks nothing.
_ASKS_TO_PAY = re.compile(
    r"(?:请|需|务必|尽快|按时|及时|立即)[^。！？!?]{0,12}(?:还款|还清|结清|归还|还上)|应还|待还|需还款"
)


# A notice of the loan paid out ("已放款至尾号6621的银行卡…实际到账3600.00元").
_PAID_OUT = re.compile(r"已放款|放款成功|已到账|实际到账|已发放至|已打款")


def is_collecting(text: str) -> bool:
    """Whether a message collects the debt: it demands it, or at least asks for the payment.

    Only a notice that asks nothing ("放款成功", "还款成功") is a channel's plain notice.
    """
    flat = re.sub(r"\s+", "", plain_words(text))
    if _PAID_OUT.search(flat) and not is_demand(flat):
        return False  # a loan paid out, closed with a courtesy "请按时还款": a notice
    return is_demand(flat) or bool(_ASKS_TO_PAY.search(flat))


def _demand_words(texts: Iterable[str]) -> list[str]:
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
    return bool(_REPORTED.search(_OWN_SAYING.sub("", line)))


def own_lines(context: str) -> list[str]:
    """A sender's lines in their own voice: a line reporting what collectors did ("有人打电话到
    公司，说你欠钱不还") is a contact telling the borrower, never the speaker's demand."""
    return [line for line in context.splitlines() if not _reported(line)]


def own_demands(context: str) -> list[str]:
    """The lines that demand the debt in the sender's own voice: overdue, with a deadline or a
    consequence ("三天内不还…", "一直不还，你让他马上联系我")."""
    return _demands_in(own_lines(context))


def _demands_in(lines: list[str]) -> list[str]:
    flat = [re.sub(r"\s+", "", line) for line in lines]
    return [
        line
        for line in flat
        if _OVERDUE.search(line) and (_DEADLINE.search(line) or _CONSEQUENCE.search(line))
    ]


def _threatens(line: str) -> bool:
    """A threat of collection: naming the borrower's people or workplace counts only beside
    the debt ("我是他同事" is a colleague speaking, not a threat)."""
    threats = threats_in(line)
    if not _DEBT.search(line):
        threats = [t for t in threats if t not in _PEOPLE_THREATS]
    return bool(threats) or bool(_LEGAL_THREAT.search(line))


def _poses_as_authority(line: str) -> bool:
    """A line that claims to be the police, a court or a lawyer and asks for the money."""
    flat = re.sub(r"\s+", "", line)
    return bool(_POSES_AS_AUTHORITY.search(flat) and _ASKS_FOR_MONEY.search(flat))


class Guess(NamedTuple):
    role: str
    reason: str  # Chinese, for documents
    code: str  # a key of REASONS, for the UI's own language
    detail: str


def _guess(role: str, code: str, detail: str = "") -> Guess:
    return Guess(role, REASONS[code].format(detail=detail), code, detail)


def _service_guess(sender: str, service_phone: str) -> Guess | None:
    """The platform guess for a service number (400/800, 95xxx, a carrier), None for others."""
    if sender == phone_digits(service_phone) or sender.startswith(("400", "800")):
        return _guess("platform", "service_number")
    if (sender.startswith("95") and len(sender) <= 8) or sender in _CARRIERS:
        return _guess("platform", "bank_or_carrier")
    return None


# A notice's brand ("【金盈贷】"); a bank's, carrier's or insurer's is about another account.
_BRAND = re.compile(r"【([^】]{2,12})】")
_NOT_LENDER_BRAND = re.compile(r"银行|移动|联通|电信|广电|保险|证券|邮政")


def _names_the_debt(line: str, platform: str) -> bool:
    """Whether a demand is about this case's loan: it names the lender, or comes under a brand
    that is no bank's or carrier's (a bank's "信用卡已逾期" is another debt)."""
    if (platform and platform in line) or any(name in line for name in KNOWN_PLATFORMS):
        return True
    brands = _BRAND.findall(line)
    return bool(brands) and not any(_NOT_LENDER_BRAND.search(brand) for brand in brands)


def _service_demands(context: str, platform: str) -> Guess | None:
    """A service number whose own messages demand this debt ("【金盈贷】您已逾期13天，应还…，
    我司将依法采取进一步措施") collects, whatever its kind of number; None when none does."""
    demands = [
        line for line in own_lines(context) if is_demand(line) and _names_the_debt(line, platform)
    ]
    if not demands:
        return None
    return _guess("collector", "collector_words", "、".join(dict.fromkeys(_demand_words(demands))))


def _service_caller(
    sender: str, labels: list[str], calls: int, named_in: Iterable[str]
) -> Guess | None:
    """A service number that called, when the case says it collects; None when it does not.

    The phone tags it as collection ("疑似催收"), or a demand of the case gives it as the
    number to call back (a 催收函's "联系电话", a fake summons' "调解专线"). A service number
    that only sends notices, or is named without ever calling, stays the platform's; a 400/800
    line that calls again and again (REPEAT_CALLS) collects, unless tagged with another trade
    (a bank's 95 line calls to sell as often as to collect).
    """
    tags = [label for label in labels if _COLLECTION_TAG.search(label)]
    if tags:
        return _guess("collector", "phone_label", "、".join(dict.fromkeys(tags)))
    demands = [text for text in named_in if is_demand(text)]
    if calls and demands:
        return _guess("collector", "collector_words", "、".join(_demand_words(demands)))
    other_trade = any(_OTHER_TRADE.search(label) for label in labels)
    hotline = sender.startswith(("400", "800"))
    if hotline and calls >= REPEAT_CALLS and not other_trade:
        # A service line that rings the borrower again and again, tagged with no other trade:
        # in a case about an overdue loan, the lender's calls to collect (notices are texts).
        return _guess("collector", "repeat_stranger", str(calls))
    return None


def guess_role(
    sender: str,
    is_number: bool,
    context: str,
    labels: Iterable[str] = (),
    *,
    service_phone: str = "",
    platform: str = "",
    contact: str = "",
    calls: int = 0,
    named_in: Iterable[str] = (),
) -> Guess:
    """A first guess at a sender's role, with the reason (Chinese text, code and detail).

    `contact` is "saved" for a name the phone has saved, "owner" for the person whose phone a
    forwarded screenshot was taken on; `calls` counts the calls a screen shows from the sender;
    `named_in` are the texts of the case that name the number (a message, a paper's lines).
    """
    labels = list(labels)
    context = plain_words(context)
    if is_number:
        if sender in _AUTHORITY_NUMBERS:
            # Police and courts never demand a private loan: a message from their number that
            # does is someone pretending (a spoofed sender), and collects.
            return _service_demands(context, platform) or _guess("authority", "authority_number")
        service = _service_guess(sender, service_phone)
        if service is not None:
            return (
                _service_caller(sender, labels, calls, named_in)
                or _service_demands(context, platform)
                or service
            )
    if any("催收" in label or "骚扰" in label for label in labels):
        return _guess("collector", "phone_label", "、".join(dict.fromkeys(labels)))
    if not is_number:
        if _COLLECTOR_TITLE.search(sender):
            return _guess("collector", "collector_title")
        if _COLLEAGUE_WORDS.search(sender):
            return _guess("colleague", "colleague_title")
        if _RELATIVE_WORDS.search(sender):
            return _guess("relative", "relative_title")
        if _FRIEND_WORDS.search(sender):
            return _guess("friend", "friend_title")
        if contact == "owner":
            return _guess("friend", "phone_owner")
        if contact == "saved":
            return _guess("friend", "saved_contact", sender)
    # Only the sender's own voice counts: a colleague passing on what collectors said ("有人
    # 打到部门座机，说你在好分期欠钱，还说要寄律师函") is not making the threat.
    mine = own_lines(context)
    own = "\n".join(mine)
    flat = own.replace("\n", "")
    threats = threats_in(own)
    if not _DEBT.search(flat):
        # "我是他同事" or "那些人是骗子" names a workplace or an insult without any debt, and a
        # court's "你的案子下周开庭" names no money: words that collect nothing.
        threats = [t for t in threats if t not in _PEOPLE_THREATS and t != "起诉"]
    words = sorted(set(_COLLECTOR_WORDS.findall(flat)))
    if is_number and is_gateway(sender):
        # One message that demands the debt or threatens makes the gateway a collector, however
        # plain its earlier notices ("放款成功" before "已移交法务部，48小时内…").
        demanding = [line for line in context.splitlines() if is_demand(line)]
        if demanding:
            shown = "、".join(dict.fromkeys(_demand_words(demanding)))
            return _guess("collector", "collector_words", shown)
        platforms = [name for name in KNOWN_PLATFORMS if name in flat] or (
            ["【】"] if "【" in flat else []
        )
        if platforms:
            return _guess("platform", "sms_gateway")
    if threats or len(words) >= 2 or (words and is_number):
        shown = "、".join([*threats, *words][:4])
        return _guess("collector", "collector_words", shown)
    demanding = _demands_in(mine)
    if len(demanding) >= 2 or (demanding and any(_threatens(line) for line in mine)):
        # Their own messages demand the debt again and again, or demand it and threaten: what
        # a collector writes, whatever the name it writes under ("债务处理-小周").
        shown = "、".join(dict.fromkeys(_demand_words(demanding)))
        return _guess("collector", "collector_words", shown)
    lender = [n for n in (*KNOWN_PLATFORMS, platform) if n and n in flat] or _LENDER.findall(flat)
    if is_number and re.fullmatch(r"1[3-9]\d{9}", sender) and lender:
        # Saved contacts show as names; a bare mobile number writing about a lender is a stranger.
        return _guess("collector", "lender_stranger", lender[0])
    if any(_ENTRUSTED.search(line) and _DEBT.search(line) for line in mine):
        return _guess("collector", "collector_words", "受托处理欠款")
    if any(_poses_as_authority(line) for line in mine):
        return _guess("collector", "collector_words", "冒充公检法/律师")
    other_trade = any(_OTHER_TRADE.search(label) for label in labels)
    if (
        is_number
        and calls >= REPEAT_CALLS
        and not other_trade
        and re.fullmatch(r"1[3-9]\d{9}|0\d{9,11}", sender)
    ):
        # Saved people show as names; an unsaved mobile or landline calling again and again,
        # in a case about collection calls, is a caller the borrower does not know.
        return _guess("collector", "repeat_stranger", str(calls))
    return _guess("unknown", "no_clue")
