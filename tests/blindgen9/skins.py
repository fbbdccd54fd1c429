"""Four phones of this set's own: their colours, status bars and the chrome strings they draw."""

from __future__ import annotations

from html import escape

# name: (page bg, text, bar bg, accent, my bubble, their bubble, muted, font size)
SKINS = {
    "funtouch": ("#f4f6fa", "#1b1b1f", "#ffffff", "#415fff", "#4f6dff", "#ffffff", "#8a8f99", 16),
    "touchwiz": ("#eef1f2", "#222222", "#1a7fc4", "#1a7fc4", "#d7ecfa", "#ffffff", "#6d7478", 17),
    "honor_dark_own": (
        "#0f1012", "#e8e8ea", "#17181b", "#2fd0a8", "#1f6f5c", "#25272b", "#8c9096", 16,
    ),
    "ios18_own": ("#000000", "#f2f2f7", "#111114", "#bf8cff", "#7d4dd8", "#26252b", "#8e8e93", 17),
}  # fmt: skip

# Tab bars and headers drawn on the screens (every one is UI, never a person's words).
TABS = {
    "sms": "信息 骚扰拦截 设置",
    "dialer": "拨号 通话记录 联系人 收藏",
    "dialer_tw": "键盘 日志 联系人 群组",
    "wechat": "微信 通讯录 发现 我",
    "spam": "骚扰短信 骚扰电话 拦截规则",
    "grouped": "全部 未接 按联系人",
}
INPUT = {
    "sms": "短信/彩信",
    "wechat": "按住 说话",
    "chat": "发送消息",
}
CHROME = [
    "新的朋友",
    "通话详情",
    "呼出",
    "呼入",
    "未接来电",
    "转文字",
    "对方撤回了一条消息",
    "引用",
    "接受",
    "已添加",
]


def chrome() -> list[str]:
    """Every UI string of this set, as bench/screens_report.py's _ui_in reads "bars"."""
    return [*TABS.values(), *INPUT.values(), *CHROME]


def css(skin: str) -> str:
    bg, fg, bar, accent, mine, theirs, muted, size = SKINS[skin]
    radius = {"touchwiz": "6px", "funtouch": "14px"}.get(skin, "18px")
    family = {"touchwiz": "'Noto Sans CJK SC', 'DejaVu Sans'"}.get(skin, "'Noto Sans CJK SC'")
    return f"""
body {{ margin:0; background:{bg}; color:{fg}; font-family:{family}, sans-serif;
  font-size:{size}px; width:390px; }}
.sb {{ display:flex; justify-content:space-between; padding:6px 16px; font-size:13px;
  background:{bar}; color:{fg if skin != "touchwiz" else "#fff"}; }}
.tb {{ padding:10px 14px; font-weight:600; font-size:{size + 2}px; background:{bar};
  color:{fg if skin != "touchwiz" else "#fff"}; border-bottom:1px solid {muted}33; }}
.tb small {{ display:block; font-weight:400; font-size:12px; color:{muted}; }}
.sep {{ text-align:center; color:{muted}; font-size:12px; margin:10px 0 4px; }}
.row {{ display:flex; margin:6px 10px; }} .row.me {{ justify-content:flex-end; }}
.av {{ width:36px; height:36px; border-radius:{"50%" if skin != "touchwiz" else "4px"};
  background:{accent}55; flex:none; margin:0 6px; font-size:12px; text-align:center;
  line-height:36px; }}
.bub {{ max-width:250px; padding:8px 11px; border-radius:{radius}; background:{theirs};
  word-break:break-all; line-height:1.45; }}
.me .bub {{ background:{mine}; color:{"#fff" if skin != "touchwiz" else "#111"}; }}
.q {{ font-size:12px; color:{muted}; background:{muted}22; padding:4px 8px; margin-top:4px;
  border-radius:4px; max-width:240px; }}
.voice {{ font-size:13px; }} .vt {{ font-size:13px; color:{muted}; margin-top:4px;
  max-width:240px; background:{muted}18; padding:5px 8px; border-radius:6px; }}
.sys {{ text-align:center; color:{muted}; font-size:12px; margin:8px; }}
.li {{ display:flex; justify-content:space-between; padding:11px 16px;
  border-bottom:1px solid {muted}33; }}
.li .n {{ font-weight:500; }} .li .t {{ color:{muted}; font-size:13px; white-space:nowrap; }}
.li .s {{ color:{muted}; font-size:13px; }} .miss {{ color:#e5484d; }}
.tag {{ font-size:11px; color:#e58a00; border:1px solid #e58a0088; border-radius:3px;
  padding:0 3px; margin-left:4px; }}
.pv {{ color:{muted}; font-size:14px; white-space:nowrap; overflow:hidden;
  text-overflow:ellipsis; max-width:290px; }}
.card {{ margin:10px; padding:12px; background:{theirs}; border-radius:{radius}; }}
.tabs {{ display:flex; justify-content:space-around; padding:9px 0; font-size:13px;
  color:{muted}; background:{bar}; border-top:1px solid {muted}33; }}
.tabs span:first-child {{ color:{accent if skin != "touchwiz" else "#fff"}; font-weight:600; }}
{".tabs { color:#ffffffbb; }" if skin == "touchwiz" else ""}
.in {{ margin:8px; padding:8px 12px; background:{theirs}; border-radius:18px; color:{muted};
  font-size:14px; }}
.btn {{ align-self:center; color:#fff; background:{accent}; border-radius:5px;
  padding:2px 10px; font-size:13px; }}
.acc {{ color:{accent}; }}
"""


def status_bar(status: str, skin: str) -> str:
    clock, net, battery = status.split()
    left, right = clock, f"{net} {battery}"
    return f'<div class="sb"><span>{escape(left)}</span><span>{escape(right)}</span></div>'


def tab_bar(key: str, bottom: bool = True) -> str:
    """A tab bar: at the foot of the screen, or under a title (bottom=False)."""
    words = TABS[key].split()
    place = ' style="position:fixed;bottom:0;left:0;right:0"' if bottom else ""
    return (
        f'<div class="tabs"{place}>'
        + "".join(f"<span>{escape(w)}</span>" for w in words)
        + "</div>"
    )
