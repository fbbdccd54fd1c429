"""Four phones no earlier set drew, and every UI string the set draws (tab bars, inputs, chrome)."""

from __future__ import annotations

# Each phone: its colours, fonts and the way its apps write times.
SKINS: dict[str, dict[str, str]] = {
    # Nothing OS-like: monochrome, red accent, dot-matrix headings.
    "nothing": {
        "bg": "#000",
        "fg": "#f2f2f2",
        "dim": "#8c8c8c",
        "card": "#1b1b1b",
        "line": "#2a2a2a",
        "accent": "#d71921",
        "mine": "#f2f2f2",
        "mine_fg": "#000",
        "theirs": "#1f1f1f",
        "font": "'Noto Sans CJK SC', sans-serif",
        "dot": "1",
        "times": "rel",
    },
    # Tecno HiOS-like: light, cyan-blue, round cards, lilac tint.
    "hios": {
        "bg": "#f3f5fb",
        "fg": "#1a1c24",
        "dim": "#7b8093",
        "card": "#fff",
        "line": "#e4e7f0",
        "accent": "#1f8fff",
        "mine": "#1f8fff",
        "mine_fg": "#fff",
        "theirs": "#fff",
        "font": "'Noto Sans CJK SC', sans-serif",
        "dot": "",
        "times": "cn12",
    },
    # Plain AOSP dark theme.
    "aosp_dark": {
        "bg": "#121212",
        "fg": "#e3e3e3",
        "dim": "#9aa0a6",
        "card": "#1e1e1e",
        "line": "#2c2c2c",
        "accent": "#8ab4f8",
        "mine": "#3c4a63",
        "mine_fg": "#e8eefc",
        "theirs": "#2a2a2a",
        "font": "'Noto Sans CJK SC', 'DejaVu Sans', sans-serif",
        "dot": "",
        "times": "dash",
    },
    # LineageOS-like light: white, teal accents, square-ish bubbles.
    "lineage": {
        "bg": "#fafafa",
        "fg": "#202124",
        "dim": "#6b6f73",
        "card": "#fff",
        "line": "#e0e0e0",
        "accent": "#167c80",
        "mine": "#d3efee",
        "mine_fg": "#0d3c3e",
        "theirs": "#eceff1",
        "font": "'Noto Sans CJK SC', sans-serif",
        "dot": "",
        "times": "slash",
    },
}

# Tab and button bars, one string each (words split by spaces), as score()'s "tabs" reads them.
TABS: dict[str, str] = {
    "dialer_nothing": "最近 联系人 拨号盘",
    "dialer_hios": "拨号 通话记录 联系人 收藏",
    "dialer_aosp": "收藏 最近 通讯录",
    "dialer_lineage": "快速拨号 最近通话 联系人",
    "sms_hios": "全部 通知类 骚扰拦截",
    "mail163": "收件箱 通讯录 应用中心 我的",
    "wechat_dark_own": "微信 通讯录 发现 我",
    "sms_rcs": "查账单 在线客服 更多服务",
    "rcs_buttons": "立即还款 协商还款",
    "incall": "短信回复 提醒我",
    "incall_keys": "挂断 接听",
    "mail_actions": "回复 转发 删除 更多",
    "lock_actions": "清除全部 通知管理",
}
# Input boxes (a thread's bottom line).
INPUT: dict[str, str] = {
    "sms_nothing": "短信",
    "sms_hios": "输入信息",
    "sms_aosp": "发短信",
    "sms_lineage": "键入消息",
    "sms_rcs": "发送5G消息",
    "wechat_dark_own": "按住 说话",
}
# Title-bar and list chrome drawn on some screens.
CHROME: list[str] = [
    "全部通话", "未接来电", "编辑", "搜索联系人和地点", "信息", "搜索信息", "写信", "全部已读",
    "聊天记录", "上滑解锁", "来电", "已验证", "账单详情", "身份证", "附件", "收件人", "发件人",
    "开始聊天", "微信", "短信", "电话", "当前应还（元）", "借款本金", "实际到账",
    "服务费（放款时扣除）",
    "借款日期", "约定还款日", "逾期天数", "逾期罚息及违约金", "立即还款", "已逾期",
]  # fmt: skip
