"""十堰 (鄂西北 speech): a 速易花 loan on a 720 px Android; a collector on a landline, a 106
sender and a WeChat «法务», a brother's forwarded log, a boss on a tablet-synced thread."""

from __future__ import annotations

from tests.blindgen32.build import call, m, scr
from tests.blindgen32.model import Case

A, A_ = "13297624815", "132 9762 4815"  # mobile
B, B_ = "07176213508", "0717-6213508"  # a 宜昌 landline
C = "1069 5533 0210"  # the lender's 106 sender
D = "速易花法务部王律师"  # WeChat only
MOM, BRO, BOSS = "妈", "李强", "周主任"
NUM = {MOM: "133 8719 4406", BRO: "180 7199 3356", BOSS: "139 7193 6620"}
SK = "loquat32"

SCREENS = [
    scr(
        "sy_bill",
        SK,
        "bill32",
        "10-28 08:20",
        width=720,
        title="速易花",
        lines=["借款日 2026-10-13 · 已逾期 1 天", "到期日|2026-10-27", "逾期利息|¥45.00"],
    ),
    scr(
        "sy_sms106",
        SK,
        "smsthread32",
        "10-30 18:02",
        width=720,
        wrap="crop32",
        title=C,
        lines=["速易花"],
        msgs=[
            m(
                C,
                "【速易花】您的借款今日到期，应还6500.00元，请及时还款。",
                "10-27 09:00",
                c=True,
                kind="notice",
            ),
            m(
                C,
                "【速易花】李梅您好，您的账户已逾期3天，平台已启动委外程序，将核实您的紧急联系人信息。",
                "10-30 17:58",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "sy_log",
        SK,
        "calllog32",
        "11-01 21:10",
        width=720,
        calls=[
            call(
                A,
                A_,
                ["11-01 20:41", "11-01 20:44", "11-01 20:50", "11-01 21:02"],
                True,
                tag="催收",
                place="湖北武汉",
                sim=2,
            ),
            call(B, B_, ["11-01 16:12"], True, tag="骚扰电话", place="湖北宜昌", sim=2),
            call(A, A_, ["11-01 11:30"], True, tag="催收", place="湖北武汉", sim=2),
            call("13387194406", MOM, ["10-31 19:45"], kind="in", sim=1),
            call(A, A_, ["10-31 15:06", "10-31 15:11"], True, tag="催收", place="湖北武汉", sim=2),
            call(
                B, B_, ["10-31 10:20", "10-31 10:24"], True, tag="骚扰电话", place="湖北宜昌", sim=2
            ),
        ],
    ),
    scr(
        "sy_wx",
        "tidal32",
        "chat32",
        "11-02 23:05",
        width=1242,
        title=D,
        msgs=[
            m(
                D,
                "李梅，我是速易花法务部王律师，你的案子已经到我这里了。",
                "11-02 22:30",
                c=True,
                q=True,
            ),
            m(
                D,
                "姓名 李梅\n性别 女  民族 汉\n住址 湖北省十堰市张湾区\n"
                "公民身份号码 4203********1528",
                "11-02 22:31",
                c=True,
                kind="image",
                image="idcard",
            ),
            m(
                D,
                "根据刑法第二百二十四条，你这属于恶意骗贷，三天内不还陆仟伍佰，我们直接申请立案，"
                "到时候派出所来你屋里找你，莫说没提醒你。",
                "11-02 22:33",
                c=True,
                q=True,
            ),
            m(
                "me",
                "王律师，我没有骗贷，借款的时候填的都是真实信息。我是十月份被厂里放了假，"
                "工资一直没发，不是故意不还。合同上写的五千，到手只有四千一，九百块你们叫审核费，"
                "我现在手里只有两千块钱，能不能先还两千，剩下的等厂里复工了再还，求你们不要找我妈，"
                "她一个人在竹山老家，经不起吓。",
                "11-02 23:01",
            ),
        ],
    ),
    scr(
        "sy_bro",
        SK,
        "chat32",
        "11-04 13:26",
        width=720,
        wrap="jpeg32",
        title=BRO,
        msgs=[
            m(BRO, "梅子，这几个电话一上午打了我好几遍，说你欠钱，搞么事的？", "11-04 13:10"),
            m(BRO, "", "11-04 13:11", kind="image", image="shot"),
            m("me", "哥，莫接，我在想办法", "11-04 13:25"),
        ],
        inner=scr(
            "sy_bro_log",
            "saffron32",
            "calllog32",
            "11-04 13:05",
            width=720,
            owner=BRO,
            relative=True,
            calls=[
                call(
                    A,
                    A_,
                    ["11-04 09:12", "11-04 10:30", "11-04 12:40"],
                    True,
                    tag="催收",
                    place="湖北武汉",
                ),
                call(B, B_, ["11-04 11:15"], True, place="湖北宜昌"),
            ],
        ),
    ),
    scr(
        "sy_pad",
        "slab32",
        "padsms32",
        "11-05 20:40",
        width=1280,
        title=BOSS,
        lines=[BOSS, A_, MOM, "95588"],
        msgs=[
            m(
                BOSS,
                "小李，今天有个人打到厂里说你欠了网贷，还说要来厂门口拉横幅，你处理一下，"
                "莫影响厂里。",
                "11-05 20:12",
            ),
            m("me", "周主任对不起，我这几天就处理好，不会给厂里添麻烦", "11-05 20:35"),
        ],
    ),
    scr(
        "sy_thread",
        SK,
        "smsthread32",
        "11-06 21:50",
        width=720,
        title=A_,
        lines=["湖北 武汉"],
        msgs=[
            m(
                A_,
                "你厂里周主任的电话我们也有，明天九点准时打过去，你自己看着办。",
                "11-06 21:05",
                c=True,
                q=True,
            ),
            m(
                A_,
                "6.5k而已，拖到现在丢不丢人？再不还你妈那边也要打。",
                "11-06 21:30",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "sy_lock",
        SK,
        "lock32",
        "11-08 07:15",
        width=720,
        wrap="photo32",
        msgs=[
            m(
                A_,
                "李梅，明天上午外访到张湾区你住的小区，请在家等候。",
                "11-08 06:55",
                c=True,
                q=True,
            ),
            m(MOM, "梅，有人打电话到屋里来了，你回个电话", "11-08 07:10"),
        ],
    ),
    scr(
        "sy_num",
        SK,
        "numpage32",
        "11-09 10:02",
        width=720,
        lines=["58"],
        calls=[
            call(
                B,
                B_,
                ["10-31 10:20", "10-31 10:24", "11-01 16:12", "11-09 09:40"],
                True,
                tag="骚扰电话",
                place="湖北 宜昌 固话",
            )
        ],
    ),
]

CASE = Case(
    "shiyan",
    SK,
    [A_, B_, C, D],
    [(n, v) for n, v in NUM.items()],
    {"amount": 5000, "received": 4100, "deducted": 900, "demanded": 6500},
    SCREENS,
)
