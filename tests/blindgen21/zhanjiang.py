"""湛江: a Flyme-like phone with a round clock; 湖北 words in a long capture three screens tall,
a 快手-like DM, the colleague's 钉钉-like chat with 已读/未读 and the mother's dark phone
forwarded, two overlapping call-log shots (the second cropped at the top)."""

from __future__ import annotations

from tests.blindgen21.model import Call, Case, Msg, Screen
from tests.blindgen21.story import mark_collectors, shot, t

PHONE = "13729031648"
MOBILE = "17386020957"
LAND = "027-59360418"
DING = "闪银宝-雷经理"
KUAI = "江城收账人"
MUM = ("老妈", "13692412087")
COLLEAGUE = ("同事阿玲", "13828107746")

_LONG = [
    Msg(
        MOBILE,
        "黄丽萍你好，这边是闪银宝贷后，你的账单已经逾期十一天，今天记得处理。",
        t("03-16 09:30"),
    ),
    Msg("me", "好的，知道了。", t("03-16 09:41")),
    Msg(MOBILE, "逾期十二天了，9960元你今天下班前转过来，莫拖。", t("03-17 09:05")),
    Msg("me", "能不能宽限几天？", t("03-17 09:20")),
    Msg(MOBILE, "宽限？你当是菜市场讨价还价啊，我们这边系统不等人的。", t("03-17 09:24")),
    Msg(MOBILE, "你下午打个电话过来，我跟你说清楚，不打的话后果你自己掂量。", t("03-17 14:10")),
    Msg("me", "我在上班，不方便接电话。", t("03-17 14:30")),
    Msg(MOBILE, "上班不方便？那我打到你们前台去，看方不方便。", t("03-17 14:33")),
    Msg(MOBILE, "你晓不晓得你这个叫恶意拖欠，我们法务已经在准备材料了。", t("03-17 21:15")),
    Msg("me", "我没有恶意，只是暂时没钱。", t("03-17 21:40")),
    Msg(MOBILE, "没钱就找你屋里人借，你老妈的电话我这边已经有了。", t("03-17 21:46")),
    Msg(MOBILE, "黄丽萍，闪银宝的账你搞么斯？逾期十几天了电话也不接。", t("03-18 10:02")),
    Msg("me", "最近手头紧，下个月发了工资就还。", t("03-18 10:15")),
    Msg(MOBILE, "下个月？冇得下个月，今天晚上之前9960元整一次性结清。", t("03-18 10:18")),
    Msg(MOBILE, "你莫跟我装糊涂，你屋里几个人的电话我手里都有，一个一个打。", t("03-18 19:40")),
    Msg("me", "你们这样是违法的，我会投诉。", t("03-18 19:52")),
    Msg(
        MOBILE,
        "投诉？你去投噻，投完了钱还是要还，\n你老妈那边我明天上午再去问候一下，\n"
        "你同事阿玲那边也会收到你的欠款截图，\n看你以后在单位还抬不抬得起头。",
        t("03-18 23:02"),
    ),
    Msg(MOBILE, "晚上11点02分发你的信息看到了冇？装死是吧。", t("03-19 07:10")),
    Msg("me", "我看到了，我在想办法。", t("03-19 07:30")),
    Msg(MOBILE, "2026/03/20中午十二点是最后期限，过了这个点就按恶意逃废债处理。", t("03-19 12:05")),
]


def case() -> Case:
    screens = [
        Screen(
            shot("meizu", t("03-01 15:20")),
            "flymeround21",
            "bill21",
            "borrower",
            t("03-01 15:20"),
            battery=88,
            extra={
                "due": "9960.00",
                "due_line": "本期已逾期 · 请立即还款",
                "rows": [
                    ("借款金额", "8000元"),
                    ("实际到账", "6800元"),
                    ("会员费(已扣)", "1200元"),
                    ("账单日", "2026/03/05"),
                ],
            },
        ),
        Screen(
            shot("meizu", t("03-19 12:30")),
            "flymeround21",
            "inbox21",
            "borrower",
            t("03-19 12:30"),
            battery=60,
            msgs=[
                Msg(
                    MOBILE,
                    "2026/03/20中午十二点是最后期限，过了这个点就按恶意逃废债处理。",
                    t("03-19 12:05"),
                    preview=True,
                ),
                Msg(
                    COLLEAGUE[0],
                    "丽萍，有个人在钉钉上找我说你欠钱，你要不要看看截图",
                    t("03-19 11:20"),
                    preview=True,
                ),
                Msg(
                    "10086",
                    "尊敬的客户，您本月话费账单已生成，截至3月18日您的账户余额为36.50元",
                    t("03-19 09:00"),
                    preview=True,
                ),
            ],
        ),
        Screen(
            shot("meizu", t("03-19 12:32"), 1),
            "flymeround21",
            "sms21",
            "borrower",
            t("03-19 12:32"),
            title=MOBILE,
            battery=60,
            msgs=_LONG,
            extra={"tall": 3},
        ),
        Screen(
            shot("meizu", t("03-19 13:00"), 2),
            "flymeround21",
            "calllog21",
            "borrower",
            t("03-19 13:00"),
            battery=57,
            calls=[
                Call(MOBILE, t("03-19 12:40"), 2, tag="湖北武汉 | 催收"),
                Call(LAND, t("03-19 08:15"), 3, tag="湖北武汉 | 疑似诈骗"),
                Call(MOBILE, t("03-18 23:05"), 4, tag="湖北武汉 | 催收"),
                Call(MUM[1], t("03-18 22:30"), 1, name=MUM[0], tag="广东湛江"),
            ],
        ),
        Screen(
            shot("meizu", t("03-19 13:01"), 3),
            "flymeround21",
            "calllog21",
            "borrower",
            t("03-19 13:01"),
            battery=57,
            post=("crop",),
            calls=[
                Call(MOBILE, t("03-18 23:05"), 4, tag="湖北武汉 | 催收"),
                Call(MUM[1], t("03-18 22:30"), 1, name=MUM[0], tag="广东湛江"),
                Call(COLLEAGUE[1], t("03-18 17:45"), 1, name=COLLEAGUE[0], tag="广东湛江"),
                Call(LAND, t("03-18 14:20"), 2, tag="湖北武汉 | 疑似诈骗"),
            ],
        ),
        Screen(
            shot("meizu", t("03-19 20:15"), 4),
            "flymeround21",
            "kuaidm21",
            "borrower",
            t("03-19 20:15"),
            title=KUAI,
            battery=33,
            msgs=[
                Msg(
                    KUAI,
                    "黄丽萍，你快手上发的那些自拍我都截图了，配上你的欠款记录做成"
                    "“老赖曝光”视频，你看要不要得？",
                    t("03-19 19:48"),
                ),
                Msg("me", "你敢发我就报警。", t("03-19 19:55")),
                Msg(KUAI, "报警？警察管得到你欠钱不还？明天中午之前不还就发。", t("03-19 20:01")),
            ],
        ),
        Screen(
            shot("wx", t("03-19 11:25")),
            "colorthirteen21",
            "dingread21",
            COLLEAGUE[0],
            t("03-19 11:25"),
            title=DING,
            post=("forward", "mark"),
            extra={"mark": (70, 205, 560, 150)},
            battery=71,
            msgs=[
                Msg(
                    DING,
                    "您好，请问是黄丽萍的同事吗？她在闪银宝的欠款已经严重逾期，"
                    "麻烦转告她尽快联系我。",
                    t("03-19 10:40"),
                ),
                Msg("me", "你找她本人，不要找我。", t("03-19 10:52")),
                Msg(
                    DING,
                    "她不接电话我们只能找你们，下午我会把她的欠款通知发到你们公司钉钉群。",
                    t("03-19 10:55"),
                ),
                Msg("me", "我已经截图了，再发我就投诉。", t("03-19 11:02")),
            ],
        ),
        Screen(
            shot("wx", t("03-19 09:40"), 1),
            "hyperdark21",
            "sms21",
            MUM[0],
            t("03-19 09:40"),
            title=MOBILE,
            post=("forward",),
            battery=29,
            msgs=[
                Msg(
                    MOBILE, "阿姨，你姑娘黄丽萍欠我们闪银宝九千九百六，你晓得吧？", t("03-19 09:12")
                ),
                Msg("me", "我不晓得，你们是哪个？", t("03-19 09:20")),
                Msg(
                    MOBILE,
                    "你姑娘要是今天还不还，我们就到湛江你屋门口来找你，到时候莫怪我们冇打招呼。",
                    t("03-19 09:26"),
                ),
            ],
        ),
        Screen(
            shot("camera", t("03-20 08:40")),
            "paper21",
            "idcard21",
            "borrower",
            t("03-20 08:40"),
            post=("photo",),
            extra={
                "id": "440802199512204526",
                "fields": [
                    ("姓名", "黄丽萍"),
                    ("性别", "女  民族 汉"),
                    ("出生", "1995年12月20日"),
                    ("住址", "广东省湛江市赤坎区"),
                ],
            },
        ),
        Screen(
            shot("wx", t("03-20 10:10"), 2),
            "paper21",
            "letter21",
            "borrower",
            t("03-20 10:10"),
            post=("photo", "forward"),
            extra={
                "head": "律 师 函",
                "sign": "湖北某某律师事务所",
                "paras": [
                    "黄丽萍女士：",
                    "受闪银宝委托，现就你拖欠借款9960元一事正式函告。",
                    "请于本函送达之日起二十四小时内清偿全部欠款，否则本所将向你户籍地"
                    "派出所报案，追究你的刑事责任。",
                    "联系电话：027-59360418",
                ],
            },
        ),
    ]
    return mark_collectors(
        Case(
            "zhanjiang",
            [MOBILE, LAND, DING, KUAI],
            [MUM, COLLEAGUE],
            screens,
            {"amount": 8000, "received": 6800, "deducted": 1200, "demanded": 9960},
        )
    )
