"""Set 24's 攀枝花 borrower: who said what, when, and where."""

from __future__ import annotations

from tests.blindgen24.model import Case, Screen, number_key
from tests.blindgen24.story import calls, msgs, t


def panzhihua() -> Case:
    """四川话 and pinyin evasions (yq, hk, txl); a 0812 landline, a mobile, a 106 sender."""
    mob, land, sms, nick = "15283674419", "0812-3369027", "106980095566", "安信债管-陈专员"
    col = {mob, number_key(land), sms, nick}
    m = lambda *rows: msgs(col, *rows)  # noqa: E731
    c = lambda owner, *rows: calls(col, owner, *rows)  # noqa: E731
    inner = Screen(
        "inner",
        "yunshan24",
        "xinxiang24",
        t(10, 24, 15, 58),
        owner="刘姐",
        extra={"style": "clock", "battery": 63, "shown": {"10001": "中国电信"}},
        msgs=m(
            (mob, t(10, 24, 14, 2), "你好，罗建欠钱不还，麻烦你转告他马上还款。"),
            (sms, t(10, 24, 13, 0), "【安信债管】您好，您的同事罗建在我司有", "cut"),
            ("10001", t(10, 24, 9, 0), "您本月话费账单已出，请登录查询", "cut"),
        ),
    )
    screens = [
        Screen(
            "Screenshot_20261021-221033.png",
            "qinglan24",
            "duanxin24",
            t(10, 21, 22, 10, 33),
            title=mob,
            extra={"sub": "四川 成都", "battery": 38, "style": "ago"},
            msgs=m(
                (mob, t(10, 20, 13, 15), "罗建，闪借宝3千yq七天了，你今天hk还是不hk？"),
                ("me", t(10, 20, 13, 40), "过两天嘛"),
                (
                    mob,
                    t(10, 20, 18, 2),
                    "过两天？你莫得信用的哦，再拖我们就bao你txl，你老汉幺妹一个都跑不脱。",
                ),
                (mob, t(10, 21, 22, 5), "晓得你在东区上班，明天我们的人直接过来找你。"),
            ),
        ),
        Screen(
            "Screenshot_20261022-091002.png",
            "guoguo24",
            "tonghua24",
            t(10, 22, 9, 10, 2),
            extra={
                "battery": 76,
                "places": {land: "四川 攀枝花", mob: "四川 成都"},
                "tags": {land: "疑似催收", mob: "骚扰电话 标记35人"},
            },
            calls=c(
                "me",
                (land, "", "呼入未接", t(10, 22, 8, 30), t(10, 22, 8, 32), t(10, 22, 8, 35)),
                (mob, "", "呼入未接", t(10, 21, 19, 0)),
                ("13908123364", "老汉", "呼入", t(10, 21, 18, 20)),
                (land, "", "呼入未接", t(10, 21, 15, 10), t(10, 21, 15, 12)),
                ("18982356610", "刘姐", "呼出", t(10, 21, 14, 0)),
            ),
        ),
        Screen(
            "Screenshot_20261022-120015.png",
            "guoguo24",
            "zhangdan24",
            t(10, 22, 12, 0, 15),
            extra={
                "platform": "闪借宝",
                "demanded_text": "3,960.00",
                "overdue": "已逾期 9 天",
                "battery": 70,
                "band": (150, 60, 200),
                "rows": [
                    ("借款金额", "3,000.00元"),
                    ("到账金额", "2,550.00元"),
                    ("审核费(已扣)", "450.00元"),
                    ("利息及违约金", "960.00元"),
                    ("借款日", "2026-09-06"),
                    ("到期日", "2026-10-13"),
                ],
            },
        ),
        Screen(
            "微信图片_20261022210044.jpg",
            "moye24",
            "qunliao24",
            t(10, 22, 21, 0, 44),
            title="罗家屋头(7)",
            extra={"style": "noon", "battery": 27, "carrier": "中国联通"},
            msgs=m(
                ("system", t(10, 22, 20, 0), "安信债管-陈专员 加入了群聊"),
                (
                    nick,
                    t(10, 22, 20, 1),
                    "各位好，罗建在闪借宝欠款叁仟玖佰陆拾元，已经逾期，麻烦家人转告他尽快处理。",
                ),
                ("幺妹", t(10, 22, 20, 5), "哥，这是啥子情况哦？"),
                ("老汉", t(10, 22, 20, 8), "你们是哪个？乱拉人进群，我要报警了哈"),
                (nick, t(10, 22, 20, 10), "报警也没用，欠钱还钱天经地义，明天不还我们就去他单位。"),
                ("me", t(10, 22, 20, 50), "爸你们莫管，我明天就还"),
            ),
        ),
        Screen(
            "mmexport1792769833402.jpg",
            "guoguo24",
            "weiliao24",
            t(10, 23, 23, 30),
            title=nick,
            extra={"style": "noon", "battery": 15},
            msgs=m(
                (
                    nick,
                    t(10, 22, 23, 18),
                    "罗建，今晚十二点前先还1500，不然明天早上你们单位门口见。",
                ),
                ("me", t(10, 23, 8, 30), "我今天发了工资就转"),
                (
                    nick,
                    t(10, 23, 15, 5),
                    "下午三点了钱呢？你再耍我，我就把你的借款截图发到你朋友圈。",
                ),
            ),
        ),
        Screen(
            "Screenshot_20261023-100009.png",
            "qinglan24",
            "haoma24",
            t(10, 23, 10, 0, 9),
            title=land,
            extra={"place": "四川 攀枝花 固话", "tag": "疑似催收 · 被标记87次", "battery": 66},
            calls=c(
                "me",
                (
                    land,
                    "",
                    "呼入未接",
                    t(10, 21, 15, 10),
                    t(10, 21, 15, 12),
                    t(10, 22, 8, 30),
                    t(10, 22, 8, 32),
                    t(10, 22, 8, 35),
                    t(10, 23, 9, 40),
                ),
            ),
        ),
        Screen(
            "Screenshot_2026-10-24-07-30-00-662_com.android.systemui.png",
            "qinglan24",
            "suoping24",
            t(10, 24, 7, 30),
            extra={"apps": {"幺妹": "微信"}, "battery": 92, "carrier": "中国联通"},
            msgs=m(
                (
                    sms,
                    t(10, 24, 7, 30),
                    "【安信债管】罗建先生，您的闪借宝欠款已逾期，今日将安排外访人员核实您的居住地址。",
                ),
                (mob, t(10, 24, 7, 25), "你再不接电话，我们就打给你们刘姐了。"),
                ("幺妹", t(10, 24, 7, 10), "哥，那些人又打电话给我了，你快点处理嘛"),
            ),
        ),
        Screen(
            "微信图片_20261024162012.jpg",
            "moye24",
            "weiliao24",
            t(10, 24, 16, 20, 12),
            title="刘姐",
            wrap="zhuanfa24",
            inner=inner,
            extra={"style": "noon", "battery": 58, "cut": 1, "carrier": "中国联通"},
            msgs=m(
                ("刘姐", t(10, 24, 16, 0), "小罗，我收到这些短信，你是不是借网贷了"),
                (
                    "刘姐",
                    t(10, 24, 16, 2),
                    "上班时间一直打我电话，我还要做事的，你自己跟他们说清楚。",
                ),
                ("me", t(10, 24, 16, 15), "刘姐对不起，给你添麻烦了"),
            ),
        ),
        Screen(
            "IMG_20261024_190233.jpg",
            "qinglan24",
            "hanjian24",
            t(10, 24, 19, 2, 33),
            extra={
                "size": (1080, 1440),
                "tilt": -3.0,
                "head": "攀枝花市东区人民法院",
                "title": "立 案 通 知",
                "body": [
                    "罗建：",
                    "原告安信债务管理有限公司诉你借款合同纠纷一案，本院已于2026年10月23日立案。",
                    "你欠款本息合计叁仟玖佰陆拾元，请于三日内联系0812-3369027处理，逾期本院将依法冻结你名下银行账户。",
                ],
                "sign": ["攀枝花市东区人民法院", "2026年10月23日"],
            },
        ),
        Screen(
            "Screenshot_20261025-214006.png",
            "qinglan24",
            "xinxiang24",
            t(10, 25, 21, 40, 6),
            extra={
                "style": "noon",
                "battery": 47,
                "carrier": "中国联通",
                "shown": {"1069015588": "闪借宝"},
            },
            msgs=m(
                (mob, t(10, 25, 21, 30), "莫躲了，你屋头地址我们晓得。"),
                (sms, t(10, 25, 19, 0), "【安信债管】罗建，外访人员已出发前往", "cut"),
                ("幺妹", t(10, 25, 12, 10), "哥你还了没得？"),
                ("1069015588", t(10, 24, 10, 0), "【闪借宝】您的账单已更新，登录", "cut"),
            ),
        ),
    ]
    return Case(
        "panzhihua",
        "18208125573",
        [mob, land, sms, nick],
        [("幺妹", "13551847720"), ("老汉", "13908123364"), ("刘姐", "18982356610")],
        {"amount": 3000.0, "received": 2550.0, "deducted": 450.0, "demanded": 3960.0},
        screens,
    )
