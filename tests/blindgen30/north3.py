"""赤峰 (内蒙古): a foldable's inner screen with two panes and a dark 720 px 红米; a 和家亲-like
漏话提醒 page, an 抖音-like DM from «鑫享借-贷后专员», a drivers' work group a «律师» joins, the
wife's page of one landline forwarded in a chat, a 106 lender, a photographed 律师函."""

from __future__ import annotations

from tests.blindgen30.build import CP, IMG, ME, NOTE, OP, OT, SYS, C, K, t
from tests.blindgen30.model import Case, Screen

PHONE = "14747613305"
A, L, S = "176 4705 3318", "0476-5883127", "106904763357"
N1, N2 = "鑫享借-贷后专员", "北方律所-张律师"
WIFE, BRO, BOSS = "151 4761 0029", "138 4768 2201", "133 8476 5410"
PLACE = "内蒙古赤峰"


def case() -> Case:
    own = PHONE
    s = []
    s.append(
        Screen(
            "Screenshot_20260729_084410.png",
            "redmidark30",
            "bill30",
            t("07-29 08:44"),
            own,
            extra={
                "platform": "鑫享借",
                "due_total": "6,320.00",
                "overdue": "已逾期1天 请尽快还款",
                "color": (40, 110, 230),
                "fields": [
                    ("借款本金", "6,000.00元"),
                    ("到账金额", "5,400.00元"),
                    ("砍头服务费", "600.00元"),
                    ("借款日", "2026年6月28日"),
                    ("还款日", "2026年7月28日"),
                ],
            },
        )
    )
    s.append(
        Screen(
            "Screenshot_20260731_213002.png",
            "fold30",
            "sms_thread30",
            t("07-31 21:30"),
            own,
            title=A,
            sub="内蒙古 赤峰",
            msgs=[
                CP(A, "跑车跑到现在？今天晚上12点", "07-31 21:18"),
                OP("乌兰", "你几点到家，孩子发烧了", "07-31 19:02"),
                OP("95599", "【农业银行】您尾号0927账户", "07-31 08:15"),
                CP(S, "【鑫享借】您的借款已逾期", "07-30 10:00"),
                C(A, "包海龙，鑫享借的钱逾期了知道不？赶紧上线还款。", "07-29 13:20"),
                C(A, "你媳妇乌兰的电话我这有，你要是不想让她知道就今天处理。", "07-30 09:05"),
                ME("我正跑车呢，回去就还，别给我媳妇打", "07-30 09:30"),
                C(
                    A,
                    "跑车跑到现在？今天晚上12点前还不上，明天你车队长就能收到你的欠款信息。",
                    "07-31 21:18",
                ),
            ],
        )
    )
    detail = [
        K(A, at, dup=True, words="未接来电 响铃12秒")
        for at in ("08-01 09:10", "08-01 09:14", "08-01 09:31", "08-01 10:02")
    ]
    detail.append(K(A, "08-01 11:45", dup=True, words="响铃5次未接"))
    s.append(
        Screen(
            "Screenshot_20260801_123611.png",
            "fold30",
            "dialer30",
            t("08-01 12:36"),
            own,
            calls=[
                K(A, "08-01 11:45", 5, tag="疑似催收", place=PLACE),
                K(WIFE, "08-01 12:30", col=False, name="乌兰", kind="in", place=PLACE),
                K(L, "07-31 16:40", 2, tag="骚扰电话", place="内蒙古赤峰 固话"),
                K(BRO, "07-31 20:00", col=False, name="哥", kind="out", place=PLACE),
                K(A, "07-30 14:00", 2, tag="疑似催收", place=PLACE),
                *detail,
            ],
            extra={
                "detail": {
                    "title": A,
                    "sub": "内蒙古赤峰 移动",
                    "tag": "疑似催收",
                    "head": "8月1日 周六",
                }
            },
        )
    )
    s.append(
        Screen(
            "Screenshot_2026-08-02-07-41-22-118_com.cmcc.hjq.jpg",
            "redmidark30",
            "leak30",
            t("08-02 07:41"),
            own,
            title="漏话提醒",
            msgs=[
                NOTE(
                    "漏话提醒",
                    "您好，乌兰 151 4761 0029 于 8月2日 06:50 来电 1 次，请及时回电。",
                    "08-02 06:51",
                ),
                NOTE(
                    "漏话提醒",
                    "您好，0476-5883127 于 8月1日 23:02 来电 1 次，请及时回电。",
                    "08-01 23:03",
                ),
                NOTE(
                    "漏话提醒",
                    "您好，176 4705 3318 于 8月1日 22:14 来电 3 次，请及时回电。",
                    "08-01 22:20",
                ),
            ],
            calls=[
                K(A, "08-01 22:14", 3, words="来电 3 次", drawn=False),
                K(L, "08-01 23:02", words="来电 1 次", drawn=False),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_2026-08-02-20-30-45-502_com.ss.android.ugc.aweme.jpg",
            "redmidark30",
            "dydm30",
            t("08-02 20:30"),
            own,
            title=N1,
            sub="对方未关注你",
            msgs=[
                C(
                    N1,
                    "包海龙，别以为换个地方就找不到你，你抖音里的亲戚朋友我们都能私信。",
                    "08-02 19:58",
                ),
                C(
                    N1,
                    "今天不还款，明天你发的每条视频底下我们都去留言说你欠钱不还。",
                    "08-02 19:59",
                ),
                ME("你们这样是违法的，我已经报警了", "08-02 20:03"),
                C(N1, "报警？你先把欠的6k还了再说吧，警察也管不了你欠钱。", "08-02 20:05"),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_2026-08-03-11-10-09-771_com.tencent.mm.jpg",
            "redmidark30",
            "wxgroup30",
            t("08-03 11:10"),
            own,
            title="车队调度群(28)",
            msgs=[
                SYS(f"“{N2}”通过扫描群二维码加入群聊", "08-03 10:31"),
                C(
                    N2,
                    "各位车队同事好，我是北方律所张律师，贵单位司机包海龙恶意拖欠网贷，现已进入诉讼阶段。",
                    "08-03 10:32",
                ),
                C(
                    N2,
                    "请认识他的人转告，今天下午五点前联系我处理，否则法院传票直接寄到你们车队。",
                    "08-03 10:33",
                ),
                OT("老刘", "这是谁拉进来的？海龙你赶紧处理一下，别在工作群里整这些", "08-03 10:40"),
                OT("小赵", "这事儿闹的，大伙还得干活呢", "08-03 10:42"),
                ME("刘队对不住，我马上处理", "08-03 10:50"),
            ],
        )
    )
    wife_page = Screen(
        "wife_page",
        "vivo30",
        "callpage30",
        t("08-04 08:36"),
        WIFE.replace(" ", ""),
        title=L,
        sub="内蒙古赤峰 固话",
        extra={"tag": "标记 132 人 · 催收"},
        calls=[
            K(L, "08-04 08:30"),
            K(L, "08-03 14:10", kind="in", words="呼入 0分48秒"),
            K(L, "08-03 09:25"),
            K(L, "08-03 09:20", words="响铃5次未接"),
        ],
    )
    s.append(
        Screen(
            "Screenshot_20260804_084512.png",
            "fold30",
            "wxchat30",
            t("08-04 08:45"),
            own,
            title="乌兰",
            wrap="fwd30",
            inner=wife_page,
            msgs=[
                OT("乌兰", "海龙，这个座机又给我打了一早上，你看看", "08-04 08:38"),
                IMG("乌兰", "08-04 08:39"),
                OT("乌兰", "到底欠了多少啊，你跟我说实话", "08-04 08:40"),
                ME("六千多，我这个月跑完车就还上", "08-04 08:44"),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_2026-08-05-10-21-37-305_com.android.mms.jpg",
            "redmidark30",
            "sms_thread30",
            t("08-05 10:21"),
            own,
            title=S,
            sub="鑫享借",
            msgs=[
                C(
                    S,
                    "【鑫享借】您的借款已逾期，今日内请登录APP还款，逾期将按日收取罚息并通知紧急联系人。",
                    "07-30 10:00",
                ),
                C(
                    S,
                    "【鑫享借】包海龙您好，您的借款已严重逾期，今日18:00前仍未还款，我司将依法委托律师"
                    "起诉，所产生费用由您承担。",
                    "08-04 10:00",
                ),
                C(
                    S,
                    "【鑫享借】催告：您的欠款陆仟叁佰贰拾元已列入重点催收名单，外访专员将于近日前往"
                    "您户籍所在地核实。",
                    "08-05 10:00",
                ),
            ],
        )
    )
    s.append(
        Screen(
            "IMG_20260806_150233.jpg",
            "redmidark30",
            "letter30",
            t("08-06 15:02"),
            own,
            wrap="photo30",
            extra={
                "head": "内蒙古北方律师事务所",
                "kind": "律 师 函",
                "no": "北律函字〔2026〕第0806号",
                "body": [
                    "致：包海龙先生",
                    "本所受鑫享借委托，就你拖欠借款陆仟叁佰贰拾元一事郑重"
                    "函告：请于收函后三日内结清全部欠款，否则本所将代表委托人向法院提起诉讼，并"
                    "申请查封你名下车辆及财产。",
                    f"承办律师：张律师  电话：{A}",
                ],
                "foot": ["内蒙古北方律师事务所", "2026年8月6日"],
            },
        )
    )
    s.append(
        Screen(
            "Screenshot_2026-08-06-21-48-30-020_com.miui.home.jpg",
            "redmidark30",
            "lock30",
            t("08-06 21:48"),
            own,
            extra={"wall": ((20, 60, 60), (10, 20, 30))},
            msgs=[
                OT(
                    "哥",
                    "海龙，咱爸收到个啥律师函，吓坏了，你赶紧回个电话",
                    "08-06 21:40",
                    shown="微信",
                ),
                C(
                    A,
                    "包海龙，律师函已经寄到你老家了，你爸妈看到了没？",
                    "08-06 21:12",
                    shown="信息",
                ),
                OT(
                    "95599",
                    "【农业银行】您尾号0927账户8月6日支出人民币350.00元。",
                    "08-06 18:20",
                    shown="信息",
                ),
            ],
        )
    )
    return Case(
        "chifeng",
        PHONE,
        "包海龙",
        [A, L, S, N1, N2],
        [("乌兰", WIFE), ("哥", BRO), ("老刘", BOSS)],
        s,
        {"amount": 6000.0, "received": 5400.0, "deducted": 600.0, "demanded": 6320.0},
    )
