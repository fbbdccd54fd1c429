"""Nanchang: a Lenovo ZUI phone and a 1600 px ZUI tablet with the loan app's customer-service
chat, a Feishu colleague, a fake court's text forwarded from the sister's phone. Every message and
call is in the day: the only night times are status-bar clocks (and capture times).
"""

from __future__ import annotations

from tests.blindgen3.model import Capture, Dial, Matter, Said, at

C1 = "199 7911 0342"
C2 = "0791-8623 3307"
C3 = "10690791228816"
AGENT = "好分期客服-小蔡"
C5 = "+86 138 7910 6625"
LAST = "今天必须给我一个明确的还款时间，不然我们只能走下一步流程了。"


def _pad() -> Capture:
    said = (
        Said(AGENT, at("2026-12-08 10:20"),
             "陈先生您好，这里是好分期官方客服，您的账单已逾期20天，请问今天能处理吗？",
             "12月8日 10:20", collector=True),
        Said("me", at("2026-12-08 10:25"), "我现在确实没钱，下个月发工资一定还"),
        Said(AGENT, at("2026-12-09 14:05"),
             "下个月？你当我们是慈善机构？逾期费每天都在涨，拖得越久你还得越多。",
             "昨天 14:05", collector=True),
        Said(AGENT, at("2026-12-10 16:30"), LAST, "16:30", collector=True),
    )  # fmt: skip
    sessions = (
        (AGENT, LAST), ("订单助手", "您有一笔账单待处理"), ("物流通知", "您的包裹已由驿站代收"),
    )  # fmt: skip
    return Capture("c01", "shopchat", "zui_pad", "pad_chat", at("2026-12-10 23:12"),
                   "23:12 WiFi 41%", title=AGENT, said=said, fields=sessions)  # fmt: skip


def _phone() -> tuple[Capture, ...]:
    mobile = (
        Said(C1, at("2026-12-06 09:30"),
             "陈磊，你在好分期的借款已经逾期，今天给你最后一次机会。", "12月6日 09:30",
             collector=True),
        Said(C1, at("2026-12-07 15:12"),
             "再不还钱，我们就联系你公司人事部，让全公司都知道你是老赖。", "星期一 15:12",
             collector=True),
        Said("me", at("2026-12-07 15:20"), "你们这样是违法的，我会报警"),
        Said(C1, at("2026-12-09 18:45"), "报警？你欠钱不还还有理了？警察也会让你先还钱。",
             "昨天 18:45", collector=True),
    )  # fmt: skip
    log = (
        Dial(C1, at("2026-12-10 12:02"), "12:02", count=3, place="江西南昌"),
        Dial(C2, at("2026-12-10 10:41"), "10:41", count=2, tag="骚扰电话"),
        Dial("房东", at("2026-12-10 09:15"), "09:15", way="in", collector=False),
        Dial(C5, at("2026-12-09 19:50"), "昨天", place="江西九江"),
        Dial(C1, at("2026-12-09 08:30"), "昨天", count=4, place="江西南昌"),
        Dial("姐姐", at("2026-12-08 20:10"), "12月8日", way="in", collector=False),
    )  # fmt: skip
    scrolled = (
        *log[-2:],
        Dial(C2, at("2026-12-08 11:00"), "12月8日", count=3, tag="骚扰电话"),
        Dial(C5, at("2026-12-07 17:40"), "12月7日", count=2, place="江西九江"),
        Dial(C1, at("2026-12-06 09:25"), "12月6日", count=2, place="江西南昌"),
    )  # fmt: skip
    inbox = (
        Said(C1, at("2026-12-09 18:45"), "报警？你欠钱不还还有理了？警察也会让你先还钱。",
             "昨天", collector=True, preview=True),
        Said("10086", at("2026-12-08 09:00"),
             "【中国移动】尊敬的客户，您11月话费账单已出，请登录中国移动APP查询。", "12月8日",
             preview=True),
        Said("房东", at("2026-12-05 10:00"), "小陈，这个月房租记得周五前转给我", "12月5日",
             preview=True),
    )  # fmt: skip
    return (
        Capture("c02", "sms", "zui", "sms_thread", at("2026-12-10 12:20"), "12:20 4G 67%",
                title=C1, said=mobile),
        Capture("c03", "dialer", "zui", "call_log", at("2026-12-10 12:25"), "12:25 4G 66%",
                dials=log),
        Capture("c04", "dialer", "zui", "call_log", at("2026-12-10 12:26"), "12:26 4G 66%",
                dials=scrolled, overlaps="c03"),
        Capture("c05", "sms", "zui", "sms_list", at("2026-12-10 12:28"), "12:28 4G 66%",
                said=inbox),
    )  # fmt: skip


def _others() -> tuple[Capture, ...]:
    colleague = (
        Said("小郑", at("2026-12-09 17:20"),
             "磊哥，刚才有人打到部门座机，说你在好分期欠钱，还说要寄律师函到公司。",
             "昨天 17:20"),
        Said("小郑", at("2026-12-09 17:21"), "对方态度特别差，骂了好几句才挂，你小心点。"),
        Said("me", at("2026-12-09 17:30"), "谢谢提醒，给你添麻烦了"),
    )  # fmt: skip
    court = (
        Said(C3, at("2026-12-09 19:58"),
             "【南昌市东湖区人民法院】陈磊涉嫌恶意拖欠借款，案件已立案受理，请家属于三日内督促"
             "其联系书记员0791-8623 3307处理，逾期将依法强制执行。", "19:58", collector=True),
    )  # fmt: skip
    bill = (
        ("本期应还(元)", "4,712.50"), ("借款本金", "4,000.00元"), ("到账金额", "3,400.00元"),
        ("砍头息及手续费", "600.00元"), ("逾期罚息", "312.50元"), ("借款日", "2026-10-20"),
        ("到期日", "2026-11-20"),
    )  # fmt: skip
    return (
        Capture("c06", "lark", "zui", "chat", at("2026-12-10 12:35"), "12:35 4G 65%",
                title="小郑", said=colleague),
        Capture("c07", "sms", "smartisan", "sms_thread", at("2026-12-09 20:05"), "20:05 5G 58%",
                title=C3, owner="姐姐", said=court, sent_via="wechat"),
        Capture("c08", "bill", "zui", "bill", at("2026-12-10 22:58"), "22:58 4G 40%",
                title="我的账单", fields=bill),
    )  # fmt: skip


def matter() -> Matter:
    """Chen Lei's case: two mobiles, a landline, a fake court's 106 sender, a service agent."""
    return Matter(
        key="nanchang",
        borrower="陈磊",
        platform="好分期",
        collectors=(C1, C2, C3, AGENT, C5),
        contacts=(("小郑", ""), ("姐姐", ""), ("房东", "")),
        loan={"amount": 4000, "received": 3400, "deducted": 600, "demanded": 4712.5},
        captures=(_pad(), *_phone(), *_others()),
    )
