"""泰安: a Samsung-like phone; a bill, SMS threats with «8千8» and «last warning», two
overlapping call-log shots, a spam folder, the mother's forwarded SMS, the boss's contact card
of a number marked 催收, a colleague's phone photographed, an ID card and a mosaicked 催告函."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen20.model import Call, Case, Msg, Screen

PHONE = "15806381927"
A, B, C = "170 8593 1146", "025-8447-1230", "165 2190 7735"
GATEWAY = "106 5510 2274"


def t(text: str) -> datetime:
    return datetime.strptime(
        f"2026-{text}", "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M"
    )


def _in(who: str, text: str, at: str, **kw) -> Msg:
    return Msg(who, text, t(at), collector=who in (A, B, C), **kw)


def _out(text: str, at: str) -> Msg:
    return Msg("me", text, t(at), side="out")


def _call(number: str, at: str, count: int = 1, **kw) -> Call:
    return Call(number, t(at), count=count, collector=number in (A, B, C), **kw)


def _screens() -> list[Screen]:
    late = [
        _call(B, "03-08 22:47", 3, place="江苏南京", tag="催收"),
        _call(A, "03-08 22:05", 2, place="虚拟运营商", tag="骚扰电话"),
        _call("15705386614", "03-08 19:30", name="妈妈", missed=False),
    ]
    return [
        Screen(
            "Screenshot_20260303_101522.jpg",
            "oneui20",
            "bill20",
            "borrower",
            t("03-03 10:15"),
            "速易花",
            "本期应还(元)",
            paras=[
                "¥11,200",
                "借款金额 ¥8,800",
                "实际到账 ¥6,160",
                "服务费 ¥2,640",
                "应还总额 ¥11,200",
                "到期日 2026-03-05",
            ],
            battery=64,
        ),
        Screen(
            "Screenshot_20260308_082014.jpg",
            "oneui20",
            "sms20",
            "borrower",
            t("03-08 08:20"),
            A,
            "山东 虚拟运营商",
            msgs=[
                _in(
                    A,
                    "孔令辉，你在速易花的借款8千8已逾期，今天下午三点前处理，不然我们按流程走。",
                    "03-07 09:12",
                ),
                _out("这两天手头紧，能不能宽限到15号", "03-07 09:40"),
                _in(
                    A,
                    "宽限？你当初借的时候咋不说手头紧？明天中午之前不还，通讯录里每个人都会收到你的欠款信息。",
                    "03-07 21:56",
                ),
                _in(A, "last warning。你妈的号码我们已经有了，别逼我们打过去。", "03-08 07:48"),
            ],
            battery=51,
        ),
        Screen(
            "Screenshot_20260308_231140.jpg",
            "oneui20",
            "samcalls20",
            "borrower",
            t("03-08 23:11"),
            calls=[
                *late,
                _call(A, "03-08 09:02", 4, place="虚拟运营商", tag="骚扰电话"),
                _call("13953852206", "03-07 18:20", name="周经理", missed=False),
                _call(B, "03-07 15:33", place="江苏南京", tag="催收"),
            ],
            dark=True,
            battery=23,
            network="4G",
        ),
        Screen(
            "Screenshot_20260309_000512.jpg",
            "oneui20",
            "samcalls20",
            "borrower",
            t("03-09 00:05"),
            calls=[
                _call(A, "03-09 00:01", place="虚拟运营商", tag="骚扰电话"),
                *late,
            ],
            dark=True,
            battery=19,
            network="4G",
            effects=("crop20",),
        ),
        Screen(
            "Screenshot_20260309_074433.jpg",
            "oneui20",
            "spam20",
            "borrower",
            t("03-09 07:44"),
            sub="已拦截 3 条信息",
            msgs=[
                _in(
                    C,
                    "孔令辉家属您好，孔令辉在我司借款已严重逾期，经多次联系本人拒不处理，请您转告他今天务必还清欠款¥11,200，否则后果自负。",
                    "03-09 06:51",
                    kind="preview",
                ),
                _in(
                    GATEWAY,
                    "【速易花】您本期账单¥11,200已逾期3天，请及时还款，以免影响您的信用。",
                    "03-08 09:00",
                    kind="preview",
                ),
                _in(
                    A,
                    "你不接电话是吧，好，明天我们直接去你单位泰山区财源街找你领导谈谈。",
                    "03-08 21:57",
                    kind="preview",
                ),
            ],
            battery=88,
        ),
        Screen(
            "微信图片_20260309092210.jpg",
            "vivoft20",
            "sms20",
            "妈妈",
            t("03-09 09:21"),
            C,
            "山东泰安",
            msgs=[
                _in(
                    C,
                    "孔令辉家属您好，孔令辉在我司借款已严重逾期，经多次联系本人拒不处理，请您转告他今天务必还清欠款¥11,200，否则后果自负。",
                    "03-09 06:50",
                ),
                _out("你们是哪个公司的？我儿子的事我会问他", "03-09 07:30"),
                _in(
                    C,
                    "阿姨，我们是速易花贷后部门，您儿子欠的是捌仟捌佰本金，现在连罚息一万一千二。您不想邻居都知道吧？",
                    "03-09 08:05",
                ),
                _out("不要再发了，我报警了", "03-09 08:12"),
            ],
            battery=72,
            network="4G",
            effects=("fwd20",),
        ),
        Screen(
            "Screenshot_20260309_110312_com.android.contacts.jpg",
            "hos3_20",
            "card20",
            "周经理",
            t("03-09 11:03"),
            A,
            "标记为: 催收",
            calls=[
                _call(A, "03-09 10:42", 3),
                _call(A, "03-09 09:15"),
                _call(A, "03-08 16:20", missed=False),
            ],
            extra={"place": "虚拟运营商 · 158人标记"},
            battery=45,
            effects=("fwd20",),
        ),
        Screen(
            "IMG_20260309_134802.jpg",
            "matyou20",
            "sms20",
            "小吕",
            t("03-09 13:31"),
            A,
            "虚拟运营商",
            msgs=[
                _in(
                    A,
                    "你是孔令辉同事吧？他欠钱不还人间蒸发了，麻烦转告他：overdue三天了，再拖就把他的事发到你们公司群里。",
                    "03-09 13:05",
                ),
                _out("我跟他不熟，别找我", "03-09 13:20"),
                _in(A, "不熟也请你带个话，我们有的是时间。", "03-09 13:22"),
            ],
            battery=37,
            effects=("photo20",),
            extra={"tilt": 0.045},
        ),
        Screen(
            "IMG_20260310_090011.jpg",
            "paper20",
            "idcard20",
            "borrower",
            t("03-10 09:00"),
            paras=[
                "姓名 孔令辉",
                "性别 男  民族 汉",
                "出生 1992年7月14日",
                "住址 山东省泰安市泰山区岱宗大街",
                "公民身份号码 370902199207141535",
            ],
            extra={"angle": -2.5},
        ),
        Screen(
            "IMG_20260310_093527.jpg",
            "paper20",
            "letter20",
            "borrower",
            t("03-10 09:35"),
            "律师催告函",
            "（2026）鲁速催字第0309号",
            paras=[
                "你于2026年2月在速易花平台借款，逾期至今未还。本所受委托郑重告知：请于收到本函之日起24小时内结清全部欠款。",
                "逾期不履行的，本所将依法向你户籍所在地法院提起诉讼，并将相关情况通报你的工作单位及亲属，由此产生的一切后果由你本人承担。",
            ],
            extra={"to": "孔令辉", "seal": "山东泰岳律师事务所", "angle": 1.8},
            effects=("mosaic20",),
        ),
    ]


def case() -> Case:
    return Case(
        key="taian",
        borrower="孔令辉",
        phone=PHONE,
        collectors=[A, B, C],
        contacts=[("妈妈", "15705386614"), ("周经理", "13953852206"), ("小吕", "18265479031")],
        loan={"amount": 8800, "received": 6160, "deducted": 2640, "demanded": 11200},
        screens=_screens(),
    )
