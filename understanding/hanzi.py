"""Traditional characters read as simplified (pure): one normalisation for every rule that reads
words.

Collectors in Hong Kong, Taiwan or writing to dodge a filter use traditional characters
("速易貸", "法務部-陳專員", "聯繫你的緊急聯絡人"); every rule of understanding (roles, demands,
threats, the lender's name) is written in simplified ones. Rules read a name or a message through
`simplified`; the words quoted in a letter stay as the screen showed them. OpenCC's t2s table
(a pinned dependency) converts by phrase; a simplified text is left as it is. A few regional words
for the same thing read as the mainland word the rules use ("联络人" for 联系人).
"""

from __future__ import annotations

from functools import cache

import opencc

# Regional words (after t2s) for what the rules name in mainland words.
_REGIONAL = (("联络人", "联系人"),)


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Text in simplified characters (賬單詳情 → 账单详情, 聯絡人 → 联系人); simplified text is left
    as it is."""
    if not text or text.isascii():
        return text
    out = _to_simplified().convert(text)
    for regional, mainland in _REGIONAL:
        out = out.replace(regional, mainland)
    return out
