"""无锡: a borrower working in Hong Kong on a vivo-like phone; the lender's bill in HK$, a
WhatsApp-like chat in 繁體 with «overdue» and «Last warning», a colleague's WhatsApp group the
collector joins, two overlapping call logs of HK numbers, and at home in 无锡 the mother's
HarmonyOS phone: SMS in 江苏 wording and 畅连 video calls; a forged 最後催告函."""

from __future__ import annotations

from tests.blindgen20.model import Call, Case, Msg, Screen
from tests.blindgen20.taian import t

PHONE = "85261234478"
WA, GROUPER, HKLINE, MAINLAND = (
    "+852 5934 2218",
    "+852 6870 1153",
    "+852 3618 7720",
    "151 6183 0927",
)
COLLECTORS = [WA, GROUPER, HKLINE, MAINLAND]


def _in(who: str, text: str, at: str, **kw) -> Msg:
    return Msg(who, text, t(at), collector=who in COLLECTORS, **kw)


def _out(text: str, at: str) -> Msg:
    return Msg("me", text, t(at), side="out")


def _call(number: str, at: str, count: int = 1, **kw) -> Call:
    return Call(number, t(at), count=count, collector=number in COLLECTORS, **kw)


def _borrower_screens() -> list[Screen]:
    shared = [
        _call(WA, "03-05 23:02", 3, place="香港", tag="疑似骚扰"),
        _call(HKLINE, "03-05 21:40", 2, place="香港", tag="催收"),
        _call("13961870342", "03-05 19:30", name="媽媽", missed=False),
    ]
    return [
        Screen(
            "Screenshot_20260304_101833.jpg",
            "vivoft20",
            "bill20",
            "borrower",
            t("03-04 10:18"),
            "港速貸",
            "應還金額 (港幣)",
            paras=[
                "HK$26,000",
                "借款金額 HK$20,000",
                "實際到賬 HK$16,000",
                "手續費 HK$4,000",
                "到期日 2026-03-02",
            ],
            battery=83,
        ),
        Screen(
            "Screenshot_20260305_083122.jpg",
            "vivoft20",
            "whatsapp20",
            "borrower",
            t("03-05 08:31"),
            WA,
            "WhatsApp Business",
            msgs=[
                _in(
                    WA,
                    "華先生你好，港速貸提醒：你的還款日為3月2日，目前已逾期，請盡快處理。",
                    "03-03 20:15",
                ),
                _out("知道了", "03-03 20:40"),
                _in(
                    WA,
                    "華先生，你在港速貸的借款已經overdue兩天，總額HK$26,000，請今日內還款。",
                    "03-04 09:15",
                ),
                _out("我下個禮拜出糧先還一部分", "03-04 09:40"),
                _in(
                    WA,
                    "一部分？不行，全額。明早十點前不還，我們就聯繫你無錫的家人。",
                    "03-04 22:30",
                ),
            ],
            dark=True,
            battery=64,
            effects=("crop20",),
        ),
        Screen(
            "Screenshot_20260305_233015.jpg",
            "vivoft20",
            "whatsapp20",
            "borrower",
            t("03-05 23:30"),
            WA,
            "WhatsApp Business",
            msgs=[
                _in(
                    WA,
                    "華先生，你在港速貸的借款已經overdue兩天，總額HK$26,000，請今日內還款。",
                    "03-04 09:15",
                ),
                _out("我下個禮拜出糧先還一部分", "03-04 09:40"),
                _in(
                    WA,
                    "一部分？不行，全額。明早十點前不還，我們就聯繫你無錫的家人。",
                    "03-04 22:30",
                ),
                _in(WA, "Last warning. 你媽媽的電話是151開頭的，對吧？", "03-05 08:05"),
                _out("你敢打給我媽試試", "03-05 08:20"),
                _in(
                    WA, "已經打了，阿姨人挺好的。明天見不到錢，下一個就是你公司HR。", "03-05 23:10"
                ),
            ],
            dark=True,
            battery=31,
        ),
        Screen(
            "Screenshot_20260306_001244.jpg",
            "vivoft20",
            "gphone20",
            "borrower",
            t("03-06 00:12"),
            calls=[
                *shared,
                _call(WA, "03-05 09:02", place="香港", tag="疑似骚扰"),
                _call(HKLINE, "03-04 14:10", 4, place="香港", tag="催收"),
            ],
            battery=27,
        ),
        Screen(
            "Screenshot_20260306_075012.jpg",
            "vivoft20",
            "gphone20",
            "borrower",
            t("03-06 07:50"),
            calls=[
                _call(WA, "03-06 07:31", 2, place="香港", tag="疑似骚扰"),
                *shared,
            ],
            battery=92,
        ),
    ]


def _others_screens() -> list[Screen]:
    return [
        Screen(
            "IMG-20260306-WA0012.jpg",
            "oneui20",
            "whatsapp20",
            "Kelvin",
            t("03-06 12:45"),
            "Team A 午餐群",
            "Amy Wong, 阿傑, 你",
            msgs=[
                _in(
                    GROUPER,
                    "各位同事，你們公司的華子軒欠錢不還，請轉告他盡快處理，否則我們會到公司樓下拉橫額。",
                    "03-06 12:31",
                ),
                _in("Amy Wong", "誰把你拉進來的？", "03-06 12:33"),
                _in("阿傑", "@Kelvin 你認識這個號碼嗎", "03-06 12:34"),
                _out("已經報告admin，大家不要理他", "03-06 12:40"),
                _in(GROUPER, "你朋友欠錢不還，再不處理就上門。", "03-06 12:41"),
            ],
            extra={"group": True},
            battery=74,
            effects=("fwd20",),
        ),
        Screen(
            "微信图片_20260306081544.jpg",
            "hos3_20",
            "sms20",
            "媽媽",
            t("03-06 08:10"),
            MAINLAND,
            "江苏无锡",
            msgs=[
                _in(
                    MAINLAND,
                    "华子轩妈妈，你儿子在香港借了两万块港币不还，你们家里人要负责。",
                    "03-05 19:02",
                ),
                _out("倷是啥人？我伲子勿会做格种事体", "03-05 19:10"),
                _in(
                    MAINLAND,
                    "阿姨，我们有他签的合同。两万港币连本带息两万六，您先还一万八，剩下的好商量。",
                    "03-05 19:11",
                ),
                _in(
                    MAINLAND,
                    "阿姨，我们明天上午去你们梁溪区的小区，你跟物业说一声。",
                    "03-06 07:40",
                ),
            ],
            battery=60,
            network="4G",
            effects=("fwd20",),
        ),
        Screen(
            "微信图片_20260306082033.jpg",
            "hos3_20",
            "changlian20",
            "媽媽",
            t("03-06 08:12"),
            "畅连",
            calls=[
                _call(MAINLAND, "03-06 07:45", 2, video=True),
                _call(MAINLAND, "03-05 22:10"),
                _call("85261234478", "03-05 20:02", name="轩轩", missed=False, video=True),
            ],
            battery=59,
            network="4G",
            effects=("fwd20",),
        ),
        Screen(
            "IMG_20260306_193040.jpg",
            "paper20",
            "letter20",
            "borrower",
            t("03-06 19:30"),
            "最後催告函",
            "港速貸法務字第 0306 號",
            paras=[
                "閣下於港速貸之借款已逾期，截至本函發出日尚欠本息共計HK$26,000。",
                "請於本函發出後48小時內全數清還，否則本部將委派外勤人員前往閣下住所及工作地點，並通知閣下之親屬與僱主。",
            ],
            extra={"to": "華子軒", "seal": "港速貸法務部", "angle": 1.2},
        ),
    ]


def case() -> Case:
    return Case(
        key="wuxi",
        borrower="華子軒",
        phone=PHONE,
        collectors=COLLECTORS,
        contacts=[
            ("媽媽", "13961870342"),
            ("Kelvin", "85291837264"),
            ("Amy Wong", "85297215530"),
            ("阿傑", "85264408817"),
        ],
        loan={"amount": 20000, "received": 16000, "deducted": 4000, "demanded": 26000},
        screens=_borrower_screens() + _others_screens(),
    )
