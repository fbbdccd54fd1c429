"""Seeded generator of Chinese phone screenshots with known ground truth (tests and benchmarks).

Kinds: WeChat-style chats, SMS inbox lists, call logs and messages a friend forwarded; light and
dark themes; 720–1080 px wide; degraded by blur, noise and JPEG re-compression. Every screen
records the text it shows in reading order and the normalised entities a reader should find.

The drawing lives in tests/synthetic_screens_canvas.py, what the screens say in
tests/synthetic_screens_content.py; every name other modules import stays importable from here.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageFilter

from tests.screen_truth import ScreenTruth, Truth, screen_truth, write_truth_json
from tests.synthetic_screens_canvas import BOLD_FONT_PATH, FONT_PATH, SC_INDEX, Canvas
from tests.synthetic_screens_content import (
    FRIENDS,
    PLATFORMS,
    SURNAMES,
    THREATS,
    collector_message,
    list_date_text,
    random_clock,
    random_mobile,
    shown_mobile,
)

__all__ = [
    "BOLD_FONT_PATH",
    "FONT_PATH",
    "FRIENDS",
    "KINDS",
    "KIND_TO_EVIDENCE",
    "PLATFORMS",
    "SC_INDEX",
    "SURNAMES",
    "THREATS",
    "ScreenTruth",
    "cer",
    "edit_distance",
    "generate_screen",
    "generate_screens",
]

KINDS = ("chat", "sms", "call_log", "friend")
KIND_TO_EVIDENCE = {"chat": "chat", "sms": "sms", "call_log": "call_log", "friend": "chat"}


def _chat(canvas: Canvas, today: date, friend: bool) -> None:
    rng, truth = canvas.rng, canvas.truth
    platform = rng.choice(PLATFORMS)
    if friend:
        canvas.header(rng.choice(FRIENDS))
    else:
        collector = random_mobile(rng)
        shown = shown_mobile(rng, collector)
        truth.phones.add(collector)
        canvas.header(shown)
    canvas.centered(f"{today.year}年{today.month}月{today.day}日 {random_clock(rng, truth)[0]}")
    truth.dates.add(today.isoformat())
    if friend:
        canvas.bubble("有人一直给我发你的欠款信息，这是怎么回事？", right=False)
        canvas.bubble("对不起，是催收的人乱发的，不要理他们", right=True)
    while True:
        pending = Truth()
        text = collector_message(rng, pending, today, platform)
        if not canvas.bubble(text, right=False, pending=pending):
            break
        if rng.random() < 0.4:
            reply = rng.choice(("我会按时处理的", "请不要骚扰我的家人", "已经在协商还款了", "好的"))
            if not canvas.bubble(reply, right=True):
                break
        if rng.random() < 0.3 and canvas.fits(canvas.px(200)):
            canvas.centered(random_clock(rng, truth)[0])


def _sms(canvas: Canvas, today: date) -> None:
    rng, truth = canvas.rng, canvas.truth
    canvas.header("信息")
    canvas.centered(f"{today.year}年{today.month}月{today.day}日")
    truth.dates.add(today.isoformat())
    platform = rng.choice(PLATFORMS)
    while True:
        pending = Truth()
        if rng.random() < 0.3:
            sender = "106" + "".join(rng.choice("0123456789") for _ in range(9))
            shown = sender
        else:
            sender = random_mobile(rng)
            shown = shown_mobile(rng, sender)
        preview = collector_message(rng, Truth(), today, platform)[:14]
        pending.phones.add(sender)
        pending.platforms.add(platform)  # every preview starts within a few characters of it
        if not canvas.row(shown, list_date_text(rng, pending, today), preview, pending):
            break


def _call_log(canvas: Canvas, today: date) -> None:
    rng, truth = canvas.rng, canvas.truth
    canvas.header("通话记录")
    canvas.centered(f"{today.year}年{today.month}月{today.day}日")
    truth.dates.add(today.isoformat())
    cities = ("广东深圳", "湖南长沙", "四川成都", "河南郑州", "福建厦门")
    while True:
        pending = Truth()
        number = random_mobile(rng)
        direction = rng.choice(("呼入", "未接", "呼出"))
        duration = (
            "响铃5声" if direction == "未接" else f"{rng.randrange(1, 9)}分{rng.randrange(60)}秒"
        )
        when = list_date_text(rng, pending, today)
        if ":" not in when:
            when = f"{when} {random_clock(rng, pending)[0]}"
        pending.phones.add(number)
        below = f"{rng.choice(cities)} {direction} {duration}"
        if not canvas.row(shown_mobile(rng, number), when, below, pending):
            break


def _degrade(rng: random.Random, image: Image.Image) -> bytes:
    """Blur, noise and JPEG re-compression, as screenshots forwarded through chat apps get."""
    if rng.random() < 0.6:
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    if rng.random() < 0.6:
        noise = Image.effect_noise(image.size, rng.uniform(4, 12)).convert("RGB")
        image = Image.blend(image, noise, 0.06)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=rng.randrange(55, 90))
    return buffer.getvalue()


def generate_screen(
    seed: int, kind: str | None = None, dark: bool | None = None
) -> tuple[bytes, ScreenTruth]:
    """One seeded screenshot as JPEG bytes plus its truth (path left empty)."""
    rng = random.Random(seed)
    kind = kind or KINDS[seed % len(KINDS)]
    dark = (rng.random() < 0.4) if dark is None else dark
    width = rng.choice((720, 828, 900, 1080))
    canvas = Canvas(rng, width, dark)
    today = date(2025, 1, 15) + timedelta(days=rng.randrange(0, 120))
    canvas.status_bar(f"{rng.randrange(8, 23)}:{rng.randrange(60):02d}")
    match kind:
        case "chat":
            _chat(canvas, today, friend=False)
        case "friend":
            _chat(canvas, today, friend=True)
        case "sms":
            _sms(canvas, today)
        case "call_log":
            _call_log(canvas, today)
        case _:
            raise ValueError(f"unknown screen kind {kind!r}")
    data = _degrade(rng, canvas.image)
    truth = canvas.truth
    screen = screen_truth(
        truth,
        path=Path(),
        kind=kind,
        evidence_kind=KIND_TO_EVIDENCE[kind],
        dark=dark,
        width=width,
        extra={"today": today.isoformat()},
    )
    return data, screen


def generate_screens(n: int, seed: int, out_dir: Path) -> list[ScreenTruth]:
    """Write n screenshots (kinds and themes cycling) to out_dir with a truth.json beside them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    screens = []
    for index in range(n):
        kind = KINDS[index % len(KINDS)]
        dark = (index // len(KINDS)) % 2 == 1
        data, screen = generate_screen(seed * 10_000 + index, kind=kind, dark=dark)
        path = out_dir / f"screen_{index:03d}_{kind}_{'dark' if dark else 'light'}.jpg"
        path.write_bytes(data)
        screens.append(ScreenTruth(**{**screen.__dict__, "path": path}))
    write_truth_json(out_dir, screens)
    return screens


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (two-row dynamic programme)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate ignoring whitespace (Chinese has none; Tesseract inserts some)."""
    hyp = "".join(hypothesis.split())
    ref = "".join(reference.split())
    return edit_distance(hyp, ref) / max(1, len(ref))
