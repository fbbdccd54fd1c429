"""淄博: 孙浩然 on a HarmonyOS-4-like phone set to large type; 易借花, two numbers, a QQ-空间
留言板 poster and a 视频号 DM sender.

All conduct falls between 08:00 and 21:00: the only night hour visible is the status-bar clock of
the two overlapping call-log shots (23:16, 23:17). Also a number's detail page with its own 通话记录
and a crowd tag, an SMS thread, the boss's thread forwarded as an mmexport JPEG, a 传票 photo, the bill.
"""

# ruff: noqa: E501 (a case is data: whole messages on one line each read best)

from __future__ import annotations

from tests.blindgen8.model import Call, Case, Msg, Screen, t

A = "177 5331 8804"
B = "+86 150 6641 2397"
Q = "易借花-法务李律师"
V = "催收小刘"
DAD, BOSS, MATE = ("爸爸", "135 0533 6712"), ("王经理", "189 5330 4471"), ("梁宇", "152 6430 9918")

_SHARED = (
    Call(BOSS[1], t("11-24 11:35"), name=BOSS[0], missed=False, place="山东淄博"),
    Call(A, t("11-23 12:40"), 3, tag="疑似催收", place="山东济南"),
    Call(MATE[1], t("11-22 19:05"), name=MATE[0], missed=False, place="山东青岛"),
)


def case() -> Case:
    screens = (
        Screen(
            "z01", "hm_large", "dialer", "borrower", t("11-26 23:16"), "23:16 5G 44%", style="12",
            calls=(
                Call(A, t("11-26 20:45"), 5, tag="疑似催收", place="山东济南"),
                Call(DAD[1], t("11-26 19:02"), name=DAD[0], missed=False, place="山东淄博"),
                Call(A, t("11-25 08:20"), 2, tag="疑似催收", place="山东济南"),
                *_SHARED,
            ),
        ),
        Screen(
            "z02", "hm_large", "dialer", "borrower", t("11-26 23:17"), "23:17 5G 44%", style="12",
            overlaps="z01",
            calls=(*_SHARED, Call(A, t("11-20 10:00"), 4, tag="疑似催收", place="山东济南"),
                   Call(DAD[1], t("11-19 18:30"), name=DAD[0], missed=False, place="山东淄博")),
        ),
        Screen(
            "z03", "hm_large", "contact_detail", "borrower", t("11-25 12:10"), "12:10 5G 71%",
            extra={"number": B, "mark": "催收 · 1024人标记", "place": "山东淄博 移动"},
            calls=(
                Call(B, t("11-25 08:31")),
                Call(B, t("11-22 14:05"), missed=False, seconds=48),
                Call(B, t("11-21 10:12")),
            ),
        ),
        Screen(
            "z04", "hm_large", "sms_thread", "borrower", t("11-23 13:05"), "13:05 5G 90%", title=A,
            style="12", tall=True,
            msgs=(
                Msg(A, "【易借花】孙浩然先生，您的借款已逾期3天，当前应还16980元。请尽快登录APP还款，以免产生更多费用。", t("11-20 10:05"), stamp=True),
                Msg(A, "电话不接短信不回，你是觉得我们找不到你？淄博张店那个公司是你上班的地方吧", t("11-23 12:43"), stamp=True),
                Msg("me", "我下周一定还一部分", t("11-23 12:47")),
                Msg(A, "一部分不行，今天全额结清，不然下午我们的人就到你们公司楼下等你下班", t("11-23 12:50")),
            ),
        ),
        Screen(
            "z05", "hm_large", "guestbook", "borrower", t("11-25 10:30"), "10:30 5G 80%", style="24",
            extra={"space": "浩然的空间", "me_name": "浩然"},
            msgs=(  # newest first, as a 留言板 lists them
                Msg("me", "请不要在我空间留言，我会联系平台协商", t("11-25 10:11")),
                Msg(Q, "你的同学朋友都能看到这条留言，还不上钱就别怪我们把你的事发到你们同学群里", t("11-25 09:40")),
                Msg(MATE[0], "浩然这是咋回事？有人在你空间留这种话", t("11-24 16:02")),
                Msg(Q, "孙浩然，你在易借花的借款已逾期，本律师受托发函，若三日内仍未还款，将依法向法院申请立案，相关费用由你承担", t("11-24 15:20")),
            ),
        ),
        Screen(
            "z06", "hm_large", "channels_dm", "borrower", t("11-24 20:40"), "20:40 5G 52%", title=V,
            msgs=(
                Msg(V, "孙浩然，别以为换了号就没事，你发的每个视频我都看着", t("11-24 20:15"), stamp=True),
                Msg(V, "再拖下去，我就在你视频底下评论你欠钱不还，让你那些粉丝都知道", t("11-24 20:17")),
                Msg("me", "你这是违法的", t("11-24 20:30")),
                Msg(V, "违法？欠债还钱天经地义，有本事你去告", t("11-24 20:31")),
            ),
        ),
        Screen(
            "z07", "hm_large", "channels_dm", "borrower", t("11-24 20:45"), "20:45 5G 51%",
            extra={"list": True},
            msgs=(
                Msg(V, "违法？欠债还钱天经地义，有本事你去告", t("11-24 20:31"), kind="preview"),
                Msg("淄川老孙钓鱼", "大哥这个鱼竿在哪买的，求链接", t("11-23 18:22"), kind="preview"),
                Msg("阿梅的小厨房", "互关一下呀", t("11-21 09:47"), kind="preview"),
                Msg("视频号助手", "你发表的视频获得了10个赞", t("11-20 12:00"), kind="preview"),
            ),
        ),
        Screen(
            "z08", "holo", "sms_thread", BOSS[0], t("11-24 11:40"), "11:40 4G 60%", title=A,
            forwarded=True,
            msgs=(
                Msg(A, "王经理您好，贵公司员工孙浩然在我平台借款逾期，请您督促其还款，否则我们将派人到贵公司了解情况", t("11-24 11:20"), stamp=True),
                Msg("me", "这是他个人的事，请不要打扰公司", t("11-24 11:24")),
                Msg(A, "那你转告他，今天再不联系我们，明天上午十点我们准时到你们公司前台", t("11-24 11:26")),
            ),
        ),
        Screen(
            "z09", "hm_large", "paper", "borrower", t("11-25 17:45"), "", title="传票", photo=True,
            extra={"paper": "letter"},
            fields=(
                ("case", "案号：（2026）鲁0303民初字第6618号"),
                ("who", "被传唤人：孙浩然"),
                ("why", "传唤事由：借款合同纠纷，原告易借花网络小额贷款有限公司"),
                ("when", "应到时间：2026年12月3日上午9时"),
                ("where", "应到处所：本院第三法庭。无正当理由拒不到庭的，将依法缺席判决。"),
            ),
        ),
        Screen(
            "z10", "hm_large", "bill", "borrower", t("11-26 09:00"), "09:00 5G 88%",
            extra={"head": "易借花 · 逾期账单"},
            fields=(
                ("合同金额", "12000元"), ("到账金额", "9600元"), ("平台服务费", "2400元"),
                ("还款方式", "等额本息 6期"), ("已逾期", "9天"), ("待还总额", "16980元"),
            ),
        ),
    )  # fmt: skip
    return Case(
        key="zibo",
        borrower="孙浩然",
        platform="易借花",
        collectors=(A, B, Q, V),
        contacts=(DAD, BOSS, MATE),
        loan={"amount": 12000, "received": 9600, "deducted": 2400, "demanded": 16980},
        screens=screens,
    )
