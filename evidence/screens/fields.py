"""Screens read as label/value lists: ID cards, bill pages, papers, and SMS inbox rows."""

from __future__ import annotations

import re
from datetime import date

from evidence.entities.phones import _find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

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
BILL_WORDS = re.compile("|".join(label for label, _key in _BILL_LABELS))
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ISSUER = re.compile(r"人民法院|律师事务所|仲裁委员会|调解中心|保全中心|公安局|派出所")
_NAMED_HEAD = re.compile(
    r"^(\S{1,12}?)\s*((?:昨天|前天|星期.|周.)?\s*\d{1,2}[:：]\d{2}|\d{1,2}[-/月]\d{1,2}日?)$"
)
DOCUMENT_TITLE = re.compile(r"传票|律师函|起诉状|判决书|裁定书|通知书|告知函|公告|催告函|身份证")


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
    texts = [re.sub(r"\s+", "", line.text) for line in lines]
    for index, text in enumerate(texts):
        label, key = next(((lb, k) for lb, k in _BILL_LABELS if lb in text), ("", ""))
        if not label or key in fields:
            continue
        rest = text.split(label, 1)[1].lstrip(":：¥￥")
        if not _AMOUNT.search(rest) and index + 1 < len(texts):
            rest = texts[index + 1]  # the value on the line below its label
        if key == "due":
            day, _clock = when_of(rest, None)
            fields[key] = day or rest.strip(" :：")
        elif number := _AMOUNT.search(rest):
            fields[key] = float(number.group(0).replace(",", ""))
    return fields


def document_fields(lines: list[OcrLine], title: str) -> dict:
    """A paper's title and issuer (the court, firm or "centre" it claims to come from)."""
    fields: dict = {"title": title}
    for line in lines:
        if match := _ISSUER.search(line.text):
            fields.setdefault("issuer", line.text.strip().split()[-1] if match else "")
    return fields


def _head(text: str) -> tuple[str, str] | None:
    """(sender, when text) of an inbox row's head line: a number or a short name and a time."""
    if is_time_only(text):
        return None  # a date header over the rows ("2025年3月1日"), never a sender
    found = sorted(_find_phones(text))
    if found and not text[: found[0][0][0]].strip():
        return found[0][1], text[found[0][0][1] :]
    match = _NAMED_HEAD.match(text)
    if match and not re.search(r"[，。！？,.!?]", match.group(1)):
        return match.group(1), match.group(2)
    return None


def inbox_messages(lines: list[OcrLine], anchor: date | None) -> tuple[Message, ...]:
    """SMS inbox rows: each head (number or saved name, time) and the preview below it."""
    rows: list[dict] = []
    for line in lines:
        text = line.text.strip()
        head = _head(text)
        if head is not None:
            day, clock = when_of(head[1], anchor)
            rows.append({"sender": head[0], "time": iso_time(day, clock), "text": ""})
        elif rows and is_time_only(text) and not rows[-1]["time"]:
            rows[-1]["time"] = iso_time(*when_of(text, anchor))
        elif rows:
            rows[-1]["text"] += text
    return tuple(
        Message(side="in", text=row["text"], sender=row["sender"], time=row["time"])
        for row in rows
        if row["text"]
    )
