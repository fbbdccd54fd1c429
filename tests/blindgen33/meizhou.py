"""梅州: 罗志文 on an iOS-like phone, Hakka wording; 速易借 lends 6000, pays 4740, wants 7380.

Hard parts: «最近通话» folds one number into two rows, and the number's info page shows the same
calls again (one phone: counted once); the sister's log comes back inside a chat; a collector
joins the family group by QR code; the 106 sender goes from a reminder to a fake court link.
"""

from __future__ import annotations

from tests.blindgen33.model import Call, Case, Msg, Screen, at, times

C1 = "13829474160"
C2 = "02087316650"
LENDER = "10690573318842"
GROUP = "客服-阿杰"
SISTER, MUM, MATE = "老妹秀英", "阿妈", "李伟强"
CONTACTS = [(SISTER, "13719860425"), (MUM, "15907532281"), (MATE, "13502811467")]
LOAN = {"amount": 6000, "received": 4740, "deducted": 1260, "demanded": 7380}
PHONE = "ivoire33"
C1_SHOWN = "+86 138 2947 4160"

T1 = "罗志文你个冇信用的人，今日再唔处理，涯就打你通讯录里面每一个人，让你屋下人都知你欠钱唔还"
T2 = "月底？冇得等。今日十二点前hk 7380，唔系就发律师函到你屋企同单位，村口都贴你相片"
T3 = "早晨啊罗生，今日系最后期限，过咗今日我哋就上门，到时唔好怪我哋唔留面"
G1 = "各位罗志文的亲属你们好，罗志文在速易借欠款柒仟叁佰捌拾元已逾期，本人联系不上，麻烦转告他尽快处理，否则后果自负"  # noqa: E501
G2 = "我系边个唔紧要，你哋屋下有人欠钱唔还就系事实，今晚唔还明日就去佢村里问下乡亲"
L1 = "【速易借】您的借款已逾期4天，请于今日内结清，以免产生更多费用及影响征信"
L2 = "【速易借】您的账户已逾期7天，已移交贷后部门，请立即还款"
L3 = "【速易借】罗志文，您的欠款已进入司法流程，仲裁材料见 t.cn/A6x9Kq2 ，请于24小时内处理，逾期视为放弃答辩"  # noqa: E501

ROW_C1_TODAY = times("2026-10-31", "08:31", "08:40", "08:52", "09:03", "09:11")
ROW_C1_EARLY = times("2026-10-30", "11:02", "11:30")


def _screens() -> list[Screen]:
    s = []
    s.append(
        Screen(
            "mz_bill",
            PHONE,
            "loanbill33",
            "me",
            at("2026-10-27 09:20"),
            battery=64,
            extra={
                "lender": "速易借",
                "loan": LOAN,
                "lent": "2026-10-11",
                "due": "2026-10-25",
                "late": "2天",
                "penalty": "¥156.00",
            },
        )
    )
    s.append(
        Screen(
            "mz_inbox",
            PHONE,
            "smsbox33",
            "me",
            at("2026-10-29 22:05"),
            battery=31,
            msgs=[
                Msg(C1, T1[:17], at("2026-10-29 21:48"), cut=True, name=C1_SHOWN),
                Msg(SISTER, "阿哥，今朝有只电话打到涯这里，话你", at("2026-10-29 15:10"), cut=True),
                Msg(LENDER, L1[:22], at("2026-10-29 09:00"), cut=True),
                Msg(
                    "10086",
                    "尊敬的客户，您本月套餐内通用流量已使用",
                    at("2026-10-28 10:00"),
                    cut=True,
                ),
            ],
        )
    )
    s.append(
        Screen(
            "mz_thread",
            PHONE,
            "smschat33",
            "me",
            at("2026-10-30 08:12"),
            battery=88,
            extra={"peer": C1_SHOWN, "place": "广东深圳"},
            msgs=[
                Msg(C1, T1, at("2026-10-29 21:48"), quote=True),
                Msg(
                    "me",
                    "大佬，涯唔系唔还，系这个月厂里工钱还冇发落来。借六千到手只有4740，你哋一下要收7380，"
                    "利息都咁高。涯讲过月底先还一部分，唔好打去涯屋下，阿妈年纪大有心脏病，求下你哋",
                    at("2026-10-29 21:55"),
                ),
                Msg(C1, T2, at("2026-10-30 07:58"), quote=True),
                Msg(
                    "me",
                    "涯已经同你哋客服申请展期，佢话可以，点解你又话唔得？涯唔系唔认数，系真系一时周转"
                    "唔过来，畀多几日时间，拜托",
                    at("2026-10-30 08:05"),
                ),
            ],
        )
    )
    s.append(
        Screen(
            "mz_recents",
            PHONE,
            "recents33",
            "me",
            at("2026-10-31 09:15"),
            battery=72,
            calls=[
                Call(C1, C1_SHOWN, ROW_C1_TODAY, place="广东深圳", tag="疑似催收"),
                Call("15907532281", MUM, times("2026-10-31", "07:50"), kind="呼入"),
                Call(
                    C2,
                    "020 8731 6650",
                    times("2026-10-30", "19:02", "19:20", "20:05"),
                    place="广东广州",
                ),
                Call("13719860425", SISTER, times("2026-10-30", "18:40"), kind="呼出"),
                Call(C1, C1_SHOWN, ROW_C1_EARLY, place="广东深圳", tag="疑似催收"),
                Call("13502811467", MATE, times("2026-10-29", "12:10"), kind="呼入"),
            ],
        )
    )
    s.append(
        Screen(
            "mz_info",
            PHONE,
            "numinfo33",
            "me",
            at("2026-10-31 09:16"),
            battery=72,
            extra={"number": C1_SHOWN, "place": "广东深圳", "tag": "疑似催收 · 386人标记"},
            calls=[Call(C1, C1_SHOWN, ROW_C1_TODAY), Call(C1, C1_SHOWN, ROW_C1_EARLY)],
        )
    )
    s.append(
        Screen(
            "mz_lock",
            PHONE,
            "lockpile33",
            "me",
            at("2026-11-01 07:05"),
            battery=53,
            extra={"more": 3, "carrier": "中国移动"},
            msgs=[
                Msg(C1, T3, at("2026-11-01 06:58"), quote=True, name="信息|" + C1_SHOWN),
                Msg(
                    MUM,
                    "阿文，又有人打电话来屋下，你快啲打返来",
                    at("2026-11-01 06:45"),
                    name="微信|" + MUM,
                ),
                Msg(LENDER, L2, at("2026-11-01 06:30"), name="信息|" + LENDER),
            ],
        )
    )
    s.append(
        Screen(
            "mz_group",
            PHONE,
            "kingroup33",
            "me",
            at("2026-11-02 20:40"),
            battery=41,
            title="罗家一屋人(9)",
            wrap="crop33",
            msgs=[
                Msg(
                    "",
                    f"\u201c{GROUP}\u201d通过扫描二维码加入群聊",
                    at("2026-11-02 20:02"),
                    kind="system",
                ),
                Msg(GROUP, G1, at("2026-11-02 20:05"), quote=True),
                Msg(SISTER, "你系边个？做脉个拉你入来嘅", at("2026-11-02 20:08")),
                Msg(GROUP, G2, at("2026-11-02 20:10"), quote=True),
                Msg(
                    MUM,
                    "阿文你快啲出声，唔好连累屋下人",
                    at("2026-11-02 20:12"),
                    kind="voice",
                    seconds=9,
                ),
                Msg(MATE, "已经举报咗，大家唔好理佢", at("2026-11-02 20:15")),
            ],
        )
    )
    sister_log = Screen(
        "mz_sister_log",
        "sprout33",
        "calllog33",
        SISTER,
        at("2026-11-02 20:58"),
        battery=22,
        signal="4G",
        extra={"numbers": True},
        calls=[
            Call(
                C1,
                "138 2947 4160",
                times("2026-11-02", "10:05", "10:07", "10:30"),
                sim="卡1",
                place="广东深圳",
                tag="催收",
            ),
            Call("15907532281", MUM, times("2026-11-02", "16:00"), kind="呼入", sim="卡1"),
            Call(
                C2,
                "020-87316650",
                times("2026-11-02", "14:20", "14:22"),
                sim="卡1",
                place="广东广州",
                tag="骚扰电话",
            ),
        ],
    )
    s.append(
        Screen(
            "mz_fwd",
            PHONE,
            "wxdm33",
            "me",
            at("2026-11-02 21:10"),
            battery=37,
            title=SISTER,
            wrap="fwdpic33",
            inner=sister_log,
            extra={"unread": "微信(6)"},
            msgs=[
                Msg(SISTER, "阿哥你睇下，今日打咗涯五次", at("2026-11-02 21:02")),
                Msg(SISTER, sister_log.name, at("2026-11-02 21:03"), kind="image"),
                Msg(SISTER, "佢话要去你单位闹，你快啲去处理啦", at("2026-11-02 21:04")),
                Msg(
                    "me",
                    "秀英，对唔住连累你。呢啲电话唔好接，涯已经打12321投诉咗，工钱一发落来涯就先还一部分，"
                    "你同阿妈讲唔使惊",
                    at("2026-11-02 21:08"),
                ),
            ],
        )
    )
    s.append(
        Screen(
            "mz_paper",
            PHONE,
            "paper33",
            "me",
            at("2026-11-03 10:30"),
            wrap="photo33",
            extra={
                "org": "广东省梅州市互联网金融仲裁中心",
                "head": "仲裁立案通知书",
                "ref": "（2026）梅仲网字第1103号",
                "to": "被申请人：罗志文（身份证号4414**********3517）",
                "body": [
                    "申请人速易借（深圳）网络科技有限公司因借款合同纠纷，已于2026年11月3日"
                    "向本中心申请仲裁，本中心已依法受理。",
                    "请被申请人于收到本通知之日起三日内结清全部欠款柒仟叁佰捌拾元，逾期将依法"
                    "缺席裁决，并申请法院强制执行，冻结名下银行账户及微信、支付宝。",
                    "如拒不履行，将列入失信被执行人名单，限制高消费及子女入学。",
                ],
                "sign": "梅州互联网金融仲裁中心",
                "date": "二〇二六年十一月三日",
                "seal": "仲裁专用章",
            },
        )
    )
    s.append(
        Screen(
            "mz_lender",
            PHONE,
            "smschat33",
            "me",
            at("2026-11-04 09:00"),
            battery=90,
            wrap="jpegged33",
            extra={"peer": LENDER, "place": "短信通知"},
            msgs=[
                Msg(
                    LENDER,
                    "【速易借】尊敬的罗志文，您的借款7380.00元将于10月25日到期，请保持银行卡余额充足。"
                    "退订回T",
                    at("2026-10-24 10:00"),
                    kind="notice",
                ),
                Msg(LENDER, L1, at("2026-10-29 09:00")),
                Msg(LENDER, L2, at("2026-11-01 06:30")),
                Msg(LENDER, L3, at("2026-11-04 08:40"), quote=True),
            ],
        )
    )
    return s


CASE = Case("meizhou", PHONE, [C1, C2, LENDER, GROUP], CONTACTS, LOAN, _screens())
