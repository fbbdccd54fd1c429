"""The set's four phones (CSS of its own) and the chrome each app draws around the words.

ivoire33: an iOS-like light phone; nocturne33: a dark Android; laoyou33: a large-font elder mode
(长辈模式) Android; sprout33: a light Android with a green accent.
"""

from __future__ import annotations

from datetime import datetime

# name: (css width, css height, device scale, iOS-like?)
GEOMETRY = {
    "ivoire33": (390, 844, 3, True),
    "nocturne33": (412, 915, 2.625, False),
    "laoyou33": (360, 780, 3, False),
    "sprout33": (393, 873, 2.75, False),
}

_VARS = {
    "ivoire33": dict(bg="#ffffff", card="#f2f2f7", fg="#000000", sub="#8a8a8e", line="#d8d8dc",
                     acc="#0a7aff", miss="#ff3b30", me="#0a7aff", mefg="#ffffff", fs="17px",
                     font="'PingFang SC','Noto Sans CJK SC',sans-serif"),
    "nocturne33": dict(bg="#0f1013", card="#1b1d22", fg="#e9e9ec", sub="#8d9099", line="#2a2d33",
                       acc="#5b8dff", miss="#ff6b6b", me="#2f5fd0", mefg="#ffffff", fs="15px",
                       font="'Noto Sans CJK SC',sans-serif"),
    "laoyou33": dict(bg="#fffaf2", card="#ffffff", fg="#111111", sub="#555555", line="#e2d9c8",
                     acc="#d9480f", miss="#e03131", me="#ffd8a8", mefg="#111111", fs="22px",
                     font="'Noto Sans CJK SC',sans-serif"),
    "sprout33": dict(bg="#f5f6f8", card="#ffffff", fg="#1c1c1e", sub="#7b7f86", line="#e6e8eb",
                     acc="#17a86b", miss="#ee4c4c", me="#a9e8c4", mefg="#10291c", fs="15px",
                     font="'Noto Sans CJK SC',sans-serif"),
}  # fmt: skip

# Tab bars, input boxes and buttons each app draws (a quote never holds two words of one line).
CHROME = {
    "recents33": "所有通话 未接来电 编辑\n个人收藏 最近通话 通讯录 拨号键盘 语音留言",
    "numinfo33": "发信息 呼叫 视频 邮件\n添加到个人收藏 阻止此来电号码 共享联系人",
    "calllog33": "全部通话 未接 拦截\n拨号 通话记录 联系人 个人收藏",
    "smsbox33": "信息 筛选 编辑 搜索",
    "smschat33": "短信/彩信 发送",
    "qwchat33": "外部联系人 聊天信息\n发送 表情 更多",
    "kingroup33": "发送 表情 更多\n按住 说话",
    "wxdm33": "发送 表情 更多\n按住 说话",
    "lockpile33": "上滑解锁 手电筒 相机",
    "loanbill33": "首页 借款 账单 我的\n立即还款 申请展期",
    "paper33": "",
}

WEEK = "一二三四五六日"


def css(skin: str) -> str:
    v = _VARS[skin]
    w, h, _, ios = GEOMETRY[skin]
    root = ";".join(f"--{k}:{val}" for k, val in v.items() if k not in ("font", "fs"))
    return f"""
*{{box-sizing:border-box;margin:0;padding:0}}
:root{{{root}}}
body{{width:{w}px;min-height:{h}px;background:var(--bg);color:var(--fg);font-family:{v["font"]};
font-size:{v["fs"]};line-height:1.35;overflow:hidden}}
.sb{{height:{44 if ios else 30}px;display:flex;align-items:center;justify-content:space-between;
padding:0 {26 if ios else 14}px;font-size:{"15px" if ios else "13px"};font-weight:600}}
.sb .r span{{margin-left:6px}}
.bat{{display:inline-block;border:1.5px solid currentColor;border-radius:3px;padding:0 3px;
font-size:11px;line-height:13px}}
.nav{{display:flex;align-items:center;justify-content:space-between;padding:8px 14px;
color:var(--acc)}}
.nav b{{color:var(--fg);font-size:1.05em}}
.big{{font-size:2em;font-weight:700;padding:2px 16px 8px}}
.sub{{color:var(--sub);font-size:.82em}}
.row{{display:flex;align-items:center;padding:9px 16px;border-bottom:1px solid var(--line);
background:var(--card)}}
.row .m{{flex:1;min-width:0}}
.row .t{{color:var(--sub);font-size:.85em;text-align:right;margin-left:8px;white-space:nowrap}}
.miss{{color:var(--miss)}}
.tag{{display:inline-block;font-size:.72em;padding:0 5px;border-radius:4px;margin-left:4px;
background:#ffe3e0;color:#d33}}
.sim{{display:inline-block;font-size:.68em;padding:0 3px;border:1px solid var(--sub);
border-radius:3px;margin-right:4px;color:var(--sub)}}
.tabs{{position:fixed;bottom:0;left:0;right:0;display:flex;justify-content:space-around;
padding:8px 0 {22 if ios else 10}px;border-top:1px solid var(--line);background:var(--card);
font-size:.62em;color:var(--sub)}}
.tabs .on{{color:var(--acc)}}
.seg{{display:flex;margin:4px auto;width:60%;background:var(--line);border-radius:8px;padding:2px;
font-size:.8em}}
.seg span{{flex:1;text-align:center;padding:3px}}
.seg .on{{background:var(--card);border-radius:6px}}
.msgs{{padding:6px 10px 90px}}
.when{{text-align:center;color:var(--sub);font-size:.72em;margin:10px 0 6px}}
.sys{{text-align:center;color:var(--sub);font-size:.72em;margin:8px 24px}}
.ln{{display:flex;margin:6px 0;align-items:flex-start}}
.ln.me{{flex-direction:row-reverse}}
.av{{width:38px;height:38px;border-radius:6px;flex:none;display:flex;align-items:center;
justify-content:center;color:#fff;font-size:15px;margin:0 6px}}
.ln>div:last-child{{max-width:74%}}
.bub{{padding:8px 11px;border-radius:14px;background:var(--card);
overflow-wrap:anywhere;white-space:pre-wrap}}
.pic{{border:1px solid var(--line);border-radius:5px;overflow:hidden;width:222px}}
.me .bub{{background:var(--me);color:var(--mefg)}}
.nm{{font-size:.7em;color:var(--sub);margin:0 0 2px 2px}}
.input{{position:fixed;bottom:0;left:0;right:0;display:flex;align-items:center;gap:8px;
padding:8px 10px {22 if ios else 10}px;background:var(--card);border-top:1px solid var(--line);
font-size:.8em;color:var(--sub)}}
.input .box{{flex:1;height:34px;border-radius:8px;background:var(--bg);
border:1px solid var(--line)}}
.input .go{{background:var(--acc);color:#fff;padding:5px 10px;border-radius:6px}}
"""


def ago(t: datetime, now: datetime, ios: bool) -> str:
    """How a log writes when a call was, seen at `now`."""
    days = (now.date() - t.date()).days
    if days == 0:
        mins = int((now - t).total_seconds() // 60)
        return f"{mins}分钟前" if (not ios and mins < 60) else t.strftime("%H:%M")
    if days == 1:
        return "昨天" if ios else f"昨天 {t:%H:%M}"
    if days < 7:
        return f"星期{WEEK[t.weekday()]}"
    return f"{t:%Y/%m/%d}" if ios else f"{t.month}月{t.day}日"


def stamp(t: datetime, now: datetime) -> str:
    """A chat's time separator."""
    days = (now.date() - t.date()).days
    if days == 0:
        return t.strftime("%H:%M")
    if days == 1:
        return f"昨天 {t:%H:%M}"
    return f"{t.month}月{t.day}日 {t:%H:%M}"
