"""Set 28's own HTML kit: four phone skins as CSS variables and a page that records its words."""

from __future__ import annotations

import html

# width and height in CSS px, device scale: 393*3=1179, 360*3=1080, 430*3=1290, 412*2=824.
SKINS = {
    "hyper28": dict(
        w=393,
        h=852,
        s=3,
        font="Noto Sans CJK SC",
        bg="#f6f7f9",
        fg="#14161a",
        muted="#8a8f99",
        card="#ffffff",
        me="#2f7bff",
        mefg="#ffffff",
        them="#ffffff",
        themfg="#14161a",
        accent="#ff6a00",
        line="#e6e8ec",
        radius="18px",
        size="15.5px",
    ),
    "nightred28": dict(
        w=360,
        h=780,
        s=3,
        font="Noto Sans CJK SC",
        bg="#0b0b0d",
        fg="#e9e9ec",
        muted="#8c8c95",
        card="#17181c",
        me="#d8323a",
        mefg="#ffffff",
        them="#23242a",
        themfg="#e9e9ec",
        accent="#ff4047",
        line="#26272d",
        radius="6px",
        size="15px",
    ),
    "iosphoto28": dict(
        w=430,
        h=932,
        s=3,
        font="Noto Sans CJK SC",
        bg="#ffffff",
        fg="#000000",
        muted="#8e8e93",
        card="#f2f2f7",
        me="#0a84ff",
        mefg="#ffffff",
        them="#e9e9eb",
        themfg="#000000",
        accent="#0a84ff",
        line="#e5e5ea",
        radius="20px",
        size="16.5px",
    ),
    "mossy28": dict(
        w=412,
        h=915,
        s=2,
        font="Noto Sans CJK SC",
        bg="#f1efe7",
        fg="#23251f",
        muted="#85867c",
        card="#fbfaf5",
        me="#b5e38c",
        mefg="#1c2a10",
        them="#ffffff",
        themfg="#23251f",
        accent="#4f7d2b",
        line="#dedbcf",
        radius="4px",
        size="16px",
    ),
    "paper28": dict(
        w=600,
        h=820,
        s=2,
        font="Noto Serif CJK SC",
        bg="#f7f2e4",
        fg="#1d1a14",
        muted="#6e665a",
        card="#fffdf6",
        me="#000",
        mefg="#fff",
        them="#fff",
        themfg="#000",
        accent="#c0161b",
        line="#c9bfa8",
        radius="0",
        size="17px",
    ),
}

BASE_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
body{width:%(w)spx;height:%(h)spx;overflow:hidden;font-family:'%(font)s',sans-serif;
 background:%(bg)s;color:%(fg)s;display:flex;flex-direction:column;font-size:%(size)s}
.sb{height:32px;flex:none;display:flex;justify-content:space-between;align-items:center;
 padding:0 20px;font-size:13.5px;font-weight:600}
.sb .ic{display:flex;gap:6px;align-items:center}
.bat{display:inline-block;width:22px;height:11px;border:1.5px solid currentColor;border-radius:3px;
 position:relative}
.bat i{position:absolute;left:1px;top:1px;bottom:1px;background:currentColor;border-radius:1px}
.top{flex:none;display:flex;align-items:center;gap:10px;padding:8px 14px;
 border-bottom:1px solid %(line)s}
.top .back{font-size:26px;color:%(accent)s;width:18px}
.top .tt{flex:1;min-width:0}
.top .name{font-size:17px;font-weight:600}
.top .sub{font-size:12px;color:%(muted)s;margin-top:1px}
.top .more{font-size:18px;color:%(muted)s;letter-spacing:2px}
.body{flex:1;min-height:0;overflow:hidden;padding:6px 12px;display:flex;flex-direction:column}
.sep{text-align:center;font-size:12px;color:%(muted)s;margin:10px 0 4px}
.sys{align-self:center;font-size:12px;color:%(muted)s;background:rgba(128,128,128,.12);
 padding:3px 10px;border-radius:10px;margin:6px 0;max-width:88%%;text-align:center}
.row{display:flex;gap:8px;margin:5px 0;align-items:flex-start}
.row.me{flex-direction:row-reverse}
.av{flex:none;width:36px;height:36px;border-radius:%(radius)s;display:flex;align-items:center;
 justify-content:center;color:#fff;font-size:15px;font-weight:600}
.col{display:flex;flex-direction:column;max-width:74%%;min-width:0}
.row.me .col{align-items:flex-end}
.nick{font-size:11.5px;color:%(muted)s;margin:0 4px 2px}
.bub{padding:8px 12px;border-radius:%(radius)s;line-height:1.45;background:%(them)s;
 color:%(themfg)s;word-break:break-all}
.row.me .bub{background:%(me)s;color:%(mefg)s}
.bot{flex:none;display:flex;align-items:center;gap:8px;padding:8px 12px 18px;
 border-top:1px solid %(line)s;background:%(card)s}
.bot .in{flex:1;border-radius:18px;background:%(bg)s;padding:8px 14px;font-size:14px;
 color:%(muted)s;border:1px solid %(line)s}
.bot .btn{font-size:14px;color:%(accent)s;font-weight:600}
.list{flex:1;min-height:0;overflow:hidden}
.li{display:flex;gap:12px;align-items:center;padding:10px 16px;border-bottom:1px solid %(line)s}
.li .main{flex:1;min-width:0}
.li .n1{font-size:16px;font-weight:500;white-space:nowrap;overflow:hidden}
.li .n2{font-size:12.5px;color:%(muted)s;margin-top:2px;white-space:nowrap;overflow:hidden}
.li .rt{font-size:12px;color:%(muted)s;text-align:right;flex:none}
.miss,.li .rt.miss{color:#e5363b}
.tag{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px;margin-right:5px;
 background:rgba(229,54,59,.14);color:#e5363b}
.tabs{flex:none;display:flex;justify-content:space-around;padding:8px 0 16px;font-size:11.5px;
 color:%(muted)s;border-top:1px solid %(line)s;background:%(card)s}
.tabs .on{color:%(accent)s;font-weight:600}
.pic{border-radius:6px;overflow:hidden;border:1px solid %(line)s;background:#fff;color:#222}
"""

CLIP_JS = """<script>
var bad=[];document.querySelectorAll('.t').forEach(function(e){var r=e.getBoundingClientRect();
var br=document.body.getBoundingClientRect(),b=br.bottom,box=e.closest('.body,.list');
if(box)b=Math.min(b,box.getBoundingClientRect().bottom);
if(r.bottom>b+1||r.right>br.right+1||r.top<-1||r.width==0)bad.push(e.textContent)});
document.body.setAttribute('data-clip',JSON.stringify(bad));</script>"""

PALETTE = ["#e07a3f", "#4a90d9", "#5bb56a", "#a46bd6", "#d9534f", "#3fa9a0", "#c49a2c", "#7d8796"]


class Page:
    """An HTML page under construction; t() escapes a string and records it as drawn."""

    def __init__(self, skin: str, height: int | None = None):
        self.skin = skin
        self.vars = dict(SKINS[skin])
        if height:
            self.vars["h"] = height
        self.parts: list[str] = []
        self.texts: list[str] = []
        self.css = ""

    @property
    def size(self) -> tuple[int, int, int]:
        return self.vars["w"], self.vars["h"], self.vars["s"]

    def t(self, text: str, cls: str = "") -> str:
        self.texts.append(text)
        c = f"t {cls}".strip()
        return f'<span class="{c}">{html.escape(text)}</span>'

    def add(self, chunk: str) -> None:
        self.parts.append(chunk)

    def avatar(self, who: str, photo: bool = False) -> str:
        color = PALETTE[sum(map(ord, who)) % len(PALETTE)]
        letter = html.escape(who.strip()[-1:] if who[:1].isdigit() else who.strip()[:1])
        if who[:1] in "+0123456789" and who[:1]:  # a bare number: the grey no-photo face
            color, letter = "#b3b8c0", '<span style="font-size:18px;opacity:.8">●</span>'
        if who == "me":  # the owner's own photo: a plain portrait, no letter
            color, letter = "#9fb4c8", '<span style="font-size:20px">●</span>'
        shape = "border-radius:50%;" if photo else ""
        return f'<div class="av" style="background:{color};{shape}">{letter}</div>'

    def status(self, clock: str, battery: int, net: str = "5G") -> None:
        fill = max(2, int(18 * battery / 100))
        self.add(
            f'<div class="sb">{self.t(clock)}<div class="ic"><span>{net}</span>'
            f'{self.t(f"{battery}%")}<span class="bat"><i style="width:{fill}px"></i></span>'
            "</div></div>"
        )

    def html(self) -> str:
        css = BASE_CSS % self.vars + self.css
        body = "".join(self.parts)
        return (
            f'<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head>'
            f"<body>{body}{CLIP_JS}</body></html>"
        )
