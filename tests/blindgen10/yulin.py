"""玉林: an Ubuntu-Touch-like phone (ubports10). Every call and message is in daytime; the
borrower screenshots it all late at night, so the only night hour anywhere is the status-bar
clock (23:41 …). A long capture of the WeChat-like chat with voice calls, a 拼多多-like service
chat, a 闪信, the borrower's own SMS thread and a forged 仲裁通知 photo."""

from __future__ import annotations

from tests.blindgen10.model import Case, Screen, caller, speaker, t

SKIN = "ubports10"
LI = "米袋-催收组小李"
COLLECTORS = ["19977538120", LI, "15277361049"]
CONTACTS = [("老爸", "13977594406"), ("梁伟", "18775560213"), ("王经理", "13687752290")]
LOAN = {"amount": 3500, "received": 2450, "deducted": 1050, "demanded": 4320}


def case() -> Case:
    say, row = speaker(COLLECTORS), caller(COLLECTORS)
    screens = [
        Screen("log_a", SKIN, "calllog10", t("05-08 23:41"), extra={"battery": 34}, calls=[
            row("19977538120", "05-08 17:20", 3, sim=1, hd=True, place="广西南宁 移动"),
            row("15277361049", "05-08 14:02", sim=2, place="广西玉林 移动"),
            row("13687752290", "05-08 11:30", name="王经理", missed=False, hd=True,
                place="广西玉林 联通"),
            row("13977594406", "05-07 19:40", name="老爸", missed=False, place="广西玉林 移动"),
            row("19977538120", "05-07 09:15", 2, sim=1, hd=True, place="广西南宁 移动"),
        ]),
        Screen("log_b", SKIN, "calllog10", t("05-08 23:42"), extra={"battery": 34},
               overlaps="log_a", calls=[
            row("13977594406", "05-07 19:40", name="老爸", missed=False, place="广西玉林 移动"),
            row("19977538120", "05-07 09:15", 2, sim=1, hd=True, place="广西南宁 移动"),
            row("15277361049", "05-06 16:45", 4, sim=2, place="广西玉林 移动"),
            row("18775560213", "05-06 12:10", name="梁伟", missed=False, sim=2,
                place="广西玉林 电信"),
            row("19977538120", "05-05 10:20", sim=1, place="广西南宁 移动"),
        ]),
        Screen("li_long", SKIN, "wxchat10", t("05-08 23:45"), title=LI, tall=1760,
               extra={"battery": 33}, msgs=[
            say(LI, "韦先生您好，这里是米袋速借贷后管理，您的借款今日到期，请及时hk哦，"
                "有疑问可以随时联系我", "05-05 10:02", stamp=True),
            say("me", "好的，我看一下", "05-05 10:40"),
            say(LI, "未接听", "05-07 11:30", "vcall", stamp=True),
            say(LI, "对方已取消", "05-07 11:31", "vcall"),
            say(LI, "韦建华yq了还装睡？电话打爆你都不接", "05-07 11:40"),
            say("me", "最近手头紧，能不能宽限几天", "05-07 12:10"),
            say(LI, "通话时长 00:32", "05-07 12:15", "vcall"),
            say(LI, "宽限可以，先交500展期费，不然今天下午就开始联系你通讯录", "05-07 12:20"),
            say(LI, "你爸的电话我们已经打过了，老人家身体不好你自己掂量", "05-08 09:05",
                stamp=True),
            say(LI, "未接听", "05-08 15:28", "vcall", stamp=True),
            say(LI, "zui后通知：今天18点前不处理，你的照片和欠款信息会发到你们村的群里",
                "05-08 15:30"),
            say("me", "我明天先还一部分行吗", "05-08 16:02"),
            say(LI, "一部分是多少？别跟我讨价还价，cs这边只看结果", "05-08 16:05"),
        ]),
        Screen("shade", SKIN, "shade10", t("05-08 23:50"), extra={
            "battery": 32, "apps": ["短信 · 15277361049", "微信", "微信"]}, msgs=[
            say("15277361049", "韦建华你好，你的欠款已移交外访组，近期将安排人员上门核实",
                "05-08 14:10", "notif"),
            say(LI, "[语音通话] 未接听", "05-08 15:28", "notif"),
            say("老爸", "建华，今天有人打电话来说你欠钱，看到回个电话", "05-08 19:02", "notif"),
        ]),
        Screen("flash", SKIN, "flash10", t("05-06 16:50"), extra={"place": "广西玉林",
               "battery": 77}, msgs=[
            say("15277361049", "你欠的钱今天不还，明天外访人员直接去你单位找王经理",
                "05-06 16:50", "flash"),
        ]),
        Screen("kefu", SKIN, "pddkefu10", t("05-08 23:58"), title="米袋速借官方店",
               extra={"sub": "店铺客服 阿米", "battery": 31}, msgs=[
            say("me", "我想一次结清，现在总共要还多少？", "05-08 12:31", stamp=True),
            say("阿米", "亲，查询到您当前应还4,320.00元哦", "05-08 12:32"),
            say("me", "借3500只到手2450，还要收这么多？", "05-08 12:36"),
            say("阿米", "亲，1,050.00元的审核服务费放款时已经扣了呢，逾期费用按合同计算哦",
                "05-08 12:37"),
        ]),
        Screen("sms", SKIN, "smsthread10", t("05-09 00:03"), title="19977538120",
               extra={"place": "广西南宁", "battery": 30}, msgs=[
            say("19977538120", "韦建华，米袋速借提醒您：账单已逾期2天，请今日还款，以免影响信用",
                "05-07 08:50", "sms", stamp=True),
            say("19977538120", "再不hk我们就按合同走仲裁，到时候仲裁费律师费全部由你承担",
                "05-08 16:40", "sms", stamp=True),
            say("me", "我明天还一部分", "05-08 17:02"),
        ]),
        Screen("arbitration", SKIN, "lawyer10", t("05-08 23:55"), forwarded=True,
               extra={"head": "仲裁受理通知书", "no": "（2027）南商仲字第0508号",
                      "to": "被申请人 韦建华", "body": [
                          "申请人米袋速借与你借款合同纠纷一案，本中心已于2027年5月8日受理。",
                          "请你于三日内结清欠款人民币4,320元。逾期未结清的，本中心将缺席裁决，"
                          "并由申请人向法院申请强制执行，冻结你名下银行账户及微信、支付宝。"],
                      "sign": "南方商事仲裁中心", "date": "2027年5月8日",
                      "seal": "南方商事仲裁中心 受理专用章"}),
        Screen("liangwei", SKIN, "wxchat10", t("05-08 23:47"), title="梁伟",
               extra={"battery": 33}, msgs=[
            say("梁伟", "建华，有个号码给我打电话说你欠钱，让我转告你，是真的吗？",
                "05-08 13:20", stamp=True),
            say("me", "唉，借了个网贷，我会处理的", "05-08 13:40"),
            say("梁伟", "需要帮忙就说，别一个人扛", "05-08 13:42"),
        ]),
        Screen("bill", SKIN, "bill10", t("05-08 23:59"), title="米袋速借 · 还款",
               extra={"battery": 31, "loan": LOAN, "lent": "2027-04-05", "due": "2027-05-05",
                      "late": "3天", "fees": "870.00元"}),
    ]  # fmt: skip
    return Case("yulin", "韦建华", "米袋速借", COLLECTORS, CONTACTS, LOAN, screens)
