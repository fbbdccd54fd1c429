"""新乡: a 速借宝 loan; a mobile and a landline call by night and day, a fake court's 106 SMS, and a
法务 who scans the family group's QR code. The mother forwards the SMS she got on her own phone."""

from __future__ import annotations

from tests.blindgen18.model import Call, Case, Msg, Screen, at, rang, said

PHONE = "13783561042"
MOB, LAND, COURT, QR = "17083926615", "0373-5086 2291", "10690573318", "法务-李专员"
MOTHER, SISTER = ("妈妈", "13937310258"), ("大姐", "15836620417")
ME = "miuiold18"


def _bill() -> Screen:
    lines = [
        "速借宝 · 借款详情",
        "借款金额 5000.00元",
        "实际到账 3650.00元",
        "服务费 1350.00元（放款时扣除）",
        "应还总额 6800.00元",
        "还款日 2026-03-09",
    ]
    return Screen(
        "Screenshot_20260302_101522.png",
        ME,
        "bill18",
        "borrower",
        at(2, "10:15"),
        "我的借款",
        extra={"lines": lines},
    )


def _log_a() -> Screen:
    calls = [
        rang(MOB, at(11, "23:02"), 3, "催收", "河南新乡"),
        Call("13937310258", at(11, "21:40"), name="妈妈", missed=False),
        rang(LAND, at(11, "14:20"), 2, "骚扰电话", "河南新乡"),
        rang(MOB, at(10, "22:47"), 2, "催收", "河南新乡"),
        Call("15836620417", at(10, "19:05"), name="大姐", missed=False),
        rang(LAND, at(10, "09:12"), 1, "骚扰电话", "河南新乡"),
    ]
    return Screen(
        "Screenshot_20260311_231405.png",
        ME,
        "calllog18",
        "borrower",
        at(11, "23:14"),
        "通话记录",
        calls=calls,
    )


def _log_b() -> Screen:
    calls = [
        rang(MOB, at(10, "22:47"), 2, "催收", "河南新乡"),
        Call("15836620417", at(10, "19:05"), name="大姐", missed=False),
        rang(LAND, at(10, "09:12"), 1, "骚扰电话", "河南新乡"),
        rang(MOB, at(9, "23:58"), 4, "催收", "河南新乡"),
        rang(LAND, at(9, "10:31"), 1, "骚扰电话", "河南新乡"),
    ]
    return Screen(
        "Screenshot_20260311_231422.png",
        ME,
        "calllog18",
        "borrower",
        at(11, "23:14"),
        "通话记录",
        calls=calls,
    )


def _inbox() -> Screen:
    msgs = [
        said(
            COURT,
            "【新乡市中级人民法院】你的借贷纠纷案已立案，请于24小时内处理",
            at(12, "07:58"),
            kind="preview",
        ),
        Msg(
            "12381",
            "【工信部反诈专班】您正在遭遇冒充催收的诈骗风险，请勿转账",
            at(11, "23:20"),
            kind="preview",
        ),
        said(
            MOB, "赵晓峰你别装死，今天不把钱打过来我们就找你全家", at(11, "23:05"), kind="preview"
        ),
        Msg("速借宝", "【速借宝】您的账单今日到期，请按时还款以免影响信用", at(9, "09:00")),
        Msg("妈妈", "峰峰，有人给我打电话说你欠钱，你快回个电话", at(11, "22:45"), kind="preview"),
    ]
    return Screen(
        "Screenshot_20260312_080511.png",
        ME,
        "smslist18",
        "borrower",
        at(12, "08:05"),
        "信息",
        msgs=msgs,
        extra={"cut": 13},
    )


def _thread() -> Screen:
    msgs = [
        said(
            MOB,
            "赵晓峰，速借宝的账已经逾期，今天之内还清6800，别让我们联系你家里人。",
            at(9, "23:55"),
            card="卡1",
        ),
        Msg("me", "我这个月工资还没发，能不能宽限几天", at(10, "08:10"), card="卡2"),
        said(MOB, "宽限？你借的时候怎么不说宽限", at(10, "08:16"), card="卡1"),
        said(MOB, "晚上十点前看不到钱，你通讯录我一个一个打", at(10, "08:16"), card="卡1"),
        said(MOB, "壹万贰的罚息单都给你算好了，明天再不处理就上门", at(11, "23:05"), card="卡1"),
        Msg("me", "我只借了五千，到手才三千六", at(11, "23:09"), card="卡2"),
    ]
    return Screen(
        "Screenshot_20260312_080533.png",
        ME,
        "dualsms18",
        "borrower",
        at(12, "08:05"),
        MOB,
        msgs=msgs,
        extra={"subtitle": "河南新乡 中国联通"},
    )


def _mother() -> Screen:
    msgs = [
        said(
            MOB,
            "阿姨你好，你儿子赵晓峰在我们平台借款逾期不还，你作为紧急联系人有义务督促他还款。",
            at(11, "22:31"),
        ),
        Msg("me", "你们是谁？我儿子的事你找他去", at(11, "22:35")),
        said(
            MOB,
            "他不接电话，那就只能你们家里替他还了，不然我们明天去你们小区贴告示",
            at(11, "22:40"),
        ),
        Msg("me", "再打我就报警了", at(11, "22:41")),
    ]
    return Screen(
        "微信图片_20260312091207.jpg",
        "emuifive18",
        "dualsms18",
        "妈妈",
        at(12, "09:10"),
        MOB,
        msgs=msgs,
        wrap="fwd18",
        forwarded=True,
    )


def _group() -> Screen:
    threat = said(QR, "不处理的话我们会把他的借款信息发到他单位群里", at(12, "09:34"), kind="voice")
    twelve = said(QR, "12k的账拖成这样，家里人脸上都没光吧", at(12, "12:15"))
    seam = Msg("", "", at(12, "12:15"), kind="seam")
    msgs = [
        Msg(
            "",
            f"\u201c{QR}\u201d通过扫描\u201c大姐\u201d分享的二维码加入群聊",
            at(12, "09:30"),
            kind="sys",
        ),
        said(
            QR,
            "各位家属好，我是速借宝法务部，赵晓峰欠款6800元已逾期三天，请家属督促他今天处理。",
            at(12, "09:31"),
        ),
        Msg("大姐", "你谁啊？谁让你进来的", at(12, "09:33")),
        threat,
        seam,
        threat,
        Msg("妈妈", "峰峰你到底借了多少钱", at(12, "09:40")),
        Msg("me", "妈你别管，我自己处理", at(12, "09:42")),
        twelve,
        seam,
        twelve,
        Msg("大姐", "已经截图了，准备报警", at(12, "12:20")),
        said(QR, "报警？欢迎，我们是合法催收", at(12, "20:31")),
    ]
    return Screen(
        "Screenshot_20260312_203318.png",
        ME,
        "famgroup18",
        "borrower",
        at(12, "20:33"),
        "赵家一家人(6)",
        msgs=msgs,
        wrap="long18",
        extra={"group": True, "secs": 7},
    )


def _papers() -> list[Screen]:
    card = [
        "姓名 赵晓峰",
        "性别 男  民族 汉",
        "出生 1994年7月21日",
        "住址 河南省新乡市红旗区平原路118号",
        "公民身份号码 410702199407210536",
    ]
    letter = [
        "律师函",
        "赵晓峰先生：",
        "受速借宝委托，就您借款逾期一事函告如下：请于2026年3月15日前清偿全部欠款6800元，"
        "逾期我所将向法院提起诉讼并申请强制执行。",
        "河南正衡律师事务所  2026年3月13日",
    ]
    return [
        Screen(
            "IMG_20260312_210044.jpg",
            ME,
            "idcard18",
            "borrower",
            at(12, "21:00"),
            "",
            wrap="photo18",
            extra={"paras": card, "tilt": -2},
        ),
        Screen(
            "IMG_20260313_101205.jpg",
            ME,
            "forged18",
            "borrower",
            at(13, "10:12"),
            "",
            wrap="photo18",
            extra={"paras": letter, "seal": "律师事务所"},
        ),
    ]


def _court() -> Screen:
    msgs = [
        said(
            COURT,
            "【新乡市中级人民法院】赵晓峰，你的借贷纠纷案已立案，请于24小时内处理，"
            "点击查看传票 t.cn/A6x9Kq2",
            at(12, "07:58"),
        ),
        said(
            COURT,
            "【新乡市中级人民法院】逾期未处理将列入失信被执行人名单，详情 t.cn/A6x9Kq2",
            at(13, "09:15"),
        ),
    ]
    return Screen(
        "Screenshot_20260313_102010.png",
        ME,
        "courtsms18",
        "borrower",
        at(13, "10:20"),
        COURT,
        msgs=msgs,
        extra={"subtitle": "服务号码"},
    )


def case() -> Case:
    screens = [_bill(), _log_a(), _log_b(), _inbox(), _thread(), _mother(), _group()]
    screens += [*_papers(), _court()]
    loan = {"amount": 5000, "received": 3650, "deducted": 1350, "demanded": 6800}
    return Case("xinxiang", "速借宝", [MOB, LAND, COURT, QR], [MOTHER, SISTER], loan, screens)
