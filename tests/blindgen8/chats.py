"""Conversation pages: SMS threads, a WeChat-like 1:1 chat, a 家长群, a 留言板 and 视频号 DMs."""

from __future__ import annotations

from html import escape

from tests.blindgen8.model import Msg, Screen, label
from tests.blindgen8.skins import INPUT, frame, tab_bar


def _stamp(screen: Screen, msg: Msg) -> str:
    if not msg.stamp:
        return ""
    return f'<div class="stamp">{escape(label(msg.at, screen.captured, screen.style))}</div>'


def _shot(msg: Msg) -> str:
    """A screenshot sent as a picture: a small framed SMS page inside the bubble."""
    inner = "".join(
        f'<div class="stamp" style="font-size:10px;color:#888">{escape(label(m.at, msg.at))}</div>'
        f'<div style="background:#eee;border-radius:6px;padding:5px 7px;margin:3px 20px 3px 4px;'
        f'font-size:11px;line-height:1.4;color:#222">{escape(m.text)}</div>'
        for m in msg.inner
    )
    head = escape(msg.inner[0].who)
    return (
        '<div style="width:215px;border:1px solid #999;background:#fff;border-radius:4px;'
        'box-shadow:0 1px 4px rgba(0,0,0,.3);overflow:hidden">'
        '<div style="height:10px;background:#222"></div>'
        '<div style="font-size:12px;padding:4px 6px;border-bottom:1px solid #ddd;color:#222">'
        f'{head}</div>{inner}<div style="height:14px"></div></div>'
    )


def _bubble(screen: Screen, msg: Msg, names: bool, avatar: bool) -> str:
    side = "me" if msg.who == "me" else "them"
    justify = "flex-end" if side == "me" else "flex-start"
    face = ""
    if avatar:
        face = (
            '<div style="width:34px;height:34px;border-radius:4px;background:#8aa;flex:none"></div>'
        )
    name = ""
    if names and side == "them":
        name = f'<div class="sub" style="margin:0 0 2px 2px">{escape(msg.who)}</div>'
    content = _shot(msg) if msg.kind == "shot" else f'<div class="bub">{escape(msg.text)}</div>'
    inner = f'<div style="max-width:82%">{name}{content}</div>'
    parts = f"{inner}{face}" if side == "me" else f"{face}{inner}"
    return (
        f'{_stamp(screen, msg)}<div class="{side}" style="display:flex;gap:8px;'
        f'justify-content:{justify};margin:6px 10px;align-items:flex-start">{parts}</div>'
    )


def _thread(screen: Screen, names: bool, avatar: bool) -> str:
    return "".join(_bubble(screen, m, names, avatar) for m in screen.msgs)


def _input(screen: Screen, key: str) -> str:
    if screen.skin == "kaios":
        return ""
    send = '<span class="accent">➤</span>'
    return f'<div class="input"><span class="grow">{INPUT[key]}</span>{send}</div>'


def sms_thread(screen: Screen) -> str:
    body = _thread(screen, names=False, avatar=False)
    return frame(screen.skin, screen.status, screen.title, body, _input(screen, "sms_thread"))


def chat1v1(screen: Screen) -> str:
    body = _thread(screen, names=False, avatar=True)
    css = ".page{background:#ededed;color:#111}" if screen.skin != "holo" else ""
    return frame(screen.skin, screen.status, screen.title, body, _input(screen, "chat1v1"), css)


def parents_group(screen: Screen) -> str:
    """A school parents' group: a pinned 群公告, names above messages, @mentions."""
    notice = (
        '<div style="background:#fff7e0;color:#6b4e00;margin:8px;padding:8px 10px;'
        f'border-radius:6px;font-size:.85em"><b>群公告</b> {escape(screen.extra["notice"])}</div>'
    )
    body = notice + _thread(screen, names=True, avatar=True)
    css = ".page{background:#ededed;color:#111}"
    return frame(
        screen.skin, screen.status, screen.title, body, _input(screen, "parents_group"), css
    )


def guestbook(screen: Screen) -> str:
    """A QQ-空间-like 留言板: visitors' entries newest first, each with its time and 回复."""
    rows = []
    for msg in screen.msgs:
        reply = "" if msg.who == "me" else '<span class="accent" style="font-size:.8em">回复</span>'
        who = screen.extra.get("me_name", "我") if msg.who == "me" else msg.who
        rows.append(
            '<div class="item row" style="align-items:flex-start;gap:10px">'
            '<div style="width:38px;height:38px;border-radius:50%;background:#f4a261;'
            'flex:none"></div><div class="grow"><div class="row">'
            f'<b class="grow" style="color:#2f6db5">{escape(who)}</b>{reply}</div>'
            f'<div style="margin:4px 0">{escape(msg.text)}</div>'
            f'<div class="sub">{escape(label(msg.at, screen.captured, screen.style))}</div>'
            "</div></div>"
        )
    css = ".page{background:#fff;color:#222}.head{background:linear-gradient(#ffd9a8,#fff);"
    css += "padding:14px;font-size:1.1em}"
    head = f'<div class="head">{escape(screen.extra["space"])} · 留言板</div>'
    body = head + "".join(rows) + _input(screen, "guestbook")
    return frame(screen.skin, screen.status, "", body, tab_bar("guestbook"), css)


def channels_dm(screen: Screen) -> str:
    """A 视频号-like private-message thread on a dark page."""
    css = (
        ".page{background:#191919;color:#eee}.them .bub{background:#2c2c2c;color:#eee}"
        ".me .bub{background:#3b7d4f;color:#fff}.dm{padding:8px 14px;color:#999;font-size:.8em}"
    )
    if screen.extra.get("list"):
        return _channels_list(screen, css)
    head = '<div class="dm">视频号私信 · 对方未关注你</div>'
    body = head + _thread(screen, names=False, avatar=True)
    return frame(screen.skin, screen.status, screen.title, body, _input(screen, "channels_dm"), css)


def _channels_list(screen: Screen, css: str) -> str:
    """The 视频号 private-message list: one row per sender, the last message cut by CSS."""
    rows = "".join(
        '<div class="item row" style="gap:12px;border-color:#2a2a2a">'
        '<div style="width:44px;height:44px;border-radius:50%;background:#556;flex:none"></div>'
        f'<div class="grow"><div class="row"><b class="grow cut">{escape(m.who)}</b>'
        f'<span class="sub">{escape(label(m.at, screen.captured, screen.style))}</span></div>'
        f'<div class="sub cut">{escape(m.text)}</div></div></div>'
        for m in screen.msgs
    )
    return frame(screen.skin, screen.status, "视频号私信", rows, "", css)
