"""Which collector words a letter may quote, and which threat labels a letter may state.

Quotes must be whole lines or sentences of a collector's message in the evidence: never the text of
the phone's own screen (tab bars, status bars, buttons) and never a piece cut at a line wrap.
Threat categories are labels the app suggests; a letter states one only when a quote or the user's
own account backs it.
"""

from __future__ import annotations

import re

from casefile.model import Case, Quote
from law.issues import verbatim_quotes
from understanding.quotes import QUOTE_LIMIT, all_collector_quotes, collector_quotes

# Labels of phone screens (iOS/Android Phone and Messages apps): never a collector's words.
_CHROME_WORDS = frozenset(
    [
        "个人收藏",
        "最近通话",
        "通讯录",
        "拨号键盘",
        "语音留言",
        "信息",
        "短信",
        "返回",
        "编辑",
        "搜索",
        "详细信息",
        "发送",
        "取消",
        "完成",
        "更多",
        "通话",
        "联系人",
        "全部",
        "未接来电",
        "未接",
        "添加",
        "收藏",
        "拨号",
        "iMessage",
        "短信/彩信",
        "今天",
        "昨天",
    ]
)
_STATUS = re.compile(
    r"^\d{1,2}:\d{2}(?!\d)|\d{1,3}%|中国(?:移动|联通|电信)|(?<![A-Za-z])[45]G(?![A-Za-z])"
)
# A sentence never starts with these: a quote that does was cut at a line wrap.
_CONTINUATION = frozenset("了的吗呢吧啊着过得地么，,、。！？!?；;：:）)」』")
_SENTENCE_END = "。！？!?；;…~～"
_PARTS = re.compile(r"[^。！？!?；;]+")
# A wrapped message line is long; a sender name or time above a message is short.
_WRAPPED_LINE = 8


# A status bar is one short line without a sentence mark; a message may say "36%" or "5G".
_STATUS_LINE_CHARS = 30


def is_chrome(text: str) -> bool:
    """True for the phone's own screen text: tab bars, status bars, buttons."""
    tokens = text.split()
    if not tokens:
        return True
    sentence = re.search(r"[，。！？,!?；;]", text)
    if _STATUS.search(text) and len(text) <= _STATUS_LINE_CHARS and not sentence:
        return True
    if sum(t in _CHROME_WORDS for t in tokens) >= min(2, len(tokens)):
        return True
    return len(tokens) >= 3 and all(len(t) <= 5 for t in tokens)


def _bare(text: str) -> str:
    return text.strip().rstrip(_SENTENCE_END).strip()


def is_fragment(quote: str, case: Case) -> bool:
    """True when `quote` is a piece of a message cut at a line wrap, not a whole sentence."""
    bare = _bare(quote)
    if not bare or bare[0] in _CONTINUATION:
        return True
    for item in case.evidence:
        lines = [line.strip() for line in item.text.splitlines()]
        for index, line in enumerate(lines):
            if bare not in line or line[0] in _CONTINUATION:
                continue  # a line that starts mid-sentence continues the one above
            start = line.index(bare)
            before = line[:start].rstrip()
            if before and before[-1] not in _SENTENCE_END + "：:":
                continue  # starts mid-sentence here; maybe whole elsewhere
            after = line[start + len(bare) :].lstrip()
            if after and after[0] not in _SENTENCE_END:
                continue  # ends mid-sentence
            following = next((n for n in lines[index + 1 :] if n), "")
            if not after and following and following[0] in _CONTINUATION:
                continue  # the message goes on on the line below
            previous = next((p for p in reversed(lines[:index]) if p), "")
            if (
                not before
                and len(previous) >= _WRAPPED_LINE
                and previous[-1] not in _SENTENCE_END
                and not is_chrome(previous)
            ):
                continue  # the message began on the line above
            return False
        if bare in re.sub(r"\s+", "", item.text):
            return True  # it is there only across lines or mid-clause
    return False  # not in any exhibit text: a quote the user entered with its exhibit


def letter_quotes(case: Case) -> tuple[Quote, ...]:
    """The quotes a letter prints: whole collector sentences, never screen text or fragments.

    The user's stored quotes first; else every whole message of the collectors the screens'
    records hold (understanding.quotes: joined across line wraps, one per message however many
    screenshots show it, at most QUOTE_LIMIT); else sentences found in the exhibits' text, each
    checked not to be cut at a wrap.
    """
    if not any(q.text.strip() for q in case.harassment.quotes):
        whole = tuple(q for q in collector_quotes(case) if not is_chrome(q.text))
        if whole:
            return whole
    return tuple(
        q for q in verbatim_quotes(case) if not is_chrome(q.text) and not is_fragment(q.text, case)
    )


def quotes_left_out(case: Case) -> int:
    """How many collector messages a letter leaves out past QUOTE_LIMIT (0 for most cases).

    A letter that prints the quotes says so when this is not 0 ("另有N条消息未列出").
    """
    if any(q.text.strip() for q in case.harassment.quotes):
        return 0
    every = [q for q in all_collector_quotes(case) if not is_chrome(q.text)]
    return max(len(every) - QUOTE_LIMIT, 0)


# (what a category speaks of, what a quote or the user's account must say to back it)
_THREAT_TOPICS = (
    (re.compile(r"通讯录|所有联系人"), re.compile(r"通讯录|联系人|所有人|群发|爆")),
    (re.compile(r"家人|亲友"), re.compile(r"家人|亲友|父母|爸|妈|朋友|亲戚|家里人")),
    (re.compile(r"单位|领导|同事"), re.compile(r"单位|领导|同事|公司|老板")),
    (re.compile(r"上门"), re.compile(r"上门|到你家|去你家|找到你")),
    (re.compile(r"起诉|法院|征信"), re.compile(r"起诉|法院|传唤|征信|立案|律师函")),
    (re.compile(r"曝光|照片"), re.compile(r"曝光|照片|朋友圈")),
    (re.compile(r"侮辱|老赖"), re.compile(r"老赖|骗子|畜生|不要脸|废物")),
)


def backed_threats(case: Case) -> tuple[str, ...]:
    """The threat categories a quote or the user's own account backs; labels alone never count."""
    h = case.harassment
    backing = [q.text for q in letter_quotes(case)] + [h.account]
    quoted = [_bare(q.text) for q in letter_quotes(case)]
    kept = []
    for threat in h.threats:
        plain = re.sub(r"[「」『』“”\"]", "", threat).strip().rstrip("。；;")
        if not plain or any(plain in q or q in plain for q in quoted):
            continue  # already printed as a quote
        topics = [needs for topic, needs in _THREAT_TOPICS if topic.search(plain)]
        backed = all(any(needs.search(b) for b in backing) for needs in topics)
        if (topics and backed) or (not topics and plain in h.account):
            kept.append(threat)
    return tuple(kept)
