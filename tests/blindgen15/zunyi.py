"""遵义: a HarmonyOS-4-like drawer, a call-screening log, Snapchat-like and QQ空间-like comments.

Every collector call and line here falls in daytime; the one late thing is a shot's status clock.
"""

from __future__ import annotations

from tests.blindgen15.model import Case, Screen, Voices, finish, t

PHONE = "harmony15"
SIX = "1065 5021 8870 3"
DESK = "0851 2716 4482"
MOBILE = "189-8512-7730"
SNAP = "zy_催款小分队"
ZONE = "阿杰收账"
BOSS, MUM = "罗经理", "妈妈"
BANK = "95533"


def case() -> Case:
    v = Voices([SIX, DESK, MOBILE, SNAP, ZONE])
    s = [
        Screen(
            "drawer",
            PHONE,
            "drawer15",
            t("05-21 23:48"),
            msgs=[
                v.say(
                    SIX,
                    "【执行通知】杨思琪：你名下借款已转入执行程序，请于今日17时前联系承办人，逾期后果自负。",
                    "05-21 16:20",
                    "card",
                ),
                v.say(
                    BANK,
                    "【建设银行】您尾号6621的储蓄卡5月21日支出2,000.00元，余额318.55元。",
                    "05-21 12:03",
                    "card",
                ),
                v.say(
                    MOBILE,
                    "杨思琪你躲得了初一躲不过十五，明天我们直接去你单位门口等你",
                    "05-21 11:37",
                    "preview",
                ),
            ],
        ),
        Screen(
            "screening",
            PHONE,
            "screen15",
            t("05-21 18:10"),
            calls=[
                v.call(DESK, "05-21 17:55", 3, place="贵州 遵义", tag="已拦截 · 催收"),
                v.call(MOBILE, "05-21 11:30", 2, place="贵州 贵阳", tag="已拦截 · 骚扰"),
                v.call(DESK, "05-20 09:12", place="贵州 遵义", tag="已拦截 · 催收"),
            ],
        ),
        Screen(
            "calls",
            PHONE,
            "calllog15",
            t("05-21 18:12"),
            engine="html",
            calls=[
                v.call(DESK, "05-21 17:55", 3, place="贵州 遵义"),
                v.call("13608521176", "05-21 13:40", name=MUM),
                v.call(MOBILE, "05-21 11:30", 2, place="贵州 贵阳"),
                v.call("18685209963", "05-20 15:05", name=BOSS),
                v.call(MOBILE, "05-19 10:44", 5, place="贵州 贵阳"),
            ],
        ),
        Screen(
            "sms",
            PHONE,
            "sms15",
            t("05-21 12:00"),
            title=MOBILE,
            msgs=[
                v.say(
                    MOBILE,
                    "杨小姐，您的欠款1.2w已逾期，执行局承办人将于近日前往您户籍地核实财产情况。",
                    "05-19 10:50",
                ),
                v.say("me", "我没有借那么多，本金只有一万。", "05-19 11:02"),
                v.say(
                    MOBILE,
                    "本金多少不重要,合同写得清清楚楚。今天不处理，明天联系你单位罗经理。",
                    "05-21 11:35",
                ),
            ],
        ),
        Screen(
            "snap",
            PHONE,
            "snap15",
            t("05-20 20:30"),
            title=SNAP,
            msgs=[
                v.say(
                    SNAP,
                    "Hey 思琪，我们找到你的 snap 了 😊 还钱 or 曝光，you choose。",
                    "05-20 19:48",
                ),
                v.say("me", "你们这样是违法的，我已经截图。", "05-20 19:55"),
                v.say(
                    SNAP,
                    "截图随便截，明天中午之前没到账，你的照片会出现在你所有好友的 story 里。",
                    "05-20 20:02",
                ),
            ],
        ),
        Screen(
            "zone",
            PHONE,
            "qzone15",
            t("05-20 21:10"),
            msgs=[
                v.say("me", "今天的晚霞真好看～", "05-20 18:30", "post"),
                v.say("表姐", "好美！在哪拍的？", "05-20 18:45", "comment"),
                v.say(
                    ZONE,
                    "还有心情看晚霞？先把欠的1.2w还上吧，各位亲友注意，此人欠钱不还。",
                    "05-20 20:15",
                    "comment",
                ),
            ],
        ),
        Screen(
            "boss",
            "palm15",
            "sms15",
            t("05-21 14:00"),
            title=SIX,
            owner=BOSS,
            forwarded=True,
            msgs=[
                v.say(
                    SIX,
                    "【执行通知】罗经理您好，贵单位员工杨思琪涉及借款纠纷案件，请通知其本人于今日联系处理。",
                    "05-21 13:52",
                ),
            ],
        ),
        Screen(
            "mum",
            "palm15",
            "sms15",
            t("05-21 14:20"),
            title=MUM,
            owner=MUM,
            forwarded=True,
            msgs=[
                v.say(
                    MUM, "琪琪，有个人打电话给我说你欠了钱，还说要来家里，怎么回事？", "05-21 14:05"
                ),
                v.say("me", "妈，是网贷催收，我在处理，别给他们钱。", "05-21 14:12"),
            ],
        ),
        Screen(
            "bill",
            PHONE,
            "bill15",
            t("05-18 09:30"),
            title="易分期",
            extra={
                "paras": [
                    "借款金额 10000.00元",
                    "实际到账 8200.00元",
                    "服务费 1800.00元",
                    "应还总额 12000.00元",
                ]
            },
        ),
        Screen(
            "summons",
            "paper15",
            "summons15",
            t("05-21 15:00"),
            extra={
                "heads": ["遵义市执行局 协助执行通知书"],
                "paras": [
                    "被执行人：杨思琪",
                    "因你拒不归还借款本息12000元，本局已决定对你采取强制执行措施。",
                    "请于接到本通知后24小时内主动履行。",
                    "2026年5月21日",
                ],
            },
        ),
        Screen(
            "idcard",
            "paper15",
            "idcard15",
            t("05-21 15:02"),
            extra={
                "heads": ["居民身份证"],
                "paras": [
                    "姓名 杨思琪",
                    "性别 女  民族 仡佬",
                    "出生 1997年2月14日",
                    "住址 贵州省遵义市汇川区",
                ],
            },
        ),
    ]
    return finish(
        Case(
            "zunyi",
            "杨思琪",
            "易分期",
            [SIX, DESK, MOBILE, SNAP, ZONE],
            [(BOSS, "18685209963"), (MUM, "13608521176")],
            {"amount": 10000, "received": 8200, "deducted": 1800, "demanded": 12000},
            s,
        ),
        PHONE,
    )
