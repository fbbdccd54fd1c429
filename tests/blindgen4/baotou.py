"""Case baotou: an ASUS ZenUI phone; calls from a landline and a 400 number, chats on 闲鱼, B站 and
a 美团-style customer-service window, the mother's iPhone (iOS 16, a banner across the top).

Every call and message is in the day: the only night time is a status-bar clock (23:16).
A bank's 95588 SMS is neither a collector nor a contact.
"""

from __future__ import annotations

from tests.blindgen4.model import Call, Case, Say, Shot, at

LAND, HOTLINE, MOBILE = "0472-5316220", "400 630 1188", "186 4721 0935"
BANK = "95588"
AFENG, FAWU, KEFU, LIU = "闲置达人阿峰", "金橙法务部", "金橙分期在线客服", "金橙分期-刘专员"


def _calls() -> tuple[Shot, ...]:
    first = (
        Call(LAND, at("2026-11-27 11:42"), "11:42", 5, place="内蒙古包头"),
        Call(HOTLINE, at("2026-11-26 15:03"), "昨天", 3, way="rejected"),
        Call("", at("2026-11-26 12:30"), "昨天", name="妈妈", way="in", collector=False),
        Call(MOBILE, at("2026-11-24 09:48"), "星期二", 2, place="内蒙古包头"),
    )
    more = (
        Call(HOTLINE, at("2026-11-26 15:03"), "昨天", 3, way="rejected"),
        Call("", at("2026-11-26 12:30"), "昨天", name="妈妈", way="in", collector=False),
        Call(MOBILE, at("2026-11-24 09:48"), "星期二", 2, place="内蒙古包头"),
        Call("", at("2026-11-22 19:05"), "11月22日", name="表哥", way="out", collector=False),
        Call(LAND, at("2026-11-21 10:16"), "11月21日", 4, place="内蒙古包头"),
    )
    return (
        Shot(
            "b01",
            "zen_dial",
            "zenui",
            "call_log",
            at("2026-11-27 20:10"),
            "20:10 4G 55%",
            calls=first,
        ),
        Shot(
            "b02",
            "zen_dial",
            "zenui",
            "call_log",
            at("2026-11-27 20:11"),
            "20:11 4G 55%",
            calls=more,
            overlaps="b01",
        ),
    )


def _sms() -> tuple[Shot, ...]:
    mobile = (
        Say(
            MOBILE,
            at("2026-11-24 14:20"),
            "赵敏，金橙分期的账你还打算拖多久？",
            True,
            "星期二 14:20",
        ),
        Say(
            MOBILE,
            at("2026-11-26 16:05"),
            "明天之前不处理，我们就去你公司找你们领导谈谈",
            True,
            "昨天 16:05",
        ),
        Say("me", at("2026-11-26 16:30"), "别去公司，我周五一定还"),
    )
    bank = (
        Say(
            BANK,
            at("2026-10-28 10:12"),
            "您尾号2217卡10月28日10:12收入(其他)2,550.00元，余额2,731.40元。【工商银行】",
            stamp="10月28日 10:12",
        ),
    )
    return (
        Shot(
            "b03",
            "zen_sms",
            "zenui",
            "sms_thread",
            at("2026-11-27 23:16"),
            "23:16 4G 18%",
            MOBILE,
            says=mobile,
        ),
        Shot(
            "b04",
            "zen_sms",
            "zenui",
            "sms_thread",
            at("2026-11-27 20:30"),
            "20:30 4G 52%",
            BANK,
            says=bank,
        ),
    )


def _chats() -> tuple[Shot, ...]:
    afeng = (
        Say("me", at("2026-11-25 13:00"), "推车还在，180包邮", stamp="13:00"),
        Say(
            AFENG,
            at("2026-11-25 13:02"),
            "别装了赵敏，闲鱼上卖东西倒是有钱，欠金橙分期的4350怎么不还？",
            True,
        ),
        Say(AFENG, at("2026-11-25 13:03"), "再不还，我就在你每个商品下面留言说你是老赖", True),
    )
    fawu = (
        Say(
            FAWU,
            at("2026-11-26 10:00"),
            "赵敏女士，您在金橙分期的借款已逾期，请于今日17点前还款，否则将启动上门催收程序",
            True,
            "昨天 10:00",
        ),
    )
    kefu = (
        Say("me", at("2026-11-27 09:10"), "我想问一下为什么到账只有2550", stamp="09:10"),
        Say(
            KEFU,
            at("2026-11-27 09:11"),
            "您好，借款金额3000元，扣除平台服务费450元后实际到账2550元",
            True,
            quote=False,
        ),
        Say(
            KEFU,
            at("2026-11-27 09:12"),
            "您已逾期12天，今日必须还清4350元，否则我司将联系您的紧急联系人",
            True,
        ),
    )
    mother = (
        Say(
            LIU,
            at("2026-11-25 10:20"),
            "阿姨您好，您女儿赵敏在我们平台借款逾期了，麻烦您转告她尽快还款",
            True,
            "星期三 10:20",
        ),
        Say(
            LIU, at("2026-11-25 10:22"), "如果她再不处理，我们只能按合同去她单位和老家走访了", True
        ),
        Say("me", at("2026-11-25 10:40"), "她欠你们多少？我让她还"),
    )
    return (
        Shot(
            "b05",
            "xianyu",
            "zenui",
            "chat",
            at("2026-11-25 13:10"),
            "13:10 4G 71%",
            AFENG,
            says=afeng,
        ),
        Shot(
            "b06",
            "bilibili",
            "zenui",
            "chat",
            at("2026-11-27 09:00"),
            "09:00 4G 90%",
            FAWU,
            says=fawu,
        ),
        Shot(
            "b07",
            "meituan_cs",
            "zenui",
            "chat",
            at("2026-11-27 09:15"),
            "09:15 4G 89%",
            KEFU,
            says=kefu,
        ),
        Shot(
            "b08",
            "wechat_zh",
            "ios16",
            "chat",
            at("2026-11-27 12:41"),
            "12:41 5G",
            LIU,
            owner="妈妈",
            says=mother,
            forwarded=True,
            overlay="banner",
            banner=("微信", "表哥：姨，敏敏的事我听说了，别着急"),
        ),
    )


def story() -> Case:
    """The baotou case."""
    bill = (
        ("应还总额(元)", "4,350.00"),
        ("借款金额", "3,000.00元"),
        ("实际到账", "2,550.00元"),
        ("平台服务费", "450.00元"),
        ("逾期费用", "1,350.00元"),
        ("逾期天数", "12天"),
    )
    return Case(
        key="baotou",
        borrower="赵敏",
        platform="金橙分期",
        collectors=(LAND, HOTLINE, MOBILE, AFENG, FAWU, KEFU, LIU),
        contacts=(("妈妈", ""), ("表哥", "")),
        loan={"amount": 3000.0, "received": 2550.0, "deducted": 450.0, "demanded": 4350.0},
        shots=(
            *_calls(),
            *_sms(),
            *_chats(),
            Shot(
                "b09",
                "loanapp",
                "zenui",
                "bill",
                at("2026-11-27 09:20"),
                "09:20 4G 88%",
                fields=bill,
            ),
        ),
    )
