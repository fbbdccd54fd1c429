"""Shijiazhuang: 赵海峰 owes 金橙分期; his HarmonyOS NEXT phone, his boss's realme.

Every collector call and message is by day; the only late hour anywhere is the status-bar clock
(the screenshots were taken near midnight). A DingTalk 1:1 with the boss that names the platform
and the debt (the boss is no collector), an Alipay chat, a 400 line tagged 推销, a 律师函.
"""

from __future__ import annotations

from tests.blindgen2.model import Line, Ring, Shot, Story, at

FIRST = "152 3316 8805"
SECOND = "166 0311 4729"
HOTLINE = "400-678-1332"
LANDLINE = "0311-8590 2364"
ALIPAY = "贷后-吴经理"


def _calls_first() -> tuple[Ring, ...]:
    return (
        Ring(FIRST, at("2026-11-03 17:52"), "17:52", 3, tag="疑似催收", place="河北石家庄"),
        Ring("150 3311 9087", at("2026-11-03 17:10"), "17:10", name="老婆", way="in",
             collector=False),
        Ring(HOTLINE, at("2026-11-03 14:05"), "14:05", 2, tag="推销", place="全国"),
    )  # fmt: skip


def _calls_shared() -> tuple[Ring, ...]:
    return (
        Ring(LANDLINE, at("2026-11-03 10:18"), "10:18", 2, tag="骚扰电话", place="河北石家庄"),
        Ring("", at("2026-11-03 09:02"), "09:02", name="周建国", way="in", collector=False),
        Ring(SECOND, at("2026-11-02 16:40"), "昨天", 4, tag="疑似催收", place="河北石家庄"),
        Ring(FIRST, at("2026-11-02 11:25"), "昨天", 2, tag="疑似催收", place="河北石家庄"),
    )  # fmt: skip


def _calls_older() -> tuple[Ring, ...]:
    return (
        Ring(HOTLINE, at("2026-11-01 15:30"), "11月1日", tag="推销", place="全国"),
        Ring(LANDLINE, at("2026-11-01 09:20"), "11月1日", 3, tag="骚扰电话", place="河北石家庄"),
        Ring(SECOND, at("2026-10-31 19:45"), "10月31日", 2, tag="疑似催收", place="河北石家庄"),
        Ring("", at("2026-10-31 12:10"), "10月31日", name="赵海涛", way="out", collector=False),
    )  # fmt: skip


def _sms() -> tuple[Line, ...]:
    f = FIRST
    return (
        Line(f, at("2026-10-31 08:45"),
             "赵海峰，你在金橙分期的8000元借款已逾期15天，今天必须结清10240元。", True,
             "10月31日 08:45"),
        Line(f, at("2026-11-01 12:30"),
             "你不接电话是吧？那我就一个个打给你认识的人，让大家都知道你是什么货色。", True,
             "星期日 12:30"),
        Line("me", at("2026-11-01 12:41"), "我在想办法，月底一定还"),
        Line(f, at("2026-11-02 18:02"),
             "月底？你当我们是慈善机构？明天中午前不到账，直接走司法程序，等着法院来封你家房子。",
             True, "昨天 18:02"),
        Line(f, at("2026-11-03 13:15"), "给你脸不要脸，下午我们的人就去你公司前台找你。", True,
             "13:15"),
    )  # fmt: skip


def _boss_chat() -> tuple[Line, ...]:
    b = "周建国"
    return (
        Line(b, at("2026-11-02 17:20"),
             "海峰，今天有人打电话到公司前台，说你欠了金橙分期的钱不还，还说要来公司闹。", False,
             "11月2日 17:20"),
        Line("me", at("2026-11-02 17:26"), "周总，对不起，给公司添麻烦了，我会尽快处理"),
        Line(b, at("2026-11-02 17:30"), "他们还给我发了短信，我截图给你。你抓紧处理，别影响工作。"),
        Line(b, at("2026-11-03 09:05"), "今天早上又打到我手机上了，你报警吧。", False, "09:05"),
    )  # fmt: skip


def _boss_sms() -> tuple[Line, ...]:
    return (
        Line(SECOND, at("2026-11-02 16:52"),
             "周总您好，我们是金橙分期委托的律师事务所，贵司员工赵海峰涉嫌恶意拖欠借款，请贵司"
             "配合督促其还款。", True, "16:52"),
        Line(SECOND, at("2026-11-02 16:53"),
             "如贵司继续包庇，我们将安排人员到贵司现场办公，并向贵司客户发函说明情况。", True),
        Line("me", at("2026-11-02 17:01"), "请不要再骚扰我们公司"),
    )  # fmt: skip


def _alipay() -> tuple[Line, ...]:
    return (
        Line(ALIPAY, at("2026-11-01 10:40"),
             "赵先生，看到请回复。你的金橙分期账单今天再不处理，将同步至征信和公安系统。", True,
             "11月1日 10:40"),
        Line(ALIPAY, at("2026-11-01 10:41"), "支付宝也能找到你，你躲到哪里都没用。", True),
        Line(ALIPAY, at("2026-11-02 15:06"), "你老婆在哪上班我们也查到了，别逼我们去找她。", True,
             "昨天 15:06"),
    )  # fmt: skip


LETTER = (
    ("ref", "冀正律函字〔2026〕第1103号"),
    ("p1", "赵海峰先生："),
    ("p2", "北京正衡律师事务所受金橙分期委托，就你拖欠借款一事郑重致函如下：你于2026年9月16日"
           "借款8000元，至今逾期未还。"),
    ("p3", "请你在本函送达之日起48小时内一次性偿还全部欠款10240元，否则本所将代理委托人向人民"
           "法院提起诉讼，并申请对你名下财产采取保全措施，由此产生的一切法律后果由你自行承担。"),
    ("联系电话", HOTLINE),
    ("联系人", f"吴律师 {LANDLINE}"),
    ("sign", "北京正衡律师事务所|2026年11月2日"),
    ("seal", "北京正衡律师事务所"),
    ("turn", "-0.8deg"),
)  # fmt: skip

BILL = (
    ("head", "当前应还"),
    ("当前应还", "10,240.00"),
    ("借款本金", "8,000.00元"),
    ("到账金额", "6,400.00元"),
    ("平台服务费（放款时扣除）", "1,600.00元"),
    ("借款日期", "2026-09-16"),
    ("最后还款日", "2026-10-16"),
    ("逾期天数", "18天"),
)


def story() -> Story:
    """The Shijiazhuang case."""
    s = "harmony_next"
    shots = (
        Shot("s01", "dialer", s, "call_log", at("2026-11-03 23:36"), "23:36 HD 5G 78%", "通话",
             rings=_calls_first() + _calls_shared()),
        Shot("s02", "dialer", s, "call_log", at("2026-11-03 23:37"), "23:37 HD 5G 78%",
             rings=_calls_shared() + _calls_older(), overlaps="s01"),
        Shot("s03", "sms", s, "sms_thread", at("2026-11-03 23:40"), "23:40 HD 5G 77%", FIRST,
             lines=_sms(), fields=(("place", "河北石家庄 移动"),)),
        Shot("s04", "dingtalk", s, "chat", at("2026-11-03 23:45"), "23:45 HD 5G 76%", "周建国",
             lines=_boss_chat()),
        Shot("s05", "sms", "realme", "sms_thread", at("2026-11-02 17:25"), "17:25 4G 41%",
             SECOND, owner="周建国", lines=_boss_sms(), sent_via="wechat",
             fields=(("place", "河北石家庄 联通"),)),
        Shot("s06", "alipay", s, "chat", at("2026-11-03 23:50"), "23:50 HD 5G 75%", ALIPAY,
             lines=_alipay()),
        Shot("s07", "bill", s, "bill", at("2026-11-03 23:52"), "23:52 HD 5G 75%", "金橙分期",
             fields=BILL),
        Shot("s08", "paper", s, "paper", at("2026-11-03 12:40"), "", "律师函", fields=LETTER),
        Shot("s09", "contacts", s, "contact", at("2026-11-03 23:55"), "23:55 HD 5G 74%", "老婆",
             fields=(("number", "150 3311 9087"), ("place", "河北石家庄"), ("note", "家人"))),
    )  # fmt: skip
    return Story(
        key="shijiazhuang",
        borrower="赵海峰",
        platform="金橙分期",
        collectors=(FIRST, SECOND, HOTLINE, LANDLINE, ALIPAY),
        contacts=(("老婆", "150 3311 9087"), ("周建国", ""), ("赵海涛", "")),
        loan={"amount": 8000, "received": 6400, "deducted": 1600, "demanded": 10240},
        shots=shots,
    )
