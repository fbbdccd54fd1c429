"""Who a group chat's members are by what they post (pure), beyond the names they typed.

A group member who renames himself mid-conversation is one person under two names: the chat
shows the change as a system line ("晓峰表哥修改群昵称为邯郸调解中心-刘", WeChat's
"“A”修改群昵称为“B”"): the posts under the old name and the new are one person's speech, so who
that person is (a relative, a collector) is judged on all of it, under either name. Each name
keeps its own row and messages.

A member speaking to the group of the borrower in the third person ("他欠了六千", "把他的照片发
到…") speaks about them, not to them, as a relative writing to the borrower does ("你赶紧还吧");
a relative speaks of the creditor as others ("人家说就上门"). A card of a person's particulars
(an ID number, a contact list) posted to the group is no one's speech, and a member suspecting
a stranger of fraud ("怕不是骗子") insults no debtor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.screens.records import ScreenRecord
from understanding.events import Seen

_QUOTE = "\"'“”‘’「」『』"
_RENAMED = re.compile(
    rf"^[{_QUOTE}]?(?P<old>[^{_QUOTE}]+?)[{_QUOTE}]?\s*(?:修改|更改|将)了?(?:群昵称|群名片|昵称)"
    rf"(?:修改|更改|改)?为\s*[{_QUOTE}]?(?P<new>[^{_QUOTE}]+?)[{_QUOTE}]?$"
)


def renames(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(old name, new name) of each rename system line among `lines`."""
    found = []
    for line in lines:
        match = _RENAMED.match(line.strip())
        if match:
            found.append((match["old"].strip(), match["new"].strip()))
    return found


def share_renamed(record: ScreenRecord, seen: dict[str, Seen]) -> None:
    """Give each renamed member's two names the words posted under both (their context)."""
    if record.kind != "group_chat":
        return
    lines = [*(m.text for m in record.messages if not m.sender), *record.chrome]
    for old, new in renames(lines):
        if old in seen and new in seen and old != new:
            before, after = list(seen[old].context), list(seen[new].context)
            seen[old].context.extend(after)
            seen[new].context.extend(before)


# The borrower spoken of in the third person ("他欠了六千", "把他的照片发到…"), not "他们".
_HIM_OR_HER = re.compile(r"[他她](?!们)")
_CREDITOR_AS_OTHERS = re.compile(r"人家|对方|那边|他们|催收的?人")


def about_the_borrower(speech: str, borrower: str = "") -> bool:
    """Whether a member's speech names the borrower in the third person (a pronoun or their
    name) and speaks of no creditor as someone else."""
    about = bool(_HIM_OR_HER.search(speech)) or (len(borrower) >= 2 and borrower in speech)
    return about and not _CREDITOR_AS_OTHERS.search(speech)


# A person's particulars as a card lists them: an ID number, a contact list, masked phones.
_PARTICULAR = re.compile(r"身份证号?\s*\d|1[3-9]\d\*{3,4}\d{4}|通讯录共?\s*\d+\s*人")
_SPEECH = re.compile(r"[你我他她您]|[，。！？,!?]")


def particulars_only(lines: list[str]) -> bool:
    """Whether a sender's every line is a card's particulars, and there are some."""
    said = [line for line in lines if line.strip()]
    return bool(said) and all(_PARTICULAR.search(s) and not _SPEECH.search(s) for s in said)


_DOUBTED_FRAUD = re.compile(r"(?:怕不是|是不是|可能是|估计是|八成是|别是|怕是|应该是)个?骗子")


def without_doubted_fraud(text: str) -> str:
    """The text less a suspicion that someone is a fraud ("怕不是骗子"): no insult of a debtor."""
    return _DOUBTED_FRAUD.sub("", text)
