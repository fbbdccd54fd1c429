"""Case 百色: 优品速贷, a BlackBerry-like phone; all conduct by day, only one bar reads 00:12."""

from __future__ import annotations

from tests.blindgen11.model import Case, Screen, Voices, t

COLLECTORS = ["19857302268", "17730455162", "优品速贷客服", "优品速贷贷后部"]
BOSS, BRO, QIANG = ("赵姐", "13878001256"), ("弟弟", "15678093310"), ("阿强", "18977461120")


def case() -> Case:
    v = Voices(COLLECTORS)
    n1, n2, desk, dept = COLLECTORS
    sms = Screen("d_sms", "bberry11", "sms11", t("11-25 00:12"), title=n1)
    sms.extra = {"sub": "广西百色 移动", "net": "4G", "battery": 12}
    sms.msgs = [
        v.say(
            n1,
            "您好，这里是优品速贷贷后服务，您的账单今日到期，应还4350元，请及时还款🙏",
            "11-21 10:05",
        ),
        v.say(n1, "yq第二天了，再不hk我们就联系您的紧急联系人了", "11-23 14:20"),
        v.say(n1, "你弟弟的电话我们已经打通了，他说不管你，你自己好好想想吧", "11-24 17:45"),
        v.say("me", "明天中午前先还一部分可以吗", "11-24 17:50"),
        v.say(n1, "一部分不行，明天下午五点前全额，不然后天去你店里找你老板娘聊聊", "11-24 18:10"),
    ]
    log1 = Screen("d_calllog", "bberry11", "calllog11", t("11-24 18:30"), extra={"battery": 47})
    log1.calls = [
        v.call(n1, "11-24 17:30", 4, place="广西百色", carrier="移动", ring=20),
        v.call(
            BRO[1], "11-24 12:15", name=BRO[0], place="广西南宁", carrier="移动", talk="4分10秒"
        ),
        v.call(n2, "11-24 10:02", 2, place="山东临沂", carrier="联通", ring=9),
        v.call(n1, "11-23 14:05", place="广西百色", carrier="移动", ring=33),
        v.call(
            BOSS[1], "11-23 09:00", name=BOSS[0], place="广西百色", carrier="电信", talk="1分05秒"
        ),
    ]
    log2 = Screen("d_calllog2", "bberry11", "calllog11", t("11-24 18:31"), overlaps="d_calllog")
    log2.extra = {"battery": 47}
    log2.calls = [
        v.call(n1, "11-23 14:05", place="广西百色", carrier="移动", ring=33),
        v.call(
            BOSS[1], "11-23 09:00", name=BOSS[0], place="广西百色", carrier="电信", talk="1分05秒"
        ),
        v.call(n2, "11-22 16:40", 3, place="山东临沂", carrier="联通", ring=11),
        v.call(
            QIANG[1], "11-22 12:30", name=QIANG[0], place="广西百色", carrier="联通", talk="8分20秒"
        ),
        v.call(n1, "11-21 11:20", 2, place="广西百色", carrier="移动", ring=15),
    ]
    shop = Screen("d_shop", "bberry11", "shop11", t("11-22 15:00"), title=desk)
    shop.extra = {"item": ("优品速贷 极速审核卡", "9.90"), "battery": 66}
    shop.msgs = [
        v.say(desk, "亲，您在优品速贷的借款后天就到期啦，记得提前准备好还款哦😊", "11-22 14:30"),
        v.say("me", "好的，我知道了", "11-22 14:35"),
        v.say(
            desk,
            "温馨提示：逾期会影响您的信用记录，并会通知您预留的紧急联系人，请务必按时还款",
            "11-22 14:41",
        ),
    ]
    mail = Screen(
        "d_mail", "bberry11", "qqmail11", t("11-24 16:00"), title="【优品速贷】逾期催告函"
    )
    mail.extra = {"address": "daihou@youpin-sudai.cn", "body": ["覃立新先生："], "battery": 52}
    mail.msgs = [
        v.say(
            dept,
            "您在优品速贷的借款已逾期三日，如11月26日前仍未结清，我部将把您的欠款信息提交"
            "第三方机构上门催收，并同步告知您所在商户的经营者，由此产生的一切后果由您本人承担。",
            "11-24 15:20",
            "mail",
        ),
    ]
    tab = Screen("d_tablet", "tablet11", "tabsms11", t("11-23 19:40"), title=n2)
    tab.extra = {
        "net": "WLAN",
        "battery": 71,
        "list": [
            v.say(n2, "覃立新，你躲得了初一躲不了十五…", "11-23 17:05", "preview"),
            v.say(BRO[0], "哥，有人打电话到我这…", "11-23 11:00", "preview"),
            v.say("10086", "尊敬的客户，您本月话费…", "11-22 09:00", "preview"),
        ],
    }
    tab.msgs = [
        v.say(
            n2,
            "覃立新先生，您好，我是优品速贷委托的专员，请尽快回电处理您的逾期账单",
            "11-22 16:45",
        ),
        v.say(n2, "覃立新，你躲得了初一躲不了十五，你开店的地址我们知道", "11-23 17:05"),
    ]
    summons = Screen("d_summons", "photo11", "summons11", t("11-24 16:30"))
    summons.extra = {
        "court": "广西壮族自治区百色市右江区人民法院",
        "fields": [
            ("案号", "(2026)桂1002民初第5129号"),
            ("案由", "民间借贷纠纷"),
            ("被传唤人", "覃立新"),
            ("传唤事由", "调解及开庭"),
            ("应到时间", "2026年11月27日下午2时30分"),
            ("应到处所", "本院第二法庭"),
        ],
        "note": "如拒不到庭，本院将依法拘传并冻结被传唤人名下全部银行账户及微信、支付宝资金。",
        "seal": "右江区人民法院",
        "date": "二〇二六年十一月二十四日",
    }
    boss = Screen("d_boss", "bberry11", "messenger11", t("11-24 13:00"), title=BOSS[0])
    boss.extra = {"battery": 58}
    boss.msgs = [
        v.say(BOSS[0], "立新，今天有个男的打电话到店里，说你欠了贷款，要我转告你", "11-24 12:40"),
        v.say("me", "赵姐对不起，给您添麻烦了，我这两天就处理好", "11-24 12:44"),
        v.say(BOSS[0], "处理好就行，别在店里跟人吵起来", "11-24 12:46"),
    ]
    bro = Screen("d_brother", "bberry11", "signal11", t("11-24 12:30"), title=BRO[0])
    bro.extra = {"battery": 60}
    bro.msgs = [
        v.say(BRO[0], "哥，有人打电话到我这里，说你欠了钱，还骂得很难听", "11-24 11:02"),
        v.say("me", "别理他们，我会还的，你把那个号码拉黑", "11-24 11:10"),
        v.say(BRO[0], "好，要帮忙跟我说", "11-24 11:12"),
    ]
    bill = Screen("d_bill", "bberry11", "bill11", t("11-21 09:30"), extra={"battery": 95})
    bill.extra |= {
        "platform": "优品速贷",
        "head": "账单号 YP1121-0093",
        "big": "4350.00",
        "late": "今日为最后还款日",
        "tint": "#f1f8e9",
        "rows": [
            ("借款金额", "¥4000.00"),
            ("实际到账", "¥3200.00"),
            ("风控审核费(已扣除)", "¥800.00"),
            ("应还金额", "¥4350.00"),
        ],
    }
    return Case(
        key="baise",
        borrower="覃立新",
        platform="优品速贷",
        collectors=COLLECTORS,
        contacts=[BOSS, BRO, QIANG],
        loan={"amount": 4000, "received": 3200, "deducted": 800, "demanded": 4350},
        screens=[sms, log1, log2, shop, mail, tab, summons, boss, bro, bill],
    )
