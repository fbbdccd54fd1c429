"""Set 31's pages as HTML: each builder writes one app's page and keeps every text it draws."""

from __future__ import annotations

from html import escape

from tests.blindgen31.kit import LOG_CSS, Page, status_bar
from tests.blindgen31.model import Call, Screen
from tests.blindgen31.pages_chat import (
    datechat31,
    shopchat31,
    sms_inbox31,
    sms_thread31,
    wxchat31,
)
from tests.blindgen31.skins import BASE_CSS, SKINS


# --- call logs -------------------------------------------------------------------------------
def _row(p: Page, c: Call, avatar: bool = True) -> str:
    n = f" ({c.count})" if c.count > 1 else ""
    miss = " miss" if c.missed else ""
    sub = f'<div class="sb">{p.t(c.sub)}</div>' if c.sub else ""
    av = p.av(c.label, 38) if avatar else ""
    return (
        f'<div class="row">{av}<div class="mid"><div class="nm{miss}">{p.t(c.label + n)}</div>{sub}'
        f'</div><div class="tm">{p.t(c.when)}</div><span class="i">i</span></div>'
    )


def _tabs(p: Page, words: str, on: str) -> str:
    cells = "".join(
        f'<span class="{"on" if w == on else ""}">{p.t(w)}</span>' for w in words.split()
    )
    return f'<div class="tabs">{cells}</div>'


def calllog31(p: Page) -> tuple[str, str]:
    """ColorOS-like 通话记录 grouped by day headers."""
    out = [f'<div class="hd">{p.t(p.s.title or "通话记录")}</div>']
    for head, rows in p.s.groups:
        out.append(f'<div class="grp">{p.t(head)}</div><div class="rows">')
        out += [_row(p, c) for c in rows]
        out.append("</div>")
    body = f'<div style="flex:1;overflow:hidden">{"".join(out)}</div>'
    return body + _tabs(p, "拨号 通话记录 联系人 收藏", "通话记录"), LOG_CSS


def dialer31(p: Page) -> tuple[str, str]:
    """One-UI-like 最近: an empty tall head, then day groups, English-styled layout."""
    head = (
        f'<div style="height:150px;display:flex;flex-direction:column;justify-content:flex-end;'
        f'padding:0 24px 18px"><div style="font-size:34px">{p.t(p.s.title or "电话")}</div>'
        f'<div style="color:var(--sub);font-size:14px;margin-top:4px">{p.t(p.s.sub)}</div></div>'
        f'<div style="display:flex;justify-content:flex-end;gap:22px;padding:0 24px 8px;'
        f'color:var(--acc);font-size:14px"><span>{p.t("全部")}</span><span>{p.t("未接")}</span>'
        f"<span>{p.t('编辑')}</span></div>"
    )
    out = [head]
    for hdr, rows in p.s.groups:
        out.append(f'<div class="grp" style="font-weight:600">{p.t(hdr)}</div><div class="rows">')
        out += [_row(p, c) for c in rows]
        out.append("</div>")
    body = f'<div style="flex:1;overflow:hidden">{"".join(out)}</div>'
    return body + _tabs(p, "键盘 最近 联系人", "最近"), LOG_CSS


def ioslog31(p: Page) -> tuple[str, str]:
    """iPhone-like 最近通话: a flat list, names red when missed, times as 下午3:05 / 昨天 / 周三."""
    out = [
        f'<div style="display:flex;justify-content:center;padding:6px 0"><div class="seg">'
        f'<span class="on">{p.t("全部")}</span><span>{p.t("未接来电")}</span></div></div>'
        f'<div class="hd" style="font-size:32px;font-weight:700">{p.t(p.s.title or "最近通话")}</di'
        f"v>"
        '<div style="margin:0 0 0 18px">'
    ]
    for c in p.s.calls:
        n = f" ({c.count})" if c.count > 1 else ""
        col = "var(--miss)" if c.missed else "var(--fg)"
        out.append(
            f'<div style="display:flex;align-items:center;border-bottom:1px solid var(--line);'
            f'padding:9px 16px 9px 0"><div style="flex:1"><div style="color:{col};font-weight:600">'
            f'{p.t(c.label + n)}</div><div style="color:var(--sub);font-size:14px">{p.t(c.sub)}'
            f'</div></div><div style="color:var(--sub);font-size:15px;margin-right:10px">'
            f'{p.t(c.when)}</div><span class="i">i</span></div>'
        )
    out.append("</div>")
    body = f'<div style="flex:1;overflow:hidden">{"".join(out)}</div>'
    return body + _tabs(p, "个人收藏 最近通话 通讯录 拨号键盘", "最近通话"), LOG_CSS


def numpage31(p: Page) -> tuple[str, str]:
    """One number's own page: the number, 归属地, a crowd tag, then each call on its own line."""
    x = p.s.extra
    out = [
        f'<div style="text-align:center;padding:18px 0 8px">{p.av(p.s.title, 76)}'
        f'<div style="font-size:26px;margin-top:10px">{p.t(p.s.title)}</div>'
        f'<div style="color:var(--sub);font-size:14px;margin-top:4px">{p.t(p.s.sub)}</div>'
    ]
    if x.get("tag"):
        out.append(
            f'<div style="display:inline-block;margin-top:8px;padding:3px 12px;border-radius:12px;'
            f'background:#fff1e0;color:#d46b08;font-size:13px">{p.t(x["tag"])}</div>'
        )
    out.append('</div><div style="display:flex;justify-content:space-around;padding:10px 30px">')
    for w in ("呼叫", "发信息", "加入黑名单", "标记号码"):
        out.append(f'<span style="color:var(--acc);font-size:13px">{p.t(w)}</span>')
    out.append(f'</div><div class="grp">{p.t(x.get("head", "通话记录"))}</div><div class="rows">')
    for c in p.s.calls:
        out.append(
            f'<div class="row"><div class="mid"><div>{p.t(c.when)}</div></div>'
            f'<div class="tm" style="color:{"var(--miss)" if c.missed else "var(--sub)"}">'
            f"{p.t(c.note)}</div></div>"
        )
    out.append("</div>")
    return f'<div style="flex:1;overflow:hidden">{"".join(out)}</div>', LOG_CSS


# --- mail, lock screen, bill, letter -----------------------------------------------------------
def mail31(p: Page) -> tuple[str, str]:
    """网易邮箱大师-like mail: subject, sender, time, paragraphs, an attachment, a bottom bar."""
    x = p.s.extra
    m = p.s.msgs[0]
    paras = "".join(
        f'<p style="margin:0 0 12px;line-height:1.7">{p.t(t)}</p>' for t in x.get("before", [])
    )
    paras += f'<p style="margin:0 0 12px;line-height:1.7">{p.t(m.text)}</p>'
    paras += "".join(
        f'<p style="margin:0 0 12px;line-height:1.7">{p.t(t)}</p>' for t in x.get("after", [])
    )
    bar = "".join(f"<span>{p.t(w)}</span>" for w in ("回复", "全部回复", "转发", "删除"))
    body = (
        f'<div style="flex:none;display:flex;justify-content:space-between;padding:8px 16px;'
        f'color:#d0312d;font-size:15px"><span>‹ {p.t("收件箱")}</span><span>☆</span></div>'
        f'<div style="flex:1;overflow:hidden;padding:4px 18px">'
        f'<div style="font-size:21px;font-weight:700;line-height:1.4">{p.t(x["subject"])}</div>'
        f'<div style="display:flex;gap:10px;align-items:center;margin:14px 0">{p.av(m.who, 40)}'
        f'<div><div style="font-weight:600">{p.t(m.who)}</div><div style="font-size:12.5px;color:va'
        f'r(--sub)">'
        f"{p.t(x['addr'])}</div></div></div>"
        f'<div style="font-size:13px;color:var(--sub);margin-bottom:14px">{p.t("发给 " + x["to"])}'
        f'<br>{p.t(m.when)}</div><div style="font-size:15.5px">{paras}</div>'
        f'<div style="display:flex;gap:10px;align-items:center;border:1px solid var(--line);'
        f'border-radius:10px;padding:10px;margin-top:6px"><span style="background:#d0312d;color:#ff'
        f"f;"
        f'font-size:11px;padding:8px 6px;border-radius:4px">PDF</span><span>{p.t(x["file"])}</span>'
        f"</div>"
        f'</div><div class="tabs" style="font-size:14px">{bar}</div>'
    )
    return body, LOG_CSS


def lock31(p: Page) -> tuple[str, str]:
    """A lock screen: the big clock, the date, stacked banners with cut previews."""
    x = p.s.extra
    out = [
        f'<div style="text-align:center;margin-top:30px;color:#fff"><div style="font-size:15px">'
        f'{p.t(x["date"])}</div><div style="font-size:84px;font-weight:300;line-height:1.1">'
        f'{p.t(x["clock"])}</div></div><div style="margin-top:40px">'
    ]
    for app, title, when, text in x["banners"]:
        out.append(
            f'<div style="margin:8px 12px;background:rgba(255,255,255,.78);color:#111;border-radius'
            f":20px;"
            f'padding:11px 14px"><div style="display:flex;justify-content:space-between;font-size:1'
            f"2.5px;"
            f'color:#555"><span>{p.t(app)}</span><span>{p.t(when)}</span></div><div style="font-wei'
            f"ght:600;"
            f'margin-top:3px">{p.t(title)}</div><div style="font-size:14.5px;line-height:1.45">'
            f"{p.t(text)}"
            "</div></div>"
        )
    out.append(
        f'</div><div style="position:absolute;bottom:14px;width:100%;text-align:center;color:#fff;'
        f'font-size:13px">{p.t("上滑解锁")}</div>'
    )
    bg = x.get("bg", "linear-gradient(160deg,#2d3e66,#7a5c8a 55%,#d08a6b)")
    css = (
        f"body{{background:{bg}}}#stage{{background:transparent}}"
        ".bar{background:transparent;color:#fff}.nav s{background:#fff}"
    )
    return "".join(out), css


def bill31(p: Page) -> tuple[str, str]:
    """A loan app's bill: overdue banner, sum due, each figure on its own row, a pay button."""
    x = p.s.extra
    rows = "".join(
        f'<div style="display:flex;justify-content:space-between;padding:11px 0;border-bottom:1px s'
        f"olid "
        f'var(--line)"><span style="color:var(--sub)">{p.t(k)}</span><span>{p.t(v)}</span></div>'
        for k, v in x["rows"]
    )
    body = (
        f'<div style="flex:none;text-align:center;padding:10px;font-weight:600">{p.t(p.s.title)}</d'
        f"iv>"
        f'<div style="flex:1;overflow:hidden;padding:0 14px"><div style="background:{x["color"]};'
        f'color:#fff;border-radius:16px;padding:18px 18px 20px"><div style="font-size:13px;opacity:'
        f'.9">'
        f'{p.t(x["due_label"])}</div><div style="font-size:36px;font-weight:700;margin:6px 0">'
        f'{p.t(x["due"])}</div><div style="display:inline-block;background:rgba(255,255,255,.25);'
        f'border-radius:10px;padding:2px 10px;font-size:13px">{p.t(x["overdue"])}</div></div>'
        f'<div style="background:var(--card);border-radius:16px;padding:4px 16px;margin-top:12px">'
        f"{rows}"
        f'</div><div style="color:var(--sub);font-size:12.5px;margin:12px 4px;line-height:1.6">'
        f'{p.t(x["note"])}</div><div style="display:flex;gap:10px;margin-top:10px">'
        f'<span style="flex:1;text-align:center;border:1px solid {x["color"]};color:{x["color"]};'
        f'border-radius:22px;padding:10px">{p.t("申请展期")}</span><span style="flex:2;text-align:c'
        f"enter;"
        f'background:{x["color"]};color:#fff;border-radius:22px;padding:10px">{p.t("立即还款")}</sp'
        f"an></div>"
        f'<div style="text-align:center;color:var(--acc);font-size:13px;margin-top:12px">'
        f"{p.t('还款计划')}</div></div>"
    )
    return body, ""


def letter31(p: Page) -> tuple[str, str]:
    """A printed notice (律师函 / 法院通知), later photographed: serif, a red seal, a date."""
    x = p.s.extra
    m = p.s.msgs[0]
    paras = "".join(f'<p style="text-indent:2em;margin:0 0 10px">{p.t(t)}</p>' for t in x["before"])
    paras += f'<p style="text-indent:2em;margin:0 0 10px">{p.t(m.text)}</p>'
    paras += "".join(f'<p style="text-indent:2em;margin:0 0 10px">{p.t(t)}</p>' for t in x["after"])
    seal = x["seal"]
    body = (
        f"<div style=\"flex:1;padding:34px 30px;font-family:'Noto Serif CJK SC',serif;font-size:15p"
        f"x;"
        f'line-height:1.75;background:#fbfaf6;color:#1a1a1a;position:relative">'
        f'<div style="text-align:center;font-size:27px;font-weight:700;letter-spacing:10px">'
        f"{p.t(p.s.title)}"
        f'</div><div style="text-align:center;font-size:13px;margin:4px 0 18px">{p.t(x["no"])}</div'
        f">"
        f'<div style="margin-bottom:8px">{p.t(x["to"])}</div>{paras}'
        f'<div style="text-align:right;margin-top:24px">{p.t(x["sign"])}<br>{p.t(x["date"])}</div>'
        f'<div style="position:absolute;right:48px;bottom:70px;width:120px;height:120px;border:3px '
        f"solid "
        f"rgba(210,30,30,.75);border-radius:50%;color:rgba(210,30,30,.75);display:flex;align-items:"
        f"center;"
        f"justify-content:center;text-align:center;font-size:13px;transform:rotate(-14deg);"
        f'font-family:sans-serif">★<br>{escape(seal)}</div></div>'
    )
    return body, "body{background:#fbfaf6}.bar,.nav{display:none}"


BUILDERS = {
    "calllog31": calllog31,
    "dialer31": dialer31,
    "ioslog31": ioslog31,
    "numpage31": numpage31,
    "sms_thread31": sms_thread31,
    "sms_inbox31": sms_inbox31,
    "wxchat31": wxchat31,
    "famgroup31": wxchat31,
    "classgroup31": wxchat31,
    "workgroup31": wxchat31,
    "shopchat31": shopchat31,
    "datechat31": datechat31,
    "mail31": mail31,
    "lock31": lock31,
    "bill31": bill31,
    "letter31": letter31,
}


# A printed notice is an A4-like sheet, not a phone screen.
PAPER = (560, 792, 2.0)


def dims(screen: Screen) -> tuple[int, int, float]:
    """CSS width, height and device scale the page is shot at."""
    if screen.app == "letter31":
        return PAPER
    skin = SKINS[screen.skin]
    h = skin.height
    if screen.wrap == "stitch31":
        h = screen.extra.get("tall", h * 2 - 120)
    return skin.width, h, skin.scale


def page_html(screen: Screen, height: int | None = None) -> tuple[str, list[str]]:
    """The screen's whole HTML document and every text it draws (in drawing order)."""
    p = Page(screen)
    skin = p.skin
    bar = status_bar(p)
    body, css = BUILDERS[screen.app](p)
    w, h, _ = dims(screen)
    # The status bar keeps the phone's own colours whatever the app paints below it.
    night = skin.dark or screen.dark
    bar_fg, bar_bg = ("#f2f2f2", "#000" if skin.dark else "#1f1f1f") if night else ("#111", "")
    bar_bg = bar_bg or "var(--barbg)"
    dark_css = ""
    if screen.dark and not skin.dark:
        dark_css = ":root{--bg:#111;--fg:#e6e6e6;--card:#1c1c1e;--line:#2a2a2a;--barbg:#1f1f1f}"
    doc = (
        '<!doctype html><html><head><meta charset="utf-8"><style>'
        f":root{{--w:{w}px;--h:{h}px;--fs:{skin.font}px;{skin.css}}}{dark_css}"
        f"{BASE_CSS}.bar{{color:{bar_fg};background:{bar_bg}}}{css}</style></head>"
        f'<body>{bar}<div id="stage">{body}</div>'
        '<div class="nav"><s></s></div></body></html>'
    )
    return doc, p.texts
