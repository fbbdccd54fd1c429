"""The third blind set's phones and apps: sizes, colours and every UI string each one draws.

Phones: nubia MyOS, Lenovo ZUI (phone and a 1600 px tablet), Smartisan OS, iOS with the largest
accessibility type, and a camera. Apps: Feishu/Lark, Xiaohongshu and Weibo private messages, a
shopping-style customer-service chat, WeChat in care mode (large type) and a WeChat family group
on a wallpaper, the phones' own SMS and dialer, a loan app's bill page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phone:
    """A phone skin: CSS width, device scale, base type size, status-bar layout and colours."""

    width: int  # CSS pixels
    scale: float
    type_px: int  # base font size
    clock: str  # where the status-bar clock sits: left | center
    bg: str
    fg: str
    bar: str
    muted: str
    line: str
    accent: str
    dialer_tabs: str  # the dialer's bottom bar ("" when none)
    sms_input: str  # the SMS composer's placeholder
    sms_title: str  # the inbox's heading
    log_title: str  # the call log's heading
    font: str = '"Noto Sans CJK SC", "Noto Color Emoji", sans-serif'


PHONES: dict[str, Phone] = {
    "nubia_myos": Phone(
        384, 2.8125, 15, "left", "#f4f5f7", "#1b1c1f", "#f4f5f7", "#8a8d93", "#e3e5e8",
        "#e5262d", "拨号盘 通话 联系人 个人收藏", "发送短信", "短信", "通话",
    ),
    "zui": Phone(
        360, 3.0, 15, "center", "#ffffff", "#222", "#fafafa", "#9a9a9a", "#ececec",
        "#2f7bf6", "拨号 最近 联系人 黄页", "输入短信内容", "信息", "最近",
    ),
    "zui_pad": Phone(
        800, 2.0, 15, "left", "#f6f7f9", "#1f2329", "#ffffff", "#8f959e", "#e4e6ea",
        "#ff5a00", "", "", "", "",
    ),
    "smartisan": Phone(
        360, 3.0, 15, "center", "#f2efe9", "#3a3530", "#f9f7f3", "#9b948a", "#dcd6cc",
        "#c8392b", "键盘 通话记录 联系人 黄页", "写短信…", "短信", "通话记录",
        '"Noto Serif CJK SC", "Noto Color Emoji", serif',
    ),
    "ios_axl": Phone(
        390, 3.0, 26, "left", "#ffffff", "#000", "#f7f7f7", "#8e8e93", "#d8d8dc",
        "#0a84ff", "个人收藏 最近通话 通讯录 拨号键盘 语音留言", "iMessage信息", "信息",
        "最近通话",
    ),
    # A camera: no status bar, only room for a sheet of paper or a card.
    "camera": Phone(
        900, 2.0, 19, "left", "#ffffff", "#1a1a1a", "#ffffff", "#777", "#ddd", "#c00",
        "", "", "", "",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class App:
    """An app's look inside a phone: colours, the composer, a bar of buttons, a grey hint."""

    bg: str
    left: str  # the other side's bubble
    right: str  # the owner's bubble
    right_fg: str
    composer: str  # the input box's placeholder ("{title}" is the chat's name)
    buttons: str = ""  # a bar of words above the composer or at the bottom
    hint: str = ""  # a grey system hint the app prints in the thread
    type_px: int = 0  # the app's own type size, 0: the phone's
    radius: str = "8px"


APPS: dict[str, App] = {
    "lark": App("#ffffff", "#f2f3f5", "#cce0ff", "#1f2329", "发送给 {title}",
                "消息 云文档 视频会议 通讯录 工作台", radius="10px"),
    "xhs": App("#ffffff", "#f5f5f5", "#ff2442", "#ffffff", "发消息…",
               hint="对方不是你的好友，请注意保护个人信息", radius="18px"),
    "weibo": App("#f2f2f2", "#ffffff", "#ff8200", "#ffffff", "发私信…",
                 hint="以下是来自陌生人的私信", radius="6px"),
    "shopchat": App("#f4f4f4", "#ffffff", "#ffe3d3", "#1b1b1b", "请输入您想咨询的问题",
                    "查看账单 我要还款 转人工 投诉建议", hint="官方客服为您服务", radius="12px"),
    "wechat_care": App("#ededed", "#ffffff", "#a9ea7a", "#111", "按住 说话", type_px=27,
                       radius="6px"),
    "wechat_family": App("#d9e8d4", "#ffffff", "#a9ea7a", "#111", "", type_px=17,
                         radius="6px"),
    "sms": App("", "", "", "#ffffff", "", radius="16px"),
}  # fmt: skip

# Screen headings and list headings a phone or app prints: chrome, never a sender.
TITLES = ["通话", "通话记录", "最近通话", "最近", "短信", "信息", "我的账单", "账单详情", "私信",
          "消息", "全部会话", "今天", "昨天"]  # fmt: skip


def composer(app: str, title: str) -> str:
    """The input box's placeholder as drawn in a chat with `title`."""
    return APPS[app].composer.format(title=title)


def chrome_strings() -> list[str]:
    """Every UI bar and hint this set draws (the chats' composers are added per chat)."""
    out = [p.dialer_tabs for p in PHONES.values() if p.dialer_tabs]
    out += [p.sms_input for p in PHONES.values() if p.sms_input]
    out += [a.buttons for a in APPS.values() if a.buttons]
    out += [a.hint for a in APPS.values() if a.hint]
    out += [a.composer for a in APPS.values() if a.composer and "{" not in a.composer]
    return [*out, *TITLES]
