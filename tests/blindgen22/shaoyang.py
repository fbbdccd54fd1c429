"""Shaoyang: a 金橙分期 loan; 邵阳 wording, a 通讯录 with 标签 groups, a video-call window, a group."""

# Each story is a table of what its screens draw; a whole message on one line reads best.
# ruff: noqa: E501

from __future__ import annotations

from tests.blindgen22.model import Call, Case, at, mine, other, said, shooter

PHONE = "ivoryos22"
CELL = "155 7391 2208"
DESK = "0739-5521806"
ZHOU = "湘信法务·周律"
GATE = "1069 0732 8810"
DAD, UNCLE, LIU = "爸爸", "舅舅", "刘芳"
_shot = shooter(PHONE, "week")


def case() -> Case:
    screens = [
        _shot(
            "sms22",
            "03-02 15:20",
            GATE,
            msgs=[
                other(
                    GATE,
                    "【金橙分期】您申请的借款8000元已放款，扣除服务费2400元，实际到账5600元，"
                    "到期应还9600元，请按时还款以免影响信用。",
                    "03-02 15:18",
                ),
            ],
        ),
        _shot(
            "addrbook22",
            "03-16 07:20",
            "通讯录",
            lines=[
                "§标签 · 家人(2)",
                f"{DAD}|139 0739 6612",
                f"{UNCLE}|135 7492 1180",
                "§标签 · 同事(1)",
                f"{LIU}|189 7395 5023",
                "§标签 · 催收勿接(2)",
                f"催-小周|{CELL}|催收",
                f"邵阳座机|{DESK}|催收",
            ],
        ),
        _shot(
            "calllog22",
            "03-16 07:05",
            "通话记录",
            calls=[
                Call(CELL, at("03-16 06:50"), 3, place="湖南邵阳", tag="催收", collector=True),
                Call(DESK, at("03-15 22:40"), 2, place="湖南邵阳", tag="骚扰电话", collector=True),
                Call("13907396612", at("03-15 19:30"), name=DAD, missed=False),
                Call(CELL, at("03-15 14:10"), place="湖南邵阳", tag="催收", collector=True),
            ],
        ),
        _shot(
            "chat22",
            "03-16 21:15",
            ZHOU,
            overlay="pip22",
            typed=DAD,
            msgs=[
                said(ZHOU, "曾小军，你在金橙分期的9600冒得还，案子已经转到我这里咯", "03-16 20:40"),
                mine("我在想办法，莫打我爸爸电话", "03-16 20:44"),
                said(ZHOU, "你莫霸蛮，再拖下去我们直接去你屋里，找你爸爸当面谈", "03-16 20:47"),
                said(ZHOU, "肆仟伍先还上，剩下的月底结清，这是最后的机会", "03-16 20:49"),
            ],
        ),
        _shot(
            "group22",
            "03-17 09:40",
            "曾家一屋人(6)",
            mode="large",
            msgs=[
                other(UNCLE, "这个周律是哪个？哪个拉进来的", "03-17 09:02"),
                said(
                    ZHOU,
                    "各位亲属好，曾小军欠款不还，请你们督促他今天处理，不然后果自负",
                    "03-17 09:05",
                ),
                other(DAD, "伢子，你到底搞么子名堂", "03-17 09:20"),
                mine("爸，我会处理的，莫理他", "03-17 09:31"),
            ],
        ),
        _shot(
            "contacts22",
            "03-17 12:10",
            "联系人",
            lines=[
                f"{DAD}|手机 139 0739 6612 · 通话 41 次|家人",
                f"{UNCLE}|手机 135 7492 1180 · 通话 9 次|家人",
                f"{LIU}|手机 189 7395 5023 · 通话 17 次|同事",
                f"{CELL}|湖南邵阳 · 陌生号码|催收",
            ],
        ),
        _shot(
            "sms22",
            "03-17 16:30",
            DESK,
            owner=LIU,
            skin="pearl22",
            mode="invert",
            wrap="fwd22",
            name="wx",
            style="dash",
            msgs=[
                said(
                    DESK,
                    "刘芳你好，你同事曾小军在金橙分期欠款逾期，你是紧急联系人，请转告他今天还qian",
                    "03-17 15:02",
                ),
                mine("我不是他紧急联系人，莫再发了", "03-17 15:10"),
                said(DESK, "不转告我们就打到你们单位去，你自己看着办咯", "03-17 15:12"),
            ],
        ),
        _shot(
            "inbox22",
            "03-18 08:15",
            "信息",
            msgs=[
                said(
                    CELL,
                    "曾小军，今天是最后期限，九千六一分都不能少，不然上门找你屋里人",
                    "03-18 07:30",
                    kind="preview",
                ),
                said(
                    DESK,
                    "【湘信法务】您的案件已进入上门外访流程，请于今日内联系处理",
                    "03-17 22:15",
                    kind="preview",
                ),
                other(
                    GATE,
                    "【金橙分期】您申请的借款8000元已放款，扣除服务费2400元",
                    "03-02 15:18",
                    kind="preview",
                ),
            ],
        ),
        _shot(
            "idcard22",
            "03-02 15:00",
            "",
            name="img",
            lines=[
                "姓名 曾小军",
                "性别 男  民族 汉",
                "出生 1997年11月3日",
                "住址 湖南省邵阳市双清区",
                "公民身份号码 430502199711032517",
            ],
        ),
        _shot(
            "letter22",
            "03-18 10:05",
            "",
            name="img",
            lines=[
                "立案通知书",
                "曾小军：",
                "你与金橙分期借款合同纠纷一案，已登记立案。",
                "请于收到本通知之日起三日内结清欠款9600元，",
                "逾期将依法强制执行。",
                "邵阳市经济纠纷调解处  2026年3月18日",
            ],
        ),
    ]
    return Case(
        "shaoyang", "金橙分期", [CELL, DESK, ZHOU],
        [(DAD, "13907396612"), (UNCLE, "13574921180"), (LIU, "18973955023")],
        {"amount": 8000, "received": 5600, "deducted": 2400, "demanded": 9600}, screens,
    )  # fmt: skip
