"""沧州: 王晓峰 borrows from 速享借; 东北-talking collectors text, call and reach his mother and family group."""

# ruff: noqa: E501  (one story line or CSS rule a line reads better than a wrapped one)
from __future__ import annotations

from tests.blindgen17.kit import mine, row, said, shot
from tests.blindgen17.model import Case

PHONE = "13831712345"
SMS = "17082451736"
DESK = "0317-8856-2014"
AGENT = "速享贷后-刘专员"
LEGAL = "速享法务部"
MOM = "13903171122"
SS = "Screenshot_%Y%m%d_%H%M%S.jpg"


def _screens() -> list:
    bill = shot(SS, "2026-03-03 10:15:22", "oneui717", "bill17", "借款详情", batt="91%")
    bill.extra = {"head": "本期待还 ¥6850.00", "rows": [
        ("借款金额", "5000.00元"), ("实际到账", "3800.00元"), ("服务费（放款时扣除）", "1200.00元"),
        ("应还总额", "6850.00元"), ("到期日", "2026-03-08"), ("借款平台", "速享借")]}  # fmt: skip
    thread = shot(SS, "2026-03-10 23:48:05", "oneui717", "thread17", SMS, batt="34%")
    thread.msgs = [
        said(SMS, "王晓峰你咋地，还整不明白是吧？速享借那6850今儿必须还上", "2026-03-09 22:41", "3月9日 晚上10:41", True),
        mine("我这两天凑，别打我家里人电话", "2026-03-09 22:50"),
        said(SMS, "凑啥凑，明儿中午不见钱，俺们就上你单位唠唠，让你们老板评评理", "2026-03-09 23:02", "", True),
        said(SMS, "你妈电话俺们都有，别逼俺们挨个儿打", "2026-03-10 23:31", "刚刚", True),
    ]  # fmt: skip
    log_a = shot(SS, "2026-03-11 08:02:41", "oneui717", "calls17", "电话", net="4G", batt="88%")
    log_a.calls = [
        row(DESK, "2026-03-11 07:40", "07:40", 3, tag="催收 · 河北沧州", col=True),
        row(SMS, "2026-03-10 23:15", "昨天 23:15", 2, tag="骚扰电话 · 北京", col=True),
        row(MOM, "2026-03-10 21:06", "昨天 21:06", 1, name="妈妈", tag="手机 · 河北沧州", missed=False),
        row(DESK, "2026-03-10 13:20", "昨天 13:20", 4, tag="催收 · 河北沧州", col=True),
    ]  # fmt: skip
    log_b = shot(SS, "2026-03-11 08:03:10", "oneui717", "calls17", "电话", net="4G", batt="88%")
    log_b.calls = [
        row(DESK, "2026-03-10 13:20", "昨天 13:20", 4, tag="催收 · 河北沧州", col=True),
        row(SMS, "2026-03-09 22:35", "3月9日 22:35", 5, tag="骚扰电话 · 北京", col=True),
        row("15133780917", "2026-03-09 18:12", "3月9日 18:12", 1, name="同事小秦", tag="手机", missed=False),
        row(DESK, "2026-03-09 10:05", "3月9日 10:05", 2, tag="催收 · 河北沧州", col=True),
    ]  # fmt: skip
    wework = shot(SS, "2026-03-10 12:30:44", "oneui717", "wework17", AGENT, dark=True, batt="52%")
    wework.extra = {"sub": "@微信"}
    wework.msgs = [
        said(AGENT, "您好王先生，您在速享借的借款已逾期2天，今日需结清6850元", "2026-03-10 09:12", "上午 9:12", True),
        mine("能不能先还一部分", "2026-03-10 09:30"),
        said(AGENT, "不接受部分还款。下午五点前不处理，通讯录里的人俺们挨个通知，丢人别怪俺们", "2026-03-10 09:34", "", True),
    ]  # fmt: skip
    mom = shot("微信图片_%Y%m%d%H%M%S.jpg", "2026-03-10 20:58:13", "realmeui17", "thread17", SMS,
               net="4G", batt="23%", owner="妈妈", forwarded=True)  # fmt: skip
    mom.msgs = [
        said(SMS, "大姨你好，你儿子王晓峰欠钱不还，人都找不着了，你当妈的管不管", "2026-03-10 19:40", "19:40", True),
        mine("你们是谁啊，我儿子咋了", "2026-03-10 19:52"),
        said(SMS, "俺们是速享借的，你让他今晚把钱还了，不然明天上门找你唠", "2026-03-10 20:01", "", True),
        mine("我让他联系你们，别吓唬人", "2026-03-10 20:05"),
    ]  # fmt: skip
    group = shot(SS, "2026-03-11 12:40:19", "oneui717", "group17", "老王家一家亲(9)", batt="71%")
    group.msgs = [
        said("二舅", "晓峰咋回事，群里这人谁啊", "2026-03-11 11:02", "11:02"),
        said(LEGAL, "各位家属好，王晓峰欠速享借6850元拒不还款，请家属督促其今天处理", "2026-03-11 11:05", "", True),
        said("妈妈", "晓峰快看一下", "2026-03-11 11:07"),
        said(LEGAL, "再不还就把他借钱的事发到他们公司群里，大家都别好过", "2026-03-11 11:20", "", True),
        mine("这是催收的，大家别理，把他踢了", "2026-03-11 11:22"),
    ]  # fmt: skip
    incoming = shot(SS, "2026-03-11 14:05:51", "oneui717", "callid17", batt="66%")
    incoming.extra = {"number": DESK, "tag": "标记为催收 2315人", "place": "河北沧州 固话"}
    letter = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-12 09:20:03", "oneui717", "letter17", "律 师 函"
    )
    letter.extra = {"seal": "冀诚律师事务所", "paras": [
        "致：王晓峰（身份证号130902********2817）", "受速享借委托，就你方借款逾期一事函告如下：",
        "请于收函后24小时内结清欠款陆仟捌佰伍拾元整，", "逾期将依法向你所在单位及户籍地送达起诉材料。",
        "冀诚律师事务所  二〇二六年三月十二日"]}  # fmt: skip
    card = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-12 09:24:40", "oneui717", "idcard17", "居民身份证"
    )
    card.extra = {"paras": ["姓名  王晓峰", "性别  男    民族  汉", "出生  1994年7月18日",
                            "住址  河北省沧州市运河区新华路18号", "公民身份号码  130902199407182817"]}  # fmt: skip
    return [bill, thread, log_a, log_b, wework, mom, group, incoming, letter, card]


def case() -> Case:
    return Case(
        key="cangzhou",
        phone=PHONE,
        collectors=[SMS, DESK, AGENT, LEGAL],
        contacts=[("妈妈", MOM), ("同事小秦", "15133780917"), ("二舅", "13722509164")],
        loan={"amount": 5000, "received": 3800, "deducted": 1200, "demanded": 6850},
        screens=_screens(),
    )
