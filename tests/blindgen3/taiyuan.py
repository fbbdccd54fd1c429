"""Taiyuan: an iPhone with the largest accessibility type, a Xiaohongshu and a Weibo private
message, a collector who joined the WeChat family group, a "law firm" letter taped to the door,
and a text forwarded from the father's nubia phone through WeChat on a PC.
"""

from __future__ import annotations

from tests.blindgen3.model import Capture, Dial, Matter, Said, at

C1 = "+86 186 3510 7742"
C2 = "95716"
C3 = "0351-7729 4410"
C4, C4_PLUS = "13343519086", "+86 133 4351 9086"
XHS = "金盈贷法务部"
LAWYER = "晋法律师事务所张律师"
AGENT = "金盈贷-贺专员"


def _phone() -> tuple[Capture, ...]:
    mobile = (
        Said(C1, at("2026-11-03 15:20"),
             "李婷，你在金盈贷的欠款已经逾期半个月了，今天之内必须结清。",
             "星期二 下午3:20", collector=True),
        Said(C1, at("2026-11-04 10:02"),
             "再不处理，我们就按你借款时填的紧急联系人挨个打电话。", "昨天 上午10:02",
             collector=True),
        Said(C1, at("2026-11-05 11:58"), "电话也不接，信息也不回，你以为躲得掉吗？",
             "上午11:58", collector=True),
    )  # fmt: skip
    service = (
        Said(C2, at("2026-09-20 09:00"),
             "【金盈贷】借款8000.00元已放款，扣除服务费1200.00元，到账6800.00元。",
             "2026/9/20 上午9:00", collector=True, notice=True),
        Said(C2, at("2026-11-02 14:00"),
             "【金盈贷】您已逾期13天，应还9360.00元，我司将依法采取进一步措施。",
             "星期一 下午2:00", collector=True),
    )  # fmt: skip
    recent = (
        Dial(C1, at("2026-11-05 11:40"), "上午11:40", count=4, place="山西 太原"),
        Dial(C3, at("2026-11-05 10:15"), "上午10:15", count=2, place="山西 太原"),
        Dial(C1, at("2026-11-04 21:12"), "昨天", count=3, place="山西 太原"),
        Dial("妈妈", at("2026-11-04 19:30"), "昨天", way="in", collector=False),
        Dial(C2, at("2026-11-03 16:00"), "星期二"),
    )  # fmt: skip
    return (
        Capture("b01", "sms", "ios_axl", "sms_thread", at("2026-11-05 12:40"), "12:40 5G 81%",
                title=C1, said=mobile),
        Capture("b02", "sms", "ios_axl", "sms_thread", at("2026-11-05 12:42"), "12:42 5G 81%",
                title=C2, said=service),
        Capture("b03", "dialer", "ios_axl", "call_log", at("2026-11-05 12:45"), "12:45 5G 80%",
                dials=recent),
    )  # fmt: skip


def _apps() -> tuple[Capture, ...]:
    xhs = (
        Said(XHS, at("2026-11-03 20:16"),
             "李婷你好，你在金盈贷的借款严重逾期，我们已经找到你的小红书账号。", "11-03 20:16",
             collector=True),
        Said(XHS, at("2026-11-03 20:17"),
             "今天不还款，我们就把你的欠款信息发到你每一篇笔记下面，让你的粉丝都看看。",
             collector=True),
    )  # fmt: skip
    weibo = (
        Said(LAWYER, at("2026-10-31 09:40"),
             "我是山西晋法律师事务所的张律师，受金盈贷委托处理你的欠款纠纷。",
             "10月31日 09:40", collector=True),
        Said(LAWYER, at("2026-10-31 09:41"),
             "你的案件已进入诉前调解阶段，三日内不主动联系，我所将向法院提起诉讼并申请冻结你的"
             "银行卡。", collector=True),
        Said("me", at("2026-10-31 10:02"), "你们是正规律所吗？执业证号是多少？"),
    )  # fmt: skip
    family = (
        Said("", at("2026-11-02 18:40"), f"\u201c{AGENT}\u201d通过扫描\u201c表哥\u201d分享的"
             "二维码加入群聊", "11月2日 18:40", system=True),
        Said(AGENT, at("2026-11-02 18:41"),
             "各位家人好，李婷在我司借款逾期未还，请大家督促她尽快还款，否则后果自负。",
             collector=True),
        Said("二姨", at("2026-11-02 18:45"), "你是谁啊？怎么进的我们家群？"),
        Said("妈妈", at("2026-11-02 18:47"), "婷婷这是怎么回事😟快回个话"),
        Said(AGENT, at("2026-11-02 18:50"),
             "她欠款九千多元，家里人不管的话，我们只能去她单位了解情况。", collector=True),
        Said("me", at("2026-11-03 19:30"), "妈，我会处理的，别担心", "昨天 19:30"),
    )  # fmt: skip
    return (
        Capture("b04", "xhs", "ios_axl", "chat", at("2026-11-05 12:50"), "12:50 5G 79%",
                title=XHS, said=xhs),
        Capture("b05", "weibo", "ios_axl", "chat", at("2026-11-05 12:55"), "12:55 5G 79%",
                title=LAWYER, said=weibo),
        Capture("b06", "wechat_family", "ios_axl", "group", at("2026-11-04 19:58"),
                "19:58 5G 64%", title="相亲相爱一家人(6)", said=family),
    )  # fmt: skip


def _handed() -> tuple[Capture, ...]:
    letter = (
        ("标题", "催收告知函"), ("收件人", "李婷女士："),
        ("正文", "你于2026年9月20日在金盈贷平台借款8000元，至今逾期未还。\n"
                 "请于收到本函之日起三日内联系我所处理，否则我所将派员上门核实，"
                 "并通知你的工作单位及居住地社区。"),
        ("落款", "山西晋法律师事务所"), ("日期", "2026年10月31日"),
        ("电话", "联系电话：0351-7729 4410"),
    )  # fmt: skip
    father = (
        Said(C4, at("2026-11-02 20:41"),
             "李先生您好，您女儿李婷在金盈贷借款逾期，多次联系不上本人。", "20:41",
             collector=True),
        Said(C4, at("2026-11-02 20:42"),
             "请您转告她尽快还款，否则我们明天上午会去您家小区找物业了解情况。",
             collector=True),
    )  # fmt: skip
    return (
        Capture("b07", "paper", "camera", "paper", at("2026-11-01 18:30"), fields=letter),
        Capture("b08", "sms", "nubia_myos", "sms_thread", at("2026-11-02 21:05"),
                "21:05 4G 38%", title=C4, owner="爸爸", said=father, sent_via="wechat_pc"),
    )  # fmt: skip


def matter() -> Matter:
    """Li Ting's case: two numbers, a 95 line, a landline, three app accounts, a family group."""
    phone = _phone()
    recent = phone[2].dials
    older = (
        *recent[-2:],
        Dial(C4_PLUS, at("2026-11-02 20:40"), "星期一", count=2, place="山西 晋中"),
        Dial(C3, at("2026-10-30 15:05"), "2026/10/30", place="山西 太原"),
        Dial("表哥", at("2026-10-29 12:10"), "2026/10/29", way="out", collector=False),
    )  # fmt: skip
    scrolled = Capture("b09", "dialer", "ios_axl", "call_log", at("2026-11-05 12:46"),
                       "12:46 5G 80%", dials=older, overlaps="b03")  # fmt: skip
    return Matter(
        key="taiyuan",
        borrower="李婷",
        platform="金盈贷",
        collectors=(C1, C2, C3, C4, XHS, LAWYER, AGENT),
        contacts=(("妈妈", ""), ("二姨", ""), ("表哥", ""), ("爸爸", "")),
        loan={"amount": 8000, "received": 6800, "deducted": 1200, "demanded": 9360},
        captures=(*phone, *_apps(), *_handed(), scrolled),
    )
