"""Why an issue was found, as parts a page can show in either language. Pure functions.

law.issues writes each reason in Chinese ("您确认有12位亲友被联系；证据E2（催收方）：“…”"). The
English UI names the same facts in English: each known reason shape becomes a UI-string key with
its values (the case's own words stay as written, in quotes); a reason of an unknown shape is kept
as it is rather than guessed at.
"""

from __future__ import annotations

import re

# (UI-string key under draft.why., the reason's shape); values are the named groups.
_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("contacts", re.compile(r"^您确认有(?P<n>\d+)位亲友被联系$")),
    ("many", re.compile(r"^催收方共联系(?P<n>\d+)次（电话和消息）$")),
    (
        "night_calls",
        re.compile(
            r"^催收方号码在夜间联系(?P<n>\d+)次（如证据(?P<exhibit>[^：]+)：(?P<when>.*)来电）$"
        ),
    ),
    (
        "night_messages",
        re.compile(r"^催收方在夜间联系(?P<n>\d+)次（如(?P<where>.+)：(?P<when>[^：]*)的消息）$"),
    ),
    ("deducted", re.compile(r"^借款时被预先扣除(?P<amount>[\d.]+)元$")),
    (
        "rate",
        re.compile(
            r"^约定年利率(?P<rate>[\d.]+)%，高于借款时一年期贷款市场报价利率的四倍（(?P<limit>[\d.]+)%）$"
        ),
    ),
    ("deletion_undated", re.compile(r"^已请求删除（日期不详），结果：(?P<result>.*)$")),
    ("deletion", re.compile(r"^已请求删除（(?P<on>[^）]*)），结果：(?P<result>.*)$")),
    ("with", re.compile(r"^并且(?P<titles>.+)$")),
    ("said", re.compile(r"^(?P<where>[^：“]+)：“(?P<words>.*)”$", re.S)),
)
# Where a sentence was found (law.conduct's labels) -> the key of its English name.
_WHERE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("collector_named", re.compile(r"^证据(?P<exhibit>\w+)（催收方 (?P<sender>[^）]+)）$")),
    ("collector", re.compile(r"^证据(?P<exhibit>\w+)（催收方）$")),
    ("unknown_sender", re.compile(r"^证据(?P<exhibit>\w+)（发送方未识别）$")),
    ("quote", re.compile(r"^证据(?P<exhibit>\w+)原话$")),
    ("quote_plain", re.compile(r"^对方原话$")),
    ("account", re.compile(r"^您的讲述$")),
    ("summary", re.compile(r"^补充说明$")),
    ("exhibit", re.compile(r"^证据(?P<exhibit>\w+)$")),
)

Part = tuple[str, dict[str, str]]


def why_parts(why: str, titles_en: dict[str, str] | None = None) -> list[Part]:
    """Each reason of `why` as (UI-string key, values); ("", {"text": reason}) when unknown.

    `titles_en` maps issue titles to their English ones (for "并且<another issue>").
    """
    return [_part(reason, titles_en or {}) for reason in _reasons(why)]


def _reasons(why: str) -> list[str]:
    # Split on the reasons' "；", never inside a quoted sentence (which may contain one).
    out, depth, start = [], 0, 0
    for index, char in enumerate(why):
        depth += {"“": 1, "”": -1}.get(char, 0)
        if char == "；" and depth <= 0:
            out.append(why[start:index])
            start = index + 1
    out.append(why[start:])
    return [r.strip() for r in out if r.strip()]


def _part(reason: str, titles_en: dict[str, str]) -> Part:
    for name, shape in _SHAPES:
        match = shape.match(reason)
        if match is None:
            continue
        values = {k: v for k, v in match.groupdict().items() if v is not None}
        if name == "with":
            titles = values["titles"].split("、")
            if not all(t in titles_en for t in titles):
                break
            return "draft.why.with", {"titles": ", ".join(titles_en[t] for t in titles)}
        if "where" in values:
            where = _where(values.pop("where"))
            if where is None:
                break
            values |= {"where_key": where[0], **where[1]}
        return f"draft.why.{name}", values
    return "", {"text": reason}


def _where(text: str) -> tuple[str, dict[str, str]] | None:
    for name, shape in _WHERE:
        match = shape.match(text)
        if match:
            return f"draft.why.where.{name}", match.groupdict()
    return None
