"""Case zhuzhou: an EMUI 9 phone; one collector texts from three numbers in one night.

Spaces between characters and pinyin ("hk", "huan钱") to dodge filters, a 400 number, a 快手
private message, the boss on TIM, an SMS the sister got forwarded from her Xperia through WeChat,
and the loan SMS that gives the figures.
"""

from __future__ import annotations

from tests.blindgen4.model import Call, Case, Say, Shot, at

N1, N2, N3 = "16573208815", "17132650947", "19200731586"
HOTLINE, SMS106 = "400 816 2290", "10692233817"
AJIE = "闪电花贷后-阿杰"


def _night() -> tuple[Shot, ...]:
    one = (
        Say(
            N1,
            at("2026-11-19 23:02"),
            "刘 建 军 你 欠 闪 电 花 的 钱 今 晚 必 须 还",
            True,
            "昨天 23:02",
        ),
        Say(N1, at("2026-11-19 23:09"), "不 还 钱 就 等 着 全 村 都 知 道 你 是 老 赖", True),
    )
    two = (
        Say(N2, at("2026-11-19 23:20"), "hk今晚到账，不然明早8点你老婆单位见", True, "昨天 23:20"),
        Say(N2, at("2026-11-19 23:26"), "别装死，huan钱", True),
    )
    three = (
        Say(
            N3,
            at("2026-11-19 23:41"),
            "换了号码你也躲不掉，闪电花2800今晚必须处理",
            True,
            "昨天 23:41",
        ),
        Say("me", at("2026-11-19 23:45"), "明天中午还"),
        Say(N3, at("2026-11-19 23:47"), "中午12点看不到钱，你通讯录就一个一个打", True),
    )
    return (
        Shot(
            "z01",
            "emui_sms",
            "emui9",
            "sms_thread",
            at("2026-11-20 00:12"),
            "00:12 4G 21%",
            N1,
            says=one,
        ),
        Shot(
            "z02",
            "emui_sms",
            "emui9",
            "sms_thread",
            at("2026-11-20 00:14"),
            "00:14 4G 21%",
            N2,
            says=two,
        ),
        Shot(
            "z03",
            "emui_sms",
            "emui9",
            "sms_thread",
            at("2026-11-20 00:15"),
            "00:15 4G 20%",
            N3,
            says=three,
        ),
    )


def _lists() -> tuple[Shot, ...]:
    inbox = (
        Say(
            N3,
            at("2026-11-19 23:47"),
            "中午12点看不到钱，你通讯录就一个一个打",
            True,
            "昨天",
            kind="preview",
        ),
        Say(N2, at("2026-11-19 23:26"), "别装死，huan钱", True, "昨天", kind="preview"),
        Say(
            N1,
            at("2026-11-19 23:09"),
            "不 还 钱 就 等 着 全 村 都 知 道 你 是 老 赖",
            True,
            "昨天",
            kind="preview",
        ),
        Say(
            "老婆",
            at("2026-11-19 21:03"),
            "你到底欠了多少钱？今晚必须跟我说清楚",
            False,
            "昨天",
            kind="preview",
        ),
    )
    calls = (
        Call(N3, at("2026-11-20 00:03"), "00:03", 6, place="湖南株洲 移动"),
        Call("", at("2026-11-19 21:30"), "昨天", name="老婆", way="in", collector=False),
        Call(HOTLINE, at("2026-11-19 15:20"), "昨天", 2, way="rejected"),
        Call(N1, at("2026-11-18 21:10"), "星期三", 3, place="广东深圳 联通"),
        Call("", at("2026-11-17 09:12"), "11月17日", name="张总", way="out", collector=False),
    )
    return (
        Shot(
            "z04",
            "emui_sms",
            "emui9",
            "sms_list",
            at("2026-11-20 08:05"),
            "08:05 4G 88%",
            says=inbox,
        ),
        Shot(
            "z05",
            "emui_dial",
            "emui9",
            "call_log",
            at("2026-11-20 08:07"),
            "08:07 4G 88%",
            calls=calls,
        ),
    )


def _apps() -> tuple[Shot, ...]:
    ajie = (
        Say(
            AJIE,
            at("2026-11-19 14:10"),
            "刘建军，看你在快手上挺活跃啊，欠的钱倒是一分不还",
            True,
            "昨天 14:10",
        ),
        Say(
            AJIE,
            at("2026-11-20 09:12"),
            "今天还装看不见，我就在你每个作品下面留言说你借钱不还",
            True,
            "09:12",
        ),
    )
    boss = (
        Say(
            "张总",
            at("2026-11-20 10:01"),
            "建军，刚才有个自称闪电花的打到公司前台，说你欠钱不还，怎么回事？",
            stamp="10:01",
        ),
        Say("me", at("2026-11-20 10:03"), "张总不好意思，我今天就处理"),
        Say("张总", at("2026-11-20 10:04"), "尽快处理，别影响公司"),
    )
    sister = (
        Say(
            N2,
            at("2026-11-19 18:40"),
            "你是刘建军的姐姐吧？他借闪电花的钱不还，你让他马上联系我，不然我们会一直找你",
            True,
            "18:40",
        ),
    )
    loan = (
        Say(
            SMS106,
            at("2026-11-01 10:26"),
            "【闪电花】您的借款2000.00元已到账1400.00元（已扣除审核费"
            "600.00元），到期应还2800.00元，到期日2026-11-15。",
            True,
            "11月1日 10:26",
            quote=False,
        ),
        Say(
            SMS106,
            at("2026-11-16 09:00"),
            "【闪电花】您已逾期1天，应还2800.00元，请立即还款，"
            "逾期将上报征信并通知您的紧急联系人。",
            True,
            "11月16日 09:00",
        ),
    )
    return (
        Shot(
            "z06",
            "kuaishou",
            "emui9",
            "chat",
            at("2026-11-20 09:30"),
            "09:30 4G 60%",
            AJIE,
            says=ajie,
        ),
        Shot(
            "z07", "tim", "emui9", "chat", at("2026-11-20 10:05"), "10:05 4G 57%", "张总", says=boss
        ),
        Shot(
            "z08",
            "xperia_sms",
            "xperia",
            "sms_thread",
            at("2026-11-19 18:52"),
            "18:52 4G 70%",
            N2,
            owner="姐姐",
            says=sister,
            forwarded=True,
        ),
        Shot(
            "z09",
            "emui_sms",
            "emui9",
            "sms_thread",
            at("2026-11-20 10:30"),
            "10:30 4G 55%",
            SMS106,
            says=loan,
        ),
    )


def story() -> Case:
    """The zhuzhou case."""
    return Case(
        key="zhuzhou",
        borrower="刘建军",
        platform="闪电花",
        collectors=(N1, N2, N3, HOTLINE, SMS106, AJIE),
        contacts=(("老婆", ""), ("张总", ""), ("姐姐", "")),
        loan={"amount": 2000.0, "received": 1400.0, "deducted": 600.0, "demanded": 2800.0},
        shots=(*_night(), *_lists(), *_apps()),
    )
