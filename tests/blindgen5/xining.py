"""Xining: a foldable's wide inner screen; a collector writing HK/TW-style traditional templates.

Every message and call lies between 08:00 and 21:00: the only night times are status-bar clocks.
"""

from __future__ import annotations

from tests.blindgen5.model import Call, Case, Msg, Screen, at

MOBILE = "166 0971 2258"
LANDLINE = "0971-8245 3360"
PLATFORM_SMS = "10659 0288 1234"
TIEBA = "催收小組長"
DAD = "135 0971 8800"
LI = "158 0971 3342"
LAST = "今日為最後期限，如未還款，明日派員上門處理。"
OVERDUE = "【港易借】閣下已逾期5天，應還6,960.00元，逾期記錄將報送征信，並通知閣下緊急聯絡人。"


def _screens() -> tuple[Screen, ...]:
    fold = dict(skin="fold")
    return (
        Screen("x01", app="sms", kind="sms_thread", captured=at("2026-09-24 23:41"),
               status="23:41 4G 52%", title=MOBILE, msgs=(
            Msg(MOBILE, at("2026-09-21 09:30"), "李慧小姐您好，閣下於港易借之借款已逾期，請於今日內"
                "償還陸仟玖佰陸拾元。", True, "星期一 09:30"),
            Msg("me", at("2026-09-21 10:00"), "我知道，这周五发工资就还"),
            Msg(MOBILE, at("2026-09-23 14:20"), "閣下一再拖延，本公司將聯絡您的家人及公司同事，"
                "後果自負。", True, "昨天 14:20"),
            Msg(MOBILE, at("2026-09-24 20:30"), LAST, True, "20:30"),
        ), **fold),
        Screen("x02", app="dialer", kind="call_log", captured=at("2026-09-24 23:43"),
               status="23:43 4G 52%", title="通话记录", calls=(
            Call(MOBILE, at("2026-09-24 18:10"), "18:10", 2, tag="疑似催收", place="青海西宁 移动"),
            Call(LANDLINE, at("2026-09-24 10:25"), "10:25", 3, place="青海西宁"),
            Call(DAD, at("2026-09-23 19:00"), "昨天", name="爸爸", way="in", collector=False),
            Call(LANDLINE, at("2026-09-22 15:40"), "星期二", 2),
            Call(LI, at("2026-09-22 12:10"), "星期二", name="同事小李", way="out",
                 collector=False),
            Call(MOBILE, at("2026-09-21 09:25"), "9月21日", tag="疑似催收"),
        ), **fold),
        Screen("x03", app="tieba", kind="dm", captured=at("2026-09-24 23:45"),
               status="23:45 4G 51%", title=TIEBA, msgs=(
            Msg(TIEBA, at("2026-09-22 11:00"), "李慧，你在貼吧發帖我們都看到了，欠港易借的錢打算"
                "什麼時候還？", True, "9月22日 11:00"),
            Msg(TIEBA, at("2026-09-22 11:02"), "別以為換個平台就找不到你，今天不處理，你的照片"
                "會被掛到本吧。", True),
        ), **fold),
        Screen("x04", app="sms", kind="sms_list", captured=at("2026-09-24 23:46"),
               status="23:46 4G 51%", title="信息", msgs=(
            Msg(MOBILE, at("2026-09-24 20:30"), LAST, True, "20:30", kind="preview"),
            Msg("同事小李", at("2026-09-23 17:05"), "有人打电话到公司找你，说你欠钱不还…",
                stamp="昨天", kind="preview"),
            Msg(PLATFORM_SMS, at("2026-09-15 09:00"), OVERDUE, True, "9月15日", kind="preview"),
        ), **fold),
        Screen("x05", app="sms", kind="sms_thread", captured=at("2026-09-24 23:48"),
               status="23:48 4G 50%", title=PLATFORM_SMS, msgs=(
            Msg(PLATFORM_SMS, at("2026-09-01 10:00"), "【港易借】您的借款6,000.00元已發放，實際到賬"
                "5,280.00元，手續費720.00元，還款日9月10日。", True, "9月1日 10:00", quote=False),
            Msg(PLATFORM_SMS, at("2026-09-10 09:00"), "【港易借】您的借款今日到期，應還6,960.00元，"
                "請按時還款以免影響信用。", True, "9月10日 09:00", quote=False),
            Msg(PLATFORM_SMS, at("2026-09-15 09:00"), OVERDUE, True, "9月15日 09:00"),
        ), **fold),
        Screen("x06", app="loanapp", kind="bill", captured=at("2026-09-24 23:50"),
               status="23:50 4G 50%", title="賬單詳情", fields=(
            ("借款金額", "6,000.00元"), ("到賬金額", "5,280.00元"), ("手續費", "720.00元"),
            ("還款日", "2026-09-10"), ("逾期天數", "14天"), ("應還總額", "6,960.00元"),
        ), **fold),
        # A colleague's screenshot, cut to the bubbles and forwarded over WeChat.
        Screen("x07", app="sms", kind="sms_thread", captured=at("2026-09-23 17:25"),
               cropped=True, sent_via="wechat", title="同事小李", msgs=(
            Msg("同事小李", at("2026-09-23 17:05"), "有人打电话到公司找你，说你欠钱不还，还让前台"
                "转告你，你没事吧？", stamp="17:05"),
            Msg("me", at("2026-09-23 17:20"), "没事，谢谢你告诉我，我会处理的"),
        ), **fold),
        # A photo of the colleague's own call log, taken with the borrower's camera.
        Screen("x08", app="dialer", kind="call_log", skin="you_light", owner="colleague",
               photo=True, captured=at("2026-09-23 17:30"), status="17:30 5G 64%",
               title="通话记录", calls=(
            Call(LANDLINE, at("2026-09-23 16:40"), "16:40", 2, tag="骚扰电话"),
            Call("188 0971 5566", at("2026-09-23 12:30"), "12:30", name="李慧", way="out",
                 collector=False),
        )),
    )  # fmt: skip


def case() -> Case:
    """The Xining case: 李慧 and 港易借."""
    return Case(
        key="xining",
        borrower="李慧",
        platform="港易借",
        collectors=(MOBILE, LANDLINE, PLATFORM_SMS, TIEBA),
        contacts=(("爸爸", DAD), ("同事小李", LI)),
        loan={"amount": 6000.0, "received": 5280.0, "deducted": 720.0, "demanded": 6960.0},
        screens=_screens(),
    )
