"""Money amounts in OCR text: ¥ and 元 forms, 万/千 units, comma groups and Chinese numerals."""

from __future__ import annotations

import re

import cn2an

_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_MONEY_WORDS = r"(?:欠款|借款|还款|金额|本金|利息|罚息|逾期费|共计|合计|应还|欠|还)"
# ¥ is often read as Y, y or 羊; a comma-grouped number ("2,500") is money even when ¥ is lost.
_AMOUNT_SYMBOL = re.compile(
    r"(?<![A-Za-z])(?:[¥Yy羊]|RMB|人民币)\s*(\d[\d,]*(?:\.\d+)?)\s*(万|千|元)?"
)
_AMOUNT_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?)(?!\d|,\d)()")
_AMOUNT_UNIT = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(万元|万|千元|千|元|块钱|块)")
_AMOUNT_CN = re.compile(rf"([{_CN_NUMERAL}]{{1,12}})\s*(元|块|圆)")
_AMOUNT_CN_AFTER_WORD = re.compile(
    rf"{_MONEY_WORDS}\s*([{_CN_NUMERAL}]{{2,12}})(?![{_CN_NUMERAL}])"
)
_MULTIPLIER = {"万": 10000, "万元": 10000, "千": 1000, "千元": 1000}


def _number(raw: str) -> float | None:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _chinese_number(raw: str) -> float | None:
    raw = raw.strip("零〇")
    if not raw or raw in {"十", "百", "千", "万"}:
        return None
    try:
        return float(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError):
        return None
