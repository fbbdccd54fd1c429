"""Colours, fonts and chrome words of the phones and apps this set draws.

Every word of chrome (tab bars, input placeholders, buttons, system notices) is listed in CHROME so
the truth can tell the scorer which strings are UI and never a person's words.
"""

from __future__ import annotations

# The phone's own look: status bar, system apps (SMS, dialer, contacts).
PHONES: dict[str, dict[str, str]] = {
    "flyme": {"bg": "#ffffff", "fg": "#1c1c1c", "muted": "#8a8a8a", "line": "#ececec",
              "in": "#f2f2f2", "out": "#3f86ff", "outfg": "#ffffff", "accent": "#3f86ff",
              "font": "'Noto Sans CJK SC'", "width": "392", "dark": ""},
    "ios_light": {"bg": "#ffffff", "fg": "#000000", "muted": "#8e8e93", "line": "#e5e5ea",
                  "in": "#e9e9eb", "out": "#0a84ff", "outfg": "#ffffff", "accent": "#007aff",
                  "font": "'Noto Sans CJK SC'", "width": "390", "dark": ""},
    "harmony_next": {"bg": "#f1f3f5", "fg": "#182431", "muted": "#838a93", "line": "#e3e6ea",
                     "in": "#ffffff", "out": "#0a59f7", "outfg": "#ffffff", "accent": "#0a59f7",
                     "font": "'Noto Sans CJK SC'", "width": "384", "dark": ""},
    "hyperos_dark": {"bg": "#000000", "fg": "#e8e8e8", "muted": "#8c8c8c", "line": "#1e1e1e",
                     "in": "#1f1f1f", "out": "#0d84ff", "outfg": "#ffffff", "accent": "#3d9bff",
                     "font": "'Noto Sans CJK SC'", "width": "392", "dark": "1"},
    "realme": {"bg": "#fafafa", "fg": "#202020", "muted": "#9b9b9b", "line": "#e9e9e9",
               "in": "#ececec", "out": "#ffc915", "outfg": "#202020", "accent": "#e0a800",
               "font": "'Noto Sans CJK SC'", "width": "360", "dark": ""},
    "oneplus": {"bg": "#ffffff", "fg": "#1a1a1a", "muted": "#919191", "line": "#eeeeee",
                "in": "#f0f0f0", "out": "#eb0029", "outfg": "#ffffff", "accent": "#eb0029",
                "font": "'Noto Sans CJK SC'", "width": "412", "dark": ""},
}  # fmt: skip

# Chat apps: page, header, bubbles (light unless said).
APPS: dict[str, dict[str, str]] = {
    "wecom": {"bg": "#f2f3f5", "head": "#ffffff", "in": "#ffffff", "out": "#c6e2ff",
              "outfg": "#1d2129", "fg": "#1d2129", "muted": "#86909c", "radius": "4px"},
    "qq_group": {"bg": "#f1f2f6", "head": "#f1f2f6", "in": "#ffffff", "out": "#0099ff",
                 "outfg": "#ffffff", "fg": "#111111", "muted": "#8d8f99", "radius": "14px"},
    "dingtalk": {"bg": "#f3f4f6", "head": "#ffffff", "in": "#ffffff", "out": "#d8e9ff",
                 "outfg": "#171a1d", "fg": "#171a1d", "muted": "#a2a3a4", "radius": "8px"},
    "douyin": {"bg": "#161823", "head": "#161823", "in": "#2f3038", "out": "#3d7bff",
               "outfg": "#ffffff", "fg": "#f1f1f2", "muted": "#8a8b91", "radius": "16px"},
    "alipay": {"bg": "#f5f5f5", "head": "#ffffff", "in": "#ffffff", "out": "#1677ff",
               "outfg": "#ffffff", "fg": "#333333", "muted": "#999999", "radius": "6px"},
    "wechat": {"bg": "#ededed", "head": "#ededed", "in": "#ffffff", "out": "#95ec69",
               "outfg": "#111111", "fg": "#111111", "muted": "#a0a0a0", "radius": "5px"},
}  # fmt: skip

# Input boxes (placeholder text) and bottom bars, as drawn.
INPUT = {
    "wecom": "",
    "qq_group": "发消息",
    "dingtalk": "请输入消息",
    "douyin": "发送消息",
    "alipay": "说点什么",
    "wechat": "",
    "sms": "短信",
}
TABS = {
    "flyme": "拨号 通话记录 联系人 黄页",
    "ios_light": "个人收藏 最近通话 通讯录 拨号键盘 语音留言",
    "harmony_next": "拨号 联系人 收藏 畅连",
    "hyperos_dark": "拨号 联系人 营业厅",
    "realme": "电话 联系人 收藏",
    "oneplus": "拨号 最近 联系人",
}
# Words of the apps' own screens that are nobody's speech (two words of one entry mark UI).
CHROME = [
    "全部通话 未接来电",
    "编辑 全部 未接",
    "发信息 呼叫 视频通话",
    "分享联系人 添加到收藏 阻止此来电号码",
    "立即还款 申请展期",
    "借款详情 还款计划",
    "你已添加了 现在可以开始聊天了",
    "对方不是你的好友 请注意隐私安全",
    "为了保护你的资金安全 请勿轻信陌生人的转账要求",
    "已读 未读",
    "群主 管理员",
    "通话时长 对方已取消",
    "信息 编辑",
    "新信息 搜索",
]
# System notices drawn inside chats, by app (first part is the chip, second the line).
NOTICE = {
    "wecom": "你已添加了{title}，现在可以开始聊天了",
    "douyin": "对方不是你的好友，请注意隐私安全",
    "alipay": "为了保护你的资金安全，请勿轻信陌生人的转账要求",
}
