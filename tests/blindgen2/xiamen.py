"""Xiamen: 林雅婷 owes 闪贷宝; her iPhone in light mode, a colleague's realme forwarding a QQ group.

A long iOS 短信 thread with "星期五 下午9:40" separators, the iOS inbox and two overlapping
最近通话 pages with "(n)" counts and "+86" numbers, a Douyin DM sending her ID card, a QQ
"exposure" group, a fake 法院传票 naming a 400 line, an ID-card photo.
"""

from __future__ import annotations

from tests.blindgen2.model import Line, Ring, Shot, Story, at

MOBILE = "199 2586 7043"
SHOWN = "+86 199 2586 7043"  # how iOS shows an unsaved mainland number
LANDLINE = "0592-5308 7716"
HOTLINE = "400-836-1290"
DOUYIN = "清欠专员阿杰"
QQ_OWNER = "闪贷宝-法务部"


def _thread() -> tuple[Line, ...]:
    m = SHOWN
    return (
        Line(m, at("2026-10-16 21:40"),
             "林雅婷你好，你在闪贷宝的借款已经逾期，今天之内联系我处理，否则后果自负。", True,
             "星期五 下午9:40"),
        Line(m, at("2026-10-16 21:41"), "看到不回是吧？", True),
        Line(m, at("2026-10-18 10:05"),
             "你妈的电话和你单位的地址我们都有，别逼我们一个一个去问候。", True,
             "星期日 上午10:05"),
        Line("me", at("2026-10-18 10:30"), "我会还的，但现在真的拿不出来，能不能少点利息"),
        Line(m, at("2026-10-18 10:32"), "少一分都不行，你当初借钱的时候怎么不想想。", True),
        Line(m, at("2026-10-21 22:10"),
             "明天上午十点前不到账，我们就把你欠钱不还的事发给你所有同事和你妈。", True,
             "昨天 晚上10:10"),
        Line(m, at("2026-10-21 22:12"), "别以为换了工作就找不到你，湖里区那家公司对吧。", True),
        Line("me", at("2026-10-21 22:15"), "你们再这样我就报警了"),
        Line(m, at("2026-10-21 22:16"),
             "报警？随便你报，警察管不了民事纠纷，欠钱还钱天经地义。", True),
        Line(m, at("2026-10-22 07:58"),
             "林雅婷，你以为躲着不接电话就没事了？今天不还，下午我们的人就去你公司楼下等你。",
             True, "今天 上午7:58"),
    )  # fmt: skip


def _inbox() -> tuple[Line, ...]:
    return (
        Line(SHOWN, at("2026-10-22 07:58"),
             "林雅婷，你以为躲着不接电话就没事了？今天不还，下午我们的人就去你公司楼下等你。",
             True, "上午7:58", "preview", quote=False),
        Line("妈妈", at("2026-10-21 19:02"), "婷婷，有人打电话给我说你欠钱，怎么回事，回个电话",
             False, "昨天", "preview"),
        Line("鹭岛银行", at("2026-10-20 09:00"), "【鹭岛银行】您尾号0718的储蓄卡10月20日工资收入",
             False, "星期二", "preview"),
        Line("菜鸟驿站", at("2026-10-19 17:30"), "【菜鸟驿站】您的包裹已到五缘湾驿站，请凭取件码",
             False, "星期一", "preview"),
    )  # fmt: skip


def _recent_first() -> tuple[Ring, ...]:
    return (
        Ring(SHOWN, at("2026-10-22 07:41"), "上午7:41", 4, place="福建厦门"),
        Ring(LANDLINE, at("2026-10-21 21:50"), "昨天", 2, place="福建厦门"),
        Ring("137 5923 0418", at("2026-10-21 20:15"), "昨天", name="妈妈", way="in",
             collector=False, place="手机"),
    )  # fmt: skip


def _recent_shared() -> tuple[Ring, ...]:
    return (
        Ring(HOTLINE, at("2026-10-20 14:10"), "星期二", 3, place="中国"),
        Ring(SHOWN, at("2026-10-19 22:30"), "星期一", 6, place="福建厦门"),
        Ring(LANDLINE, at("2026-10-19 10:05"), "星期一", place="福建厦门"),
        Ring("", at("2026-10-18 12:00"), "星期日", name="黄姐", way="out", collector=False,
             place="手机"),
    )  # fmt: skip


def _recent_older() -> tuple[Ring, ...]:
    return (
        Ring(SHOWN, at("2026-10-15 23:05"), "2026/10/15", 3, place="福建厦门"),
        Ring(HOTLINE, at("2026-10-14 16:22"), "2026/10/14", 2, place="中国"),
    )


def _douyin() -> tuple[Line, ...]:
    return (
        Line(DOUYIN, at("2026-10-18 23:47"),
             "林雅婷是吧，闪贷宝的账拖了二十多天了，今晚给个说法。", True, "10月18日 23:47"),
        Line(DOUYIN, at("2026-10-18 23:48"), "[图片]", True, "", "image"),
        Line(DOUYIN, at("2026-10-18 23:49"),
             "认得这张身份证吧？你的照片和家庭住址我这边都有，不想被挂到网上就赶紧还钱。", True),
        Line("me", at("2026-10-20 12:20"), "我会还的，请不要再发我的信息", False, "星期二 12:20"),
        Line(DOUYIN, at("2026-10-20 12:26"), "晚了，你的同事群我已经建好了，等着社死吧。", True),
    )  # fmt: skip


def _group() -> tuple[Line, ...]:
    boss = f"群主|{QQ_OWNER}"
    return (
        Line(boss, at("2026-10-21 10:02"),
             "各位好，本群成员均为林雅婷的同事和亲友。林雅婷在闪贷宝借款逾期至今未还，请大家转告"
             "她尽快还款。", True, "10:02"),
        Line(boss, at("2026-10-21 10:03"), "[图片]", True, "", "image"),
        Line(boss, at("2026-10-21 10:04"),
             "如果她继续装死，我们将把她的借款合同和身份证复印件发到你们公司大群。", True),
        Line("Lily-行政", at("2026-10-21 10:15"), "这是什么群？谁拉我进来的"),
        Line("me", at("2026-10-21 10:21"), "别在这里发别人的隐私，已举报"),
        Line(boss, at("2026-10-21 10:33"), "谁帮她说话就是同伙，一起曝光。", True),
    )  # fmt: skip


SUMMONS = (
    ("ref", "（2026）闽0203民初字第8871号"),
    ("被传唤人", "林雅婷"),
    ("案由", "借款合同纠纷"),
    ("传唤事由", "开庭审理"),
    ("应到时间", "2026年11月3日 上午9时"),
    ("应到处所", "厦门市思明区人民法院第七法庭"),
    ("p1", "被传唤人如拒不到庭，本院将依法拘传并冻结名下全部银行账户。如需庭前和解，请立即联系"
           f"调解专线{HOTLINE}。"),
    ("sign", "厦门市思明区人民法院|2026年10月20日"),
    ("seal", "厦门市思明区人民法院"),
    ("turn", "1.4deg"),
)  # fmt: skip

ID_CARD = (
    ("姓名", "林雅婷"),
    ("性别", "女"),
    ("民族", "汉"),
    ("出生", "1996年4月27日"),
    ("住址", "福建省厦门市湖里区五缘湾路188号"),
    ("公民身份号码", "350206199604271526"),
)


def story() -> Story:
    """The Xiamen case."""
    s = "ios_light"
    shots = (
        Shot("x01", "sms", s, "sms_thread", at("2026-10-22 08:20"), "08:20 5G", SHOWN,
             lines=_thread(), fields=(("place", "短信"),)),
        Shot("x02", "sms", s, "sms_list", at("2026-10-22 08:25"), "08:25 5G", "信息",
             lines=_inbox()),
        Shot("x03", "dialer", s, "call_log", at("2026-10-22 08:30"), "08:30 5G", "最近通话",
             rings=_recent_first() + _recent_shared()),
        Shot("x04", "dialer", s, "call_log", at("2026-10-22 08:31"), "08:31 5G", "最近通话",
             rings=_recent_shared() + _recent_older(), overlaps="x03"),
        Shot("x05", "douyin", s, "chat", at("2026-10-21 13:05"), "13:05 5G", DOUYIN,
             lines=_douyin()),
        Shot("x06", "qq_group", "realme", "group", at("2026-10-21 10:40"), "10:40 4G 62%",
             "林雅婷欠款曝光群", owner="陈冬", lines=_group(), sent_via="qq", members="23人"),
        Shot("x07", "paper", s, "paper", at("2026-10-20 19:12"), "", "传票", fields=SUMMONS),
        Shot("x08", "idcard", s, "id_card", at("2026-10-21 13:10"), "", fields=ID_CARD),
        Shot("x09", "contacts", s, "contact", at("2026-10-22 08:33"), "08:33 5G", "妈妈",
             fields=(("number", "137 5923 0418"), ("place", "福建厦门"), ("note", ""))),
    )  # fmt: skip
    return Story(
        key="xiamen",
        borrower="林雅婷",
        platform="闪贷宝",
        collectors=(MOBILE, LANDLINE, HOTLINE, DOUYIN, QQ_OWNER),
        contacts=(("妈妈", "137 5923 0418"), ("黄姐", ""), ("陈冬", ""), ("Lily-行政", "")),
        loan={},
        shots=shots,
    )
