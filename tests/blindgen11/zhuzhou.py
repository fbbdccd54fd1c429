"""Case 株洲: 金橙分期, a ROG-like phone; a long capture, night calls, a 家族群, a 投屏 window."""

from __future__ import annotations

from tests.blindgen11.model import Case, Screen, Voices, t

COLLECTORS = ["金橙-催收组小吴", "18476620935", "15083347719", "金橙分期-调解员"]
DAD, YA, LIU = ("爸爸", "13508812247"), ("小雅", "18877120093"), ("刘姐", "13617789950")


def case() -> Case:
    v = Voices(COLLECTORS)
    wu, n1, n2, judge = COLLECTORS
    long = Screen("c_long", "rog11", "messenger11", t("11-18 23:30"), title=wu, tall=True)
    long.extra = {"height": 1180, "battery": 19}
    long.msgs = [
        v.say(
            wu,
            "周女士您好，我是金橙分期贷后专员小吴，您的分期已逾期一天，麻烦今天处理一下哈",
            "11-15 10:12",
        ),
        v.say("me", "好的，我晚点看看", "11-15 10:40"),
        v.say(wu, "看了吗？已经第二天了，今天再不还会产生额外罚息", "11-16 14:05"),
        v.say("me", "这个月实在周转不开，能不能下个月", "11-16 20:31"),
        v.say(
            wu,
            "下个月？你当我们是做慈善的？不还可以，明天我就打给你爸和你们刘主管",
            "11-16 20:33",
            "voice",
        ),
        v.say(wu, "你爸的电话打通了，老人家挺着急的，你自己看着办吧", "11-17 09:15"),
        v.say("me", "你们怎么能打给我爸！", "11-17 21:02"),
        v.say(wu, "😂 这才刚开始，明天你朋友圈里的人都会知道你是个老赖", "11-18 23:15"),
        v.say(wu, "[图片]", "11-18 23:16", "image"),
        v.say(wu, "P好的图已经发你了，满意的话我就群发出去", "11-18 23:20"),
    ]
    log = Screen("c_calllog", "rog11", "calllog11", t("11-18 08:40"), extra={"battery": 77})
    log.calls = [
        v.call(n1, "11-18 01:20", 6, place="湖南长沙", carrier="电信", ring=31),
        v.call(n2, "11-17 19:40", 2, place="湖南株洲", carrier="移动", ring=14),
        v.call(
            DAD[1], "11-17 12:00", name=DAD[0], place="湖南株洲", carrier="移动", talk="6分30秒"
        ),
        v.call(n1, "11-17 08:10", 3, place="湖南长沙", carrier="电信", ring=22),
        v.call(n2, "11-16 22:30", 4, place="湖南株洲", carrier="移动", ring=45),
        v.call(
            LIU[1], "11-16 09:05", name=LIU[0], place="湖南株洲", carrier="联通", talk="2分02秒"
        ),
    ]
    block = Screen("c_block", "rog11", "intercept11", t("11-19 12:30"))
    block.extra = {"summary": "本周已拦截 14 次", "battery": 61}
    block.calls = [
        v.call(n1, "11-19 07:30", 2, tag="骚扰电话", place="湖南长沙"),
        v.call(n2, "11-19 12:10", tag="疑似催收", place="湖南株洲"),
    ]
    block.msgs = [
        v.say(
            n2,
            "周晓雯接电话，再装死我们就联系你单位人事部，让全公司都知道你欠钱不还",
            "11-19 12:12",
        ),
    ]
    clan = Screen("c_clan", "rog11", "clan11", t("11-19 18:00"), title="周家大院(23)")
    clan.extra = {"notice": "爸爸生日定在本月28号", "battery": 38}
    clan.msgs = [
        v.say("", "「金橙分期-调解员」通过二维码加入了本群", "11-19 17:20", "system"),
        v.say(
            judge,
            "各位家人打扰了，周晓雯在我司分期逾期，多次联系不还，请家人们督促她尽快处理👇",
            "11-19 17:22",
        ),
        v.say(judge, "[图片]", "11-19 17:23", "image"),
        v.say(DAD[0], "你是谁？怎么进来的？", "11-19 17:30"),
        v.say(
            judge,
            "叔叔您好，她一共欠了六千多，您帮她还了这事就结束了，不然明天我去她公司",
            "11-19 17:32",
        ),
        v.say(DAD[0], "晓雯你看到赶紧回电话", "11-19 17:40"),
    ]
    friend = Screen("c_friend", "rog11", "sms11", t("11-18 12:10"), title=YA[0])
    friend.extra = {"number": YA[1], "sub": YA[1], "battery": 70}
    friend.msgs = [
        v.say(YA[0], "雯雯，刚才有人加我说你欠钱，还发了你的照片，你没事吧", "11-18 11:40"),
        v.say("me", "没事，是网贷催收，别理他们，也别加", "11-18 11:45"),
        v.say(YA[0], "好，有需要就说，别一个人扛😘", "11-18 11:47"),
    ]
    bill = Screen("c_bill", "rog11", "bill11", t("11-16 12:00"), extra={"battery": 83})
    bill.extra |= {
        "platform": "金橙分期",
        "head": "第1期 / 共1期",
        "big": "6630.00",
        "late": "已逾期2天",
        "tint": "#fff3e0",
        "rows": [
            ("分期本金", "¥6000.00"),
            ("到账金额", "¥4800.00"),
            ("审核服务费(已扣)", "¥1200.00"),
            ("本期应还(含罚息)", "¥6630.00"),
        ],
    }
    watch = Screen("c_watch", "watch11", "watch11", t("11-19 07:32"))
    watch.extra = {"app_name": "短信", "net": "4G", "battery": 45}
    watch.msgs = [v.say(n1, "晓雯起床了吗，今天中午前还清，不然下午见", "11-19 07:31", "notif")]
    mirror = Screen("c_mirror", "mirror11", "sms11", t("11-17 20:10"), title=n2)
    mirror.extra = {
        "inner": "rog11",
        "device": "ROG Phone",
        "pc_clock": "2026/11/17",
        "sub": "湖南株洲 移动",
        "battery": 56,
    }
    mirror.msgs = [
        v.say(n2, "周晓雯，金橙分期逾期账单请今晚结清，别等我们动手", "11-16 22:25"),
        v.say(n2, "不接是吧，行，你公司地址我已经查到了", "11-16 22:40"),
        v.say(n2, "明天上午十点前不处理，你的资料会发给你们公司每一个人", "11-17 19:45"),
        v.say("me", "我在想办法，别再打了", "11-17 20:02"),
    ]
    boss = Screen("c_boss", "rog11", "signal11", t("11-17 10:30"), title=LIU[0])
    boss.extra = {"battery": 88}
    boss.msgs = [
        v.say(LIU[0], "晓雯，刚才有个电话打到前台找你，说是什么金融公司的", "11-17 09:50"),
        v.say("me", "刘姐不好意思，是网贷催收，我会处理好，不会影响工作", "11-17 09:58"),
        v.say(LIU[0], "嗯，有困难跟公司说，别让他们再打到前台来", "11-17 10:05"),
    ]
    return Case(
        key="zhuzhou",
        borrower="周晓雯",
        platform="金橙分期",
        collectors=COLLECTORS,
        contacts=[DAD, YA, LIU],
        loan={"amount": 6000, "received": 4800, "deducted": 1200, "demanded": 6630},
        screens=[long, log, block, clan, friend, bill, watch, mirror, boss],
    )
