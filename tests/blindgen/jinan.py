"""Blind case "jinan": an iPhone in dark mode, a WeChat group the collectors built with nicknames
(a long capture), and a colleague's Samsung (One UI) phone forwarded through WeChat.

Screenshots were taken in the afternoon (status bar 14:xx) while the calls came at night.
"""

from __future__ import annotations

from tests.casegen.model import CallRow, Case, Msg, Screen, d

COL = "185 3311 7620"
LAND = "0531-8890 2613"
VIRT = "162 5530 1187"
ZHAO = "鲸鱼快贷-催收专员小赵"
ZHOU = "法务-周律师"
BOSS, COLLEAGUE, COUSIN, MOM = "138 5310 6677", "177 6412 3390", "135 0531 8821", "139 0531 2200"
DAY = "5G 64%"

_CALLS = (
    CallRow(COL, d("2026-11-17 23:48"), 4, tag="骚扰电话"),
    CallRow(MOM, d("2026-11-17 20:15"), name="妈妈", missed=False, collector=False),
    CallRow(LAND, d("2026-11-17 10:05"), 2),
    CallRow(COL, d("2026-11-16 23:20"), 3, tag="骚扰电话"),
    CallRow(BOSS, d("2026-11-16 09:10"), name="王科长", missed=False, collector=False),
    CallRow(VIRT, d("2026-11-15 22:58")),
    CallRow(COL, d("2026-11-14 00:35"), 2, tag="骚扰电话"),
    CallRow(COL, d("2026-11-13 23:15"), 5, tag="骚扰电话"),
    CallRow(LAND, d("2026-11-13 11:20")),
    CallRow(COL, d("2026-11-12 23:30"), tag="骚扰电话"),
    CallRow(COUSIN, d("2026-11-12 19:00"), name="表哥", missed=False, collector=False),
)
_LETTER = (
    "我所接受鲸鱼快贷的委托，就你借款逾期一事致函如下：你应于2026年11月20日前偿还欠款本息"
    "合计人民币7860元。逾期未还，我所将代表委托人向你户籍所在地人民法院起诉，并将你的违约"
    "情况通报你所在单位。"
)


def case() -> Case:
    s = []
    s.append(
        Screen(
            "jinan_sms_col",
            "sms",
            "ios_dark",
            "sms_thread",
            d("2026-11-18 14:20"),
            f"14:20  {DAY}",
            COL,
            messages=(
                Msg(
                    COL,
                    d("2026-11-12 23:41"),
                    "孙浩，鲸鱼快贷的钱你打算什么时候还？别装死，电话不接短信不回是吧。",
                    True,
                ),
                Msg(
                    COL,
                    d("2026-11-13 00:12"),
                    "你老婆孩子的信息我们都查到了，别逼我们用别的办法。",
                    True,
                ),
                Msg("me", d("2026-11-15 08:30"), "我已经在筹钱了，下周五之前还一部分"),
                Msg(
                    COL,
                    d("2026-11-15 08:34"),
                    "一部分不行，今天必须全额结清7860元，不然你单位王科长那边我们亲自去说。",
                    True,
                ),
            ),
        )
    )
    s.append(
        Screen(
            "jinan_sms_virt",
            "sms",
            "ios_dark",
            "sms_thread",
            d("2026-11-18 14:21"),
            f"14:21  {DAY}",
            VIRT,
            messages=(
                Msg(
                    VIRT,
                    d("2026-11-16 22:50"),
                    "【鲸鱼快贷】孙浩先生，您的逾期案件已分配至属地外访组，将于近日到您户籍地及工作单位"
                    "核实情况。",
                    True,
                ),
                Msg(
                    VIRT,
                    d("2026-11-17 23:05"),
                    "最后一次提醒，明早9点前不处理，外访人员直接去你公司。",
                    True,
                ),
            ),
        )
    )
    s.append(
        Screen(
            "jinan_calls_1",
            "dialer",
            "ios_dark",
            "call_log",
            d("2026-11-18 14:22"),
            f"14:22  {DAY}",
            "最近通话",
            calls=_CALLS[:7],
        )
    )
    s.append(
        Screen(
            "jinan_calls_2",
            "dialer",
            "ios_dark",
            "call_log",
            d("2026-11-18 14:23"),
            f"14:23  {DAY}",
            "最近通话",
            calls=_CALLS[4:],
            overlaps="jinan_calls_1",
        )
    )
    s.append(
        Screen(
            "jinan_group",
            "wechat",
            "wechat_dark",
            "group",
            d("2026-11-18 14:30"),
            f"14:30  {DAY}",
            "孙浩还款协商群(6)",
            messages=(
                Msg(
                    ZHAO,
                    d("2026-11-17 21:02"),
                    "各位好，拉大家进群是因为孙浩在鲸鱼快贷借款逾期不还，本人失联，请各位亲友督促他尽快还款。",
                    True,
                ),
                Msg(
                    ZHAO,
                    d("2026-11-17 21:03"),
                    "孙浩，你是要面子还是要钱？今晚不处理，明天把你的身份证照片和欠款记录发到这个群里。",
                    True,
                ),
                Msg(
                    "李娜",
                    d("2026-11-17 21:05"),
                    "这是什么群？我是他同事，你们这样拉人进群是违法的吧",
                ),
                Msg("表哥", d("2026-11-17 21:06"), "孙浩你看到了赶紧处理一下，别让家里人担心。"),
                Msg(
                    ZHOU,
                    d("2026-11-17 21:10"),
                    "本人是鲸鱼快贷法务，已准备起诉材料，一旦立案将冻结孙浩名下银行卡并列入失信被执行人名单。",
                    True,
                ),
                Msg("me", d("2026-11-17 21:12"), "你们把我同事家人拉进来是侵犯隐私，我会报警。"),
                Msg(
                    ZHAO,
                    d("2026-11-17 21:13"),
                    "报警？你欠钱还有理了？随便你报，欠款一分都少不了。",
                    True,
                ),
                Msg("李娜", d("2026-11-17 21:20"), "我先退了，孙浩你自己处理好"),
            ),
        )
    )
    s.append(
        Screen(
            "jinan_colleague_sms",
            "sms",
            "oneui",
            "sms_thread",
            d("2026-11-17 19:40"),
            "19:40  4G+ 52%",
            COL,
            owner="李娜",
            messages=(
                Msg(
                    COL,
                    d("2026-11-17 16:12"),
                    "你好，请问是孙浩的同事李娜吗？孙浩在鲸鱼快贷欠款7860元逾期未还，麻烦转告他马上联系我们。",
                    True,
                ),
                Msg(
                    COL,
                    d("2026-11-17 16:20"),
                    "你不转告的话，我们会每天给你打电话，直到他还钱为止。",
                    True,
                ),
                Msg("me", d("2026-11-17 16:25"), "我跟他只是同事，请不要再给我发短信。"),
            ),
        )
    )
    s.append(
        Screen(
            "jinan_colleague_calls",
            "dialer",
            "oneui",
            "call_log",
            d("2026-11-17 19:41"),
            "19:41  4G+ 52%",
            "最近记录",
            owner="李娜",
            calls=(
                CallRow(
                    "188 5316 0042",
                    d("2026-11-17 18:30"),
                    name="孙浩",
                    missed=False,
                    collector=False,
                ),
                CallRow(COL, d("2026-11-17 16:05"), 3, tag="疑似催收"),
                CallRow(LAND, d("2026-11-16 10:20")),
            ),
        )
    )
    s.append(
        Screen(
            "jinan_boss_chat",
            "wechat",
            "wechat_dark",
            "chat",
            d("2026-11-18 14:35"),
            f"14:35  {DAY}",
            "王科长",
            messages=(
                Msg(
                    "王科长",
                    d("2026-11-16 08:55"),
                    "孙浩，昨天有个自称律师的人打电话到科里，说你欠了鲸鱼快贷的钱，要单位配合扣工资，"
                    "这怎么回事？",
                ),
                Msg(
                    "me",
                    d("2026-11-16 09:02"),
                    "王科长，这是网贷暴力催收，单位没有义务配合，我这周会处理。",
                ),
                Msg(
                    "王科长",
                    d("2026-11-16 09:05"),
                    "行，你抓紧，别再让他们打到单位来了，科里的人都在议论。",
                ),
            ),
        )
    )
    s.append(
        Screen(
            "jinan_letter",
            "photo",
            "paper",
            "court",
            d("2026-11-18 14:38"),
            f"14:38  {DAY}",
            "律师函",
            fields=(
                ("致", "孙浩先生"),
                ("正文", _LETTER),
                ("落款", "山东正衡律师事务所"),
                ("日期", "二〇二六年十一月十六日"),
            ),
        )
    )
    s.append(
        Screen(
            "jinan_bill",
            "loanapp",
            "app",
            "bill",
            d("2026-11-18 14:40"),
            f"14:40  {DAY}",
            "鲸鱼快贷",
            fields=(
                ("待还金额(元)", "7,860.00"),
                ("借款本金", "6,000.00元"),
                ("到账金额", "4,980.00元"),
                ("会员费", "1,020.00元"),
                ("逾期罚息", "1,860.00元"),
                ("最后还款日", "2026-11-05"),
            ),
        )
    )
    return Case(
        key="jinan",
        borrower="孙浩",
        platform="鲸鱼快贷",
        collectors=(COL, LAND, VIRT, ZHAO, ZHOU),
        contacts=(("王科长", BOSS), ("李娜", COLLEAGUE), ("表哥", COUSIN), ("妈妈", MOM)),
        loan={"amount": 6000, "received": 4980, "deducted": 1020, "demanded": 7860},
        screens=tuple(s),
    )
