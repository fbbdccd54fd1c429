"""What a screen's text is, read from a parsed record (pure): a person's words or the app's own.

The app's own text (an input box, presence, a safety banner, a call drawn as a bubble) is never
anybody's message; a group's role badge and Enterprise WeChat's "@微信" mark are never part of a
name; a call row's name may carry the list's words glued on ("妈妈 昨天 1"); a bubble the parser
cut at a line wrap is joined again. Where the parser slipped, a 1:1 chat is read by its structure
(read_right): the title is the line above every bubble, a collector's words are never the
borrower's. understanding.screen_events reads the records with these.
"""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.screens.chrome import is_bottom_chrome, is_status_text
from evidence.screens.records import Message, ScreenRecord
from evidence.screens.when import is_time_only
from understanding.demands import DEBT, is_demand, own_lines, plain_words
from understanding.reply_voices import PLEA

# A chat's presence line and media placeholders: the app's words, never a message.
_NOT_WORDS = re.compile(
    r"^(?:QQ|TIM)?(?:手机|iPhone|iPad|电脑|平板|[2-5]G|4G\+?|Wi-?Fi)?在线$|^(?:离线|忙碌|对方正在输入.*)$"
    r"|^\[(?:图片|语音|视频|文件|表情|动画表情)\]$|点击查看原图|^\[(?:图片|视频)\]"
    # An input box, whatever the parser's own list knows ("输入信息", "发送短信", "iMessage信息").
    r"|^(?:输入|请输入|发送|发|按住说话|短信/彩信|iMessage|文本|RCS|5G)(?:信息|消息|短信|内容)?$"
    r"|^(?:短信|信息|消息|iMessage)?(?:输入框|发送)$|^iMessage信息$|^短信/彩信$"
    # A composer's prompt, with or without its "…": "写短信…", "发私信…", "输入短信内容",
    # "请输入您想咨询的问题" (a service chat).
    r"|^(?:写|输入|请输入|发|发送|说点什么|写下)(?:短信|信息|消息|私信|评论)(?:内容)?(?:…|\.{3})?$"
    r"|^请输入[^，,。！？!?]{0,12}(?:问题|内容|消息)$"
    # The app's own notices in a chat: a safety banner, the greeting line of a new contact.
    r"|^为了(?:保护)?你的(?:资金|账户|账号|财产|个人信息)安全|请勿轻信|谨防(?:诈骗|受骗)"
    r"|^你已添加了.{1,24}现在可以开始聊天了|^以上是打招呼的内容"
    # The phone's own overlays on a screenshot: the preview's buttons, the recording badge.
    r"|^(?:分享|编辑|删除|截长屏|长截屏|滚动截屏|发送|完成)+$|^●?录屏\d{1,2}[:：]\d{2}$"
    # A goods card shared in a chat: an item's title and its price, no sentence.
    r"|^[^，。！？,!?]{2,30}[￥¥]\d+(?:\.\d{1,2})?$"
    # A voice message's length ("11\""): its bubble holds no words to read.
    r"|^\d{1,2}[\"″”'’]$"
)
# A chat's presence line in an English interface, under the title ("last seen today at 11:14
# pm", "online", "typing…"): the app's words about the counterpart, never theirs.
_PRESENCE_EN = re.compile(r"^(?:last seen\b.*|online|typing(?:\.{3}|…)?)$", re.IGNORECASE)
# The same line in a Chinese interface when the counterpart hides its clock ("最近上线", "上次上线
# 于昨天", "一周内上线"): how recently they were online, never their words.
_PRESENCE_ZH = re.compile(
    r"^(?:最近|刚刚|很久以前|很久没有|一周内|一个月内|上次|最后)(?:上线|在线)(?:于.{0,12}|时间.{0,12})?$"
)
# A voice or video call drawn as a bubble ("对方已取消", "通话时长 01:12"): a call, not words.
_CALL_BUBBLE = re.compile(
    r"^(?:\[?(?:语音|视频)通话\]?)?(?:对方已取消|已取消|对方无应答|对方未接听|未接听|对方已拒绝|"
    r"已拒绝|对方忙线中|忙线未接听|连接失败|(?:通话|聊天)时长[:：]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)$"
)
# A group's role badge drawn beside a sender's name ("群主 闪贷宝-法务部"): never a name.
_BADGE = re.compile(r"^(?:群主|管理员|群管理员?|管理|群管|超级管理员)(?:\s+|$)")
# The mark Enterprise WeChat puts after an outside contact's name ("刘专员@微信").
_CORP_MARK = re.compile(r"(?<=\S)@[\u4e00-\u9fffA-Za-z]{1,12}$")
# What a call-log row's name carries after the name when the parser left it glued on: the
# list's time ("昨天", "星期日", "上午7:41"), the row's count "(2)" and the ⓘ button read as 1.
_ROW_NOISE = re.compile(r"[1iIⓘ①]|[(（]\d{1,3}[)）]")


def is_call_bubble(text: str) -> bool:
    """A voice or video call drawn in a chat ("对方已取消", "通话时长 01:12")."""
    return bool(_CALL_BUBBLE.match(re.sub(r"\s+", "", text)))


def is_not_words(text: str) -> bool:
    """A bubble that is the app's own text (input box, presence, a media placeholder, a call)."""
    flat = re.sub(r"\s+", "", text)
    bare = re.sub(r"[^\w/\u4e00-\u9fff]+", "", text)  # without an input box's icons (⊕ ☺)
    if not flat or is_bottom_chrome(text) or is_status_text(text) or is_call_bubble(text):
        return True
    if _PRESENCE_EN.match(text.strip()) or _PRESENCE_ZH.match(flat):
        return True
    return bool(_NOT_WORDS.search(flat) or _NOT_WORDS.search(bare))


def is_composer_of(text: str, name: str) -> bool:
    """A composer's prompt that names the chat ("发送给小郑" in WeChat's care mode)."""
    flat = re.sub(r"\s+", "", text).rstrip("….")
    bare = re.sub(r"^(?:发送给|发消息给|发给|回复)", "", flat)
    return bool(name) and bare != flat and bare == re.sub(r"\s+", "", name)


def row_name(name: str) -> tuple[str, str, int]:
    """(saved name, time label, count) of a call row's name with the list's words glued on.

    "妈妈 昨天 1" → ("妈妈", "昨天", 0); "黄姐 (2) 星期日" → ("黄姐", "星期日", 2). A name of one
    word is left whole.
    """
    words = name.split()
    when: list[str] = []
    count = 0
    while len(words) > 1:
        last = words[-1]
        if _ROW_NOISE.fullmatch(last):
            digits = re.sub(r"\D", "", last)
            count = int(digits) if len(last) > 1 and digits else count
        elif is_time_only(last):
            when.insert(0, last)
        else:
            break
        words.pop()
    return " ".join(words), " ".join(when), count


# A merged forward's card ("邓晓梅和贷后-陈主管的聊天记录"): the app writes the forwarder first,
# so the chat was with the second name.
_FORWARDED_CHAT = re.compile(r"^(?P<owner>.{1,16}?)(?:和|与)(?P<other>.{1,16})的聊天记录$")
# A search box's word read into the title beside it ("搜索 金橙-法务李律师"): the box, not the name.
_SEARCH_BOX = re.compile(r"^(?:搜索|Search)\s+(?=\S)", re.IGNORECASE)


def name_shown(name: str) -> str:
    """A sender's name without a group's role badge or Enterprise WeChat's "@微信" mark; the
    counterpart of a forwarded chat record's title; no search box's word before it."""
    text = _SEARCH_BOX.sub("", name.strip())
    forwarded = _FORWARDED_CHAT.match(re.sub(r"\s+", "", text))
    if forwarded:
        text = forwarded.group("other")
    return _BADGE.sub("", _CORP_MARK.sub("", text)).strip()


# A bubble never starts with these: one that does was cut from the bubble above at a wrap.
_GOES_ON = frozenset("了的吗呢吧啊着过得地么，,、。！？!?；;：:）)」』")
_UNITS = frozenset("元块万千百天号点日月年岁%")
_ENDS = "。！？!?；;…~～」』）)"


# A wrap's last line alone: a character or two closing the sentence ("施。").
_TAIL_CHARS = 2


def _is_tail(text: str) -> bool:
    """A bubble of at most two characters and a closing mark: the sentence above, ended."""
    body = text.rstrip(_ENDS)
    return body != text and 0 < len(body) <= _TAIL_CHARS


def rejoined(messages: tuple[Message, ...]) -> list[Message]:
    """Bubbles the parser cut at a wrap, joined again ("…结清7860" + "元，不然…")."""
    out: list[Message] = []
    for message in messages:
        last = out[-1] if out else None
        text = message.text.strip()
        cut = (
            last is not None
            and (last.side, last.sender) == (message.side, message.sender)
            and message.time in ("", last.time)
            and bool(text)
            and not last.text.rstrip().endswith(tuple(_ENDS))
            and (
                text[0] in _GOES_ON
                or (last.text.rstrip()[-1:].isdigit() and text[0] in _UNITS)
                or _is_tail(text)
            )
        )
        if cut and last is not None:
            out[-1] = replace(last, text=last.text.rstrip() + text)
        else:
            out.append(message)
    return out


def _day(message: Message) -> str:
    return message.time.split("T", 1)[0] if message.time[:4].isdigit() else ""


def in_order(messages: list[Message]) -> list[Message]:
    """A conversation's messages with any day that breaks its order left unknown.

    A chat reads top to bottom in time: a message dated before the ones above and below it
    ("星期一" resolved to the week before the loan was even paid out) was dated wrong. The most
    messages that keep the order keep their days; the others keep their clock only.
    """
    # The app's own lines (a presence line under the title) carry the capture day the parser
    # gave them, no day of their own: they never decide the order.
    dated = [
        (i, day) for i, m in enumerate(messages) if (day := _day(m)) and not is_not_words(m.text)
    ]
    if len(dated) < 2:
        return messages
    # The longest run of days that never goes back (ties: the earliest messages win).
    best: list[list[int]] = []
    for k, (_i, day) in enumerate(dated):
        prior = [best[j] for j in range(k) if dated[j][1] <= day]
        best.append([*max(prior, key=len, default=[]), k])
    voted = {i for i, _day_of in dated}
    keep = {dated[k][0] for k in max(best, key=len)}
    return [
        m if i in keep or i not in voted else replace(m, time=m.time.partition("T")[2])
        for i, m in enumerate(messages)
    ]


# A reply's 引用 block under its bubble: who said the words quoted, a colon, and those words
# ("我：能不能分两期", "陈晓峰：先还1000行不行"), cut with "…" when long.
_QUOTED = re.compile(r"^([^\s，。！？,!?：:]{1,12})[：:]\s*(.+)$")
_QUOTED_STEM = 4  # the fewest characters the block must share with the bubble it repeats
_QUOTE_BARE = re.compile(r"[\s，,。.！!？?；;…]+")


def is_quote_block(text: str, earlier: list[str]) -> bool:
    """A reply's 引用 block: a name, a colon and the words of a bubble shown above it on the
    same screen (whole, cut with "…", or with the next bubble's glyphs read onto it): a repeat
    of that bubble, never new words of whoever replied. A name and a colon before words said
    nowhere above ("王磊：你的欠款今天到期") are a message."""
    match = _QUOTED.match(text.strip())
    if not match:
        return False
    said = _QUOTE_BARE.sub("", match.group(2))
    for bubble in earlier:
        shown = _QUOTE_BARE.sub("", bubble)
        if len(shown) < _QUOTED_STEM or len(said) < _QUOTED_STEM:
            continue
        if said.startswith(shown) or (
            match.group(2).rstrip().endswith("…") and shown.startswith(said)
        ):
            return True
    return False


# A title bar's back button drawn before the name ("< 106903581234", "く 王磊").
_BACK = re.compile(r"^[<＜‹〈←く]\s*")
# What a title bar shows under or after the name: presence, never part of it.
_PRESENCE = re.compile(r"\s*(?:last seen.*|online|typing.*|在线|离线|正在输入.*)$", re.IGNORECASE)
# A title is a name or a number: no sentence mark, no sum of money, no clock.
_SENTENCE = re.compile(r"[，。！？,!?；;]|\d\s*元|\d{1,2}[:：]\d{2}")
_TITLE_CHARS = 20
# A notification sliding over the title bar ("微信 现在", "短信 2分钟前"): an app and a time.
_BANNER = re.compile(r"^\S{1,8}\s+(?:现在|刚刚|\d{1,2}\s*分钟前|now)$", re.IGNORECASE)
_CHATS = ("chat_1to1", "sms_thread")
_SIGNED = re.compile(r"^【[^】]{2,12}】|【[^】]{2,12}】$")


def is_title(text: str) -> bool:
    """Whether a line can be a chat's title: short, no sentence, not the app's own words."""
    flat = text.strip()
    return 0 < len(flat) <= _TITLE_CHARS and not _SENTENCE.search(flat) and not is_not_words(flat)


def _header_of(message: Message) -> str:
    """The chat's title the parser read as its first bubble, else "".

    A title sits above every bubble, is dated by the capture day only (it has no clock) and is
    a name or a number, often behind a back button.
    """
    if message.side != "in" or message.sender or "T" in message.time or ":" in message.time:
        return ""
    text = message.text.strip()
    name = _PRESENCE.sub("", _BACK.sub("", text)).strip()
    if not is_title(name):
        return ""
    # Behind a back button, or a number, it is the title; bare words that demand are a bubble.
    shown = name != text or bool(re.fullmatch(r"[\d\s+\-()（）]{5,}", name))
    return name if shown or not is_demand(name) else ""


# The writer's own debt ("我欠…", "我借的…", "我让她还"): a borrower's or a relative's words.
_OWN_DEBT = re.compile(r"我们?[^，。！？,!?你]{0,4}(?:欠|借|还)")


# "Your loan is overdue" said to the borrower: only the side collecting says that of them.
_YOUR_DEBT_OVERDUE = re.compile(
    r"你(?:在[^，。！？,!?]{1,8})?的(?:借款|欠款|贷款|账单|账)[^，。！？,!?]{0,6}(?:逾期|未还|没还)"
)


# The writer asking not to be called or their people not to be ("请不要联系我家里人",
# "别再打我电话了"): the pestered one's plea, which no collector makes of "you".
_LEAVE_ME_BE = re.compile(r"(?:不要|别)再?(?:联系|打|找|骚扰)我")


def speaks_as_collector(text: str) -> bool:
    """Words the borrower never writes: demanding the debt of "you" in the writer's own voice,
    or a notice signed with a brand ("…【速借宝】"). A bubble with them on the owner's side was
    given the wrong side."""
    flat = re.sub(r"\s+", "", plain_words(text))
    if _SIGNED.search(flat):
        return True
    if PLEA.search(flat) or _OWN_DEBT.search(flat) or _LEAVE_ME_BE.search(flat):
        return False  # the borrower speaking of their own debt ("我欠花呗的钱今天必须还")
    # Overruling the bubble's side needs the money in it: a contact's reply that only names
    # people ("我只是他同事，你们找他本人去") raises a people threat by its words alone.
    demand = is_demand(flat) and bool(DEBT.search(flat))
    return bool(own_lines(flat)) and (demand or bool(_YOUR_DEBT_OVERDUE.search(flat)))


def read_right(record: ScreenRecord) -> ScreenRecord:
    """A 1:1 chat's record with what its structure says put back: a title read as the first
    bubble is the counterpart, a "title" that is a sentence is the top bubble's first line, and
    a bubble in the collector's voice on the owner's side is the counterpart's."""
    if record.kind not in _CHATS:
        return record
    counterpart = record.counterpart.strip()
    messages = list(record.messages)
    banner = bool(_BANNER.match(counterpart))
    if not counterpart or banner or not is_title(counterpart):
        header = _header_of(messages[0]) if messages else ""
        if not header and not counterpart:
            return record
        if header:
            messages = messages[1:]
        if counterpart and not banner:  # the top bubble's first line, taken for the title
            top = next((i for i, m in enumerate(messages) if m.side == "in"), None)
            if top is not None and not counterpart.endswith(tuple(_ENDS)):
                messages[top] = replace(messages[top], text=counterpart + messages[top].text)
        counterpart = header
    if counterpart:
        counterpart, messages = _name_label(counterpart, messages)
        messages = [
            replace(m, side="in") if m.side == "out" and speaks_as_collector(m.text) else m
            for m in messages
        ]
    return replace(record, counterpart=counterpart, messages=tuple(messages))


_LABEL_CHARS = 3  # the shortest label taken off a title: two characters ("客服") name a trade


def _name_label(counterpart: str, messages: list[Message]) -> tuple[str, list[Message]]:
    """The name label over the incoming bubbles, read into their text ("售后-小陈苏女士您好…").

    A shop's chat titles the shop with its agent beside it ("金橙优品 售后-小陈"); the label
    over each bubble names the one who writes. When the title ends with that label and it
    opens at least two incoming bubbles (or stands alone as one), the writer is the label and
    the bubbles' words are what follows it.
    """
    title = re.sub(r"\s+", "", counterpart)
    incoming = [m.text.strip() for m in messages if m.side == "in"]
    best = ""
    for start in range(len(title) - _LABEL_CHARS + 1):
        label = title[start:]
        opens = [t for t in incoming if t.startswith(label)]
        if len(opens) >= 2 or (opens and any(t == label for t in opens)):
            best = label
            break  # the longest suffix that labels the bubbles
    if not best:
        return counterpart, messages
    out: list[Message] = []
    for m in messages:
        text = m.text.strip()
        if m.side == "in" and text.startswith(best):
            rest = text[len(best) :].strip()
            if not rest:
                continue  # the label alone, read as a bubble of its own
            m = replace(m, text=rest)
        out.append(m)
    return (best if best != title else counterpart), out
