"""Phone skins of the nineteenth set: CSS and status bars, each written for this set alone."""

from __future__ import annotations

from html import escape

# css width, device scale factor, shot downscale (1.0 = as shot).
GEOMETRY = {
    "dot19": (360, 3, 0.8),
    "hello19": (360, 3, 1.0),
    "tecno19": (360, 2, 1.0),
    "origin19": (384, 3, 0.75),
    "capsule19": (360, 3, 1.0),
    "go19": (360, 2, 1.0),
}
HEIGHT = {"go19": 740}

_BASE = """
* { box-sizing: border-box; margin: 0; padding: 0; }
body { font-family: 'Noto Sans CJK SC', sans-serif; width: %dpx; background: var(--bg);
       color: var(--fg); -webkit-font-smoothing: antialiased; }
.sb { height: 30px; display: flex; align-items: center; justify-content: space-between;
      padding: 0 14px; font-size: 13px; }
.sb .r { display: flex; gap: 5px; align-items: center; }
.bars { display: inline-flex; gap: 1px; align-items: flex-end; height: 11px; }
.bars i { width: 3px; background: currentColor; display: block; }
"""

SKIN_CSS = {
    "hello19": """
:root { --bg: #ffffff; --fg: #1b1b1f; --mute: #6d6a75; --acc: #5b3cc4; --in: #efeaf8;
        --out: #5b3cc4; --outfg: #fff; --card: #f6f3fb; --rad: 18px; }
body { font-weight: 400; } .sb { font-weight: 500; }
""",
    "tecno19": """
:root { --bg: #f4f6fa; --fg: #15161a; --mute: #7c8290; --acc: #0a84ff; --in: #ffffff;
        --out: #2f7bff; --outfg: #fff; --card: #ffffff; --rad: 12px; }
body { font-weight: 400; } .sb { background: linear-gradient(90deg,#e6f0ff,#f6ecff); }
.batt { border: 1.5px solid currentColor; border-radius: 3px; padding: 0 3px; font-size: 10px; }
""",
    "origin19": """
:root { --bg: #f1f2f6; --fg: #101114; --mute: #8a8d96; --acc: #415fff; --in: #ffffff;
        --out: #415fff; --outfg: #fff; --card: #ffffff; --rad: 24px; }
body { font-weight: 400; } .sb { font-weight: 700; font-size: 14px; height: 34px; }
.card { border-radius: 24px !important; }
""",
    "capsule19": """
:root { --bg: #f7f7f9; --fg: #18191c; --mute: #8b8e95; --acc: #0a59f7; --in: #ffffff;
        --out: #95ec69; --outfg: #111; --card: #ffffff; --rad: 10px; }
body { font-weight: 400; }
.sb .pill { background: #18191c; color: #fff; border-radius: 12px; padding: 1px 10px;
            font-weight: 600; }
.sb .r { background: #e6e7eb; border-radius: 12px; padding: 1px 8px; }
""",
    "dot19": """
:root { --bg: #000000; --fg: #f2f2f2; --mute: #8d8d8d; --acc: #d71921; --in: #1c1c1c;
        --out: #e9e9e9; --outfg: #000; --card: #141414; --rad: 16px; }
body { font-weight: 300; font-family: 'Noto Sans Mono CJK SC','Noto Sans CJK SC',monospace; }
.dm { display: inline-grid; grid-auto-flow: column; gap: 2px; }
.dm b { display: grid; grid-template-columns: repeat(3, 2px); grid-gap: 1px; }
.dm b i { width: 2px; height: 2px; border-radius: 1px; }
.dm b i.on { background: #f2f2f2; }
""",
    "go19": """
:root { --bg: #fafafa; --fg: #202124; --mute: #70757a; --acc: #1a73e8; --in: #e8eaed;
        --out: #d2e3fc; --outfg: #202124; --card: #ffffff; --rad: 6px; }
body { font-weight: 400; font-size: 13px; }
.sb { background: #263238; color: #eceff1; height: 24px; font-size: 12px; }
""",
}

# A 3x5 dot font for the Nothing-like clock: each digit as five rows of three dots.
_DOTS = {
    "0": "111101101101111", "1": "010110010010111", "2": "111001111100111",
    "3": "111001111001111", "4": "101101111001001", "5": "111100111001111",
    "6": "111100111101111", "7": "111001001001001", "8": "111101111101111",
    "9": "111101111001111", ":": "000010000010000",
}  # fmt: skip


def css(skin: str) -> str:
    return _BASE % GEOMETRY[skin][0] + SKIN_CSS[skin]


def _dot_clock(clock: str) -> str:
    cells = "".join(
        "<b>" + "".join(f"<i class={'on' if d == '1' else 'off'}></i>" for d in _DOTS[ch]) + "</b>"
        for ch in clock
    )
    return f'<span class=dm aria-label="{clock}">{cells}</span>'


def status_bar(skin: str, clock: str, net: str, battery: int) -> str:
    """The skin's status bar: clock, network and battery drawn as their own strings."""
    bars = '<span class=bars><i style="height:4px"></i><i style="height:7px"></i>'
    bars += '<i style="height:9px"></i><i style="height:11px"></i></span>'
    pct = f"{battery}%"
    right = f"<span class=r>{net}{bars}<span>{pct}</span></span>"
    if skin == "capsule19":
        left = f"<span class=pill>{clock}</span>"
    elif skin == "dot19":
        left = _dot_clock(clock)
    elif skin == "tecno19":
        left, right = f"<span>{clock}</span>", right.replace("<span>", "<span class=batt>")
    elif skin == "go19":  # Android Go of old: icons left, battery and clock right
        left, right = f"<span class=r>{net}{bars}</span>", f"<span>{pct} {clock}</span>"
    else:
        left = f"<span>{escape(clock)}</span>"
    return f"<div class=sb>{left}{right}</div>"
