# ruff: noqa: E501  (one drawn item a line: the texts stay whole)
"""开封: 赵明远 on a Motorola-like phone; his mother's HarmonyOS-NEXT-like phone forwards hers.

Collectors: 170 8512 6603 (SMS in split bubbles, calls at night), 0371-6258 4410 (calls tagged
催收, one answered by an AI assistant) and the WeChat nickname 清风徐来, who asks the mother to
add him and then writes to her (the borrower is not in that chat).
"""

from __future__ import annotations

from tests.blindgen19.model import Call, Case, Deco, Msg, at, full, half, screen, slash

PHONE = "15937812046"
MOBILE, DESK, WX = "170 8512 6603", "0371-6258 4410", "清风徐来"
MOM, BOSS = ("妈妈", "13703785521"), ("王经理", "13837840912")


def _bill():
    return screen("hello19", "bill19", "2026-03-10 09:12", [
        Deco("big", "¥8,860.00", "应还总额（已逾期17天）"),
        Deco("kv", "借款金额", "¥6,500.00"),
        Deco("kv", "服务费（放款时扣除）", "¥1,430.00"),
        Deco("kv", "实际到账", "¥5,070.00"),
        Deco("kv", "借款平台", "速易花"),
        Deco("kv", "借款日期", "2026-01-15"),
    ], battery=91, net="4G")  # fmt: skip


def _sms():
    a1, a2, a3 = at("2026-03-11 22:36"), at("2026-03-11 22:37"), at("2026-03-12 22:41")
    return screen("hello19", "sms19", "2026-03-12 22:47", [
        Deco("sep", full(a1)),
        Msg(MOBILE, "赵明远，速易花的账陆仟伍佰元本金加罚息，恁到底还不还？", a1),
        Msg(MOBILE, "俺们已经把材料整理好了", a2),
        Msg(MOBILE, "明天中午之前不见钱，恁家门口见😡", a2, label=slash(a2)),
        Msg("me", "我这个月工资还没发，能不能缓几天", at("2026-03-11 22:50"), slash(at("2026-03-11 22:50")), "out"),
        Deco("sep", full(a3)),
        Msg(MOBILE, "缓？夜来就说缓，恁当俺们是开善堂的", a3),
        Msg(MOBILE, "通讯录里恁娘和恁领导王经理的电话俺都有，一个一个打", a3, label=half(a3)),
    ], title=f"{MOBILE}|河南 郑州", battery=34)  # fmt: skip


def _log_top():
    cap = "2026-03-13 08:05"
    return screen("hello19", "calls19", cap, [
        Call(DESK, at("2026-03-13 07:41"), "07:41", 3, place="河南郑州", tag="催收"),
        Call(MOBILE, at("2026-03-12 23:10"), "昨天 23:10", 2, place="河南郑州", tag="骚扰电话"),
        Call(MOM[1], at("2026-03-12 20:02"), "昨天 20:02", name=MOM[0], place="河南开封"),
        Call(DESK, at("2026-03-12 14:20"), "昨天 14:20", place="河南郑州", tag="催收"),
        Call(MOBILE, at("2026-03-11 22:30"), "周三 22:30", place="河南郑州", tag="骚扰电话"),
    ], battery=82)  # fmt: skip


def _log_scrolled():
    return screen("hello19", "calls19", "2026-03-13 08:06", [
        Call(DESK, at("2026-03-12 14:20"), "昨天 14:20", place="河南郑州", tag="催收"),
        Call(MOBILE, at("2026-03-11 22:30"), "周三 22:30", place="河南郑州", tag="骚扰电话"),
        Call(BOSS[1], at("2026-03-11 18:00"), "周三 18:00", name=BOSS[0], place="河南开封"),
        Call(DESK, at("2026-03-11 10:05"), "周三 10:05", 2, place="河南郑州", tag="催收"),
        Call(MOBILE, at("2026-03-10 21:55"), "周二 21:55", extra="missed", place="河南郑州"),
    ], battery=82)  # fmt: skip


def _assistant():
    t = at("2026-03-12 14:20")
    return screen("hello19", "aiassist19", "2026-03-12 14:25", [
        Deco("li", DESK, "河南郑州 · 催收"),
        Deco("li", "来电时间", full(t)),
        Msg("小智", "您好，机主暂时无法接听，请问您是哪位，有什么事？", t, "00:02", "out", "transcript"),
        Msg(DESK, "俺是速易花贷后部的，叫赵明远今天下午三点前把陆仟伍佰元还上", t, "00:07", kind="transcript"),
        Msg(DESK, "不还的话俺们就上门，到他单位找他领导", t, "00:19", kind="transcript"),
        Msg("小智", "好的，我会转告机主。", t, "00:26", "out", "transcript"),
        Deco("li", "对方已挂断", "14:21 · 通话时长 00:31"),
    ], battery=57)  # fmt: skip


def _mom_requests():
    return screen("capsule19", "wxnew19", "2026-03-12 21:30", [
        Msg(WX, "我是速易花金融的，你儿子赵明远欠钱不还，赶紧通过", at("2026-03-12 21:02"), "21:02", kind="req"),
        Msg("李桂兰", "我是广场舞的桂兰", at("2026-03-08 19:40"), "3/8", "out", "req"),
    ], post=("fwd19",), battery=45)  # fmt: skip


def _mom_chat():
    t = at("2026-03-12 21:06")
    return screen("capsule19", "wxchat19", "2026-03-12 21:35", [
        Msg(WX, "阿姨，你儿子赵明远在速易花借的钱逾期十七天了", t, half(t)),
        Deco("pat", "“清风徐来” 拍了拍 “我”"),
        Msg("me", "你是谁？他欠多少", at("2026-03-12 21:09"), side="out"),
        Msg(WX, "本息一共¥8,860.00，今晚必须处理", at("2026-03-12 21:10")),
        Msg(WX, "您当妈的不管，俺们明天就去他单位拉横幅🙂", at("2026-03-12 21:11")),
        Msg("me", "我给他打电话问问，你别去单位", at("2026-03-12 21:15"), side="out"),
    ], title=WX, post=("fwd19",), battery=44)  # fmt: skip


def _idcard():
    return screen("hello19", "idcard19", "2026-03-13 09:30", [
        Deco("kv", "姓名", "赵明远"),
        Deco("kv", "性别", "男　民族 汉"),
        Deco("kv", "出生", "1993年8月21日"),
        Deco("kv", "住址", "河南省开封市鼓楼区书店街61号"),
        Deco("kv", "公民身份号码", "410204199308214517"),
    ], post=("photo19",))  # fmt: skip


def _letter():
    return screen("hello19", "letter19", "2026-03-13 09:34", [
        Deco("h1", "律 师 函"),
        Deco("p", "赵明远先生："),
        Deco("p", "受速易花平台委托，就您借款逾期一事致函如下。截至本函发出之日，您尚欠本息合计人民币捌仟捌佰陆拾元。"),
        Deco("p", "请于2026年3月16日前一次性结清，否则本所将代为提起诉讼，由此产生的一切后果由您自行承担。"),
        Deco("p", "豫中正信律师事务所", "r"),
        Deco("seal", "豫中正信律师事务所"),
    ], post=("photo19", "mark19"), target=3)  # fmt: skip


def case() -> Case:
    screens = [_bill(), _sms(), _assistant(), _mom_requests(), _mom_chat(), _log_top(),
               _log_scrolled(), _idcard(), _letter()]  # fmt: skip
    for s in screens[3:5]:
        s.owner = MOM[0]
    return Case(
        "kaifeng",
        PHONE,
        [MOBILE, DESK, WX],
        [MOM, BOSS],
        {"amount": 6500, "received": 5070, "deducted": 1430, "demanded": 8860},
        screens,
    )
