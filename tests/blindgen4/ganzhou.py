"""Case ganzhou: a 720 px Sony Xperia in dark mode; the collectors write only on WeChat.

A very long capture with a voice message transcribed inline (转文字), a volume bar, a screenshot
thumbnail and a screen-recording pill over chats, a debt group with the family in it (the sister's
angry words are not a collector's), a friend on a Telegram-like app, calls at night, the bill.
"""

from __future__ import annotations

from tests.blindgen4.model import Call, Case, Say, Shot, at

CHEN, LI, RISK = "好运来-催收部小陈", "好运来-贷后李主管", "好运来风控中心"
MOBILE, LAND = "133 7970 2581", "0797-8312 5560"
SISTER, FATHER = "黄小燕", "黄建国"


def _long() -> Shot:
    says = (
        Say(
            CHEN,
            at("2026-11-28 09:15"),
            "黄志强你好，你在好运来的借款今天到期，请今天下午五点前还款5600元",
            True,
            "11月28日 09:15",
        ),
        Say("me", at("2026-11-28 09:40"), "这个月工资还没发，能不能缓几天"),
        Say(CHEN, at("2026-11-28 09:42"), "缓不了，逾期一天罚息就是两百", True),
        Say(
            CHEN,
            at("2026-11-30 10:20"),
            "两天了，一分钱没见到，你是打算当老赖了是吧？",
            True,
            "星期一 10:20",
        ),
        Say(CHEN, at("2026-11-30 10:21"), "你的通讯录我们这边都有，别逼我们一个个打过去", True),
        Say("me", at("2026-11-30 12:05"), "我周三一定想办法"),
        Say(CHEN, at("2026-12-01 22:10"), "周三？你当我们是开慈善的？", True, "昨天 22:10"),
        Say(
            CHEN,
            at("2026-12-01 22:12"),
            "黄志强你听好了，明天中午之前再不还，我们的人就直接去你老家找你爸妈",
            True,
            kind="voice",
        ),
        Say(CHEN, at("2026-12-02 08:05"), "最后一次提醒，中午十二点，过时不候", True, "08:05"),
    )
    return Shot(
        "g01",
        "wechat_zh",
        "xperia",
        "chat",
        at("2026-12-02 08:30"),
        "08:30 4G 47%",
        CHEN,
        says=says,
        overlay="volume",
    )


def _chats() -> tuple[Shot, ...]:
    li = (
        Say(
            LI,
            at("2026-12-02 09:20"),
            "你以为拉黑小陈就没事了？你的逾期记录已经上报",
            True,
            "09:20",
        ),
        Say(
            LI,
            at("2026-12-02 09:21"),
            "今天再不处理，下午就给你全家和你公司同事每人发一份催款函",
            True,
            kind="voice",
        ),
    )
    group = (
        Say(
            LI,
            at("2026-12-02 10:02"),
            "各位家属好，黄志强在好运来借款逾期不还，请督促他今天之内还款",
            True,
            "10:02",
        ),
        Say(
            SISTER, at("2026-12-02 10:05"), "哥你到底借了多少？他们把我和爸妈都拉进群了，丢死人了！"
        ),
        Say(FATHER, at("2026-12-02 10:06"), "志强你马上给我回电话"),
        Say("me", at("2026-12-02 10:10"), "爸，我在想办法"),
        Say(LI, at("2026-12-02 10:12"), "家属不配合的话，我们会安排人员上门走访", True),
    )
    risk = (
        Say(
            RISK,
            at("2026-12-02 11:30"),
            "我们已经拿到你的通讯录，一共两百三十七个人，今天下午三点开始逐个通知",
            True,
            "11:30",
        ),
    )
    sister = (
        Say(
            LI,
            at("2026-12-01 16:40"),
            "你是黄志强的妹妹吧，你哥欠款不还，你作为紧急联系人有义务督促他",
            True,
            "昨天 16:40",
        ),
        Say("me", at("2026-12-01 16:52"), "他欠你们的钱和我有什么关系"),
    )
    friend = (
        Say(
            "老周",
            at("2026-12-02 12:15"),
            "兄弟，好运来的人也加了我微信，说你欠钱跑路了，你自己小心点",
            stamp="12:15",
        ),
        Say("老周", at("2026-12-02 12:16"), "有事吱一声"),
    )
    return (
        Shot(
            "g02",
            "wechat_zh",
            "xperia",
            "chat",
            at("2026-12-02 09:40"),
            "09:40 4G 45%",
            LI,
            says=li,
            overlay="thumb",
        ),
        Shot(
            "g03",
            "wechat_zh",
            "xperia",
            "group",
            at("2026-12-02 10:15"),
            "10:15 4G 44%",
            "黄志强欠款协商群",
            says=group,
            members="5",
        ),
        Shot(
            "g04",
            "wechat_zh",
            "xperia",
            "chat",
            at("2026-12-02 11:35"),
            "11:35 4G 40%",
            RISK,
            says=risk,
            overlay="float",
        ),
        Shot(
            "g05",
            "wechat_zh",
            "xperia",
            "chat",
            at("2026-12-02 09:05"),
            "09:05 4G 82%",
            LI,
            owner="妹妹",
            says=sister,
            forwarded=True,
        ),
        Shot(
            "g06",
            "tg_dark",
            "xperia",
            "chat",
            at("2026-12-02 12:20"),
            "12:20 4G 38%",
            "老周",
            says=friend,
        ),
    )


def _rest() -> tuple[Shot, ...]:
    calls = (
        Call("", at("2026-12-02 10:20"), "10:20", name="爸爸", way="in", collector=False),
        Call(MOBILE, at("2026-12-01 22:47"), "昨天 22:47", 4),
        Call("", at("2026-12-01 19:02"), "昨天 19:02", name="妹妹", way="in", collector=False),
        Call(MOBILE, at("2026-11-30 14:33"), "星期一 14:33", 2, place="江西赣州"),
        Call(LAND, at("2026-11-29 11:08"), "11月29日 11:08", 2, way="rejected", place="江西赣州"),
    )
    bill = (
        ("待还金额(元)", "5,600.00"),
        ("借款金额", "4,000.00元"),
        ("到账金额", "3,200.00元"),
        ("手续费", "800.00元"),
        ("借款日", "2026-11-14"),
        ("还款日", "2026-11-28"),
    )
    return (
        Shot(
            "g07",
            "xperia_dial",
            "xperia",
            "call_log",
            at("2026-12-02 12:30"),
            "12:30 4G 37%",
            calls=calls,
        ),
        Shot(
            "g08", "loanapp", "xperia", "bill", at("2026-12-02 12:35"), "12:35 4G 36%", fields=bill
        ),
    )


def story() -> Case:
    """The ganzhou case."""
    return Case(
        key="ganzhou",
        borrower="黄志强",
        platform="好运来",
        collectors=(CHEN, LI, RISK, MOBILE, LAND),
        contacts=((SISTER, ""), (FATHER, ""), ("老周", ""), ("爸爸", ""), ("妹妹", "")),
        loan={"amount": 4000.0, "received": 3200.0, "deducted": 800.0, "demanded": 5600.0},
        shots=(_long(), *_chats(), *_rest()),
    )
