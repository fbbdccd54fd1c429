"""What kind of screen a page is (a chat, a thread, an inbox, a call log, a bill, a paper),
told from its lines' layout first and its words only as hints."""

from __future__ import annotations

import re

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import Badge, badge_side
from evidence.screens.calls import COUNT, first_phone, list_rows
from evidence.screens.card import contact_card
from evidence.screens.chrome import is_bottom_chrome
from evidence.screens.fields import BILL_WORDS, DOCUMENT_TITLE, ID_NUMBER, SIGNATURE
from evidence.screens.header import LIST_TITLE, centred
from evidence.screens.page_frame import number_headed_rows
from evidence.screens.when import is_time_only

_CALL_WORDS = re.compile(r"未接|呼入|呼出|响铃|已拨|去电|来电|通话\s*\d")
_SENTENCE = re.compile(r"[，。！？,!?；;]")
_ROW_COUNT = re.compile(r"[(（]\s*\d{1,3}\s*[)）]")
# A paper's own title: its kind, maybe after its issuer ("某某区人民法院传票").
_PAPER_TITLE = re.compile(rf"^\S{{0,14}}(?:{DOCUMENT_TITLE.pattern})$")
# Kinds of paper an app's screen also names in its title ("还款通知", "收入证明"): a paper only
# on a photo with no clock anywhere (no status bar, no message times), i.e. not an app's screen.
_PLAIN_PAPER_TITLE = re.compile(r"^\S{0,14}(?:通知|通告|协查|证明|决定书|函)$")
# A seal's mark at the foot of a paper ("某某支队（章）", "（盖章）").
_SEAL = re.compile(r"[（(]\s*(?:盖)?章\s*[)）]$")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")
_GROUP_TITLE = re.compile(r"[(（]\s*\d{1,4}\s*[)）]\s*$|群")


def paper_title(
    content: list[OcrLine],
    width: int,
    chrome_texts: list[str],
    badges: list[Badge] | None = None,
) -> OcrLine | None:
    """A photo of a paper: a short centred line naming its kind ("律师函") over lines of body.

    An app screen has an input box or a tab bar; a chat that merely mentions a 律师函 writes it
    inside a sentence, never alone on a centred line. A title level with an avatar badge heads
    a picture of the paper sent in a chat: the screen is the chat, its bubbles around it.
    """
    if any(is_bottom_chrome(text) for text in chrome_texts):
        return None
    body = sum(len(ln.text.strip()) >= 12 for ln in content)
    signed = any(
        SIGNATURE.search(ln.text.strip()) or _SEAL.search(ln.text.strip()) for ln in content
    )
    clockless = not any(
        _CLOCK.search(text) for text in (*chrome_texts, *(ln.text for ln in content))
    )
    for line in content:
        flat = re.sub(r"\s+", "", line.text)
        if len(flat) > 18 or _SENTENCE.search(flat) or not centred(line, width):
            continue
        titled = _PAPER_TITLE.match(flat) or (clockless and _PLAIN_PAPER_TITLE.match(flat))
        if titled and (body >= 2 or signed) and not badge_side(line, badges or []):
            return line
    return None


def separators(content: list[OcrLine], width: int) -> int:
    """Centred time lines: the day/time separators of a conversation."""
    return sum(is_time_only(ln.text) and centred(ln, width, 0.2) for ln in content)


def screen_kind(
    content: list[OcrLine],
    title: OcrLine | None,
    chrome_texts: list[str],
    width: int,
    listed: bool = False,
    badges: list[Badge] | None = None,
) -> str:
    texts = [line.text for line in content]
    joined = "\n".join(texts)
    if "公民身份号码" in joined or (ID_NUMBER.search(joined) and "出生" in joined):
        return "id_card"
    if paper_title(content, width, chrome_texts, badges) is not None:
        return "document"
    # A thread under a number, or a conversation with time separators, quoting a loan SMS full of
    # bill words ("实际到账", "应还") is still a conversation, never a bill page.
    seps = separators(content, width)
    # A conversation: a thread under a number, time separators between bubbles, or one separator
    # under a named header (a service chat explaining the fees is still a chat, not a bill).
    named = title is not None and not BILL_WORDS.search(title.text) and "账单" not in title.text
    talk = (title is not None and bool(first_phone(title.text))) or seps >= 2
    talk = talk or (seps == 1 and named and not listed)
    if not talk and seps == 0 and contact_card(content, width):
        return "contact_card"
    # A list screen's own title says list: an inbox whose previews name sums is no bill page.
    bill_words = set(BILL_WORDS.findall(re.sub(r"\s+", "", joined)))
    labelled, previewed, heads = (0, 0, 0) if talk else list_rows(content, width)
    # Rows of (sender and time, preview) are an inbox whatever sums the previews name.
    inbox = previewed >= 2 and previewed > labelled
    if not talk and not listed and not inbox and len(bill_words) >= 2:
        return "bill"
    counted = sum(bool(COUNT.search(t)) for t in texts)
    call_words = sum(bool(_CALL_WORDS.search(t)) for t in texts)
    dialer_tabs = any("最近通话" in t or "拨号" in t for t in chrome_texts)
    # Under the dialer's tabs a "(n)" anywhere in a row counts, also before a wrapped row's time.
    row_counts = sum(bool(_ROW_COUNT.search(t)) for t in texts)
    # A conversation's voice-call bubbles ("未接听", "通话时长 00:32") between its time separators
    # are its messages, not a log (a number's call-detail page has no centred separators).
    calls_said = call_words >= 2 and seps < 2
    if counted >= 2 or calls_said or (dialer_tabs and row_counts + call_words >= 1):
        return "call_log"
    if heads >= 2 or (labelled >= 2 and labelled > previewed):
        return "call_log"
    # A thread's channel under its number ("短信") is no inbox title: a numbered header says thread.
    listed = listed and not talk
    if listed or (title is not None and LIST_TITLE.match(re.sub(r"\s+", "", title.text))):
        return "sms_list"
    # Rows of (sender and time, preview): an inbox, its title scrolled away or only a line at the
    # left of the bar (a search box, an account name), never a chat's centred name.
    left_bar = title is not None and not centred(title, width)
    numbered = number_headed_rows(content) >= 2  # a spam folder's rows under its centred title
    if (title is None or left_bar or numbered) and previewed >= 2 and previewed > labelled:
        return "sms_list"
    if title is not None:
        if _GROUP_TITLE.search(title.text):
            return "group_chat"
        if first_phone(title.text):
            return "sms_thread"
        return "chat_1to1"
    if sum(bool(first_phone(t)) for t in texts) >= 3:
        return "sms_list"
    return "chat_1to1" if content else "other"
