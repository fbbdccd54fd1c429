"""潍坊: a Symbian-like phone, a Skype-like chat, a 58同城-like job chat, 12381 and 反诈 pages."""

from __future__ import annotations

from tests.blindgen15.model import Case, Screen, Voices, finish, t

PHONE = "symbian15"
TOLL = "400-961-3370"
MOBILE = "+86 139 5361 0427"
SKYPE = "Recovery.Team.Liu"
JOB = "潍坊王经理招聘"
MUM, FRIEND = "妈妈", "同学小雯"
LENDER = "10655 3620 18"


def case() -> Case:
    v = Voices([TOLL, MOBILE, SKYPE, JOB])
    s = [
        Screen(
            "loan",
            PHONE,
            "sms15",
            t("04-02 10:20"),
            title=LENDER,
            msgs=[
                v.say(
                    LENDER,
                    "【鸿运借】您申请的借款5000元已放款，扣除服务费1500元，实际到账3500元，4月16日应还6200元。",
                    "04-02 10:11",
                ),
            ],
        ),
        Screen(
            "sms",
            PHONE,
            "sms15",
            t("04-19 00:52"),
            title=MOBILE,
            msgs=[
                v.say(
                    MOBILE,
                    "于晓燕，鸿运借6200未还，按照合同约定，你已构成违约，请立即处理！",
                    "04-17 11:20",
                ),
                v.say("me", "我在找工作，月底一定还。", "04-17 11:48"),
                v.say(
                    MOBILE,
                    "月底？No no no。明天中午之前不见钱，your family 全部都会知道你是老赖。",
                    "04-19 00:40",
                ),
            ],
        ),
        Screen(
            "calls",
            PHONE,
            "calllog15",
            t("04-19 08:30"),
            wrap="long15",
            calls=[
                v.call(TOLL, "04-19 07:58", 4, place="全国", tag="催收"),
                v.call(MOBILE, "04-19 00:33", 2, place="山东 潍坊"),
                v.call("13953620915", "04-18 20:10", name=MUM),
                v.call(TOLL, "04-18 13:25", 2, place="全国", tag="催收"),
                v.call("15165378802", "04-18 09:41", name=FRIEND),
                v.call(MOBILE, "04-17 23:56", 3, place="山东 潍坊"),
                v.call(TOLL, "04-17 10:02", place="全国", tag="催收"),
            ],
        ),
        Screen(
            "skype",
            PHONE,
            "skype15",
            t("04-18 15:00"),
            title=SKYPE,
            engine="html",
            msgs=[
                v.say(
                    SKYPE,
                    "Hello Ms. Yu，this is the recovery team. 你的 overdue amount 已经到6.2k了。",
                    "04-18 14:12",
                ),
                v.say("me", "你们怎么会有我的这个账号？", "04-18 14:20"),
                v.say(
                    SKYPE,
                    "We know everything. 今天下午五点前 settle，否则 case 移交执行局处理。",
                    "04-18 14:31",
                ),
            ],
        ),
        Screen(
            "job",
            PHONE,
            "city15",
            t("04-18 19:30"),
            title=JOB,
            msgs=[
                v.say("me", "您好，我对贵店的店员岗位感兴趣，请问还招人吗？", "04-18 18:50"),
                v.say(JOB, "招不招人不重要，于晓燕，先把鸿运借的钱还了再找工作吧。", "04-18 19:02"),
                v.say(JOB, "你投的每一家公司，我们都会打电话过去「背调」。", "04-18 19:05"),
            ],
        ),
        Screen(
            "friend",
            "firefoxos15",
            "sms15",
            t("04-18 21:15"),
            title=TOLL,
            owner=FRIEND,
            forwarded=True,
            msgs=[
                v.say(
                    TOLL,
                    "你好，你的同学于晓燕在我司借款逾期，你是她的紧急联系人，请转告她尽快还款，否则后果自负。",
                    "04-18 21:03",
                ),
            ],
        ),
        Screen(
            "warn",
            PHONE,
            "sms15",
            t("04-19 09:10"),
            title="12381",
            msgs=[
                v.say(
                    "12381",
                    "【反诈预警】您近期接到的来电可能涉及冒充公检法类诈骗，请勿转账汇款，如有疑问请拨打96110。",
                    "04-19 09:02",
                ),
            ],
        ),
        Screen(
            "antifraud",
            PHONE,
            "antifraud15",
            t("04-19 09:20"),
            extra={
                "heads": ["风险提醒"],
                "paras": [
                    "号码 400-961-3370 近7日被1326人举报",
                    "标记类型：催收 / 骚扰",
                    "温馨提示：任何自称执行局、法院并要求私下转账的，都是诈骗。",
                ],
            },
        ),
        Screen(
            "summons",
            "paper15",
            "summons15",
            t("04-19 12:00"),
            extra={
                "heads": ["律师函"],
                "paras": [
                    "致于晓燕女士：",
                    "受鸿运借委托，现就你拖欠借款一事正式致函。",
                    "请于收到本函之日起48小时内结清欠款6200元。",
                    "山东某某律师事务所 2026年4月18日",
                ],
            },
        ),
        Screen(
            "idcard",
            "paper15",
            "idcard15",
            t("04-19 12:02"),
            extra={
                "heads": ["居民身份证"],
                "paras": [
                    "姓名 于晓燕",
                    "性别 女  民族 汉",
                    "出生 1999年11月21日",
                    "住址 山东省潍坊市奎文区",
                ],
            },
        ),
    ]
    return finish(
        Case(
            "weifang",
            "于晓燕",
            "鸿运借",
            [TOLL, MOBILE, SKYPE, JOB],
            [(MUM, "13953620915"), (FRIEND, "15165378802")],
            {"amount": 5000, "received": 3500, "deducted": 1500, "demanded": 6200},
            s,
        ),
        PHONE,
    )
