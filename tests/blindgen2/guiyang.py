"""Guiyang: 杨敏 owes 米粒贷; her Xiaomi HyperOS 2 phone in dark mode, her sister's OnePlus.

A 106 sender that demands, then threatens arrest and messages to every contact; night calls past
midnight; the sister's SMS thread (insults, a banner at the family's door) and call log
forwarded over WeChat; a WeChat chat with voice-call bubbles; a bill page; an ID-card photo.
"""

from __future__ import annotations

from tests.blindgen2.model import Line, Ring, Shot, Story, at

SENDER = "106550123398"
FIRST = "130 8512 6674"
SECOND = "173 8501 2296"
LANDLINE = "0851-8692 0413"
WECHAT = "贷后专员小何"


def _inbox() -> tuple[Line, ...]:
    return (
        Line(SENDER, at("2026-08-21 23:02"),
             "【米粒贷】最后通牒：今晚12点前不还，明天将你的欠款信息连同照片群发给你所有亲友和同事。",
             True, "23:02", "preview", quote=False),
        Line("姐姐", at("2026-08-21 22:47"), "有人给我发短信说你欠钱，你赶紧回我电话", False,
             "22:47", "preview"),
        Line(FIRST, at("2026-08-20 23:44"),
             "你以为关机就没事了？米粒贷的钱你一天不还我们就一天不停", True, "昨天", "preview",
             quote=False),
        Line("妈妈", at("2026-08-18 19:30"), "敏敏，这周末回家吃饭吗", False, "8月18日", "preview"),
        Line("10086", at("2026-08-16 10:00"), "尊敬的客户，您好！截至8月16日您本月已使用流量",
             False, "8月16日", "preview"),
    )  # fmt: skip


def _sms() -> tuple[Line, ...]:
    s = SENDER
    return (
        Line(s, at("2026-08-16 10:00"),
             "【米粒贷】尊敬的杨敏，您的借款已逾期1天，应还3660.00元，请立即还款，以免影响信用。",
             True, "8月16日 10:00"),
        Line(s, at("2026-08-18 09:30"),
             "【米粒贷】杨敏，您已逾期3天，逾期费用每日递增，我司已将您的资料提交至贷后部门。",
             True, "8月18日 09:30"),
        Line(s, at("2026-08-20 21:40"),
             "【米粒贷】杨敏，你的欠款将于明日移交当地公安机关处理，届时将对你采取强制措施，请你"
             "好自为之。", True, "昨天 21:40"),
        Line(s, at("2026-08-21 23:02"),
             "【米粒贷】最后通牒：今晚12点前不还，明天将你的欠款信息连同照片群发给你所有亲友和同事。",
             True, "23:02"),
    )  # fmt: skip


def _calls_first() -> tuple[Ring, ...]:
    return (
        Ring(FIRST, at("2026-08-21 22:58"), "22:58", 6, tag="疑似催收", place="贵州贵阳"),
        Ring("186 8510 3357", at("2026-08-21 22:50"), "22:50", name="姐姐", way="in",
             collector=False),
        Ring(LANDLINE, at("2026-08-21 20:14"), "20:14", 2, tag="骚扰电话", place="贵州贵阳"),
    )  # fmt: skip


def _calls_shared() -> tuple[Ring, ...]:
    return (
        Ring(FIRST, at("2026-08-20 23:41"), "昨天 23:41", 3, tag="疑似催收", place="贵州贵阳"),
        Ring(SECOND, at("2026-08-20 00:40"), "昨天 00:40", 2, tag="疑似催收", place="贵州贵阳"),
        Ring("", at("2026-08-19 12:30"), "8月19日", name="小蒋", way="out", collector=False),
    )  # fmt: skip


def _calls_older() -> tuple[Ring, ...]:
    return (
        Ring(LANDLINE, at("2026-08-19 11:15"), "8月19日", 4, tag="骚扰电话", place="贵州贵阳"),
        Ring(FIRST, at("2026-08-18 19:20"), "8月18日", 2, tag="疑似催收", place="贵州贵阳"),
        Ring("", at("2026-08-18 19:02"), "8月18日", name="妈妈", way="in", collector=False),
    )  # fmt: skip


def _sister_sms() -> tuple[Line, ...]:
    t = SECOND
    return (
        Line(t, at("2026-08-21 21:58"),
             "你是杨敏的姐姐吧？你妹妹借了米粒贷的钱不还，你作为紧急联系人有义务替她还款。", True,
             "21:58"),
        Line(t, at("2026-08-21 21:59"),
             "不还钱的话我们明天就去你们家楼下拉横幅，让你们全家都出名。", True),
        Line("me", at("2026-08-21 22:10"), "她欠钱找她本人，我没有义务替她还"),
        Line(t, at("2026-08-21 22:12"), "一家子都是骗子，贱人。", True),
    )  # fmt: skip


def _sister_calls() -> tuple[Ring, ...]:
    return (
        Ring(SECOND, at("2026-08-21 21:50"), "21:50", 5, tag="疑似催收", place="贵州贵阳"),
        Ring(LANDLINE, at("2026-08-21 20:30"), "20:30", tag="骚扰电话", place="贵州贵阳"),
    )


def _wechat() -> tuple[Line, ...]:
    w = WECHAT
    return (
        Line(w, at("2026-08-19 20:16"), "对方已取消", True, "8月19日 20:16", "voice"),
        Line(w, at("2026-08-19 20:18"),
             "杨敏，加你微信是给你最后一次协商机会，今天必须还清3960元。", True),
        Line("me", at("2026-08-19 20:25"), "我现在真的没钱，能不能分期"),
        Line(w, at("2026-08-20 22:31"), "通话时长 01:12", True, "昨天 22:31", "voice"),
        Line(w, at("2026-08-20 22:35"),
             "没钱就去借，去卖，跟我说没钱没用。明天我们就去你单位找你领导。", True),
        Line(w, at("2026-08-21 22:05"), "你单位地址我已经发给外访同事了，明天上午见。", True,
             "22:05"),
    )  # fmt: skip


ID_CARD = (
    ("姓名", "杨敏"),
    ("性别", "女"),
    ("民族", "布依"),
    ("出生", "1998年11月9日"),
    ("住址", "贵州省贵阳市南明区花果园街道湘雅村"),
    ("公民身份号码", "520102199811092043"),
    ("turn", "-2deg"),
)

BILL = (
    ("head", "应还总额"),
    ("应还总额", "3,960.00"),
    ("借款金额", "3,000.00元"),
    ("到账金额", "2,550.00元"),
    ("前置服务费", "450.00元"),
    ("逾期费", "300.00元"),
    ("借款日期", "2026-08-01"),
    ("到期日期", "2026-08-15"),
)


def story() -> Story:
    """The Guiyang case."""
    s = "hyperos_dark"
    shots = (
        Shot("g01", "sms", s, "sms_list", at("2026-08-21 23:15"), "23:15 4.2K/s 5G 62%", "短信",
             lines=_inbox()),
        Shot("g02", "sms", s, "sms_thread", at("2026-08-21 23:16"), "23:16 0.3K/s 5G 62%",
             SENDER, lines=_sms()),
        Shot("g03", "dialer", s, "call_log", at("2026-08-21 23:20"), "23:20 0.8K/s 5G 61%",
             "通话", rings=_calls_first() + _calls_shared()),
        Shot("g04", "dialer", s, "call_log", at("2026-08-21 23:21"), "23:21 1.1K/s 5G 61%",
             rings=_calls_shared() + _calls_older(), overlaps="g03"),
        Shot("g05", "sms", "oneplus", "sms_thread", at("2026-08-21 22:45"), "22:45 VoLTE 5G 64%",
             SECOND, owner="姐姐", lines=_sister_sms(), sent_via="wechat",
             fields=(("place", "贵州贵阳 移动"),)),
        Shot("g06", "dialer", "oneplus", "call_log", at("2026-08-21 22:46"),
             "22:46 VoLTE 5G 64%", "通话记录", owner="姐姐", rings=_sister_calls(),
             sent_via="wechat"),
        Shot("g07", "idcard", s, "id_card", at("2026-08-21 23:10"), "", fields=ID_CARD),
        Shot("g08", "bill", s, "bill", at("2026-08-21 23:25"), "23:25 5G 60%", "米粒贷",
             fields=BILL),
        Shot("g09", "wechat", s, "chat", at("2026-08-21 23:30"), "23:30 5G 59%", WECHAT,
             lines=_wechat()),
        Shot("g10", "contacts", s, "contact", at("2026-08-21 23:32"), "23:32 5G 59%", "姐姐",
             fields=(("number", "186 8510 3357"), ("place", "贵州贵阳 移动"), ("note", "杨慧"))),
    )  # fmt: skip
    return Story(
        key="guiyang",
        borrower="杨敏",
        platform="米粒贷",
        collectors=(SENDER, FIRST, SECOND, LANDLINE, WECHAT),
        contacts=(("姐姐", "186 8510 3357"), ("妈妈", ""), ("小蒋", "")),
        loan={"amount": 3000, "received": 2550, "deducted": 450, "demanded": 3960},
        shots=shots,
    )
