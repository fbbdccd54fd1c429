"""Set 30's pages: each app drawn by its own painter on one of the set's phones."""

from __future__ import annotations

from PIL import Image

from tests.blindgen30 import pages_more
from tests.blindgen30.canvas import Canvas
from tests.blindgen30.chat import p_chat, p_sms_inbox, p_sms_thread
from tests.blindgen30.chrome import (
    CHROME,
    call_rows,
    header,
    listing,
    new_canvas,
    rows_of,
    status_bar,
    tabbar,
)
from tests.blindgen30.model import Screen
from tests.blindgen30.pages_more import fold_calls


def paint(scr: Screen, images: dict | None = None) -> Canvas:
    """The screen's page as its phone draws it (before any wrap)."""
    cv, sk = new_canvas(scr)
    fn = PAINTERS.get(scr.app) or getattr(pages_more, scr.app.replace("30", "_page"))
    fn(cv, scr, sk, images or {})
    return cv


def p_list(cv, scr, sk, images):
    """Call logs, an interception list and a secondary-number app: one row per drawn call."""
    pal, fs = sk["pal"], sk["fs"]
    y = status_bar(cv, scr, sk, bg=pal["bar"])
    if scr.skin in ("fold30", "pad30"):
        return fold_calls(cv, scr, sk, y)
    app = scr.app
    if app == "dialer30":
        words = CHROME["dialer30_top"].split()
        cv.box((0, y, cv.w, y + fs * 2.8), pal["bar"])
        for i, w in enumerate(words):
            cx = cv.w * (0.32 + 0.36 * i)
            cv.text(
                cx,
                y + fs * 1.4,
                w,
                int(fs * 1.0),
                pal["accent"] if i == 0 else pal["sub"],
                bold=i == 0,
                anchor="mm",
            )
        y += int(fs * 3.2)
        bottom = tabbar(cv, sk, CHROME["dialer30"], cv.h, active=1)
    elif app == "intercept30":
        y = header(cv, sk, y, "拦截记录", center=True)
        words = CHROME["intercept30_tabs"].split()
        for i, w in enumerate(words):
            cx = cv.w * (0.3 + 0.4 * i)
            cv.text(
                cx,
                y + fs * 1.3,
                w,
                int(fs * 0.95),
                pal["accent"] if i == 0 else pal["sub"],
                anchor="mm",
            )
        y += int(fs * 2.6)
        n = sum(1 for c in scr.calls if c.drawn)
        cv.box(
            (fs, y, cv.w - fs, y + fs * 4),
            (232, 242, 255) if pal["bg"][0] > 100 else (30, 40, 60),
            r=fs // 2,
        )
        cv.text(
            fs * 2,
            y + fs * 1.3,
            f"已拦截 {n} 次",
            int(fs * 1.15),
            pal["accent"],
            bold=True,
            anchor="lm",
        )
        cv.text(
            fs * 2,
            y + fs * 2.9,
            scr.extra.get("summary", ""),
            int(fs * 0.72),
            pal["sub"],
            anchor="lm",
        )
        y += int(fs * 4.6)
        bottom = tabbar(cv, sk, CHROME["intercept30"], cv.h, active=0)
    else:  # xiaohao30
        y = header(
            cv, sk, y, scr.title or "我的小号", scr.sub, bg=(255, 120, 40), fg=(255, 255, 255)
        )
        bottom = tabbar(cv, sk, CHROME["xiaohao30"], cv.h, active=0)
    rows = call_rows(scr, scr.extra.get("times", "full")) + rows_of(scr)
    rows.sort(key=lambda r: r.get("order", 0))
    listing(cv, sk, rows, 0, y, cv.w, bottom)


PAINTERS = {
    "sms_inbox30": p_sms_inbox,
    "sms_thread30": p_sms_thread,
    "wxchat30": p_chat,
    "wxgroup30": p_chat,
    "tgchat30": p_chat,
    "wachat30": p_chat,
    "dydm30": p_chat,
    "kefu30": p_chat,
    "dialer30": p_list,
    "intercept30": p_list,
    "xiaohao30": p_list,
}


def to_image(cv: Canvas) -> Image.Image:
    return cv.img
