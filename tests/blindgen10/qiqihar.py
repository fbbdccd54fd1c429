"""齐齐哈尔: an iOS-6-like skeuomorphic phone (skeuo10); 鑫宝钱包's caller ringing at night on
both SIMs, a WeChat-like 法务中心 with voice calls, a 闪信 in 火星文, a Boss直聘-like DM to a
colleague, a cousin's forwarded SMS thread, the ID card and the bill."""

from __future__ import annotations

from tests.blindgen10.model import Case, Screen, caller, speaker, t

SKIN = "skeuo10"
FA = "鑫宝法务中心"
ZHANG = "鑫宝科技·张主管"
COLLECTORS = ["17044920315", FA, ZHANG, "13199836752"]
CONTACTS = [
    ("周凯", "15845271183"), ("王芳", "13604528876"), ("小雪", "18645297021"),
    ("赵主任", "13936251147"),
]  # fmt: skip
LOAN = {"amount": 8000, "received": 5600, "deducted": 2400, "demanded": 10360}


def case() -> Case:
    say, row = speaker(COLLECTORS), caller(COLLECTORS)
    screens = [
        Screen("log_a", SKIN, "calllog10", t("04-02 21:15"), extra={"battery": 27}, calls=[
            row("17044920315", "04-02 20:50", 4, sim=2, hd=True, place="黑龙江哈尔滨 联通"),
            row("18645297021", "04-02 18:30", name="小雪", missed=False, hd=True,
                place="黑龙江齐齐哈尔 移动"),
            row("13199836752", "04-02 15:10", 2, sim=1, place="江苏宿迁 电信",
                tag="骚扰电话"),
            row("13936251147", "04-02 09:00", name="赵主任", missed=False,
                place="黑龙江齐齐哈尔 移动"),
            row("17044920315", "04-01 23:20", 6, sim=2, place="黑龙江哈尔滨 联通"),
        ]),
        Screen("log_b", SKIN, "calllog10", t("04-02 21:16"), extra={"battery": 27},
               overlaps="log_a", calls=[
            row("13936251147", "04-02 09:00", name="赵主任", missed=False,
                place="黑龙江齐齐哈尔 移动"),
            row("17044920315", "04-01 23:20", 6, sim=2, place="黑龙江哈尔滨 联通"),
            row("13199836752", "04-01 10:05", sim=1, place="江苏宿迁 电信", tag="骚扰电话"),
            row("13604528876", "03-31 20:00", name="王芳", missed=False, place="黑龙江大庆 移动"),
            row("17044920315", "03-31 13:40", 2, sim=2, hd=True, place="黑龙江哈尔滨 联通"),
        ]),
        Screen("fa", SKIN, "wxchat10", t("04-02 08:30"), title=FA, extra={"battery": 90},
               msgs=[
            say(FA, "刘洋你好，鑫宝钱包贷后部，你的账单已逾期，今天能hk吗", "03-31 09:30",
                stamp=True),
            say(FA, "未接听", "03-31 09:35", "vcall"),
            say(FA, "未接听", "03-31 09:36", "vcall"),
            say(FA, "给脸不要脸是吧？装死装到底了", "04-01 22:58", stamp=True),
            say(FA, "对方已取消", "04-01 23:05", "vcall"),
            say("me", "别再半夜打了，我在想办法", "04-02 07:50", stamp=True),
            say(FA, "通话时长 01:07", "04-02 08:01", "vcall"),
            say(FA, "想办法就先还1200，剩下的我给你申请分期。不然你老婆和你领导今天都会知道",
                "04-02 08:10"),
        ]),
        Screen("flash", SKIN, "flash10", t("04-02 12:00"), extra={"place": "黑龙江哈尔滨",
               "battery": 66}, msgs=[
            say("17044920315", "劉洋！！伱の事巳上報，今天不還就等著上黑名單ba，全家跟著丟人",
                "04-02 12:00", "flash"),
        ]),
        Screen("boss_dm", "ubports10", "bossdm10", t("04-01 14:40"), owner="周凯", title=ZHANG,
               forwarded=True, extra={"job": "资产管理专员", "pay": "8千-1.2万",
                                      "company": "鑫宝科技", "battery": 45}, msgs=[
            say(ZHANG, "你好周凯，冒昧打扰，你同事刘洋欠我司钱一直不还，你方便的话转告一下",
                "04-01 14:20", "dm", stamp=True),
            say("me", "你们找错人了吧", "04-01 14:31"),
            say(ZHANG, "没找错，他留的紧急联系人就是你，你不转告我们就天天给你发消息",
                "04-01 14:33", "dm"),
        ]),
        Screen("zhoukai", SKIN, "wxchat10", t("04-01 15:10"), title="周凯", extra={"battery": 70},
               msgs=[
            say("周凯", "洋哥，招聘软件上有人找我说你欠钱，啥情况？", "04-01 14:50", stamp=True),
            say("周凯", "", "04-01 14:50", "image"),
            say("me", "不好意思连累你了，我尽快处理", "04-01 15:02"),
        ]),
        Screen("cousin_sms", "redmagic10", "smsthread10", t("04-01 16:40"), owner="王芳",
               title="13199836752", forwarded=True, extra={"place": "江苏宿迁", "battery": 58},
               msgs=[
            say("13199836752", "王芳女士：您表弟刘洋借款逾qi，您作为他的联系人请督促他还款",
                "04-01 16:02", "sms", stamp=True),
            say("13199836752", "不然我们会把他的欠款信息发到你们的家族群和朋友圈，别怪我们没提醒",
                "04-01 16:05", "sms"),
            say("me", "我跟他很久没联系了，别再发了", "04-01 16:30"),
        ]),
        Screen("xiaoxue", SKIN, "wxchat10", t("04-02 07:45"), title="小雪",
               extra={"battery": 93}, msgs=[
            say("小雪", "老公，昨晚有人半夜打你电话，是不是网贷？", "04-02 07:30", stamp=True),
            say("me", "别担心，我会处理好的", "04-02 07:36"),
        ]),
        Screen("bill", SKIN, "bill10", t("04-02 12:30"), title="鑫宝钱包 · 待还账单",
               extra={"battery": 64, "loan": LOAN, "lent": "2027-02-20", "due": "2027-03-20",
                      "late": "13天", "fees": "2,360.00元"}),
        Screen("idcard", SKIN, "idcard10", t("04-01 16:45"), owner="王芳", forwarded=True,
               extra={"name": "刘洋", "sex": "男", "born": "1991年11月3日",
                      "addr": "黑龙江省齐齐哈尔市龙沙区卜奎大街112号", "id": "230202199111030917"}),
    ]  # fmt: skip
    return Case("qiqihar", "刘洋", "鑫宝钱包", COLLECTORS, CONTACTS, LOAN, screens)
