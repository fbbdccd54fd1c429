# ruff: noqa: E501  (one drawn item a line: the texts stay whole)
"""茂名: 陈嘉欣 on an iQOO/OriginOS-5-like phone with big rounded cards; her boss forwards his.

Collectors: 184 3772 5061 (SMS, night calls), the 12-digit service number 106980095517 signing
【闪贷宝法务】, the WeChat nickname 周主管 (writes to the boss, sends a red packet) and a 闲鱼-like
buyer 嘉欣的债主 who answers her listing with threats. 12321 only confirms her report.
"""

from __future__ import annotations

from tests.blindgen19.model import Call, Case, Deco, Msg, ago, at, full, half, screen, slash, week

PHONE = "13692470158"
MOBILE, SERVICE, WX, FISH = "184 3772 5061", "106980095517", "周主管", "嘉欣的债主"
BOSS, MATE = ("刘总", "13809758823"), ("小郑", "15016873390")
CUT = "陈嘉欣你今天再不处理，我们就把你的借款记录发到你公司群里，让你同事都"


def _bill():
    return screen("origin19", "bill19", "2026-04-02 12:40", [
        Deco("big", "¥6,800.00", "待还金额 · 已逾期9天"),
        Deco("kv", "借款本金", "¥5,000.00"),
        Deco("kv", "到账金额", "¥4,100.00"),
        Deco("kv", "砍头息/服务费", "¥900.00"),
        Deco("kv", "借款产品", "闪贷宝 · 12期"),
    ], battery=66)  # fmt: skip


def _inbox():
    cap = at("2026-04-05 22:18")
    return screen("origin19", "smsbox19", "2026-04-05 22:18", [
        Msg(MOBILE, CUT, at("2026-04-05 22:03"), ago(cap, at("2026-04-05 22:03")), kind="preview"),
        Msg("12321", "【12321】您好，您举报的号码18437725061已受理，感谢", at("2026-04-05 20:11"), "20:11", kind="preview"),
        Msg(BOSS[0], "嘉欣，今天有人打电话到公司找你，说你欠", at("2026-04-05 16:47"), "16:47", kind="preview"),
        Msg(SERVICE, "【闪贷宝法务】陈嘉欣，你的逾期账单已移交法务", at("2026-04-04 10:15"), "昨天", kind="preview"),
        Msg("10086", "【中国移动】尊敬的客户，您本月套餐余量", at("2026-04-03 09:00"), "4/3", kind="preview"),
    ], battery=23)  # fmt: skip


def _thread():
    a, b, c = at("2026-04-04 23:05"), at("2026-04-05 21:58"), at("2026-04-05 22:03")
    return screen("origin19", "sms19", "2026-04-05 22:26", [
        Deco("sep", full(a)),
        Msg(MOBILE, "欠6.8k不还还敢拉黑？换个号照样找得到你👋", a, slash(a)),
        Msg("me", "我在想办法，月底一定还", at("2026-04-04 23:20"), slash(at("2026-04-04 23:20")), "out"),
        Deco("sep", full(b)),
        Msg(MOBILE, "月底？俺们领导只给到明天", b, half(b)),
        Msg(MOBILE, CUT + "知道你是个老赖", c, half(c)),
        Msg(MOBILE, "¥6,800.00一分不能少，别逼俺们去你老家", c, half(c)),
    ], title=f"{MOBILE}|河南 周口", battery=21)  # fmt: skip


def _service():
    a, b = at("2026-04-04 10:15"), at("2026-04-05 11:30")
    return screen("origin19", "sms19", "2026-04-05 22:29", [
        Deco("sep", full(a)),
        Msg(SERVICE, "【闪贷宝法务】陈嘉欣，你的逾期账单已移交法务，今日内联系处理，否则启动上门核实程序。", a, half(a)),
        Deco("sep", full(b)),
        Msg(SERVICE, "【闪贷宝法务】你的紧急联系人刘总已被通知，再不还款将通知你所有通讯录好友。", b, half(b)),
    ], title=f"{SERVICE}|服务号码", battery=20)  # fmt: skip


def _receipt():
    t = at("2026-04-05 20:11")
    return screen("origin19", "sms19", "2026-04-05 22:31", [
        Deco("sep", full(t)),
        Msg("12321", "【12321】您好，您举报的号码18437725061已受理，感谢您对治理骚扰电话的支持。", t, half(t)),
    ], title="12321|网络不良与垃圾信息举报受理中心", battery=20)  # fmt: skip


def _log():
    return screen("origin19", "calls19", "2026-04-06 07:52", [
        Call(MOBILE, at("2026-04-06 06:48"), "06:48", 4, place="河南周口", tag="骚扰电话"),
        Call(MOBILE, at("2026-04-05 22:40"), "昨天", 2, place="河南周口", tag="骚扰电话"),
        Call(MATE[1], at("2026-04-05 19:20"), "昨天", name=MATE[0], place="广东茂名"),
        Call(BOSS[1], at("2026-04-05 16:45"), "昨天", name=BOSS[0], place="广东茂名"),
        Call(MOBILE, at("2026-04-05 12:15"), "昨天", place="河南周口", tag="骚扰电话"),
        Call(MOBILE, at("2026-04-04 23:30"), week(at("2026-04-04 23:30")), 3, place="河南周口", tag="骚扰电话"),
    ], post=("mark19",), target=0, battery=88)  # fmt: skip


def _boss_chat():
    t = at("2026-04-05 15:02")
    return screen("tecno19", "wxchat19", "2026-04-05 16:40", [
        Msg(WX, "刘总您好，贵公司员工陈嘉欣在闪贷宝的借款已严重逾期", t, half(t)),
        Deco("red", "恭喜发财，大吉大利", f"in|{WX}"),
        Msg(WX, "她把您填成了紧急联系人，麻烦您督促她今天还款", at("2026-04-05 15:03")),
        Msg("me", "这是她个人的事，跟公司没有关系", at("2026-04-05 15:20"), side="out"),
        Msg(WX, "那我们只好把催收函寄到贵公司前台了，影响不好别怪我们", at("2026-04-05 15:22")),
        Deco("pat", "“周主管” 拍了拍 “我”"),
    ], title=WX, post=("fwd19",), battery=54, net="4G")  # fmt: skip


def _fish():
    t = at("2026-04-05 13:10")
    return screen("origin19", "xianyu19", "2026-04-05 13:26", [
        Deco("prod", "九成新 电动车头盔 ¥120", "你的闲置 · 广东茂名"),
        Msg(FISH, "头盔不要，你欠闪贷宝的钱什么时候还", t, half(t)),
        Msg(FISH, "卖闲置凑钱是吧？先把6800还了再卖", at("2026-04-05 13:11")),
        Msg("me", "你怎么找到这里的", at("2026-04-05 13:20"), side="out"),
        Msg(FISH, "你手机号绑的闲鱼，全网都能找到你😏", at("2026-04-05 13:21")),
    ], title=FISH, battery=71)  # fmt: skip


def _notice():
    return screen("origin19", "letter19", "2026-04-06 10:02", [
        Deco("h1", "立案通知书"),
        Deco("p", "被申请人：陈嘉欣"),
        Deco("p", "申请人闪贷宝诉你借款合同纠纷一案，本院已立案受理，请于2026年4月10日前到庭。"),
        Deco("p", "逾期不到庭者，本院将依法缺席审理，并申请强制执行你名下财产。"),
        Deco("p", "茂名市金融纠纷调解中心", "r"),
        Deco("seal", "调解中心专用章"),
    ], post=("photo19", "mosaic19"), target=1)  # fmt: skip


def _idcard():
    return screen("origin19", "idcard19", "2026-04-06 10:05", [
        Deco("kv", "姓名", "陈嘉欣"),
        Deco("kv", "性别", "女　民族 汉"),
        Deco("kv", "出生", "1998年11月3日"),
        Deco("kv", "住址", "广东省茂名市茂南区油城五路23号"),
        Deco("kv", "公民身份号码", "440902199811032846"),
    ], post=("photo19", "hl19"), target=4)  # fmt: skip


def case() -> Case:
    screens = [_bill(), _fish(), _boss_chat(), _inbox(), _thread(), _service(), _receipt(),
               _log(), _notice(), _idcard()]  # fmt: skip
    screens[2].owner = BOSS[0]
    return Case(
        "maoming",
        PHONE,
        [MOBILE, SERVICE, WX, FISH],
        [BOSS, MATE],
        {"amount": 5000, "received": 4100, "deducted": 900, "demanded": 6800},
        screens,
    )
