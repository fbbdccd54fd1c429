"""Deterministic skeletons of the SPEC § 4 documents, filled from the case; no model involved.

Each kind has two slots an LLM may fill — a calm opening and the 事实经过 narrative — and a
deterministic text for each slot, which is what the `template` backend (and every fallback) uses.
Legal-basis sentences cite only articles in corpus/articles.toml, checked against the statutes.
The slots and facts block live in `drafting.skeleton.slots`, the legal section in
`drafting.skeleton.law`; their public names stay importable from here.
"""

from __future__ import annotations

from datetime import date

from casefile.model import Case
from drafting.skeleton.law import (
    _CN_INDEX,
    KIND_ISSUES,
    KIND_LAWS,
    issues_section,
    kind_issues,
    kind_statutes,
)
from drafting.skeleton.slots import (
    _identity,
    collectors,
    facts_lines,
    letter_figures,
    platform_label,
    template_narrative,
    template_opening,
)
from evidence.sanitize import neutralise, place_name
from law.issues import confirmed_issues

__all__ = [
    "DELETION_DAYS",
    "EVIDENCE_KIND_ZH",
    "KIND_ISSUES",
    "KIND_LAWS",
    "NOT_LEGAL_ADVICE",
    "REPLY_DAYS",
    "SKELETON_NUMBERS",
    "collectors",
    "evidence_table",
    "facts_lines",
    "issues_section",
    "kind_issues",
    "kind_statutes",
    "letter_figures",
    "platform_label",
    "render",
    "template_narrative",
    "template_opening",
]

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


def _harm(case: Case) -> str:
    found = {issue.id for issue in confirmed_issues(case)}
    text = "上述行为使本人通讯录中的亲友受到打扰，本人及亲友的正常生活受到干扰"
    if "disclosure" in found:  # only where a message shows the debt was told
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
    if any(i.id in ("impersonation", "documents") for i in confirmed_issues(case)):
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
            numbers = "、".join(letter_figures(case).numbers) or "（号码见证据清单）"
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
