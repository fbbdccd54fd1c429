"""Draw the cases of tests/casegen/cases.py as phone screenshots: HTML per app and skin, chromium.

The look (MIUI, HarmonyOS, iOS; WeChat, DingTalk, system SMS and dialer, a loan app, photos of
papers) is this module's own; the truth comes from cases.truth, never from what was drawn.
"""

from __future__ import annotations

import html
import io
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for chromium.py
from chromium import CHROMIUM, CHROMIUM_ARGS

from tests.casegen.cases import CASES, Case, Screen, truth

SKINS = {
    "miui": {
        "bg": "#f7f7f7",
        "fg": "#111",
        "font": "'Noto Sans CJK SC', sans-serif",
        "acc": "#0d84ff",
    },
    "harmony": {
        "bg": "#f1f3f5",
        "fg": "#182431",
        "font": "'Noto Sans CJK SC', sans-serif",
        "acc": "#0a59f7",
    },
    "ios": {
        "bg": "#ffffff",
        "fg": "#000",
        "font": "'Noto Sans CJK SC', sans-serif",
        "acc": "#007aff",
    },
}
TABS = {
    ("dialer", "ios"): "个人收藏 最近通话 通讯录 拨号键盘 语音留言",
    ("dialer", "miui"): "拨号 联系人 营业厅",
    ("dialer", "harmony"): "电话 联系人 畅连 收藏",
    ("wechat", "any"): "按住 说话",
    ("dingtalk", "any"): "发消息… ＋",
    ("sms", "ios"): "iMessage 信息",
    ("sms", "miui"): "短信 / 彩信",
    ("sms", "harmony"): "输入短信",
}


def _when(at: datetime, captured: datetime) -> str:
    """A chat's time separator as phones write it, relative to the capture time."""
    if at.date() == captured.date():
        return at.strftime("%H:%M")
    if at.date() == captured.date() - timedelta(days=1):
        return "昨天 " + at.strftime("%H:%M")
    return f"{at.month}月{at.day}日 " + at.strftime("%H:%M")


def _e(text: str) -> str:
    return html.escape(text)


def _status(screen: Screen) -> str:
    clock, _, rest = screen.status.partition(" ")
    return f'<div class="sb"><b>{_e(clock)}</b><span>{_e(rest)}</span></div>'


def _bubbles(screen: Screen) -> str:
    out, last = [], None
    for msg in screen.messages:
        stamp = _when(msg.at, screen.captured)
        if stamp != last:
            out.append(f'<div class="sep">{_e(stamp)}</div>')
            last = stamp
        side = "me" if msg.sender == "me" else "them"
        nick = f'<div class="nick">{_e(msg.sender)}</div>' if screen.kind == "group" else ""
        out.append(f'<div class="msg {side}">{nick}<div class="bub">{_e(msg.text)}</div></div>')
    return "".join(out)


def _sms_list(screen: Screen) -> str:
    rows = []
    for msg in screen.messages:
        rows.append(
            f'<div class="row"><div class="who">{_e(msg.sender)}'
            f"<i>{_e(_when(msg.at, screen.captured))}</i></div>"
            f'<div class="pre">{_e(msg.text)}</div></div>'
        )
    return "".join(rows)


def _call_rows(screen: Screen) -> str:
    rows = []
    for row in screen.calls:
        label = row.name or row.number
        count = f" ({row.count})" if row.count > 1 else ""
        tag = f'<span class="tag">{_e(row.tag)}</span>' if row.tag else ""
        cls = "miss" if row.missed else ""
        rows.append(
            f'<div class="row"><div class="who {cls}">{_e(label)}{count}</div>'
            f'<div class="pre">{tag}{"未接来电" if row.missed else "呼入"}'
            f"<i>{_e(_when(row.at, screen.captured))}</i></div></div>"
        )
    return "".join(rows)


def _fields(screen: Screen) -> str:
    return "".join(
        f'<div class="fld"><span>{_e(k)}</span><b>{_e(v)}</b></div>' for k, v in screen.fields
    )


def page_html(screen: Screen) -> str:
    """One screen's HTML."""
    skin = SKINS[screen.skin]
    if screen.kind in ("chat", "group", "sms_thread"):
        body = _bubbles(screen)
    elif screen.kind == "sms_list":
        body = _sms_list(screen)
    elif screen.kind == "call_log":
        body = _call_rows(screen)
    else:
        body = _fields(screen)
    title = screen.title or {"call_log": "通话记录", "sms_list": "信息"}.get(screen.kind, "")
    if screen.app == "photo":
        title = "身份证" if screen.kind == "id_card" else "传票"
    tabs = TABS.get((screen.app, screen.skin)) or TABS.get((screen.app, "any"), "")
    bubble = "#95ec69" if screen.app == "wechat" else skin["acc"]
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;background:{skin["bg"]};color:{skin["fg"]};font-family:{skin["font"]};font-size:16px}}
.sb{{display:flex;justify-content:space-between;padding:6px 18px;font-size:13px}}
.tb{{display:flex;justify-content:space-between;padding:10px 14px;font-size:18px;
  border-bottom:1px solid #ddd;background:#fff}}
.sep{{text-align:center;color:#999;font-size:12px;margin:14px 0 6px}}
.msg{{display:flex;flex-direction:column;margin:6px 12px}}
.msg.them{{align-items:flex-start}}.msg.me{{align-items:flex-end}}
.bub{{max-width:250px;padding:9px 12px;border-radius:8px;background:#fff;line-height:1.45}}
.me .bub{{background:{bubble};color:{"#111" if screen.app == "wechat" else "#fff"}}}
.nick{{font-size:12px;color:#888;margin-bottom:2px}}
.row{{padding:10px 16px;border-bottom:1px solid #e5e5e5;background:#fff}}
.who{{font-size:17px;display:flex;justify-content:space-between}}.who.miss{{color:#e53935}}
.who i,.pre i{{font-style:normal;color:#999;font-size:13px;margin-left:10px}}
.pre{{font-size:13px;color:#777;margin-top:3px}}
.tag{{background:#fde2e1;color:#c62828;padding:0 4px;margin-right:6px;border-radius:3px}}
.fld{{display:flex;gap:16px;padding:10px 20px;background:#fff;border-bottom:1px dashed #ccc}}
.tabs{{position:sticky;bottom:0;padding:12px;text-align:center;color:#666;background:#fafafa;
  border-top:1px solid #ddd;word-spacing:18px;margin-top:24px}}
</style></head><body>{_status(screen)}
<div class="tb"><span>‹</span><span>{_e(title)}</span><span>⋯</span></div>
{body}<div class="tabs">{_e(tabs)}</div></body></html>"""


def render_case(case: Case, out_dir: Path) -> list[Path]:
    """Render one case's screens into out_dir/<case>/ with truth.json; return the image paths."""
    from playwright.sync_api import sync_playwright

    folder = out_dir / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for screen in case.screens:
                tab = browser.new_page(
                    viewport={"width": 390, "height": 780}, device_scale_factor=2.5
                )
                tab.set_content(page_html(screen), wait_until="load")
                png = tab.screenshot(full_page=True, type="png")
                tab.close()
                image = Image.open(io.BytesIO(png)).convert("RGB")
                stamp = screen.captured.strftime("%Y%m%d_%H%M%S")
                path = folder / f"Screenshot_{stamp}_{screen.name}.jpg"
                buffer = io.BytesIO()
                image.save(buffer, "JPEG", quality=88)
                path.write_bytes(buffer.getvalue())
                paths.append(path)
        finally:
            browser.close()
    (folder / "truth.json").write_text(
        json.dumps(truth(case), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return paths


def render_all(out_dir: Path, keys: tuple[str, ...] | None = None) -> dict[str, list[Path]]:
    """Render the named cases (all by default)."""
    return {key: render_case(CASES[key], out_dir) for key in keys or tuple(CASES)}
