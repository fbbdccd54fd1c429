"""荆州: 李婷 borrows from 花呗呗; a 河南-talking texter, a WeChat friend saved as 催收-勿接, a 400 line."""

# ruff: noqa: E501  (one story line or CSS rule a line reads better than a wrapped one)
from __future__ import annotations

from tests.blindgen17.kit import cut, mine, row, said, shot
from tests.blindgen17.model import Case

PHONE = "15972316608"
SMS = "16530928847"
REMARK = "催收-勿接"
HOTLINE = "400-887-6523"
DOUYIN = "荆楚调解中心"
PLATFORM = "10690217788"
SISTER = "13617165520"
PX = "PXL_%Y%m%d_%H%M%S.png"


def _screens() -> list:
    loan = shot(PX, "2026-02-20 14:02:09", "pixel9x17", "thread17", PLATFORM, batt="80%")
    loan.msgs = [said(PLATFORM, "【花呗呗】您申请的借款8000元已放款，扣除服务费1440元后实际到账6560元，"
                      "3月15日到期应还9600元，请按时还款以免影响信用。", "2026-02-20 14:01", "2月20日 下午 2:01")]  # fmt: skip
    inbox = shot(PX, "2026-03-17 07:52:30", "pixel9x17", "inbox17", "信息", batt="95%")
    inbox.msgs = [
        cut(SMS, "李婷恁弄啥嘞？花呗呗那账拖到今儿还不还，俺们", "2026-03-17 07:31", "5分钟前", True),
        cut("姐姐", "婷婷，有人打电话到我单位了，你", "2026-03-16 21:18", "昨天"),
        cut(PLATFORM, "【花呗呗】您的借款已逾期2天，应还金额9600元，请尽快", "2026-03-17 06:00", "06:00"),
    ]  # fmt: skip
    thread = shot(PX, "2026-03-17 07:55:12", "pixel9x17", "thread17", SMS, batt="95%")
    thread.msgs = [
        said(SMS, "李婷恁弄啥嘞？花呗呗那账拖到今儿还不还，俺们可不是吃素的", "2026-03-16 23:12", "周一 晚上11:12", True),
        said(SMS, "今天１２点前不还９６００，恁单位领导那儿俺们亲自去说道说道", "2026-03-17 07:31", "5分钟前", True),
        mine("我在想办法，给我三天", "2026-03-17 07:40"),
    ]  # fmt: skip
    wx = shot(PX, "2026-03-17 13:20:45", "pixel9x17", "wxchat17", REMARK, batt="61%", wrap="long17")
    wx.extra = {"seams": (1, 3)}
    wx.msgs = [
        said(REMARK, "李女士，你欠花呗呗的钱逾期了，别装看不见", "2026-03-16 10:03", "3-16 10:03", True),
        mine("知道了", "2026-03-16 10:20"),
        said(REMARK, "知道就赶紧还，拖一天多一天的罚息", "2026-03-16 10:22", "", True),
        said(REMARK, "你老公陈刚的电话俺们也打通了，他说不管你", "2026-03-16 22:47", "3-16 22:47", True),
        mine("你们别骚扰我家人", "2026-03-16 22:50"),
        said(REMARK, "中，那你今天下午三点前把9600转过来，一分不能少", "2026-03-17 12:58", "下午 12:58", True),
    ]  # fmt: skip
    dm = shot(PX, "2026-03-17 16:44:02", "pixel9x17", "douyin17", DOUYIN, batt="49%")
    dm.extra = {"sub": "消息请求"}
    dm.msgs = [
        said(DOUYIN, "李婷，你的视频俺们都看了，再不处理欠款就在你每条视频底下留言", "2026-03-17 16:30", "14分钟前", True),
        said(DOUYIN, "粉丝都会知道你欠钱不还，你看着办", "2026-03-17 16:31", "", True),
    ]  # fmt: skip
    log = shot(PX, "2026-03-17 20:10:33", "pixel9x17", "calls17", "最近通话", batt="38%")
    log.calls = [
        row(HOTLINE, "2026-03-17 19:55", "19:55", 4, tag="疑似催收 · 400号码", col=True),
        row(SISTER, "2026-03-17 18:02", "18:02", 1, name="姐姐", tag="湖北荆州", missed=False),
        row(SMS, "2026-03-17 08:14", "08:14", 2, tag="骚扰电话 · 河南周口", col=True),
        row(HOTLINE, "2026-03-16 23:40", "昨天", 3, tag="疑似催收 · 400号码", col=True),
    ]  # fmt: skip
    lock = shot(PX, "2026-03-18 06:48:00", "pixel9x17", "lock17", batt="87%")
    lock.extra = {"big": "6:48", "date": "3月18日 星期三", "apps": ["信息", "信息", "微信", "微信"]}
    lock.msgs = [
        said(SMS, "七点前不回话，恁通讯录俺们一个一个打", "2026-03-18 06:30", "18分钟前", True),
        cut(SMS, "李婷，俺们已经把恁的事发到恁家族群", "2026-03-18 06:41", "刚刚", True),
        cut(REMARK, "人呢？再装死试试", "2026-03-18 06:45", "3分钟前", True),
        cut("老公", "你那边咋回事，一早有人打我电话", "2026-03-18 06:47", "1分钟前"),
    ]  # fmt: skip
    sis = shot("微信图片_%Y%m%d%H%M%S.jpg", "2026-03-16 21:30:27", "shark17", "thread17", SMS,
               net="4G", batt="41%", owner="姐姐", forwarded=True, dark=True)  # fmt: skip
    sis.msgs = [
        said(SMS, "你是李婷她姐吧，她欠钱跑了，你替她还也中", "2026-03-16 20:55", "晚上 8:55", True),
        mine("她欠谁的钱？你们哪个公司", "2026-03-16 21:02"),
        said(SMS, "管那么多弄啥，明天不还就去恁单位找恁", "2026-03-16 21:10", "", True),
    ]  # fmt: skip
    letter = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-18 10:05:12", "pixel9x17", "letter17", "立案通知书"
    )
    letter.extra = {"seal": "荆州市经侦（伪）", "paras": [
        "李婷：", "你因恶意拖欠花呗呗借款9600元，涉嫌诈骗，", "现已立案调查，请于三日内主动到案说明情况，",
        "逾期将采取强制措施并通知你的亲属及单位。", "二〇二六年三月十八日"]}  # fmt: skip
    card = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-18 10:06:01", "pixel9x17", "idcard17", "居民身份证"
    )
    card.extra = {"paras": ["姓名  李婷", "性别  女    民族  汉", "出生  1997年11月3日",
                            "住址  湖北省荆州市沙市区北京路56号", "公民身份号码  421002199711034526"]}  # fmt: skip
    return [loan, inbox, thread, wx, dm, log, lock, sis, letter, card]


def case() -> Case:
    return Case(
        key="jingzhou",
        phone=PHONE,
        collectors=[SMS, REMARK, HOTLINE, DOUYIN],
        contacts=[("姐姐", SISTER), ("老公", "18671622394")],
        loan={"amount": 8000, "received": 6560, "deducted": 1440, "demanded": 9600},
        screens=_screens(),
    )
