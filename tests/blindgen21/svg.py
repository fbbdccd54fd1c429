"""A small SVG canvas of its own: rectangles, circles and text with wraps computed here.

Every string placed on the canvas is also recorded (one entry per <text> block, its lines joined)
so the fast test can check the truth against what is drawn without a browser.
"""

from __future__ import annotations

from html import escape

SANS = "Noto Sans CJK SC"
SERIF = "Noto Serif CJK SC"


_WORD = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def _is_word(ch: str) -> bool:
    return ch in _WORD


def char_width(ch: str, size: float) -> float:
    """Advance of one glyph, estimated: CJK and full-width are square, Latin is narrower."""
    if ord(ch) < 0x2000:
        return size * (0.32 if ch in " .,:;!|il'" else 0.6)
    return size


def text_width(text: str, size: float) -> float:
    return sum(char_width(ch, size) for ch in text)


def wrap(text: str, size: float, width: float) -> list[str]:
    """Greedy wrap by estimated glyph widths; explicit newlines start a new line."""
    lines: list[str] = []
    for para in text.split("\n"):
        line, used = "", 0.0
        for ch in para:
            w = char_width(ch, size)
            # Closing punctuation never starts a line: it hangs past the edge instead.
            if line and used + w > width and ch not in "，。！？、；：）」”…,.!?":
                # A Latin word or a number moves to the next line whole, as phones wrap them.
                run = len(line) - len(line.rstrip(_WORD)) if _is_word(ch) else 0
                lines.append(line[: len(line) - run] if run < len(line) else line)
                line = line[len(line) - run :] if run < len(line) else ""
                used = text_width(line, size)
            line += ch
            used += w
        lines.append(line)
    return lines


class Canvas:
    def __init__(self, width: int, height: int, bg: str = "#ffffff") -> None:
        self.width, self.height = width, height
        self.limit = height  # text whose baseline falls below this is not visible
        self.parts: list[str] = [f'<rect width="{width}" height="{height}" fill="{bg}"/>']
        self.texts: list[str] = []

    def rect(self, x, y, w, h, fill, rx=0, stroke="", sw=2) -> None:
        edge = f' stroke="{stroke}" stroke-width="{sw}"' if stroke else ""
        self.parts.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="{rx}" '
            f'fill="{fill}"{edge}/>'
        )

    def circle(self, cx, cy, r, fill, stroke="", sw=2) -> None:
        edge = f' stroke="{stroke}" stroke-width="{sw}"' if stroke else ""
        self.parts.append(f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="{r}" fill="{fill}"{edge}/>')

    def raw(self, markup: str) -> None:
        self.parts.append(markup)

    def text(self, x, y, lines, size, fill="#111", weight=400, anchor="start", family=SANS,
             lh=1.38) -> float:  # fmt: skip
        """Lines at baseline y, each its own <tspan> with x and y; returns the block's height."""
        if isinstance(lines, str):
            lines = [lines]
        spans, shown = [], []
        for i, line in enumerate(lines):
            base = y + i * size * lh
            spans.append(f'<tspan x="{x:.0f}" y="{base:.0f}">{escape(line)}</tspan>')
            if base <= self.limit:
                shown.append(line)
        self.parts.append(
            f'<text font-family="{family}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}" text-anchor="{anchor}">{"".join(spans)}</text>'
        )
        if shown:
            self.texts.append("".join(shown))
        return len(lines) * size * lh

    def svg(self) -> str:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" '
            f'height="{self.height}" viewBox="0 0 {self.width} {self.height}">'
            + "".join(self.parts)
            + "</svg>"
        )

    def drawn(self) -> str:
        return "\n".join(self.texts)
