"""烟台: 刘洋 borrows from 海贝借; a 天津-talking texter, a desk line, a fake courier and a work group."""

# ruff: noqa: E501  (one story line or CSS rule a line reads better than a wrapped one)
from __future__ import annotations

from tests.blindgen17.kit import mine, row, said, shot
from tests.blindgen17.model import Case

PHONE = "18765432019"
SMS = "15264578231"
DESK = "0535-8765-2210"
COURIER = "顺达快递-周师傅"
GROUPER = "债务协调员老孙"
PLATFORM = "1069088812345"
WU = "13589216734"
RM = "Screenshot_%Y-%m-%d-%H-%M-%S.png"


def _screens() -> list:
    tab = shot(
        RM, "2026-03-13 09:12:40", "droidtab17", "thread17", PLATFORM, net="WLAN", batt="64%"
    )
    tab.msgs = [
        said(PLATFORM, "【海贝借】尊敬的用户，您的借款6000元已发放，扣除服务费1080元，实际到账4920元，"
             "还款日3月12日，应还7500元。", "2026-03-01 16:20", "3-01 16:20"),
        said(PLATFORM, "【海贝借】您本期应还7500元已逾期，请及时还款以免影响信用。", "2026-03-13 09:00", "3-13 09:00"),
    ]  # fmt: skip
    block = shot(
        RM, "2026-03-14 22:36:18", "realmeui17", "block17", "骚扰拦截", net="5G", batt="29%"
    )
    block.msgs = [
        said(SMS, "刘洋你介叫嘛事儿？欠钱不还还拉黑，今儿晚上十二点前见不着钱有你好瞧的", "2026-03-14 22:20", "22:20", True),
        said("12381", "【工信部反诈专班】您可能正在遭受诈骗，请勿向陌生账户转账。", "2026-03-14 10:11", "10:11"),
        said(SMS, "别跟我这儿耍心眼，你家住哪儿倍儿清楚", "2026-03-13 23:05", "3-13 23:05", True),
    ]  # fmt: skip
    log_a = shot(RM, "2026-03-15 07:10:45", "realmeui17", "calls17", "拨号", batt="96%")
    log_a.calls = [
        row(DESK, "2026-03-15 06:52", "06:52", 3, tag="催收 · 山东烟台", col=True),
        row(SMS, "2026-03-14 23:40", "昨天 23:40", 6, tag="骚扰 · 山东青岛", col=True),
        row(WU, "2026-03-14 19:20", "昨天 19:20", 1, name="同事小吴", tag="山东烟台", missed=False),
        row(DESK, "2026-03-14 14:05", "昨天 14:05", 2, tag="催收 · 山东烟台", col=True),
    ]  # fmt: skip
    log_b = shot(
        RM, "2026-03-15 07:11:02", "realmeui17", "calls17", "拨号", batt="96%", wrap="mark17"
    )
    log_b.extra = {"ring": (60, 300)}
    log_b.calls = [
        row(WU, "2026-03-14 19:20", "昨天 19:20", 1, name="同事小吴", tag="山东烟台", missed=False),
        row(DESK, "2026-03-14 14:05", "昨天 14:05", 2, tag="催收 · 山东烟台", col=True),
        row(SMS, "2026-03-13 22:58", "3月13日", 4, tag="骚扰 · 山东青岛", col=True),
        row("13806381177", "2026-03-13 08:40", "3月13日", 1, name="妈", tag="山东烟台", missed=False),
    ]  # fmt: skip
    courier = shot(RM, "2026-03-15 11:18:37", "realmeui17", "express17", COURIER, batt="81%")
    courier.extra = {"sub": "派件员"}
    courier.msgs = [
        said(COURIER, "刘洋是吧，你有个件到了，是海贝借寄的催收函，签收一下", "2026-03-15 10:50", "10:50", True),
        mine("我没买东西", "2026-03-15 10:58"),
        said(COURIER, "别装了，欠的7500今天不还，下回就不是快递上门了，嘛意思你懂", "2026-03-15 11:02", "", True),
    ]  # fmt: skip
    ding = shot(RM, "2026-03-15 14:26:05", "realmeui17", "ding17", "王经理", batt="63%")
    ding.extra = {"sub": "DING"}
    ding.msgs = [
        said("王经理", "刘洋，前台说有人打电话到公司找你要账，下午来我办公室一趟", "2026-03-15 14:20", "14:20"),
        mine("好的王总，我马上过去解释", "2026-03-15 14:24"),
    ]  # fmt: skip
    group = shot("微信图片_%Y%m%d%H%M%S.jpg", "2026-03-15 15:40:09", "pixel9x17", "group17",
                 "市场部工作群(23)", batt="44%", owner="同事小吴", forwarded=True)  # fmt: skip
    group.msgs = [
        said("王经理", "下午三点例会，大家准时", "2026-03-15 13:30", "13:30"),
        said(GROUPER, "各位同事，刘洋借钱不还已逾期，人品如何大家心里有数，请转告他尽快还钱", "2026-03-15 15:12", "15:12", True),
        mine("这人谁拉进来的？", "2026-03-15 15:15"),
        said(GROUPER, "他今天不还，明天我们去你们公司前台等他", "2026-03-15 15:18", "", True),
        said("王经理", "群主把这人移出去", "2026-03-15 15:20"),
    ]  # fmt: skip
    thread = shot(RM, "2026-03-15 20:02:50", "realmeui17", "thread17", SMS, wrap="crop17")
    thread.msgs = [
        said(SMS, "刘洋你嘛呢？你同事都知道了，还不还", "2026-03-15 16:01", "下午 4:01", True),
        mine("月底一定还，别再找我同事", "2026-03-15 16:30"),
        said(SMS, "月底？你跟我这儿逗闷子呢，明儿就去你们公司", "2026-03-15 19:44", "晚上 7:44", True),
    ]  # fmt: skip
    letter = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-16 09:30:40", "realmeui17", "letter17", "上门催收通知"
    )
    letter.extra = {"seal": "海贝借风控中心", "paras": [
        "刘洋：", "你在海贝借的借款逾期，欠款7500元。", "我中心定于2026年3月18日派员到你户籍所在地",
        "及工作单位上门核实，请做好准备。", "海贝借风控中心  2026年3月16日"]}  # fmt: skip
    card = shot(
        "IMG_%Y%m%d_%H%M%S.jpg", "2026-03-16 09:31:15", "realmeui17", "idcard17", "居民身份证"
    )
    card.extra = {"paras": ["姓名  刘洋", "性别  男    民族  汉", "出生  1992年5月9日",
                            "住址  山东省烟台市芝罘区南大街121号", "公民身份号码  370602199205093015"]}  # fmt: skip
    return [tab, block, log_a, log_b, courier, ding, group, thread, letter, card]


def case() -> Case:
    return Case(
        key="yantai",
        phone=PHONE,
        collectors=[SMS, DESK, COURIER, GROUPER],
        contacts=[("同事小吴", WU), ("妈", "13806381177"), ("王经理", "13969512208")],
        loan={"amount": 6000, "received": 4920, "deducted": 1080, "demanded": 7500},
        screens=_screens(),
    )
