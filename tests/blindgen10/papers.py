"""Pages of paper and of the lender's app: an ID-card photo, a bill, a forged 律师函 / 仲裁通知.

A photo has no status bar: it is paper on a desk, a little turned, under uneven light.
"""

from __future__ import annotations

from html import escape

from tests.blindgen10.model import Screen
from tests.blindgen10.skins import BARS

E = escape


def idcard(s: Screen) -> str:
    """The borrower's ID card as a collector sends it round: a tilted card on a wooden desk."""
    x = s.extra
    rows = "".join(
        f'<div style="margin:5px 0;display:flex"><span style="color:#4a6a8a;flex:none;'
        f'width:64px">{k}</span><span>{E(v)}</span></div>'
        for k, v in (("姓名", x["name"]), ("性别", x["sex"] + "　民族 汉"), ("出生", x["born"]),
                     ("住址", x["addr"]))
    )  # fmt: skip
    return (
        '<div style="height:844px;background:repeating-linear-gradient(95deg,#7a5233,#8b6040 '
        '14px,#744c2e 30px);padding-top:230px">'
        '<div style="margin:0 22px;transform:rotate(-3deg);border-radius:14px;padding:16px 18px;'
        "background:linear-gradient(120deg,#eef4f6,#d9e8ef 55%,#f3ecdc);color:#111;"
        'font-size:14px;box-shadow:0 8px 24px rgba(0,0,0,.55)"><div style="display:flex">'
        f'<div style="flex:1">{rows}</div><div style="width:84px;height:104px;'
        'background:#9fb2c2;border-radius:4px"></div></div>'
        '<div style="margin-top:12px;font-size:15px"><span style="color:#4a6a8a">公民身份号码'
        f'</span> <b style="letter-spacing:1px">{E(x["id"])}</b></div></div></div>'
    )


def bill(s: Screen) -> str:
    """The lender's repayment page: amount, what reached the card, what was cut, what is asked."""
    x = s.extra
    loan = x["loan"]
    words = BARS["bill10"].split()
    lines = "".join(
        '<div style="display:flex;padding:11px 0;border-bottom:1px solid var(--line)">'
        f'<span style="flex:1;color:var(--dim)">{k}</span><span>{E(v)}</span></div>'
        for k, v in (
            ("借款金额", f"{loan['amount']:,.2f}元"),
            ("实际到账", f"{loan['received']:,.2f}元"),
            ("砍头服务费（放款时扣除）", f"{loan['deducted']:,.2f}元"),
            ("借款日期", x["lent"]),
            ("约定还款日", x["due"]),
            ("逾期天数", x["late"]),
            ("罚息及违约金", x["fees"]),
        )
    )
    return (
        f'<div class="nav"><span>‹</span><h1>{E(s.title)}</h1>'
        f'<span style="color:var(--accent)">{words[1]}</span></div>'
        '<div style="margin:14px;padding:18px;border-radius:14px;background:var(--accent);'
        'color:#fff"><div style="font-size:13px">当前应还（含逾期费用）</div>'
        f'<div style="font-size:34px;font-weight:700">{loan["demanded"]:,.2f}</div>'
        f'<div style="font-size:12px">已逾期 · {E(x["late"])}</div></div>'
        f'<div style="margin:0 14px;padding:0 14px;background:var(--pane);border-radius:12px">'
        f'{lines}</div><div style="position:fixed;left:14px;right:14px;bottom:24px;display:flex;'
        'gap:10px;text-align:center"><span style="flex:1;padding:11px;border-radius:22px;'
        f'border:1px solid var(--accent)">{words[2]}</span><span style="flex:1;padding:11px;'
        f'border-radius:22px;background:var(--accent);color:#fff">{words[0]}</span></div>'
    )


def lawyer(s: Screen) -> str:
    """A forged letter photographed on a desk: heading, a red seal that is not a real firm's."""
    x = s.extra
    paras = "".join(f'<p style="text-indent:2em;margin:6px 0">{E(p)}</p>' for p in x["body"])
    return (
        '<div style="min-height:844px;background:#5d5a55;padding:40px 14px">'
        '<div style="position:relative;transform:rotate(1.5deg);background:#fbf8ef;color:#1a1a1a;'
        "padding:26px 22px 60px;font-family:'Noto Serif CJK SC';font-size:14px;line-height:1.7;"
        'box-shadow:0 10px 30px rgba(0,0,0,.6)">'
        f'<div style="text-align:center;font-size:24px;font-weight:700;letter-spacing:6px">'
        f"{E(x['head'])}</div>"
        f'<div style="text-align:right;font-size:12px;margin:4px 0 10px">{E(x["no"])}</div>'
        f"<div>{E(x['to'])}：</div>{paras}"
        f'<div style="text-align:right;margin-top:18px">{E(x["sign"])}<br>{E(x["date"])}</div>'
        '<div style="position:absolute;left:34px;bottom:26px;width:110px;height:110px;'
        "border:3px solid rgba(210,30,30,.75);border-radius:50%;color:rgba(210,30,30,.75);"
        "display:flex;align-items:center;justify-content:center;text-align:center;font-size:12px;"
        f'transform:rotate(-14deg)">{E(x["seal"])}</div></div></div>'
    )
