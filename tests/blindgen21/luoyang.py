"""洛阳: an iOS-12-like phone (gradient status bar, blue links); a 95 number's signed SMS, 陕西
words from a mobile, a B站-like DM, a landscape shot and the uncle's foldable (list and thread).
Every call and message is in the day; only the status-bar clocks show night."""

from __future__ import annotations

from tests.blindgen21.model import Call, Case, Msg, Screen
from tests.blindgen21.story import mark_collectors, shot, t

PHONE = "18638791520"
SMS95 = "95013268"
MOBILE = "13289470316"
BILI = "易花花法务-小周"
UNCLE = ("舅舅", "13937962218")
FRIEND = ("老同学刘强", "15137980524")

_THREAD = [
    Msg(MOBILE, "李建军，额是易花花的，你那五千块钱拖了一个月咧，今天咋说？", t("03-16 10:20")),
    Msg("me", "我在上班，晚上再说。", t("03-16 10:31")),
    Msg(
        MOBILE,
        "嫑跟额耍滑头，下午四点前不还，额就给你舅打电话，你屋里人一个都跑不了。",
        t("03-16 10:36"),
    ),
    Msg(MOBILE, "“6380元整”一分都不能少，听清楚了没有。", t("03-17 16:12")),
]


def case() -> Case:
    screens = [
        Screen(
            shot("ios", t("03-05 22:40")),
            "ioslegacy21",
            "bill21",
            "borrower",
            t("03-05 22:40"),
            battery=62,
            extra={
                "due": "6380.00",
                "due_line": "逾期中 · 每日罚息0.5%",
                "rows": [
                    ("借款金额", "5000元"),
                    ("实际到账", "4250元"),
                    ("审核费(已扣)", "750元"),
                    ("到期日", "2026/03/09"),
                ],
            },
        ),
        Screen(
            shot("ios", t("03-17 23:05"), 1),
            "ioslegacy21",
            "inbox21",
            "borrower",
            t("03-17 23:05"),
            battery=44,
            msgs=[
                Msg(
                    MOBILE, "“6380元整”一分都不能少，听清楚了没有。", t("03-17 16:12"), preview=True
                ),
                Msg(
                    SMS95,
                    "【易花花】李建军先生，您的欠款已移交属地外访团队，外访人员将于"
                    "近日到您户籍地核实情况",
                    t("03-17 14:03"),
                    preview=True,
                ),
                Msg(
                    FRIEND[0],
                    "建军，有个人加我微信说你欠钱，问我你住哪儿，我没理他。",
                    t("03-17 12:40"),
                    preview=True,
                ),
            ],
        ),
        Screen(
            shot("ios", t("03-17 23:07"), 2),
            "ioslegacy21",
            "sms21",
            "borrower",
            t("03-17 23:07"),
            title=SMS95,
            battery=44,
            msgs=[
                Msg(
                    SMS95,
                    "【易花花】李建军先生，您的欠款已移交属地外访团队，外访人员将于近日"
                    "到您户籍地核实情况，届时将告知村委及邻里，请提前准备6380元。",
                    t("03-17 14:03"),
                ),
                Msg("me", "我已经在凑钱了，能不能先还一部分？", t("03-17 14:20")),
                Msg(
                    SMS95,
                    "【易花花】部分还款不予受理。今日17:00前未全额结清，\n"
                    "外访结果将同步至您的工作单位，\n由此产生的一切后果由您本人承担，\n"
                    "退订回T",
                    t("03-17 14:26"),
                ),
            ],
        ),
        Screen(
            shot("ios", t("03-17 23:30"), 3),
            "ioslegacy21",
            "calllog21",
            "borrower",
            t("03-17 23:30"),
            battery=40,
            post=("mark",),
            extra={"mark": (20, 338, 600, 100)},
            calls=[
                Call(MOBILE, t("03-17 16:05"), 3, tag="陕西西安 | 催收"),
                Call(SMS95, t("03-17 13:58"), 1, tag="全国 | 催收"),
                Call(UNCLE[1], t("03-17 12:02"), 1, name=UNCLE[0], tag="河南洛阳"),
                Call(MOBILE, t("03-16 15:47"), 2, tag="陕西西安 | 催收"),
            ],
        ),
        Screen(
            shot("ios", t("03-17 23:31"), 4),
            "ioslegacy21",
            "calllog21",
            "borrower",
            t("03-17 23:31"),
            battery=40,
            post=("crop",),
            calls=[
                Call(UNCLE[1], t("03-17 12:02"), 1, name=UNCLE[0], tag="河南洛阳"),
                Call(MOBILE, t("03-16 15:47"), 2, tag="陕西西安 | 催收"),
                Call(FRIEND[1], t("03-16 12:30"), 1, name=FRIEND[0], tag="河南洛阳"),
                Call(MOBILE, t("03-16 09:15"), 4, tag="陕西西安 | 催收"),
                Call(SMS95, t("03-15 10:48"), 1, tag="全国 | 催收"),
            ],
        ),
        Screen(
            shot("ios", t("03-16 22:50"), 5),
            "ioslegacy21",
            "sms21",
            "borrower",
            t("03-16 22:50"),
            title=MOBILE,
            battery=71,
            msgs=_THREAD[:3],
        ),
        Screen(
            shot("ios", t("03-17 23:48"), 6),
            "landscape21",
            "sms21",
            "borrower",
            t("03-17 23:48"),
            title=MOBILE,
            battery=38,
            msgs=_THREAD[2:],
        ),
        Screen(
            shot("ios", t("03-18 00:10"), 7),
            "ioslegacy21",
            "bilidm21",
            "borrower",
            t("03-18 00:10"),
            title=BILI,
            battery=35,
            msgs=[
                Msg(
                    BILI,
                    "UP主你好，你的B站账号实名信息显示你在易花花有逾期，"
                    "请在今天下午三点前主动联系我们。",
                    t("03-17 09:30"),
                ),
                Msg("me", "你怎么找到我这个号的？", t("03-17 11:02")),
                Msg(
                    BILI,
                    "你投稿视频下面的粉丝，我们也可以一个个私信过去，让他们都知道UP主欠钱不还。",
                    t("03-17 11:05"),
                ),
            ],
        ),
        Screen(
            shot("wx", t("03-17 20:30")),
            "foldwide21",
            "foldchat21",
            UNCLE[0],
            t("03-17 20:30"),
            title=MOBILE,
            post=("forward",),
            battery=57,
            extra={
                "list": [
                    (MOBILE, "你外甥李建军欠钱不还，你当舅的…", "12:05"),
                    ("老伴", "晚上回来吃饭不？", "11:40"),
                    ("洛阳银行", "您尾号0318的账户…", "昨天"),
                ]
            },
            msgs=[
                Msg(
                    MOBILE,
                    "你外甥李建军欠钱不还，你当舅的给他垫上，嫑让额们天天寻你。",
                    t("03-17 12:05"),
                ),
                Msg("me", "他多大的人了，他的账我不管。", t("03-17 12:30")),
                Msg(MOBILE, "你不管是吧，那额明天就去你门口等着，看你管不管。", t("03-17 12:33")),
            ],
        ),
        Screen(
            shot("camera", t("03-18 09:20")),
            "paper21",
            "idcard21",
            "borrower",
            t("03-18 09:20"),
            post=("photo",),
            extra={
                "id": "410305199003151533",
                "fields": [
                    ("姓名", "李建军"),
                    ("性别", "男  民族 汉"),
                    ("出生", "1990年3月15日"),
                    ("住址", "河南省洛阳市涧西区"),
                ],
            },
        ),
        Screen(
            shot("wx", t("03-18 09:40"), 1),
            "paper21",
            "letter21",
            "borrower",
            t("03-18 09:40"),
            post=("photo", "forward"),
            extra={
                "head": "催 告 函",
                "sign": "易花花资产管理部",
                "paras": [
                    "李建军：",
                    "你于2026年2月9日借款5000元，至今未还，现欠6380元。",
                    "我司将于三日内委派外访人员前往你户籍所在地，"
                    "并向你所在单位发函核实你的还款能力。",
                    "咨询电话：95013268",
                ],
            },
        ),
    ]
    return mark_collectors(
        Case(
            "luoyang",
            [SMS95, MOBILE, BILI],
            [UNCLE, FRIEND],
            screens,
            {"amount": 5000, "received": 4250, "deducted": 750, "demanded": 6380},
        )
    )
