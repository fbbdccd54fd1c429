"""衡阳: a HarmonyOS-3-like phone; the disbursement SMS, a dark Telegram-like chat with a
collector saved as 催收-勿接 (a long capture stitched from three screens, a «转发自» bot
message), the bot's own chat, 畅连 video calls at night, a carrier's 通话记录查询 page, the
relatives' group where a collector speaks (on the cousin's phone), the cousin's call log ringed
in red, the mother's SMS photographed, and a forged 立案通知书. Hunan wording."""

from __future__ import annotations

from tests.blindgen20.model import Call, Case, Msg, Screen, number_key
from tests.blindgen20.taian import t

PHONE = "18973457720"
SAVED, BOT, GROUPER = "催收-勿接", "闪借宝法务通知", "贷后专员-老罗"
VIDEO, SZ = "199 1842 7735", "0755 2388 1406"
GATEWAY = "1069 0345 8821"
COLLECTORS = [SAVED, BOT, GROUPER, VIDEO, SZ]
_NUMBERS = {number_key(c) for c in COLLECTORS} - {""}


def _in(who: str, text: str, at: str, **kw) -> Msg:
    return Msg(who, text, t(at), collector=who in COLLECTORS, **kw)


def _out(text: str, at: str, who: str = "me") -> Msg:
    return Msg(who, text, t(at), side="out")


def _call(number: str, at: str, count: int = 1, **kw) -> Call:
    return Call(number, t(at), count=count, collector=number_key(number) in _NUMBERS, **kw)


def _borrower_screens() -> list[Screen]:
    return [
        Screen(
            "Screenshot_20260220_140233_com.android.mms.jpg",
            "hos3_20",
            "sms20",
            "borrower",
            t("02-20 14:02"),
            GATEWAY,
            "短信服务号",
            msgs=[
                _in(
                    GATEWAY,
                    "【闪借宝】您申请的借款5000元已放款，扣除服务费1500元，实际到账3500元，到期应还6800元。",
                    "02-20 13:58",
                ),
            ],
            battery=90,
        ),
        Screen(
            "Screenshot_20260309_100512_org.telegram.messenger.jpg",
            "hos3_20",
            "telegram20",
            "borrower",
            t("03-09 10:05"),
            BOT,
            "@shanjie_fawu_bot · 机器人",
            msgs=[
                _in(
                    BOT,
                    "尊敬的谭志强：您的借款已逾期4天，应还金额6800元。请回复1查看还款方式，回复2申请延期。",
                    "03-09 10:00",
                ),
                _out("2", "03-09 10:02"),
                _in(
                    BOT,
                    "延期申请已驳回。您的逾期记录已同步至催收合作机构，请于今日17点前结清。",
                    "03-09 10:02",
                ),
            ],
            dark=True,
            battery=71,
        ),
        Screen(
            "Screenshot_20260311_000214_com.huawei.meetime.jpg",
            "hos3_20",
            "changlian20",
            "borrower",
            t("03-11 00:02"),
            "畅连",
            calls=[
                _call(VIDEO, "03-10 23:40", video=True),
                _call(VIDEO, "03-10 22:18", 3, video=True),
                _call("13187340025", "03-10 20:05", name="老妈", missed=False),
                _call(VIDEO, "03-10 13:30", 2),
            ],
            dark=True,
            battery=14,
        ),
        Screen(
            "Screenshot_20260311_093047_com.chinamobile.app.jpg",
            "hos3_20",
            "carrier20",
            "borrower",
            t("03-11 09:30"),
            sub="2026年03月 · 189****7720",
            calls=[
                _call("075523881406", "03-11 09:12:40", tag="00:00:48"),
                _call("075523881406", "03-10 21:03:11", tag="00:01:32"),
                _call("13187340025", "03-10 18:30:21", tag="00:05:10", missed=False),
                _call("075523881406", "03-09 22:41:37", tag="00:00:21"),
            ],
            battery=66,
        ),
        Screen(
            "Screenshot_20260311_123012_org.telegram.messenger.jpg",
            "hos3_20",
            "telegram20",
            "borrower",
            t("03-11 12:30"),
            SAVED,
            "最近上线",
            msgs=[
                _in(SAVED, "谭志强，闪借宝的账你打算么子时候还？6800一分不能少。", "03-10 08:31"),
                _out("我月底发工资就还", "03-10 08:45"),
                _in(SAVED, "月底？你莫跟我扯咯，今天不还我就打你屋里娘老子的电话。", "03-10 08:47"),
                _in(
                    SAVED,
                    "【法务提醒】借款人谭志强逾期已超5天，本平台将于48小时内启动上门核实程序。",
                    "03-10 12:10",
                    via=BOT,
                ),
                _in(
                    SAVED,
                    "你堂哥谭志勇的号码我这里有，他在蒸湘区上班，要不要我去他单位坐一坐？",
                    "03-10 19:40",
                ),
                _out("你们别找我家里人，我在想办法", "03-10 19:52"),
                _in(
                    SAVED,
                    "想办法？想到么子时候咯？今天中午十二点前见钱，见不到钱你就等着。",
                    "03-11 07:15",
                ),
                _in(SAVED, "last warning，别说我没提醒你。", "03-11 07:16"),
                _out("先还1000行不行", "03-11 11:58"),
                _in(SAVED, "1000块钱打发叫花子咯？最少还一半，3400，晚上九点前。", "03-11 12:03"),
            ],
            dark=True,
            battery=58,
            effects=("long20",),
        ),
    ]


def _relatives_screens() -> list[Screen]:
    return [
        Screen(
            "微信图片_20260310162544.jpg",
            "matyou20",
            "telegram20",
            "谭志勇",
            t("03-10 16:20"),
            "谭家亲戚群",
            "6 位成员",
            msgs=[
                _in(
                    GROUPER,
                    "各位谭家亲戚好，谭志强在闪借宝借钱6800逾期不还，电话不接信息不回，请大家督促他还款。",
                    "03-10 16:02",
                ),
                _in("李芳", "你是哪个？哪个拉你进来的", "03-10 16:05"),
                _in("三舅", "志强咯伢子又搞么子名堂", "03-10 16:06"),
                _in(
                    GROUPER,
                    "我是谁不重要，重要的是他欠钱。你们谁替他还，我马上退群。",
                    "03-10 16:09",
                ),
                _out("我已经告诉他了，你莫在群里发这些", "03-10 16:15", "谭志勇"),
            ],
            extra={"group": True},
            battery=47,
            effects=("fwd20",),
        ),
        Screen(
            "微信图片_20260310213655.jpg",
            "matyou20",
            "gphone20",
            "谭志勇",
            t("03-10 21:30"),
            calls=[
                _call(SZ, "03-10 21:10", 2, place="广东深圳", tag="疑似骚扰"),
                _call(VIDEO, "03-10 15:48", 4, place="湖南长沙", tag="催收"),
                _call("13187340025", "03-10 12:00", name="婶婶", missed=False),
                _call(SZ, "03-09 22:50", place="广东深圳", tag="疑似骚扰"),
            ],
            battery=39,
            effects=("circle20", "fwd20"),
            extra={"ring": (0.06, 0.16, 0.8, 0.23)},
        ),
        Screen(
            "IMG_20260310_151020.jpg",
            "xpmin20",
            "sms20",
            "老妈",
            t("03-10 15:01"),
            VIDEO,
            "湖南长沙",
            msgs=[
                _in(
                    VIDEO,
                    "谭志强他娘，你崽欠钱不还，你做娘的管不管？6800块，今天不还明天我们就到你屋门口来。",
                    "03-10 14:02",
                ),
                _out("我崽的事我不晓得，你们莫吓我", "03-10 14:30"),
                _in(VIDEO, "不晓得？那你问他咯，问清楚了回个电话给我。", "03-10 14:31"),
            ],
            battery=82,
            network="4G",
            effects=("photo20",),
            extra={"tilt": 0.06},
        ),
        Screen(
            "IMG_20260311_141503.jpg",
            "paper20",
            "letter20",
            "borrower",
            t("03-11 14:15"),
            "立案通知书",
            "衡公经侦立字（2026）0311号",
            paras=[
                "你因恶意拖欠网络借款，涉嫌合同诈骗，经审查，本局认为符合立案条件，现已立案侦查。",
                "限你于三日内到案说明情况并退还全部款项6800元，逾期将依法对你采取强制措施，并通知你的家属及单位配合调查。",
            ],
            extra={"to": "谭志强", "seal": "经济犯罪侦查支队", "angle": -1.6},
        ),
    ]


def case() -> Case:
    return Case(
        key="hengyang",
        borrower="谭志强",
        phone=PHONE,
        collectors=COLLECTORS,
        contacts=[
            ("老妈", "13187340025"),
            ("谭志勇", "15573410068"),
            ("李芳", "15907346631"),
            ("三舅", "13973462210"),
            ("婶婶", "13187340025"),
        ],
        loan={"amount": 5000, "received": 3500, "deducted": 1500, "demanded": 6800},
        screens=_borrower_screens() + _relatives_screens(),
    )
