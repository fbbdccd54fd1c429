"""清远: 黄志豪 on a HyperOS-like phone, his mother's OPPO-like phone; 粤语 lines, a 家长群."""

from __future__ import annotations

from tests.blindgen31.model import Case, Msg, Screen
from tests.blindgen31.story import at, notice, preview, row, say, system

A = "13726590481"
A_SHOWN = "137 2659 0481"
B = "0763-3392716"
C = "106988076310"
D = "Kevin-信用管理部"
ME = "13692718855"
PHONE = "hyperpaper31"
MUM = "colorfifteen31"


def _a(text, when, sep=""):
    return say(A_SHOWN, text, when, sep, collector=True)


def _d(text, when, sep=""):
    return say(D, text, when, sep, collector=True)


def screens() -> list[Screen]:
    late = _a(
        "黄志豪你仲玩失踪？听日上昼十点前唔还，我哋直接去你阿妈屋企坐低等你。",
        at(12, 6, 21, 58),
        "21:58",
    )
    c_last = say(
        C,
        "【好易花】黄志豪，壹万元以内的欠款也会立案，你的资料已提交法务部，明日上午十点为最后"
        "处理时间。",
        at(12, 6, 18, 0),
        "2026/12/06 18:00",
        True,
    )
    inbox = Screen(
        "Screenshot_2026-12-06-22-10-05-318_com.android.mms.png", PHONE, "sms_inbox31",
        at(12, 6, 22, 10), title="短信",
        msgs=[
            preview(A, late.text[:18], late.at, "21:58", True),
            preview(C, c_last.text[:20], c_last.at, "18:00", True),
            preview("阿妈", "阿仔，今日又有人打电话俾我，你快啲", at(12, 6, 17, 42), "17:42"),
            preview("10086", "尊敬的客户，您好！您的流量套餐", at(12, 5, 8, 0), "昨天"),
            preview("顺丰速运", "【顺丰速运】您的快件已到达清远清城", at(12, 4, 15, 0), "12/04"),
            preview("招商银行", "您账户1026于12月03日快捷支付", at(12, 3, 11, 0), "12/03"),
        ],
    )  # fmt: skip
    lender = Screen(
        "Screenshot_2026-12-06-18-05-40-007_com.android.mms.png", PHONE, "sms_thread31",
        at(12, 6, 18, 5), title=C, sub="【好易花】服务号",
        msgs=[
            notice(C, "【好易花】黄志豪您好，您的借款8000.00元（实际到账6560.00元，服务费1440.00元"
                      "）"
                   "将于2026年12月01日到期，应还9850.00元。", at(11, 30, 10, 0),
                       "2026/11/30 10:00"),
            say(C, "【好易花】您已逾期1天，应还9850.00元，请立即还款。继续逾期将通知您的紧急联系人"
                   "并"
                "上报相关部门。", at(12, 2, 9, 0), "2026/12/02 09:00", True),
            say(C, "【好易花】您的账单已委外催收，催收人员将通过电话、上门等方式联系您本人及家属，"
                   "请于"
                "今日内处理。", at(12, 4, 9, 0), "2026/12/04 09:00", True),
            c_last,
        ],
    )  # fmt: skip
    thread = Screen(
        "Screenshot_2026-12-06-22-12-33-540_com.android.mms.png", PHONE, "sms_thread31",
        at(12, 6, 22, 12), wrap="stitch31", extra={"tall": 880}, title=A_SHOWN, sub="广东广州 移动",
        msgs=[
            _a("黄志豪，好易花嗰笔数你打算点算？本金加罚息差唔多1w，你一直唔听电话系咪想我哋上门？",
               at(12, 3, 20, 12), "12月3日 晚上8:12"),
            _a("我哋已经打咗俾你阿妈，佢话你成个礼拜冇返屋企。你唔好以为搬咗出去就揾唔到你，清远清"
               "城区"
               "就咁大。", at(12, 3, 20, 13)),
            say("me", "我而家真系冇钱，份工上个月冇咗，我同你哋客服讲咗下个月十号先还五千，你哋唔好"
                      "再打"
                "俾我阿妈。", at(12, 3, 20, 40), "12月3日 晚上8:40"),
            _a("下个月？你当我哋做慈善？9850，今晚十二点之前，少一蚊都唔得。", at(12, 5, 15, 5),
               "12月5日 下午3:05"),
            _a("唔还嘅话，我哋会将你嘅欠款资料印成传单，贴满你屋企楼下同你细路读书嗰间小学门口，到"
               "时唔好"
               "怪我哋。", at(12, 5, 15, 6)),
            late,
        ],
    )  # fmt: skip
    log = Screen(
        "Screenshot_2026-12-06-21-41-27-455_com.android.contacts.png", PHONE, "calllog31",
        at(12, 6, 21, 41),
        groups=[
            ("", [
                row(A, [at(12, 6, 21, 40), at(12, 6, 21, 37)], "刚刚", "疑似催收 广东广州",
                    collector=True),
                row(B, [at(12, 6, 21, 36)], "5分钟前", "疑似催收 标记 77 人 广东清远",
                    collector=True),
                row("阿妈", [at(12, 6, 20, 40)], "1小时前", "广东清远", "13902618845",
                    missed=False),
                row(A, [at(12, 6, 19, 10)], "2小时前", "疑似催收 广东广州", collector=True),
                row(B, [at(12, 6, 16, 41), at(12, 6, 16, 30)], "5小时前",
                    "疑似催收 标记 77 人 广东清远", collector=True),
            ]),
        ],
    )  # fmt: skip
    date = Screen(
        "Screenshot_2026-12-05-23-30-18-212_com.immomo.momo.png", PHONE, "datechat31",
        at(12, 5, 23, 30), title=D, sub="距离 3.2km · 刚刚在线",
        msgs=[
            system("对方通过附近的人向你打招呼", at(12, 5, 22, 47), "12-05 22:47"),
            _d("黄生，唔使惊，我唔系嚟交友嘅，我系好易花信用管理部嘅，揾咗你好耐。", at(12, 5, 22,
                47)),
            say("me", "你们连陌陌都能找到我？", at(12, 5, 22, 50)),
            _d("你所有社交账号我哋都查到，微信、抖音、陌陌。成万蚊都唔还，你仲有心情玩呢啲？",
               at(12, 5, 22, 51)),
            _d("听日我会将你嘅资料发晒俾你附近嘅人睇，等大家知道你系咩人。", at(12, 5, 22, 52)),
            say("me", "我会还的，给我几天时间。", at(12, 5, 23, 10)),
            _d("几天？你讲咗成个月啦。", at(12, 5, 23, 12)),
        ],
    )  # fmt: skip
    school = Screen(
        "Screenshot_2026-12-06-12-20-09-876_com.tencent.mm.png", PHONE, "classgroup31",
        at(12, 6, 12, 20), title="三年级(2)班家长群(46)", extra={"group": True},
        msgs=[
            system(f"\u201c{D}\u201d通过扫描二维码加入群聊", at(12, 5, 19, 30), "12月5日 晚上7:30"),
            _d("各位家长好，打扰大家。本群黄子轩的爸爸黄志豪欠我司九千八百五十元至今不还，电话不接"
               "信息"
               "不回，请认识他的家长帮忙转告。", at(12, 5, 19, 31)),
            _d("我们也不想搞到学校来，但是佢自己唔出面，冇办法。黄生，你也不想孩子在学校抬不起头吧"
               "？",
               at(12, 5, 19, 32)),
            say("欣怡妈妈", "这是什么人啊？陈老师快点把他踢出去。", at(12, 5, 19, 35)),
            say("班主任陈老师", "请无关人员立即退群，已向学校汇报。子轩爸爸请私聊我。", at(12, 5,
                19, 52),
                "12月5日 晚上7:52"),
            say("me", "陈老师，各位家长，实在对不起，给大家添麻烦了，我会尽快处理，请不要在孩子面前"
                      "提"
                "这件事。", at(12, 6, 12, 15), "12月6日 中午12:15"),
        ],
    )  # fmt: skip
    tag = "疑似催收 · 广东广州"
    mum_log = Screen(
        "Screenshot_2026-12-06-17-38-02-51_com.android.contacts.png", MUM, "calllog31",
        at(12, 6, 17, 38), owner="阿妈",
        groups=[
            ("今天", [
                row(A, [at(12, 6, 17, 20), at(12, 6, 16, 58), at(12, 6, 15, 31), at(12, 6, 11, 2),
                        at(12, 6, 10, 47)], "17:20", tag, collector=True),
                row("阿仔", [at(12, 6, 12, 0)], "12:00", "手机 | 广东清远", ME, missed=False),
            ]),
            ("昨天", [
                row(B, [at(12, 5, 20, 11), at(12, 5, 20, 3)], "20:11", "疑似催收 · 广东清远",
                    collector=True),
            ]),
            ("12月4日 星期五", [
                row(A, [at(12, 4, 9, 58)], "09:58", tag, collector=True),
            ]),
        ],
    )  # fmt: skip
    mum = Screen(
        "Screenshot_2026-12-06-21-00-31-802_com.tencent.mm.png", PHONE, "wxchat31",
        at(12, 6, 21, 0), wrap="fwd31", title="阿妈", dark=True, inner=mum_log,
        extra={"cut": 0.6},
        msgs=[
            say("阿妈", "佢又打咗好多次，我截咗图俾你睇。", at(12, 6, 17, 40), "12月6日 下午5:40"),
            Msg("阿妈", "", at(12, 6, 17, 40), kind="image"),
            say("阿妈", "今朝有个男人打电话俾我，话你欠咗佢哋公司成万蚊，仲话要嚟屋企搵你，"
                "系咪真㗎？", at(12, 6, 17, 41)),
            say("me", "阿妈，系我之前借咗网贷，唔好理佢，佢哋打嚟你就收线，我会处理好。",
                at(12, 6, 17, 52)),
        ],
    )  # fmt: skip
    mum_page = Screen(
        "IMG_20261206_190012.jpg", MUM, "numpage31", at(12, 6, 19, 0), owner="阿妈", wrap="moire31",
        title=A_SHOWN, sub="广东广州 移动", extra={"tag": "疑似催收 · 标记 89 人"},
        calls=[
            row(A, [at(12, 6, 17, 20)], "今天 17:20", collector=True, note="未接来电"),
            row(A, [at(12, 6, 16, 58)], "今天 16:58", collector=True, note="未接来电"),
            row(A, [at(12, 6, 15, 31)], "今天 15:31", collector=True, note="未接来电"),
            row(A, [at(12, 6, 11, 2)], "今天 11:02", collector=True, note="已拒接"),
            row(A, [at(12, 6, 10, 47)], "今天 10:47", collector=True, note="未接来电"),
            row(A, [at(12, 4, 9, 58)], "12月4日 09:58", collector=True, missed=False,
                note="呼入 2分31秒"),
        ],
    )  # fmt: skip
    letter = Screen(
        "IMG_20261206_101533.jpg", PHONE, "letter31", at(12, 6, 10, 15), wrap="paperphoto31",
        title="律师函",
        extra={
            "no": "粤衡律函〔2026〕第1205号", "to": "黄志豪先生：",
            "before": ["广东衡信律师事务所接受好易花平台的委托，现就你拖欠借款一事致函如下："],
            "after": [f"联系电话：{B}"],
            "sign": "广东衡信律师事务所", "date": "2026年12月5日", "seal": "广东衡信律师事务所",
        },
        msgs=[Msg(B, "你于2026年11月1日在好易花平台借款捌仟元，逾期至今拒不归还，已涉嫌合同诈骗。限"
                     "你于"
                  "2026年12月8日前一次性归还欠款玖仟捌佰伍拾元，否则本所将协助委托人向清远市公安局"
                  "清城"
                  "分局报案，并向你的工作单位及居住地社区发函。", at(12, 5, 12, 0), True,
                      "letter")],
    )  # fmt: skip
    bill = Screen(
        "mmexport1765013411230.jpg", PHONE, "bill31", at(12, 6, 9, 30), wrap="jpeg31",
        title="好易花 · 待还账单",
        extra={
            "color": "#ff5a36", "due_label": "应还金额", "due": "¥9,850.00", "overdue": "已逾期 5 "
                                                                                        "天",
            "rows": [
                ("借款金额", "¥8,000.00"), ("到账金额", "¥6,560.00"),
                ("服务费（已从放款中扣除）", "¥1,440.00"), ("借款日", "2026-11-01"),
                ("到期日", "2026-12-01"), ("逾期罚息", "¥410.00"),
            ],
            "note": "请于今日内还款，逾期记录将影响您在合作机构的信用评估。",
        },
    )  # fmt: skip
    return [inbox, lender, thread, log, date, school, mum, mum_page, letter, bill]


CASE = Case(
    "qingyuan", ME, [A, B, C, D],
    [("阿妈", "13902618845"), ("班主任陈老师", "13828503376")],
    {"amount": 8000, "received": 6560, "deducted": 1440, "demanded": 9850},
    screens(),
)  # fmt: skip
