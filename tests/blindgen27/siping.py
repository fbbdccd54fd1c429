"""吉林四平: 孙立伟 and 金猫花 on a HarmonyOS-4-like dark phone; harassed across 1 December."""

from __future__ import annotations

from tests.blindgen27.kit import calls, col, me, pic, say, t
from tests.blindgen27.model import Case, Screen

SKIN = "harmonydark27"
MOB = "15804349276"
LAND = "0434-3261087"
SP = "1069 0286 5531"
NICK = "金猫花法务-王专员"
MOM, AUNT, LIU = "13504342215", "13069508871", "18643419920"


def case() -> Case:
    aunt_sms = Screen(
        "inner", "material27", "sms_thread27", t("12-02 18:19"), MOB, "吉林 四平", owner="二姑",
        height=1150,
        msgs=[
            col(MOB, "你是孙立伟二姑吧，你侄子欠钱不还，你劝劝他，不然我天天给你打。",
                "12-02 17:48"),
            col(MOB, "告诉他，再不还钱我们就上门去他单位，让他领导都知道。", "12-02 17:50"),
        ],
    )  # fmt: skip
    screens = [
        Screen(
            "Screenshot_20261128-213302.png", SKIN, "sms_thread27", t("11-28 21:33"), MOB,
            "吉林 四平 移动",
            msgs=[
                col(MOB, "孙立伟你金猫花的8000块逾期九天了，今天必须处理，别跟我整那些没用的。",
                    "11-28 19:05"),
                col(MOB, "不还是吧？明天开始给你通讯录挨个打电话，你妈你二姑都跑不了。",
                    "11-28 19:06"),
                me("我这个月工资还没发，下周一定还。", "11-28 21:30"),
                col(MOB, "下周？你寻思啥呢，今晚十二点前不转账就等着上门吧。", "11-28 21:32"),
            ],
        ),
        Screen(
            "Screenshot_20261129-080511.png", SKIN, "sms_thread27", t("11-29 08:05"), SP,
            "通知信息", wrap="lowres27",
            msgs=[
                col(SP, "【金猫花】孙立伟先生，您在我平台的借款8000.00元已逾期9天，当前应还"
                    "11200.00元，请于今日18点前还清，逾期将移交第三方处理。", "11-28 10:00"),
                col(SP, "【金猫花】您的欠款已转交贷后部门，我司将依法联系您预留的紧急联系人及"
                    "通讯录人员核实情况，请勿自误。", "11-29 08:00"),
            ],
            extra={"low": 640},
        ),
        Screen(
            "Screenshot_20261130-231840.png", SKIN, "calllog27", t("11-30 23:18"),
            calls=[
                calls(LAND, "11-30", "22:41", "22:30", "22:12", collector=True, tag="疑似催收",
                      place="吉林 四平"),
                calls(MOB, "11-30", "21:06", "21:03", collector=True, tag="骚扰电话 标记126人",
                      place="吉林 四平"),
                calls(AUNT, "11-30", "20:15", name="二姑", place="吉林 四平", missed=False),
                calls(MOM, "11-30", "19:47", name="妈", place="吉林 四平", missed=False),
                calls(MOB, "11-29", "13:20", "13:12", "12:58", "12:41", collector=True,
                      tag="骚扰电话 标记126人", place="吉林 四平"),
            ],
        ),
        Screen(
            "Screenshot_20261201-090212.png", SKIN, "numpage27", t("12-01 09:02"), MOB,
            "吉林 四平 移动",
            calls=[
                calls(MOB, "12-01", "08:50", collector=True),
                calls(MOB, "11-30", "21:06", collector=True),
                calls(MOB, "11-30", "21:03", collector=True),
            ],
            extra={"tag": "骚扰电话 · 126人标记"},
        ),
        Screen(
            "Screenshot_20261202-221005.png", SKIN, "qqchat27", t("12-02 22:10"), NICK,
            msgs=[
                col(NICK, "你好，我是金猫花法务部王专员，你的案件已进入诉前调解阶段，请正面回复。",
                    "11-29 22:02", name=NICK),
                col(NICK, "限你48小时内结清11200元，否则我方将向你户籍所在地法院提起诉讼并申请"
                    "强制执行。", "11-29 22:03", name=NICK),
                me("我在凑钱，能不能先还一部分", "12-01 10:15"),
                col(NICK, "可以先还伍仟，剩下的月底前结清，今天下午五点前给我截图。",
                    "12-01 10:40", name=NICK),
                col(NICK, "钱呢？你电话也不接，明天我们的人去你单位找你领导聊聊。", "12-02 21:55",
                    name=NICK),
            ],
            extra={"time": "cn12"},
        ),
        Screen(
            "Screenshot_20261202-193044.png", SKIN, "wxgroup27", t("12-02 19:30"), "老孙家(9)",
            inner=aunt_sms,
            msgs=[
                say("二姑", "立伟，今天有个男的给我打电话，说你借钱不还，还骂人，咋回事啊？",
                    "12-02 18:20", name="二姑"),
                say("二姑", "他说'再不还就上门'，还要把你照片发到群里，你到底欠了多少？",
                    "12-02 18:22", name="二姑"),
                pic("二姑", "12-02 18:22"),
                me("妈，二姑，没事，是网贷的，我在处理，你们别理他们。", "12-02 19:02"),
            ],
            extra={"group": True, "pic": 0.58},
        ),
        Screen(
            "Screenshot_20261203-080612.png", SKIN, "lock27", t("12-03 08:06"),
            msgs=[
                col(MOB, "醒了没？今天再装死，中午就把你欠钱的事发你们公司群里。", "12-03 08:05",
                    name=MOB),
                say("刘哥", "立伟，有人打电话到公司前台找你，说你欠钱，老板问我咋回事。",
                    "12-03 07:40", name="刘哥", app="微信"),
            ],
            calls=[calls(MOB, "12-03", "07:58", "07:55", collector=True)],
        ),
        Screen(
            "Screenshot_20261203-124510.png", SKIN, "dingchat27", t("12-03 12:45"), "刘哥",
            "产品部", wrap="float27",
            msgs=[
                say("刘哥", "你那事赶紧处理一下，刚才又有人往前台打了三个电话，说是法院的。",
                    "12-03 12:30", name="刘哥"),
                say("刘哥", "那人说'孙立伟不还钱就到公司门口拉横幅'，老板脸都黑了，你自己看着办。",
                    "12-03 12:31", name="刘哥"),
                me("对不起刘哥，我今天就去还，给大家添麻烦了。", "12-03 12:44"),
            ],
            extra={"read": "已读", "float": ("妈", "钱不够妈这有两千，你下班回家一趟。")},
        ),
        Screen(
            "IMG_20261203_183012.jpg", SKIN, "notice27", t("12-03 18:30"), "律师函",
            wrap="photo27",
            lines=[
                "致：孙立伟（身份证号2203**********1536）",
                "本所受金猫花平台委托，就您逾期未还借款一事郑重函告如下：",
                "截至本函发出之日，您尚欠本金、利息及违约金共计人民币11200元。",
                "请您于收到本函后三日内全额还款，逾期本所将代为提起诉讼，"
                "并将相关情况告知您的亲属及工作单位。",
                "联系电话：0434-3261087",
                "吉林金诚律师事务所　2026年12月3日",
            ],
            extra={"seal": "金诚律所"},
        ),
        Screen(
            "Screenshot_20261203-211502.png", SKIN, "bill27", t("12-03 19:02"), "金猫花",
            wrap="gallery27",
            lines=["借款金额|8,000.00元", "到账金额|6,400.00元", "服务费|1,600.00元",
                   "借款日期|2026-10-20", "到期日期|2026-11-19"],
            extra={"head": "应还金额(元)", "big": "11,200.00", "warn": "已逾期14天",
                   "viewer_clock": "21:15", "shot": "12月3日 19:02", "counter": "3/61"},
        ),
    ]  # fmt: skip
    for s in screens:
        s.height = 2400  # a 20:9 phone
    return Case(
        "siping",
        "13943421768",
        [MOB, LAND, SP, NICK],
        [("妈", MOM), ("二姑", AUNT), ("刘哥", LIU)],
        {"amount": 8000, "received": 6400, "deducted": 1600, "demanded": 11200},
        screens,
    )
