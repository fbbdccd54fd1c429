"""One screen of blind set 22 as an HTML page with this set's own CSS (Chromium shoots it)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from tests.blindgen22.model import Screen, battery

# Every bar, button and input-box string this set draws, per page or overlay, one bar a line.
CHROME = {
    "chat22": "返回 聊天详情\n语音 表情 发送",
    "group22": "返回 群成员\n语音 表情 发送",
    "sms22": "返回 拨号\n短信/彩信 发送",
    "inbox22": "信息 搜索\n全部 通知 验证码",
    "calllog22": "拨号盘 通话记录 联系人 收藏",
    "contacts22": "联系人 群组 标签 搜索",
    "addrbook22": "微讯 通讯录 发现 个人",
    "portal22": "刷新 分享 书签",
    "bill22": "账单详情 还款计划\n立即还款",
    "keyboard22": "嗯嗯 收到 晚点说",
    "shade22": "通知 清除全部 设置",
    "pip22": "视频通话中 挂断",
}
_WEEK = "一二三四五六日"

CSS = """
*{box-sizing:border-box;margin:0;padding:0}
body{font-family:'Noto Sans CJK SC',sans-serif;background:#fff;width:390px}
.ph{width:390px;min-height:844px;position:relative;background:#f3f1ec;color:#1d1d1f;font-size:15px}
.ph.large{font-size:20px}
.ph.dark{background:#121417;color:#e8e8e8}
.st{height:34px;display:flex;justify-content:space-between;align-items:center;padding:0 18px;
 font-size:13px;font-weight:600}
.st .ic{display:flex;gap:6px;align-items:center}
.sig{display:inline-block;width:16px;height:10px;background:linear-gradient(90deg,#333 20%,
 transparent 20% 30%,#333 30% 50%,transparent 50% 60%,#333 60% 80%,transparent 80%)}
.dark .sig{filter:invert(1)}
.bat{border:1.5px solid currentColor;border-radius:3px;padding:0 3px;font-size:11px}
.rec{background:#e5302a;color:#fff;border-radius:9px;padding:0 7px;font-size:11px}
.hd{height:48px;display:flex;align-items:center;justify-content:space-between;padding:0 12px;
 border-bottom:1px solid #d8d4cc;background:#ebe7de}
.dark .hd{background:#1c1f24;border-color:#2c3036}
.hd b{font-size:1.1em}.hd span{font-size:.85em;color:#6b6b6b}
.bd{padding:8px 10px 120px}
.bd.low{position:absolute;left:0;right:0;bottom:70px;padding-bottom:0}
.ts{text-align:center;font-size:.75em;color:#8d8a84;margin:10px 0}
.row{display:flex;gap:8px;margin:8px 0;align-items:flex-start}
.row.out{flex-direction:row-reverse}
.av{width:38px;height:38px;border-radius:9px;flex:none;color:#fff;font-size:15px;display:flex;
 align-items:center;justify-content:center}
.who{font-size:.72em;color:#8d8a84;margin-bottom:2px}
.bb{max-width:260px;padding:8px 11px;border-radius:4px 14px 14px 14px;background:#fff;
 line-height:1.45;word-break:break-all}
.dark .bb{background:#262a30}
.out .bb{background:#f7c873;border-radius:14px 4px 14px 14px}
.dark .out .bb{background:#7a5a1e}
.pic{width:230px;padding:14px 12px;background:#fbf8ef;border:1px solid #c9c2b0;
 transform:rotate(-2deg);font-family:'Noto Serif CJK SC',serif;font-size:12px;line-height:1.6;
 color:#222;box-shadow:2px 3px 6px #0003}
.pic h4{text-align:center;font-size:17px;color:#b3261e;margin-bottom:6px}
.ft{position:absolute;left:0;right:0;bottom:0;background:#ebe7de;border-top:1px solid #d0ccc3;
 padding:8px 10px 22px;display:flex;gap:8px;align-items:center;font-size:.85em}
.dark .ft{background:#1c1f24;border-color:#2c3036}
.ft .in{flex:1;height:34px;border-radius:6px;background:#fff;padding:6px 8px;color:#222}
.dark .ft .in{background:#2b2f35;color:#ddd}
.ft .sd{background:#3f8f5a;color:#fff;border-radius:6px;padding:4px 10px}
.tabs{position:absolute;left:0;right:0;bottom:0;display:flex;justify-content:space-around;
 padding:8px 0 24px;border-top:1px solid #d0ccc3;background:#f8f6f1;font-size:.8em}
.dark .tabs{background:#1c1f24;border-color:#2c3036}
.tabs span:first-child{color:#3f8f5a;font-weight:700}
.cl{display:flex;justify-content:space-between;padding:10px 6px;border-bottom:1px solid #e1ddd4}
.dark .cl{border-color:#2c3036}
.cl .n{font-size:1.05em}.cl .n.miss{color:#d23b2f}
.cl small{display:block;color:#8d8a84;font-size:.75em;margin-top:2px}
.tag{display:inline-block;font-size:.7em;border-radius:8px;padding:0 6px;margin-left:4px;
 background:#fde2df;color:#c0392b}
.tag.g{background:#e3efe6;color:#2f7a48}
.sec{background:#e4e0d7;color:#6b6b6b;font-size:.75em;padding:3px 8px;margin-top:6px}
.dark .sec{background:#23272d}
.url{margin:6px 10px;background:#e2ded5;border-radius:16px;padding:6px 12px;font-size:.75em;
 color:#4a4a4a;display:flex;justify-content:space-between}
.web{margin:8px 12px;background:#fff;border-radius:8px;padding:12px;line-height:1.8}
.web h3{color:#1a4f9c;font-size:1.15em;border-bottom:2px solid #1a4f9c;margin-bottom:6px}
.web p{border-bottom:1px dashed #ddd}
.btn{display:block;margin:14px 12px;text-align:center;background:#d9822b;color:#fff;
 border-radius:20px;padding:9px}
.kb{position:absolute;left:0;right:0;bottom:0;background:#d3d6dc;padding:6px 4px 26px}
.kb .cand{display:flex;gap:18px;padding:4px 10px 8px;font-size:15px;color:#222}
.kb .ln{display:flex;justify-content:center;gap:5px;margin:5px 0}
.kb .k{width:32px;height:40px;background:#fff;border-radius:5px;text-align:center;
 line-height:40px;font-size:17px;color:#222;box-shadow:0 1px 0 #999}
.kb .in{margin:0 6px 6px;background:#fff;border-radius:6px;padding:7px 8px;color:#222;
 display:flex;justify-content:space-between;font-size:15px}
.kb .sd{background:#3f8f5a;color:#fff;border-radius:6px;padding:0 10px}
.sh{position:absolute;left:0;right:0;top:0;height:430px;background:#24272cee;color:#eee;
 padding:40px 12px 10px;border-radius:0 0 22px 22px}
.sh .bar{display:flex;justify-content:space-between;font-size:13px;margin-bottom:8px}
.sh .card{background:#3a3e45;border-radius:14px;padding:9px 12px;margin:8px 0;font-size:13px}
.sh .card b{display:block;font-size:14px}
.pip{position:absolute;right:12px;top:560px;width:120px;height:170px;border-radius:12px;
 background:linear-gradient(#3b4a5c,#1b2430);color:#fff;font-size:11px;padding:8px;
 box-shadow:0 3px 10px #0006}
.pip i{position:absolute;bottom:8px;left:34px;background:#e5302a;border-radius:10px;
 padding:1px 10px;font-style:normal}
.ball{position:absolute;right:6px;top:470px;width:46px;height:46px;border-radius:50%;
 background:radial-gradient(#ffffffcc 30%,#8889 32%,#5556 60%);box-shadow:0 2px 6px #0005}
.paper{width:560px;min-height:660px;margin:30px;padding:40px 34px;font-size:19px;
 background:#f6f1e4;transform:rotate(1.5deg);
 font-family:'Noto Serif CJK SC',serif;line-height:2;color:#262320;box-shadow:4px 6px 14px #0005}
.paper h2{text-align:center;letter-spacing:6px;margin-bottom:14px}
.card22{width:580px;height:370px;margin:120px 30px;border-radius:18px;padding:30px 34px;
 background:linear-gradient(135deg,#e9eef2,#d7e4e8);font-size:21px;line-height:1.9;
 transform:rotate(-1deg);box-shadow:4px 6px 14px #0005;color:#1e2a33}
"""

_COLOURS = ("#c9743b", "#4f7fa8", "#7f5aa2", "#3f8f5a", "#a8453f", "#5d6d7e")


def stamp(at: datetime, captured: datetime, style: str) -> str:
    """A chat's time line as this phone writes it (relative days, weekday, 12-hour, dotted)."""
    hm = at.strftime("%H:%M")
    days = (captured.date() - at.date()).days
    if style == "rel":
        word = {0: "", 1: "昨天 ", 2: "前天 "}.get(days)
        return f"{word}{hm}" if word is not None else f"{at.month}月{at.day}日 {hm}"
    if style == "week":
        same_week = days < at.weekday() + 1
        return f"本周{_WEEK[at.weekday()]} {hm}" if same_week else at.strftime("%m-%d ") + hm
    if style == "en":
        return at.strftime("%a ") + hm if days < 7 else at.strftime("%b %d ") + hm
    if style == "pm":
        return at.strftime("%m/%d %I:%M %p") if days else at.strftime("%I:%M %p")
    if style == "dash":
        return f"{at.month}-{at.day} {hm}"
    return at.strftime("%Y.%m.%d ") + hm


def _avatar(who: str) -> str:
    colour = _COLOURS[sum(map(ord, who)) % len(_COLOURS)]
    return f'<div class="av" style="background:{colour}">{escape(who[-1:])}</div>'


def _status(s: Screen) -> str:
    if not s.statuses:
        return ""
    rec = f'<span class="rec">{escape(s.statuses[2])}</span>' if len(s.statuses) > 2 else ""
    return (
        f'<div class="st"><span>{s.captured:%H:%M} {rec}</span><span class="ic"><i class="sig">'
        f'</i><span class="bat">{battery(s)}%</span></span></div>'
    )


def _bars(app: str) -> list[str]:
    return CHROME.get(app, "").split("\n")


def _head(s: Screen) -> str:
    top = _bars(s.app)[0].split() if s.app in CHROME else []
    left = escape(top[0]) if len(top) > 1 and s.app in ("chat22", "group22", "sms22") else "‹"
    right = escape(top[1]) if len(top) > 1 and s.app in ("chat22", "group22", "sms22") else "···"
    if s.app == "inbox22":
        left, right = escape(top[0]), escape(top[1])
    return f'<div class="hd"><span>{left}</span><b>{escape(s.title)}</b><span>{right}</span></div>'


def _bubbles(s: Screen, style: str) -> str:
    out, last = [], None
    for m in s.msgs:
        if last is None or (m.at - last).total_seconds() > 600:
            out.append(f'<div class="ts">{escape(stamp(m.at, s.captured, style))}</div>')
        last = m.at
        if m.kind == "picture":
            body = (
                '<div class="pic">'
                + "".join(
                    f"<h4>{escape(t[1:])}</h4>" if t.startswith("#") else f"<div>{escape(t)}</div>"
                    for t in m.text.split("\n")
                )
                + "</div>"
            )
        else:
            body = f'<div class="bb">{escape(m.text)}</div>'
        named = s.app == "group22" and m.side == "in"
        who = f'<div class="who">{escape(m.who)}</div>' if named else ""
        face = _avatar(("我" if s.owner == "borrower" else s.owner) if m.side == "out" else m.who)
        out.append(f'<div class="row {m.side}">{face}<div>{who}{body}</div></div>')
    return "".join(out)


def _inbox(s: Screen, style: str) -> str:
    rows = []
    for m in s.msgs:
        cut = m.text[:17] + "…"
        rows.append(
            f'<div class="cl"><div><span class="n">{escape(m.who)}</span><small>{escape(cut)}'
            f"</small></div><small>{escape(stamp(m.at, s.captured, style))}</small></div>"
        )
    return "".join(rows)


def _calls(s: Screen, style: str) -> str:
    rows = []
    for c in s.calls:
        count = f" ({c.count})" if c.count > 1 else ""
        tag = f'<span class="tag">{escape(c.tag)}</span>' if c.tag else ""
        place = escape(c.place or ("手机" if c.name else "未知"))
        miss = " miss" if c.missed else ""
        rows.append(
            f'<div class="cl"><div><span class="n{miss}">{escape(c.name or c.number)}{count}</span>'
            f"{tag}<small>{place}</small></div><small>{escape(stamp(c.at, s.captured, style))}"
            "</small></div>"
        )
    return "".join(rows)


def _lines(s: Screen, lines: list[str] | None = None) -> str:
    """Page text: "§" opens a section, "a|b|tag" a row with a tag, "!" a button."""
    out = []
    for line in s.lines if lines is None else lines:
        if line.startswith("§"):
            out.append(f'<div class="sec">{escape(line[1:])}</div>')
        elif line.startswith("!"):
            out.append(f'<span class="btn">{escape(line[1:])}</span>')
        elif "|" in line:
            name, small, *tag = line.split("|")
            chip = "".join(f'<span class="tag g">{escape(t)}</span>' for t in tag)
            out.append(
                f'<div class="cl"><div><span class="n">{escape(name)}</span>{chip}<small>'
                f"{escape(small)}</small></div></div>"
            )
        else:
            out.append(f"<p>{escape(line)}</p>")
    return "".join(out)


def _foot(s: Screen) -> str:
    if s.overlay == "keyboard22":
        keys = "".join(
            '<div class="ln">' + "".join(f'<span class="k">{k}</span>' for k in row) + "</div>"
            for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
        )
        cand = "".join(f"<span>{escape(w)}</span>" for w in CHROME["keyboard22"].split())
        send = CHROME["chat22"].split("\n")[1].split()[-1]
        return (
            f'<div class="kb"><div class="in"><span>{escape(s.typed)}|</span><span class="sd">'
            f'{send}</span></div><div class="cand">{cand}</div>{keys}</div>'
        )
    if s.app in ("chat22", "group22", "sms22"):
        words = _bars(s.app)[1].split()
        inner = "".join(f"<span>{escape(w)}</span>" for w in words[:-1])
        inner += f'<span class="in"></span><span class="sd">{escape(words[-1])}</span>'
        return f'<div class="ft">{inner}</div>'
    if s.app in ("calllog22", "contacts22", "addrbook22", "inbox22"):
        bar = _bars(s.app)[-1] if s.app != "inbox22" else _bars(s.app)[1]
        tabs = "".join(f"<span>{escape(w)}</span>" for w in bar.split())
        return f'<div class="tabs">{tabs}</div>'
    if s.app == "bill22":
        return f'<span class="btn">{escape(_bars(s.app)[1])}</span>'
    return ""


def _overlays(s: Screen) -> str:
    if s.overlay == "shade22":
        bar = CHROME["shade22"].split()
        cards = "".join(
            f'<div class="card"><b>{escape(m.who)}</b>{escape(m.text[:15])}…</div>' for m in s.shade
        )
        return (
            f'<div class="sh"><div class="bar"><span>{bar[0]}</span><span>{bar[1]}</span>'
            f"<span>{bar[2]}</span></div>{cards}</div>"
        )
    if s.overlay == "pip22":
        word, hang = CHROME["pip22"].split()
        return f'<div class="pip">{escape(s.typed)}<br>{word}<i>{hang}</i></div>'
    if s.overlay == "ball22":
        return '<div class="ball"></div>'
    return ""


def _paper(s: Screen) -> str:
    if s.app == "idcard22":
        rows = "".join(f"<div>{escape(t)}</div>" for t in s.lines)
        return f'<div class="card22">{rows}</div>'
    title, *rest = s.lines
    return (
        f'<div class="paper"><h2>{escape(title)}</h2>'
        + "".join(f"<p>{escape(t)}</p>" for t in rest)
        + "</div>"
    )


def page_html(s: Screen) -> str:
    """The whole page; text a test looks for is escaped once inside one element."""
    style = s.style
    if s.app in ("idcard22", "letter22"):
        desk = "style='width:640px;background:#6d5b48'"
        return f"<html><head><style>{CSS}</style></head><body {desk}>{_paper(s)}</body></html>"
    mode = s.mode if s.mode in ("large", "dark") else ""
    if s.app in ("chat22", "group22", "sms22"):
        body = _bubbles(s, style)
    elif s.app == "inbox22":
        body = _inbox(s, style)
    elif s.app == "calllog22":
        body = _calls(s, style)
    elif s.app == "portal22":
        top = CHROME["portal22"].split()
        url = s.lines[0]
        body = (
            f'<div class="url"><span>🔒 {escape(url)}</span><span>{" ".join(top)}</span></div>'
            f'<div class="web"><h3>{escape(s.title)}</h3>{_lines(s, s.lines[1:])}</div>'
        )
    else:
        body = f'<div class="web">{_lines(s)}</div>'
    head = "" if s.app == "portal22" else _head(s)
    low = " low" if s.overlay == "shade22" else ""
    if s.app == "bill22":
        page, plan = _bars("bill22")[0].split()
        head = f'<div class="hd"><span>‹</span><b>{page}</b><span>{plan}</span></div>'
    return (
        f"<html><head><style>{CSS}</style></head><body><div class='ph {mode}'>{_status(s)}"
        f"{head}<div class='bd{low}'>{body}</div>{_foot(s)}{_overlays(s)}</div></body></html>"
    )
