"""漳州: 林雅婷 on a dark One-UI-like phone, her brother's HyperOS-like one; 闽南, Nov→Dec."""

from __future__ import annotations

from tests.blindgen31.model import Case, Msg, Screen
from tests.blindgen31.story import at, preview, row, say

A = "19859617402"
A_SHOWN = "198 5961 7402"
B = "0596-2835170"
C = "95716288"
D = "金豆分期-陈主管"
ME = "15959631208"
PHONE = "oneuidusk31"
BRO = "hyperpaper31"


def _a(text, when, sep=""):
    return say(A_SHOWN, text, when, sep, collector=True)


def _d(text, when, sep=""):
    return say(D, text, when, sep, collector=True)


def screens() -> list[Screen]:
    tag_a = "骚扰电话 · 福建厦门"
    tag_b = "疑似催收 · 标记 58 人 · 福建漳州"
    log = Screen(
        "Screenshot_20261202-214012_Phone.png", PHONE, "dialer31", at(12, 2, 21, 40), sub="最近",
        groups=[
            ("今天", [
                row(A, [at(12, 2, 21, 18), at(12, 2, 21, 5), at(12, 2, 20, 47)], "21:18", tag_a,
                    collector=True),
                row(B, [at(12, 2, 15, 20)], "15:20", tag_b, collector=True),
                row("阿兄", [at(12, 2, 12, 41)], "12:41", "手机", "13859612077", missed=False),
            ]),
            ("昨天", [
                row(A, [at(12, 1, 19, 2), at(12, 1, 18, 40)], "19:02", tag_a, collector=True),
                row(C, [at(12, 1, 10, 0)], "10:00", "客服热线 · 金豆分期", collector=True),
            ]),
            ("11月30日 星期一", [
                row(B, [at(11, 30, 23, 40)], "23:40", tag_b, collector=True),
                row(A, [at(11, 30, 9, 15)], "09:15", tag_a, collector=True),
            ]),
        ],
    )  # fmt: skip
    pop = _a(
        "前台小姐说你今天请假了？没关系，我们有的是时间，中午你楼下见。",
        at(12, 2, 10, 29),
        "12月2日 星期三 上午10:29",
    )
    thread = Screen(
        "Screenshot_20261202-214531_Messages.png", PHONE, "sms_thread31", at(12, 2, 21, 45),
        wrap="stitch31", extra={"tall": 940}, title=A_SHOWN, sub="福建厦门 · 中国电信",
        msgs=[
            _a("林雅婷，金豆分期的5000块你打算拖到什么时候？汝莫以为换个号码就找不到你。",
               at(11, 29, 11, 5), "11月29日 星期日 上午11:05"),
            _a("我再讲一遍，今天之内还6120，要不然明天开始你漳州老家厝边头尾都会知道你借钱不还，你"
               "阿爸阿母面子往哪里放。", at(11, 29, 11, 6)),
            say("me", "我已经失业两个月了，不是故意不还，能不能先免掉一些罚息，我下个月找到工作一定"
                      "还。",
                at(11, 29, 12, 10), "11月29日 星期日 中午12:10"),
            _a("失业关我什么事，伍仟的本金加上这些天的费用，一分不能少。你再不处理，我们就按照民法"
               "典"
               "第一千二百条给你定性为诈骗，直接移送公安。", at(12, 1, 19, 5), "12月1日 星期二 晚上"
                                                                               "7:05"),
            _a("你公司王姐的电话我也有，要不要我帮你跟她讲讲你的光荣事迹？", at(12, 1, 19, 6)),
            pop,
        ],
    )  # fmt: skip
    inbox = Screen(
        "Screenshot_2026-12-02-08-30-44-120_com.android.mms.png", BRO, "sms_inbox31",
        at(12, 2, 8, 30), owner="阿兄", title="短信",
        msgs=[
            preview(A, "你是林雅婷的阿兄吧，伊欠我们公司的钱拖了", at(12, 2, 8, 12), "08:12", True),
            preview("中国移动", "尊敬的客户，您本月话费账单已出", at(12, 1, 9, 0), "昨天"),
            preview(C, "【金豆分期】您的家人林雅婷已严重逾期，请督促", at(11, 30, 16, 0), "11-30",
                True),
            preview("阿妹", "阿兄，如果有陌生人打电话来说我欠钱", at(11, 29, 20, 3), "11-29"),
            preview("建设银行", "您尾号3318的储蓄卡11月28日支出", at(11, 28, 12, 0), "11-28"),
        ],
    )  # fmt: skip
    shop = Screen(
        "Screenshot_20261201-142005_Xianyu.png", PHONE, "shopchat31", at(12, 1, 14, 20), title=D,
        sub="来自闲鱼 · 刚刚来过",
        extra={"item": "九成新婴儿推车 可折叠 漳州自提", "price": "¥380"},
        msgs=[
            _d("这个推车还在吗？顺便问一下，你是不是林雅婷，身份证尾号0426的那个？", at(11, 30, 16,
                2),
               "11-30 16:02"),
            say("me", "在的，你是买东西还是干嘛？", at(11, 30, 16, 5)),
            _d("买什么买，你在金豆分期的欠款6120到现在一分没还，倒有闲心在这里卖东西。卖了钱先还我"
               "们，"
               "不然我在你每个宝贝下面都留言说你是老赖。", at(11, 30, 16, 7)),
            _d("我已经看到你发的地址了，漳州芗城那个小区，我们外访员这周就过去，你最好在家。",
               at(12, 1, 13, 58), "12-01 13:58"),
            say("me", "你再骚扰我我就报警了。", at(12, 1, 14, 1)),
        ],
    )  # fmt: skip
    work = Screen(
        "Screenshot_20261202-103012_WeChat.png", PHONE, "workgroup31", at(12, 2, 10, 30),
        title="鑫达贸易-业务部(18)", dark=False,
        extra={"group": True, "banner": ("信息", "刚刚", Msg(A_SHOWN, pop.text[:22], pop.at))},
        msgs=[
            say("王姐", "雅婷，早上前台接了三个电话，都是找你的，说你欠钱不还，要公司配合找你，搞得"
                        "大家都"
                "在问。", at(12, 2, 9, 41), "09:41"),
            say("阿斌", "我这边也接到了，一个厦门号码，讲话很冲，说再找不到你就每天打我们部门的电话"
                        "。",
                at(12, 2, 9, 44)),
            say("王姐", "你私人的事情自己处理好，不要影响到公司，老板已经问我两次了。", at(12, 2, 9,
                50)),
            say("me", "对不起王姐，对不起大家，我今天下午就去处理，他们打来直接挂掉就好。",
                at(12, 2, 10, 3)),
            say("阿斌", "他还说要把你照片做成海报发到我们公司群，你小心点。", at(12, 2, 10, 20)),
        ],
    )  # fmt: skip
    bro_page = Screen(
        "Screenshot_2026-12-02-08-35-10-902_com.android.contacts.png", BRO, "numpage31",
        at(12, 2, 8, 35), owner="阿兄", title=A_SHOWN, sub="福建厦门 移动",
        extra={"tag": "骚扰电话 · 标记 211 人", "head": "与此号码的通话"},
        calls=[
            row(A, [at(12, 2, 8, 5)], "12-02 08:05", collector=True, note="未接"),
            row(A, [at(12, 1, 21, 30)], "12-01 晚上9:30", collector=True, note="未接"),
            row(A, [at(12, 1, 21, 28)], "12-01 晚上9:28", collector=True, note="已拒接"),
            row(A, [at(11, 30, 12, 14)], "11-30 中午12:14", collector=True, missed=False,
                note="呼入 1分05秒"),
        ],
    )  # fmt: skip
    bro = Screen(
        "mmexport1764636018821.jpg", PHONE, "wxchat31", at(12, 2, 9, 0), wrap="jpeg31",
            title="阿兄",
        msgs=[
            say("阿兄", "阿妹，昨暗有一个厦门的号码一直打给我，讲你欠钱，到底是按怎？", at(12, 1,
                22, 14),
                "昨天 22:14"),
            say("阿兄", "伊讲再不还就去阿爸阿母的厝闹，阿母听了一暝都没睡。", at(12, 1, 22, 15)),
            say("me", "阿兄，歹势，是我去年借的网贷，利息太高滚起来的，我会处理，你莫接那个号码就好"
                      "。",
                at(12, 1, 22, 40)),
            say("阿兄", "钱不够你讲一声，阿兄先帮你垫，莫给阿爸阿母知道。", at(12, 2, 8, 47),
                "08:47"),
        ],
    )  # fmt: skip
    bill = Screen(
        "Screenshot_20261201-200014_Jindou.png", PHONE, "bill31", at(12, 1, 20, 0),
        title="金豆分期 · 账单详情",
        extra={
            "color": "#e8742c", "due_label": "当前应还", "due": "¥6,120.00", "overdue": "已逾期 4 "
                                                                                        "天",
            "rows": [
                ("借款本金", "¥5,000.00"), ("到账金额", "¥4,250.00"),
                ("平台服务费（放款时扣除）", "¥750.00"), ("借款日", "2026-10-28"),
                ("应还日", "2026-11-27"), ("逾期天数", "4天"),
            ],
            "note": "逾期信息将同步至合作机构，请及时还款。",
        },
    )  # fmt: skip
    c_msg = "【金豆分期】林雅婷，您的逾期账单已转交贷后外访组，今日将安排人员"
    lock = Screen(
        "Screenshot_20261203-071205_One UI Home.jpg", PHONE, "lock31", at(12, 3, 7, 12),
        extra={
            "date": "12月3日 星期四", "clock": "07:12",
            "bg": "linear-gradient(170deg,#0b1026,#20305a 60%,#3b2a4a)",
            "banners": [
                ("信息", C, "3分钟前", c_msg + "…"),
                ("微信", "阿兄", "25分钟前", "阿兄：钱我转给你了，你先还掉"),
                ("日历", "提醒", "上午8:00", "交房租"),
            ],
        },
        msgs=[preview(C, c_msg, at(12, 3, 7, 9), "3分钟前", True)],
    )  # fmt: skip
    letter = Screen(
        "IMG_20261202_131544.jpg", PHONE, "letter31", at(12, 2, 13, 15), wrap="paperphoto31",
        title="立案通知书",
        extra={
            "no": "（2026）闽0602民诉前调字第3317号", "to": "被告林雅婷：",
            "before": ["原告金豆分期（以下简称原告）诉你借款合同纠纷一案，本院已于2026年12月1日受理"
                       "。"],
            "after": [f"联系电话：{B}"],
            "sign": "漳州市芗城区人民法院", "date": "二〇二六年十二月一日", "seal": "漳州市芗城区人"
                                                                                    "民法院",
        },
        msgs=[Msg(B, "限你于本通知送达后三日内与原告委托的催收专员联系并一次性清偿欠款陆仟壹佰贰拾"
                     "元，"
                  "逾期不履行，本院将冻结你名下所有银行账户，并将你列入失信被执行人名单，限制你及子"
                  "女"
                  "乘坐高铁飞机。", at(12, 1, 12, 0), True, "letter")],
    )  # fmt: skip
    return [log, thread, inbox, shop, work, bro_page, bro, bill, lock, letter]


CASE = Case(
    "zhangzhou", ME, [A, B, C, D],
    [("阿兄", "13859612077"), ("王姐", "13906952318"), ("阿斌", "15880627719")],
    {"amount": 5000, "received": 4250, "deducted": 750, "demanded": 6120},
    screens(),
)  # fmt: skip
