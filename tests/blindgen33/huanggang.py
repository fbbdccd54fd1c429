"""黄冈: 汪建华 on a dark Android, 鄂东 wording; 花橙分期 lends 10000, pays 8200, wants 12600.

Hard parts: a 400 number's page repeats its log rows (counted once); a 企业微信-like external
contact speaks by voice note turned to text; the wife forwards her SMS thread inside a chat; a
long capture of the log is stitched from two shots.
"""

from __future__ import annotations

from tests.blindgen33.model import Call, Case, Msg, Screen, at, times

C1 = "17186405523"
C2 = "4008762155"
QW = "花橙贷后-周经理"
BRO, WIFE, BOSS = "哥哥建平", "老婆小芳", "车间主任陈工"
CONTACTS = [(BRO, "13997268843"), (WIFE, "15927451306"), (BOSS, "18607135529")]
LOAN = {"amount": 10000, "received": 8200, "deducted": 1800, "demanded": 12600}
PHONE = "nocturne33"
C1_SHOWN = "171 8640 5523"
C2_SHOWN = "400-876-2155"

T1 = "汪建华，你在花橙的yq已经3天了，今天下午5点前hk 12600，不然txl全部爆掉，你老婆你哥你车间主任一个都跑不脱"  # noqa: E501
T2 = (
    "月底？你当我们是做慈善的？1.26w一分不能少，今天不处理明天就把你的照片P成通缉令发到你们村的群里"
)
T3 = "你好，你老公汪建华在我司借款逾期不还，请转告他尽快处理，否则我们将依法起诉并上门走访"
T4 = "最后通知：明天上午外访组到你屋里，你屋门口那个小卖部老板我们都打好招呼了，莫说没提醒你"
T5 = "今天中午前先还5k展期，过时不候，你自己掂量"
Q1 = "汪先生您好，我是花橙科技贷后部周经理，您的欠款已严重逾期，今天加您是最后一次友好沟通"
Q2 = "汪先生我跟你讲，我们这边材料都准备好了，下周一就派外访人员去你黄冈老家核实情况，到时候左邻右舍都看到了，面子上不好看"  # noqa: E501
Q3 = "15号太晚了，今天先还伍仟展期，剩下的再说，不然我这边也保不住你"

C2_ROW_13 = times("2026-11-13", "18:10", "18:15")
C2_ROW_12 = times("2026-11-12", "10:00", "10:30", "11:00")


def _screens() -> list[Screen]:
    s = []
    s.append(
        Screen(
            "hg_bill",
            PHONE,
            "loanbill33",
            "me",
            at("2026-11-10 20:10"),
            battery=58,
            extra={
                "lender": "花橙分期",
                "loan": LOAN,
                "lent": "2026-10-09",
                "due": "2026-11-08",
                "late": "2天",
                "penalty": "¥312.00",
                "fee_name": "砍头服务费（已扣）",
            },
        )
    )
    s.append(
        Screen(
            "hg_inbox",
            PHONE,
            "smsbox33",
            "me",
            at("2026-11-11 22:30"),
            battery=19,
            msgs=[
                Msg(C1, T1[:16], at("2026-11-11 14:20"), cut=True, name=C1_SHOWN),
                Msg(BRO, "建华，今天有个171的号码打到我这里，讲", at("2026-11-11 12:05"), cut=True),
                Msg("95588", "您尾号6621的账户11月11日工资收入", at("2026-11-11 09:02"), cut=True),
                Msg(
                    "10086",
                    "【流量提醒】您本月国内通用流量已使用",
                    at("2026-11-10 18:00"),
                    cut=True,
                ),
            ],
        )
    )
    s.append(
        Screen(
            "hg_thread",
            PHONE,
            "smschat33",
            "me",
            at("2026-11-12 09:40"),
            battery=77,
            extra={"peer": C1_SHOWN, "place": "江苏南京 · 中国联通"},
            msgs=[
                Msg(C1, T1, at("2026-11-11 14:20"), quote=True),
                Msg(
                    "me",
                    "我又不是不还，到手才8200，你们张口就要12600，搞么事啊？我跟你们客服讲了，这个月底发了"
                    "工资就还。莫打我屋里人的电话，我老娘七十几岁了经不起吓",
                    at("2026-11-11 14:41"),
                ),
                Msg(C1, T2, at("2026-11-12 09:05"), quote=True),
                Msg(
                    "me",
                    "你们这样搞是违法的，我已经录音了。钱我认，但是要按合同来，莫扯到我屋里人和厂里",
                    at("2026-11-12 09:31"),
                ),
            ],
        )
    )
    s.append(
        Screen(
            "hg_log",
            PHONE,
            "calllog33",
            "me",
            at("2026-11-13 21:05"),
            battery=46,
            extra={"numbers": True},
            calls=[
                Call(
                    C1,
                    C1_SHOWN,
                    times("2026-11-13", "20:40", "20:44", "20:51", "20:58"),
                    sim="卡1",
                    place="江苏南京",
                    tag="催收",
                ),
                Call("15927451306", WIFE, times("2026-11-13", "19:30"), kind="呼入", sim="卡1"),
                Call(C2, C2_SHOWN, C2_ROW_13, sim="卡2", place="企业号码", tag="骚扰电话"),
                Call(
                    C1,
                    C1_SHOWN,
                    times("2026-11-13", "12:02"),
                    kind="呼入",
                    sim="卡1",
                    place="江苏南京",
                    tag="催收",
                ),
                Call("18607135529", BOSS, times("2026-11-12", "16:00"), kind="呼入", sim="卡1"),
                Call(C2, C2_SHOWN, C2_ROW_12, sim="卡2", place="企业号码", tag="骚扰电话"),
            ],
        )
    )
    s.append(
        Screen(
            "hg_detail",
            PHONE,
            "numinfo33",
            "me",
            at("2026-11-13 21:06"),
            battery=46,
            extra={"number": C2_SHOWN, "place": "企业号码", "tag": "催收 · 已被2317人标记"},
            calls=[
                Call(C2, C2_SHOWN, C2_ROW_13, sim="卡2"),
                Call(C2, C2_SHOWN, C2_ROW_12, sim="卡2"),
            ],
        )
    )
    s.append(
        Screen(
            "hg_qw",
            PHONE,
            "qwchat33",
            "me",
            at("2026-11-15 11:20"),
            battery=83,
            title=QW,
            extra={"corp": "花橙科技"},
            msgs=[
                Msg(
                    "",
                    "你已添加了花橙贷后-周经理，现在可以开始聊天了",
                    at("2026-11-15 10:50"),
                    kind="system",
                ),
                Msg(QW, Q1, at("2026-11-15 10:51"), quote=True),
                Msg(QW, Q2, at("2026-11-15 10:53"), kind="voice", seconds=38, quote=True),
                Msg(
                    "me",
                    "周经理，这个账我认，但是你们的人天天打我老婆单位的电话，这个要停下来。我下个月15号一次"
                    "还清，可以不",
                    at("2026-11-15 11:02"),
                ),
                Msg(QW, Q3, at("2026-11-15 11:06"), quote=True),
            ],
        )
    )
    wife_sms = Screen(
        "hg_wife_sms",
        "sprout33",
        "smschat33",
        WIFE,
        at("2026-11-16 12:31"),
        battery=61,
        signal="4G",
        extra={"peer": C1, "place": "江苏南京"},
        msgs=[
            Msg(C1, T3, at("2026-11-16 12:10"), quote=True),
            Msg(WIFE, "你是哪个？我不认得你", at("2026-11-16 12:14")),
        ],
    )
    s.append(
        Screen(
            "hg_fwd",
            PHONE,
            "wxdm33",
            "me",
            at("2026-11-16 12:50"),
            battery=70,
            title=WIFE,
            wrap="fwdpic33",
            inner=wife_sms,
            extra={"unread": "微信(3)"},
            msgs=[
                Msg(WIFE, "这个人又发短信到我手机上了，你看", at("2026-11-16 12:35")),
                Msg(WIFE, wife_sms.name, at("2026-11-16 12:35"), kind="image"),
                Msg(WIFE, "他讲再不还就去我厂里找领导，你到底借了几多钱？", at("2026-11-16 12:36")),
                Msg(
                    "me",
                    "小芳你莫急，借了一万，到手八千二，我跟他们讲好了下个月发工资一次还清。他们再打你就"
                    "莫接，短信截图留到，我去12378投诉",
                    at("2026-11-16 12:47"),
                ),
            ],
        )
    )
    s.append(
        Screen(
            "hg_long",
            PHONE,
            "calllog33",
            "me",
            at("2026-11-19 22:10"),
            battery=34,
            wrap="stitch33",
            extra={"numbers": True},
            calls=[
                Call(
                    C1,
                    C1_SHOWN,
                    times("2026-11-19", "19:02", "19:10", "19:31", "20:05", "21:40", "21:58"),
                    sim="卡1",
                    place="江苏南京",
                    tag="催收",
                ),
                Call("13997268843", BRO, times("2026-11-19", "18:20"), kind="呼出", sim="卡1"),
                Call(
                    C2,
                    C2_SHOWN,
                    times("2026-11-19", "09:12", "09:40"),
                    sim="卡2",
                    place="企业号码",
                    tag="骚扰电话",
                ),
                Call("15927451306", WIFE, times("2026-11-18", "21:00"), kind="呼出", sim="卡1"),
                Call(
                    C1,
                    C1_SHOWN,
                    times("2026-11-18", "08:03", "08:15", "12:40"),
                    sim="卡1",
                    place="江苏南京",
                    tag="催收",
                ),
                Call("18607135529", BOSS, times("2026-11-18", "07:55"), kind="呼入", sim="卡1"),
                Call(
                    C2,
                    C2_SHOWN,
                    times("2026-11-17", "15:30"),
                    sim="卡2",
                    place="企业号码",
                    tag="骚扰电话",
                ),
                Call("13997268843", BRO, times("2026-11-17", "11:11"), kind="呼入", sim="卡1"),
                Call(
                    C1,
                    C1_SHOWN,
                    times("2026-11-16", "20:02", "20:09", "20:30", "22:45"),
                    sim="卡1",
                    place="江苏南京",
                    tag="催收",
                ),
                Call("15927451306", WIFE, times("2026-11-16", "12:52"), kind="呼出", sim="卡1"),
                Call(
                    C2,
                    C2_SHOWN,
                    times("2026-11-15", "10:01", "10:20", "16:44"),
                    sim="卡2",
                    place="企业号码",
                    tag="骚扰电话",
                ),
                Call(
                    C1,
                    C1_SHOWN,
                    times("2026-11-15", "08:12", "08:30"),
                    sim="卡1",
                    place="江苏南京",
                    tag="催收",
                ),
                Call("18607135529", BOSS, times("2026-11-14", "17:10"), kind="呼入", sim="卡1"),
                Call(
                    C1,
                    C1_SHOWN,
                    times("2026-11-14", "09:05", "09:20", "11:48", "14:02", "19:36"),
                    sim="卡1",
                    place="江苏南京",
                    tag="催收",
                ),
                Call(
                    C2,
                    C2_SHOWN,
                    times("2026-11-14", "13:15"),
                    sim="卡2",
                    place="企业号码",
                    tag="骚扰电话",
                ),
            ],
        )
    )
    s.append(
        Screen(
            "hg_paper",
            PHONE,
            "paper33",
            "me",
            at("2026-11-20 15:12"),
            wrap="photo33",
            extra={
                "org": "湖北省黄冈市黄州区人民法院",
                "head": "传  票",
                "ref": "（2026）鄂1102民催字第0917号",
                "to": "被传唤人：汪建华",
                "body": [
                    "原告花橙（武汉）科技有限公司诉你借款合同纠纷一案，本院已立案，现依法"
                    "传唤你于2026年11月25日上午9时到本院第三法庭应诉。",
                    "你拖欠借款本息合计壹万贰仟陆佰元，如在开庭前结清可撤诉；拒不到庭的，"
                    "本院将依法拘传，并通知你所在单位及村（居）委会协助执行。",
                ],
                "sign": "黄冈市黄州区人民法院",
                "date": "二〇二六年十一月二十日",
                "seal": "黄州区人民法院",
            },
        )
    )
    s.append(
        Screen(
            "hg_last",
            PHONE,
            "smschat33",
            "me",
            at("2026-11-21 08:30"),
            battery=92,
            wrap="crop33",
            extra={"peer": C1_SHOWN, "place": "江苏南京 · 中国联通"},
            msgs=[
                Msg(C1, T4, at("2026-11-20 21:16"), quote=True),
                Msg(
                    "me",
                    "你们到底想搞么事？我讲了下个月还就下个月还，你们天天这样吓我屋里人，我已经报了警，"
                    "派出所的同志讲你们再这样就立案",
                    at("2026-11-20 21:40"),
                ),
                Msg(C1, T5, at("2026-11-21 08:02"), quote=True),
            ],
        )
    )
    return s


CASE = Case("huanggang", PHONE, [C1, C2, QW], CONTACTS, LOAN, _screens())
