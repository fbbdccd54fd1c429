"""A bill page read from its text (pure): the loan app's own page of the loan's figures.

Its title sits on top ("账单详情", "賬單詳情"); each row is a label and a sum, the sum on the
label's line or the line below. Traditional characters read as simplified. The parser may take
such a page for a chat titled "账单详情": the title says it is a page, never a person.

A bill card is the same rows set in a box among other things (a lender's card pinned above an
SMS inbox, a card in a service account's chat), under whatever title: a run of label-and-value
rows with two of the bill's labels or more is the lender's own account of the loan.
"""

from __future__ import annotations

import re

from understanding.hanzi import simplified

# A bill page's title: a line of its own at the top, maybe behind a back button ("<賬單詳情");
# a message that merely mentions one ("点击查看账单详情") is no title.
_BILL_TITLE = re.compile(
    r"[<＜‹〈←く]?(?:账单详情|借款详情|账单明细|借款信息|还款详情|订单详情|借据详情)"
)
_TITLE_LINES = 3
# A bill page's labels, longest first ("应还总额" before "应还"); a label followed by a date
# word ("应还日期 2026-10-01") names a day, never a sum.
_BILL_LABELS = (
    ("借款金额", "amount"), ("借款本金", "amount"), ("贷款金额", "amount"), ("合同金额", "amount"),
    ("实际到账", "received"), ("到账金额", "received"), ("放款金额", "received"),
    ("到账", "received"),
    ("服务费", "fees"), ("手续费", "fees"), ("砍头费", "fees"), ("审核费", "fees"),
    ("应还总额", "demanded"), ("应还金额", "demanded"), ("待还总额", "demanded"),
    ("待还金额", "demanded"), ("当前应还", "demanded"), ("本期应还", "demanded"),
    ("应还", "demanded"), ("待还", "demanded"),
)  # fmt: skip
_DATE_WORD = re.compile(r"^(?:日期|日|时间|天数)")
_PLAIN_SUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
# One row of a card: a short label and its value, a sum ("8,000.00元", "¥800") or a day
# ("2026-09-28"), on one line.
_CARD_ROW = re.compile(
    r"^(?P<label>[\u4e00-\u9fff（）()]{2,10})[:：]?"
    r"(?P<value>[¥￥]?\d[\d,]*(?:\.\d+)?元?|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)$"
)
_CARD_DAY = re.compile(r"^\d{4}[-/.年]")
_CARD_ROWS = 3
_CARD_FIELDS = 2


def is_bill_page(text: str) -> bool:
    """Whether a screenshot's text is a bill page: a bill title among its top lines."""
    lines = [re.sub(r"\s+", "", line) for line in simplified(text).splitlines()]
    lines = [line for line in lines if line]
    return any(_BILL_TITLE.fullmatch(line) for line in lines[: _TITLE_LINES + 1])


def bill_fields_of_text(text: str) -> dict:
    """Amount, received, fees and demanded of a bill page read from its lines (a value may sit
    on the line below its label); {} when the text is no bill page (no bill title on top)."""
    if not is_bill_page(text):
        return {}
    lines = [re.sub(r"\s+", "", line) for line in simplified(text).splitlines()]
    lines = [line for line in lines if line]
    fields: dict = {}
    for index, line in enumerate(lines):
        found = next(((lb, k) for lb, k in _BILL_LABELS if line.startswith(lb)), None)
        if found is None or found[1] in fields:
            continue
        rest = line[len(found[0]) :].lstrip(":：¥￥")
        if _DATE_WORD.match(rest):
            continue
        if not rest and index + 1 < len(lines):
            rest = lines[index + 1].lstrip("¥￥")  # the value on the line below its label
        if number := _PLAIN_SUM.match(rest):
            fields[found[1]] = float(number.group(0).replace(",", ""))
    return fields


def bill_card_fields(text: str) -> dict:
    """Amount, received, fees and demanded of a bill card set among other things: the first
    run of label-and-value rows with at least two of the bill's labels; {} when none."""
    lines = [re.sub(r"\s+", "", line) for line in simplified(text).splitlines()]
    run: list[re.Match] = []
    for line in [*lines, ""]:
        if row := _CARD_ROW.match(line):
            run.append(row)
            continue
        fields = _card_fields(run) if len(run) >= _CARD_ROWS else {}
        if len(fields) >= _CARD_FIELDS:
            return fields
        run = []
    return {}


def _card_fields(rows: list[re.Match]) -> dict:
    """The bill's fields among a card's rows: a row whose label holds a bill label ("平台服务费"
    holds "服务费") and whose value is a sum; a day's row names no sum."""
    fields: dict = {}
    for row in rows:
        label, value = row.group("label"), row.group("value")
        found = next(((lb, k) for lb, k in _BILL_LABELS if lb in label), None)
        if found is None or found[1] in fields or _CARD_DAY.match(value):
            continue
        if _DATE_WORD.match(label.split(found[0], 1)[1]):
            continue  # "应还日期 …" names a day
        if number := _PLAIN_SUM.match(value.lstrip("¥￥")):
            fields[found[1]] = float(number.group(0).replace(",", ""))
    return fields
