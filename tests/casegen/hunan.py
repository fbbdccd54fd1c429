"""Case "hunan".

Tuning part: MIUI WeChat and SMS, MIUI dialer (two overlapping screenshots), a HarmonyOS chat
forwarded from the mother's phone, a loan app's bill page and an ID-card photo.
"""

from __future__ import annotations

from tests.casegen.model import CallRow, Case, Msg, Screen, d


def case() -> Case:
    col1, col2, land, sms106 = "138 7312 4456", "199 0731 2287", "0731-8562 0947", "10690 5873 221"
    boss, mother = ("王经理", "139 7480 1123"), ("妈妈", "135 0731 6689")
    p = "速易花"
    q = [
        Msg(col1, d("2026-03-12 09:14"), f"你在{p}的借款已逾期7天，今天下午五点前必须还清", True),
        Msg(
            col1,
            d("2026-03-12 22:41"),
            "再不还钱我们就把你的欠款信息发给你通讯录里的每一个人",
            True,
        ),
        Msg(
            sms106,
            d("2026-03-13 10:02"),
            f"【{p}】您的账单已逾期，请立即还款3860元，否则将上报征信",
            False,  # the lender's own ledger notice: the platform, not a collector
        ),
        Msg(col2, d("2026-03-14 23:05"), "明天我们的人会去你单位找你领导谈谈", True),
        Msg(land, d("2026-03-15 08:30"), "我们已经联系了你妈妈，她说不管你的事", True),
    ]
    screens = (
        Screen(
            "hn01",
            "wechat",
            "miui",
            "chat",
            d("2026-03-12 23:02"),
            "23:02 HD 5G 61%",
            title=col1,
            messages=(q[0], Msg("me", d("2026-03-12 10:20"), "我下周发工资再还"), q[1]),
        ),
        Screen(
            "hn02",
            "sms",
            "miui",
            "sms_thread",
            d("2026-03-13 10:05"),
            "10:05 4G 58%",
            title=sms106,
            messages=(q[2],),
        ),
        Screen(
            "hn03",
            "dialer",
            "miui",
            "call_log",
            d("2026-03-14 23:20"),
            "23:20 36K/s 4G 46%",
            calls=(
                CallRow(col1, d("2026-03-14 21:10"), 12, tag="疑似催收"),
                CallRow(col2, d("2026-03-14 23:01"), 5, tag="骚扰电话"),
                CallRow(boss[1], d("2026-03-14 18:30"), 1, boss[0], missed=False, collector=False),
                CallRow(land, d("2026-03-13 14:22"), 3),
            ),
        ),
        Screen(
            "hn04",
            "dialer",
            "miui",
            "call_log",
            d("2026-03-14 23:21"),
            "23:21 12K/s 4G 46%",
            calls=(
                CallRow(col2, d("2026-03-14 23:01"), 5, tag="骚扰电话"),
                CallRow(boss[1], d("2026-03-14 18:30"), 1, boss[0], missed=False, collector=False),
                CallRow(land, d("2026-03-13 14:22"), 3),
            ),
            overlaps="hn03",
        ),
        Screen(
            "hn05",
            "wechat",
            "miui",
            "chat",
            d("2026-03-14 16:40"),
            "16:40 HD 5G 80%",
            title=boss[0],
            messages=(
                Msg(boss[0], d("2026-03-14 16:12"), "小李，有人打电话到公司说你欠钱，怎么回事？"),
                Msg("me", d("2026-03-14 16:35"), "王经理不好意思，是网贷催收，我会处理好"),
            ),
        ),
        Screen(
            "hn06",
            "sms",
            "miui",
            "sms_thread",
            d("2026-03-14 23:10"),
            "23:10 5G 52%",
            title=col2,
            messages=(q[3],),
        ),
        Screen(
            "hn07",
            "wechat",
            "harmony",
            "chat",
            d("2026-03-15 09:00"),
            "09:00 4G 77%",
            title=land,
            owner="妈妈",
            messages=(q[4],),
        ),
        Screen(
            "hn08",
            "loanapp",
            "miui",
            "bill",
            d("2026-03-11 12:00"),
            "12:00 5G 90%",
            title=f"{p} · 我的账单",
            fields=(
                ("借款金额", "3000.00"),
                ("到账金额", "2460.00"),
                ("服务费", "540.00"),
                ("应还金额", "3860.00"),
                ("到期日", "2026-03-05"),
            ),
        ),
        Screen(
            "hn09",
            "photo",
            "miui",
            "id_card",
            d("2026-03-10 19:00"),
            "19:00 5G 95%",
            fields=(
                ("姓名", "李晓明"),
                ("出生", "1991年2月19日"),
                ("公民身份号码", "430104199102190000"),
            ),
        ),
    )
    return Case(
        "hunan",
        "李晓明",
        p,
        (col1, col2, land),
        (boss, mother),
        {"amount": 3000.0, "received": 2460.0, "deducted": 540.0, "demanded": 3860.0},
        screens,
    )
