"""Mianyang: Android 14 Material You dark; Soul DMs, WeChat Moments comments, a 老人机 photo."""

from __future__ import annotations

from tests.blindgen5.model import Call, Case, Msg, Screen, at

MOBILE = "199 0816 7742"
LANDLINE = "0816-2239 0471"
HOTLINE = "9517 3309"
PLATFORM_SMS = "10691 8876 5521"
SOUL = "协商处理-小何"
COUSIN = "177 0816 2290"
MUM = "139 0816 5512"


def _status(clock: str) -> str:
    return f"下午{clock} 5G 77%"


def _screens() -> tuple[Screen, ...]:
    dark = dict(skin="you_dark")
    sms = dict(app="sms_same", kind="sms_thread", skin="you_dark")
    return (
        Screen("m01", app="soul", kind="dm", captured=at("2026-10-28 16:00"),
               status=_status("4:00"), title=SOUL, msgs=(
            Msg(SOUL, at("2026-10-25 20:30"), "蒲小龙，星借钱包的三千六百元什么时候还？别以为在"
                "Soul上就找不到你。", True, "10月25日 晚上8:30"),
            Msg("me", at("2026-10-25 20:41"), "月底发了工资就还"),
            Msg(SOUL, at("2026-10-26 13:15"), "月底？你上个月也是这么说的。明天中午前先还1k，"
                "不然我们就打给你表哥。", True, "星期一 下午1:15"),
        ), **dark),
        Screen("m02", captured=at("2026-10-28 16:02"), status=_status("4:02"),
               title=PLATFORM_SMS, msgs=(
            Msg(PLATFORM_SMS, at("2026-10-01 11:00"), "【星借钱包】借款3000.00元已到账2550.00元，"
                "扣除服务费450.00元，请于10月20日前还款3600.00元。", True, "10月1日 上午11:00",
                quote=False),
            Msg(PLATFORM_SMS, at("2026-10-21 09:00"), "【星借钱包】您已逾期1天，应还3600.00元。"
                "我司将依约联系您预留的联系人核实情况。", True, "10月21日 上午9:00"),
        ), **sms),
        Screen("m03", app="dialer", kind="call_log", captured=at("2026-10-28 16:05"),
               status=_status("4:05"), title="通话记录", calls=(
            Call(MOBILE, at("2026-10-28 01:10"), "凌晨1:10", 2, tag="疑似催收",
                 place="四川绵阳 电信"),
            Call(LANDLINE, at("2026-10-27 11:30"), "昨天 上午11:30", 5, place="四川绵阳"),
            Call(COUSIN, at("2026-10-27 08:10"), "昨天 上午8:10", name="表哥", way="in",
                 collector=False),
            Call(HOTLINE, at("2026-10-26 15:00"), "星期一", 3, tag="骚扰电话"),
            Call(MOBILE, at("2026-10-24 22:40"), "10月24日", 4, tag="疑似催收"),
            Call(MUM, at("2026-10-23 19:00"), "10月23日", name="妈", way="out", collector=False),
        ), **dark),
        Screen("m04", captured=at("2026-10-28 16:08"), status=_status("4:08"), title=MOBILE,
               msgs=(
            Msg(MOBILE, at("2026-10-24 22:45"), "蒲小龙你电话也不接，短信也不回，今晚不还2k，"
                "明天就把你的欠款信息发到你们村群里。", True, "10月24日 晚上10:45"),
            Msg("me", at("2026-10-25 08:30"), "我会还的，请不要骚扰我家人",
                stamp="10月25日 上午8:30"),
            Msg(MOBILE, at("2026-10-28 01:15"), "睡得着吗？三千六百元一分不少，明天我们的人去"
                "你家。", True, "凌晨1:15"),
        ), **sms),
        Screen("m05", app="moments", kind="comments", captured=at("2026-10-28 16:10"),
               status=_status("4:10"), title="朋友圈", post="周末和兄弟们吃烧烤，开心！", msgs=(
            Msg("小胖", at("2026-10-26 19:00"), "龙哥威武", stamp="10月26日"),
            Msg(SOUL, at("2026-10-27 10:20"), "有钱发朋友圈没钱还款？星借钱包的欠款今天必须"
                "结清。", True, "昨天 10:20"),
            Msg("小胖", at("2026-10-27 12:00"), "你谁啊，在这里乱说什么", stamp="昨天 12:00"),
            Msg("me", at("2026-10-27 12:30"), "大家别理，我会处理", stamp="昨天 12:30"),
        ), **dark),
        Screen("m06", captured=at("2026-10-28 16:12"), status=_status("4:12"), title="表哥",
               msgs=(
            Msg("表哥", at("2026-10-27 08:20"), "小龙，一大早就有人打电话给我说你欠网贷，还说要"
                "来我家要钱，到底欠了多少？", stamp="昨天 上午8:20"),
            Msg("me", at("2026-10-27 08:40"), "表哥对不起，三千多，我月底就还上"),
            Msg("表哥", at("2026-10-27 08:45"), "赶紧还了，别连累家里人。"),
        ), **sms),
        # The mother's 老人机, photographed by the borrower.
        Screen("m07", app="elder_dialer", kind="call_log", skin="elder", owner="mother",
               photo=True, captured=at("2026-10-28 16:20"), status="16:20 4G 40%",
               title="通话记录", calls=(
            Call(MOBILE, at("2026-10-27 21:30"), "昨天 21:30", tag="疑似催收"),
            Call(LANDLINE, at("2026-10-27 14:00"), "昨天 14:00", 2),
        )),
        Screen("m08", app="loanapp", kind="bill", captured=at("2026-10-28 16:25"),
               status=_status("4:25"), title="账单详情", marked=True, fields=(
            ("借款金额", "3,000.00元"), ("到账金额", "2,550.00元"), ("服务费", "450.00元"),
            ("应还金额", "3,600.00元"), ("逾期天数", "8天"),
        ), **dark),
    )  # fmt: skip


def case() -> Case:
    """The Mianyang case: 蒲小龙 and 星借钱包."""
    return Case(
        key="mianyang",
        borrower="蒲小龙",
        platform="星借钱包",
        collectors=(MOBILE, LANDLINE, HOTLINE, PLATFORM_SMS, SOUL),
        contacts=(("表哥", COUSIN), ("妈", MUM), ("小胖", "")),
        loan={"amount": 3000.0, "received": 2550.0, "deducted": 450.0, "demanded": 3600.0},
        screens=_screens(),
    )
