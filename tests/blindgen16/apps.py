"""What each app draws on a screen, as blocks in order (the painter only places them).

The test reads the same blocks, so what the truth says is drawn is what the painter paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.blindgen16.model import Screen

# Every bar, button and input box of an app, one bar an entry (words split by spaces).
CHROME: dict[str, list[str]] = {
    "sms16": ["短信/彩信 发送"],
    "rcs16": ["RCS消息 发送"],
    "lark16": ["发送给对方 表情 文件"],
    "wxpat16": ["按住说话 表情 更多"],
    "alipaycs16": ["咨询客服 我的账单 服务评价"],
    "redbook16": ["说点什么… 表情"],
    "calllog16": ["拨号 最近通话 联系人"],
    "detail16": ["对方号码 通话时间 时长 类型", "查询 详单 办理 我的"],
    "mark16": ["加入黑名单 修改标记"],
    "export16": ["聊天记录导出 第1页"],
    "bill16": ["立即还款 申请展期"],
}
# Header subtitles (a chat's second line) per app: chrome too, never a person's words.
SUBTITLE = {"lark16": "外部联系人", "alipaycs16": "生活号", "rcs16": "短信 · 中国移动"}
# A Windows-10-Mobile-like phone names the app in small capitals above every title.
METRO = {"calllog16": "PHONE", "bill16": "WALLET"}


@dataclass
class Block:
    kind: str  # header, sub, sys, name, in, out, row, table, para, doc, tab, card
    text: str
    right: str = ""  # a row's time or a table's other columns
    sub: str = ""  # a row's second line (tag, place)


def _chat(screen: Screen) -> list[Block]:
    out: list[Block] = []
    shown = ""
    named = screen.app in ("lark16", "export16")
    for msg in screen.msgs:
        if msg.shown and msg.shown != shown and screen.app != "export16":
            out.append(Block("sys", msg.shown))
            shown = msg.shown
        if msg.side == "sys":
            out.append(Block("sys", msg.text))
        elif screen.app == "export16":
            who = "我" if msg.side == "out" else msg.who  # an export names its owner 我
            out.append(Block("name", f"{who}  {msg.shown}"))
            out.append(Block("para", msg.text))
        else:
            if named and msg.side == "in":
                out.append(Block("name", msg.who))
            kind = msg.side if not msg.text.startswith("[转账]") else "card"
            out.append(Block(kind, msg.text, right=msg.side))
    return out


def _calls(screen: Screen) -> list[Block]:
    out = []
    for call in screen.calls:
        label = call.name or call.number
        if call.count > 1:
            label += f" ({call.count})"
        if screen.app == "detail16":
            out.append(Block("table", call.number, right=call.shown, sub=call.tag))
        else:
            out.append(Block("row", label, right=call.shown, sub=call.tag))
    return out


def blocks(screen: Screen) -> list[Block]:
    """The screen's body and chrome, top to bottom (the status bar is the painter's)."""
    head = [Block("header", screen.title)] if screen.title else []
    if screen.skin == "wp16" and not screen.photo:
        head.insert(0, Block("label", METRO.get(screen.app, "MESSAGING")))
    if screen.app in SUBTITLE:
        head.append(Block("sub", SUBTITLE[screen.app]))
    if screen.photo:
        return [Block("doc", p) for p in screen.paras]
    body = _calls(screen) if screen.calls else _chat(screen)
    if screen.paras:
        body = [Block("para", p) for p in screen.paras] + body
    bars = [Block("tab", bar) for bar in CHROME.get(screen.app, [])]
    if screen.app == "detail16":
        return head + bars[:1] + body + bars[1:]
    return head + body + bars


def drawn_text(screen: Screen) -> str:
    """Every string painted on the screen, status bar included, one per line."""
    parts = [] if screen.photo else [screen.clock, screen.net, f"{screen.battery}%"]
    for b in blocks(screen):
        parts += [b.text, b.sub, b.right if b.kind in ("row", "table") else ""]
    return "\n".join(p for p in parts if p)
