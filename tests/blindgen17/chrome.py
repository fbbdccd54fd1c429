"""Every bar, button and input-box string the seventeenth set draws, and its phones' looks."""

from __future__ import annotations

# One app's bars, one bar a line: each word is drawn on every screen of that app.
CHROME: dict[str, str] = {
    "thread17": "短信/彩信 发送",
    "inbox17": "收件箱 拦截 未读\n搜索短信、联系人",
    "block17": "拦截短信 拦截来电 拦截规则\n恢复到收件箱 删除",
    "calls17": "全部通话 未接 编辑\n拨号键盘 联系人 最近通话",
    "wxchat17": "按住说话 表情 发送",
    "group17": "群公告 按住说话 发送",
    "wework17": "外部联系人 @微信 客户详情\n发消息 发送",
    "ding17": "DING 已读 未读\n发DING 发送",
    "weibo17": "陌生人私信 关注的人 群聊\n发私信 发送",
    "douyin17": "消息请求 接受 删除\n发送消息",
    "toutiao17": "写评论 转发 收藏 点赞",
    "callid17": "拒接 接听 短信回复",
    "lock17": "上滑解锁 清除全部",
    "express17": "联系快递员 查看物流\n输入消息 发送",
    "insbot17": "转人工 常见问题 我的保单\n请输入您的问题 发送",
    "bill17": "立即还款 还款计划 借款记录",
    "idcard17": "",
    "letter17": "",
}

# Phone skins: status-bar layout, accent, font, corner radius, header size.
SKINS: dict[str, dict] = {
    "oneui717": {"bar": "left", "accent": "#3e91ff", "font": "Noto Sans CJK SC", "radius": 26,
                 "head": 44, "bg": "#f6f6f6"},
    "realmeui17": {"bar": "left", "accent": "#ffc915", "font": "Noto Sans CJK SC", "radius": 10,
                   "head": 22, "bg": "#ffffff"},
    "pixel9x17": {"bar": "left", "accent": "#6750a4", "font": "Noto Sans CJK SC", "radius": 28,
                  "head": 30, "bg": "#fef7ff"},
    "shark17": {"bar": "split", "accent": "#2bd659", "font": "Noto Sans CJK SC", "radius": 4,
                "head": 24, "bg": "#101512"},
    "roundos17": {"bar": "split", "accent": "#1dbf8a", "font": "Noto Serif CJK SC", "radius": 34,
                  "head": 26, "bg": "#f2f4f3"},
    "droidtab17": {"bar": "left", "accent": "#0b57d0", "font": "Noto Sans CJK SC", "radius": 16,
                   "head": 22, "bg": "#eef2f8"},
}  # fmt: skip


def chrome_bars() -> list[str]:
    return [bar for text in CHROME.values() for bar in text.split("\n") if bar]
