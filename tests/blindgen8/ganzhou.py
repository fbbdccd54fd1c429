"""赣州: 周德旺 (57) on a KaiOS-like feature phone; 金橙分期, two numbers and a 家长群 poster.

His own call log twice (overlapping), two SMS threads and an inbox on the 240x320 screen; from his
daughter's lite Android, forwarded as mmexport JPEGs: the grandson's 家长群 where a collector posted,
a chat holding a screenshot of a collector's SMS, and the loan page; a photo of his ID card.
"""

# ruff: noqa: E501 (a case is data: whole messages on one line each read best)

from __future__ import annotations

from tests.blindgen8.model import Call, Case, Msg, Screen, t

A = "133 7046 2218"
B = "199 7921 0635"
G = "金橙法务部-吴"
WIFE, DAUGHTER, MATE = (
    ("老伴", "137 6709 3185"),
    ("周敏", "151 7977 2046"),
    ("钟师傅", "139 7071 5528"),
)

_SHARED = (
    Call(B, t("11-19 22:30"), 3),
    Call(MATE[1], t("11-19 12:11"), name=MATE[0], missed=False),
    Call(A, t("11-18 12:05"), 2),
)
_SHOT = (
    Msg(
        B,
        "周敏你好，你父亲周德旺欠款未还，你作为紧急联系人有义务督促他还款，否则我们会联系你单位人事",
        t("11-19 09:15"),
    ),
)


def case() -> Case:
    screens = (
        Screen(
            "g01", "kaios", "dialer", "borrower", t("11-20 07:02"), "07:02 4G 31%", title="通话记录",
            style="24",
            calls=(Call(WIFE[1], t("11-20 06:30"), name=WIFE[0], missed=False), Call(A, t("11-20 05:41"), 6), *_SHARED),
        ),
        Screen(
            "g02", "kaios", "dialer", "borrower", t("11-20 07:03"), "07:03 4G 31%", title="通话记录",
            style="24", overlaps="g01",
            calls=(*_SHARED, Call(B, t("11-16 21:48"), 2), Call(DAUGHTER[1], t("11-16 08:30"), name=DAUGHTER[0], missed=False)),
        ),
        Screen(
            "g03", "kaios", "sms_thread", "borrower", t("11-19 07:30"), "07:30 4G 58%", title=A,
            msgs=(
                Msg(A, "周德旺，金橙分期欠款7320元已逾期，今天下班前不结清，明天到你工地找你", t("11-17 10:15"), stamp=True),
                Msg(A, "老周你躲得了初一躲不过十五，你闺女在哪上班我们都清楚", t("11-18 21:50"), stamp=True),
            ),
        ),
        Screen(
            "g04", "kaios", "msg_inbox", "borrower", t("11-20 07:05"), "07:05 4G 30%", title="信息",
            msgs=(
                Msg(B, "你再不接电话，我们就把你的欠款信息发到你所有联系人的手机上，让大家看看你是什么人", t("11-19 22:34"), kind="preview"),
                Msg(DAUGHTER[0], "爸，有人在孩子班级群里发你欠钱的事", t("11-19 20:40"), kind="preview"),
                Msg(A, "老周你躲得了初一躲不过十五，你闺女在哪上班我们都清楚", t("11-18 21:50"), kind="preview"),
                Msg(WIFE[0], "晚上回来吃饭不", t("11-18 17:02"), kind="preview"),
            ),
        ),
        Screen(
            "g05", "kaios", "sms_thread", "borrower", t("11-20 07:06"), "07:06 4G 30%", title=B,
            msgs=(
                Msg(B, "你再不接电话，我们就把你的欠款信息发到你所有联系人的手机上，让大家看看你是什么人", t("11-19 22:34"), stamp=True),
            ),
        ),
        Screen(
            "g06", "lite_go", "parents_group", DAUGHTER[0], t("11-19 20:45"), "20:45 4G 47%",
            title="三年级(2)班家长群(48)", forwarded=True,
            extra={"notice": "本周五下午3点开家长会，请各位家长准时参加。——班主任何老师"},
            msgs=(
                Msg("何老师", "各位家长，明天记得给孩子带美术课的彩笔", t("11-19 16:02"), stamp=True),
                Msg(G, "@周子轩妈妈 麻烦转告你父亲周德旺，他在金橙分期欠款七千多逾期不还，再不处理我们将联系学校和各位家长一起评评理", t("11-19 20:31"), stamp=True),
                Msg("me", "你是谁拉进来的？这里是孩子的班级群，请你马上退出", t("11-19 20:33")),
                Msg(G, "欠钱不还还有理了？各位家长看清楚，周德旺，赣州人，借钱不还的老赖，大家以后离他家远点", t("11-19 20:36")),
                Msg("王一鸣爸爸", "群主把这个人踢了吧", t("11-19 20:38")),
            ),
        ),
        Screen(
            "g07", "lite_go", "chat1v1", DAUGHTER[0], t("11-19 21:10"), "21:10 4G 44%", title="妈",
            forwarded=True,
            msgs=(
                Msg("me", "[图片]", t("11-19 21:02"), stamp=True, kind="shot", inner=_SHOT),
                Msg("me", "妈，这是今天发到我手机上的，他们连我单位都知道", t("11-19 21:03")),
                Msg("妈", "别理他们，你爸说下个月发了工资就先还一部分", t("11-19 21:06")),
            ),
        ),
        Screen(
            "g08", "lite_go", "paper", "borrower", t("11-20 10:12"), "", photo=True,
            extra={"paper": "idcard"},
            fields=(
                ("姓名", "周德旺"), ("性别", "男  民族 汉"), ("出生", "1969年3月8日"),
                ("住址", "江西省赣州市章贡区水东镇七里村"), ("公民身份号码", "360702196903081516"),
            ),
        ),
        Screen(
            "g09", "lite_go", "bill", DAUGHTER[0], t("11-20 12:30"), "12:30 4G 80%", forwarded=True,
            extra={"head": "金橙分期 · 逾期待还"},
            fields=(
                ("借款本金", "¥5000.00"), ("实际到账", "¥4250.00"), ("砍头费用", "¥750.00"),
                ("分期", "3期"), ("逾期天数", "12天"), ("应还合计", "¥7320.00"),
            ),
        ),
    )  # fmt: skip
    return Case(
        key="ganzhou",
        borrower="周德旺",
        platform="金橙分期",
        collectors=(A, B, G),
        contacts=(WIFE, DAUGHTER, MATE),
        loan={"amount": 5000, "received": 4250, "deducted": 750, "demanded": 7320},
        screens=screens,
    )
