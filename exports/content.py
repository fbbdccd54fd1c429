"""What an export holds and how its text is set: formats, titles, columns, the CJK font, wrapping.

Shared by the evidence list and the dossier, so both documents look alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casefile.store.recordings import RECORDING_KIND
from errors import StorageError

FORMATS = ("docx", "pdf", "md", "csv")
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "md": "text/markdown",
    "csv": "text/csv",
}
KIND_LABELS = {
    "chat": "聊天记录",
    "sms": "短信",
    "call_log": "通话记录",
    "social": "社交平台",
    "email": "邮件",
    "im": "即时通讯",
    "other": "其他",
    RECORDING_KIND: "通话录音",
}
DRAFT_TITLES = {
    "platform": "致平台函",
    "police": "报案材料",
    "regulator": "监管投诉",
    "contacts": "致亲友的说明",
    "deletion": "删除个人信息申请",
    "evidence_list": "证据清单",
}
COLUMNS = ("编号", "类型", "日期", "摘要", "文件", "SHA-256")
EVIDENCE_TITLE = "证据清单"
RECORDINGS_TITLE = "通话录音转写文字"
CJK_FONT_CANDIDATES = (  # (path, index in a collection): the Simplified Chinese face
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"), 0),
    (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
)
DOCX_FONT = "Noto Sans CJK SC"
SUMMARY_CHARS = 60


@dataclass(frozen=True)
class DraftDoc:
    """One draft to export."""

    kind: str
    text: str
    version: int = 0

    @property
    def title(self) -> str:
        return DRAFT_TITLES.get(self.kind, self.kind)


@dataclass(frozen=True)
class RecordingText:
    """A recording's transcript as the evidence list prints it below the table."""

    id: str
    file: str
    captured_at: str
    duration: str
    sha256: str
    note: str  # 机器转写，未经核对 / 用户已核对修改
    text: str

    def lines(self) -> list[str]:
        """The facts, then the transcript (one line a segment)."""
        return [
            f"{self.id}　通话录音　{self.file}",
            f"录音时间：{self.captured_at or '未知'}；时长：{self.duration or '未知'}",
            f"SHA-256：{self.sha256}",
            f"转写文字（{self.note}；以录音原文件为准）：",
            *(self.text.splitlines() or ["（没有转写文字）"]),
        ]


@dataclass(frozen=True)
class ExportContent:
    """Everything an export shows, already redacted when asked."""

    title: str
    facts: tuple[tuple[str, str], ...]
    rows: tuple[tuple[str, str, str, str, str, str], ...]
    drafts: tuple[DraftDoc, ...]
    redacted: bool
    recordings: tuple[RecordingText, ...] = ()


def find_cjk_font() -> tuple[Path, int]:
    """A font file with Simplified Chinese glyphs (and its index inside a collection)."""
    for path, index in CJK_FONT_CANDIDATES:
        if path.is_file():
            return path, index
    raise StorageError(
        "找不到中文字体，无法生成 PDF。",
        "No Chinese font found; cannot write the PDF.",
        "请安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk），或改用 DOCX 导出。",
        "Install fonts-noto-cjk (sudo apt-get install fonts-noto-cjk) or export DOCX instead.",
    )


_TOKEN = re.compile(r"[0-9A-Za-z*+#@._:/\-]+|\s|.", re.S)


def wrap_tokens(width_of: Callable[[str], float], text: str, width: float) -> list[str]:
    """Lines no wider than `width`; runs of digits/Latin (phones, hashes) move whole to the
    next line and are cut only when longer than a line. CJK text breaks between characters.

    Linear in the text's length; fpdf2's own table wrapping is quadratic per cell and made a
    200-item evidence list take seconds.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for token in _TOKEN.findall(paragraph):
            token_width = sum(width_of(c) for c in token)
            if line and used + token_width > width:
                lines.append(line.rstrip())
                line, used = "", 0.0
                if token.isspace():
                    continue
            if token_width > width:  # longer than a whole line: cut it by characters
                for char in token:
                    if line and used + width_of(char) > width:
                        lines.append(line)
                        line, used = "", 0.0
                    line += char
                    used += width_of(char)
                continue
            line += token
            used += token_width
        lines.append(line.rstrip())
    return lines


_LETTER_DISCLAIMER = re.compile(r"\s*（提示：本文书由通讯录护盾[^）]*）\s*")
DISCLAIMER = (
    "本材料由通讯录护盾（离线工具）根据用户上传的截图和填写的事实整理，仅供参考，不构成法律意见；"
    "提交前请逐项核对。"
)


def strip_letter_disclaimer(text: str) -> str:
    """A letter's text without the tool's trailing disclaimer (it goes once on the first page)."""
    return _LETTER_DISCLAIMER.sub("\n", text).strip()
