"""Reading order from detected text boxes (pure): rows, junk, tiles of tall captures.

An OCR engine returns boxes in its own order. Phone screens are read row by row: on a list
screen (call log, SMS inbox) the right-aligned date/time or count belongs to the row it sits
on, even when it is vertically centred between the row's two lines; chat bubbles are read line
by line, top to bottom. Icons, avatars and emoji come back as one or two stray glyphs and are
dropped; the status bar keeps its clock only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Box = tuple[int, int, int, int]  # x, y, w, h

# Text worth keeping holds a CJK character, a digit, or a word of two Latin letters.
_MEANINGFUL = re.compile(r"[\u3400-\u9fff\d]|[A-Za-z]{2,}")
# Status bar items other than the clock: network, battery, signal.
_STATUS_JUNK = re.compile(r"^(?:[1-5]G\+?|LTE|HD|VoLTE|Wi-?Fi|\d{1,3}\s*%?|[.·•ılI|]+)$", re.I)
# Round icons (tab bars, input bars, radio buttons) read as letters O or zeros.
_ICON_GLYPHS = re.compile(r"^[0OoQD口回○〇◯@\s]{1,6}$")
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)")
# The top band of a screen where the status bar lives, as a fraction of the screen width.
STATUS_BAR_BAND = 0.085
# Digits besides the clock that make a top line a number's head line, not the status bar.
PHONE_DIGITS = 7
# A box starting right of this fraction of the width is a right-aligned column item.
RIGHT_COLUMN = 0.5


@dataclass(frozen=True)
class Piece:
    """One detected text box: its text, box and confidence 0–100."""

    text: str
    box: Box
    confidence: float

    @property
    def top(self) -> int:
        return self.box[1]

    @property
    def bottom(self) -> int:
        return self.box[1] + self.box[3]

    @property
    def middle(self) -> float:
        return self.box[1] + self.box[3] / 2

    @property
    def left(self) -> int:
        return self.box[0]

    @property
    def right(self) -> int:
        return self.box[0] + self.box[2]


def is_junk(piece: Piece, width: int) -> bool:
    """Stray glyphs from icons, avatars and emoji; status bar items other than the clock."""
    text = piece.text.strip()
    if not text or not _MEANINGFUL.search(text):
        return True
    if piece.middle < STATUS_BAR_BAND * width and _STATUS_JUNK.match(text):
        return True
    if _ICON_GLYPHS.match(text):
        return True
    # One odd glyph with low confidence is an icon read as text ("口", "回", "田").
    return len(text) == 1 and not text.isdigit() and piece.confidence < 60


def _overlap(a: Piece, b: Piece) -> float:
    """Vertical overlap as a fraction of the shorter box."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared / max(1, min(a.box[3], b.box[3]))


def _collides(row: list[Piece], piece: Piece) -> bool:
    return any(p.left < piece.right and piece.left < p.right for p in row)


def group_rows(pieces: Sequence[Piece], width: int) -> list[list[Piece]]:
    """Pieces in reading order, grouped into visual rows (left to right inside a row).

    A row is the pieces that share a vertical band without overlapping horizontally. A
    right-column piece (date, time, unread count) that straddles two rows of a list item joins
    the upper one: list items put their date beside the first line.
    """
    ordered = sorted(pieces, key=lambda p: (p.middle, p.left))
    rows: list[list[Piece]] = []
    for piece in ordered:
        best, best_overlap = None, 0.0
        for row in rows[-3:]:
            if _collides(row, piece):
                continue
            overlap = max(_overlap(member, piece) for member in row)
            if overlap > best_overlap:
                best, best_overlap = row, overlap
        threshold = 0.25 if piece.left > RIGHT_COLUMN * width else 0.5
        if best is not None and best_overlap >= threshold:
            best.append(piece)
        else:
            rows.append([piece])
    # A right-column piece read before its row's first line (it starts higher) is moved there.
    merged: list[list[Piece]] = []
    for row in rows:
        if (
            merged
            and len(merged[-1]) == 1
            and merged[-1][0].left > RIGHT_COLUMN * width
            and not _collides(row, merged[-1][0])
            and _overlap(merged[-1][0], row[0]) >= 0.25
        ):
            row = [*merged.pop(), *row]
        merged.append(row)
    return [sorted(row, key=lambda p: p.left) for row in merged]


def _joins_with_space(left: str, right: str) -> bool:
    return bool(left) and bool(right)


def join_row(row: Sequence[Piece]) -> Piece:
    """One piece for a row: texts joined by a space, box covering all, mean confidence."""
    text = " ".join(p.text.strip() for p in row if p.text.strip())
    x0 = min(p.left for p in row)
    y0 = min(p.top for p in row)
    x1 = max(p.right for p in row)
    y1 = max(p.bottom for p in row)
    # The weakest piece sets the row's confidence: that is the part a person should check.
    confidence = min(p.confidence for p in row)
    return Piece(text, (x0, y0, x1 - x0, y1 - y0), round(confidence, 1))


def clean_status_bar(piece: Piece, width: int) -> Piece:
    """In the status bar only the clock is text; signal and battery icons read as "IIIO".

    A line near the top that also holds a phone number is not the status bar but the head of
    a notification or banner (a car display or a wide screen puts "+86 … · 18:30" there): a
    status bar shows at most a clock, a battery percentage and a network speed, never seven
    digits besides its clock.
    """
    if piece.middle >= STATUS_BAR_BAND * width or re.search(r"[\u3400-\u9fff]", piece.text):
        return piece
    clock = _CLOCK.search(piece.text)
    if clock is None:
        return piece
    rest = piece.text[: clock.start()] + piece.text[clock.end() :]
    if sum(char.isdigit() for char in rest) >= PHONE_DIGITS:
        return piece
    return Piece(clock.group(0), piece.box, piece.confidence)


def reading_order(pieces: Iterable[Piece], width: int) -> list[Piece]:
    """Junk dropped, rows rebuilt, top to bottom."""
    kept = [clean_status_bar(p, width) for p in pieces if not is_junk(p, width)]
    return [join_row(row) for row in group_rows(kept, width)]


def tiles(height: int, width: int, max_ratio: float = 2.6) -> list[tuple[int, int]]:
    """(top, bottom) bands to read a tall capture in; one band for an ordinary screen.

    Phone screens are about 2.2 widths high; anything taller than `max_ratio` widths (a
    scrolling capture, 4,000 px and more) is cut into bands two widths high that overlap by a
    fifth of the width, so every text line lies wholly inside at least one band.
    """
    if height <= max_ratio * width:
        return [(0, height)]
    band = max(800, 2 * width)
    overlap = max(120, width // 5)
    bands, top = [], 0
    while True:
        bottom = min(height, top + band)
        bands.append((top, bottom))
        if bottom >= height:
            return bands
        top = bottom - overlap


def merge_tiles(
    per_tile: Sequence[tuple[tuple[int, int], Sequence[Piece]]], height: int
) -> list[Piece]:
    """Pieces of all bands in page coordinates, each line once.

    A band keeps the pieces whose middle lies in its own share of the overlaps (the half
    nearer to it), so a line cut at one band's edge is taken from the neighbour that holds it.
    """
    result: list[Piece] = []
    for index, ((top, bottom), pieces) in enumerate(per_tile):
        previous_bottom = per_tile[index - 1][0][1] if index else top
        next_top = per_tile[index + 1][0][0] if index + 1 < len(per_tile) else bottom
        keep_from = (top + previous_bottom) / 2 if index else 0
        keep_to = (next_top + bottom) / 2 if index + 1 < len(per_tile) else height
        for piece in pieces:
            moved = Piece(
                piece.text, (piece.left, piece.top + top, *piece.box[2:]), piece.confidence
            )
            if keep_from <= moved.middle < keep_to:
                result.append(moved)
    return result
