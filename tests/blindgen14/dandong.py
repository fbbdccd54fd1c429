"""Dandong: a 老人机 photographed by another phone; all conduct by day, one shot at night."""

from __future__ import annotations

from tests.blindgen14.model import Case, Screen, Voices, t

COLLECTORS = ["130 4415 2287", "0415-3178 920", "400 690 5521", "安心借-法务张"]
LOAN = {"amount": 2000, "received": 1400, "deducted": 600, "demanded": 2800}
PLATFORM_SMS = "10690 8812 3456"


def case() -> Case:
    v = Voices(COLLECTORS)
    mob, land, hotline, zhang = COLLECTORS
    phone = "laoren14"
    screens = [
        Screen(
            "dd_loan_sms",
            phone,
            "laosms14",
            t("05-20 10:30"),
            extra={"loan": LOAN},
            msgs=[
                v.say(
                    PLATFORM_SMS,
                    "【安心借】尊敬的客户，您借款2000元已放款，扣除服务费600元，实际到账1400元，到期应还2800元。",
                    "05-20 10:05",
                ),
            ],
        ),
        Screen(
            "dd_sms_1",
            phone,
            "laosms14",
            t("05-26 09:40"),
            msgs=[
                v.say(
                    mob,
                    "王桂芝，欠钱还钱天经地义，明天再不还俺们就去你们小区贴告示📢",
                    "05-26 09:20",
                ),
            ],
        ),
        Screen(
            "dd_sms_2",
            phone,
            "laosms14",
            t("05-27 23:15"),
            msgs=[
                v.say(
                    mob,
                    "老太太别跟俺们磨叽了，贰仟捌佰元一分不能少，整不明白就让你闺女来还",
                    "05-27 14:05",
                ),
            ],
        ),
        Screen(
            "dd_log_a",
            phone,
            "laocall14",
            t("05-28 08:30"),
            calls=[
                v.call(land, "05-28 08:10", 3),
                v.call(mob, "05-27 16:40", 2),
                v.call("13842561180", "05-27 12:00", name="老娘"),
                v.call(hotline, "05-27 10:15"),
            ],
        ),
        Screen(
            "dd_log_b",
            phone,
            "laocall14",
            t("05-28 08:31"),
            calls=[
                v.call(mob, "05-27 16:40", 2),
                v.call("13842561180", "05-27 12:00", name="老娘"),
                v.call(hotline, "05-27 10:15"),
                v.call(land, "05-26 11:30", 4),
            ],
        ),
        Screen(
            "dd_sms_3",
            phone,
            "laosms14",
            t("05-28 10:10"),
            msgs=[
                v.say(mob, "cs已经在路上了，你就搁家等着吧，别想跑🚗", "05-28 10:00"),
            ],
        ),
        Screen(
            "dd_friend_fwd",
            "iosflat14",
            "wa14",
            t("05-28 15:00"),
            zhang,
            owner="李姐",
            forwarded=True,
            msgs=[
                v.say(
                    zhang,
                    "李姐你好，你的老姐妹王桂芝在我们这借钱不还，你是她的紧急联系人，得帮着还",
                    "05-28 13:30",
                ),
                v.say("me", "我啥时候成了紧急联系人？我可没同意", "05-28 13:45"),
                v.say(zhang, "那你劝劝她，再不还法院传票就寄到你家了⚖️", "05-28 13:50"),
            ],
        ),
        Screen(
            "dd_boss_fwd",
            "tizen14",
            "sms14",
            t("05-29 09:40"),
            mob,
            owner="刘经理",
            forwarded=True,
            msgs=[
                v.say(mob, "刘经理，你手下保洁王桂芝是老赖，你们物业还敢用她？", "05-29 09:10"),
                v.say("me", "她在这干得好好的，你们别来骚扰", "05-29 09:30"),
            ],
        ),
        Screen(
            "dd_lawyer",
            phone,
            "summons14",
            t("05-28 16:20"),
            extra={
                "court": "辽宁某律师事务所",
                "head": "律师函",
                "dated": "2026年5月28日",
                "lines": [
                    "致：王桂芝",
                    "受安心借委托，现就您拖欠借款一事郑重函告。",
                    "请于收函后两日内结清欠款，否则本所将代为起诉并申请强制执行。",
                ],
            },
        ),
        Screen(
            "dd_id",
            phone,
            "idcard14",
            t("05-20 09:50"),
            extra={
                "name": "王桂芝",
                "sex": "女",
                "born": "1968年11月3日",
                "address": "辽宁省丹东市振兴区锦山大街12号",
                "id": "210603196811030521",
            },
        ),
    ]
    return Case(
        "dandong",
        "王桂芝",
        "安心借",
        COLLECTORS,
        [("刘经理", "13604150092"), ("老娘", "13842561180"), ("李姐", "15941587763")],
        LOAN,
        screens,
    )
