"""The reasons a role guess gives (pure): a code for the UI, a Chinese sentence for documents."""

from __future__ import annotations

from typing import NamedTuple

REASONS = {  # code -> the reason in Chinese ({detail}: what was found)
    "authority_number": "公安/监管机关的公开号码",
    "service_number": "平台客服号码（400/800）",
    "bank_or_carrier": "银行/运营商服务号（95xxx/100xx）",
    "platform_account": "借贷平台自己的账号（App消息/官方号）",
    "platform_desk": "借贷平台的官方店铺或客服账号（只回答账单）",
    "phone_label": "手机标记：{detail}",
    "collector_title": "聊天名称像催收方",
    "lender_staff": "以借贷平台名义的个人账号：{detail}",
    "colleague_title": "聊天名称像同事或工作群",
    "relative_title": "聊天名称像亲属",
    "friend_title": "聊天名称像朋友",
    "sms_gateway": "短信通道号（106）发送的平台通知",
    "collector_words": "内容含催收用语：{detail}",
    "lender_stranger": "陌生手机号发来的借贷平台内容：{detail}",
    "saved_contact": "手机里保存的联系人：{detail}",
    "phone_owner": "截图来自他/她的手机（转发的截图）",
    "repeat_stranger": "未保存的号码反复来电（{detail}次）",
    "no_clue": "证据中没有足够线索",
}


class Guess(NamedTuple):
    role: str
    reason: str  # Chinese, for documents
    code: str  # a key of REASONS, for the UI's own language
    detail: str


def make_guess(role: str, code: str, detail: str = "") -> Guess:
    return Guess(role, REASONS[code].format(detail=detail), code, detail)
