"""Liuzhou: a carrier-built (天翼) Android; SMS with both parties on one side, names above."""

from __future__ import annotations

from tests.blindgen5.model import Call, Case, Msg, Screen, at

PLATFORM_SMS = "10690 5537 2210"
MOBILE = "173 7720 4431"
LANDLINE = "0772-3856 1204"
HOTLINE = "9510 6688"
MOMO = "清收部-周经理"
MUM = "139 7801 2256"
ZHEN = "136 0772 5531"
LAST = "最后通知：今晚八点前还清六千二百元，否则明天起联系你通讯录里的所有人。"
ZHEN_LAST = "你赶紧给我处理好，不然以后别再联系我了，气死我了！"


def _status(clock: str) -> str:
    return f"下午{clock} 中国电信 5G 71%"


def _screens() -> tuple[Screen, ...]:
    sms = dict(app="sms_same", skin="tianyi", kind="sms_thread")
    log = dict(app="dialer", skin="tianyi", kind="call_log", title="通话记录")
    top_rows = (
        Call(MOBILE, at("2026-10-16 14:05"), "下午2:05", 3, tag="疑似催收", place="广西柳州 电信"),
        Call(LANDLINE, at("2026-10-16 11:40"), "上午11:40", 2, place="广西柳州"),
        Call(MUM, at("2026-10-15 20:10"), "昨天", name="妈妈", way="in", collector=False),
        Call(HOTLINE, at("2026-10-15 16:30"), "昨天", 4, tag="骚扰电话"),
        Call(MOBILE, at("2026-10-14 09:50"), "星期三", 2, tag="疑似催收"),
        Call(ZHEN, at("2026-10-13 18:30"), "星期二", name="阿珍", way="out", collector=False),
    )
    return (
        Screen("l01", captured=at("2026-10-16 15:20"), status=_status("3:20"), title=PLATFORM_SMS,
               msgs=(
            Msg(PLATFORM_SMS, at("2026-09-01 10:12"), "【闪银花】您的借款5000.00元已放款至尾号6621"
                "银行卡，实际到账4100.00元，已扣除服务费900.00元。", True, "9月1日 上午10:12",
                quote=False),
            Msg(PLATFORM_SMS, at("2026-10-08 09:00"), "【闪银花】您的借款已逾期7天，应还6200.00元。"
                "逾期将上报征信并通知您的紧急联系人，请尽快还款。", True, "10月8日 09:00"),
        ), **sms),
        Screen("l02", captured=at("2026-10-16 15:22"), status=_status("3:22"), calls=top_rows,
               **log),
        Screen("l03", captured=at("2026-10-16 15:25"), status=_status("3:25"), title=MOBILE, msgs=(
            Msg(MOBILE, at("2026-10-12 10:20"), "覃秀梅，你在闪银花欠的六千二百元今天必须处理，"
                "别让我们去你单位找你。", True, "10月12日 上午10:20"),
            Msg("me", at("2026-10-12 10:31"), "我这个月工资还没发，能不能宽限几天"),
            Msg(MOBILE, at("2026-10-14 09:52"), "宽限？你已经拖了两个星期了。今天下午五点前不还2k，"
                "就把你的事发到你家族群里。", True, "星期三 上午9:52"),
            Msg(MOBILE, at("2026-10-16 14:08"), "电话不接是吧？你妈和你同事的号码我们都有，"
                "你自己掂量。", True, "下午2:08"),
        ), **sms),
        Screen("l04", app="momo", skin="tianyi", kind="dm", captured=at("2026-10-16 15:30"),
               status=_status("3:30"), title=MOMO, msgs=(
            Msg(MOMO, at("2026-10-15 19:40"), "你在陌陌上也别想躲，欠闪银花的钱今天不还3k，"
                "明天就是3w的事了。", True, "昨天 晚上7:40"),
            Msg("me", at("2026-10-15 19:55"), "你们到底是谁，怎么找到我这个号的"),
            Msg(MOMO, at("2026-10-15 20:02"), "我们是闪银花委托的清收部，你的资料我们全都有，"
                "再装死就上门。", True),
        )),
        # A friend's strong words: angry at the borrower, never a collector.
        Screen("l05", captured=at("2026-10-16 15:33"), status=_status("3:33"), title="阿珍", msgs=(
            Msg("阿珍", at("2026-10-14 21:15"), "覃秀梅你太过分了！借钱不还还把我填成紧急联系人，"
                "今天一天接了五个催债电话！", stamp="星期三 晚上9:15"),
            Msg("me", at("2026-10-14 21:20"), "对不起阿珍，我真的不知道他们会打给你"),
            Msg("阿珍", at("2026-10-14 21:22"), ZHEN_LAST),
        ), **sms),
        Screen("l06", app="loanapp", skin="tianyi", kind="bill", captured=at("2026-10-16 15:36"),
               status=_status("3:36"), title="账单详情", fields=(
            ("借款平台", "闪银花"), ("借款金额", "5,000.00元"), ("实际到账", "4,100.00元"),
            ("服务费", "900.00元"), ("借款日期", "2026-09-01"), ("应还日期", "2026-10-01"),
            ("逾期天数", "15天"), ("应还总额", "6,200.00元"),
        )),
        # Cut by the borrower to the one bubble, circled in red; the name above still says who.
        Screen("l07", captured=at("2026-10-16 15:40"), title=MOBILE, cropped=True, marked=True,
               msgs=(Msg(MOBILE, at("2026-10-16 14:30"), LAST, True, "下午2:30"),), **sms),
        Screen("l08", captured=at("2026-10-16 15:42"), status=_status("3:42"), overlaps="l02",
               calls=(
            *top_rows[4:],
            Call(LANDLINE, at("2026-10-12 16:20"), "10月12日", 3, place="广西柳州"),
            Call(MOBILE, at("2026-10-12 10:15"), "10月12日", tag="疑似催收"),
            Call(MUM, at("2026-10-11 12:00"), "10月11日", name="妈妈", way="out",
                 collector=False),
        ), **log),
        Screen("l09", app="sms_same", skin="tianyi", kind="sms_list", title="信息",
               captured=at("2026-10-16 15:45"), status=_status("3:45"), msgs=(
            Msg(MOBILE, at("2026-10-16 14:30"), LAST, True, "下午2:30", kind="preview"),
            Msg("阿珍", at("2026-10-14 21:22"), ZHEN_LAST, stamp="星期三", kind="preview"),
            Msg(PLATFORM_SMS, at("2026-10-08 09:00"), "【闪银花】您的借款已逾期7天，应还"
                "6200.00元。", True, "10月8日", kind="preview"),
        )),
    )  # fmt: skip


def case() -> Case:
    """The Liuzhou case: 覃秀梅 and 闪银花."""
    return Case(
        key="liuzhou",
        borrower="覃秀梅",
        platform="闪银花",
        collectors=(PLATFORM_SMS, MOBILE, LANDLINE, HOTLINE, MOMO),
        contacts=(("妈妈", MUM), ("阿珍", ZHEN)),
        loan={"amount": 5000.0, "received": 4100.0, "deducted": 900.0, "demanded": 6200.0},
        screens=_screens(),
    )
