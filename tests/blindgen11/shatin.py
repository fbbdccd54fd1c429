"""Case 沙田: 速易貸, a Fairphone-like phone; the collectors write traditional characters."""

from __future__ import annotations

from tests.blindgen11.model import Case, Screen, Voices, t

COLLECTORS = ["法務部-陳專員", "速易貸官方客服", "13326548870", "阿文(速易貸)"]
SISTER, FENG, UNCLE = ("姐姐", "13802236651"), ("阿峰", "15915527710"), ("舅舅", "13760008812")


def case() -> Case:
    v = Voices(COLLECTORS)
    chen, desk, num, wen = COLLECTORS
    chat = Screen("b_signal", "fairphone11", "signal11", t("11-12 23:05"), title=chen)
    chat.extra = {"net": "4G", "battery": 35}
    chat.msgs = [
        v.say(
            chen,
            "黃家豪，你在速易貸的欠款已逾期五天，今晚再不處理，明天起聯繫你全部緊急聯絡人",
            "11-12 22:41",
        ),
        v.say("me", "我已經在籌錢了，請再給我兩天", "11-12 22:44"),
        v.say(
            chen,
            "兩天？你的信用在我們這裡已經是零了😡 明早九點前不還，你姐姐那邊我親自打",
            "11-12 22:47",
        ),
        v.say(
            chen,
            "我跟你講清楚，不是嚇你，你的照片我們已經做好了，要不要先發到你家族群給大家看看",
            "11-12 22:50",
            "voice",
        ),
    ]
    sister = Screen("b_sister", "fairphone11", "signal11", t("11-13 08:30"), title=SISTER[0])
    sister.extra = {"battery": 81}
    sister.msgs = [
        v.say(SISTER[0], "阿豪，昨晚有個陌生號碼打給我，說你借錢不還", "11-13 08:02"),
        v.say("me", "姐，別理他們，我自己會處理", "11-13 08:10"),
        v.say(SISTER[0], "需要錢就跟我說，別再碰那種網貸了", "11-13 08:12"),
    ]
    shop = Screen("b_shop", "fairphone11", "shop11", t("11-11 15:20"), title=desk)
    shop.extra = {"item": ("速易貸 會員加速包", "0.01"), "battery": 57}
    shop.msgs = [
        v.say(desk, "親，您訂單關聯的借款已逾期一天了，請盡快還款喔～🌸", "11-11 14:58"),
        v.say("me", "我想申請延期還款", "11-11 15:00"),
        v.say(
            desk,
            "延期需要先付展期費980元，不付的話我們只能按流程上報，並通知您的聯繫人哦",
            "11-11 15:02",
        ),
    ]
    mail = Screen("b_mail", "fairphone11", "qqmail11", t("11-13 10:12"))
    mail.title = "關於您借款逾期的最後通知"
    mail.extra = {"address": "fawu_chen@suyidai-tw.com", "body": ["黃家豪先生："], "battery": 74}
    mail.msgs = [
        v.say(
            chen,
            "您於速易貸平台之借款已嚴重逾期，本部門將於三個工作日內向您戶籍所在地法院提起"
            "訴訟，並派員前往您的工作單位核實情況。",
            "11-13 09:30",
            "mail",
        ),
    ]
    block = Screen("b_block", "fairphone11", "intercept11", t("11-13 14:00"))
    block.extra = {"summary": "今日已拦截骚扰 6 次", "battery": 66}
    block.calls = [
        v.call(num, "11-13 13:20", 3, tag="骚扰电话", place="广东深圳"),
        v.call("4008123366", "11-13 11:05", tag="广告推销", place="全国"),
        v.call(num, "11-12 09:15", 2, tag="骚扰电话", place="广东深圳"),
    ]
    block.msgs = [v.say(num, "接電話！躲是躲不掉的，你的資料我們全部都有", "11-13 13:25")]
    clan = Screen("b_clan", "fairphone11", "clan11", t("11-14 11:20"), title="黃氏一家親(12)")
    clan.extra = {"notice": "過年聚餐定在年初二，大家記得", "battery": 49}
    clan.msgs = [
        v.say("", "「阿文(速易貸)」通過掃描二維碼加入了本群", "11-14 10:58", "system"),
        v.say(
            wen,
            "各位親友好，黃家豪在速易貸借款八千元逾期不還，請大家轉告他盡快還款，否則後果自負",
            "11-14 11:02",
        ),
        v.say(wen, "[圖片]", "11-14 11:03", "image"),
        v.say(UNCLE[0], "這是誰拉進來的？阿豪怎麼回事", "11-14 11:04"),
        v.say(SISTER[0], "大家別理他，我已經在處理了", "11-14 11:05"),
        v.say(wen, "欠錢不還的人不配有家人，他一天不還，我就天天來這裡發他的照片", "11-14 11:07"),
    ]
    card = Screen("b_idcard", "photo11", "idcard11", t("11-14 12:00"))
    card.extra = {
        "fields": [
            ("姓名", "黃家豪"),
            ("性別", "男　　民族　漢"),
            ("出生", "1995年3月18日"),
            ("住址", "廣東省深圳市龍崗區布吉街道"),
            ("", "翠竹路88號3棟1204"),
        ],
        "id": "440307199503182715",
    }
    tab = Screen("b_tablet", "tablet11", "tabsms11", t("11-13 20:00"), title=num)
    tab.extra = {
        "net": "WLAN",
        "battery": 64,
        "list": [
            v.say(num, "你的同事阿峰我們已經聯繫了，下一個…", "11-13 13:30", "preview"),
            v.say(UNCLE[0], "阿豪，週末回來吃飯，你舅媽…", "11-12 18:00", "preview"),
            v.say("95588", "您尾號3321的賬戶於11月10日…", "11-10 12:00", "preview"),
        ],
    }
    tab.msgs = [
        v.say(num, "【速易貸】黃先生您好，您的借款將於今日到期，請按時還款，謝謝。", "11-10 10:00"),
        v.say(num, "已逾期一天，yq記錄會上報，請盡快hk", "11-11 16:30"),
        v.say(num, "你的同事阿峰我們已經聯繫了，下一個是你老闆", "11-13 13:30"),
    ]
    feng = Screen("b_colleague", "rog11", "sms11", t("11-13 12:55"), title=num, owner="colleague")
    feng.forwarded = True
    feng.extra = {"sub": "广东深圳 移动", "battery": 90}
    feng.msgs = [
        v.say(num, "你好，你同事黃家豪欠錢不還，麻煩轉告他，他留的緊急聯絡人就是你", "11-13 12:40"),
        v.say("me", "我跟他不熟，請不要再發了", "11-13 12:50"),
    ]
    pal = Screen("b_feng", "fairphone11", "signal11", t("11-13 13:10"), title=FENG[0])
    pal.extra = {"battery": 69}
    pal.msgs = [
        v.say(FENG[0], "家豪，剛有個號碼發短信給我說你欠錢，我截圖轉給你了，你看看", "11-13 12:58"),
        v.say("me", "峰哥不好意思，連累你了，我會處理", "11-13 13:04"),
        v.say(FENG[0], "沒事，你自己小心點，別被他們嚇到", "11-13 13:06"),
    ]
    bill = Screen("b_bill", "fairphone11", "bill11", t("11-10 09:00"), extra={"battery": 93})
    bill.extra |= {
        "platform": "速易貸",
        "head": "合同號 SYD-884102",
        "big": "11200.00",
        "late": "今日到期 · 逾期將收取違約金",
        "tint": "#eef6ff",
        "rows": [
            ("借款金额", "¥8000.00"),
            ("到账金额", "¥5600.00"),
            ("已扣服务费", "¥2400.00"),
            ("应还金额", "¥11200.00"),
            ("期限", "14天"),
        ],
    }
    return Case(
        key="shatin",
        borrower="黃家豪",
        platform="速易貸",
        collectors=COLLECTORS,
        contacts=[SISTER, FENG, UNCLE],
        loan={"amount": 8000, "received": 5600, "deducted": 2400, "demanded": 11200},
        screens=[chat, sister, shop, mail, block, clan, card, tab, feng, pal, bill],
    )
