"""Phone skins (status bar, navigation) and every app's chrome strings, one bar a line."""

from __future__ import annotations

from tests.blindgen20.canvas import Canvas
from tests.blindgen20.model import Screen

# Width, page background (light, dark), font family per skin: fonts differ phone to phone.
SKINS = {
    "oneui20": (1080, ("#f6f6f8", "#000000"), "sans"),
    "matyou20": (1080, ("#fdf7ff", "#1b1b1f"), "sans"),
    "vivoft20": (720, ("#ffffff", "#111111"), "sans"),
    "hos3_20": (1224, ("#f1f3f5", "#0c0c0c"), "sans"),
    "xpmin20": (1096, ("#fafafa", "#121212"), "serif"),
    "kidfp20": (240, ("#fff8e1", "#000000"), "sans"),
    "paper20": (1280, ("#d9d4c7", "#d9d4c7"), "serif"),
}
# Soft keys are chrome like a tab bar.
SOFTKEYS = {"kidfp20": "菜单 确定 返回"}

CHROME = {
    "bill20": "首页 借款 我的\n立即还款",
    "sms20": "发送短信",
    "spam20": "垃圾短信\n全部删除 恢复",
    "samcalls20": "电话\n键盘 最近记录 联系人",
    "gphone20": "搜索联系人和地点\n收藏 最近 通讯录\n全部 未接来电",
    "card20": "呼叫 短信 视频通话",
    "whatsapp20": "輸入訊息",
    "telegram20": "发送消息",
    "line20": "输入讯息",
    "changlian20": "畅连 通话 联系人",
    "carrier20": "通话记录查询\n起始时间 对方号码 通话类型 时长",
    "kidsms20": "",
}


def bg(screen: Screen) -> str:
    return SKINS[screen.skin][1][1 if screen.dark else 0]


def ink(screen: Screen) -> str:
    return "#f2f2f2" if screen.dark else "#1c1c1e"


def dim(screen: Screen) -> str:
    return "#9a9aa0" if screen.dark else "#6e6e73"


def _battery(c: Canvas, x: int, y: int, pct: int, color, scale: float = 1.0) -> None:
    """A battery outline with its fill: the icon beside the percentage."""
    w, h = int(44 * scale), int(22 * scale)
    c.rect((x, y, x + w, y + h), None, int(5 * scale), outline=color, width=2)
    c.rect((x + 4, y + 4, x + 4 + int((w - 8) * pct / 100), y + h - 4), color, 2)


def _bars(c: Canvas, x: int, y: int, color, scale: float = 1.0) -> None:
    for i in range(4):
        h = int((8 + 6 * i) * scale)
        c.rect(
            (
                x + i * int(9 * scale),
                y + int(26 * scale) - h,
                x + i * int(9 * scale) + int(6 * scale),
                y + int(26 * scale),
            ),
            color,
            1,
        )


def status_bar(c: Canvas, screen: Screen) -> int:
    """Each skin places clock, network and battery its own way; returns the bar's height."""
    col = ink(screen)
    w = c.width
    net, pct, clock = screen.network, f"{screen.battery}%", screen.clock
    if screen.skin == "kidfp20":
        _bars(c, 4, 2, col, 0.5)
        c.text((26, 2), net, 11, col)
        c.text((w // 2, 2), clock, 12, col, "bold", anchor="ma")
        c.text((w - 40, 2), pct, 11, col, anchor="ra")
        _battery(c, w - 36, 4, screen.battery, col, 0.7)
        return 20
    if screen.skin == "hos3_20":  # network left, clock at the right end as on Huawei
        _bars(c, 36, 22, col)
        c.text((80, 20), net, 28, col, "bold")
        c.text((w - 40, 18), clock, 32, col, anchor="ra")
        c.text((w - 190, 20), pct, 28, col, anchor="ra")
        _battery(c, w - 178, 24, screen.battery, col)
        return 76
    size = {"vivoft20": 24, "xpmin20": 30}.get(screen.skin, 34)
    c.text((40 if screen.skin != "vivoft20" else 26, 16), clock, size, col, "bold")
    right = w - 40
    if screen.skin == "matyou20":
        _battery(c, right - 30, 26, screen.battery, col, 0.8)
        c.text((right - 44, 18), pct, 28, col, anchor="ra")
        c.text((right - 130, 18), net, 28, col, anchor="ra")
        return 78
    if screen.skin == "oneui20":
        c.text((right, 18), pct, 30, col, anchor="ra")
        _bars(c, right - 160, 20, col)
        c.text((right - 170, 18), net, 28, col, anchor="ra")
        return 80
    c.text((right, 16), pct, size - 4, col, anchor="ra")
    c.text((right - 90, 16), net, size - 4, col, anchor="ra")
    return 56 if screen.skin == "vivoft20" else 66


def nav_bar(c: Canvas, screen: Screen) -> None:
    """Bottom navigation: three buttons, a gesture pill, or soft keys with words."""
    h, w, col = c.height, c.width, dim(screen)
    if screen.skin == "kidfp20":
        c.rect((0, h - 22, w, h), "#263238")
        left, mid, right = SOFTKEYS["kidfp20"].split()
        c.text((6, h - 20), left, 13, "white")
        c.text((w // 2, h - 20), mid, 13, "white", anchor="ma")
        c.text((w - 6, h - 20), right, 13, "white", anchor="ra")
    elif screen.skin == "oneui20":
        for i, x in enumerate((w * 0.25, w * 0.5, w * 0.75)):
            cx, cy = int(x), h - 50
            if i == 0:
                c.line([(cx - 14, cy - 14), (cx - 14, cy + 14)], col, 4)
                c.line([(cx + 4, cy - 14), (cx + 4, cy + 14)], col, 4)
            elif i == 1:
                c.rect((cx - 18, cy - 18, cx + 18, cy + 18), None, 8, outline=col, width=4)
            else:
                c.line([(cx + 10, cy - 16), (cx - 10, cy), (cx + 10, cy + 16)], col, 4)
    elif screen.skin not in ("paper20",):
        c.rect((w // 2 - 90, h - 30, w // 2 + 90, h - 22), col, 4)
