"""Bengbu: a 轻松来钱 loan; 安徽 wording, all conduct by day (only a status clock reads night),
an eye-comfort tint, an assist ball, a boss's phone and a sister's family group."""

# Each story is a table of what its screens draw; a whole message on one line reads best.

from __future__ import annotations

from tests.blindgen22.model import Call, Case, at, mine, other, said, shooter

PHONE = "mistral22"
CELL = "189 5527 0314"
HOTLINE = "400-862-3317"
SUN = "蚌埠调解-老孙"
WIFE, SISTER, BOSS = "老婆", "王海燕", "张经理"
_shot = shooter(PHONE, "en")


def case() -> Case:
    screens = [
        _shot(
            "bill22",
            "03-05 11:02",
            "轻松来钱",
            name="dash",
            lines=[
                "轻松来钱 · 账单",
                "借款本金 6000元",
                "到账金额 4500元",
                "平台服务费 1500元",
                "应还金额 7200元",
                "还款日 2026-03-15",
            ],
        ),
        _shot(
            "sms22",
            "03-17 23:12",
            CELL,
            mode="yellow",
            msgs=[
                said(
                    CELL,
                    "王海涛：1.你借款7200已逾期两天；2.今天下午五点前不处理，俺们就联系你老婆和单位；"
                    "3.别以为换号就找不着你。",
                    "03-17 10:20",
                ),
                mine("我这周一定还，别找我家里人", "03-17 10:41"),
                said(CELL, "恁别给俺扯那些，今天必须见钱，可中？", "03-17 10:45"),
            ],
        ),
        _shot(
            "calllog22",
            "03-18 12:00",
            "通话记录",
            calls=[
                Call(CELL, at("03-18 09:30"), 4, place="安徽蚌埠", tag="催收", collector=True),
                Call(
                    HOTLINE, at("03-17 16:45"), 2, place="企业号码", tag="疑似催收", collector=True
                ),
                Call("15255218807", at("03-17 13:00"), name=WIFE, missed=False),
                Call(CELL, at("03-17 10:05"), place="安徽蚌埠", tag="催收", collector=True),
            ],
        ),
        _shot(
            "calllog22",
            "03-18 18:03",
            "通话记录",
            wrap="circle22",
            calls=[
                Call(
                    HOTLINE, at("03-18 17:20"), 3, place="企业号码", tag="疑似催收", collector=True
                ),
                Call(CELL, at("03-18 09:30"), 4, place="安徽蚌埠", tag="催收", collector=True),
                Call(
                    HOTLINE, at("03-17 16:45"), 2, place="企业号码", tag="疑似催收", collector=True
                ),
                Call("15255218807", at("03-17 13:00"), name=WIFE, missed=False),
            ],
        ),
        _shot(
            "chat22",
            "03-19 14:20",
            SUN,
            overlay="ball22",
            msgs=[
                said(SUN, "你到手4k5，现在要还7200，一分不能少，这是合同写好的", "03-19 13:50"),
                mine("利息太高了，我只能先还本金", "03-19 13:58"),
                said(SUN, "俺们已经到你小区门口了，你下不下来？", "03-19 14:02"),
                said(SUN, "不下来俺就挨家挨户问，让你邻居都知道你欠钱不还", "03-19 14:05"),
            ],
        ),
        _shot(
            "sms22",
            "03-19 16:40",
            CELL,
            owner=BOSS,
            skin="slate22",
            wrap="fwd22",
            name="wx",
            style="pm",
            msgs=[
                said(
                    CELL,
                    "张经理，您员工王海涛欠款不还，请督促他处理，不然俺们天天打到公司",
                    "03-19 15:20",
                ),
                mine("这是他个人的事，不要打到公司来", "03-19 15:31"),
                said(CELL, "那您公司就等着被曝光吧，门口拉横幅也不是不中", "03-19 15:33"),
            ],
        ),
        _shot(
            "group22",
            "03-20 10:30",
            "老王家(5)",
            owner=SISTER,
            skin="slate22",
            mode="large",
            wrap="fwd22",
            name="wx",
            style="pm",
            msgs=[
                said(
                    SUN, "王家的亲戚们，王海涛欠钱七千二不还，谁替他还了俺们就不找了", "03-20 09:10"
                ),
                other(WIFE, "你是谁？谁把你拉进群的", "03-20 09:15"),
                mine("别理他，我问问海涛", "03-20 09:22"),
                said(SUN, "不还就天天在群里发，发到他还为止", "03-20 09:24"),
            ],
        ),
        _shot(
            "inbox22",
            "03-20 12:45",
            "信息",
            msgs=[
                said(
                    CELL,
                    "王海涛，今天中午十二点是最后时间，过了就去你单位找张经理",
                    "03-20 11:40",
                    kind="preview",
                ),
                other(
                    "10086",
                    "尊敬的客户，您本月话费账单已出，详情请登录中国移动APP查询",
                    "03-19 08:30",
                    kind="preview",
                ),
                said(
                    HOTLINE,
                    "【轻松来钱贷后】您的欠款已逾期五天，将安排专员外访，请尽快处理",
                    "03-18 17:25",
                    kind="preview",
                ),
            ],
        ),
        _shot(
            "idcard22",
            "03-05 10:50",
            "",
            name="img",
            lines=[
                "姓名 王海涛",
                "性别 男  民族 汉",
                "出生 1990年8月22日",
                "住址 安徽省蚌埠市龙子湖区",
                "公民身份号码 340302199008224031",
            ],
        ),
        _shot(
            "letter22",
            "03-20 15:30",
            "",
            name="img",
            lines=[
                "催告函",
                "王海涛：",
                "你于轻松来钱借款逾期，经多次催告仍未履行。",
                "限你于2026年3月22日前还清7200元，",
                "否则将提请仲裁并上门送达。",
                "皖北债务调解中心  2026年3月20日",
            ],
        ),
    ]
    return Case(
        "bengbu", "轻松来钱", [CELL, HOTLINE, SUN],
        [(WIFE, "15255218807"), (SISTER, "13605528893"), (BOSS, "18652097716")],
        {"amount": 6000, "received": 4500, "deducted": 1500, "demanded": 7200}, screens,
    )  # fmt: skip
