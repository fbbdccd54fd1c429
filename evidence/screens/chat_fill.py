"""A chat bubble's side told by its fill, where the bubbles' geometry leaves it unsure.

Apps paint the owner's bubbles in one colour and the counterpart's in another (WeChat green and
white, iMessage blue and grey, dark skins other pairs). Geometry stays the first word: colour only
settles a bubble whose side came from the fall-back reading of its margins, by matching the fill
of bubbles whose side is plain; a screen that shows one fill on both sides says nothing by colour.
"""

from __future__ import annotations

import colorsys
from collections import Counter
from collections.abc import Sequence

from evidence.ocr.base import OcrLine
from evidence.ocr.fill import Fill, same_fill

# The owner's bubbles wear the app's accent: a saturated colour. The counterpart's are neutral
# (white, grey, dark grey). Between these two saturations a fill is neither.
_ACCENT_SATURATION = 0.3
_NEUTRAL_SATURATION = 0.12
# Red, orange and yellow are the cards' colours (a transfer, a red packet), whoever sends them:
# hues below this or above the next (fractions of the circle) are no owner's accent.
_WARM_BELOW = 50 / 360
_WARM_ABOVE = 330 / 360


def block_fill(lines: Sequence[OcrLine]) -> Fill | None:
    """The fill most of a bubble's lines are drawn on (None where none is known)."""
    fills = Counter(ln.fill for ln in lines if ln.fill is not None)
    return fills.most_common(1)[0][0] if fills else None


def _hsv(fill: Fill) -> tuple[float, float, float]:
    return colorsys.rgb_to_hsv(*(channel / 255 for channel in fill))


def _accent(fill: Fill) -> bool:
    hue, saturation, _value = _hsv(fill)
    return saturation >= _ACCENT_SATURATION and _WARM_BELOW <= hue <= _WARM_ABOVE


def _neutral(fill: Fill) -> bool:
    return _hsv(fill)[1] <= _NEUTRAL_SATURATION


def _matches(fill: Fill | None, anchors: list[Fill]) -> bool:
    return any(same_fill(fill, anchor) for anchor in anchors)


def sides_by_fill(
    sides: Sequence[str], fills: Sequence[Fill | None], told: Sequence[bool], plain: Sequence[bool]
) -> list[str]:
    """The bubbles' sides with colour settling the unsure ones.

    `told`: the side came from a nickname or an avatar; `plain`: from a short bubble's margins.
    Plain margins are sure once the screen shows plain bubbles on both sides; on a screen whose
    bubbles all hang from one column they only say "one column", and an accent-coloured bubble
    among neutral ones there is the owner's."""
    result = list(sides)
    both = {s for s, p in zip(sides, plain, strict=True) if p} >= {"in", "out"}
    sure = [t or (p and both) for t, p in zip(told, plain, strict=True)]
    anchors = {
        side: [f for s, f, k in zip(sides, fills, sure, strict=True) if k and s == side and f]
        for side in ("in", "out")
    }
    if any(_matches(f, anchors["out"]) for f in anchors["in"]):
        return result  # one fill on both sides: colour tells nothing here
    for index, fill in enumerate(fills):
        if sure[index] or fill is None:
            continue
        into_in, into_out = _matches(fill, anchors["in"]), _matches(fill, anchors["out"])
        if into_in != into_out:
            result[index] = "in" if into_in else "out"
    if "out" in result and any(sure):
        return result
    # Every bubble on the counterpart's column, or no bubble's side sure (a phone's screen shown
    # small in a wide picture, its margins alike on both sides): the accent-coloured ones are
    # the owner's, where the others are neutral and the accent is one colour; with no side sure
    # the neutral ones are the counterpart's.
    neutral = [i for i, f in enumerate(fills) if f and not told[i] and _neutral(f)]
    accents = [i for i, f in enumerate(fills) if f and not told[i] and _accent(f)]
    # A light skin may paint the counterpart's bubbles so close to the page that no fill is
    # told apart from it: with every bubble on one column, those count as the neutral ones.
    unfilled = [i for i, f in enumerate(fills) if f is None and not told[i]]
    if "out" not in result and not neutral and accents and len(unfilled) >= len(accents):
        neutral = unfilled
    if neutral and accents and all(same_fill(fills[i], fills[accents[0]]) for i in accents):
        for index in accents:
            result[index] = "out"
        for index in neutral if not any(sure) else ():
            result[index] = "in"
    return result
