# ruff: noqa: E501  (one drawn item a line: the texts stay whole)
"""上饶: 余志强 on a Nothing-OS-like black phone; his cousin forwards an Android Go phone's shots.

Collectors: 151 0539 2847 (recorded calls, calls to the cousin), a WeChat chat he saved as
催收-勿接 (a long capture stitched from three screens, a 转账 card, 拍了拍), 法务专员小韩 inside
the family group among relatives, and 北岸, a Soul-like stranger who writes to the cousin.
"""

from __future__ import annotations

from tests.blindgen19.model import Call, Case, Deco, Msg, at, full, half, screen, slash, week

PHONE = "17770356214"
MOBILE, REMARK, GROUPIE, SOUL = "151 0539 2847", "催收-勿接", "法务专员小韩", "北岸"
COUSIN, AUNT = ("表哥", "13979318806"), ("大姨", "13870365512")


def _bill():
    return screen("dot19", "bill19", "2026-05-08 11:05", [
        Deco("big", "¥11,200.00", "应还金额 · 逾期第21天"),
        Deco("kv", "合同金额", "¥8,000.00"),
        Deco("kv", "扣除费用", "¥1,760.00"),
        Deco("kv", "到账金额", "¥6,240.00"),
        Deco("kv", "资金方", "米粒分期"),
    ], battery=62)  # fmt: skip


def _records():
    return screen("dot19", "recs19", "2026-05-12 23:40", [
        Call(MOBILE, at("2026-05-12 22:51"), "5月12日 22:51", extra="03:12"),
        Call(MOBILE, at("2026-05-11 13:07"), "5月11日 13:07", extra="01:45"),
        Call(AUNT[1], at("2026-05-10 18:30"), "5月10日 18:30", name=AUNT[0], extra="08:02"),
        Call(MOBILE, at("2026-05-09 08:15"), "5月9日 08:15", extra="00:38"),
    ], battery=15)  # fmt: skip


def _remark_chat():
    z, a, b = at("2026-05-09 08:46"), at("2026-05-10 21:40"), at("2026-05-11 23:02")
    c = at("2026-05-12 07:20")
    return screen("dot19", "wxchat19", "2026-05-12 07:31", [
        Msg(REMARK, "你好，米粒分期贷后服务，余志强是吧", z, full(z)),
        Msg("me", "是我，什么事", at("2026-05-09 08:47"), side="out"),
        Msg(REMARK, "你的账单逾期二十天了，今天能还多少", at("2026-05-09 08:48")),
        Msg("me", "先还一千行不行", at("2026-05-09 08:55"), side="out"),
        Msg(REMARK, "一千？打发要饭的呢，全款结清", at("2026-05-09 08:56")),
        Msg(REMARK, "你老家的地址我们有，别逼我们跑一趟", at("2026-05-09 08:57")),
        Msg("me", "我真的没钱，你们别去我家", at("2026-05-09 09:10"), side="out"),
        Msg(REMARK, "没钱就找你大姨借，她电话不是在你通讯录里吗", at("2026-05-09 09:12")),
        Msg(REMARK, "余志强，米粒分期的钱打算拖到什么时候", a, full(a)),
        Msg("me", "这两天手头紧，下周", at("2026-05-10 21:52"), side="out"),
        Msg(REMARK, "下周？下周你坟头草都三尺高了", at("2026-05-10 21:53")),
        Deco("xfer", "¥0.01 还钱", f"in|{REMARK}"),
        Msg(REMARK, "收一下，让你看看我们随时找得到你", at("2026-05-10 21:54")),
        Msg(REMARK, "壹万壹仟贰佰元，少一分都不行", b, week(b)),
        Deco("pat", "“催收-勿接” 拍了拍 “我” 的脑袋"),
        Msg(REMARK, "不接电话是吧，你表哥的电话我们也打通了", at("2026-05-11 23:04")),
        Msg(REMARK, "今天不还，下午去你单位门口等你💀", c, half(c)),
        Msg("me", "别去单位，我中午前给你回话", at("2026-05-12 07:28"), side="out"),
    ], title=REMARK, post=("long19",), battery=40)  # fmt: skip


def _info():
    return screen("dot19", "wxinfo19", "2026-05-12 07:33", [
        Deco("kv", "备注名", REMARK),
        Deco("kv", "昵称", "米粒-孙经理"),
        Deco("kv", "来源", "通过手机号搜索添加"),
    ], battery=40)  # fmt: skip


def _group():
    t = at("2026-05-11 20:05")
    return screen("dot19", "wxchat19", "2026-05-11 20:36", [
        Msg(AUNT[0], "志强最近咋样，好久没回来了", at("2026-05-11 19:58"), half(at("2026-05-11 19:58"))),
        Msg(GROUPIE, "各位亲属好，余志强在米粒分期欠款逾期未还，请家属督促", t, half(t)),
        Msg(GROUPIE, "再不处理我们会把他的身份证和欠款明细发到这个群里", at("2026-05-11 20:06")),
        Msg(COUSIN[0], "你谁啊？谁拉你进来的", at("2026-05-11 20:12")),
        Msg("me", "大家别理他，我自己处理", at("2026-05-11 20:30"), side="out"),
    ], title="余家大院(6)", battery=47)  # fmt: skip


def _soul():
    t = at("2026-05-11 16:22")
    return screen("go19", "soul19", "2026-05-11 17:05", [
        Msg(SOUL, "你是余志强的表哥吧？他欠钱跑路了你知道吗", t, half(t)),
        Msg("me", "你哪位？", at("2026-05-11 16:40"), side="out"),
        Msg(SOUL, "让他今晚联系米粒分期，不然下一个找的就是你", at("2026-05-11 16:41")),
    ], title=SOUL, owner=COUSIN[0], post=("fwd19",), battery=33, net="4G")  # fmt: skip


def _cousin_log():
    return screen("go19", "calls19", "2026-05-11 17:08", [
        Call(MOBILE, at("2026-05-11 15:50"), "15:50", 2, place="山东临沂", tag="疑似催收"),
        Call(AUNT[1], at("2026-05-10 12:00"), "昨天", name=AUNT[0], place="江西上饶"),
        Call(MOBILE, at("2026-05-09 22:14"), slash(at("2026-05-09 22:14")), place="山东临沂", tag="疑似催收"),
    ], owner=COUSIN[0], post=("fwd19",), battery=33, net="4G")  # fmt: skip


def _idcard():
    return screen("dot19", "idcard19", "2026-05-12 09:10", [
        Deco("kv", "姓名", "余志强"),
        Deco("kv", "性别", "男　民族 汉"),
        Deco("kv", "出生", "1990年2月14日"),
        Deco("kv", "住址", "江西省上饶市信州区带湖路88号"),
        Deco("kv", "公民身份号码", "361102199002143219"),
    ], post=("photo19",))  # fmt: skip


def _letter():
    return screen("dot19", "letter19", "2026-05-12 09:14", [
        Deco("h1", "催 告 函"),
        Deco("p", "余志强："),
        Deco("p", "你于米粒分期所借款项已逾期，尚欠人民币壹万壹仟贰佰元整。"),
        Deco("p", "限你于2026年5月15日前还清，逾期将移交司法机关处理，并通报你户籍所在地村委会。"),
        Deco("p", "米粒分期资产管理部", "r"),
        Deco("seal", "资产管理部"),
    ], post=("photo19", "hl19"), target=3)  # fmt: skip


def case() -> Case:
    screens = [_bill(), _records(), _group(), _soul(), _cousin_log(), _remark_chat(), _info(),
               _idcard(), _letter()]  # fmt: skip
    return Case(
        "shangrao",
        PHONE,
        [MOBILE, REMARK, GROUPIE, SOUL],
        [COUSIN, AUNT],
        {"amount": 8000, "received": 6240, "deducted": 1760, "demanded": 11200},
        screens,
    )
