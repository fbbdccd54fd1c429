"""连云港: a dark HyperOS-2-like phone; a 骚扰拦截 summary with counts, voicemail transcripts, a
collector posing as a 美团-like rider, 视频号-like comments, and the sister's relatives' group
where the collector @-mentions the family (one shot cropped at the top)."""

from __future__ import annotations

from tests.blindgen21.model import Call, Case, Msg, Screen
from tests.blindgen21.story import mark_collectors, shot, t

PHONE = "15861357092"
MOBILE = "18061398824"
LAND = "0518-85562071"
RIDER = "骑手张师傅"
VIDEO = "海州阿强"
GROUP = "金盾调解-孙"
SISTER = ("姐姐", "13951422087")
COUSIN = ("表哥", "18796620315")
WIFE = ("老婆", "13705137264")

_GROUP_MSGS = [
    Msg(
        GROUP,
        "@王海燕 @表哥 各位好，王海波在金满仓借款一万二，逾期二十天，"
        "欠款14300元，请家里人转告他尽快处理。",
        t("03-14 19:02"),
    ),
    Msg(COUSIN[0], "你是哪个？谁拉你进群的？", t("03-14 19:05")),
    Msg(
        GROUP,
        "我是金满仓委托的调解员。@表哥 你是他担保人，他不还这个钱就要你来还。",
        t("03-14 19:07"),
    ),
    Msg("me", "我弟的事我们会跟他说，你不要在群里发了。", t("03-14 19:10")),
    Msg(
        GROUP,
        "@王海燕 今晚十点前没有还款计划，\n明天我把他的欠款信息和身份证\n"
        "发到你们老家村里的群，\n让大家都来评评理。",
        t("03-14 19:13"),
    ),
]


def case() -> Case:
    screens = [
        Screen(
            shot("xiaomi", t("03-03 09:20")),
            "hyperdark21",
            "bill21",
            "borrower",
            t("03-03 09:20"),
            battery=91,
            extra={
                "due": "14300.00",
                "due_line": "已逾期 · 请尽快还款",
                "rows": [
                    ("借款金额", "12000元"),
                    ("实际到账", "9600元"),
                    ("砍头息", "2400元"),
                    ("还款日", "2026/02/22"),
                ],
            },
        ),
        Screen(
            shot("xiaomi", t("03-15 07:50")),
            "hyperdark21",
            "assistant21",
            "borrower",
            t("03-15 07:50"),
            battery=54,
            calls=[
                Call(LAND, t("03-15 07:31"), 5, tag="江苏连云港 | 催收"),
                Call(MOBILE, t("03-15 06:58"), 3, tag="江苏连云港 | 骚扰电话"),
            ],
        ),
        Screen(
            shot("xiaomi", t("03-15 07:52"), 1),
            "hyperdark21",
            "calllog21",
            "borrower",
            t("03-15 07:52"),
            battery=54,
            calls=[
                Call(MOBILE, t("03-14 23:40"), 2, tag="江苏连云港 | 骚扰电话"),
                Call(SISTER[1], t("03-14 21:00"), 1, name=SISTER[0], tag="江苏连云港"),
                Call(WIFE[1], t("03-14 18:22"), 1, name=WIFE[0], tag="江苏连云港"),
                Call(LAND, t("03-14 10:05"), 1, tag="江苏连云港 | 催收"),
                Call(MOBILE, t("03-13 13:15"), 2, tag="江苏连云港 | 骚扰电话"),
            ],
        ),
        Screen(
            shot("xiaomi", t("03-15 08:05"), 2),
            "hyperdark21",
            "voicemail21",
            "borrower",
            t("03-15 08:05"),
            battery=52,
            msgs=[
                Msg(
                    MOBILE,
                    "王海波，金满仓的，你欠的14300元今天还不还？不接电话是吧，"
                    "那我就打你老婆单位去。",
                    t("03-14 23:41"),
                ),
                Msg(SISTER[0], "海波你赶紧回个电话，有人打到我这里来了。", t("03-14 21:01")),
                Msg(
                    MOBILE, "最后通知你一次，明天上午十点前联系我，不然后果自负。", t("03-13 13:16")
                ),
            ],
        ),
        Screen(
            shot("xiaomi", t("03-15 12:40"), 3),
            "hyperdark21",
            "riderchat21",
            "borrower",
            t("03-15 12:40"),
            title=RIDER,
            battery=47,
            msgs=[
                Msg(RIDER, "您好，您的外卖我放在12栋门口了，麻烦下来拿一下。", t("03-15 12:10")),
                Msg("me", "我没有点外卖啊？", t("03-15 12:14")),
                Msg(
                    RIDER,
                    "王海波是吧，外卖是假的，金满仓的6.6K今天必须先到账，我就在你楼下等着。",
                    t("03-15 12:16"),
                ),
                Msg(RIDER, "你不下来也行，我把你欠钱的事贴在你们单元门上。", t("03-15 12:21")),
            ],
        ),
        Screen(
            shot("xiaomi", t("03-15 21:30"), 4),
            "hyperdark21",
            "channels21",
            "borrower",
            t("03-15 21:30"),
            battery=30,
            extra={"post": "周末带娃去连岛看海"},
            msgs=[
                Msg("阿梅", "宝宝好可爱！", t("03-15 16:02")),
                Msg(
                    VIDEO,
                    "大家看看这个人，欠金满仓一万四不还，还有脸带娃出去玩。",
                    t("03-15 20:48"),
                ),
                Msg(VIDEO, "王海波，评论我每天来一条，直到你还钱为止。", t("03-15 21:05")),
            ],
        ),
        Screen(
            shot("wx", t("03-14 19:20")),
            "flymeround21",
            "relatives21",
            SISTER[0],
            t("03-14 19:20"),
            title="王家亲戚群(12)",
            post=("forward",),
            battery=64,
            msgs=_GROUP_MSGS[:3],
            extra={"group": True},
        ),
        Screen(
            shot("wx", t("03-14 19:21"), 1),
            "flymeround21",
            "relatives21",
            SISTER[0],
            t("03-14 19:21"),
            title="王家亲戚群(12)",
            post=("forward", "crop"),
            battery=64,
            msgs=_GROUP_MSGS[2:],
            extra={"group": True},
        ),
        Screen(
            shot("wx", t("03-14 22:15"), 2),
            "colorthirteen21",
            "sms21",
            WIFE[0],
            t("03-14 22:15"),
            title=MOBILE,
            post=("forward",),
            battery=18,
            msgs=[
                Msg(
                    MOBILE,
                    "你是王海波老婆吧？你老公欠钱不还，你们夫妻共同债务，你也跑不掉。",
                    t("03-14 18:30"),
                ),
                Msg("me", "他借钱我根本不知道，你们找他本人。", t("03-14 18:41")),
                Msg(MOBILE, "明天我们就去你单位找你领导聊聊，让他评评理。", t("03-14 22:06")),
            ],
        ),
        Screen(
            shot("camera", t("03-16 10:00")),
            "paper21",
            "idcard21",
            "borrower",
            t("03-16 10:00"),
            post=("photo",),
            extra={
                "id": "320705198811053016",
                "fields": [
                    ("姓名", "王海波"),
                    ("性别", "男  民族 汉"),
                    ("出生", "1988年11月5日"),
                    ("住址", "江苏省连云港市海州区"),
                ],
            },
        ),
        Screen(
            shot("camera", t("03-16 10:02"), 1),
            "paper21",
            "letter21",
            "borrower",
            t("03-16 10:02"),
            post=("photo",),
            extra={
                "head": "立案通知书",
                "sign": "连云港市某某区人民法院(代)",
                "paras": [
                    "王海波：",
                    "金满仓诉你借款合同纠纷一案，本院已于2026年3月16日立案。",
                    "你应于三日内向原告结清欠款14300元，否则本院将依法冻结你的银行账户，"
                    "并将你列入失信被执行人名单。",
                    "联系人：孙调解员  0518-85562071",
                ],
            },
        ),
    ]
    return mark_collectors(
        Case(
            "lianyungang",
            [MOBILE, LAND, RIDER, VIDEO, GROUP],
            [SISTER, COUSIN, WIFE],
            screens,
            {"amount": 12000, "received": 9600, "deducted": 2400, "demanded": 14300},
        )
    )
