"""The insult / defamation issue from its elements: who said it, of whom, and the words.

Not from a list of subjects ("他们|对方|…") nor from a bare word: «那个人一直叫我老赖» raises it,
«他们倒没骂我老赖» does not, and a collector's «我们不是骗子» is no insult of anyone.
"""

from __future__ import annotations

import pytest

from casefile.model import Case, EvidenceItem, Harassment
from law.conduct import Said
from law.elements import insult_of, repeated_insults
from law.issues import find_issues


def told(account: str) -> Case:
    return Case(harassment=Harassment(account=account, started_on="2025-08-01"))


def sms(*texts: str) -> Case:
    items = tuple(
        EvidenceItem(id=f"E{i}", kind="sms", text=text, captured_on="2025-08-04")
        for i, text in enumerate(texts, 1)
    )
    return Case(evidence=items, harassment=Harassment(started_on="2025-08-01"))


def defamation(case: Case):
    return next((issue for issue in find_issues(case) if issue.id == "defamation"), None)


ACCOUNT_RAISES = [
    "那个人一直叫我老赖",  # the issue's own sentence: the actor is no listed pronoun
    "他们一直叫我老赖。",
    "有个自称律师的男的天天骂人。",
    "催收员在电话里骂我是骗子。",
    "我被他们骂成老赖。",  # passive: they did it
    "他们给我同事发消息说我是骗子。",  # of me, to my contacts
    "对方在群里造谣。",
    "一个陌生号码称我为人渣。",
]
ACCOUNT_DOES_NOT = [
    "他们倒没骂我老赖。",  # the account says it did not happen
    "对方没有骂我，只是一直打电话。",
    "他们从来没有骂过我。",
    "他们叫我赶紧还钱。",  # 叫我 without an insulting word
    "我骂了他们一顿。",  # the borrower did it
    "我说他们是骗子。",
    "我跟他们说我不是老赖。",
]
MESSAGE_RAISES = [
    "你就是骗子。",  # to the borrower
    "你就是个老赖。",
    "老赖，还钱！",  # the word as the form of address
    "张某是个人渣，大家别借钱给他。",  # to the borrower's contacts
    "各位亲友，此人是老赖，欠钱不还。",
]
MESSAGE_DOES_NOT = [
    "我们不是骗子，是正规平台。",  # the collectors of themselves
    "别以为我们是骗子。",
    "谨防骗子冒充我司客服。",  # a warning names nobody
    "你们才是骗子，我已经还过了。",  # the borrower's retort inside an unparsed message
    "你不是老赖，请按时还款即可。",
]


@pytest.mark.parametrize("text", ACCOUNT_RAISES)
def test_the_account_raises_it_when_someone_else_insulted_the_borrower(text: str) -> None:
    assert insult_of(Said(text, "您的讲述", "account"))
    issue = defamation(told(text))
    assert issue is not None
    assert "您的讲述" in issue.why


@pytest.mark.parametrize("text", ACCOUNT_DOES_NOT)
def test_the_account_does_not_raise_it_for_a_denial_or_the_borrowers_own_words(text: str) -> None:
    assert not insult_of(Said(text, "您的讲述", "account"))
    assert defamation(told(text)) is None


@pytest.mark.parametrize("text", MESSAGE_RAISES)
def test_a_collectors_message_naming_someone_with_the_word_raises_it(text: str) -> None:
    assert insult_of(Said(text, "证据E1", "message"))
    issue = defamation(sms(text))
    assert issue is not None
    assert "证据E1" in issue.why


@pytest.mark.parametrize("text", MESSAGE_DOES_NOT)
def test_a_collectors_message_naming_nobody_does_not(text: str) -> None:
    assert not insult_of(Said(text, "证据E1", "message"))
    assert defamation(sms(text)) is None


def test_the_same_words_are_the_borrowers_own_in_the_account_but_an_insult_in_a_message() -> None:
    # The speaker decides: a sentence about being called 老赖 needs a verb of naming in an
    # account, a collector's message needs only the word said of someone.
    assert insult_of(Said("老赖，还钱！", "证据E1", "message")) == "老赖"
    assert not insult_of(Said("我不是老赖。", "您的讲述", "account"))


def test_two_insulting_messages_are_repeated_but_a_denial_does_not_count() -> None:
    hits = [
        Said("你就是个老赖。", "证据E1", "message"),
        Said("我们不是骗子。", "证据E2", "message"),
    ]
    assert repeated_insults(Case(), hits) == ""
    hits.append(Said("骗子，还不还钱？", "证据E3", "message"))
    assert repeated_insults(Case(), hits) == "催收方发送了2条侮辱性信息"


def test_sent_to_the_contacts_it_is_public_and_cites_the_honour_articles() -> None:
    issue = defamation(sms("各位亲友，此人是老赖，欠钱不还。"))
    labels = [s.label for s in issue.statutes]
    assert "《民法典》第一千零二十四条" in labels
