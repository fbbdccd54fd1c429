"""包头: a factory fitter on an e-ink reader-like grey phone, 金橙贷, every act in the daytime.

The collectors call and write between 08:00 and 21:00 only; the one late hour visible is his
status-bar clock (23:12, 23:14). His wife's Coolpad-like phone forwards a shop-chat, a friend's
Sharp-like phone forwards a LINE-like chat; a 12381-style list, a voicemail, a fake 传票 photo.
"""
# ruff: noqa: E501 — whole messages and CSS rules stay on one line each (a CJK character
# counts double), so a quote can be read and checked as drawn.

from __future__ import annotations

from tests.blindgen7.model import Book, Case, Screen, status, t

COLLECTORS = ["18547716023", "15648290371", "金橙-法务李律师", "催收-阿杰", "售后-小陈"]
CONTACTS = [
    ("老婆", "15947260013"),
    ("弟弟", "13654728890"),
    ("车间主任", "18604726651"),
    ("老孟", ""),
]
B = Book(COLLECTORS)
C1, C2, LAWYER, JIE, CHEN = COLLECTORS


def _s(name: str, kind: str, at: str, app: str, skin: str = "eink", **kw) -> Screen:
    captured = t(at)
    style = kw.setdefault("style", "ampm" if skin == "sharp" else "24")
    kw.setdefault("dates", "slash")
    bar = ""
    if skin not in ("pc_wechat_own", "camera_own"):
        bar = status(captured, style, kw.pop("net", "4G"), kw.pop("battery", 70))
    return Screen(name, app, skin, kind, captured, status=bar, **kw)


def case() -> Case:
    inbox = (
        B.msg(C1, "11-24 20:40", "郭建军，最后给你一天时间，明天晚上八点前看不到钱…", kind="preview"),
        B.msg("弟弟", "11-24 19:10", "哥，有人给我发短信说你欠钱"),
        B.msg(C2, "11-23 10:20", "【法务部】郭建军，你的欠款已进入诉前调解…", kind="preview"),
        B.msg("10690711", "10-20 11:05", "【金橙贷】您申请的借款8000元已到账，实际到账6400元…",
              quote=False),
    )  # fmt: skip
    thread = (
        B.msg(C1, "11-19 09:30", "郭建军您好，您在金橙贷的借款已逾期，当前应还金额10960元，请于今日内还款，谢谢配合。",
              stamp=True),
        B.msg(C1, "11-21 15:22", "郭建军，你是不是觉得换个号就找不到你了？你车间主任的电话我们也有。", stamp=True),
        B.msg("me", "11-21 15:40", "我会还的，别打我单位"),
        B.msg(C1, "11-21 15:43", "会还是哪天还？给个准话，不给准话我们就去厂里门卫室等你下班。"),
        B.msg(C1, "11-24 20:40", "郭建军，最后给你一天时间，明天晚上八点前看不到钱，你老婆苏丽和你弟弟都会收到你的催款函。",
              stamp=True),
    )  # fmt: skip
    log = (
        B.call(C2, "11-24 18:32", 4, tag="疑似催收", place="内蒙古包头"),
        B.call("15947260013", "11-24 17:50", name="老婆", way="in"),
        B.call(C1, "11-23 10:05", 2, tag="骚扰电话", place="河北石家庄"),
        B.call("18604726651", "11-22 16:20", name="车间主任", way="in"),
        B.call(C2, "11-22 08:15", tag="疑似催收", place="内蒙古包头"),
        B.call(C1, "11-20 13:40", 3, tag="标记5次", place="河北石家庄"),
        B.call("13654728890", "11-19 20:10", name="弟弟", way="out"),
    )
    alerts = (
        B.call(C2, "11-25 08:12", tag="疑似催收"),
        B.call(C1, "11-25 08:05", tag="风险号码"),
    )
    wife = (
        B.msg(CHEN, "11-23 12:10", "苏女士您好，您丈夫郭建军在我司有一笔借款逾期未还，您作为家属请督促他尽快处理。",
              stamp=True),
        B.msg("me", "11-23 12:14", "你怎么知道我的淘宝号"),
        B.msg(CHEN, "11-23 12:18", "这个您就别管了，三天内不处理，我们会联系您单位核实您丈夫的情况。"),
    )  # fmt: skip
    friend = (
        B.msg(JIE, "11-22 18:55", "你是郭建军的朋友吧？帮忙带句话，他再躲着不出来，我们就把他的照片印成传单贴到你们小区。",
              stamp=True),
        B.msg("me", "11-22 18:58", "我跟他不熟"),
        B.msg(JIE, "11-22 19:02", "不熟还在他紧急联系人里？你告诉他，这事没完。"),
    )  # fmt: skip
    voice = (
        B.msg(C2, "11-24 18:33", "郭建军，我是金橙贷外访组的，明天上午带着材料去你们厂里找你领导谈谈，你准备一下。",
              kind="voice", secs=27),
    )  # fmt: skip
    summons = {
        "head": "传 票",
        "paras": [
            "案号：（2026）内0203民初字第1187号　案由：借款合同纠纷",
            "被传唤人：郭建军　工作单位：包头市某机械厂",
            "传唤事由：开庭审理　应到时间：2026年11月30日上午9时　应到处所：第三法庭",
            "注意事项：被传唤人无正当理由拒不到庭的，将依法缺席判决，并列入失信被执行人名单。",
        ],
        "sign": "包头市昆都仑区人民法院（印）",
    }
    bill = {
        "head": "金橙贷 · 我的借款",
        "big": "逾期应还 10,960.00",
        "rows": [
            ("借款金额", "8,000.00元"), ("实际到账", "6,400.00元"), ("风控审核费（已扣）", "1,600.00元"),
            ("借款期限", "30天"), ("借款日", "2026/10/20"), ("逾期罚息", "2,960.00元"),
        ],
    }  # fmt: skip
    desk = (
        B.msg(LAWYER, "11-23 15:50", "郭建军先生，本人系金橙贷合作律所律师，现正式通知您，若11月26日前仍未还款，"
              "我所将向包头市昆都仑区人民法院提起诉讼。", stamp=True),
        B.msg("me", "11-23 15:58", "你是哪个律所的？执业证号多少"),
        B.msg(LAWYER, "11-23 16:02", "这个你不需要知道，到时候法院的人会直接上门送达，你等着就行。"),
    )  # fmt: skip
    pc = ((LAWYER, "这个你不需要知道…", "16:02"), ("车间群", "[通知] 明天早班7点", "15:31"),
          ("老孟", "晚上喝酒不", "昨天"))  # fmt: skip
    screens = [
        _s("b01", "sms_list", "11-24 23:12", "sms_own", msgs=inbox, battery=18),
        _s("b02", "sms_thread", "11-24 23:14", "sms_own", msgs=thread, title=C1, battery=18),
        _s("b03", "call_log", "11-24 21:00", "dialer_own", calls=log, battery=25, dates="dash"),
        _s("b04", "alerts", "11-25 08:30", "fraud_alert", calls=alerts, battery=90),
        _s("b05", "shop", "11-23 12:40", "shop_chat", skin="coolpad", msgs=wife, title="金橙优品",
           owner="老婆", forwarded=True, info={"goods": "金橙优品 · 保温杯 500ml", "price": "¥29.00",
                                             "sub": CHEN}, battery=73),
        _s("b06", "chat", "11-22 19:30", "line_like", skin="sharp", msgs=friend, title=JIE,
           owner="老孟", forwarded=True, net="5G", battery=47),
        _s("b07", "voicemail", "11-25 09:00", "voicemail", msgs=voice, battery=88),
        _s("b08", "doc", "11-25 11:00", "doc_photo", skin="camera_own", info=summons, photo=True),
        _s("b09", "bill", "11-19 12:00", "loan_bill", info=bill, battery=64),
        _s("b10", "chat", "11-23 16:30", "weixin_pc", skin="pc_wechat_own", msgs=desk, title=LAWYER,
           side=pc),
    ]  # fmt: skip
    loan = {"amount": 8000, "received": 6400, "deducted": 1600, "demanded": 10960}
    return Case("baotou", "郭建军", "金橙贷", COLLECTORS, CONTACTS, loan, screens)
