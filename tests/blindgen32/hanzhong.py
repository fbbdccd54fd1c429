"""汉中 (陕南 speech): a 米粒分期 loan on a saffron-themed phone; a family group a collector joins
and renames himself in, a 95 caller, a wife's forwarded log, a long capture and a door notice."""

from __future__ import annotations

from tests.blindgen32.build import call, m, scr
from tests.blindgen32.model import Case

A, A_ = "16637254098", "166 3725 4098"  # mobile
B = "95786"  # the lender's 95 line
C = "娟娟表姐"  # the group nickname the collector renames himself to
OLD = "米粒分期-刘主任"
UNCLE, WIFE, ZHAO = "张国平", "何丽", "赵鹏"
NUM = {UNCLE: "135 7916 2280", WIFE: "152 9163 7745", ZHAO: "138 9168 0532"}
SK = "saffron32"

SCREENS = [
    scr(
        "hz_bill",
        SK,
        "bill32",
        "11-05 09:12",
        width=1080,
        title="米粒分期·账单详情",
        lines=["借款日 2026-10-20 · 已逾期 2 天", "到期日|2026-11-03", "违约金|¥160.00"],
    ),
    scr(
        "hz_sms",
        SK,
        "smsthread32",
        "11-07 19:45",
        width=1080,
        wrap="stitch32",
        title=A_,
        lines=["河南 郑州"],
        msgs=[
            m(
                A_,
                "张伟，米粒分期的1.04w今天必须处理，别给脸不要脸。",
                "11-06 10:20",
                c=True,
                q=True,
            ),
            m("me", "我在外地跑车，这两天回不去，能不能缓几天", "11-06 10:41"),
            m(
                A_,
                "缓？你缓了几回了？再拖我们就联系你舅舅张国平和你老婆，让他们来帮你还。",
                "11-06 10:55",
                c=True,
                q=True,
            ),
            m(
                "me",
                "你们要找就找我，跟我屋里人没关系。借的时候八千，到手才六千五百六，"
                "一千四百四的手续费我都没认，利息加违约金算下来年化都超过百分之三十六了，"
                "这是违法的。我可以先还本金六千五百六，其他的我不认，你们再打我家里人我就去投诉。",
                "11-07 19:20",
            ),
            m(
                A_,
                "投诉随便你，你的通讯录我们都导出来了，明天开始挨个发你借钱不还的信息。",
                "11-07 19:40",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "hz_log",
        SK,
        "calllog32",
        "11-09 22:31",
        width=1080,
        calls=[
            call(A, A_, ["11-09 22:02", "11-09 22:05"], True, tag="催收", place="河南郑州"),
            call(
                B,
                B,
                ["11-09 18:30", "11-09 18:31", "11-09 18:47", "11-09 19:10"],
                True,
                tag="贷款催收",
            ),
            call("13579162280", UNCLE, ["11-09 17:20"], kind="in"),
            call(A, A_, ["11-09 13:15"], True, tag="催收", place="河南郑州"),
            call(
                A,
                A_,
                ["11-08 21:40", "11-08 21:44", "11-08 21:52"],
                True,
                tag="催收",
                place="河南郑州",
            ),
            call("15291637745", WIFE, ["11-08 20:05"], kind="out"),
        ],
    ),
    scr(
        "hz_group",
        SK,
        "group32",
        "11-10 21:20",
        width=1080,
        title="张家亲戚群(17)",
        msgs=[
            m("", f"“{OLD}”通过扫描二维码加入群聊", "11-10 20:31", kind="system"),
            m("", f"“{OLD}”修改群昵称为“{C}”", "11-10 20:33", kind="system"),
            m(
                C,
                "各位亲戚好，张伟在我们平台借款逾期一个礼拜了，电话不接信息不回。",
                "11-10 20:35",
                c=True,
                q=True,
            ),
            m(
                C,
                "张国平 135****2280 舅舅\n何丽 152****7745 老婆\n"
                "赵鹏 138****0532 同学\n张建民 父亲",
                "11-10 20:36",
                c=True,
                kind="image",
                image="contacts",
            ),
            m(
                C,
                "哪个跟他关系好的帮忙劝一哈，明天还不处理就把他的身份证照片发到朋友圈。",
                "11-10 20:37",
                c=True,
                q=True,
            ),
            m(UNCLE, "你是哪个？啷个把我们拉进来的？他说要把伟娃身份证发朋友圈", "11-10 20:52"),
            m(WIFE, "大家莫理，这是催债的，我已经举报了", "11-10 21:05"),
        ],
    ),
    scr(
        "hz_wife",
        SK,
        "chat32",
        "11-11 12:40",
        width=1080,
        wrap="jpeg32",
        title=WIFE,
        msgs=[
            m(WIFE, "今天上午这两个号一直打我电话，我在上班，你看", "11-11 12:20"),
            m(WIFE, "", "11-11 12:21", kind="image", image="shot"),
            m("me", "你别接，我晚上回来跟你说", "11-11 12:38"),
        ],
        inner=scr(
            "hz_wife_log",
            "basalt32",
            "calllog32",
            "11-11 12:15",
            width=720,
            owner=WIFE,
            calls=[
                call(
                    A,
                    A_,
                    ["11-11 09:05", "11-11 09:20", "11-11 10:48"],
                    True,
                    tag="催收",
                    place="河南郑州",
                ),
                call(B, B, ["11-11 11:30"], True, tag="贷款催收"),
            ],
        ),
    ),
    scr(
        "hz_num",
        SK,
        "numpage32",
        "11-11 21:00",
        width=1080,
        lines=["86"],
        calls=[
            call(
                B,
                B,
                ["11-09 18:30", "11-09 18:31", "11-09 18:47", "11-09 19:10", "11-11 20:40"],
                True,
                tag="贷款催收",
                place="全国 · 企业客服",
            )
        ],
    ),
    scr(
        "hz_lock",
        "tidal32",
        "lock32",
        "11-13 06:58",
        width=1170,
        wrap="crop32",
        msgs=[
            m(
                A_,
                "今天上午外访人员到汉台区你家楼下，你不在就找你屋里人谈。",
                "11-13 06:40",
                c=True,
                q=True,
            ),
            m(ZHAO, "伟哥，有人说你欠钱，问我认不认得你，咋回事", "11-13 06:52"),
        ],
    ),
    scr(
        "hz_door",
        "paper32",
        "notice32",
        "11-14 08:10",
        width=1080,
        wrap="photo32",
        title="上门催收通知书",
        lines=[
            "张伟（身份证尾号0417）：",
            "联系电话：166 3725 4098",
            "西部信联资产管理外访部",
            "2026年11月13日",
        ],
        msgs=[
            m(
                A_,
                "你在米粒分期的欠款壹万零肆佰元已逾期，我部已派员上门。请于48小时内联系处理，"
                "否则将向你所在社区、单位及家属公开催收，由此产生的一切后果由你本人承担。",
                "11-13 10:00",
                c=True,
                q=True,
            )
        ],
    ),
    scr(
        "hz_thread2",
        SK,
        "smsthread32",
        "11-16 09:30",
        width=1080,
        title=A_,
        lines=["河南 郑州"],
        msgs=[
            m(
                A_,
                "门上的通知看到了吧？今天再不hk，下一次就不是贴纸了。",
                "11-16 08:50",
                c=True,
                q=True,
            ),
            m("me", "我已经向12378和银保监投诉了", "11-16 09:28"),
        ],
    ),
]

CASE = Case(
    "hanzhong",
    SK,
    [A_, B, C],
    [(n, v) for n, v in NUM.items()],
    {"amount": 8000, "received": 6560, "deducted": 1440, "demanded": 10400},
    SCREENS,
)
