"""Jiangmen: a 速米花 loan; 四邑 Cantonese lines, a recorded SMS, a keyboard and a shade over chats."""

# Each story is a table of what its screens draw; a whole message on one line reads best.
# ruff: noqa: E501

from __future__ import annotations

from tests.blindgen22.model import Call, Case, Msg, at, said, shooter

PHONE = "sandphone22"
SMS = "170 8552 1346"
DESK = "0750-3398127"
AQIANG = "阿强-债务专员"
MOM, LIANG, MAY = "妈妈", "梁志华", "阿May"


_shot = shooter(PHONE, "rel")
_c = said


def case() -> Case:
    screens = [
        _shot(
            "bill22",
            "03-02 10:12",
            "速米花",
            lines=[
                "速米花 · 借款详情",
                "借款金额 ¥5,000.00",
                "实际到账 ¥3,600.00",
                "服务费(已扣) ¥1,400.00",
                "应还总额 ¥6,200.00",
                "到期日 2026-03-06",
            ],
        ),
        _shot(
            "sms22",
            "03-09 23:20",
            SMS,
            overlay="rec22",
            msgs=[
                _c(
                    SMS,
                    "【速米花贷后】梁先生：1. 你已逾期3天，欠款¥6,200.00；2. 今晚24点前唔还qian，"
                    "明日就联系jia人同t讯录；3. 拒不处理移交fa院，后果自负。",
                    "03-09 21:05",
                ),
                Msg("me", "我下个礼拜出粮就还，唔好打我屋企人", at("03-09 21:40"), side="out"),
                _c(SMS, "你讲下个礼拜我唔信，冇钱就唔好借，今晚要见到钱", "03-09 21:52"),
            ],
        ),
        _shot(
            "calllog22",
            "03-10 08:05",
            "通话记录",
            calls=[
                Call(SMS, at("03-10 07:40"), 3, place="广东江门", tag="催收", collector=True),
                Call(DESK, at("03-09 23:55"), 2, place="广东江门", tag="骚扰电话", collector=True),
                Call("13822317405", at("03-09 22:30"), name=MOM, missed=False),
                Call(SMS, at("03-09 20:15"), place="广东江门", tag="催收", collector=True),
                Call("13928801736", at("03-09 12:02"), name=LIANG, missed=False),
            ],
        ),
        _shot(
            "calllog22",
            "03-10 12:31",
            "通话记录",
            wrap="crop22",
            calls=[
                Call(DESK, at("03-10 11:50"), 4, place="广东江门", tag="骚扰电话", collector=True),
                Call(SMS, at("03-10 07:40"), 3, place="广东江门", tag="催收", collector=True),
                Call(DESK, at("03-09 23:55"), 2, place="广东江门", tag="骚扰电话", collector=True),
                Call("13822317405", at("03-09 22:30"), name=MOM, missed=False),
            ],
        ),
        _shot(
            "chat22",
            "03-10 21:30",
            AQIANG,
            overlay="keyboard22",
            typed="我真系冇钱，畀我几",
            msgs=[
                _c(AQIANG, "我系速米花嘅阿强，你个案而家喺我手上", "03-10 20:58"),
                _c(
                    AQIANG,
                    "#催收告知书\n梁家明：你于速米花借款逾期未还\n如三日内仍不处理\n"
                    "将派员上门核实并通知村委\n二〇二六年三月十日",
                    "03-10 21:00",
                    kind="picture",
                ),
                _c(AQIANG, "睇清楚未？唔还就shang门，你条村我识得行", "03-10 21:01"),
                Msg("me", "你哋唔好乱嚟", at("03-10 21:10"), side="out"),
                _c(
                    AQIANG,
                    "t讯录我哋全部有：妈妈 138****7405，梁志华 139****1736，阿May 150****4466，"
                    "你自己谂下",
                    "03-10 21:12",
                ),
            ],
        ),
        _shot(
            "sms22",
            "03-11 09:15",
            "17085521346",
            owner=MOM,
            skin="oldgray22",
            mode="gray",
            wrap="fwd22",
            name="wx",
            style="dot",
            msgs=[
                _c(
                    SMS,
                    "阿姨，你个仔梁家明借钱唔还，六千二都唔肯还，你做阿妈嘅帮佢还啦",
                    "03-11 08:40",
                ),
                Msg("me", "我仔唔系咁嘅人，你哋打错人", at("03-11 08:52"), side="out"),
                _c(SMS, "唔还我哋就去你屋企门口贴告示，等成条村都知", "03-11 08:58"),
            ],
        ),
        _shot(
            "chat22",
            "03-11 22:40",
            AQIANG,
            overlay="shade22",
            msgs=[
                _c(AQIANG, "今晚十点前唔见钱，明朝就打去你公司揾你老细", "03-11 22:05"),
            ],
            shade=[
                Msg(
                    LIANG,
                    "阿明，有人打电话去公司揾你，话你借钱唔还",
                    at("03-11 22:31"),
                    kind="preview",
                ),
                Msg(
                    MAY,
                    "你冇事吖嘛？头先有个陌生号码问我识唔识你",
                    at("03-11 22:36"),
                    kind="preview",
                ),
            ],
        ),
        _shot(
            "portal22",
            "03-12 09:30",
            "债务处理中心",
            lines=[
                "h5.zhaiwu-chuli.cn/case/JM0309",
                "案件编号 JM20260309017",
                "债务人 梁家明",
                "联系电话 137****1846",
                "欠款金额 ¥6,200.00",
                "逾期天数 6天",
                "处理状态 待上门核实",
                "!立即处理",
            ],
        ),
        _shot(
            "idcard22",
            "03-02 10:05",
            "",
            name="img",
            lines=[
                "姓名 梁家明",
                "性别 男  民族 汉",
                "出生 1994年5月17日",
                "住址 广东省江门市台山市台城镇",
                "公民身份号码 440781199405172213",
            ],
        ),
        _shot(
            "letter22",
            "03-12 18:20",
            "",
            name="img",
            lines=[
                "律师函",
                "梁家明先生：",
                "受速米花委托，就你借款逾期一事致函如下。",
                "限你于2026年3月15日前清偿欠款¥6,200.00，",
                "否则本所将依法向法院提起诉讼。",
                "广东衡信律师事务所  2026年3月12日",
            ],
        ),
    ]
    return Case(
        "jiangmen", "速米花", [SMS, DESK, AQIANG],
        [(MOM, "13822317405"), (LIANG, "13928801736"), (MAY, "15017724466")],
        {"amount": 5000, "received": 3600, "deducted": 1400, "demanded": 6200}, screens,
    )  # fmt: skip
