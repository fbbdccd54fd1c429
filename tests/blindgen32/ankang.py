"""安康 (陕南 speech): a 随心借 loan on a dark phone; a log in relative times, a PC window."""

from __future__ import annotations

from tests.blindgen32.build import call, m, scr
from tests.blindgen32.model import Case

A, A_ = "19845216307", "198 4521 6307"  # mobile
B = "1069 0755 1238"  # the lender's 106 sender
C, C_ = "4008186625", "400-818-6625"  # a 400 line that only calls
DAD, SIS, LIU = "老汉", "王小琴", "刘建军"
NUM = {DAD: "133 9150 6612", SIS: "177 9152 0836", LIU: "181 9156 4472"}
SK = "basalt32"

SCREENS = [
    scr(
        "ak_bill",
        SK,
        "bill32",
        "10-14 12:02",
        width=1440,
        wrap="crop32",
        title="随心借",
        lines=["借款日 2026-09-28 · 已逾期 2 天", "到期日|2026-10-12", "逾期费用|¥84.00"],
    ),
    scr(
        "ak_lock",
        SK,
        "lock32",
        "10-15 07:05",
        width=1440,
        msgs=[
            m(
                B,
                "【随心借】您的借款已逾期3天，逾期费用每日累计，请尽快还款。",
                "10-15 06:30",
                c=True,
                kind="notice",
            ),
            m(
                A_,
                "王建华，账单逾期了，今天搞快点处理，莫让我们打到你老汉那里去。",
                "10-15 07:01",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "ak_thread",
        SK,
        "smsthread32",
        "10-16 22:10",
        width=1440,
        title=A_,
        lines=["湖南 长沙"],
        msgs=[
            m(
                A_,
                "你今天一个电话都不接是啥子意思？壹万贰仟陆佰，今晚十二点前莫得到账，"
                "明天你单位、你屋头每个人都会晓得你是个老赖。",
                "10-16 21:12",
                c=True,
                q=True,
            ),
            m(
                "me",
                "我不是不接，我在工地上班听不到。借的时候说好一万，到手八千四，"
                "一千六的服务费你们先扣了，十几天就要还一万二千六，这个利息根本不合法。"
                "我已经跟你们客服说了，我下个月十号发了工资先还五千，剩下的年前还清，"
                "你们要真的打我老汉的电话，我就去报警。",
                "10-16 21:40",
            ),
            m(
                A_,
                "报警？你去报，借钱不还你还有理了，看警察是帮你还是帮我们。",
                "10-16 21:52",
                c=True,
                q=True,
            ),
        ],
    ),
    scr(
        "ak_log",
        SK,
        "calllog32",
        "10-18 21:30",
        width=1440,
        relative=True,
        calls=[
            call(
                A,
                A_,
                ["10-18 21:12", "10-18 21:15", "10-18 21:26"],
                True,
                tag="催收",
                place="湖南长沙",
                sim=1,
            ),
            call("13391506612", DAD, ["10-18 20:40"], kind="in", sim=1),
            call(C, C_, ["10-18 19:02", "10-18 19:05"], True, tag="骚扰电话", sim=2),
            call(A, A_, ["10-18 17:44"], True, tag="催收", place="湖南长沙", sim=1),
            call(A, A_, ["10-18 12:31", "10-18 12:33"], True, tag="催收", place="湖南长沙", sim=1),
            call("17791520836", SIS, ["10-18 10:08"], kind="out", sim=1),
        ],
    ),
    scr(
        "ak_num",
        SK,
        "numpage32",
        "10-18 21:33",
        width=1440,
        lines=["1204"],
        calls=[
            call(
                C,
                C_,
                ["10-17 15:20", "10-18 19:02", "10-18 19:05"],
                True,
                tag="催收",
                place="企业号码 · 深圳某金融服务",
            )
        ],
    ),
    scr(
        "ak_pc",
        "desk32",
        "pcchat32",
        "10-20 14:26",
        width=1280,
        title=LIU,
        lines=[LIU, SIS, "安康同城工友群", "文件传输助手"],
        msgs=[
            m(
                LIU,
                "建华，今天上午有人打到我这里，说你欠钱不还，还问我们公司地址，我截图给你",
                "10-20 14:10",
            ),
            m(LIU, "", "10-20 14:11", kind="image", image="shot"),
            m("me", "刘哥对不住，你莫理他们，我这两天就处理", "10-20 14:25"),
        ],
        inner=scr(
            "ak_pc_log",
            "tidal32",
            "calllog32",
            "10-20 11:50",
            width=720,
            owner=LIU,
            calls=[
                call(
                    A,
                    A_,
                    ["10-20 09:31", "10-20 09:40", "10-20 10:02"],
                    True,
                    tag="催收",
                    place="湖南长沙",
                )
            ],
        ),
    ),
    scr(
        "ak_sis",
        "loquat32",
        "chat32",
        "10-21 20:15",
        width=1080,
        wrap="jpeg32",
        title=SIS,
        msgs=[
            m(SIS, "哥，你是不是借网贷了？这个人发短信给我，说得好难听", "10-21 20:02"),
            m(SIS, "", "10-21 20:03", kind="image", image="shot"),
            m("me", "莫怕，你拉黑就是，哥会搞定的", "10-21 20:14"),
        ],
        inner=scr(
            "ak_sis_sms",
            "tidal32",
            "smsthread32",
            "10-21 19:58",
            width=720,
            owner=SIS,
            title=A_,
            msgs=[
                m(
                    A_,
                    "王小琴，你哥王建华欠款逾期九天，你作为他的联系人有义务督促，不然我们就把"
                    "他的事发到你们村的群里，让全村人都晓得。",
                    "10-21 19:47",
                    c=True,
                    q=True,
                )
            ],
        ),
    ),
    scr(
        "ak_inbox",
        SK,
        "smsinbox32",
        "10-23 08:40",
        width=1440,
        msgs=[
            m(
                A_,
                "最后一次提醒，今天下午三点前把钱转了，不然",
                "10-23 08:12",
                c=True,
                kind="preview",
            ),
            m(DAD, "娃，你咋个欠人家钱了，人家电话打到屋里来", "10-22 21:40", kind="preview"),
            m(
                B,
                "【随心借】您的借款已逾期11天，已纳入重点",
                "10-23 07:00",
                c=True,
                kind="preview",
            ),
            m("10086", "【中国移动】尊敬的客户，您本月已使用流量", "10-21 09:00", kind="preview"),
        ],
    ),
    scr(
        "ak_log2",
        SK,
        "calllog32",
        "10-26 22:05",
        width=1440,
        wrap="photo32",
        calls=[
            call(
                A,
                A_,
                ["10-26 21:10", "10-26 21:18", "10-26 21:49"],
                True,
                tag="催收",
                place="湖南长沙",
                sim=1,
            ),
            call(C, C_, ["10-26 11:20"], True, tag="骚扰电话", sim=2),
            call("13391506612", DAD, ["10-25 19:30"], kind="in", sim=1),
            call(A, A_, ["10-24 13:02", "10-24 13:09"], True, tag="催收", place="湖南长沙", sim=1),
        ],
    ),
]

CASE = Case(
    "ankang",
    SK,
    [A_, B, C_],
    [(n, v) for n, v in NUM.items()],
    {"amount": 10000, "received": 8400, "deducted": 1600, "demanded": 12600},
    SCREENS,
)
