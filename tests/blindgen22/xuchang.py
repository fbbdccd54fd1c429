"""Xuchang: a 鑫易借 loan; 许昌 wording, a dark long capture with a printed notice, an inverted
high-contrast call log, a «债务处理中心» portal and a friend's forwarded SMS."""

# Each story is a table of what its screens draw; a whole message on one line reads best.

from __future__ import annotations

from tests.blindgen22.model import Call, Case, at, mine, other, said, shooter

PHONE = "umbra22"
CELL = "132 8374 6019"
DESK = "0374-6128850"
MA = "许昌鑫易-小马"
GATE = "1069 5566 0374"
MOM, BRO, ZHAO = "俺娘", "李国华", "赵磊"
_shot = shooter(PHONE, "dash")


def case() -> Case:
    screens = [
        _shot(
            "sms22",
            "03-08 09:40",
            GATE,
            name="s",
            msgs=[
                other(
                    GATE,
                    "【鑫易借】您的借款¥4,500.00已到账¥3,500.00（已扣服务费¥1,000.00），到期应还"
                    "¥5,800.00，请按时还款以免影响信用。",
                    "03-08 09:36",
                ),
            ],
        ),
        _shot(
            "chat22",
            "03-21 23:58",
            MA,
            mode="dark",
            wrap="long22",
            name="s",
            msgs=[
                said(MA, "李国强，恁这钱到底还不还？弄啥嘞一直不接电话", "03-21 21:02"),
                said(MA, "今儿个不还，明儿俺就shang门，恁村口那家超市俺都知道", "03-21 21:05"),
                said(
                    MA,
                    "#上门催收通知\n李国强：你在鑫易借的欠款已严重逾期\n我司将于近日派外访组\n"
                    "到你户籍地及单位核实\n二〇二六年三月二十一日",
                    "03-21 21:06",
                    kind="picture",
                ),
                mine("我这两天就凑，别去俺家", "03-21 22:30"),
                said(MA, "两天？上个月你也是这么说的，俺们不吃这一套", "03-21 22:31"),
                mine("真的在凑，工资还没发", "03-21 22:32"),
                said(MA, "工资没发是恁的事，合同上写的日子早过了", "03-21 22:33"),
                said(
                    MA,
                    "你t讯录俺们全有：俺娘 139****8816、李国华 158****2277、赵磊 177****2290，"
                    "不信你试试",
                    "03-21 22:34",
                ),
                said(MA, "凑个啥，肆仟伍先转过来，剩下的宽限三天", "03-21 22:40"),
                said(MA, "fa院传票下来了你可别哭，到时候恁全家都得跟着丢人", "03-21 23:45"),
                mine("你们这是违法的，我要去投诉", "03-21 23:50"),
                said(MA, "投诉？恁去投，投完了钱还得还，一分不少", "03-21 23:52"),
            ],
        ),
        _shot(
            "calllog22",
            "03-22 08:10",
            "通话记录",
            mode="invert",
            name="s",
            calls=[
                Call(CELL, at("03-21 23:40"), 5, place="河南许昌", tag="催收", collector=True),
                Call(DESK, at("03-21 22:10"), 2, place="河南许昌", tag="骚扰电话", collector=True),
                Call("13937458816", at("03-21 19:00"), name=MOM, missed=False),
                Call(CELL, at("03-21 09:12"), 2, place="河南许昌", tag="催收", collector=True),
            ],
        ),
        _shot(
            "calllog22",
            "03-22 20:16",
            "通话记录",
            mode="invert",
            wrap="crop22",
            name="s",
            calls=[
                Call(DESK, at("03-22 19:50"), 3, place="河南许昌", tag="骚扰电话", collector=True),
                Call(CELL, at("03-21 23:40"), 5, place="河南许昌", tag="催收", collector=True),
                Call(DESK, at("03-21 22:10"), 2, place="河南许昌", tag="骚扰电话", collector=True),
            ],
        ),
        _shot(
            "portal22",
            "03-22 10:05",
            "债务处理中心",
            name="s",
            lines=[
                "m.debt-center.top/h5/?cid=XC7731",
                "案件状态 已移交外访",
                "债务人 李国强",
                "身份证号 4110**********1852",
                "借款平台 鑫易借",
                "待还金额 ¥5,800.00",
                "紧急联系人 李国华 158****2277",
                "!在线还款",
            ],
        ),
        _shot(
            "sms22",
            "03-22 13:30",
            CELL,
            owner=ZHAO,
            skin="reed22",
            wrap="fwd22",
            name="wx",
            style="pm",
            msgs=[
                said(
                    CELL,
                    "你是李国强的朋友吧？他欠俺们钱跑了，你告诉他今晚十二点前还钱",
                    "03-22 12:55",
                ),
                mine("我跟他不熟，你找他本人", "03-22 13:02"),
                said(CELL, "不熟？通讯录里就有你，恁也跑不掉", "03-22 13:04"),
            ],
        ),
        _shot(
            "chat22",
            "03-22 21:20",
            MA,
            overlay="pip22",
            typed=MOM,
            name="s",
            msgs=[
                said(MA, "恁娘刚才接电话了，中，俺明天就去找她当面说", "03-22 21:05"),
                mine("你们别去找俺娘，她身体不好", "03-22 21:11"),
                said(MA, "那就今晚十二点前把钱转了，别再跟俺磨叽", "03-22 21:14"),
            ],
        ),
        _shot(
            "inbox22",
            "03-23 07:30",
            "信息",
            name="s",
            msgs=[
                said(
                    DESK,
                    "【鑫易借贷后】李国强，您已被列入外访名单，外访人员将于今日到达",
                    "03-23 06:55",
                    kind="preview",
                ),
                said(
                    CELL,
                    "李国强，最后通知：今天不还俺们就去你单位和村委会",
                    "03-22 23:50",
                    kind="preview",
                ),
                other(
                    GATE,
                    "【鑫易借】您的借款¥4,500.00已到账¥3,500.00",
                    "03-08 09:36",
                    kind="preview",
                ),
            ],
        ),
        _shot(
            "idcard22",
            "03-08 09:20",
            "",
            name="img",
            lines=[
                "姓名 李国强",
                "性别 男  民族 汉",
                "出生 1992年2月9日",
                "住址 河南省许昌市魏都区",
                "公民身份号码 411002199202091852",
            ],
        ),
        _shot(
            "letter22",
            "03-23 11:00",
            "",
            name="img",
            lines=[
                "立案通知",
                "李国强：",
                "鑫易借诉你借款合同纠纷一案，本院已受理。",
                "请于2026年3月25日前偿还欠款¥5,800.00，",
                "逾期将冻结你名下账户。",
                "许昌市东城区调处中心  2026年3月23日",
            ],
        ),
    ]
    return Case(
        "xuchang", "鑫易借", [CELL, DESK, MA],
        [(MOM, "13937458816"), (BRO, "15839012277"), (ZHAO, "17703742290")],
        {"amount": 4500, "received": 3500, "deducted": 1000, "demanded": 5800}, screens,
    )  # fmt: skip
