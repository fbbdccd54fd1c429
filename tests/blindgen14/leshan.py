"""Leshan: a dark-mode tablet, X-like DMs, an AI call assistant, a mother's long capture."""

from __future__ import annotations

from tests.blindgen14.model import Case, Screen, Voices, t

COLLECTORS = [
    "+86 188 8336 1904", "0833-2419 557", "4001 386 529", "95183 7720",
    "豹子贷后-小杰", "嘉州清收-刚哥",
]  # fmt: skip
LOAN = {"amount": 6000, "received": 4200, "deducted": 1800, "demanded": 9900}


def case() -> Case:
    v = Voices(COLLECTORS)
    mob, land, hotline, ninefive, xiaojie, gangge = COLLECTORS
    tab = "darktab14"
    screens = [
        Screen(
            "ls_bill",
            tab,
            "bill14",
            t("06-01 13:00"),
            "豹子分期",
            extra={"loan": LOAN, "due": "到期日 06-08", "net": "WLAN"},
        ),
        Screen(
            "ls_ysf",
            tab,
            "ysf14",
            t("06-02 12:00"),
            extra={"net": "WLAN"},
            msgs=[
                v.say("云闪付", "您有一笔06月01日的转入4,200.00元已到账。", "06-01 13:05"),
                v.say(
                    "豹子分期",
                    "【豹子分期】温馨提示：您的账单将于06月08日到期，请按时还款。",
                    "06-02 10:00",
                ),
            ],
        ),
        Screen(
            "ls_log_a",
            tab,
            "calllog14",
            t("06-10 07:50"),
            calls=[
                v.call(mob, "06-10 02:14", 6, place="四川乐山"),
                v.call("18328359906", "06-09 22:30", name="何川", missed=False),
                v.call(land, "06-09 21:05", 2, place="四川乐山"),
                v.call(hotline, "06-09 14:18", place="企业号码"),
            ],
        ),
        Screen(
            "ls_log_b",
            tab,
            "calllog14",
            t("06-10 07:51"),
            calls=[
                v.call(land, "06-09 21:05", 2, place="四川乐山"),
                v.call(hotline, "06-09 14:18", place="企业号码"),
                v.call("13990612283", "06-09 11:00", name="周主任", missed=False),
                v.call(ninefive, "06-09 10:02", 3, place="企业号码"),
            ],
        ),
        Screen(
            "ls_x",
            tab,
            "xdm14",
            t("06-10 12:00"),
            xiaojie,
            extra={"handle": "@bz_xiaojie"},
            msgs=[
                v.say(
                    xiaojie,
                    "杨俊，玖仟玖佰元，今天之内，不然你的P图明天就挂到乐山本地号上🔥",
                    "06-09 15:00",
                    "dm",
                ),
                v.say("me", "我在想办法凑", "06-09 15:20"),
                v.say(xiaojie, "想锤子办法，你兄弟何川我们都联系了", "06-10 11:40", "dm"),
            ],
        ),
        Screen(
            "ls_ai",
            tab,
            "aicall14",
            t("06-09 21:20"),
            land,
            msgs=[
                v.say("小艺", "您好，我是机主的通话助理，请问有什么事？", "06-09 21:05"),
                v.say(
                    land,
                    "叫杨俊接电话！他欠我们豹子分期的钱，躲起来算啥子男人",
                    "06-09 21:05",
                    "transcript",
                ),
                v.say("小艺", "好的，已为您记录。", "06-09 21:06"),
                v.say(
                    land,
                    "记录个铲铲，让他明天中午前还钱，不然我们去他单位",
                    "06-09 21:06",
                    "transcript",
                ),
            ],
        ),
        Screen(
            "ls_mom_long",
            "iosflat14",
            "wxvoice14",
            t("06-10 18:30"),
            gangge,
            owner="妈",
            forwarded=True,
            long=True,
            extra={"height": 1500},
            msgs=[
                v.say(
                    gangge,
                    "孃孃，你儿娃子杨俊欠钱不还，你管一下嘛，不然我们天天打你电话☎️",
                    "06-10 17:50",
                    "voice",
                ),
                v.say("me", "他欠好多？我帮他问一下", "06-10 17:55"),
                v.say(gangge, "连本带息玖仟玖佰，少一分都不得行", "06-10 18:02"),
                v.say("me", "你们说话客气点", "06-10 18:10"),
                v.say(gangge, "客气？你儿子不要脸我们还客气啥子，sb一个", "06-10 18:15", "voice"),
            ],
        ),
        Screen(
            "ls_wa_friend",
            tab,
            "wa14",
            t("06-10 20:00"),
            "何川",
            msgs=[
                v.say("何川", "俊哥，有人在微信上加我说你欠钱，咋回事？", "06-10 19:30"),
                v.say("me", "网贷的催收，别理他们", "06-10 19:35"),
                v.say("何川", "要得，我截图留着，你去报警", "06-10 19:36"),
            ],
        ),
        Screen(
            "ls_summons",
            tab,
            "summons14",
            t("06-10 16:00"),
            extra={
                "court": "乐山市某区人民法院",
                "head": "传票",
                "dated": "2026年6月10日",
                "lines": [
                    "被传唤人：杨俊",
                    "案由：网络借款合同纠纷",
                    "限期：收到本传票之日起两日内到庭",
                    "逾期不到视为放弃答辩。",
                ],
            },
        ),
        Screen(
            "ls_sms",
            tab,
            "sms14",
            t("06-11 23:40"),
            mob,
            msgs=[
                v.say(mob, "大半夜睡得着？欠钱的人莫得资格睡觉😴", "06-11 01:30"),
                v.say(mob, "最后通知：明天再不还，你通讯录三百多人一人一条短信📱", "06-11 23:20"),
            ],
        ),
    ]
    return Case(
        "leshan",
        "杨俊",
        "豹子分期",
        COLLECTORS,
        [("周主任", "13990612283"), ("妈", "13547021156"), ("何川", "18328359906")],
        LOAN,
        screens,
    )
