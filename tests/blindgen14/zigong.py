"""Zigong: an iOS-7-flat-like phone, 四川话, a shop 客服 who is a collector, a forged summons."""

from __future__ import annotations

from tests.blindgen14.model import Case, Screen, Voices, t

COLLECTORS = [
    "177 8135 2046", "0813-5206 318", "95137 0086", "10690 5582 3317",
    "老K催收组", "客服-小圆", "蜀道催收-阿伟",
]  # fmt: skip
LOAN = {"amount": 3000, "received": 2100, "deducted": 900, "demanded": 4600}


def case() -> Case:
    v = Voices(COLLECTORS)
    mob, land, ninefive, sp, laok, shop, awei = COLLECTORS
    phone = "iosflat14"
    screens = [
        Screen(
            "zg_bill",
            phone,
            "bill14",
            t("05-16 11:30"),
            "小花钱包",
            extra={"loan": LOAN, "due": "已逾期 1 天"},
        ),
        Screen(
            "zg_sms106",
            phone,
            "sms14",
            t("05-18 09:12"),
            sp,
            msgs=[
                v.say(
                    sp,
                    "【催收通知】罗晓燕，你在小花钱包的欠款已逾期，今天不处理就启动上门程序，莫得商量",
                    "05-17 08:40",
                ),
                v.say(sp, "晓得你住哪个小区，莫逼我们来敲门嘛🙃", "05-18 09:05"),
            ],
        ),
        Screen(
            "zg_bank",
            phone,
            "bankmsg14",
            t("05-18 09:30"),
            msgs=[
                v.say(
                    "蜀信银行",
                    "【蜀信银行】您的信用卡本期账单1,250.00元，最后还款日6月3日，请按时还款。",
                    "05-18 08:00",
                ),
                v.say(
                    "蜀信银行",
                    "您尾号0042的账户05月16日入账2,100.00元，摘要：网络借款放款。",
                    "05-16 11:02",
                ),
            ],
        ),
        Screen(
            "zg_log_a",
            phone,
            "calllog14",
            t("05-19 07:40"),
            calls=[
                v.call(land, "05-19 07:12", 5, place="四川自贡"),
                v.call(mob, "05-18 23:36", 2, place="四川自贡"),
                v.call("18181352240", "05-18 21:00", name="妈妈", missed=False),
                v.call(ninefive, "05-18 15:20", place="企业号码"),
            ],
        ),
        Screen(
            "zg_log_b",
            phone,
            "calllog14",
            t("05-19 07:41"),
            calls=[
                v.call(mob, "05-18 23:36", 2, place="四川自贡"),
                v.call("18181352240", "05-18 21:00", name="妈妈", missed=False),
                v.call(ninefive, "05-18 15:20", place="企业号码"),
                v.call("13908137726", "05-18 10:02", name="孙总", missed=False),
                v.call(land, "05-17 22:45", 3, place="四川自贡"),
            ],
        ),
        Screen(
            "zg_ig",
            phone,
            "igdm14",
            t("05-19 13:10"),
            laok,
            extra={"handle": "laok_cs"},
            msgs=[
                v.say(
                    laok,
                    "罗晓燕，你的照片我们已经P好了，发到你朋友那里好不好看嘛？😏",
                    "05-19 12:30",
                    "dm",
                ),
                v.say("me", "你们这是违法的", "05-19 12:35"),
                v.say(laok, "违法？欠钱不还才是锤子道理，三天内还肆仟陆佰元", "05-19 12:41", "dm"),
            ],
        ),
        Screen(
            "zg_shop",
            phone,
            "shopcs14",
            t("05-19 20:15"),
            "小花优选旗舰店",
            extra={"item": "电动牙刷 柔净款", "price": "¥89.00"},
            msgs=[
                v.say("me", "请问我的订单啥子时候发货？", "05-19 19:58"),
                v.say(
                    shop,
                    "亲，发货之前先把小花钱包的欠款结清哈，不然你这单我们帮你转给催收部门处理",
                    "05-19 20:02",
                    "agent",
                ),
                v.say(shop, "你的收货地址我们都记下了，瓜娃子莫想躲📦", "05-19 20:05", "agent"),
            ],
        ),
        Screen(
            "zg_boss_fwd",
            "tizen14",
            "sms14",
            t("05-20 10:20"),
            mob,
            owner="孙总",
            forwarded=True,
            msgs=[
                v.say(
                    mob,
                    "孙总您好，您员工罗晓燕在我们平台借款逾期，麻烦您督促一下，不然我们只好到公司来拜访",
                    "05-20 09:48",
                ),
                v.say("me", "你们打错了，有事找她本人", "05-20 10:02"),
            ],
        ),
        Screen(
            "zg_wa_friend",
            phone,
            "wa14",
            t("05-20 21:00"),
            "陈静",
            msgs=[
                v.say("陈静", "燕子，有个号码给我发消息说你欠钱，是真的吗？", "05-20 20:40"),
                v.say("me", "是网贷，利息太黑了", "05-20 20:45"),
                v.say("陈静", "你莫怕，明天陪你去派出所", "05-20 20:47"),
            ],
        ),
        Screen(
            "zg_summons",
            phone,
            "summons14",
            t("05-20 14:00"),
            extra={
                "court": "自贡市某区人民法院",
                "head": "传票",
                "dated": "2026年5月19日",
                "lines": [
                    "被传唤人：罗晓燕",
                    "案由：恶意拖欠网络借款",
                    "应到时间：收到本传票后三日内",
                    "拒不到庭将依法拘传。",
                ],
            },
        ),
        Screen(
            "zg_voice",
            phone,
            "wxvoice14",
            t("05-21 00:20"),
            awei,
            msgs=[
                v.say(
                    awei,
                    "喂，罗晓燕，你那个朋友陈静的电话我们也有，你再不接电话我们就挨个打",
                    "05-20 23:58",
                    "voice",
                ),
                v.say(awei, "今晚不回话明天早上八点就去你公司，巴适得很😈", "05-21 00:05"),
            ],
        ),
    ]
    return Case(
        "zigong",
        "罗晓燕",
        "小花钱包",
        COLLECTORS,
        [("孙总", "13908137726"), ("妈妈", "18181352240"), ("陈静", "15390081234")],
        LOAN,
        screens,
    )
