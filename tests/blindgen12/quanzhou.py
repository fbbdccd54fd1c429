"""泉州: an iOS-12-like light phone; English mixed into threats, a landline ringing, a Discord-like
DM and a 豆邮 from the same handle, a 网易云-like 私信 to a roommate forwarded back, the lender's
旺旺-like shop 客服 (the platform, no collector), the bill and a forged 律师函; a night call log."""

# ruff: noqa: E501  (each collector's message stays one literal, as the phone draws it whole)

from __future__ import annotations

from tests.blindgen12.model import Case, Screen, Voices, t

A = "+86 186 5950 3127"
B = "0595-2261 7730"
LEO = "Leo_dh"
SAFE = "还钱保平安"
GIRL = "小雅"
WEI = "阿伟"
SHOP = "金豆豆客服"
LOAN = {"amount": 6000, "received": 5100, "deducted": 900, "demanded": 6750}


def case() -> Case:
    v = Voices([A, B, LEO, SAFE])
    say, call = v.say, v.call
    sms = [
        say(A, "黄俊杰，金豆豆贷通知：您的借款已逾期1天，应还金额6,750元。请于今日内还款，避免产生额外费用。", "11-24 09:00"),
        say(A, "还不还？不还的话我们明天开始给你通讯录每个人打电话，包括你女朋友小雅，告诉她你在外面欠了一屁股债。", "11-24 20:45"),
        say("me", "我下周一发工资，发了马上还", "11-24 21:10"),
        say(A, "下周一？呵呵。你看看你女朋友什么反应吧，八点以后我们准时打给她。Good morning 🙂", "11-25 07:30"),
    ]  # fmt: skip
    log = [
        call(B, "11-26 21:10", 3, missed=True, place="福建泉州"),
        call("177 5960 8823", "11-26 19:02", name=GIRL, talk="out", place="手机"),
        call(A, "11-26 08:15", 5, missed=True, place="福建泉州"),
        call(B, "11-25 14:30", 2, missed=True, place="福建泉州"),
        call(A, "11-25 08:05", missed=True, place="福建泉州"),
    ]
    dm = [
        say(LEO, "Hi 黄俊杰, 别以为换了号就找不到你。your deadline is tomorrow 12:00, 过时我们就把你的欠款信息发到你们公司的群里。", "11-25 23:40"),
        say("me", "你们怎么找到我的Discord", "11-26 09:12"),
        say(LEO, "你的资料我们都有，身份证、单位、女朋友、室友，一个都跑不掉。今天中午之前还六千七百五十元。", "11-26 09:15"),
        say(LEO, "别跟我讲法律，讲了也没用，我们有的是办法让你在泉州待不下去。", "11-26 09:16"),
    ]  # fmt: skip
    netease = [
        say(SAFE, "你好，你是黄俊杰的大学室友阿伟吧？他欠我们平台六千多，一直不还。麻烦你转告他，再拖下去我们会联系他家里人，他爸妈在安溪的地址我们都有。", "11-26 12:48"),
        say("me", "你们是谁？我跟他很久没联系了", "11-26 12:55"),
        say(SAFE, "你转告就行，告诉他今天是最后一天。", "11-26 12:56"),
    ]  # fmt: skip
    roommate = [
        say(WEI, "", "11-26 13:21", kind="image"),
        say(WEI, "俊杰，有人在网易云上私信我找你要钱，还说知道你爸妈地址，你没事吧？", "11-26 13:22"),
        say("me", "没事，谢谢阿伟，我来处理", "11-26 13:40"),
    ]  # fmt: skip
    shop = [
        say("me", "我没买过会员卡，为什么扣了199", "11-25 11:00"),
        say(SHOP, "亲，会员卡是借款时自动开通的，放款时已在服务费中扣除，不支持退款哦。", "11-25 11:02"),
        say("me", "你们的催收天天打我电话骂人，这个怎么投诉", "11-25 11:05"),
        say(SHOP, "亲，贷后业务由合作机构处理，您可以拨打官方客服热线 400-867-2251 反馈。", "11-25 11:07"),
    ]  # fmt: skip
    mail = [
        say(LEO, "黄俊杰：\n鉴于你本人拒不还款，我方已整理你的借款合同、身份证照片及通讯录名单，将于11月27日统一发送。\n如需协商，今晚十点前联系 0595-2261 7730转8。\n——金豆豆贷后 Leo", "11-26 16:20", "mail"),
    ]  # fmt: skip
    bar = {"net": "4G", "battery": 64, "carrier": "中国联通"}
    screens = [
        Screen("q_sms", "cupertino12", "sms12", t("11-25 08:02"), A, msgs=sms, extra=dict(bar)),
        Screen("q_log", "cupertino12", "calllog12", t("11-26 22:40"), "最近通话", calls=log,
               extra={**bar, "battery": 12}),
        Screen("q_dm", "cupertino12", "discord12", t("11-26 10:00"), LEO, msgs=dm,
               extra={**bar, "battery": 81}),
        Screen("q_netease", "webos12", "netease12", t("11-26 13:20"), SAFE, owner="roommate",
               msgs=netease, forwarded=True, extra={"net": "5G", "battery": 36}),
        Screen("q_wei", "cupertino12", "kakao12", t("11-26 13:45"), WEI, msgs=roommate,
               extra={**bar, "battery": 70}),
        Screen("q_shop", "cupertino12", "wangwang12", t("11-25 11:10"), "金豆豆贷官方旗舰店",
               msgs=shop, extra={**bar, "battery": 58, "card": [
                   "订单号 3021 5567 8890", "金豆豆会员月卡 ¥199.00 · 已发货"]}),
        Screen("q_mail", "cupertino12", "douban12", t("11-26 16:30"), LEO, msgs=mail,
               extra={**bar, "battery": 49}),
        Screen("q_bill", "cupertino12", "bill12", t("11-25 10:40"), "金豆豆贷 · 账单",
               extra={**bar, "battery": 60, "loan": LOAN, "overdue": "逾期 2 天",
                      "lines": ["借款日 2026-10-23", "还款日 2026-11-23", "含会员月卡 199.00"]}),
        Screen("q_lawyer", "photo12", "lawyer12", t("11-26 18:30"), extra={"paper": {
            "title": "律 师 函", "no": "闽鼎律函〔2026〕第0926号", "to": "黄俊杰先生",
            "body": [
                "本所接受金豆豆贷委托，现郑重通知：您在该平台的借款已严重逾期，经多次催告仍拒不履行还款义务。",
                "如您在本函送达之日起一日内仍未还清欠款，本所将依法向您户籍地法院起诉，并申请对您采取限制高消费措施，由此产生的一切后果由您本人承担。",
            ],
            "from": "福建鼎信律师事务所", "date": "2026年11月26日"}}),
        Screen("q_log2", "cupertino12", "calllog12", t("11-27 07:50"), "最近通话", calls=[
            call(A, "11-27 07:41", 2, missed=True, place="福建泉州"),
            call(B, "11-26 21:10", 3, missed=True, place="福建泉州"),
            call("177 5960 8823", "11-26 19:02", name=GIRL, talk="out", place="手机"),
        ], extra={**bar, "battery": 95}, overlaps="q_log"),
    ]  # fmt: skip
    return Case(
        key="quanzhou",
        borrower="黄俊杰",
        platform="金豆豆贷",
        collectors=[A, B, LEO, SAFE],
        contacts=[(GIRL, "177 5960 8823"), (WEI, "188 5099 1374")],
        loan=LOAN,
        screens=screens,
    )
