"""Deterministic skeletons of the SPEC § 4 documents, filled from the case; no model involved.

Each kind has two slots an LLM may fill — a calm opening and the 事实经过 narrative — and a
deterministic text for each slot, which is what the `template` backend (and every fallback) uses.
Legal-basis sentences cite only articles in corpus/articles.toml, checked against the statutes.
"""

from __future__ import annotations

import re
from datetime import date

from casefile.model import Case
from drafting.issues import (
    ZHIAN,
    ZHIAN_2012,
    Issue,
    Statute,
    confirmed_issues,
    quote_label,
    verbatim_quotes,
)
from drafting.sanitize import neutralise, place_name, plain_fact
from rag.citations import verified_articles

# Deadlines we ask for (our request, not a statutory period); the checks allow these numbers.
REPLY_DAYS = "七"
DELETION_DAYS = "十五"
SKELETON_NUMBERS = (7.0, 15.0, 256.0)  # 256: the "SHA-256" column

EVIDENCE_KIND_ZH = {
    "chat": "聊天记录",
    "sms": "短信",
    "call_log": "通话记录",
    "social": "社交平台",
    "email": "电子邮件",
    "im": "即时通讯",
    "other": "其他",
}

NOT_LEGAL_ADVICE = (
    "（提示：本文书由通讯录护盾按您填写的事实生成，仅供参考，不构成法律意见；发送前请逐项核对。）"
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
    """The facts block: one line per known fact, straight from the case."""
    h = case.harassment
    lines = []
    if h.started_on or h.last_on:
        span = _cn_date(h.started_on) if h.started_on else "不详"
        span += f"至{_cn_date(h.last_on)}" if h.last_on else "起"
        lines.append(f"骚扰时间：{span}")
    if h.contacts_affected is not None:
        lines.append(f"被联系的亲友：{h.contacts_affected}人")
    counts = []
    if h.calls is not None:
        counts.append(f"电话{h.calls}次")
    if h.messages is not None:
        counts.append(f"消息{h.messages}条")
    if counts:
        lines.append("联系次数：" + "，".join(counts))
    if h.channels:
        lines.append("方式：" + "、".join(h.channels))
    if h.collector_numbers:
        lines.append("催收号码：" + "、".join(h.collector_numbers))
    quotes = verbatim_quotes(case)
    if quotes:
        lines.append("对方原话：" + "".join(quote_label(q) for q in quotes))
    if h.threats:
        lines.append("对方行为：" + "；".join(_category(t) for t in h.threats))
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
    who = _platform_short(case)
    channels = "、".join(h.channels) if h.channels else "电话、短信等方式"
    if kind == "contacts":
        since = f"自{_cn_date(h.started_on)}起，" if h.started_on else "最近，"
        return (
            f"{since}有人以{who}催收的名义联系了我通讯录里的亲友。这是我个人的借款问题，与您无关。"
        )
    sentences = []
    loan = _loan_sentence(case)
    if loan:
        sentences.append(loan)
    start = f"自{_cn_date(h.started_on)}起，" if h.started_on else "近期，"
    whom = "本人通讯录中的亲友" if h.contacts_affected else "本人"
    text = f"{start}{collectors(case)}通过{channels}联系{whom}"
    if h.last_on:
        text += f"，截至{_cn_date(h.last_on)}"
    if h.contacts_affected is not None:
        text += f"，已有{h.contacts_affected}位亲友受到打扰"
    sentences.append(text + "。")
    counts = []
    if h.calls is not None:
        counts.append(f"拨打电话{h.calls}次")
    if h.messages is not None:
        counts.append(f"发送消息{h.messages}条")
    if counts:
        sentences.append("期间对方共" + "、".join(counts) + "。")
    if h.collector_numbers:
        sentences.append("对方使用的号码包括" + "、".join(h.collector_numbers) + "。")
    quotes = verbatim_quotes(case)
    if quotes:
        sentences.append("对方的原话包括" + "、".join(quote_label(q) for q in quotes) + "。")
    if h.threats:
        sentences.append("对方还" + "；".join(_category(t) for t in h.threats) + "。")
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


# The laws each kind cites (None: every law an issue names). A letter to the platform or a
# regulator argues civil and data-protection law; the police statement also public-order and
# criminal law; the deletion request only the data-protection law.
KIND_LAWS: dict[str, tuple[str, ...] | None] = {
    "platform": ("个人信息保护法", "民法典", "民间借贷规定"),
    "regulator": ("个人信息保护法", "民法典", "民间借贷规定"),
    "police": None,
    "deletion": ("个人信息保护法",),
    "contacts": (),
    "evidence_list": (),
}
# Issues a kind states (the deletion request is about the data; the note to contacts is short).
KIND_ISSUES: dict[str, tuple[str, ...] | None] = {
    "deletion": ("disclosure", "publish_id", "refused_deletion"),
    "contacts": (),
    "evidence_list": (),
}


def kind_issues(kind: str, case: Case) -> list[tuple[Issue, tuple[Statute, ...]]]:
    """The confirmed issues a document of `kind` states, each with the statutes it cites."""
    wanted = KIND_ISSUES.get(kind)
    laws = KIND_LAWS.get(kind)
    out = []
    for issue in confirmed_issues(case):
        if wanted is not None and issue.id not in wanted:
            continue
        statutes = tuple(
            statute
            for statute in issue.statutes
            if laws is None or statute.citation.law.replace(ZHIAN_2012, ZHIAN) in laws
        )
        out.append((issue, statutes))
    return out


def kind_statutes(kind: str, case: Case) -> list[Statute]:
    """Every statute a document of `kind` cites for its confirmed issues (no repeats)."""
    seen: dict[str, Statute] = {}
    for _, statutes in kind_issues(kind, case):
        for statute in statutes:
            seen.setdefault(statute.label, statute)
    return list(seen.values())


def issues_section(kind: str, case: Case) -> str:
    """The legal section: each confirmed issue with its statutes (our summary of each)."""
    verified = verified_articles()
    lines = []
    for index, (issue, statutes) in enumerate(kind_issues(kind, case)):
        line = f"（{_CN_INDEX[index]}）{issue.letter}。"
        if statutes:
            cited = [f"{s.label}（{verified[s.citation].gist}）" for s in statutes]
            line += "相关规定：" + "；".join(cited) + "。"
        lines.append(line)
    return "\n".join(lines)


def _harm(case: Case) -> str:
    found = {issue.id for issue in confirmed_issues(case)}
    text = "上述行为使本人通讯录中的亲友受到打扰，本人及亲友的正常生活受到干扰"
    if "disclosure" in found or "workplace" in found:
        text += "，本人的借款信息也被透露给了与借款无关的人"
    if "threats" in found:
        text += "，本人及家人对人身安全感到担忧"
    if "defamation" in found:
        text += "，本人的名誉受到损害"
    return text + "。"


def _deletion_issues(case: Case) -> str:
    section = issues_section("deletion", case)
    return f"本人认为存在以下问题：\n{section}\n\n" if section else ""


def _contacts_advice(case: Case) -> str:
    if any(issue.id == "impersonation" for issue in confirmed_issues(case)):
        return (
            "如果收到自称法院、公安或律师的文书或通知，请不要按其要求转账，可以先向出具机关核实。"
        )
    return ""


def _demands(case: Case, default: tuple[str, ...]) -> list[str]:
    return list(case.demands) or list(default)


def _numbered(items: list[str]) -> str:
    # Chinese enumerators: Arabic list numbers would read as facts to the number check.
    lines = [
        f"（{_CN_INDEX[i]}）{neutralise(item).rstrip('。；;')}；"
        for i, item in enumerate(items[:19])
    ]
    return "\n".join(lines).rstrip("；") + "。"


_NO_ISSUES = "上述行为使本人及亲友的正常生活受到干扰。"
_CN_INDEX = "一二三四五六七八九十" + "".join(f"十{c}" for c in "一二三四五六七八九")


def _evidence_sentence(case: Case) -> str:
    if case.evidence:
        count = len(case.evidence)
        return f"上述情况的证据（截图、通话记录等共{count}份）本人均已保存，证据清单附后。"
    return "上述情况的通话记录、短信和聊天截图等证据本人均已保存。"


def _facts_block(case: Case) -> str:
    lines = facts_lines(case)
    return "\n".join(f"- {line}" for line in lines) if lines else ""


def _signature(case: Case, today: date, role: str = "") -> str:
    name = case.borrower.name or "（签名）"
    return f"{role}{name}\n{today.year}年{today.month}月{today.day}日"


def render(kind: str, case: Case, *, opening: str, narrative: str, today: date) -> str:
    """The whole document of `kind`, with the two slots filled by `opening` and `narrative`."""
    platform = platform_label(case)
    facts = _facts_block(case)
    facts_section = f"\n主要事实：\n{facts}\n" if facts else ""
    match kind:
        case "platform":
            demands = _demands(
                case,
                (
                    "立即停止联系本人通讯录中的亲友",
                    "删除违法收集和使用的本人通讯录数据",
                    "书面说明本人信息被提供给了哪些催收机构",
                ),
            )
            return (
                f"致{platform}客服部门：\n\n"
                f"{opening}\n\n"
                f"一、来函人\n{_identity(case)}，系贵平台借款用户。\n\n"
                f"二、事实经过\n{narrative}\n{facts_section}\n"
                f"三、问题所在\n{issues_section(kind, case) or _NO_ISSUES}\n\n"
                f"四、本人的要求\n{_numbered(demands)}\n"
                f"请于收到本函之日起{REPLY_DAYS}日内书面答复处理结果。\n\n"
                f"五、证据\n{_evidence_sentence(case)}\n\n"
                "本人愿意就借款本身与贵平台正常沟通，但请停止上述行为。\n\n"
                f"此致\n\n{_signature(case, today, '来函人：')}\n\n{NOT_LEGAL_ADVICE}"
            )
        case "police":
            numbers = "、".join(case.harassment.collector_numbers) or "（号码见证据清单）"
            reporter = case.borrower.name or "（姓名）"
            contact = f"，联系电话：{case.borrower.phone}" if case.borrower.phone else ""
            city = place_name(case.borrower.city)
            return (
                "报案材料（情况说明）\n\n"
                f"致：{city}公安机关\n\n"
                f"报案人：{reporter}{contact}\n"
                f"被反映对象：自称{platform}催收人员的人，使用号码：{numbers}\n\n"
                f"{opening}\n\n"
                f"一、事实经过\n{narrative}\n{facts_section}\n"
                "二、造成的影响\n"
                f"{_harm(case)}\n\n"
                f"三、证据\n{_evidence_sentence(case)}具体见所附证据清单。\n\n"
                "四、请求\n请求公安机关依法调查处理，制止上述骚扰行为；如查明构成违法犯罪，请依法立案侦查。\n\n"
                f"五、依据\n{issues_section(kind, case) or _NO_ISSUES}\n\n"
                "以上情况属实，本人愿意配合调查。\n\n"
                f"{_signature(case, today, '报案人：')}\n\n{NOT_LEGAL_ADVICE}"
            )
        case "regulator":
            demands = _demands(
                case,
                (
                    "责令其停止骚扰本人通讯录联系人",
                    "责令其删除违法收集的本人通讯录数据",
                    "依法核查并处理其催收行为",
                ),
            )
            return (
                "投诉材料\n\n"
                f"投诉人：{_identity(case).removeprefix('本人') or '（姓名）'}\n"
                f"被投诉机构：{platform}\n"
                "适用渠道：金融监管部门、互联网金融协会、网信、工信等投诉渠道（请按所选渠道的表单要求分栏填写）\n\n"
                f"{opening}\n\n"
                f"一、事实经过\n{narrative}\n{facts_section}\n"
                f"二、投诉理由\n{issues_section(kind, case) or _NO_ISSUES}\n\n"
                f"三、诉求\n{_numbered(demands)}\n\n"
                f"四、证据\n{_evidence_sentence(case)}\n\n"
                f"{_signature(case, today, '投诉人：')}\n\n{NOT_LEGAL_ADVICE}"
            )
        case "contacts":
            name = case.borrower.name or "我"
            return (
                "各位亲友：\n\n"
                f"{opening}\n\n"
                f"{narrative}\n\n"
                "请您不要替我付款或转账，也不必和对方争辩，直接挂断即可。"
                f"{_contacts_advice(case)}"
                "如果方便，请保留来电记录和短信截图并转发给我，我会作为证据保存。\n\n"
                f"再次说声抱歉，谢谢您的理解。\n{name}"
            )
        case "deletion":
            return (
                "个人信息删除申请\n\n"
                f"致：{platform}\n\n"
                f"申请人：{_identity(case).removeprefix('本人') or '（姓名）'}\n\n"
                f"{opening}\n\n"
                f"一、事实经过\n{narrative}\n\n"
                "二、申请事项\n"
                "（一）删除贵方收集、保存的本人手机通讯录数据及其副本；如已提供给第三方催收机构，也包括该部分；\n"
                "（二）停止对上述通讯录数据的一切处理，包括使用和向他人提供；\n"
                f"（三）请于收到本申请之日起{DELETION_DAYS}日内书面答复处理结果。\n\n"
                f"{_deletion_issues(case)}"
                "三、依据\n"
                "《个人信息保护法》第四十七条规定，个人信息处理者违反法律、行政法规或者违反约定处理个人信息，"
                "或者个人撤回同意的，应当主动删除个人信息，个人有权请求删除；"
                "第五十条规定，拒绝个人行使权利的请求的，应当说明理由。"
                "本人在此撤回对读取和使用本人通讯录的同意。\n\n"
                f"{_signature(case, today, '申请人：')}\n\n{NOT_LEGAL_ADVICE}"
            )
        case "evidence_list":
            return evidence_table(case)
        case other:
            raise ValueError(f"unknown kind {other!r}")


def _cell(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split()).replace("|", "｜")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def evidence_table(case: Case) -> str:
    """The numbered evidence list: id, kind, date, summary, file, SHA-256 (a Markdown table)."""
    rows = [
        "证据清单",
        "",
        "| 编号 | 类型 | 日期 | 摘要 | 文件 | SHA-256 |",
        "|---|---|---|---|---|---|",
    ]
    for index, item in enumerate(case.evidence, 1):
        summary = item.summary or item.text
        rows.append(
            f"| {item.id or f'E{index}'} | {EVIDENCE_KIND_ZH.get(item.kind, item.kind)} | "
            f"{item.captured_on} | {_cell(neutralise(summary))} | {_cell(item.file, 80)} | "
            f"{item.sha256} |"
        )
    if not case.evidence:
        rows.append("| - | - | - | （尚未添加证据） | - | - |")
    return "\n".join(rows)
