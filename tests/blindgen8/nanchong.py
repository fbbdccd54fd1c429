"""南充: 蒋丽 on a Redmi-Go-like lite Android; 有米借, three numbers.

A long call-log capture and an overlapping second shot, an SMS thread (a midnight threat) and the
inbox; her sister's holo phone and her section chief's large-type phone forwarded as mmexport
JPEGs; the bill and a photo of her ID card.
"""

# ruff: noqa: E501 (a case is data: whole messages on one line each read best)

from __future__ import annotations

from tests.blindgen8.model import Call, Case, Msg, Screen, t

A = "186 8175 2203"
B = "+86 173 0817 6645"
C = "145 2860 3317"
HUSBAND, SISTER = ("老公", "139 0817 2265"), ("蒋芳", "158 8172 6630")
CHIEF, FRIEND = ("何科长", "130 9817 4402"), ("小雨", "")

_SHARED = (
    Call(CHIEF[1], t("11-29 17:40"), name=CHIEF[0], missed=False),
    Call(C, t("11-29 10:20"), tag="骚扰电话"),
    Call(B, t("11-28 15:36"), 2, tag="标记215次"),
)
_SMS_A = (
    Msg(A, "蒋丽，有米借提醒你：借款4650元已逾期5天，今天是最后期限，请主动联系处理", t("11-28 09:00"), stamp=True),
    Msg(A, "你老公陈刚电话我们已经打通了，他说不管你，那我们就只能找你单位何科长聊聊了", t("11-30 22:08"), stamp=True),
    Msg(A, "凌晨也睡不着吧？欠钱不还的人就不该睡得着，明天不还我们把你照片做成催收海报发到你小区业主群", t("12-02 00:37"), stamp=True),
    Msg("me", "求求你们别发，我这两天就凑钱", t("12-02 00:50")),
)  # fmt: skip


def case() -> Case:
    screens = (
        Screen(
            "n01", "lite_go", "dialer", "borrower", t("12-02 06:48"), "06:48 4G 23%", style="day",
            tall=True,
            calls=(
                Call(A, t("12-02 00:35"), 7, tag="疑似催收"),
                Call(C, t("12-01 23:10"), 2, tag="骚扰电话"),
                Call(HUSBAND[1], t("12-01 19:30"), name=HUSBAND[0], missed=False),
                Call(B, t("12-01 14:00"), 4, tag="标记215次"),
                Call(CHIEF[1], t("12-01 09:05"), name=CHIEF[0], missed=False),
                Call(A, t("11-30 22:05"), 3, tag="疑似催收"),
                Call(HUSBAND[1], t("11-30 20:44"), name=HUSBAND[0], missed=False),
                Call(SISTER[1], t("11-30 18:12"), name=SISTER[0], missed=False),
                Call(B, t("11-30 16:05"), tag="标记215次"),
                Call(A, t("11-30 12:15"), 2, tag="疑似催收"),
                Call(SISTER[1], t("11-30 11:58"), name=SISTER[0]),
                Call(HUSBAND[1], t("11-30 08:02"), name=HUSBAND[0]),
                Call(A, t("11-30 01:26"), 2, tag="疑似催收"),
                Call(C, t("11-29 22:41"), tag="骚扰电话"),
                Call(C, t("11-29 21:17"), 3, tag="骚扰电话"),
                Call(HUSBAND[1], t("11-29 19:03"), name=HUSBAND[0], missed=False),
                *_SHARED,
            ),
        ),
        Screen(
            "n02", "lite_go", "dialer", "borrower", t("12-02 06:49"), "06:49 4G 23%", style="day",
            overlaps="n01",
            calls=(*_SHARED, Call(A, t("11-28 09:02"), 2, tag="疑似催收"),
                   Call(B, t("11-27 23:55"), 3, tag="标记215次"),
                   Call(SISTER[1], t("11-27 12:30"), name=SISTER[0], missed=False)),
        ),
        Screen("n03", "lite_go", "sms_thread", "borrower", t("12-02 06:52"), "06:52 4G 22%", title=A, msgs=_SMS_A),
        Screen(
            "n04", "lite_go", "msg_inbox", "borrower", t("12-02 06:55"), "06:55 4G 22%", title="信息",
            msgs=(
                Msg(A, _SMS_A[2].text, _SMS_A[2].at, kind="preview"),
                Msg(CHIEF[0], "小蒋，今天有人打到科里说你欠钱，你抓紧处理好，别影响工作", t("12-01 09:20"), kind="preview"),
                Msg(C, "蒋丽，你单位地址我们已经核实，下周一安排外访，到时候别说我们没提前通知", t("11-29 21:25"), kind="preview"),
                Msg(FRIEND[0], "丽丽你没事吧？有个陌生号给我发短信说你欠钱", t("11-29 13:10"), kind="preview"),
                Msg("106 9088 1122", "【有米借】您申请的3000元借款已到账，到账2100元，请注意查收。", t("11-14 11:02"), kind="preview", notice=True),
            ),
        ),
        Screen(
            "n05", "holo", "sms_thread", SISTER[0], t("12-01 14:20"), "14:20 3G 66%", title=B,
            forwarded=True,
            msgs=(
                Msg(B, "你是蒋丽的姐姐吧，你妹妹欠钱失联了，你替她还了吧，不然我们天天给你打", t("12-01 14:03"), stamp=True),
                Msg("me", "她欠的钱你们找她，别骚扰我", t("12-01 14:06")),
                Msg(B, "找不到她就找你，你们一家人都别想清净，过两天我们同事上门去你家拜访", t("12-01 14:10")),
            ),
        ),
        Screen(
            "n06", "hm_large", "sms_thread", CHIEF[0], t("12-02 08:10"), "08:10 5G 95%", title=C,
            forwarded=True, style="12",
            msgs=(
                Msg(C, "何科长你好，贵单位蒋丽拖欠我司贷款，已被列入重点催收名单，请单位配合督促，否则我司将发函至贵单位", t("11-29 10:24"), stamp=True),
                Msg(C, "你们单位的人都这么没诚信吗？欠钱不还还躲着，明天我们把材料寄到你们局里", t("12-01 23:14"), stamp=True),
            ),
        ),
        Screen(
            "n07", "lite_go", "bill", "borrower", t("12-02 07:00"), "07:00 4G 21%",
            extra={"head": "有米借 · 待还账单"},
            fields=(
                ("借款金额", "3000.00"), ("实际到账", "2100.00"), ("审核费+会员费", "900.00"),
                ("应还日", "2026年11月23日"), ("逾期费用", "1650.00"), ("应还金额", "4650.00"),
            ),
        ),
        Screen(
            "n08", "lite_go", "paper", "borrower", t("12-02 07:30"), "", photo=True,
            extra={"paper": "idcard"},
            fields=(
                ("姓名", "蒋丽"), ("性别", "女  民族 汉"), ("出生", "1991年7月22日"),
                ("住址", "四川省南充市顺庆区中城街道"), ("公民身份号码", "511302199107222846"),
            ),
        ),
        Screen(
            "n09", "lite_go", "blocker", "borrower", t("12-02 07:10"), "07:10 4G 20%", style="24",
            calls=(
                Call(A, t("12-01 05:52"), 3, tag="疑似催收 · 四川成都"),
                Call(B, t("11-29 23:30"), 2, tag="标记215次"),
            ),
            blocked_sms=(
                Msg(A, "蒋丽你以为拉黑就没事了？换一个号照样找得到你，你儿子在哪个幼儿园我们也知道", t("12-01 06:00"), kind="preview"),
            ),
        ),
    )  # fmt: skip
    return Case(
        key="nanchong",
        borrower="蒋丽",
        platform="有米借",
        collectors=(A, B, C),
        contacts=(HUSBAND, SISTER, CHIEF, FRIEND),
        loan={"amount": 3000, "received": 2100, "deducted": 900, "demanded": 4650},
        screens=screens,
    )
