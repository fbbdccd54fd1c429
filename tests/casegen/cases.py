"""Four whole coherent cases for the screen-understanding benchmark, and the truth of each.

Each case is one borrower's phone (and a relative's), drawn as screens of apps and skins that
tests/synthetic_screens.py and tests/html_screens.py never drew. Cases "hunan" and "chengdu" are
the tuning part; "wuhan" and "xiamen" (other apps, other wording) are the report part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

TUNING = ("hunan", "chengdu")
REPORT = ("wuhan", "xiamen")


@dataclass(frozen=True)
class Msg:
    """One message: who sent it ("me" for the phone's owner), when, and its whole text."""

    sender: str
    at: datetime
    text: str
    collector: bool = False


@dataclass(frozen=True)
class CallRow:
    """One call-log row: number as the phone shows it, saved name, count, direction, time."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    tag: str = ""
    missed: bool = True
    collector: bool = True


@dataclass(frozen=True)
class Screen:
    """One screenshot: app, skin, kind, whose phone, the status bar and its content."""

    name: str
    app: str  # wechat | dingtalk | sms | dialer | photo | loanapp
    skin: str  # miui | harmony | ios
    kind: str  # chat | group | sms_thread | sms_list | call_log | id_card | bill | court
    captured: datetime
    status: str  # the status-bar text as drawn, e.g. "16:40 HD 5G"
    title: str = ""
    owner: str = "borrower"  # or the relative whose phone it was taken on
    messages: tuple[Msg, ...] = ()
    calls: tuple[CallRow, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()  # documents and bill pages: label, value
    overlaps: str = ""  # name of an earlier screen of the same list it overlaps


@dataclass(frozen=True)
class Case:
    """One borrower's case: people, loan and screens."""

    key: str
    borrower: str
    platform: str
    collectors: tuple[str, ...]  # numbers as drawn
    contacts: tuple[tuple[str, str], ...]  # (saved name, number as drawn)
    loan: dict = field(default_factory=dict)
    screens: tuple[Screen, ...] = ()


def digits(number: str) -> str:
    """A number as the app stores it: digits only."""
    return re.sub(r"\D", "", number)


def d(text: str) -> datetime:
    """'2026-03-14 22:47' as a datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def _hunan() -> Case:
    col1, col2, land, sms106 = "138 7312 4456", "199 0731 2287", "0731-8562 0947", "10690 5873 221"
    boss, mother = ("王经理", "139 7480 1123"), ("妈妈", "135 0731 6689")
    p = "速易花"
    q = [
        Msg(col1, d("2026-03-12 09:14"), f"你在{p}的借款已逾期7天，今天下午五点前必须还清", True),
        Msg(
            col1,
            d("2026-03-12 22:41"),
            "再不还钱我们就把你的欠款信息发给你通讯录里的每一个人",
            True,
        ),
        Msg(
            sms106,
            d("2026-03-13 10:02"),
            f"【{p}】您的账单已逾期，请立即还款3860元，否则将上报征信",
            True,
        ),
        Msg(col2, d("2026-03-14 23:05"), "明天我们的人会去你单位找你领导谈谈", True),
        Msg(land, d("2026-03-15 08:30"), "我们已经联系了你妈妈，她说不管你的事", True),
    ]
    screens = (
        Screen(
            "hn01",
            "wechat",
            "miui",
            "chat",
            d("2026-03-12 23:02"),
            "23:02 HD 5G 61%",
            title=col1,
            messages=(q[0], Msg("me", d("2026-03-12 10:20"), "我下周发工资再还"), q[1]),
        ),
        Screen(
            "hn02",
            "sms",
            "miui",
            "sms_thread",
            d("2026-03-13 10:05"),
            "10:05 4G 58%",
            title=sms106,
            messages=(q[2],),
        ),
        Screen(
            "hn03",
            "dialer",
            "miui",
            "call_log",
            d("2026-03-14 23:20"),
            "23:20 36K/s 4G 46%",
            calls=(
                CallRow(col1, d("2026-03-14 21:10"), 12, tag="疑似催收"),
                CallRow(col2, d("2026-03-14 23:01"), 5, tag="骚扰电话"),
                CallRow(boss[1], d("2026-03-14 18:30"), 1, boss[0], missed=False, collector=False),
                CallRow(land, d("2026-03-13 14:22"), 3),
            ),
        ),
        Screen(
            "hn04",
            "dialer",
            "miui",
            "call_log",
            d("2026-03-14 23:21"),
            "23:21 12K/s 4G 46%",
            calls=(
                CallRow(col2, d("2026-03-14 23:01"), 5, tag="骚扰电话"),
                CallRow(boss[1], d("2026-03-14 18:30"), 1, boss[0], missed=False, collector=False),
                CallRow(land, d("2026-03-13 14:22"), 3),
            ),
            overlaps="hn03",
        ),
        Screen(
            "hn05",
            "wechat",
            "miui",
            "chat",
            d("2026-03-14 16:40"),
            "16:40 HD 5G 80%",
            title=boss[0],
            messages=(
                Msg(boss[0], d("2026-03-14 16:12"), "小李，有人打电话到公司说你欠钱，怎么回事？"),
                Msg("me", d("2026-03-14 16:35"), "王经理不好意思，是网贷催收，我会处理好"),
            ),
        ),
        Screen(
            "hn06",
            "sms",
            "miui",
            "sms_thread",
            d("2026-03-14 23:10"),
            "23:10 5G 52%",
            title=col2,
            messages=(q[3],),
        ),
        Screen(
            "hn07",
            "wechat",
            "harmony",
            "chat",
            d("2026-03-15 09:00"),
            "09:00 4G 77%",
            title=land,
            owner="妈妈",
            messages=(q[4],),
        ),
        Screen(
            "hn08",
            "loanapp",
            "miui",
            "bill",
            d("2026-03-11 12:00"),
            "12:00 5G 90%",
            title=f"{p} · 我的账单",
            fields=(
                ("借款金额", "3000.00"),
                ("到账金额", "2460.00"),
                ("服务费", "540.00"),
                ("应还金额", "3860.00"),
                ("到期日", "2026-03-05"),
            ),
        ),
        Screen(
            "hn09",
            "photo",
            "miui",
            "id_card",
            d("2026-03-10 19:00"),
            "19:00 5G 95%",
            fields=(
                ("姓名", "李晓明"),
                ("出生", "1991年2月19日"),
                ("公民身份号码", "430104199102190000"),
            ),
        ),
    )
    return Case(
        "hunan",
        "李晓明",
        p,
        (col1, col2, land, sms106),
        (boss, mother),
        {"amount": 3000.0, "received": 2460.0, "deducted": 540.0, "demanded": 3860.0},
        screens,
    )


def _chengdu() -> Case:
    col1, col2, land, sms162 = "177 2841 5530", "186 2833 0971", "028-6571 3390", "16205 8871 009"
    friend, sister = ("老周", "150 2816 4471"), ("姐姐", "138 8205 7713")
    p = "金桔贷"
    q = [
        Msg(col1, d("2026-04-02 11:20"), f"{p}提醒：你的欠款已经转交我们处理，今天必须结清", True),
        Msg(col1, d("2026-04-02 11:26"), "不还的话我们会把你的照片和身份证发到你的亲友群里", True),
        Msg(
            sms162,
            d("2026-04-03 09:00"),
            "您已被列入重点催收名单，律师函将于三日内寄送至户籍地",
            True,
        ),
        Msg(col2, d("2026-04-04 13:40"), "你朋友老周的电话我们已经打过了，看你还要不要脸", True),
    ]
    screens = (
        Screen(
            "cd01",
            "wechat",
            "ios",
            "chat",
            d("2026-04-02 11:30"),
            "11:30 5G 70%",
            title=col1,
            messages=(q[0], q[1]),
        ),
        Screen(
            "cd02",
            "sms",
            "ios",
            "sms_list",
            d("2026-04-03 09:05"),
            "09:05 4G 66%",
            messages=(q[2], Msg(friend[1], d("2026-04-02 20:11"), "你没事吧？有人打我电话找你")),
        ),
        Screen(
            "cd03",
            "dialer",
            "ios",
            "call_log",
            d("2026-04-04 14:00"),
            "14:00 5G 41%",
            calls=(
                CallRow(col1, d("2026-04-04 10:02"), 8, tag="疑似催收"),
                CallRow(col2, d("2026-04-04 13:30"), 4),
                CallRow(land, d("2026-04-03 16:45"), 2, tag="骚扰电话"),
                CallRow(
                    sister[1], d("2026-04-03 19:00"), 1, sister[0], missed=False, collector=False
                ),
            ),
        ),
        Screen(
            "cd04",
            "sms",
            "ios",
            "sms_thread",
            d("2026-04-04 13:45"),
            "13:45 5G 40%",
            title=col2,
            messages=(q[3],),
        ),
        Screen(
            "cd05",
            "wechat",
            "ios",
            "chat",
            d("2026-04-04 22:47"),
            "22:47 5G 35%",
            title=friend[0],
            messages=(
                Msg(friend[0], d("2026-04-04 21:03"), "今天又有人打给我了，说你欠了好几千"),
                Msg("me", d("2026-04-04 21:10"), "对不起，我已经在报警了"),
            ),
        ),
        Screen(
            "cd06",
            "photo",
            "ios",
            "court",
            d("2026-04-05 10:00"),
            "10:00 5G 88%",
            fields=(
                ("标题", "成都市某某区人民法院 传票"),
                ("案由", "借款合同纠纷"),
                ("落款", "诉讼保全中心"),
            ),
        ),
        Screen(
            "cd07",
            "loanapp",
            "ios",
            "bill",
            d("2026-04-01 08:50"),
            "08:50 5G 99%",
            title=f"{p} 账单详情",
            fields=(
                ("借款本金", "5000.00"),
                ("实际到账", "4100.00"),
                ("砍头费用", "900.00"),
                ("待还总额", "6350.00"),
            ),
        ),
    )
    return Case(
        "chengdu",
        "张静",
        p,
        (col1, col2, land, sms162),
        (friend, sister),
        {"amount": 5000.0, "received": 4100.0, "deducted": 900.0, "demanded": 6350.0},
        screens,
    )


def _wuhan() -> Case:
    col1, col2, col3, land = "152 7134 8806", "173 2711 0458", "166 2790 3312", "027-8755 6102"
    sms167 = "16781 2290 551"
    boss, mother, friend = (
        ("刘总", "139 0716 2290"),
        ("老妈", "137 2088 1456"),
        ("阿杰", "181 7102 6634"),
    )
    p = "闪电借"
    q = [
        Msg(
            col1,
            d("2026-05-06 10:15"),
            f"各位好，群主{p}的欠款人就是这个人，他欠钱不还，请大家转告他",
            True,
        ),
        Msg(col2, d("2026-05-06 10:17"), "这是他的身份证照片，大家认清楚这个老赖", True),
        Msg(
            col3,
            d("2026-05-07 21:30"),
            "三天之内不处理，我们就去你老家村委会张贴你的欠款公告",
            True,
        ),
        Msg(
            sms167,
            d("2026-05-08 09:12"),
            f"【{p}】尊敬的客户，您的借款2000元已严重逾期，今日需还款2980元",
            True,
        ),
        Msg(col1, d("2026-05-08 23:12"), "你妈已经接了我们的电话，再躲着明天就打你所有同事", True),
        Msg(col3, d("2026-05-09 07:40"), "早上好，今天中午十二点前不还款，后果自负", True),
    ]
    screens = (
        Screen(
            "wh01",
            "dingtalk",
            "harmony",
            "group",
            d("2026-05-06 10:30"),
            "10:30 HD 4G 72%",
            title="外部群·闪电借协商群(5)",
            messages=(
                q[0],
                q[1],
                Msg(boss[0], d("2026-05-06 10:20"), "这是什么群？请不要骚扰我们公司员工"),
            ),
        ),
        Screen(
            "wh02",
            "sms",
            "harmony",
            "sms_thread",
            d("2026-05-07 21:35"),
            "21:35 5G 64%",
            title=col3,
            messages=(q[2],),
        ),
        Screen(
            "wh03",
            "sms",
            "miui",
            "sms_list",
            d("2026-05-08 09:20"),
            "09:20 HD 5G 80%",
            messages=(
                q[3],
                Msg(friend[1], d("2026-05-07 18:02"), "兄弟，刚才有个陌生号码问我认不认识你"),
            ),
        ),
        Screen(
            "wh04",
            "wechat",
            "harmony",
            "chat",
            d("2026-05-08 23:30"),
            "23:30 4G 30%",
            title=col1,
            messages=(q[4],),
        ),
        Screen(
            "wh05",
            "dialer",
            "harmony",
            "call_log",
            d("2026-05-09 08:00"),
            "08:00 5G 90%",
            calls=(
                CallRow(col1, d("2026-05-08 22:50"), 9, tag="疑似催收"),
                CallRow(col3, d("2026-05-09 07:35"), 6, tag="骚扰电话"),
                CallRow(land, d("2026-05-08 15:10"), 4),
                CallRow(
                    friend[1], d("2026-05-07 18:00"), 1, friend[0], missed=False, collector=False
                ),
            ),
        ),
        Screen(
            "wh06",
            "dialer",
            "harmony",
            "call_log",
            d("2026-05-09 08:01"),
            "08:01 5G 90%",
            calls=(
                CallRow(col3, d("2026-05-09 07:35"), 6, tag="骚扰电话"),
                CallRow(land, d("2026-05-08 15:10"), 4),
                CallRow(
                    friend[1], d("2026-05-07 18:00"), 1, friend[0], missed=False, collector=False
                ),
                CallRow(col2, d("2026-05-06 11:00"), 3),
            ),
            overlaps="wh05",
        ),
        Screen(
            "wh07",
            "dialer",
            "miui",
            "call_log",
            d("2026-05-09 09:00"),
            "09:00 4G 55%",
            owner="老妈",
            calls=(CallRow(col1, d("2026-05-08 20:40"), 7, tag="疑似催收"),),
        ),
        Screen(
            "wh08",
            "sms",
            "harmony",
            "sms_thread",
            d("2026-05-09 07:45"),
            "07:45 5G 88%",
            title=col3,
            messages=(q[5],),
        ),
    )
    # wh07 is the mother's phone: its 7 calls to her add to col1's total.
    return Case(
        "wuhan",
        "陈浩",
        p,
        (col1, col2, col3, land, sms167),
        (boss, mother, friend),
        {"amount": 2000.0, "demanded": 2980.0},
        screens,
    )


def _xiamen() -> Case:
    col1, col2, land, sms106 = "135 9202 7718", "158 5920 3345", "0592-5566 7120", "10691 2277 810"
    boss, mother = ("主管-黄姐", "136 9501 2238"), ("妈", "139 5920 0081")
    p = "鹭岛分期"
    # Every collector contact is by day: the only night-time is the status-bar clock of xm04/xm06.
    q = [
        Msg(
            col1,
            d("2026-06-10 14:05"),
            f"你好，这里是{p}贷后部门，你的账单今天到期请及时处理",
            True,
        ),
        Msg(col1, d("2026-06-10 14:08"), "如果今天还不上，我们会按照合同联系你的紧急联系人", True),
        Msg(
            sms106,
            d("2026-06-11 10:30"),
            f"【{p}】您本期应还1580.00元已逾期，请尽快还款以免影响信用",
            True,
        ),
        Msg(
            col2,
            d("2026-06-12 15:22"),
            "你的黄姐刚才接电话了，要不要我们再给你们公司前台打一个",
            True,
        ),
    ]
    screens = (
        Screen(
            "xm01",
            "wechat",
            "miui",
            "chat",
            d("2026-06-10 14:20"),
            "14:20 HD 5G 66%",
            title=col1,
            messages=(q[0], q[1], Msg("me", d("2026-06-10 14:10"), "好的，我晚点还")),
        ),
        Screen(
            "xm02",
            "wechat",
            "miui",
            "chat",
            d("2026-06-10 16:00"),
            "16:00 HD 5G 60%",
            title=col1,
            messages=(q[1], Msg("me", d("2026-06-10 14:10"), "好的，我晚点还")),
            overlaps="xm01",
        ),
        Screen(
            "xm03",
            "sms",
            "ios",
            "sms_thread",
            d("2026-06-11 10:40"),
            "10:40 5G 70%",
            title=sms106,
            messages=(q[2],),
        ),
        Screen(
            "xm04",
            "dialer",
            "ios",
            "call_log",
            d("2026-06-12 23:15"),
            "23:15 5G 20%",
            calls=(
                CallRow(col2, d("2026-06-12 15:20"), 5, tag="疑似催收"),
                CallRow(land, d("2026-06-11 11:05"), 2),
                CallRow(col1, d("2026-06-10 13:50"), 3),
                CallRow(
                    mother[1], d("2026-06-12 19:30"), 1, mother[0], missed=False, collector=False
                ),
            ),
        ),
        Screen(
            "xm05",
            "wechat",
            "miui",
            "chat",
            d("2026-06-12 15:40"),
            "15:40 4G 50%",
            title=col2,
            owner="主管-黄姐",
            messages=(Msg(col2, d("2026-06-12 15:22"), q[3].text, True),),
        ),
        Screen(
            "xm06",
            "wechat",
            "ios",
            "chat",
            d("2026-06-12 22:58"),
            "22:58 5G 18%",
            title=mother[0],
            messages=(
                Msg(mother[0], d("2026-06-12 19:35"), "囡囡，有人打电话给我说你借了钱"),
                Msg("me", d("2026-06-12 19:40"), "妈你别理他们，我会处理的"),
            ),
        ),
        Screen(
            "xm07",
            "loanapp",
            "ios",
            "bill",
            d("2026-06-09 09:00"),
            "09:00 5G 92%",
            title=f"{p} 本期账单",
            fields=(
                ("分期本金", "4500.00"),
                ("到账", "4050.00"),
                ("手续费", "450.00"),
                ("本期应还", "1580.00"),
            ),
        ),
    )
    return Case(
        "xiamen",
        "林雅",
        p,
        (col1, col2, land, sms106),
        (boss, mother),
        {"amount": 4500.0, "received": 4050.0, "deducted": 450.0, "demanded": 1580.0},
        screens,
    )


CASES: dict[str, Case] = {c.key: c for c in (_hunan(), _chengdu(), _wuhan(), _xiamen())}


def truth(case: Case) -> dict:
    """The case's ground truth as JSON: numbers, calls (overlaps once), quotes, conduct span."""
    calls: dict[str, int] = {}
    seen_rows: set[tuple[str, str, str]] = set()
    times: list[datetime] = []
    quotes: list[dict] = []
    for screen in case.screens:
        for row in screen.calls:
            key = (screen.owner, digits(row.number), row.at.isoformat())
            if row.collector and key not in seen_rows:
                seen_rows.add(key)
                calls[digits(row.number)] = calls.get(digits(row.number), 0) + row.count
                times.append(row.at)
        for msg in screen.messages:
            if msg.collector:
                times.append(msg.at)
                if not any(x["text"] == msg.text for x in quotes):
                    quotes.append({"text": msg.text, "screen": screen.name})
    return {
        "case": case.key,
        "borrower": case.borrower,
        "platform": case.platform,
        "collectors": [digits(n) for n in case.collectors],
        "contacts": {digits(n): name for name, n in case.contacts},
        "calls": calls,
        "quotes": quotes,
        "span": [min(times).date().isoformat(), max(times).date().isoformat()],
        "loan": case.loan,
        "statuses": [s.status for s in case.screens],
        "screens": [s.name for s in case.screens],
    }
