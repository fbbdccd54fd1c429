"""The eleventh set's chat-like pages: Messenger-like, Signal-like, shop chat, SMS, tablet SMS,
a family group and a watch card. Each returns the body drawn under the status bar."""

from __future__ import annotations

from html import escape

from tests.blindgen11.model import Msg, Screen, when
from tests.blindgen11.skins import CHROME


def _e(text: str) -> str:
    return escape(text)


def _words(app: str) -> list[str]:
    return CHROME[app].split()


def _avatar(name: str, size: int, radius: str = "50%", hue: int | None = None) -> str:
    hue = sum(map(ord, name)) % 360 if hue is None else hue
    return (
        f'<div style="flex:none;width:{size}px;height:{size}px;border-radius:{radius};'
        f"background:linear-gradient(160deg,hsl({hue},55%,62%),hsl({(hue + 40) % 360},50%,40%));"
        f"color:#fff;font-size:{size // 2}px;display:flex;align-items:center;"
        f'justify-content:center">{_e(name[:1])}</div>'
    )


def _sep(m: Msg, screen: Screen, style: str, color: str = "#888") -> str:
    return (
        f'<div style="text-align:center;font-size:11px;color:{color};margin:10px 0 6px">'
        f"{_e(when(m.at, screen.captured, style))}</div>"
    )


def _needs_sep(prev: Msg | None, m: Msg) -> bool:
    return prev is None or (m.at - prev.at).total_seconds() > 300


def _voice(m: Msg, bg: str, fg: str, secs: int) -> str:
    return (
        f'<div style="background:{bg};color:{fg};border-radius:16px;padding:8px 12px;'
        f'font-size:13px">▶ ıllıılıllı {secs}″</div><div style="font-size:13px;color:#444;'
        f'background:#f6f6f6;border-radius:8px;padding:6px 9px;margin-top:4px;max-width:250px">'
        f"{_e(m.text)}</div>"
    )


def _image(label: str) -> str:
    return (
        '<div style="width:150px;height:110px;border-radius:12px;background:repeating-linear-'
        "gradient(45deg,#cfd8dc,#cfd8dc 8px,#b0bec5 8px,#b0bec5 16px);display:flex;"
        f'align-items:center;justify-content:center;font-size:12px;color:#333">{label}</div>'
    )


def messenger11(screen: Screen) -> str:
    """A Messenger-like chat: round avatars, a violet-to-blue gradient on the owner's bubbles."""
    w = _words("messenger11")
    fill = screen.extra.get("height", 844) - 84 if screen.tall else 760
    out = [
        f'<div style="background:#fff;min-height:{fill}px;color:#050505">'
        '<div style="display:flex;align-items:center;gap:10px;padding:8px 12px;'
        'border-bottom:1px solid #eee"><span style="color:#a033ff;font-size:22px">‹</span>'
        f'{_avatar(screen.title, 36)}<div><div style="font-weight:700;font-size:15px">'
        f'{_e(screen.title)}</div><div style="font-size:11px;color:#65676b">{w[0]} {w[1]}</div>'
        '</div><span style="margin-left:auto;color:#a033ff;font-size:18px">📞 🎥 ⓘ</span></div>'
        '<div style="padding:4px 12px 70px">'
    ]
    prev = None
    for m in screen.msgs:
        if _needs_sep(prev, m):
            out.append(_sep(m, screen, "en", "#8a8d91"))
        prev = m
        mine = m.who == "me"
        if m.kind == "voice":
            inner = _voice(m, "#e4e6eb", "#050505", 9 + len(m.text) // 4)
        elif m.kind == "image":
            inner = _image("🖼")
        else:
            bg = (
                "background:linear-gradient(120deg,#a033ff,#0a7cff);color:#fff"
                if mine
                else "background:#e4e6eb;color:#050505"
            )
            inner = (
                f'<div style="{bg};border-radius:18px;padding:8px 12px;font-size:14px;'
                f'line-height:1.4">{_e(m.text)}</div>'
            )
        face = "" if mine else _avatar(screen.title, 26)
        out.append(
            f'<div style="display:flex;gap:6px;align-items:flex-end;margin:3px 0;'
            f'justify-content:{"flex-end" if mine else "flex-start"}">{face}'
            f'<div style="max-width:260px">{inner}</div></div>'
        )
    out.append(
        "</div></div>"
        '<div style="position:sticky;bottom:0;background:#fff;display:flex;gap:10px;'
        'align-items:center;padding:8px 12px;color:#a033ff;font-size:18px">⊕ 📷 🖼 🎤'
        '<div style="flex:1;background:#f0f2f5;border-radius:18px;padding:6px 12px;'
        f'font-size:14px;color:#65676b">{w[2]}</div>👍</div>'
    )
    return "".join(out)


def signal11(screen: Screen) -> str:
    """A Signal-like chat: white, blue owner bubbles, the time tucked inside each bubble."""
    w = _words("signal11")
    out = [
        '<div style="background:#fff;min-height:760px">'
        '<div style="display:flex;align-items:center;gap:10px;padding:10px 14px">'
        f'<span style="font-size:20px">←</span>{_avatar(screen.title, 34, hue=210)}'
        f'<div style="font-weight:600;font-size:16px">{_e(screen.title)}</div>'
        '<span style="margin-left:auto;font-size:17px">📹 📞 ⋮</span></div>'
        '<div style="margin:6px 40px;text-align:center;font-size:11px;color:#5e5e5e;'
        f'background:#f2f2f2;border-radius:10px;padding:6px">🔒 {w[2]} · {w[1]}已验证</div>'
        '<div style="padding:4px 12px 70px">'
    ]
    prev = None
    for m in screen.msgs:
        if prev is None or prev.at.date() != m.at.date():
            out.append(_sep(m, screen, "cn", "#5e5e5e"))
        prev = m
        mine = m.who == "me"
        bg = "background:#2c6bed;color:#fff" if mine else "background:#e9e9e9;color:#1b1b1b"
        stamp = (
            f'<span style="font-size:10px;opacity:.7;margin-left:8px;float:right;'
            f'margin-top:6px">{m.at:%H:%M}{" ✓✓" if mine else ""}</span>'
        )
        if m.kind == "voice":
            body = (
                f'<div>🎤 ━━━━○── 0:{10 + len(m.text) // 5:02d}</div><div style="font-size:13px;'
                f'margin-top:4px;opacity:.95">{_e(m.text)}</div>'
            )
        else:
            body = _e(m.text)
        out.append(
            f'<div style="display:flex;justify-content:{"flex-end" if mine else "flex-start"};'
            f'margin:4px 0"><div style="{bg};max-width:270px;border-radius:18px;padding:8px 12px;'
            f'font-size:14px;line-height:1.45">{body}{stamp}</div></div>'
        )
    out.append(
        '</div></div><div style="position:sticky;bottom:0;background:#fff;padding:8px 12px;'
        'display:flex;gap:8px;align-items:center"><div style="flex:1;border-radius:20px;'
        f'background:#f0f0f0;padding:7px 14px;color:#777;font-size:14px">{w[0]}</div>'
        "📷 🎤</div>"
    )
    return "".join(out)


def shop11(screen: Screen) -> str:
    """A 闲置/淘宝-like shop chat: yellow head, an item card, square avatars, a send button."""
    w = _words("shop11")
    item = screen.extra.get("item", ("会员服务", "0.01"))
    out = [
        '<div style="background:#f5f5f5;min-height:770px">'
        '<div style="background:#ffe60f;padding:10px 14px;display:flex;align-items:center;'
        f'gap:8px"><span>‹</span><b style="font-size:16px">{_e(screen.title)}</b>'
        f'<span style="font-size:10px;background:#333;color:#ffe60f;padding:1px 5px;'
        f'border-radius:3px">{w[0]}</span><span style="margin-left:auto">···</span></div>'
        '<div style="margin:8px;background:#fff;border-radius:8px;display:flex;gap:10px;'
        'padding:8px"><div style="width:56px;height:56px;background:#fde3c8;border-radius:6px">'
        f'</div><div style="font-size:13px">{_e(item[0])}<div style="color:#ff4400;'
        f'font-weight:700">¥{_e(item[1])}</div></div><span style="margin-left:auto;'
        f"align-self:center;font-size:12px;border:1px solid #999;border-radius:12px;"
        f'padding:2px 8px">{w[1]}</span></div><div style="padding:0 10px 70px">'
    ]
    prev = None
    for m in screen.msgs:
        if _needs_sep(prev, m):
            out.append(_sep(m, screen, "noon", "#999"))
        prev = m
        mine = m.who == "me"
        bg = "#ffe60f" if mine else "#fff"
        face = _avatar("客" if not mine else "我", 36, "6px", 20 if not mine else 120)
        row = "row-reverse" if mine else "row"
        out.append(
            f'<div style="display:flex;flex-direction:{row};gap:8px;margin:8px 0">{face}'
            f'<div style="max-width:250px;background:{bg};border-radius:8px;padding:8px 11px;'
            f'font-size:14px;line-height:1.45">{_e(m.text)}</div></div>'
        )
    out.append(
        '</div></div><div style="position:sticky;bottom:0;background:#fff;padding:8px;'
        f'display:flex;gap:8px;align-items:center;font-size:13px"><span>{w[2]}</span>'
        '<div style="flex:1;background:#f3f3f3;border-radius:16px;height:30px"></div>'
        f'<span style="background:#ffe60f;border-radius:14px;padding:4px 12px">{w[3]}</span></div>'
    )
    return "".join(out)


def sms11(screen: Screen) -> str:
    """A plain SMS thread: the other side's number big, a call button, grey and green bubbles."""
    w = _words("sms11")
    number = screen.extra.get("number", screen.title)
    sub = screen.extra.get("sub", "")
    out = [
        '<div style="background:#fbfbf8;min-height:770px">'
        '<div style="padding:10px 14px;border-bottom:1px solid #e5e5e0;display:flex;'
        'align-items:center;gap:10px"><span style="font-size:20px">‹</span><div>'
        f'<div style="font-size:17px;font-weight:600">{_e(screen.title)}</div>'
        f'<div style="font-size:11px;color:#777">{_e(sub)}</div></div>'
        f'<span style="margin-left:auto;font-size:13px;color:#2a7">☎ {w[2]}</span></div>'
        f'<div style="font-size:10px;color:#aaa;text-align:center;margin-top:6px">{w[0]} · '
        f"{_e(number)}</div>"
        '<div style="padding:4px 12px 70px">'
    ]
    prev = None
    for m in screen.msgs:
        if _needs_sep(prev, m):
            out.append(_sep(m, screen, screen.extra.get("style", "noon"), "#999"))
        prev = m
        mine = m.who == "me"
        bg = "#4cc26a;color:#fff" if mine else "#ecece6;color:#222"
        out.append(
            f'<div style="display:flex;justify-content:{"flex-end" if mine else "flex-start"};'
            f'margin:5px 0"><div style="background:{bg};max-width:275px;border-radius:14px;'
            f'padding:9px 12px;font-size:14px;line-height:1.5">{_e(m.text)}</div></div>'
        )
    out.append(
        '</div></div><div style="position:sticky;bottom:0;background:#fff;padding:8px 12px;'
        'border-top:1px solid #eee;display:flex;gap:8px"><div style="flex:1;border:1px solid '
        f'#ddd;border-radius:18px;padding:6px 12px;color:#999;font-size:14px">{w[1]}</div>'
        '<span style="color:#4cc26a;font-size:20px">➤</span></div>'
    )
    return "".join(out)


def tabsms11(screen: Screen) -> str:
    """A tablet's synced SMS: a list of threads (cut previews) left, one thread whole right."""
    w = _words("tabsms11")
    rows = []
    for m in screen.extra.get("list", []):
        rows.append(
            '<div style="display:flex;gap:10px;padding:10px 12px;border-bottom:1px solid #eee">'
            f'{_avatar(m.who, 34)}<div style="flex:1;min-width:0"><div style="display:flex;'
            f'justify-content:space-between;font-size:13px"><b>{_e(m.who)}</b>'
            f'<span style="color:#888;font-size:11px">{_e(when(m.at, screen.captured))}</span>'
            f'</div><div style="font-size:12px;color:#666">{_e(m.text)}</div></div></div>'
        )
    bubbles = []
    for m in screen.msgs:
        mine = m.who == "me"
        bg = "#1a73e8;color:#fff" if mine else "#e8eaed;color:#202124"
        bubbles.append(
            f'<div style="display:flex;justify-content:{"flex-end" if mine else "flex-start"};'
            f'margin:6px 0"><div style="max-width:460px"><div style="background:{bg};'
            f'border-radius:16px;padding:9px 14px;font-size:15px;line-height:1.5">{_e(m.text)}'
            f'</div><div style="font-size:11px;color:#888;margin:2px 6px">'
            f"{_e(when(m.at, screen.captured, 'full'))}</div></div></div>"
        )
    return (
        '<div style="display:flex;height:694px">'
        '<div style="width:330px;border-right:1px solid #ddd;background:#fff">'
        f'<div style="padding:12px;font-size:20px;font-weight:700">{w[0]} '
        f'<span style="font-size:11px;color:#1a73e8;border:1px solid #1a73e8;border-radius:8px;'
        f'padding:1px 6px">{w[1]}</span></div><div style="margin:0 12px 8px;background:#f1f3f4;'
        f'border-radius:18px;padding:7px 12px;font-size:13px;color:#777">🔍 {w[2]}</div>'
        f'{"".join(rows)}</div><div style="flex:1;display:flex;flex-direction:column">'
        '<div style="padding:12px 18px;border-bottom:1px solid #ddd;font-size:17px;'
        f'font-weight:600">{_e(screen.title)}</div><div style="flex:1;padding:8px 18px">'
        f'{"".join(bubbles)}</div><div style="margin:10px 18px;border:1px solid #ccc;'
        f'border-radius:20px;padding:8px 14px;color:#888;font-size:14px">{w[3]}</div></div></div>'
    )


def clan11(screen: Screen) -> str:
    """A 家族群: green-grey head with the member count, a pinned notice, names over bubbles."""
    w = _words("clan11")
    out = [
        '<div style="background:#e9ede6;min-height:760px">'
        '<div style="background:#dfe5db;padding:10px 14px;display:flex;align-items:center">'
        f'<span>‹</span><b style="margin:auto;font-size:16px">{_e(screen.title)}</b>'
        f'<span>{w[0]} ⋯</span></div><div style="background:#fff8d6;font-size:12px;'
        f'padding:6px 12px;color:#7a5b00">📌 {w[2]}：{_e(screen.extra.get("notice", ""))}</div>'
        '<div style="padding:4px 10px 70px">'
    ]
    prev = None
    for m in screen.msgs:
        if _needs_sep(prev, m):
            out.append(_sep(m, screen, "noon", "#8a8a8a"))
        prev = m
        if m.kind == "system":
            out.append(
                '<div style="text-align:center;margin:6px 0"><span style="font-size:12px;'
                f'color:#fff;background:#c5cbc1;border-radius:4px;padding:2px 8px">{_e(m.text)}'
                "</span></div>"
            )
            continue
        mine = m.who == "me"
        face = _avatar(m.who, 38, "6px")
        name = "" if mine else f'<div style="font-size:11px;color:#777">{_e(m.who)}</div>'
        bg = "#a9e57d" if mine else "#fff"
        inner = (
            _image("📷")
            if m.kind == "image"
            else (
                f'<div style="background:{bg};border-radius:6px;padding:8px 11px;font-size:14px;'
                f'line-height:1.45">{_e(m.text)}</div>'
            )
        )
        out.append(
            f'<div style="display:flex;flex-direction:{"row-reverse" if mine else "row"};gap:8px;'
            f'margin:8px 0">{face}<div style="max-width:255px">{name}{inner}</div></div>'
        )
    out.append(
        '</div></div><div style="position:sticky;bottom:0;background:#f5f6f4;padding:8px;'
        'display:flex;gap:10px;align-items:center;font-size:14px">🔊<div style="flex:1;'
        f'text-align:center;background:#fff;border-radius:4px;padding:6px">{w[1]}</div>☺ ⊕</div>'
    )
    return "".join(out)


def watch11(screen: Screen) -> str:
    """A notification card on the round watch: tiny app name, sender, words, two buttons."""
    w = _words("watch11")
    m = screen.msgs[0]
    return (
        '<div style="margin-top:8px;font-size:9px;color:#9ab">✉ '
        f"{_e(screen.extra.get('app_name', '信息'))} · {_e(when(m.at, screen.captured))}</div>"
        f'<div style="font-size:12px;font-weight:700;margin-top:3px">{_e(m.who)}</div>'
        f'<div style="font-size:11px;line-height:1.35;margin-top:3px;text-align:left">'
        f'{_e(m.text)}</div><div style="display:flex;gap:6px;justify-content:center;'
        'margin-top:8px;font-size:10px"><span style="background:#333;border-radius:10px;'
        f'padding:3px 10px">{w[0]}</span><span style="background:#2a7de1;border-radius:10px;'
        f'padding:3px 10px">{w[1]}</span></div>'
    )
