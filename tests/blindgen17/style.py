"""CSS of the seventeenth set: one sheet, bent per skin (accent, font, corners, header size)."""

# ruff: noqa: E501  (one story line or CSS rule a line reads better than a wrapped one)
from __future__ import annotations

from tests.blindgen17.chrome import SKINS
from tests.blindgen17.model import Screen

_BASE = """
*{box-sizing:border-box;margin:0;padding:0}
body{font-family:'%(font)s',sans-serif;background:%(bg)s;color:#1c1c1e;width:100%%;font-size:16px}
.sb{display:flex;justify-content:space-between;align-items:center;height:30px;padding:0 18px;
 font-size:13px;color:#222}
.sb b{font-weight:600;margin-left:6px}.sb .ck{margin-left:0}
.sb.split .ck{position:absolute;left:50%%;transform:translateX(-50%%)}
.bat{display:inline-block;width:20px;height:10px;border:1.5px solid currentColor;border-radius:3px;
 margin-left:5px;vertical-align:middle;background:linear-gradient(90deg,currentColor 70%%,transparent 0)}
.hd{display:flex;align-items:center;gap:10px;padding:10px 14px;border-bottom:1px solid #0001}
.hd h1{font-size:18px;font-weight:600}.back{font-size:28px;color:%(accent)s;line-height:1}
.sub{font-size:11px;background:%(accent)s22;color:%(accent)s;padding:1px 6px;border-radius:6px}
.tabs{display:flex;gap:18px;padding:8px 16px;font-size:14px;color:#666;border-bottom:1px solid #0001}
.tabs span:first-child{color:%(accent)s;font-weight:700;border-bottom:2px solid %(accent)s}
.chat{padding:8px 12px 70px}
.stamp{text-align:center;font-size:11.5px;color:#8a8a8e;margin:12px 0 6px}
.note{text-align:center;font-size:12px;color:#8a8a8e;margin:6px 30px}
.row{display:flex;margin:7px 0;align-items:flex-start;gap:8px}.row.out{justify-content:flex-end}
.av{width:38px;height:38px;border-radius:%(avr)s;color:#fff;font-style:normal;display:flex;
 align-items:center;justify-content:center;font-size:16px;flex:none}
.nm{font-size:11.5px;color:#777;margin:0 0 2px 2px}
.bub{background:#fff;padding:9px 12px;border-radius:%(radius)spx;max-width:265px;line-height:1.45;
 font-size:15.5px;box-shadow:0 1px 1px #0001;word-break:break-all}
.bub.me{background:%(accent)s;color:#fff;margin-left:60px}
.seam{height:3px;background:repeating-linear-gradient(90deg,#c33 0 6px,transparent 6px 10px);
 margin:10px -12px}
.input{position:fixed;bottom:0;left:0;right:0;display:flex;gap:10px;justify-content:space-between;
 padding:10px 14px;background:#fafafa;border-top:1px solid #0002;font-size:14px;color:#888}
.input span:first-child{flex:1;background:#fff;border-radius:18px;padding:6px 12px;border:1px solid #0001}
.input span:last-child{color:%(accent)s;font-weight:700}
.big{font-size:%(head)spx;font-weight:300;padding:%(headpad)spx 20px 14px}
.search{margin:8px 16px;background:#0000000d;border-radius:20px;padding:8px 14px;color:#888;
 font-size:14px;display:flex;gap:20px}
.li{display:flex;gap:12px;padding:11px 16px;align-items:center;border-bottom:1px solid #0000000f}
.lt{flex:1;min-width:0}.l1{display:flex;justify-content:space-between;font-size:15.5px}
.l1 span{font-size:12px;color:#8a8a8e}.l2{font-size:13.5px;color:#6a6a6e;margin-top:3px;
 white-space:nowrap;overflow:hidden}
.ph{font-style:normal;font-size:20px;color:#999;width:26px}.miss{color:#e5333a}
.nav{position:fixed;bottom:0;left:0;right:0;display:flex;justify-content:space-around;padding:12px 0;
 font-size:13px;color:#666;background:inherit;border-top:1px solid #0001}
.post{padding:16px;font-size:18px;font-weight:600;line-height:1.5;border-bottom:8px solid #0000000a}
.cm{display:flex;gap:10px;padding:12px 16px}.cm p{font-size:15px;line-height:1.5;margin-top:4px}
.inc{text-align:center;padding-top:120px;color:#fff}.num{font-size:34px;letter-spacing:1px}
.tag{display:inline-block;margin-top:16px;background:#ff5a4a;color:#fff;border-radius:14px;
 padding:4px 14px;font-size:15px}.loc{margin-top:10px;color:#ddd;font-size:15px}
.callid17{background:linear-gradient(#1d2b3a,#3b1e2c)}
.callid17 .sb{color:#fff}
.callbtn{position:fixed;bottom:70px;left:0;right:0;display:flex;justify-content:space-around;color:#fff;
 font-size:14px}.callbtn span{padding:22px 10px;border-radius:50%%;background:#ffffff22}
.callbtn span:first-child{background:#e5333a}.callbtn span:nth-child(2){background:#2bb24c}
.lock17{background:linear-gradient(160deg,#27405f,#8a5a7a);color:#fff}.lock17 .sb{color:#fff}
.lockck{font-size:76px;font-weight:200;text-align:center;margin-top:40px}
.lockdt{text-align:center;font-size:15px;margin-bottom:26px}
.card{background:#ffffffd9;color:#222;margin:8px 12px;border-radius:18px;padding:10px 14px}
.card .l2,.block17 .l2{white-space:normal}
.lock17 .nav{color:#fff;border:0}
.due{margin:16px;padding:22px;border-radius:%(radius)spx;background:%(accent)s;color:#fff;font-size:20px}
.kv{display:flex;justify-content:space-between;padding:13px 20px;border-bottom:1px solid #0001}
.desk{background:radial-gradient(#8b6b4a,#4a3626);min-height:100vh;padding:40px 18px}
.doc,.idc{background:#fbf8f1;color:#222;padding:26px 22px;transform:rotate(-2.2deg);
 box-shadow:0 6px 18px #0008;position:relative;font-family:'Noto Serif CJK SC',serif}
.idc{background:linear-gradient(120deg,#dfeef6,#f3efe2);border-radius:14px;margin-top:120px}
.doc h2,.idc h2{text-align:center;margin-bottom:16px;font-size:22px;letter-spacing:3px}
.doc p,.idc p{font-size:15px;line-height:1.8;margin:4px 0}
.seal{position:absolute;right:24px;bottom:30px;width:110px;height:110px;border:4px solid #d22;
 border-radius:50%%;color:#d22;font-size:13px;display:flex;align-items:center;justify-content:center;
 text-align:center;transform:rotate(-14deg);opacity:.8}
.ring{position:absolute;left:%(rx)spx;top:%(ry)spx;width:230px;height:96px;border:3px solid #f22;
 border-radius:50%%}.arrow{position:absolute;left:%(ax)spx;top:%(ay)spx;color:#f22;font-size:40px;
 transform:rotate(150deg)}
.dark{background:#121212;color:#e6e6e6}.dark .sb{color:#ddd}.dark .bub{background:#2a2a2c;color:#eee}
.dark .input,.dark .nav{background:#1c1c1e;color:#aaa}.dark .l2{color:#9a9a9e}
.dark .input span:first-child{background:#2a2a2c}
.realmeui17 .bub{background:#f0f0f2}.realmeui17 .bub.me{background:#ffc915;color:#222}
.shark17{color:#e8e8e8}.shark17 .bub{background:#1f2a22;color:#e8e8e8}.shark17 .sb{color:#cfe}
.shark17 .bub.me{background:#2bd659;color:#062}
.long17 .input{position:static}.long17 .row{margin:30px 0}.long17 .stamp{margin:60px 0 20px}.long17 .chat{min-height:1900px}
"""


def css(s: Screen) -> str:
    skin = SKINS[s.skin]
    ring = s.extra.get("ring", (120, 300))
    values = {
        **skin,
        "avr": "50%" if skin["radius"] > 20 else "6px",
        "headpad": 70 if skin["head"] > 36 else 14,
        "rx": ring[0],
        "ry": ring[1],
        "ax": ring[0] - 50,
        "ay": ring[1] + 80,
    }
    return _BASE % values
