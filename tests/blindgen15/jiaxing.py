"""嘉兴: a Gingerbread-like dark phone, a collector posing as a client in the company workspace."""

from __future__ import annotations

from tests.blindgen15.model import Case, Screen, Voices, finish, t

PHONE = "gingerbread15"
MOBILE = "158 6720 3314"
DESK = "0573-8321 6650"
HOTLINE = "95137 2260"
CLIENT = "Kevin-华东客户部"
BOSS, MUM = "周总", "妈妈"
REMIND = "10690 5713 2288"


def case() -> Case:
    v = Voices([MOBILE, DESK, HOTLINE, CLIENT])
    s = [
        Screen(
            "sms",
            PHONE,
            "sms15",
            t("03-12 23:20"),
            title=MOBILE,
            msgs=[
                v.say(
                    MOBILE,
                    "沈一帆，你在速享花的借款已逾期12天,本息合计1.15w，今天是最后期限!",
                    "03-10 10:05",
                ),
                v.say("me", "我下周一凑齐就还，别再打我单位电话了。", "03-10 10:30"),
                v.say(
                    MOBILE,
                    "下周一？too late. 我们的外访同事已经在路上，your office 楼下见。",
                    "03-11 21:40",
                ),
                v.say(
                    MOBILE,
                    "今晚12点前先还3k展期，否则通讯录里每个人都会收到你的欠款通知。",
                    "03-12 23:02",
                ),
            ],
        ),
        Screen(
            "calls1",
            PHONE,
            "calllog15",
            t("03-12 23:30"),
            calls=[
                v.call(DESK, "03-12 23:10", 3, place="浙江 嘉兴", tag="疑似催收"),
                v.call("13857310042", "03-12 19:02", name=MUM),
                v.call(MOBILE, "03-12 14:26", 2, place="浙江 杭州"),
                v.call(HOTLINE, "03-11 09:15", place="企业热线", tag="被47人标记"),
                v.call(DESK, "03-10 22:48", 2, place="浙江 嘉兴", tag="疑似催收"),
            ],
        ),
        Screen(
            "calls2",
            PHONE,
            "calllog15",
            t("03-12 23:31"),
            calls=[
                v.call(HOTLINE, "03-11 09:15", place="企业热线", tag="被47人标记"),
                v.call(DESK, "03-10 22:48", 2, place="浙江 嘉兴", tag="疑似催收"),
                v.call("13705731288", "03-10 18:20", name=BOSS),
                v.call(MOBILE, "03-09 08:57", 4, place="浙江 杭州"),
            ],
        ),
        Screen(
            "work",
            PHONE,
            "work15",
            t("03-11 17:05"),
            title="# 客户对接",
            engine="html",
            extra={"group": True},
            msgs=[
                v.say(
                    CLIENT,
                    "Hi all，我是华东区的新客户，想找贵司的沈一帆对接一下 project。",
                    "03-11 15:40",
                ),
                v.say(BOSS, "你好，请问是哪家公司？有事可以先和我说。", "03-11 15:52"),
                v.say(
                    CLIENT,
                    "实话说吧：沈一帆欠我们平台1.15w不还，麻烦贵司督促一下，否则我们会发函到公司法务部。",
                    "03-11 16:03",
                ),
                v.say("me", "这是私人事情，请不要在工作群里说。", "03-11 16:10"),
            ],
        ),
        Screen(
            "boss",
            "tizen15",
            "sms15",
            t("03-11 18:40"),
            title=HOTLINE,
            owner=BOSS,
            forwarded=True,
            msgs=[
                v.say(
                    HOTLINE,
                    "周先生您好，贵司员工沈一帆涉嫌恶意逃废债务，我方已申请执行局立案,请配合提供其住址。",
                    "03-11 18:31",
                ),
            ],
        ),
        Screen(
            "remind",
            PHONE,
            "sms15",
            t("03-08 09:12"),
            title=REMIND,
            msgs=[
                v.say(
                    REMIND,
                    "【速享花】尊敬的用户，您本期账单应还11500.00元，还款日3月8日，请保持银行卡余额充足。",
                    "03-08 09:00",
                ),
            ],
        ),
        Screen(
            "bill",
            PHONE,
            "bill15",
            t("03-09 12:40"),
            title="速享花",
            extra={
                "paras": [
                    "借款金额 8000.00元",
                    "实际到账 6400.00元",
                    "服务费 1600.00元",
                    "应还总额 11500.00元",
                    "已逾期 11天",
                ]
            },
        ),
        Screen(
            "photo",
            PHONE,
            "calllog15",
            t("03-13 08:05"),
            wrap="photo15",
            calls=[
                v.call(MOBILE, "03-13 07:41", 2, place="浙江 杭州"),
                v.call(DESK, "03-13 07:12", place="浙江 嘉兴", tag="疑似催收"),
            ],
        ),
        Screen(
            "summons",
            "paper15",
            "summons15",
            t("03-13 12:30"),
            extra={
                "heads": ["嘉兴市执行局 执行告知书"],
                "paras": [
                    "被执行人：沈一帆",
                    "经查，被执行人拖欠速享花平台借款本息，拒不履行还款义务。",
                    "限你于三日内履行，逾期将依法纳入失信名单并上门执行。",
                    "2026年3月13日",
                ],
            },
        ),
        Screen(
            "idcard",
            "paper15",
            "idcard15",
            t("03-13 12:32"),
            extra={
                "heads": ["居民身份证"],
                "paras": [
                    "姓名 沈一帆",
                    "性别 男  民族 汉",
                    "出生 1994年5月3日",
                    "住址 浙江省嘉兴市南湖区",
                ],
            },
        ),
    ]
    return finish(
        Case(
            "jiaxing",
            "沈一帆",
            "速享花",
            [MOBILE, DESK, HOTLINE, CLIENT],
            [(BOSS, "13705731288"), (MUM, "13857310042")],
            {"amount": 8000, "received": 6400, "deducted": 1600, "demanded": 11500},
            s,
        ),
        PHONE,
    )
