"""浙江金华: 陈晓敏 and 融易花 on a Flyme-10-like phone; 官腔, a fake classmate, a brother's log."""

from __future__ import annotations

from tests.blindgen27.kit import calls, col, me, pic, say, t
from tests.blindgen27.model import Case, Screen

SKIN = "flymeten27"
MOB = "15372984016"
MATE = "18906792253"
LAND = "0579-82361470"
SP = "1069 8009 5533"
NICK = "融易花-调解中心陈主任"
MOM, BRO, BOSS = "13857912036", "18857990412", "13967985521"


def case() -> Case:
    brother_log = Screen(
        "inner", "ioslarge27", "calllog27", t("12-04 15:20"), owner="弟弟", width=1179,
        height=2556,
        calls=[
            calls(MOB, "12-04", "14:50", "14:32", "14:05", collector=True, place="浙江 金华"),
            calls(MOM, "12-04", "13:00", name="妈", place="浙江 金华", missed=False),
            calls(LAND, "12-04", "11:20", collector=True, place="浙江 金华"),
        ],
    )  # fmt: skip
    screens = [
        Screen(
            "Screenshot_2026-12-02-10-15-22.png", SKIN, "sms_inbox27", t("12-02 10:15"), "信息",
            msgs=[
                col(MATE, "晓敏，在吗？我是你初中同学阿芳呀，好久", "12-02 10:10", quote=False,
                    kind="preview"),
                col(SP, "【融易花】陈晓敏女士，您的借款已逾期7天", "12-02 09:00", quote=False,
                    kind="preview"),
                say("妈妈", "晓敏，晚上回家吃饭吗", "12-01 18:00"),
            ],
        ),
        Screen(
            "Screenshot_2026-12-02-10-20-41.png", SKIN, "sms_thread27", t("12-02 10:20"), SP,
            "融易花",
            msgs=[
                col(SP, "【融易花】陈晓敏女士，您的借款已逾期7天，应还金额13,600.00元，请尽快登录"
                    "APP还款，避免产生更多费用。", "12-02 09:00"),
                col(SP, "【融易花】因您长期失联，本平台将依据合同约定向您的紧急联系人及通讯录联系人"
                    "发送核实信息。", "12-02 09:01"),
            ],
        ),
        Screen(
            "Screenshot_2026-12-02-11-02-09.png", SKIN, "sms_thread27", t("12-02 11:02"), MATE,
            "浙江 金华",
            msgs=[
                col(MATE, "晓敏，在吗？我是你初中同学阿芳呀，好久没联系了，最近还好吗？",
                    "12-02 10:10", quote=False),
                me("阿芳？你哪个班的？", "12-02 10:30"),
                col(MATE, "实话告诉你，我是融易花委托的调解员，壹万叁仟陆佰今天不处理，你家里人都"
                    "会收到通知。", "12-02 10:52"),
                col(MATE, "我们已经联系了你弟弟，你自己想清楚，别让家人替你丢脸。", "12-02 10:55"),
            ],
        ),
        Screen(
            # Taken at night, but only the status-bar clock says so: every row is a daytime call.
            "Screenshot_2026-12-03-23-40-17.png", SKIN, "calllog27", t("12-03 23:40"),
            calls=[
                calls(LAND, "12-03", "14:20", "14:11", "13:58", "13:40", collector=True,
                      tag="疑似催收", place="浙江 金华"),
                calls(BRO, "12-03", "12:30", name="弟弟", place="浙江 金华", missed=False),
                calls(MOB, "12-03", "10:05", "09:50", collector=True, tag="骚扰电话 标记203人",
                      place="浙江 金华"),
                calls(MOM, "12-02", "19:40", name="妈妈", place="浙江 金华", missed=False),
                calls(MOB, "12-02", "16:05", "15:40", "15:12", collector=True,
                      tag="骚扰电话 标记203人", place="浙江 金华"),
                calls(MATE, "12-02", "10:40", collector=True, place="浙江 金华"),
            ],
        ),
        Screen(
            "Screenshot_2026-12-04-09-12-55.png", SKIN, "sms_thread27", t("12-04 09:12"), MOB,
            "浙江 金华 电信",
            msgs=[
                col(MOB, "陈晓敏，经我中心核实，你已恶意拖欠融易花借款，现通知你于今日下班前主动"
                    "联系处理。", "12-03 09:45"),
                col(MOB, "根据相关规定，逾期不处理将上报征信系统并启动诉讼程序，由此产生的一切后果"
                    "由你本人承担。", "12-03 16:20"),
                col(MOB, "你勿要再躲了，今朝再不还，下午就去你们公司找周经理谈谈。", "12-04 08:30"),
                me("我在想办法，能不能宽限几天", "12-04 09:10"),
            ],
        ),
        Screen(
            "Screenshot_2026-12-04-15-33-08.png", SKIN, "wxgroup27", t("12-04 15:33"),
            "陈家亲戚群(12)", inner=brother_log,
            msgs=[
                say("弟弟", "姐，这个号码今天给我打了三次，说你欠钱不还，还骂我。", "12-04 15:25",
                    name="弟弟"),
                pic("弟弟", "12-04 15:25"),
                say("弟弟", "他说'你姐不还钱，我们就去你学校找你'，我都不敢接了。", "12-04 15:27",
                    name="弟弟"),
                say("妈妈", "晓敏，到底欠了多少钱？跟妈说实话。", "12-04 15:30", name="妈妈"),
            ],
            extra={"group": True, "pic": 0.4},
        ),
        Screen(
            "Screenshot_2026-12-05-12-01-30.png", SKIN, "qqchat27", t("12-05 12:01"), NICK,
            wrap="banner27",
            msgs=[
                col(NICK, "陈女士你好，我是融易花调解中心陈主任，你的案件今天下午将转交"
                    "律师事务所。",
                    "12-05 11:20", name=NICK),
                col(NICK, "给你最后一个方案，今天先还5千，剩下8600分两期，不同意就按流程走。",
                    "12-05 11:21", name=NICK),
                me("我只能先还三千", "12-05 11:50"),
                col(NICK, "三千不够，下午三点前凑不到五千，我们就通知你们周经理和你所有同事。",
                    "12-05 11:58", name=NICK),
            ],
            extra={"banner": ("周经理", "小陈，你来我办公室一趟")},
        ),
        Screen(
            "Screenshot_2026-12-05-16-45-10.png", SKIN, "dingchat27", t("12-05 16:45"), "周经理",
            "市场部",
            msgs=[
                say("周经理", "小陈，公司座机今天接到三个电话，对方自称法院的，说要来公司送材料。",
                    "12-05 16:20", name="周经理"),
                say("周经理", "我不管你私人什么情况，别影响工作，这种电话再打到公司来你自己跟人事"
                    "解释。", "12-05 16:22", name="周经理"),
                me("周经理，对不起，我这两天就处理好。", "12-05 16:40"),
            ],
            extra={"read": "已读"},
        ),
        Screen(
            "IMG_20261206_110822.jpg", SKIN, "notice27", t("12-06 11:08"), "立案通知书",
            wrap="photo27",
            lines=[
                "金华市婺城区人民法院（诉前调解）",
                "陈晓敏：融易花诉你借款合同纠纷一案，本院已登记立案。",
                "你尚欠借款本息合计人民币13600元，限你于2026年12月9日前履行还款义务。",
                "逾期未履行的，本院将依法对你采取限制高消费措施，并通知你的工作单位协助执行。",
                "联系人：调解中心陈主任　0579-82361470",
            ],
            extra={"seal": "婺城法院"},
        ),
        Screen(
            "Screenshot_2026-12-06-20-05-44.png", SKIN, "bill27", t("12-06 14:30"), "融易花",
            wrap="gallery27",
            lines=["借款金额|10,000.00元", "到账金额|8,500.00元", "服务费|1,500.00元",
                   "借款日期|2026-10-25", "到期日期|2026-11-25"],
            extra={"head": "逾期应还(元)", "big": "13,600.00", "warn": "已逾期11天",
                   "viewer_clock": "20:05", "shot": "12月6日 14:30", "counter": "18/203"},
        ),
    ]  # fmt: skip
    return Case(
        "jinhua",
        "13757941620",
        [MOB, MATE, LAND, SP, NICK],
        [("妈妈", MOM), ("弟弟", BRO), ("周经理", BOSS)],
        {"amount": 10000, "received": 8500, "deducted": 1500, "demanded": 13600},
        screens,
    )
