"""A screen as blocks (what is drawn, top to bottom) with no pixels: the test reads them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tests.blindgen18.model import Msg, Screen, status_text

# Every bar, button and input-box string each app draws, one bar a line.
CHROME = {
    "bill18": "账单明细 立即还款\n首页 借款 我的",
    "calllog18": "拨号 通话记录 联系人 收藏",
    "truecall18": "Calls Messages Contacts Premium",
    "smslist18": "全部信息 通知信息\n搜索信息",
    "dualsms18": "短信/彩信 发送",
    "courtsms18": "举报垃圾信息\n短信 发送",
    "famgroup18": "按住说话 表情 发送",
    "chatone18": "聊天详情 发送 更多",
    "qqquote18": "聊天设置\n表情 图片 发送",
    "dingwork18": "群待办 已读回执\n快捷回复 发送",
    "imsg18": "详细信息\niMessage 信息",
    "notif18": "通知中心 全部清除 管理",
    "mailapp18": "收件箱 回复 转发 删除",
    "feedpost18": "朋友圈 发表评论",
}
# What an iMessage-like app writes under the owner's last bubble (chrome, not words).
RECEIPTS = ("已送达", "已读")
WEEK = "一二三四五六日"


@dataclass(frozen=True)
class Block:
    kind: str  # header stamp sys bubble row item card post comment mail paper bar seam notice
    text: str = ""
    who: str = ""
    side: str = "in"
    sub: str = ""
    right: str = ""
    mark: bool = False  # ringed in red when the shot is circled
    named: bool = True  # the sender's name is written (a group); else only the avatar shows it


def _period(hour: int) -> str:
    if hour < 6:
        return "凌晨"
    if hour < 12:
        return "上午"
    if hour < 13:
        return "中午"
    return "下午" if hour < 18 else "晚上"


def _day_word(at: datetime, captured: datetime) -> str:
    gap = (captured.date() - at.date()).days
    return {0: "今天", 1: "昨天", 2: "前天"}.get(gap, f"{at.month}月{at.day}日")


def when(at: datetime, captured: datetime, style: str) -> str:
    """A time as the app writes it: each app its own way, all of them naming the day."""
    hm = at.strftime("%H:%M")
    h12 = f"{at.hour % 12 or 12}:{at.minute:02d}"
    if style == "wk":
        return f"{at.month}月{at.day}日(周{WEEK[at.weekday()]}) {hm}"
    if style == "rel":
        return f"{_day_word(at, captured)} {_period(at.hour)} {h12}"
    if style == "cn":
        return f"{at.month}月{at.day}日 {_period(at.hour)}{h12}"
    if style == "md":
        return at.strftime("%m-%d ") + hm
    if style == "en":
        gap = (captured.date() - at.date()).days
        day = {0: "Today", 1: "Yesterday"}.get(gap, at.strftime("%b ") + str(at.day))
        return f"{day}, {hm}"
    if style == "ago":
        gap = (captured.date() - at.date()).days
        return f"{gap}天前" if gap >= 2 else f"{_day_word(at, captured)} {hm}"
    return f"{at.year}/{at.month}/{at.day} {hm}"


def _chat(screen: Screen, style: str) -> list[Block]:
    """Bubbles with a time line whenever the minute changes (a group names each sender)."""
    out: list[Block] = []
    last = None
    group = screen.extra.get("group", False)
    mark = screen.extra.get("mark", "")
    for msg in screen.msgs:
        if msg.kind == "seam":
            out.append(Block("seam"))
            last = None
            continue
        stamp = when(msg.at, screen.captured, style)
        if stamp != last:
            out.append(Block("stamp", stamp))
            last = stamp
        if msg.kind == "sys":
            out.append(Block("sys", msg.text))
            continue
        side = "out" if msg.who == "me" else "in"
        who = "" if side == "out" else msg.who
        sub = msg.reply_to
        if msg.kind == "voice":
            sub = f"语音 {screen.extra.get('secs', 9)}″ 转文字"
        right = msg.card
        ringed = bool(mark) and mark in msg.text
        out.append(Block("bubble", msg.text, who, side, sub, right, ringed, group))
    if screen.app == "imsg18" and screen.msgs and screen.msgs[-1].who == "me":
        out.append(Block("receipt", RECEIPTS[1]))
    return out


def _calls(screen: Screen, style: str) -> list[Block]:
    out = []
    for call in screen.calls:
        label = call.name or call.number
        if call.count > 1:
            label += f" ({call.count})"
        sub = "  ".join(x for x in (call.tag, call.place) if x)
        out.append(Block("row", label, side="missed" if call.missed else "in", sub=sub,
                         right=when(call.at, screen.captured, style)))  # fmt: skip
    return out


def _items(screen: Screen, style: str) -> list[Block]:
    """An inbox or a notification list: a name, a line cut with "…" or whole, a time."""
    kind = "card" if screen.app == "notif18" else "item"
    out = []
    for msg in screen.msgs:
        text = msg.text if msg.kind != "preview" else msg.text[: screen.extra.get("cut", 14)] + "…"
        who = f"{msg.card} · {msg.who}" if kind == "card" and msg.card else msg.who
        out.append(Block(kind, text, who, right=when(msg.at, screen.captured, style)))
    return out


def _feed(screen: Screen, style: str) -> list[Block]:
    out = []
    for msg in screen.msgs:
        kind = "post" if msg.kind == "post" else "comment"
        out.append(Block(kind, msg.text, msg.who, right=when(msg.at, screen.captured, style)))
    return out


def _mail(screen: Screen, style: str) -> list[Block]:
    out = []
    for msg in screen.msgs:
        out.append(Block("mail", msg.text, msg.who, sub=screen.extra.get("attach", ""),
                         right=when(msg.at, screen.captured, style)))  # fmt: skip
    return out


def _paper(screen: Screen) -> list[Block]:
    return [Block("paper", para) for para in screen.extra["paras"]]


BODY = {
    "calllog18": _calls, "truecall18": _calls, "smslist18": _items, "notif18": _items,
    "feedpost18": _feed, "mailapp18": _mail,
}  # fmt: skip
STYLE = {
    "calllog18": "ago", "truecall18": "en", "smslist18": "md", "notif18": "rel", "dualsms18": "wk",
    "courtsms18": "full", "famgroup18": "rel", "chatone18": "cn", "qqquote18": "wk",
    "dingwork18": "md", "imsg18": "rel", "feedpost18": "ago", "mailapp18": "full",
    "bill18": "full",
}  # fmt: skip


def blocks(screen: Screen) -> list[Block]:
    """Everything the screen draws, top to bottom."""
    out: list[Block] = []
    if screen.app in ("idcard18", "forged18"):
        return _paper(screen)
    if screen.wrap != "crop18":
        out.append(Block("status", status_text(screen)))
    bars = CHROME.get(screen.app, "").split("\n")
    top, bottom = (bars[0], bars[1:]) if len(bars) > 1 else ("", bars)
    out.append(Block("header", screen.title, sub=screen.extra.get("subtitle", ""), right=top))
    if screen.app == "bill18":
        out += [Block("notice", line) for line in screen.extra["lines"]]
    style = STYLE.get(screen.app, "full")
    out += BODY.get(screen.app, _chat)(screen, style)
    out += [Block("bar", bar) for bar in bottom if bar]
    return out


def drawn_text(screen: Screen) -> str:
    """All the strings a screen draws, one per line."""
    parts = []
    for b in blocks(screen):
        parts += [b.text, b.who if b.named else "", b.sub, b.right]
    return "\n".join(p for p in parts if p)


def conduct_msgs(screen: Screen) -> list[Msg]:
    return [m for m in screen.msgs if m.collector and m.kind != "seam"]
