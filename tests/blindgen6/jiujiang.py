"""九江: 胡春燕 owes 金橙分期; a HiOS-like phone, a 106 chatbot's 5G messages, a mailed 律师函."""

from __future__ import annotations

from tests.blindgen6.model import Call, Case, Msg, Screen, d, status

PLATFORM = "金橙分期"
BOT, A, B, MAIL = "10690288317", "19908762254", "13344180952", "金橙分期法务中心"
HUSBAND, ZHOU, COUSIN = ("老公", "17779210836"), ("小周", "15279201143"), ("表哥", "13807926654")
LOAN = {"amount": 3000, "received": 2400, "deducted": 600, "demanded": 3900}


def _col(who: str, text: str, when: str, **kw) -> Msg:
    return Msg(who, text, d(when), collector=True, **kw)


LATE_CARD = "【金橙分期】您的账单已逾期5天，应还3,450.00元。逾期信息将同步至合作机构，请立即处理。"
VISIT_CARD = (
    "【金橙分期】尊敬的胡春燕，您的案件已转入委外催收阶段，"
    "工作人员将于近日前往您的户籍地及工作单位进行走访核实。"
)
LAST = "最后通知：48小时内未结清，将对您发起诉讼并通知您的紧急联系人。"
NIGHT = "想办法？你想了一个月了。明早九点前不转账，你老家村委会也会收到你的欠款通知。"
SUBJECT = "关于您逾期借款的律师函（请于3日内回复）"
LETTER = [
    "胡春燕女士：受金橙分期委托，现就您名下逾期借款一事正式函告如下。",
    "截至本函发出之日，您尚欠本息及违约金合计3,900.00元，已严重违约。请于收到本函之日起三日内一次性结清。",
    "逾期未处理的，我方将向您户籍所在地人民法院提起诉讼，并申请冻结您名下银行账户及微信、支付宝资金，由此产生的一切后果由您本人承担。",
]


def case() -> Case:
    sk = "hios"
    inbox = Screen(
        "b01",
        sk,
        "sms_hios",
        "borrower",
        d("11-20 13:02"),
        title="信息",
        status=status(d("11-20 13:02"), "5G", 66),
        extra={"inbox": True, "act": "全部已读"},
        msgs=[
            _col(BOT, LAST, "11-19 11:11", kind="preview"),
            _col(A, NIGHT, "11-18 23:25", kind="preview"),
            Msg(HUSBAND[0], "你看看短信，又有人打电话到我单位了", d("11-17 06:30")),
            Msg(ZHOU[0], "春燕，今天有个陌生号码打到我这问你的事", d("11-18 10:20")),
            Msg("95588", "您尾号3321的账户11月15日工资收入2,960.00元", d("11-15 09:01")),
        ],
    )
    rcs = Screen(
        "b02",
        sk,
        "sms_rcs",
        "borrower",
        d("11-20 13:03"),
        title=PLATFORM,
        height=900,
        status=status(d("11-20 13:03"), "5G", 66),
        extra={"sub": "5G消息 · 已验证", "card_title": f"{PLATFORM} · 账单提醒"},
        msgs=[
            _col(
                BOT,
                "【金橙分期】您申请的借款3,000.00元已审核通过，实际到账2,400.00元，请于11月01日前按时还款。",
                "10-18 10:02",
                quote=False,
                kind="card",
                stamp=True,
            ),
            _col(BOT, LATE_CARD, "11-06 09:00", kind="card", stamp=True),
            _col(BOT, VISIT_CARD, "11-15 20:30", kind="card", stamp=True),
            _col(BOT, LAST, "11-19 11:11", stamp=True),
        ],
    )
    sms = Screen(
        "b03",
        sk,
        "sms_hios",
        "borrower",
        d("11-18 23:30"),
        title="199 0876 2254",
        status=status(d("11-18 23:30"), "4G", 35),
        extra={"sub": "江西九江 · 标记128次"},
        msgs=[
            _col(
                A,
                "胡春燕你听好，钱不还，明天我们的人就到你们厂门口拉横幅，让全厂都知道你是老赖。",
                "11-16 22:40",
                stamp=True,
            ),
            _col(A, "你老公的号码我们也有，今晚就跟他好好聊聊。", "11-16 22:41"),
            Msg("me", "请你们不要骚扰我家人，我会想办法还", d("11-17 07:30"), stamp=True),
            _col(A, NIGHT, "11-18 23:25", stamp=True),
        ],
    )
    log = Screen(
        "b04",
        sk,
        "dialer_hios",
        "borrower",
        d("11-19 07:40"),
        title="通话记录",
        height=1180,
        status=status(d("11-19 07:40"), "5G", 88),
        extra={"act": "全部通话"},
        calls=[
            Call("133 4418 0952", d("11-19 01:15"), 6, True, tag="疑似催收", place="广东深圳"),
            Call("199 0876 2254", d("11-18 23:02"), 3, True, tag="标记128次", place="江西九江"),
            Call(HUSBAND[1], d("11-18 19:00"), name=HUSBAND[0], outgoing=True, missed=False),
            Call("133 4418 0952", d("11-18 15:10"), 2, True, tag="疑似催收", place="广东深圳"),
            Call(ZHOU[1], d("11-18 12:02"), name=ZHOU[0], missed=False),
            Call("199 0876 2254", d("11-17 22:30"), 4, True, tag="标记128次", place="江西九江"),
            Call(COUSIN[1], d("11-16 20:00"), name=COUSIN[0], missed=False),
            Call("133 4418 0952", d("11-16 09:40"), 1, True, tag="疑似催收", place="广东深圳"),
            Call("199 0876 2254", d("11-15 10:21"), 2, True, tag="标记128次", place="江西九江"),
            Call("133 4418 0952", d("11-12 14:00"), 3, True, tag="疑似催收", place="广东深圳"),
            Call(HUSBAND[1], d("11-11 18:30"), name=HUSBAND[0], outgoing=True, missed=False),
            Call("199 0876 2254", d("11-10 09:05"), 1, True, tag="标记128次", place="江西九江"),
            Call("133 4418 0952", d("11-07 11:30"), 2, True, tag="疑似催收", place="广东深圳"),
            Call(ZHOU[1], d("11-06 17:45"), name=ZHOU[0], outgoing=True, missed=False),
            Call("199 0876 2254", d("11-06 09:12"), 1, True, tag="标记128次", place="江西九江"),
            Call(COUSIN[1], d("11-05 21:03"), name=COUSIN[0], missed=False),
            Call("133 4418 0952", d("11-04 10:30"), 2, True, tag="疑似催收", place="广东深圳"),
        ],
    )
    lock = Screen(
        "b05",
        "lineage",
        "lockscreen",
        HUSBAND[0],
        d("11-17 06:10"),
        forwarded=True,
        status=status(d("11-17 06:10"), "4G", 78),
        extra={"apps": ["信息", "信息", "微信"], "tabs": "lock_actions"},
        msgs=[
            _col(
                B,
                "你是胡春燕老公吧？你老婆欠钱不还，你不管的话我们就去你单位找你。",
                "11-17 05:52",
                kind="preview",
            ),
            _col(A, "转告胡春燕，今天再不还款就按恶意逃废债上报。", "11-17 05:58", kind="preview"),
            Msg("胡春燕", "对不起，连累你了", d("11-17 06:05")),
        ],
    )
    mails = Screen(
        "b06",
        sk,
        "mail163",
        "borrower",
        d("11-21 09:30"),
        title="收件箱",
        status=status(d("11-21 09:30"), "5G", 71),
        extra={
            "inbox": True,
            "act": "写信",
            "subjects": [SUBJECT, "您的邮箱安全周报", "购票成功通知"],
        },
        msgs=[
            _col(MAIL, LETTER[0], "11-20 16:45", kind="preview"),
            Msg("网易邮件中心", "本周您的邮箱共拦截垃圾邮件12封", d("11-19 08:00")),
            Msg("铁路客服", "您已购买11月24日九江至南昌D6512次列车", d("11-18 20:14")),
        ],
    )
    letter = Screen(
        "b07",
        sk,
        "mail163",
        "borrower",
        d("11-21 09:31"),
        status=status(d("11-21 09:31"), "5G", 71),
        extra={
            "subject": SUBJECT,
            "addr": "fawu_jc@jinchengfq-service.cn",
            "to": "hcy0917@163.com",
            "attachment": "律师函_胡春燕.pdf",
            "tabs": "mail_actions",
        },
        msgs=[_col(MAIL, text, "11-20 16:45", kind="mail") for text in LETTER],
    )
    bill = Screen(
        "b08",
        sk,
        "bill_own",
        "borrower",
        d("11-21 09:40"),
        title="账单详情",
        status=status(d("11-21 09:40"), "5G", 70),
        extra={
            "loan": LOAN,
            "platform": PLATFORM,
            "lent": "2026-10-18",
            "due": "2026-11-01",
            "late": 20,
        },
    )
    incall = Screen(
        "b09",
        "aosp_dark",
        "incall",
        ZHOU[0],
        d("11-18 10:12"),
        forwarded=True,
        status=status(d("11-18 10:12"), "5G", 47),
        extra={"number": "199 0876 2254", "place": "江西 九江", "tag": "骚扰电话 · 被标记 87 次"},
    )
    return Case(
        "jiujiang",
        "胡春燕",
        PLATFORM,
        [BOT, A, B, MAIL],
        [HUSBAND, ZHOU, COUSIN],
        LOAN,
        [inbox, rcs, sms, log, lock, mails, letter, bill, incall],
    )
