"""Guilin: a Flyme-9-like phone with round headers; Hunan wording, emoji and hk/txl shorthand."""

from __future__ import annotations

from tests.blindgen16.model import Case, Screen, at, line, mine, ring, said

PHONE = "17707734219"
A, B, LIU = "18173145520", "0773-3859012", "花橙专员-刘姐"
HUSBAND, FANG = ("老公", "13977328810"), ("闺蜜小芳", "15077391246")


def _screens() -> list[Screen]:
    fm = dict(skin="flyme916")
    tag = "催收 · 广西桂林"
    return [
        Screen("S260320-101230.png", "bill16", captured=at("03-20 10:12"), title="借款详情",
               battery=76, paras=[
                   "花橙分期", "借款金额 10000.00", "实际到账 7200.00", "会员费及服务费 2800.00",
                   "应还金额 12600.00", "状态 逾期 2 天"], **fm),
        Screen("S260322-224510.png", "sms16", captured=at("03-22 22:45"), title=A, battery=29,
               msgs=[
                   said(A, "03-22 22:05", "蒋丽娟，你咯钱到底还不还？莫跟我打马虎眼😤",
                        "3月22日 22:05"),
                   said(A, "03-22 22:06", "hk今天必须到账，不然txl全部爆掉，你老公第一个晓得"),
                   mine("03-22 22:20", "我明天中午还一部分", "3月22日 22:20"),
                   said(A, "03-22 22:30", "一部分？冇得商量，12600一分不能少💢",
                        "3月22日 22:30"),
               ], **fm),
        Screen("S260323-080512.png", "calllog16", captured=at("03-23 08:05"), title="通话",
               battery=95, calls=[
                   ring(B, "03-23 07:40", "07:40", 2, tag),
                   ring(A, "03-22 23:50", "昨天 23:50", 4, "湖南长沙"),
                   ring(HUSBAND[1], "03-22 19:00", "昨天 19:00", name=HUSBAND[0],
                        collector=False),
               ], **fm),
        Screen("S260323-080540.png", "calllog16", captured=at("03-23 08:05"), title="通话",
               battery=95, calls=[
                   ring(A, "03-22 23:50", "昨天 23:50", 4, "湖南长沙"),
                   ring(HUSBAND[1], "03-22 19:00", "昨天 19:00", name=HUSBAND[0],
                        collector=False),
                   ring(B, "03-22 16:20", "昨天 16:20", 1, tag),
                   ring(A, "03-21 21:10", "周六 21:10", 1, "湖南长沙"),
               ], **fm),
        Screen("S260323-213015.png", "wxpat16", captured=at("03-23 21:30"), title=LIU,
               battery=62, msgs=[
                   line(LIU, "03-23 20:00", f"\u201c{LIU}\u201d 拍了拍我"),
                   said(LIU, "03-23 20:01", "丽娟妹子，姐跟你讲句实在话，今天不还明天就上门，"
                        "你屋里住七星区哪栋楼我们晓得的", "20:01"),
                   line(LIU, "03-23 20:05", "语音通话 对方已取消"),
                   mine("03-23 20:08", "姐，宽限三天行不"),
                   said(LIU, "03-23 20:15", "三天？你当我们是做慈善的啊🙄 今晚12点前先转3000",
                        "20:15"),
                   line(LIU, "03-23 20:20", "语音通话 通话时长 00:35"),
               ], **fm),
        Screen("微信图片_20260324093011.jpg", "sms16", "glass16", at("03-24 09:25"),
               owner=HUSBAND[0], title=A, forwarded=True, battery=57, msgs=[
                   said(A, "03-24 08:40", "你是蒋丽娟老公吧？你老婆在外面借了一万多不还，"
                        "你管不管？", "今天 上午8:40"),
                   said(A, "03-24 08:41", "不管的话我们就找你单位领导聊聊🙂"),
                   mine("03-24 09:10", "多少钱？我来处理", "今天 上午9:10"),
               ]),
        Screen("微信图片_20260324180544.jpg", "rcs16", "oxygen16", at("03-24 18:00"),
               owner=FANG[0], title=A, forwarded=True, battery=35, msgs=[
                   said(A, "03-24 17:30", "小芳你好，蒋丽娟把你填成了担保人，她不还你就要承担"
                        "连带责任。", "下午5:30"),
                   said(A, "03-24 17:31", "麻烦你叫她马上联系我，不然明天开始打你电话。",
                        "下午5:31"),
               ]),
        Screen("S260325-101530.png", "mark16", captured=at("03-25 10:15"), title="号码详情",
               battery=81, paras=[
                   A, "湖南 长沙 移动", "已被 96 人标记为「骚扰电话」", "最近通话 3月22日 23:50"],
               **fm),
        Screen("S260325-102011.jpg", "idcard16", captured=at("03-25 10:20"), photo=True,
               paras=["居民身份证", "姓名 蒋丽娟", "性别 女  民族 壮", "出生 1993年2月8日",
                      "住址 广西壮族自治区桂林市七星区漓东路33号",
                      "公民身份号码 450305199302080027"], **fm),
        Screen("S260325-102245.jpg", "letter16", captured=at("03-25 10:22"), photo=True,
               paras=["执行通知书", "被执行人：蒋丽娟",
                      "申请执行人花橙分期与你借款合同纠纷一案，你应偿还12600.00元。",
                      "限你在本通知送达后三日内履行，逾期本院将依法拘留并纳入失信被执行人名单。",
                      "桂林市七星区人民法院", "2026年3月25日"], **fm),
    ]  # fmt: skip


def case() -> Case:
    return Case("guilin", PHONE, [A, B, LIU], [HUSBAND, FANG],
                {"amount": 10000, "received": 7200, "deducted": 2800, "demanded": 12600},
                _screens())  # fmt: skip
