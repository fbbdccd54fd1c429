"""常德: a 好享借 loan told by its 1069 SMS; an English call screener's log with Chinese names, a
QQ chat with 引用 replies, a 贷后 manager who posts @所有人 in the office group, an iMessage-like
thread on a colleague's phone, a grouped notification centre and a mail with a 催收函 attached."""

from __future__ import annotations

from tests.blindgen18.model import Call, Case, Msg, Screen, at, rang, said

PHONE = "18673621054"
MOB, LAND = "16507364482", "0736-7726 5310"
QQ, DING, MAIL = "湘A法务处理中心", "贷后王经理", "好享借法务中心"
BOSS, MOTHER, MATE = ("陈总", "13907366120"), ("妈妈", "15116872093"), ("小周", "18874630551")
ME = "honormagic18"


def _loan() -> Screen:
    msgs = [
        Msg(
            "好享借",
            "【好享借】您申请的借款8000元已放款，扣除平台服务费及担保费1760元，实际到账"
            "6240元，到期应还9600元，还款日3月10日。",
            at(1, "14:28"),
        )
    ]
    return Screen(
        "Screenshot_20260301_143012.png",
        ME,
        "dualsms18",
        "borrower",
        at(1, "14:30"),
        "10690736220",
        msgs=msgs,
        extra={"subtitle": "好享借"},
    )


def _log(name: str, rows: list[Call]) -> Screen:
    return Screen(name, ME, "truecall18", "borrower", at(12, "00:29"), "Call history", calls=rows)


def _logs() -> list[Screen]:
    spam, debt, place = "Spam · 催收", "Debt collector", "Changde, Hunan"
    a = [
        rang(MOB, at(12, "00:05"), 4, spam, place),
        Call("13907366120", at(11, "18:22"), name="陈总", missed=False),
        rang(LAND, at(11, "10:40"), 3, debt, place),
        rang(MOB, at(10, "23:31"), 2, spam, place),
        Call("15116872093", at(10, "20:02"), name="妈妈", missed=False),
    ]
    b = [
        rang(MOB, at(10, "23:31"), 2, spam, place),
        Call("15116872093", at(10, "20:02"), name="妈妈", missed=False),
        rang(LAND, at(10, "09:15"), 5, debt, place),
        rang(MOB, at(9, "13:48"), 1, spam, place),
    ]
    return [_log("Screenshot_20260312_002915.png", a), _log("Screenshot_20260312_002931.png", b)]


def _centre() -> Screen:
    msgs = [
        Msg("小周", "雨桐，有人在部门群里发你的事", at(12, "08:31"), card="钉钉"),
        said(
            MOB,
            "刘雨桐，你单位地址我们已经查到了，今天下午过去拜访你领导",
            at(12, "08:20"),
            card="信息",
        ),
        said(
            QQ,
            "你在QQ上也装看不见？好享借9600今天必须结清",
            at(11, "11:02"),
            card="QQ",
            kind="preview",
        ),
        Msg("好享借", "您的借款已逾期2天，请尽快还款以免影响信用", at(12, "08:00"), card="好享借"),
    ]
    return Screen(
        "Screenshot_20260312_083344.png",
        ME,
        "notif18",
        "borrower",
        at(12, "08:33"),
        "通知",
        msgs=msgs,
        extra={"cut": 11},
    )


def _qq() -> Screen:
    first = "你在QQ上也装看不见？好享借9600今天必须结清"
    mine = "我说了周五发工资就还"
    msgs = [
        said(QQ, first, at(11, "11:02")),
        Msg("me", mine, at(11, "11:10"), reply_to=f"引用 {QQ}：你在QQ上也装看不见？…"),
        said(
            QQ,
            "周五？你领导今天就会知道你是什么人",
            at(11, "11:12"),
            reply_to=f"引用 刘雨桐：{mine}",
        ),
        said(QQ, "你们公司钉钉群我们也进去了，自己看着办", at(11, "21:58")),
    ]
    return Screen(
        "Screenshot_20260312_091502.png",
        ME,
        "qqquote18",
        "borrower",
        at(12, "09:15"),
        QQ,
        msgs=msgs,
    )


def _office() -> Screen:
    msgs = [
        said(
            DING,
            "@所有人 贵司员工刘雨桐在好享借借款逾期，拒不还款，请各位同事转告她尽快处理。",
            at(12, "09:50"),
        ),
        Msg("小周", "这人谁拉进来的？", at(12, "09:52")),
        Msg("me", "我是她领导，有事走法律程序，别在工作群发", at(12, "09:55")),
        said(DING, "领导也有连带责任，今天不还我们明天去公司前台", at(12, "09:58")),
        Msg("", f"陈总 已将 {DING} 移出群聊", at(12, "10:05"), kind="sys"),
    ]
    return Screen(
        "微信图片_20260312101530.jpg",
        "goldlux18",
        "dingwork18",
        "陈总",
        at(12, "10:15"),
        "常德办公室全员群(23)",
        msgs=msgs,
        wrap="fwd18",
        forwarded=True,
        extra={"group": True},
    )


def _mate() -> Screen:
    shown = "165 0736 4482"
    msgs = [
        said(shown, "你是刘雨桐的同事吧，帮忙带句话，再不还钱后果自负", at(12, "17:45")),
        Msg("me", "我跟她不熟，别发了", at(12, "17:50")),
        said(shown, "不熟？那你们全组明天都会收到她的照片", at(12, "17:52")),
        Msg("me", "再发我就报警", at(12, "17:53")),
    ]
    return Screen(
        "微信图片_20260312183020.jpg",
        "iospale18",
        "imsg18",
        "小周",
        at(12, "18:30"),
        shown,
        msgs=msgs,
        wrap="fwd18",
        forwarded=True,
    )


def _mail() -> Screen:
    body = (
        "刘雨桐女士：您在我司的借款已严重逾期，现正式发出催收函，请于3月15日前还清9600元，"
        "否则将把您的材料移交第三方上门处理。"
    )
    return Screen(
        "Screenshot_20260313_221706.png",
        ME,
        "mailapp18",
        "borrower",
        at(13, "22:17"),
        "关于您逾期借款的催收函",
        msgs=[said(MAIL, body, at(13, "21:40"), kind="mail")],
        extra={"attach": "催收函_刘雨桐.pdf  236KB"},
    )


def _papers() -> list[Screen]:
    card = [
        "姓名 刘雨桐",
        "性别 女  民族 土家",
        "出生 1997年11月3日",
        "住址 湖南省常德市武陵区洞庭大道66号",
        "公民身份号码 430702199711030028",
    ]
    letter = [
        "催告函",
        "刘雨桐：",
        "你于好享借平台的借款已逾期，经多次催告仍未履行。现再次催告：限你于收到本函之日起三日内"
        "清偿全部欠款，否则本中心将依法向你户籍所在地法院起诉，由此产生的一切后果由你承担。",
        "湘楚债务调解中心  二〇二六年三月十三日",
    ]
    return [
        Screen(
            "IMG_20260313_090215.jpg",
            ME,
            "idcard18",
            "borrower",
            at(13, "09:02"),
            "",
            wrap="photo18",
            extra={"paras": card, "tilt": 4},
        ),
        Screen(
            "IMG_20260313_090248.jpg",
            ME,
            "forged18",
            "borrower",
            at(13, "09:02"),
            "",
            wrap="photo18",
            extra={"paras": letter, "seal": "调解中心", "tilt": -3},
        ),
    ]


def case() -> Case:
    screens = [_loan(), *_logs(), _centre(), _qq(), _office(), _mate(), *_papers(), _mail()]
    loan = {"amount": 8000, "received": 6240, "deducted": 1760, "demanded": 9600}
    return Case(
        "changde", "好享借", [MOB, LAND, QQ, DING, MAIL], [BOSS, MOTHER, MATE], loan, screens
    )
