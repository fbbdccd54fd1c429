"""Camera photos: an ID card (its birth date is no conduct), a forged summons or lawyer's letter."""

from __future__ import annotations

from html import escape

from tests.blindgen14.model import Screen

_DESK = (
    '<div style="width:100vw;height:100vh;background:linear-gradient(160deg,#8d9aa6,#4f5b66);'
    'display:flex;align-items:center;justify-content:center">'
)


def idcard(screen: Screen) -> str:
    x = screen.extra
    rows = "".join(
        f'<div style="margin:5px 0"><span style="color:#3a6ea5;margin-right:12px">{k}</span>'
        f"{escape(v)}</div>"
        for k, v in (
            ("姓名", x["name"]),
            ("性别", f"{x['sex']}　民族 汉"),
            ("出生", x["born"]),
            ("住址", x["address"]),
        )
    )
    return (
        f"{_DESK}"
        '<div style="transform:rotate(3deg);width:540px;height:340px;border-radius:18px;'
        "background:linear-gradient(120deg,#eaf3f8,#f9f3e3);padding:26px 30px;font:17px serif;"
        'color:#222;position:relative;box-shadow:6px 10px 24px rgba(0,0,0,.5)">'
        f"{rows}"
        '<div style="position:absolute;right:30px;top:40px;width:120px;height:150px;'
        'background:#c8ccd0"></div>'
        '<div style="position:absolute;left:30px;bottom:24px;letter-spacing:3px">'
        f'<span style="color:#3a6ea5">公民身份号码</span> {escape(x["id"])}</div></div></div>'
    )


def summons(screen: Screen) -> str:
    x = screen.extra
    lines = "".join(f'<p style="margin:8px 0;text-indent:2em">{escape(p)}</p>' for p in x["lines"])
    return (
        f"{_DESK}"
        '<div style="transform:rotate(-1.8deg);width:600px;background:#fbfaf5;padding:40px 46px;'
        'font:17px serif;color:#111;box-shadow:6px 10px 24px rgba(0,0,0,.5);position:relative">'
        f'<h2 style="text-align:center;margin:0 0 4px">{escape(x["court"])}</h2>'
        '<h1 style="text-align:center;letter-spacing:20px;margin:4px 0 18px">'
        f"{escape(x['head'])}</h1>"
        f"{lines}"
        f'<p style="text-align:right;margin-top:26px">{escape(x["dated"])}</p>'
        '<div style="position:absolute;right:70px;bottom:20px;width:130px;height:130px;'
        'border:4px solid rgba(220,0,0,.75);border-radius:50%"></div></div></div>'
    )


PAPERS = {"idcard14": idcard, "summons14": summons}
