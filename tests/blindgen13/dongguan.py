"""东莞: an Android-Go tablet shared at home, a landlord's forwarded shot, English and emoji mixed."""

# ruff: noqa: E501 -- one line holds one person's words whole, as drawn, so each reads as one.

from __future__ import annotations

from tests.blindgen13.model import Case, Screen, Voices, t

DESK = "0769-22817745"
V171 = "17136250098"
LONG = "催收阿龙"
BRO, LANDLADY = "弟弟", "房东黄姨"


def case() -> Case:
    v = Voices([DESK, V171, LONG])
    s = [
        Screen("dg01_sms", "gotab13", "sms13", t("06-07 21:50"), title=V171, msgs=[
            v.say(V171, "陈佩玲，your loan is overdue 9 days！今天必须还清，别逼我们 call 你全家 📞", "06-05 14:22"),
            v.say(V171, "我们已经查到你租的房子在哪个村，房东电话也有了，today 不还就去找她。", "06-06 10:48"),
            v.say("me", "我周五发工资就还，请不要骚扰房东。", "06-06 11:03"),
            v.say(V171, "周五？No way。今晚九点半前转不到账，明天早上七点我们准时到你楼下 👀", "06-07 21:31"),
        ]),
        Screen("dg02_calls", "gotab13", "calllog13", t("06-07 22:30"), calls=[
            v.call(DESK, "06-07 22:02", 3, place="广东 东莞", tag="Debt collection"),
            v.call("13631188052", "06-07 19:40", name=BRO, missed=False),
            v.call(V171, "06-07 18:15", 2, place="广东 虚拟运营商", tag="Spam · 58 reports"),
            v.call(DESK, "06-06 09:30", 2, place="广东 东莞", tag="Debt collection"),
            v.call(V171, "06-05 14:10", place="广东 虚拟运营商", tag="Spam · 58 reports"),
        ]),
        Screen("dg03_brother", "gotab13", "chat13", t("06-07 19:55"), title=BRO, msgs=[
            v.say(BRO, "姐，有个0769的号码打给我三次，说你不还钱就要去我公司闹。", "06-07 19:30"),
            v.say(BRO, "截图：来电记录", "06-07 19:31", "image"),
            v.say("me", "别接，我在收集证据，准备去投诉。", "06-07 19:50"),
        ]),
        Screen("dg04_blocked", "gotab13", "contact13", t("06-08 07:30"), extra={
            "number": DESK, "place": "广东 东莞", "battery": 96,
            "notes": ["Tagged by 512 users as Debt collection", "来电已拦截"],
        }),
        Screen("dg05_moments", "gotab13", "moments13", t("06-08 12:10"), msgs=[
            v.say(LONG, "曝光一下：陈佩玲，住东莞某村出租屋，借钱不还还拉黑，房东和邻居注意，别被她骗了！", "06-08 11:20", "post"),
            v.say(LANDLADY, "阿玲是我租客，有事好好讲", "06-08 11:45"),
        ]),
        Screen("dg06_search", "gotab13", "wxsearch13", t("06-08 13:00"), extra={"term": "阿龙"}, msgs=[
            v.say(LONG, "陈小姐，我是阿龙，负责你这笔单的，加你是想帮你处理，别不识好歹。", "06-05 16:40", "hit"),
            v.say(LONG, "拉黑我也没用，你弟弟和房东的微信我都有，慢慢聊。", "06-08 09:15", "hit"),
        ]),
        Screen("dg07_landlady", "lgux13", "sms13", t("06-08 10:02"), title=V171, owner="landlady", forwarded=True, msgs=[
            v.say(V171, "黄姨你好，你的租客陈佩玲欠我们公司钱跑路了，麻烦你转告她马上还款。", "06-08 09:40"),
            v.say(V171, "如果你帮她隐瞒，我们只能上门找你了解情况，希望你配合。", "06-08 09:52"),
        ]),
        Screen("dg08_bill", "gotab13", "bill13", t("06-04 20:30"), title="易分期", extra={
            "bill": {"amount": 5000, "received": 4100, "deducted": 900, "demanded": 5650},
            "due": "2026-05-29",
        }),
        Screen("dg09_voicemail", "gotab13", "voicemail13", t("06-08 23:20"), msgs=[
            v.say(DESK, "陈佩玲，东莞这边的同事已经在路上了，你不接电话也没用，明早见。", "06-08 22:48", "voicemail"),
        ]),
    ]  # fmt: skip
    return Case(
        "dongguan",
        "陈佩玲",
        "易分期",
        [DESK, V171, LONG],
        [(BRO, "13631188052"), (LANDLADY, "13712290441")],
        {"amount": 5000, "received": 4100, "deducted": 900, "demanded": 5650},
        s,
    )
