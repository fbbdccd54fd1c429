"""Lanzhou: a nubia MyOS dual-SIM phone, a day-grouped call log shot twice, a Feishu chat with the
boss, an angry friend in WeChat care mode, a text forwarded from the mother's Smartisan phone.
"""

from __future__ import annotations

from tests.blindgen3.model import Capture, Dial, Matter, Said, at

C1, C1_PLUS = "177 0931 4862", "+86 177-0931-4862"
C2, C2_FLAT = "150 9310 2274", "15093102274"
C3 = "0931-8826 5510"
C4 = "400-861-2733"
C5 = "106905528773"
SUSPECT = "疑似催收"


def _log() -> tuple[Capture, Capture]:
    first = (
        Dial(C1, at("2026-10-15 09:12"), "09:12", "今天", 3, sim="卡1", tag=SUSPECT),
        Dial(C3, at("2026-10-15 08:41"), "08:41", "今天", 2, sim="卡1", place="甘肃兰州"),
        Dial(C4, at("2026-10-14 22:47"), "22:47", "昨天", sim="卡1", tag="骚扰电话"),
        Dial(C1, at("2026-10-14 21:30"), "21:30", "昨天", 2, sim="卡1", tag=SUSPECT),
        Dial("妈妈", at("2026-10-14 20:15"), "20:15", "昨天", way="in", sim="卡2",
             collector=False),
        Dial("王总", at("2026-10-14 10:05"), "10:05", "昨天", way="in", sim="卡2",
             collector=False),
        Dial(C2, at("2026-10-12 23:18"), "23:18", "10月12日", 4, sim="卡1",
             place="甘肃兰州 移动"),
    )  # fmt: skip
    # The same log scrolled down: its first two rows are the first shot's last two.
    second = (
        *first[-2:],
        Dial(C3, at("2026-10-12 14:20"), "14:20", "10月12日", sim="卡1", place="甘肃兰州"),
        Dial("134 0931 7710", at("2026-10-10 15:31"), "15:31", "10月10日", way="in",
             sim="卡2", tag="快递送餐", collector=False),
        Dial(C1, at("2026-10-10 11:02"), "11:02", "10月10日", 5, sim="卡1", tag=SUSPECT),
        Dial(C4, at("2026-10-09 10:18"), "10:18", "10月9日", 2, sim="卡1", tag="骚扰电话"),
    )  # fmt: skip
    return (
        Capture("a01", "dialer", "nubia_myos", "call_log", at("2026-10-15 09:24"),
                "09:24 5G 76%", dials=first),
        Capture("a02", "dialer", "nubia_myos", "call_log", at("2026-10-15 09:25"),
                "09:25 5G 76%", dials=second, overlaps="a01"),
    )  # fmt: skip


_DUE = "【速享花】您的借款已逾期12天，当前应还6280.00元，请立即还款，详询400-861-2733。"


def _texts() -> tuple[Capture, ...]:
    inbox = (
        Said(C1_PLUS, at("2026-10-15 09:12"), "宽限不了，再不还款后果自负。", "09:12",
             collector=True, preview=True),
        Said(C5, at("2026-10-15 08:00"), _DUE, "08:00", collector=True, preview=True),
        Said("95588", at("2026-10-13 13:02"),
             "【工商银行】您尾号3321卡10月13日13:02快捷支付支出(速享花)500.00元。",
             "10月13日", preview=True),
        Said("妈妈", at("2026-10-12 23:40"), "你到底借了多少钱？有人给我发短信了", "10月12日",
             preview=True),
    )  # fmt: skip
    platform = (
        Said(C5, at("2026-09-03 09:15"),
             "【速享花】尊敬的马晓东，您申请的借款5000.00元已放款，扣除服务费1440.00元后，"
             "实际到账3560.00元，已转入尾号3321的银行卡。",
             "9月3日 09:15", collector=True, notice=True),
        Said(C5, at("2026-10-03 10:00"),
             "【速享花】您的借款已于今日到期，应还6280.00元，请于今日23:59前还款，"
             "逾期将影响您的个人征信。", "10月3日 10:00", collector=True),
        Said(C5, at("2026-10-15 08:00"), _DUE, "08:00", collector=True),
    )  # fmt: skip
    mobile = (
        Said(C1_PLUS, at("2026-10-10 11:05"),
             "你好，我是速享花贷后部的，你的欠款已经逾期一周，今天必须处理。",
             "10月10日 11:05", collector=True),
        Said(C1_PLUS, at("2026-10-14 21:40"),
             "马晓东，明天下午6点前不处理，我们就把你的情况发给你单位领导和你家里人。",
             "昨天 21:40", collector=True),
        Said(C1_PLUS, at("2026-10-14 21:41"),
             "别以为换个号码不接就没事，你住的地址我们都有：城关区雁滩路88号3单元。",
             collector=True),
        Said("me", at("2026-10-14 21:50"), "我这个月工资还没发，能不能宽限几天"),
        Said(C1_PLUS, at("2026-10-15 09:12"), "宽限不了，再不还款后果自负。", "09:12",
             collector=True),
    )  # fmt: skip
    return (
        Capture("a03", "sms", "nubia_myos", "sms_list", at("2026-10-15 09:27"),
                "09:27 5G 75%", said=inbox),
        Capture("a04", "sms", "nubia_myos", "sms_thread", at("2026-10-15 09:28"),
                "09:28 5G 75%", title=C5, said=platform),
        Capture("a05", "sms", "nubia_myos", "sms_thread", at("2026-10-15 09:30"),
                "09:30 5G 75%", title=C1_PLUS, said=mobile),
    )  # fmt: skip


def _people() -> tuple[Capture, ...]:
    boss = (
        Said("王总", at("2026-10-12 09:15"),
             "晓东，前台说这两天总有人打公司座机找你，说你欠钱不还，还自称是律师事务所的。",
             "10月12日 09:15"),
        Said("me", at("2026-10-12 09:20"),
             "王总不好意思，是我之前的一笔网贷，我尽快处理，不会影响工作。"),
        Said("王总", at("2026-10-14 22:10"),
             "今晚又有人给小芳发短信了，你抓紧处理，别让同事们为难。", "昨天 22:10"),
    )  # fmt: skip
    friend = (
        Said("老周", at("2026-10-14 23:05"),
             "你搞什么名堂？！催债的大半夜打到我这来了，骂得很难听😡🤬", "昨天 23:05"),
        Said("老周", at("2026-10-14 23:06"), "打我电话的是１５０９３１０２２７４，你自己看着办"),
        Said("老周", at("2026-10-14 23:07"),
             "你赶紧把这破事处理干净，再连累我，这兄弟就别做了！"),
    )  # fmt: skip
    mother = (
        Said(C2_FLAT, at("2026-10-12 23:25"),
             "阿姨您好，您儿子马晓东在速享花的借款逾期不还，请您转告他马上还款。",
             "10月12日 23:25", collector=True),
        Said(C2_FLAT, at("2026-10-12 23:26"),
             "如果他继续逃避，我们会按流程安排人员上门走访，到时候邻居都知道了可不好看。",
             collector=True),
        Said(C2_FLAT, at("2026-10-13 08:30"),
             "阿姨，您儿子电话一直不接，麻烦让他今天中午之前回电。", "08:30", collector=True),
    )  # fmt: skip
    bill = (
        ("当前应还(元)", "6,280.00"), ("借款金额", "5,000.00元"), ("实际到账", "3,560.00元"),
        ("服务费", "1,440.00元"), ("借款日期", "2026-09-03"), ("到期日期", "2026-10-03"),
        ("逾期天数", "12天"),
    )  # fmt: skip
    return (
        Capture("a06", "lark", "nubia_myos", "chat", at("2026-10-15 10:02"), "10:02 5G 74%",
                title="王总", said=boss),
        Capture("a07", "wechat_care", "nubia_myos", "chat", at("2026-10-15 10:15"),
                "10:15 5G 73%", title="老周", said=friend),
        Capture("a08", "sms", "smartisan", "sms_thread", at("2026-10-13 08:41"),
                "08:41 4G 52%", title=C2_FLAT, owner="妈妈", said=mother, sent_via="wechat"),
        Capture("a09", "bill", "nubia_myos", "bill", at("2026-10-15 10:30"), "10:30 5G 72%",
                title="账单详情", fields=bill),
    )  # fmt: skip


def matter() -> Matter:
    """Ma Xiaodong's case: five collector numbers of one platform, a boss, a friend, a mother."""
    return Matter(
        key="lanzhou",
        borrower="马晓东",
        platform="速享花",
        collectors=(C1, C2, C3, C4, C5),
        contacts=(("妈妈", ""), ("王总", ""), ("老周", "")),
        loan={"amount": 5000, "received": 3560, "deducted": 1440, "demanded": 6280},
        captures=(*_log(), *_texts(), *_people()),
    )
