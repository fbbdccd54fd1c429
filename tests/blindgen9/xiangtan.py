"""湘潭: 云朵分期, an old Samsung-like phone; a spam folder, a grouped log, a father's call
details, a group."""

from __future__ import annotations

from tests.blindgen9.model import Call, Case, Msg, Screen, t

A, B, L, G = "13064428817", "18476650392", "0731-85562210", "云朵法务部-张"
DAD, COL, ROOM = "爸爸", "同事小何", "室友婷婷"


def _c(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), collector=True, kind=kind, quoted=quoted)


def _m(who: str, text: str, at: str, kind: str = "text", quoted: str = "") -> Msg:
    return Msg(who, text, t(at), kind=kind, quoted=quoted)


def case() -> Case:
    c = Case(
        "xiangtan", "刘佳", "云朵分期", [A, B, L, G],
        [(DAD, "13975201468"), (COL, "15273309914"), (ROOM, "")],
        {"amount": 8000, "received": 6800, "deducted": 1200, "demanded": 9640},
    )  # fmt: skip
    sk = "touchwiz"
    c.screens = [
        Screen(
            "spam",
            sk,
            "sms_spam",
            t("11-21 22:41"),
            "骚扰拦截",
            msgs=[
                _c(
                    A,
                    "刘佳：您在云朵分期的借款已严重逾期，我司已启动诉前调解程序，请速联系处理!",
                    "11-18 10:20",
                ),
                _c(
                    B,
                    "刘小姐，最后通知。今天不hk，明天把你的照片和欠款信息发到你老家村群。",
                    "11-19 23:05",
                ),
                _c(B, "还在装死？你爸的电话我已经打通了，自己看着办。", "11-21 06:12"),
            ],
            extra={"style": "slash"},
        ),
        Screen(
            "inbox",
            sk,
            "sms_inbox9",
            t("11-21 22:43"),
            "信息",
            msgs=[
                _m(
                    "云朵分期",
                    "【云朵分期】您本期账单9640.00元已逾期，请及时还款。",
                    "11-16 09:00",
                    "preview",
                ),
                _c(L, "一半?不好意思，系统只接受全额结清,谢谢。", "11-21 14:55", "preview"),
                _m(ROOM, "佳佳有人打电话到我这里找你，你没事吧", "11-20 21:16", "preview"),
            ],
            extra={"style": "md"},
        ),
        Screen(
            "thread_l",
            sk,
            "sms_thread9",
            t("11-21 22:45"),
            L,
            msgs=[
                _c(
                    L,
                    "【云朵分期】刘佳女士，经核实您名下账单逾期5天，请今日内登录APP还款，感谢配合。",
                    "11-20 10:03",
                ),
                _c(
                    L,
                    "刘女士，我方已将您的案件移交外访，近期将安排人员到您单位及户籍地核实情况。",
                    "11-21 14:30",
                ),
                _m("me", "我下周一还一半可以吗", "11-21 14:52"),
                _c(L, "一半?不好意思，系统只接受全额结清,谢谢。", "11-21 14:55"),
            ],
            extra={"style": "ampm"},
        ),
        Screen(
            "grouped",
            sk,
            "calllog_grouped",
            t("11-21 22:47"),
            "通话记录",
            calls=[
                Call(A, t("11-21 09:14"), 3, tag="疑似催收", collector=True),
                Call(A, t("11-20 13:02"), 2, tag="疑似催收", collector=True),
                Call(B, t("11-21 05:48"), 2, tag="标记12次", collector=True),
                Call(B, t("11-19 23:31"), 4, tag="标记12次", collector=True),
                Call("13975201468", t("11-20 19:10"), 1, name=DAD, missed=False),
            ],
        ),
        Screen(
            "log_tall",
            sk,
            "calllog9",
            t("11-21 22:50"),
            "日志",
            tall=True,
            overlaps="grouped",
            calls=[
                Call(L, t("11-21 15:20"), 2, tag="催收", place="湖南长沙", collector=True),
                Call(A, t("11-21 09:14"), 3, tag="疑似催收", place="湖南湘潭", collector=True),
                Call(B, t("11-21 05:48"), 2, tag="标记12次", place="江西赣州", collector=True),
                Call("13975201468", t("11-20 19:10"), 1, name=DAD, missed=False),
                Call(A, t("11-20 13:02"), 2, tag="疑似催收", place="湖南湘潭", collector=True),
                Call(B, t("11-19 23:31"), 4, tag="标记12次", place="江西赣州", collector=True),
                Call("15273309914", t("11-19 12:20"), 1, name=COL, missed=False),
                Call(L, t("11-18 16:44"), 1, tag="催收", place="湖南长沙", collector=True),
            ],
            extra={"style": "md"},
        ),
        Screen(
            "dad_detail",
            sk,
            "call_detail",
            t("11-21 20:02"),
            owner=DAD,
            forwarded=True,
            calls=[
                Call(
                    B,
                    t("11-21 07:02"),
                    1,
                    tag="骚扰电话",
                    place="江西赣州",
                    duration="1分12秒",
                    missed=False,
                    collector=True,
                ),
                Call(B, t("11-20 22:40"), 1, tag="骚扰电话", place="江西赣州", collector=True),
                Call(B, t("11-20 22:36"), 1, tag="骚扰电话", place="江西赣州", collector=True),
                Call(
                    B,
                    t("11-20 11:05"),
                    1,
                    tag="骚扰电话",
                    place="江西赣州",
                    duration="35秒",
                    missed=False,
                    collector=True,
                ),
            ],
        ),
        Screen(
            "group",
            sk,
            "wxgroup9",
            t("11-21 21:30"),
            "刘佳欠款协商群(5)",
            owner=COL,
            forwarded=True,
            tall=True,
            msgs=[
                Msg(
                    "",
                    "\u201c云朵法务部-张\u201d邀请你和\u201c室友婷婷\u201d加入了群聊",
                    t("11-21 20:40"),
                    kind="system",
                ),
                _c(
                    G,
                    "各位好，拉大家进群是因为刘佳在我司欠款9640元逾期不还，联系不上本人。",
                    "11-21 20:41",
                ),
                _c(
                    G,
                    "你们都是她紧急联系人，麻烦转告她今晚12点前处理，不然明天法务直接立案。",
                    "11-21 20:42",
                ),
                _m(COL, "我跟她只是同事，你们别骚扰我", "11-21 20:50"),
                _c(
                    G,
                    "同事也一样，明天我们上门到你们公司核实，到时候别怪我们没提醒。",
                    "11-21 20:51",
                    "quote_reply",
                    "同事小何：我跟她只是同事，你们别骚扰我",
                ),
                Msg(G, "[图片]", t("11-21 20:52"), collector=True, kind="image"),
                _m(ROOM, "这是她身份证？你们这样是违法的", "11-21 20:55"),
            ],
            extra={"style": "md"},
        ),
        Screen(
            "idcard",
            sk,
            "idcard9",
            t("11-21 21:31"),
            owner=COL,
            forwarded=True,
            extra={
                "lines": [
                    "姓名 刘佳",
                    "性别 女  民族 汉",
                    "出生 1998 年 4 月 17 日",
                    "住址 湖南省湘潭市雨湖区某某街道某某村",
                    "公民身份号码 4303021998****2426",
                ]
            },
        ),
        Screen(
            "bill",
            sk,
            "bill9",
            t("11-21 22:55"),
            "我的借款",
            extra={
                "rows": [
                    ("借款本金", "8000.00元"),
                    ("到账金额", "6800.00元"),
                    ("砍头费用", "1200.00元"),
                    ("应还日", "2026年11月15日"),
                    ("逾期天数", "6天"),
                    ("待还总额", "9640.00元"),
                ]
            },
        ),
    ]
    return c
