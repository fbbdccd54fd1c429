"""The set's own ground: lock screen, incoming call, 5G messages, mail, merged record, photos."""

from __future__ import annotations

from html import escape as e

from tests.blindgen6.model import Screen, label
from tests.blindgen6.skins import TABS

WECHAT_DARK = """
body{background:#191919!important;color:#d5d5d5}.tb{background:#1f1f1f;border-color:#111}
.bub{background:#2b2b2b!important;color:#d5d5d5!important;border-radius:5px!important}
.me .bub{background:#3eb575!important;color:#0c1a12!important}.av{border-radius:5px!important;
background:#5b6b7c!important}.inp{background:#2b2b2b!important;border-color:#2b2b2b!important;
border-radius:5px!important;text-align:center}.sep{color:#777!important}
"""

_PLAIN = ".dot{background:none!important;color:#111!important}"
MERGED = (
    _PLAIN
    + """
body{background:#f7f7f7!important;color:#111!important}.tb{background:#ededed;color:#111;
border-color:#ddd}.mr{display:flex;gap:9px;padding:9px 4px;border-bottom:1px solid #e6e6e6}
.mr .av{border-radius:4px!important;background:#8aa2b8!important}.mr .h{display:flex;
justify-content:space-between;font-size:12px;color:#999;margin-bottom:3px}.mr .x{line-height:1.5;
white-space:pre-wrap;word-break:break-all}.mh{text-align:center;color:#999;font-size:12px;margin:6px}
"""
)


def merged(screen: Screen) -> str:
    """A forwarded chat record opened: name and time above each message, every one on the left."""
    out = [f'<div class="mh">{e(screen.extra["range"])}</div>']
    for msg in screen.msgs:
        name = screen.extra.get("me", "") if msg.who == "me" else msg.who
        stamp = label(msg.at, screen.captured, "dash")
        out.append(
            f'<div class="mr"><div class="av">{e(name[:1])}</div><div style="flex:1">'
            f'<div class="h"><span>{e(name)}</span><span>{e(stamp)}'
            f'</span></div><div class="x">{e(msg.text)}</div></div></div>'
        )
    return "".join(out)


_LOCK = """
body{background:linear-gradient(160deg,#30343f 0%,#11131a 70%)!important;color:#fff!important}
.big{font-size:64px;text-align:center;margin-top:26px;font-weight:300}.dt{text-align:center;
font-size:14px;opacity:.8;margin-bottom:18px}.nt{background:rgba(255,255,255,.14);border-radius:18px;
padding:10px 13px;margin:7px 4px;backdrop-filter:blur(6px)}.nt .a{font-size:11px;opacity:.75;
display:flex;justify-content:space-between}.nt .s{font-weight:600;margin:2px 0}
.nt .p{font-size:13px;
line-height:1.4;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.tabs{border:none!important;color:#ddd!important}.tabs span{color:#ddd!important}
.ul{text-align:center;font-size:12px;opacity:.7;margin:8px}
"""


def _lock(screen: Screen) -> str:
    cap = screen.captured
    week = "一二三四五六日"[cap.weekday()]
    out = [
        f'<div class="big">{cap:%H:%M}</div>'
        f'<div class="dt">{cap.month}月{cap.day}日 星期{week}</div>'
    ]
    for app, msg in zip(screen.extra["apps"], screen.msgs, strict=True):
        out.append(
            f'<div class="nt"><div class="a"><span>{e(app)}</span>'
            f'<span>{e(label(msg.at, cap, "rel"))}</span></div><div class="s">{e(msg.who)}</div>'
            f'<div class="p">{e(msg.text)}</div></div>'
        )
    out.append('<div class="ul">上滑解锁</div>')
    return "".join(out)


_CALL = """
body{background:linear-gradient(180deg,#1d3b53,#0b1520)!important;color:#fff!important}
.ic{text-align:center;margin-top:60px}.ic .l{font-size:13px;opacity:.7}.ic .n{font-size:34px;
margin:10px 0 6px;letter-spacing:1px}.ic .p{font-size:14px;opacity:.85}.ic .g{display:inline-block;
margin-top:12px;background:#c0392b;border-radius:12px;padding:4px 12px;font-size:13px}
.opt{display:flex;justify-content:space-around;margin-top:230px;font-size:12px;opacity:.85}
.keys{display:flex;justify-content:space-around;margin-top:36px}.keys span{width:64px;height:64px;
border-radius:50%;display:flex;align-items:center;justify-content:center;font-size:13px}
.keys span:first-child{background:#e5484d}.keys span:last-child{background:#30a46c}
"""


def _incall(screen: Screen) -> str:
    x = screen.extra
    return (
        f'<div class="ic"><div class="l">来电</div><div class="n">{e(x["number"])}</div>'
        f'<div class="p">{e(x["place"])}</div><div class="g">{e(x["tag"])}</div></div>'
        '<div class="opt">'
        + "".join(f"<span>{w}</span>" for w in ("短信回复", "提醒我"))
        + "</div>"
        '<div class="keys">' + "".join(f"<span>{w}</span>" for w in ("挂断", "接听")) + "</div>"
    )


_RCS = """
.card{background:%s;border-radius:16px;overflow:hidden;margin:8px 30px 8px 0;
box-shadow:0 1px 3px rgba(0,0,0,.12)}.card .hd{background:linear-gradient(90deg,#ff8a00,#ff5e3a);
color:#fff;padding:10px 12px;font-weight:600}.card .bd{padding:10px 12px;line-height:1.5;
white-space:pre-wrap}.card .bt{display:flex;border-top:1px solid #eee}.card .bt span{flex:1;
text-align:center;padding:9px;color:#1f8fff;font-size:13px}.vf{color:#1f8fff;font-size:11px}
.menu{display:flex;border-top:1px solid #ddd;background:#fff}.menu span{flex:1;text-align:center;
padding:12px 0;font-size:13px;border-right:1px solid #eee}
"""


def _rcs(screen: Screen) -> str:
    out = []
    for msg in screen.msgs:
        if msg.stamp:
            out.append(f'<div class="sep">{e(label(msg.at, screen.captured, "cn12"))}</div>')
        if msg.kind == "card":
            buttons = "".join(f"<span>{e(b)}</span>" for b in TABS["rcs_buttons"].split())
            out.append(
                f'<div class="card"><div class="hd">{e(screen.extra["card_title"])}</div>'
                f'<div class="bd">{e(msg.text)}</div><div class="bt">{buttons}</div></div>'
            )
        elif msg.who == "me":
            out.append(f'<div class="row me"><div class="bub">{e(msg.text)}</div></div>')
        else:
            out.append(f'<div class="row"><div class="bub">{e(msg.text)}</div></div>')
    menu = "".join(f"<span>{e(w)}</span>" for w in TABS["sms_rcs"].split())
    return "".join(out) + f'<div class="menu">{menu}</div>'


_MAIL = """
.ml{padding:10px 4px;border-bottom:1px solid #eee}.ml .f{display:flex;justify-content:space-between;
font-weight:600}.ml .f span:last-child{font-weight:400;font-size:12px;color:#999}
.ml .j{font-size:14px;
margin:3px 0}.ml .s{font-size:12px;color:#888;white-space:nowrap;overflow:hidden;
text-overflow:ellipsis}
.mo h3{font-size:18px;margin:8px 0 10px}.mo .m{font-size:12px;color:#777;line-height:1.7}
.mo p{line-height:1.7;margin:10px 0;white-space:pre-wrap}.att{border:1px solid #ddd;
border-radius:8px;
padding:8px;font-size:12px;margin-top:10px}.ub{width:8px;height:8px;border-radius:50%;
background:#1f8fff;display:inline-block;margin-right:6px}
"""


def _mail(screen: Screen) -> str:
    x = screen.extra
    if x.get("inbox"):
        out = []
        for subject, msg in zip(x["subjects"], screen.msgs, strict=True):
            out.append(
                f'<div class="ml"><div class="f"><span><i class="ub"></i>{e(msg.who)}</span>'
                f"<span>{e(label(msg.at, screen.captured, 'rel'))}</span></div>"
                f'<div class="j">{e(subject)}</div><div class="s">{e(msg.text)}</div></div>'
            )
        return "".join(out)
    first = screen.msgs[0]
    head = (
        f'<div class="mo"><h3>{e(x["subject"])}</h3><div class="m">发件人：{e(first.who)} '
        f"&lt;{e(x['addr'])}&gt;<br>收件人：{e(x['to'])}<br>时　间："
        f"{first.at:%Y年%m月%d日 %H:%M}</div>"
    )
    body = "".join(f"<p>{e(m.text)}</p>" for m in screen.msgs)
    return head + body + f'<div class="att">附件 · {e(x["attachment"])}</div></div>'


_BILL = """
.bh{background:linear-gradient(135deg,#ff7a45,#ff4d4f);color:#fff;border-radius:14px;padding:16px}
.bh .k{font-size:12px;opacity:.85}.bh .v{font-size:30px;font-weight:700;margin:4px 0}
.kv{display:flex;justify-content:space-between;padding:11px 2px;border-bottom:1px solid #eee;
font-size:14px}.kv span:first-child{color:#888}.btn{margin:18px 8px;background:#ff4d4f;color:#fff;
text-align:center;border-radius:22px;padding:12px}
"""


def money(value: float) -> str:
    return f"{value:,.2f}"


def _bill(screen: Screen) -> str:
    loan = screen.extra["loan"]
    rows = [
        ("借款本金", money(loan["amount"])),
        ("实际到账", money(loan["received"])),
        ("服务费（放款时扣除）", money(loan["deducted"])),
        ("借款日期", screen.extra["lent"]),
        ("约定还款日", screen.extra["due"]),
        ("逾期天数", f"{screen.extra['late']}天"),
        ("逾期罚息及违约金", money(loan["demanded"] - loan["amount"])),
    ]
    kv = "".join(f'<div class="kv"><span>{e(k)}</span><span>{e(v)}</span></div>' for k, v in rows)
    return (
        '<div class="bh"><div class="k">当前应还（元）</div>'
        f'<div class="v">{money(loan["demanded"])}</div>'
        f'<div class="k">{e(screen.extra["platform"])} · 已逾期</div></div>'
        f'{kv}<div class="btn">立即还款</div>'
    )


_PHOTO = """
body{background:radial-gradient(circle at 40%% 30%%,#9c7a55,#5a4128)!important}
.main{padding:0!important}
.paper{position:absolute;left:%s;top:%s;width:%s;transform:rotate(%sdeg);background:%s;color:#222;
box-shadow:0 10px 30px rgba(0,0,0,.55);padding:%s;border-radius:%s;
font-family:'Noto Serif CJK SC',serif}
.shade{position:absolute;inset:0;background:linear-gradient(120deg,rgba(255,255,255,.08),rgba(0,0,0,.25))}
"""


def _idcard(screen: Screen) -> str:
    x = screen.extra
    return (
        '<div class="paper"><div style="font-size:10px;line-height:1.9">'
        f'姓名　<b style="font-size:13px">{e(x["name"])}</b><br>性别　{e(x["sex"])}　　民族　汉<br>'
        f"出生　{e(x['born'])}<br>住址　{e(x['addr'])}<br><br>"
        f'公民身份号码　<b style="letter-spacing:1px">{e(x["id"])}</b></div>'
        '<div style="position:absolute;right:12px;top:16px;width:62px;height:78px;'
        "background:#b9c4cf;"
        'border-radius:4px"></div></div><div class="shade"></div>'
    )


def _doc(screen: Screen) -> str:
    x = screen.extra
    paras = "".join(f'<p style="text-indent:2em;margin:6px 0">{e(p)}</p>' for p in x["paras"])
    return (
        f'<div class="paper"><div style="text-align:center;font-size:17px;font-weight:700;'
        f'margin-bottom:8px">{e(x["head"])}</div><div style="font-size:10.5px;line-height:1.65">'
        f'{paras}<p style="text-align:right;margin-top:14px">{e(x["sign"])}<br>{e(x["date"])}</p>'
        '</div><div style="position:absolute;right:30px;bottom:34px;width:84px;height:84px;'
        'border:3px solid rgba(210,30,30,.7);border-radius:50%"></div></div>'
        '<div class="shade"></div>'
    )


def page(screen: Screen, chrome) -> str:
    """The special screens, framed by the same chrome as the rest."""
    app = screen.app
    if app == "lockscreen":
        return chrome(screen, _lock(screen), _LOCK, title=False)
    if app == "incall":
        return chrome(screen, _incall(screen), _CALL, title=False)
    if app == "sms_rcs":
        return chrome(screen, _rcs(screen), _RCS % "#fff")
    if app == "mail163":
        return chrome(
            screen,
            _mail(screen),
            _PLAIN + _MAIL + "body{background:#fff!important;color:#222!important}",
        )
    if app == "bill_own":
        return chrome(
            screen,
            _bill(screen),
            _PLAIN + _BILL + "body{background:#fff!important;color:#222!important}",
        )
    if app == "idcard_photo":
        css = _PHOTO % ("34px", "250px", "300px", "-4", "#eef1ec", "16px", "10px")
        return chrome(screen, _idcard(screen), css, title=False)
    if app == "doc_photo":
        css = _PHOTO % ("22px", "150px", "318px", "2.5", "#fbfaf4", "18px 16px", "2px")
        return chrome(screen, _doc(screen), css, title=False)
    raise ValueError(app)
