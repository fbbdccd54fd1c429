"""Each screenshot's parsed record beside its picture, with one-click fixes (the facts page).

What the app understood from a screen — what kind it is, whose phone, with whom, every message
with its side and time, every call row — is shown next to the picture, so a wrong attribution is
seen and fixed at once: "这是我和老板的聊天" sets the chat's counterpart role, "这是妈妈手机的截图"
marks the screen as forwarded from a contact's phone. Fixes are kept in the case and in the
record (corrections.store_fix), and every figure is derived again from them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
import streamlit as st

import services
from corrections import COUNTERPART_ROLES, OWNERS, record_of, screen_fixes, store_fix
from errors import ContactShieldError
from services import tr

CHAT_KINDS = ("chat_1to1", "group_chat", "sms_thread")
KINDS = ("chat_1to1", "group_chat", "sms_thread", "sms_list", "call_log", "contact_card")
KINDS += ("document", "id_card", "bill", "other")
APPS = ("wechat", "dingtalk", "qq", "miui", "harmonyos", "coloros", "ios", "unknown")


def _known(prefix: str, value: str, known: tuple[str, ...]) -> str:
    return tr(f"{prefix}.{value}") if value in known else value or tr(f"{prefix}.unknown")


def owner_text(record: Mapping[str, Any]) -> str:
    """Whose phone: "我自己的手机", or "亲属的手机（妈妈）"."""
    owner = str(record.get("owner") or "borrower")
    text = tr(f"screens.owner.{owner}") if owner in OWNERS else owner
    name = str(record.get("owner_name") or "")
    return f"{text}（{name}）" if name else text


def summary_line(record: Mapping[str, Any]) -> str:
    """One line: kind · app · whose phone · with whom."""
    kind = _known("screens.kind", str(record.get("kind", "")), KINDS)
    app = _known("screens.app", str(record.get("app", "")), APPS)
    who = str(record.get("counterpart") or "") or tr("screens.nobody")
    role = str(record.get("counterpart_role") or "")
    if role:
        who = f"{who}（{tr(f'evidence.role.{role}')}）"
    return tr("screens.summary", kind=kind, app=app, owner=owner_text(record), who=who)


def messages_frame(record: Mapping[str, Any]) -> pd.DataFrame:
    """The messages: side (对方 / 我), sender, time, whole text."""
    rows = [
        {
            tr("screens.col.side"): tr(f"screens.side.{m.get('side', 'in')}"),
            tr("screens.col.sender"): m.get("sender") or "",
            tr("screens.col.time"): (m.get("time") or "").replace("T", " "),
            tr("screens.col.text"): m.get("text") or "",
        }
        for m in record.get("messages", ())
    ]
    return pd.DataFrame(rows)


def calls_frame(record: Mapping[str, Any]) -> pd.DataFrame:
    """The call rows: number, saved name, count, direction, time, the phone's tag."""
    rows = [
        {
            tr("screens.col.number"): c.get("number") or "",
            tr("screens.col.name"): c.get("name") or "",
            tr("screens.col.count"): int(c.get("count") or 1),
            tr("screens.col.direction"): tr(f"screens.direction.{c['direction']}")
            if c.get("direction") in ("missed", "incoming", "outgoing")
            else "",
            tr("screens.col.time"): (c.get("time") or "").replace("T", " "),
            tr("screens.col.tag"): c.get("tag") or "",
        }
        for c in record.get("calls", ())
    ]
    return pd.DataFrame(rows)


def show_record(record: Mapping[str, Any], key: str) -> None:
    """The parsed record, read-only."""
    st.markdown(summary_line(record))
    if record.get("messages"):
        st.dataframe(messages_frame(record), hide_index=True, width="stretch", key=f"{key}.msgs")
    if record.get("calls"):
        st.dataframe(calls_frame(record), hide_index=True, width="stretch", key=f"{key}.calls")
    fields = record.get("fields") or {}
    if fields:
        st.caption(tr("screens.fields", fields="；".join(f"{k}：{v}" for k, v in fields.items())))
    if not (record.get("messages") or record.get("calls") or fields):
        st.caption(tr("screens.nothing_read"))


def show_picture(case_id: str, item: Any) -> None:
    """The screenshot itself at the column's width, or a note when it cannot be shown."""
    preview = services.evidence_preview(case_id, item.id, item.sha256)
    if preview is None:
        st.caption(tr("evidence.no_preview"))
    else:
        st.image(preview, width="stretch")


def _fix_buttons(record: Mapping[str, Any], key: str, apply: Callable[..., None]) -> None:
    """One click each: who the chat is with, and whose phone the screenshot was taken on."""
    if record.get("kind") in CHAT_KINDS or record.get("counterpart"):
        who = st.text_input(
            tr("screens.counterpart_label"),
            value=str(record.get("counterpart") or ""),
            key=f"{key}.who",
            help=tr("screens.counterpart_help"),
        )
        columns = st.columns(len(COUNTERPART_ROLES))
        for column, role in zip(columns, COUNTERPART_ROLES, strict=True):
            if column.button(tr(f"screens.chat_with.{role}"), key=f"{key}.with.{role}"):
                changed = who.strip() if who.strip() != record.get("counterpart") else ""
                apply(counterpart=changed, counterpart_role=role)
    name = st.text_input(
        tr("screens.owner_name_label"),
        value=str(record.get("owner_name") or ""),
        key=f"{key}.owner_name",
        placeholder=tr("screens.owner_name_placeholder"),
    )
    columns = st.columns(len(OWNERS))
    for column, owner in zip(columns, OWNERS, strict=True):
        if column.button(tr(f"screens.phone_of.{owner}"), key=f"{key}.owner.{owner}"):
            apply(owner=owner, owner_name="" if owner == "borrower" else name)


def show_screens(
    store: Any, case_id: str, case: Any, flash: Callable[[str], None], lang: str
) -> None:
    """Every screenshot of the case with its record and fixes; a fix re-derives the facts."""
    fixes = screen_fixes(case)
    shown = [(item, record) for item in case.evidence if (record := record_of(item)) is not None]
    if not shown:
        st.caption(tr("screens.none"))
        return
    for item, record in shown:
        mark = f" ✏️ {tr('screens.fixed')}" if item.id in fixes else ""
        title = f"{item.id} · {item.file} · {summary_line(record)}{mark}"
        with st.expander(title, expanded=False):
            left, right = st.columns([2, 3])
            with left:
                show_picture(case_id, item)
            with right:
                key = f"screens.{item.id}"
                show_record(record, key)

                def apply(exhibit: str = item.id, **fix: str) -> None:
                    try:
                        store_fix(store, case_id, exhibit, **fix)
                    except ContactShieldError as error:
                        st.error(error.message(lang))
                        return
                    flash(tr("screens.fix_saved", id=exhibit))
                    st.rerun()

                _fix_buttons(record, key, apply)
