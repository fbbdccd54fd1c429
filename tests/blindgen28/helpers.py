"""Short constructors the four stories are written with, and real phones' file names."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.blindgen28.model import Call, Msg, Screen, at


def M(who: str, text: str, when: str, q: bool = True, shown: str = "", kind: str = "bubble"):
    return Msg(who, text, at(when), q, shown, kind)


def SYS(text: str, when: str) -> Msg:
    return Msg("sys", text, at(when), False, "", "sys")


def C(number: str, times: list[str], **kw) -> Call:
    return Call(number, [at(t) for t in times], **kw)


def S(name: str, skin: str, app: str, captured: str, **kw) -> Screen:
    return Screen(name, skin, app, at(captured), **kw)


_CN = timezone(timedelta(hours=8))


def shot(when: str, pkg: str, ms: int = 0) -> str:
    """A Xiaomi/Android screenshot name: Screenshot_2026-10-28-21-40-12-345_com.android.mms.png."""
    t = at(when)
    return f"Screenshot_{t:%Y-%m-%d-%H-%M}-{17 + ms % 40:02d}-{300 + ms:03d}_{pkg}.png"


def ios(when: str, n: int) -> str:
    return f"IMG_{n:04d}.PNG"


def img(when: str, ext: str = "jpg") -> str:
    t = at(when)
    return f"IMG_{t:%Y%m%d_%H%M}{t.minute % 50 + 10:02d}.{ext}"


def mm(when: str) -> str:
    t = at(when).replace(tzinfo=_CN)
    return f"mmexport{int(t.timestamp()) * 1000 + 417}.jpg"


def wx(when: str) -> str:
    t = at(when)
    return f"微信图片_{t:%Y%m%d%H%M}{t.minute % 50 + 5:02d}.jpg"


def stamp(name: str, captured: datetime) -> float:
    return captured.replace(tzinfo=_CN).timestamp()
