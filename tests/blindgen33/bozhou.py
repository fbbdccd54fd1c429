"""亳州: 张海涛 on a green Android, 皖北 wording; 钱满仓 lends 20000, pays 17000, wants 24800.

Hard parts: one collector message seen on the lock screen and again in a stitched thread (one
quote); the 106 sender's later texts name the collector's landline; the wife's iOS-like log comes
inside a chat; the number's page repeats the log's rows; the story crosses into December.
"""

from __future__ import annotations

from tests.blindgen33.model import Call, Case, Msg, Screen, at, times

C1 = "19955108273"
C2 = "055165378802"
LENDER = "1069055898800"
QW = "钱满仓客服-刘专员"
MUM, WIFE, MATE = "俺娘", "媳妇丽丽", "同事老马"
CONTACTS = [(MUM, "13956771048"), (WIFE, "18155823407"), (MATE, "15055960812")]
LOAN = {"amount": 20000, "received": 17000, "deducted": 3000, "demanded": 24800}
PHONE = "sprout33"
C1_SHOWN = "199 5510 8273"
C2_SHOWN = "0551-65378802"

L0 = "【钱满仓】张海涛先生，您的账单将于11月23日到期，应还24800.00元，请提前存入还款卡。"
L1 = "【钱满仓】张海涛您已逾期3天，今日将启动贷后流程，您通讯录中的联系人将陆续收到提醒，请勿自误"
L2 = "【钱满仓】您的欠款已报送司法部门，将于3个工作日内冻结您名下微信、支付宝及银行卡，详询0551-65378802"  # noqa: E501
L3 = "【钱满仓】张海涛，外访人员今日已出发前往您户籍所在地，请保持电话畅通"
T1 = "张海涛恁要是今儿个再不接电话，俺就挨个给恁通讯录打，看恁以后还咋在亳州混"
T2 = "中不中？不中！欠钱不还还有理了？2.48w今天必须结清，不然明天你单位门口见"
T3 = "报警？你去报，警察管你还钱不？你前脚报警后脚我们就把你的身份证和欠款信息发到你们村的群里"
T4 = "最后给你一次机会，今天先还捌仟，剩下的分期，不还后果自负"
Q1 = "张先生您好，您的逾期已经移交我们外访部门，本周内将安排人员到您户籍地亳州市谯城区走访"
Q2 = "我跟你讲清楚哦，你不还钱的话我们就直接联系你们单位人事，说你借钱不还，到时候工作丢了别怪我们"

C1_ROW_29 = times("2026-11-29", "08:01", "08:09", "09:30", "12:12", "15:47", "19:20", "21:55")
C1_ROW_28 = times("2026-11-28", "10:30", "17:05")


def _screens() -> list[Screen]:
    s = []
    s.append(
        Screen(
            "bz_bill",
            PHONE,
            "loanbill33",
            "me",
            at("2026-11-24 12:00"),
            battery=71,
            extra={
                "lender": "钱满仓",
                "loan": LOAN,
                "lent": "2026-10-24",
                "due": "2026-11-23",
                "late": "1天",
                "penalty": "¥420.00",
                "fee_name": "担保及服务费（放款扣除）",
            },
        )
    )
    s.append(
        Screen(
            "bz_lock",
            PHONE,
            "lockpile33",
            "me",
            at("2026-11-26 06:50"),
            battery=96,
            extra={"more": 5, "carrier": "中国电信"},
            msgs=[
                Msg(LENDER, L1, at("2026-11-26 06:45"), quote=True, name="信息|" + LENDER),
                Msg(C1, T1, at("2026-11-26 06:48"), quote=True, name="信息|" + C1_SHOWN),
                Msg(
                    WIFE,
                    "又有人打电话到我这了，咋回事啊",
                    at("2026-11-26 06:30"),
                    name="微信|" + WIFE,
                ),
            ],
        )
    )
    s.append(
        Screen(
            "bz_inbox",
            PHONE,
            "smsbox33",
            "me",
            at("2026-11-27 21:00"),
            battery=44,
            msgs=[
                Msg(C1, T2[:15], at("2026-11-27 09:15"), cut=True, name=C1_SHOWN),
                Msg(MUM, "涛，恁是不是在外头借钱了？今儿", at("2026-11-27 08:20"), cut=True),
                Msg(LENDER, L1[:20], at("2026-11-26 06:45"), cut=True),
                Msg("95566", "您尾号0932的借记卡11月26日消费", at("2026-11-26 12:00"), cut=True),
            ],
        )
    )
    s.append(
        Screen(
            "bz_thread",
            PHONE,
            "smschat33",
            "me",
            at("2026-11-28 10:20"),
            battery=63,
            wrap="stitch33",
            extra={"peer": C1_SHOWN, "place": "安徽合肥 · 中国电信"},
            msgs=[
                Msg(C1, T1, at("2026-11-26 06:48"), quote=True),
                Msg(
                    "me",
                    "大哥，俺不是不还，俺在工地干活，老板拖了俩月工钱，一拿到钱就还恁。能不能别给俺娘打电话，"
                    "她血压高，中不中",
                    at("2026-11-26 07:30"),
                ),
                Msg(C1, T2, at("2026-11-27 09:15"), quote=True),
                Msg(
                    "me",
                    "借的时候说是两万，到手才一万七，三千块钱服务费都没跟俺说清楚，现在要俺还两万四千八，"
                    "这利息比高利贷还狠。恁要是再这样俺就去报警",
                    at("2026-11-27 09:30"),
                ),
                Msg(C1, T3, at("2026-11-27 09:41"), quote=True),
                Msg(C1, T4, at("2026-11-28 10:02"), quote=True),
                Msg("me", "俺先还两千中不中？剩下的等年底结了工钱一下还清", at("2026-11-28 10:15")),
            ],
        )
    )
    s.append(
        Screen(
            "bz_log",
            PHONE,
            "calllog33",
            "me",
            at("2026-11-29 22:15"),
            battery=38,
            extra={"numbers": True},
            calls=[
                Call(C1, C1_SHOWN, C1_ROW_29, sim="卡2", place="安徽合肥", tag="催收"),
                Call("18155823407", WIFE, times("2026-11-29", "18:40"), kind="呼入", sim="卡1"),
                Call(
                    C2,
                    C2_SHOWN,
                    times("2026-11-29", "14:03", "14:06"),
                    sim="卡2",
                    place="安徽合肥",
                    tag="骚扰电话",
                ),
                Call(C1, C1_SHOWN, C1_ROW_28, sim="卡2", place="安徽合肥", tag="催收"),
                Call("15055960812", MATE, times("2026-11-28", "12:00"), kind="呼出", sim="卡1"),
                Call("13956771048", MUM, times("2026-11-28", "08:10"), kind="呼入", sim="卡1"),
            ],
        )
    )
    s.append(
        Screen(
            "bz_detail",
            PHONE,
            "numinfo33",
            "me",
            at("2026-11-29 22:16"),
            battery=38,
            extra={
                "number": C1_SHOWN,
                "place": "安徽合肥 中国电信",
                "tag": "疑似催收 · 1203人标记",
            },
            calls=[
                Call(C1, C1_SHOWN, C1_ROW_29, sim="卡2"),
                Call(C1, C1_SHOWN, C1_ROW_28, sim="卡2"),
            ],
        )
    )
    s.append(
        Screen(
            "bz_qw",
            PHONE,
            "qwchat33",
            "me",
            at("2026-12-01 15:00"),
            battery=57,
            title=QW,
            extra={"corp": "钱满仓金融"},
            msgs=[
                Msg(QW, Q1, at("2026-12-01 14:20"), quote=True),
                Msg(
                    "me",
                    "刘专员，俺已经跟恁那边的人说了年底还，恁要是去俺老家，俺娘七十多了吓出个好歹恁负责不？"
                    "俺这边有录音",
                    at("2026-12-01 14:35"),
                ),
                Msg(QW, Q2, at("2026-12-01 14:41"), kind="voice", seconds=27, quote=True),
            ],
        )
    )
    wife_log = Screen(
        "bz_wife_log",
        "ivoire33",
        "recents33",
        WIFE,
        at("2026-12-02 11:48"),
        battery=49,
        calls=[
            Call(
                C1,
                "+86 199 5510 8273",
                times("2026-12-02", "09:02", "09:30", "11:15"),
                place="安徽合肥",
                tag="疑似催收",
            ),
            Call(C2, "0551 6537 8802", times("2026-12-02", "10:05", "10:40"), place="安徽合肥"),
            Call("13956771048", "婆婆", times("2026-12-01", "20:00"), kind="呼入"),
        ],
    )
    s.append(
        Screen(
            "bz_fwd",
            PHONE,
            "wxdm33",
            "me",
            at("2026-12-02 12:10"),
            battery=52,
            title=WIFE,
            wrap="fwdpic33",
            inner=wife_log,
            msgs=[
                Msg(WIFE, "今儿一上午打了五个电话到我这", at("2026-12-02 11:50")),
                Msg(WIFE, wife_log.name, at("2026-12-02 11:50"), kind="image"),
                Msg(WIFE, "他说要来俺娘家闹，你到底咋弄的", at("2026-12-02 11:51")),
                Msg(
                    "me",
                    "丽丽，是俺不对，俺本来想着借点钱周转一下工地的事，哪知道到手少三千还天天涨。恁别接这些"
                    "电话，俺已经在12378和12321都投诉了，年底一结工钱就还清",
                    at("2026-12-02 12:06"),
                ),
            ],
        )
    )
    s.append(
        Screen(
            "bz_paper",
            PHONE,
            "paper33",
            "me",
            at("2026-12-03 16:22"),
            wrap="photo33",
            extra={
                "org": "亳州市谯城区人民法院",
                "head": "诉前调解通知书",
                "ref": "（2026）皖1602诉前调字第3317号",
                "to": "被申请人：张海涛",
                "body": [
                    "申请人钱满仓（合肥）金融信息服务有限公司与你借款合同纠纷一案，已由本院"
                    "委派调解，现通知你于2026年12月8日前主动联系调解员。",
                    "你尚欠借款本金、利息及违约金共计贰万肆仟捌佰元。逾期不联系的，调解"
                    "终止并转入诉讼，判决后将冻结你名下全部账户并上门执行。",
                ],
                "sign": "谯城区人民法院诉前调解中心",
                "date": "二〇二六年十二月三日",
                "seal": "诉调专用章",
            },
        )
    )
    s.append(
        Screen(
            "bz_lender",
            PHONE,
            "smschat33",
            "me",
            at("2026-12-06 09:00"),
            battery=80,
            wrap="jpegged33",
            extra={"peer": LENDER, "place": ""},
            msgs=[
                Msg(LENDER, L0, at("2026-11-22 10:00"), kind="notice"),
                Msg(LENDER, L1, at("2026-11-26 06:45"), quote=True),
                Msg(LENDER, L2, at("2026-12-05 10:30"), quote=True),
                Msg(LENDER, L3, at("2026-12-06 08:30"), quote=True),
            ],
        )
    )
    return s


CASE = Case("bozhou", PHONE, [C1, C2, LENDER, QW], CONTACTS, LOAN, _screens())
