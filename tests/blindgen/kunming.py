"""Blind case "kunming": an OPPO (ColorOS) phone, a collector who added the borrower on WeChat,
the father's Samsung (One UI) screenshots forwarded through WeChat, and real night calls.

The platform's own disbursement SMS sits in the same thread as its later demands: its date is
the loan's, not a date of conduct.
"""

from __future__ import annotations

from tests.casegen.model import CallRow, Case, Msg, Screen, d

COL = "150 8722 3419"
GATE = "1069087122550"
LAND = "0871-6534 7718"
LIU = "星河易借-贷后刘"
DAD, FRIEND, BOSS = "139 8710 5566", "182 8760 4411", "136 9871 2030"
NIGHT = "4G 45%"

_GATEWAY = (
    Msg(GATE, d("2026-08-02 11:20"),
        "【星河易借】尊敬的杨敏，您申请的借款5000元已审核通过，扣除审核服务费900元后，实际到账"
        "4100元，请注意查收。"),
    Msg(GATE, d("2026-09-05 10:00"),
        "【星河易借】杨敏，您的借款已逾期3天，应还7350元，请立即还款，逾期记录将影响您的个人信用。",
        True),
    Msg(GATE, d("2026-09-22 10:00"),
        "【星河易借】您已严重逾期，平台已将您的资料移交合作律所，如仍不处理，将依法追究您的法律责任。",
        True),
)  # fmt: skip
_THREAD = (
    Msg(COL, d("2026-09-20 21:40"), "杨敏，星河易借的7350块你到底还不还？给你脸了是吧。", True),
    Msg("me", d("2026-09-20 21:42"), "我在想办法，能不能先还2000"),
    Msg(COL, d("2026-09-20 21:45"),
        "2000打发要饭的？明天中午前全额还清，不然你爸那边我们天天打。", True),
    Msg(COL, d("2026-09-24 21:55"), "你爸的电话已经打通了，下一步就是你公司张主管，你自己掂量。",
        True),
)  # fmt: skip
_CALLS = (
    CallRow(COL, d("2026-09-24 22:31"), 6, tag="疑似催收"),
    CallRow(LAND, d("2026-09-24 14:10"), 2, tag="骚扰电话"),
    CallRow(COL, d("2026-09-23 23:02"), 3, tag="疑似催收"),
    CallRow(DAD, d("2026-09-23 20:05"), name="爸爸", missed=False, collector=False),
    CallRow(FRIEND, d("2026-09-22 19:30"), name="阿丽", missed=False, collector=False),
    CallRow(COL, d("2026-09-21 22:15"), 2, tag="疑似催收"),
    CallRow(LAND, d("2026-09-21 09:40")),
    CallRow(COL, d("2026-09-20 22:05"), 4, tag="疑似催收"),
    CallRow(BOSS, d("2026-09-19 17:45"), name="张主管", missed=False, collector=False),
    CallRow(LAND, d("2026-09-18 10:30"), 3, tag="骚扰电话"),
)


def case() -> Case:
    s = []
    s.append(
        Screen(
            "kunming_sms_list",
            "sms",
            "coloros",
            "sms_list",
            d("2026-09-24 22:40"),
            f"22:40  {NIGHT}",
            "信息",
            messages=(
                _THREAD[-1],
                Msg("爸爸", d("2026-09-23 20:01"), "敏敏，那些人又打电话来了，你回个电话"),
                _GATEWAY[-1],
                Msg(
                    "10086",
                    d("2026-09-20 08:00"),
                    "【话费提醒】尊敬的客户，您的话费余额已不足10元，请及时充值。",
                ),
            ),
        )
    )
    s.append(
        Screen(
            "kunming_sms_gate",
            "sms",
            "coloros",
            "sms_thread",
            d("2026-09-24 22:41"),
            f"22:41  {NIGHT}",
            GATE,
            messages=_GATEWAY,
        )
    )
    s.append(
        Screen(
            "kunming_sms_col",
            "sms",
            "coloros",
            "sms_thread",
            d("2026-09-24 22:42"),
            f"22:42  {NIGHT}",
            COL,
            messages=_THREAD,
        )
    )
    s.append(
        Screen(
            "kunming_calls_1",
            "dialer",
            "coloros",
            "call_log",
            d("2026-09-24 22:43"),
            f"22:43  {NIGHT}",
            "通话",
            calls=_CALLS[:6],
        )
    )
    s.append(
        Screen(
            "kunming_calls_2",
            "dialer",
            "coloros",
            "call_log",
            d("2026-09-24 22:44"),
            f"22:44  {NIGHT}",
            "通话",
            calls=_CALLS[4:],
            overlaps="kunming_calls_1",
        )
    )
    s.append(
        Screen(
            "kunming_dad_sms",
            "sms",
            "oneui",
            "sms_thread",
            d("2026-09-23 20:00"),
            "20:00  4G+ 71%",
            COL,
            owner="爸爸",
            messages=(
                Msg(
                    COL,
                    d("2026-09-23 13:02"),
                    "杨先生，你女儿杨敏借了我们星河易借的钱一直不还，你做父亲的管不管？",
                    True,
                ),
                Msg(
                    COL,
                    d("2026-09-23 13:10"),
                    "今天之内你替她还上，不然我们就把她的照片和身份证发到你们小区业主群。",
                    True,
                ),
                Msg("me", d("2026-09-23 13:25"), "你们是哪里的？我要报警了"),
            ),
        )
    )
    s.append(
        Screen(
            "kunming_dad_calls",
            "dialer",
            "oneui",
            "call_log",
            d("2026-09-23 20:01"),
            "20:01  4G+ 71%",
            "最近记录",
            owner="爸爸",
            calls=(
                CallRow(COL, d("2026-09-23 12:58"), 5, tag="疑似催收"),
                CallRow(LAND, d("2026-09-23 11:40"), 2),
                CallRow(
                    "158 8711 2093",
                    d("2026-09-22 21:00"),
                    name="敏敏",
                    missed=False,
                    collector=False,
                ),
            ),
        )
    )
    s.append(
        Screen(
            "kunming_dad_chat",
            "wechat",
            "wechat_dark",
            "chat",
            d("2026-09-24 22:50"),
            f"22:50  {NIGHT}",
            "爸爸",
            messages=(
                Msg(
                    "爸爸",
                    d("2026-09-23 20:03"),
                    "敏敏，今天一天有个人打了我五六个电话，说你欠星河易借的钱，还说要发到小区群里。",
                ),
                Msg("爸爸", d("2026-09-23 20:04"), "我把短信截图发给你了，你看看"),
                Msg(
                    "me",
                    d("2026-09-23 20:10"),
                    "爸，是网贷催收，借了5000到手才4100，他们现在要7350，我会处理的。",
                ),
                Msg("爸爸", d("2026-09-23 20:12"), "别再借了，缺多少跟我说，不要跟他们吵。"),
            ),
        )
    )
    s.append(
        Screen(
            "kunming_liu_chat",
            "wechat",
            "wechat_dark",
            "chat",
            d("2026-09-24 22:52"),
            f"22:52  {NIGHT}",
            LIU,
            messages=(
                Msg(
                    LIU,
                    d("2026-09-19 09:15"),
                    "杨敏你好，我是星河易借贷后管理部的刘专员，加你微信是为了方便协商还款。",
                    True,
                ),
                Msg(
                    LIU,
                    d("2026-09-19 09:16"),
                    "你的案子今天不处理，下午我们的外访同事就到你公司楼下等你。",
                    True,
                ),
                Msg("me", d("2026-09-19 09:30"), "我上班时间不方便，下班再说"),
                Msg(
                    LIU,
                    d("2026-09-19 09:31"),
                    "下班？你躲得了初一躲不过十五，你朋友圈里的同事我都加了。",
                    True,
                ),
            ),
        )
    )
    s.append(
        Screen(
            "kunming_friend_chat",
            "wechat",
            "wechat_dark",
            "chat",
            d("2026-09-24 22:54"),
            f"22:54  {NIGHT}",
            "阿丽",
            messages=(
                Msg("阿丽", d("2026-09-22 19:25"), "周末去不去滇池骑车？天气好像不错"),
                Msg("me", d("2026-09-22 19:28"), "去不了，最近被网贷催收搞得很烦，天天打电话"),
                Msg("阿丽", d("2026-09-22 19:29"), "啊？要不要紧，他们没打给你家里人吧"),
                Msg("me", d("2026-09-22 19:35"), "打给我爸了，我在想办法"),
            ),
        )
    )
    s.append(
        Screen(
            "kunming_id",
            "photo",
            "paper",
            "id_card",
            d("2026-09-24 22:56"),
            f"22:56  {NIGHT}",
            "身份证",
            fields=(
                ("姓名", "杨敏"),
                ("性别", "女    民族  汉"),
                ("出生", "1993年11月26日"),
                ("住址", "昆明市五华区西昌路77号2单元301"),
                ("公民身份号码", "530102199311261523"),
            ),
        )
    )
    s.append(
        Screen(
            "kunming_bill",
            "loanapp",
            "app",
            "bill",
            d("2026-09-24 22:58"),
            f"22:58  {NIGHT}",
            "星河易借",
            fields=(
                ("应还总额(元)", "7,350.00"),
                ("借款金额", "5,000.00元"),
                ("到账金额", "4,100.00元"),
                ("审核服务费", "900.00元"),
                ("逾期费用", "2,350.00元"),
                ("借款日", "2026-08-02"),
                ("应还日", "2026-09-02"),
            ),
        )
    )
    return Case(
        key="kunming",
        borrower="杨敏",
        platform="星河易借",
        collectors=(COL, GATE, LAND, LIU),
        contacts=(("爸爸", DAD), ("阿丽", FRIEND), ("张主管", BOSS)),
        loan={"amount": 5000, "received": 4100, "deducted": 900, "demanded": 7350},
        screens=tuple(s),
    )
