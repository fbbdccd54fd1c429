"""Hefei: 陶思远 owes 速易借; his Meizu Flyme phone, his wife's OnePlus, his boss's realme.

Enterprise WeChat external chat, a 106 sender that demands and threatens, a 95 number, a Hefei
landline, WeChat voice-call bubbles on the wife's phone, a paper 催收函 with an ID number in it.
"""

from __future__ import annotations

from tests.blindgen2.model import Line, Ring, Shot, Story, at

MOBILE = "178 5623 1490"
LANDLINE = "0551-6287 4410"
HOTLINE = "95073"
SENDER = "10690321887602"
WECOM = "刘专员"
WECHAT = "债务处理-小周"


def _calls_first() -> tuple[Ring, ...]:
    return (
        Ring(MOBILE, at("2026-09-15 22:06"), "22:06", 3, tag="疑似催收", place="安徽合肥 移动"),
        Ring("139 5601 7723", at("2026-09-15 21:30"), "21:30", name="老婆", way="in",
             collector=False),
        Ring(LANDLINE, at("2026-09-15 18:12"), "18:12", 2, tag="骚扰电话", place="安徽合肥"),
    )  # fmt: skip


def _calls_shared() -> tuple[Ring, ...]:
    return (
        Ring(HOTLINE, at("2026-09-15 14:40"), "14:40", 4, tag="疑似催收", place="客服热线"),
        Ring("138 0551 2297", at("2026-09-14 19:05"), "昨天", name="王经理", way="out",
             collector=False),
        Ring(MOBILE, at("2026-09-14 23:17"), "昨天", 5, tag="疑似催收", place="安徽合肥 移动"),
        Ring(LANDLINE, at("2026-09-13 10:02"), "9月13日", tag="骚扰电话", place="安徽合肥"),
        Ring("185 5510 6630", at("2026-09-13 08:20"), "9月13日", name="妈", way="in",
             collector=False),
    )  # fmt: skip


def _calls_older() -> tuple[Ring, ...]:
    return (
        Ring(MOBILE, at("2026-09-12 21:48"), "9月12日", 2, tag="疑似催收", place="安徽合肥 移动"),
        Ring(HOTLINE, at("2026-09-11 11:20"), "9月11日", tag="疑似催收", place="客服热线"),
        Ring(LANDLINE, at("2026-09-10 09:35"), "9月10日", 3, tag="骚扰电话", place="安徽合肥"),
    )  # fmt: skip


def _sms() -> tuple[Line, ...]:
    return (
        Line(SENDER, at("2026-09-10 09:00"),
             "【速易借】陶思远，您的借款已逾期8天，应还6850.00元，请立即处理。", True,
             "9月10日 09:00"),
        Line(SENDER, at("2026-09-14 20:31"),
             "【速易借】陶思远，今日不还款，我司将把你的逾期信息发给你单位领导和全部紧急联系人，"
             "后果自负。", True, "昨天 20:31"),
        Line(SENDER, at("2026-09-15 22:03"),
             "【速易借】最后通知：明天上午派外访人员到你公司和户籍地上门核实，别说没提醒你。",
             True, "22:03"),
    )  # fmt: skip


def _wecom() -> tuple[Line, ...]:
    return (
        Line(WECOM, at("2026-09-12 10:02"),
             "陶先生您好，我是速易借贷后部的刘专员，您的账单已逾期10天，请今天内处理。", True,
             "9月12日 10:02"),
        Line("me", at("2026-09-12 10:20"), "这个月工资还没发，能不能宽限几天"),
        Line(WECOM, at("2026-09-12 10:30"),
             "宽限不了，系统已经把你列为恶意逃废债，再拖我们只能联系你老婆和你单位。", True,
             "9月12日 10:30"),
        Line(WECOM, at("2026-09-13 16:48"),
             "你不要以为换个号就找不到你，你家住哪、你公司在哪我们都清楚。", True, "昨天 16:48"),
        Line(WECOM, at("2026-09-13 16:49"), "今天不还，明天我们的人就到你单位门口等你下班。",
             True),
        Line(WECOM, at("2026-09-14 11:57"), "老赖就是老赖，一点脸都不要，你爸妈怎么养出你这种人。",
             True, "11:57"),
    )  # fmt: skip


def _wife_chat() -> tuple[Line, ...]:
    return (
        Line(WECHAT, at("2026-09-14 21:35"), "对方已取消", True, "昨天 21:35", "voice"),
        Line(WECHAT, at("2026-09-14 21:36"), "对方已取消", True, "", "voice"),
        Line(WECHAT, at("2026-09-14 21:38"),
             "你是陶思远的老婆吧？你老公在速易借借了钱一直不还，你让他马上联系我。", True),
        Line("me", at("2026-09-14 21:45"), "你们找他本人，别来骚扰我"),
        Line(WECHAT, at("2026-09-15 20:05"), "通话时长 01:12", True, "20:05", "voice"),
        Line(WECHAT, at("2026-09-15 20:08"),
             "夫妻共同债务你也跑不掉，三天内不还，我们把他欠钱的事发到你们小区业主群。", True),
    )  # fmt: skip


def _boss_sms() -> tuple[Line, ...]:
    return (
        Line(MOBILE, at("2026-09-14 09:12"),
             "王经理您好，贵司员工陶思远在我平台借款逾期不还，麻烦转告他尽快处理，否则我们会安排"
             "人到贵公司当面沟通。", True, "09:12"),
        Line("me", at("2026-09-14 09:20"), "你们是哪个公司的？"),
        Line(MOBILE, at("2026-09-14 09:21"), "我们是速易借委托的催收方，他欠的钱一分都少不了。",
             True),
    )  # fmt: skip


LETTER = (
    ("ref", "编号：SYJ-CS-2026-0913-0472"),
    ("p1", "陶思远（身份证号：340104199203154418）："),
    ("p2", "你于2026年8月23日在速易借平台借款人民币5000元，现已严重逾期。经我司多次催告，"
           "你至今未履行还款义务。"),
    ("p3", "请于收函后三日内结清全部欠款6850元。逾期不还，我司将委托第三方上门催收，并向你所在"
           "单位及户籍所在地村委会通报。"),
    ("联系电话", LANDLINE),
    ("sign", "速易借贷后管理中心|2026年9月13日"),
    ("seal", "速易借贷后管理中心"),
)  # fmt: skip

BILL = (
    ("head", "当前应还"),
    ("当前应还", "¥6,850.00"),
    ("借款金额", "5,000.00元"),
    ("实际到账", "3,600.00元"),
    ("服务费（放款时扣除）", "1,400.00元"),
    ("逾期罚息", "1,850.00元"),
    ("借款日期", "2026-08-23"),
    ("应还日期", "2026-09-02"),
    ("逾期天数", "13天"),
)


def story() -> Story:
    """The Hefei case."""
    s = "flyme"
    shots = (
        Shot("h01", "dialer", s, "call_log", at("2026-09-15 22:41"), "22:41 HD 4G 55%", "通话记录",
             rings=_calls_first() + _calls_shared()),
        Shot("h02", "dialer", s, "call_log", at("2026-09-15 22:42"), "22:42 HD 4G 55%",
             rings=_calls_shared() + _calls_older(), overlaps="h01"),
        Shot("h03", "sms", s, "sms_thread", at("2026-09-15 22:45"), "22:45 HD 4G 54%", SENDER,
             lines=_sms()),
        Shot("h04", "wecom", s, "chat", at("2026-09-14 12:20"), "12:20 HD 4G 80%", WECOM,
             lines=_wecom()),
        Shot("h05", "wechat", "oneplus", "chat", at("2026-09-15 20:12"), "20:12 VoLTE 5G 81%",
             WECHAT, owner="老婆", lines=_wife_chat(), sent_via="wechat"),
        Shot("h06", "paper", s, "paper", at("2026-09-15 08:40"), "", "催收函", fields=LETTER),
        Shot("h07", "bill", s, "bill", at("2026-09-15 22:50"), "22:50 HD 4G 53%", "我的账单",
             fields=BILL),
        Shot("h08", "contacts", s, "contact", at("2026-09-15 22:52"), "22:52 HD 4G 53%", "王经理",
             fields=(("number", "138 0551 2297"), ("place", "安徽合肥 移动"),
                     ("note", "公司 直属领导"))),
        Shot("h09", "sms", "realme", "sms_thread", at("2026-09-14 09:30"), "09:30 4G 37%", MOBILE,
             owner="王经理", lines=_boss_sms(), sent_via="wechat",
             fields=(("place", "安徽合肥 移动"),)),
    )  # fmt: skip
    return Story(
        key="hefei",
        borrower="陶思远",
        platform="速易借",
        collectors=(MOBILE, LANDLINE, HOTLINE, SENDER, WECOM, WECHAT),
        contacts=(("老婆", "139 5601 7723"), ("王经理", "138 0551 2297"), ("妈", "185 5510 6630")),
        loan={"amount": 5000, "received": 3600, "deducted": 1400, "demanded": 6850},
        shots=shots,
    )
