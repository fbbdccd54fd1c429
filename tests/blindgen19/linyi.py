# ruff: noqa: E501  (one drawn item a line: the texts stay whole)
"""临沂: 孙丽娟 on a Tecno-HiOS-like phone; her sister forwards a HarmonyOS-NEXT-like phone's.

Every call and message of the collectors falls in the day; only the status-bar clocks of shots
taken late at night look like night. Collectors: 131 6529 8704 (SMS, calls), 0539 8261 7305
(calls tagged 催收, an AI assistant's transcript) and 好借来-贾律师, who asks the sister to add
him and then writes in the relatives' group.
"""

from __future__ import annotations

from tests.blindgen19.model import Call, Case, Deco, Msg, at, full, half, screen, slash

PHONE = "18653920476"
MOBILE, DESK, WX = "131 6529 8704", "0539 8261 7305", "好借来-贾律师"
SISTER, MATE = ("姐姐", "15806397721"), ("小葛", "13561927730")


def _bill():
    return screen("tecno19", "bill19", "2026-06-05 23:12", [
        Deco("big", "¥4,350.00", "本期应还 · 逾期12天"),
        Deco("kv", "借款金额", "¥3,000.00"),
        Deco("kv", "审核服务费", "¥600.00"),
        Deco("kv", "到账金额", "¥2,400.00"),
        Deco("kv", "借款平台", "好借来"),
    ], battery=38)  # fmt: skip


def _sms():
    a, b, c = at("2026-06-06 09:20"), at("2026-06-07 14:05"), at("2026-06-08 16:40")
    return screen("tecno19", "sms19", "2026-06-08 23:08", [
        Deco("sep", full(a)),
        Msg(MOBILE, "孙丽娟，好借来肆仟叁佰伍拾元今天到期，你是不是想赖？", a, half(a)),
        Deco("sep", full(b)),
        Msg(MOBILE, "俺跟你说，甭跟俺们耍心眼", b, half(b)),
        Msg(MOBILE, "下午五点前不还，就给你姐和你同事小葛挨个打电话📞", b, half(b)),
        Msg("me", "我明天发了工资就还", at("2026-06-07 18:30"), half(at("2026-06-07 18:30")), "out"),
        Deco("sep", full(c)),
        Msg(MOBILE, "明天明天，天天明天，你忒不讲究了", c, half(c)),
    ], title=f"{MOBILE}|山东 临沂", battery=19)  # fmt: skip


def _log():
    return screen("tecno19", "calls19", "2026-06-08 22:30", [
        Call(DESK, at("2026-06-08 17:45"), "17:45", 3, place="山东临沂", tag="催收"),
        Call(MOBILE, at("2026-06-08 11:02"), "11:02", 2, place="山东临沂", tag="骚扰"),
        Call(SISTER[1], at("2026-06-08 08:10"), "08:10", name=SISTER[0], place="山东临沂"),
        Call(DESK, at("2026-06-07 15:31"), "昨天 15:31", place="山东临沂", tag="催收"),
        Call(MOBILE, at("2026-06-06 20:12"), slash(at("2026-06-06 20:12")), 2, place="山东临沂", tag="骚扰"),
    ], battery=24)  # fmt: skip


def _log_cropped():
    return screen("tecno19", "calls19", "2026-06-08 22:31", [
        Call(DESK, at("2026-06-07 15:31"), "昨天 15:31", place="山东临沂", tag="催收"),
        Call(MOBILE, at("2026-06-06 20:12"), slash(at("2026-06-06 20:12")), 2, place="山东临沂", tag="骚扰"),
        Call(MATE[1], at("2026-06-06 12:30"), slash(at("2026-06-06 12:30")), name=MATE[0], place="山东临沂"),
        Call(DESK, at("2026-06-05 10:18"), slash(at("2026-06-05 10:18")), 4, place="山东临沂", tag="催收"),
    ], post=("crop19", "mark19"), target=3, battery=24)  # fmt: skip


def _assistant():
    t = at("2026-06-07 15:31")
    return screen("tecno19", "aiassist19", "2026-06-07 15:40", [
        Deco("li", DESK, "山东临沂 · 催收"),
        Deco("li", "来电时间", full(t)),
        Msg("小智", "你好，我是机主的代接助手，请问有什么事？", t, "00:01", "out", "transcript"),
        Msg(DESK, "叫孙丽娟接电话，她欠的钱今天必须结清", t, "00:05", kind="transcript"),
        Msg(DESK, "再躲着俺们就去她村里张贴欠款告示", t, "00:14", kind="transcript"),
        Deco("li", "对方已挂断", "15:32 · 通话时长 00:26"),
    ], battery=61)  # fmt: skip


def _sister_requests():
    return screen("capsule19", "wxnew19", "2026-06-07 22:48", [
        Msg(WX, "我是好借来法务，你妹妹孙丽娟借款逾期，请通过", at("2026-06-07 10:26"), "10:26", kind="req"),
        Msg(MATE[0], "姐，我是丽娟同事小葛", at("2026-06-06 12:40"), "6/6", "out", "req"),
    ], owner=SISTER[0], post=("fwd19",), battery=52)  # fmt: skip


def _group():
    t = at("2026-06-07 19:02")
    return screen("capsule19", "wxchat19", "2026-06-07 22:50", [
        Msg("二舅", "丽娟家的孩子考得咋样", at("2026-06-07 18:40"), half(at("2026-06-07 18:40"))),
        Msg(WX, "@姐姐 孙丽娟欠款不还，作为家属请转告她尽快处理", t, half(t)),
        Deco("pat", "“好借来-贾律师” 拍了拍 “二舅”"),
        Msg(WX, "本周内不处理，将通知她村委会和单位", at("2026-06-07 19:03")),
        Msg("me", "你把她的事发到家族群里干啥，我会跟她说", at("2026-06-07 19:15"), side="out"),
        Msg("二舅", "这是咋回事？", at("2026-06-07 19:16")),
    ], title="老孙家亲戚群(8)", owner=SISTER[0], post=("fwd19",), battery=51)  # fmt: skip


def _idcard():
    return screen("tecno19", "idcard19", "2026-06-08 23:20", [
        Deco("kv", "姓名", "孙丽娟"),
        Deco("kv", "性别", "女　民族 汉"),
        Deco("kv", "出生", "1995年7月30日"),
        Deco("kv", "住址", "山东省临沂市兰山区沂蒙路176号"),
        Deco("kv", "公民身份号码", "371302199507305524"),
    ], post=("photo19", "mosaic19"), target=4)  # fmt: skip


def _letter():
    return screen("tecno19", "letter19", "2026-06-08 23:24", [
        Deco("h1", "律 师 函"),
        Deco("p", "孙丽娟女士："),
        Deco("p", "本所受好借来委托，你所欠借款本息肆仟叁佰伍拾元至今未还，已构成违约。"),
        Deco("p", "请收函后三日内清偿，否则本所将向你所在单位发函并提起诉讼。"),
        Deco("p", "鲁南弘信律师事务所", "r"),
        Deco("seal", "鲁南弘信律师事务所"),
    ], post=("photo19",))  # fmt: skip


def case() -> Case:
    screens = [_bill(), _sms(), _assistant(), _sister_requests(), _group(), _log(),
               _log_cropped(), _idcard(), _letter()]  # fmt: skip
    return Case(
        "linyi",
        PHONE,
        [MOBILE, DESK, WX],
        [SISTER, MATE],
        {"amount": 3000, "received": 2400, "deducted": 600, "demanded": 4350},
        screens,
    )
