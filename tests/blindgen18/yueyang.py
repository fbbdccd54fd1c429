"""岳阳: a 米来花 loan; every call and message in the day, while the clocks on several shots read
night. Sichuanese and Shanghainese lines, a 法务 who joins the relatives' group by QR code (on the
mother's iPhone-like phone), a colleague's iMessage-like thread, a fake court's 106 short link."""

from __future__ import annotations

from tests.blindgen18.model import Call, Case, Msg, Screen, at, rang, said

PHONE = "15973018826"
MOB, LAND, COURT, QR, MAIL = (
    "19918420367",
    "0730-8261 7705",
    "10659024478",
    "米来花催收部-张律",
    "米来花贷后管理部",
)
MOTHER, MATE, UNCLE = ("妈妈", "13807302645"), ("王姐", "18907308812"), ("舅舅", "13975022716")
ME = "emuifive18"


def _loan() -> Screen:
    msgs = [
        Msg(
            "米来花",
            "【米来花】尊敬的用户，您的借款10000元已发放，扣除会员费2400元，到账7600元，"
            "到期应还12000元。",
            at(3, "09:41"),
        )
    ]
    return Screen(
        "Screenshot_20260303_094410.png",
        ME,
        "dualsms18",
        "borrower",
        at(3, "09:44"),
        "10690730118",
        msgs=msgs,
        extra={"subtitle": "米来花"},
    )


def _logs() -> list[Screen]:
    a = [
        rang(MOB, at(12, "20:40"), 3, "催收", "四川成都"),
        rang(LAND, at(12, "11:05"), 2, "骚扰电话", "湖南岳阳"),
        Call("13807302645", at(12, "10:30"), name="妈妈", missed=False),
        rang(MOB, at(11, "18:10"), 2, "催收", "四川成都"),
    ]
    b = [
        Call("13807302645", at(12, "10:30"), name="妈妈", missed=False),
        rang(MOB, at(11, "18:10"), 2, "催收", "四川成都"),
        rang(LAND, at(11, "09:20"), 1, "骚扰电话", "湖南岳阳"),
        Call("18907308812", at(10, "15:00"), name="王姐", missed=False),
        rang(MOB, at(10, "08:15"), 4, "催收", "四川成都"),
    ]
    return [
        Screen(
            "Screenshot_20260312_234015.png",
            ME,
            "calllog18",
            "borrower",
            at(12, "23:40"),
            "通话记录",
            calls=a,
        ),
        Screen(
            "Screenshot_20260312_234030.png",
            ME,
            "calllog18",
            "borrower",
            at(12, "23:40"),
            "通话记录",
            calls=b,
        ),
    ]


def _relatives() -> Screen:
    msgs = [
        Msg("", f"\u201c{QR}\u201d通过扫描二维码加入群聊", at(12, "14:00"), kind="sys"),
        said(
            QR,
            "各位亲戚好，彭思琪在米来花借款壹万贰逾期未还，请大家转告她尽快联系我。",
            at(12, "14:02"),
        ),
        Msg("舅舅", "什么人乱进群的", at(12, "14:05")),
        said(QR, "侬帮帮忙，叫伊快点还钞票，勿要拖了", at(12, "14:06"), kind="voice"),
        Msg("me", "我女儿的事我们会处理，请你出去", at(12, "14:10")),
        said(QR, "阿姨，不是我们为难你，是她自己不还", at(12, "14:12")),
    ]
    return Screen(
        "微信图片_20260313075520.jpg",
        "iospale18",
        "famgroup18",
        "妈妈",
        at(13, "07:55"),
        "彭家亲戚群(8)",
        msgs=msgs,
        wrap="fwd18",
        forwarded=True,
        extra={"group": True, "secs": 5},
    )


def _mate() -> Screen:
    shown = "199 1842 0367"
    msgs = [
        said(shown, "王女士你好，你同事彭思琪欠款不还，麻烦转告她今天之内处理", at(12, "18:20")),
        Msg("me", "我不认识你，不要再发了", at(12, "18:25")),
        said(shown, "你不转告的话，明天你也会接到我们电话", at(12, "18:27")),
        Msg("me", "已经截图了", at(12, "18:30")),
    ]
    return Screen(
        "微信图片_20260312190233.jpg",
        "iospale18",
        "imsg18",
        "王姐",
        at(12, "19:02"),
        shown,
        msgs=msgs,
        wrap="fwd18",
        forwarded=True,
    )


def _centre() -> Screen:
    msgs = [
        Msg("妈妈", "琪琪，有人进了亲戚群说你欠钱", at(12, "21:00"), card="微信"),
        said(
            MOB,
            "彭思琪你莫装嘛，钱到底还不还？明天我们就打你老汉电话",
            at(12, "20:41"),
            card="信息",
        ),
        said(
            COURT,
            "【岳阳市岳阳楼区人民法院】彭思琪涉嫌恶意逃废债务，案件已受理",
            at(12, "16:30"),
            card="信息",
            kind="preview",
        ),
        Msg("米来花", "您的账单已逾期3天，请尽快还款以免影响信用", at(12, "09:00"), card="米来花"),
    ]
    return Screen(
        "Screenshot_20260313_000512.png",
        ME,
        "notif18",
        "borrower",
        at(13, "00:05"),
        "通知",
        msgs=msgs,
        extra={"cut": 16},
    )


def _court() -> Screen:
    msgs = [
        said(
            COURT,
            "【岳阳市岳阳楼区人民法院】彭思琪涉嫌恶意逃废债务，案件已受理，请点击查看 "
            "t.cn/A6rT5wQ 并于三日内履行还款义务。",
            at(12, "16:30"),
        )
    ]
    return Screen(
        "Screenshot_20260313_000540.png",
        ME,
        "courtsms18",
        "borrower",
        at(13, "00:05"),
        COURT,
        msgs=msgs,
        extra={"subtitle": "服务号码"},
    )


def _mail() -> Screen:
    body = (
        "彭思琪：你的欠款12000元已逾期，附件为催收函，请于今日18点前还清，"
        "否则我司将启动上门催收程序。"
    )
    return Screen(
        "Screenshot_20260313_223010.png",
        ME,
        "mailapp18",
        "borrower",
        at(13, "22:30"),
        "催收函",
        msgs=[said(MAIL, body, at(13, "10:15"), kind="mail")],
        extra={"attach": "催收函.pdf  318KB"},
    )


def _papers() -> list[Screen]:
    card = [
        "姓名 彭思琪",
        "性别 女  民族 汉",
        "出生 1996年5月9日",
        "住址 湖南省岳阳市岳阳楼区巴陵中路210号",
        "公民身份号码 430602199605090043",
    ]
    letter = [
        "法律文书送达通知",
        "彭思琪：",
        "你在米来花平台的借款合同纠纷已进入诉前程序，本通知视为已送达。请于2026年3月16日前"
        "一次性结清欠款12000元，否则将依法冻结你的微信、支付宝及银行账户。",
        "岳阳楼区诉前调解室  2026年3月13日",
    ]
    return [
        Screen(
            "IMG_20260313_223502.jpg",
            ME,
            "idcard18",
            "borrower",
            at(13, "22:35"),
            "",
            wrap="photo18",
            extra={"paras": card, "tilt": -4},
        ),
        Screen(
            "IMG_20260313_223530.jpg",
            ME,
            "forged18",
            "borrower",
            at(13, "22:35"),
            "",
            wrap="photo18",
            extra={"paras": letter, "seal": "调解室", "tilt": 2},
        ),
    ]


def case() -> Case:
    screens = [_loan(), *_logs(), _mate(), _relatives(), _centre(), _court(), _mail(), *_papers()]
    screens.sort(key=lambda s: s.captured)
    loan = {"amount": 10000, "received": 7600, "deducted": 2400, "demanded": 12000}
    collectors = [MOB, LAND, COURT, QR, MAIL]
    return Case("yueyang", "米来花", collectors, [MOTHER, MATE, UNCLE], loan, screens)
