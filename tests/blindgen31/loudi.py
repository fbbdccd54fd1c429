"""娄底: 曾凡武 on an iPhone-like phone, his sister's dark One-UI-like log forwarded; 湘 lines."""

from __future__ import annotations

from tests.blindgen31.model import Case, Msg, Screen
from tests.blindgen31.story import at, notice, preview, row, say, system

A = "18473859216"
A_SHOWN = "184 7385 9216"
B = "0738-8215603"
C = "95095318"
D = "随心贷法务部-刘专员"
ME = "18907381264"
PHONE = "frost31"
SIS = "oneuidusk31"


def _a(text, when, sep=""):
    return say(A_SHOWN, text, when, sep, collector=True)


def _d(text, when, sep=""):
    return say(D, text, when, sep, collector=True)


def screens() -> list[Screen]:
    log = Screen(
        "IMG_1187.PNG", PHONE, "ioslog31", at(12, 4, 21, 20),
        calls=[
            row(A_SHOWN, [at(12, 4, 20, 58), at(12, 4, 20, 41), at(12, 4, 19, 10)], "晚上8:58",
                "湖南长沙", A, collector=True),
            row(B, [at(12, 4, 14, 35)], "下午2:35", "湖南娄底", collector=True),
            row("姐姐", [at(12, 4, 12, 10)], "中午12:10", "手机", "13974821560", missed=False),
            row(A_SHOWN, [at(12, 3, 22, 47), at(12, 3, 22, 30)], "昨天", "湖南长沙", A,
                collector=True),
            row(C, [at(12, 3, 10, 15)], "昨天", "客服热线", collector=True),
            row(B, [at(12, 2, 16, 20), at(12, 2, 16, 2)], "星期三", "湖南娄底", collector=True),
            row("老表", [at(12, 1, 9, 0)], "星期二", "手机", "15173880942", missed=False),
            row(A_SHOWN, [at(11, 30, 20, 5)], "2026/11/30", "湖南长沙", A, collector=True),
            row(B, [at(11, 28, 0, 20)], "2026/11/28", "湖南娄底", collector=True),
        ],
    )  # fmt: skip
    thread = Screen(
        "IMG_1188.PNG", PHONE, "sms_thread31", at(12, 4, 21, 25), wrap="stitch31", title=A_SHOWN,
        sub="湖南 长沙", extra={"tall": 940},
        msgs=[
            _a("曾凡武，随心贷的款子你准备拖到几时？莫跟我扯卵谈，今天不还明天就去你屋里。",
               at(11, 30, 20, 6), "11/30 20:06"),
            _a("你借的1.2w加上逾期费，我们已经算给你了，壹万贰仟整，一分钱都不能少，霸蛮也要给我凑"
               "齐。",
               at(12, 2, 15, 5), "周三 下午3:05"),
            _a("你姐姐在娄底二中教书是吧？你不要面子，你姐姐总要面子。明天我们同事就去学校门口等她"
               "，看她"
               "丢不丢得起这个人。", at(12, 2, 15, 6)),
            say("me", "你们要找就找我，莫去找我姐，她跟这个事一点关系都冒得，我这个月底发了工资先还"
                      "三千。",
                at(12, 2, 15, 40), "周三 下午3:40"),
            _a("月底？等不到月底了，根据民法典第六百七十五条，你这属于恶意拖欠，我们已经申请冻结你"
               "的微信"
               "支付宝，明天你就晓得厉害。", at(12, 3, 22, 48), "昨天 22:48"),
        ],
    )  # fmt: skip
    lender = Screen(
        "IMG_1179.PNG", PHONE, "sms_thread31", at(12, 3, 10, 20), title=C, sub="随心贷",
        msgs=[
            notice(C, "【随心贷】曾凡武先生，您的借款10000.00元将于2026年11月26日到期，应还12000.00"
                      "元，"
                   "请确保还款账户余额充足。", at(11, 25, 9, 30), "11/25 09:30"),
            say(C, "【随心贷】您已逾期1天，应还12000.00元。请今日内还款，逾期将产生每日罚息，并影响"
                   "您"
                "的个人信用。", at(11, 27, 9, 30), "11/27 09:30", True),
            say(C, "【随心贷】曾凡武，您的逾期案件已升级，今日起我司将对您的通讯录联系人进行逐一告"
                   "知，请"
                "立即回电处理。", at(12, 3, 10, 16), "12/3 10:16", True),
        ],
    )  # fmt: skip
    mail = Screen(
        "IMG_1183.PNG", PHONE, "mail31", at(12, 3, 19, 0),
        extra={
            "subject": "关于曾凡武逾期借款的催收函（最后通牒）",
            "addr": "liu.fawu@suixindai-cs.com", "to": "fanwu_zeng@163.com",
            "before": ["曾凡武先生：", "您在随心贷平台的借款已逾期多日，经我部多次电话及短信提醒，"
                                       "您始终"
                       "未履行还款义务。"],
            "after": ["随心贷法务部 刘专员", f"联系电话：{B}"],
            "file": "律师函-曾凡武.pdf",
        },
        msgs=[Msg(D, "现正式告知您：请于2026年12月5日18时前一次性归还所欠款项人民币壹万贰仟元整。逾"
                     "期"
                  "未还，我部将启动线下外访程序，安排人员前往您的户籍地湖南省娄底市涟源市及您的工作"
                  "单位"
                  "进行走访调查，并向您的亲属、同事、单位领导告知您的失信行为，由此造成的一切名誉损"
                  "失由"
                  "您本人承担。", at(12, 3, 16, 18), True, "mail", when="2026年12月3日 星期四 下午4"
                                                                        ":18")],
    )  # fmt: skip
    work = Screen(
        "IMG_1190.PNG", PHONE, "workgroup31", at(12, 4, 11, 0), title="娄底恒发建材-销售部(23)",
        extra={"group": True},
        msgs=[
            system(f"\u201c{D}\u201d通过群二维码加入群聊", at(12, 4, 10, 21), "上午10:21"),
            _d("各位同事好，我是随心贷法务部的，贵公司销售部曾凡武在我司借款逾期拒不还款，现在电话"
               "不接，"
               "请各位同事转告他今天下班前联系我。", at(12, 4, 10, 22)),
            say("周经理", "这是哪个拉进来的？凡武，你过来我办公室一趟。", at(12, 4, 10, 30)),
            say("小彭", "我的个天，昨天他们还打到我手机上来了，讲我是凡武的紧急联系人，我跟你关系冇"
                        "得那么"
                "好咯。", at(12, 4, 10, 34)),
            say("me", "对不住大家，是我个人的事，我马上处理，这个人我已经举报了。", at(12, 4, 10,
                40)),
            system(f"\u201c周经理\u201d将\u201c{D}\u201d移出了群聊", at(12, 4, 10, 41)),
        ],
    )  # fmt: skip
    tag_a = "骚扰电话 · 湖南长沙"
    sis_log = Screen(
        "Screenshot_20261205-083002_Phone.png", SIS, "dialer31", at(12, 5, 8, 30), owner="姐姐",
        sub="最近",
        groups=[
            ("今天", [row(A, [at(12, 5, 8, 12), at(12, 5, 7, 55)], "08:12", tag_a,
                collector=True)]),
            ("昨天", [
                row(B, [at(12, 4, 17, 30)], "17:30", "疑似催收 · 湖南娄底", collector=True),
                row("老弟", [at(12, 4, 12, 10)], "12:10", "手机", ME, missed=False),
            ]),
            ("12月3日 星期四", [
                row(A, [at(12, 3, 21, 2), at(12, 3, 20, 50), at(12, 3, 20, 44)], "21:02", tag_a,
                    collector=True),
            ]),
        ],
    )  # fmt: skip
    sis = Screen(
        "IMG_1191.PNG", PHONE, "wxchat31", at(12, 5, 8, 40), wrap="fwd31", title="姐姐",
        inner=sis_log, extra={"cut": 0.68},
        msgs=[
            say("姐姐", "老弟，你看咯，一大早又打了两个，昨天晚上也打，我学校里还要上早自习。",
                at(12, 5, 8, 36), "08:36"),
            Msg("姐姐", "", at(12, 5, 8, 36), kind="image"),
            say("姐姐", "他们讲要到学校门口来找我，你到底欠了好多钱？莫瞒我。", at(12, 5, 8, 37)),
            say("me", "姐，一万块，到手八千二，现在要我还一万二，我晓得错了，今天我就去跟他们谈。",
                at(12, 5, 8, 39)),
        ],
    )  # fmt: skip
    a_late = "曾凡武，你姐姐的电话打不通是吧，没关系，明天"
    lock = Screen(
        "IMG_1196.PNG", PHONE, "lock31", at(12, 5, 22, 5),
        extra={
            "date": "12月5日 星期六", "clock": "22:05",
            "bg": "linear-gradient(165deg,#1d3b35,#4c7a63 50%,#c9b27a)",
            "banners": [
                ("信息", A_SHOWN, "刚刚", a_late + "…"),
                ("微信", "姐姐", "8分钟前", "姐姐：你跟他们谈得怎么样了？"),
                ("邮件", D, "1小时前", "关于曾凡武逾期借款的最后处理通知…"),
            ],
        },
        msgs=[
            preview(A_SHOWN, a_late, at(12, 5, 22, 4), "刚刚", True),
            preview(D, "关于曾凡武逾期借款的最后处理通知", at(12, 5, 21, 5), "1小时前", True),
        ],
    )  # fmt: skip
    bill = Screen(
        "mmexport1764811860442.jpg", PHONE, "bill31", at(12, 4, 9, 10), wrap="jpeg31",
        title="随心贷 · 本期账单",
        extra={
            "color": "#3a6df0", "due_label": "本期应还", "due": "¥12,000.00",
                "overdue": "已逾期 8 天",
            "rows": [
                ("借款金额", "¥10,000.00"), ("实际到账", "¥8,200.00"),
                ("服务费（放款时扣除）", "¥1,800.00"), ("借款日期", "2026-10-27"),
                ("到期日期", "2026-11-26"), ("还款方式", "到期一次性还本付息"),
            ],
            "note": "您已逾期，请尽快还款，避免产生更多费用。",
        },
    )  # fmt: skip
    letter = Screen(
        "IMG_1192.JPG", PHONE, "letter31", at(12, 4, 18, 0), wrap="paperphoto31", title="传票",
        extra={
            "no": "（2026）湘1302民初字第6621号", "to": "被传唤人：曾凡武",
            "before": ["案由：借款合同纠纷（原告：随心贷）"],
            "after": [f"原告联系人：{B}"],
            "sign": "娄底市娄星区人民法院", "date": "二〇二六年十二月四日", "seal": "娄底市娄星区人"
                                                                                    "民法院",
        },
        msgs=[Msg(B, "你因恶意拖欠网络借款壹万贰仟元，经原告申请，本院决定于2026年12月9日上午九时开"
                     "庭审理。"
                  "如你在开庭前与原告达成还款，可撤销本案；如拒不到庭或拒不还款，本院将依法拘传，并"
                  "通知"
                  "你所在单位及村委会。", at(12, 4, 12, 0), True, "letter")],
    )  # fmt: skip
    page = Screen(
        "IMG_1189.PNG", PHONE, "numpage31", at(12, 4, 21, 30), wrap="crop31", title=B,
        sub="湖南娄底 固定电话", extra={"tag": "疑似催收 · 标记 64 人"},
        calls=[
            row(B, [at(12, 4, 14, 35)], "今天 下午2:35", collector=True, note="未接来电"),
            row(B, [at(12, 2, 16, 20)], "周三 下午4:20", collector=True, note="未接来电"),
            row(B, [at(12, 2, 16, 2)], "周三 下午4:02", collector=True, missed=False,
                note="呼入 2分14秒"),
            row(B, [at(11, 28, 0, 20)], "11月28日 凌晨0:20", collector=True, note="未接来电"),
        ],
    )  # fmt: skip
    return [log, thread, lender, mail, work, sis, lock, bill, letter, page]


CASE = Case(
    "loudi", ME, [A, B, C, D],
    [("姐姐", "13974821560"), ("老表", "15173880942"), ("周经理", "13807385521"),
     ("小彭", "18673860417")],
    {"amount": 10000, "received": 8200, "deducted": 1800, "demanded": 12000},
    screens(),
)  # fmt: skip
