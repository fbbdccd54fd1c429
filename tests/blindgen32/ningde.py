"""宁德 (闽东 speech): a 易借宝 loan on an iPhone-like skin; forwards from kin."""

from __future__ import annotations

from tests.blindgen32.build import call, m, scr
from tests.blindgen32.model import Case

A, A_ = "17750238416", "177 5023 8416"  # mobile, the loudest caller
B = "1065 9021 7733"  # the lender's 106 sender
C, C_ = "02038817642", "020-3881 7642"  # a Guangzhou landline on the «律师函»
D = "闽清调解员小郑"  # WeChat only
MOM, LIN, CHEN = "阿妈", "林志强", "陈晓燕"
NUM = {MOM: "139 0593 1268", LIN: "158 8064 2719", CHEN: "186 5931 0427"}
SK = "tidal32"

A_LOG = ["11-28 18:03", "11-30 09:12", "11-30 09:15", "12-02 14:22", "12-02 20:51",
         "12-02 20:53", "12-02 20:58"]  # fmt: skip

SCREENS = [
    scr(
        "nd_bill",
        SK,
        "bill32",
        "11-26 12:40",
        width=1170,
        title="易借宝·我的账单",
        lines=["借款日 2026-11-10 · 已逾期 2 天", "到期日|2026-11-24", "逾期罚息|¥96.00"],
    ),
    scr(
        "nd_sms106",
        SK,
        "smsthread32",
        "11-29 08:31",
        width=1170,
        title=B,
        msgs=[
            m(
                B,
                "【易借宝】尊敬的郑女士，您的借款将于11月24日到期，应还7,860.00元，请保持卡内余额充足。",
                "11-22 10:00",
                c=True,
                kind="notice",
            ),
            m(
                B,
                "【易借宝】您的账单已逾期，请今日内还款，以免影响个人信用。",
                "11-25 09:30",
                c=True,
                kind="notice",
            ),
            m(
                B,
                "【易借宝】郑美娟，您已严重逾期，平台今日起将您的案件移交第三方外访机构，"
                "届时将联系您预留的全部联系人，后果自负。",
                "11-27 11:02",
                c=True,
                q=True,
            ),
            m("me", "我月底发工资就还，别找我家里人", "11-27 11:20"),
            m(
                B,
                "【易借宝】外访组已接案，最后通知：48小时内结清柒仟捌佰陆拾元整，否则上门核实。",
                "11-29 08:15",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "nd_log",
        SK,
        "calllog32",
        "12-02 21:40",
        width=1170,
        wrap="crop32",
        calls=[
            call(A, A_, A_LOG[4:], True, tag="催收", place="广东深圳"),
            call("13905931268", MOM, ["12-02 19:10"], kind="in"),
            call(A, A_, A_LOG[3:4], True, tag="催收", place="广东深圳"),
            call(C, C_, ["12-01 10:05"], True, tag="骚扰电话", place="广东广州"),
            call(A, A_, A_LOG[1:3], True, tag="催收", place="广东深圳"),
            call("15880642719", LIN, ["11-29 20:16"], kind="out"),
            call(A, A_, A_LOG[:1], True, tag="催收", place="广东深圳"),
        ],
    ),
    scr(
        "nd_num",
        SK,
        "numpage32",
        "12-02 21:42",
        width=1170,
        lines=["327"],
        calls=[call(A, A_, A_LOG, True, tag="催收", place="广东 深圳 移动")],
    ),
    scr(
        "nd_wx",
        "loquat32",
        "chat32",
        "12-03 22:17",
        width=1080,
        title=D,
        msgs=[
            m(
                D,
                "姓名 郑美娟\n性别 女  民族 汉\n住址 福建省宁德市蕉城区\n"
                "公民身份号码 3509********2346",
                "12-03 21:02",
                c=True,
                kind="image",
                image="idcard",
            ),
            m(
                D,
                "汝个身份证、通讯录我这边都有，今晚十点前毛还清，明早就发到汝厝里人手机上。",
                "12-03 21:03",
                c=True,
                q=True,
            ),
            m(
                "me",
                "我不是不还，我是真的拿不出来。借的时候讲好借6000，到手才4920，一千多块服务费"
                "直接扣掉，现在又要我还7860。我一个月工资才三千多，房租还要交，下个月发工资我先还两千，"
                "剩下的分三个月还清，你们不要再去打我阿妈的电话，她年纪大了心脏不好。",
                "12-03 21:40",
            ),
            m(
                D,
                "讲那么多无用，今日不处理，明天就安排人去蕉城汝单位门口拉横幅。",
                "12-03 22:15",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "nd_mom",
        SK,
        "chat32",
        "12-03 19:30",
        width=1170,
        wrap="jpeg32",
        title=MOM,
        msgs=[
            m(MOM, "囡，这个号码今日打了好几回，讲汝欠钱毛还，要来厝里寻汝", "12-03 19:20"),
            m(MOM, "", "12-03 19:21", kind="image", image="shot"),
            m("me", "阿妈汝莫接，我自己会处理", "12-03 19:29"),
        ],
        inner=scr(
            "nd_mom_log",
            "loquat32",
            "calllog32",
            "12-03 19:18",
            width=720,
            owner=MOM,
            calls=[
                call(
                    A,
                    A_,
                    ["12-03 09:40", "12-03 11:02", "12-03 16:45", "12-03 18:59"],
                    True,
                    tag="催收",
                    place="广东深圳",
                    sim=1,
                ),
                call(C, C_, ["12-03 10:15"], True, place="广东广州", sim=1),
            ],
        ),
    ),
    scr(
        "nd_paper",
        "paper32",
        "notice32",
        "12-05 10:20",
        width=1260,
        wrap="photo32",
        title="律 师 函",
        lines=[
            "郑美娟女士：",
            "联系电话：020-3881 7642",
            "福建闽信律师事务所（债务部）",
            "2026年12月4日",
        ],
        msgs=[
            m(
                C_,
                "受易借宝平台委托，限你于三日内结清全部欠款，否则我所将向蕉城区人民法院提起诉讼，"
                "将你列入失信被执行人名单，冻结名下银行卡、微信和支付宝，并通知你单位领导。",
                "12-04 09:00",
                c=True,
                q=True,
            )
        ],
    ),
    scr(
        "nd_pad",
        "slab32",
        "padsms32",
        "12-05 21:06",
        width=1440,
        title=A_,
        lines=[A_, B, MOM, "中国移动"],
        msgs=[
            m(
                A_,
                "k已经跟汝讲好几遍了，yq十几天，今晚再毛hk就走流程爆txl，汝自己掂量。",
                "12-05 20:48",
                c=True,
                q=True,
            ),
            m("me", "明天中午前先转两千", "12-05 21:01"),
            m(
                A_,
                "两千打发叫花子？全额，不然明早八点开始一个一个打。",
                "12-05 21:05",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "nd_chen",
        "loquat32",
        "chat32",
        "12-05 12:10",
        width=1080,
        title=CHEN,
        msgs=[
            m(CHEN, "美娟，有人发信息到我这里，讲汝借钱毛还，叫我转告汝，汝看一下", "12-05 11:52"),
            m(CHEN, "", "12-05 11:52", kind="image", image="shot"),
            m("me", "对不起晓燕，给汝添麻烦了，汝直接拉黑就好", "12-05 12:08"),
        ],
        inner=scr(
            "nd_chen_sms",
            "saffron32",
            "smsthread32",
            "12-05 11:50",
            width=720,
            owner=CHEN,
            title=A_,
            msgs=[
                m(
                    A_,
                    "陈晓燕你好，你同事郑美娟在我司借款逾期拒不处理，你是她留的紧急联系人，"
                    "请转告她今天联系我，否则我们每天都会打给你。",
                    "12-05 11:31",
                    c=True,
                    q=True,
                )
            ],
        ),
    ),
]

CASE = Case(
    "ningde",
    SK,
    [A_, B, C_, D],
    [(n, v) for n, v in NUM.items()],
    {"amount": 6000, "received": 4920, "deducted": 1080, "demanded": 7860},
    SCREENS,
)
