"""A voice message's bubble: its speaker mark and length, or its waveform, and the label over
its transcript. All of it is the app's drawing; the transcript under the label is the sender's
words and stays a bubble of its own. A voice or video call drawn as a bubble is a call.
"""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.ocr.base import OcrLine
from evidence.screens.records import CallRow

# A voice message's length ("11\"", "9''"): the bubble holds no words; its transcript, when
# shown, is the bubble under it.
_SECONDS_MARK = r"\d{1,3}\s*(?:[\"”″]|'{1,2}|’{1,2})"
# The speaker mark before it (after it on the owner's side) reads as a ring and its waves:
# "O)) 11\"", "◉)) 9″", "12\" ((•".
_SPEAKER_MARK = r"[^\s\w]?[OoD0CcQ@©®•●◉○]?\s*[)）]{1,3}"
_MIRRORED_MARK = r"[(（]{1,3}\s*[OoD0CcQ@©®•●◉○]?[^\s\w]?"
_VOICE_LENGTH = re.compile(
    rf"^(?:{_SPEAKER_MARK}\s*)?{_SECONDS_MARK}$|^{_SECONDS_MARK}\s*{_MIRRORED_MARK}$"
)
# The label an app draws over a voice bubble's transcript ("转文字"): the app's, while the
# transcript under it is the sender's words.
_TRANSCRIPT_LABEL = re.compile(
    r"^(?:语音)?转文字(?:完成|结果)?$|^(?:Transcript|Transcribed)$", re.I
)
# A voice bubble drawn as a play mark and a waveform before its length: OCR reads the bars as
# strokes ("llulıllı 18\""). A voice message, never words.
_WAVEFORM = re.compile(r"^[▶►▷>]?\s*[lıiIu|!¦1]{3,}\s*\d{1,3}\s*(?:[\"”″]|'{1,2}|’{1,2})$")


# A voice bubble's head on one line: the word "voice", its length, the transcript label
# ("语音 7″ 转文字"): the app's drawing over the transcript.
_VOICE_HEAD = re.compile(
    rf"^(?:语音|Voice)\s*{_SECONDS_MARK}\s*(?:(?:语音)?转文字(?:完成|结果)?|Transcript|Transcribed)?$",
    re.I,
)


def is_voice_chrome(text: str) -> bool:
    """A voice bubble's length or waveform, or the label over its transcript: no one's words."""
    if _VOICE_HEAD.match(text):
        return True
    return bool(_VOICE_LENGTH.match(text) or _WAVEFORM.match(text) or _TRANSCRIPT_LABEL.match(text))


# A voice or video call drawn as a bubble: a call of the counterpart's, never their words. The
# bubble's phone icon reads as one glyph before the words: a letter, or a digit ("8未接听").
_CALL_BUBBLE = re.compile(
    r"^(?:[A-Za-z]|\d(?=\D))?(?:语音通话|视频通话)?(?:通话时长\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}[:：]\d{2}"
    r"|(?:对方)?已取消|(?:对方)?已拒绝|(?:对方)?已挂断|对方无应答|(?:对方)?未接听|(?:对方)?未接通"
    r"|忙线未接听|对方忙线中?|连接失败|通话中断|聊天中断|通话已结束)(?:语音通话|视频通话)?[A-Za-z]?$"
)


def call_bubble(texts: list[str], side: str, time: str) -> CallRow | None:
    """A voice or video call bubble ("通话时长 01:12", "对方已取消") as a call row."""
    flat = re.sub(r"[^\w:：\u4e00-\u9fff]+", "", "".join(texts))
    if not _CALL_BUBBLE.match(flat) or re.fullmatch(r"[A-Za-z]?\d{1,2}[:：]\d{2}", flat):
        return None  # a bare clock is a time, never a call
    if side == "out":
        direction = "outgoing"
    else:
        direction = "incoming" if re.search(r"\d[:：]\d", flat) else "missed"
    # Who called is the chat's counterpart: the record's, not a saved name of the row's own.
    return CallRow(direction=direction, time=time)


def voice_heads_folded(lines: list[OcrLine]) -> list[OcrLine]:
    """The lines without the voice bubbles' heads (the length, the transcript label): a head
    with its transcript right under it, on its column, hands the transcript its top, so the
    bubble still hangs right under its sender's name; a head alone just goes."""
    out: list[OcrLine] = []
    top: int | None = None  # the top of the head over the line now read
    for index, line in enumerate(lines):
        x, y, w, h = line.box
        if is_voice_chrome(line.text.strip()):
            nxt = lines[index + 1] if index + 1 < len(lines) else None
            under = nxt is not None and not is_voice_chrome(nxt.text.strip())
            # Inside one bubble the transcript follows as a wrapped line would; a length drawn
            # as a bubble of its own sits a bubble's padding above the next.
            if under and abs(nxt.box[0] - x) < h and -h / 2 <= nxt.box[1] - (y + h) < h / 3:  # type: ignore[union-attr]
                top = y
            continue
        if top is not None:
            line = replace(line, box=(x, top, w, y + h - top))
            top = None
        out.append(line)
    return out
