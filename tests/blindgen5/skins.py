"""Phones and apps of the fifth blind set: colours, widths, tab bars, input boxes, titles.

Skins invented here: a carrier-customised Android (天翼 build), a 老人机 large-type skin, a
foldable's wide inner screen, Android 14 Material You light and dark with tinted bubbles.
"""

from __future__ import annotations

# name: (css width, background, text, bar, muted, line, left bubble, right bubble, accent, font px)
SKINS: dict[str, dict[str, str | int]] = {
    "tianyi": dict(w=390, bg="#f4f6fa", fg="#1b1f2a", bar="#1f6fd1", barfg="#fff", muted="#7a8394",
                   line="#dfe3ea", left="#ffffff", right="#cfe3ff", accent="#1f6fd1", px=16),
    "elder": dict(w=360, bg="#fffbe8", fg="#000000", bar="#ffd400", barfg="#000", muted="#444",
                  line="#c9b75b", left="#ffffff", right="#ffe98a", accent="#c01818", px=24),
    "fold": dict(w=700, bg="#fafafa", fg="#202124", bar="#fafafa", barfg="#202124",
                 muted="#6f7378", line="#e4e4e4", left="#eceff1", right="#d7e8d0",
                 accent="#2e7d32", px=16),
    "you_light": dict(w=412, bg="#fdf7ff", fg="#1d1b20", bar="#f3edf7", barfg="#1d1b20",
                      muted="#79747e", line="#e7e0ec", left="#e8def8", right="#6750a4",
                      accent="#6750a4", px=16, righttext="#ffffff"),
    "you_dark": dict(w=412, bg="#141218", fg="#e6e0e9", bar="#211f26", barfg="#e6e0e9",
                     muted="#938f99", line="#36343b", left="#2b2930", right="#4f378b",
                     accent="#d0bcff", px=16, righttext="#eaddff"),
}  # fmt: skip

# Apps: the words of their bottom tab bar and their input box ("" for none).
TABS: dict[str, str] = {
    "momo": "附近 动态 消息 我的",
    "soul": "星球 广场 聊天 自己",
    "tieba": "首页 进吧 消息 我的",
    "zhihu": "首页 会员 发布 消息 我的",
    "tantan": "探探 心动 消息 我",
    "douyin": "首页 朋友 消息 我",
    "dialer": "拨号 通话记录 联系人 收藏",
    "elder_dialer": "拨号 通话记录 联系人 收藏",
    "loanapp": "首页 额度 福利 个人中心",
}
INPUT: dict[str, str] = {
    "momo": "说点什么…",
    "soul": "发送消息…",
    "tieba": "请输入私信内容",
    "zhihu": "写私信…",
    "tantan": "发消息",
    "sms": "短信/彩信",
    "elder_sms": "写短信",
    "moments": "评论",
    "douyin": "善语结善缘，恶言伤人心",
    "mp": "",
}
# Fixed chrome words drawn on screens (titles of lists and pages, buttons), in both scripts.
CHROME = ["信息", "通话记录", "按联系人", "全部通话", "未接", "新建信息", "朋友圈",
          "账单详情", "賬單詳情", "立即还款", "服务号", "回复", "查看更多回复",
          "评论"]  # fmt: skip
