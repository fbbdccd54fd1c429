"""昆明: 杨晓雯 on an Android 4 holo-dark phone; 速龙贷, two numbers and a WeChat 专员.

Two overlapping call-log shots, an SMS thread and inbox, a 骚扰拦截 page, a WeChat-like chat, the
bill, her mother's thread forwarded as an mmexport JPEG, and a photographed 律师函.
"""

# ruff: noqa: E501 (a case is data: whole messages on one line each read best)

from __future__ import annotations

from tests.blindgen8.model import Call, Case, Msg, Screen, t

A = "171 3820 5546"
B = "+86 162 5517 0093"
W = "贷后-陈专员"
MOM, COUSIN, BOSS = (
    ("妈妈", "138 8712 4409"),
    ("表哥阿峰", "159 2603 7781"),
    ("刘主管", "186 0871 3320"),
)

_SHARED = (
    Call(B, t("11-11 23:48"), 3, tag="骚扰电话 标记86次", place="广东深圳"),
    Call(BOSS[1], t("11-11 10:02"), name=BOSS[0], missed=False, place="云南昆明"),
    Call(A, t("11-09 13:22"), 2, tag="疑似催收", place="广西南宁"),
)
_SMS_A = (
    Msg(A, "【速龙贷贷后管理中心】杨晓雯女士，您在我司的借款已逾期6天，应还金额11850元，请于今日18点前处理，逾期将影响个人征信。", t("11-03 09:31"), stamp=True),
    Msg(A, "还装死？你通讯录我们已经全部导出了，明天开始一个一个打，你妈你表哥你领导都跑不掉", t("11-05 22:47"), stamp=True),
    Msg("me", "我这个月工资还没发，能不能宽限几天", t("11-05 22:52")),
    Msg(A, "宽限？给你三天时间是你自己不珍惜，今晚十二点前不还，明天直接去你单位找你刘主管", t("11-05 22:55")),
    Msg(A, "案件已移交法务部，近期将向你户籍所在地法院提起诉讼，届时律师函和传票会寄到你家，你自己掂量", t("11-09 13:30"), stamp=True),
)  # fmt: skip


def case() -> Case:
    screens = (
        Screen(
            "k01", "holo", "dialer", "borrower", t("11-12 08:14"), "08:14 3G 52%", style="day",
            calls=(
                Call(MOM[1], t("11-12 07:40"), name=MOM[0], missed=False, place="云南曲靖"),
                Call(A, t("11-12 02:17"), 4, tag="疑似催收", place="广西南宁"),
                *_SHARED,
            ),
        ),
        Screen(
            "k02", "holo", "dialer", "borrower", t("11-12 08:15"), "08:15 3G 52%", style="day",
            overlaps="k01",
            calls=(
                *_SHARED,
                Call(COUSIN[1], t("11-08 19:40"), name=COUSIN[0], missed=False, place="云南昆明"),
                Call(B, t("11-07 10:40"), 2, tag="骚扰电话 标记86次", place="广东深圳"),
                Call(A, t("11-06 06:58"), 3, tag="疑似催收", place="广西南宁"),
            ),
        ),
        Screen("k03", "holo", "sms_thread", "borrower", t("11-09 13:41"), "13:41 3G 77%", title=A, msgs=_SMS_A, tall=True),
        Screen(
            "k04", "holo", "msg_inbox", "borrower", t("11-10 09:20"), "09:20 3G 70%", title="信息",
            msgs=(
                Msg(A, _SMS_A[-1].text, _SMS_A[-1].at, kind="preview"),
                Msg(B, "杨晓雯你再不接电话，我们就把你的逾期信息群发给你全部联系人，包括你领导", t("11-08 23:05"), kind="preview"),
                Msg(MOM[0], "晓雯，有人打电话给我说你欠了钱，到底怎么回事，快给妈回个电话", t("11-04 20:01"), kind="preview"),
                Msg("1069 0571 2233", "【速龙贷】您的借款8000元已放款至尾号3317银行卡，请按时还款。", t("10-14 15:12"), kind="preview", notice=True),
            ),
        ),
        Screen(
            "k05", "holo", "blocker", "borrower", t("11-10 23:30"), "23:30 3G 41%",
            calls=(
                Call(B, t("11-10 23:12"), 5, tag="催收 · 标记312次", place="广东深圳"),
                Call(A, t("11-08 07:10"), 2, tag="疑似催收", place="广西南宁"),
            ),
            blocked_sms=(
                Msg(B, "【法务通知】杨晓雯，你名下借款已进入诉前调解程序，拒不处理将安排人员上门核实", t("11-10 22:58"), kind="preview"),
            ),
        ),
        Screen(
            "k06", "holo", "chat1v1", "borrower", t("11-07 09:10"), "09:10 3G 88%", title=W,
            msgs=(
                Msg(W, "杨女士，我是速龙贷贷后的陈专员，你的款今天必须给个说法", t("11-06 20:10"), stamp=True),
                Msg("me", "我在想办法，别再打我家里人电话了", t("11-06 20:13")),
                Msg(W, "你家里人是你的紧急联系人，你不还我们就只能找他们，你转告你妈，这钱她迟早也得替你还", t("11-06 20:16")),
                Msg(W, "今天下午我们外访同事会去你公司前台，你要是不想丢人就中午之前把11850转过来", t("11-07 09:02"), stamp=True),
            ),
        ),
        Screen(
            "k07", "holo", "bill", "borrower", t("11-10 09:25"), "09:25 3G 69%",
            extra={"head": "速龙贷 · 已逾期13天"},
            fields=(
                ("借款金额", "8,000.00元"), ("到账金额", "6,400.00元"), ("服务费（放款时扣除）", "1,600.00元"),
                ("借款期限", "14天"), ("到期日", "2026-10-28"), ("当前应还", "11,850.00元"),
            ),
        ),
        Screen(
            "k08", "lite_go", "sms_thread", MOM[0], t("11-04 20:30"), "20:30 4G 64%", title=A,
            forwarded=True,
            msgs=(
                Msg(A, "阿姨你好，你女儿杨晓雯在我们平台借钱不还，已经失联，麻烦你转告她尽快联系我们，否则后果自负", t("11-04 19:40"), stamp=True),
                Msg("me", "你们是谁？我女儿怎么了", t("11-04 19:42")),
                Msg(A, "我们是速龙贷委托的催收方，她欠的一万多你当妈的要是不管，过两天我们就到你们小区门口拉横幅", t("11-04 19:44")),
            ),
        ),
        Screen(
            "k09", "holo", "paper", "borrower", t("11-10 18:05"), "", title="律师函", photo=True,
            extra={"paper": "letter"},
            fields=(
                ("to", "致：杨晓雯（身份证尾号0427）"),
                ("p1", "本所受速龙贷平台委托，就你拖欠借款一事郑重函告如下："),
                ("p2", "你于2026年10月14日借款8000元，至今逾期未还，应还本息及费用合计11850元。"),
                ("p3", "请于收函之日起三日内一次性结清，逾期本所将代理委托人提起诉讼并申请财产保全。"),
                ("sign", "广西某某律师事务所  2026年11月9日"),
            ),
        ),
    )  # fmt: skip
    return Case(
        key="kunming",
        borrower="杨晓雯",
        platform="速龙贷",
        collectors=(A, B, W),
        contacts=(MOM, COUSIN, BOSS),
        loan={"amount": 8000, "received": 6400, "deducted": 1600, "demanded": 11850},
        screens=screens,
    )
