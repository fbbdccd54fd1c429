"""德州: a Sailfish-like phone (sailfish10); 金橙分期's collector on a WhatsApp-like app, a 脉脉
DM to a colleague, a landline and a second caller on both SIMs, the shop's 京东-like service chat,
the mother's forwarded SMS thread and a forged 律师函 photo."""

from __future__ import annotations

from tests.blindgen10.model import Case, Screen, caller, speaker, t

SKIN = "sailfish10"
WA = "+86 186 5342 7719"
ZHOU = "金橙资产-周经理"
COLLECTORS = ["18653427719", ZHOU, "16521874402", "05342268471"]
CONTACTS = [("刘婷", "13705348826"), ("赵刚", "15953497730"), ("妈妈", "13954422163")]
LOAN = {"amount": 4000, "received": 2800, "deducted": 1200, "demanded": 5480}


def case() -> Case:
    say, row = speaker(COLLECTORS), caller(COLLECTORS)
    screens = [
        Screen("whatsapp", SKIN, "whatsapp10", t("03-21 23:30"), title=WA,
               extra={"seen": "last seen today at 11:14 pm", "battery": 19}, msgs=[
            say(WA, "孙丽娜，金橙分期的账你打算什么时候处理？", "03-20 10:02", stamp=True),
            say("me", "我现在真没钱，下个月发了工资再还好吗", "03-20 10:30"),
            say(WA, "下个月？yq都45天了，ni自己看着办", "03-20 10:31"),
            say(WA, "今晚12点前不hk，明天你单位和你老公都会收到你的欠款信息", "03-21 23:10",
                stamp=True),
            say(WA, "bie逼我们用特殊手段，到时候丢人的是你全家", "03-21 23:12"),
        ]),
        Screen("maimai", SKIN, "maimai10", t("03-22 10:02"), owner="刘婷", title=ZHOU,
               forwarded=True, extra={"company": "金橙资产管理有限公司", "role": "法务专员",
                                      "battery": 76, "net": "4G"}, msgs=[
            say(ZHOU, "您好，请问您是孙丽娜的同事刘婷吗？", "03-22 09:40", "dm", stamp=True),
            say(ZHOU, "孙丽娜在我司借款逾期未还，已进入法律程序，请转告她今天联系我们",
                "03-22 09:41", "dm"),
            say(ZHOU, "如果她继续失联，我们会联系贵公司人事部核实她的工作情况", "03-22 09:45",
                "dm"),
        ]),
        Screen("liuting", SKIN, "wxchat10", t("03-22 10:20"), title="刘婷",
               extra={"battery": 74}, msgs=[
            say("刘婷", "丽娜，脉脉上有个人给我发消息说你欠钱，我截图发你了", "03-22 10:05",
                stamp=True),
            say("刘婷", "", "03-22 10:05", "image"),
            say("me", "谢谢你婷姐，给你添麻烦了，别回他", "03-22 10:16"),
        ]),
        Screen("log_a", SKIN, "calllog10", t("03-22 13:40"), extra={"battery": 66}, calls=[
            row("16521874402", "03-22 13:30", 5, sim=2, place="山东济南 电信", tag="催收"),
            row("15953497730", "03-22 12:00", name="赵刚", missed=False, hd=True,
                place="山东德州 移动"),
            row("05342268471", "03-22 10:15", place="山东德州 固话"),
            row("16521874402", "03-21 22:40", 3, sim=2, place="山东济南 电信", tag="催收"),
            row("13954422163", "03-21 19:30", name="妈妈", missed=False, place="山东德州 移动"),
            row("05342268471", "03-21 11:05", 2, place="山东德州 固话"),
        ]),
        Screen("log_b", SKIN, "calllog10", t("03-22 18:05"), extra={"battery": 37},
               overlaps="log_a", calls=[
            row("16521874402", "03-22 17:48", 2, sim=2, hd=True, place="山东济南 电信",
                tag="催收"),
            row("13954422163", "03-22 16:10", name="妈妈", missed=False, place="山东德州 移动"),
            row("16521874402", "03-22 13:30", 5, sim=2, place="山东济南 电信", tag="催收"),
            row("15953497730", "03-22 12:00", name="赵刚", missed=False, hd=True,
                place="山东德州 移动"),
            row("05342268471", "03-22 10:15", place="山东德州 固话"),
        ]),
        Screen("kefu", SKIN, "jdkefu10", t("03-22 15:20"), title="金橙分期官方旗舰店",
               extra={"sub": "客服小橙 · 在线", "battery": 52}, msgs=[
            say("me", "你们的催收天天打我电话，还骚扰我同事，能不能先告诉我结清要多少？",
                "03-22 15:02", stamp=True),
            say("客服小橙", "亲，已为您查询：当前应还5,480.00元，含本金4,000.00元及逾期费用",
                "03-22 15:03"),
            say("me", "我实际只到账2,800，凭什么要还5,480", "03-22 15:10"),
            say("客服小橙", "亲亲，服务费1,200.00元在放款时已扣除，是合同约定的哦~ "
                "催收问题已为您登记反馈", "03-22 15:11"),
        ]),
        Screen("letter", SKIN, "lawyer10", t("03-22 20:10"), owner="赵刚", forwarded=True,
               extra={"head": "律 师 函", "no": "（2027）鲁正律函字第0317号", "to": "孙丽娜",
                      "body": ["受金橙分期委托，就你拖欠借款一事致函如下：你于2027年1月借款"
                               "人民币4,000元，逾期至今拒不归还，已涉嫌恶意逃废债务。",
                               "请于收函后24小时内还清全部欠款5,480元，否则本所将向你户籍所在地"
                               "法院提起诉讼，并将相关情况通报你的单位、亲属及居住地社区。"],
                      "sign": "山东正衡律师事务所", "date": "二〇二七年三月二十二日",
                      "seal": "正衡律师事务所 律师函专用章"}),
        Screen("husband", SKIN, "wxchat10", t("03-22 20:40"), title="赵刚",
               extra={"battery": 29}, msgs=[
            say("赵刚", "有人把一张律师函发到我微信上，说你欠钱不还，到底怎么回事？",
                "03-22 20:12", stamp=True),
            say("赵刚", "", "03-22 20:12", "image"),
            say("me", "老公对不起，是之前借的网贷，我已经在跟他们客服谈了", "03-22 20:31"),
            say("赵刚", "回家再说", "03-22 20:33"),
        ]),
        Screen("mom_sms", "skeuo10", "smsthread10", t("03-21 16:00"), owner="妈妈",
               title="16521874402", forwarded=True, extra={"place": "山东济南", "battery": 81},
               msgs=[
            say("16521874402", "阿姨您好，您女儿孙丽娜欠款不还，已经联系不上，请您督促她还款",
                "03-21 15:02", "sms", stamp=True),
            say("me", "你们别吓唬老人，我会跟她说", "03-21 15:11"),
            say("16521874402", "再不还我们就上门到你家，让左邻右舍都知道你女儿借钱不还",
                "03-21 15:20", "sms"),
        ]),
        Screen("bill", SKIN, "bill10", t("03-22 15:30"), title="金橙分期 · 账单详情",
               extra={"battery": 51, "loan": LOAN, "lent": "2027-01-05", "due": "2027-02-04",
                      "late": "46天", "fees": "1,480.00元"}),
    ]  # fmt: skip
    return Case("dezhou", "孙丽娜", "金橙分期", COLLECTORS, CONTACTS, LOAN, screens)
