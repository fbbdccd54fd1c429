"""OCR lines with geometry → a ScreenRecord: layout first (bands, sides, rows), words as hints."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from evidence.ocr.base import OcrResult
from evidence.screens.avatars import without_badges
from evidence.screens.calls import COUNT, call_rows, first_phone
from evidence.screens.calls_notice import with_notice_calls
from evidence.screens.calls_pages import blocked_page, detail_calls
from evidence.screens.calls_seam import seam_repeats_dropped
from evidence.screens.calls_table import call_table
from evidence.screens.calls_wrap import wrapped_numbers
from evidence.screens.card import contact_card
from evidence.screens.chat_picture import over_picture, shown_thread
from evidence.screens.chrome import (
    draft_box,
    is_composer,
    is_reply_chips,
    is_tab_bar,
)
from evidence.screens.comments import comment_messages, is_comments
from evidence.screens.fields import (
    bill_fields,
    document_fields,
    id_fields,
    inbox_messages,
)
from evidence.screens.guestbook import guestbook_messages, is_guestbook
from evidence.screens.header import (
    header_line,
    header_subtitle,
    list_title,
    title_name,
)
from evidence.screens.incall import ringing_screen
from evidence.screens.lockscreen import (
    notification_stack,
    stack_missed_calls,
    watch_card,
    watch_face,
)
from evidence.screens.mail import opened_mail
from evidence.screens.merged import merged_record, record_counterpart
from evidence.screens.messages import NAME_CHIP, chat_parts, nickname_lines
from evidence.screens.owner import guess_owner
from evidence.screens.page_assistant import assistant_record
from evidence.screens.page_drawer import drawer_parts
from evidence.screens.page_frame import (
    app_family,
    bottom_chrome,
    card_buttons,
    chrome_lines,
    page_size,
    system_notices,
)
from evidence.screens.page_handset import handset_frame
from evidence.screens.page_notices import notice_history
from evidence.screens.page_popup import popup_card
from evidence.screens.page_post import feed_post, is_post_foot
from evidence.screens.page_saved import saved_items
from evidence.screens.page_search import search_results
from evidence.screens.page_settings import settings_rows
from evidence.screens.page_tablet import narrow_list_pane, times_over_bubbles
from evidence.screens.page_transcript import call_transcript
from evidence.screens.panes import conversation_pane
from evidence.screens.parties import grouped, named_pair
from evidence.screens.records import ScreenRecord
from evidence.screens.requests import request_messages
from evidence.screens.screen_kind import paper_title, screen_kind, separators
from evidence.screens.window_shot import under_viewer

_CHAT_APPS = ("wechat", "dingtalk", "qq")
# The bottom band an input box sits in when a row of shortcuts lies under it.
_SHORTCUT_BAND = 0.1


def parse_screen(
    result: OcrResult,
    captured_on: date | None = None,
    owner: str = "borrower",
    *,
    pane: bool = False,
) -> ScreenRecord:
    """Turn one screenshot's OCR lines (with boxes) into a typed record, chrome removed; the
    calls a carrier's missed-call notice tells are calls whatever page it is read on."""
    record = _read_screen(result, captured_on, owner, pane=pane)
    return with_notice_calls(record, list(result.lines), captured_on)


def _read_screen(
    result: OcrResult,
    captured_on: date | None = None,
    owner: str = "borrower",
    *,
    pane: bool = False,
) -> ScreenRecord:
    """Turn one screenshot's OCR lines (with boxes) into a typed record, chrome removed.

    `pane`: the lines are one pane of a two-pane window already, never split again (a wide
    conversation's bubbles at both sides would pass for two panes)."""
    width, height = page_size(result)
    ordered = sorted(result.lines, key=lambda ln: (ln.box[1], ln.box[0]))
    ordered = wrapped_numbers(ordered, width)
    # A tab bar ends the screen: what OCR split off under it ("语音 / 留言") is chrome too.
    tab_y = min(
        (ln.box[1] for ln in ordered if ln.box[1] > 0.3 * height and is_tab_bar(ln)), default=None
    )
    below = [ln for ln in ordered if tab_y is not None and ln.box[1] > tab_y]
    dropped = chrome_lines(ordered, width, height)
    content = [ln for ln in ordered if ln not in dropped and ln not in below]
    chrome = [ln.text for ln in ordered if ln in dropped or ln in below]
    cut = bottom_chrome(content)
    chrome += [ln.text for ln in content[cut:]]
    content = content[:cut]
    # A photographed feature phone: its carrier's status line and soft keys are the handset's.
    # They stay in view until the page's kind is told (the status line heads it like a list's
    # row), then leave it before any row is read.
    frame = handset_frame(content)
    split = conversation_pane(content, width, height) if width >= height and not pane else None
    if split is None and width >= height and not pane:
        split = narrow_list_pane(content, width, height)
    if split is not None:
        # A tablet's two panes: the open conversation is the right pane, a screen of its own.
        lines, pane_width, pane_height = split
        lines = times_over_bubbles(lines, pane_width)  # idempotent on a narrow list's pane
        inner = replace(result, lines=tuple(lines), width=pane_width, height=pane_height)
        record = parse_screen(inner, captured_on, owner, pane=True)
        return replace(record, chrome=(*chrome, *record.chrome))
    stack = notification_stack(content, width, captured_on)
    stack = stack if stack is not None else watch_card(content, width, height, captured_on)
    if stack is not None:
        # A lock screen or a watch: its cards are an inbox's rows (each its sender's), its clock
        # no title.
        missed = stack_missed_calls(content, width, captured_on)
        app = app_family(chrome)
        return ScreenRecord("sms_list", app, owner, "", stack, missed, chrome=tuple(chrome))
    if (drawer := drawer_parts(content, captured_on)) is not None:
        # A notification drawer: each card its sender's, the head row and buttons the phone's;
        # a conversation far under it (a divider over bubbles) is the screen it half covers.
        said, own, under = drawer
        if separators(under, width):
            rest = parse_screen(replace(result, lines=tuple(under)), captured_on, owner, pane=True)
            said, own = (*said, *rest.messages), [*own, *rest.chrome]
        else:
            own += [ln.text for ln in under]
        return ScreenRecord("sms_list", app_family(chrome), owner, "", said, chrome=(*chrome, *own))
    if (popup := popup_card(content, width, height, captured_on)) is not None:
        # A pop-up card (a 闪信): its words the sender's; its kind, place and buttons its own.
        said, own = popup
        return ScreenRecord("sms_list", app_family(chrome), owner, "", said, chrome=(*chrome, *own))
    face = watch_face(content, width, height)
    if face is not None:
        # A short chat on a watch: its clock and buttons are the face's, its title the chat's.
        chrome += [ln.text for ln in face[1]]
        content = [ln for ln in content if ln not in face[1]]
    if (table := call_table(content, captured_on)) is not None:
        # A table of calls (a carrier's 通话详单): each row one call, the header the page's own.
        calls, own = table
        chrome += [ln.text for ln in own]
        return ScreenRecord(
            "call_log", app_family(chrome), owner, "", calls=calls, chrome=tuple(chrome)
        )
    if (said := merged_record(content, captured_on)) is not None:
        # A merged-forward record names two parties, each message its sender's; an exported
        # history names its one other party: a 1:1 chat with them.
        other = record_counterpart(content)
        kind = "chat_1to1" if other else "group_chat"
        return ScreenRecord(kind, app_family(chrome), owner, other, said, chrome=tuple(chrome))
    if (mail := opened_mail(content, captured_on)) is not None:
        # An opened mail: the 发件人 line says who wrote, the subject over it is no one's words.
        sender, said, own = mail
        return ScreenRecord(
            "chat_1to1", app_family(chrome), owner, sender, said, chrome=(*chrome, *own)
        )
    if (heard := call_transcript(content, captured_on)) is not None:
        # A call recording's transcript: each turn its speaker's words, the summary the app's.
        number, said, own = heard
        kind = "sms_thread" if number.isdigit() else "chat_1to1"
        return ScreenRecord(kind, app_family(chrome), owner, number, said, chrome=(*chrome, *own))
    if (
        assisted := assistant_record(content, captured_on, owner, app_family(chrome), chrome)
    ) is not None:
        return assisted  # a call assistant's record: the caller's turns and call
    if (notices := notice_history(content, width, captured_on)) is not None:
        # A notice centre's history: each entry its sender's notice, the title the page's own.
        said, own = notices
        return ScreenRecord("sms_list", app_family(chrome), owner, "", said, chrome=(*chrome, *own))
    # A post's foot ("08:40 评论") reads as a chrome row; the post is found by it.
    post_lines = [ln for ln in ordered if ln in content or is_post_foot(ln.text)]
    if (post := feed_post(post_lines, captured_on)) is not None:
        # A feed's post: the author's words, each comment its commenter's; the feed's title
        # ("朋友圈") is the page's own, never a counterpart.
        said, own = post
        return ScreenRecord(
            "group_chat", app_family(chrome), owner, "", said, chrome=(*chrome, *own)
        )
    if settings_rows(content, width):  # a settings page: its title and rows are all its own
        app = app_family(chrome)
        return ScreenRecord("other", app, owner, "", chrome=(*chrome, *(ln.text for ln in content)))
    if (ring := ringing_screen(content, width)) is not None:
        # A ringing screen: nobody's words and no counted call, only the number and its tag.
        return ScreenRecord(
            "other", app_family(chrome), owner, "", fields=ring, chrome=tuple(chrome)
        )
    if (asked := request_messages(content, width, captured_on)) is not None:
        # A friend-request list: its title is chrome, each request its requester's words.
        app = app_family(chrome)
        return ScreenRecord("group_chat", app, owner, "", asked, chrome=tuple(chrome))
    if (found := search_results(content, width, height, captured_on)) is not None:
        # A search page: the box holds the query, each result row names its sender.
        who, said, own = found
        kind = "chat_1to1" if who else "group_chat"
        return ScreenRecord(kind, app_family(chrome), owner, who, said, chrome=(*chrome, *own))
    # Avatar badges ("清", "我") are nobody's words: out before the title, the rows and bubbles.
    content, badges = without_badges(content, width)
    bar = header_line(over_picture(content), width, height) or (face[0] if face else None)
    # The header's name alone: without the back glyph and the back button's label before it.
    title = replace(bar, text=title_name(bar.text)) if bar is not None else None
    # A shot in a gallery viewer is told by its own lines: the viewer's title is a time.
    shot = under_viewer(content, height)
    kind = screen_kind(shot, title, chrome, width, list_title(ordered, width, height), badges)
    app = app_family([*chrome, bar.text if bar is not None else ""])
    chrome += [ln.text for ln in frame]
    content = [ln for ln in content if ln not in frame]
    subtitle = header_subtitle(content, bar, width)
    if subtitle is not None:
        chrome.append(subtitle.text)
    body = [ln for ln in content if ln is not bar and ln is not subtitle]
    joined = "\n".join(ln.text for ln in content)
    counterpart = COUNT.sub("", title.text).strip() if title else ""
    counterpart = NAME_CHIP.sub("", counterpart).strip()  # "刘专员@微信": the name is 刘专员
    if (blocked := blocked_page(body, width, captured_on)) is not None:
        calls, said = blocked  # a blocker's page: blocked calls, and blocked texts if any
        kind = "sms_list" if said else "call_log"
        return ScreenRecord(kind, app, owner, "", said, calls, chrome=tuple(chrome))
    saved = saved_items(body, width, captured_on) if kind == "chat_1to1" else None
    if saved is not None:
        # A list of saved items: each its source's words, the title and tab bar the list's own.
        said, own = saved
        heading = [title.text] if title is not None else []
        return ScreenRecord("sms_list", app, owner, "", said, chrome=(*chrome, *heading, *own))
    match kind:
        case "call_log":
            lines = body if title and not first_phone(title.text) else content
            calls = detail_calls(lines, captured_on) or call_rows(lines, width, captured_on)
            calls = seam_repeats_dropped(calls)  # a stitched capture draws seam rows twice
            return ScreenRecord(kind, app, owner, "", calls=calls, chrome=tuple(chrome))
        case "id_card":
            fields = id_fields(joined)
            return ScreenRecord(kind, app, owner, "", fields=fields, chrome=tuple(chrome))
        case "bill":
            # A line under the title may label the bill's headline sum ("应还金额"): keep it.
            fields = bill_fields([ln for ln in content if ln is not bar])
            if title is not None:
                lender = re.split(r"[·•\s]", title.text.strip())[0]
                fields.setdefault("lender", re.sub(r"(?:我的|本期)?账单(?:详情)?$", "", lender))
            return ScreenRecord(kind, app, owner, "", fields=fields, chrome=tuple(chrome))
        case "document":
            paper = paper_title(content, width, chrome) or title
            rest = [ln for ln in content if ln is not paper]
            fields = document_fields(rest, paper.text.strip() if paper is not None else "")
            return ScreenRecord(kind, app, owner, "", fields=fields, chrome=tuple(chrome))
        case "contact_card":
            fields = contact_card(content, width) or {}
            name = fields.get("name", "")
            return ScreenRecord(kind, app, owner, name, fields=fields, chrome=tuple(chrome))
        case "sms_list":
            messages = inbox_messages(body, captured_on)
            return ScreenRecord(kind, app, owner, "", messages=messages, chrome=tuple(chrome))
        case "sms_thread":
            counterpart = first_phone(title.text) if title is not None else ""
            if app in _CHAT_APPS:  # a chat app's 1:1 chat with a number as its title
                kind = "chat_1to1"
    # A picture of a phone's screen sent in a 1:1 chat (a call log's rows, a thread): its lines
    # are no post's comments and no group's nicknames.
    unpictured = shown_thread(body, captured_on, width)[0] if kind == "chat_1to1" else body
    if kind in ("chat_1to1", "group_chat") and is_comments(unpictured, width):
        # A post's comments: each from the name before its colon, no single counterpart.
        messages = comment_messages(body, width, captured_on)
        return ScreenRecord("group_chat", app, owner, "", messages=messages, chrome=tuple(chrome))
    entries = body[:-1] if body and is_composer(body[-1], width, height) else body
    if kind in ("chat_1to1", "group_chat") and is_guestbook(entries, width):
        # A guestbook: each entry from the name over it; the title only says whose page it is.
        heading = title.text if title is not None else ""
        messages = guestbook_messages(entries, width, captured_on, heading)
        chrome += [t for t in (heading, *(ln.text for ln in body[len(entries) :])) if t]
        return ScreenRecord("group_chat", app, owner, "", messages=messages, chrome=tuple(chrome))
    names = nickname_lines(unpictured, width)
    pair = named_pair(names, counterpart) if kind in ("chat_1to1", "sms_thread") else None
    if pair is not None and not counterpart:
        counterpart = first_phone(pair) or pair  # a cropped thread: the name over it says who
        kind = "sms_thread" if first_phone(pair) and app not in _CHAT_APPS else kind
    if kind == "chat_1to1" and pair is None and grouped(names):
        kind = "group_chat"  # a family group's name says nothing; its nicknames say it all
    if (draft := draft_box(body, width, height)) is not None:
        chrome += [ln.text for ln in body[draft:]]  # a draft's box and the chips under it
        body = body[:draft]
    if body and is_composer(body[-1], width, height):
        chrome.append(body[-1].text)  # the input box, whatever its placeholder says
        body = body[:-1]
        # A row of shortcuts under the box ("常见问题 转人工") lifts it a little higher.
        if body and is_composer(body[-1], width, height, band=_SHORTCUT_BAND):
            chrome.append(body[-1].text)
            body = body[:-1]
    if body and is_reply_chips(body[-1], body[-2] if len(body) > 1 else None, height):
        chrome.append(body[-1].text)  # the phone's suggested replies, nobody's words
        body = body[:-1]
    # A bubble never spans the screen (avatars and margins flank it): a line from edge to edge
    # is a card pinned over the conversation (the item on sale, an order), nobody's words.
    notices = [ln for ln in body if ln.box[2] > 0.88 * width] + system_notices(body, width)
    notices += [ln for ln in card_buttons(body, width) if ln not in notices]
    chrome += [ln.text for ln in notices]
    talk = [ln for ln in body if ln not in notices]
    # A picture of a text thread sent in a chat (a group's: a number's thread only): its
    # messages are its sender's, kept apart.
    shown, log = (), ()
    if kind in ("chat_1to1", "group_chat"):
        talk, shown, log = shown_thread(talk, captured_on, width, kind == "chat_1to1")
    messages, calls = chat_parts(
        talk, width, captured_on, kind == "group_chat", named=pair is not None, badges=badges
    )
    if owner == "borrower":
        # Nobody said whose phone: a forwarded chat says it in its words. A user's fix
        # (corrections.fixed_record) sits on top of the record, so a guess never overrides it.
        owner = guess_owner(messages, kind) or owner
    messages, calls = messages + shown, calls + log  # the picture's rows: its phone's, named
    return ScreenRecord(
        kind, app, owner, counterpart, messages=messages, calls=calls, chrome=tuple(chrome)
    )


__all__ = ["is_tab_bar", "parse_screen"]
