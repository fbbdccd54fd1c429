"""佛山: a Xiaomi-like phone in its 第二空间, Cantonese wording, an RCS card from a 1069 number."""

# ruff: noqa: E501 -- one line holds one person's words whole, as drawn, so each reads as one.

from __future__ import annotations

from tests.blindgen13.model import Case, Screen, Voices, t

V170 = "17066182245"
N95 = "95187230"
DESK = "020-31289900转16"
KEN = "钱包客服-阿Ken"
HUSBAND, LING = "老公", "表姐阿玲"
RCS = "106903228816"


def case() -> Case:
    v = Voices([V170, N95, DESK, KEN])
    s = [
        Screen("fs01_rcs", "mispace13", "rcs13", t("04-02 09:20"), title=RCS, extra={"sub": "闪电钱包"}, msgs=[
            v.say("闪电钱包", "【闪电钱包】尊敬的用户，您的账单已逾期，请尽快处理，以免影响信用记录。", "04-01 10:00"),
        ]),
        Screen("fs02_sms", "mispace13", "sms13", t("04-03 21:14"), title=V170, msgs=[
            v.say(V170, "何嘉欣，你笔数拖咗成个礼拜，今日唔还１２８００，我哋就打去你公司同你老公度。", "04-02 11:40"),
            v.say("me", "我已经同客服讲咗月尾还，唔好再打俾我屋企人。", "04-02 11:52"),
            v.say(V170, "月尾？你当我哋系慈善机构咩？今晚十二点前唔见钱，听日全部联系人都收到你嘅相。", "04-03 20:58"),
        ]),
        Screen("fs03_calls", "mispace13", "calllog13", t("04-03 23:40"), calls=[
            v.call(N95, "04-03 23:31", 4, place="Service number", tag="Harassment"),
            v.call("13802996541", "04-03 22:10", missed=False, name=HUSBAND),
            v.call(V170, "04-03 19:02", 2, place="广东 虚拟运营商", tag="Debt collection"),
            v.call(DESK, "04-02 15:45", 3, place="广东 广州", tag="Spam · 97 reports"),
        ], extra={"net": "5G", "battery": 34}),
        Screen("fs04_search", "mispace13", "wxsearch13", t("04-04 08:30"), extra={"term": "还钱"}, msgs=[
            v.say(KEN, "Hello何小姐，我系闪电钱包嘅Ken，你今日要还钱喇，唔好逼我哋上门。", "04-02 09:05", "hit"),
            v.say(KEN, "你表姐都话唔识你？OK，咁我哋就send你啲资料去你全部亲戚。", "04-04 07:58", "hit"),
            v.say(LING, "阿欣，点解有人问我你还钱嘅事？", "04-03 13:11", "hit"),
        ]),
        Screen("fs05_wecom", "mispace13", "wecom13", t("04-04 10:02"), extra={"battery": 71}, msgs=[
            v.say(KEN, "我系何嘉欣嘅债权人代表，佢欠款逾期，请通过，唔系我就直接揾你哋HR同老板倾。", "04-04 09:47", "note"),
        ]),
        Screen("fs06_ling", "mispace13", "chat13", t("04-03 13:30"), title=LING, msgs=[
            v.say(LING, "有个叫阿Ken嘅加我微信，话你借咗钱唔还，仲发咗你身份证俾我睇。", "04-03 13:09"),
            v.say(LING, "截图：阿Ken的聊天", "04-03 13:10", "image"),
            v.say("me", "唔好理佢，多谢表姐话我知。", "04-03 13:25"),
        ]),
        Screen("fs07_printed", "mispace13", "sms13", t("04-05 16:20"), title=N95, wrap="print13", msgs=[
            v.say(N95, "【贷后通知】何嘉欣你好，你已被列入重点催收名单，今日十八点前未结清，将安排外访人员上门核实。", "04-04 12:00"),
            v.say(N95, "最后一次机会：即刻还款可以减免部分罚息，回复Y联系专员。", "04-05 09:15"),
        ]),
        Screen("fs08_bill", "mispace13", "bill13", t("04-01 20:00"), title="闪电钱包", extra={
            "bill": {"amount": 12000, "received": 9600, "deducted": 2400, "demanded": 12800},
            "due": "2026-03-25",
        }),
        Screen("fs09_blocked", "mispace13", "contact13", t("04-05 23:58"), extra={
            "number": N95, "place": "Service number", "battery": 12,
            "notes": ["Reported by 1,204 users as Harassment", "已加入黑名单"],
        }),
    ]  # fmt: skip
    return Case(
        "foshan",
        "何嘉欣",
        "闪电钱包",
        [V170, N95, DESK, KEN],
        [(HUSBAND, "13802996541"), (LING, "13728805512")],
        {"amount": 12000, "received": 9600, "deducted": 2400, "demanded": 12800},
        s,
    )
