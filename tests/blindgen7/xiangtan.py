"""湘潭: a logistics clerk on a Coolpad-like budget phone; 彩信 with his photo, a 12381-style list.

His sister's Sharp-like phone forwards what a collector sent her; two shots of his call log share
rows; a photo of a fake 律师函; night calls at 05:52, 22:48 and 23:15.
"""
# ruff: noqa: E501 — whole messages and CSS rules stay on one line each (a CJK character
# counts double), so a quote can be read and checked as drawn.

from __future__ import annotations

from tests.blindgen7.model import Book, Case, Screen, status, t

COLLECTORS = ["17096643218", "16521870934", "0571-28835106"]
CONTACTS = [("姐姐", "13807321456"), ("王经理", "15973218890"), ("妈", "13974120087"), ("阿斌", "")]
B = Book(COLLECTORS)
C1, C2, C3 = COLLECTORS


def _s(name: str, kind: str, at: str, app: str, skin: str = "coolpad", **kw) -> Screen:
    captured = t(at)
    battery = kw.pop("battery", 60)
    style = kw.get("style", "24")
    bar = "" if kw.get("photo") else status(captured, style, kw.pop("net", "4G"), battery)
    return Screen(name, app, skin, kind, captured, status=bar, **kw)


def case() -> Case:
    thread = (
        B.msg(C1, "11-09 10:02", "【好借花贷后管理中心】谭志强先生，您的借款已逾期5天，欠款合计7980元，"
              "请于今日18点前结清，逾期将移交外访部门处理。", stamp=True),
        B.msg(C1, "11-10 21:37", "还不还？你单位地址我们已经核实了，湘潭市岳塘区建设路那家物流公司对吧，"
              "明天派人过去找你们王经理聊聊。", stamp=True),
        B.msg("me", "11-10 21:40", "我这个月工资还没发，能不能宽限几天"),
        B.msg(C1, "11-10 21:42", "宽限？给你宽限多少次了，今天不处理，你手机里存的每个人都会收到你的欠款信息。"),
        B.msg(C1, "11-12 22:46", "最后一次警告：案件已提交法务审核，三个工作日内寄发律师函到你户籍地，后果自负。",
              stamp=True),
    )  # fmt: skip
    shared = (
        B.call(C1, "11-11 22:48", 6, tag="疑似催收", place="湖南长沙"),
        B.call(C2, "11-10 09:12", tag="骚扰电话", place="江西赣州"),
    )
    log1 = (
        B.call(C1, "11-13 05:52", 4, tag="疑似催收", place="湖南长沙"),
        B.call(C3, "11-12 23:15", 3, tag="标记23次", place="浙江杭州"),
        B.call("15973218890", "11-12 18:20", name="王经理", way="in"),
        B.call(C2, "11-12 14:05", 2, tag="骚扰电话", place="江西赣州"),
        B.call("13807321456", "11-12 12:30", name="姐姐", way="out"),
        *shared,
    )
    log2 = (
        *shared,
        B.call(C3, "11-09 20:31", 2, tag="标记23次", place="浙江杭州"),
        B.call("13974120087", "11-09 12:10", name="妈", way="in"),
        B.call(C1, "11-08 10:15", tag="疑似催收", place="湖南长沙"),
        B.call("13974120087", "11-07 19:44", name="妈", way="out"),
    )
    mms = (
        B.msg(C2, "11-11 18:47", "这是你本人吧？照片已经做好了，今晚发到你老家村群里，让大家都认识认识老赖谭志强。",
              kind="mms", stamp=True),
        B.msg(C2, "11-11 18:50", "不想丢人就在群发之前把钱转过来。"),
    )  # fmt: skip
    sister = (
        B.msg(C2, "11-12 11:58", "你是谭志强的姐姐吧，你弟弟在我们平台借钱不还，你转告他，今天下班前联系我们，"
              "不然我们就按紧急联系人流程去你家里走访。", stamp=True),
        B.msg("me", "11-12 12:03", "他借钱关我什么事，别再打我电话了"),
        B.msg(C2, "11-12 12:05", "你是他担保人，他不还你就得替他还，要不要我把起诉材料也寄给你一份？"),
    )  # fmt: skip
    inbox = (
        B.msg(C1, "11-13 21:05", "【好借花贷后管理中心】最后一次提醒您，今日仍未还款的，明日起联系您的…",
              kind="preview"),
        B.msg("姐姐", "11-12 12:40", "你到底借了多少钱？人家都打到我这里来了"),
        B.msg("95588", "11-10 08:00", "您尾号6632的储蓄卡11月10日工资收入…", quote=False),
        B.msg("1069022188", "10-04 14:21", "【好借花】您的借款5000.00元已放款，实际到账3650.00元，"
              "请按时还款。", quote=False),
    )  # fmt: skip
    bill = {
        "head": "好借花 · 借款编号 HJH2026100371",
        "big": "应还 7,980.00",
        "rows": [
            ("借款金额", "5,000.00元"), ("实际到账", "3,650.00元"), ("服务费（放款时扣除）", "1,350.00元"),
            ("借款日期", "2026/10/04"), ("到期日", "2026/11/04"), ("逾期天数", "9天"),
            ("罚息及违约金", "2,980.00元"),
        ],
    }  # fmt: skip
    letter = {
        "head": "律 师 函",
        "paras": [
            "谭志强先生：",
            "本所受好借花平台委托，就您拖欠借款一事郑重函告：您于2026年10月4日借款5000元，至今逾期未还。",
            "请于收到本函之日起三日内归还全部欠款7980元，否则本所将代理委托人向您户籍所在地法院起诉，"
            "并申请财产保全，由此产生的一切费用由您承担。",
        ],
        "sign": "湖南某某律师事务所　2026年11月13日",
    }
    alerts = (
        B.call(C3, "11-13 09:12", tag="疑似诈骗/催收"),
        B.call(C1, "11-13 08:47", tag="风险来电"),
    )
    screens = [
        _s("x01", "sms_list", "11-14 08:20", "sms_own", msgs=inbox, battery=70),
        _s("x02", "sms_thread", "11-12 22:50", "sms_own", msgs=thread, title=C1, tall=1.35,
           battery=41),
        _s("x03", "call_log", "11-13 07:55", "dialer_own", calls=log1, battery=63, dates="dash"),
        _s("x04", "call_log", "11-13 08:01", "dialer_own", calls=log2, battery=62, dates="dash",
           overlaps="x03"),
        _s("x05", "sms_thread", "11-11 19:00", "mms", msgs=mms, title=C2, battery=57),
        _s("x06", "sms_thread", "11-12 13:10", "sms_own", skin="sharp", msgs=sister, title=C2,
           owner="姐姐", forwarded=True, style="ampm", net="5G", battery=88),
        _s("x07", "bill", "11-13 12:00", "loan_bill", info=bill, battery=66),
        _s("x08", "doc", "11-13 16:40", "doc_photo", skin="camera_own", info=letter, photo=True),
        _s("x09", "alerts", "11-13 09:30", "fraud_alert", calls=alerts, battery=61),
    ]  # fmt: skip
    loan = {"amount": 5000, "received": 3650, "deducted": 1350, "demanded": 7980}
    return Case("xiangtan", "谭志强", "好借花", COLLECTORS, CONTACTS, loan, screens)
