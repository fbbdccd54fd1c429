"""驻马店: a stock-Android-14-like phone in pastel; every call and message of the collectors
falls in the day, and the only night-looking times are the status-bar clocks. A bill, an SMS
thread, two overlapping call logs with «(4)» and 疑似骚扰 (one ringed), the daughter's kids'
feature phone, the husband's Line-like chat, a colleague's contact card of a 400 number."""

from __future__ import annotations

from tests.blindgen20.model import Call, Case, Msg, Screen
from tests.blindgen20.taian import t

PHONE = "15839671248"
MOBILE, HZ, FOUR, LINE = "132 8396 0517", "0571 8652 0319", "400 827 1355", "金橙-王专员"
KID_VIEW = "13283960517"  # the kids' phone shows the same number without gaps
COLLECTORS = [MOBILE, HZ, FOUR, LINE]
_KEYS = {MOBILE, HZ, FOUR, LINE, KID_VIEW}


def _in(who: str, text: str, at: str, **kw) -> Msg:
    return Msg(who, text, t(at), collector=who in _KEYS, **kw)


def _out(text: str, at: str) -> Msg:
    return Msg("me", text, t(at), side="out")


def _call(number: str, at: str, count: int = 1, **kw) -> Call:
    return Call(number, t(at), count=count, collector=number in _KEYS, **kw)


def _screens() -> list[Screen]:
    yesterday = [
        _call(MOBILE, "03-13 17:02", 4, place="河南郑州", tag="疑似骚扰"),
        _call("13938245506", "03-13 12:30", name="老公", missed=False),
        _call(HZ, "03-13 11:15", 2, place="浙江杭州", tag="疑似骚扰"),
    ]
    return [
        Screen(
            "Screenshot_20260312-112041.png",
            "matyou20",
            "bill20",
            "borrower",
            t("03-12 11:20"),
            "金橙借",
            "待还金额(元)",
            paras=[
                "¥15,600",
                "借款本金 ¥12,000",
                "到账金额 ¥9,000",
                "综合服务费 ¥3,000",
                "逾期天数 6天",
            ],
            battery=77,
        ),
        Screen(
            "Screenshot_20260313-230512.png",
            "matyou20",
            "sms20",
            "borrower",
            t("03-13 23:05"),
            MOBILE,
            "河南郑州",
            msgs=[
                _in(
                    MOBILE,
                    "鲁晓燕，金橙借¥15,600今天必须结清，下午五点前不处理，我们启动第三方上门。",
                    "03-12 10:05",
                ),
                _out("我下周一发工资就还", "03-12 10:30"),
                _in(
                    MOBILE,
                    "下周一？你孩子在驿城区实验小学上学吧，我们会去学校门口等你。",
                    "03-12 14:22",
                ),
                _in(
                    MOBILE,
                    "电话不接短信不回，是打算一直躲着？躲得了初一躲不过十五。",
                    "03-13 09:10",
                ),
                _in(
                    MOBILE,
                    "今天是最后期限，Final notice，过了今天你的资料会发给你所有通讯录好友。",
                    "03-13 16:40",
                ),
            ],
            dark=True,
            battery=12,
        ),
        Screen(
            "Screenshot_20260313-230744.png",
            "matyou20",
            "gphone20",
            "borrower",
            t("03-13 23:07"),
            calls=[
                *yesterday,
                _call(FOUR, "03-13 09:31", tag="催收"),
                _call(MOBILE, "03-12 15:40", 3, place="河南郑州", tag="疑似骚扰"),
                _call(HZ, "03-11 10:20", place="浙江杭州", tag="疑似骚扰"),
            ],
            battery=11,
        ),
        Screen(
            "Screenshot_20260314-083015.png",
            "matyou20",
            "gphone20",
            "borrower",
            t("03-14 08:30"),
            calls=[
                _call(MOBILE, "03-14 08:12", 2, place="河南郑州", tag="疑似骚扰"),
                *yesterday,
            ],
            battery=96,
            effects=("circle20",),
            extra={"ring": (0.06, 0.16, 0.8, 0.23)},
        ),
        Screen(
            "S60313-163012.png",
            "kidfp20",
            "kidsms20",
            "女儿",
            t("03-13 16:30"),
            "信息",
            msgs=[
                _in(
                    KID_VIEW,
                    "小朋友，你妈妈鲁晓燕欠我们钱不还，回家告诉她赶紧还钱。",
                    "03-13 13:10",
                ),
                _in(KID_VIEW, "不然叔叔明天去学校找你老师聊聊。", "03-13 13:12"),
            ],
            battery=40,
            network="4G",
        ),
        Screen(
            "微信图片_20260313103040.jpg",
            "xpmin20",
            "line20",
            "老公",
            t("03-13 10:25"),
            LINE,
            msgs=[
                _in(
                    LINE,
                    "鲁晓燕的老公是吧？你老婆在金橙借借了一万二，现在连本带息一万五千六，你看着办。",
                    "03-13 10:00",
                ),
                _out("她借的钱你找她去", "03-13 10:04"),
                _in(LINE, "夫妻共同债务懂不懂？不还的话我们发律师函到你单位。", "03-13 10:05"),
                _out("随便你", "03-13 10:20"),
            ],
            battery=68,
            effects=("fwd20",),
        ),
        Screen(
            "微信图片_20260313121033.jpg",
            "vivoft20",
            "sms20",
            "芳芳",
            t("03-13 12:05"),
            MOBILE,
            "河南郑州",
            msgs=[
                _in(
                    MOBILE,
                    "你好，你同事鲁晓燕欠款不还，联系人填的是你。麻烦转告她尽快联系我们，不然我们会每天给你打电话。",
                    "03-13 11:40",
                ),
                _out("我只是她同事，别给我打", "03-13 11:52"),
                _in(MOBILE, "那你就让她早点还，还了我们就不烦你了。", "03-13 11:53"),
            ],
            battery=57,
            effects=("crop20", "fwd20"),
        ),
        Screen(
            "微信图片_20260313150211.jpg",
            "vivoft20",
            "card20",
            "芳芳",
            t("03-13 14:50"),
            FOUR,
            "标记为: 催收",
            calls=[
                _call(FOUR, "03-13 14:05", 2),
                _call(FOUR, "03-12 16:18"),
                _call(FOUR, "03-12 11:02", 3),
            ],
            extra={"place": "已被 312 人标记"},
            battery=55,
            effects=("fwd20",),
        ),
        Screen(
            "IMG_20260313_093344.jpg",
            "paper20",
            "idcard20",
            "borrower",
            t("03-13 09:33"),
            paras=[
                "姓名 鲁晓燕",
                "性别 女  民族 汉",
                "出生 1988年11月2日",
                "住址 河南省驻马店市驿城区雪松路",
                "公民身份号码 411702198811020027",
            ],
            extra={"angle": 3.0},
        ),
        Screen(
            "IMG_20260313_171902.jpg",
            "paper20",
            "letter20",
            "borrower",
            t("03-13 17:19"),
            "律 师 函",
            "豫正律函字〔2026〕第0313号",
            paras=[
                "受金橙借平台委托，现就你拖欠借款一事致函如下：你所欠本息合计15600元，已严重违约。",
                "请你在本函送达后三日内一次性还清。逾期本所将代为起诉，申请冻结你名下银行账户及微信、支付宝余额。",
            ],
            extra={"to": "鲁晓燕", "seal": "河南正通律师事务所", "angle": -2.2},
        ),
    ]


def case() -> Case:
    return Case(
        key="zhumadian",
        borrower="鲁晓燕",
        phone=PHONE,
        collectors=COLLECTORS,
        contacts=[("老公", "13938245506"), ("女儿", "19503961182"), ("芳芳", "15036920871")],
        loan={"amount": 12000, "received": 9000, "deducted": 3000, "demanded": 15600},
        screens=_screens(),
    )
