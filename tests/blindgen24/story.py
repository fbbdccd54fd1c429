"""The four borrowers of set 24 (安顺, 天水, 牡丹江, 攀枝花): who said what, when, and where."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen24.model import Call, Case, Msg, Screen, number_key


def t(month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, second)


def msgs(collectors: set[str], *rows) -> list[Msg]:
    """(who, when, text[, "cut"]) rows; a collector's whole message is a quote."""
    out = []
    for who, at, text, *flag in rows:
        col = (number_key(who) or who) in collectors
        preview = "cut" in flag
        out.append(Msg(who, text, at, collector=col, quote=col and not preview, preview=preview))
    return out


def calls(collectors: set[str], owner: str, *rows) -> list[Call]:
    """(number, name, way, when...) rows: one call per time."""
    out = []
    for number, name, way, *times in rows:
        col = number_key(number) in collectors
        out += [Call(number, at, owner, col, name, way) for at in times]
    return out


def anshun() -> Case:
    """贵州话; a 0851 landline, a mobile, a 106 sender and 恒信法务-王专员 on WeChat."""
    mob, land, sms, nick = "17785531246", "0851-86723341", "106901277350", "恒信法务-王专员"
    col = {mob, number_key(land), sms, nick}
    m = lambda *rows: msgs(col, *rows)  # noqa: E731
    c = lambda owner, *rows: calls(col, owner, *rows)  # noqa: E731
    places = {land: "贵州 贵阳", mob: "贵州 安顺"}
    tags = {land: "疑似催收", mob: "骚扰电话 被标记58次"}
    fwd_inner = Screen(
        "inner",
        "qinglan24",
        "duanxin24",
        t(10, 13, 18, 49),
        title=mob,
        owner="周姐",
        extra={"sub": "贵州 安顺", "carrier": "中国联通", "battery": 33},
        msgs=m(
            (
                mob,
                t(10, 13, 17, 20),
                "你是杨秀梅的同事吧？她欠钱不还，麻烦转告她，不然我们天天打你电话。",
            ),
            (mob, t(10, 13, 17, 45), "转告杨秀梅，明天之前不还款就把她的事发到你们公司群里。"),
        ),
    )
    screens = [
        Screen(
            "Screenshot_20261009-213305.png",
            "yunshan24",
            "duanxin24",
            t(10, 9, 21, 33, 5),
            title=mob,
            extra={"sub": "贵州 安顺 移动", "battery": 71},
            msgs=m(
                (
                    mob,
                    t(10, 8, 10, 12),
                    "杨秀梅，你在速易借的借款已经逾期18天，今天下午5点前必须还清7860元。",
                ),
                ("me", t(10, 8, 10, 40), "我这两天手头紧，能不能缓几天"),
                (mob, t(10, 8, 16, 55), "缓哪样缓？你莫装死，再不还我们就挨个打你通讯录。"),
                (
                    mob,
                    t(10, 9, 21, 20),
                    "你表姐杨丽的电话我们已经有了，明天中午之前见不到钱就打过去。",
                ),
            ),
        ),
        Screen(
            "Screenshot_20261010-082644.png",
            "yunshan24",
            "tonghua24",
            t(10, 10, 8, 26, 44),
            extra={"places": places, "tags": tags, "battery": 58},
            calls=c(
                "me",
                (land, "", "呼入未接", t(10, 9, 20, 5), t(10, 9, 20, 7), t(10, 9, 20, 11)),
                ("18785063192", "杨丽", "呼入", t(10, 9, 19, 40)),
                (mob, "", "呼入未接", t(10, 9, 18, 2), t(10, 9, 18, 30)),
                ("13985120476", "妈妈", "呼出", t(10, 9, 12, 15)),
                (land, "", "呼入未接", t(10, 8, 15, 20)),
            ),
        ),
        Screen(
            "Screenshot_20261010-083118.png",
            "yunshan24",
            "haoma24",
            t(10, 10, 8, 31, 18),
            title=land,
            extra={"place": "贵州 贵阳 固话", "tag": "疑似催收 · 被标记1204次", "battery": 57},
            calls=c(
                "me",
                (
                    land,
                    "",
                    "呼入未接",
                    t(10, 8, 15, 20),
                    t(10, 9, 20, 5),
                    t(10, 9, 20, 7),
                    t(10, 9, 20, 11),
                ),
                (land, "", "呼入 已接 0分41秒", t(10, 10, 8, 29)),
            ),
        ),
        Screen(
            "微信图片_20261011124410.jpg",
            "moye24",
            "qunliao24",
            t(10, 11, 12, 44, 10),
            title="杨家一家人(9)",
            extra={"style": "noon", "battery": 40, "carrier": "中国电信"},
            msgs=m(
                ("system", t(10, 11, 11, 2), "“恒信法务-王专员”通过扫描二维码加入群聊"),
                (
                    nick,
                    t(10, 11, 11, 3),
                    "各位亲友好，杨秀梅在我司欠款7860元逾期未还，请转告她今天之内处理。",
                ),
                ("杨丽", t(10, 11, 11, 10), "秀梅你咋个了嘛？这个人是哪个拉进来的？"),
                ("妈妈", t(10, 11, 11, 15), "这是哪样人哦，秀梅你快点回个话"),
                (
                    nick,
                    t(10, 11, 11, 20),
                    "她不接电话不回信息，再拖下去我们只能上门走访，到时候大家脸上都不好看。",
                ),
                ("me", t(10, 11, 12, 40), "妈你莫理他，我自己处理"),
            ),
        ),
        Screen(
            "mmexport1791814633402.jpg",
            "moye24",
            "weiliao24",
            t(10, 12, 22, 10),
            title=nick,
            extra={"style": "ago", "battery": 19, "carrier": "中国电信"},
            msgs=m(
                (
                    nick,
                    t(10, 11, 23, 18),
                    "秀梅，给你最后一次机会，今晚12点前还伍仟，剩下的下周结清。",
                ),
                ("me", t(10, 12, 9, 5), "我只能先还一千"),
                (
                    nick,
                    t(10, 12, 9, 30),
                    "一千打发叫花子啊？不还清就等着法务部起诉你，律师函已经发出来了。",
                ),
                (nick, t(10, 12, 22, 5), "你单位地址我们也查到了，明天派人过去跟你领导谈谈。"),
            ),
        ),
        Screen(
            "Screenshot_2026-10-13-07-52-00-114_com.android.systemui.png",
            "qinglan24",
            "suoping24",
            t(10, 13, 7, 52),
            extra={"apps": {"妈妈": "微信"}, "battery": 88, "carrier": "中国移动"},
            msgs=m(
                (
                    sms,
                    t(10, 13, 7, 52),
                    "【恒信资产】杨秀梅您好，您的欠款已转入司法催收程序，请于今日18点前联系0851-86723341处理。",
                ),
                (mob, t(10, 13, 7, 40), "早上好，今天再不处理，你老家村委会我们也会通知到。"),
                ("妈妈", t(10, 13, 7, 30), "秀梅，昨晚又有人打电话给我，你到底欠了好多钱？"),
            ),
        ),
        Screen(
            "微信图片_20261013191502.jpg",
            "guoguo24",
            "weiliao24",
            t(10, 13, 19, 15, 2),
            title="周姐",
            wrap="zhuanfa24",
            inner=fwd_inner,
            extra={"style": "noon", "battery": 45, "cut": 1},
            msgs=m(
                ("周姐", t(10, 13, 18, 50), "秀梅，有个号码一直给我发这种短信，你看看是咋回事"),
                (
                    "周姐",
                    t(10, 13, 18, 52),
                    "我上班时间被打了好几次电话，你赶紧处理一下，别影响到我们。",
                ),
                ("me", t(10, 13, 19, 10), "对不起周姐，我会处理的"),
            ),
        ),
        # The mother's own page: a contact's calls, none of them a collector's.
        Screen(
            "Screenshot_20261012-090511.png",
            "qinglan24",
            "haoma24",
            t(10, 12, 9, 5, 11),
            title="妈妈",
            extra={"number": "139 8512 0476", "place": "贵州 安顺 移动", "battery": 74},
            calls=c(
                "me",
                ("13985120476", "妈妈", "呼出 2分05秒", t(10, 9, 12, 15)),
                ("13985120476", "妈妈", "呼入 3分12秒", t(10, 11, 21, 30)),
                ("13985120476", "妈妈", "呼入 1分40秒", t(10, 12, 8, 2)),
            ),
        ),
        Screen(
            "Screenshot_20261014-101530.png",
            "yunshan24",
            "zhangdan24",
            t(10, 14, 10, 15, 30),
            extra={
                "platform": "速易借",
                "demanded_text": "7,860.00",
                "overdue": "已逾期 24 天",
                "battery": 66,
                "rows": [
                    ("借款金额", "6,000.00元"),
                    ("实际到账", "5,100.00元"),
                    ("服务费(放款时已扣)", "900.00元"),
                    ("利息", "1,260.00元"),
                    ("逾期违约金", "600.00元"),
                    ("借款日期", "2026-08-21"),
                    ("到期还款日", "2026-09-20"),
                ],
                "note": "您的借款已逾期，逾期记录将影响您的信用。",
            },
        ),
        Screen(
            "IMG_20261015_162210.jpg",
            "yunshan24",
            "hanjian24",
            t(10, 15, 16, 22, 10),
            extra={
                "size": (1200, 1600),
                "tilt": -2.2,
                "head": "贵州恒正律师事务所",
                "title": "律 师 函",
                "body": [
                    "致：杨秀梅（身份证号 5204**********1226）",
                    "受恒信资产管理有限公司委托，就您于2026年8月21日在速易借平台借款6,000元逾期未还一事，特致函如下：",
                    "请您于本函发出之日起三日内归还全部欠款7,860元，否则本所将依法向人民法院提起诉讼，并将您的失信信息通报您的亲友及单位。",
                    "联系电话：0851-86723341",
                ],
                "sign": ["贵州恒正律师事务所", "二〇二六年十月十四日"],
            },
        ),
        Screen(
            "Screenshot_20261015-232045.png",
            "moye24",
            "xinxiang24",
            t(10, 15, 23, 20, 45),
            extra={
                "style": "clock",
                "battery": 23,
                "carrier": "中国电信",
                "shown": {"10690588123": "速易借"},
            },
            msgs=m(
                (mob, t(10, 15, 23, 2), "躲得过初一躲不过十五，明天就去你妈屋头坐一坐。"),
                (sms, t(10, 15, 21, 15), "【恒信资产】您的案件已进入上门核实阶段，核实", "cut"),
                ("杨丽", t(10, 15, 20, 40), "秀梅，那些人又给我打电话了，你到底咋个整的"),
                (
                    "10690588123",
                    t(10, 15, 9, 0),
                    "【速易借】您本期账单7,860.00元，可在App内",
                    "cut",
                ),
            ),
        ),
    ]
    return Case(
        "anshun",
        "15186214573",
        [mob, land, sms, nick],
        [("妈妈", "13985120476"), ("杨丽", "18785063192"), ("周姐", "13638017245")],
        {"amount": 6000.0, "received": 5100.0, "deducted": 900.0, "demanded": 7860.0},
        screens,
    )


def tianshui() -> Case:
    """西北话 (额, 嫑); a 0938 landline, a mobile, a 95 sender and 诚汇调解中心-李主任."""
    mob, land, sms, nick = "18293847751", "0938-8216650", "95013388", "诚汇调解中心-李主任"
    col = {mob, number_key(land), sms, nick}
    m = lambda *rows: msgs(col, *rows)  # noqa: E731
    c = lambda owner, *rows: calls(col, owner, *rows)  # noqa: E731
    inner = Screen(
        "inner",
        "yunshan24",
        "duanxin24",
        t(11, 6, 12, 5),
        title=sms,
        owner="小赵",
        extra={"sub": "服务号码", "battery": 52, "carrier": "中国移动"},
        msgs=m(
            (
                sms,
                t(11, 6, 10, 20),
                "【诚汇调解】您好，您的同事马小军欠款逾期，作为紧急联系人请督促其还款，谢谢配合。",
            ),
            (sms, t(11, 6, 11, 0), "【诚汇调解】如马小军今日仍不处理，我方将前往贵单位核实情况。"),
        ),
    )
    screens = [
        Screen(
            "Screenshot_20261103-142011.png",
            "guoguo24",
            "duanxin24",
            t(11, 3, 14, 20, 11),
            title=mob,
            extra={"sub": "甘肃 兰州", "battery": 77},
            msgs=m(
                (
                    mob,
                    t(11, 1, 9, 10),
                    "马小军，你在快有钱借的5k已经逾期半个月了，今天必须把6480全部还上。",
                ),
                (mob, t(11, 2, 15, 5), "嫑给我装糊涂，额们手里有你全部通讯录，不还钱一个一个打。"),
                ("me", t(11, 2, 15, 30), "月底发了工资就还"),
                (
                    mob,
                    t(11, 3, 14, 2),
                    "月底？等不到月底了，今天晚上八点前见不到钱就联系你媳妇和你爸。",
                ),
            ),
        ),
        Screen(
            "Screenshot_20261103-211032.png",
            "qinglan24",
            "tonghua24",
            t(11, 3, 21, 10, 32),
            extra={
                "battery": 35,
                "carrier": "中国电信",
                "places": {land: "甘肃 天水", mob: "甘肃 兰州", sms: "服务号码"},
                "tags": {land: "疑似催收", mob: "骚扰电话 · 标记126人", sms: "催收电话"},
            },
            calls=c(
                "me",
                (
                    land,
                    "",
                    "呼入未接",
                    t(11, 3, 20, 1),
                    t(11, 3, 20, 3),
                    t(11, 3, 20, 5),
                    t(11, 3, 20, 40),
                ),
                ("18793812245", "媳妇", "呼入", t(11, 3, 19, 30)),
                (mob, "", "呼入未接", t(11, 3, 10, 12), t(11, 3, 10, 15)),
                (sms, "", "呼入未接", t(11, 2, 17, 0)),
                ("13909381234", "老爸", "呼出", t(11, 2, 12, 0)),
            ),
        ),
        Screen(
            "Screenshot_20261104-090012.png",
            "guoguo24",
            "haoma24",
            t(11, 4, 9, 0, 12),
            title=mob,
            extra={"place": "甘肃 兰州 移动", "tag": "催收 | 被126人标记", "battery": 90},
            calls=c(
                "me",
                (
                    mob,
                    "",
                    "呼入未接",
                    t(11, 2, 11, 20),
                    t(11, 3, 10, 12),
                    t(11, 3, 10, 15),
                    t(11, 4, 8, 40),
                ),
            ),
        ),
        Screen(
            "微信图片_20261104203015.jpg",
            "guoguo24",
            "qunliao24",
            t(11, 4, 20, 30, 15),
            title="马家老少(12)",
            extra={"style": "noon", "battery": 61},
            msgs=m(
                ("system", t(11, 4, 19, 0), "诚汇调解中心-李主任 加入了群聊"),
                (
                    nick,
                    t(11, 4, 19, 2),
                    "大家好，我是诚汇调解中心的李主任，马小军在网贷平台欠款陆仟肆佰捌拾元，已严重逾期。",
                ),
                ("老爸", t(11, 4, 19, 10), "你是干啥的？咋进的这个群？"),
                (
                    nick,
                    t(11, 4, 19, 12),
                    "请家属督促他今晚还款，否则明天我们将联系他单位和村委会。",
                ),
                ("媳妇", t(11, 4, 19, 20), "小军你到底借了多少钱，咋不跟我说"),
                ("me", t(11, 4, 20, 25), "回家说"),
            ),
        ),
        Screen(
            "mmexport1793893633402.jpg",
            "moye24",
            "weiliao24",
            t(11, 5, 23, 40),
            title=nick,
            extra={"style": "ago", "battery": 12, "carrier": "中国移动"},
            msgs=m(
                (nick, t(11, 4, 23, 18), "马先生，你媳妇的单位额们也知道，不想闹大就主动联系。"),
                ("me", t(11, 5, 12, 0), "我先还两千行不行"),
                (nick, t(11, 5, 12, 10), "两千不够，最少还伍仟，剩下的签个还款承诺书。"),
                (nick, t(11, 5, 23, 35), "不回话是吧，明早八点额们的人到你家楼下等你。"),
            ),
        ),
        Screen(
            "Screenshot_20261105-100005.png",
            "qinglan24",
            "zhangdan24",
            t(11, 5, 10, 0, 5),
            extra={
                "platform": "快有钱",
                "demanded_text": "6,480.00",
                "overdue": "已逾期 20 天",
                "battery": 80,
                "carrier": "中国电信",
                "band": (250, 140, 30),
                "rows": [
                    ("借款本金", "5,000.00元"),
                    ("到账金额", "4,250.00元"),
                    ("服务费(已扣)", "750.00元"),
                    ("利息及罚息", "1,480.00元"),
                    ("借款日", "2026-09-16"),
                    ("到期日", "2026-10-16"),
                ],
            },
        ),
        Screen(
            "Screenshot_2026-11-06-07-15-00-508_com.android.systemui.png",
            "guoguo24",
            "suoping24",
            t(11, 6, 7, 15),
            extra={"apps": {"媳妇": "微信"}, "battery": 97},
            msgs=m(
                (
                    sms,
                    t(11, 6, 7, 15),
                    "【诚汇调解】马小军，您的逾期案件今日将移交属地调解员上门，请立即处理。",
                ),
                (mob, t(11, 6, 7, 5), "接电话！再不接就给你单位领导打了。"),
                ("媳妇", t(11, 6, 6, 50), "又是那帮人，一早上打了三个电话给我"),
            ),
        ),
        Screen(
            "微信图片_20261106123040.jpg",
            "guoguo24",
            "weiliao24",
            t(11, 6, 12, 30, 40),
            title="小赵",
            wrap="zhuanfa24",
            inner=inner,
            extra={"style": "noon", "battery": 70, "cut": 1},
            msgs=m(
                ("小赵", t(11, 6, 12, 10), "小军，这是发给我的，你看看"),
                ("小赵", t(11, 6, 12, 12), "我又不是你的紧急联系人，咋把我也扯进来了，烦得很"),
                ("me", t(11, 6, 12, 28), "兄弟对不住，马上处理"),
            ),
        ),
        Screen(
            "IMG_20261106_183344.jpg",
            "guoguo24",
            "hanjian24",
            t(11, 6, 18, 33, 44),
            extra={
                "size": (1170, 1560),
                "tilt": 3.0,
                "head": "天水市人民法院（调解中心）",
                "title": "诉 前 调 解 通 知 书",
                "body": [
                    "马小军：",
                    "申请人诚汇调解中心因借款合同纠纷一案申请诉前调解，你方欠款本息合计人民币陆仟肆佰捌拾元整。",
                    "请你于2026年11月8日前主动联系调解员李主任（电话0938-8216650）处理，逾期将依法立案并采取强制措施。",
                ],
                "sign": ["天水市人民法院调解中心", "2026年11月6日"],
            },
        ),
        Screen(
            "Screenshot_20261107-220008.png",
            "moye24",
            "xinxiang24",
            t(11, 7, 22, 0, 8),
            extra={
                "style": "noon",
                "battery": 30,
                "carrier": "中国移动",
                "shown": {"10690377520": "快有钱"},
            },
            msgs=m(
                (mob, t(11, 7, 21, 40), "你跑不掉的，额们明天就去你老家找你爸。"),
                (sms, t(11, 7, 18, 5), "【诚汇调解】马小军，您的案件已生成上门", "cut"),
                ("媳妇", t(11, 7, 17, 30), "你妈也接到电话了，今晚必须说清楚"),
                ("10690377520", t(10, 30, 9, 0), "【快有钱】您的账单应还6,480.00元，", "cut"),
            ),
        ),
    ]
    return Case(
        "tianshui",
        "13919385620",
        [mob, land, sms, nick],
        [("老爸", "13909381234"), ("媳妇", "18793812245"), ("小赵", "15109382276")],
        {"amount": 5000.0, "received": 4250.0, "deducted": 750.0, "demanded": 6480.0},
        screens,
    )


def mudanjiang() -> Case:
    """东北话 (嘎哈, 磨叽, 老妹儿); a 0453 landline, a mobile, a 106 sender, 速融贷后-赵经理."""
    mob, land, sms, nick = "13104536672", "0453-6931288", "10659021893", "速融贷后-赵经理"
    col = {mob, number_key(land), sms, nick}
    m = lambda *rows: msgs(col, *rows)  # noqa: E731
    c = lambda owner, *rows: calls(col, owner, *rows)  # noqa: E731
    places = {land: "黑龙江 牡丹江", mob: "黑龙江 哈尔滨"}
    tags = {land: "疑似催收", mob: "标记89人 · 催收"}
    inner = Screen(
        "inner",
        "qinglan24",
        "tonghua24",
        t(11, 22, 9, 45),
        owner="大姑",
        extra={"places": places, "tags": tags, "battery": 41, "carrier": "中国联通"},
        calls=c(
            "大姑",
            (land, "", "呼入未接", t(11, 22, 8, 10)),
            (mob, "", "呼入未接", t(11, 21, 21, 0), t(11, 21, 21, 2), t(11, 21, 21, 5)),
            ("15845336218", "春燕", "呼出", t(11, 21, 18, 0)),
        ),
    )
    screens = [
        Screen(
            "Screenshot_20261119-163512.png",
            "moye24",
            "duanxin24",
            t(11, 19, 16, 35, 12),
            title=mob,
            extra={"sub": "黑龙江 哈尔滨", "battery": 54, "style": "noon"},
            msgs=m(
                (mob, t(11, 18, 19, 20), "刘春燕，融易花那8千你打算啥时候还？今天都逾期二十天了。"),
                ("me", t(11, 18, 19, 50), "下个月一号发工资就还"),
                (
                    mob,
                    t(11, 19, 10, 5),
                    "别跟我磨叽，今儿下午四点前还10240，不还就给你老妈和你大姑挨个打电话。",
                ),
                (mob, t(11, 19, 16, 30), "咋的，真当我们找不着你啊？你老妈家住哪儿我们门儿清。"),
            ),
        ),
        Screen(
            "Screenshot_20261119-211540.png",
            "moye24",
            "tonghua24",
            t(11, 19, 21, 15, 40),
            extra={"places": places, "tags": tags, "battery": 22},
            calls=c(
                "me",
                (land, "", "呼入未接", t(11, 19, 16, 40), t(11, 19, 16, 42)),
                ("13845387741", "老妈", "呼入", t(11, 19, 16, 50)),
                (mob, "", "呼入未接", t(11, 19, 11, 0), t(11, 19, 11, 1), t(11, 19, 11, 3)),
                (land, "", "呼入未接", t(11, 18, 20, 10)),
            ),
        ),
        Screen(
            "Screenshot_20261120-093020.png",
            "yunshan24",
            "haoma24",
            t(11, 20, 9, 30, 20),
            title=land,
            extra={"place": "黑龙江 牡丹江 固话", "tag": "疑似催收 · 被标记356次", "battery": 83},
            calls=c(
                "me",
                (
                    land,
                    "",
                    "呼入未接",
                    t(11, 18, 20, 10),
                    t(11, 19, 16, 40),
                    t(11, 19, 16, 42),
                    t(11, 20, 9, 12),
                ),
            ),
        ),
        Screen(
            "微信图片_20261120154018.jpg",
            "yunshan24",
            "qunliao24",
            t(11, 20, 15, 40, 18),
            title="三车间班组群(23)",
            extra={"style": "clock", "battery": 47},
            msgs=m(
                ("system", t(11, 20, 14, 0), "速融贷后-赵经理 通过扫描二维码加入群聊"),
                (
                    nick,
                    t(11, 20, 14, 1),
                    "请问刘春燕是你们车间的吗？她在我们平台欠款壹万零贰佰肆拾元拒不还款。",
                ),
                ("王哥", t(11, 20, 14, 6), "你谁啊，工作群别乱发东西"),
                (
                    nick,
                    t(11, 20, 14, 8),
                    "麻烦各位同事转告她，再不还款我们就把她的欠款信息发到你们厂领导那儿。",
                ),
                ("王哥", t(11, 20, 14, 15), "@刘春燕 你看看这咋回事，整得大伙儿上班都不消停"),
                ("me", t(11, 20, 15, 30), "不好意思大家，我私下处理"),
            ),
        ),
        Screen(
            "mmexport1795192033402.jpg",
            "moye24",
            "weiliao24",
            t(11, 21, 0, 20),
            title=nick,
            extra={"style": "ago", "battery": 9},
            msgs=m(
                (nick, t(11, 20, 23, 18), "老妹儿，别给脸不要脸，明天中午前先转5千过来。"),
                ("me", t(11, 20, 23, 40), "我真没有那么多"),
                (nick, t(11, 21, 0, 15), "没有就去借，今儿晚上你大姑那边我们已经打过招呼了。"),
            ),
        ),
        Screen(
            "Screenshot_2026-11-22-06-58-00-231_com.android.systemui.png",
            "moye24",
            "suoping24",
            t(11, 22, 6, 58),
            extra={"apps": {"大姑": "微信"}, "battery": 100},
            msgs=m(
                (
                    sms,
                    t(11, 22, 6, 58),
                    "【速融资产】刘春燕您好，您的逾期账款已委托属地律师处理，律师将于今日联系您及您的家属。",
                ),
                (mob, t(11, 22, 6, 40), "起床没？再装死我们就上你单位门口拉横幅了。"),
                ("大姑", t(11, 22, 6, 30), "春燕啊，昨晚上有个男的给我打电话说你欠", "cut"),
            ),
        ),
        Screen(
            "微信图片_20261122100530.jpg",
            "yunshan24",
            "weiliao24",
            t(11, 22, 10, 5, 30),
            title="大姑",
            wrap="zhuanfa24",
            inner=inner,
            extra={"style": "clock", "battery": 91, "cut": 1},
            msgs=m(
                ("大姑", t(11, 22, 9, 50), "春燕，你看看这一宿给我打了多少个电话"),
                ("大姑", t(11, 22, 9, 52), "我这心脏可受不了这个，你到底欠人家多少钱？"),
                ("me", t(11, 22, 10, 3), "大姑对不住，我这两天就还上"),
            ),
        ),
        Screen(
            "Screenshot_20261122-120044.png",
            "yunshan24",
            "zhangdan24",
            t(11, 22, 12, 0, 44),
            extra={
                "platform": "融易花",
                "demanded_text": "10,240.00",
                "overdue": "已逾期 22 天",
                "battery": 88,
                "band": (60, 90, 200),
                "rows": [
                    ("借款金额", "8,000.00元"),
                    ("到账金额", "6,800.00元"),
                    ("平台服务费(已扣除)", "1,200.00元"),
                    ("利息", "1,600.00元"),
                    ("逾期费用", "640.00元"),
                    ("借款日期", "2026-09-01"),
                    ("最后还款日", "2026-10-31"),
                ],
                "note": "您的账单已逾期，请尽快还款，逾期将影响您的信用记录。",
            },
        ),
        Screen(
            "IMG_20261123_140512.jpg",
            "yunshan24",
            "hanjian24",
            t(11, 23, 14, 5, 12),
            extra={
                "size": (1080, 1440),
                "tilt": 1.6,
                "head": "黑龙江正德律师事务所",
                "title": "律 师 函",
                "body": [
                    "刘春燕女士：",
                    "本所受速融资产管理有限公司委托，现就您在融易花平台借款捌仟元逾期不还一事致函。",
                    "请于收函后48小时内偿还欠款10,240元，否则本所将向您户籍所在地法院起诉，并向您的紧急联系人及工作单位发送协查函。",
                    "经办人：赵经理 0453-6931288",
                ],
                "sign": ["黑龙江正德律师事务所", "2026年11月22日"],
            },
        ),
        Screen(
            "Screenshot_20261125-203010.png",
            "yunshan24",
            "xinxiang24",
            t(11, 25, 20, 30, 10),
            extra={"style": "clock", "battery": 44, "shown": {"10690211986": "融易花"}},
            msgs=m(
                (mob, t(11, 25, 19, 58), "跟你说最后一遍，明天再不还钱就上你家门口堵你。"),
                ("老妈", t(11, 25, 18, 0), "闺女，又有人打电话说要上门，你快回个电话"),
                (sms, t(11, 25, 9, 0), "【速融资产】刘春燕您好，我司已启动上门", "cut"),
                ("10690211986", t(11, 24, 10, 0), "【融易花】您的账单已更新，请登录", "cut"),
            ),
        ),
    ]
    return Case(
        "mudanjiang",
        "15845336218",
        [mob, land, sms, nick],
        [("老妈", "13845387741"), ("大姑", "13946326109"), ("王哥", "18645391120")],
        {"amount": 8000.0, "received": 6800.0, "deducted": 1200.0, "demanded": 10240.0},
        screens,
    )


def panzhihua() -> Case:
    """四川话 and pinyin evasions (yq, hk, txl); a 0812 landline, a mobile, a 106 sender."""
    mob, land, sms, nick = "15283674419", "0812-3369027", "106980095566", "安信债管-陈专员"
    col = {mob, number_key(land), sms, nick}
    m = lambda *rows: msgs(col, *rows)  # noqa: E731
    c = lambda owner, *rows: calls(col, owner, *rows)  # noqa: E731
    inner = Screen(
        "inner",
        "yunshan24",
        "xinxiang24",
        t(10, 24, 15, 58),
        owner="刘姐",
        extra={"style": "clock", "battery": 63, "shown": {"10001": "中国电信"}},
        msgs=m(
            (mob, t(10, 24, 14, 2), "你好，罗建欠钱不还，麻烦你转告他马上还款。"),
            (sms, t(10, 24, 13, 0), "【安信债管】您好，您的同事罗建在我司有", "cut"),
            ("10001", t(10, 24, 9, 0), "您本月话费账单已出，请登录查询", "cut"),
        ),
    )
    screens = [
        Screen(
            "Screenshot_20261021-221033.png",
            "qinglan24",
            "duanxin24",
            t(10, 21, 22, 10, 33),
            title=mob,
            extra={"sub": "四川 成都", "battery": 38, "style": "ago"},
            msgs=m(
                (mob, t(10, 20, 13, 15), "罗建，闪借宝3千yq七天了，你今天hk还是不hk？"),
                ("me", t(10, 20, 13, 40), "过两天嘛"),
                (
                    mob,
                    t(10, 20, 18, 2),
                    "过两天？你莫得信用的哦，再拖我们就bao你txl，你老汉幺妹一个都跑不脱。",
                ),
                (mob, t(10, 21, 22, 5), "晓得你在东区上班，明天我们的人直接过来找你。"),
            ),
        ),
        Screen(
            "Screenshot_20261022-091002.png",
            "guoguo24",
            "tonghua24",
            t(10, 22, 9, 10, 2),
            extra={
                "battery": 76,
                "places": {land: "四川 攀枝花", mob: "四川 成都"},
                "tags": {land: "疑似催收", mob: "骚扰电话 标记35人"},
            },
            calls=c(
                "me",
                (land, "", "呼入未接", t(10, 22, 8, 30), t(10, 22, 8, 32), t(10, 22, 8, 35)),
                (mob, "", "呼入未接", t(10, 21, 19, 0)),
                ("13908123364", "老汉", "呼入", t(10, 21, 18, 20)),
                (land, "", "呼入未接", t(10, 21, 15, 10), t(10, 21, 15, 12)),
                ("18982356610", "刘姐", "呼出", t(10, 21, 14, 0)),
            ),
        ),
        Screen(
            "Screenshot_20261022-120015.png",
            "guoguo24",
            "zhangdan24",
            t(10, 22, 12, 0, 15),
            extra={
                "platform": "闪借宝",
                "demanded_text": "3,960.00",
                "overdue": "已逾期 9 天",
                "battery": 70,
                "band": (150, 60, 200),
                "rows": [
                    ("借款金额", "3,000.00元"),
                    ("到账金额", "2,550.00元"),
                    ("审核费(已扣)", "450.00元"),
                    ("利息及违约金", "960.00元"),
                    ("借款日", "2026-09-06"),
                    ("到期日", "2026-10-13"),
                ],
            },
        ),
        Screen(
            "微信图片_20261022210044.jpg",
            "moye24",
            "qunliao24",
            t(10, 22, 21, 0, 44),
            title="罗家屋头(7)",
            extra={"style": "noon", "battery": 27, "carrier": "中国联通"},
            msgs=m(
                ("system", t(10, 22, 20, 0), "安信债管-陈专员 加入了群聊"),
                (
                    nick,
                    t(10, 22, 20, 1),
                    "各位好，罗建在闪借宝欠款叁仟玖佰陆拾元，已经逾期，麻烦家人转告他尽快处理。",
                ),
                ("幺妹", t(10, 22, 20, 5), "哥，这是啥子情况哦？"),
                ("老汉", t(10, 22, 20, 8), "你们是哪个？乱拉人进群，我要报警了哈"),
                (nick, t(10, 22, 20, 10), "报警也没用，欠钱还钱天经地义，明天不还我们就去他单位。"),
                ("me", t(10, 22, 20, 50), "爸你们莫管，我明天就还"),
            ),
        ),
        Screen(
            "mmexport1792769833402.jpg",
            "guoguo24",
            "weiliao24",
            t(10, 23, 23, 30),
            title=nick,
            extra={"style": "noon", "battery": 15},
            msgs=m(
                (
                    nick,
                    t(10, 22, 23, 18),
                    "罗建，今晚十二点前先还1500，不然明天早上你们单位门口见。",
                ),
                ("me", t(10, 23, 8, 30), "我今天发了工资就转"),
                (
                    nick,
                    t(10, 23, 15, 5),
                    "下午三点了钱呢？你再耍我，我就把你的借款截图发到你朋友圈。",
                ),
            ),
        ),
        Screen(
            "Screenshot_20261023-100009.png",
            "qinglan24",
            "haoma24",
            t(10, 23, 10, 0, 9),
            title=land,
            extra={"place": "四川 攀枝花 固话", "tag": "疑似催收 · 被标记87次", "battery": 66},
            calls=c(
                "me",
                (
                    land,
                    "",
                    "呼入未接",
                    t(10, 21, 15, 10),
                    t(10, 21, 15, 12),
                    t(10, 22, 8, 30),
                    t(10, 22, 8, 32),
                    t(10, 22, 8, 35),
                    t(10, 23, 9, 40),
                ),
            ),
        ),
        Screen(
            "Screenshot_2026-10-24-07-30-00-662_com.android.systemui.png",
            "qinglan24",
            "suoping24",
            t(10, 24, 7, 30),
            extra={"apps": {"幺妹": "微信"}, "battery": 92, "carrier": "中国联通"},
            msgs=m(
                (
                    sms,
                    t(10, 24, 7, 30),
                    "【安信债管】罗建先生，您的闪借宝欠款已逾期，今日将安排外访人员核实您的居住地址。",
                ),
                (mob, t(10, 24, 7, 25), "你再不接电话，我们就打给你们刘姐了。"),
                ("幺妹", t(10, 24, 7, 10), "哥，那些人又打电话给我了，你快点处理嘛"),
            ),
        ),
        Screen(
            "微信图片_20261024162012.jpg",
            "moye24",
            "weiliao24",
            t(10, 24, 16, 20, 12),
            title="刘姐",
            wrap="zhuanfa24",
            inner=inner,
            extra={"style": "noon", "battery": 58, "cut": 1, "carrier": "中国联通"},
            msgs=m(
                ("刘姐", t(10, 24, 16, 0), "小罗，我收到这些短信，你是不是借网贷了"),
                (
                    "刘姐",
                    t(10, 24, 16, 2),
                    "上班时间一直打我电话，我还要做事的，你自己跟他们说清楚。",
                ),
                ("me", t(10, 24, 16, 15), "刘姐对不起，给你添麻烦了"),
            ),
        ),
        Screen(
            "IMG_20261024_190233.jpg",
            "qinglan24",
            "hanjian24",
            t(10, 24, 19, 2, 33),
            extra={
                "size": (1080, 1440),
                "tilt": -3.0,
                "head": "攀枝花市东区人民法院",
                "title": "立 案 通 知",
                "body": [
                    "罗建：",
                    "原告安信债务管理有限公司诉你借款合同纠纷一案，本院已于2026年10月23日立案。",
                    "你欠款本息合计叁仟玖佰陆拾元，请于三日内联系0812-3369027处理，逾期本院将依法冻结你名下银行账户。",
                ],
                "sign": ["攀枝花市东区人民法院", "2026年10月23日"],
            },
        ),
        Screen(
            "Screenshot_20261025-214006.png",
            "qinglan24",
            "xinxiang24",
            t(10, 25, 21, 40, 6),
            extra={
                "style": "noon",
                "battery": 47,
                "carrier": "中国联通",
                "shown": {"1069015588": "闪借宝"},
            },
            msgs=m(
                (mob, t(10, 25, 21, 30), "莫躲了，你屋头地址我们晓得。"),
                (sms, t(10, 25, 19, 0), "【安信债管】罗建，外访人员已出发前往", "cut"),
                ("幺妹", t(10, 25, 12, 10), "哥你还了没得？"),
                ("1069015588", t(10, 24, 10, 0), "【闪借宝】您的账单已更新，登录", "cut"),
            ),
        ),
    ]
    return Case(
        "panzhihua",
        "18208125573",
        [mob, land, sms, nick],
        [("幺妹", "13551847720"), ("老汉", "13908123364"), ("刘姐", "18982356610")],
        {"amount": 3000.0, "received": 2550.0, "deducted": 450.0, "demanded": 3960.0},
        screens,
    )


def build() -> dict[str, Case]:
    return {case.key: case for case in (anshun(), tianshui(), mudanjiang(), panzhihua())}
