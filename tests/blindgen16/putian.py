"""Putian: a Windows-10-Mobile-like phone; Minnan wording, RCS grouped by minute, a long capture
with repeated bubbles at its seam, a brother's chat exported as a PDF-like page."""

from __future__ import annotations

from tests.blindgen16.model import Case, Screen, at, mine, ring, said

PHONE = "13860956702"
A, B, HUI = "19959418827", "0594-2687153", "金宝-阿辉"
MOTHER, BROTHER, ZHEN = (
    ("阿母", "13906942281"),
    ("弟弟", "18750862290"),
    ("同事阿珍", "15160538847"),
)


def _long() -> list:
    seam = [
        said(A, "03-18 12:11", "今晚八点前无转4200，阮就去汝公司门口等汝"),
        mine("03-18 12:30", "我先转1000好无", "周三 中午12:30"),
    ]
    return [
        said(A, "03-18 12:10", "阿强，汝同事阿珍电话阮已经拨过了，伊讲会劝汝", "周三 中午12:10"),
        *seam,
        *seam,  # the stitched capture repeats the last screenful's bubbles
        said(A, "03-18 12:34", "1000无够，上少3000，讲定就是讲定", "周三 中午12:34"),
        said(A, "03-19 09:02", "阿强，今仔日是最后期限，法务部已经准备材料了。", "周四 上午9:02"),
        said(A, "03-19 09:03", "汝自己想清楚，后果汝家己担。", "周四 上午9:03"),
    ]


def _screens() -> list[Screen]:
    wp = dict(skin="wp16")
    tag = "骚扰电话 · 福建莆田"
    return [
        Screen("wp_ss_20260316_0001.png", "bill16", captured=at("03-16 11:02"),
               title="还款计划", battery=90, net="4G", paras=[
                   "金宝贷", "借款本金 3000.00", "到手金额 2100.00", "审核费 900.00",
                   "逾期应还 4200.00", "到期日 2026-03-15"], **wp),
        Screen("wp_ss_20260317_0002.png", "rcs16", captured=at("03-17 23:40"), title=A,
               battery=55, net="4G", msgs=[
                   said(A, "03-17 23:20", "林志强，汝欠金宝贷的钱啥时候还？莫假无看见",
                        "周二 晚上11:20"),
                   said(A, "03-17 23:20", "今仔日无还，明仔载就去汝厝里揣汝阿母"),
                   mine("03-17 23:31", "后日还，拜托莫去找阮阿母", "周二 晚上11:31"),
                   said(A, "03-17 23:35", "后日？汝讲话算数无？骗阮就予汝好看👊",
                        "周二 晚上11:35"),
               ], **wp),
        Screen("wp_ss_20260318_0003.png", "calllog16", captured=at("03-18 07:50"),
               title="通话记录", battery=47, net="4G", calls=[
                   ring(B, "03-18 07:12", "07:12", 3, tag),
                   ring(A, "03-18 01:05", "01:05", 2, "福建莆田"),
                   ring(MOTHER[1], "03-17 19:30", "昨天 19:30", name=MOTHER[0], collector=False),
               ], **wp),
        Screen("wp_ss_20260318_0004.png", "calllog16", captured=at("03-18 07:51"),
               title="通话记录", battery=47, net="4G", calls=[
                   ring(A, "03-18 01:05", "01:05", 2, "福建莆田"),
                   ring(B, "03-17 22:40", "昨天 22:40", 2, tag),
                   ring(MOTHER[1], "03-17 19:30", "昨天 19:30", name=MOTHER[0], collector=False),
                   ring(A, "03-16 14:05", "3/16", 1, "福建莆田"),
               ], **wp),
        Screen("wp_ss_20260319_0005.png", "rcs16", captured=at("03-19 09:30"), title=A,
               battery=81, net="4G", long=True, msgs=_long(), **wp),
        Screen("微信图片_20260319114520.jpg", "sms16", "meego16", at("03-19 11:40"),
               owner=MOTHER[0], title=A, forwarded=True, battery=30, net="4G", msgs=[
                   said(A, "03-19 06:50", "阿姆，恁囝林志强欠钱无还，阮今日就去恁厝",
                        "03-19 06:50"),
                   said(A, "03-19 06:52", "伊若无还，恁厝大门阮会写字"),
                   mine("03-19 07:15", "我会叫伊还，毋通来", "03-19 07:15"),
               ]),
        Screen("微信图片_20260319203011.jpg", "export16", "oxygen16", at("03-19 20:25"),
               owner=BROTHER[0], title="与「金宝-阿辉」的聊天记录", forwarded=True, battery=70,
               msgs=[
                   said(HUI, "03-19 15:02", "你哥林志强欠我们金宝贷4200，你替他还也行，"
                        "不还我们天天找你", "2026-03-19 15:02:11"),
                   mine("03-19 15:10", "他欠的钱关我什么事", "2026-03-19 15:10:40"),
                   said(HUI, "03-19 15:12", "你们一家人住在城厢区，地址我们都有，自己掂量",
                        "2026-03-19 15:12:05"),
               ]),
        Screen("微信图片_20260320090312.jpg", "calllog16", "glass16", at("03-20 09:00"),
               owner=ZHEN[0], title="最近通话", forwarded=True, battery=88, calls=[
                   ring(B, "03-18 11:20", "星期三", 2, "骚扰电话"),
                   ring(A, "03-18 10:58", "星期三", 1, "福建莆田"),
               ]),
        Screen("wp_ss_20260320_0006.jpg", "idcard16", captured=at("03-20 10:30"), photo=True,
               paras=["居民身份证", "姓名 林志强", "性别 男  民族 汉", "出生 1988年7月21日",
                      "住址 福建省莆田市城厢区霞林街道学园南路9号",
                      "公民身份号码 350302198807210415"], **wp),
        Screen("wp_ss_20260320_0007.jpg", "letter16", captured=at("03-20 10:31"), photo=True,
               paras=["催告函", "林志强先生：",
                      "你于金宝贷平台借款3000.00元，至今逾期未还，现应还4200.00元。",
                      "请于2026年3月22日前一次性结清，否则我司将委托律师向莆田市城厢区人民法院"
                      "起诉，并将你的失信信息通报你所在单位及户籍所在地村委会。",
                      "金宝贷法务部", "2026年3月20日"], **wp),
    ]  # fmt: skip


def case() -> Case:
    return Case("putian", PHONE, [A, B, HUI], [MOTHER, BROTHER, ZHEN],
                {"amount": 3000, "received": 2100, "deducted": 900, "demanded": 4200},
                _screens())  # fmt: skip
