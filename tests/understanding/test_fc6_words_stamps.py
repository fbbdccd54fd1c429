"""A quote holds words; a date or a clock read as a sender never collects."""

from understanding.guess import guess_role, is_stamp_sender
from understanding.quotes import card_read_into, holds_no_words, is_label
from understanding.reply_voices import is_debtors_plea
from understanding.screen_words import is_not_words


def test_stamps_cards_and_row_stamps_hold_no_words() -> None:
    for text in (
        "晚上9:58",
        "大姨5月10日 18:30 · 08:02",
        "¥0.01 还钱",
        "微信转账",
        "2026年3月12日 22:41",
    ):
        assert holds_no_words(text), text
    for text in (
        "你最迟明天18:00",
        "明天9:00前还钱",
        "今天还钱",
        "¥6800，今天必须还清",
        "欠的1200今天还",
    ):
        assert not holds_no_words(text), text


def test_a_bubble_read_with_a_card_glued_on_is_the_whole_bubble_again() -> None:
    glued = "收一下，让你看看我们随时找得到微信转账"
    assert card_read_into(glued, [glued, "收一下，让你看看我们随时找得到你"])
    assert not card_read_into("请尽快用微信转账", ["请尽快用微信转账"])


def test_a_pat_notice_and_chinese_presence_are_the_apps_text() -> None:
    assert is_label("“催收-勿接” 的脑袋", {"催收-勿接"})
    assert is_label("“北岸” 拍了拍", set())
    assert not is_label("“老赖”的下场", {"催收-勿接"})
    for text in ("最近上线", "上次上线于昨天", "一周内上线"):
        assert is_not_words(text), text
    assert not is_not_words("最近上线了吗？欠的钱什么时候还")


def test_a_date_or_clock_taken_for_a_sender_never_collects() -> None:
    for sender in ("2026年3月12日星期四22", "下午2", "晚上10", "202631222"):
        assert is_stamp_sender(sender), sender
        guess = guess_role(sender, sender.isdigit(), "缓？再不还通讯录里的电话俺都有，一个一个打")
        assert guess.role == "unknown", sender
    for sender in ("13812345678", "02584471230", "95588", "12321", "周主管", "20264511"):
        assert not is_stamp_sender(sender), sender


def test_words_pressing_the_debt_through_the_borrowers_people_collect_whatever_the_title() -> None:
    cousin = "你是余志强的表哥吧？他欠钱跑路了你知道吗\n让他今晚联系米粒分期，不然下一个找的就是你"
    assert guess_role("北岸", False, cousin, foreign=True).role == "collector"
    boss = (
        "刘总您好，贵公司员工陈嘉欣在闪贷宝的借款已严重逾期\n"
        "她把您填成了紧急联系人，麻烦您督促她今天还款\n"
        "那我们只好把催收函寄到贵公司前台了，影响不好别怪我们"
    )
    assert guess_role("周主管", False, boss).role == "collector"
    worry = "小陈，你妈妈住院了，让她今天联系我\n他欠我的那顿饭什么时候还"
    assert guess_role("王经理", False, worry).role == "colleague"


def test_a_stranger_asking_again_for_the_money_owed_collects() -> None:
    asks = "你欠闪贷宝的钱什么时候还\n卖闲置凑钱是吧？先把6800还了再卖"
    assert guess_role("嘉欣的债主", False, asks).role == "collector"
    assert guess_role("嘉欣的债主", False, asks, contact="saved").role != "collector"


def test_a_menus_option_to_apply_for_more_time_is_no_plea() -> None:
    menu = "尊敬的谭志强：您的借款已逾期4天，应还金额6800元。请回复1查看还款方式，回复2申请延期。"
    assert not is_debtors_plea(menu)
    assert is_debtors_plea("请再宽限几天吧")


def test_a_letters_signature_and_contact_line_are_labels() -> None:
    names = {"某某贷法务部-刘专员", "07381234567"}
    assert is_label("某某贷法务部刘专员", names)
    assert is_label("联系电话：0738-1234567", names)
    assert not is_label("联系电话：0738-1234567，今天不回就上门", names)
    assert not is_label("刘专员", names)  # a short name alone is no signature of the table's
