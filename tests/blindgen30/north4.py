"""佳木斯 (黑龙江): a vivo-like phone whose every shot is taken late at night while every call and
message came by day; 通知类信息 folded, a caller posing as 公安, a Flyme-like log from the brother,
the own log shot twice, the mother's 护眼 page photographed, a WhatsApp-like chat with the brother
abroad in 东北话, a 客服-like chat, a 长截图 of the lender's 106 with its seam."""

from __future__ import annotations

from tests.blindgen30.build import CP, ME, OP, OT, C, K, t
from tests.blindgen30.model import Case, Screen

PHONE = "18745417630"
A, P, L, S = "132 0454 6617", "156 4540 9902", "0454-8627105", "10690454221"
N = "快易贷-客服专员07"
MOM, BRO, GIRL, BOSS = "139 0454 8810", "186 4547 2209", "135 0454 1123", "150 4540 3377"
PLACE = "黑龙江佳木斯"


def case() -> Case:
    own = PHONE
    s = []
    s.append(
        Screen(
            "Screenshot_20260510_233812.jpg",
            "vivo30",
            "bill30",
            t("05-10 23:38"),
            own,
            extra={
                "platform": "快易贷",
                "due_total": "3,480.00",
                "overdue": "逾期1天 · 罚息每日0.1%",
                "color": (20, 160, 120),
                "fields": [
                    ("借款金额", "3,000.00元"),
                    ("到账金额", "2,700.00元"),
                    ("会员服务费", "300.00元"),
                    ("借款时间", "2026/04/09"),
                    ("最后还款日", "2026/05/09"),
                ],
            },
        )
    )
    s.append(
        Screen(
            "Screenshot_20260512_232005.jpg",
            "vivo30",
            "sms_thread30",
            t("05-12 23:20"),
            own,
            title=A,
            sub="黑龙江 佳木斯",
            extra={"times": "full12"},
            msgs=[
                C(A, "孙立伟，快易贷的钱你打算拖到啥时候？今天必须给个准话。", "05-10 10:15"),
                C(A, "别跟我整那没用的，你不还钱我就天天给你家里人打电话。", "05-10 10:16"),
                ME("我这个月真没钱，下个月发工资一定还", "05-10 12:30"),
                C(A, "下个月？你当我们是开善堂的，今天下午五点前先还2千。", "05-11 09:40"),
                C(A, "你是真能躲啊，电话不接短信不回，那就别怪我们了。", "05-12 14:05"),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_20260513_234811.jpg",
            "vivo30",
            "sms_inbox30",
            t("05-13 23:48"),
            own,
            extra={"fold": ("【招商银行】您账户2218于05月13日", "19:20", "4")},
            msgs=[
                CP(P, "【佳木斯市向阳区公安分局经侦大队】", "05-13 11:41"),
                CP(A, "你是真能躲啊，电话不接短信", "05-12 14:05"),
                OP("妈", "立伟啊，今天又有人往家里打", "05-12 16:20"),
                CP(S, "【快易贷】您的逾期记录将于今日", "05-12 09:00"),
                OP("小雪", "晚上想吃啥，我下班买", "05-11 17:02"),
                OP("10086", "【中国移动】尊敬的客户，您本月", "05-10 08:00"),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_20260514_001233.jpg",
            "vivo30",
            "sms_thread30",
            t("05-14 00:12"),
            own,
            title=P,
            sub="黑龙江 佳木斯",
            msgs=[
                C(
                    P,
                    "【佳木斯市向阳区公安分局经侦大队】孙立伟，你涉嫌恶意透支网贷资金，请于5月15日前"
                    "到我局说明情况。",
                    "05-13 11:02",
                ),
                ME("你们真是公安的吗？我去哪个派出所", "05-13 11:30"),
                C(P, "不用来所里，把欠快易贷的叁仟肆佰捌拾元还上，案子就给你撤了。", "05-13 11:41"),
            ],
        )
    )
    s.append(
        Screen(
            "mmexport1778771530662.jpg",
            "meizu30",
            "dialer30",
            t("05-14 22:30"),
            BRO.replace(" ", ""),
            calls=[
                K(A, "05-14 10:20", 3, tag="标记23人 疑似催收", place=PLACE),
                K(GIRL, "05-14 12:00", col=False, name="弟媳小雪", place=PLACE),
                K(L, "05-14 15:40", 2, tag="骚扰电话", place="黑龙江佳木斯 固话"),
                K(A, "05-13 16:00", tag="标记23人 疑似催收", place=PLACE),
                K(MOM, "05-13 18:30", col=False, name="妈", kind="out", place=PLACE),
            ],
        )
    )
    own_log = [
        K(A, "05-15 16:30", 4, tag="疑似催收", place=PLACE),
        K(MOM, "05-15 18:00", col=False, name="妈", kind="in", place=PLACE),
        K(L, "05-15 11:20", 3, tag="骚扰电话", place="黑龙江佳木斯 固话"),
        K(BOSS, "05-14 17:30", col=False, name="马主管", kind="in", place=PLACE),
        K(A, "05-14 09:50", 2, tag="疑似催收", place=PLACE),
        K(P, "05-13 11:00", place=PLACE),
    ]
    s.append(
        Screen(
            "Screenshot_20260515_235512.jpg",
            "vivo30",
            "dialer30",
            t("05-15 23:55"),
            own,
            calls=own_log[:5],
        )
    )
    s.append(
        Screen(
            "Screenshot_20260515_235731.jpg",
            "vivo30",
            "dialer30",
            t("05-15 23:57"),
            own,
            calls=[
                *own_log[3:],
                K(A, "05-12 13:10", 3, tag="疑似催收", place=PLACE),
                K(GIRL, "05-12 19:40", col=False, name="小雪", kind="out", place=PLACE),
                K(L, "05-11 10:05", tag="骚扰电话", place="黑龙江佳木斯 固话"),
                K("10086", "05-10 09:30", col=False, name="10086", kind="out"),
            ],
        )
    )
    mom_page = Screen(
        "IMG_20260516_214011.jpg",
        "eyecare30",
        "callpage30",
        t("05-16 21:36"),
        MOM.replace(" ", ""),
        title=A,
        sub="黑龙江佳木斯 联通",
        wrap="photo30",
        extra={"tag": "骚扰电话", "head": "最近通话"},
        calls=[
            K(A, "05-16 13:48", kind="in", words="呼入 2分05秒"),
            K(A, "05-16 09:20"),
            K(A, "05-16 09:12", words="响铃5次未接"),
        ],
    )
    s.append(mom_page)
    s.append(
        Screen(
            "Screenshot_20260517_002010.jpg",
            "vivo30",
            "wachat30",
            t("05-17 00:20"),
            own,
            title="哥",
            sub="在线",
            msgs=[
                OT(
                    "哥",
                    "立伟，妈说一天接好几个催债电话，吓得饭都吃不下，你这是整啥呢",
                    "05-16 20:10",
                ),
                OT("哥", "那人跟妈说不还钱就去家门口泼油漆，这是人干的事儿？", "05-16 20:11"),
                ME("哥，三千多，我下礼拜就能还上，你别跟妈说了", "05-16 20:30"),
                OT("哥", "咋整啊这事儿，先把钱还了，缺多少哥给你转", "05-16 20:34"),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_20260517_230512.jpg",
            "vivo30",
            "kefu30",
            t("05-17 23:05"),
            own,
            title=N,
            sub="快易贷官方客服",
            msgs=[
                C(N, "孙先生您好，您在快易贷的借款已逾期8天，请问今天能否处理？", "05-17 10:05"),
                ME("能不能申请延期，我下周五发工资", "05-17 10:20"),
                C(N, "延期可以，先交伍佰延期费，不交的话今天下午就安排上门。", "05-17 10:22"),
                C(N, "另外提醒您，您的通讯录联系人我们已全部备份，请勿心存侥幸。", "05-17 10:23"),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_20260518_234133.jpg",
            "vivo30",
            "sms_thread30",
            t("05-18 23:41"),
            own,
            title=S,
            sub="快易贷",
            wrap="stitch30",
            msgs=[
                C(
                    S,
                    "【快易贷】孙立伟，您的借款已逾期1天，今日内不还款将产生每日罚息并通知您的紧急"
                    "联系人。",
                    "05-10 09:00",
                ),
                C(
                    S,
                    "【快易贷】您的逾期记录将于今日18点报送征信系统，影响您及家人乘车、贷款，请立即"
                    "还款。",
                    "05-12 09:00",
                ),
                C(
                    S,
                    "【快易贷】孙立伟，您已被列入重点催收名单，我司将联系您所在单位人事部门协助催收。",
                    "05-14 09:00",
                ),
                C(
                    S,
                    "【快易贷】孙立伟，您的欠款今日仍未处理，我司已将您的情况告知您的紧急联系人，请立即还款。",
                    "05-13 09:00",
                ),
                ME("别找我单位，我下周一定还", "05-14 12:00"),
                C(
                    S,
                    "【快易贷】孙立伟，贷后专员将于今日致电您的家人及同事核实情况，请保持电话畅通。",
                    "05-15 09:00",
                ),
                ME("已经在凑钱了，求你们别再给我家人发短信", "05-15 21:10"),
                C(
                    S,
                    "【快易贷】通知：您的欠款叁仟肆佰捌拾元已移交法务，近期将安排人员前往户籍地走访。",
                    "05-16 09:00",
                ),
                C(
                    S,
                    "【快易贷】您的账户已被标记为恶意逃废债，今日17点前还款叁仟肆佰捌拾元可停止一切催收。",
                    "05-17 09:00",
                ),
                ME("周五发了工资就全部还清，行吗", "05-17 12:30"),
                C(
                    S,
                    "【快易贷】最后通牒：今日下班前未结清，明日起将在您的社交圈公开您的逾期信息。",
                    "05-18 09:00",
                ),
            ],
        )
    )
    return Case(
        "jiamusi",
        PHONE,
        "孙立伟",
        [A, P, L, S, N],
        [("妈", MOM), ("哥", BRO), ("小雪", GIRL), ("马主管", BOSS)],
        s,
        {"amount": 3000.0, "received": 2700.0, "deducted": 300.0, "demanded": 3480.0},
    )
