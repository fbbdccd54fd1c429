"""昭通: 李德明 on a large-font elder-mode Android, 滇东北 wording; 易来花 lends 3000, pays 2550.

Hard parts: a 106 sender's reminder (no conduct) and its later pressure in one thread; the
«法务部» who joins the family group also sends a voice note turned to text in a 1:1 chat; the son's
log arrives inside a chat; a large-type log folds six calls into one row and the number's page
repeats them.
"""

from __future__ import annotations

from tests.blindgen33.model import Call, Case, Msg, Screen, at, times

C1 = "15288463017"
C2 = "02885327716"
LENDER = "1069020588776"
LAW = "易来花法务部-张律"
SON, WIFE, SIS = "大儿子李勇", "老伴王桂芬", "妹妹李德芬"
CONTACTS = [(SON, "18887095316"), (WIFE, "15887746201"), (SIS, "13578064429")]
LOAN = {"amount": 3000, "received": 2550, "deducted": 450, "demanded": 3980}
PHONE = "laoyou33"
C2_SHOWN = "028-85327716"

L0 = "【易来花】尊敬的李德明，您的借款3980元将于11月28日到期，请按时还款，保持良好信用。"
L1 = "【易来花】李德明您好，您的借款已逾期3天，应还3980元，请尽快还款，逾期将上报征信"
L2 = "【易来花】李德明，您的案件已转交第三方处理，对方将联系您的紧急联系人及通讯录好友核实情况，请知悉"  # noqa: E501
G1 = "各位家人好，我是易来花法务部张律师，李德明欠款叁仟玖佰捌拾元拒不还款，已涉嫌恶意逃废债，请家属督促其今晚前处理"  # noqa: E501
G2 = "找不到本人就只能找你们，明天开始挨家挨户打电话，丢脸的是你们李家"
V1 = "李德明我跟你说，你莫以为躲起就没得事了，那个合同是你自己签的，今天不还明天我们就去你们村委会"
V2 = "半个月不可能，最多给你到后天，今天先还1k"
C1_ROW_3 = times("2026-12-03", "07:02", "07:15", "07:31", "07:48", "08:10", "08:30")
C1_ROW_2 = times("2026-12-02", "12:40", "13:05", "18:22")


def _screens() -> list[Screen]:
    s = []
    s.append(
        Screen(
            "zt_bill",
            PHONE,
            "loanbill33",
            "me",
            at("2026-12-01 10:00"),
            battery=66,
            signal="4G",
            extra={
                "lender": "易来花",
                "loan": LOAN,
                "lent": "2026-11-14",
                "due": "2026-11-28",
                "late": "3天",
                "penalty": "¥96.00",
            },
        )
    )
    s.append(
        Screen(
            "zt_inbox",
            PHONE,
            "smsbox33",
            "me",
            at("2026-12-02 19:30"),
            battery=40,
            signal="4G",
            msgs=[
                Msg(C1, "老李，电话不接短信不回，你", at("2026-12-02 18:25"), cut=True),
                Msg(LENDER, L2[:18], at("2026-12-02 09:10"), cut=True),
                Msg(SON, "爸，有人打我电话说你欠", at("2026-12-02 08:40"), cut=True),
                Msg("10086", "尊敬的客户，您的话费余额不足", at("2026-12-01 08:00"), cut=True),
            ],
        )
    )
    s.append(
        Screen(
            "zt_thread",
            PHONE,
            "smschat33",
            "me",
            at("2026-12-02 19:35"),
            battery=40,
            signal="4G",
            wrap="stitch33",
            extra={"peer": LENDER, "place": ""},
            msgs=[
                Msg(LENDER, L0, at("2026-11-27 10:00"), kind="notice"),
                Msg(LENDER, L1, at("2026-12-01 09:00")),
                Msg(LENDER, L2, at("2026-12-02 09:10"), quote=True),
                Msg(
                    "me",
                    "我不是不还嘛，我在外头打工，工钱还没结，你们莫打我屋头人电话嘛，结了就还",
                    at("2026-12-02 19:33"),
                ),
            ],
        )
    )
    s.append(
        Screen(
            "zt_log",
            PHONE,
            "calllog33",
            "me",
            at("2026-12-03 08:40"),
            battery=81,
            signal="4G",
            extra={"numbers": True},
            calls=[
                Call(C1, C1, C1_ROW_3, sim="卡1", place="云南昆明", tag="催收"),
                Call("15887746201", WIFE, times("2026-12-02", "21:30"), kind="呼入", sim="卡1"),
                Call(
                    C2,
                    C2_SHOWN,
                    times("2026-12-02", "21:00", "21:10"),
                    sim="卡1",
                    place="四川成都",
                    tag="骚扰电话",
                ),
                Call(C1, C1, C1_ROW_2, sim="卡1", place="云南昆明", tag="催收"),
                Call("13578064429", SIS, times("2026-12-02", "11:00"), kind="呼出", sim="卡1"),
            ],
        )
    )
    s.append(
        Screen(
            "zt_detail",
            PHONE,
            "numinfo33",
            "me",
            at("2026-12-03 08:41"),
            battery=81,
            signal="4G",
            extra={"number": C1, "place": "云南昆明 中国移动", "tag": "催收 · 892人标记"},
            calls=[Call(C1, C1, C1_ROW_3, sim="卡1")],
        )
    )
    s.append(
        Screen(
            "zt_group",
            PHONE,
            "kingroup33",
            "me",
            at("2026-12-04 20:30"),
            battery=28,
            signal="4G",
            title="李家大院一家人(12)",
            wrap="stitch33",
            msgs=[
                Msg(
                    "",
                    f"\u201c{LAW}\u201d通过扫描二维码加入群聊",
                    at("2026-12-04 19:58"),
                    kind="system",
                ),
                Msg(LAW, G1, at("2026-12-04 20:01"), quote=True),
                Msg(SIS, "你是哪样律师？整哪样嘛，有本事找他本人去", at("2026-12-04 20:04")),
                Msg(LAW, G2, at("2026-12-04 20:06"), quote=True),
                Msg(
                    WIFE,
                    "德明你搞快点回电话嘛，屋头电话都打爆了",
                    at("2026-12-04 20:09"),
                    kind="voice",
                    seconds=7,
                ),
                Msg(SON, "大家莫理他，是骗子，我已经截图报警了", at("2026-12-04 20:12")),
            ],
        )
    )
    s.append(
        Screen(
            "zt_voice",
            PHONE,
            "wxdm33",
            "me",
            at("2026-12-05 09:50"),
            battery=75,
            signal="4G",
            title=LAW,
            wrap="jpegged33",
            msgs=[
                Msg(LAW, V1, at("2026-12-05 09:12"), kind="voice", seconds=41, quote=True),
                Msg(
                    "me",
                    "张律师，我一个月才挣两千多块，老伴还要看病。借三千到手两千五，现在要还三千九百八，"
                    "哪个还得起嘛，你宽限半个月嘛",
                    at("2026-12-05 09:30"),
                ),
                Msg(LAW, V2, at("2026-12-05 09:44"), quote=True),
            ],
        )
    )
    son_log = Screen(
        "zt_son_log",
        "nocturne33",
        "calllog33",
        SON,
        at("2026-12-05 17:20"),
        battery=52,
        extra={"numbers": True},
        calls=[
            Call(
                C1,
                "152 8846 3017",
                times("2026-12-05", "10:02", "10:40", "14:15", "16:58"),
                place="云南昆明",
                tag="催收",
            ),
            Call("15887746201", "妈", times("2026-12-05", "12:30"), kind="呼出"),
            Call(C2, C2_SHOWN, times("2026-12-05", "09:20"), place="四川成都", tag="骚扰电话"),
        ],
    )
    s.append(
        Screen(
            "zt_fwd",
            PHONE,
            "wxdm33",
            "me",
            at("2026-12-05 17:40"),
            battery=60,
            signal="4G",
            title=SON,
            wrap="fwdpic33",
            inner=son_log,
            msgs=[
                Msg(SON, "爸，今天这个号码打了我四次", at("2026-12-05 17:25")),
                Msg(SON, son_log.name, at("2026-12-05 17:25"), kind="image"),
                Msg(SON, "他们说要去我单位找我领导", at("2026-12-05 17:26")),
                Msg(
                    "me",
                    "勇，是爸糊涂了。那些电话你莫接，真去你单位就报警，钱我自己想办法还",
                    at("2026-12-05 17:36"),
                ),
            ],
        )
    )
    s.append(
        Screen(
            "zt_paper",
            PHONE,
            "paper33",
            "me",
            at("2026-12-06 11:05"),
            wrap="photo33",
            extra={
                "org": "云南滇信律师事务所",
                "head": "律 师 函",
                "ref": "滇信律催字〔2026〕第1206号",
                "to": "致：李德明先生",
                "body": [
                    "本所受易来花平台委托，就你拖欠借款叁仟玖佰捌拾元一事郑重函告如下：",
                    "根据《中华人民共和国刑法》第一百九十三条，你恶意拖欠、逃避催收的行为已"
                    "涉嫌贷款诈骗罪，本所将于三日内向公安机关报案。",
                    "请你于收函后48小时内结清欠款，否则一切法律后果由你本人及家属承担。",
                ],
                "sign": "云南滇信律师事务所",
                "date": "2026年12月6日",
                "seal": "滇信律师事务所",
            },
        )
    )
    s.append(
        Screen(
            "zt_log2",
            PHONE,
            "calllog33",
            "me",
            at("2026-12-07 21:00"),
            battery=17,
            signal="4G",
            wrap="crop33",
            extra={"numbers": True},
            calls=[
                Call(
                    C1,
                    C1,
                    times("2026-12-07", "18:05", "18:20", "19:02", "19:45", "20:31"),
                    sim="卡1",
                    place="云南昆明",
                    tag="催收",
                ),
                Call("18887095316", SON, times("2026-12-07", "12:00"), kind="呼入", sim="卡1"),
                Call(
                    C2,
                    C2_SHOWN,
                    times("2026-12-06", "20:10", "20:40", "21:15"),
                    sim="卡1",
                    place="四川成都",
                    tag="骚扰电话",
                ),
            ],
        )
    )
    return s


CASE = Case("zhaotong", PHONE, [C1, C2, LENDER, LAW], CONTACTS, LOAN, _screens())
