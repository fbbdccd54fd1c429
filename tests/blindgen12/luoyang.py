"""洛阳: a Sense-like phone; a Viber-like chat with +86 numbers spaced, a second number of a
«法务部» texting a landline with 转, a 95-number whose call was recorded and summed up by AI, a
colleague's forwarded SMS, a split screen over 备忘录, a 12321-like receipt, a bill, an ID card."""

# ruff: noqa: E501  (each collector's message stays one literal, as the phone draws it whole)

from __future__ import annotations

from tests.blindgen12.model import Case, Screen, Voices, t

A = "+86 138 3790 2256"
C = "+86 152 3795 6610"
B = "95040 3318"
MIN = "刘敏"
WIFE = "老婆"
LOAN = {"amount": 3000, "received": 2550, "deducted": 450, "demanded": 3420}


def case() -> Case:
    v = Voices([A, B, C])
    say, call = v.say, v.call
    viber = [
        say(A, "郭志强，速融分期提醒您：账单已逾期五天，今天必须结清 3,420 元。", "11-19 08:40"),
        say("me", "月底一定还，这几天手头真的紧", "11-19 08:55"),
        say(A, "月底？你自己算算拖了多久了。今天下午五点前看不到钱，我就按合同把你的情况通知你老婆和你们厂里的同事。", "11-19 09:02"),
        say(A, "到账了没？没到账的话明早八点我们直接打你们厂办公室电话，找你们主任聊聊 😊", "11-20 22:16"),
        say("me", "你们这样是违法的", "11-20 22:40"),
        say(A, "违法？欠钱不还才违法，有本事你去告。", "11-20 22:41"),
    ]  # fmt: skip
    sms_c = [
        say(C, "【速融法务部】郭志强先生：您的欠款已转入法务流程，我司将于三个工作日内向洛阳市涧西区人民法院提起诉讼，届时将冻结您名下的银行卡及微信、zfb账户。", "11-20 10:05"),
        say(C, "王律师提醒：今天是最后协商期，联系电话 0379-6432 1180转206，过时不候。", "11-21 08:30"),
    ]  # fmt: skip
    log = [
        call(B, "11-21 11:02", 2, missed=True, place="企业号码"),
        call("135 9386 0217", "11-21 10:15", name=WIFE, talk="2:31"),
        call(A, "11-21 08:01", 4, missed=True, place="河南洛阳"),
        call(B, "11-20 15:40", talk="3:05", place="企业号码"),
        call(C, "11-20 10:01", missed=True, place="河南洛阳"),
        call(A, "11-19 18:22", 2, missed=True, place="河南洛阳"),
    ]
    spoken = [
        say(B, "喂，郭志强是吧？我这边是速融分期的，你那笔三千四百二十的账你打算怎么处理？", "11-20 15:40", "spoken"),
        say("me", "我说了月底还", "11-20 15:40", "spoken"),
        say(B, "月底不行，你们领导姓孙对吧，电话我这里有，你要是今天不处理我现在就打给他。", "11-20 15:41", "spoken"),
        say(B, "还有你老婆，你不想让她知道你在外面借钱吧？", "11-20 15:42", "spoken"),
    ]  # fmt: skip
    fwd = [
        say("138 3790 2256", "刘敏你好，你同事郭志强欠款不还，留的是你的电话做紧急联系人。麻烦转告他，今天再不还，我们会把催款函寄到你们厂里，大家都会知道。", "11-21 08:12"),
        say("me", "我跟他只是同事，别再给我发了", "11-21 08:40"),
    ]  # fmt: skip
    colleague = [
        say(MIN, "", "11-21 10:21", kind="image"),
        say(MIN, "志强，这是今早收到的短信，他们怎么有我电话？你赶紧处理一下吧，主任也问了。", "11-21 10:22"),
        say("me", "对不起敏姐，我填过你做紧急联系人，我今天就处理", "11-21 10:30"),
    ]  # fmt: skip
    split = [
        say(A, "郭志强，你们厂主任的电话已经打通了，明天上午我们继续打给你车间所有人，直到你还钱为止。", "11-21 21:30"),
    ]  # fmt: skip
    bar = {"net": "4G", "battery": 52, "carrier": "中国联通"}
    screens = [
        Screen("l_viber", "sense12", "viber12", t("11-21 09:10"), A, msgs=viber, extra=dict(bar)),
        Screen("l_sms_c", "sense12", "sms12", t("11-21 09:15"), C, msgs=sms_c, extra=dict(bar)),
        Screen("l_log", "sense12", "calllog12", t("11-21 12:30"), "通话记录", calls=log,
               extra={**bar, "battery": 47}),
        Screen("l_rec", "sense12", "recording12", t("11-20 16:00"), B, msgs=spoken, extra={
            **bar, "battery": 70, "when": "11月20日 15:40 · 通话 3分05秒",
            "summary": "对方自称速融分期工作人员，催促尽快还清欠款，提及将联系用户的领导和配偶。建议保留录音并向平台投诉。"}),
        Screen("l_fwd", "webos12", "sms12", t("11-21 10:20"), "138 3790 2256", owner="colleague",
               msgs=fwd, forwarded=True, extra={"net": "5G", "battery": 83}),
        Screen("l_colleague", "sense12", "zalo12", t("11-21 10:35"), MIN, msgs=colleague,
               extra={**bar, "battery": 44}),
        Screen("l_split", "split12", "viber12", t("11-21 21:55"), A, msgs=split, extra={
            **bar, "phone": "sense12", "battery": 19,
            "notes": ["11.19 速融 欠3420", "11.20 王律师 两个号", "11.21 主任找我谈话了"]}),
        Screen("l_bill", "sense12", "bill12", t("11-20 09:00"), "速融分期 · 账单详情", extra={
            **bar, "loan": LOAN, "overdue": "逾期 6 天 · 罚息按日计",
            "lines": ["放款日 2026-10-14", "应还日 2026-11-14"]}),
        Screen("l_report", "sense12", "report12", t("11-21 13:06"), "12321 举报受理回执",
               extra={**bar, "battery": 40, "fields": [
                   ("被举报号码", "138 3790 2256"), ("举报类型", "骚扰电话 / 催收短信"),
                   ("受理编号", "JB20261121-447102"), ("提交时间", "2026-11-21 13:05")]}),
        Screen("l_idcard", "photo12", "idcard12", t("11-21 13:30"), extra={"card": [
            ("姓名", "郭志强"), ("性别", "男    民族  汉"), ("出生", "1991年7月23日"),
            ("住址", "河南省洛阳市涧西区南昌路17号院3号楼"),
            ("公民身份号码", "410305199107230016")]}),
    ]  # fmt: skip
    return Case(
        key="luoyang",
        borrower="郭志强",
        platform="速融分期",
        collectors=[A, B, C],
        contacts=[(MIN, "186 3881 4672"), (WIFE, "135 9386 0217")],
        loan=LOAN,
        screens=screens,
    )
