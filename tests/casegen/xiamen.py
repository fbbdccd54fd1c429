"""Case "xiamen".

Report part: MIUI WeChat (two overlapping screenshots), iOS SMS and recents, a chat forwarded
from the boss's phone; every contact by day, the only night-time is the status-bar clock.
"""

from __future__ import annotations

from tests.casegen.model import CallRow, Case, Msg, Screen, d


def case() -> Case:
    col1, col2, land, sms106 = "135 9202 7718", "158 5920 3345", "0592-5566 7120", "10691 2277 810"
    boss, mother = ("主管-黄姐", "136 9501 2238"), ("妈", "139 5920 0081")
    p = "鹭岛分期"
    # Every collector contact is by day: the only night-time is the status-bar clock of xm04/xm06.
    q = [
        Msg(
            col1,
            d("2026-06-10 14:05"),
            f"你好，这里是{p}贷后部门，你的账单今天到期请及时处理",
            True,
        ),
        Msg(col1, d("2026-06-10 14:08"), "如果今天还不上，我们会按照合同联系你的紧急联系人", True),
        Msg(
            sms106,
            d("2026-06-11 10:30"),
            f"【{p}】您本期应还1580.00元已逾期，请尽快还款以免影响信用",
            False,  # the lender's own ledger notice: the platform, not a collector
        ),
        Msg(
            col2,
            d("2026-06-12 15:22"),
            "你的黄姐刚才接电话了，要不要我们再给你们公司前台打一个",
            True,
        ),
    ]
    screens = (
        Screen(
            "xm01",
            "wechat",
            "miui",
            "chat",
            d("2026-06-10 14:20"),
            "14:20 HD 5G 66%",
            title=col1,
            messages=(q[0], q[1], Msg("me", d("2026-06-10 14:10"), "好的，我晚点还")),
        ),
        Screen(
            "xm02",
            "wechat",
            "miui",
            "chat",
            d("2026-06-10 16:00"),
            "16:00 HD 5G 60%",
            title=col1,
            messages=(q[1], Msg("me", d("2026-06-10 14:10"), "好的，我晚点还")),
            overlaps="xm01",
        ),
        Screen(
            "xm03",
            "sms",
            "ios",
            "sms_thread",
            d("2026-06-11 10:40"),
            "10:40 5G 70%",
            title=sms106,
            messages=(q[2],),
        ),
        Screen(
            "xm04",
            "dialer",
            "ios",
            "call_log",
            d("2026-06-12 23:15"),
            "23:15 5G 20%",
            calls=(
                CallRow(col2, d("2026-06-12 15:20"), 5, tag="疑似催收"),
                CallRow(land, d("2026-06-11 11:05"), 2),
                CallRow(col1, d("2026-06-10 13:50"), 3),
                CallRow(
                    mother[1], d("2026-06-12 19:30"), 1, mother[0], missed=False, collector=False
                ),
            ),
        ),
        Screen(
            "xm05",
            "wechat",
            "miui",
            "chat",
            d("2026-06-12 15:40"),
            "15:40 4G 50%",
            title=col2,
            owner="主管-黄姐",
            messages=(Msg(col2, d("2026-06-12 15:22"), q[3].text, True),),
        ),
        Screen(
            "xm06",
            "wechat",
            "ios",
            "chat",
            d("2026-06-12 22:58"),
            "22:58 5G 18%",
            title=mother[0],
            messages=(
                Msg(mother[0], d("2026-06-12 19:35"), "囡囡，有人打电话给我说你借了钱"),
                Msg("me", d("2026-06-12 19:40"), "妈你别理他们，我会处理的"),
            ),
        ),
        Screen(
            "xm07",
            "loanapp",
            "ios",
            "bill",
            d("2026-06-09 09:00"),
            "09:00 5G 92%",
            title=f"{p} 本期账单",
            fields=(
                ("分期本金", "4500.00"),
                ("到账", "4050.00"),
                ("手续费", "450.00"),
                ("本期应还", "1580.00"),
            ),
        ),
    )
    return Case(
        "xiamen",
        "林雅",
        p,
        (col1, col2, land),
        (boss, mother),
        {"amount": 4500.0, "received": 4050.0, "deducted": 450.0, "demanded": 1580.0},
        screens,
    )
