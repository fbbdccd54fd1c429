"""Whose phone a chat was captured on, guessed from its words: the borrower's, or a forwarded one.

A relative's, colleague's or friend's screenshot shows the counterpart writing to the phone's owner
about the borrower in the third person, with what the borrower is to them and the debt in the same
clause («您女儿韦丽在平台借款逾期不还», «请问是孙浩的同事李娜吗？»), or the owner's own words
speaking of the borrower so («我儿子欠你们多少», «我跟他只是同事»). A collector threatening the
borrower about their family («我们会联系你女儿») is the borrower's own phone. The guess is
conservative: one kind of relation only, else none; the user's own word at upload always wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.screens.records import Message

# What the borrower is to the phone's owner, by corrections.OWNERS value. A lone 妈/爸 is left
# out: «你妈…» is as often an insult to the borrower as a word to their mother.
_RELATIONS = {
    "relative": (
        "儿子|女儿|闺女|孩子|老公|老婆|丈夫|妻子|爱人|媳妇|儿媳|女婿|父亲|母亲|爸爸|妈妈|老爸|老妈"
        "|哥哥|弟弟|姐姐|妹妹|侄子|侄女|外甥女?|孙子|孙女|外孙女?|表哥|表姐|表弟|表妹|堂哥|堂弟"
        "|堂姐|堂妹|舅舅|叔叔|姑姑|小姨|家属|亲属|亲戚|家人|囝|后生|阿仔"
    ),
    "colleague": "同事|员工|下属|职工|手下|部下",
    "friend": "朋友|好友|同学|室友|闺蜜|发小",
}
_ANY_RELATION = "|".join(_RELATIONS.values())
# The debt in the same clause, the borrower its subject; "借给…" is someone lending.
_DEBT = r"(?:欠|借(?!给|我)|逾期|拖欠|不还|没还|未还|无还|唔还|冇还|贷款|网贷)"
# "You" in the dialects (恁, 侬, 汝, 你哋) as well as 你/您.
_YOU = r"(?:你哋|你|您|恁|侬|汝)"
# A parent or elder greeted by a family word at the clause's head («阿姆，…», «妈，…»).
_ELDER = r"(?:阿姆|阿母|阿妈|阿嬷|阿爸|阿爹|阿伯|阿叔|老爷子|妈|爸)"
# A name between the relation and the debt («你女儿杨敏借了»): no pronoun, no punctuation.
_NAME = r"[^\s，。！？,.!?；;：:我你您恁侬汝他她们的]{0,4}"
_PLACE = r"(?:在[^\s，。！？,.!?；;]{0,10})?"
# Verbs whose object the family member would be («联系你女儿», «打给你妈»): then it is a threat.
_OBJECT_VERBS = "系诉知给找问叫让去到和跟把扰骚打通告"

# The counterpart to the owner: «你儿子欠…», «您女儿韦丽在…借款逾期».
_YOUR_RELATION_OWES = re.compile(
    rf"(?<![{_OBJECT_VERBS}]){_YOU}(?:的|家)?({_ANY_RELATION}){_NAME}{_PLACE}{_DEBT}"
)
# «阿姆，林志强欠钱无还»: an elder greeted by a family word, then someone else's name and the
# debt in the same clause: the elder's phone, the named one the borrower. After "your" the
# relation word may be one OCR misread («恁国» for «恁囝»): any one character there.
_ELDER_GREETED = re.compile(
    rf"(?:^|[。！？!?\s])({_ELDER})[，,、]\s*(?:{_YOU}(?:的|家)?(?:{_ANY_RELATION}|\S)?)?"
    rf"[^\s，。！？,.!?；;：:我你您恁侬汝他她们的]{{2,4}}{_PLACE}{_DEBT}"
)
# «你是李娜的妈妈吧», «请问是孙浩的同事李娜吗», «您是韦丽的家属吗».
_ARE_YOU_RELATION = re.compile(
    rf"(?:你|您|请问)(?:就|好)?是[^\s，。！？,.!?；;我你您他她们]{{1,6}}?的({_ANY_RELATION})"
    rf"[^\s，。！？,.!?；;]{{0,4}}(?:吗|吧|么|嘛|？|\?)"
)
# The owner's own words: «我儿子欠你们多少», «我同事借的钱», «我跟他只是同事».
_MY_RELATION_OWES = re.compile(
    rf"(?<![{_OBJECT_VERBS}])我(?:的|家)?({_ANY_RELATION}){_NAME}{_PLACE}{_DEBT}"
)
_ONLY_RELATION = re.compile(
    rf"我(?:跟|和|与)(?:他|她)(?:只是|就是|不过是|是|只)?(?:普通|一般)?的?({_ANY_RELATION})"
)


def _relation_kind(word: str) -> str:
    for kind, words in _RELATIONS.items():
        if re.fullmatch(words, word):
            return kind
    return ""


def _found(patterns: Iterable[re.Pattern[str]], text: str) -> list[str]:
    return [_relation_kind(m.group(1)) for p in patterns for m in p.finditer(text)]


def guess_owner(messages: Iterable[Message], kind: str) -> str:
    """relative, colleague or friend when a 1:1 chat's words say a forwarded phone, else ""."""
    if kind not in ("chat_1to1", "sms_thread"):
        return ""  # a group speaks to many people; lists and logs say nothing of the owner
    kinds: list[str] = []
    for message in messages:
        if message.side == "in":
            kinds += _found((_YOUR_RELATION_OWES, _ARE_YOU_RELATION), message.text)
            kinds += ["relative" for _m in _ELDER_GREETED.finditer(message.text)]
        elif message.side == "out":
            kinds += _found((_MY_RELATION_OWES, _ONLY_RELATION), message.text)
    found = {k for k in kinds if k}
    return found.pop() if len(found) == 1 else ""


__all__ = ["guess_owner"]
