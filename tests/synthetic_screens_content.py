"""What the synthetic screens say, recorded in their truth as it is written: collectors'
messages with amounts, dates, numbers and threats; phone numbers, clocks and list dates as phones
show them (for tests/synthetic_screens.py)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.screen_truth import WEEKDAYS, Truth

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


def random_mobile(rng: random.Random) -> str:
    prefix = rng.choice(("138", "139", "150", "152", "170", "171", "177", "186", "188", "199"))
    return prefix + "".join(rng.choice("0123456789") for _ in range(8))


def shown_mobile(rng: random.Random, number: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 2:
        return f"+86 {number[:3]}-{number[3:7]}-{number[7:]}"
    return f"{number[:3]}-{number[3:7]}-{number[7:]}"


def random_amount(rng: random.Random) -> tuple[str, float]:
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


def collector_message(rng: random.Random, truth: Truth, today: date, platform: str) -> str:
    """One collector message with entities, recording them in truth."""
    amount_text, amount = random_amount(rng)
    truth.amounts.add(amount)
    truth.platforms.add(platform)
    number = random_mobile(rng)
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
        return f"{platform}提醒：欠款{amount_text}，速回电{shown_mobile(rng, number)}，{threat}！"
    if pick == 2:
        truth.dates.add(due.isoformat())
        return f"{platform}法务部：你的账单{amount_text}截至{due.isoformat()}未还，{threat}。"
    truth.phones.add(number)
    return f"我是{platform}催收专员，联系电话{number}，你欠的{amount_text}今天必须还清。"


def random_clock(rng: random.Random, truth: Truth) -> tuple[str, Truth]:
    """A clock as phones show it (no leading zero); truth gets it as HH:MM."""
    hour, minute = rng.randrange(8, 23), rng.randrange(60)
    truth.times.add(f"{hour:02d}:{minute:02d}")
    return f"{hour}:{minute:02d}", truth


def list_date_text(rng: random.Random, truth: Truth, today: date) -> str:
    """A list column's date as phones show it: 昨天, 星期X, M/D or M月D日."""
    back = rng.randrange(0, 30)
    day = today - timedelta(days=back)
    if back == 0:
        return random_clock(rng, truth)[0]
    if back == 1:
        return "昨天"
    if back < 7:
        return f"星期{WEEKDAYS[day.weekday()]}"
    truth.dates.add(day.isoformat())
    return f"{day.month}/{day.day}" if rng.random() < 0.5 else f"{day.month}月{day.day}日"
