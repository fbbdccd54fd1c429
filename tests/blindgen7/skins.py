"""Device looks of the seventh blind set: sizes, colours, status bars and every chrome string.

Five devices no earlier set drew: an iPad-like tablet split in landscape, a desktop WeChat-like
window, a Coolpad-like budget Android, an e-ink reader-like grey phone and a Sharp-like Android,
plus a camera for paper and cards. All colours and shapes are this set's own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skin:
    width: int
    height: int
    scale: float
    font: str
    css: str


_SANS = "'Noto Sans CJK SC','Noto Sans SC',sans-serif"
_SERIF = "'Noto Serif CJK SC',serif"

SKINS: dict[str, Skin] = {
    "coolpad": Skin(
        360,
        740,
        2,
        _SANS,
        "--bar:#1f6fd6;--bartext:#fff;--bg:#f3f5f8;--me:#1f6fd6;--metext:#fff;--them:#fff;"
        "--line:#dde3ea;--sub:#7a8594;--tag:#e8590c;--status:#1f6fd6;--statustext:#fff;",
    ),
    "sharp": Skin(
        393,
        850,
        2,
        _SANS,
        "--bar:#fafafa;--bartext:#222;--bg:#fff;--me:#e6f0e0;--metext:#1d2b14;--them:#f0f0f0;"
        "--line:#e4e4e4;--sub:#8c8c8c;--tag:#c2185b;--status:#fafafa;--statustext:#333;",
    ),
    "eink": Skin(
        360,
        720,
        2,
        _SERIF,
        "--bar:#e9e9e9;--bartext:#111;--bg:#f2f2f2;--me:#cfcfcf;--metext:#000;--them:#fff;"
        "--line:#888;--sub:#555;--tag:#000;--status:#f2f2f2;--statustext:#000;",
    ),
    "ipad_split": Skin(
        1180,
        820,
        2,
        _SANS,
        "--bar:#f7f7f9;--bartext:#111;--bg:#fff;--me:#34a853;--metext:#fff;--them:#e9e9eb;"
        "--line:#e2e2e6;--sub:#8a8a8e;--tag:#d93025;--status:#fff;--statustext:#111;",
    ),
    "pc_wechat_own": Skin(
        1440,
        900,
        1,
        _SANS,
        "--bar:#ededed;--bartext:#111;--bg:#f5f5f5;--me:#a0e75a;--metext:#111;--them:#fff;"
        "--line:#e0e0e0;--sub:#999;--tag:#fa5151;--status:#2e2e2e;--statustext:#ddd;",
    ),
    "camera_own": Skin(1000, 700, 1, _SERIF, "--bg:#6b5a48;--line:#999;--sub:#666;"),
}

# Tab bars and input boxes per app and device: every one is UI, never a person's words.
TABS: dict[str, str] = {
    "dialer_coolpad": "拨号 最近通话 联系人 黄页",
    "dialer_sharp": "键盘 通话记录 通讯录 收藏夹",
    "dialer_eink": "拨号盘 来去电 联系人",
    "sms_own": "全部信息 服务号 垃圾箱",
    "line_like": "好友 聊天 动态 钱包",
    "weixin_pc": "聊天 通讯录 收藏 文件",
    "shop_chat": "进店逛逛 查看商品 发送链接",
    "voicemail": "全部留言 未听留言 设置",
    "recorder": "全部录音 来电录音 去电录音",
    "fraud_alert": "来电预警 短信预警 我要举报",
    "loan_bill": "首页 借款 我的",
}
INPUT: dict[str, str] = {
    "sms_own": "短信/彩信",
    "line_like": "输入信息",
    "weixin_pc": "按 Enter 发送",
    "shop_chat": "请描述您的问题…",
}
# Other chrome drawn: titles, buttons, search boxes, the desktop window's own words.
CHROME: list[str] = [
    "搜索", "编辑", "发送(S)", "信息", "微信", "语音信箱", "通话录音", "国家反诈中心",
    "立即还款", "账单详情", "在线客服", "标记为已读",
]  # fmt: skip


def status_html(skin: str, status: str) -> str:
    """The device's status bar drawn from its status string: clock first, battery % last."""
    if not status:
        return ""
    parts = status.split()
    clock, rest, battery = parts[0], parts[1:-1], parts[-1]
    if skin == "ipad_split":
        # iPad: clock and date on the left, Wi-Fi and battery on the right.
        return (
            f"<div class=status><b>{clock}</b>&nbsp;{' '.join(rest)}"
            f"<span class=right>◠ {battery} ▭</span></div>"
        )
    if skin == "pc_wechat_own":
        return ""
    left = f"<b>{clock}</b>" if skin != "sharp" else f"<span>{clock}</span>"
    right = " ".join(f"<span>{p}</span>" for p in rest)
    return (
        f"<div class=status>{left}<span class=right>{right} ▮▮▮ <span class=bat>{battery}</span>"
        "</span></div>"
    )
