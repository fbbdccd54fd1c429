"""A second screenshot generator: phone UIs written in HTML/CSS, rendered by headless chromium.

It shares nothing with the Pillow generator (tests/synthetic_screens.py) but the truth format
(tests/screen_truth.py): other fonts (DejaVu digits, Noto CJK), real text layout and wrapping,
iOS/MIUI/WeChat styles, blue and green sent bubbles with white text, emoji, icons drawn in CSS,
1080-px-wide captures at device scale, a long scrolling capture, a WeChat-forwarded JPEG and a
tilted photo of a screen.
File names follow the phones' own screenshot names, so the capture date can be read from them.

    screens = render_screens(out_dir, seed=5)   # -> list[ScreenTruth]
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS
from PIL import Image, ImageFilter

from tests.html_page import ANDROID_SMS, DARK, IOS_DARK, IOS_LIGHT, LIGHT, Page
from tests.screen_truth import WEEKDAYS, ScreenTruth, Truth, screen_truth, write_truth_json

KINDS = ("wechat", "sms", "call_log", "work_group", "long_chat", "forwarded", "photo")
KIND_TO_EVIDENCE = {
    "wechat": "chat",
    "sms": "sms",
    "call_log": "call_log",
    "work_group": "chat",
    "long_chat": "chat",
    "forwarded": "chat",
    "photo": "chat",
}
PLATFORMS = ("速融花", "天天借款", "云朵钱包", "安心分期", "飞鱼贷", "明月借条")
EMOJI = ("😡", "🙏", "👍", "⚠️")
THREATS = (
    ("不还钱就把你欠款的事发到你通讯录每一个人", "爆通讯录"),
    ("明天我们会打电话给你的家人和亲戚", "联系亲友"),
    ("已经给你公司领导发了催款函", "联系单位"),
    ("我们已经准备起诉，等着收法院传票", "起诉"),
    ("你的照片会被做成通缉令发朋友圈", "曝光照片"),
    ("上门拜访的同事已经出发了", "上门"),
)
NAMES = ("王经理", "李专员", "催收部-陈", "法务张律师", "客服小周")


# --- data -----------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _mobile(rng: random.Random) -> tuple[str, str]:
    number = rng.choice(("135", "136", "147", "158", "166", "173", "180", "189", "191")) + _digits(
        rng, 8
    )
    shown = rng.choice(
        (
            number,
            f"{number[:3]} {number[3:7]} {number[7:]}",
            f"+86 {number}",
            f"{number[:3]}-{number[3:7]}-{number[7:]}",
            f"{number[:4]} {number[4:7]} {number[7:]}",
        )
    )
    return number, shown


def _gateway(rng: random.Random) -> tuple[str, str]:
    number = rng.choice(("1065", "1069", "1068")) + _digits(rng, rng.randrange(7, 11))
    groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return number, rng.choice((number, " ".join(groups)))


def _service(rng: random.Random) -> tuple[str, str]:
    kind = rng.randrange(4)
    if kind == 0:
        number = "400" + _digits(rng, 7)
        return number, f"{number[:3]}-{number[3:6]}-{number[6:]}"
    if kind == 1:
        number = rng.choice(("95", "96")) + _digits(rng, 3)
        return number, number
    if kind == 2:
        number = rng.choice(("10086", "10010", "10000"))
        return number, number
    area = rng.choice(("021", "0755", "010", "0571"))
    local = rng.choice("2345678") + _digits(rng, 7)
    return area + local, f"{area}-{local[:4]} {local[4:]}"


def _amount(rng: random.Random) -> tuple[str, float]:
    value = rng.choice((1800, 2600, 3450, 5200, 8800, 12600))
    style = rng.randrange(6)
    shown = (
        f"¥{value:,}",
        f"￥{value}",
        f"{value}元",
        f"{value / 10000:g}万元",
        f"{value // 1000}千元" if value % 1000 == 0 else f"{value:,}.00元",
        f"人民币{value}元",
    )[style]
    if style == 3 and value % 100:
        shown = f"{value}元"
    return shown, float(value)


def _collector_message(rng: random.Random, truth: Truth, today: date, platform: str) -> str:
    amount_text, amount = _amount(rng)
    truth.amounts.add(amount)
    truth.platforms.add(platform)
    threat, category = rng.choice(THREATS)
    truth.threats.add(category)
    pick = rng.randrange(4)
    if pick == 0:
        due = today - timedelta(days=rng.randrange(5, 60))
        truth.dates.add(due.isoformat())
        return f"【{platform}】您的账单{amount_text}已于{due.month}月{due.day}日逾期，{threat}。"
    if pick == 1:
        number, shown = _mobile(rng)
        truth.phones.add(number)
        return f"{platform}提醒：欠款{amount_text}，马上回电{shown}，{threat}！"
    if pick == 2:
        number, shown = _service(rng)
        truth.phones.add(number)
        return f"【{platform}】逾期金额{amount_text}，请致电{shown}处理，{threat}。"
    number, shown = _gateway(rng)
    truth.phones.add(number)
    return f"{platform}催收通知：欠{amount_text}，回复短信至{shown}，{threat}。"


def _clock(rng: random.Random) -> tuple[str, str]:
    hour, minute = rng.randrange(7, 23), rng.randrange(60)
    return f"{hour}:{minute:02d}", f"{hour:02d}:{minute:02d}"


# --- HTML -----------------------------------------------------------------------------------

# --- screens --------------------------------------------------------------------------------


def _chat(rng: random.Random, page: Page, today: date, messages: int, group: bool) -> None:
    platform = rng.choice(PLATFORMS)
    if group:
        page.head(f"{platform}还款协商群({rng.randrange(3, 9)})")
    else:
        number, shown = _mobile(rng)
        page.truth.phones.add(number)
        page.head(rng.choice((shown, f"{platform}客服")))
        if "客服" in page.truth.lines[-1]:
            page.truth.phones.discard(number)
    shown_clock, clock = _clock(rng)
    page.stamp(f"{today.year}年{today.month}月{today.day}日 {shown_clock}")
    page.truth.dates.add(today.isoformat())
    page.truth.times.add(clock)
    for index in range(messages):
        nick = rng.choice(NAMES) if group else ""
        page.bubble(
            _collector_message(rng, page.truth, today, platform),
            me=False,
            nick=nick,
            emoji=rng.choice(EMOJI) if rng.random() < 0.3 else "",
        )
        if rng.random() < 0.5:
            page.bubble(
                rng.choice(
                    (
                        "我已经在筹钱了",
                        "请不要再骚扰我的家人",
                        "能否分期还款？",
                        "收到",
                        "我会联系平台协商",
                    )
                ),
                me=True,
            )
        if index and rng.random() < 0.25:
            shown_clock, clock = _clock(rng)
            page.stamp(shown_clock)
            page.truth.times.add(clock)
    page.input_bar()


def _sms(rng: random.Random, page: Page, today: date) -> None:
    number, shown = _gateway(rng) if rng.random() < 0.5 else _service(rng)
    page.truth.phones.add(number)
    page.head(shown)
    platform = rng.choice(PLATFORMS)
    for back in sorted(rng.sample(range(0, 6), 3), reverse=True):
        day = today - timedelta(days=back)
        shown_clock, clock = _clock(rng)
        if back == 0:
            stamp = f"今天 {shown_clock}"
        elif back == 1:
            stamp = f"昨天 {shown_clock}"
        else:
            stamp = f"星期{WEEKDAYS[day.weekday()]} {shown_clock}"
        page.stamp(stamp)
        page.truth.dates.add(day.isoformat())
        page.truth.times.add(clock)
        page.bubble(_collector_message(rng, page.truth, today, platform), me=False)
        if rng.random() < 0.6:
            page.bubble(rng.choice(("请停止骚扰", "我会按时还款", "这不是我的借款")), me=True)
    page.input_bar()


def _call_log(rng: random.Random, page: Page, today: date) -> None:
    page.head("通话记录")
    cities = ("广东深圳", "上海", "浙江杭州", "四川成都", "湖北武汉", "江苏南京")
    for _ in range(rng.randrange(8, 11)):
        number, shown = _mobile(rng) if rng.random() < 0.7 else _service(rng)
        page.truth.phones.add(number)
        back = rng.choice((0, 0, 1, 2, 3, 5, 9, 20))
        day = today - timedelta(days=back)
        shown_clock, clock = _clock(rng)
        page.truth.times.add(clock)
        if back == 0:
            when = shown_clock
        elif back == 1:
            when = f"昨天 {shown_clock}"
        elif back < 7:
            when = f"星期{WEEKDAYS[day.weekday()]}"
            page.truth.times.discard(clock)
        else:
            when = f"{day.month:02d}-{day.day:02d}"
            page.truth.times.discard(clock)
        if back:
            page.truth.dates.add(day.isoformat())
        missed = rng.random() < 0.4
        count = f"({rng.randrange(2, 6)})" if missed and rng.random() < 0.5 else ""
        sub = f"{rng.choice(cities)} {'未接来电' if missed else rng.choice(('呼入', '呼出'))}"
        page.row(f"{shown}{count}", sub, when, missed)
    page.tabs()


@dataclass(frozen=True)
class _Spec:
    kind: str
    dark: bool
    today: date
    moment: datetime


def _file_name(rng: random.Random, moment: datetime, index: int, kind: str) -> str:
    style = rng.randrange(4)
    stamp = moment.strftime("%Y%m%d")
    clock = moment.strftime("%H%M%S")
    name = (
        f"Screenshot_{stamp}-{clock}",
        f"IMG_{stamp}_{clock}",
        f"微信图片_{stamp}{clock}",
        moment.strftime("%Y-%m-%d %H.%M.%S"),
    )[style]
    return f"{index:03d}_{kind}_{name}.jpg" if style != 3 else f"{name} {index:03d}_{kind}.jpg"


def _build(rng: random.Random, spec: _Spec) -> Page:
    themes = {
        "wechat": (DARK, LIGHT),
        "work_group": (DARK, LIGHT),
        "long_chat": (DARK, LIGHT),
        "forwarded": (DARK, LIGHT),
        "photo": (DARK, LIGHT),
        "sms": (IOS_DARK, rng.choice((IOS_LIGHT, ANDROID_SMS))),
        "call_log": (IOS_DARK, rng.choice((IOS_LIGHT, ANDROID_SMS))),
    }
    theme = themes[spec.kind][0 if spec.dark else 1]
    page = Page(rng, theme, square=spec.kind not in ("sms", "call_log"))
    shown_clock, clock = _clock(rng)
    page.status(shown_clock)
    page.truth.times.add(clock)
    if spec.kind == "sms":
        _sms(rng, page, spec.today)
    elif spec.kind == "call_log":
        _call_log(rng, page, spec.today)
    else:
        messages = {"long_chat": 14}.get(spec.kind, rng.randrange(3, 5))
        _chat(rng, page, spec.today, messages, group=spec.kind == "work_group")
    return page


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _photo_of_screen(rng: random.Random, image: Image.Image) -> Image.Image:
    """The screen inside a dark bezel, slightly turned, a little soft and unevenly lit."""
    border = image.width // 12
    framed = Image.new("RGB", (image.width + 2 * border, image.height + 2 * border), (18, 18, 20))
    framed.paste(image, (border, border))
    turned = framed.rotate(
        rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True, fillcolor=(70, 62, 55)
    )
    turned = turned.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    shade = Image.linear_gradient("L").resize(turned.size).point(lambda v: 200 + v // 5)
    return Image.composite(turned, Image.new("RGB", turned.size, (0, 0, 0)), shade)


def render_screens(out_dir: Path, seed: int = 5, n: int | None = None) -> list[ScreenTruth]:
    """Render the set (two of every kind, light and dark) into out_dir with truth.json."""
    from playwright.sync_api import sync_playwright

    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    specs = []
    for index in range(n or 2 * len(KINDS)):
        kind = KINDS[index % len(KINDS)]
        today = date(2025, 3, 1) + timedelta(days=rng.randrange(0, 200))
        moment = datetime(
            today.year,
            today.month,
            today.day,
            rng.randrange(8, 23),
            rng.randrange(60),
            rng.randrange(60),
        )
        specs.append(_Spec(kind, (index // len(KINDS)) % 2 == 1, today, moment))
    screens = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for index, spec in enumerate(specs):
                page_rng = random.Random(seed * 1000 + index)
                page = _build(page_rng, spec)
                scale = page_rng.choice((2.75, 3.0)) if spec.kind != "forwarded" else 3.0
                tab = browser.new_page(
                    viewport={"width": 393, "height": 852}, device_scale_factor=scale
                )
                tab.set_content(page.html(), wait_until="load")
                png = tab.screenshot(full_page=True, type="png")
                tab.close()
                image = Image.open(io.BytesIO(png)).convert("RGB")
                if spec.kind == "forwarded":  # WeChat shrinks and recompresses forwarded pictures
                    image = image.resize(
                        (720, round(image.height * 720 / image.width)), Image.BILINEAR
                    )
                    data = _jpeg(image, page_rng.randrange(35, 55))
                elif spec.kind == "photo":
                    data = _jpeg(_photo_of_screen(page_rng, image), 80)
                else:
                    data = _jpeg(image, page_rng.randrange(80, 95))
                path = out_dir / _file_name(page_rng, spec.moment, index, spec.kind)
                path.write_bytes(data)
                screens.append(
                    screen_truth(
                        page.truth,
                        path=path,
                        kind=spec.kind,
                        evidence_kind=KIND_TO_EVIDENCE[spec.kind],
                        dark=spec.dark,
                        width=image.width,
                        extra={"today": spec.today.isoformat(), "height": image.height},
                    )
                )
        finally:
            browser.close()
    write_truth_json(out_dir, screens)
    return screens
