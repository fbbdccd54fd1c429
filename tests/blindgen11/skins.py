"""The eleventh set's phones, watch, tablet and PC window: status bars, frames and chrome words.

Four borrower phones no earlier set drew (a Moto-like navy bar, a Fairphone-like paper bar, a
ROG-like gamer bar, a BlackBerry-like grey bar), a round watch, a landscape tablet and a PC
投屏 window holding a phone. Each look is this set's own CSS.
"""

from __future__ import annotations

from html import escape

from tests.blindgen11.model import Screen

PHONES = ("moto11", "fairphone11", "rog11", "bberry11")
FONT = "'Noto Sans CJK SC','Noto Sans CJK TC','Noto Color Emoji',sans-serif"

# Words an app draws around people's words (titles, tabs, inputs, buttons): truth "tabs".
CHROME = {
    "messenger11": "Active now Aa",
    "signal11": "Signal 安全号码 端到端加密",
    "shop11": "小店 宝贝详情 常用语 发送",
    "qqmail11": "收件箱 写信 星标邮件 草稿箱 已发送 回复 转发 删除",
    "calllog11": "全部通话 未接来电 拨号 联系人 收藏",
    "intercept11": "守护管家 拦截记录 电话拦截 短讯拦截 拦截设置",
    "sms11": "短讯 输入内容 通话",
    "tabsms11": "Messages 平板同步 搜索对话 输入文字",
    "clan11": "群聊 按住说话 群公告",
    "watch11": "清除 查看",
    "bill11": "账单详情 立即还款 还款计划",
    "mirror11": "投屏助手 断开连接 全屏",
}


def chrome() -> list[str]:
    """Every bar of the set, as truth "tabs" (bench/screens_report.py's _ui_in reads them)."""
    return list(CHROME.values())


_BARS = {
    # skin: (bar css, clock css, layout) — layout says where the clock sits.
    "moto11": ("background:#0b1f3a;color:#e8f0ff;", "font-weight:700;", "left"),
    "fairphone11": ("background:#f1ece1;color:#2d2a24;", "font-weight:500;", "center"),
    "rog11": ("background:#000;color:#9ff;", "color:#ff2d3d;font-weight:800;", "left"),
    "bberry11": ("background:#2b2b2b;color:#ddd;", "letter-spacing:1px;", "right"),
}


def battery(level: int, color: str = "currentColor") -> str:
    fill = max(2, int(18 * level / 100))
    return (
        f'<span style="display:inline-block;width:20px;height:9px;border:1px solid {color};'
        f'border-radius:2px;position:relative;top:1px"><span style="position:absolute;left:1px;'
        f'top:1px;height:7px;width:{fill}px;background:{color}"></span></span>'
    )


def status_bar(screen: Screen, skin: str) -> str:
    """The phone's top bar: its clock, network and battery words exactly as truth has them."""
    clock, net, batt = screen.status.split()
    level = int(batt.rstrip("%"))
    css, clock_css, layout = _BARS[skin]
    c = f'<span style="{clock_css}">{escape(clock)}</span>'
    n = f'<span style="font-size:11px;margin:0 4px">▂▄▆█ {escape(net)}</span>'
    b = f"<span>{escape(batt)} {battery(level)}</span>"
    if layout == "center":
        inner = f"<span>{n}</span>{c}<span>{b}</span>"
    elif layout == "right":
        inner = f"<span>{n}{b}</span>{c}"
    else:
        inner = f"{c}<span>{n}{b}</span>"
    return (
        f'<div style="{css}height:30px;display:flex;justify-content:space-between;'
        f'align-items:center;padding:0 14px;font-size:13px">{inner}</div>'
    )


def phone_page(screen: Screen, skin: str, body: str, height: int | None) -> str:
    """A whole phone page: bar above the app body, 390 CSS px wide."""
    h = f"min-height:{height}px;" if height else ""
    return (
        f'<div class="phone" style="width:390px;{h}overflow:hidden;font-family:{FONT}">'
        f"{status_bar(screen, skin)}{body}</div>"
    )


def watch_page(screen: Screen, body: str) -> str:
    """A round watch face on black: clock on top, the network and battery tiny under it."""
    clock, net, batt = screen.status.split()
    return (
        '<div style="width:300px;height:300px;background:#000;display:flex;align-items:center;'
        f'justify-content:center;font-family:{FONT}"><div style="width:284px;height:284px;'
        "border-radius:50%;background:radial-gradient(circle at 50% 30%,#1f2a36,#05070a);"
        'color:#eaeaea;text-align:center;overflow:hidden;box-sizing:border-box;padding:20px 34px">'
        f'<div style="font-size:15px;font-weight:700">{escape(clock)}</div>'
        f'<div style="font-size:8px;color:#8fa">{escape(net)} · {escape(batt)}</div>'
        f"{body}</div></div>"
    )


def tablet_page(screen: Screen, body: str) -> str:
    """A landscape tablet: a thin bar with the clock left, network and battery right."""
    clock, net, batt = screen.status.split()
    return (
        f'<div style="width:1024px;height:720px;background:#fafafa;font-family:{FONT};'
        'overflow:hidden"><div style="height:26px;display:flex;justify-content:space-between;'
        'align-items:center;padding:0 18px;font-size:12px;color:#333;background:#eceff3">'
        f"<span>{escape(clock)} 周{'一二三四五六日'[screen.captured.weekday()]}</span>"
        f"<span>{escape(net)} {escape(batt)} {battery(int(batt[:-1]))}</span></div>{body}</div>"
    )


def mirror_page(screen: Screen, phone_html: str) -> str:
    """A desktop with a 投屏 window; the phone page sits inside it, a little smaller."""
    words = CHROME["mirror11"].split()
    return (
        f'<div style="width:1280px;height:800px;font-family:{FONT};position:relative;'
        'background:linear-gradient(135deg,#3a6073,#16222a);overflow:hidden">'
        '<div style="position:absolute;left:460px;top:14px;width:340px;height:730px;'
        'background:#1e1e1e;border-radius:8px;box-shadow:0 10px 40px #0008;overflow:hidden">'
        '<div style="height:30px;display:flex;align-items:center;justify-content:space-between;'
        'padding:0 10px;color:#ccc;font-size:12px;background:#2d2d2d">'
        f"<span>📱 {words[0]} - {escape(screen.extra.get('device', 'phone'))}</span>"
        f"<span>{words[1]} &nbsp; {words[2]} &nbsp; ─ ☐ ✕</span></div>"
        '<div style="width:320px;height:692px;margin:4px auto;overflow:hidden;background:#fff">'
        '<div style="width:390px;height:844px;transform:scale(0.82);transform-origin:top left">'
        f"{phone_html}</div></div></div>"
        '<div style="position:absolute;left:0;right:0;bottom:0;height:40px;background:#202020e0;'
        "color:#fff;font-size:12px;display:flex;align-items:center;justify-content:flex-end;"
        f'padding-right:16px">{screen.extra.get("pc_clock", "")}</div></div>'
    )
