"""Four phones no earlier set drew: their colours, fonts and status bars, and the chrome words.

redmagic10: a gaming phone, near-black with red accents and a cooling-fan glyph in the bar.
sailfish10: a Sailfish-like phone, an ambience gradient and translucent panes, clock centred.
ubports10: an Ubuntu-Touch-like phone, aubergine bar with the clock at the right, orange accents.
skeuo10: an iOS-6-like skeuomorphic phone, black bar with the carrier, glossy blue title bars.
"""

from __future__ import annotations

from html import escape

from tests.blindgen10.model import Screen

SKINS: dict[str, dict[str, str]] = {
    "redmagic10": {
        "bg": "#111114", "fg": "#eeeeee", "dim": "#8a8a92", "accent": "#e8212e",
        "pane": "#1c1c22", "mine": "#7d1119", "theirs": "#26262e", "bar": "#000000",
        "barfg": "#f2f2f2", "font": "'Noto Sans CJK SC'", "nav": "#16161b", "line": "#2c2c34",
    },
    "sailfish10": {
        "bg": "linear-gradient(160deg,#1d3b5a,#4b2a63 60%,#6a2f4f)", "fg": "#f4f1ff",
        "dim": "#c6bfe0", "accent": "#7ff0e0", "pane": "rgba(255,255,255,.10)",
        "mine": "rgba(127,240,224,.28)", "theirs": "rgba(255,255,255,.14)", "bar": "transparent",
        "barfg": "#ffffff", "font": "'Noto Sans CJK SC'", "nav": "rgba(0,0,0,.18)",
        "line": "rgba(255,255,255,.18)",
    },
    "ubports10": {
        "bg": "#f7f5f3", "fg": "#2c001e", "dim": "#7a6a72", "accent": "#e95420",
        "pane": "#ffffff", "mine": "#fbd9c9", "theirs": "#ffffff", "bar": "#2c001e",
        "barfg": "#ffffff", "font": "'Noto Sans CJK SC'", "nav": "#ffffff", "line": "#e2dcd8",
    },
    "skeuo10": {
        "bg": "#dbe2ea", "fg": "#111111", "dim": "#5b6470", "accent": "#2f6fc0",
        "pane": "#ffffff", "mine": "#bfe88f", "theirs": "#ffffff", "bar": "#000000",
        "barfg": "#ffffff", "font": "'Noto Serif CJK SC'",
        "nav": "linear-gradient(#8fb2e0,#4f7fc0 50%,#3f6fb2 51%,#3a67a6)", "line": "#b9c3cf",
    },
}  # fmt: skip

CARRIER = {"redmagic10": "", "sailfish10": "", "ubports10": "", "skeuo10": "中国联通"}


def css(skin: str) -> str:
    """The page's base style for a skin (pages add their own rules on these variables)."""
    s = SKINS[skin]
    vars_ = ";".join(f"--{k}:{v}" for k, v in s.items() if k != "font")
    return (
        f":root{{{vars_}}}"
        "*{box-sizing:border-box;margin:0;padding:0}"
        # The background sits on the root so that a gradient fills the whole screen.
        "html{min-height:100%;background:var(--bg)}"
        f"body{{width:390px;font-family:{s['font']},'Noto Sans CJK SC',sans-serif;"
        "color:var(--fg);font-size:15px;line-height:1.45}"
        ".bar{height:30px;display:flex;align-items:center;padding:0 14px;font-size:13px;"
        "color:var(--barfg);background:var(--bar);gap:6px}"
        ".bar .sp{flex:1}.bar b{font-weight:600}" + EXTRA.get(skin, "")
    )


# The skeuomorphic phone's glossy title bars carry white, embossed words.
EXTRA = {
    "skeuo10": ".nav,.nav span{color:#fff!important;text-shadow:0 -1px 0 rgba(0,0,0,.45)}"
    ".nav small{color:#e4ecf7}.bub{box-shadow:0 1px 2px rgba(0,0,0,.25)}",
}


def status_bar(screen: Screen) -> str:
    """The bar as the skin draws it; its clock, network and battery words are the truth's."""
    clock, net, battery = screen.status.split()
    skin = screen.skin
    if skin == "redmagic10":
        return (
            f'<div class="bar"><b>{clock}</b><span>✇</span><span class="sp"></span>'
            f"<span>{net}</span><span>▂▄▆</span><span>{battery}</span><span>▭</span></div>"
        )
    if skin == "sailfish10":
        return (
            f'<div class="bar"><span>{net}</span><span>◢</span><span class="sp"></span>'
            f'<b style="font-size:15px">{clock}</b><span class="sp"></span>'
            f"<span>{battery}</span><span>▮</span></div>"
        )
    if skin == "ubports10":
        return (
            f'<div class="bar"><span>✉</span><span class="sp"></span><span>{net}</span>'
            f"<span>▁▃▅</span><span>{battery}</span><b>{clock}</b></div>"
        )
    return (
        f'<div class="bar"><span>▪▪▪▪▫ {escape(CARRIER[skin])} {net}</span>'
        f'<span class="sp"></span><b>{clock}</b><span class="sp"></span>'
        f"<span>{battery}</span><span>▬</span></div>"
    )


# The words of every tab bar, input bar and button row the pages draw: one string per bar.
BARS = {
    "calllog10": "全部通话 未接来电 拨号 联系人",
    "calllog10_top": "通话记录 编辑",
    "wxchat10": "发送 表情",
    "shade10": "WLAN 蓝牙 手电筒 飞行模式 全部清除 通知管理",
    "whatsapp10": "Chats Updates Communities Calls Message",
    "maimai10": "消息 人脉 职言 发简历",
    "bossdm10": "换电话 换微信 发简历 不感兴趣",
    "jdkefu10": "我的订单 常见问题 转人工 发送",
    "pddkefu10": "售后 查看订单 转人工 发送",
    "flash10": "闪信 保存 关闭",
    "smsthread10": "短信 彩信 发送",
    "bill10": "立即还款 账单明细 申请展期",
}


def chrome() -> list[str]:
    """The chrome words as the truth's "tabs" (bars), each a bar's words joined by spaces."""
    return list(BARS.values())
