"""Paper photographed on a table: an ID card and a forged letter, as HTML before the camera."""

from __future__ import annotations

from html import escape

from tests.blindgen19.model import Deco, Screen

_CSS = """
* { box-sizing: border-box; margin: 0; padding: 0; }
body { width: 420px; background: #8a7a66; padding: 26px 20px; }
.id { width: 380px; border-radius: 14px; padding: 18px 20px; font-size: 14px; color: #222;
      background: linear-gradient(135deg,#eef4f6,#d9e9ee 60%,#f3efe4);
      font-family: 'Noto Sans CJK SC'; font-weight: 500; position: relative; }
.id .k { color: #3b6e8f; font-size: 12px; margin-right: 8px; font-weight: 400; }
.id div { margin: 6px 0; }
.id .ph { position: absolute; right: 18px; top: 22px; width: 86px; height: 108px;
          background: #b9c4cb; border-radius: 4px; }
.lt { width: 380px; background: #fbfaf6; padding: 26px 24px; color: #1d1d1d;
      font-family: 'Noto Serif CJK SC'; font-size: 14px; line-height: 1.75; position: relative;
      box-shadow: 0 2px 10px rgba(0,0,0,.35); padding-bottom: 120px; }
.lt h1 { text-align: center; font-size: 22px; letter-spacing: 4px; margin-bottom: 12px;
         font-weight: 700; }
.lt p { text-indent: 2em; margin: 4px 0; }
.lt .r { text-align: right; text-indent: 0; }
.seal { position: absolute; right: 60px; bottom: 14px; width: 96px; height: 96px;
        border: 3px solid rgba(210,30,30,.75); border-radius: 50%; color: rgba(210,30,30,.75);
        font-size: 11px; display: flex; align-items: center; justify-content: center;
        text-align: center; transform: rotate(-14deg); }
"""


def paper_html(s: Screen) -> str:
    """The card or the letter; every line is one item so a ring or a mosaic can find it."""
    lines = []
    for i, item in enumerate(s.items):
        assert isinstance(item, Deco)
        if item.kind == "kv":
            key = f"<span class=k>{escape(item.text)}</span>"
            lines.append(f"<div data-i={i}>{key}{escape(item.extra)}</div>")
        elif item.kind == "h1":
            lines.append(f"<h1 data-i={i}>{escape(item.text)}</h1>")
        elif item.kind == "seal":
            lines.append(f"<div class=seal data-i={i}>{escape(item.text)}</div>")
        else:
            cls = " class=r" if item.extra == "r" else ""
            lines.append(f"<p data-i={i}{cls}>{escape(item.text)}</p>")
    inner = "".join(lines)
    paper = (
        f"<div class=id><i class=ph></i>{inner}</div>"
        if s.app == "idcard19"
        else f"<div class=lt>{inner}</div>"
    )
    return (
        f"<html><head><meta charset=utf-8><style>{_CSS}</style></head><body>{paper}</body></html>"
    )
