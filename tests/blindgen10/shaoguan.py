"""韶关: a gaming phone (redmagic10); 速享借's caller on two SIMs, a WeChat 法务 account that
rings by voice call, a 闪信, the sister's forwarded SMS thread and the ID card sent round."""

from __future__ import annotations

from tests.blindgen10.model import Case, Screen, caller, speaker, t

SKIN = "redmagic10"
COLLECTORS = ["13829160447", "17159283306", "速享-法务部王律"]
CONTACTS = [("陈总", "13902287615"), ("黄晓燕", "15816230981"), ("阿杰", "18927714052")]
LOAN = {"amount": 6000, "received": 4200, "deducted": 1800, "demanded": 7650}


def case() -> Case:
    say, row = speaker(COLLECTORS), caller(COLLECTORS)
    wang = "速享-法务部王律"
    screens = [
        Screen(
            "log_a",
            SKIN,
            "calllog10",
            t("03-14 12:20"),
            extra={"battery": 41},
            calls=[
                row("13829160447", "03-14 11:52", 3, sim=1, hd=True, place="广东广州 移动"),
                row(
                    "13902287615",
                    "03-14 09:10",
                    name="陈总",
                    missed=False,
                    hd=True,
                    place="广东韶关 移动",
                ),
                row(
                    "17159283306", "03-13 22:47", sim=2, place="广东深圳 虚拟运营商", tag="疑似催收"
                ),
                row("13829160447", "03-13 14:05", 2, sim=1, hd=True, place="广东广州 移动"),
                row(
                    "15816230981", "03-13 10:30", name="黄晓燕", missed=False, place="广东韶关 联通"
                ),
                row(
                    "17159283306", "03-13 08:12", sim=2, place="广东深圳 虚拟运营商", tag="疑似催收"
                ),
            ],
        ),
        Screen(
            "log_b",
            SKIN,
            "calllog10",
            t("03-14 12:21"),
            extra={"battery": 41},
            overlaps="log_a",
            calls=[
                row("13829160447", "03-13 14:05", 2, sim=1, hd=True, place="广东广州 移动"),
                row(
                    "15816230981", "03-13 10:30", name="黄晓燕", missed=False, place="广东韶关 联通"
                ),
                row(
                    "17159283306", "03-13 08:12", sim=2, place="广东深圳 虚拟运营商", tag="疑似催收"
                ),
                row(
                    "17159283306",
                    "03-12 23:15",
                    4,
                    sim=2,
                    place="广东深圳 虚拟运营商",
                    tag="疑似催收",
                ),
                row("13829160447", "03-11 16:40", sim=1, place="广东广州 移动"),
                row(
                    "18927714052",
                    "03-11 12:02",
                    name="阿杰",
                    missed=False,
                    sim=2,
                    place="广东韶关 电信",
                ),
            ],
        ),
        Screen(
            "wang",
            SKIN,
            "wxchat10",
            t("03-13 21:40"),
            title=wang,
            extra={"battery": 22, "net": "4G"},
            msgs=[
                say(
                    "",
                    "你已添加了速享-法务部王律，现在可以开始聊天了。",
                    "03-13 09:02",
                    "system",
                    stamp=True,
                ),
                say(wang, "黄志强你yq第9天了，今天下午5点前hk，不然直接爆你通讯录", "03-13 09:03"),
                say(wang, "未接听", "03-13 11:20", "vcall", stamp=True),
                say(wang, "别装死，电话不接微信也不回是吧", "03-13 11:21"),
                say("me", "这周五发工资一定还", "03-13 12:45"),
                say(wang, "周五？你当我三岁小孩？今天之内必须处理", "03-13 12:46"),
                say(wang, "通话时长 00:32", "03-13 13:10", "vcall"),
                say(wang, "对方已取消", "03-13 20:58", "vcall", stamp=True),
                say(
                    wang,
                    "最后提醒，晚上9点半前不处理就给你单位陈总打电话，让全公司都知道你是老赖",
                    "03-13 21:03",
                ),
            ],
        ),
        Screen(
            "shade",
            SKIN,
            "shade10",
            t("03-14 08:03"),
            extra={"battery": 88, "apps": ["信息 · 17159283306", "微信", "微信", "支付宝"]},
            msgs=[
                say(
                    "17159283306",
                    "【速享借】黄志强您已严重逾期，今日不处理将启动上门核查流程，"
                    "届时所产生的一切费用由您本人承担",
                    "03-14 01:37",
                    "notif",
                ),
                say(wang, "[语音通话] 未接听", "03-14 07:41", "notif"),
                say("陈总", "小黄，今天来公司吗？有人打电话到前台找你", "03-14 07:55", "notif"),
                say("支付宝", "你有一笔花呗账单待还，点击查看", "03-14 08:00", "notif"),
            ],
        ),
        Screen(
            "flash",
            SKIN,
            "flash10",
            t("03-13 16:30"),
            extra={"place": "广东深圳"},
            msgs=[
                say(
                    "17159283306",
                    "黄志强，速享借欠款逾qi未还，今天不处理明天就发到你们村委会",
                    "03-13 16:30",
                    "flash",
                ),
            ],
        ),
        Screen(
            "sister_sms",
            "sailfish10",
            "smsthread10",
            t("03-12 18:20"),
            owner="黄晓燕",
            title="17159283306",
            forwarded=True,
            extra={"place": "广东深圳", "battery": 63},
            msgs=[
                say(
                    "17159283306",
                    "你好，你是黄志强的妹妹吧？你哥在我们平台借钱不还，麻烦转告他尽快hk",
                    "03-12 15:20",
                    "sms",
                    stamp=True,
                ),
                say("me", "你们是谁？我不认识什么平台", "03-12 15:26"),
                say(
                    "17159283306",
                    "不认识？他通讯录第一个就是你。再不还钱他的事我们会发到你们家族群里",
                    "03-12 15:31",
                    "sms",
                ),
            ],
        ),
        Screen(
            "boss",
            SKIN,
            "wxchat10",
            t("03-14 10:05"),
            title="陈总",
            extra={"battery": 71},
            msgs=[
                say(
                    "陈总",
                    "小黄，刚才有个自称律师的人打到公司，说你欠钱，怎么回事？",
                    "03-14 09:12",
                    stamp=True,
                ),
                say("me", "陈总对不起，是网贷的催收，我这两天一定处理好", "03-14 09:40"),
                say("陈总", "尽快处理，别影响同事上班", "03-14 09:41"),
            ],
        ),
        Screen(
            "bill",
            SKIN,
            "bill10",
            t("03-14 12:30"),
            title="速享借 · 我的账单",
            extra={
                "battery": 40,
                "loan": LOAN,
                "lent": "2027-01-28",
                "due": "2027-03-04",
                "late": "10天",
                "fees": "1,450.00元",
            },
        ),
        Screen(
            "idcard",
            SKIN,
            "idcard10",
            t("03-12 18:25"),
            owner="黄晓燕",
            forwarded=True,
            extra={
                "name": "黄志强",
                "sex": "男",
                "born": "1994年7月16日",
                "addr": "广东省韶关市曲江区马坝镇府前东路18号",
                "id": "440205199407161538",
            },
        ),
        Screen(
            "ajie",
            SKIN,
            "wxchat10",
            t("03-14 11:20"),
            title="阿杰",
            extra={"battery": 47},
            msgs=[
                say(
                    "阿杰",
                    "兄弟，有个号码加我微信说你欠钱，还把你身份证照片发过来了",
                    "03-14 11:02",
                    stamp=True,
                ),
                say("me", "别理他们，都是吓唬人的，我在处理", "03-14 11:15"),
                say("阿杰", "行，有事说一声", "03-14 11:16"),
            ],
        ),
    ]
    return Case("shaoguan", "黄志强", "速享借", COLLECTORS, CONTACTS, LOAN, screens)
