"""Blind case "nanning": a vivo (OriginOS) phone, QQ and WeChat dark mode, the mother's Honor.

The status bar reads 23:xx on the borrower's screenshots, but every call was made in the day:
the only "night" here is the screenshot's own clock.
"""

from __future__ import annotations

from tests.casegen.model import CallRow, Case, Msg, Screen, d

COL = "176 2045 8831"
LAND = "0771-5583 2906"
GATE = "106905521334"
QQ = "金橙法务部-何经理"
MOM, BOSS, FRIEND = "139 7712 3456", "186 7710 2288", "150 7789 0012"
NIGHT = "HD 5G 61%"

_THREAD = (
    Msg(COL, d("2026-10-14 10:21"),
        "韦丽你好，你在金橙分期的借款已逾期9天，应还11230元，今天下午5点前必须处理。", True),
    Msg("me", d("2026-10-14 10:40"), "我这个月工资还没发，能不能宽限几天"),
    Msg(COL, d("2026-10-14 10:43"),
        "宽限不了，公司系统每天都在加罚息，你拖一天就多一天的钱。", True),
    Msg(COL, d("2026-10-20 15:05"),
        "再不还款，明天就把你欠钱不还的事发到你通讯录里的每一个人，包括你妈和你单位领导。", True),
    Msg(COL, d("2026-10-21 09:32"),
        "你们公司前台的电话我们已经有了，下午就打过去让你们老板评评理。", True),
)  # fmt: skip
_GATEWAY = (
    Msg(GATE, d("2026-07-05 14:02"),
        "【金橙分期】您的借款8000.00元已放款至尾号3307的银行卡，服务费1440.00元已扣除，"
        "实际到账6560.00元。"),
    Msg(GATE, d("2026-10-08 09:00"),
        "【金橙分期】韦丽，您的账单已逾期3天，应还金额11230.00元，逾期将上报征信并移交第三方处理。",
        True),
    Msg(GATE, d("2026-10-16 09:00"),
        "【金橙分期】您的欠款已移交法务部，48小时内未结清将启动诉讼程序，相关费用由您承担。", True),
)  # fmt: skip
_CALLS = (
    CallRow(COL, d("2026-10-21 11:02"), 3, tag="疑似催收"),
    CallRow(LAND, d("2026-10-21 09:48"), 2, tag="骚扰电话"),
    CallRow(MOM, d("2026-10-20 19:20"), name="妈妈", missed=False, collector=False),
    CallRow(COL, d("2026-10-20 15:10"), 4, tag="疑似催收"),
    CallRow(BOSS, d("2026-10-20 14:02"), name="陈总", missed=False, collector=False),
    CallRow(LAND, d("2026-10-19 10:15"), tag="骚扰电话"),
    CallRow(COL, d("2026-10-18 16:40"), 2, tag="疑似催收"),
    CallRow(COL, d("2026-10-16 10:30"), 5, tag="疑似催收"),
    CallRow(LAND, d("2026-10-15 14:22"), 3),
    CallRow(COL, d("2026-10-14 10:15"), 2, tag="疑似催收"),
    CallRow(FRIEND, d("2026-10-13 20:30"), name="小雅", missed=False, collector=False),
    CallRow(COL, d("2026-10-12 13:05")),
)
_LETTER = (
    "受金橙分期委托，现就你拖欠借款一事郑重函告：请于收到本函之日起三日内归还全部欠款人民币"
    "11230元。逾期未还，本所将依法向人民法院提起诉讼，并申请查封、冻结你名下财产，由此产生的"
    "一切后果由你本人承担。"
)


def case() -> Case:
    s = []
    s.append(
        Screen(
            "nanning_sms_col",
            "sms",
            "originos",
            "sms_thread",
            d("2026-10-21 23:12"),
            f"23:12  {NIGHT}",
            COL,
            messages=_THREAD,
        )
    )
    s.append(
        Screen(
            "nanning_sms_gate",
            "sms",
            "originos",
            "sms_thread",
            d("2026-10-21 23:13"),
            f"23:13  {NIGHT}",
            GATE,
            messages=_GATEWAY,
        )
    )
    s.append(
        Screen(
            "nanning_sms_list",
            "sms",
            "originos",
            "sms_list",
            d("2026-10-21 23:14"),
            f"23:14  {NIGHT}",
            "信息",
            messages=(
                _THREAD[-1],
                Msg("妈妈", d("2026-10-20 19:10"), "丽丽，有空回个电话，家里有事问你"),
                _GATEWAY[-1],
                Msg(
                    "95588",
                    d("2026-10-10 18:20"),
                    "【工商银行】您尾号3307卡10月10日工资收入4800.00元，余额5126.37元。",
                ),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_calls_1",
            "dialer",
            "originos",
            "call_log",
            d("2026-10-21 23:15"),
            f"23:15  {NIGHT}",
            "通话记录",
            calls=_CALLS[:7],
        )
    )
    s.append(
        Screen(
            "nanning_calls_2",
            "dialer",
            "originos",
            "call_log",
            d("2026-10-21 23:16"),
            f"23:16  {NIGHT}",
            "通话记录",
            calls=_CALLS[4:],
            overlaps="nanning_calls_1",
        )
    )
    s.append(
        Screen(
            "nanning_qq",
            "qq",
            "qq",
            "chat",
            d("2026-10-21 23:20"),
            f"23:20  {NIGHT}",
            QQ,
            messages=(
                Msg(
                    QQ,
                    d("2026-10-17 14:10"),
                    "韦丽，我是金橙分期法务部的何经理，你的案件已经进入诉前调解阶段。",
                    True,
                ),
                Msg(QQ, d("2026-10-17 14:11"), "[图片]律师函 广西桂信律师事务所 （点击查看原图）"),
                Msg("me", d("2026-10-17 14:15"), "我没说不还，只是想分期"),
                Msg(
                    QQ,
                    d("2026-10-17 14:18"),
                    "今天不结清，律师函明天就寄到你老家，让村里人都知道你是老赖。",
                    True,
                ),
                Msg(
                    QQ,
                    d("2026-10-19 20:05"),
                    "最后通知：今晚12点前还清11230元，否则明天上门找你父母协商。",
                    True,
                ),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_letter",
            "photo",
            "paper",
            "court",
            d("2026-10-21 23:22"),
            f"23:22  {NIGHT}",
            "律师函",
            fields=(
                ("致", "韦丽女士"),
                ("正文", _LETTER),
                ("落款", "广西桂信律师事务所"),
                ("日期", "二〇二六年十月十七日"),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_mom_chat",
            "wechat",
            "wechat_dark",
            "chat",
            d("2026-10-21 21:40"),
            f"21:40  {NIGHT}",
            "妈妈",
            messages=(
                Msg(
                    "妈妈",
                    d("2026-10-20 18:52"),
                    "丽丽，今天下午有个男的打电话到家里，说你在什么金橙分期借了钱不还，是真的吗？",
                ),
                Msg("妈妈", d("2026-10-20 18:53"), "他说再不还就要来家里，我和你爸都吓坏了"),
                Msg(
                    "me",
                    d("2026-10-20 19:05"),
                    "妈你别担心，那是催收的，你别理他们，也别给他们转钱",
                ),
                Msg("妈妈", d("2026-10-20 19:06"), "好，你自己小心点，钱不够跟家里说"),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_mom_sms",
            "sms",
            "magicos",
            "sms_thread",
            d("2026-10-20 18:50"),
            "中国移动 4G  18:50 82%",
            COL,
            owner="妈妈",
            messages=(
                Msg(
                    COL,
                    d("2026-10-20 15:22"),
                    "阿姨您好，您女儿韦丽在金橙分期借款逾期不还，已经联系不上本人，麻烦您转告她今天必须还款。",
                    True,
                ),
                Msg(
                    COL,
                    d("2026-10-20 15:30"),
                    "您不管的话我们只能去她单位找领导了，到时候丢的是你们家的脸。",
                    True,
                ),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_mom_calls",
            "dialer",
            "magicos",
            "call_log",
            d("2026-10-20 18:51"),
            "中国移动 4G  18:51 82%",
            "通话记录",
            owner="妈妈",
            calls=(
                CallRow(COL, d("2026-10-20 15:18"), 3, tag="疑似催收"),
                CallRow(LAND, d("2026-10-20 15:02"), tag="骚扰电话"),
                CallRow(
                    "181 7707 6620",
                    d("2026-10-19 20:10"),
                    name="丽丽",
                    missed=False,
                    collector=False,
                ),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_boss_chat",
            "wechat",
            "wechat_dark",
            "chat",
            d("2026-10-21 21:45"),
            f"21:45  {NIGHT}",
            "陈总",
            messages=(
                Msg(
                    "陈总",
                    d("2026-10-21 11:30"),
                    "小韦，前台说上午有人打了好几个电话找你，说你欠了网贷，还说要来公司。怎么回事？",
                ),
                Msg(
                    "me",
                    d("2026-10-21 11:41"),
                    "陈总不好意思，是网贷催收，我会尽快处理，不会影响工作。",
                ),
                Msg("陈总", d("2026-10-21 11:43"), "尽快处理好，别让他们再打到公司来，影响不好。"),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_id",
            "photo",
            "paper",
            "id_card",
            d("2026-10-21 23:25"),
            f"23:25  {NIGHT}",
            "身份证",
            fields=(
                ("姓名", "韦丽"),
                ("性别", "女    民族  壮"),
                ("出生", "1996年3月8日"),
                ("住址", "南宁市兴宁区朝阳路18号3栋502"),
                ("公民身份号码", "450102199603081228"),
            ),
        )
    )
    s.append(
        Screen(
            "nanning_bill",
            "loanapp",
            "app",
            "bill",
            d("2026-10-21 23:26"),
            f"23:26  {NIGHT}",
            "金橙分期",
            fields=(
                ("逾期应还(元)", "11,230.00"),
                ("借款金额", "8,000.00元"),
                ("实际到账", "6,560.00元"),
                ("服务费", "1,440.00元"),
                ("罚息及违约金", "3,230.00元"),
                ("借款日期", "2026-07-05"),
                ("到期日", "2026-10-05"),
                ("逾期天数", "16天"),
            ),
        )
    )
    return Case(
        key="nanning",
        borrower="韦丽",
        platform="金橙分期",
        collectors=(COL, LAND, GATE, QQ),
        contacts=(("妈妈", MOM), ("陈总", BOSS), ("小雅", FRIEND)),
        loan={"amount": 8000, "received": 6560, "deducted": 1440, "demanded": 11230},
        screens=tuple(s),
    )
