"""Four phones of this set: each a viewport, a stylesheet, and the frame around an app page.

holo: an Android 4-era holo-dark phone; kaios: a KaiOS-like feature phone (240x320 css px, a
soft-key bar); lite_go: a Redmi-Go-like lite Android; hm_large: a HarmonyOS-4-like phone with
large type.
"""

from __future__ import annotations

from html import escape

# (css width, css height, device scale)
VIEWPORT = {
    "holo": (360, 640, 2),
    "kaios": (240, 320, 2),
    "lite_go": (360, 720, 1.5),
    "hm_large": (392, 850, 2.5),
}

# Bottom bars per app page (UI a reader must never take for a person's words).
TABS = {
    "dialer": "拨号盘 通话 联系人 收藏夹",
    "msg_inbox": "会话 通知类 设置",
    "chat1v1": "微聊 通讯簿 发现 我",
    "blocker": "体检 清理 防护 工具箱",
    "guestbook": "动态 留言板 相册 个人档",
    "kaios": "选项 选择 返回",
}
# Input boxes and fixed headings drawn on the pages.
INPUT = {
    "sms_thread": "键入信息",
    "chat1v1": "发消息…",
    "parents_group": "输入内容",
    "channels_dm": "说点什么…",
    "guestbook": "写留言",
}
CHROME = [
    "骚扰拦截",
    "拦截的电话",
    "拦截的短信",
    "拦截记录 拦截设置",
    "通话记录",
    "群公告",
    "视频号私信",
    "留言板",
    "借款详情",
    "全部通话",
    "呼叫 发短信 加黑名单",
    "已累计拦截骚扰",
    "对方未关注你",
    "未接来电",
    "信息",
    "回复",
]

_BASE = """
*{box-sizing:border-box;margin:0;padding:0}
body{min-height:100vh;display:flex;flex-direction:column}
.page{flex:1}
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Droid Sans Fallback",sans-serif}
.sb{display:flex;align-items:center;gap:6px;padding:0 8px}
.sb .sp{flex:1}
.row{display:flex;align-items:center}
.grow{flex:1;min-width:0}
.cut{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.red{color:#e53935}
.stamp{text-align:center;margin:10px 0 6px}
"""

CSS = {
    "holo": """
body{background:#000;color:#e8e8e8;font-size:15px}
.sb{height:25px;background:#000;color:#fff;font-size:13px;justify-content:flex-end}
.sb .clk{order:9;margin-left:6px}
.ab{height:48px;background:#1c1c1c;border-bottom:2px solid #33b5e5;display:flex;
align-items:center;padding:0 12px;font-size:18px;color:#fff}
.ab .up{color:#33b5e5;margin-right:10px}
.tabs{display:flex;border-top:1px solid #333;background:#111}
.tabs span{flex:1;text-align:center;padding:12px 0;font-size:13px;color:#aaa}
.tabs span:nth-child(2){color:#33b5e5;border-bottom:3px solid #33b5e5}
.item{border-bottom:1px solid #2a2a2a;padding:10px 12px}
.sub{color:#8f8f8f;font-size:12px}
.me .bub{background:#2d4a57}.them .bub{background:#2b2b2b}
.bub{border-radius:2px;padding:8px 10px;max-width:78%;line-height:1.45}
.stamp{color:#33b5e5;font-size:12px}
.input{border-top:1px solid #333;padding:10px;color:#777;display:flex}
.accent{color:#33b5e5}
""",
    "kaios": """
body{background:#fff;color:#222;font-size:14px;width:240px}
.sb{height:18px;background:#000;color:#fff;font-size:10px;justify-content:flex-end}
.ab{height:28px;background:#5b2c86;color:#fff;font-size:15px;display:flex;align-items:center;
justify-content:center}
.item{border-bottom:1px solid #ddd;padding:5px 8px;font-size:13px}
.item.focus{background:#d6c3ea}
.sub{color:#666;font-size:11px}
.bub{border-radius:6px;padding:4px 6px;max-width:86%;font-size:13px;line-height:1.35}
.me .bub{background:#e0d4ee}.them .bub{background:#eee}
.stamp{color:#777;font-size:11px;margin:4px 0}
.soft{position:fixed;bottom:0;left:0;width:240px;height:30px;background:#ececec;
border-top:1px solid #bbb;display:flex;align-items:center;font-size:14px;font-weight:bold}
.soft span{flex:1;text-align:center}
.page{padding-bottom:32px}
""",
    "lite_go": """
body{background:#fafafa;color:#202124;font-size:14px}
.sb{height:24px;background:#1a73e8;color:#fff;font-size:12px}
.ab{height:52px;background:#1a73e8;color:#fff;font-size:19px;display:flex;align-items:center;
padding:0 14px}
.ab .up{margin-right:16px}
.tabs{display:flex;background:#fff;border-top:1px solid #ddd}
.tabs span{flex:1;text-align:center;padding:10px 0;font-size:12px;color:#5f6368}
.tabs span:first-child{color:#1a73e8}
.item{background:#fff;border-bottom:1px solid #eee;padding:11px 14px}
.sub{color:#70757a;font-size:12px}
.bub{border-radius:14px;padding:8px 12px;max-width:76%;line-height:1.45}
.me .bub{background:#d2e3fc}.them .bub{background:#fff;border:1px solid #e3e3e3}
.stamp{color:#70757a;font-size:12px}
.input{background:#fff;border-top:1px solid #ddd;padding:10px 14px;color:#999;display:flex}
.accent{color:#1a73e8}
""",
    "hm_large": """
body{background:#f1f3f5;color:#182431;font-size:21px}
.sb{height:34px;font-size:16px;color:#182431;padding:0 22px}
.ab{height:64px;display:flex;align-items:center;padding:0 20px;font-size:27px;font-weight:600}
.ab .up{margin-right:16px;font-weight:400}
.tabs{display:flex;background:#f1f3f5;border-top:1px solid #dde}
.tabs span{flex:1;text-align:center;padding:12px 0;font-size:16px;color:#6b7280}
.tabs span:nth-child(2){color:#0a59f7}
.card{background:#fff;border-radius:20px;margin:8px 12px;overflow:hidden}
.item{padding:14px 18px;border-bottom:1px solid #eef0f3}
.sub{color:#6b7280;font-size:17px}
.bub{border-radius:18px;padding:11px 15px;max-width:80%;line-height:1.45}
.me .bub{background:#0a59f7;color:#fff}.them .bub{background:#fff}
.stamp{color:#8b9099;font-size:16px}
.input{background:#fff;padding:14px 20px;color:#9aa;display:flex;border-radius:26px;margin:10px}
.accent{color:#0a59f7}
""",
}


def status_bar(skin: str, status: str) -> str:
    """The status bar: the clock first in the text, drawn where the skin puts it."""
    parts = status.split()
    clock, rest = parts[0], parts[1:]
    icons = "".join(f"<span>{escape(p)}</span>" for p in rest)
    if skin == "holo":
        # Holo put notification icons left and the clock at the far right.
        clk = f'<span class="clk">{clock}</span>'
        return f'<div class="sb"><span class="sp">✉ ☎</span>{icons}{clk}</div>'
    return f'<div class="sb"><span>{clock}</span><span class="sp"></span>{icons}</div>'


def frame(
    skin: str, status: str, title: str, body: str, bottom: str = "", extra_css: str = ""
) -> str:
    """A whole page: status bar, title bar, the app's body and its bottom chrome."""
    width = VIEWPORT[skin][0]
    up = '<span class="up">‹</span>' if skin != "kaios" else ""
    head = f'<div class="ab">{up}{escape(title)}</div>' if title else ""
    soft = ""
    if skin == "kaios":
        soft = (
            '<div class="soft">'
            + "".join(f"<span>{w}</span>" for w in TABS["kaios"].split())
            + "</div>"
        )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{_BASE}{CSS[skin]}'
        f"body{{width:{width}px}}{extra_css}</style></head><body>"
        f'{status_bar(skin, status)}{head}<div class="page">{body}</div>{bottom}{soft}'
        "</body></html>"
    )


def tab_bar(app: str) -> str:
    return '<div class="tabs">' + "".join(f"<span>{w}</span>" for w in TABS[app].split()) + "</div>"
