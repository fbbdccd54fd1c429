"""Pictures that are not chats: paper letters and ID cards photographed, bill pages, contact cards.

A photo is a sheet or card laid on a table, turned a little; render.py adds the camera's blur and
JPEG noise. Bill pages and contact cards are screens with the owner's status bar.
"""

from __future__ import annotations

from html import escape

from tests.blindgen2.model import Shot
from tests.blindgen2.page import header

PHOTO_CSS = """
body.photo { background: radial-gradient(circle at 30% 20%, #8a6b4e, #5b4532);
  padding: 34px 22px 60px; }
.sheet { background: #fbfaf4; color: #1b1b1b; padding: 30px 26px 40px;
  transform: rotate(var(--turn)); box-shadow: 0 6px 18px rgba(0,0,0,.45);
  font-family: 'Noto Serif CJK SC'; font-size: 15px; line-height: 1.8; position: relative; }
.sheet h1 { text-align: center; font-size: 24px; letter-spacing: 6px; margin-bottom: 4px; }
.sheet h2 { text-align: center; font-size: 13px; font-weight: 400; margin-bottom: 14px; }
.sheet p { text-indent: 2em; margin-bottom: 6px; }
.sheet .kv { text-indent: 0; }
.sheet .sign { text-align: right; margin-top: 18px; text-indent: 0; }
.seal { position: absolute; right: 34px; bottom: 30px; width: 112px; height: 112px;
  border: 3px solid rgba(214,36,36,.75); border-radius: 50%; color: rgba(214,36,36,.75);
  font-size: 12px; display: flex; align-items: center; justify-content: center;
  text-align: center; padding: 14px; transform: rotate(-14deg); }
.card { background: linear-gradient(120deg, #eef3f6, #dfe9ee 60%, #f3efe4);
  border-radius: 14px; padding: 22px 20px; transform: rotate(var(--turn));
  box-shadow: 0 6px 16px rgba(0,0,0,.5); color: #222; font-size: 15px; position: relative;
  min-height: 230px; font-family: 'Noto Sans CJK SC'; }
.card .r { margin-bottom: 9px; max-width: 196px; line-height: 1.5; }
.card .r span { color: #4b6a85; margin-right: 12px; letter-spacing: 3px; }
.card .face { position: absolute; right: 20px; top: 30px; width: 92px; height: 118px;
  background: linear-gradient(#c8c3bd, #9d958c); border-radius: 4px; }
.card .id { margin-top: 14px; font-size: 18px; letter-spacing: 2px; }
.card .id span { letter-spacing: 1px; font-size: 14px; }
.bill { padding: 14px; }
.bill .top { background: linear-gradient(135deg, var(--accent), #8e5cf5); color: #fff;
  border-radius: 12px; padding: 18px; text-align: center; }
.bill .top small { display: block; font-size: 13px; opacity: .85; }
.bill .top b { display: block; font-size: 32px; margin: 6px 0; }
.bill .box { background: var(--in); border-radius: 12px; margin-top: 12px; padding: 4px 14px; }
.bill .kv { display: flex; justify-content: space-between; padding: 11px 0; font-size: 15px;
  border-bottom: 1px solid var(--line); }
.bill .kv span:first-child { color: var(--muted); }
.bill .btns { display: flex; gap: 12px; margin-top: 18px; }
.bill .btns span { flex: 1; text-align: center; padding: 12px; border-radius: 22px;
  background: var(--accent); color: #fff; font-size: 16px; }
.bill .btns span:first-child { background: transparent; color: var(--accent);
  border: 1px solid var(--accent); }
.cc { text-align: center; padding: 26px 16px 10px; }
.cc .av { width: 86px; height: 86px; margin: 0 auto 12px; border-radius: 50%;
  background: linear-gradient(140deg, #9fc4f3, #4a79d6); }
.cc h3 { font-size: 26px; font-weight: 500; }
.cc .acts { display: flex; justify-content: center; gap: 26px; margin: 16px 0;
  font-size: 12px; color: var(--accent); }
.cb { margin: 8px 14px; background: var(--in); border-radius: 12px; padding: 12px 16px; }
.cb small { display: block; color: var(--muted); font-size: 13px; }
.cb div { font-size: 18px; margin-top: 2px; }
.cb p { font-size: 15px; color: var(--accent); padding: 8px 0; }
"""


def paper_body(shot: Shot) -> str:
    """A letter on paper: title, sub line, paragraphs ("" label) or "label：value" lines, seal."""
    fields = dict(shot.fields)
    parts = [f'<div class="sheet" style="--turn:{fields.get("turn", "-1.2deg")}">']
    parts.append(f"<h1>{escape(shot.title)}</h1>")
    if fields.get("ref"):
        parts.append(f"<h2>{escape(fields['ref'])}</h2>")
    for label, value in shot.fields:
        if label in ("turn", "ref", "seal", "sign"):
            continue
        if label.startswith("p"):
            parts.append(f"<p>{escape(value)}</p>")
        else:
            parts.append(f'<p class="kv">{escape(label)}：{escape(value)}</p>')
    if fields.get("sign"):
        parts += [f'<p class="sign">{escape(s)}</p>' for s in fields["sign"].split("|")]
    if fields.get("seal"):
        parts.append(f'<div class="seal">{escape(fields["seal"])}</div>')
    return "".join(parts) + "</div>"


def id_card_body(shot: Shot) -> str:
    """The face side of a resident ID card, laid on a table."""
    f = dict(shot.fields)
    rows = [
        f'<div class="card" style="--turn:{f.get("turn", "1.5deg")}"><div class="face"></div>',
        f'<div class="r"><span>姓名</span>{escape(f["姓名"])}</div>',
        f'<div class="r"><span>性别</span>{escape(f["性别"])}　'
        f"<span>民族</span>{escape(f['民族'])}</div>",
        f'<div class="r"><span>出生</span>{escape(f["出生"])}</div>',
        f'<div class="r"><span>住址</span>{escape(f["住址"])}</div>',
        f'<div class="id"><span>公民身份号码</span> {escape(f["公民身份号码"])}</div></div>',
    ]
    return "".join(rows)


def bill_body(shot: Shot) -> str:
    """A loan app's bill page: the demanded sum on top, the terms below, two buttons."""
    f = dict(shot.fields)
    top = f.pop("head", "当前应还")
    big = f.pop(top)
    rows = "".join(
        f'<div class="kv"><span>{escape(k)}</span><span>{escape(v)}</span></div>'
        for k, v in f.items()
    )
    return (
        header(shot.title)
        + f'<div class="bill"><div class="top"><small>{escape(top)}</small><b>{escape(big)}</b>'
        + "<small>借款详情 还款计划</small></div>"
        + f'<div class="box">{rows}</div>'
        + '<div class="btns"><span>申请展期</span><span>立即还款</span></div></div>'
        + '<div class="bd"></div>'
    )


def contact_body(shot: Shot) -> str:
    """A system contact card: name, the number with its place, actions."""
    f = dict(shot.fields)
    return (
        header("", "")
        + f'<div class="cc"><div class="av"></div><h3>{escape(shot.title)}</h3>'
        + '<div class="acts"><span>发信息</span><span>呼叫</span><span>视频通话</span></div></div>'
        + f'<div class="cb"><small>手机 {escape(f.get("place", ""))}</small>'
        + f"<div>{escape(f['number'])}</div></div>"
        + f'<div class="cb"><small>备注</small><div>{escape(f.get("note", ""))}</div></div>'
        + '<div class="cb"><p>分享联系人</p><p>添加到收藏</p><p>阻止此来电号码</p></div>'
        + '<div class="bd"></div>'
    )
