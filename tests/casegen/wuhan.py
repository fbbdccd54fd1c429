"""Case "wuhan".

Report part: a DingTalk external group, HarmonyOS SMS and dialer (overlapping), a MIUI inbox and
the mother's MIUI call log.
"""

from __future__ import annotations

from tests.casegen.model import CallRow, Case, Msg, Screen, d


def case() -> Case:
    col1, col2, col3, land = "152 7134 8806", "173 2711 0458", "166 2790 3312", "027-8755 6102"
    sms167 = "16781 2290 551"
    boss, mother, friend = (
        ("刘总", "139 0716 2290"),
        ("老妈", "137 2088 1456"),
        ("阿杰", "181 7102 6634"),
    )
    p = "闪电借"
    q = [
        Msg(
            col1,
            d("2026-05-06 10:15"),
            f"各位好，群主{p}的欠款人就是这个人，他欠钱不还，请大家转告他",
            True,
        ),
        Msg(col2, d("2026-05-06 10:17"), "这是他的身份证照片，大家认清楚这个老赖", True),
        Msg(
            col3,
            d("2026-05-07 21:30"),
            "三天之内不处理，我们就去你老家村委会张贴你的欠款公告",
            True,
        ),
        Msg(
            sms167,
            d("2026-05-08 09:12"),
            f"【{p}】尊敬的客户，您的借款2000元已严重逾期，今日需还款2980元",
            False,  # the lender's own ledger notice: the platform, not a collector
        ),
        Msg(col1, d("2026-05-08 23:12"), "你妈已经接了我们的电话，再躲着明天就打你所有同事", True),
        Msg(col3, d("2026-05-09 07:40"), "早上好，今天中午十二点前不还款，后果自负", True),
    ]
    screens = (
        Screen(
            "wh01",
            "dingtalk",
            "harmony",
            "group",
            d("2026-05-06 10:30"),
            "10:30 HD 4G 72%",
            title="外部群·闪电借协商群(5)",
            messages=(
                q[0],
                q[1],
                Msg(boss[0], d("2026-05-06 10:20"), "这是什么群？请不要骚扰我们公司员工"),
            ),
        ),
        Screen(
            "wh02",
            "sms",
            "harmony",
            "sms_thread",
            d("2026-05-07 21:35"),
            "21:35 5G 64%",
            title=col3,
            messages=(q[2],),
        ),
        Screen(
            "wh03",
            "sms",
            "miui",
            "sms_list",
            d("2026-05-08 09:20"),
            "09:20 HD 5G 80%",
            messages=(
                q[3],
                Msg(friend[1], d("2026-05-07 18:02"), "兄弟，刚才有个陌生号码问我认不认识你"),
            ),
        ),
        Screen(
            "wh04",
            "wechat",
            "harmony",
            "chat",
            d("2026-05-08 23:30"),
            "23:30 4G 30%",
            title=col1,
            messages=(q[4],),
        ),
        Screen(
            "wh05",
            "dialer",
            "harmony",
            "call_log",
            d("2026-05-09 08:00"),
            "08:00 5G 90%",
            calls=(
                CallRow(col1, d("2026-05-08 22:50"), 9, tag="疑似催收"),
                CallRow(col3, d("2026-05-09 07:35"), 6, tag="骚扰电话"),
                CallRow(land, d("2026-05-08 15:10"), 4),
                CallRow(
                    friend[1], d("2026-05-07 18:00"), 1, friend[0], missed=False, collector=False
                ),
            ),
        ),
        Screen(
            "wh06",
            "dialer",
            "harmony",
            "call_log",
            d("2026-05-09 08:01"),
            "08:01 5G 90%",
            calls=(
                CallRow(col3, d("2026-05-09 07:35"), 6, tag="骚扰电话"),
                CallRow(land, d("2026-05-08 15:10"), 4),
                CallRow(
                    friend[1], d("2026-05-07 18:00"), 1, friend[0], missed=False, collector=False
                ),
                CallRow(col2, d("2026-05-06 11:00"), 3),
            ),
            overlaps="wh05",
        ),
        Screen(
            "wh07",
            "dialer",
            "miui",
            "call_log",
            d("2026-05-09 09:00"),
            "09:00 4G 55%",
            owner="老妈",
            calls=(CallRow(col1, d("2026-05-08 20:40"), 7, tag="疑似催收"),),
        ),
        Screen(
            "wh08",
            "sms",
            "harmony",
            "sms_thread",
            d("2026-05-09 07:45"),
            "07:45 5G 88%",
            title=col3,
            messages=(q[5],),
        ),
    )
    # wh07 is the mother's phone: its 7 calls to her add to col1's total.
    return Case(
        "wuhan",
        "陈浩",
        p,
        (col1, col2, col3, land),
        (boss, mother, friend),
        {"amount": 2000.0, "demanded": 2980.0},
        screens,
    )
