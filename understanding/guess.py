"""A first guess at a sender's role (pure): collector, platform, contact, authority or unknown.

Collectors demand the debt, threaten, name the lender or are tagged by the phone; the
borrower's own people are saved names, chat titles like "妈妈" or "王经理", and whoever's phone a
forwarded screenshot was taken on, unless the name says its owner's trade is collecting
("清收部-周经理"). A service number or an SMS gateway is the platform's unless the case says it
collects (understanding.service_numbers). Whether a message demands is understanding.demands.
Only a sender's own voice counts: a contact retelling what collectors said or did is not
collecting. Anyone posing as the police, a court or a lawyer who asks for the money collects
(they never collect a private loan). The user's stored role always wins over the guess
(understanding.roles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.entities import KNOWN_PLATFORMS, threats_in
from evidence.screens.when import is_time_only
from understanding.account_notices import about_bank_account, notices_only
from understanding.collecting_speech import (
    asks_again,
    collects_and_threatens,
    desk_threatens,
    poses_as_authority,
    presses_before_the_group,
    presses_through_people,
    speaks_as_creditor,
    threatens,
)
from understanding.demands import (
    DEBT,
    PEOPLE_THREATS,
    demand_words,
    demands_in,
    exposes_debt,
    is_gateway,
    own_lines,
    plain_words,
)
from understanding.group_members import particulars_only, without_doubted_fraud
from understanding.guess_reasons import REASONS, Guess, make_guess
from understanding.hanzi import simplified
from understanding.lender_notices import is_lender_account
from understanding.service_lines import threats_to_people
from understanding.service_numbers import (
    OTHER_TRADE,
    REPEAT_CALLS,
    bank_line,
    gateway_guess,
    service_caller,
    service_demands,
    service_guess,
)

__all__ = ["REASONS", "Guess", "guess_role"]

_COLLECTOR_WORDS = re.compile(
    r"催收|逾期|欠款|还款|还清|账单|法务|老赖|应还|未还|回电|结清|协商|律师函|委外|资产管理"
)
# Someone acting for the lender on the debt ("受金盈贷委托处理你的欠款"): an agent collecting.
_ENTRUSTED = re.compile(r"受[^，。！？,!?]{1,12}委托|委托我(?:们|所|司)")
_RELATIVE_WORDS = re.compile(
    r"妈|爸|老婆|老公|媳妇|爱人|儿子|女儿|哥|姐|弟|妹|舅|姨|姑|叔|伯|婶|爷|奶|外公|外婆|岳|表|堂|亲家"
    r"|亲属|家人|亲戚"
)
_COLLEAGUE_WORDS = re.compile(
    r"同事|领导|经理|主管|老板|工作群|公司|部门|单位|人事|财务|项目组|[\u4e00-\u9fa5]总$"
    r"|[科处局厅部组班队行店院]长$|主任$|总监$"
)
_FRIEND_WORDS = re.compile(r"朋友|室友|同学|老[张王李赵刘陈杨黄周吴]|兄弟|闺蜜|发小")
# A name that says its owner's trade is collecting debts ("清收部-周经理", "协商处理-小何",
# "XX贷后"): nobody's relative or colleague, whatever title it carries ("经理", "部").
_COLLECTOR_TITLE = re.compile(
    r"催收|法务|专员|调解|资产|逾期|委外|贷|借|分期|白条|钱包"
    r"|清收|清欠|催债|追债|讨债|要账|收账|债务|协商(?:处理|还款|中心|部)"
)
# The trades of _COLLECTOR_TITLE that are collecting itself, not merely lending.
_COLLECTING_TRADE = re.compile(
    r"催收|法务|专员|调解|资产|逾期|委外|清收|清欠|催债|追债|讨债|要账|收账|债务|协商"
)
# A shop's or service desk's account ("…官方旗舰店", "…官方店", "…客服"): the lender's own counter,
# answering about the bill as the platform does.
_DESK = re.compile(r"(?:旗舰店|专营店|官方店|官方号|官方账号|服务号|客服|客服中心)$")
_LENDER = re.compile(
    r"[\u4e00-\u9fa5]{1,4}?(?:贷|借款|借条|分期|白条|钱包|金融)(?:的|提醒|法务)"
    r"|在[\u4e00-\u9fa5]{2,5}的(?:借款|账单|贷款)"
)
# A group chat's title: its member count ("欠款处理群(5)", "家人们（12）") or a name ending in 群.
_GROUP_TITLE = re.compile(r"[(（]\d{1,4}[)）]$|群$")
_GROUP_ROLES = (
    (_COLLEAGUE_WORDS, "colleague", "colleague_title"),
    (_RELATIVE_WORDS, "relative", "relative_title"),
    (_FRIEND_WORDS, "friend", "friend_title"),
)
# A text message's gateway signature, the sending company's name in 【】 at its start or end
# ("【诚汇调解】您好…"): only an SMS carries it, so on a chat name's bubble it is a text message
# pasted or shown as a picture (a contact forwarding what was sent to them), not its own voice.
_SMS_SIGNED = re.compile(r"^【[^】]{2,12}】|【[^】]{2,12}】$")
_AUTHORITY_NUMBERS = ("110", "12321", "12315", "12345", "12363", "12378", "12389", "96110")


def _chat_voice(context: str) -> list[str]:
    """A chat name's lines in its own voice: neither a retelling nor a forwarded text message."""
    return [line for line in own_lines(context) if not _SMS_SIGNED.search(line.strip())]


def _staff_of(sender: str, platform: str) -> bool:
    """The sender's name is the lender's, a separator, then a person's short name."""
    name = re.sub(r"\s+", "", sender)
    rest = name[len(platform) :] if name.startswith(platform) else ""
    person = re.fullmatch(r"[·•・\-—_]+([\u4e00-\u9fff]{1,3})", rest)
    # The lender's desk ("快易花·客服") is the platform speaking, not a person of its own.
    return person is not None and not re.search(r"客服|官方|助手|通知|服务", person.group(1))


# A time of day cut at its clock's colon ("下午2" of "下午2:05"): a stamp, never a sender.
_CUT_CLOCK = re.compile(r"(?:上午|下午|晚上|凌晨|中午|早上|傍晚|夜里|深夜)\s*\d{1,2}")
# Digits a date and time leave ("2026年3月12日 22" → 202631222): from 20xx, never a phone's shape
# (a mobile, a landline with its area code, a short service or local number).
_DATE_DIGITS = re.compile(r"20[0-3]\d{2,}")
_PHONE_SHAPE = re.compile(r"1[3-9]\d{9}|0\d{9,11}|\d{5,8}|400\d{7}|800\d{7}|106\d{5,}")


def is_stamp_sender(sender: str) -> bool:
    """A date or a clock taken for a sender (a chat's time separator cut at its colon, its
    digits read as a number): nobody who called or wrote."""
    flat = re.sub(r"\s+", "", sender)
    if is_time_only(sender) or _CUT_CLOCK.fullmatch(flat):
        return True
    return bool(_DATE_DIGITS.fullmatch(flat)) and not _PHONE_SHAPE.fullmatch(flat)


def guess_role(
    sender: str,
    is_number: bool,
    context: str,
    labels: Iterable[str] = (),
    *,
    service_phone: str = "",
    platform: str = "",
    contact: str = "",
    calls: int = 0,
    named_in: Iterable[str] = (),
    night: int = 0,
    foreign: bool = False,
    group: bool = False,
    poster: bool = False,
    borrower: str = "",
) -> Guess:
    """A first guess at a sender's role, with the reason (Chinese text, code and detail).

    `contact` is "saved" for a name the phone has saved, "owner" for the person whose phone a
    forwarded screenshot was taken on; `calls` counts the calls a screen shows from the sender;
    `named_in` are the texts of the case that name the number (a message, a paper's lines);
    `night` counts its calls at night; `foreign` says it was only seen on someone else's phone
    (a forwarded screenshot), where its title words name its tie to that phone's owner; `group`
    says it is a group chat's title (the screen's layout said so, whatever the title reads);
    `poster` that it posted in a group, named over its bubbles; `borrower` is the borrower's
    name, when the case has it.
    """
    # Names, tags and the lender's name read in simplified characters, as the rules are written
    # ("阿文(速易貸)" is the lender's 贷); the reason shows the name as the screen did.
    if is_stamp_sender(sender):
        return make_guess("unknown", "no_clue")
    labels = [simplified(label) for label in labels]
    context = plain_words(context)
    name, platform = simplified(sender), simplified(platform)
    if is_number:
        if sender in _AUTHORITY_NUMBERS:
            # Police and courts never demand a private loan: a message from their number that
            # does is someone pretending (a spoofed sender), and collects.
            return service_demands(context, platform) or make_guess("authority", "authority_number")
        service = service_guess(sender, service_phone)
        if service is not None:
            people = [] if bank_line(sender, context) else threats_to_people(context)
            return (
                service_caller(sender, labels, calls, named_in, context, night)
                or service_demands(context, platform)
                or (people and make_guess("collector", "collector_words", "、".join(people)))
                or service
            )
    # Phones show the crowd's tags ("疑似催收", "骚扰电话") on numbers they have not saved; a
    # name the phone saved carries none, so a tag read on its row is a line beside it (a second
    # pane's badge OCR joined to the row), never the phone's word on that person.
    tagged = is_number or contact != "saved"
    if tagged and any("催收" in label or "骚扰" in label for label in labels):
        return make_guess("collector", "phone_label", "、".join(dict.fromkeys(labels)))
    if not is_number and poster and particulars_only(own_lines(context)):
        # A card of a person's particulars posted to a group (their ID number, their contact
        # list), its title read as a name over it: the card names whom it exposes, never who
        # posted it.
        return make_guess("unknown", "no_clue")
    if not is_number and platform and is_lender_account(name, platform):
        # The lender's own name over the messages (its app's message centre, its official
        # account): the platform itself, whose notices and buttons are no collector's conduct;
        # the people and numbers it sends to collect are rows of their own.
        return make_guess("platform", "platform_account")
    if not is_number and platform and _staff_of(name, platform):
        # A person writing under the lender's name and their own ("快易花·阿斌"): the lender's
        # staff on a personal chat, where the lender only ever writes to collect.
        return make_guess("collector", "lender_staff", sender)
    if not is_number and (group or _GROUP_TITLE.search(name)):
        # A group speaks through its members, each named over their bubbles: the group itself
        # is where they wrote (the family's, the office's), never who collects.
        for pattern, role, code in _GROUP_ROLES:
            if pattern.search(name):
                return make_guess(role, code)
        return make_guess("unknown", "no_clue")
    if not is_number and foreign:
        # Someone writing to a third party (the colleague whose phone this is) about the
        # borrower's debt and threatening: a collector, whatever title ("鑫宝科技·张主管") its
        # name carries; the colleague is the phone's owner, not this counterpart.
        mine = _chat_voice(context)
        # Its messages are one speech to that owner: the debt overdue in one ("你同事欠我司钱
        # 一直不还，你转告一下"), what follows in the next ("他留的紧急联系人就是你") demand it.
        demanding = demands_in(mine) or demands_in(["".join(mine)])
        if demanding and any(threatens(line) for line in mine):
            return make_guess("collector", "collector_words", "、".join(demand_words(mine)))
    if not is_number:
        desk = _DESK.search(re.sub(r"\s+", "", name))
        lenders_desk = desk and _COLLECTOR_TITLE.search(name) and not _COLLECTING_TRADE.search(name)
        # The lender's own shop or service desk ("金橙分期官方旗舰店"): the platform answering
        # about the bill, unless its own words threaten the borrower or their people.
        if lenders_desk and not desk_threatens(own_lines(context)):
            return make_guess("platform", "platform_desk", sender)
        if not _COLLECTING_TRADE.search(name) and notices_only(own_lines(context)):
            # An account's template notices under its own name (a bank's card bill, money paid
            # in, a lender's amount due this period): the ledger speaking, never a collector.
            bank = about_bank_account(own_lines(context))
            return make_guess("platform", "bank_or_carrier" if bank else "platform_account")
        if _COLLECTOR_TITLE.search(name):
            return make_guess("collector", "collector_title")
        mine = _chat_voice(context)
        pressing = collects_and_threatens(mine) or presses_through_people(mine) or asks_again(mine)
        creditor = contact == "saved" and speaks_as_creditor(mine)
        # A group member's name is what they typed ("王姐", "晓峰表哥"): its kin word is a hint,
        # outweighed by a speech to the group about the borrower as a creditor's.
        kin = _RELATIVE_WORDS.search(name) and not (
            poster and not contact and presses_before_the_group(mine, simplified(borrower))
        )
        if (not contact or creditor) and not kin and pressing:
            # A display name with a title ("潍坊王经理招聘") is the sender's own choice: words that
            # ask for the debt and threaten say who writes, whatever the title. A name the phone
            # saved, or a relative's, is the borrower's own person, unless it speaks as the
            # party owed ("再不联系我们，后果由你本人承担"): a saved name is a hint, not proof.
            shown = "、".join(dict.fromkeys(demand_words(mine))) or "催还欠款"
            return make_guess("collector", "collector_words", shown)
        if _COLLEAGUE_WORDS.search(name):
            return make_guess("colleague", "colleague_title")
        if _RELATIVE_WORDS.search(name):
            return make_guess("relative", "relative_title")
        if _FRIEND_WORDS.search(name):
            return make_guess("friend", "friend_title")
        if contact == "owner":
            return make_guess("friend", "phone_owner")
        if contact == "saved":
            return make_guess("friend", "saved_contact", sender)
    if exposes_debt(own_lines(context), simplified(borrower)):
        # A person's unpaid debt told to others ("发帖的这位陈建华欠钱不还…大家认准这张脸", a
        # comment under someone's post): shaming the debtor in public is a collector's conduct,
        # whatever name it is posted under.
        return make_guess("collector", "collector_words", "公开曝光欠款")
    if not is_number and poster and demands_in(own_lines(context)):
        # A member of a group (the family's 家族群) posting that the borrower's debt is overdue
        # with a deadline or a consequence: demanding it before the borrower's people is the
        # collector's pressure itself, whoever the name says they are ("阿文", "李先生"). The
        # borrower's relatives are told by their names above.
        shown = "、".join(dict.fromkeys(demand_words(own_lines(context))))
        return make_guess("collector", "collector_words", shown)
    # Only the sender's own voice counts: a colleague passing on what collectors said ("有人
    # 打到部门座机，说你在好分期欠钱，还说要寄律师函") is not making the threat.
    # A chat name forwarding a text message the collector sent them is not its writer.
    mine = own_lines(context) if is_number else _chat_voice(context)
    own = "\n".join(mine)
    flat = own.replace("\n", "")
    # A group member suspecting a stranger of fraud defends the borrower.
    threats = threats_in(without_doubted_fraud(own) if poster else own)
    if not DEBT.search(flat):
        # "我是他同事" or "那些人是骗子" names a workplace or an insult without any debt, and a
        # court's "你的案子下周开庭" names no money: words that collect nothing.
        threats = [t for t in threats if t not in PEOPLE_THREATS and t != "起诉"]
    words = sorted(set(_COLLECTOR_WORDS.findall(flat)))
    if is_number and is_gateway(sender):
        gateway = gateway_guess(context, flat)
        if gateway is not None:
            return gateway
    if threats or len(words) >= 2 or (words and is_number):
        shown = "、".join([*threats, *words][:4])
        return make_guess("collector", "collector_words", shown)
    demanding = demands_in(mine)
    if len(demanding) >= 2 or (demanding and any(threatens(line) for line in mine)):
        # Their own messages demand the debt again and again, or demand it and threaten: what
        # a collector writes, whatever the name it writes under ("债务处理-小周").
        shown = "、".join(dict.fromkeys(demand_words(demanding)))
        return make_guess("collector", "collector_words", shown)
    lender = [n for n in (*KNOWN_PLATFORMS, platform) if n and n in flat] or _LENDER.findall(flat)
    if is_number and re.fullmatch(r"1[3-9]\d{9}", sender) and lender:
        # Saved contacts show as names; a bare mobile number writing about a lender is a stranger.
        return make_guess("collector", "lender_stranger", lender[0])
    if any(_ENTRUSTED.search(line) and DEBT.search(line) for line in mine):
        return make_guess("collector", "collector_words", "受托处理欠款")
    if any(poses_as_authority(line) for line in mine):
        return make_guess("collector", "collector_words", "冒充公检法/律师")
    other_trade = any(OTHER_TRADE.search(label) for label in labels)
    if (
        is_number
        and calls >= REPEAT_CALLS
        and not other_trade
        and re.fullmatch(r"1[3-9]\d{9}|0\d{9,11}", sender)
    ):
        # Saved people show as names; an unsaved mobile or landline calling again and again,
        # in a case about collection calls, is a caller the borrower does not know.
        return make_guess("collector", "repeat_stranger", str(calls))
    return make_guess("unknown", "no_clue")
