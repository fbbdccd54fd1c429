"""Baoding: an OxygenOS-like phone; SMS, WeChat with 拍一拍, a 360-like tag page, a boss on Lark."""

from __future__ import annotations

from tests.blindgen16.model import Case, Screen, at, line, mine, ring, said

PHONE = "15131268840"
A, B, WANG, ZHAO = "17093125566", "0312-5821736", "速享贷后-王专员", "速享法务-赵律师"
MOTHER, BOSS = ("妈妈", "13903125578"), ("张主任", "13831267012")


def _screens() -> list[Screen]:
    ox = dict(skin="oxygen16")
    tag = "催收 · 河北保定"
    return [
        Screen("Screenshot_20260302_101522.jpg", "bill16", captured=at("03-02 10:15"),
               title="速享借 · 账单详情", paras=[
                   "借款金额 6000.00 元", "实际到账 4320.00 元", "服务费 1680.00 元",
                   "应还总额 7350.00 元", "还款日 2026-03-01", "状态 已逾期 1 天"], **ox),
        Screen("Screenshot_20260303_232015.jpg", "sms16", captured=at("03-03 23:20"), title=A,
               battery=41, msgs=[
                   said(A, "03-03 22:48", "刘振东，你在速享借的欠款已逾期，今晚12点前不处理，"
                        "明天直接联系你通讯录所有人。", "3月3日 22:48"),
                   said(A, "03-03 23:02", "别装死，电话不接是吧？你妈的号码我们已经有了",
                        "3月3日 23:02"),
                   mine("03-03 23:10", "我下周发工资就还，别打我家里人"),
                   said(A, "03-03 23:16", "下周？晚了。你自己看着办😡"),
               ], **ox),
        Screen("Screenshot_20260304_073012.jpg", "calllog16", captured=at("03-04 07:30"),
               title="最近通话", battery=36, calls=[
                   ring(B, "03-04 07:05", "07:05", 2, tag),
                   ring(A, "03-04 00:41", "00:41", 3, "河北保定"),
                   ring(A, "03-03 23:25", "昨天 23:25", 2, "河北保定"),
                   ring(MOTHER[1], "03-03 21:30", "昨天 21:30", name=MOTHER[0], collector=False),
               ], **ox),
        Screen("Screenshot_20260304_073044.jpg", "calllog16", captured=at("03-04 07:30"),
               title="最近通话", battery=36, calls=[
                   ring(A, "03-03 23:25", "昨天 23:25", 2, "河北保定"),
                   ring(MOTHER[1], "03-03 21:30", "昨天 21:30", name=MOTHER[0], collector=False),
                   ring(BOSS[1], "03-03 15:10", "昨天 15:10", name=BOSS[0], collector=False),
                   ring(B, "03-03 14:02", "昨天 14:02", 1, tag),
                   ring(A, "03-02 22:15", "3月2日", 1, "河北保定"),
               ], **ox),
        Screen("Screenshot_20260304_213350.jpg", "wxpat16", captured=at("03-04 21:33"),
               title=WANG, battery=64, net="4G", msgs=[
                   line(WANG, "03-04 20:09", f"\u201c{WANG}\u201d 拍了拍 \u201c刘振东\u201d"),
                   said(WANG, "03-04 20:10", "刘先生，逾期第三天了，今天不还明天就走上门流程，"
                        "你单位地址我们有。", "20:10"),
                   line(WANG, "03-04 20:31", "语音通话 对方已取消"),
                   mine("03-04 20:45", "我今天先还500，剩下的月底"),
                   said(WANG, "03-04 21:20", "500打发叫花子？明天中午前还清7350，"
                        "不然你们张主任那边我亲自去说。", "21:20"),
               ], **ox),
        Screen("微信图片_20260305091230.jpg", "sms16", "flyme916", at("03-05 08:55"),
               owner=MOTHER[0], title=A, forwarded=True, battery=92, msgs=[
                   said(A, "03-05 06:40", "阿姨您好，您儿子刘振东欠款不还已经失联，"
                        "请您转告他今天必须处理，否则后果自负。", "今天 06:40"),
                   said(A, "03-05 06:52", "你儿子再不还，我们就把他的照片发到你们村群里。"),
                   mine("03-05 07:30", "你们是谁？我报警了", "今天 07:30"),
               ]),
        Screen("Screenshot_20260305_120518.jpg", "mark16", captured=at("03-05 12:05"),
               title="号码详情", battery=58, paras=[
                   B, "河北 保定 固话", "已被 428 人标记为「催收」", "最近通话 3月4日 07:05"],
               **ox),
        Screen("微信图片_20260306101544.jpg", "lark16", "meego16", at("03-06 10:12"),
               owner=BOSS[0], title=ZHAO, forwarded=True, battery=77, net="4G", msgs=[
                   said(ZHAO, "03-06 09:12", "张主任您好，贵司员工刘振东涉嫌恶意逃废债务，"
                        "我方已准备起诉材料，请贵司配合督促其还款。", "3月6日 09:12"),
                   said(ZHAO, "03-06 09:13", "如贵司不配合，我们会把律师函寄到贵司前台。"),
                   mine("03-06 09:40", "请直接和他本人沟通，不要打扰公司", "09:40"),
               ]),
        Screen("IMG_20260306_184210.jpg", "idcard16", captured=at("03-06 18:42"), photo=True,
               paras=["居民身份证", "姓名 刘振东", "性别 男  民族 汉", "出生 1991年4月12日",
                      "住址 河北省保定市竞秀区东风中路118号",
                      "公民身份号码 130602199104120317"], **ox),
        Screen("IMG_20260306_184530.jpg", "letter16", captured=at("03-06 18:45"), photo=True,
               paras=["律师函", "致：刘振东",
                      "受速享借委托，就你拖欠借款本息7350.00元一事，特函告如下：",
                      "限你于收函之日起三日内清偿全部欠款，逾期我所将依法向保定市竞秀区人民法院"
                      "提起诉讼，并申请冻结你名下银行账户。", "北京恒正律师事务所",
                      "2026年3月6日"], **ox),
    ]  # fmt: skip


def case() -> Case:
    return Case("baoding", PHONE, [A, B, WANG, ZHAO], [MOTHER, BOSS],
                {"amount": 6000, "received": 4320, "deducted": 1680, "demanded": 7350},
                _screens())  # fmt: skip
