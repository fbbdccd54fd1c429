"""Haikou: a Smartisan phone, a long SMS capture where the collector poses as the police, a
day-grouped call log shot twice, the boss in WeChat care mode, the wife's iPhone (large type)
forwarded through WeChat, an ID card and a visit notice on the door photographed, a bill page.
"""

from __future__ import annotations

from tests.blindgen3.model import Capture, Dial, Matter, Said, at

C1, C1_DASH = "+86 136 0898 5271", "136-0898-5271"
C2, C2_PLUS = "182 0898 6613", "+86 182 0898 6613"
C3 = "0898-6652 7180"
C4 = "1065502377881"
C5 = "400-090-6168"
MARK = "疑似催收"


def _long() -> Capture:
    said = (
        Said(C1, at("2026-09-12 10:05"),
             "黄海波，你在椰子钱包的借款已逾期，请今天下午五点前还清。", "9月12日 10:05",
             collector=True),
        Said(C1, at("2026-09-13 23:40"), "还不还？不还明天就去你公司门口拉横幅。",
             "9月13日 23:40", collector=True),
        Said("me", at("2026-09-13 23:52"), "我在想办法，能不能分期"),
        Said(C1, at("2026-09-14 08:15"), "分期可以，先交2000元的展期费，今天到账。",
             "星期一 08:15", collector=True),
        Said(C1, at("2026-09-16 22:30"),
             "我是海口市公安局龙华分局的民警，你涉嫌恶意套现诈骗，已经立案，马上还款可以撤案。",
             "星期三 22:30", collector=True),
        Said(C1, at("2026-09-16 22:31"),
             "别逼我们去你老家找你父母，地址是定安县龙湖镇新村12号。", collector=True),
        Said(C1, at("2026-09-17 07:20"),
             "最后通知，今天中午十二点前不处理，后果你自己承担。", "昨天 07:20",
             collector=True),
        Said(C1, at("2026-09-18 09:02"), "电话打了二十多个都不接，你是死了吗？", "09:02",
             collector=True),
    )  # fmt: skip
    return Capture("d01", "sms", "smartisan", "sms_thread", at("2026-09-18 09:40"),
                   "09:40 4G 88%", title=C1, said=said, tall=True)  # fmt: skip


def _log() -> tuple[Capture, Capture]:
    first = (
        Dial(C1_DASH, at("2026-09-18 08:55"), "08:55", "今天", 5, tag=MARK),
        Dial(C3, at("2026-09-18 08:20"), "08:20", "今天", 2, tag=MARK, place="海南海口"),
        Dial("陈总", at("2026-09-17 11:30"), "11:30", "昨天", way="in", collector=False),
        Dial(C1_DASH, at("2026-09-17 07:10"), "07:10", "昨天", 6, tag=MARK),
        Dial(C2, at("2026-09-16 23:05"), "23:05", "星期三", 3, place="海南海口 联通"),
        Dial(C5, at("2026-09-16 14:00"), "14:00", "星期三", tag="骚扰电话"),
    )  # fmt: skip
    second = (
        *first[-2:],
        Dial("老婆", at("2026-09-14 19:00"), "19:00", "星期一", way="out", collector=False),
        Dial(C1_DASH, at("2026-09-14 08:10"), "08:10", "星期一", 4, tag=MARK),
        Dial(C3, at("2026-09-11 10:30"), "10:30", "9月11日", place="海南海口"),
        Dial(C1_DASH, at("2026-09-11 10:00"), "10:00", "9月11日", 3, tag=MARK),
    )  # fmt: skip
    return (
        Capture("d02", "dialer", "smartisan", "call_log", at("2026-09-18 09:45"),
                "09:45 4G 87%", dials=first),
        Capture("d03", "dialer", "smartisan", "call_log", at("2026-09-18 09:46"),
                "09:46 4G 87%", dials=second, overlaps="d02"),
    )  # fmt: skip


def _people() -> tuple[Capture, ...]:
    boss = (
        Said("陈总", at("2026-09-17 11:32"),
             "海波，早上公司前台接到好几个电话，说你欠了网贷，家里是不是出什么事了？",
             "昨天 11:32"),
        Said("陈总", at("2026-09-17 11:42"), "有困难跟我说，别被那些人吓住，该报警就报警。"),
    )  # fmt: skip
    wife = (
        Said(C2_PLUS, at("2026-09-14 16:10"),
             "嫂子你好，你老公黄海波欠我们椰子钱包的钱一直不还，麻烦你劝劝他。",
             "星期一 下午4:10", collector=True),
        Said(C2_PLUS, at("2026-09-16 21:48"),
             "你们两口子一个都不接电话是吧？那我们周末就去你们小区门口等着。", "下午9:48",
             collector=True),
    )  # fmt: skip
    return (
        Capture("d04", "wechat_care", "smartisan", "chat", at("2026-09-18 10:00"),
                "10:00 4G 86%", title="陈总", said=boss),
        Capture("d05", "sms", "ios_axl", "sms_thread", at("2026-09-16 21:55"), "21:55 5G 47%",
                title=C2_PLUS, owner="老婆", said=wife, sent_via="wechat"),
    )  # fmt: skip


def _papers() -> tuple[Capture, ...]:
    card = (
        ("姓名", "黄海波"), ("性别", "男"), ("民族", "汉"), ("出生", "1993年4月17日"),
        ("住址", "海南省定安县龙湖镇新村12号"), ("公民身份号码", "460025199304170031"),
    )  # fmt: skip
    notice = (
        ("标题", "上门催收通知书"), ("收件人", "黄海波："),
        ("正文", "你在椰子钱包的借款已严重逾期。我中心受委托于2026年9月17日上门走访，你不在家。\n"
                 "请于三日内主动联系处理，否则将再次上门，并联系你的村委会及亲属。"),
        ("落款", "海南椰城商事调解中心"), ("日期", "2026年9月17日"),
        ("电话", "联系电话：0898-6652 7180"),
    )  # fmt: skip
    platform = (
        Said(C4, at("2026-08-08 10:00"),
             "【椰子钱包】您的借款6000.00元已发放，扣除担保费及服务费1020.00元，"
             "实际到账4980.00元。", "8月8日 10:00", collector=True, notice=True),
        Said(C4, at("2026-09-08 09:00"),
             "【椰子钱包】您的借款今日到期，应还6900.00元，请按时还款。", "9月8日 09:00",
             collector=True),
        Said(C4, at("2026-09-17 10:00"),
             "【椰子钱包】您已逾期9天，应还7260.00元，逾期记录将上报征信，请尽快处理。",
             "昨天 10:00", collector=True),
    )  # fmt: skip
    bill = (
        ("待还金额(元)", "7,260.00"), ("借款金额", "6,000.00元"), ("到账金额", "4,980.00元"),
        ("担保费及服务费", "1,020.00元"), ("逾期费用", "360.00元"), ("借款日期", "2026-08-08"),
        ("应还日期", "2026-09-08"),
    )  # fmt: skip
    return (
        Capture("d06", "idcard", "camera", "id_card", at("2026-09-05 14:12"), fields=card),
        Capture("d07", "paper", "camera", "paper", at("2026-09-17 19:20"), fields=notice),
        Capture("d08", "sms", "smartisan", "sms_thread", at("2026-09-18 09:50"), "09:50 4G 86%",
                title=C4, said=platform),
        Capture("d09", "bill", "smartisan", "bill", at("2026-09-18 09:55"), "09:55 4G 86%",
                title="我的账单", fields=bill),
    )  # fmt: skip


def matter() -> Matter:
    """Huang Haibo's case: a "police officer" on a long thread, a wife's phone, a door notice."""
    return Matter(
        key="haikou",
        borrower="黄海波",
        platform="椰子钱包",
        collectors=(C1, C2, C3, C4, C5),
        contacts=(("陈总", ""), ("老婆", "")),
        loan={"amount": 6000, "received": 4980, "deducted": 1020, "demanded": 7260},
        captures=(_long(), *_log(), *_people(), *_papers()),
    )
