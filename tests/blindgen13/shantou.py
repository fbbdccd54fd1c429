"""汕头: an LG-UX-like phone, Teochew/Minnan wording, a car screen reading an SMS aloud."""

# ruff: noqa: E501 -- one line holds one person's words whole, as drawn, so each reads as one.

from __future__ import annotations

from tests.blindgen13.model import Case, Screen, Voices, t

V171 = "+86 171 2093 4471"
DESK = "0754-88216630转802"
NICK = "速借花-法务陈生"
MA, JUAN = "阿妈", "同事阿娟"


def case() -> Case:
    v = Voices([V171, DESK, NICK])
    s = [
        Screen("st01_sms", "lgux13", "sms13", t("03-12 22:47"), title=V171, extra={"sub": "海南 移动"}, msgs=[
            v.say(V171, "林晓纯，汝欠速借花的钱今日着还，唔还就等着乡里人拢知。", "03-10 09:12"),
            v.say("me", "我这礼拜拿到工钱就还，莫再打我阿妈电话。", "03-10 09:30"),
            v.say(V171, "工钱？汝讲了三遍啦。明早十点前转账八千六百元，过时我直接去汝厝里揣人。", "03-11 20:05"),
            v.say(V171, "今晚最后通知：家己钱家己还，连累序大人无意思 😤 汝阿妈的电话阮已经有啦。", "03-12 22:40"),
        ]),
        Screen("st02_calls", "lgux13", "calllog13", t("03-12 23:05"), calls=[
            v.call(V171, "03-12 22:58", 3, place="海南 虚拟运营商", tag="Debt collection"),
            v.call(DESK, "03-12 14:20", 2, place="广东 汕头", tag="Spam · 214 reports"),
            v.call("13502731188", "03-12 12:02", name=MA, missed=False),
            v.call(V171, "03-11 19:47", 4, place="海南 虚拟运营商", tag="Debt collection"),
            v.call(DESK, "03-10 10:31", place="广东 汕头", tag="Spam · 214 reports"),
        ], extra={"battery": 23}),
        Screen("st03_voicemail", "lgux13", "voicemail13", t("03-12 23:07"), msgs=[
            v.say(DESK, "喂，林小姐，这里是速借花贷后部，汝的账已经逾期十二天，请今日下午五点前回电，分机八零二。", "03-12 14:21", "voicemail"),
            v.say(DESK, "阮已经准备材料寄去汝公司人事部，汝家己想清楚，唔好讲阮无提醒。", "03-10 10:32", "voicemail"),
        ]),
        Screen("st04_mother", "lgux13", "chat13", t("03-12 12:10"), title=MA, msgs=[
            v.say(MA, "阿纯，今早有个男人打来讲汝欠钱，口气真歹，伊讲要来厝里。", "03-12 12:04"),
            v.say(MA, "截图：来电 0754-88216630", "03-12 12:05", "image"),
            v.say("me", "阿妈莫惊，莫接，我会处理。", "03-12 12:08"),
        ]),
        Screen("st05_blocked", "lgux13", "contact13", t("03-13 08:02"), extra={
            "number": V171, "place": "海南 虚拟运营商", "net": "5G", "battery": 88,
            "notes": ["Marked by 386 users as Debt collection", "拦截来电 · 拦截短信"],
        }),
        Screen("st06_moments", "lgux13", "moments13", t("03-13 09:15"), msgs=[
            v.say(NICK, "【寻人】林晓纯，汕头人，欠款不还玩失踪，认识伊的亲戚朋友请转告：速速联系阮，免得难看！", "03-13 08:40", "post"),
            v.say(JUAN, "这是我们公司的晓纯吗？", "03-13 08:52"),
            v.say(NICK, "就是伊，同事也可以帮伊还，私信我。", "03-13 08:55", "comment"),
        ]),
        Screen("st07_car", "car13", "carmsg13", t("03-13 18:31"), msgs=[
            v.say(V171, "林晓纯，汝今日再唔处理，明早阮就去汝单位门口等汝，讲到做到。", "03-13 18:30", "readout"),
        ]),
        Screen("st08_bill", "lgux13", "bill13", t("03-09 21:10"), title="速借花", extra={
            "bill": {"amount": 8000, "received": 6400, "deducted": 1600, "demanded": 8600},
            "due": "2026-02-28",
        }),
        Screen("st09_notice", "lgux13", "notice13", t("03-13 19:40"), title="协助调查通知书", extra={
            "paper": [
                "林晓纯：你因涉嫌恶意拖欠网络借款，已被列入调查名单。",
                "请于收到本通知三日内结清全部欠款，否则将移交司法机关处理。",
            ],
            "sign": "汕头市某某调解中心（印）",
        }),
        Screen("st10_sms_night", "lgux13", "sms13", t("03-14 00:12"), title=V171, extra={"sub": "海南 移动", "battery": 9}, msgs=[
            v.say(V171, "还在装睡？三更半暝也着还钱，阮明早八点准时拨汝阿妈。", "03-14 00:03"),
        ]),
    ]  # fmt: skip
    return Case(
        "shantou",
        "林晓纯",
        "速借花",
        [V171, DESK, NICK],
        [(MA, "13502731188"), (JUAN, "13726011954")],
        {"amount": 8000, "received": 6400, "deducted": 1600, "demanded": 8600},
        s,
    )
