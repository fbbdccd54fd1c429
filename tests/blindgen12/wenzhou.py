"""温州: a Metro-like phone; a 171 number texts and calls, a landline rings, a KakaoTalk-like
nickname threatens (one shot landscape), the mother forwards what she got, a 云闪付-like notice
centre from the platform, the bill and a forged 律师函 photo."""

# ruff: noqa: E501  (each collector's message stays one literal, as the phone draws it whole)

from __future__ import annotations

from tests.blindgen12.model import Case, Screen, Voices, t

A = "171 5523 0918"
B = "0577-8812 4406"
KEVIN = "Kevin周"
MOM = "妈妈"
LOAN = {"amount": 5000, "received": 4100, "deducted": 900, "demanded": 5860}


def case() -> Case:
    v = Voices([A, B, KEVIN])
    say, call = v.say, v.call
    sms_a = [
        say(A, "林晓燕你好，你在快易花的借款已逾期3天，应还金额5,860元，请于今日18点前处理，逾期将影响个人征信。", "11-17 10:12"),
        say("me", "这周五发工资就还，能不能宽限两天", "11-17 10:40"),
        say(A, "宽限不了，系统已经上报。今天不还明天开始联系你的紧急联系人和txl里的人 📞", "11-17 10:52"),
        say(A, "最后通知 last chance!!! 明天中午十二点前不还清，我们直接去你单位找你领导谈，顺便把你的事发到你们公司群里，让大家都看看你是什么人。", "11-18 21:05"),
        say(A, "还装死？你妈的电话我们已经打过了，再不回信息明天给你家里寄东西。", "11-19 23:31"),
    ]  # fmt: skip
    log1 = [
        call(A, "11-19 22:47", 3, missed=True),
        call(B, "11-19 14:20", 2, missed=True, place="浙江温州 固话"),
        call("139 5771 2046", "11-19 12:05", name=MOM, talk="4:12"),
        call(A, "11-18 09:30", talk="0:46"),
        call(B, "11-17 16:02", missed=True, place="浙江温州 固话"),
    ]
    log2 = [
        call(A, "11-20 07:58", 2, missed=True),
        call(A, "11-19 22:47", 3, missed=True),
        call(B, "11-19 14:20", 2, missed=True, place="浙江温州 固话"),
        call("139 5771 2046", "11-19 12:05", name=MOM, talk="4:12"),
    ]
    kakao = [
        say(KEVIN, "林小姐，我是快易花贷后部的，加你Kakao是给你留个体面，今晚九点前把五千八百六十元转过来，我这边可以帮你申请免掉一部分罚息。", "11-18 19:02"),
        say("me", "我真的没钱，下周一可以先还一千", "11-18 19:20"),
        say(KEVIN, "一千？你当打发叫花子呢", "11-18 19:24"),
        say(KEVIN, "", "11-18 19:25", kind="image"),
        say(KEVIN, "上面是你身份证和通讯录截图，你自己看清楚，明天我们的人会一个一个打电话过去，说你欠钱不还、人品有问题。", "11-18 19:26"),
    ]  # fmt: skip
    land = [
        say(KEVIN, "今天是第4天了 ⏰ 你单位地址我们已经核实，鹿城区车站大道那栋楼对吧？下午两点我们的外访同事过去。", "11-20 11:10"),
        say("me", "别去我单位，我今晚先还两千", "11-20 11:30"),
        say(KEVIN, "两千不够，最低还三千二百元，不然外访照常。", "11-20 11:31"),
    ]  # fmt: skip
    mom_sms = [
        say(A, "阿姨您好，您女儿林晓燕在我司借款逾期不还，联系不上本人。请您转告她尽快还款，否则后果自负，我们会上门走访。", "11-19 11:48"),
        say(A, "您也可以替她还，还款账号稍后发您。", "11-19 11:50"),
    ]  # fmt: skip
    mom_chat = [
        say(MOM, "", "11-19 12:31", kind="image"),
        say(MOM, "晓燕，这个人说你欠钱，打了我好几个电话，到底怎么回事？", "11-19 12:33"),
        say("me", "妈你别理他们，我自己会处理的", "11-19 12:38"),
    ]
    notices = [
        say("快易花·还款提醒", "您的借款账单已逾期，当前应还5860.00元，可在云闪付绑定银行卡一键还款。", "11-18 09:00"),
        say("云闪付·交易提醒", "您尾号6621的银行卡11月12日入账4100.00元，摘要：快易花放款。", "11-12 15:31"),
    ]  # fmt: skip
    bar = {"net": "4G", "battery": 31}
    screens = [
        Screen("w_sms_a", "metro12", "sms12", t("11-19 23:48"), A, msgs=sms_a, extra=dict(bar)),
        Screen("w_log1", "metro12", "calllog12", t("11-19 23:50"), calls=log1, extra=dict(bar)),
        Screen("w_log2", "metro12", "calllog12", t("11-20 08:15"), calls=log2,
               extra={"battery": 88}, overlaps="w_log1"),
        Screen("w_kakao", "metro12", "kakao12", t("11-18 20:10"), KEVIN, msgs=kakao,
               extra={"battery": 57, "dark_wall": "#2c3440"}),
        Screen("w_land", "land12", "kakao12", t("11-20 13:40"), KEVIN, msgs=land,
               extra={"phone": "metro12", "battery": 72, "net": "WLAN"}),
        Screen("w_mom_fwd", "sense12", "sms12", t("11-19 12:30"), A, owner="mother",
               msgs=mom_sms, forwarded=True, extra={"battery": 45, "carrier": "中国移动"}),
        Screen("w_mom", "metro12", "sms12", t("11-19 12:40"), MOM, msgs=mom_chat,
               extra={"battery": 40}),
        Screen("w_notice", "metro12", "unionpay12", t("11-18 10:00"), msgs=notices,
               extra={"battery": 66}),
        Screen("w_bill", "metro12", "bill12", t("11-18 10:05"), "快易花 · 我的账单",
               extra={"battery": 66, "loan": LOAN, "overdue": "已逾期 2 天",
                      "lines": ["借款日 2026-11-12", "到期日 2026-11-16"]}),
        Screen("w_lawyer", "photo12", "lawyer12", t("11-20 18:02"), extra={"paper": {
            "title": "律师函", "no": "（2026）浙鹿律催字第1187号", "to": "林晓燕女士",
            "body": [
                "受快易花平台委托，就您拖欠借款一事致函如下：截至本函发出之日，您尚欠本息及逾期费用共计人民币伍仟捌佰陆拾元整。",
                "请您于收函后二十四小时内清偿全部欠款，逾期我所将向法院提起诉讼，并将您的失信信息通报至您的工作单位及户籍所在地。",
            ],
            "from": "浙江鹿城正衡律师事务所", "date": "二〇二六年十一月二十日"}}),
    ]  # fmt: skip
    return Case(
        key="wenzhou",
        borrower="林晓燕",
        platform="快易花",
        collectors=[A, B, KEVIN],
        contacts=[(MOM, "139 5771 2046")],
        loan=LOAN,
        screens=screens,
    )
