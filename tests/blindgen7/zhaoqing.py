"""肇庆: a shop assistant on a Sharp-like Android (上午/下午 clock, 11-03 dates), 速享分期.

A long call-log capture, a 语音信箱 list with transcripts, a 来电录音 list sharing one call with
the log, a LINE-like chat with a nicknamed collector, her mother's e-ink phone forwarding an SMS
thread, an ID-card photo and the bill. Night calls at 01:12 and 23:40.
"""
# ruff: noqa: E501 — whole messages and CSS rules stay on one line each (a CJK character
# counts double), so a quote can be read and checked as drawn.

from __future__ import annotations

from dataclasses import replace

from tests.blindgen7.model import Book, Case, Screen, status, t

COLLECTORS = ["19142267705", "13226659018", "回款专员-Kevin"]
CONTACTS = [
    ("老公", "13602255871"),
    ("何主管", "13927780354"),
    ("妈妈", "13719063322"),
    ("小婷", ""),
]
B = Book(COLLECTORS)
C1, C2, KEVIN = COLLECTORS


def _s(name: str, kind: str, at: str, app: str, skin: str = "sharp", **kw) -> Screen:
    captured = t(at)
    style = kw.setdefault("style", "ampm" if skin == "sharp" else "24")
    kw.setdefault("dates", "dash")
    bar = (
        ""
        if kw.get("photo")
        else status(captured, style, kw.pop("net", "5G"), kw.pop("battery", 70))
    )
    return Screen(name, app, skin, kind, captured, status=bar, **kw)


def case() -> Case:
    thread = (
        B.msg(C1, "11-16 09:03", "梁美玲女士您好，这里是速享分期催收部，您的分期账单已逾期，请尽快登录APP处理，"
              "以免影响个人征信。", stamp=True),
        B.msg(C1, "11-18 22:26", "梁美玲你装死是吧？电话不接信息不回，明天我们的人直接去你公司前台等你。", stamp=True),
        B.msg("me", "11-18 22:31", "我下周一还一部分可以吗"),
        B.msg(C1, "11-18 22:35", "一部分？全额4860，少一分都不行，周一之前看不到钱就给你老公单位也打一圈。"),
        B.msg(C1, "11-20 21:09", "已经帮你申请了立案，法院那边的传票这两天就到，你自己看着办吧。", stamp=True),
    )  # fmt: skip
    answered = B.call(C2, "11-19 11:40", way="in", place="广东深圳")
    log = (
        B.call(C1, "11-20 01:12", 5, tag="疑似催收", place="广东深圳"),
        B.call(C2, "11-19 23:40", 2, tag="标记8次", place="广东深圳"),
        B.call("13602255871", "11-19 19:02", name="老公", way="in"),
        B.call(C1, "11-19 12:20", 3, tag="疑似催收", place="广东深圳"),
        answered,
        B.call("13927780354", "11-18 17:55", name="何主管", way="in"),
        B.call(C2, "11-18 10:03", tag="骚扰电话", place="广东深圳"),
        B.call("13719063322", "11-17 20:15", name="妈妈", way="out"),
        B.call(C1, "11-16 09:20", 2, tag="疑似催收", place="广东深圳"),
        B.call("13602255871", "11-15 18:30", name="老公", way="out"),
        B.call("95533", "11-14 10:02", way="in"),
        B.call("13719063322", "11-13 19:20", name="妈妈", way="in"),
        B.call("13927780354", "11-13 08:41", name="何主管", way="in"),
        B.call("13602255871", "11-12 21:16", 2, name="老公", way="out"),
        B.call("4008111111", "11-12 15:03", way="in", place="顺丰速运"),
        B.call("13719063322", "11-11 18:05", name="妈妈", way="out"),
        B.call("13602255871", "11-10 12:22", name="老公", way="in"),
        B.call("075822318800", "11-09 10:47", way="missed", tag="广告推销"),
        B.call("13927780354", "11-08 17:30", name="何主管", way="out"),
        B.call("13719063322", "11-07 20:02", name="妈妈", way="in"),
    )
    voice = (
        B.msg(C2, "11-20 23:02", "梁美玲，我是速享分期的外访专员，明天上午十点我们两个同事到你家楼下，你最好在家，"
              "别让邻居看笑话。", kind="voice", secs=38),
        B.msg(C1, "11-21 07:31", "再不回电话，你那些照片和欠款截图就挂到网上去，标题我都给你想好了。",
              kind="voice", secs=21),
    )  # fmt: skip
    voice = tuple(reversed(voice))  # the newest on top
    records = (
        B.call(C1, "11-20 16:05", way="in", secs=312),
        replace(answered, secs=95),
        B.call("13927780354", "11-18 17:55", name="何主管", way="in", secs=143),
    )
    line = (
        B.msg(KEVIN, "11-19 13:58", "梁小姐，我是速享分期回款专员Kevin，加你是给你最后一次协商机会，今天结清可以减免200元。",
              stamp=True),
        B.msg("me", "11-19 14:01", "我现在真的拿不出这么多"),
        B.msg(KEVIN, "11-19 14:06", "拿不出就找你老公拿，他电话我们有，公司地址也有，要不要我们替你开口？"),
        B.msg(KEVIN, "11-19 14:20", "给你半小时考虑，过时不候。"),
    )  # fmt: skip
    mother = (
        B.msg(C2, "11-19 19:48", "阿姨您好，您女儿梁美玲欠我司钱款已严重逾期，麻烦您转告她尽快还款，"
              "不然我们只能上门拜访您了。", stamp=True),
        B.msg("me", "11-19 19:55", "你们是什么人？我女儿不会乱借钱的"),
        B.msg(C2, "11-19 19:57", "不信您自己问她，老人家也别太操心，让她把钱还了大家都好过。"),
    )  # fmt: skip
    inbox = (
        B.msg(C1, "11-20 21:09", "已经帮你申请了立案，法院那边的传票这两天就到…", kind="preview"),
        B.msg("老公", "11-19 19:10", "怎么有人打电话到我单位？你晚上回来说清楚"),
        B.msg(C2, "11-19 11:52", "梁女士，刚才电话里说的你记清楚，今天…", kind="preview"),
        B.msg("10690588", "10-22 16:40", "【速享分期】您的借款3000元已审核通过并放款，到账2460元…",
              quote=False),
    )  # fmt: skip
    card = {
        "rows": [
            ("姓名", "梁美玲"), ("性别", "女　民族　汉"), ("出生", "1993年4月12日"),
            ("住址", "广东省肇庆市端州区星湖大道88号"), ("公民身份号码", "441202199304120028"),
        ]
    }  # fmt: skip
    bill = {
        "head": "速享分期 · 3期 · 第1期已逾期",
        "big": "待还 4,860.00",
        "rows": [
            ("借款本金", "3,000.00元"), ("到账金额", "2,460.00元"), ("担保服务费（已扣）", "540.00元"),
            ("放款日", "2026-10-22"), ("逾期费用", "1,860.00元"), ("当前应还", "4,860.00元"),
        ],
    }  # fmt: skip
    screens = [
        _s("z01", "sms_thread", "11-20 21:15", "sms_own", msgs=thread, title=C1, battery=35),
        _s("z02", "call_log", "11-20 07:40", "dialer_own", calls=log, tall=1.6, battery=80),
        _s("z03", "voicemail", "11-21 08:10", "voicemail", msgs=voice, battery=76),
        _s("z04", "recorder", "11-21 09:00", "recorder", calls=records, battery=72),
        _s("z05", "chat", "11-19 14:30", "line_like", msgs=line, title=KEVIN, battery=66),
        _s("z06", "sms_thread", "11-19 20:05", "sms_own", skin="eink", msgs=mother, title=C2,
           owner="妈妈", forwarded=True, net="4G", battery=52),
        _s("z07", "id", "11-17 10:00", "id_photo", skin="camera_own", info=card, photo=True),
        _s("z08", "bill", "11-18 12:30", "loan_bill", info=bill, battery=58),
        _s("z09", "sms_list", "11-21 08:30", "sms_own", msgs=inbox, battery=75),
    ]  # fmt: skip
    loan = {"amount": 3000, "received": 2460, "deducted": 540, "demanded": 4860}
    return Case("zhaoqing", "梁美玲", "速享分期", COLLECTORS, CONTACTS, loan, screens)
