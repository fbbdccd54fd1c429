"""Yichang: an iOS-26-like glass phone; every call and message by day, every shot at night.

The only night-looking times are the status-bar clocks: the borrower screenshots after work.
"""

from __future__ import annotations

from tests.blindgen16.model import Case, Screen, at, mine, ring, said

PHONE = "18972681134"
A, B, FISH = "16574218830", "027-85561290", "宜享花-小鱼"
PLATFORM = "宜享花服务中心"
COUSIN, MANAGER = ("表姐", "15997613320"), ("陈经理", "13607178866")


def _screens() -> list[Screen]:
    gl = dict(skin="glass16")
    tag = "湖北武汉 · 疑似催收"
    return [
        Screen("IMG_20260309_233812.png", "bill16", captured=at("03-09 23:38"),
               title="借款详情", battery=23, paras=[
                   "宜享花", "借款金额 8000.00", "到账金额 5600.00", "平台服务费 2400.00",
                   "应还金额 9600.00", "借款日 2026-02-07  期限 30天"], **gl),
        Screen("IMG_20260310_231503.png", "sms16", captured=at("03-10 23:15"), title=A,
               battery=31, msgs=[
                   said(A, "03-10 09:05", "黄晓雯，宜享花欠款9600已逾期，今日下午5点前必须还 款，"
                        "否则启动通-讯-录联系程序。", "2026/3/10 上午9:05"),
                   said(A, "03-10 14:32", "yq了还不处理？txl我们这边已经导出来了，"
                        "你表姐电话是多少你心里清楚", "2026/3/10 下午2:32"),
                   mine("03-10 14:40", "能不能分期，我真的拿不出来"),
                   said(A, "03-10 16:58", "分期可以，先交2000展期费，今天到账才算数。",
                        "2026/3/10 下午4:58"),
               ], **gl),
        Screen("IMG_20260311_232240.png", "calllog16", captured=at("03-11 23:22"),
               title="最近通话", battery=18, calls=[
                   ring(B, "03-11 17:20", "17:20", 4, tag),
                   ring(A, "03-11 10:02", "10:02", 2, "湖北宜昌"),
                   ring(COUSIN[1], "03-10 20:15", "昨天", name=COUSIN[0], collector=False),
                   ring(B, "03-10 11:45", "昨天", 3, tag),
               ], **gl),
        Screen("IMG_20260311_232301.png", "calllog16", captured=at("03-11 23:23"),
               title="最近通话", battery=18, calls=[
                   ring(B, "03-10 11:45", "昨天", 3, tag),
                   ring(MANAGER[1], "03-10 09:30", "昨天", name=MANAGER[0], collector=False),
                   ring(A, "03-09 15:20", "星期一", 1, "湖北宜昌"),
                   ring(B, "03-09 10:11", "星期一", 1, tag),
               ], **gl),
        Screen("IMG_20260312_230915.png", "redbook16", captured=at("03-12 23:09"), title=FISH,
               battery=44, msgs=[
                   said(FISH, "03-11 13:20", "小姐姐，你的笔记我们都看过了，欠宜享花的钱打算"
                        "什么时候还？", "昨天 13:20"),
                   said(FISH, "03-11 13:21", "不还的话，我们在你评论区把你的借款记录发出来，"
                        "让大家都看看"),
                   mine("03-11 19:02", "你怎么找到我账号的", "昨天 19:02"),
                   said(FISH, "03-12 15:48", "你通讯录里一共187个人，我们挨个打过去也不费事🙂",
                        "15:48"),
               ], **gl),
        Screen("IMG_20260312_231655.png", "alipaycs16", captured=at("03-12 23:16"),
               title=PLATFORM, battery=40, msgs=[
                   said(PLATFORM, "03-12 08:00", "您的借款已逾期，应还金额9600.00元，请及时还款"
                        "以免影响信用。", "03-12 08:00", collector=False),
                   mine("03-12 12:10", "我要申请延期", "03-12 12:10"),
                   said(PLATFORM, "03-12 12:10", "已为您转接专员，请留意来电。", collector=False),
               ], **gl),
        Screen("微信图片_20260313083012.jpg", "sms16", "wp16", at("03-13 08:20"),
               owner=MANAGER[0], title=A, forwarded=True, battery=66, net="4G", msgs=[
                   said(A, "03-12 10:15", "你好，你同事黄晓雯在我司借款逾期，她填的紧急联系人"
                        "是你，麻烦转告她今天处理。", "星期四 10:15"),
                   said(A, "03-12 10:16", "如果她继续拖，我们只能发函到你们公司人事部。"),
                   mine("03-12 10:40", "我跟她不熟，别再发了", "星期四 10:40"),
               ]),
        Screen("微信图片_20260313200511.jpg", "detail16", "meego16", at("03-13 19:58"),
               owner=COUSIN[0], title="通话详单 2026年03月", forwarded=True, battery=52,
               net="4G", calls=[
                   ring(B, "03-12 11:02", "03-12 11:02:15|00:01:12", tag="被叫"),
                   ring(A, "03-12 09:40", "03-12 09:40:03|00:00:25", tag="被叫"),
                   ring(B, "03-11 16:30", "03-11 16:30:44|00:00:00", tag="未接"),
               ]),
        Screen("IMG_20260313_221018.jpg", "idcard16", captured=at("03-13 22:10"), photo=True,
               paras=["居民身份证", "姓名 黄晓雯", "性别 女  民族 土家",
                      "出生 1995年11月3日", "住址 湖北省宜昌市西陵区夷陵大道57号",
                      "公民身份号码 420502199511030626"], **gl),
        Screen("IMG_20260313_221240.jpg", "letter16", captured=at("03-13 22:12"), photo=True,
               paras=["立案通知书", "黄晓雯：",
                      "你涉嫌信用卡诈骗一案（宜享花借款9600.00元），经审查符合立案条件，"
                      "现已立案侦查。", "请于2026年3月16日前到案说明情况，逾期将依法采取强制措施。",
                      "宜昌市公安局经侦支队", "2026年3月13日"], **gl),
    ]  # fmt: skip


def case() -> Case:
    return Case("yichang", PHONE, [A, B, FISH], [COUSIN, MANAGER],
                {"amount": 8000, "received": 5600, "deducted": 2400, "demanded": 9600},
                _screens())  # fmt: skip
