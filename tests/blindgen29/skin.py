"""Set 29's four skins and the chrome every page shares: status bar, title bar, input box,
tab bar."""

from __future__ import annotations

from dataclasses import dataclass

from tests.blindgen29.canvas import Canvas
from tests.blindgen29.model import Screen

WHITE = (255, 255, 255)
RED = (232, 64, 52)


@dataclass
class Theme:
    bg: tuple
    fg: tuple
    dim: tuple
    card: tuple
    acc: tuple
    inb: tuple
    outb: tuple
    outfg: tuple
    rule: tuple


SKINS = {
    "magic929": Theme((245, 246, 248), (24, 24, 28), (130, 132, 140), WHITE, (10, 102, 255),
                      WHITE, (10, 102, 255), WHITE, (226, 228, 233)),
    "origin529": Theme(WHITE, (16, 18, 24), (122, 126, 138), (244, 245, 249), (64, 92, 246),
                       (240, 242, 247), (64, 92, 246), WHITE, (232, 234, 240)),
    "iqoo29": Theme((9, 9, 12), (234, 234, 240), (138, 140, 152), (27, 27, 33), (255, 128, 16),
                    (36, 36, 42), (255, 128, 16), (20, 12, 0), (46, 46, 54)),
    "lumen29": Theme(WHITE, (0, 0, 0), (138, 138, 142), (242, 242, 247), (0, 122, 255),
                     (233, 233, 235), (0, 122, 255), WHITE, (222, 222, 226)),
}  # fmt: skip

CHROME = {
    "sms_thread29": "短信/彩信 发送",
    "sms_inbox29": "信息 服务号 通知信息 搜索",
    "dialer29": "拨号 通话记录 联系人 收藏 全部 未接",
    "calldetail29": "呼叫 发信息 拉黑 标记 通话记录",
    "wxchat29": "发送 表情",
    "qqchat29": "发送 语音 图片 红包",
    "lock29": "向上滑动解锁 全部清除",
    "bill29": "立即还款 账单明细 还款记录",
    "detail29": "通话详单 上网详单 短信详单 查询",
    "detailhead29": "起始时间 通信地点 通信方式 对方号码 通信时长",
    "intercept29": "拦截电话 拦截短信 拦截设置 清空",
    "ding29": "DING 我收到的 我发出的 确认收到",
    "editor29": "取消 完成 裁剪 旋转 标注 滤镜 调节",
}


def theme(s: Screen) -> Theme:
    th = SKINS[s.skin]
    if s.app in ("wxchat29", "wxgroup29"):
        if s.dark:
            return Theme((17, 17, 17), (222, 222, 222), (120, 120, 120), (30, 30, 30), (7, 193, 96),
                         (44, 44, 44), (58, 170, 92), (10, 10, 10), (40, 40, 40))  # fmt: skip
        return Theme((237, 237, 237), (20, 20, 20), (150, 150, 150), WHITE, (7, 193, 96),
                     WHITE, (149, 236, 105), (20, 20, 20), (220, 220, 220))  # fmt: skip
    if s.app == "qqchat29":
        return Theme((17, 17, 23), (230, 232, 240), (128, 132, 146), (30, 31, 40), (0, 153, 255),
                     (38, 39, 50), (0, 140, 240), WHITE, (44, 45, 56))  # fmt: skip
    return th


class Overflow(ValueError):
    pass


def status(cv: Canvas, s: Screen, th: Theme, fg=None) -> int:
    fg = fg or th.fg
    h = cv.g(96)
    y = h / 2
    if s.skin == "lumen29":
        cv.text(cv.g(120), y, s.clock, 34, fg, "bold", "mm")
        cv.battery(
            cv.w - cv.g(120), y - cv.g(18), cv.g(64), cv.g(34), s.battery, fg, str(s.battery) + "%"
        )
        cv.wifi(cv.w - cv.g(170), y + cv.g(14), cv.g(26), fg)
        cv.bars(cv.w - cv.g(250), y - cv.g(14), cv.g(30), fg)
        return h
    cv.text(cv.g(54), y, s.clock, 30 if s.skin == "origin529" else 33, fg, "sans", "lm")
    right = cv.w - cv.g(60)
    if s.skin in ("origin529", "iqoo29"):
        cv.battery(
            right - cv.g(62), y - cv.g(16), cv.g(62), cv.g(32), s.battery, fg, str(s.battery) + "%"
        )
        x = right - cv.g(62)
    else:
        cv.battery(right - cv.g(54), y - cv.g(13), cv.g(54), cv.g(26), s.battery, fg)
        w = cv.text(right - cv.g(66), y, f"{s.battery}%", 28, fg, "sans", "rm")
        x = right - cv.g(66) - w
    cv.wifi(x - cv.g(40), y + cv.g(14), cv.g(24), fg)
    cv.bars(x - cv.g(120), y - cv.g(14), cv.g(28), fg)
    return h


def titlebar(cv: Canvas, s: Screen, th: Theme, y: int, center=True, icons=True) -> int:
    h = cv.g(150)
    mid = y + h / 2
    cv.chevron(cv.g(52), mid, cv.g(34), th.fg, 5)
    if s.sub:
        cv.text(
            cv.w / 2 if center else cv.g(120),
            mid - cv.g(22),
            s.title,
            40,
            th.fg,
            "bold",
            "mm" if center else "lm",
        )
        cv.text(
            cv.w / 2 if center else cv.g(120),
            mid + cv.g(32),
            s.sub,
            25,
            th.dim,
            "sans",
            "mm" if center else "lm",
        )
    else:
        cv.text(
            cv.w / 2 if center else cv.g(120),
            mid,
            s.title,
            40,
            th.fg,
            "bold",
            "mm" if center else "lm",
        )
    if icons:
        cv.dots3(cv.w - cv.g(70), mid, cv.g(6), th.fg)
    return y + h


def bottom_input(cv: Canvas, s: Screen, th: Theme, placeholder: str, send: str) -> int:
    h = cv.g(150)
    top = cv.h - h
    cv.box((0, top, cv.w, cv.h), 0, th.card)
    cv.box((cv.g(130), top + cv.g(30), cv.w - cv.g(220), top + cv.g(120)), cv.g(22), th.bg)
    if placeholder:
        cv.text(cv.g(160), top + cv.g(75), placeholder, 30, th.dim, "sans", "lm")
    cv.dot(cv.g(66), top + cv.g(75), cv.g(30), outline=th.dim, width=cv.g(4))
    cv.box((cv.w - cv.g(190), top + cv.g(34), cv.w - cv.g(40), top + cv.g(116)), cv.g(16), th.acc)
    cv.text(cv.w - cv.g(115), top + cv.g(75), send, 30, WHITE, "sans", "mm")
    return top


def tabbar(cv: Canvas, th: Theme, words: list[str], on: int) -> int:
    h = cv.g(170)
    top = cv.h - h
    cv.box((0, top, cv.w, cv.h), 0, th.card)
    step = cv.w / len(words)
    for i, w in enumerate(words):
        c = th.acc if i == on else th.dim
        cx = step * i + step / 2
        cv.box(
            (cx - cv.g(26), top + cv.g(30), cx + cv.g(26), top + cv.g(76)),
            cv.g(10),
            outline=c,
            width=cv.g(4),
        )
        cv.text(cx, top + cv.g(112), w, 24, c, "sans", "mm")
    return top


def check(cv: Canvas, limit: float) -> None:
    if cv.low > limit + 2:
        raise Overflow(f"content reaches {cv.low:.0f} past {limit:.0f}")


# chats -----------------------------------------------------------------------------------


def tint(name: str) -> tuple:
    n = sum(map(ord, name))
    return (80 + n * 37 % 140, 90 + n * 53 % 120, 100 + n * 71 % 130)
