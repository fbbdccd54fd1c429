"""Set 31's page kit: the chrome each page draws, the Page that keeps its texts, the status bar."""

from __future__ import annotations

from html import escape

from tests.blindgen31.model import Screen, hm
from tests.blindgen31.skins import SKINS

# Chrome each page draws (tab bars, buttons, placeholders): one bar a line.
CHROME = {
    "calllog31": "拨号 通话记录 联系人 收藏",
    "dialer31": "键盘 最近 联系人\n编辑 全部 未接",
    "ioslog31": "个人收藏 最近通话 通讯录 拨号键盘\n全部 未接来电",
    "numpage31": "呼叫 发信息 加入黑名单 标记号码",
    "sms_inbox31": "全部 验证码 通知 推广\n搜索短信",
    "sms_thread31": "短信/彩信 发送",
    "wxchat31": "按住说话 发送",
    "shopchat31": "我想要 还在吗 能便宜吗 发送\n宝贝详情",
    "datechat31": "打招呼 礼物 发送\n说点什么吧",
    "mail31": "回复 全部回复 转发 删除",
    "lock31": "上滑解锁",
    "bill31": "立即还款 申请展期 还款计划",
}

AV = ["#5b8def", "#e0884a", "#49a86b", "#b06bd6", "#d65b7a", "#3fa7a7", "#8a8f3a"]


class Page:
    def __init__(self, screen: Screen):
        self.s = screen
        self.skin = SKINS[screen.skin]
        self.texts: list[str] = []
        self.dark = screen.dark or self.skin.dark

    def t(self, text: str) -> str:
        self.texts.append(text)
        return escape(text)

    def av(self, name: str, size: int = 40, round_: bool = True) -> str:
        ch = "我" if name == "me" else name.strip()[:1]
        color = AV[sum(map(ord, name)) % len(AV)]
        if ch.isdigit() or ch == "+":
            ch, color = "", "#a9b0ba"
        r = "50%" if round_ else "6px"
        return (
            f'<span class="av" style="width:{size}px;height:{size}px;border-radius:{r};'
            f'background:{color};font-size:{size * 0.45:.0f}px">{escape(ch)}</span>'
        )


def statuses(s: Screen) -> list[str]:
    """What the status bar prints: the clock, the network, the battery (a paper has none)."""
    if s.app == "letter31":
        return []
    batt = 23 + (s.captured.minute * 7 + s.captured.day * 3) % 70
    return [hm(s.captured), SKINS[s.skin].net, f"{batt}%"]


def status_bar(p: Page) -> str:
    s, k = p.s, p.skin
    s.statuses = statuses(s)
    if not s.statuses:
        return ""
    clock, _, _ = s.statuses
    batt = int(s.statuses[2][:-1])
    sig = "".join(f'<u style="height:{3 + 2 * i}px"></u>' for i in range(4))
    left = p.t(clock)
    right = (
        f'<span class="sig">{sig}</span><span>{p.t(k.net)}</span>'
        f'<span class="batt"><span>{p.t(f"{batt}%")}</span><i><b style="width:{batt * 0.18:.0f}px">'
        "</b></i></span>"
    )
    return f'<div class="bar"><span>{left}</span><span class="r">{right}</span></div>'


# --- the list CSS the call logs, the SMS inbox and the mail share --------------------------
LOG_CSS = """
.hd{padding:10px 22px 6px;font-size:30px;font-weight:600}
.seg{display:flex;gap:8px;padding:0 18px 8px}.seg span{padding:4px 14px;border-radius:16px;
 background:var(--card);font-size:14px;color:var(--sub)}.seg span.on{color:var(--acc);
 font-weight:600}
.grp{margin:6px 12px 4px;color:var(--sub);font-size:13px;padding:6px 10px 2px}
.rows{background:var(--card);margin:0 12px;border-radius:18px;overflow:hidden}
.row{display:flex;align-items:center;padding:10px 14px;gap:12px;border-bottom:1px solid var(--line)}
.row .av{flex:none}.row .mid{flex:1;min-width:0}.row .nm{font-size:calc(var(--fs) + 1px)}
.row .nm.miss{color:var(--miss)}.row .sb{font-size:12.5px;color:var(--sub);margin-top:2px}
.row .tm{font-size:13px;color:var(--sub);text-align:right;white-space:nowrap}
.row .i{width:20px;height:20px;border:1.5px solid var(--acc);border-radius:50%;color:var(--acc);
 font-size:12px;display:flex;align-items:center;justify-content:center;font-style:italic}
.tabs{flex:none;display:flex;justify-content:space-around;padding:8px 0 4px;font-size:12px;
 color:var(--sub);border-top:1px solid var(--line);background:var(--bg)}.tabs .on{color:var(--acc)}
.av{display:inline-flex;align-items:center;justify-content:center;color:#fff;font-weight:600}
.tag{color:#e07b00}
"""
