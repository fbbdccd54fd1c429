"""The eleventh set's list and paper pages: a call log with photos, a 拦截记录, a web mail,
a loan bill, and camera photos of an ID card and a forged 法院传票."""

from __future__ import annotations

from html import escape

from tests.blindgen11.model import Call, Screen, when
from tests.blindgen11.pages import _avatar, _e, _words


def _face(call: Call) -> str:
    """A saved contact shows a photo (a soft portrait-like blob); a bare number a grey head."""
    if call.name:
        hue = sum(map(ord, call.name)) % 360
        return (
            '<div style="flex:none;width:42px;height:42px;border-radius:50%;overflow:hidden;'
            f"background:radial-gradient(circle at 50% 38%,hsl({hue},40%,78%) 0 22%,"
            f'hsl({hue},35%,45%) 23% 100%);box-shadow:inset 0 -10px 0 hsl({hue},30%,35%)"></div>'
        )
    return (
        '<div style="flex:none;width:42px;height:42px;border-radius:50%;background:#dfe3e8;'
        'color:#9aa3ad;font-size:24px;display:flex;align-items:center;justify-content:center">'
        "👤</div>"
    )


def _call_row(call: Call, screen: Screen) -> str:
    missed = call.ring > 0
    label = _e(call.name or call.number)
    count = f" ({call.count})" if call.count > 1 else ""
    color = "#e53935" if missed else "#1c1c1e"
    how = f"响铃{call.ring}秒" if missed else f"通话{call.talk}"
    where = " ".join(x for x in (call.place, call.carrier) if x)
    return (
        '<div style="display:flex;gap:12px;align-items:center;padding:9px 14px;'
        f'border-bottom:1px solid #f0f0f0">{_face(call)}<div style="flex:1">'
        f'<div style="font-size:16px;color:{color}">{label}{count}</div>'
        f'<div style="font-size:12px;color:#8e8e93">{"↙" if missed else "↗"} {_e(where)}</div>'
        f'<div style="font-size:12px;color:#8e8e93">{_e(how)}</div></div>'
        f'<div style="font-size:12px;color:#8e8e93;text-align:right">'
        f"{_e(when(call.at, screen.captured))}<br>ⓘ</div></div>"
    )


def calllog11(screen: Screen) -> str:
    """A call log with contact photos, 地区 + 运营商, 响铃x秒 and "(n)" counts."""
    w = _words("calllog11")
    rows = "".join(_call_row(c, screen) for c in screen.calls)
    return (
        '<div style="background:#fff;min-height:770px;position:relative">'
        '<div style="display:flex;justify-content:center;gap:0;padding:10px">'
        f'<span style="background:#1c1c1e;color:#fff;border-radius:14px 0 0 14px;'
        f'padding:4px 16px;font-size:13px">{w[0]}</span><span style="border:1px solid #1c1c1e;'
        f'border-radius:0 14px 14px 0;padding:3px 16px;font-size:13px">{w[1]}</span></div>'
        f'{rows}<div style="position:absolute;bottom:0;left:0;right:0;display:flex;'
        "justify-content:space-around;padding:10px 0;border-top:1px solid #eee;font-size:12px;"
        f'background:#fafafa"><span>⌨ {w[2]}</span><span>👥 {w[3]}</span>'
        f"<span>☆ {w[4]}</span></div></div>"
    )


def intercept11(screen: Screen) -> str:
    """A security app's 拦截记录: a teal shield head, call and 短讯 tabs, blocked rows."""
    w = _words("intercept11")
    rows = []
    for c in screen.calls:
        count = f" ({c.count})" if c.count > 1 else ""
        rows.append(
            '<div style="display:flex;justify-content:space-between;padding:11px 16px;'
            'border-bottom:1px solid #e8f0ef"><div><div style="font-size:15px">'
            f'{_e(c.name or c.number)}{count}</div><div style="font-size:11px;color:#d35400">'
            f'{_e(c.tag)} · {_e(c.place)}</div></div><div style="font-size:12px;color:#7f8c8d">'
            f"{_e(when(c.at, screen.captured))}</div></div>"
        )
    sms = []
    for m in screen.msgs:
        sms.append(
            '<div style="padding:10px 16px;border-bottom:1px solid #e8f0ef"><div style="display:'
            f'flex;justify-content:space-between;font-size:14px"><b>{_e(m.who)}</b>'
            f'<span style="font-size:12px;color:#7f8c8d">{_e(when(m.at, screen.captured))}'
            f'</span></div><div style="font-size:13px;color:#333;margin-top:3px;line-height:1.5">'
            f"{_e(m.text)}</div></div>"
        )
    return (
        '<div style="background:#f4f9f8;min-height:770px">'
        '<div style="background:linear-gradient(160deg,#0f9b8e,#0b6e7a);color:#fff;'
        f'padding:14px 16px 18px"><div style="font-size:12px;opacity:.85">🛡 {w[0]}</div>'
        f'<div style="font-size:21px;font-weight:700;margin-top:4px">{w[1]}</div>'
        f'<div style="font-size:12px;opacity:.85">{_e(screen.extra.get("summary", ""))}</div>'
        '</div><div style="display:flex;background:#fff;font-size:14px">'
        f'<div style="flex:1;text-align:center;padding:9px;border-bottom:2px solid #0f9b8e;'
        f'color:#0f9b8e">{w[2]}</div><div style="flex:1;text-align:center;padding:9px">{w[3]}'
        f'</div></div><div style="background:#fff">{"".join(rows)}</div>'
        '<div style="font-size:12px;color:#0b6e7a;padding:8px 16px">▾ 已拦截短讯</div>'
        f'<div style="background:#fff">{"".join(sms)}</div><div style="text-align:center;'
        f'font-size:13px;color:#0f9b8e;padding:14px">⚙ {w[4]}</div></div>'
    )


def qqmail11(screen: Screen) -> str:
    """A QQ邮箱-like mobile web mail with one collector's mail open."""
    w = _words("qqmail11")
    m = screen.msgs[0]
    paras = "".join(
        f'<p style="margin:0 0 10px;line-height:1.7">{_e(p)}</p>' for p in screen.extra["body"]
    )
    return (
        '<div style="background:#fff;min-height:770px;position:relative">'
        '<div style="background:#1f6fd6;color:#fff;padding:9px 14px;display:flex;'
        f'align-items:center;gap:10px"><b>✉ {w[0]}(3)</b><span style="margin-left:auto;'
        f'font-size:13px">✎ {w[1]}</span></div><div style="display:flex;gap:14px;padding:6px 14px;'
        f'font-size:12px;color:#1f6fd6;background:#eef4fc"><span>{w[2]}</span><span>{w[3]}'
        f'</span><span>{w[4]}</span></div><div style="padding:12px 16px">'
        f'<div style="font-size:18px;font-weight:700;line-height:1.4">{_e(screen.title)}</div>'
        f'<div style="display:flex;gap:10px;align-items:center;margin:12px 0">'
        f'{_avatar(m.who, 36, "6px", 30)}<div style="font-size:13px"><b>{_e(m.who)}</b> '
        f'<span style="color:#888">&lt;{_e(screen.extra["address"])}&gt;</span><br>'
        f'<span style="color:#888">{_e(when(m.at, screen.captured, "full"))} · 发给 我</span>'
        f'</div></div><div style="font-size:14px;color:#222">{paras}<p style="margin:0;'
        f'line-height:1.7">{_e(m.text)}</p></div></div><div style="position:absolute;bottom:0;'
        "left:0;right:0;display:flex;justify-content:space-around;border-top:1px solid #eee;"
        f'padding:10px;font-size:13px;color:#1f6fd6"><span>↩ {w[5]}</span><span>↪ {w[6]}</span>'
        f"<span>🗑 {w[7]}</span></div></div>"
    )


def bill11(screen: Screen) -> str:
    """A loan app's bill: what was borrowed, what came in, what was kept back, what is asked."""
    w = _words("bill11")
    x = screen.extra
    rows = "".join(
        '<div style="display:flex;justify-content:space-between;padding:11px 0;'
        f'border-bottom:1px dashed #e5e5e5;font-size:14px"><span style="color:#666">{_e(k)}</span>'
        f"<span>{_e(v)}</span></div>"
        for k, v in x["rows"]
    )
    return (
        f'<div style="background:{x.get("tint", "#fff6ee")};min-height:770px">'
        f'<div style="padding:12px 16px;font-size:17px;font-weight:700">‹ {w[0]}</div>'
        '<div style="margin:0 14px;background:#fff;border-radius:14px;padding:18px;'
        'box-shadow:0 2px 10px #0001"><div style="font-size:13px;color:#888">'
        f'{_e(x["platform"])} · {_e(x["head"])}</div><div style="font-size:34px;'
        f'font-weight:800;color:#f0541e;margin:6px 0">¥{_e(x["big"])}</div>'
        f'<div style="font-size:12px;color:#e53935">{_e(x["late"])}</div>{rows}'
        '<div style="margin-top:18px;background:#f0541e;color:#fff;text-align:center;'
        f'border-radius:22px;padding:11px;font-size:16px">{w[1]}</div><div style="text-align:'
        f'center;font-size:12px;color:#888;margin-top:10px">{w[2]} ›</div></div></div>'
    )


def idcard11(screen: Screen) -> str:
    """A camera photo of an ID card front lying on a wooden desk, slightly turned."""
    x = screen.extra
    lines = "".join(
        f'<div style="margin:5px 0"><span style="color:#3b6ea5;letter-spacing:6px">{k}</span> '
        f"{escape(v)}</div>"
        for k, v in x["fields"]
    )
    return (
        '<div style="width:900px;height:640px;background:repeating-linear-gradient(90deg,'
        "#8d6748,#9c7453 30px,#87603f 60px);display:flex;align-items:center;"
        "justify-content:center;font-family:'Noto Serif CJK SC',serif\">"
        '<div style="width:620px;height:390px;border-radius:18px;transform:rotate(-4deg);'
        "background:linear-gradient(135deg,#eef3f6,#dbe8ef 60%,#e9e2d3);box-shadow:0 12px 30px "
        '#0007;position:relative;padding:34px 40px;box-sizing:border-box;font-size:19px">'
        f'{lines}<div style="position:absolute;right:40px;top:50px;width:150px;height:190px;'
        'background:linear-gradient(#c9d3da,#9aa8b3);border-radius:6px"></div>'
        '<div style="position:absolute;left:40px;bottom:34px;font-size:19px">'
        '<span style="color:#3b6ea5">公民身份号码</span> '
        f'<span style="letter-spacing:2px">{escape(x["id"])}</span></div></div></div>'
    )


def summons11(screen: Screen) -> str:
    """A forged 法院传票 photographed on a table: a red header, filled lines and a red seal."""
    x = screen.extra
    lines = "".join(
        f'<tr><td style="border:1px solid #555;padding:7px 10px;width:120px">{k}</td>'
        f'<td style="border:1px solid #555;padding:7px 10px">{escape(v)}</td></tr>'
        for k, v in x["fields"]
    )
    return (
        '<div style="width:760px;height:1000px;background:#4a4a48;display:flex;'
        "align-items:center;justify-content:center;font-family:'Noto Serif CJK SC',serif\">"
        '<div style="width:620px;height:880px;background:#fbf8ef;transform:rotate(1.5deg);'
        'padding:50px 46px;box-sizing:border-box;position:relative;box-shadow:0 8px 26px #0009">'
        f'<div style="text-align:center;color:#c00;font-size:28px;font-weight:700">'
        f'{escape(x["court"])}</div><div style="text-align:center;font-size:40px;'
        'letter-spacing:18px;font-weight:700;margin:14px 0 20px">传票</div>'
        f'<table style="border-collapse:collapse;width:100%;font-size:17px">{lines}</table>'
        f'<div style="font-size:15px;line-height:1.8;margin-top:20px">{escape(x["note"])}</div>'
        '<div style="position:absolute;right:70px;bottom:120px;width:150px;height:150px;'
        "border:4px solid #d11;border-radius:50%;color:#d11;display:flex;align-items:center;"
        "justify-content:center;font-size:15px;text-align:center;transform:rotate(-12deg);"
        f'opacity:.85">★<br>{escape(x["seal"])}</div><div style="position:absolute;right:60px;'
        f'bottom:70px;font-size:16px">{escape(x["date"])}</div></div></div>'
    )
