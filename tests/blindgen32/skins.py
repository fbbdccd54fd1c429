"""The set's four phone skins and its two non-phone sources, and the chrome each one draws."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skin:
    bg: str
    fg: str
    sub: str
    accent: str
    bar: str  # title bar
    card: str
    line: str
    mine: str  # my bubble
    mine_fg: str
    theirs: str
    missed: str
    ios: bool
    dp: int  # width in dp the phone lays out at
    chat_bg: str


SKINS = {
    # iOS-like light, large-title pages, blue bubbles.
    "tidal32": Skin("#ffffff", "#111111", "#8a8a8e", "#0a7cff", "#f7f7f8", "#f2f2f6",
                    "#e2e2e6", "#0a7cff", "#ffffff", "#e9e9eb", "#ff3b30", True, 390, "#ffffff"),
    # An Android light skin with rounded cards on a pale grey page, green accent.
    "loquat32": Skin("#f4f5f7", "#1a1c1e", "#7c8086", "#16a35f", "#f4f5f7", "#ffffff",
                     "#e6e8eb", "#9fe6a0", "#111111", "#ffffff", "#e5484d", False, 360, "#ededed"),
    # A dark Android skin, violet accent.
    "basalt32": Skin("#0d0e11", "#e9eaee", "#8d9099", "#8b7bff", "#16171b", "#1b1c21",
                     "#2a2b31", "#5b4fd6", "#ffffff", "#24252b", "#ff6b6b", False, 411, "#101114"),
    # A cream-and-saffron themed skin (a maker's «暖阳» theme), brown text.
    "saffron32": Skin("#fff7ea", "#3b2a16", "#9c8565", "#e8891c", "#ffefd4", "#fffdf8",
                      "#f0dfc3", "#f6b35b", "#3b2a16", "#ffffff", "#d2452b", False, 384, "#fbeedb"),
    # A landscape tablet with two panes.
    "slab32": Skin("#f6f6f6", "#202124", "#80868b", "#1a73e8", "#ffffff", "#ffffff",
                   "#e3e3e3", "#d2e3fc", "#202124", "#ffffff", "#d93025", False, 800, "#f1f3f4"),
    # A PC chat client's window.
    "desk32": Skin("#f5f5f5", "#191919", "#999999", "#07c160", "#ececec", "#ffffff",
                   "#e0e0e0", "#95ec69", "#111111", "#ffffff", "#fa5151", False, 900, "#f5f5f5"),
    # A paper notice photographed on a table.
    "paper32": Skin("#f3efe6", "#1b1b1b", "#555555", "#c1272d", "#f3efe6", "#f3efe6",
                    "#cccccc", "#ffffff", "#111111", "#ffffff", "#c1272d", False, 420, "#f3efe6"),
}  # fmt: skip

# Tab bars and chrome lines each page draws (the scorer treats two words of one bar as UI).
CHROME = {
    "calllog32": "拨号 通话 联系人 营业厅",
    "numpage32": "呼叫 发短信 加入黑名单",
    "smsinbox32": "全部 服务号 骚扰拦截",
    "smsthread32": "短信/彩信",
    "chat32": "聊天 好友 动态 我的",
    "group32": "聊天 好友 动态 我的",
    "bill32": "首页 借款 账单 我的",
    "lock32": "上滑解锁",
    "padsms32": "搜索信息 新建",
    "pcchat32": "发送(S) 聊天记录",
    "notice32": "",
}


def statuses(screen) -> list[str]:
    """The status-bar texts a screen draws (none for paper or a PC window)."""
    if screen.skin in ("paper32", "desk32") or screen.app == "notice32":
        return []
    if screen.skin == "slab32":
        return [screen.captured.strftime("%H:%M"), "WLAN", "64%"]
    # An iOS-like bar writes the bare number inside the battery pill, Android «NN%» beside it.
    # The scorer finds a status by substring, so two bare digits would mark any text holding them
    # («02038817642» holds 81) as UI: the pill's number is left out, «NN%» stays.
    if SKINS[screen.skin].ios:
        return [screen.captured.strftime("%H:%M"), net_of(screen)]
    return [screen.captured.strftime("%H:%M"), f"{battery_of(screen)}%", net_of(screen)]


def battery_of(screen) -> int:
    return 18 + (sum(map(ord, screen.name)) * 7) % 79


def net_of(screen) -> str:
    return ("5G", "4G", "5G", "HD")[sum(map(ord, screen.name)) % 4]
