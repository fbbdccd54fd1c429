"""Screenshot kind from its OCR text (pure): chat, sms, call_log, social, email, im or other."""

from __future__ import annotations

import re

_ROW_START_NUMBER = re.compile(
    r"^\D{0,4}(?:\+?86[ \-]?)?(?:1[3-9]\d|106|0\d{2,3}|[48]00)[\d \-]{5,}"
)
_CUES: dict[str, tuple[re.Pattern[str], ...]] = {
    "call_log": (
        re.compile(r"通话记录|最近通话|呼入|呼出|未接|已拨|已接|来电|去电|响铃|拨号"),
        re.compile(r"\d+\s*分\s*\d+\s*秒|\d+\s*秒"),
    ),
    "sms": (
        re.compile(r"^信息$|^短信$|短信|退订|回T|验证码|【[^】]{2,12}】"),
        re.compile(r"(?:^|\D)106\d{5,}"),
    ),
    "email": (
        re.compile(r"发件人|收件人|抄送|主题[:：]|[\w.\-]+@[\w\-]+\.[a-z]{2,}|邮件|邮箱"),
    ),
    "social": (
        re.compile(r"朋友圈|微博|抖音|快手|小红书|点赞|评论|转发|关注|粉丝|动态"),
    ),
    "im": (
        re.compile(r"QQ|钉钉|Telegram|WhatsApp|陌陌|探探|在线|正在输入"),
    ),
    "chat": (
        re.compile(r"微信|语音通话|视频通话|撤回了一条消息|发送|按住说话|拍了拍"),
        re.compile(r"[。！？!?]$"),
    ),
}  # fmt: skip
# Minimum evidence for a kind, so a lone stray cue does not decide.
_MIN_SCORE = 2


def _is_list_row(line: str) -> bool:
    """A list row is a number plus a short date/time/name, not a wrapped sentence."""
    match = _ROW_START_NUMBER.match(line)
    if not match:
        return False
    rest = line[match.end() :]
    return len(rest) <= 10 and not re.search(r"[，,。]", rest)


def classify_text(text: str) -> str:
    """The most likely screenshot kind; `other` when the text is too thin to tell."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if sum(len(line) for line in lines) < 8:
        return "other"
    scores = dict.fromkeys(_CUES, 0)
    for line in lines:
        for kind, patterns in _CUES.items():
            scores[kind] += sum(1 for pattern in patterns if pattern.search(line))
    # List screens: many rows start with a number; the row's second line tells calls from texts.
    number_rows = sum(1 for line in lines if _is_list_row(line))
    if number_rows >= 3:
        if scores["call_log"] >= number_rows // 2:
            scores["call_log"] += number_rows
        else:
            scores["sms"] += number_rows
    kind, score = max(scores.items(), key=lambda item: item[1])
    if score >= _MIN_SCORE:
        return kind
    # Sentences without list rows are, on a phone, almost always a conversation.
    return "chat" if scores["chat"] or sum(len(line) for line in lines) >= 40 else "other"
