"""The two slots of every document, deterministic: the calm opening and the 事实经过 narrative.

Also the facts block and the small phrasings (dates, amounts, who called) the documents share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casefile.model import Case
from drafting.quotes import backed_threats, letter_quotes, quotes_left_out
from evidence.sanitize import neutralise, plain_fact
from law.issues import quote_label
from understanding.headline import headline

_PHONE = re.compile(r"^\+?\d{5,15}$")


@dataclass(frozen=True)
class LetterFigures:
    """The case's one set of figures as a letter states them (None / "": the letter is silent)."""

    calls: int | None
    messages: int | None
    contacts: int | None
    first_day: str
    last_day: str
    numbers: tuple[str, ...]


def letter_figures(case: Case) -> LetterFigures:
    """The headline figures every surface prints (understanding.headline), never recounted here.

    A figure the user stated is the figure; where they are silent, the count from the collectors'
    contact events is (stated only when something was counted).
    """
    head = headline(case)
    h = case.harassment

    def pick(stated: int | None, value: int) -> int | None:
        return value if stated is not None or value > 0 else None

    return LetterFigures(
        calls=pick(h.calls, head.calls),
        messages=pick(h.messages, head.messages),
        contacts=pick(h.contacts_affected, head.contacts),
        first_day=head.first_day,
        last_day=head.last_day,
        # A collector is named by a number; a sender read as a name or a sentence is not stated.
        numbers=tuple(n for n in head.collectors if _PHONE.match(n)),
    )


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _cn_date(iso: str) -> str:
    """2025-02-10 -> 2025年2月10日; anything else is kept as written."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"
    return iso


def platform_label(case: Case) -> str:
    """How the letter names the lender: name and company when known."""
    name, company = case.platform.name, case.platform.company
    if name and company:
        return f"{name}（{company}）"
    return name or company or "贵平台"


def _platform_short(case: Case) -> str:
    return case.platform.name or case.platform.company or "借款平台"


def _identity(case: Case) -> str:
    parts = ["本人"]
    if case.borrower.name:
        parts.append(case.borrower.name)
    if case.borrower.phone:
        parts.append(f"（手机号{case.borrower.phone}）")
    return "".join(parts)


def _loan_sentence(case: Case) -> str:
    loan = case.loan
    if loan.amount is None and not loan.borrowed_on:
        return ""
    text = "本人"
    if loan.borrowed_on:
        text += f"于{_cn_date(loan.borrowed_on)}"
    text += f"通过{_platform_short(case)}借款"
    if loan.amount is not None:
        text += f"{_num(loan.amount)}元"
    if loan.deducted:
        text += f"，放款时被预先扣除{_num(loan.deducted)}元"
    if loan.due_on:
        text += f"，约定{_cn_date(loan.due_on)}到期"
    if loan.repaid is not None:
        text += f"，已还款{_num(loan.repaid)}元"
        if loan.amount is not None and loan.repaid >= loan.amount:
            text += "，借款本金已还清"
    return text + "。"


def facts_lines(case: Case) -> list[str]:
    """The facts block: one line per known fact, from the case and its one set of figures."""
    h = case.harassment
    f = letter_figures(case)
    lines = []
    if f.first_day or f.last_day:
        span = _cn_date(f.first_day) if f.first_day else "不详"
        span += f"至{_cn_date(f.last_day)}" if f.last_day else "起"
        lines.append(f"骚扰时间：{span}")
    if f.contacts is not None:
        lines.append(f"被联系的亲友：{f.contacts}人")
    counts = []
    if f.calls is not None:
        counts.append(f"电话{f.calls}次")
    if f.messages is not None:
        counts.append(f"消息{f.messages}条")
    if counts:
        lines.append("联系次数：" + "，".join(counts))
    if h.channels:
        lines.append("方式：" + "、".join(h.channels))
    if f.numbers:
        lines.append("催收号码：" + "、".join(f.numbers))
    quotes = letter_quotes(case)
    if quotes:
        lines.append("对方原话：" + "".join(quote_label(q) for q in quotes))
        left_out = quotes_left_out(case)
        if left_out:  # a long case: the reader must not take the list for all there is
            lines.append(f"另有{left_out}条对方消息未列出，见所附证据。")
    threats = backed_threats(case)
    if threats:
        lines.append("对方行为：" + "；".join(_category(t) for t in threats))
    loan = _loan_sentence(case)
    if loan:
        lines.append("借款情况：" + loan.removeprefix("本人").rstrip("。"))
    for action in case.actions_taken:
        done = plain_fact(action.action)
        result = plain_fact(action.result)
        if not done and not result:
            continue
        parts = [_cn_date(action.on)] if action.on else []
        parts += [done] if done else []
        parts += [f"结果：{result}"] if result else []
        lines.append("已采取的措施：" + "，".join(parts))
    return lines


def _category(text: str) -> str:
    """A threat category in our own words: no quotation marks, never presented as a quote."""
    return re.sub(r"[「」『』“”\"]", "", neutralise(text)).rstrip("。；;")


def collectors(case: Case) -> str:
    """Who called: the platform's collectors only when the user confirmed it, else 自称."""
    who = _platform_short(case)
    if case.platform.extra.get("collectors_confirmed"):
        return f"{who}的催收人员"
    return f"自称{who}催收人员的人"


def template_narrative(case: Case, kind: str) -> str:
    """The deterministic 事实经过 paragraph (the template backend's narrative)."""
    h = case.harassment
    f = letter_figures(case)
    who = _platform_short(case)
    channels = "、".join(h.channels) if h.channels else "电话、短信等方式"
    if kind == "contacts":
        since = f"自{_cn_date(f.first_day)}起，" if f.first_day else "最近，"
        return (
            f"{since}有人以{who}催收的名义联系了我通讯录里的亲友。这是我个人的借款问题，与您无关。"
        )
    sentences = []
    loan = _loan_sentence(case)
    if loan:
        sentences.append(loan)
    start = f"自{_cn_date(f.first_day)}起，" if f.first_day else "近期，"
    whom = "本人通讯录中的亲友" if f.contacts else "本人"
    text = f"{start}{collectors(case)}通过{channels}联系{whom}"
    if f.last_day:
        text += f"，截至{_cn_date(f.last_day)}"
    if f.contacts is not None:
        text += f"，已有{f.contacts}位亲友受到打扰"
    sentences.append(text + "。")
    counts = []
    if f.calls is not None:
        counts.append(f"拨打电话{f.calls}次")
    if f.messages is not None:
        counts.append(f"发送消息{f.messages}条")
    if counts:
        sentences.append("期间对方共" + "、".join(counts) + "。")
    if f.numbers:
        sentences.append("对方使用的号码包括" + "、".join(f.numbers) + "。")
    # The quotes and threats are listed once, in the facts block; only the deletion request,
    # which has no facts block, states them in its narrative.
    quotes = letter_quotes(case)
    threats = backed_threats(case)
    if quotes and kind == "deletion":
        sentences.append("对方的原话包括" + "、".join(quote_label(q) for q in quotes) + "。")
    if threats and kind == "deletion":
        sentences.append("对方还" + "；".join(_category(t) for t in threats) + "。")
    for action in case.actions_taken:
        done = plain_fact(action.action)
        if done:
            when = f"于{_cn_date(action.on)}" if action.on else ""
            result = plain_fact(action.result)
            result = f"，结果：{result}" if result else ""
            sentences.append(f"本人已{when}{done}{result}。")
    return "".join(sentences)


def template_opening(case: Case, kind: str) -> str:
    """The deterministic calm opening of each kind."""
    match kind:
        case "platform":
            return (
                "本人是贵平台的借款用户，现就自称贵平台催收人员的人联系本人亲友一事致函，"
                "请贵平台核实并妥善处理。"
            )
        case "police":
            return "本人现就网络借贷催收人员骚扰本人及亲友一事，向贵单位如实反映情况并报案。"
        case "regulator":
            return "本人现就下述机构的催收人员骚扰本人通讯录联系人一事进行投诉。"
        case "contacts":
            return "最近可能有人打电话或发消息给您，说是找我催债，给您添麻烦了，非常抱歉。"
        case "deletion":
            return (
                "本人是贵方的借款用户，现就本人手机通讯录数据被收集和使用一事，向贵方提出删除申请。"
            )
        case _:
            return ""
