"""宜宾: 鼎盛小贷, an iOS-18-like dark phone; every conduct by day, the status-bar clock
at night."""

from __future__ import annotations

from tests.blindgen9.model import Call, Case, Msg, Screen, t

A, B, L, W = "15388126605", "18982344017", "028-83317745", "鼎盛贷后 林经理"
UNCLE, FRIEND, LEAD = "舅舅", "小雨", "周科长"


def _c(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), collector=True, kind=kind, quoted=quoted)


def _m(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), kind=kind, quoted=quoted)


def case() -> Case:
    c = Case(
        "yibin", "赵敏", "鼎盛小贷", [A, B, L, W],
        [(UNCLE, "13908316620"), (FRIEND, "17781152239"), (LEAD, "18008312754")],
        {"amount": 12000, "received": 10200, "deducted": 1800, "demanded": 14160},
    )  # fmt: skip
    sk = "ios18_own"
    c.screens = [
        Screen(
            "inbox",
            sk,
            "sms_inbox9",
            t("12-02 23:14"),
            "信息",
            msgs=[
                _c(
                    L,
                    "赵敏女士：鼎盛小贷已将您的逾期案件提交法务部，请于12月3日前主动联系。",
                    "12-02 16:40",
                    "preview",
                ),
                _c(
                    A,
                    "赵女士，你单位我们已经查到了，周科长的电话也有，你确定要闹到单位去？",
                    "12-02 11:05",
                    "preview",
                ),
                _m(FRIEND, "敏敏，有个陌生号码说你欠钱，我没理他", "12-01 20:12", "preview"),
            ],
            extra={"style": "md", "battery": 22},
        ),
        Screen(
            "sms_a",
            sk,
            "sms_thread9",
            t("12-02 23:16"),
            A,
            msgs=[
                _c(
                    A,
                    "赵女士您好！鼎盛小贷温馨提示：您的借款已到期，请今天内完成还款哦～",
                    "11-28 10:00",
                ),
                _c(
                    A,
                    "赵女士，已经yq两天了，再不hk我们只能按流程通知您的紧急联系人。",
                    "11-30 09:20",
                ),
                _m("me", "下个月5号发工资就还", "11-30 12:41"),
                _c(
                    A,
                    "赵女士，你单位我们已经查到了，周科长的电话也有，你确定要闹到单位去？",
                    "12-02 11:05",
                ),
            ],
            extra={"style": "en12", "battery": 22},
        ),
        Screen(
            "sms_l",
            sk,
            "sms_thread9",
            t("12-02 23:18"),
            L,
            msgs=[
                _c(
                    L,
                    "赵敏女士：鼎盛小贷已将您的逾期案件提交法务部，请于12月3日前主动联系。",
                    "12-02 16:40",
                ),
                _c(
                    L,
                    "逾期未联系的，我司将向宜宾市翠屏区人民法院申请立案,传票将寄至您户籍地。",
                    "12-02 16:41",
                ),
            ],
            extra={"style": "md", "battery": 21},
        ),
        Screen(
            "log",
            sk,
            "calllog9",
            t("12-02 23:20"),
            "最近通话",
            tall=True,
            calls=[
                Call(L, t("12-02 16:35"), 1, tag="疑似催收", place="四川成都", collector=True),
                Call(
                    A, t("12-02 10:58"), 4, tag="骚扰电话 标记9次", place="四川宜宾", collector=True
                ),
                Call("13908316620", t("12-01 19:40"), 1, name=UNCLE, missed=False),
                Call(B, t("12-01 14:22"), 3, tag="疑似催收", place="重庆", collector=True),
                Call(
                    A, t("11-30 09:12"), 2, tag="骚扰电话 标记9次", place="四川宜宾", collector=True
                ),
                Call("18008312754", t("11-29 15:03"), 1, name=LEAD, missed=False),
                Call(B, t("11-29 08:45"), 2, tag="疑似催收", place="重庆", collector=True),
            ],
            extra={"style": "en12", "battery": 20},
        ),
        Screen(
            "grouped",
            sk,
            "calllog_grouped",
            t("12-02 23:24"),
            "通话记录",
            overlaps="log",
            calls=[
                Call(A, t("12-02 10:58"), 4, tag="骚扰电话", collector=True),
                Call(A, t("11-30 09:12"), 2, tag="骚扰电话", collector=True),
                Call(B, t("12-01 14:22"), 3, tag="疑似催收", collector=True),
                Call(B, t("11-29 08:45"), 2, tag="疑似催收", collector=True),
            ],
            extra={"style": "md", "battery": 20},
        ),
        Screen(
            "friends",
            sk,
            "wxfriends9",
            t("12-02 23:30"),
            extra={"added": 1, "battery": 19},
            msgs=[
                _c(W, "我是鼎盛贷后林经理,关于赵敏借款一事请通过一下", "12-01 10:15", "request"),
                _m("宜宾宠物医院", "您好，狗狗疫苗提醒", "11-27 16:00", "request"),
            ],
        ),
        Screen(
            "wx",
            sk,
            "wechat_own9",
            t("12-02 23:35"),
            W,
            tall=True,
            msgs=[
                _c(W, "赵女士您好，我是林经理，方便聊一下吗？", "12-01 10:20"),
                _m("me", "你们怎么有我微信的", "12-01 10:31"),
                _c(
                    W,
                    "我们有的可不止你微信，你签合同的时候授权过的。",
                    "12-01 10:33",
                    "quote_reply",
                    "我：你们怎么有我微信的",
                ),
                _c(
                    W,
                    "这样吧，明天中午前先还一半7080，我帮你申请停催。",
                    "12-01 10:35",
                    "voice",
                    "8",
                ),
                Msg(W, "对方撤回了一条消息", t("12-01 10:36"), collector=True, kind="revoked"),
                _c(
                    W,
                    "要是还拖，那就只能发律师函、联系你舅舅和单位了，别怪我没提醒你。",
                    "12-02 09:10",
                ),
                Msg(W, "[图片]", t("12-02 09:11"), collector=True, kind="image"),
            ],
            extra={"battery": 18, "style": "md"},
        ),
        Screen(
            "uncle_sms",
            sk,
            "sms_thread9",
            t("12-01 21:02"),
            B,
            owner=UNCLE,
            forwarded=True,
            msgs=[
                _c(
                    B,
                    "你是赵敏的舅舅吧？她在鼎盛小贷借了一万二不还，你们当长辈的管管。",
                    "12-01 14:30",
                ),
                _m("me", "你哪位？有事让她自己跟你们说", "12-01 15:02"),
                _c(B, "她要是再躲，我们下周就去你们小区门口拉横幅，让大家都看看。", "12-01 15:10"),
            ],
            extra={"style": "ampm", "battery": 54},
        ),
        Screen(
            "summons",
            sk,
            "document9",
            t("12-02 23:40"),
            "传票",
            forwarded=True,
            extra={
                "lines": [
                    "案号：（2026）川1502民初字第xxxx号",
                    "被传唤人：赵敏。案由：借款合同纠纷。",
                    "应到时间：2026年12月10日上午9时，应到处所：本院第三法庭。",
                    "注意事项：被传唤人无正当理由拒不到庭的，本院将依法缺席判决。",
                ]
            },
        ),
        Screen(
            "bill",
            sk,
            "bill9",
            t("12-02 23:45"),
            "借据详情",
            extra={
                "battery": 17,
                "rows": [
                    ("借款本金", "12000.00"),
                    ("放款到账", "10200.00"),
                    ("风险保障金(放款时扣)", "1800.00"),
                    ("到期日", "2026-11-28"),
                    ("逾期费用", "2160.00"),
                    ("应还合计", "14160.00"),
                ],
            },
        ),
    ]
    return c
