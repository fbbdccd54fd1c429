"""南通: a ColorOS-13-like phone; a 400 number's signed SMS, a 快手-like DM in 江浙 words, the
mother's Flyme-like phone and the boss's dark 钉钉-like chat forwarded, a notice on the door."""

from __future__ import annotations

from tests.blindgen21.model import Call, Case, Msg, Screen
from tests.blindgen21.story import mark_collectors, shot, t

PHONE = "13962871045"
LAND = "0513-85126633"
SMS400 = "4008201766"
MOBILE = "17160238847"
REMARK = "15150629318"
KUAI = "南通小鱼儿666"
MUM = ("妈妈", "13805137720")
BOSS = ("周经理", "13773641209")

_BILL_AT, _SMS_AT, _LOG_AT = t("03-02 10:12"), t("03-10 23:15"), t("03-11 07:41")


def _sms() -> list[Msg]:
    return [
        Msg(
            SMS400,
            "【速借花贷后】陈晓燕您好，您在我司的借款6600元整已逾期8天，应还8150元，"
            "今天 21:07前未处理将转入上门环节。",
            t("03-08 21:07"),
        ),
        Msg("me", "我这个月工资还没发，月底一定还。", t("03-08 21:20")),
        Msg(
            SMS400,
            "【速借花贷后】月底？你当我们是做慈善的？明天中午12点前不到账，\n"
            "我们会联系你通讯录里的每一个人，\n你单位、你妈、你小区物业都会收到通知，\n"
            "到时候别说我们没提醒你。",
            t("03-10 23:02"),
        ),
    ]


def case() -> Case:
    screens = [
        Screen(
            shot("oppo", _BILL_AT),
            "colorthirteen21",
            "bill21",
            "borrower",
            _BILL_AT,
            extra={
                "due": "8150.00",
                "due_line": "已逾期 8 天 · 含罚息",
                "rows": [
                    ("借款金额", "6600元"),
                    ("实际到账", "5280元"),
                    ("服务费(已扣)", "1320元"),
                    ("借款日期", "2026/02/01"),
                ],
            },
        ),
        Screen(
            shot("oppo", _SMS_AT),
            "colorthirteen21",
            "inbox21",
            "borrower",
            _SMS_AT,
            msgs=[
                Msg(
                    SMS400,
                    "【速借花贷后】月底？你当我们是做慈善的？明天中午12点前不到账，"
                    "我们会联系你通讯录里的每一个人",
                    t("03-10 23:02"),
                    preview=True,
                ),
                Msg(
                    MOBILE,
                    "陈晓燕你躲得了初一躲不过十五，你老家地址我们都有了，下周就派人过去",
                    t("03-10 22:48"),
                    preview=True,
                ),
                Msg(
                    MUM[0],
                    "燕燕，又有人打电话到我这里，说你欠了钱，到底怎么回事啊",
                    t("03-10 20:15"),
                    preview=True,
                ),
            ],
            battery=41,
        ),
        Screen(
            shot("oppo", _SMS_AT, 1),
            "colorthirteen21",
            "sms21",
            "borrower",
            t("03-10 23:16"),
            title=SMS400,
            msgs=_sms(),
            battery=41,
        ),
        Screen(
            shot("oppo", t("03-11 00:20")),
            "colorthirteen21",
            "sms21",
            "borrower",
            t("03-11 00:20"),
            title=MOBILE,
            battery=37,
            msgs=[
                Msg(
                    MOBILE,
                    "陈晓燕你躲得了初一躲不过十五，你老家地址我们都有了，下周就派人过去"
                    "“拜访”你爸妈。",
                    t("03-10 22:48"),
                ),
                Msg(
                    MOBILE,
                    "侬覅装死，电话勿接短信勿回，明朝再勿还钞票，吾伲就到侬单位门口拉横幅。",
                    t("03-10 23:58"),
                ),
            ],
        ),
        Screen(
            shot("oppo", _LOG_AT),
            "colorthirteen21",
            "calllog21",
            "borrower",
            _LOG_AT,
            battery=66,
            post=("mark",),
            extra={"mark": (20, 330, 560, 110)},
            calls=[
                Call(LAND, t("03-11 07:12"), 3, tag="江苏南通 | 催收"),
                Call(REMARK, t("03-11 06:55"), 2, name="催收-勿接", tag="江苏南通"),
                Call(MOBILE, t("03-10 22:40"), 4, tag="江苏南通 | 骚扰电话"),
                Call(MUM[1], t("03-10 20:11"), 1, name=MUM[0], tag="江苏南通"),
                Call(LAND, t("03-10 14:32"), 2, tag="江苏南通 | 催收"),
            ],
        ),
        Screen(
            shot("oppo", _LOG_AT, 1),
            "colorthirteen21",
            "calllog21",
            "borrower",
            t("03-11 07:42"),
            battery=66,
            calls=[
                Call(MUM[1], t("03-10 20:11"), 1, name=MUM[0], tag="江苏南通"),
                Call(LAND, t("03-10 14:32"), 2, tag="江苏南通 | 催收"),
                Call(REMARK, t("03-09 23:40"), 1, name="催收-勿接", tag="江苏南通"),
                Call(BOSS[1], t("03-09 18:05"), 1, name=BOSS[0], tag="江苏南通"),
                Call(SMS400, t("03-09 11:26"), 1, tag="全国 | 催收"),
            ],
        ),
        Screen(
            shot("oppo", t("03-11 12:30")),
            "colorthirteen21",
            "kuaidm21",
            "borrower",
            t("03-11 12:30"),
            title=KUAI,
            battery=58,
            msgs=[
                Msg(
                    KUAI,
                    "陈晓燕，侬个视频拍得蛮好看嘛，欠速借花六千六勿还，还有心思拍视频？",
                    t("03-11 11:02"),
                ),
                Msg("me", "你是谁？不要在这里骚扰我。", t("03-11 11:05")),
                Msg(
                    KUAI,
                    "我是谁勿要紧，今朝下半日勿处理，侬评论区每个视频我都去留言，"
                    "让大家看看侬是啥人。",
                    t("03-11 11:09"),
                ),
            ],
        ),
        Screen(
            shot("wx", t("03-11 09:10")),
            "flymeround21",
            "sms21",
            MUM[0],
            t("03-11 09:10"),
            title=MOBILE,
            post=("forward",),
            battery=23,
            msgs=[
                Msg(
                    MOBILE,
                    "阿姨，你女儿陈晓燕在速借花借钱不还，你做妈的替她还了吧，"
                    "不然我们天天打到你家里。",
                    t("03-10 20:02"),
                ),
                Msg("me", "我女儿的事情我会问她，你们不要再打了。", t("03-10 20:09")),
                Msg(
                    MOBILE,
                    "阿姨，三点前还不上，我们就联系你们村委会，让全村都知道你女儿是老赖。",
                    t("03-11 08:47"),
                ),
            ],
        ),
        Screen(
            shot("wx", t("03-11 10:02"), 1),
            "hyperdark21",
            "dingread21",
            BOSS[0],
            t("03-11 10:02"),
            title=REMARK,
            post=("forward",),
            battery=72,
            msgs=[
                Msg(
                    REMARK,
                    "周经理您好，贵司员工陈晓燕在我司有一笔逾期借款，"
                    "请您督促她今天处理，否则我们将向贵司发送协查函。",
                    t("03-11 09:31"),
                ),
                Msg("me", "这是她个人的事，请不要打扰公司。", t("03-11 09:40")),
                Msg(
                    REMARK,
                    "您不配合的话，我们下午会直接打公司座机，问问你们人事怎么招的人。",
                    t("03-11 09:44"),
                ),
                Msg("me", "再打过来我就报警了。", t("03-11 09:50")),
            ],
        ),
        Screen(
            shot("camera", t("03-12 08:30")),
            "paper21",
            "door21",
            "borrower",
            t("03-12 08:30"),
            post=("photo",),
            extra={
                "head": "催收通知书",
                "sign": "速借花贷后管理部",
                "paras": [
                    "陈晓燕（身份证尾号2024）：",
                    "你于2026年2月1日借款6600元，至今逾期未还，欠款8150元。",
                    "请于三日内联系 0513-85126633 处理，否则我司将安排人员上门走访并通知你的亲友。",
                    "特此通知。 2026年3月12日",
                ],
            },
        ),
        Screen(
            shot("camera", t("03-12 08:31"), 1),
            "paper21",
            "idcard21",
            "borrower",
            t("03-12 08:31"),
            extra={
                "id": "320602199407122024",
                "fields": [
                    ("姓名", "陈晓燕"),
                    ("性别", "女  民族 汉"),
                    ("出生", "1994年7月12日"),
                    ("住址", "江苏省南通市崇川区"),
                ],
            },
        ),
        Screen(
            shot("wx", t("03-12 19:40"), 2),
            "paper21",
            "letter21",
            "borrower",
            t("03-12 19:40"),
            post=("photo", "forward"),
            extra={
                "head": "律 师 函",
                "sign": "江苏某某律师事务所",
                "paras": [
                    "致：陈晓燕女士",
                    "受速借花委托，就你拖欠借款8150元一事，特函告如下：",
                    "请你于函到之日起48小时内结清欠款，逾期我所将向法院提起诉讼，"
                    "并申请对你名下财产采取保全措施。",
                    "承办律师：王某  电话：0513-85126633",
                ],
            },
        ),
    ]
    return mark_collectors(
        Case(
            "nantong",
            [LAND, SMS400, MOBILE, REMARK, KUAI],
            [MUM, BOSS],
            screens,
            {"amount": 6600, "received": 5280, "deducted": 1320, "demanded": 8150},
        )
    )
