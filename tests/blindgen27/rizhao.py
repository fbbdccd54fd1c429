"""山东日照: 李建国 and a seven-day 鑫e贷 loan on a Material-You-like phone; a «court clerk»."""

from __future__ import annotations

from tests.blindgen27.kit import calls, col, me, pic, say, t
from tests.blindgen27.model import Case, Screen

SKIN = "material27"
MOB = "19963370815"
MOB2 = "17806332149"
LAND = "0633-8217460"
SP = "9510 6288"
NICK = "东港法院-书记员刘"
DAD, WIFE, MATE, BOSS = "13906339418", "18263371025", "15206331876", "13793380264"


def case() -> Case:
    dad_sms = Screen(
        "inner", "flymeten27", "sms_thread27", t("12-05 09:58"), MOB2, "山东 日照", owner="爸",
        height=1150,
        msgs=[
            col(MOB2, "你是李建国他爹吧？你儿子欠钱不还，你当爹的管不管？", "12-05 09:30"),
            col(MOB2, "三天内不还清，俺们就组团去恁村里，让乡亲们都评评理。", "12-05 09:31"),
        ],
    )  # fmt: skip
    screens = [
        Screen(
            "Screenshot_20261201-203015.png", SKIN, "sms_thread27", t("12-01 20:30"), SP,
            "鑫e贷 官方",
            msgs=[
                col(SP, "【鑫e贷】李建国您好，您的借款3000.00元已逾期23天，应还4500.00元，请立即"
                    "还款，以免影响个人征信。", "12-01 09:00"),
                col(SP, "【鑫e贷】您的账单已委托第三方催收机构处理，我们将联系您的紧急联系人，请于"
                    "今日24点前还清。", "12-01 20:00"),
            ],
        ),
        Screen(
            "Screenshot_20261202-221802.png", SKIN, "sms_thread27", t("12-02 22:18"), MOB,
            "山东 日照",
            msgs=[
                col(MOB, "李建国，恁借的钱啥时候还？别跟俺打马虎眼，今天不还明天就上恁家去。",
                    "12-02 21:40"),
                col(MOB, "恁媳妇在哪上班俺都知道，要不要俺去她单位说道说道？", "12-02 21:52"),
                me("你别找我家里人，这周五发工资就还。", "12-02 22:10"),
                col(MOB, "周五？俺等不了，明天上午十点前先还4千5，少一分都不行。", "12-02 22:16"),
            ],
        ),
        Screen(
            "Screenshot_20261203-094512.png", SKIN, "qqchat27", t("12-03 09:45"), NICK,
            msgs=[
                col(NICK, "李建国，你因借款合同纠纷被鑫e贷起诉，案件已立案，请于今日12点前联系本"
                    "书记员调解。", "12-03 09:20", name=NICK),
                col(NICK, "如不配合调解，法院将依法冻结你名下银行卡和微信支付宝，并列入失信被执行人"
                    "名单。", "12-03 09:22", name=NICK),
                me("案号是多少？我要去法院核实。", "12-03 09:40"),
                col(NICK, "不用核实，你先把4500元打到调解账户，我这边给你撤案。", "12-03 09:44",
                    name=NICK),
            ],
        ),
        Screen(
            "Screenshot_20261204-131022.png", SKIN, "calllog27", t("12-04 13:10"),
            calls=[
                calls(MOB2, "12-04", "12:58", "12:50", "12:41", collector=True,
                      tag="疑似催收 标记58人", place="山东 日照"),
                calls(MOB, "12-04", "11:30", "11:02", collector=True, tag="骚扰电话",
                      place="山东 日照"),
                calls(LAND, "12-04", "09:15", "09:01", collector=True, tag="疑似催收",
                      place="山东 日照"),
                calls(WIFE, "12-04", "08:40", name="媳妇", place="山东 日照", missed=False),
                calls(MOB, "12-03", "20:10", collector=True, tag="骚扰电话", place="山东 日照"),
                calls(DAD, "12-03", "19:00", name="爸", place="山东 日照", missed=False),
                calls(MATE, "12-03", "12:15", name="老同学王磊", place="山东 日照", missed=False),
            ],
        ),
        Screen(
            "Screenshot_20261204-131540.png", SKIN, "numpage27", t("12-04 13:15"), LAND,
            "山东 日照 固话",
            calls=[
                calls(LAND, "12-04", "09:15", collector=True),
                calls(LAND, "12-04", "09:01", collector=True),
                calls(LAND, "12-02", "16:40", collector=True),
                calls(LAND, "12-01", "10:05", collector=True),
            ],
            extra={"tag": "疑似催收 · 31人标记"},
        ),
        Screen(
            "Screenshot_20261204-202033.png", SKIN, "dingchat27", t("12-04 20:20"), "孙班长",
            "二车间", wrap="float27",
            msgs=[
                say("孙班长", "建国，今天车间座机接了好几个找你的电话，说你欠钱不还，咋回事？",
                    "12-04 19:40", name="孙班长"),
                say("孙班长", "那人原话是'让李建国赶紧还钱，不然我们天天往你们厂里打'，主任已经"
                    "知道了。", "12-04 19:42", name="孙班长"),
                me("班长对不住，网贷的事，我尽快解决。", "12-04 20:15"),
            ],
            extra={"read": "未读", "float": ("媳妇", "你到底借了多少？晚上回来说清楚。")},
        ),
        Screen(
            "Screenshot_20261205-101245.png", SKIN, "wxgroup27", t("12-05 10:12"), "老李家(6)",
            inner=dad_sms,
            msgs=[
                say("爸", "建国，这是啥意思？有人给我发短信说你欠钱，还说要上门。", "12-05 10:02",
                    name="爸"),
                pic("爸", "12-05 10:03"),
                me("爸你别管，也别回他，我来处理。", "12-05 10:10"),
            ],
            extra={"group": True, "pic": 0.58},
        ),
        Screen(
            "Screenshot_20261206-071012.png", SKIN, "lock27", t("12-06 07:10"),
            msgs=[
                col(MOB, "起来了吧？今天是最后期限，俺们的人已经在恁小区门口了。", "12-06 07:08",
                    name=MOB),
                col(SP, "【鑫e贷】您的逾期账单已进入司法程序预审，请立即还款4500.00元。",
                    "12-06 06:40", name=SP),
            ],
            calls=[calls(LAND, "12-06", "06:55", collector=True)],
        ),
        Screen(
            "IMG_20261206_093344.jpg", SKIN, "notice27", t("12-06 09:33"), "传 票",
            wrap="photo27",
            lines=[
                "日照市东港区人民法院",
                "案由：借款合同纠纷　　被传唤人：李建国",
                "原告鑫e贷诉你借款合同纠纷一案，已经本院受理，",
                "限你于2026年12月8日前到本院调解室接受调解，逾期将依法缺席判决，并冻结你名下"
                "全部财产。",
                "书记员：刘　　联系电话：0633-8217460",
            ],
            extra={"seal": "东港法院"},
        ),
        Screen(
            "Screenshot_20261206-120044.png", SKIN, "bill27", t("12-06 12:00"), "鑫e贷",
            wrap="lowres27",
            lines=["借款金额|3,000.00元", "到账金额|2,400.00元", "服务费|600.00元",
                   "借款日期|2026-11-01", "到期日期|2026-11-08"],
            extra={"head": "应还总额(元)", "big": "4,500.00", "warn": "已逾期28天", "low": 600},
        ),
    ]  # fmt: skip
    return Case(
        "rizhao",
        "13563384127",
        [MOB, MOB2, LAND, SP, NICK],
        [("爸", DAD), ("媳妇", WIFE), ("老同学王磊", MATE), ("孙班长", BOSS)],
        {"amount": 3000, "received": 2400, "deducted": 600, "demanded": 4500},
        screens,
    )
