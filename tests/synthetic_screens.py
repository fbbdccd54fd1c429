"""Seeded generator of Chinese phone screenshots with known ground truth (tests and benchmarks).

Kinds: WeChat-style chats, SMS inbox lists, call logs and messages a friend forwarded; light and
dark themes; 720–1080 px wide; degraded by blur, noise and JPEG re-compression. Every screen
records the text it shows in reading order and the normalised entities a reader should find.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.screen_truth import WEEKDAYS, ScreenTruth, Truth, screen_truth, write_truth_json

FONT_PATH = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
BOLD_FONT_PATH = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
SC_INDEX = 2  # Simplified Chinese face inside the Noto CJK collection
KINDS = ("chat", "sms", "call_log", "friend")
KIND_TO_EVIDENCE = {"chat": "chat", "sms": "sms", "call_log": "call_log", "friend": "chat"}

PLATFORMS = (
    "极速贷",
    "闪电借",
    "好易花",
    "金牛钱包",
    "快来分期",
    "融易贷",
    "小鹿白条",
    "及时雨借款",
)
SURNAMES = "王李张刘陈杨赵黄周吴"
FRIENDS = ("妈妈", "老张", "表姐", "同事小刘", "大学室友", "舅舅")
THREATS = (
    ("你再不还款，我们就把你的欠款信息发给你通讯录里的所有人", "爆通讯录"),
    ("今天不处理，明天就打电话给你父母和亲戚", "联系亲友"),
    ("我们已经联系你单位领导了，让大家都知道你是老赖", "联系单位"),
    ("我们的人明天上门找你，你自己看着办", "上门"),
    ("再不还我们就起诉你，法院传票直接寄到你家", "起诉"),
    ("把你的照片P成通缉令发到你朋友圈", "曝光照片"),
)


@dataclass(frozen=True)
class _Theme:
    background: tuple[int, int, int]
    bar: tuple[int, int, int]
    text: tuple[int, int, int]
    muted: tuple[int, int, int]
    left_bubble: tuple[int, int, int]
    right_bubble: tuple[int, int, int]
    right_text: tuple[int, int, int]
    separator: tuple[int, int, int]


LIGHT = _Theme(
    (237, 237, 237), (247, 247, 247), (25, 25, 25), (150, 150, 150),
    (255, 255, 255), (149, 236, 105), (25, 25, 25), (220, 220, 220),
)  # fmt: skip
DARK = _Theme(
    (17, 17, 17), (30, 30, 30), (220, 220, 220), (120, 120, 120),
    (44, 44, 44), (60, 165, 90), (15, 15, 15), (50, 50, 50),
)  # fmt: skip


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(BOLD_FONT_PATH if bold else FONT_PATH), size, index=SC_INDEX)


def _mobile(rng: random.Random) -> str:
    prefix = rng.choice(("138", "139", "150", "152", "170", "171", "177", "186", "188", "199"))
    return prefix + "".join(rng.choice("0123456789") for _ in range(8))


def _show_mobile(rng: random.Random, number: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 2:
        return f"+86 {number[:3]}-{number[3:7]}-{number[7:]}"
    return f"{number[:3]}-{number[3:7]}-{number[7:]}"


def _amount(rng: random.Random) -> tuple[str, float]:
    style = rng.randrange(5)
    if style == 0:
        value = rng.choice((1200, 2500, 3000, 5000, 8000, 12000))
        return f"¥{value:,}", float(value)
    if style == 1:
        value = rng.choice((1500, 2000, 3600, 4800, 6000))
        return f"{value}元", float(value)
    if style == 2:
        thousands = rng.choice((2, 3, 5, 8))
        return (
            f"{'零一二三四五六七八九'[thousands] if rng.random() < 0.3 else thousands}千元",
            float(thousands * 1000),
        )
    if style == 3:
        value = rng.choice(("1.2", "1.5", "2", "3.6"))
        return f"{value}万", float(value) * 10000
    value = rng.choice((("伍仟元", 5000), ("叁仟元", 3000), ("壹万贰仟元", 12000)))
    return value[0], float(value[1])


class _Canvas:
    """A screen being drawn top to bottom, recording its text in reading order."""

    def __init__(self, rng: random.Random, width: int, dark: bool) -> None:
        self.rng = rng
        self.width = width
        self.scale = width / 1080
        self.theme = DARK if dark else LIGHT
        self.height = int(width * rng.uniform(1.9, 2.1))
        self.image = Image.new("RGB", (width, self.height), self.theme.background)
        self.draw = ImageDraw.Draw(self.image)
        self.y = 0
        self.truth = Truth()
        self.body = _font(int(44 * self.scale))
        self.small = _font(int(36 * self.scale))
        self.title = _font(int(50 * self.scale), bold=True)

    def px(self, value: float) -> int:
        return int(value * self.scale)

    def fits(self, height: int) -> bool:
        return self.y + height < self.height - self.px(60)

    def status_bar(self, clock: str) -> None:
        self.draw.rectangle((0, 0, self.width, self.px(90)), fill=self.theme.bar)
        self.draw.text((self.px(40), self.px(20)), clock, font=self.small, fill=self.theme.text)
        # Battery glyph: a shape, not text.
        x = self.width - self.px(120)
        self.draw.rectangle((x, self.px(32), x + self.px(70), self.px(62)), outline=self.theme.text)
        self.truth.lines.append(clock)
        hour, minute = clock.split(":")
        self.truth.times.add(f"{int(hour):02d}:{minute}")
        self.y = self.px(90)

    def header(self, title: str) -> None:
        top = self.y
        self.draw.rectangle((0, top, self.width, top + self.px(130)), fill=self.theme.bar)
        self.draw.text((self.px(40), top + self.px(38)), "<", font=self.title, fill=self.theme.text)
        box = self.draw.textbbox((0, 0), title, font=self.title)
        x = (self.width - (box[2] - box[0])) // 2
        self.draw.text((x, top + self.px(36)), title, font=self.title, fill=self.theme.text)
        self.draw.line(
            (0, top + self.px(130), self.width, top + self.px(130)), fill=self.theme.separator
        )
        self.truth.lines.append(title)
        self.y = top + self.px(150)

    def centered(self, text: str) -> None:
        box = self.draw.textbbox((0, 0), text, font=self.small)
        x = (self.width - (box[2] - box[0])) // 2
        self.draw.text((x, self.y + self.px(20)), text, font=self.small, fill=self.theme.muted)
        self.truth.lines.append(text)
        self.y += self.px(90)

    def _wrap(self, text: str, font: ImageFont.FreeTypeFont, limit: int) -> list[str]:
        lines, current = [], ""
        for char in text:
            if self.draw.textlength(current + char, font=font) > limit and current:
                lines.append(current)
                current = char
            else:
                current += char
        return [*lines, current] if current else lines

    def merge(self, pending: Truth) -> None:
        """Record entities of an element only once it was actually drawn."""
        for name in ("phones", "dates", "times", "amounts", "platforms", "threats"):
            getattr(self.truth, name).update(getattr(pending, name))

    def bubble(self, text: str, right: bool, pending: Truth | None = None) -> bool:
        limit = int(self.width * 0.62)
        lines = self._wrap(text, self.body, limit)
        line_height = self.px(62)
        height = line_height * len(lines) + self.px(44)
        if not self.fits(height + self.px(40)):
            return False
        widest = max(int(self.draw.textlength(line, font=self.body)) for line in lines)
        avatar = self.px(100)
        top = self.y + self.px(20)
        if right:
            x1 = self.width - self.px(40) - avatar - self.px(24)
            x0 = x1 - widest - self.px(56)
            avatar_x = self.width - self.px(40) - avatar
            fill, color = self.theme.right_bubble, self.theme.right_text
        else:
            x0 = self.px(40) + avatar + self.px(24)
            x1 = x0 + widest + self.px(56)
            avatar_x = self.px(40)
            fill, color = self.theme.left_bubble, self.theme.text
        shade = self.rng.randrange(90, 200)
        avatar_color = (shade, self.rng.randrange(80, 200), self.rng.randrange(80, 220))
        self.draw.rounded_rectangle(
            (avatar_x, top, avatar_x + avatar, top + avatar), radius=self.px(12), fill=avatar_color
        )
        self.draw.rounded_rectangle((x0, top, x1, top + height), radius=self.px(14), fill=fill)
        for index, line in enumerate(lines):
            y = top + self.px(18) + index * line_height
            self.draw.text((x0 + self.px(28), y), line, font=self.body, fill=color)
        self.truth.lines.extend(lines)
        if pending is not None:
            self.merge(pending)
        self.y = top + max(height, avatar) + self.px(10)
        return True

    def row(self, left: str, right: str, below: str, pending: Truth) -> bool:
        height = self.px(170)
        if not self.fits(height):
            return False
        top = self.y
        self.draw.text((self.px(48), top + self.px(24)), left, font=self.body, fill=self.theme.text)
        box = self.draw.textbbox((0, 0), right, font=self.small)
        x = self.width - self.px(48) - (box[2] - box[0])
        self.draw.text((x, top + self.px(30)), right, font=self.small, fill=self.theme.muted)
        self.draw.text(
            (self.px(48), top + self.px(96)), below, font=self.small, fill=self.theme.muted
        )
        self.draw.line(
            (self.px(48), top + height, self.width, top + height), fill=self.theme.separator
        )
        self.truth.lines.extend([f"{left} {right}", below])
        self.merge(pending)
        self.y = top + height
        return True


def _message(rng: random.Random, truth: Truth, today: date, platform: str) -> str:
    """One collector message with entities, recording them in truth."""
    amount_text, amount = _amount(rng)
    truth.amounts.add(amount)
    truth.platforms.add(platform)
    number = _mobile(rng)
    threat, category = rng.choice(THREATS)
    due = today - timedelta(days=rng.randrange(3, 40))
    pick = rng.randrange(4)
    if pick < 3:  # the last template carries no threat
        truth.threats.add(category)
    if pick == 0:
        truth.dates.add(due.isoformat())
        written = f"{due.year}年{due.month}月{due.day}日"
        return f"你在{platform}的借款{amount_text}已于{written}逾期，{threat}。"
    if pick == 1:
        truth.phones.add(number)
        return f"{platform}提醒：欠款{amount_text}，速回电{_show_mobile(rng, number)}，{threat}！"
    if pick == 2:
        truth.dates.add(due.isoformat())
        return f"{platform}法务部：你的账单{amount_text}截至{due.isoformat()}未还，{threat}。"
    truth.phones.add(number)
    return f"我是{platform}催收专员，联系电话{number}，你欠的{amount_text}今天必须还清。"


def _chat(canvas: _Canvas, today: date, friend: bool) -> None:
    rng, truth = canvas.rng, canvas.truth
    platform = rng.choice(PLATFORMS)
    if friend:
        canvas.header(rng.choice(FRIENDS))
    else:
        collector = _mobile(rng)
        shown = _show_mobile(rng, collector)
        truth.phones.add(collector)
        canvas.header(shown)
    canvas.centered(f"{today.year}年{today.month}月{today.day}日 {_clock(rng, truth)[0]}")
    truth.dates.add(today.isoformat())
    if friend:
        canvas.bubble("有人一直给我发你的欠款信息，这是怎么回事？", right=False)
        canvas.bubble("对不起，是催收的人乱发的，不要理他们", right=True)
    while True:
        pending = Truth()
        text = _message(rng, pending, today, platform)
        if not canvas.bubble(text, right=False, pending=pending):
            break
        if rng.random() < 0.4:
            reply = rng.choice(("我会按时处理的", "请不要骚扰我的家人", "已经在协商还款了", "好的"))
            if not canvas.bubble(reply, right=True):
                break
        if rng.random() < 0.3 and canvas.fits(canvas.px(200)):
            canvas.centered(_clock(rng, truth)[0])


def _clock(rng: random.Random, truth: Truth) -> tuple[str, Truth]:
    """A clock as phones show it (no leading zero); truth gets it as HH:MM."""
    hour, minute = rng.randrange(8, 23), rng.randrange(60)
    truth.times.add(f"{hour:02d}:{minute:02d}")
    return f"{hour}:{minute:02d}", truth


def _list_date(rng: random.Random, truth: Truth, today: date) -> str:
    """A list column's date as phones show it: 昨天, 星期X, M/D or M月D日."""
    back = rng.randrange(0, 30)
    day = today - timedelta(days=back)
    if back == 0:
        return _clock(rng, truth)[0]
    if back == 1:
        return "昨天"
    if back < 7:
        return f"星期{WEEKDAYS[day.weekday()]}"
    truth.dates.add(day.isoformat())
    return f"{day.month}/{day.day}" if rng.random() < 0.5 else f"{day.month}月{day.day}日"


def _sms(canvas: _Canvas, today: date) -> None:
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
            sender = _mobile(rng)
            shown = _show_mobile(rng, sender)
        preview = _message(rng, Truth(), today, platform)[:14]
        pending.phones.add(sender)
        pending.platforms.add(platform)  # every preview starts within a few characters of it
        if not canvas.row(shown, _list_date(rng, pending, today), preview, pending):
            break


def _call_log(canvas: _Canvas, today: date) -> None:
    rng, truth = canvas.rng, canvas.truth
    canvas.header("通话记录")
    canvas.centered(f"{today.year}年{today.month}月{today.day}日")
    truth.dates.add(today.isoformat())
    cities = ("广东深圳", "湖南长沙", "四川成都", "河南郑州", "福建厦门")
    while True:
        pending = Truth()
        number = _mobile(rng)
        direction = rng.choice(("呼入", "未接", "呼出"))
        duration = (
            "响铃5声" if direction == "未接" else f"{rng.randrange(1, 9)}分{rng.randrange(60)}秒"
        )
        when = _list_date(rng, pending, today)
        if ":" not in when:
            when = f"{when} {_clock(rng, pending)[0]}"
        pending.phones.add(number)
        below = f"{rng.choice(cities)} {direction} {duration}"
        if not canvas.row(_show_mobile(rng, number), when, below, pending):
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
    canvas = _Canvas(rng, width, dark)
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
