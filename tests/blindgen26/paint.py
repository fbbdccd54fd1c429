"""Set 26: which page paints a screen, by its app label."""

from __future__ import annotations

from tests.blindgen26.draw import Canvas, Painted, page_inbox, page_messages
from tests.blindgen26.model import Screen
from tests.blindgen26.pages_calls import page_block, page_calls, page_detail, page_stitch
from tests.blindgen26.pages_paper import page_bill, page_letter, page_lock


def paint(s: Screen) -> Painted:
    c = Canvas(s)
    c.painter = paint
    if s.app in ("smsthread26", "chat26", "group26"):
        page_messages(c)
    elif s.app == "smslist26":
        page_inbox(c)
    elif s.app == "calls26" and s.wrap == "stitch26":
        c = page_stitch(c)
    elif s.app == "calls26":
        page_calls(c)
    elif s.app == "detail26":
        page_detail(c)
    elif s.app == "block26":
        page_block(c)
    elif s.app == "lock26":
        page_lock(c)
    elif s.app == "bill26":
        page_bill(c)
    elif s.app == "letter26":
        c = page_letter(c)
    else:
        raise ValueError(s.app)
    c.texts.append(s.title)
    return Painted(c.img, c.texts, c.y)
