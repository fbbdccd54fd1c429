"""Pages that are not chats: a loan app's bill, a tablet's two-pane service chat, a letter on
paper and an ID card (the last two are photographed by render.py, not screenshotted).
"""

from __future__ import annotations

from html import escape

from tests.blindgen3.model import Capture
from tests.blindgen3.pages import call_log, chat_page, footer, heading, inbox, thread, wrap

DOC_CSS = """
.card { margin: 14px; padding: 20px 18px; border-radius: 14px; color: #fff;
  background: linear-gradient(120deg, #14a38b, #0c7c8f); }
.card .lb { font-size: 13px; opacity: .85; } .card .big { font-size: 34px; font-weight: 700;
  margin-top: 6px; letter-spacing: 1px; }
.kv { margin: 0 14px; background: #fff; border-radius: 12px; padding: 4px 16px; }
.kv div { display: flex; justify-content: space-between; padding: 12px 0;
  border-bottom: 1px solid #eef0f2; font-size: 15px; }
.kv div span:last-child { font-weight: 600; }
.pay { margin: 18px 14px; text-align: center; background: #14a38b; color: #fff;
  border-radius: 22px; padding: 11px; font-size: 16px; }
.pad { display: flex; min-height: 560px; }
.pad .list { width: 300px; border-right: 1px solid var(--line); background: #fff; }
.pad .list .it { padding: 12px 14px; border-bottom: 1px solid #f0f0f0; }
.pad .list .it.on { background: #fff1e8; }
.pad .list .n { font-size: 15px; } .pad .list .p { font-size: 12px; color: var(--muted);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; margin-top: 3px; }
.pad .pane { flex: 1; display: flex; flex-direction: column; }
.pad .pane .wall { flex: 1; }
.sheet { width: 620px; padding: 46px 54px; background: #fbfaf6; color: #1a1a1a;
  font-family: "Noto Serif CJK SC", serif; font-size: 19px; line-height: 1.85; }
.sheet h1 { text-align: center; font-size: 32px; letter-spacing: 8px; margin-bottom: 22px; }
.sheet p { text-indent: 2em; margin: 8px 0; } .sheet .to { text-indent: 0; }
.sheet .sig { text-align: right; margin-top: 26px; position: relative; }
.seal { position: absolute; right: 30px; top: -36px; width: 120px; height: 120px;
  border: 4px solid rgba(205,30,30,.75); border-radius: 50%; }
.idc { width: 856px; height: 540px; border-radius: 26px; padding: 40px 46px; position: relative;
  background: linear-gradient(135deg, #e9efe9, #d8e4ef 60%, #efe6d9); color: #222;
  font-family: "Noto Sans CJK SC", sans-serif; font-size: 26px; }
.idc .f { display: flex; gap: 26px; margin: 16px 0; } .idc .f b { color: #3b6aa0;
  font-weight: 400; width: 90px; flex: none; letter-spacing: 6px; }
.idc .num { position: absolute; left: 46px; bottom: 44px; font-size: 31px; letter-spacing: 3px; }
.idc .num b { color: #3b6aa0; font-weight: 400; margin-right: 30px; font-size: 26px; }
.idc .pic { position: absolute; right: 56px; top: 70px; width: 220px; height: 270px;
  background: linear-gradient(#cfd8e3, #aab9c9); border-radius: 6px; }
"""


def bill_page(cap: Capture) -> str:
    """A loan app's bill: the amount due on a card, then the loan's figures, then a button."""
    fields = list(cap.fields)
    head_label, head_value = fields[0]
    rows = "".join(
        f"<div><span>{escape(k)}</span><span>{escape(v)}</span></div>" for k, v in fields[1:]
    )
    inner = (
        heading(cap.title) + f'<div class="card"><div class="lb">{escape(head_label)}</div>'
        f'<div class="big">{escape(head_value)}</div></div>'
        f'<div class="kv">{rows}</div><div class="pay">立即还款</div>'
    )
    return wrap(cap, inner, DOC_CSS)


def pad_chat(cap: Capture) -> str:
    """A tablet's two panes: the sessions on the left (fields: name, preview), the chat right."""
    items = "".join(
        f'<div class="it{" on" if i == 0 else ""}"><div class="n">{escape(name)}</div>'
        f'<div class="p">{escape(preview)}</div></div>'
        for i, (name, preview) in enumerate(cap.fields)
    )
    pane = heading(cap.title, "官方") + f'<div class="wall">{thread(cap)}</div>' + footer(cap)
    inner = (
        '<div class="hd"><div class="ttl">全部会话</div></div>'
        f'<div class="pad"><div class="list">{items}</div><div class="pane">{pane}</div></div>'
    )
    return wrap(cap, inner, DOC_CSS)


def letter(cap: Capture) -> str:
    """A letter on paper: title, addressee, paragraphs, issuer under a seal, date, phone."""
    f = dict(cap.fields)
    paras = "".join(f"<p>{escape(p)}</p>" for p in f["正文"].split("\n"))
    inner = (
        f'<div class="sheet"><h1>{escape(f["标题"])}</h1><p class="to">{escape(f["收件人"])}</p>'
        f'{paras}<div class="sig"><i class="seal"></i>{escape(f["落款"])}<br>'
        f"{escape(f['日期'])}<br>{escape(f['电话'])}</div></div>"
    )
    return wrap(cap, inner, DOC_CSS).replace("<body ", '<body class="doc" ', 1)


def id_card(cap: Capture) -> str:
    """The front of an ID card: name, sex and people, birth, address, number."""
    f = dict(cap.fields)
    rows = "".join(
        f'<div class="f"><b>{escape(k)}</b><span>{escape(f[k])}</span></div>'
        for k in ("姓名", "性别", "民族", "出生", "住址")
    )
    inner = (
        f'<div class="idc"><i class="pic"></i>{rows}'
        f'<div class="num"><b>公民身份号码</b>{escape(f["公民身份号码"])}</div></div>'
    )
    return wrap(cap, inner, DOC_CSS)


def page_html(cap: Capture) -> str:
    """The HTML of any capture of this set."""
    match cap.kind:
        case "bill":
            return bill_page(cap)
        case "pad_chat":
            return pad_chat(cap)
        case "paper":
            return letter(cap)
        case "id_card":
            return id_card(cap)
        case "call_log":
            return wrap(cap, call_log(cap))
        case "sms_list":
            return wrap(cap, inbox(cap))
        case _:
            return wrap(cap, chat_page(cap))
