"""The chromium painter: the same blocks as HTML, for the screens this set draws in a browser."""

from __future__ import annotations

from html import escape

from tests.blindgen15.layout import Block
from tests.blindgen15.skins import SKINS, Skin


def _css(skin: Skin, desktop: bool) -> str:
    family = "'Noto Serif CJK SC'" if skin.serif else "'Noto Sans CJK SC','Segoe UI'"
    size = skin.size if desktop else skin.size // 2
    return (
        f"body{{margin:0;background:{skin.bg};color:{skin.fg};font:{size}px/1.45 {family}}}"
        f".bar{{background:{skin.bar_bg};color:{skin.bar_fg};display:flex;"
        "justify-content:space-between;padding:3px 12px;font-size:.72em}"
        f".title{{background:{skin.title_bg};color:{skin.title_fg};font-weight:700;"
        "font-size:1.1em;padding:10px 12px}"
        f".chrome{{display:flex;justify-content:space-around;color:{skin.dim};font-size:.75em;"
        f"padding:7px 0;border-top:1px solid {skin.in_bg}}}"
        f".time{{text-align:center;color:{skin.dim};font-size:.72em;margin:6px}}"
        f".name{{color:{skin.dim};font-size:.72em;margin:4px 12px 0}}"
        f".in,.out{{max-width:68%;border-radius:8px;padding:6px 9px;margin:4px 12px}}"
        f".in{{background:{skin.in_bg}}}.out{{background:{skin.out_bg};color:{skin.out_fg};"
        "margin-left:auto}"
        f".row{{padding:6px 12px;border-bottom:1px solid {skin.in_bg};position:relative}}"
        f".row small,.card small{{color:{skin.dim};display:block;font-size:.72em}}"
        ".row .r{position:absolute;right:12px;top:8px}"
        f".card{{background:{skin.in_bg};border-radius:11px;margin:8px 12px;padding:8px 10px}}"
        ".para,.head{margin:6px 12px}.head{font-weight:700}"
        ".comment{margin:6px 12px}.comment b{color:#3d6eb4;font-weight:400}"
        + ("" if desktop else ".chrome:last-child{position:fixed;bottom:0;left:0;right:0}")
        + ".window{margin:24px;border:1px solid #c8c8c8;background:#fff;"
        "box-shadow:0 8px 24px rgba(0,0,0,.25);height:740px;overflow:hidden}"
    )


def _block(item: Block) -> str:
    text, sub, right = escape(item.text), escape(item.sub), escape(item.right)
    if item.kind == "bar":
        clock, _, rest = text.partition(" ")
        return f'<div class="bar"><span>{clock}</span><span>{rest}</span></div>'
    if item.kind == "chrome":
        words = "".join(f"<span>{w}</span>" for w in text.split(" "))
        return f'<div class="chrome">{words}</div>'
    if item.kind == "row":
        return f'<div class="row">{text}<small>{sub}</small><span class="r">{right}</span></div>'
    if item.kind == "card":
        return f'<div class="card"><small>{text} · {right}</small>{sub}</div>'
    if item.kind == "comment":
        return f'<div class="comment"><b>{sub}：</b>{text} <small>{right}</small></div>'
    return f'<div class="{item.kind}">{text}</div>'


def page(items: list[Block], skin_name: str, desktop: bool) -> str:
    skin = SKINS[skin_name]
    body = "".join(_block(item) for item in items)
    if desktop:
        body = f'<div class="window">{body}</div>'
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>*{box-sizing:border-box}'
        f"{_css(skin, desktop)}</style></head><body>{body}</body></html>"
    )
