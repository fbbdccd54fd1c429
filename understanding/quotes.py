"""The collectors' own words (pure): whole messages from the screens' records, with their exhibit.

A parsed record already joined each bubble's lines and left the chrome (tab bars, status bars,
input boxes) out, so a collector's incoming message is quoted whole, never cut at a line wrap.
Every whole message of a collector is quoted once: the same message seen on two overlapping
screenshots (or read with one character slipped) is one quote, kept with the exhibit that
shows it first (its fuller reading when one screenshot cut it). An inbox row's preview cut with
"…" is never a quote (understanding.screen_events). Computed here once; the letters
(drafting.quotes) and the records view read the same list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher

from casefile.model import Case, Quote
from evidence.entities import threats_in
from evidence.sanitize import looks_like_instruction, neutralise
from understanding.demands import is_demand, plain_words, visit_threat
from understanding.due_reminders import reminds_of_due_day, tells_the_term_ahead
from understanding.events import ContactEvent
from understanding.hanzi import simplified
from understanding.lender_notices import lender_threatens
from understanding.roles import NumberRow, case_events, number_rows
from understanding.screen_words import is_not_words

# Large enough for every collector message of a real case; a longer case says how many it left
# out (drafting.quotes.quotes_left_out).
QUOTE_LIMIT = 40
_MIN_CHARS = 4
# Two readings of one message: one character slipped ("別"/"别") or one dropped at the edge.
_SAME_MESSAGE = 0.9
_PUNCT = re.compile(r"[\s，,。.！!？?；;：:、“”\"'「」]")


# OCR reads a Chinese sentence's full-width marks as ASCII ("吗?"); the letter prints them as
# the message showed them. A "." is left alone (it may be a decimal point: "11230.00元").
_FULL_WIDTH = {",": "，", "?": "？", "!": "！", ";": "；", ":": "："}
_ASCII_AFTER_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[,?!;:]")


# A Chinese dash (破折号, "——") is two em dashes wide; OCR reads it as one hyphen. Between a
# sentence's end and the Chinese words after it (a signature: "…转8。——金豆豆贷后Leo") a hyphen
# joins no word or number: it is the dash the message showed.
_DASH_AFTER_SENTENCE = re.compile(r"(?<=[。！？；])\s*[-－—](?=\s*[\u4e00-\u9fff])")


# OCR reads a word's "ll" or "l" as one Roman-numeral glyph ("caⅡ", "fuⅡ"): a numeral never sits
# inside a Latin word, so after a lowercase letter it is the letters it looks like.
_NUMERAL_IN_WORD = re.compile(r"(?<=[a-z])[ⅠⅡⅢ]")
_NUMERAL_LETTERS = {"Ⅰ": "l", "Ⅱ": "ll", "Ⅲ": "lll"}

# A writer masks a word with an asterisk ("老＊婆", dodging a filter); OCR reads the glyph as a
# dingbat star ("✽", "✱"). Between two Chinese characters it is the asterisk the message showed.
_STAR_IN_WORD = re.compile(r"(?<=[\u4e00-\u9fff])[\u2731-\u274b*](?=[\u4e00-\u9fff])")


def chinese_marks(text: str) -> str:
    """ASCII , ? ! ; : after a Chinese character as the full-width marks the message showed, a
    hyphen between a sentence's end and Chinese words as the dash ("——") it was, a Roman
    numeral read inside a Latin word as its letters, and a star inside a Chinese word as the
    writer's masking asterisk."""
    text = _NUMERAL_IN_WORD.sub(lambda m: _NUMERAL_LETTERS[m.group(0)], text)
    text = _STAR_IN_WORD.sub("＊", text)
    text = _ASCII_AFTER_CJK.sub(lambda m: _FULL_WIDTH[m.group(0)], text)
    return _DASH_AFTER_SENTENCE.sub("——", text)


def _bare(text: str) -> str:
    return _PUNCT.sub("", text)


def same_message(one: str, other: str) -> bool:
    """Whether two texts are one message read twice (overlapping screenshots, an OCR slip)."""
    a, b = _bare(one), _bare(other)
    if not a or not b:
        return a == b
    if a == b or (min(len(a), len(b)) >= _MIN_CHARS * 2 and (a in b or b in a)):
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _SAME_MESSAGE


def _times(events: Iterable[ContactEvent]) -> dict[tuple[str, str], str]:
    """{(exhibit, text): time} of the messages, from their keys ("owner|message|who|time|text")."""
    out: dict[tuple[str, str], str] = {}
    for event in events:
        parts = event.key.split("|", 4)
        if event.kind == "message" and len(parts) == 5:
            out[(event.exhibit, parts[4])] = parts[3]
    return out


def _one_message(one: tuple[str, str, str], other: tuple[str, str, str]) -> bool:
    """The same words again, or one message read on two screenshots (an OCR slip apart).

    Two near-identical messages on one screenshot, or sent at two different times, are two
    messages ("第1次通知…", "第2次通知…").
    """
    (text, exhibit, when), (text2, exhibit2, when2) = one, other
    if _bare(text) == _bare(text2):
        return True
    if exhibit == exhibit2 or (when and when2 and when != when2):
        return False
    return same_message(text, text2)


_SENTENCE_MARK = re.compile(r"[，,。！!？?；;]")


def _senders_card(text: str, sender: str) -> bool:
    """A card about the sender, not its words: a line that ends with the sender's own name and
    says nothing in a sentence ("资产管理专员8千-1.2万 某某科技·张主管", a job or contact card
    heading a recruiting app's DM). A self-introduction ("我是…") is still the sender's words."""
    name = re.sub(r"\s+", "", sender)
    flat = re.sub(r"\s+", "", text)
    if len(name) < 3 or name.isdigit() or not flat.endswith(name) or flat == name:
        return False
    return not _SENTENCE_MARK.search(flat) and "我" not in flat


# A chat's title bar: its back button before a name or number ("<17066182245", "く 王磊").
_BACK_TITLE = re.compile(r"^[<＜‹〈←く]\s*\S")
# A picture's caption in a chat ("截图：阿Ken的聊天", "[图片]"): what the image is, no sentence.
_CAPTION = re.compile(r"^[\[【]?(?:截图|图片|照片|相片|附图|视频)[\]】:：]")


# The app's notice that someone patted someone ("“催收-勿接” 拍了拍 “我” 的脑袋"), whole or
# read in pieces: a name of the table in quotes, then what was patted ("的脑袋").
_PATTED = re.compile(r"^[“\"](?P<name>[^”\"]{1,20})[”\"](?:拍了拍.*|的[\u4e00-\u9fff]{1,4})$")


# A letter's contact line: a phone, hotline or mail field and its value alone ("联系电话：0738-…").
_CONTACT_FIELD = re.compile(r"^(?:联系|咨询|服务)?(?:电话|手机|热线|邮箱)[:：][\d\-—+()（）]{5,}$")
_NAME_JOINS = re.compile(r"[-—–·•・_|/]")


def _unjoined(name: str) -> str:
    return _NAME_JOINS.sub("", name)


def is_label(text: str, names: Iterable[str]) -> bool:
    """Whether `text` is a header or a label, never a sentence of the sender's: a title bar with
    its back button, a bare name or number the table names, a picture's caption, or the app's
    notice that a name of the table patted someone."""
    names = set(names)
    flat = re.sub(r"\s+", "", text)
    if _SENTENCE_MARK.search(flat):
        return False
    if _BACK_TITLE.match(flat) or flat.isdigit() or flat in names or _CONTACT_FIELD.match(flat):
        return True
    # A letter's signature writes the name the table keys with a dash ("某某贷法务部-刘专员")
    # without it: the same name either way.
    if _unjoined(flat) in {_unjoined(name) for name in names if len(_unjoined(name)) >= 4}:
        return True
    patted = _PATTED.match(flat)
    if patted and (patted.group("name") in names or "拍了拍" in flat):
        return True
    return bool(_CAPTION.match(flat))


# A date, a clock or a call's length ("5月10日", "星期四", "晚上9:58", "08:02").
_STAMP = (
    r"(?:20\d{2}[年/.-])?\d{1,2}[月/.-]\d{1,2}日?|(?:星期|周)[一二三四五六日天]|昨天|前天|今天"
    r"|(?:上午|下午|晚上|凌晨|中午|早上|傍晚)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
)
_STAMP_GAP = r"[\s·•・|/,，-]*"
# A list row's name and its stamps ("大姨5月10日 18:30 · 08:02"), or stamps alone ("晚上9:58").
_STAMPED_NAME = re.compile(
    rf"^(?P<name>[^\d，。！？,!?：:]{{0,8}}?){_STAMP_GAP}(?P<stamps>(?:(?:{_STAMP}){_STAMP_GAP})+)$"
)
# A transfer or red-packet card: its amount with the payer's short note ("¥0.01 还钱"), or its
# footer alone ("微信转账").
_MONEY_CARD = re.compile(r"^[¥￥]\s?\d[\d,]*(?:\.\d{1,2})?(?:\s*[^\s，。！？,!?]{0,8})?$")
_CARD_FOOTER = re.compile(r"(?:微信|支付宝|QQ)?(?:转账|红包)$")
# A red packet card shows the app's blessing when its sender wrote none ("恭喜发财，大吉大利").
_CARD_ALONE = re.compile(
    r"^(?:(?:微信|支付宝|QQ)?(?:转账|红包)|已收款|已领取|已被领取|收款|恭喜发财[，,]?大吉大利[!！]?)$"
)


# A bare greeting: the one greeted, by name or title, maybe asked to confirm it ("某某先生",
# "某某是吧", "你好", "某某女士您好", "各位好"), nothing else.
_GREETING = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}?(?:先生|女士|小姐|老师|师傅)?(?:你好|您好|是吧)"
    r"|[\u4e00-\u9fff]{1,4}(?:先生|女士|小姐|老师|师傅)|你好|您好|各位好|大家好)$"
)
# The sender naming itself ("我是某某贷后陈专员"), or its staff number ("工号AX0917"); never
# what it came to do ("我是来要账的") nor who it will not say ("我是谁不重要").
_SELF_NAMED = re.compile(r"^(?:我是(?![来要])[^\s你谁哪]{2,20}|工号[:：]?[A-Za-z0-9]{2,12})$")
_CLAUSE = re.compile(r"[，,。.！!；;]+")


def only_introduces(text: str) -> bool:
    """A message that only greets and says who sends it ("某某先生，你好，我是某某法务部王主任。"):
    no demand, threat or exposure, so no harassing words to quote. A question or any other clause
    ("方便聊一下吗？") is more than a greeting."""
    flat = re.sub(r"\s+", "", text)
    if "?" in flat or "？" in flat or threats_in(simplified(flat)):
        return False
    clauses = [c for c in _CLAUSE.split(flat) if c]
    named = [c for c in clauses if _SELF_NAMED.match(c)]
    return bool(named) and all(_SELF_NAMED.match(c) or _GREETING.match(c) for c in clauses)


# A loan's own terms: the sum borrowed and the sum paid out ("您于…借款8000元，到账6880元").
_LOAN_TAKEN = re.compile(r"借款\s*[\d,，.]+\s*元")
_PAID_OUT = re.compile(r"到账|放款|发放")


def only_states_the_loan(text: str) -> bool:
    """A lender's plain notice of the loan ("您于…借款8000元，到账6880元，应还总额10400元，还款日为
    11月10日"): the sums and the due day, with no demand to pay now and no threat, so no
    harassing words to quote, whoever sent it. Its amounts are read as the loan's figures."""
    flat = re.sub(r"\s+", "", plain_words(text))
    # A due day written out ahead ("将于11月21日到期") tells the term as a payout does.
    if not (_LOAN_TAKEN.search(flat) and (_PAID_OUT.search(flat) or tells_the_term_ahead(flat))):
        return False
    if reminds_of_due_day(flat):
        return False  # "…借款3000元（实际到账2460元）今日到期，应还…": a reminder to pay now
    return not (is_demand(flat) or threats_in(simplified(flat)) or visit_threat(flat))


def holds_no_words(text: str) -> bool:
    """A bubble with no words of its sender: a clock or a date alone, a row's name followed by
    its stamps (two or more: a call list read as a chat), a transfer card's amount or footer."""
    flat = text.strip()
    stamped = _STAMPED_NAME.match(flat)
    if stamped:
        stamps = re.findall(_STAMP, stamped.group("stamps"))
        if not stamped.group("name").strip() or len(stamps) >= 2:
            return True
    squeezed = re.sub(r"\s+", "", flat)
    return bool(_MONEY_CARD.match(flat) or _CARD_ALONE.match(squeezed))


def card_read_into(text: str, others: Iterable[str]) -> bool:
    """A bubble read with the card below it glued on ("…随时找得到微信转账") where another
    reading shows the bubble whole ("…随时找得到你"): that reading is the message."""
    stem = _bare(_CARD_FOOTER.sub("", text.strip()))
    if stem == _bare(text) or len(stem) < _MIN_CHARS * 2:
        return False
    return any(_bare(o) != _bare(text) and _bare(o).startswith(stem) for o in others)


def all_collector_quotes(
    case: Case,
    rows: Iterable[NumberRow] | None = None,
    roles: Mapping[str, str] | None = None,
) -> tuple[Quote, ...]:
    """Every whole incoming message of the senders whose role is collector, first seen first.

    Only exhibits with a usable parsed record give quotes; the text of the others is read by
    the letters' own sentence finder. The category is the first threat the message makes.
    """
    rows = list(number_rows(case, roles) if rows is None else rows)
    collectors = {row.sender for row in rows if row.role == "collector"}
    # The lender's own account is no collector, but its own demands and threats ("已转入委外
    # 催收阶段，将前往您的工作单位走访") are the lender's words against the borrower: quoted too,
    # never its plain notices, its routine overdue bill (罚息, 征信) or buttons.
    lender = {
        row.sender
        for row in rows
        if row.role == "platform" and row.reason_code == "platform_account" and not row.is_number
    }
    _events, seen = case_events(case)
    names = {re.sub(r"\s+", "", n) for row in rows for n in (row.sender, *row.names) if n}
    order = {item.id: index for index, item in enumerate(case.evidence)}
    found: list[tuple[int, str, str, str]] = []
    for sender in sorted(collectors | lender):
        entry = seen.get(sender)
        if entry is None:
            continue
        times = _times(entry.events)
        on_screen = [text for text, _exhibit in entry.words]
        for text, exhibit in entry.words:
            if holds_no_words(text) or card_read_into(text, on_screen):
                continue  # a stamp, a card, or a bubble read with a card glued on
            if sender in lender and not lender_threatens(text):
                continue
            if _senders_card(text, sender) or is_label(text, names):
                continue  # a card, header or caption: not the sender's sentence
            if only_introduces(text):
                continue  # a greeting and a name: no harassing words yet
            if only_states_the_loan(text):
                continue  # the loan's sums and due day: a notice, no pressure
            when = times.get((exhibit, text), "")
            found.append((order.get(exhibit, len(order)), text, exhibit, when))
    out: list[Quote] = []
    kept: list[tuple[str, str, str]] = []  # (text, exhibit, time) of each quote
    for _index, text, exhibit, when in sorted(found, key=lambda f: f[0]):
        clean = neutralise(text).strip()
        if len(clean) < _MIN_CHARS or clean != text.strip() or looks_like_instruction(clean):
            continue  # text that talks to a model is never quoted as the collector's
        if is_not_words(clean):
            continue  # the app's own text ("QQ在线", "发送短信"), whatever the parser gave
        clean = chinese_marks(clean.replace("「", "“").replace("」", "”"))
        threats = threats_in(simplified(clean))  # the category read as the rules are written
        # A visit threatened in other words ("晓得你住哪个小区，莫逼我们来敲门") is a visit.
        threats = threats or (["上门"] if visit_threat(clean) else [])
        quote = Quote(text=clean, exhibit=exhibit, category=threats[0] if threats else "")
        same = [i for i, other in enumerate(kept) if _one_message((clean, exhibit, when), other)]
        if same:
            # One message on two screenshots: the fuller reading (one may be cut at an edge).
            if len(_bare(clean)) > len(_bare(kept[same[0]][0])):
                kept[same[0]], out[same[0]] = (clean, exhibit, when), quote
            continue
        kept.append((clean, exhibit, when))
        out.append(quote)
    return tuple(out)


def collector_quotes(
    case: Case,
    rows: Iterable[NumberRow] | None = None,
    roles: Mapping[str, str] | None = None,
    limit: int = QUOTE_LIMIT,
) -> tuple[Quote, ...]:
    """The collectors' whole messages, at most `limit` of them (all_collector_quotes)."""
    return all_collector_quotes(case, rows, roles)[:limit]
