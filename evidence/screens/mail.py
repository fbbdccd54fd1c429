"""An email client's pages: the inbox (rows of sender, subject, preview) and an opened mail.

An opened mail names its sender on the 发件人 line; the subject above it and the 收件人 / 时间 lines
are the page's own words, nobody's message; the body under them is the sender's, a paragraph per
message (a paragraph ends where a wider gap than a wrapped line's begins).

A web or app client (QQ邮箱-like) writes no 发件人 label: its sender line is a name beside its
address ("法務部-陳專員<fawu@x.com>", its avatar's letter maybe read before it) right over the
mail's date ("2026-11-13 09:30·发给我"). The toolbar and folder tabs above it (收件箱, 写信) are
the client's own words, never a sender.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

_FROM = re.compile(r"^\s*(?:发件人|发信人|From)\s*[:：]\s*(?P<who>.*)$", re.I)
# The other header lines of an opened mail: whom it went to, when, copies.
_HEADER = re.compile(
    r"^\s*(?:收件人|收信人|抄送|密送|时\s*间|日\s*期|发送时间|To|Cc|Date)\s*[:：]", re.I
)
# Whom an unlabelled mail went to, on its own line between the sender's and the date
# ("发给 fanwu@163.com", "发给我", "to me"): the page's own words.
_RECIPIENT = re.compile(
    r"^\s*(?:发给|发送给|发至|收件人|To)\s*[:：]?\s*(?:我|me|[\w.+-]+@[\w.-]+)\s*$", re.I
)
_TIME_LINE = re.compile(r"^\s*(?:时\s*间|日\s*期|发送时间|Date)\s*[:：]", re.I)
_ATTACHMENT = re.compile(r"^\s*(?:附件|Attachment)", re.I)
# An attached file's card: its name with a document's extension, maybe its size after it
# ("催收函_刘雨桐.pdf 236KB", "律师函.docx (1.2MB)").
_FILE_CARD = re.compile(
    r"^\s*\S.{0,60}\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|zip|rar|7z|txt)"
    r"\s*(?:[(（]?\s*\d+(?:\.\d+)?\s*[KMG]i?B\s*[)）]?)?\s*$",
    re.I,
)
_ADDRESS = re.compile(r"<?[\w.+-]+@[\w.-]+>?")
# A name beside its address, no label: "优品速贷贷后部<daihou@x.cn>", "优 优品速贷贷后部 <…>".
_NAMED_ADDRESS = re.compile(
    r"^\s*(?P<who>[^<>@:：]{0,31}?)(?:\s*<[\w.+-]+@[\w-]+\.[\w.-]+>?|(?:^|\s+)[\w.+-]+@[\w-]+\.[\w.-]+)\s*$"
)
# A mail app's sender line with no address: the name, then the mail's full date with its year
# ("Leo_dh 2026-11-26 16:20:00"); a chat's name line writes a clock only.
_NAME_DATE = re.compile(
    r"^\s*(?P<who>[^\s<>@:：，。]{1,24})\s+(?P<when>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}.*)$"
)
# A mail app's sender line with the clock only ("法务部张律师 07:55", the space often lost): a
# chat's name line looks the same, so it counts only on a page showing a mail client's own words.
_NAME_CLOCK = re.compile(r"^\s*(?P<who>[^\s\d<>@:：，。]{2,20})\s*(?P<clock>\d{1,2}:\d{2})\s*$")
# A mail client's folder tabs or its reply buttons ("收件箱 Focused Other", "答复 全部答复 转发").
_MAIL_WORDS = re.compile(r"收件箱|答复|回复|转发|Inbox|Reply|Forward", re.I)
_MAIL_BAR_MAX = 30
_SECONDS = re.compile(r"(\d{1,2}:\d{2}):\d{2}(?!\d)")
# The client's buttons at the page's foot ("回复 举报 删除"): a short line this many line
# heights under the body.
_TOOLBAR_GAP = 4
_TOOLBAR_MAX = 12
# A sender's name on its own line over an address-only line: a few words, no sentence.
_NAME_MAX = 24
_SENTENCE = re.compile(r"[，。！？,!?；;]")
# The mail's date line under an unlabelled sender: a date or clock and at most a few words
# ("2026-11-13 09:30·发给我", "昨天 09:30 to me").
_DATE_LINE_MAX = 28
# A gap this many line heights or more between two lines starts a new paragraph.
_PARAGRAPH_GAP = 0.6


def _sender(text: str) -> str:
    """The name on a 发件人 line, without its address; the address when no name is shown."""
    who = _FROM.match(text)
    raw = who.group("who").strip() if who else ""
    name = _ADDRESS.sub("", raw).strip(" <>\"'")
    if name:
        return name
    address = _ADDRESS.search(raw)
    return address.group(0).strip("<>") if address else ""


def _dated(line: OcrLine, anchor: date | None) -> str:
    """The ISO time a short unpunctuated line gives, "" when it gives none."""
    text = line.text.strip()
    if len(text) > _DATE_LINE_MAX or _SENTENCE.search(text):
        return ""
    day, clock = when_of(text, anchor)
    return iso_time(day, clock) if day or clock else ""


def _named_sender(lines: list[OcrLine], index: int, anchor: date | None) -> str:
    """The name on an unlabelled sender line (a name beside its address, or on its own line
    over an address-only one; the mail's date right under it), without the avatar's letter OCR
    read before it; "" when the line is none."""
    match = _NAMED_ADDRESS.match(lines[index].text)
    under = index + 1
    if under < len(lines) and _RECIPIENT.match(lines[under].text):
        under += 1  # the recipient's line between the sender's and the date
    if match is None or under >= len(lines) or not _dated(lines[under], anchor):
        return ""
    name = match.group("who").strip(" \"'")
    if not name and index > 0:
        above = lines[index - 1].text.strip()
        name = above if len(above) <= _NAME_MAX else ""
    glyph, _, rest = name.partition(" ")
    # The round avatar's letter is the name's own first one ("法 法務部-陳專員").
    if len(glyph) == 1 and rest.strip().startswith(glyph):
        name = rest.strip()
    return "" if _SENTENCE.search(name) else name


def _name_dated(lines: list[OcrLine], index: int, anchor: date | None) -> str:
    """The name on a sender line that carries the mail's full date, the body right under it and
    no other dated line below (one author, one date: a mail, not a chat's name lines)."""
    match = _NAME_DATE.match(lines[index].text)
    if match is None or index + 2 >= len(lines):
        return ""
    # A mail's date line gives the minute it was sent; a birth date on a card gives a day only.
    day, clock = when_of(_SECONDS.sub(r"\1", match.group("when")), anchor)
    if day is None or clock is None or any(_dated(ln, anchor) for ln in lines[index + 1 :]):
        return ""
    if sum(bool(_NAME_DATE.match(ln.text)) for ln in lines) > 1:
        return ""  # rows of (sender, date) over their previews: a list, not one mail
    return match.group("who")


def _mail_page(lines: list[OcrLine]) -> bool:
    """Whether a short unpunctuated line shows a mail client's folder tabs or reply buttons."""
    return any(
        len(ln.text.strip()) <= _MAIL_BAR_MAX
        and not _SENTENCE.search(ln.text)
        and _MAIL_WORDS.search(ln.text)
        for ln in lines
    )


def _name_clocked(lines: list[OcrLine], index: int) -> str:
    """The name on a mail app's sender line that gives a clock only: the one such line on a
    mail client's page, prose under it."""
    match = _NAME_CLOCK.match(lines[index].text)
    if match is None or _MAIL_WORDS.search(lines[index].text):
        return ""
    if is_time_only(lines[index].text):
        return ""  # a thread's day separator ("昨天下午3:05"): a day word is never a sender
    if sum(bool(_NAME_CLOCK.match(ln.text)) for ln in lines) > 1:
        return ""  # rows of (name, clock): a list or a chat, not one opened mail
    # A subject or the folder tabs over it, the body's prose right under it: a phone's status
    # line over its inbox ("中国移动 14:20" over "收件箱") is no sender line.
    if index == 0 or index + 1 >= len(lines) or not _SENTENCE.search(lines[index + 1].text):
        return ""
    return match.group("who") if _mail_page(lines) else ""


def _toolbar(body: list[OcrLine]) -> int:
    """Where the client's own buttons start at the body's foot (len(body) when none): short
    unpunctuated lines far under the text above them."""
    if len(body) < 2:
        return len(body)
    height = median(ln.box[3] for ln in body)
    for index in range(1, len(body)):
        above, line = body[index - 1], body[index]
        far = line.box[1] - (above.box[1] + above.box[3]) > _TOOLBAR_GAP * height
        rest = body[index:]
        if far and all(
            len(ln.text.strip()) <= _TOOLBAR_MAX and not _SENTENCE.search(ln.text) for ln in rest
        ):
            return index
    return len(body)


def opened_mail(
    lines: list[OcrLine], anchor: date | None
) -> tuple[str, tuple[Message, ...], list[str]] | None:
    """(sender, the body's paragraphs as their messages, the page's own lines) of an opened mail,
    or None when no 发件人 line names a sender."""
    start = next((i for i, ln in enumerate(lines) if _FROM.match(ln.text)), None)
    sender = _sender(lines[start].text) if start is not None else ""
    if start is None:
        named = ((i, _named_sender(lines, i, anchor)) for i in range(len(lines)))
        start, sender = next(((i, who) for i, who in named if who), (None, ""))
    dated_line = False
    if start is None:
        named = ((i, _name_dated(lines, i, anchor)) for i in range(len(lines)))
        start, sender = next(((i, who) for i, who in named if who), (None, ""))
        dated_line = start is not None
    if start is None:
        named = ((i, _name_clocked(lines, i)) for i in range(len(lines)))
        start, sender = next(((i, who) for i, who in named if who), (None, ""))
    if start is None or not sender:
        return None
    own = [ln.text for ln in lines[: start + 1]]  # the subject and the 发件人 line
    when = ""
    if dated_line:
        # A clock with its seconds ("16:20:00"): the minutes are the mail's time.
        written = _NAME_DATE.match(lines[start].text).group("when")
        when = iso_time(*when_of(_SECONDS.sub(r"\1", written), anchor))
    elif clocked := _NAME_CLOCK.match(lines[start].text):
        when = iso_time(*when_of(clocked.group("clock"), anchor))
    body: list[OcrLine] = []
    for line in lines[start + 1 :]:
        if not body and not when and _dated(line, anchor):
            own.append(line.text)  # the date line under the sender's, labelled or not
            when = _dated(line, anchor)
        elif (_HEADER.match(line.text) or _RECIPIENT.match(line.text)) and not body:
            own.append(line.text)
            if _TIME_LINE.match(line.text):
                when = iso_time(*when_of(line.text, anchor))
        elif _ATTACHMENT.match(line.text) or _FILE_CARD.match(line.text):
            own.append(line.text)
        else:
            body.append(line)
    cut = _toolbar(body)
    own += [ln.text for ln in body[cut:]]
    body = body[:cut]
    if not body:
        return sender, (), own
    gap = _PARAGRAPH_GAP * median(ln.box[3] for ln in body)
    paragraphs: list[str] = [body[0].text.strip()]
    for above, line in pairwise(body):
        # A salutation ("黃家豪先生：") opens the paragraph under it, whatever gap is between.
        opening = paragraphs[-1].endswith(("：", ":"))
        if line.box[1] - (above.box[1] + above.box[3]) > gap and not opening:
            paragraphs.append("")
        paragraphs[-1] += line.text.strip()
    messages = tuple(Message("in", text, "", when) for text in paragraphs if text)
    return sender, messages, own
