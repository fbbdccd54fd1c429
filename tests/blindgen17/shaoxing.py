"""绍兴: 陈建华 borrows from 越享花; all conduct by day, only a status clock reads like night.

Shorthand (yq, hk, sfz), ＊ and spaces inside words, 繁体 replies from a cousin in 澳门.
"""

# ruff: noqa: E501  (one story line or CSS rule a line reads better than a wrapped one)
from __future__ import annotations

from tests.blindgen17.kit import mine, row, said, shot
from tests.blindgen17.model import Case

PHONE = "13757539012"
SMS = "19157203368"
DESK = "0575-8812-3456"
WEIBO = "越州资产管理"
TOUTIAO = "还钱吧陈建华"
COUSIN = "+853 6621 4470"
ROBOT = "安心保智能客服"
SS = "S%y%m%d-%H%M%S.png"


def _screens() -> list:
    bill = shot(SS, "2026-03-02 09:41:55", "roundos17", "bill17", "我的借款", batt="77%")
    bill.extra = {"head": "已逾期 应还 ¥4380.00", "rows": [
        ("借款本金", "3600.00"), ("到账金额", "3060.00"), ("砍头息（已扣）", "540.00"),
        ("应还合计", "4380.00"), ("平台", "越享花")]}  # fmt: skip
    weibo = shot(SS, "2026-03-04 23:16:40", "roundos17", "weibo17", WEIBO, batt="18%")
    weibo.extra = {"sub": "陌生人私信"}
    weibo.msgs = [
        said(WEIBO, "陈建华，你在越享花的借款yq了，今天必须hk，别再躲了", "2026-03-04 10:26", "3-04 10:26", True),
        said(WEIBO, "你的sfz照片和通讯录都在我们这，不还就发到你微博粉丝群", "2026-03-04 10:28", "", True),
        mine("我下周发工资就还", "2026-03-04 12:10"),
    ]  # fmt: skip
    thread = shot(SS, "2026-03-05 23:42:08", "roundos17", "thread17", SMS, batt="12%", dark=True)
    thread.msgs = [
        said(SMS, "陈建华 你的 欠 款 再不处理，明天起 联 系 你 全 部 家 人", "2026-03-05 09:03", "周四 上午9:03", True),
        said(SMS, "别以为换号就没事，你老＊婆单位我们也知道", "2026-03-05 15:05", "下午 3:05", True),
        mine("你们再发我就报警了", "2026-03-05 15:20"),
        said(SMS, "报啊，欠钱还有理了？", "2026-03-05 15:22", "", True),
    ]  # fmt: skip
    log = shot(SS, "2026-03-06 23:20:31", "roundos17", "calls17", "通话记录", batt="9%")
    log.calls = [
        row(DESK, "2026-03-06 17:48", "17:48", 5, tag="骚扰电话 · 浙江绍兴", col=True),
        row(SMS, "2026-03-06 12:10", "12:10", 2, tag="标记：催收", col=True),
        row(COUSIN, "2026-03-06 11:02", "11:02", 1, name="表哥阿明", tag="澳门", missed=False),
        row(DESK, "2026-03-05 09:30", "3-05 09:30", 3, tag="骚扰电话 · 浙江绍兴", col=True),
    ]  # fmt: skip
    feed = shot(SS, "2026-03-07 13:05:16", "roundos17", "toutiao17", batt="54%", wrap="mark17")
    feed.extra = {"post": "绍兴柯桥老街今天的樱花开了，随手拍几张", "ring": (40, 250)}
    feed.msgs = [
        said("柯桥小吃货", "拍得真好看，哪个位置", "2026-03-07 12:40", "25分钟前"),
        said(TOUTIAO, "发帖的这位陈建华欠钱不还，借了越享花四千多装死，大家认准这张脸", "2026-03-07 12:51", "14分钟前", True),
        said("绍兴老孙", "楼上什么情况", "2026-03-07 12:58", "7分钟前"),
    ]  # fmt: skip
    cousin = shot("微信图片_%Y%m%d%H%M%S.jpg", "2026-03-06 19:12:44", "shark17", "thread17", SMS,
                  net="4G", batt="58%", owner="表哥阿明", forwarded=True)  # fmt: skip
    cousin.msgs = [
        said(SMS, "你是陈建华的表哥吧，他欠钱不还，麻烦转告他今天下午六点前还清", "2026-03-06 14:20", "Yesterday 14:20", True),
        mine("我唔識你哋係邊個，唔好再發嚟", "2026-03-06 14:35"),
        said(SMS, "不还的话他亲戚朋友每个人都会收到他的欠款信息", "2026-03-06 14:41", "", True),
        mine("我會叫佢自己處理", "2026-03-06 15:02"),
    ]  # fmt: skip
    robot = shot(SS, "2026-03-07 10:22:09", "roundos17", "insbot17", ROBOT, batt="83%")
    robot.msgs = [
        said(ROBOT, "您好，我是安心保智能客服小安，请问有什么可以帮您？", "2026-03-07 10:20", "10:20"),
        mine("我的意外险能不能退", "2026-03-07 10:21"),
        said(ROBOT, "退保请在我的保单页面操作，犹豫期内可全额退还保费。", "2026-03-07 10:21", ""),
    ]  # fmt: skip
    letter = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-08 09:10:27", "roundos17", "letter17", "催 告 函"
    )
    letter.extra = {"seal": "越州资产管理有限公司", "paras": [
        "陈建华先生：", "你于越享花平台借款逾期未还，现应还4380元。", "限你于2026年3月10日前结清，",
        "否则我司将上门走访你的户籍地、工作单位及紧急联系人。", "越州资产管理有限公司"]}  # fmt: skip
    card = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-08 09:12:03", "roundos17", "idcard17", "居民身份证"
    )
    card.extra = {"paras": ["姓名  陈建华", "性别  男    民族  汉", "出生  1990年2月14日",
                            "住址  浙江省绍兴市柯桥区笛扬路9号", "公民身份号码  330621199002146619"]}  # fmt: skip
    return [bill, weibo, thread, log, feed, cousin, robot, letter, card]


def case() -> Case:
    return Case(
        key="shaoxing",
        phone=PHONE,
        collectors=[SMS, DESK, WEIBO, TOUTIAO],
        contacts=[("表哥阿明", COUSIN)],
        loan={"amount": 3600, "received": 3060, "deducted": 540, "demanded": 4380},
        screens=_screens(),
    )
