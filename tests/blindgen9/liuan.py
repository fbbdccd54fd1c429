"""六安: 快易花, an Honor-like dark phone; night calls, one number's call details, a brother's
forward."""

from __future__ import annotations

from tests.blindgen9.model import Call, Case, Msg, Screen, t

A, B, W = "19155207731", "17330418852", "快易花·阿斌"
WIFE, BRO, BOSS = "老婆", "哥", "主管李姐"


def _c(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), collector=True, kind=kind, quoted=quoted)


def _m(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), kind=kind, quoted=quoted)


def case() -> Case:
    c = Case(
        "liuan", "王磊", "快易花", [A, B, W],
        [(WIFE, "18756093321"), (BRO, "13505647782"), (BOSS, "13866120459")],
        {"amount": 3000, "received": 2460, "deducted": 540, "demanded": 4380},
    )  # fmt: skip
    sk = "honor_dark_own"
    c.screens = [
        Screen(
            "log1",
            sk,
            "calllog9",
            t("10-30 07:20"),
            "电话",
            calls=[
                Call(A, t("10-30 06:48"), 2, tag="疑似催收", place="安徽合肥", collector=True),
                Call(B, t("10-30 01:12"), 5, tag="骚扰电话", place="河南郑州", collector=True),
                Call(B, t("10-29 23:40"), 3, tag="骚扰电话", place="河南郑州", collector=True),
                Call("18756093321", t("10-29 19:05"), 1, name=WIFE, missed=False),
            ],
            extra={"style": "en12", "net": "5G"},
        ),
        Screen(
            "log2",
            sk,
            "calllog9",
            t("10-30 07:21"),
            "电话",
            overlaps="log1",
            calls=[
                Call(B, t("10-29 23:40"), 3, tag="骚扰电话", place="河南郑州", collector=True),
                Call("18756093321", t("10-29 19:05"), 1, name=WIFE, missed=False),
                Call(A, t("10-29 10:16"), 4, tag="疑似催收", place="安徽合肥", collector=True),
                Call("13866120459", t("10-28 09:30"), 1, name=BOSS, missed=False),
                Call(A, t("10-27 22:58"), 2, tag="疑似催收", place="安徽合肥", collector=True),
            ],
            extra={"style": "en12", "net": "5G"},
        ),
        Screen(
            "detail_a",
            sk,
            "call_detail",
            t("10-30 07:25"),
            calls=[
                Call(
                    A,
                    t("10-26 08:02"),
                    1,
                    tag="疑似催收",
                    place="安徽合肥",
                    duration="2分05秒",
                    missed=False,
                    collector=True,
                ),
                Call(A, t("10-25 21:47"), 1, tag="疑似催收", place="安徽合肥", collector=True),
                Call(
                    A,
                    t("10-25 14:33"),
                    1,
                    tag="疑似催收",
                    place="安徽合肥",
                    duration="48秒",
                    missed=False,
                    collector=True,
                ),
            ],
            extra={"net": "5G"},
        ),
        Screen(
            "sms_b",
            sk,
            "sms_thread9",
            t("10-30 07:30"),
            B,
            msgs=[
                _c(
                    B,
                    "王磊，侬欠快易花嘎钞票好还了伐？今朝再勿还，阿拉就寻到侬屋里厢去。",
                    "10-28 13:05",
                ),
                _c(
                    B,
                    "半夜给你打电话是提醒你，hk日早就过了，yq一天多一天的罚息，自己算算。",
                    "10-30 01:20",
                ),
                _m("me", "你们半夜打电话是违法的", "10-30 06:55"),
                _c(
                    B,
                    "违法?你借钱不还就不违法？有本事你去告，我们律师函已经在路上了。",
                    "10-30 06:58",
                ),
            ],
            extra={"net": "5G"},
        ),
        Screen(
            "spam",
            sk,
            "sms_spam",
            t("10-30 07:33"),
            "骚扰拦截",
            msgs=[
                _c(
                    A,
                    "王先生您好，快易花提醒：您的借款已逾期3天，为避免影响征信，请尽快还款。",
                    "10-25 09:00",
                ),
                _c(
                    A, "王磊你老婆电话我们已经打了，再不处理，明天打给你们主管李姐。", "10-29 10:20"
                ),
            ],
            extra={"net": "5G", "style": "md"},
        ),
        Screen(
            "friends",
            sk,
            "wxfriends9",
            t("10-30 12:10"),
            extra={"added": 0, "net": "5G"},
            msgs=[
                _c(W, "快易花贷后阿斌，王磊的事找你谈谈，速度通过", "10-30 11:48", "request"),
                _m("老同学陈", "我是陈浩", "10-28 20:01", "request"),
                _c(W, "不通过是吧？那我加你老婆了", "10-30 11:55", "request"),
            ],
        ),
        Screen(
            "wx",
            sk,
            "wechat_own9",
            t("10-30 12:40"),
            W,
            tall=True,
            msgs=[
                _c(W, "终于肯通过了?王磊你躲得了和尚躲不了庙。", "10-30 12:21"),
                _c(
                    W,
                    "今天下午五点前还4380，少一分都不行，不然你公司楼下见。",
                    "10-30 12:22",
                    "voice",
                    "11",
                ),
                _m("me", "能不能分两期", "10-30 12:25"),
                _c(
                    W,
                    "分期可以，先交1500展期费，剩下的下周一结清。",
                    "10-30 12:27",
                    "quote_reply",
                    "我：能不能分两期",
                ),
                Msg(W, "对方撤回了一条消息", t("10-30 12:28"), collector=True, kind="revoked"),
                Msg(W, "[表情]", t("10-30 12:29"), collector=True, kind="sticker"),
                _m("me", "我想想办法", "10-30 12:35"),
            ],
            extra={"net": "5G"},
        ),
        Screen(
            "bro_sms",
            sk,
            "sms_thread9",
            t("10-29 08:40"),
            A,
            owner=BRO,
            forwarded=True,
            msgs=[
                _c(
                    A,
                    "您好，请问是王磊的哥哥吗？王磊在快易花的借款逾期了，麻烦你转告他联系我们。",
                    "10-29 08:10",
                ),
                _m("me", "他的事我不管，别给我发了", "10-29 08:22"),
                _c(
                    A,
                    "大哥，你不管那我们只能天天找你了，亲兄弟明算账，你帮他还也行。",
                    "10-29 08:31",
                ),
            ],
            extra={"style": "ampm"},
        ),
        Screen(
            "bill",
            sk,
            "bill9",
            t("10-30 12:50"),
            "账单详情",
            extra={
                "net": "5G",
                "rows": [
                    ("借款金额", "3,000元"),
                    ("到账金额", "2,460元"),
                    ("手续费", "540元"),
                    ("还款日", "10月22日"),
                    ("逾期罚息", "1,380元"),
                    ("应还总额", "4,380元"),
                ],
            },
        ),
    ]
    return c
