"""Case wuhu: a Pixel with Google Messages and Phone by Google in Chinese, WeChat in English.

A 106 sender signs its texts after the text (…【速借宝】), two mobiles call at night (one log
shows a location line under unknown numbers, the family by saved name only), a "法务" nickname
on WeChat, a friend's angry chat that is not a collector's, the loan app's bill, a lawyer's letter.
"""

from __future__ import annotations

from tests.blindgen4.model import Call, Case, Say, Shot, at

SMS106 = "106903581234"
M1, M2 = "170 8521 3364", "165 2289 7401"
FAWU = "速借宝法务-周经理"


def _sms() -> tuple[Shot, ...]:
    notice = Say(
        SMS106,
        at("2026-10-05 10:00"),
        "您申请的借款5000.00元已放款至尾号6621的银行卡，"
        "扣除服务费1400.00元，实际到账3600.00元，请按时还款。【速借宝】",
        True,
        "10月5日 10:00",
        quote=False,
    )
    demand = Say(
        SMS106,
        at("2026-10-12 09:30"),
        "您在速借宝的借款已逾期2天，应还金额6200.00元，"
        "今日仍不处理将安排第三方上门核实，并通知您的紧急联系人。【速借宝】",
        True,
        "星期一 09:30",
    )
    thread = Shot(
        "w01",
        "gmessages",
        "pixel",
        "sms_thread",
        at("2026-10-13 09:02"),
        "9:02 5G 81%",
        SMS106,
        says=(notice, demand),
    )
    night = (
        Say(
            M1, at("2026-10-12 21:40"), "陈晓燕，速借宝的钱你打算拖到什么时候？", True, "昨天 21:40"
        ),
        Say(
            M1,
            at("2026-10-13 22:31"),
            "再不还，我们就把你的借款信息发给你通讯录每一个人，包括你妈和你单位的李姐",
            True,
            "22:31",
        ),
        Say("me", at("2026-10-13 22:35"), "我下个月发工资就还"),
        Say(
            M1,
            at("2026-10-13 23:05"),
            "下个月？今晚十二点前不到账，明天就去你家门口等你",
            True,
            "23:05",
        ),
    )
    mobile = Shot(
        "w02",
        "gmessages",
        "pixel",
        "sms_thread",
        at("2026-10-13 23:58"),
        "23:58 4G 34%",
        M1,
        says=night,
    )
    inbox = Shot(
        "w03",
        "gmessages",
        "pixel",
        "sms_list",
        at("2026-10-14 08:20"),
        "8:20 5G 77%",
        says=(
            Say(
                M2,
                at("2026-10-14 07:55"),
                "陈晓燕你躲得了初一躲不过十五",
                True,
                "07:55",
                kind="preview",
            ),
            Say(
                M1,
                at("2026-10-13 23:05"),
                "下个月？今晚十二点前不到账，明天就去你家门口等你",
                True,
                "昨天",
                kind="preview",
            ),
            Say(
                "妈妈",
                at("2026-10-13 19:40"),
                "晓燕你最近怎么了，有人打电话到家里",
                False,
                "昨天",
                kind="preview",
            ),
            Say(
                SMS106,
                at("2026-10-12 09:30"),
                "您在速借宝的借款已逾期2天，应还金额6200.00元",
                True,
                "星期一",
                kind="preview",
            ),
        ),
    )
    return thread, mobile, inbox


def _calls() -> tuple[Shot, ...]:
    first = (
        Call(M1, at("2026-10-14 01:17"), "01:17", 3, place="安徽合肥"),
        Call("", at("2026-10-13 19:30"), "昨天", name="妈妈", way="in", collector=False),
        Call(M2, at("2026-10-13 22:46"), "昨天", 2, way="rejected", place="湖南长沙"),
        Call(M1, at("2026-10-12 10:05"), "星期一", 4, place="安徽合肥"),
    )
    more = (
        Call(M2, at("2026-10-13 22:46"), "昨天", 2, way="rejected", place="湖南长沙"),
        Call(M1, at("2026-10-12 10:05"), "星期一", 4, place="安徽合肥"),
        Call(
            "139 5510 6672",
            at("2026-10-09 12:10"),
            "10月9日",
            name="李姐",
            way="out",
            collector=False,
        ),
        Call(M2, at("2026-10-08 20:15"), "10月8日", 5, way="rejected", place="湖南长沙"),
    )
    return (
        Shot(
            "w04",
            "gdialer",
            "pixel",
            "call_log",
            at("2026-10-14 08:12"),
            "8:12 5G 78%",
            calls=first,
        ),
        Shot(
            "w05",
            "gdialer",
            "pixel",
            "call_log",
            at("2026-10-14 08:13"),
            "8:13 5G 78%",
            calls=more,
            overlaps="w04",
        ),
    )


def _wechat() -> tuple[Shot, ...]:
    fawu = (
        Say(
            FAWU,
            at("2026-10-13 20:15"),
            "你好，我是速借宝法务部的，你的借款已经严重逾期，今天必须结清6200元",
            True,
            "Yesterday 20:15",
        ),
        Say("me", at("2026-10-13 20:20"), "能不能分三个月还"),
        Say(
            FAWU,
            at("2026-10-14 12:02"),
            "没有分期，下午三点前不还，就按你通讯录里的联系人逐个打电话核实",
            True,
            "12:02",
        ),
    )
    friend = (
        Say(
            "王磊",
            at("2026-10-14 10:11"),
            "陈晓燕你是不是疯了？你借的钱怎么有人打到我这里来了！",
            stamp="10:11",
        ),
        Say("王磊", at("2026-10-14 10:12"), "我告诉你，再让这帮人骚扰我，我们这朋友就做到头了"),
        Say("me", at("2026-10-14 10:30"), "对不起，我马上处理"),
    )
    return (
        Shot(
            "w06",
            "wechat_en",
            "pixel",
            "chat",
            at("2026-10-14 12:40"),
            "12:40 5G 66%",
            FAWU,
            says=fawu,
        ),
        Shot(
            "w07",
            "wechat_en",
            "pixel",
            "chat",
            at("2026-10-14 12:44"),
            "12:44 5G 65%",
            "王磊",
            says=friend,
        ),
    )


def _papers() -> tuple[Shot, ...]:
    bill = (
        ("应还总额(元)", "6,200.00"),
        ("借款金额", "5,000.00元"),
        ("实际到账", "3,600.00元"),
        ("服务费", "1,400.00元"),
        ("放款日期", "2026-10-05"),
        ("到期日", "2026-10-10"),
        ("逾期天数", "4天"),
    )
    letter = (
        ("陈晓燕：", ""),
        ("受速借宝委托，", "现就你拖欠借款一事正式函告。"),
        ("请于", "2026年10月20日前清偿全部欠款6200元，"),
        ("逾期", "本所将依法向法院提起诉讼。"),
        ("", "广东恒信律师事务所"),
        ("", "二〇二六年十月十五日"),
    )
    return (
        Shot(
            "w08", "loanapp", "pixel", "bill", at("2026-10-14 12:50"), "12:50 5G 64%", fields=bill
        ),
        Shot(
            "w09", "paper", "camera", "paper", at("2026-10-16 18:22"), "", "律师函", fields=letter
        ),
    )


def story() -> Case:
    """The wuhu case."""
    return Case(
        key="wuhu",
        borrower="陈晓燕",
        platform="速借宝",
        collectors=(SMS106, M1, M2, FAWU),
        contacts=(("妈妈", ""), ("李姐", "139 5510 6672"), ("王磊", "")),
        loan={"amount": 5000.0, "received": 3600.0, "deducted": 1400.0, "demanded": 6200.0},
        shots=(*_sms(), *_calls(), *_wechat(), *_papers()),
    )
