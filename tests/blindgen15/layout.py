"""What each screen draws, top to bottom, as blocks; both painters read it.

Keeping one block list per screen lets the tests check the truth against exactly what is drawn,
whichever painter draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.blindgen15.model import Screen, when

# Every bar, button and input-box string an app draws around people's words, one bar a line.
CHROME = {
    "sms15": "短信 呼叫 详情\n输入短信内容 发送",
    "calllog15": "拨号 通话记录 联系人\n全部 未接",
    "screen15": "来电筛选 已拦截\n筛选规则 加入白名单",
    "drawer15": "通知中心 清除全部\n免打扰 设置",
    "work15": "# 客户对接 Threads\nReply in thread Send",
    "skype15": "Chats Calls Contacts\nType a message",
    "snap15": "Chat Stories Spotlight\nSend a chat",
    "qzone15": "说说 相册 留言板\n评论 转发 点赞",
    "city15": "58同城 消息\n在线沟通 发送",
    "mail15": "收件箱 Focused Other\n答复 全部答复 转发",
    "antifraud15": "国家反诈中心 首页 报案助手\n来电预警 我要举报",
    "bill15": "我的账单 立即还款\n还款计划 联系客服",
    "linkmsg15": "Phone Link 消息 通话 照片\n新建消息 发送",
    "linkcall15": "Phone Link 消息 通话 照片\n拨号盘 最近通话",
}
# Soft keys the Symbian-like phone draws under every screen.
SOFTKEYS = {"symbian15": "选项 返回"}


@dataclass
class Block:
    """kind: bar, title, chrome, time, name, in, out, row, card, para, head, comment."""

    kind: str
    text: str
    sub: str = ""
    right: str = ""


def bars(app: str) -> list[str]:
    return CHROME.get(app, "").split("\n") if app in CHROME else []


def _chat(screen: Screen, labels: bool) -> list[Block]:
    out: list[Block] = []
    last_day = None
    for msg in screen.msgs:
        if msg.at.date() != last_day:
            out.append(Block("time", when(msg.at, screen.captured)))
            last_day = msg.at.date()
        if labels or (msg.who != "me" and screen.extra.get("group")):
            out.append(Block("name", "我" if msg.who == "me" else msg.who))
        out.append(Block("out" if msg.who == "me" else "in", msg.text))
    return out


def _rows(screen: Screen) -> list[Block]:
    out = []
    for call in screen.calls:
        main = call.name or call.number
        if call.count > 1:
            main = f"{main} ({call.count})"
        sub = "  ".join(part for part in (call.place, call.tag) if part)
        out.append(Block("row", main, sub, when(call.at, screen.captured)))
    return out


def blocks(screen: Screen) -> list[Block]:
    """The screen's blocks in drawing order; paper photos have no bar and no chrome."""
    out: list[Block] = [Block("bar", s) for s in screen.statuses]
    app_bars = bars(screen.app)
    if screen.title:
        out.append(Block("title", screen.title))
    if app_bars:
        out.append(Block("chrome", app_bars[0]))
    out += [Block("head", h) for h in screen.extra.get("heads", [])]
    if screen.app in ("calllog15", "screen15", "linkcall15"):
        out += _rows(screen)
    elif screen.app == "drawer15":
        for msg in screen.msgs:
            text = msg.text if msg.kind == "card" else msg.text[:18] + "…"
            out.append(Block("card", msg.who, text, when(msg.at, screen.captured)))
    elif screen.app == "qzone15":
        for msg in screen.msgs:
            kind = "para" if msg.kind == "post" else "comment"
            out.append(Block(kind, msg.text, msg.who, when(msg.at, screen.captured)))
    elif screen.app == "mail15":
        for msg in screen.msgs:
            out.append(Block("name", f"{msg.who}  {when(msg.at, screen.captured)}"))
            out.append(Block("para", msg.text))
    elif screen.msgs:
        out += _chat(screen, labels=screen.app in ("snap15", "work15"))
    out += [Block("para", p) for p in screen.extra.get("paras", [])]
    if len(app_bars) > 1:
        out.append(Block("chrome", app_bars[1]))
    if screen.skin in SOFTKEYS and not screen.paper:
        out.append(Block("chrome", SOFTKEYS[screen.skin]))
    if screen.wrap == "long15":
        # A stitched capture repeats a few rows where two shots were glued together.
        start = len(out) // 2
        out = out[:start] + out[start - 2 : start] + out[start:]
    return out


def drawn_text(screen: Screen) -> str:
    """Every string the screen draws, one block per line (the tests read the truth against it)."""
    return "\n".join(" ".join(p for p in (b.text, b.sub, b.right) if p) for b in blocks(screen))
