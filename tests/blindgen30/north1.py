"""张家口 (河北): a budget 荣耀 at 720 px, light and dark; the lender's 106, a collector who moves
to the next number, a landline, a «法务» who joins the family group, a forged court notice."""

from __future__ import annotations

from tests.blindgen30.build import CP, IMG, ME, NOTE, OP, OT, SYS, C, K, t
from tests.blindgen30.model import Case, Screen

PHONE = "15231364481"
A, B, L, S = "185 3134 2207", "185 3134 2208", "0313-8261457", "10690313552"
N = "速易花法务-王专员"
MOM, WIFE, AUNT = "139 3131 0267", "150 3138 7712", "133 1313 5546"
PLACE = "河北张家口"


def case() -> Case:
    own = PHONE
    s = []
    s.append(
        Screen(
            "Screenshot_20261124_092211.png",
            "honor30",
            "bill30",
            t("11-24 09:22"),
            own,
            extra={
                "platform": "速易花",
                "due_total": "9,460.00",
                "overdue": "已逾期4天",
                "fields": [
                    ("借款金额", "8,000.00元"),
                    ("实际到账", "7,200.00元"),
                    ("服务费(已扣除)", "800.00元"),
                    ("借款日期", "2026-10-21"),
                    ("到期日", "2026-11-20"),
                    ("期数", "1/1期"),
                ],
            },
        )
    )
    s.append(
        Screen(
            "Screenshot_20261128_210312.png",
            "honor30",
            "sms_thread30",
            t("11-28 21:03"),
            own,
            title=S,
            sub="速易花",
            msgs=[
                C(
                    S,
                    "【速易花】您的借款已逾期4天，应还9460.00元，今日18点前未还款将转交第三方催收处理。",
                    "11-24 10:00",
                ),
                C(
                    S,
                    "【速易花】赵海军，您已逾期6天，我司已启动贷后程序，将联系您的紧急联系人核实情况。",
                    "11-26 09:12",
                ),
                ME("我这个月工资还没发，能不能宽限几天", "11-26 12:40"),
                C(
                    S,
                    "【速易花】最后通知：今晚22点前还清玖仟肆佰陆拾元，否则上报征信并通知您的亲友及单位。",
                    "11-28 20:30",
                ),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_20261128_215530.png",
            "honordark30",
            "sms_thread30",
            t("11-28 21:55"),
            own,
            title=A,
            sub="河北 张家口",
            extra={"times": "full"},
            msgs=[
                C(A, "赵海军你借速易花的钱到底还不还？别装死，电话也不接。", "11-27 14:05"),
                C(A, "你不接电话是吧，那我就挨个给你通讯录打，你媳妇你妈都跑不了。", "11-27 14:06"),
                ME("求求你别给我家里人打电话，我月底一定还上", "11-27 19:40"),
                C(A, "月底？你说的话还有人信吗，今天中午之前先还伍仟，剩下的再说。", "11-28 09:30"),
                C(A, "行，你有种，明天我直接去你们单位找你领导聊聊。", "11-28 21:50"),
            ],
        )
    )
    s.append(
        Screen(
            "Screenshot_20261129_221804.png",
            "honordark30",
            "sms_thread30",
            t("11-29 22:18"),
            own,
            title="10010",
            sub="中国联通",
            msgs=[
                NOTE(
                    "10010",
                    "【来电提醒】您好，139 3131 0267 于 11月28日 07:45 来电 1 次，对方未留言。",
                    "11-28 07:50",
                ),
                NOTE(
                    "10010",
                    "【来电提醒】您好，185 3134 2208 于 11月29日 21:14 来电 3 次，对方未留言。"
                    "您可回拨联系。",
                    "11-29 21:20",
                ),
                NOTE(
                    "10010",
                    "【来电提醒】您好，185 3134 2208 于 11月29日 22:03 来电 2 次，对方未留言。"
                    "您可回拨联系。",
                    "11-29 22:10",
                ),
            ],
            calls=[
                K(B, "11-29 21:14", 3, words="来电 3 次", drawn=False),
                K(B, "11-29 22:03", 2, words="来电 2 次", drawn=False),
            ],
        )
    )
    log_a = [
        K(A, "11-29 20:51", 3, tag="疑似催收", place=PLACE),
        K(MOM, "11-29 19:02", col=False, name="妈妈", place=PLACE),
        K(L, "11-29 16:20", 2, tag="标记46人", place="河北张家口 固话"),
        K(A, "11-28 12:10", tag="疑似催收", place=PLACE),
        K(WIFE, "11-28 18:00", col=False, name="媳妇", kind="out", place=PLACE),
        K(L, "11-27 10:02", tag="标记46人", place="河北张家口 固话"),
        K(A, "11-27 14:00", 2, tag="疑似催收", place=PLACE),
    ]
    s.append(
        Screen(
            "Screenshot_20261130_073344.png",
            "honor30",
            "dialer30",
            t("11-30 07:33"),
            own,
            calls=log_a,
        )
    )
    log_b = [
        *log_a[3:],
        K(A, "11-26 19:30", 4, tag="疑似催收", place=PLACE),
        K(AUNT, "11-26 20:15", col=False, name="大姑", place=PLACE),
        K(MOM, "11-25 08:10", col=False, name="妈妈", kind="out", place=PLACE),
    ]
    s.append(
        Screen(
            "Screenshot_20261130_073402.png",
            "honor30",
            "dialer30",
            t("11-30 07:34"),
            own,
            calls=log_b,
        )
    )
    s.append(
        Screen(
            "Screenshot_20261201_062041.png",
            "honor30",
            "lock30",
            t("12-01 06:20"),
            own,
            msgs=[
                C(
                    B,
                    "赵海军我换个号你就不认识了？今天再不还钱，你们全家都别想消停。",
                    "12-01 06:02",
                    shown="信息",
                ),
                OT("大姑", "海军啊，一大早又有人打电话来，咋整啊", "12-01 06:15", shown="微信"),
                OT(
                    "95588",
                    "【工商银行】您尾号4471卡11月30日消费支出人民币128.00元。",
                    "11-30 19:58",
                    shown="信息",
                ),
            ],
        )
    )
    aunt_log = Screen(
        "aunt_calls",
        "elder30",
        "dialer30",
        t("12-01 08:20"),
        AUNT.replace(" ", ""),
        calls=[
            K(A, "11-30 20:15", 3, place=PLACE),
            K(A, "11-29 11:40", place=PLACE),
            K(MOM, "11-29 09:00", col=False, name="弟妹", place=PLACE),
        ],
    )
    s.append(
        Screen(
            "mmexport1764549010123.jpg",
            "memo30",
            "memo30",
            t("12-01 08:25"),
            AUNT.replace(" ", ""),
            wrap="memo30",
            inner=aunt_log,
            note="海军，这个号这几天天天给我打电话，一打就是好几遍，你看看这是咋回事，这事儿闹的",
        )
    )
    s.append(
        Screen(
            "Screenshot_20261203_103015.png",
            "honor30",
            "wxgroup30",
            t("12-03 10:30"),
            own,
            title="老赵家(12)",
            msgs=[
                SYS(f"“{N}”通过扫描二维码加入群聊", "12-02 19:38"),
                C(
                    N,
                    "各位好，我是速易花法务部王专员，赵海军借款逾期拒不还款，请各位家属转告他今天之内联系我处理。",
                    "12-02 19:40",
                ),
                OT("大姑", "你这是整啥呢，有事找他本人去，往群里发啥", "12-02 19:44"),
                OT("妈妈", "海军到底欠了人家多少钱，你倒是说句话啊", "12-02 19:47"),
                ME("王专员，求你别在群里说了，我明天就想办法", "12-02 20:03"),
                C(
                    N,
                    "不处理的话，下一步我们就把他的欠款信息发到他单位群里，让大家都看看。",
                    "12-03 09:52",
                ),
            ],
        )
    )
    s.append(
        Screen(
            "IMG_20261203_141502.jpg",
            "honor30",
            "letter30",
            t("12-03 14:15"),
            own,
            wrap="photo30",
            extra={
                "head": "张家口市桥西区人民法院",
                "kind": "执行通知书",
                "no": "(2026)冀0703执字第1187号",
                "body": [
                    "被执行人赵海军：",
                    "你与速易花借款合同纠纷一案，本院已立案执行。限你于2026年"
                    "12月5日前履行还款义务玖仟肆佰陆拾元，逾期将依法冻结你名下银行账户并列入失信"
                    "被执行人名单。",
                    f"联系人：王专员  联系电话：{L}",
                ],
                "foot": ["张家口市桥西区人民法院执行庭", "二〇二六年十二月三日"],
            },
        )
    )
    return Case(
        "zhangjiakou",
        PHONE,
        "赵海军",
        [A, B, L, S, N],
        [("妈妈", MOM), ("媳妇", WIFE), ("大姑", AUNT)],
        s,
        {"amount": 8000.0, "received": 7200.0, "deducted": 800.0, "demanded": 9460.0},
    )


__all__ = ["CP", "IMG", "OP", "case"]
