"""湛江: 橙意借, a vivo-like phone; polite notices that turn, a 新的朋友 list, the mother's
forwarded SMS."""

from __future__ import annotations

from tests.blindgen9.model import Call, Case, Msg, Screen, t

A, B, W = "17085531204", "16521478830", "橙意借-贷后小周"
MOM, BOSS, COUSIN = "妈妈", "王总", "表姐阿玲"


def _c(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), collector=True, kind=kind, quoted=quoted)


def _m(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), kind=kind, quoted=quoted)


def case() -> Case:
    c = Case(
        "zhanjiang", "陈晓峰", "橙意借", [A, B, W],
        [(MOM, "13802217745"), (BOSS, "13922810066"), (COUSIN, "15917743320")],
        {"amount": 5000, "received": 4100, "deducted": 900, "demanded": 6850},
    )  # fmt: skip
    sk = "funtouch"
    c.screens = [
        Screen(
            "bill",
            sk,
            "bill9",
            t("11-14 10:02"),
            "借款详情",
            extra={
                "rows": [
                    ("借款金额", "¥5,000.00"),
                    ("实际到账", "¥4,100.00"),
                    ("服务费(已扣除)", "¥900.00"),
                    ("借款日期", "2026-10-08"),
                    ("应还日期", "2026-11-07"),
                    ("已逾期", "7天"),
                    ("当前应还(含罚息)", "¥6,850.00"),
                ]
            },
        ),
        Screen(
            "inbox",
            sk,
            "sms_inbox9",
            t("11-14 10:05"),
            "信息",
            msgs=[
                _m(
                    "106575500218",
                    "【橙意借】您的借款5000元已放款至尾号6632银行卡，请按时还款。",
                    "10-08 14:11",
                ),
                _c(
                    B,
                    "陈晓峰你好，你的yq账单今天必须处理，别让我们联系你家里人。",
                    "11-12 09:40",
                    "preview",
                ),
                _c(
                    A,
                    "陈晓峰，电话不接信息不回是吧？你通讯录我们都有，明天开始一个一个打。",
                    "11-13 21:30",
                    "preview",
                ),
            ],
            extra={"style": "md"},
        ),
        Screen(
            "sms_a",
            sk,
            "sms_thread9",
            t("11-14 10:07"),
            A,
            msgs=[
                _c(
                    A,
                    "陈先生您好，这里是橙意借贷后管理中心，您的账单已逾期，请于今日18点前还款。",
                    "11-10 09:12",
                ),
                _m("me", "这两天手头紧，月底发工资一定还。", "11-10 09:30"),
                _c(
                    A,
                    "月底?不行的哈，系统已经标记yq，最晚明天中午hk，否则转cs外访组。",
                    "11-10 09:41",
                ),
                _c(
                    A,
                    "陈晓峰，电话不接信息不回是吧？你通讯录我们都有，明天开始一个一个打。",
                    "11-13 21:30",
                ),
            ],
            extra={"style": "hm"},
        ),
        Screen(
            "log1",
            sk,
            "calllog9",
            t("11-14 10:10"),
            "通话记录",
            calls=[
                Call(A, t("11-14 08:31"), 3, tag="疑似催收", place="广东湛江", collector=True),
                Call(
                    B,
                    t("11-13 23:18"),
                    4,
                    tag="骚扰电话 标记27次",
                    place="广西南宁",
                    collector=True,
                ),
                Call("13802217745", t("11-13 20:02"), 1, name=MOM, missed=False),
                Call(A, t("11-13 12:40"), 2, tag="疑似催收", place="广东湛江", collector=True),
                Call("10086", t("11-12 16:20"), 1, name="中国移动", missed=False),
            ],
        ),
        Screen(
            "log2",
            sk,
            "calllog9",
            t("11-14 10:10"),
            "通话记录",
            overlaps="log1",
            calls=[
                Call(A, t("11-13 12:40"), 2, tag="疑似催收", place="广东湛江", collector=True),
                Call("10086", t("11-12 16:20"), 1, name="中国移动", missed=False),
                Call(
                    B,
                    t("11-12 06:05"),
                    2,
                    tag="骚扰电话 标记27次",
                    place="广西南宁",
                    collector=True,
                ),
                Call("15917743320", t("11-11 19:47"), 1, name=COUSIN, missed=False),
                Call(A, t("11-10 22:15"), 5, tag="疑似催收", place="广东湛江", collector=True),
            ],
        ),
        Screen(
            "friends",
            sk,
            "wxfriends9",
            t("11-14 11:20"),
            extra={"added": 1},
            msgs=[
                _c(W, "我是橙意借贷后，关于陈晓峰的账单，请通过", "11-14 09:02", "request"),
                _m("阿杰", "我是阿杰，上次球场加过", "11-09 18:40", "request"),
            ],
        ),
        Screen(
            "wx",
            sk,
            "wechat_own9",
            t("11-14 11:26"),
            W,
            tall=True,
            msgs=[
                _c(W, "陈先生，加你是想和你好好沟通，今天能处理多少？", "11-14 10:58"),
                _m("me", "先还1000行不行", "11-14 11:01"),
                _c(
                    W,
                    "1000连罚息都不够,你当我们做慈善呢？",
                    "11-14 11:02",
                    "quote_reply",
                    "陈晓峰：先还1000行不行",
                ),
                Msg(W, "对方撤回了一条消息", t("11-14 11:03"), collector=True, kind="revoked"),
                _c(
                    W,
                    "我跟你讲清楚，下午四点前没看到全额，我们就去你公司找王总聊聊。",
                    "11-14 11:04",
                    "voice",
                    "14",
                ),
                Msg(W, "[图片]", t("11-14 11:05"), collector=True, kind="image"),
                _c(W, "这是你身份证和工作单位，要不要我发到你们公司群里？", "11-14 11:05"),
                _m("me", "🙏", "11-14 11:07", "sticker"),
            ],
        ),
        Screen(
            "mom_sms",
            sk,
            "sms_thread9",
            t("11-13 08:15"),
            B,
            owner=MOM,
            forwarded=True,
            msgs=[
                _c(
                    B,
                    "阿姨你好，你儿子陈晓峰在我们平台欠款不还，你转告他今天联系我们。",
                    "11-12 07:58",
                ),
                _m("me", "你们是哪个？我儿子不会乱借钱的", "11-12 08:20"),
                _c(
                    B,
                    "不信你自己问他咯，再拖下去就上门了，到时候街坊邻居都知道，丢的是你们家的脸。",
                    "11-12 08:26",
                ),
            ],
            extra={"style": "ampm", "battery": 31},
        ),
        Screen(
            "letter",
            sk,
            "document9",
            t("11-14 12:00"),
            "律师函",
            forwarded=True,
            extra={
                "lines": [
                    "陈晓峰先生：本所受橙意借委托，就您借款逾期一事致函如下。",
                    "您于2026年10月8日借款人民币5000元，至今逾期未还。请于收函后24小时内还清全部欠款6850元。",
                    "逾期不还，本所将依法向人民法院起诉立案，由此产生的一切后果由您承担。",
                    "广东某某律师事务所  2026年11月13日",
                ]
            },
        ),
    ]
    return c
