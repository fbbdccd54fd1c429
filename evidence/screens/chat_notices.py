"""A conversation's heading notices: the lines an app centres over the first bubbles, above the
first time separator, saying what kind of thread this is (the channel and the number it runs
on, "end-to-end encrypted", "the safety number was verified"). A bubble hangs from one side and
a separator is a time; a centred line of words with no sentence in it, before any time, is the
app's own label, never anyone's words."""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.ocr.base import OcrLine
from evidence.screens.when import is_time_only

# Centred: its margins differ by at most this share of the width, each at least the other share.
_CENTRED = 0.03
_MARGIN = 0.12
# A separator is centred within this share of the width (as the bubbles' reader takes it).
_SEPARATOR = 0.2
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
# A voice player's countdown ("-0:17"): the time left to play, never a separator's time.
COUNTDOWN = re.compile(r"^[-−–]\s*\d{1,2}[:：]\d{2}$")


def _centred(line: OcrLine, width: int) -> bool:
    x, _y, w, _h = line.box
    left, right = x / width, (width - x - w) / width
    return abs(left - right) < _CENTRED and min(left, right) > _MARGIN


def _separator(line: OcrLine, width: int) -> bool:
    x, _y, w, _h = line.box
    text = line.text.strip()
    return is_time_only(text) and abs(x + w / 2 - width / 2) < _SEPARATOR * width


def heading_notices(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """The centred label lines over a conversation's first time separator; [] where no
    separator follows them (a cropped chat's first line may be a short bubble of either side)."""
    first = next(
        (
            i
            for i, ln in enumerate(lines)
            if _separator(ln, width) and not COUNTDOWN.match(ln.text.strip())
        ),
        None,
    )
    if first is None:
        return []
    found = []
    for index, line in enumerate(lines[:first]):
        text = line.text.strip()
        if not text or _SENTENCE.search(text) or not _centred(line, width):
            continue
        nxt = lines[index + 1]
        _x, y, _w, h = line.box
        # A wrapped bubble goes on right under its first line at the same left edge.
        wrapped = nxt is not lines[first] and abs(nxt.box[0] - line.box[0]) < 0.03 * width
        if wrapped and nxt.box[1] - y < 2 * h:
            continue
        found.append(line)
    return found


# A forwarded message's label at the top of its bubble ("转发自 闪借宝法务通知", "Forwarded from
# X"): the app's words naming where the message came from, never its sender nor the chat's title.
FORWARD_LABEL = re.compile(r"^(?:转发自\s*\S|Forwarded (?:message )?from\s)", re.I)


def is_forward_label(text: str) -> bool:
    """Whether a line is a forwarded message's label ("转发自 …") drawn inside its bubble."""
    text = text.strip()
    return bool(FORWARD_LABEL.match(text)) and len(text) <= 40 and not _SENTENCE.search(text)


# A money card's label under its amount ("微信转账", "微信红包"): the app's, never anyone's words.
_CARD_LABEL = re.compile(
    r"^(?:微信|QQ|支付宝)?(?:转账|红包)$|^(?:Transfer|Red Packet|已收款|已领取|待收款|已被领取)$",
    re.I,
)
# A money card's amount and the remark its sender typed after it ("¥0.01 还钱").
_AMOUNT = re.compile(r"^[¥￥]\s*\d[\d,]*(?:\.\d{1,2})?\s*(?P<remark>.*)$")
# A remark is the sender's words once it is a sentence, not a word or two ("还钱").
_REMARK_WORDS = 8
# A red packet's greeting when the sender typed none: the app's default wish, nobody's words.
_DEFAULT_WISH = re.compile(
    r"^恭喜发财[，,]?\s*(?:大吉大利|万事如意)?[!！。]?$|^Best wishes!?$", re.I
)


def _card_label_under(line: OcrLine, lines: list[OcrLine], width: int) -> bool:
    x, y, _w, h = line.box
    return any(
        _CARD_LABEL.match(o.text.strip())
        and 0 < o.box[1] - y < 3 * h
        and abs(o.box[0] - x) < 0.05 * width
        for o in lines
    )


def without_money_cards(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """The lines without money cards (a 转账 or 红包 card: its amount, its label): a card is a
    payment, not words. Its remark stays as the sender's words where it is a sentence."""
    out = []
    for line in lines:
        text = line.text.strip()
        if _CARD_LABEL.match(text):
            continue
        if _DEFAULT_WISH.match(text) and _card_label_under(line, lines, width):
            continue
        amount = _AMOUNT.match(text)
        if amount and _card_label_under(line, lines, width):
            remark = amount["remark"].strip()
            if len(remark) >= _REMARK_WORDS or _SENTENCE.search(remark):
                out.append(replace(line, text=remark))
            continue
        out.append(line)
    return out
