"""辽宁锦州: 王海燕 and 易速借 on an iOS-17-like phone; a courier, a fake classmate, «还款提醒»."""

from __future__ import annotations

from tests.blindgen27.kit import calls, col, me, say, t
from tests.blindgen27.model import Case, Screen

SKIN = "ioslarge27"
COURIER = "17640813529"
MATE = "18841625307"
SAVED = "13304168852"  # saved in her phone as «还款提醒»
LAND = "0416-2835716"
NICK = "易速借-贷后李经理"
SIS, HUSBAND, ZHAO = "13704161288", "13898623174", "15566042219"


def case() -> Case:
    screens = [
        Screen(
            "IMG_4127.PNG", SKIN, "sms_inbox27", t("11-19 21:40"), "信息",
            msgs=[
                col(SAVED, "王海燕，今天是你最后的协商机会，再不", "11-19 21:12", name="还款提醒",
                    quote=False, kind="preview"),
                say("姐", "你手机咋一直占线，妈让你回个电话", "11-19 19:20"),
                col(MATE, "海燕，我是你高中同学小李，最近", "11-19 16:30", quote=False,
                    kind="preview"),
                col(COURIER, "您好，我是快递员小刘，您有一份", "11-19 10:05", quote=False,
                    kind="preview"),
            ],
        ),
        Screen(
            "IMG_4128.PNG", SKIN, "sms_thread27", t("11-19 10:20"), COURIER, "辽宁 锦州",
            msgs=[
                col(COURIER, "您好，我是快递员小刘，您有一份锦州市中级人民法院寄来的传票，需要本人"
                    "签收，请回电。", "11-19 10:05"),
                me("我没有什么法院的快递，你是谁？", "11-19 10:12"),
                col(COURIER, "别装了，易速借的6800今天不还，这份传票明天就送到你单位和你老公手里。",
                    "11-19 10:16"),
            ],
        ),
        Screen(
            "IMG_4131.PNG", SKIN, "sms_thread27", t("11-21 08:30"), MATE, "辽宁 锦州",
            msgs=[
                col(MATE, "海燕，我是你高中同学小李啊，好久不见，听说你最近手头紧？",
                    "11-19 16:30", quote=False),
                me("哪个小李？我不记得了。", "11-19 16:41"),
                col(MATE, "跟你说实话吧，我是易速借贷后的，你欠的5k拖了十多天了，"
                    "今天必须给个说法。",
                    "11-19 16:45"),
                col(MATE, "你们班群我已经进了，中午前不还款，我就把你的欠款截图发到你同学群里。",
                    "11-20 09:02"),
            ],
            extra={"time": "en"},
        ),
        Screen(
            "IMG_4133.PNG", SKIN, "sms_thread27", t("11-21 22:47"), "还款提醒", SAVED,
            msgs=[
                col(SAVED, "王海燕，今天是你最后的协商机会，再不联系我们，后果由你本人承担。",
                    "11-19 21:12"),
                col(SAVED, "你老公张强的电话我们已经有了，你想让他知道你在外面借钱是吧？",
                    "11-20 13:05"),
                col(SAVED, "今晚十点前处理陆仟捌佰，否则明天开始给你通讯录里每个人发催收短信。",
                    "11-21 20:30"),
                me("我明天先还两千行吗", "11-21 22:40"),
            ],
        ),
        Screen(
            "IMG_4134.PNG", SKIN, "numpage27", t("11-21 22:49"), "还款提醒", SAVED,
            calls=[
                calls(SAVED, "11-21", "14:20", collector=True),
                calls(SAVED, "11-20", "19:03", collector=True),
                calls(SAVED, "11-19", "11:30", collector=True, missed=False, tag="0分42秒"),
            ],
        ),
        Screen(
            "IMG_4135.PNG", SKIN, "calllog27", t("11-21 23:05"),
            calls=[
                calls(SAVED, "11-21", "14:20", name="还款提醒", collector=True, place="辽宁 锦州"),
                calls(LAND, "11-21", "11:48", "11:40", "11:32", collector=True, tag="疑似催收",
                      place="辽宁 锦州"),
                calls(SIS, "11-21", "09:15", name="姐", place="辽宁 锦州", missed=False),
                calls(COURIER, "11-20", "17:10", "16:58", collector=True,
                      tag="骚扰电话 标记37人", place="辽宁 锦州"),
                calls(SAVED, "11-20", "19:03", "18:55", name="还款提醒", collector=True,
                      place="辽宁 锦州"),
                calls(ZHAO, "11-20", "12:06", name="赵姐", place="辽宁 锦州", missed=False),
                calls(MATE, "11-19", "16:20", collector=True, place="辽宁 锦州"),
                calls(HUSBAND, "11-19", "12:00", name="老公", place="辽宁 锦州", missed=False),
            ],
        ),
        Screen(
            "mmexport1795161127311.jpg", SKIN, "xydm27", t("11-20 15:52"), NICK, wrap="lowres27",
            msgs=[
                col(NICK, "你是王海燕吧，闲鱼上卖电动车的这个，我是易速借贷后部的，你欠款的事该"
                    "解决了。", "11-20 15:32", name=NICK),
                col(NICK, "别以为换个平台我就找不到你，今天不回话，我就在你每个商品下面留言说你是"
                    "老赖。", "11-20 15:33", name=NICK),
                me("你们怎么找到这里来的？我会还的。", "11-20 15:50"),
            ],
            extra={"low": 720, "time": "md", "item": "九成新 雅迪电动车 自提", "price": "¥ 1350"},
        ),
        Screen(
            "IMG_4142.PNG", SKIN, "wxgroup27", t("11-21 11:32"), "锦州万达店群(23)",
            msgs=[
                col(NICK, "各位好，贵店员工王海燕在我司借款逾期未还，请大家转告她尽快还款，否则"
                    "我们会联系店长。", "11-21 11:02", name=NICK),
                say("赵姐", "这谁啊？谁把这人拉进来的？", "11-21 11:05", name="赵姐"),
                say("店长", "海燕你看一下，群里别弄这些，影响不好。", "11-21 11:06", name="店长"),
                say("赵姐", "海燕，那人刚才私聊我说'你同事不还钱你们都得负连带责任'，"
                    "这也太吓人了。",
                    "11-21 11:10", name="赵姐"),
                me("对不起大家，是我的问题，我马上处理，别理他。", "11-21 11:30"),
            ],
            extra={"group": True},
        ),
        Screen(
            "IMG_4145.JPG", SKIN, "notice27", t("11-21 17:40"), "律 师 函", wrap="photo27",
            lines=[
                "王海燕女士：",
                "本律师事务所接受易速借平台的委托，就你拖欠借款一事致函如下：",
                "你于2026年10月8日借款人民币5000元，约定2026年11月7日归还，至今分文未还。",
                "现要求你在本函送达之日起48小时内偿还全部欠款6800元，否则本所将依法向"
                "锦州市凌河区人民法院提起诉讼，并申请财产保全。",
                "经办人电话：0416-2835716",
                "辽宁恒信律师事务所",
            ],
            extra={"seal": "恒信律所"},
        ),
        Screen(
            "IMG_4146.PNG", SKIN, "bill27", t("11-21 23:10"), "易速借", wrap="banner27",
            lines=["借款金额|5,000.00元", "实际到账|4,250.00元", "服务费|750.00元",
                   "借款日|2026-10-08", "到期日|2026-11-07"],
            extra={"head": "待还金额(元)", "big": "6,800.00", "warn": "已逾期14天",
                   "banner": ("姐", "海燕你到底咋了，有人打电话问我要钱")},
        ),
    ]  # fmt: skip
    for s in screens:
        s.width, s.height = 1179, 2556
    return Case(
        "jinzhou",
        "15142698803",
        [COURIER, MATE, SAVED, LAND, NICK],
        [("姐", SIS), ("老公", HUSBAND), ("赵姐", ZHAO)],
        {"amount": 5000, "received": 4250, "deducted": 750, "demanded": 6800},
        screens,
    )
