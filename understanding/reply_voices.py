"""Voices that answer a collector, read from a message's words (pure).

The borrower asking for time or saying they cannot pay, and a contact pestered about someone
else's debt (only a friend, not my debt, stop writing, who are you): neither is ever a
collector's message, whatever side the parser gave its bubble. understanding.screen_words and
understanding.screen_events read messages with these.
"""

from __future__ import annotations

import re

from understanding.demands import DEBT, is_demand, plain_words

# The borrower's own voice: asking for time or saying they cannot pay ("能不能宽限几天",
# "我现在确实没钱", "下个月发工资一定还"). Nobody collecting a debt writes that.
PLEA = re.compile(
    # ("申请延期" is a service menu's option, "回复2申请延期": its 请 asks nothing.)
    r"(?:能不能|能否|可不可以|可否|求求你们?|(?<!申)请)(?:你们)?再?(?:宽限|缓|延期|分期|少还|通融)"
    r"|我(?:这个月|现在|实在|真的|暂时|确实|手上|手头)*(?:没钱|还不上|还不起|没有钱)"
    r"|我(?:真的|这个月|下个月)?(?:一定|肯定|尽快|会)还"
    # A promise with its day between ("我下周一凑齐就还"); never "我们", the collecting side's
    # voice, and never 还 as "still" (还有, 还在, 还是, 还要).
    r"|我(?!们)[^，。！？,!?你]{0,6}(?:就|会|再|先)还(?![有是在要])"
    r"|工资还?没发"
    # A promise opening its clause with the day, its 我 left out ("月底一定还", "下周五前保证还"):
    # a collector sets the day with 必须 or 前还上, never promises it.
    r"|(?:^|[，。！？,!?；;])(?:这个?|下个?)?(?:月底|月初|周末|下?周[一二三四五六日天末]?|明天|后天"
    r"|\d{1,2}号)(?:之?前)?(?:一定|肯定|保证)还(?![有是在要])"
    # Challenging who they are ("你们是正规律所吗？", "你们到底是谁"): the one being collected.
    r"|你们(?:是谁|是哪|是不是|是正规|到底是)"
)


# The borrower's excuse thrown back as theirs alone ("工资没发是你的事", "关我什么事"): the
# collector's voice, whatever excuse it repeats.
_RETORT = re.compile(
    r"(?:是|系)(?:你|您|恁|侬|你们|你自己)(?:的|嘅|个)?(?:事|问题)|关我们?(?:什么|啥|屁|咩)事"
)


def is_debtors_plea(text: str) -> bool:
    """A message in the borrower's voice (asking for time, unable to pay): never a collector's,
    whatever side the parser gave its bubble."""
    flat = re.sub(r"\s+", "", plain_words(text))
    return bool(PLEA.search(flat)) and not is_demand(flat) and not _RETORT.search(flat)


# A contact's own voice, pestered about someone else's debt: saying the borrower is only an
# acquaintance ("我跟他只是普通朋友", "我不认识她"), that the debt is none of theirs
# ("他欠的钱跟我没关系") or asking the sender to stop ("别再给我发了", "不要再打给我").
# A collector asks the other side to act, never to be left alone.
_RELATION_ONLY = "朋友|同事|同学|邻居|室友|网友|老乡|熟人|认识"
_CONTACTS_REFUSAL = re.compile(
    rf"我(?:跟|和|与)(?:他|她)(?:只是|就是|不过是|只|也就是)(?:个|一般|普通|的)*(?:{_RELATION_ONLY})"
    r"|我(?:根本|真的|压根)?(?:不认识|不熟)(?:他|她|这个人)"
    r"|(?:他|她)(?:欠|借)的?钱?(?:跟|和|与)我(?:没|无|有什么)(?:关系|关)"
    # The clause ends there: "别再给我打马虎眼" is a collector's scolding.
    r"|(?:别|不要)再(?:给我|跟我|找我|联系我|骚扰我|打给我)(?:发|打)?(?:消息|短信|电话)?了?"
    r"(?![\u4e00-\u9fff])"
    r"|(?:别|不要)再(?:发|打)(?:了|来了)(?![\u4e00-\u9fff])"
)


# A contact speaking of the stranger who writes: asking who they are ("你是哪个？", "这人谁拉
# 进来的？"), telling the borrower the number keeps writing ("这个号码一直发", "这人天天发"), or
# sending the stranger back to the borrower ("你找他去"). A collector never calls himself 这人.
_ABOUT_THE_STRANGER = re.compile(
    r"你(?:是|系)(?:哪个|哪位|谁|边个)[？?]"
    r"|(?:这|那)个?(?:人|号码|号)(?:是)?(?:谁|哪个|什么人)"
    r"|(?:这|那)是(?:什么|啥)人"
    r"|(?:这|那)个?(?:人|号码|号)(?:一直|天天|老是|总是|成天)(?:在)?(?:发|打)"
    r"|(?:一直|天天|老是|总是)(?:发|打)(?:短信|消息|电话)?给我"
    r"|你(?:自己)?找(?:他|她)去"
)


def is_contacts_refusal(text: str) -> bool:
    """A message in the voice of a contact pestered about the borrower (only a friend, not my
    debt, stop writing to me, who are you): never a collector's, whatever side the parser gave
    its bubble."""
    flat = re.sub(r"\s+", "", plain_words(text))
    voiced = _CONTACTS_REFUSAL.search(flat) or _ABOUT_THE_STRANGER.search(flat)
    return bool(voiced) and not (is_demand(flat) and DEBT.search(flat))
