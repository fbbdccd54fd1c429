"""肇庆: 黄嘉欣 owes 米米花; a LineageOS-like phone, a long SMS capture, a group of her family."""

from __future__ import annotations

from tests.blindgen6.model import Call, Case, Msg, Screen, d, status

PLATFORM = "米米花"
A, B, C, WX = "13160628817", "17097734452", "02066285190", "米米花结清专员"
MUM, BRO, BOSS, FRIEND = (
    ("阿妈", "13632081157"),
    ("黄嘉豪", "18820453362"),
    ("陈总", "13926800718"),
    ("阿玲", ""),
)
LOAN = {"amount": 2000, "received": 1440, "deducted": 560, "demanded": 2880}


def _col(who: str, text: str, when: str, **kw) -> Msg:
    return Msg(who, text, d(when), collector=True, **kw)


LAST = "今晚十二点是最后时间。"
PHOTO = "下周一？今天不还，下午就把你的照片和身份证发到网上，标题就叫肇庆老赖黄嘉欣。"


def _log() -> list[Call]:
    return [
        Call("170 9773 4452", d("12-02 02:14"), 7, True, tag="疑似催收", place="广东广州"),
        Call("020-6628 5190", d("12-01 22:50"), 2, True, tag="骚扰电话", place="广东广州"),
        Call(MUM[1], d("12-01 20:10"), name=MUM[0], missed=False),
        Call("131 6062 8817", d("12-01 09:30"), 3, True, tag="标记56次", place="广东肇庆"),
        Call(BOSS[1], d("11-30 11:00"), name=BOSS[0], missed=False),
        Call("170 9773 4452", d("11-29 23:20"), 2, True, tag="疑似催收", place="广东广州"),
        Call("131 6062 8817", d("11-28 22:10"), 1, True, tag="标记56次", place="广东肇庆"),
        Call("020-6628 5190", d("11-27 16:00"), 1, True, tag="骚扰电话", place="广东广州"),
        Call(BRO[1], d("11-27 12:40"), name=BRO[0], outgoing=True, missed=False),
        Call("170 9773 4452", d("11-26 11:45"), 2, True, tag="疑似催收", place="广东广州"),
    ]


def case() -> Case:
    sk = "lineage"
    log = _log()
    inbox = Screen(
        "d01",
        sk,
        "sms_lineage",
        "borrower",
        d("12-02 21:10"),
        title="信息",
        status=status(d("12-02 21:10"), "4G", 55),
        extra={"inbox": True, "act": "搜索信息"},
        msgs=[
            _col(A, LAST, "12-02 21:05", kind="preview"),
            _col(
                B,
                "黄嘉欣，明天上午不处理，我们的外访人员直接到端州区你家楼下。",
                "12-02 02:20",
                kind="preview",
            ),
            Msg(MUM[0], "阿欣，有人发信息给我说你欠钱，是不是真的", d("11-30 06:18")),
            Msg(FRIEND[0], "他们也打给我了，你还好吗", d("11-29 13:40")),
        ],
    )
    thread = Screen(
        "d02",
        sk,
        "sms_lineage",
        "borrower",
        d("12-02 21:12"),
        title="131 6062 8817",
        height=920,
        status=status(d("12-02 21:12"), "4G", 55),
        extra={"sub": "广东肇庆"},
        msgs=[
            _col(
                A,
                "黄嘉欣，米米花借款已逾期7天，应还2,880元，请今天之内处理。",
                "11-27 10:00",
                stamp=True,
            ),
            _col(A, "消息不回电话不接，你以为换个号就找不到你？", "11-28 22:15", stamp=True),
            _col(A, "明天开始，你的阿妈、你弟、你老板陈总都会收到你的欠款信息。", "11-28 22:16"),
            Msg("me", "我在找朋友借，下周一还", d("11-29 08:10"), stamp=True),
            _col(A, PHOTO, "11-29 08:12"),
            Msg("me", "你们这样做是违法的，我已经截图了", d("11-29 08:20")),
            _col(A, "截图？随便你截，你去报警试试，看警察管不管你欠钱的事。", "11-29 08:23"),
            _col(
                A, "你弟黄嘉豪在哪上班我们都清楚，要不要去他公司问问？", "11-30 19:40", stamp=True
            ),
            _col(
                A,
                "别说我们没给机会，你家住址我们也核实过了，过两天就有人上门。",
                "12-01 23:40",
                stamp=True,
            ),
            _col(A, LAST, "12-02 21:05", stamp=True),
        ],
    )
    calls1 = Screen(
        "d03",
        sk,
        "dialer_lineage",
        "borrower",
        d("12-02 07:50"),
        title="最近通话",
        status=status(d("12-02 07:50"), "4G", 91),
        calls=log[:7],
        extra={"act": "全部通话"},
    )
    lock = Screen(
        "d04",
        "nothing",
        "lockscreen",
        MUM[0],
        d("11-30 06:20"),
        forwarded=True,
        status=status(d("11-30 06:20"), "4G", 64),
        extra={"apps": ["信息", "微信", "信息"], "tabs": "lock_actions"},
        msgs=[
            _col(
                B,
                "阿姨，您女儿黄嘉欣欠钱不还，麻烦您转告她尽快联系我们。",
                "11-30 05:47",
                kind="preview",
            ),
            _col(WX, "阿姨您好，关于黄嘉欣的欠款想和您沟通一下", "11-30 06:02", kind="preview"),
            Msg("黄嘉欣", "妈你别理他们，我自己处理", d("11-30 06:15")),
        ],
    )
    group = Screen(
        "d05",
        "aosp_dark",
        "wechat_dark_own",
        BRO[0],
        d("11-30 15:30"),
        title="黄嘉欣欠款处理群(5)",
        status=status(d("11-30 15:30"), "5G", 48),
        forwarded=True,
        extra={"group": True},
        msgs=[
            _col(
                WX,
                "各位好，拉大家进群是因为黄嘉欣在米米花借款逾期不还，请各位亲友督促她还款。",
                "11-30 15:02",
                stamp=True,
            ),
            Msg("me", "你们这样拉群是违法的", d("11-30 15:05")),
            _col(
                WX,
                "违法？欠债还钱天经地义。她今天不还，明天这个群里就发她的借款合同和身份证。",
                "11-30 15:06",
            ),
            Msg(BOSS[0], "我是她老板，这个事我会跟她说，你们别在群里发了", d("11-30 15:20")),
            _col(WX, "陈总您费心，她再拖下去，我们只能去贵公司前台等她了。", "11-30 15:21"),
        ],
    )
    incall = Screen(
        "d06",
        sk,
        "incall",
        "borrower",
        d("12-02 02:14"),
        status=status(d("12-02 02:14"), "4G", 31),
        extra={"number": "170 9773 4452", "place": "广东 广州", "tag": "疑似催收 · 被标记 1024 次"},
    )
    calls2 = Screen(
        "d07",
        sk,
        "dialer_lineage",
        "borrower",
        d("12-02 07:51"),
        title="最近通话",
        status=status(d("12-02 07:51"), "4G", 91),
        calls=log[3:],
        overlaps="d03",
        extra={"act": "全部通话"},
    )
    bill = Screen(
        "d08",
        sk,
        "bill_own",
        "borrower",
        d("12-02 21:20"),
        title="账单详情",
        status=status(d("12-02 21:20"), "4G", 53),
        extra={
            "loan": LOAN,
            "platform": PLATFORM,
            "lent": "2026-11-06",
            "due": "2026-11-20",
            "late": 12,
        },
    )
    letter = Screen(
        "d09",
        sk,
        "doc_photo",
        "borrower",
        d("12-01 17:00"),
        photo=True,
        extra={
            "head": "律 师 函",
            "paras": [
                "黄嘉欣女士：",
                "本所受米米花平台委托，就您拖欠借款一事致函如下：您于2026年11月6日借款人民币2,000元，"
                "至今逾期未还，现欠本息及费用共计2,880元。",
                "请您于本函送达之日起二十四小时内全额还款。否则本所将代理委托人向法院起诉，"
                "并将您的违约信息报送征信机构，同时通知您的单位及亲属协助处理。",
            ],
            "sign": "广东诚衡律师事务所",
            "date": "2026年12月1日",
        },
    )
    return Case(
        "zhaoqing",
        "黄嘉欣",
        PLATFORM,
        [A, B, C, WX],
        [MUM, BRO, BOSS, FRIEND],
        LOAN,
        [inbox, thread, calls1, lock, group, incall, calls2, bill, letter],
    )
