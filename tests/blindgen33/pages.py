"""Phone pages: an iOS-like «最近通话», a number's info page, an Android log, SMS box and thread."""

from __future__ import annotations

from tests.blindgen33.kit import Pen, avatar, frame, tabs
from tests.blindgen33.model import Call, Screen
from tests.blindgen33.skins import GEOMETRY, ago, stamp


def _ios(s: Screen) -> bool:
    return GEOMETRY[s.skin][3]


def recents(s: Screen, pen: Pen) -> str:
    """iOS «最近通话»: rows folded «(n)», missed ones red, 归属地 or 手机 under, an ⓘ."""
    rows = []
    for c in s.calls:
        miss = " miss" if c.kind == "未接" else ""
        count = f" {pen(f'({c.count})')}" if c.count > 1 else ""
        arrow = "↗ " if c.kind == "呼出" else ""
        under = c.place or "手机"
        tag = f'<span class="tag">{pen(c.tag)}</span>' if c.tag else ""
        rows.append(
            f'<div class="row"><div class="m"><div class="{miss}">{arrow}{pen(c.label)}{count}'
            f'</div><div class="sub">{pen(under)}{tag}</div></div>'
            f'<div class="t">{pen(ago(c.times[-1], s.captured, True))}</div>'
            f'<div style="color:var(--acc);margin-left:10px">ⓘ</div></div>'
        )
    top = (
        f'<div class="nav"><span></span><div class="seg"><span class="on">{pen("所有通话")}</span>'
        f"<span>{pen('未接来电')}</span></div><span>{pen('编辑')}</span></div>"
        f'<div class="big">{pen("最近通话")}</div>'
    )
    return frame(s, top + "".join(rows) + tabs("recents33", pen, "最近通话"), pen)


def numinfo(s: Screen, pen: Pen) -> str:
    """One number's page: who, its tag, and each call of the day listed with its time."""
    ios = _ios(s)
    number = s.extra["number"]
    lines = []
    last_day = None
    for c in s.calls:
        for t in c.times:
            if t.date() != last_day:
                last_day = t.date()
                head = "今天" if t.date() == s.captured.date() else f"{t.month}月{t.day}日"
                lines.append(
                    f'<div class="when" style="text-align:left;padding-left:16px">{pen(head)}</div>'
                )
            what = {"未接": "未接来电", "呼入": "呼入电话", "呼出": "呼出电话"}[c.kind]
            extra = "" if ios else f' <span class="sub">{pen(c.sim)}</span>' if c.sim else ""
            lines.append(
                f'<div class="row" style="padding:5px 16px"><div class="m">'
                f"{pen(t.strftime('%H:%M'))}{extra}</div>"
                f'<div class="t {"miss" if c.kind == "未接" else ""}">{pen(what)}</div></div>'
            )
    back = "最近通话" if ios else "通话记录"
    tag = s.extra.get("tag", "")
    tag_html = f'<div class="tag" style="font-size:.8em">{pen(tag)}</div>' if tag else ""
    head = (
        f'<div class="nav"><span>‹ {pen(back)}</span><span>{pen("编辑")}</span></div>'
        f'<div style="text-align:center;padding:10px 0">'
        f'<div style="width:84px;height:84px;border-radius:42px;background:#b8bcc6;'
        f'margin:0 auto 8px"></div><div style="font-size:1.5em">{pen(number)}</div>'
        f'<div class="sub">{pen(s.extra.get("place", ""))}</div>{tag_html}</div>'
    )
    buttons = "".join(
        f'<div style="flex:1;margin:0 4px;padding:8px 0;border-radius:10px;background:var(--card);'
        f'color:var(--acc);text-align:center;font-size:.75em">{pen(w)}</div>'
        for w in ("发信息", "呼叫", "视频", "邮件")
    )
    foot = "".join(
        f'<div class="row" style="color:{"var(--miss)" if "阻止" in w else "var(--acc)"}">'
        f"{pen(w)}</div>"
        for w in ("阻止此来电号码",)
    )
    body = head + f'<div style="display:flex;padding:0 12px 10px">{buttons}</div>'
    return frame(s, body + "".join(lines) + '<div style="height:16px"></div>' + foot, pen)


def _log_row(s: Screen, c: Call, pen: Pen) -> str:
    miss = "miss" if c.kind == "未接" else ""
    count = f" {pen(f'({c.count})')}" if c.count > 1 else ""
    icon = {"未接": "↙", "呼入": "↙", "呼出": "↗"}[c.kind]
    sim = f'<span class="sim">{pen(c.sim)}</span>' if c.sim else ""
    place = pen(c.place) if c.place else ""
    tag = f'<span class="tag">{pen(c.tag)}</span>' if c.tag else ""
    number = ""
    if c.label != c.number and s.extra.get("numbers"):
        number = f" {pen(c.number)}"
    return (
        f'<div class="row"><div style="width:24px" class="{miss}">{icon}</div>'
        f'<div class="m"><div class="{miss}">{pen(c.label)}{count}</div>'
        f'<div class="sub">{sim}{place}{number}{tag}</div></div>'
        f'<div class="t">{pen(ago(c.times[-1], s.captured, False))}</div></div>'
    )


def calllog(s: Screen, pen: Pen) -> str:
    """An Android log: SIM badge, 归属地, crowd tag, relative times, folded «(n)»."""
    top = (
        f'<div class="nav"><b>{pen("全部通话")}</b><span>{pen("未接")}</span>'
        f"<span>{pen('拦截')}</span><span>⋮</span></div>"
    )
    rows = "".join(_log_row(s, c, pen) for c in s.calls)
    return frame(s, top + rows + tabs("calllog33", pen, "通话记录"), pen)


def smsbox(s: Screen, pen: Pen) -> str:
    """An SMS inbox: sender, a preview cut with «…», the time."""
    rows = []
    for m in s.msgs:
        text = pen(m.text + "…") if m.cut else pen(m.text)
        rows.append(
            f'<div class="row">{avatar(m.shown)}<div class="m"><div><b>{pen(m.shown)}</b></div>'
            f'<div class="sub">{text}</div></div>'
            f'<div class="t">{pen(ago(m.at, s.captured, _ios(s)))}</div></div>'
        )
    top = (
        f'<div class="nav"><span>{pen("筛选")}</span><span>{pen("编辑")}</span></div>'
        f'<div class="big">{pen("信息")}</div>'
        f'<div style="margin:0 14px 8px;padding:6px 10px;border-radius:9px;background:var(--card);'
        f'color:var(--sub)">⌕ {pen("搜索")}</div>'
    )
    return frame(s, top + "".join(rows), pen)


def bubbles(s: Screen, pen: Pen, names: bool = False, images: dict | None = None) -> str:
    """Chat lines with time separators; group chats name each sender above the bubble."""
    out, last = [], None
    for m in s.msgs:
        if last is None or (m.at - last).total_seconds() > 600:
            out.append(f'<div class="when">{pen(stamp(m.at, s.captured))}</div>')
        last = m.at
        if m.kind == "system":
            out.append(f'<div class="sys">{pen(m.text)}</div>')
            continue
        me = m.who == "me"
        if m.kind == "voice":
            inner = (
                f"<div>)))  {pen(str(m.seconds) + chr(34))}</div>"
                f'<div style="margin-top:6px;padding-top:6px;border-top:1px solid var(--line);'
                f'font-size:.92em">{pen(m.text)}</div>'
            )
        elif m.kind == "image" and images is not None:
            inner = (
                f'<img src="{images[m.text]}" style="width:220px;border-radius:4px;display:block">'
            )
        else:
            inner = pen(m.text)
        label = f'<div class="nm">{pen(m.shown)}</div>' if names and not me else ""
        out.append(
            f'<div class="ln{" me" if me else ""}">{avatar("我" if me else m.shown)}'
            f'<div>{label}<div class="{"pic" if m.kind == "image" else "bub"}">{inner}</div>'
            "</div></div>"
        )
    return '<div class="msgs">' + "".join(out) + "</div>"


def smschat(s: Screen, pen: Pen) -> str:
    """An SMS thread with one number, the borrower answering at length."""
    head = (
        f'<div class="nav"><span>‹</span><div style="text-align:center"><b>'
        f'{pen(s.extra["peer"])}</b><div class="sub">{pen(s.extra.get("place", ""))}</div></div>'
        f"<span>ⓘ</span></div>"
    )
    bar = (
        f'<div class="input"><span>＋</span><div class="box" style="padding:6px 8px">'
        f'{pen("短信/彩信")}</div><span class="go">{pen("发送")}</span></div>'
    )
    return frame(s, head + bubbles(s, pen) + bar, pen)
