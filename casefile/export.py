"""Exports of a case: the evidence list (证据清单) and each draft as DOCX, PDF, Markdown or CSV.

Documents are written in Chinese (their readers are platforms, police and regulators in China).
Building the content is pure; each renderer turns the same content into bytes.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefile.model import Case
from casefile.recording_exhibits import recording_exhibit
from casefile.recordings import RECORDING_KIND
from casefile.redact import no_redaction, redactor_for
from errors import BadCaseFile, StorageError

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


def _first_date(entities: Any) -> str:
    dates = entities.get("dates", []) if isinstance(entities, dict) else []
    for value in dates:
        text = value.get("value") or value.get("date") if isinstance(value, dict) else value
        if isinstance(text, str) and text:
            return text
    return ""


def _summary(summary: str, text: str) -> str:
    if summary:
        return summary
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= SUMMARY_CHARS else flat[: SUMMARY_CHARS - 1] + "…"


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    shown = int(value) if float(value).is_integer() else value
    return f"{shown}{unit}"


def _facts(case: Case) -> list[tuple[str, str]]:
    harassment = case.harassment
    period = " 至 ".join(d for d in (harassment.started_on, harassment.last_on) if d)
    pairs = [
        ("借款人", " ".join(p for p in (case.borrower.name, case.borrower.phone) if p)),
        ("平台", " ".join(p for p in (case.platform.name, case.platform.company) if p)),
        ("平台客服电话", case.platform.service_phone),
        ("借款金额", _number(case.loan.amount, " 元")),
        ("骚扰期间", period),
        ("受骚扰的联系人", _number(harassment.contacts_affected, " 人")),
        ("电话次数", _number(harassment.calls, " 次")),
        ("短信/消息条数", _number(harassment.messages, " 条")),
        ("渠道", "、".join(harassment.channels)),
        ("催收号码", "、".join(harassment.collector_numbers)),
        ("威胁内容", "；".join(harassment.threats)),
        ("证据数量", f"{len(case.evidence)} 项"),
    ]
    return [(label, value) for label, value in pairs if value]


def drafts_from_case(case: Case) -> list[DraftDoc]:
    """Drafts kept in case.json's extra field `drafts` ({kind: text} or [{kind, text}])."""
    raw = case.extra.get("drafts")
    items: Iterable[tuple[str, Any]]
    if isinstance(raw, dict):
        items = raw.items()
    elif isinstance(raw, list):
        items = [(d.get("kind", ""), d) for d in raw if isinstance(d, dict)]
    elif raw is None:
        return []
    else:
        raise BadCaseFile(
            "案件文件的 drafts 字段应为对象或列表。",
            "The case file's `drafts` field should be an object or a list.",
            "请修正该字段后重试。",
            "Fix that field and try again.",
        )
    latest: dict[str, DraftDoc] = {}
    for kind, value in items:
        text = value.get("text", "") if isinstance(value, dict) else value
        version = value.get("version", 0) if isinstance(value, dict) else 0
        if isinstance(kind, str) and kind and isinstance(text, str) and text.strip():
            current = latest.get(kind)
            if current is None or (isinstance(version, int) and version >= current.version):
                latest[kind] = DraftDoc(kind, text, version if isinstance(version, int) else 0)
    return list(latest.values())


def build_export(
    case: Case, drafts: Sequence[DraftDoc] = (), *, redact: bool = False, title: str = ""
) -> ExportContent:
    """The content of an export: facts, one row per evidence item, recordings' text, the drafts."""
    mask: Callable[[str], str] = redactor_for(case) if redact else no_redaction
    rows = []
    recordings = []
    for item in case.evidence:
        day = item.captured_on or _first_date(item.extra.get("entities"))
        summary = _summary(mask(item.summary), mask(item.text))  # mask first: cuts hide no digits
        if item.kind == RECORDING_KIND:
            found = recording_exhibit(item)
            day = found.captured_at or day
            if found.duration and "时长" not in summary:
                summary = "；".join(part for part in (summary, f"时长 {found.duration}") if part)
            recordings.append(
                RecordingText(item.id, mask(item.file), found.captured_at, found.duration,
                              item.sha256, found.note, mask(found.text))
            )  # fmt: skip
        rows.append(
            (item.id, KIND_LABELS.get(item.kind, item.kind), day, summary, mask(item.file),
             item.sha256)
        )  # fmt: skip
    return ExportContent(
        title=mask(title or "案件材料"),
        facts=tuple((label, mask(value)) for label, value in _facts(case)),
        rows=tuple(rows),
        drafts=tuple(DraftDoc(d.kind, mask(d.text), d.version) for d in drafts),
        redacted=redact,
        recordings=tuple(recordings),
    )


# --- renderers ---------------------------------------------------------------------------------


def render_csv(content: ExportContent) -> bytes:
    """The evidence list only (a table); UTF-8 with BOM so Excel shows Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(content.rows)
    return buffer.getvalue().encode("utf-8-sig")


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render_markdown(content: ExportContent) -> bytes:
    lines = [f"# {content.title}", ""]
    if content.redacted:
        lines += ["> 本文件已对第三方的电话号码和姓名做脱敏处理。", ""]
    lines += [f"- **{label}**：{_md_cell(value)}" for label, value in content.facts]
    lines += ["", f"## {EVIDENCE_TITLE}", ""]
    lines += ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in content.rows]
    if content.recordings:
        lines += ["", f"## {RECORDINGS_TITLE}"]
    for recording in content.recordings:
        head, *rest = recording.lines()
        lines += ["", f"### {head}", ""] + [f"{line}  " for line in rest]
    for draft in content.drafts:
        lines += ["", f"## {draft.title}", "", draft.text.strip()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_docx(content: ExportContent) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        style = document.styles[style_name]
        style.font.name = DOCX_FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), DOCX_FONT)  # without it Word picks a font with no hanzi
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    document.add_heading(content.title, level=0)
    if content.redacted:
        document.add_paragraph("本文件已对第三方的电话号码和姓名做脱敏处理。")
    for label, value in content.facts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}：").bold = True
        paragraph.add_run(value)
    document.add_heading(EVIDENCE_TITLE, level=1)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = text
    for row in content.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for row in table.rows:  # the hash column: small, so 64 hex digits stay on one line
        for run in row.cells[-1].paragraphs[0].runs:
            run.font.size = Pt(7)
    if content.recordings:
        document.add_heading(RECORDINGS_TITLE, level=1)
    for recording in content.recordings:
        head, *rest = recording.lines()
        document.add_heading(head, level=2)
        for line in rest:
            document.add_paragraph(line)
    document.add_paragraph(DISCLAIMER)
    for draft in content.drafts:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # each letter on its own page
        document.add_heading(draft.title, level=1)
        for block in strip_letter_disclaimer(draft.text).split("\n"):
            document.add_paragraph(block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


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


PDF_COLUMN_WIDTHS = (12, 20, 22, 90, 46)  # mm, portrait A4 less 10 mm margins (hash below)
PDF_LINE_MM = 4.2
PDF_PAD_MM = 1.0


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


def _pdf_table(
    pdf: Any, header: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float]
) -> None:
    """A ruled table whose header repeats on every page; the last column (SHA-256) is printed
    under each row across the full width, so a hash is never cut."""
    cache: dict[str, float] = {}

    def width_of(char: str) -> float:
        if char not in cache:
            cache[char] = pdf.get_string_width(char)
        return cache[char]

    def draw(cells: Sequence[str], fill: bool) -> None:
        spans = widths if len(cells) == len(widths) else [sum(widths)]  # one cell: full width
        wrapped = [
            wrap_tokens(width_of, c, w - 2 * PDF_PAD_MM) for c, w in zip(cells, spans, strict=True)
        ]
        height = max(len(lines) for lines in wrapped) * PDF_LINE_MM + 2 * PDF_PAD_MM
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
            if not fill:
                draw(header[:-1], fill=True)
        x, y = pdf.l_margin, pdf.get_y()
        for lines, width in zip(wrapped, spans, strict=True):
            pdf.rect(x, y, width, height, style="DF" if fill else "D")
            for number, line in enumerate(lines):
                pdf.set_xy(x + PDF_PAD_MM, y + PDF_PAD_MM + number * PDF_LINE_MM)
                pdf.cell(width - 2 * PDF_PAD_MM, PDF_LINE_MM, line)
            x += width
        pdf.set_xy(pdf.l_margin, y + height)

    pdf.set_fill_color(230, 230, 230)
    header = tuple(header)
    draw(header[:-1], fill=True)
    for row in rows:
        draw(row[:-1], fill=False)
        draw((f"{row[0]} {header[-1]}：{row[-1]}",), fill=False)  # the hash: whole, full width


def render_pdf(content: ExportContent) -> bytes:
    """Portrait A4: facts and the evidence list first, then each draft on its own pages."""
    from fpdf import FPDF

    font_path, index = find_cjk_font()
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_font("cjk", fname=str(font_path), collection_font_number=index)
    pdf.set_title(content.title)
    pdf.set_creator("ContactShield")
    widths: dict[tuple[float, str], float] = {}

    def width_of(char: str) -> float:
        key = (pdf.font_size_pt, char)
        if key not in widths:
            widths[key] = pdf.get_string_width(char)
        return widths[key]

    def paragraphs(text: str, size: float, line: float) -> None:
        pdf.set_font("cjk", size=size)
        for row in wrap_tokens(width_of, text, pdf.epw):
            pdf.cell(pdf.epw, line, row, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    paragraphs(content.title, 18, 10)
    if content.redacted:
        paragraphs("本文件已对第三方的电话号码和姓名做脱敏处理。", 10, 6)
    for label, value in content.facts:
        paragraphs(f"{label}：{value}", 10, 6)
    pdf.ln(3)
    paragraphs(EVIDENCE_TITLE, 14, 9)
    pdf.set_font("cjk", size=7.5)
    _pdf_table(pdf, COLUMNS, content.rows, PDF_COLUMN_WIDTHS)
    if content.recordings:
        pdf.ln(4)
        paragraphs(RECORDINGS_TITLE, 14, 9)
    for recording in content.recordings:
        head, *rest = recording.lines()
        pdf.ln(2)
        paragraphs(head, 11, 7)
        for line in rest:
            paragraphs(line, 9, 5)
    pdf.ln(4)
    paragraphs(DISCLAIMER, 8, 4.5)
    for draft in content.drafts:
        pdf.add_page()  # each letter on its own pages
        paragraphs(draft.title, 14, 9)
        paragraphs(strip_letter_disclaimer(draft.text), 11, 7)
    return bytes(pdf.output())


RENDERERS: dict[str, Callable[[ExportContent], bytes]] = {
    "docx": render_docx,
    "pdf": render_pdf,
    "md": render_markdown,
    "csv": render_csv,
}


def export_case(
    case: Case,
    drafts: Sequence[DraftDoc],
    fmt: str,
    *,
    redact: bool = False,
    title: str = "",
) -> bytes:
    """The export of one case in one format, as bytes."""
    if fmt not in RENDERERS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
    return RENDERERS[fmt](build_export(case, drafts, redact=redact, title=title))


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (temp file in the same folder, then rename)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StorageError(
            f"无法写入 {path}（{error}）。",
            f"Cannot write {path} ({error}).",
            "请检查路径和磁盘空间。",
            "Check the path and the free disk space.",
        ) from error
