"""Screens read as label/value lists: ID cards, bill pages, papers, and SMS inbox rows."""

from __future__ import annotations

import re
from datetime import date

from evidence.entities.phones import find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.calls import without_info_button
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, is_time_only, iso_time, when_of

ID_NUMBER = re.compile(r"(?<!\d)(\d{6})((?:19|20)\d{2})(\d{2})(\d{2})\d{3}[\dXx](?!\d)")
# Bill-page labels, longest first so "本期应还" is not read as a bare "应还".
_BILL_LABELS = (
    ("借款金额", "amount"), ("借款本金", "amount"), ("分期本金", "amount"), ("贷款金额", "amount"),
    ("到账金额", "received"), ("实际到账", "received"), ("到账", "received"),
    ("砍头费用", "fees"), ("服务费", "fees"), ("手续费", "fees"), ("砍头费", "fees"),
    ("审核费", "fees"), ("应还金额", "demanded"), ("待还总额", "demanded"),
    ("本期应还", "demanded"), ("应还总额", "demanded"), ("应还", "demanded"), ("待还", "demanded"),
    ("到期日", "due"), ("还款日", "due"), ("最后还款日", "due"),
)  # fmt: skip
# The labels' characters as traditional script writes them (a Hong Kong or Taiwan lender's
# bill: "借款金額", "實際到賬", "應還"): the same words, read as the simplified ones.
_TRAD, _SIMP = "額賬續應還際實費審總貸", "额账续应还际实费审总贷"
_TRADITIONAL = str.maketrans(_TRAD + "帳", _SIMP + "账")
_TRADITIONAL_OF = dict(zip(_SIMP, _TRAD, strict=True))


def _either_script(label: str) -> str:
    """A label's pattern matching its simplified and its traditional characters alike."""
    return "".join(f"[{c}{_TRADITIONAL_OF[c]}]" if c in _TRADITIONAL_OF else c for c in label)


BILL_WORDS = re.compile("|".join(_either_script(label) for label, _key in _BILL_LABELS))
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A sum: a number that is no count of days, terms or months ("17天", "12期", "第21天").
_SUM = re.compile(
    r"(?<![第\d,.])\d[\d,]*(?:\.\d+)?(?![\d,.])(?!\s*(?:天|日|期|个月|月|次|笔|年|%))"
)
_SUM_ALONE = re.compile(r"^(?:[A-Z]{0,3}\$|[¥￥])?\d[\d,]*(?:\.\d+)?元?$")
_ASIDE = re.compile(r"[（(][^）)]*[）)]")
_ISSUER = re.compile(r"人民法院|律师事务所|仲裁委员会|调解中心|保全中心|公安局|派出所")
DOCUMENT_TITLE = re.compile(
    r"传票|律师函|起诉状|起诉书|判决书|裁定书|调解书|通知书|告知书|告知函|公告|催告函|催收函"
    r"|函告|执行令|身份证"
)
# A paper's signature (or letterhead): a court, a law firm, an arbitration or "mediation centre".
SIGNATURE = re.compile(
    r"([\u4e00-\u9fff]{2,20}(?:人民法院|律师事务所|仲裁委员会|调解中心|保全中心|公安局|派出所))\s*$"
)
_ADDRESSEE = re.compile(r"^(\S{1,12}?(?:先生|女士|同志)?)\s*[:：]$")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "O": 0, "o": 0}
_CN_DATE = re.compile(
    r"([〇零一二三四五六七八九Oo]{4})年([十一二三四五六七八九]{1,3})月([十一二三四五六七八九]{1,3})日"
)
_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")


def id_fields(joined: str) -> dict:
    """An ID card's name, number and birth date: personal data exposed, never a time of conduct."""
    fields: dict = {"personal_data_exposed": True}
    if match := ID_NUMBER.search(joined):
        fields["id_number"] = match.group(0)
        fields["birth_date"] = f"{match.group(2)}-{match.group(3)}-{match.group(4)}"
    if match := re.search(r"姓\s*名\s*[:：]?\s*(\S{2,4})", joined):
        fields["name"] = match.group(1)
    return fields


def bill_fields(lines: list[OcrLine]) -> dict:
    """Amount, received, fees, demanded and due date of a bill page (a value may sit below)."""
    fields: dict = {}
    texts = [re.sub(r"\s+", "", line.text).translate(_TRADITIONAL) for line in lines]
    for index, text in enumerate(texts):
        label, key = next(((lb, k) for lb, k in _BILL_LABELS if lb in text), ("", ""))
        if not label or key in fields:
            continue
        # An aside in brackets ("（已逾期17天）", "(元)") and a count of days or terms after
        # the label ("·逾期第21天") are no sum.
        rest = _ASIDE.sub("", text.split(label, 1)[1]).lstrip(":：¥￥")
        if key != "due" and not _SUM.search(rest):
            rest = _sum_beside(texts, index) or rest
        elif not _AMOUNT.search(rest) and index + 1 < len(texts):
            rest = texts[index + 1]  # the value on the line below its label
        if key == "due":
            day, _clock = when_of(rest, None)
            fields[key] = day or rest.strip(" :：")
        elif number := _SUM.search(rest):
            fields[key] = float(number.group(0).replace(",", ""))
    return fields


def _sum_beside(texts: list[str], index: int) -> str:
    """The sum a label names on a line of its own: right under the label, or right over it
    (a headline sum in large type over its label); else the line under it if that line is no
    other label's."""
    below = texts[index + 1] if index + 1 < len(texts) else ""
    above = texts[index - 1] if index > 0 else ""
    for line in (below, above):
        if _SUM_ALONE.match(line):
            return line
    return below if below and not BILL_WORDS.search(below) else ""


def _cn_number(text: str) -> int:
    """A Chinese numeral up to 99 ("十七", "二十", "三")."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _sep, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _paper_date(text: str) -> str:
    """A paper's date line ("二〇二六年十月十七日", "2026年10月17日") as ISO; "" when none."""
    flat = re.sub(r"\s+", "", text)
    if match := _CN_DATE.search(flat):
        year = int("".join(str(_CN_DIGITS[c]) for c in match.group(1)))
        month, day = _cn_number(match.group(2)), _cn_number(match.group(3))
    elif match := _DATE.search(flat):
        year, month, day = (int(g) for g in match.groups())
    else:
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def _issuer_of(text: str) -> str:
    """The court, firm or centre a short line names at its end, also before the paper's kind
    ("某某区人民法院传票"); "" when the line names none."""
    flat = re.sub(rf"(?:{DOCUMENT_TITLE.pattern})\s*$", "", text.strip())
    match = SIGNATURE.search(flat)
    return match.group(1) if match else ""


def document_fields(lines: list[OcrLine], title: str) -> dict:
    """A paper's title, issuer (the court, firm or "centre" it claims to come from), addressee,
    date and body text.

    The issuer is a short line of its own (letterhead or signature), never a court named inside
    a sentence of the body; a signature unlike the letterhead (a forged summons "signed" by a
    centre) is kept as `signature`. What follows the signature (a seal read again) is not body.
    """
    fields: dict = {"title": title}
    body: list[str] = []
    issuers: list[str] = []
    signed = False
    for line in lines:
        text = line.text.strip()
        short = len(re.sub(r"\s+", "", text)) <= 24 and not re.search(r"[，。！？,!?；;]", text)
        if short and (issuer := _issuer_of(text)):
            issuers.append(issuer)
            signed = signed or bool(body)
        elif short and (match := _ADDRESSEE.match(text)) and not body:
            fields.setdefault("to", match.group(1))
        elif short and (day := _paper_date(text)) and len(text) <= 16:
            fields.setdefault("date", day)
        elif not signed:
            body.append(text)
    if issuers:
        fields["issuer"] = issuers[0]
        if issuers[-1] != issuers[0]:
            fields["signature"] = issuers[-1]
    else:  # no line of its own: the first one named in the text
        named = next((m.group(0) for t in body if (m := _ISSUER.search(t))), "")
        if named:
            fields["issuer"] = named
    if body:
        fields["text"] = "".join(body)
    return fields


# The dot between a row's time and its length ("上午7:31·00:21").
_DOTS = re.compile(r"[·•・]")
# A row's action buttons under its text ("回电 · 转文字", "Call back · Delete"): two or more
# short words set apart by dots or bars, no digits, no sentence. They are the app's, not words.
_ROW_ACTIONS = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,5}(?:\s*[·•・|｜]\s*[\u4e00-\u9fffA-Za-z]{1,5}(?: [A-Za-z]{1,6})?)+$"
)


_TRAILING_DOT = re.compile(r"\s*[·•・|｜]\s*$")


def is_row_actions(text: str) -> bool:
    """Whether a line is a list row's buttons ("回电 · 转文字"), nobody's words."""
    return bool(_ROW_ACTIONS.match(text.strip()))


def _head(text: str) -> tuple[str, str] | None:
    """(sender, when text) of an inbox row's head line: a number or a short name and a time."""
    text = without_info_button(text)
    if is_time_only(text):
        return None  # a date header over the rows ("2025年3月1日"), never a sender
    found = sorted(find_phones(text))
    if found and not text[: found[0][0][0]].strip():
        return found[0][1], text[found[0][0][1] :]
    # A saved name with the row's time at its right ("妈妈 昨天", "王科长 星期一09:10").
    when = TRAILING_WHEN.search(text)
    if when is None:
        return None
    name, written = text[: when.start()].strip(), when.group(0)
    # A notice centre's row heads its text with the channel and the time ("某某银行 · 08:00"):
    # the dot between them belongs to neither, the channel is the sender.
    name = _TRAILING_DOT.sub("", name)
    if is_time_only(_DOTS.sub(" ", name)):
        return None  # "上午7:31·00:21": a voicemail's time and length, under its number
    clock_or_gap = bool(re.search(r"\d[:：]\d", written)) or written[:1].isspace()
    if name and len(name) <= 12 and clock_or_gap and not re.search(r"[，。！？,.!?…]", name):
        return name, written.strip()
    return None


def _taller_head(line: OcrLine, row: dict) -> str | None:
    """A head whose time OCR did not read: a line drawn in the heads' larger type under a row
    that already has its preview. Its name, or "" when it reads as no name."""
    if not row["text"] or line.box[3] < 1.5 * row["preview_h"]:
        return None
    name = line.text.strip()
    short = len(name) <= 12 and not re.search(r"[，。！？,.!?…]", name)
    return name if short and not is_time_only(name) else ""


def _far_under(line: OcrLine, row: dict) -> bool:
    """Whether `line` sits too far under a row to be its text: a preview's wrapped lines follow
    each other closely, a glyph of the navigation bar far below the last row is the page's."""
    bottom = row.get("bottom")
    return bottom is not None and line.box[1] - bottom > 4 * line.box[3]


def _day_and_clock(when: str) -> tuple[str | None, str | None]:
    """(day, clock) of an ISO time, a day alone or a clock alone."""
    if "T" in when:
        day, clock = when.split("T", 1)
        return day, clock
    return (None, when) if ":" in when else (when or None, None)


# A call row's tag line under its number, read as a row's preview: the crowd's tag (maybe how
# many marked it) and the number's place ("疑似催收 黑龙江 牡丹江", "标记89人·催收 黑龙江哈尔滨").
# Nobody writes that: a picture of a call log taken for an inbox.
_KIND = r"(?:催收|骚扰|诈骗|推销)"
_TAG_LINE = re.compile(
    rf"^(?:疑似{_KIND}|标记\d+人\s*[·•・]?\s*{_KIND}|被?\d+人标记为?{_KIND}|{_KIND}电话)"
    r"(?:\s+[\u4e00-\u9fa5]{2,8}){0,2}$"
)


def inbox_messages(lines: list[OcrLine], anchor: date | None) -> tuple[Message, ...]:
    """SMS inbox rows: each head (number or saved name, time) and the preview below it.

    One message per row, tied to its head: a preview never runs on into the next row's head,
    even when that head's time was not read (the heads' larger type tells it apart).
    """
    rows: list[dict] = []
    for line in lines:
        text = line.text.strip()
        head = _head(text)
        if head is None and rows and (name := _taller_head(line, rows[-1])) is not None:
            head = (name, "")
        if head is not None:
            day, clock = when_of(head[1], anchor) if head[1] else (None, None)
            row = {"sender": head[0], "time": iso_time(day, clock), "text": "", "preview_h": 0}
            rows.append(row)
        elif (
            rows
            and is_time_only(_DOTS.sub(" ", text))
            and not (rows[-1]["time"] and rows[-1]["text"])
        ):
            # A date or time line under a head before its words (or under a head with no time)
            # is the row's time: its day and clock where it names them, the head's elsewhere.
            day, clock = when_of(_DOTS.sub(" ", text), anchor)
            head_day, head_clock = _day_and_clock(rows[-1]["time"])
            rows[-1]["time"] = iso_time(day or head_day, clock or head_clock)
        elif is_row_actions(text):
            continue
        elif rows and not _far_under(line, rows[-1]):
            rows[-1]["preview_h"] = rows[-1]["preview_h"] or line.box[3]
            rows[-1]["text"] += text
        if rows and not _far_under(line, rows[-1]):
            rows[-1]["bottom"] = line.box[1] + line.box[3]
    return tuple(
        Message(side="in", text=row["text"], sender=row["sender"], time=row["time"])
        for row in rows
        if row["text"] and row["sender"] and not _TAG_LINE.match(row["text"].strip())
    )
