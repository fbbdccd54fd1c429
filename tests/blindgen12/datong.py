"""大同: an XOS-like phone with a dark wallpaper; a 170 number, one 何专员 on two numbers (a
Zalo-like 小窗 over a video, then SMS from a new number), a nickname on a 贝壳-like housing chat forwarded by
the landlord, the notification history, an SMS search list, a gallery showing the cousin's shot."""

# ruff: noqa: E501  (each collector's message stays one literal, as the phone draws it whole)

from __future__ import annotations

from tests.blindgen12.model import Case, Screen, Voices, t

A = "170 8841 2093"
C = "+86 166 3521 0904"
D = "155 0352 7781"
BIAO = "阿彪"
LANDLORD = "房东陈姐"
COUSIN = "表哥"
LOAN = {"amount": 2500, "received": 2125, "deducted": 375, "demanded": 2980}


def case() -> Case:
    v = Voices([A, C, D, BIAO])
    say, call = v.say, v.call
    sms_a = [
        say(A, "赵婷，闪电借账单逾期2天，应还2,980元。今天是免罚息最后一天，请尽快还款。", "11-21 14:03"),
        say(A, "看到信息速回！！你的紧急联系人我们下午开始逐一通知，别说没提醒你。", "11-22 09:15"),
        say("me", "我在凑钱了，周末之前还", "11-22 09:40"),
        say(A, "周末？晚了。你表哥那边我们已经联系过了，他说不管你，那我们只好去你租的房子找房东聊聊 🏠", "11-22 23:58"),
    ]  # fmt: skip
    zalo = [
        say(C, "赵女士，我是闪电借何专员。你欠的两千九百八十元今天必须处理，wx转账也可以，我给你开个口子。", "11-22 19:50"),
        say("me", "能分两期吗", "11-22 20:02"),
        say(C, "分期可以，先付一千五，剩下的月底，今晚十点前不付就当你放弃协商。", "11-22 20:05"),
    ]  # fmt: skip
    sms_d = [
        say(D, "我是何专员，换个号码联系你。为什么不回？十点已经过了，明天起你的资料会发到你公司的邮箱，你自己掂量。", "11-22 22:30"),
        say(D, "睡得着吗？明早九点前不把一千五打过来，我们外访人员直接去你公司前台等你。", "11-23 00:05"),
    ]  # fmt: skip
    house = [
        say(BIAO, "陈姐，你家租客赵婷在我们平台借钱不还，人跑不掉的。你让她今天联系我，不然我们明天带人到你房子门口等她。", "11-23 09:12"),
        say(BIAO, "她要是再躲着，我们就在小区业主群里发她的照片，到时候影响你房子出租可别怪我们。", "11-23 09:14"),
        say("me", "你们的事别找我，我不管", "11-23 09:30"),
    ]  # fmt: skip
    landlord = [
        say(LANDLORD, "", "11-23 10:41", kind="image"),
        say(LANDLORD, "小赵，有人在贝壳上找到我，说你欠钱，还说要来房子门口堵你，你赶紧处理，别影响其他租客。", "11-23 10:42"),
        say("me", "陈姐对不起，我今天就去还", "11-23 10:50"),
    ]  # fmt: skip
    log = [
        call(C, "11-23 10:58", 3, missed=True, place="山西大同"),
        call("138 3521 6654", "11-23 10:44", name=LANDLORD, talk="1:20"),
        call(D, "11-23 08:40", 2, missed=True, place="山西大同"),
        call(A, "11-22 16:20", missed=True, place="虚拟运营商"),
        call("159 0352 4410", "11-22 15:02", name=COUSIN, talk="5:48"),
        call(A, "11-21 14:10", 2, missed=True, place="虚拟运营商"),
    ]
    search = [
        say(A, "赵婷，闪电借账单逾期2天，应还2,980元。今天…", "11-21 14:03", "preview"),
        say("闪电借", "【闪电借】您的借款明日到期，请保持还款卡余…", "11-18 10:00", "preview"),
        say("95588", "【工商银行】您尾号4410的卡11月18日还款…", "11-18 12:30", "preview"),
    ]
    notes = [
        say(D, "睡得着吗？明早九点前不把一千五打过来，我们外访人员直接去你公司前台等你。", "11-23 00:05", "notif"),
        say(C, "人呢？电话也不接，你这样我们只能按流程走了，明天你单位和你家里都会接到电话。", "11-22 22:48", "notif"),
        say("闪电借", "您的账单已逾期3天，逾期将产生罚息并上报征信，请尽快还款。", "11-22 10:00", "notif"),
    ]  # fmt: skip
    cousin = [
        say(A, "你是赵婷表哥吧？她借了钱不还，还填你做担保人。你让她今天把钱还了，不然下一个电话就打到你单位。", "11-22 16:31"),
        say("me", "我不是担保人，别找我", "11-22 16:33"),
    ]  # fmt: skip
    dark = {"wall": "#161a2b", "net": "4G", "battery": 23}
    screens = [
        Screen("d_sms_a", "xos12", "sms12", t("11-23 00:14"), A, msgs=sms_a, extra=dict(dark)),
        Screen("d_float", "float12", "zalo12", t("11-22 20:30"), C, msgs=zalo, extra={
            "phone": "xos12", "battery": 61, "net": "WLAN", "video": "第12集 · 暖阳",
            "dark_wall": "#1f2a3a"}),
        Screen("d_sms_d", "xos12", "sms12", t("11-23 00:16"), D, msgs=sms_d, extra=dict(dark)),
        Screen("d_house", "cupertino12", "house12", t("11-23 10:40"), BIAO, owner="landlord",
               msgs=house, forwarded=True, extra={"battery": 77, "carrier": "中国电信",
               "card": ["整租 · 平城区御东新区两居室", "1800元/月 · 85㎡ · 南北通透"]}),
        Screen("d_landlord", "xos12", "zalo12", t("11-23 10:52"), LANDLORD, msgs=landlord,
               extra={"battery": 58}),
        Screen("d_log", "xos12", "calllog12", t("11-23 11:05"), calls=log,
               extra={"battery": 55, "wall": "#161a2b"}),
        Screen("d_search", "xos12", "smssearch12", t("11-23 11:20"), msgs=search,
               extra={"battery": 54, "query": "还款"}),
        Screen("d_notif", "xos12", "notifhist12", t("11-23 07:30"), msgs=notes, extra={
            "battery": 90, "apps": {D: "信息", C: "Zalo", "闪电借": "闪电借"}}),
        Screen("d_bill", "xos12", "bill12", t("11-22 10:10"), "闪电借 · 账单",
               extra={"battery": 71, "loan": LOAN, "overdue": "已逾期 3 天",
                      "lines": ["借款日期 2026-11-05", "还款日期 2026-11-19"]}),
        Screen("d_gallery", "gallery12", "sms12", t("11-23 12:00"), A, owner="cousin",
               msgs=cousin, extra={"phone": "xos12", "inner": "sense12", "battery": 50, "wall": "#000",
               "inner_at": t("11-22 16:35"), "inner_status": "16:35 5G 41%"}),
    ]  # fmt: skip
    return Case(
        key="datong",
        borrower="赵婷",
        platform="闪电借",
        collectors=[A, C, D, BIAO],
        contacts=[(LANDLORD, "138 3521 6654"), (COUSIN, "159 0352 4410")],
        loan=LOAN,
        screens=screens,
    )
