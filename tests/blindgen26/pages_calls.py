"""Set 26's call pages: a call log, a log stitched into one long capture, a number's
通话详情 and a security app's 拦截记录."""

from __future__ import annotations

from tests.blindgen26.draw import CHROME, Canvas
from tests.blindgen26.model import stamp


def call_row(c: Canvas, call, x0: int, style: str):
    s, k, b = c.s, c.k, c.base
    missed = "未接" in call.note or "拦截" in call.note or (bool(call.tag) and not call.name)
    label = call.name or call.number
    head = label + (f" ({call.count})" if call.count > 1 else "")
    c.text(x0, c.y, head, int(b * 1.05), k["red"] if missed else k["fg"], "sans", record=False)
    c.texts.append(head)
    bits = [p for p in (call.tag, call.place, call.number if call.name else "") if p]
    line2 = " | ".join(bits) if bits else call.note
    if line2:
        c.text(x0, c.y + int(b * 1.55), line2, int(b * 0.68), k["sub"])
    c.text(
        c.w - int(b * 1.1),
        c.y + int(b * 0.25),
        stamp(call.at, s.captured, style),
        int(b * 0.62),
        k["sub"],
        anchor="ra",
    )
    c.d.ellipse(
        (c.w - int(b * 0.8), c.y + int(b * 0.3), c.w - int(b * 0.35), c.y + int(b * 0.75)),
        outline=k["sub"],
        width=3,
    )
    c.y += int(b * 3.5)


def call_rows(c: Canvas, calls, bottom: int) -> int:
    """Draw rows until the page is full; returns how many fitted."""
    n = 0
    for call in calls:
        if c.y + int(c.base * 3.5) > c.h - bottom:
            break
        call_row(c, call, int(c.base * 1.2), c.s.tstyle)
        n += 1
    return n


def page_calls(c: Canvas):
    """The phone app's call log (rows, folded «(n)», tags and 归属地) with its tab bar."""
    s = c.s
    c.status()
    c.header(s.title, s.sub, big=s.skin == "oneuinight26")
    foot = c.bar(CHROME["calls26"], active=1)
    n = call_rows(c, s.calls, foot)
    if n < len(s.calls):
        raise ValueError(f"{s.name}: {len(s.calls) - n} call rows do not fit")
    c.gesture()


def page_stitch(c_: Canvas) -> Canvas:
    """A 长截图 stitched by hand from two overlapping shots of the call log (rows repeat)."""
    s = c_.s
    first = Canvas(s)
    first.status()
    first.header(s.title, s.sub, big=s.skin == "oneuinight26")
    foot = int(first.base * 2.6) + 50
    n = call_rows(first, s.calls, foot + 40)
    cut_first = first.y
    second = Canvas(s)
    second.y = int(second.base * 2.3)
    start = max(0, n - s.rows_top)
    top2 = second.y
    for call in s.calls[start:]:
        call_row(second, call, int(second.base * 1.2), s.tstyle)
    if second.y > second.h - foot:
        raise ValueError(f"{s.name}: second shot overflows")
    second.bar(CHROME["calls26"], active=1)
    second.gesture()
    out = Canvas(s, h=cut_first + (second.h - top2))
    out.img.paste(first.img.crop((0, 0, first.w, cut_first)), (0, 0))
    out.img.paste(second.img.crop((0, top2, second.w, second.h)), (0, cut_first))
    out.texts = first.texts + second.texts
    return out


def page_detail(c: Canvas):
    """One number's own page: the number, its tag and 归属地, buttons, then every call."""
    s, k, b = c.s, c.k, c.base
    c.status()
    c.y += int(b * 2)
    c.d.ellipse(
        (c.w // 2 - int(b * 1.8), c.y, c.w // 2 + int(b * 1.8), c.y + int(b * 3.6)), fill=k["card"]
    )
    c.y += int(b * 4.3)
    c.text(c.w // 2, c.y, s.title, int(b * 1.3), k["fg"], "bold", "ma")
    c.y += int(b * 2)
    if s.sub:
        c.text(c.w // 2, c.y, s.sub, int(b * 0.68), k["sub"], anchor="ma")
        c.y += int(b * 1.4)
    for line in s.lines:
        c.box(
            (c.w // 2 - int(b * 5), c.y, c.w // 2 + int(b * 5), c.y + int(b * 1.3)),
            "#4A2323" if k["dark"] else "#FDECEA",
            20,
        )
        c.text(c.w // 2, c.y + int(b * 0.65), line, int(b * 0.62), k["red"], anchor="mm")
        c.y += int(b * 2)
    words = CHROME["detail26"].split()
    for i, w in enumerate(words):
        x = int(c.w * (i + 0.5) / len(words))
        c.d.ellipse((x - 40, c.y, x + 40, c.y + 80), fill=k["card"])
        c.text(x, c.y + 95, w, int(b * 0.6), k["fg"], anchor="ma")
    c.y += int(b * 4.2)
    c.box((int(b * 0.6), c.y, c.w - int(b * 0.6), c.h - 90), k["card"], 30)
    c.y += int(b * 0.8)
    c.text(int(b * 1.2), c.y, "通话记录", int(b * 0.8), k["sub"], "bold")
    c.y += int(b * 1.7)
    for call in s.calls:
        c.room(int(b * 2.4), 100)
        c.text(int(b * 1.2), c.y, stamp(call.at, s.captured, s.tstyle), int(b * 0.8), k["fg"])
        c.text(
            c.w - int(b * 1.2),
            c.y,
            call.note,
            int(b * 0.72),
            k["red"] if "未" in call.note or "响铃" in call.note else k["sub"],
            anchor="ra",
        )
        c.y += int(b * 1.9)
    c.gesture()


def page_block(c: Canvas):
    """A security app's 拦截记录: blocked calls (each a call the collector made) and SMS."""
    s, k, b = c.s, c.k, c.base
    c.status()
    c.header(s.title, s.sub)
    tabs = CHROME["block26"].split()
    for i, word in enumerate(tabs):
        x = int(c.w * (i + 0.5) / len(tabs))
        c.text(x, c.y, word, int(b * 0.8), k["acc"] if i == 0 else k["sub"], "bold", "ma")
    c.d.line(
        (c.w // 4 - 80, c.y + int(b * 1.3), c.w // 4 + 80, c.y + int(b * 1.3)),
        fill=k["acc"],
        width=6,
    )
    c.y += int(b * 2.2)
    for call in s.calls:
        c.room(int(b * 2.6), 120)
        call_row(c, call, int(b * 1.2), s.tstyle)
    for m in s.msgs:
        c.room(int(b * 3.5), 120)
        c.text(int(b * 1.2), c.y, m.who, int(b * 0.9), k["fg"], "bold")
        c.text(
            c.w - int(b * 1.1),
            c.y + 6,
            stamp(m.at, s.captured, s.tstyle),
            int(b * 0.62),
            k["sub"],
            anchor="ra",
        )
        c.y += int(b * 1.35)
        lines = c.wrap(m.text, int(b * 0.75), c.w - int(b * 2.4))
        for line in lines:
            c.text(int(b * 1.2), c.y, line, int(b * 0.75), k["sub"], record=False)
            c.y += int(b * 1.1)
        c.texts.append(m.text)
        c.y += int(b * 0.9)
    c.gesture()
