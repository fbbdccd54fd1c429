"""长治 (山西): an old iPhone SE in light and dark, a tablet's synced messages; a 95 lender, a
collector on two numbers and a landline, an 阿里小号-like secondary number, a 手机管家-like
拦截记录, a Telegram-like «信和-催收部小刘», the boss in 晋语, the mother's huge type
photographed."""

from __future__ import annotations

from tests.blindgen30.build import CP, ME, OP, OT, C, K, t
from tests.blindgen30.model import Case, Screen

PHONE = "13513552086"
SECOND = "170 3551 2290"
A, A2, L, S = "173 3556 0912", "173 3556 0913", "0355-2198630", "95730"
N = "信和-催收部小刘"
BOSS, MOM, SIS = "139 3550 1188", "137 0355 4412", "152 3558 9021"
PLACE = "山西长治"


def case() -> Case:
    own = PHONE
    s = []
    s.append(
        Screen(
            "IMG_0402.PNG",
            "se30",
            "svcnotice30",
            t("02-26 09:00"),
            own,
            extra={
                "cards": [
                    {
                        "time": "2月25日 上午9:00",
                        "app": "乐花分期",
                        "title": "还款日提醒",
                        "fields": [
                            ("借款金额", "5,000.00元"),
                            ("到账金额", "4,500.00元"),
                            ("服务费", "500.00元"),
                            ("应还金额", "5,860.00元"),
                            ("到期日期", "2026年2月25日"),
                        ],
                    },
                    {
                        "time": "2月26日 上午8:30",
                        "app": "乐花分期",
                        "title": "账单逾期提醒",
                        "fields": [("逾期金额", "5,860.00元"), ("逾期天数", "1天")],
                    },
                ]
            },
        )
    )
    s.append(
        Screen(
            "IMG_0412.PNG",
            "se30",
            "sms_thread30",
            t("02-28 23:05"),
            own,
            title=A,
            sub="山西 长治",
            extra={"times": "full12"},
            msgs=[
                C(A, "郭建平，乐花分期的账你打算啥时候还？已经逾期两天了。", "02-27 15:05"),
                C(
                    A,
                    "不还是吧，那我就从你通讯录第一个开始打，挨个告诉他们你欠钱不还。",
                    "02-27 15:06",
                ),
                ME("大哥我真的没钱，能不能先还一部分", "02-27 18:21"),
                C(A, "一部分也行，今天先转3千过来，剩下的下周清掉。", "02-28 09:40"),
                C(A, "你这人咋这么不要脸，钱不还电话也不接，等着吧。", "02-28 22:47"),
            ],
        )
    )
    s.append(
        Screen(
            "IMG_0418.PNG",
            "sedark30",
            "xiaohao30",
            t("03-01 21:12"),
            SECOND.replace(" ", ""),
            title="我的小号",
            sub=f"小号 {SECOND}",
            calls=[
                K(A, "03-01 10:20", 7, words="共7通", place=PLACE),
                K(SIS, "03-01 12:02", col=False, name="二姐", words="共1通", place=PLACE),
                K(L, "02-28 11:02", 3, words="共3通", place="山西长治 固话"),
                K(A, "02-28 20:00", 2, words="共2通", place=PLACE),
            ],
        )
    )
    blocked = [
        K(A2, at, kind="blocked", tag="骚扰电话", place=PLACE)
        for at in ("03-01 09:01", "03-01 09:05", "03-01 09:12", "03-01 13:30")
    ]
    blocked += [
        K(L, at, kind="blocked", tag="疑似催收", place="山西长治")
        for at in ("03-01 10:00", "03-02 08:45")
    ]
    s.append(
        Screen(
            "IMG_0421.PNG",
            "se30",
            "intercept30",
            t("03-02 21:30"),
            own,
            calls=blocked,
            extra={"summary": "今日拦截骚扰电话 1 次，本周 6 次"},
        )
    )
    s.append(
        Screen(
            "IMG_0425.PNG",
            "se30",
            "tgchat30",
            t("03-03 08:40"),
            own,
            title=N,
            sub="最近在线",
            msgs=[
                C(
                    N,
                    "郭先生，你乐花分期的欠款已经委托我们信和处理了，今晚十点前给个还款时间。",
                    "03-02 21:40",
                ),
                ME("你们到底是谁，怎么知道我的飞机号", "03-02 21:42"),
                C(N, "你手机里的东西我们都有，通讯录照片一样不少，别逼我们发出去。", "03-02 21:44"),
                C(N, "给你最后一次机会，今天还5千8，不然你们小区业主群见。", "03-03 08:15"),
            ],
        )
    )
    s.append(
        Screen(
            "IMG_0430.PNG",
            "se30",
            "wxchat30",
            t("03-03 19:31"),
            own,
            title="王总",
            msgs=[
                OT(
                    "王总",
                    "建平，你这是弄啥嘞，一下午有个0355开头的座机给公司和我手机打了好几遍",
                    "03-03 19:20",
                ),
                OT(
                    "王总",
                    "说你欠钱不还，让我转告你。你赶紧把这事儿处理利索，不要连累公司",
                    "03-03 19:21",
                ),
                ME("王总对不起，给您添麻烦了，我这两天就处理好", "03-03 19:29"),
            ],
        )
    )
    s.append(
        Screen(
            "IMG_0433.PNG",
            "pad30",
            "sms_thread30",
            t("03-04 20:10"),
            own,
            title=S,
            sub="乐花分期",
            msgs=[
                CP(S, "【乐花分期】郭建平，您名下欠款伍仟捌佰", "03-04 20:02"),
                OP("95338", "【顺丰速运】您的快件已到达长治城区", "03-04 14:10", shown="顺丰速运"),
                CP(A, "你这人咋这么不要脸，钱不还电话", "02-28 22:47"),
                OP("妈", "建平，有人打电话到家里来说你", "03-03 11:05"),
                C(
                    S,
                    "【乐花分期】郭建平您好，您的借款已逾期5天，应还金额5,860.00元，请今日内还款，"
                    "以免影响您的个人征信。",
                    "03-01 10:00",
                ),
                C(
                    S,
                    "【乐花分期】您的逾期案件已移交法务部门处理，将于48小时内启动诉讼程序并通知您的"
                    "紧急联系人，请尽快还款。",
                    "03-03 10:00",
                ),
                C(
                    S,
                    "【乐花分期】郭建平，您名下欠款伍仟捌佰陆拾元今日未结清，明日将安排外访人员上门"
                    "核实。",
                    "03-04 20:02",
                ),
            ],
        )
    )
    mom = Screen(
        "mom_sms",
        "elder30",
        "sms_thread30",
        t("03-05 08:30"),
        MOM.replace(" ", ""),
        title=A2,
        sub="山西 长治",
        msgs=[
            C(A2, "阿姨，你儿子郭建平借钱不还，你当妈的管不管？", "03-05 08:10"),
            C(A2, "今天不还，我们的人下午就到你家楼下。", "03-05 08:12"),
        ],
    )
    s.append(Screen(**{**mom.__dict__, "name": "IMG_20260305_084012.jpg", "wrap": "photo30"}))
    s.append(
        Screen(
            "IMG_0441.PNG",
            "sedark30",
            "lock30",
            t("03-05 23:40"),
            own,
            extra={"wall": ((10, 10, 30), (40, 20, 50))},
            msgs=[
                C(A, "今晚再装死，明早你二姐单位门口见。", "03-05 23:31", shown="信息"),
                OT("二姐", "建平你这是咋啦，咋有人给我打电话说你欠钱", "03-05 22:58", shown="微信"),
                OT(
                    "95338",
                    "【顺丰速运】您的快件已签收，感谢使用顺丰。",
                    "03-05 17:20",
                    shown="信息",
                ),
            ],
        )
    )
    s.append(
        Screen(
            "IMG_0446.PNG",
            "sedark30",
            "sms_inbox30",
            t("03-06 12:00"),
            own,
            extra={"fold": ("【顺丰速运】您的快件已签收", "昨天", "2")},
            msgs=[
                CP(A2, "郭建平你妈那边我们已经去过了", "03-06 11:20"),
                CP(S, "【乐花分期】郭建平，您名下欠款", "03-04 20:02"),
                CP(A, "今晚再装死，明早你二姐单位门", "03-05 23:31"),
                OP("妈", "建平，有人打电话到家里来说你", "03-03 11:05"),
                OP("二姐", "你给姐说实话到底欠了多少", "03-05 23:02"),
            ],
        )
    )
    return Case(
        "changzhi",
        PHONE,
        "郭建平",
        [A, A2, L, S, N],
        [("王总", BOSS), ("妈", MOM), ("二姐", SIS)],
        s,
        {"amount": 5000.0, "received": 4500.0, "deducted": 500.0, "demanded": 5860.0},
    )
