"""The checks of SPEC § 6 on a draft or on one LLM-written part of it. Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from casefile.model import Case
from drafting.facts import AllowedFacts, unsupported_mentions, unverbatim_quotes
from drafting.skeleton.slots import letter_figures
from law.citations import (
    article_label,
    find_citations,
    outdated_citations,
    renumbering,
    to_chinese,
    unknown_citations,
)
from law.issues import ZHIAN, ZHIAN_2012, editions, issue_specs

KINDS = ("platform", "police", "regulator", "contacts", "deletion", "evidence_list")
LLM_KINDS = tuple(kind for kind in KINDS if kind != "evidence_list")

# Insults from our side. 垃圾短信/垃圾信息 is a neutral term, not an insult.
_INSULTS = re.compile(
    r"骗子|畜生|混蛋|王八|人渣|败类|无耻|不要脸|去死|滚开|滚蛋|傻[逼瓜子]|狗东西|走狗|吸血鬼|"
    r"强盗|土匪|黑心|流氓|恶棍|垃圾(?!短信|信息|邮件|电话)|杂种|贱"
)
# Threats or intimidation from our side (the collectors' own words are quoted, see below).
_THREATS = re.compile(
    r"后果自负|走着瞧|等着瞧|要你好看|付出代价|报复|不会放过|饶不了|别怪我|弄死|杀了|炸掉|炸了|"
    r"砸了|曝光你们|让你们倒闭|上门找你|人肉|打死|收拾你"
)
# What the LLM must not add to its narrative: demands belong to the skeleton, and placeholders or
# role/instruction text mean it did not write a finished paragraph.
_DEMANDS = re.compile(
    r"(?:本人|我)(?:在此|郑重|强烈)?(?:要求|请求)|要求(?:贵|你们|平台|对方立即)|请(?:贵|你们|您们)|"
    r"务必|限期|否则|赔偿|应当立即|希望贵"
)
_PLACEHOLDERS = re.compile(
    r"[Xx×＊*]{2,}|_{2,}|＿|【[^】]*】|\[[^\]]*\]|\{[^}]*\}|（此处|\(此处|某年|某月|某日|"
    r"你的姓名|您的姓名|在此填写|请填写|待补充"
)
# Echoed prompt structure: fence tags, section labels, the facts block's own field names.
_ECHO = re.compile(
    r"<\s*/?\s*资料\s*>|```|【[^】]{0,12}】|(?:平台|骚扰时间|被联系的亲友|联系次数|方式|催收号码|"
    r"对方言辞|对方原话|对方行为|借款情况|已采取的措施|本人的补充说明|本人的讲述)[:：]"
)
_ROLE_TEXT = re.compile(
    r"(?i)\b(?:system|assistant|user|developer)\s*[:：]|<\|[^|]*\|>|忽略(?:之前|以上|上述|前面)|"
    r"指令|提示词|prompt"
)
_QUOTED = re.compile(r"「([^」]*)」|“([^”]*)”|\"([^\"]*)\"|『([^』]*)』")
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


@dataclass(frozen=True)
class Checks:
    """What failed; every list empty means the text passed."""

    unsupported: tuple[str, ...] = ()
    unknown_law: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    tone: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return not any(getattr(self, item.name) for item in fields(self))

    def as_dict(self) -> dict[str, list[str]]:
        return {item.name: list(getattr(self, item.name)) for item in fields(self)}

    def problems(self) -> list[str]:
        """Every failure as `category: item`, for a stricter retry prompt and the UI."""
        return [f"{item.name}: {v}" for item in fields(self) for v in getattr(self, item.name)]


def check_law(text: str) -> list[str]:
    """Statute citations not in the verified table (outdated ones name their replacement)."""
    outdated = {citation: info for citation, info in outdated_citations(text)}
    labels = []
    table = renumbering()
    for citation in unknown_citations(text):
        info = outdated.get(citation)
        plain = citation.law == table.law and citation.article.isdigit()
        new = table.old_to_new.get(int(citation.article)) if plain else None
        if info:
            labels.append(f"{citation}（已失效，现为{info.replaced_by}）")
        elif new:
            # An old 2012 number: say what it became, so the user can fix the citation.
            labels.append(f"{citation}（2012年修正文本的这一条现为第{to_chinese(new)}条）")
        else:
            labels.append(str(citation))
    return labels


def _conduct_articles() -> set[str]:
    """治安管理处罚法 (2025 numbers) that punish conduct: the ones the time of conduct decides."""
    found = {"56"}
    for spec in issue_specs():
        for entry in spec.statutes:
            law, _, article = entry.partition(":")
            if law == ZHIAN:
                found.add(article.split("(")[0])
    return found


def check_edition(text: str, case: Case) -> list[str]:
    """治安管理处罚法 cited in a text other than the one in force when the conduct happened."""
    chosen = editions(case)
    table = renumbering()
    old_of = table.new_to_old()
    conduct = _conduct_articles()
    conduct_old = {str(old_of[int(a)]) for a in conduct if int(a) in old_of}
    labels = []
    for citation in find_citations(text):
        if citation.law == ZHIAN and "2025" not in chosen and citation.article in conduct:
            old = old_of.get(int(citation.article))
            hint = (
                f"应引用2012年修正文本{article_label(str(old))}"
                if old
                else "这一条是2025年修订新增的，行为发生时还没有"
            )
            labels.append(f"{citation}（行为发生在现行文本施行之前，{hint}）")
        elif (
            citation.law == ZHIAN_2012 and "2012" not in chosen and citation.article in conduct_old
        ):
            new = table.old_to_new.get(int(citation.article))
            hint = f"应引用现行文本{article_label(str(new))}" if new else "请核对版本"
            labels.append(
                f"《{ZHIAN}》（2012年修正）{article_label(citation.article)}（行为发生在现行文本施行之后，{hint}）"
            )
    return labels


def _unquote_case_words(text: str, quotable: tuple[str, ...]) -> str:
    # Quoting the collectors' words ("称要上门") is reporting, not threatening: drop quotes of
    # the threats the case records (only those: free text could carry an injected threat).
    def repl(match: re.Match[str]) -> str:
        inner = next(g for g in match.groups() if g is not None).strip()
        recorded = inner and any(inner in threat or threat in inner for threat in quotable)
        return " " if recorded else match.group(0)

    return _QUOTED.sub(repl, text)


def check_tone(text: str, allowed: AllowedFacts) -> list[str]:
    """Insults or threats written from our side."""
    own = _unquote_case_words(text, allowed.quotable)
    # The recorded categories and quotes are reported in our letters without quote marks too
    # ("对方还骂我是骗子"): the exact recorded words are the case's, not ours.
    for recorded in sorted(allowed.quotable, key=len, reverse=True):
        if len(recorded) >= 2:
            own = own.replace(recorded, " ")
    found = [m.group(0) for m in _INSULTS.finditer(own)]
    found += [m.group(0) for m in _THREATS.finditer(own)]
    return list(dict.fromkeys(found))


def check_scope(text: str) -> list[str]:
    """Demands, placeholders and instruction/role text in an LLM-written narrative part."""
    found = [m.group(0) for m in _DEMANDS.finditer(text)]
    found += [m.group(0) for m in _PLACEHOLDERS.finditer(text)]
    found += [m.group(0) for m in _ROLE_TEXT.finditer(text)]
    found += [m.group(0) for m in _ECHO.finditer(text)]
    return list(dict.fromkeys(found))


def _required(kind: str, case: Case) -> list[tuple[str, str]]:
    """(element id, regex) the final text of `kind` must contain."""
    deadline = r"[一二三四五六七八九十0-9]+(?:个工作)?日内"
    match kind:
        case "platform":
            return [
                ("identity", r"本人"),
                ("facts", r"亲友|联系人"),
                *_legal_basis(kind, case),
                ("demands", r"要求|请求"),
                ("deadline", deadline),
                ("evidence_kept", r"证据"),
            ]
        case "police":
            required = [
                ("reporter", r"报案人"),
                (
                    "platform",
                    re.escape(case.platform.name or case.platform.company) or r"平台",
                ),
                ("facts", r"事实经过"),
                ("harm", r"影响|干扰|困扰"),
                ("evidence_ref", r"证据清单"),
                ("request", r"立案|制止"),
                *_legal_basis(kind, case),
            ]
            required += [
                ("collector_numbers", re.escape(number)) for number in letter_figures(case).numbers
            ]
            return required
        case "regulator":
            return [
                ("complained_party", r"被投诉"),
                ("facts", r"事实经过"),
                ("demands", r"诉求"),
            ]
        case "contacts":
            return [
                ("what_happened", r"催收"),
                ("dont_pay", r"不要.{0,10}(?:付款|转账|还款|垫付|付钱)"),
                ("keep_messages", r"保留|保存|截图"),
                ("apology", r"抱歉|对不起|添麻烦"),
            ]
        case "deletion":
            return [
                ("delete", r"删除"),
                ("stop_processing", r"停止.{0,16}处理"),
                ("deadline", deadline),
                ("law_pipl_47", r"《个人信息保护法》第四十七条"),
            ]
        case "evidence_list":
            return [("table", r"SHA-256")] + [
                (f"evidence_{item.id}", rf"\|\s*{re.escape(item.id)}\s*\|")
                for item in case.evidence
                if item.id
            ]
        case other:
            raise ValueError(f"unknown kind {other!r}")


def _legal_basis(kind: str, case: Case) -> list[tuple[str, str]]:
    """Each law the skeleton cites for the confirmed issues must still be named in the text."""
    from drafting.skeleton import kind_statutes

    laws = dict.fromkeys(
        s.citation.law.replace(ZHIAN_2012, ZHIAN) for s in kind_statutes(kind, case)
    )
    return [(f"law:{law}", re.escape(f"《{law}》")) for law in laws]


def check_missing(text: str, kind: str, case: Case) -> list[str]:
    """Ids of the required elements of `kind` (SPEC § 4) that the text lacks."""
    return [name for name, pattern in _required(kind, case) if not re.search(pattern, text)]


def check_part(text: str, allowed: AllowedFacts) -> Checks:
    """Checks on one LLM-written part: facts, law, tone, scope, and that it says something."""
    return Checks(
        unsupported=tuple(unsupported_mentions(text, allowed) + unverbatim_quotes(text, allowed)),
        unknown_law=tuple(check_law(text)),
        missing=("narrative",) if len(re.sub(r"\s", "", text)) < 15 else (),
        tone=tuple(check_tone(text, allowed)),
        scope=tuple(check_scope(text)),
    )


def check_draft(text: str, kind: str, case: Case, allowed: AllowedFacts) -> Checks:
    """The SPEC § 6 checks on a whole draft (scope applies only to LLM parts)."""
    return Checks(
        unsupported=tuple(unsupported_mentions(text, allowed) + unverbatim_quotes(text, allowed)),
        unknown_law=tuple(dict.fromkeys(check_law(text) + check_edition(text, case))),
        missing=tuple(check_missing(text, kind, case)),
        tone=tuple(check_tone(text, allowed)),
    )


def split_sentences(text: str) -> list[str]:
    """Sentences of a Chinese paragraph, each keeping its end mark."""
    return [s for s in (m.group(0) for m in _SENTENCE.finditer(text)) if s.strip()]


def drop_offending_sentences(text: str, allowed: AllowedFacts) -> str:
    """The text without the sentences that fail a part check on their own."""
    kept = []
    for sentence in split_sentences(text):
        result = check_part(sentence, allowed)
        if not (result.unsupported or result.unknown_law or result.tone or result.scope):
            kept.append(sentence.strip())
    return "".join(kept)
