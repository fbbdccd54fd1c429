"""Yinchuan: Android 14 Material You (tinted bubbles), the mother's 老人机 and a cousin's photo."""

from __future__ import annotations

from tests.blindgen5.model import Call, Case, Msg, Screen, at

MOBILE = "153 0951 8826"
LANDLINE = "0951-6032 7714"
FOUR_HUNDRED = "400-812-3456"
MUM_CALLER = "185 9510 3377"
ZHIHU = "债务协商中心"
MP = "鑫易贷服务号"
DOUYIN = "追债小分队"
BOSS = "186 9510 0021"
DAD = "139 9510 6602"


def _screens() -> tuple[Screen, ...]:
    you = dict(skin="you_light")
    elder = dict(skin="elder", owner="mother", sent_via="wechat")
    return (
        Screen("y01", app="dialer", kind="call_log", captured=at("2026-11-05 14:12"),
               status="14:12 5G 82%", title="按联系人", calls=(
            Call(MOBILE, at("2026-11-05 11:03"), "上午11:03", 6, tag="催收",
                 place="宁夏银川 联通"),
            Call(LANDLINE, at("2026-11-04 16:45"), "昨天 下午4:45", 4, place="宁夏银川"),
            Call(BOSS, at("2026-11-04 09:30"), "昨天 上午9:30", name="王总", way="in",
                 collector=False),
            Call(FOUR_HUNDRED, at("2026-11-03 15:10"), "前天", 2, tag="贷款催收"),
        ), **you),
        Screen("y02", app="sms", kind="sms_thread", captured=at("2026-11-05 14:15"),
               status="14:15 5G 82%", title=MOBILE, msgs=(
            Msg(MOBILE, at("2026-11-02 10:00"), "马建军，鑫易贷的借款已逾期，今天必须还款"
                "玖仟叁佰陆拾元。", True, "星期一 10:00"),
            Msg("me", at("2026-11-02 10:20"), "我在想办法，下周一定还"),
            Msg(MOBILE, at("2026-11-04 16:50"), "下周？你单位王总的电话我们已经打过了，再不还"
                "明天去你们公司门口拉横幅。", True, "昨天 16:50"),
            Msg(MOBILE, at("2026-11-05 11:05"), "别以为不接电话就没事，今晚之前先还三千二百元，"
                "剩下的再谈。", True, "11:05"),
        ), **you),
        Screen("y03", app="elder_sms", kind="sms_thread", captured=at("2026-11-05 08:40"),
               status="08:40 4G 35%", title=MUM_CALLER, msgs=(
            Msg(MUM_CALLER, at("2026-11-04 19:30"), "阿姨您好，您儿子马建军在鑫易贷借款逾期未还，"
                "请您督促他尽快还款，否则后果自负。", True, "昨天 19:30"),
            Msg("me", at("2026-11-04 19:45"), "你们是谁？我儿子怎么了"),
            Msg(MUM_CALLER, at("2026-11-04 19:48"), "他欠钱不还，您要是不管，我们只能按流程"
                "上门了。", True),
        ), **elder),
        Screen("y04", app="elder_dialer", kind="call_log", captured=at("2026-11-05 08:42"),
               status="08:42 4G 35%", title="通话记录", calls=(
            Call(MUM_CALLER, at("2026-11-04 23:20"), "昨天 23:20", 2, tag="疑似催收"),
            Call(MUM_CALLER, at("2026-11-04 19:20"), "昨天 19:20"),
            Call(DAD, at("2026-11-03 18:00"), "前天", name="老马", way="in", collector=False),
        ), **elder),
        Screen("y05", app="zhihu", kind="dm", captured=at("2026-11-05 14:20"),
               status="14:20 5G 81%", title=ZHIHU, msgs=(
            Msg(ZHIHU, at("2026-11-03 09:12"), "马先生，您在鑫易贷的欠款已转入我中心处理，请于"
                "48小时内联系结清。", True, "前天 09:12"),
            Msg(ZHIHU, at("2026-11-04 10:05"), "逾期不处理，将把您的借款信息和身份证照片发到"
                "您的亲友群。", True, "昨天 10:05"),
        ), **you),
        Screen("y06", app="sms", kind="sms_thread", captured=at("2026-11-05 14:25"),
               status="14:25 5G 81%", title="王总", msgs=(
            Msg("王总", at("2026-11-04 09:40"), "建军，今天公司前台接到三个电话，说你欠网贷不还，"
                "怎么回事？", stamp="昨天 09:40"),
            Msg("me", at("2026-11-04 09:50"), "王总对不起，是我之前借的钱，我会尽快处理，"
                "不会再影响公司"),
            Msg("王总", at("2026-11-04 10:02"), "尽快处理好，别影响同事上班。"),
        ), **you),
        Screen("y07", app="mp", kind="notice", captured=at("2026-11-05 14:30"),
               status="14:30 5G 80%", title=MP, msgs=(
            Msg(MP, at("2026-11-01 10:00"), "【还款提醒】您的借款已逾期31天，应还金额9,360.00元，"
                "请今日18:00前处理，否则将启动贷后上门程序。", True, "11月1日 10:00"),
            Msg(MP, at("2026-11-05 09:00"), "【逾期通知】借款金额8,000.00元，到账6,800.00元，"
                "服务费1,200.00元，当前应还9,360.00元。", True, "09:00", quote=False),
        ), **you),
        # The cousin photographed her own phone's screen and handed the photo in.
        Screen("y08", app="sms", kind="sms_thread", skin="you_dark", owner="cousin", photo=True,
               captured=at("2026-11-05 12:30"), status="12:30 5G 64%", title=MUM_CALLER, msgs=(
            Msg(MUM_CALLER, at("2026-11-04 20:10"), "你是马建军的表姐吧？他欠钱跑了，你替他还"
                "还是让我们天天打给你？", True, "昨天 20:10"),
        )),
        Screen("y09", app="douyin", kind="comments", captured=at("2026-11-05 14:40"),
               status="14:40 5G 80%", title="评论", post="周末带娃去沙湖，天气真好", msgs=(
            Msg("银川小敏", at("2026-11-03 20:00"), "娃好可爱！", stamp="11-03 20:00"),
            Msg(DOUYIN, at("2026-11-04 21:10"), "欠鑫易贷的钱不还还有心思出去玩？大家看看"
                "这个老赖。", True, "昨天 21:10"),
            Msg("me", at("2026-11-04 21:30"), "请你删除评论，不然我报警了", stamp="昨天 21:30"),
        ), **you),
    )  # fmt: skip


def case() -> Case:
    """The Yinchuan case: 马建军 and 鑫易贷."""
    return Case(
        key="yinchuan",
        borrower="马建军",
        platform="鑫易贷",
        collectors=(MOBILE, LANDLINE, FOUR_HUNDRED, MUM_CALLER, ZHIHU, MP, DOUYIN),
        contacts=(("王总", BOSS), ("老马", DAD), ("表姐", "")),
        loan={"amount": 8000.0, "received": 6800.0, "deducted": 1200.0, "demanded": 9360.0},
        screens=_screens(),
    )
