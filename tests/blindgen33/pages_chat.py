"""Chats, a lock screen, a loan bill and a paper notice; page_html() picks a screen's page."""

from __future__ import annotations

from tests.blindgen33.kit import Pen, clock, frame, lock_date
from tests.blindgen33.model import Screen
from tests.blindgen33.pages import bubbles, calllog, numinfo, recents, smsbox, smschat
from tests.blindgen33.skins import GEOMETRY, ago


def _input(pen: Pen, voice: bool) -> str:
    left = "🎤" if voice else "⌨"
    mid = f'<div class="box" style="text-align:center;padding-top:6px">{pen("按住 说话")}</div>'
    if not voice:
        mid = '<div class="box"></div>'
    right = f"<span>{pen('表情')}</span><span>{pen('更多')}</span>"
    if not voice:
        right += f'<span class="go">{pen("发送")}</span>'
    return f'<div class="input"><span>{left}</span>{mid}{right}</div>'


def qwchat(s: Screen, pen: Pen, images: dict | None) -> str:
    """A 企业微信-like chat with an external contact: an orange «@企业» badge, a notice line."""
    corp = s.extra["corp"]
    head = (
        f'<div class="nav"><span>‹</span><div style="text-align:center"><b>{pen(s.title)}</b>'
        f'<div style="font-size:.7em;color:#f08c00">{pen("@" + corp)}</div></div>'
        "<span>···</span></div>"
        f'<div class="sys" style="background:var(--card);padding:4px;border-radius:6px">'
        f"{pen('对方为' + corp + '的' + '外部联系人' + '，请注意保护个人信息')}</div>"
    )
    return frame(s, head + bubbles(s, pen, images=images) + _input(pen, False), pen)


def kingroup(s: Screen, pen: Pen, images: dict | None) -> str:
    """A family group: members named over their bubbles, a collector joining by QR code."""
    head = (
        f'<div class="nav"><span>‹</span><b>{pen(s.title)}</b><span>···</span></div>'
        '<div style="height:1px;background:var(--line)"></div>'
    )
    return frame(s, head + bubbles(s, pen, names=True, images=images) + _input(pen, True), pen)


def wxdm(s: Screen, pen: Pen, images: dict | None) -> str:
    """A one-to-one chat: text, voice notes turned to text, pictures sent on."""
    head = (
        f'<div class="nav"><span>‹ {pen(s.extra.get("unread", ""))}</span><b>{pen(s.title)}</b>'
        "<span>···</span></div>"
        '<div style="height:1px;background:var(--line)"></div>'
    )
    return frame(s, head + bubbles(s, pen, images=images) + _input(pen, False), pen)


def lockpile(s: Screen, pen: Pen) -> str:
    """A lock screen stacked with notifications, newest on top."""
    ios = GEOMETRY[s.skin][3]
    cards = []
    for m in sorted(s.msgs, key=lambda m: m.at, reverse=True):
        app = m.name.split("|")[0] if "|" in m.name else "信息"
        who = m.name.split("|")[-1] if m.name else m.who
        cards.append(
            f'<div style="margin:8px 12px;padding:10px 12px;border-radius:16px;'
            f'background:rgba(255,255,255,.78);color:#111">'
            f'<div style="display:flex;justify-content:space-between;font-size:.72em;color:#555">'
            f"<span>{pen(app)}</span><span>{pen(ago(m.at, s.captured, ios))}</span></div>"
            f'<div style="font-weight:600">{pen(who)}</div><div>{pen(m.text)}</div></div>'
        )
    more = s.extra.get("more", 0)
    if more:
        cards.append(f'<div class="sys" style="color:#eee">{pen(f"还有{more}条通知")}</div>')
    body = (
        '<div style="position:fixed;inset:0;background:linear-gradient(160deg,#2b3a55,#7a5c61 60%,'
        '#c08457);z-index:-1"></div><div style="color:#fff">'
        f'<div style="text-align:center;margin-top:18px;font-size:.95em">{pen(lock_date(s))}</div>'
        f'<div style="text-align:center;font-size:4.6em;font-weight:300;line-height:1.1">'
        f"{pen(clock(s))}</div></div>"
        + "".join(cards)
        + '<div style="position:fixed;bottom:18px;left:0;right:0;display:flex;'
        'justify-content:space-between;padding:0 40px;color:#fff;font-size:.8em">'
        f"<span>{pen('手电筒')}</span><span>{pen('上滑解锁')}</span><span>{pen('相机')}</span>"
        "</div>"
    )
    sb = (
        f'<div class="sb" style="color:#fff"><span>{pen(s.extra.get("carrier", "中国移动"))}'
        f'</span><span class="r"><span>{pen(s.signal)}</span><span>{pen(f"{s.battery}%")}</span>'
        "</span></div>"
    )
    return frame(s, body, pen, top=sb)


def loanbill(s: Screen, pen: Pen) -> str:
    """A loan app's bill: borrowed, service fee taken first, received, total now demanded."""
    x = s.extra
    loan = x["loan"]
    rows = [
        ("借款本金", f"¥{loan['amount']:,.2f}"),
        (x.get("fee_name", "服务费（放款时扣除）"), f"-¥{loan['deducted']:,.2f}"),
        ("实际到账", f"¥{loan['received']:,.2f}"),
        ("借款日期", x["lent"]),
        ("到期日", x["due"]),
        ("逾期天数", x["late"]),
        ("罚息及违约金", x["penalty"]),
    ]
    total = f"{loan['demanded']:,.2f}"
    cells = "".join(
        f'<div class="row"><div class="m sub">{pen(k)}</div><div>{pen(v)}</div></div>'
        for k, v in rows
    )
    body = (
        f'<div class="nav"><span>‹</span><b>{pen(x["lender"] + " · 账单详情")}</b>'
        "<span></span></div>"
        f'<div style="margin:10px 14px;padding:16px;border-radius:14px;background:var(--acc);'
        f'color:#fff"><div style="font-size:.8em">{pen("应还总额（元）")}</div>'
        f'<div style="font-size:2.1em;font-weight:700">{pen(total)}</div>'
        f'<div style="font-size:.75em;background:rgba(0,0,0,.18);display:inline-block;'
        f'padding:1px 6px;border-radius:4px">{pen("已逾期 · 将影响您的信用")}</div></div>'
        f'<div style="margin:0 14px;border-radius:12px;overflow:hidden">{cells}</div>'
        f'<div style="margin:18px 14px;display:flex;gap:10px"><div style="flex:1;padding:11px;'
        f'text-align:center;border-radius:22px;border:1px solid var(--acc);color:var(--acc)">'
        f'{pen("申请展期")}</div><div style="flex:2;padding:11px;text-align:center;'
        f'border-radius:22px;background:var(--acc);color:#fff">{pen("立即还款")}</div></div>'
    )
    words = ("首页", "借款", "账单", "我的")
    bar = "".join(f'<span class="{"on" if w == "账单" else ""}">{pen(w)}</span>' for w in words)
    return frame(s, body + f'<div class="tabs">{bar}</div>', pen)


def paper(s: Screen, pen: Pen) -> str:
    """A forged notice printed on paper (photographed afterwards): title, body, a red seal."""
    x = s.extra
    lines = "".join(f'<p style="text-indent:2em;margin:6px 0">{pen(p)}</p>' for p in x["body"])
    body = (
        '<div style="margin:20px;padding:28px 26px;background:#fbf8f1;color:#1a1a1a;'
        "font-family:'Noto Serif CJK SC',serif;font-size:15px;line-height:1.7;"
        'box-shadow:0 0 12px rgba(0,0,0,.25);position:relative">'
        f'<div style="text-align:center;font-size:22px;font-weight:700;color:#b21">{pen(x["org"])}'
        f'</div><div style="text-align:center;font-size:19px;margin:4px 0 14px">{pen(x["head"])}'
        f'</div><div style="text-align:right;font-size:13px">{pen(x["ref"])}</div>'
        f'<p style="margin-top:10px">{pen(x["to"])}</p>{lines}'
        f'<div style="text-align:right;margin-top:26px">{pen(x["sign"])}</div>'
        f'<div style="text-align:right">{pen(x["date"])}</div>'
        '<div style="position:absolute;right:40px;bottom:34px;width:118px;height:118px;'
        "border:4px solid rgba(210,30,30,.75);border-radius:50%;color:rgba(210,30,30,.75);"
        "display:flex;align-items:center;justify-content:center;font-size:14px;"
        f'transform:rotate(-14deg);text-align:center">★<br>{pen(x["seal"])}</div></div>'
    )
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>*{margin:0}body{width:420px;'
        f"background:#8c7b66;padding:10px 0 30px}}</style></head><body>{body}</body></html>"
    )


PAGES = {
    "recents33": recents,
    "numinfo33": numinfo,
    "calllog33": calllog,
    "smsbox33": smsbox,
    "smschat33": smschat,
    "lockpile33": lockpile,
    "loanbill33": loanbill,
    "paper33": paper,
}
CHATS = {"qwchat33": qwchat, "kingroup33": kingroup, "wxdm33": wxdm}


def page_html(s: Screen, images: dict | None = None) -> tuple[str, list[str]]:
    """The screen's HTML and every text it writes (images: inner captures' file URLs)."""
    pen = Pen()
    if s.app in CHATS:
        return CHATS[s.app](s, pen, images), pen.texts
    return PAGES[s.app](s, pen), pen.texts
