"""A contact forwarding the collector's text messages in a chat is not the collector."""

from understanding.guess import guess_role

# A colleague's chat: their own words around a picture of the SMS thread a collector sent them,
# whose signed messages the chat read as the colleague's bubbles.
_FORWARDED = "\n".join(
    [
        "小军，这是发给我的，你看看",
        "【某某调解】您好，您的同事王小军欠款逾期，作为紧急联系人请督促其还款，谢谢配合。",
        "【某某调解】如王小军今日仍不处理，我方将前往贵单位核实情况。",
        "我又不是你的紧急联系人，咋把我也扯进来了，烦得很",
    ]
)


def test_contact_forwarding_signed_sms_is_no_collector() -> None:
    assert guess_role("小赵", False, _FORWARDED).role != "collector"


def test_contact_forwarding_signed_sms_on_a_foreign_phone_is_no_collector() -> None:
    assert guess_role("小赵", False, _FORWARDED, foreign=True).role != "collector"


def test_chat_name_threatening_in_own_words_still_collects() -> None:
    own = "你欠款逾期三个月了，今天不还就去你单位找你领导\n再不还钱明天上门"
    assert guess_role("阿强", False, own).role == "collector"
    assert guess_role("阿强", False, own, foreign=True).role == "collector"


def test_number_sending_signed_sms_still_collects() -> None:
    sms = "【某某调解】您的欠款已逾期，今日不处理将前往贵单位核实情况。"
    assert guess_role("13912345678", True, sms).role == "collector"
