"""The HTML page of one phone screen for the chromium generator: CSS, colour skins, fonts.

tests/html_screens.py fills a `Page` with a status bar, a header, bubbles or list rows and renders
it; the page records its text in reading order as the screen's truth.
"""

from __future__ import annotations

import html
import random

from tests.screen_truth import Truth

CSS = """
* { box-sizing: border-box; margin: 0; padding: 0; }
body { width: 393px; font-family: %(font)s; background: %(bg)s; color: %(fg)s; }
.status { height: 44px; display: flex; align-items: center; justify-content: space-between;
  padding: 0 24px; font-size: 15px; font-weight: 600; background: %(bar)s; }
.icons { display: flex; gap: 5px; align-items: center; }
.sig { width: 17px; height: 11px; background:
  linear-gradient(to right, %(fg)s 0 3px, transparent 3px 5px, %(fg)s 5px 8px,
  transparent 8px 10px, %(fg)s 10px 13px, transparent 13px 14px, %(fg)s 14px 17px); }
.bat { width: 24px; height: 11px; border: 1.5px solid %(fg)s; border-radius: 3px; padding: 1px; }
.bat i { display: block; height: 100%%; width: 70%%; background: %(fg)s; }
.head { height: 48px; display: flex; align-items: center; justify-content: center;
  position: relative; font-size: 17px; font-weight: 600; background: %(bar)s;
  border-bottom: 1px solid %(line)s; }
.back { position: absolute; left: 16px; top: 16px; width: 12px; height: 12px;
  border-left: 2px solid %(fg)s; border-bottom: 2px solid %(fg)s; transform: rotate(45deg); }
.more { position: absolute; right: 18px; top: 22px; width: 4px; height: 4px; border-radius: 2px;
  background: %(fg)s; box-shadow: -7px 0 %(fg)s, 7px 0 %(fg)s; }
.stamp { text-align: center; font-size: 12px; color: %(muted)s; margin: 14px 0 6px; }
.msg { display: flex; margin: 10px 12px; align-items: flex-start; }
.msg.me { flex-direction: row-reverse; }
.avatar { width: 40px; height: 40px; border-radius: %(radius)s; flex: none;
  background: linear-gradient(135deg, %(a1)s, %(a2)s); }
.col { display: flex; flex-direction: column; margin: 0 9px; max-width: 260px; }
.nick { font-size: 12px; color: %(muted)s; margin-bottom: 3px; }
.bubble { padding: 9px 12px; border-radius: %(bradius)s; font-size: 16px; line-height: 1.45;
  background: %(left)s; color: %(fg)s; word-break: break-all; }
.me .bubble { background: %(right)s; color: %(righttext)s; }
.input { height: 56px; background: %(bar)s; display: flex;
  align-items: center; gap: 10px; padding: 0 10px; border-top: 1px solid %(line)s; }
.input .c { width: 28px; height: 28px; border: 2px solid %(fg)s; border-radius: 14px; }
.input .box { flex: 1; height: 38px; border-radius: 6px; background: %(left)s; }
.row { display: flex; justify-content: space-between; align-items: center;
  padding: 12px 18px; border-bottom: 1px solid %(line)s; background: %(bg)s; }
.row .main { font-size: 17px; }
.row .sub { font-size: 13px; color: %(muted)s; margin-top: 4px; }
.row .when { font-size: 13px; color: %(muted)s; text-align: right; }
.row .main.missed { color: #e64340; }
.tabs { display: flex; justify-content: space-around; height: 54px; align-items: center;
  background: %(bar)s; border-top: 1px solid %(line)s; }
.tabs i { width: 24px; height: 24px; border-radius: 6px; border: 2px solid %(muted)s; }
"""

LIGHT = {
    "bg": "#ededed",
    "fg": "#191919",
    "bar": "#f7f7f7",
    "muted": "#999",
    "line": "#ddd",
    "left": "#fff",
    "right": "#95ec69",
    "righttext": "#191919",
}
DARK = {
    "bg": "#111",
    "fg": "#d5d5d5",
    "bar": "#1e1e1e",
    "muted": "#777",
    "line": "#333",
    "left": "#2c2c2c",
    "right": "#3eb575",
    "righttext": "#0f0f0f",
}
IOS_LIGHT = {
    "bg": "#fff",
    "fg": "#000",
    "bar": "#f9f9f9",
    "muted": "#8e8e93",
    "line": "#e5e5ea",
    "left": "#e9e9eb",
    "right": "#0a84ff",
    "righttext": "#fff",
}
IOS_DARK = {
    "bg": "#000",
    "fg": "#f2f2f2",
    "bar": "#121212",
    "muted": "#8e8e93",
    "line": "#2c2c2e",
    "left": "#262629",
    "right": "#0a84ff",
    "righttext": "#fff",
}
ANDROID_SMS = {
    "bg": "#fafafa",
    "fg": "#202124",
    "bar": "#fafafa",
    "muted": "#80868b",
    "line": "#eee",
    "left": "#f1f3f4",
    "right": "#1a73e8",
    "righttext": "#fff",
}
FONTS = (
    "'Noto Sans CJK SC', sans-serif",
    "'DejaVu Sans', 'Noto Sans CJK SC', sans-serif",
    "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
)


class Page:
    """One screen being written as HTML, recording its text in reading order."""

    def __init__(self, rng: random.Random, theme: dict, square: bool = True) -> None:
        self.rng = rng
        self.theme = theme
        self.parts: list[str] = []
        self.truth = Truth()
        self.square = square

    def css(self) -> str:
        hue = self.rng.randrange(360)
        return CSS % {
            **self.theme,
            "font": self.rng.choice(FONTS),
            "radius": "6px" if self.square else "20px",
            "bradius": "6px" if self.square else "18px",
            "a1": f"hsl({hue},55%,55%)",
            "a2": f"hsl({(hue + 60) % 360},60%,40%)",
        }

    def status(self, clock: str) -> None:
        self.parts.append(
            f'<div class="status"><span>{clock}</span><span class="icons"><span class="sig">'
            '</span><span class="bat"><i></i></span></span></div>'
        )
        self.truth.lines.append(clock)

    def head(self, title: str) -> None:
        self.parts.append(
            f'<div class="head"><span class="back"></span>{html.escape(title)}'
            '<span class="more"></span></div>'
        )
        self.truth.lines.append(title)

    def stamp(self, text: str) -> None:
        self.parts.append(f'<div class="stamp">{html.escape(text)}</div>')
        self.truth.lines.append(text)

    def bubble(self, text: str, me: bool, nick: str = "", emoji: str = "") -> None:
        body = html.escape(text).replace("\n", "<br>") + (f" {emoji}" if emoji else "")
        nick_html = f'<div class="nick">{html.escape(nick)}</div>' if nick else ""
        self.parts.append(
            f'<div class="msg{" me" if me else ""}"><div class="avatar"></div>'
            f'<div class="col">{nick_html}<div class="bubble">{body}</div></div></div>'
        )
        if nick:
            self.truth.lines.append(nick)
        self.truth.lines.append(text.replace("\n", ""))

    def row(self, main: str, sub: str, when: str, missed: bool = False) -> None:
        self.parts.append(
            f'<div class="row"><div><div class="main{" missed" if missed else ""}">'
            f'{html.escape(main)}</div><div class="sub">{html.escape(sub)}</div></div>'
            f'<div class="when">{html.escape(when)}</div></div>'
        )
        self.truth.lines.extend([f"{main} {when}", sub])

    def input_bar(self) -> None:
        self.parts.append(
            '<div class="input"><span class="c"></span><span class="box"></span>'
            '<span class="c"></span><span class="c"></span></div>'
        )

    def tabs(self) -> None:
        self.parts.append('<div class="tabs"><i></i><i></i><i></i><i></i></div>')

    def html(self) -> str:
        return (
            f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>{self.css()}'
            f"</style></head><body>{''.join(self.parts)}</body></html>"
        )
