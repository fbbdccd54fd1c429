"""株洲: 邓晓峰 owes 速借花; a Nothing-like phone, a dark WeChat, his sister's forwarded record."""

from __future__ import annotations

from tests.blindgen6.model import Call, Case, Msg, Screen, d, status

PLATFORM = "速借花"
A, B, C, WX = "17186243071", "02863317745", "16530918826", "贷后-陈主管"
MOM, SIS, BOSS = ("妈妈", "13907331245"), ("邓晓梅", "15873312087"), ("王经理", "18673340912")
LOAN = {"amount": 6000, "received": 4500, "deducted": 1500, "demanded": 7260}


def _col(who: str, text: str, when: str, **kw) -> Msg:
    return Msg(who, text, d(when), collector=True, **kw)


def _log() -> list[Call]:
    """One call list, newest first; two shots of it share three rows."""
    return [
        Call("171 8624 3071", d("11-12 23:10"), 4, True, tag="疑似催收", place="四川成都"),
        Call(MOM[1], d("11-12 21:05"), name=MOM[0], outgoing=True, missed=False),
        Call("028 6331 7745", d("11-12 14:32"), 2, True, tag="骚扰电话", place="四川成都"),
        Call("165 3091 8826", d("11-11 22:47"), 3, True, tag="标记37次", place="广西南宁"),
        Call(BOSS[1], d("11-11 10:02"), name=BOSS[0], missed=False),
        Call("171 8624 3071", d("11-10 09:15"), 2, True, tag="疑似催收", place="四川成都"),
        Call("165 3091 8826", d("11-08 23:55"), 5, True, tag="标记37次", place="广西南宁"),
        Call("171 8624 3071", d("11-07 19:30"), 1, True, tag="疑似催收", place="四川成都"),
        Call(MOM[1], d("11-06 18:22"), name=MOM[0], missed=False),
        Call("028 6331 7745", d("11-05 10:11"), 2, True, tag="骚扰电话", place="四川成都"),
    ]


def case() -> Case:
    log = _log()
    sk = "nothing"
    lock = Screen(
        "a01",
        sk,
        "lockscreen",
        "borrower",
        d("11-12 23:48"),
        status=status(d("11-12 23:48"), "5G", 41),
        msgs=[
            _col(
                C, "邓晓峰，电话不接是吧，我们现在就给你单位打过去", "11-12 23:41", kind="preview"
            ),
            _col(
                WX,
                "通讯录我这边已经导出来了，你姐、你妈、你们王经理，一个一个打。",
                "11-12 19:59",
                kind="preview",
            ),
            Msg(MOM[0], "晓峰你接电话，有人打到我这里了，说你欠了钱", d("11-12 21:03")),
        ],
        extra={"apps": ["信息", "微信", "信息"], "tabs": "lock_actions"},
    )
    calls1 = Screen(
        "a02",
        sk,
        "dialer_nothing",
        "borrower",
        d("11-13 08:20"),
        title="最近",
        status=status(d("11-13 08:20"), "5G", 63),
        calls=log[:6],
        extra={"act": "编辑"},
    )
    calls2 = Screen(
        "a03",
        sk,
        "dialer_nothing",
        "borrower",
        d("11-13 08:21"),
        title="最近",
        status=status(d("11-13 08:21"), "5G", 63),
        calls=log[3:],
        overlaps="a02",
        extra={"act": "编辑"},
    )
    sms = Screen(
        "a04",
        sk,
        "sms_nothing",
        "borrower",
        d("11-12 09:00"),
        title="165 3091 8826",
        status=status(d("11-12 09:00"), "5G", 80),
        extra={"sub": "广西南宁"},
        msgs=[
            _col(
                C,
                "邓晓峰，你在速借花的借款已逾期12天，今天不处理明天就开始给你通讯录的人打电话，别说没提醒你。",
                "11-08 23:40",
                stamp=True,
            ),
            _col(
                C,
                "装死是吧？你单位地址我们已经查到了，湘江路那家物流公司对吧，下周派人过去找你们领导聊聊。",
                "11-09 10:15",
                stamp=True,
            ),
            Msg("me", "我这个月工资还没发，能不能宽限几天", d("11-09 10:30")),
            _col(C, "宽限？给你宽限了多少次了。今晚八点前还不上全额，后果自负。", "11-09 10:32"),
            _col(
                C, "你妈电话我们也打了，老人家一直哭，你自己看着办吧。", "11-11 22:50", stamp=True
            ),
        ],
    )
    incall = Screen(
        "a05",
        sk,
        "incall",
        "borrower",
        d("11-12 23:10"),
        status=status(d("11-12 23:10"), "5G", 44),
        extra={"number": "171 8624 3071", "place": "四川 成都", "tag": "疑似催收 · 被标记 312 次"},
    )
    chat = Screen(
        "a06",
        sk,
        "wechat_dark_own",
        "borrower",
        d("11-12 20:10"),
        title=WX,
        status=status(d("11-12 20:10"), "5G", 52),
        msgs=[
            _col(
                WX,
                "你好，这里是速借花贷后管理中心，你的账单已逾期14天，请今日内结清6,980元，以免影响个人征信。",
                "11-10 09:20",
                stamp=True,
            ),
            Msg("me", "我知道了，月底一定还", d("11-10 09:41")),
            _col(
                WX,
                "月底？等不了。明天上午我们法务会把材料递到你户籍地法院立案，到时候你就是失信人，坐不了高铁。",
                "11-12 19:58",
                stamp=True,
            ),
            _col(
                WX, "通讯录我这边已经导出来了，你姐、你妈、你们王经理，一个一个打。", "11-12 19:59"
            ),
        ],
    )
    record = Screen(
        "a07",
        sk,
        "merged_record",
        SIS[0],
        d("11-12 08:30"),
        title=f"{SIS[0]}和{WX}的聊天记录",
        status=status(d("11-12 08:30"), "4G", 90),
        forwarded=True,
        extra={"range": "2026-11-11 至 2026-11-12", "me": SIS[0]},
        msgs=[
            _col(
                WX,
                "你是邓晓峰的姐姐吧？他在我们平台欠款不还，你转告他，今晚必须联系我。",
                "11-11 21:15",
            ),
            Msg("me", "他的事我不清楚，你们别再打我电话了", d("11-11 21:20")),
            _col(
                WX,
                "不清楚？他填的紧急联系人就是你。他不还，我们就在你们小区业主群里发他的照片。",
                "11-11 21:22",
            ),
            _col(WX, "给你弟带句话，再躲下去，我们直接上门。", "11-12 08:05"),
        ],
    )
    bill = Screen(
        "a08",
        sk,
        "bill_own",
        "borrower",
        d("11-13 10:00"),
        title="账单详情",
        status=status(d("11-13 10:00"), "5G", 60),
        extra={
            "loan": LOAN,
            "platform": PLATFORM,
            "lent": "2026-10-12",
            "due": "2026-10-27",
            "late": 17,
        },
    )
    card = Screen(
        "a09",
        sk,
        "idcard_photo",
        "borrower",
        d("11-13 10:05"),
        photo=True,
        extra={
            "name": "邓晓峰",
            "sex": "男",
            "born": "1994年3月17日",
            "addr": "湖南省株洲市芦淞区建设南路116号",
            "id": "430203199403170531",
        },
    )
    return Case(
        "zhuzhou",
        "邓晓峰",
        PLATFORM,
        [A, B, C, WX],
        [MOM, SIS, BOSS],
        LOAN,
        [lock, calls1, calls2, sms, incall, chat, record, bill, card],
    )
