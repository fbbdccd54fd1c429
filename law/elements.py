"""Elements an article needs before a letter may cite it (pure functions).

Each element reads the case and the sentences that raised the issue, and says why it holds
("" when it does not). corpus/issues.toml names them in `[[issue.when]]`: a criminal article is
cited only where every element it lists holds; where one is missing, the police statement asks
the police to investigate without naming a crime.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from casefile.model import Case
from law.conduct import Said

# Reach at which spreading one insult or rumour counts as 情节严重 for 刑法 246: the Supreme
# People's Procuratorate / Court interpretation on online defamation (2013) Art 2 counts 500
# reposts; a message the collectors sent to at least as many people is read the same way.
WIDE_REACH = 500
# 刑法 253-1 情节严重 (侵犯公民个人信息解释 2017 Art 5 (五)): 5000 pieces of ordinary personal
# information. A borrower's contact list is ordinary personal information, one piece per contact.
MASS_PROVISION = 5000
# One-year LPR (loan prime rate, %), from the month it was published: the 民间借贷 limit is four
# times the rate in force when the contract was made (民间借贷规定 Art 25).
LPR_1Y = (
    (date(2019, 8, 20), 4.25),
    (date(2019, 9, 20), 4.20),
    (date(2019, 11, 20), 4.15),
    (date(2020, 2, 20), 4.05),
    (date(2020, 4, 20), 3.85),
    (date(2021, 12, 20), 3.80),
    (date(2022, 1, 20), 3.70),
    (date(2022, 8, 22), 3.65),
    (date(2023, 6, 20), 3.55),
    (date(2023, 8, 21), 3.45),
    (date(2024, 7, 22), 3.35),
    (date(2024, 10, 21), 3.10),
    (date(2025, 5, 20), 3.00),
)
# Lenders that are licensed financial institutions (民间借贷规定 Art 1 ¶2 excludes them; the
# Supreme People's Court's 2020 reply on its scope counts 小额贷款公司, 典当行 and the other local
# financial organisations too). The same markers as drafting/skeleton/law.py reads.
_LICENSED = re.compile(
    r"银行|消费金融|小额贷款|小贷|融资担保|典当|融资租赁|金融租赁|商业保理|信托|汽车金融|财务公司"
)
_PUBLIC = re.compile(
    r"各位|大家|看到的人|转发|群里|群发|朋友圈|所有(?:联系人|人|亲友)|通讯录(?:里的?)?(?:所有|每)"
    r"|发到(?:了)?.{0,6}群|发在(?:了)?.{0,6}群|公开|曝光|网上|抖音|微博"
)
_THREAT_TO_PUBLISH = re.compile(r"(?:要|会|将|就|再不|如果|否则|不然).{0,10}(?:发|公开|曝光|转发)")
_IMAGE = re.compile(r"P图|P成|P了|通缉令|照片|头像|肖像|合成|证件照|自拍")
_PORTRAIT = re.compile(r"照片|头像|证件照|自拍|肖像")
_FABRICATED = re.compile(r"通缉令|诈骗犯|逃犯|罪犯|犯罪|坐牢|被抓|在逃|P图|P成|P了")
# --- an insult, read from its elements: who said it, of whom, and the words --------------------
# The words that insult a person when said of them.
_INSULT = re.compile(r"老赖|骗子|人渣|畜生|不要脸|死全家|狗东西|废物|贱人|无赖|诈骗犯")
# Verbs that are an insult in themselves ("他们骂我", "在群里造谣"), whatever the words.
_INSULT_VERB = re.compile(r"辱骂|谩骂|咒骂|骂|侮辱|羞辱|诽谤|造谣|污蔑|诋毁")
# Naming someone with a word: "叫我老赖", "说我是骗子", "称我为人渣", "把我说成骗子".
_NAMING = re.compile(
    r"(?:叫|喊|称|说|骂|当|管|把|写|发)(?P<whom>我|我们|我[的]?[\u4e00-\u9fa5]{1,3}?)"
    r"(?:叫|是|为|作|做|成|说成|叫做|当成)?(?:个|一个|一名)?$"
)
_CLAUSE = re.compile(r"[，,、：:“”\"]")
# Said of nobody or of the speaker: no; a warning ("谨防骗子"); the speaker denying it.
_NEGATED = re.compile(
    r"(?:没|没有|未|不|别|勿|从没|从来没|从未|倒没|并没|也没|再没|不再|不会|没再|不是|并非|不算|不曾)"
    r"(?:有|再|怎么|太|说|说过|当面|直接|是)?(?:[个一名]{0,2})?$"
)
_WARNING = re.compile(r"(?:谨防|小心|警惕|提防|防范|远离|防|反|识别|举报|冒充)(?:各类|这些|此类)?$")
# "你们才是骗子" answers being called one: in an unparsed message it is the borrower's reply (a
# collector addresses one borrower: "你就是个骗子" counts).
_RETORT = re.compile(r"(?:你们(?:才|都|就|全)?是|你才是)(?:个|一个|一群|一帮|一伙)?$")
_SPEAKER = re.compile(
    r"(?:我们|我司|本平台|本公司|平台|公司|我)(?:也|都|可|并|才|又|绝)?(?:不|没|非|是)"
)
# The borrower as the one who did it: "我骂了他们", "我说他们是骗子" (被 turns it round).
_BORROWER_ACTS = re.compile(r"(?<![被让给叫])我(?:也|还|就|都|又|一直|当时|已经|曾|曾经|有)*$")


def _clause_before(text: str, end: int) -> str:
    """The words of the clause that come before position `end`."""
    return _CLAUSE.split(text[:end])[-1]


def _insult_said(text: str) -> str:
    """In a collector's message: an insulting word said of the borrower or of anyone named,
    never of nobody (a warning) or of the collectors themselves ("我们不是骗子")."""
    for match in _INSULT.finditer(text):
        before = _clause_before(text, match.start())
        if any(p.search(before) for p in (_NEGATED, _WARNING, _SPEAKER, _RETORT)):
            continue
        return match.group(0)
    return ""


def _insult_told(text: str) -> str:
    """In the borrower's account: someone else (not the borrower) insulted them or named them
    with an insulting word, and the account does not say they did not."""
    for match in _INSULT_VERB.finditer(text):
        before = _clause_before(text, match.start())
        if _NEGATED.search(before) or _BORROWER_ACTS.search(before):
            continue
        return match.group(0)
    for match in _INSULT.finditer(text):
        before = _clause_before(text, match.start())
        naming = _NAMING.search(before)
        if naming is None or _NEGATED.search(before):  # "说我不是老赖"
            continue
        actor = before[: naming.start()]
        if _NEGATED.search(actor) or _BORROWER_ACTS.search(actor):
            continue
        return match.group(0)
    return ""


def insult_of(said: Said) -> str:
    """The insult in one sentence ("" when none): who said it (a collector's message, or someone
    else in the borrower's account), of whom (the borrower, a contact, anyone named) and the
    words; a negation ("他们倒没骂我老赖") or the borrower's own words never count."""
    return _insult_told(said.text) if said.source == "account" else _insult_said(said.text)


_STATE_ORGAN = re.compile(r"法院|公安|检察|派出所|执行局|传票|判决书|逮捕令|拘留|立案|起诉书|仲裁")
_LAWYER = re.compile(r"律师|律所")
_SERIOUS_HARM = re.compile(r"抑郁|住院|心理医生|看心理|精神科|精神崩溃|自杀|轻生|确诊")
_DEDUCTED_WORDS = re.compile(r"砍头息|预扣|先扣|扣(?:除|了|掉)|到手|实际到账")


def _money(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:.2f}"


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10]) if text and text.strip() else None
    except ValueError:
        return None


def lpr_on(day: date) -> float:
    """The one-year LPR in force on `day` (the earliest published rate for earlier days)."""
    rate = LPR_1Y[0][1]
    for since, value in LPR_1Y:
        if day >= since:
            rate = value
    return rate


def licensed_lender(case: Case) -> bool | None:
    """Whether the lender is a licensed financial institution; None when the case does not say.

    The user's answer (platform.extra["licensed"], a bool) wins; else the company's name (or the
    platform's) is read for an institution type only a regulator can license.
    """
    stated = case.platform.extra.get("licensed")
    if isinstance(stated, bool):
        return stated
    name = case.platform.company or case.platform.name
    return True if _LICENSED.search(name) else None


def deducted(case: Case, hits: Sequence[Said] = ()) -> str:
    """Interest or fees taken off the principal up front (民法典 670)."""
    amount = case.loan.deducted
    if amount:
        return f"借款时被预先扣除{_money(amount)}元"
    for said in hits:
        if said.source == "account" and _DEDUCTED_WORDS.search(said.text):
            return f"{said.where}：“{said.text}”"
    return ""


def annual_rate(case: Case) -> float | None:
    """The yearly rate the loan facts state (loan.extra["annual_rate"], in %), if any."""
    value = case.loan.extra.get("annual_rate")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def high_rate(case: Case, hits: Sequence[Said] = ()) -> str:
    """An agreed yearly rate above four times the one-year LPR when the loan was made."""
    rate = annual_rate(case)
    made = _iso(case.loan.borrowed_on)
    if rate is None or made is None:
        return ""
    limit = 4 * lpr_on(made)
    if rate <= limit:
        return ""
    return f"约定年利率{rate:g}%，高于借款时一年期贷款市场报价利率的四倍（{limit:g}%）"


def illegal_debt(case: Case, hits: Sequence[Said] = ()) -> str:
    """The debt is shown to be unlawful: interest deducted up front, or a rate above the limit."""
    return deducted(case, hits) or high_rate(case, hits)


def unlicensed(case: Case, hits: Sequence[Said] = ()) -> str:
    """The lender is not shown to be licensed: the 民间借贷 rule may apply."""
    return "" if licensed_lender(case) is True else "出借方未显示为持牌金融机构"


def public(case: Case, hits: Sequence[Said] = ()) -> str:
    """Said to many: in a group chat, to everyone, or posted; a threat to post is not posting."""
    for said in hits:
        if said.group:
            return f"{said.where}发在群聊中"
        if _PUBLIC.search(said.text) and not _THREAT_TO_PUBLISH.search(said.text):
            return f"{said.where}：“{said.text}”"
    return ""


def image(case: Case, hits: Sequence[Said] = ()) -> str:
    return next((s.text for s in hits if _IMAGE.search(s.text)), "")


def portrait(case: Case, hits: Sequence[Said] = ()) -> str:
    return next((s.text for s in hits if _PORTRAIT.search(s.text)), "")


def fabricated(case: Case, hits: Sequence[Said] = ()) -> str:
    return next((s.text for s in hits if _FABRICATED.search(s.text)), "")


def repeated_insults(case: Case, hits: Sequence[Said] = ()) -> str:
    """At least two different insulting messages of the collectors (50(五): 多次发送侮辱信息)."""
    texts = {s.text for s in hits if s.source == "message" and insult_of(s)}
    return f"催收方发送了{len(texts)}条侮辱性信息" if len(texts) >= 2 else ""


def wide_reach(case: Case, hits: Sequence[Said] = ()) -> str:
    count = case.harassment.contacts_affected or 0
    return f"共{count}人收到" if count >= WIDE_REACH else ""


def mass_provision(case: Case, hits: Sequence[Said] = ()) -> str:
    count = case.harassment.contacts_affected or 0
    return f"涉及{count}位联系人的信息" if count >= MASS_PROVISION else ""


def forged_confirmed(case: Case) -> bool:
    """The user's answer to "你核实过这份文书是假的吗？" (case.extra), True only for yes."""
    return case.extra.get("forged_documents_confirmed") is True


def unchecked(case: Case, hits: Sequence[Said] = ()) -> str:
    """The user has not said the documents are forged (or said they are genuine)."""
    return "" if forged_confirmed(case) else "文书尚未核实为伪造"


def forged_state_document(case: Case, hits: Sequence[Said] = ()) -> str:
    if not forged_confirmed(case):
        return ""
    found = next((s for s in hits if _STATE_ORGAN.search(s.text)), None)
    return f"您已核实{found.where}的文书是伪造的" if found else ""


def forged_lawyer_document(case: Case, hits: Sequence[Said] = ()) -> str:
    if not forged_confirmed(case) or forged_state_document(case, hits):
        return ""
    found = next((s for s in hits if _LAWYER.search(s.text)), None)
    return f"您已核实{found.where}的律师身份是假的" if found else ""


def serious_harm(case: Case, hits: Sequence[Said] = ()) -> str:
    return next((s.text for s in hits if _SERIOUS_HARM.search(s.text)), "")


# Elements that read one sentence and raise an issue by themselves (issues.toml's `by`).
SENTENCE_ELEMENTS: dict[str, Callable[[Said], str]] = {"insult": insult_of}

ELEMENTS: dict[str, Callable[[Case, Sequence[Said]], str]] = {
    "deducted": deducted,
    "high_rate": high_rate,
    "illegal_debt": illegal_debt,
    "unlicensed": unlicensed,
    "public": public,
    "image": image,
    "portrait": portrait,
    "fabricated": fabricated,
    "repeated_insults": repeated_insults,
    "wide_reach": wide_reach,
    "mass_provision": mass_provision,
    "unchecked": unchecked,
    "forged_state_document": forged_state_document,
    "forged_lawyer_document": forged_lawyer_document,
    "serious_harm": serious_harm,
}
