"""包头: 赵磊 owes 易融宝; an AOSP dark phone, every call by day, night only on the status clock."""

from __future__ import annotations

from tests.blindgen6.model import Call, Case, Msg, Screen, d, status

PLATFORM = "易融宝"
A, B, C, WX = "18247716630", "15104859923", "04715882640", "易融宝-小刘"
DAD, CHIEF, UNCLE = ("爸", "13947203318"), ("刘科长", "13514781290"), ("小舅", "18604726651")
LOAN = {"amount": 8000, "received": 6000, "deducted": 2000, "demanded": 9680}


def _col(who: str, text: str, when: str, **kw) -> Msg:
    return Msg(who, text, d(when), collector=True, **kw)


FIRST = "赵磊，易融宝的欠款已经逾期二十天了，今天下午五点前还清，否则我们按程序走。"
COURT = "按程序就是起诉，律师函已经寄到你户籍地址了，自己去签收。"
DOOR = "没收到？那就等着法院的人上门吧。你们单位刘科长的电话我们也打过了。"


def _log() -> list[Call]:
    return [
        Call("182 4771 6630", d("11-25 20:40"), 5, True, tag="疑似催收", place="内蒙古包头"),
        Call(DAD[1], d("11-25 19:02"), name=DAD[0], missed=False),
        Call("151 0485 9923", d("11-25 12:30"), 2, True, tag="疑似催收", place="内蒙古包头"),
        Call("0471 5882640", d("11-24 09:10"), 3, True, tag="骚扰电话", place="内蒙古呼和浩特"),
        Call(CHIEF[1], d("11-24 08:40"), name=CHIEF[0], outgoing=True, missed=False),
        Call("182 4771 6630", d("11-23 17:45"), 2, True, tag="疑似催收", place="内蒙古包头"),
        Call("151 0485 9923", d("11-22 10:05"), 4, True, tag="疑似催收", place="内蒙古包头"),
        Call("182 4771 6630", d("11-21 14:20"), 1, True, tag="疑似催收", place="内蒙古包头"),
        Call(UNCLE[1], d("11-21 13:00"), name=UNCLE[0], missed=False),
        Call("0471 5882640", d("11-20 16:30"), 2, True, tag="骚扰电话", place="内蒙古呼和浩特"),
    ]


def case() -> Case:
    sk = "aosp_dark"
    log = _log()
    calls1 = Screen(
        "c01",
        sk,
        "dialer_aosp",
        "borrower",
        d("11-25 23:12"),
        title="最近",
        status=status(d("11-25 23:12"), "5G", 22),
        calls=log[:6],
        extra={"act": "未接来电"},
    )
    calls2 = Screen(
        "c02",
        sk,
        "dialer_aosp",
        "borrower",
        d("11-25 23:13"),
        title="最近",
        status=status(d("11-25 23:13"), "5G", 22),
        calls=log[3:],
        overlaps="c01",
        extra={"act": "未接来电"},
    )
    inbox = Screen(
        "c03",
        sk,
        "sms_aosp",
        "borrower",
        d("11-25 20:50"),
        title="信息",
        status=status(d("11-25 20:50"), "5G", 31),
        extra={"inbox": True, "act": "搜索信息"},
        msgs=[
            _col(A, DOOR, "11-25 20:45", kind="preview"),
            Msg(DAD[0], "磊子，今天又有人打电话来家里，你到底借了多少", d("11-25 19:10")),
            _col(
                B,
                "赵磊先生，请于今日18点前与我司联系处理逾期账单，否则将启动外访程序。",
                "11-25 12:33",
                kind="preview",
            ),
            Msg("10086", "尊敬的客户，您本月套餐内流量已使用80%", d("11-24 10:00")),
        ],
    )
    sms = Screen(
        "c04",
        sk,
        "sms_aosp",
        "borrower",
        d("11-25 20:51"),
        title="182 4771 6630",
        status=status(d("11-25 20:51"), "5G", 31),
        extra={"sub": "内蒙古包头"},
        msgs=[
            _col(A, FIRST, "11-21 14:30", stamp=True),
            _col(A, COURT, "11-23 17:50", stamp=True),
            Msg("me", "我没有收到任何东西", d("11-23 18:02")),
            _col(A, DOOR, "11-25 20:45", stamp=True),
        ],
    )
    chief = Screen(
        "c05",
        "hios",
        "wechat_dark_own",
        CHIEF[0],
        d("11-24 10:30"),
        title=WX,
        forwarded=True,
        status=status(d("11-24 10:30"), "5G", 74),
        msgs=[
            _col(
                WX,
                "您好，请问是赵磊的领导吗？赵磊在我司借款逾期，希望贵单位督促其尽快处理。",
                "11-24 09:20",
                stamp=True,
            ),
            Msg("me", "这是他个人的事，你们找他本人", d("11-24 09:35")),
            _col(
                WX,
                "个人的事？他拿单位当担保填的。再不处理，我们就把催款函发到贵单位人事部门，大家脸上都不好看。",
                "11-24 09:36",
            ),
            _col(WX, "麻烦您转告他，今天是最后期限。", "11-24 10:12", stamp=True),
        ],
    )
    record = Screen(
        "c06",
        "lineage",
        "merged_record",
        UNCLE[0],
        d("11-22 16:00"),
        title=f"王建国和{WX}的聊天记录",
        status=status(d("11-22 16:00"), "4G", 57),
        forwarded=True,
        extra={"range": "2026-11-22", "me": "王建国"},
        msgs=[
            _col(
                WX,
                "王先生您好，您外甥赵磊欠我司借款未还，我们已准备起诉材料，您作为亲属有义务告知他。",
                "11-22 15:00",
            ),
            Msg("me", "我外甥的钱我不管", d("11-22 15:10")),
            _col(WX, "不管可以，过两天我们去你们家里坐坐，顺便跟你们邻居也聊聊。", "11-22 15:12"),
        ],
    )
    summons = Screen(
        "c07",
        sk,
        "doc_photo",
        "borrower",
        d("11-26 09:00"),
        photo=True,
        extra={
            "head": "民事诉讼传票",
            "paras": [
                "案号：（2026）内0203民初字第8817号",
                "被传唤人：赵磊",
                "案由：借款合同纠纷。原告易融宝诉你借款合同纠纷一案，本院已立案受理，"
                "限你于收到本传票之日起三日内结清欠款人民币9,680元，逾期将依法缺席判决并强制执行。",
                "注意事项：被传唤人应携带本传票及身份证件准时到达，无正当理由拒不到庭的，本院将依法拘传。",
            ],
            "sign": "易融宝法务部（代送达）",
            "date": "二〇二六年十一月二十四日",
        },
    )
    incall = Screen(
        "c08",
        sk,
        "incall",
        "borrower",
        d("11-25 12:30"),
        status=status(d("11-25 12:30"), "5G", 58),
        extra={
            "number": "151 0485 9923",
            "place": "内蒙古 包头",
            "tag": "疑似催收 · 被标记 312 次",
        },
    )
    bill = Screen(
        "c09",
        sk,
        "bill_own",
        "borrower",
        d("11-26 09:05"),
        title="账单详情",
        status=status(d("11-26 09:05"), "5G", 90),
        extra={
            "loan": LOAN,
            "platform": PLATFORM,
            "lent": "2026-10-16",
            "due": "2026-11-01",
            "late": 25,
        },
    )
    return Case(
        "baotou",
        "赵磊",
        PLATFORM,
        [A, B, C, WX],
        [DAD, CHIEF, UNCLE],
        LOAN,
        [calls1, calls2, inbox, sms, chief, record, summons, incall, bill],
    )
