"""Case 钦州: 闪电借, a Moto-like phone; night words, a 投屏 window, a watch, a 传票 photo."""

from __future__ import annotations

from tests.blindgen11.model import Case, Screen, Voices, t

COLLECTORS = ["17283910456", "闪电借-阿杰", "16509234871"]
BOSS, MOM, FRIEND = ("王经理", "13907781234"), ("妈妈", "13977145566"), ("小覃", "15277093321")


def case() -> Case:
    v = Voices(COLLECTORS)
    a, b, c = COLLECTORS
    log1 = Screen("a_calllog", "moto11", "calllog11", t("11-08 22:10"), extra={"battery": 41})
    log1.calls = [
        v.call(a, "11-08 21:55", 4, place="广西南宁", carrier="移动", ring=25),
        v.call(
            BOSS[1], "11-08 18:20", name=BOSS[0], place="广西钦州", carrier="联通", talk="3分12秒"
        ),
        v.call(c, "11-08 14:03", 2, place="江苏徐州", carrier="联通", ring=8),
        v.call(a, "11-07 23:40", place="广西南宁", carrier="移动", ring=40),
        v.call(
            MOM[1], "11-07 20:11", name=MOM[0], place="广西钦州", carrier="移动", talk="12分05秒"
        ),
        v.call(c, "11-07 10:15", 3, place="江苏徐州", carrier="联通", ring=6),
    ]
    log2 = Screen("a_calllog2", "moto11", "calllog11", t("11-08 22:11"), overlaps="a_calllog")
    log2.extra = {"battery": 41}
    log2.calls = [
        v.call(c, "11-07 10:15", 3, place="江苏徐州", carrier="联通", ring=6),
        v.call(
            FRIEND[1],
            "11-06 19:02",
            name=FRIEND[0],
            place="广西钦州",
            carrier="电信",
            talk="1分40秒",
        ),
        v.call(a, "11-06 09:30", 5, place="广西南宁", carrier="移动", ring=18),
        v.call(c, "11-05 16:44", place="江苏徐州", carrier="联通", ring=12),
        v.call(BOSS[1], "11-05 09:01", name=BOSS[0], place="广西钦州", carrier="联通", talk="48秒"),
    ]
    chat = Screen("a_messenger", "moto11", "messenger11", t("11-09 00:41"), title=b)
    chat.extra = {"net": "4G", "battery": 23}
    chat.msgs = [
        v.say(b, "陆海明，你在闪电借的款已经yq三天了，今天之内hk，别逼我们走流程", "11-08 21:30"),
        v.say("me", "这两天工资还没发，周五一定还", "11-08 21:31"),
        v.say(
            b,
            "周五周五，你上次也是这么说的，十二点前看不到钱，我就从你通讯录第一个开始打",
            "11-08 21:33",
            "voice",
        ),
        v.say(b, "[图片]", "11-09 00:33", "image"),
        v.say(
            b,
            "🙂 通讯录我这边已经导出来了，你们王经理的号码也在里面，你猜我明天打不打",
            "11-09 00:35",
        ),
    ]
    boss = Screen("a_boss", "moto11", "messenger11", t("11-09 09:20"), title=BOSS[0])
    boss.extra = {"battery": 88}
    boss.msgs = [
        v.say(BOSS[0], "小陆，昨晚有人打我电话说你欠钱不还，怎么回事？", "11-09 08:47"),
        v.say("me", "王总对不起，是网贷催收在乱打，我在处理了", "11-09 08:52"),
        v.say(BOSS[0], "尽快处理好，别影响工作。九点半的会准时来", "11-09 08:55"),
    ]
    mom = Screen("a_mom_sms", "bberry11", "sms11", t("11-07 12:05"), title=c, owner="mother")
    mom.forwarded = True
    mom.extra = {"sub": "江苏徐州 联通", "net": "4G", "battery": 64}
    mom.msgs = [
        v.say(
            c,
            "阿姨您好，您儿子陆海明在我司借款逾期未还，麻烦转告他尽快处理，否则后果自负",
            "11-07 10:20",
        ),
        v.say(c, "不回是吧？那我们只能上门了，他单位在哪我们都清楚", "11-07 10:24"),
        v.say("me", "你们是什么人？我儿子的事我会问他", "11-07 11:58"),
    ]
    bill = Screen("a_bill", "moto11", "bill11", t("11-08 12:00"), extra={"battery": 70})
    bill.extra |= {
        "platform": "闪电借",
        "head": "借款编号 SD2026110047",
        "big": "7680.00",
        "late": "已逾期3天 · 罚息每日计收",
        "rows": [
            ("借款金额", "¥5000.00"),
            ("实际到账", "¥3500.00"),
            ("服务费(放款时扣除)", "¥1500.00"),
            ("应还总额", "¥7680.00"),
            ("借款日期", "2026-10-29"),
            ("到期日", "2026-11-05"),
        ],
    }
    mirror = Screen("a_mirror", "mirror11", "sms11", t("11-09 10:05"), title=a)
    mirror.extra = {
        "inner": "moto11",
        "device": "moto g",
        "pc_clock": "2026/11/9",
        "sub": "广西南宁 移动",
        "battery": 52,
    }
    mirror.msgs = [
        v.say(
            a,
            "【闪电借】陆先生您好，您的借款今日已到期，请于18点前还款，以免产生逾期费用。",
            "11-06 09:35",
        ),
        v.say(a, "电话不接信息不回，明天开始爆你通讯录，你自己看着办", "11-07 23:42"),
        v.say(a, "cs部门最后通知：今晚不hk，明天你单位同事人手一份你的欠款截图", "11-08 21:58"),
        v.say("me", "我今天下午先还一千可以吗", "11-09 09:10"),
    ]
    watch = Screen("a_watch", "watch11", "watch11", t("11-09 08:03"))
    watch.extra = {"app_name": "信息", "net": "LTE", "battery": 76}
    watch.msgs = [v.say(a, "醒了没？钱准备好了就回个话，别装睡", "11-09 08:02", "notif")]
    summons = Screen("a_summons", "photo11", "summons11", t("11-09 11:30"), owner="mother")
    summons.forwarded = True
    summons.extra = {
        "court": "广西壮族自治区钦州市人民法院",
        "fields": [
            ("案号", "(2026)桂0702民初第8813号"),
            ("案由", "借款合同纠纷"),
            ("被传唤人", "陆海明"),
            ("传唤事由", "开庭审理"),
            ("应到时间", "2026年11月12日上午9时"),
            ("应到处所", "本院第三审判庭"),
        ],
        "note": "被传唤人须携带身份证件准时到庭，逾期不到将依法缺席判决并列入失信被执行人名单。",
        "seal": "钦州市人民法院",
        "date": "二〇二六年十一月九日",
    }
    return Case(
        key="qinzhou",
        borrower="陆海明",
        platform="闪电借",
        collectors=COLLECTORS,
        contacts=[BOSS, MOM, FRIEND],
        loan={"amount": 5000, "received": 3500, "deducted": 1500, "demanded": 7680},
        screens=[log1, log2, chat, boss, mom, bill, mirror, watch, summons],
    )
