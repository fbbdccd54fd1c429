"""A voice message's bubble: its speaker mark and length, or its waveform, and the label over
its transcript. All of it is the app's drawing; the transcript under the label is the sender's
words and stays a bubble of its own.
"""

from __future__ import annotations

import re

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


def is_voice_chrome(text: str) -> bool:
    """A voice bubble's length or waveform, or the label over its transcript: no one's words."""
    return bool(_VOICE_LENGTH.match(text) or _WAVEFORM.match(text) or _TRANSCRIPT_LABEL.match(text))
