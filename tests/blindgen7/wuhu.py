"""芜湖: an office worker whose iPad-like tablet shows his SMS split in landscape, 易周转.

His desktop WeChat-like window with a nicknamed 贷后 manager, a colleague's desktop forwarded,
a shop customer-service chat used by a collector, his father's e-ink phone call log in two
overlapping shots with night calls (05:40, 22:15, 23:26), and the loan bill.
"""
# ruff: noqa: E501 — whole messages and CSS rules stay on one line each (a CJK character
# counts double), so a quote can be read and checked as drawn.

from __future__ import annotations

from tests.blindgen7.model import Book, Case, Screen, status, t

COLLECTORS = ["15056713390", "17856210448", "贷后-周经理", "客服-小易"]
CONTACTS = [("表哥", "18955310276"), ("小刘", "15255402918"), ("爸", "13805536021")]
B = Book(COLLECTORS)
C1, C2, ZHOU, SHOP = COLLECTORS


def _s(name: str, kind: str, at: str, app: str, skin: str = "ipad_split", **kw) -> Screen:
    captured = t(at)
    kw.setdefault("dates", "cn")
    net, battery = kw.pop("net", "Wi-Fi"), kw.pop("battery", 70)
    bar = ""
    if skin in ("ipad_split", "eink"):
        bar = status(captured, "24", net, battery, tablet=skin == "ipad_split")
    return Screen(name, app, skin, kind, captured, status=bar, **kw)


def case() -> Case:
    first = (
        B.msg(C1, "11-02 09:15", "王浩然，易周转贷后部提醒：您在本平台的借款今日到期，应还6230元，请按时还款。",
              stamp=True, quote=False),
        B.msg(C1, "11-04 20:12", "已逾期两天，今晚12点前不还，明早我们就开始联系你认识的人，别说没提醒过你。",
              stamp=True),
        B.msg("me", "11-04 20:30", "明天一定处理"),
        B.msg(C1, "11-05 21:05", "你说的明天就是今天，钱呢？你表哥刘强电话是18955310276吧，我现在就打过去。",
              stamp=True),
    )  # fmt: skip
    second = (
        B.msg(C2, "11-06 13:40", "王先生，你的案件已从易周转转到我们第三方律所，律师函今天已经发出，请注意查收，"
              "拒不还款将依法起诉。", stamp=True),
        B.msg(C2, "11-07 22:02", "我们已经在你小区业主群里找到人了，要不要帮你宣传一下？", stamp=True),
    )  # fmt: skip
    desk = (
        B.msg(ZHOU, "11-08 09:41", "王浩然，我是易周转贷后周经理，你的事情现在由我全权负责，今天下午三点前打款到指定账户。",
              stamp=True),
        B.msg("me", "11-08 09:50", "能分期吗，每个月还一千"),
        B.msg(ZHOU, "11-08 09:52", "分期可以，先交一千五的手续费开通，不交就别谈。"),
        B.msg(ZHOU, "11-08 10:15", "你要是继续拖，我就把你的借款合同和身份证发到你公司邮箱，让你们人事也看看。",
              stamp=True),
    )  # fmt: skip
    colleague = (
        B.msg(ZHOU, "11-08 09:02", "你好，你同事王浩然欠款不还，紧急联系人填的是你，麻烦转告他马上联系我，"
              "不然下午我们的人到你们公司前台等他。", stamp=True),
        B.msg("me", "11-08 09:10", "我只是他同事，你们找他本人去"),
        B.msg(ZHOU, "11-08 09:12", "同事也行，你们领导是谁？我直接打给他。"),
    )  # fmt: skip
    shop = (
        B.msg(SHOP, "11-09 19:02", "亲，这边是易周转合作商家，您在平台的欠款6880元已逾期7天，请勿再逃避，今晚务必处理。",
              stamp=True),
        B.msg("me", "11-09 19:06", "你们怎么在购物软件上也找我"),
        B.msg(SHOP, "11-09 19:10", "哪里都能找到您哦亲，您不还款的话我们下一步就是给您所有好友发消息了。"),
    )  # fmt: skip
    shared = (
        B.call(C1, "11-09 14:02", tag="疑似催收", place="安徽合肥"),
        B.call(C2, "11-08 22:15", tag="标记15次", place="浙江温州"),
    )
    father1 = (
        B.call(C1, "11-10 05:40", 3, tag="疑似催收", place="安徽合肥"),
        B.call(C2, "11-09 23:26", 2, tag="标记15次", place="浙江温州"),
        B.call("13655531188", "11-09 21:00", name="浩然", way="out"),
        *shared,
    )
    father2 = (
        *shared,
        B.call("18955310276", "11-08 08:30", name="表哥", way="in"),
        B.call(C1, "11-07 11:30", 2, tag="疑似催收", place="安徽合肥"),
        B.call("13655531188", "11-06 19:12", name="浩然", way="in"),
    )
    bill = {
        "head": "易周转 · 借款详情",
        "big": "应还 6,880.00",
        "rows": [
            ("借款金额", "5,000.00元"), ("到账金额", "4,100.00元"), ("会员费（已扣）", "900.00元"),
            ("借款日", "2026/10/03"), ("到期日", "2026/11/02"), ("逾期管理费", "1,880.00元"),
        ],
    }  # fmt: skip
    side1 = (
        (C1, "你说的明天就是今天，钱呢？…", "21:05"),
        ("表哥", "你到底欠了人家多少", "20:48"),
        ("10086", "尊敬的客户，您本月话费…", "昨天"),
    )
    side2 = ((C2, "我们已经在你小区业主群里…", "22:02"), (C1, "你说的明天就是今天…", "周四"))
    pc1 = ((ZHOU, "你要是继续拖…", "10:15"), ("小刘", "浩然，有人打电话到公司找你", "09:30"),
           ("文件传输助手", "[图片]", "昨天"))  # fmt: skip
    pc2 = ((ZHOU, "同事也行，你们领导是谁？…", "09:12"), ("王浩然", "[语音]", "昨天"))
    shops = ((SHOP, "哪里都能找到您哦亲…", "19:10"), ("官方旗舰店", "您的包裹已发出", "周六"))
    screens = [
        _s("w01", "sms_thread", "11-05 21:30", "sms_own", msgs=first, title=C1, side=side1, battery=78),
        _s("w02", "sms_thread", "11-07 22:10", "sms_own", msgs=second, title=C2, side=side2,
           battery=64),
        _s("w03", "chat", "11-08 10:20", "weixin_pc", skin="pc_wechat_own", msgs=desk, title=ZHOU,
           side=pc1),
        _s("w04", "chat", "11-08 09:25", "weixin_pc", skin="pc_wechat_own", msgs=colleague,
           title=ZHOU, side=pc2, owner="小刘", forwarded=True),
        _s("w05", "shop", "11-09 19:20", "shop_chat", msgs=shop, title="周转优选旗舰店", side=shops,
           info={"goods": "周转优选 · 手机壳 防摔 透明", "price": "¥9.90", "sub": SHOP}, battery=55),
        _s("w06", "call_log", "11-10 07:10", "dialer_own", skin="eink", calls=father1, owner="爸",
           forwarded=True, net="4G", battery=90, dates="dash"),
        _s("w07", "call_log", "11-10 07:11", "dialer_own", skin="eink", calls=father2, owner="爸",
           forwarded=True, net="4G", battery=90, dates="dash", overlaps="w06"),
        _s("w08", "bill", "11-09 12:00", "loan_bill", info=bill, side=(("易周转", "借款详情", "12:00"),),
           battery=60),
    ]  # fmt: skip
    loan = {"amount": 5000, "received": 4100, "deducted": 900, "demanded": 6880}
    return Case("wuhu", "王浩然", "易周转", COLLECTORS, CONTACTS, loan, screens)
