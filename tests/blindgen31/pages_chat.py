"""Set 31's message pages: SMS threads and inbox, WeChat-like chats and groups, 闲鱼/陌陌-like."""

from __future__ import annotations

from tests.blindgen31.kit import LOG_CSS, Page

# --- SMS --------------------------------------------------------------------------------------
SMS_CSS = """
.th{flex:none;display:flex;align-items:center;gap:10px;padding:8px 14px;
 border-bottom:1px solid var(--line)}
.th .bk{font-size:26px;color:var(--acc)}.th .nm{font-size:17px;font-weight:600}
.th .sb{font-size:12px;color:var(--sub)}
.list{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end;
 padding:6px 12px}
.sep{text-align:center;color:var(--sub);font-size:12.5px;margin:12px 0 6px}
.m{display:flex;margin:4px 0}.m.me{justify-content:flex-end}
.b{max-width:76%;padding:9px 13px;border-radius:18px;line-height:1.5;background:var(--them);
 color:var(--fg);word-break:break-all}
.m.me .b{background:var(--acc);color:#fff}
.sys{text-align:center;color:var(--sub);font-size:12px;margin:8px 24px}
.inp{flex:none;display:flex;gap:10px;align-items:center;padding:8px 12px;
 border-top:1px solid var(--line)}
.inp .box{flex:1;border-radius:20px;background:var(--them);padding:8px 14px;color:var(--sub);
 font-size:14px}
.inp .go{color:var(--acc);font-size:14px}
.ban{position:absolute;left:8px;right:8px;top:6px;background:var(--banbg);border-radius:20px;
 padding:10px 14px;box-shadow:0 6px 24px rgba(0,0,0,.25);z-index:5}
.ban .ap{font-size:12px;color:var(--sub)}.ban .tt{font-weight:600;font-size:15px;margin:2px 0}
.ban .pv{font-size:14px}
"""


def _banner(p: Page) -> str:
    ban = p.s.extra.get("banner")
    if not ban:
        return ""
    app, when, m = ban
    return (
        f'<div class="ban"><div class="ap">{p.t(app)} · {p.t(when)}</div>'
        f'<div class="tt">{p.t(m.who)}</div><div class="pv">{p.t(m.text + "…")}</div></div>'
    )


def _bubbles(p: Page, names: bool = False) -> str:
    out = []
    for m in p.s.msgs:
        if m.sep:
            out.append(f'<div class="sep">{p.t(m.sep)}</div>')
        if m.kind == "system":
            out.append(f'<div class="sys">{p.t(m.text)}</div>')
            continue
        me = m.who == "me"
        if m.kind == "image":
            src = p.s.extra.get("img", "")
            inner = f'<img src="{src}" style="width:220px;border-radius:6px;display:block">'
        else:
            inner = p.t(m.text)
        nm = ""
        if names and not me:
            nm = f'<div class="gn">{p.t(m.who)}</div>'
        av = "" if not p.s.extra.get("avatars") else p.av(m.who, 40, False)
        body = f'<div class="bw">{nm}<div class="b">{inner}</div></div>'
        out.append(
            f'<div class="m{" me" if me else ""}">{"" if me else av}{body}{av if me else ""}</div>'
        )
    return "".join(out)


def sms_thread31(p: Page) -> tuple[str, str]:
    them = "#2a2a2e" if p.dark else "#eef0f3"
    ban = "#2b2b2f" if p.dark else "#ffffff"
    head = (
        f'<div class="th"><span class="bk">‹</span><div><div class="nm">{p.t(p.s.title)}</div>'
        f'<div class="sb">{p.t(p.s.sub)}</div></div></div>'
    )
    foot = (
        f'<div class="inp"><div class="box">{p.t("短信/彩信")}</div>'
        f'<span class="go">{p.t("发送")}</span></div>'
    )
    css = SMS_CSS + f":root{{--them:{them};--banbg:{ban}}}"
    return _banner(p) + head + f'<div class="list">{_bubbles(p)}</div>' + foot, css


ON = "background:var(--acc);color:#fff"
OFF = "background:var(--card);color:var(--sub)"


def sms_inbox31(p: Page) -> tuple[str, str]:
    """HyperOS-like 短信: big title, 全部/验证码/通知/推广 tabs, rows with cut previews."""
    on = p.s.extra.get("tab", "全部")
    tabs = "".join(
        f'<span style="padding:5px 14px;border-radius:16px;'
        f"{ON if w == on else OFF}"
        f'">{p.t(w)}</span>'
        for w in ("全部", "验证码", "通知", "推广")
    )
    out = [
        f'<div style="padding:14px 22px 6px;font-size:30px;font-weight:700">'
        f"{p.t(p.s.title or '短信')}</div>"
        f'<div style="margin:4px 18px 10px;background:var(--card);border-radius:18px;padding:8px 14'
        f"px;"
        f'color:var(--sub);font-size:14px">{p.t("搜索短信")}</div>'
        f'<div style="display:flex;gap:8px;padding:0 18px 10px;font-size:14px">{tabs}</div>'
    ]
    for m in p.s.msgs:
        dot = (
            '<i style="width:8px;height:8px;border-radius:4px;background:var(--acc);'
            'display:block"></i>'
        )
        out.append(
            f'<div style="display:flex;gap:12px;padding:11px 18px;align-items:flex-start">'
            f"{p.av(m.who, 44)}<div style='flex:1;min-width:0;border-bottom:1px solid var(--line);"
            f"padding-bottom:10px'><div style='display:flex;justify-content:space-between'>"
            f"<b style='font-weight:600'>{p.t(m.who)}</b><span style='color:var(--sub);font-size:12"
            f".5px'>"
            f"{p.t(m.when)}</span></div><div style='display:flex;justify-content:space-between;gap:"
            f"8px'>"
            f"<span style='color:var(--sub);font-size:14px'>{p.t(m.text + '…')}</span>"
            f"{dot if m.collector else ''}</div></div></div>"
        )
    return f'<div style="flex:1;overflow:hidden">{"".join(out)}</div>', LOG_CSS


# --- chats ------------------------------------------------------------------------------------
WX_CSS = """
.th{flex:none;display:flex;align-items:center;justify-content:space-between;padding:10px 14px;
 background:var(--top);border-bottom:1px solid var(--line)}
.th .nm{font-size:16.5px;font-weight:600}
.list{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end;
 padding:4px 10px;
 background:var(--chat)}
.sep{text-align:center;color:var(--sub);font-size:12.5px;margin:12px 0 6px}
.m{display:flex;margin:6px 0;gap:9px;align-items:flex-start}.m.me{justify-content:flex-end}
.bw{max-width:72%}.gn{font-size:12px;color:var(--sub);margin:0 0 3px 2px}
.b{padding:9px 12px;border-radius:5px;background:var(--them);line-height:1.55;word-break:break-all}
.m.me .b{background:var(--mine);color:var(--minefg)}
.sys{text-align:center;color:var(--sub);font-size:12.5px;margin:8px 30px;line-height:1.5}
.inp{flex:none;display:flex;gap:10px;align-items:center;padding:8px 10px;background:var(--top);
 border-top:1px solid var(--line)}
.inp .box{flex:1;border-radius:5px;background:var(--boxbg);padding:8px;text-align:center;
 font-size:14px}
.ico{width:28px;height:28px;border:1.8px solid var(--fg);border-radius:50%;flex:none;opacity:.8}
.av{display:inline-flex;align-items:center;justify-content:center;color:#fff;font-weight:600;
 flex:none}
.ban{position:absolute;left:8px;right:8px;top:6px;background:var(--banbg);border-radius:18px;
 padding:10px 14px;box-shadow:0 6px 24px rgba(0,0,0,.25);z-index:5}
.ban .ap{font-size:12px;color:var(--sub)}.ban .tt{font-weight:600;font-size:15px;margin:2px 0}
.ban .pv{font-size:14px}
"""


def wxchat31(p: Page) -> tuple[str, str]:
    """WeChat-like 1:1 or group (names above bubbles in groups), light or dark."""
    p.s.extra.setdefault("avatars", True)
    if p.dark:
        css = (
            ":root{--top:#1f1f1f;--chat:#111111;--them:#2c2c2c;--mine:#3eb575;--minefg:#0d0d0d;"
            "--boxbg:#2c2c2c;--banbg:#2b2b2f;--sub:#8a8a8a;--line:#262626;--fg:#d6d6d6}"
            "body{background:#1f1f1f}"
        )
    else:
        css = (
            ":root{--top:#ededed;--chat:#ededed;--them:#ffffff;--mine:#95ec69;--minefg:#111;"
            "--boxbg:#ffffff;--banbg:#fff;--sub:#8c8c8c;--line:#dedede;--fg:#111}"
            "body{background:#ededed}"
        )
    group = bool(p.s.extra.get("group"))
    head = (
        f'<div class="th"><span style="font-size:22px">‹</span><span class="nm">{p.t(p.s.title)}</s'
        f"pan>"
        f'<span style="font-size:20px">···</span></div>'
    )
    foot = (
        f'<div class="inp"><span class="ico"></span><div class="box">{p.t("按住说话")}</div>'
        '<span class="ico"></span><span class="ico"></span></div>'
    )
    return _banner(
        p
    ) + head + f'<div class="list">{_bubbles(p, names=group)}</div>' + foot, WX_CSS + css


def shopchat31(p: Page) -> tuple[str, str]:
    """闲鱼/旺旺-like: a yellow head, the item card on top, round bubbles, quick phrases."""
    x = p.s.extra
    css = (
        ":root{--top:#ffffff;--chat:#f4f4f4;--them:#ffffff;--mine:#ffe033;--minefg:#222;"
        "--boxbg:#f4f4f4;--banbg:#fff;--sub:#999;--line:#eee;--fg:#222}"
        ".b{border-radius:14px}"
    )
    p.s.extra.setdefault("avatars", True)
    head = (
        f'<div class="th"><span style="font-size:22px">‹</span><div style="text-align:center">'
        f'<div class="nm">{p.t(p.s.title)}</div><div style="font-size:11.5px;color:#999">'
        f"{p.t(p.s.sub)}"
        f'</div></div><span style="font-size:20px">···</span></div>'
        f'<div style="flex:none;display:flex;gap:10px;padding:10px 14px;background:#fff;'
        f'border-bottom:8px solid #f4f4f4"><div style="width:56px;height:56px;border-radius:6px;'
        f'background:linear-gradient(135deg,#c8d6e5,#8395a7)"></div><div style="flex:1">'
        f'<div style="font-size:14px">{p.t(x["item"])}</div><div style="color:#ff4400;font-weight:7'
        f"00;"
        f'margin-top:4px">{p.t(x["price"])}</div></div><span style="align-self:center;background:#f'
        f"fe033;"
        f'border-radius:14px;padding:4px 12px;font-size:13px">{p.t("宝贝详情")}</span></div>'
    )
    chips = "".join(
        f'<span style="border:1px solid #ddd;border-radius:14px;padding:3px 10px;background:#fff">'
        f"{p.t(w)}</span>"
        for w in ("我想要", "还在吗", "能便宜吗")
    )
    foot = (
        f'<div style="flex:none;display:flex;gap:8px;padding:6px 12px;font-size:12.5px;'
        f'background:#f4f4f4">{chips}</div><div class="inp"><div class="box" style="text-align:left'
        f";"
        f'color:#bbb">&nbsp;</div><span style="background:#ffe033;border-radius:14px;padding:4px 12'
        f"px;"
        f'font-size:14px">{p.t("发送")}</span></div>'
    )
    return head + f'<div class="list">{_bubbles(p)}</div>' + foot, WX_CSS + css


def datechat31(p: Page) -> tuple[str, str]:
    """陌陌/探探-like: a gradient head with distance, violet bubbles, 打招呼 / 礼物 bar."""
    css = (
        ":root{--top:#ffffff;--chat:#f7f5fb;--them:#ffffff;--mine:#8c5cf6;--minefg:#fff;"
        "--boxbg:#f1eef8;--banbg:#fff;--sub:#9a94a8;--line:#ece8f3;--fg:#1d1a24}"
        ".b{border-radius:18px}"
    )
    p.s.extra.setdefault("avatars", True)
    head = (
        f'<div class="th" style="background:linear-gradient(90deg,#ff7ab6,#8c5cf6);color:#fff">'
        f'<span style="font-size:22px">‹</span><div style="text-align:center"><div class="nm">'
        f'{p.t(p.s.title)}</div><div style="font-size:11.5px">{p.t(p.s.sub)}</div></div>'
        '<span style="font-size:20px">···</span></div>'
    )
    foot = (
        f'<div class="inp"><div class="box" style="text-align:left;color:#aaa">{p.t("说点什么吧")}<'
        f"/div>"
        f'<span style="color:#8c5cf6;font-size:13px">{p.t("礼物")}</span>'
        f'<span style="color:#8c5cf6;font-size:13px">{p.t("发送")}</span></div>'
    )
    return head + f'<div class="list">{_bubbles(p)}</div>' + foot, WX_CSS + css
