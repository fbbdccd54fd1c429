"""Bills and paper of the twelfth set: a lender's bill page, an ID card photo, a forged 律师函."""

from __future__ import annotations

from html import escape

from tests.blindgen12.model import Screen

PAPER_CHROME = {"bill12": "立即还款 账单明细"}
_SERIF = "font-family:'Noto Serif CJK SC',serif"


def bill12(screen: Screen) -> str:
    """A loan's bill: amount, what reached the card, what was kept back, what is owed now."""
    loan = screen.extra["loan"]
    pay, detail = PAPER_CHROME["bill12"].split()
    rows = [
        ("借款金额", loan["amount"]),
        ("实际到账", loan["received"]),
        ("服务费/担保费(放款时扣除)", loan["deducted"]),
    ]
    cells = "".join(
        '<div style="display:flex;justify-content:space-between;padding:10px 0;'
        f'border-bottom:1px dashed #ddd;font-size:14px"><span style="color:#777">{k}</span>'
        f"<span>{v}.00</span></div>"
        for k, v in rows
    )
    dates = "".join(
        f'<div style="font-size:12.5px;color:#888;padding:3px 0">{escape(line)}</div>'
        for line in screen.extra.get("lines", [])
    )
    return (
        '<div style="height:100%;background:#f4f6fb;display:flex;flex-direction:column">'
        f'<div style="padding:14px;font-size:17px;background:#fff">&#8592; {escape(screen.title)}'
        f'<span style="float:right;font-size:13px;color:#36f">{detail}</span></div>'
        '<div style="margin:12px;background:linear-gradient(135deg,#3b5bfd,#7a5cff);'
        'border-radius:14px;color:#fff;padding:18px"><div style="font-size:13px;opacity:.85">'
        f'当前应还(含逾期费用)</div><div style="font-size:32px;margin:6px 0">'
        f"{loan['demanded']}.00</div>"
        f'<div style="font-size:12px;opacity:.85">{escape(screen.extra.get("overdue", ""))}</div>'
        '</div><div style="margin:0 12px;background:#fff;border-radius:12px;padding:6px 14px">'
        f"{cells}{dates}</div><div style='flex:1'></div>"
        '<div style="margin:14px;padding:12px;border-radius:24px;background:#3b5bfd;color:#fff;'
        f'text-align:center">{pay}</div></div>'
    )


def idcard12(screen: Screen) -> str:
    """A photo of the borrower's ID card on a desk (its birth date is no conduct date)."""
    card = screen.extra["card"]
    fields = "".join(
        f'<div style="margin:5px 0"><span style="color:#3a6ea5;margin-right:14px">{k}</span>'
        f"{escape(v)}</div>"
        for k, v in card
    )
    return (
        '<div style="width:900px;height:640px;background:radial-gradient(#8a7660,#4a3a2a);'
        'display:flex;align-items:center;justify-content:center">'
        '<div style="width:640px;height:404px;border-radius:18px;padding:30px 36px;'
        "background:linear-gradient(120deg,#e8eef3,#d4e2ec 60%,#efe7dc);transform:rotate(-3deg);"
        "box-shadow:0 12px 40px rgba(0,0,0,.5);position:relative;font-size:19px;color:#222;"
        f'{_SERIF}">{fields}<div style="position:absolute;right:40px;top:60px;width:150px;'
        'height:190px;background:linear-gradient(#b9c3cc,#8895a3)"></div></div></div>'
    )


def lawyer12(screen: Screen) -> str:
    """A phone photo of a forged 律师函 with a red seal, slightly tilted under a lamp."""
    paper = screen.extra["paper"]
    body = "".join(
        f'<p style="text-indent:2em;margin:8px 0">{escape(p)}</p>' for p in paper["body"]
    )
    return (
        '<div style="width:760px;height:1000px;background:#5d5448;display:flex;'
        'align-items:center;justify-content:center">'
        '<div style="width:640px;height:900px;background:linear-gradient(160deg,#fffdf6,#efe9da);'
        f"transform:rotate(1.6deg);padding:50px 48px;font-size:17px;line-height:1.7;{_SERIF};"
        'box-shadow:0 10px 30px rgba(0,0,0,.5);position:relative">'
        f'<div style="text-align:center;font-size:30px;letter-spacing:8px;color:#b00">'
        f"{escape(paper['title'])}</div>"
        f'<div style="text-align:right;font-size:14px;margin:10px 0">{escape(paper["no"])}</div>'
        f"<div>{escape(paper['to'])}：</div>{body}"
        f'<div style="text-align:right;margin-top:30px">{escape(paper["from"])}<br>'
        f"{escape(paper['date'])}</div>"
        '<div style="position:absolute;right:70px;bottom:120px;width:150px;height:150px;'
        "border:4px solid rgba(210,20,20,.75);border-radius:50%;color:rgba(210,20,20,.75);"
        "display:flex;align-items:center;justify-content:center;font-size:18px;"
        f'transform:rotate(-12deg)">&#9733;</div></div></div>'
    )
