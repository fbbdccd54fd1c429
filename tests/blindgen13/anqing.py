"""安庆: an Android-One-like phone; a collector posing as police, pinyin shorthand, 96 numbers."""

# ruff: noqa: E501 -- one line holds one person's words whole, as drawn, so each reads as one.

from __future__ import annotations

from tests.blindgen13.model import Case, Screen, Voices, t

V170 = "+86 170 5532 0918"
N96 = "96011835"
ZHOU = "贷后专员小周"
UNCLE, LEI = "二叔", "同学王磊"


def case() -> Case:
    v = Voices([V170, N96, ZHOU])
    s = [
        Screen("aq01_sms", "nokia13", "sms13", t("05-18 22:31"), title=V170, extra={"sub": "安徽 虚拟号段"}, msgs=[
            v.say(V170, "汪志远，我是安庆市公安局经侦支队民警，你涉嫌恶意透支网贷，请立即配合处理。", "05-16 10:02"),
            v.say("me", "你把警号和单位电话发来，我去派出所当面核实。", "05-16 10:15"),
            v.say(V170, "不用核实，今天hk八千二，yq记录我们帮你消，不然明天直接上门带人。", "05-17 19:44"),
            v.say(V170, "最后提醒：拒不配合的，按妨碍公务处理，后果自负！！", "05-18 22:20"),
        ]),
        Screen("aq02_calls", "nokia13", "calllog13", t("05-18 23:12"), wrap="markup13", extra={
            "ring": (40, 84), "battery": 44,
        }, calls=[
            v.call(N96, "05-18 22:56", 5, place="Service number", tag="Debt collection"),
            v.call(V170, "05-18 21:40", 2, place="安徽 虚拟号段", tag="Fraud suspected"),
            v.call("13955613320", "05-18 20:03", name=UNCLE, missed=False),
            v.call(N96, "05-17 09:12", 3, place="Service number", tag="Debt collection"),
            v.call(V170, "05-16 09:58", place="安徽 虚拟号段", tag="Fraud suspected"),
        ]),
        Screen("aq03_mail", "nokia13", "mail13", t("05-17 12:40"), extra={"subject": "关于您满分借账户的最终处理通知"}, msgs=[
            v.say(ZHOU, "汪先生您好：您在满分借的借款已逾期二十一天，经多次联系未果。本司将于三个工作日内启动上门核查，并同步通知您的紧急联系人及工作单位。如需协商，请今日下班前回复本邮件或致电九六零一一八三五。", "05-17 11:05", "mail"),
        ]),
        Screen("aq04_comments", "nokia13", "dycomment13", t("05-17 21:05"), extra={"total": 248}, msgs=[
            v.say(ZHOU, "@汪志远 钓鱼挺开心啊？欠满分借的钱啥时候还？大家认识他的帮忙转告一下", "05-17 20:11", "comment"),
            v.say(LEI, "老汪这咋回事，需要帮忙就说", "05-17 20:30"),
            v.say(ZHOU, "@同学王磊 你是他同学吧，他不还钱你也跑不了，通讯录里都有你", "05-17 20:36", "comment"),
        ]),
        Screen("aq05_voicemail", "nokia13", "voicemail13", t("05-18 23:15"), msgs=[
            v.say(N96, "汪志远，今晚再不回电，明天一早我们的外访同事就到你老家，二叔家我们也知道在哪。", "05-18 22:57", "voicemail"),
        ]),
        Screen("aq06_uncle", "nokia13", "chat13", t("05-18 20:20"), title=UNCLE, msgs=[
            v.say(UNCLE, "志远，刚才有人打电话到我这，说是公安局的，问你住哪里。", "05-18 20:05"),
            v.say(UNCLE, "截图：通话记录", "05-18 20:06", "image"),
            v.say("me", "二叔，那是催收冒充警察，您别告诉他们任何事。", "05-18 20:15"),
        ]),
        Screen("aq07_bill", "nokia13", "bill13", t("05-15 19:00"), title="满分借", extra={
            "bill": {"amount": 7000, "received": 5950, "deducted": 1050, "demanded": 8200},
            "due": "2026-04-26",
        }),
        Screen("aq08_notice", "nokia13", "notice13", t("05-19 09:30"), title="公安协查通知", extra={
            "paper": [
                "汪志远同志：经查，你名下网络借款长期逾期，涉嫌诈骗。",
                "限你于二〇二六年五月二十日前结清欠款，逾期将依法拘传。",
            ],
            "sign": "安庆市公安局经侦支队（章）",
        }),
        Screen("aq09_long", "nokia13", "sms13", t("05-19 08:05"), title=V170, wrap="seam13", extra={
            "sub": "安徽 虚拟号段", "height": 1000, "seam": 352,
        }, msgs=[
            v.say(V170, "汪志远，早上好，今天是最后期限，不要让我们去你单位找领导。", "05-19 07:10"),
            v.say("me", "我已经报警了，你们冒充警察是违法的。", "05-19 07:20"),
            v.say(V170, "报警？随便报，我们是合法催收，你欠钱就是事实。", "05-19 07:31"),
            v.say(V170, "再给你两个小时，8:00前不处理，你老婆孩子那边我们会一个一个打过去。", "05-19 07:42"),
            v.say("me", "所有电话和短信我都截图留证了。", "05-19 07:50"),
            v.say(V170, "留证有什么用，钱不还一辈子都是老赖，懂？", "05-19 08:01"),
        ]),
    ]  # fmt: skip
    return Case(
        "anqing",
        "汪志远",
        "满分借",
        [V170, N96, ZHOU],
        [(UNCLE, "13955613320"), (LEI, "15856704421")],
        {"amount": 7000, "received": 5950, "deducted": 1050, "demanded": 8200},
        s,
    )
