"""Case "chengdu".

Tuning part: iOS WeChat, SMS inbox and thread, the iOS Phone app's recents, a forged summons and
a bill page with a "砍头" fee.
"""

from __future__ import annotations

from tests.casegen.model import CallRow, Case, Msg, Screen, d


def case() -> Case:
    col1, col2, land, sms162 = "177 2841 5530", "186 2833 0971", "028-6571 3390", "16205 8871 009"
    friend, sister = ("老周", "150 2816 4471"), ("姐姐", "138 8205 7713")
    p = "金桔贷"
    q = [
        Msg(col1, d("2026-04-02 11:20"), f"{p}提醒：你的欠款已经转交我们处理，今天必须结清", True),
        Msg(col1, d("2026-04-02 11:26"), "不还的话我们会把你的照片和身份证发到你的亲友群里", True),
        Msg(
            sms162,
            d("2026-04-03 09:00"),
            "您已被列入重点催收名单，律师函将于三日内寄送至户籍地",
            True,
        ),
        Msg(col2, d("2026-04-04 13:40"), "你朋友老周的电话我们已经打过了，看你还要不要脸", True),
    ]
    screens = (
        Screen(
            "cd01",
            "wechat",
            "ios",
            "chat",
            d("2026-04-02 11:30"),
            "11:30 5G 70%",
            title=col1,
            messages=(q[0], q[1]),
        ),
        Screen(
            "cd02",
            "sms",
            "ios",
            "sms_list",
            d("2026-04-03 09:05"),
            "09:05 4G 66%",
            messages=(q[2], Msg(friend[1], d("2026-04-02 20:11"), "你没事吧？有人打我电话找你")),
        ),
        Screen(
            "cd03",
            "dialer",
            "ios",
            "call_log",
            d("2026-04-04 14:00"),
            "14:00 5G 41%",
            calls=(
                CallRow(col1, d("2026-04-04 10:02"), 8, tag="疑似催收"),
                CallRow(col2, d("2026-04-04 13:30"), 4),
                CallRow(land, d("2026-04-03 16:45"), 2, tag="骚扰电话"),
                CallRow(
                    sister[1], d("2026-04-03 19:00"), 1, sister[0], missed=False, collector=False
                ),
            ),
        ),
        Screen(
            "cd04",
            "sms",
            "ios",
            "sms_thread",
            d("2026-04-04 13:45"),
            "13:45 5G 40%",
            title=col2,
            messages=(q[3],),
        ),
        Screen(
            "cd05",
            "wechat",
            "ios",
            "chat",
            d("2026-04-04 22:47"),
            "22:47 5G 35%",
            title=friend[0],
            messages=(
                Msg(friend[0], d("2026-04-04 21:03"), "今天又有人打给我了，说你欠了好几千"),
                Msg("me", d("2026-04-04 21:10"), "对不起，我已经在报警了"),
            ),
        ),
        Screen(
            "cd06",
            "photo",
            "ios",
            "court",
            d("2026-04-05 10:00"),
            "10:00 5G 88%",
            fields=(
                ("标题", "成都市某某区人民法院 传票"),
                ("案由", "借款合同纠纷"),
                ("落款", "诉讼保全中心"),
            ),
        ),
        Screen(
            "cd07",
            "loanapp",
            "ios",
            "bill",
            d("2026-04-01 08:50"),
            "08:50 5G 99%",
            title=f"{p} 账单详情",
            fields=(
                ("借款本金", "5000.00"),
                ("实际到账", "4100.00"),
                ("砍头费用", "900.00"),
                ("待还总额", "6350.00"),
            ),
        ),
    )
    return Case(
        "chengdu",
        "张静",
        p,
        (col1, col2, land, sms162),
        (friend, sister),
        {"amount": 5000.0, "received": 4100.0, "deducted": 900.0, "demanded": 6350.0},
        screens,
    )
