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
from pathlib import Path
from typing import Any

from casefile.model import Case
from casefile.store.recordings import RECORDING_KIND
from errors import BadCaseFile, StorageError
from exports.content import (
    COLUMNS,
    DISCLAIMER,
    DOCX_FONT,
    EVIDENCE_TITLE,
    FORMATS,
    KIND_LABELS,
    RECORDINGS_TITLE,
    SUMMARY_CHARS,
    DraftDoc,
    ExportContent,
    RecordingText,
    find_cjk_font,
    strip_letter_disclaimer,
    wrap_tokens,
)
from exports.recording_exhibits import recording_exhibit
from exports.redact import no_redaction, redactor_for
from understanding.headline import headline


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


def _known(shown: int, stated: int | None, unit: str) -> str:
    # Blank, not "0", when the facts are silent and the evidence counts nothing.
    return _number(shown if shown or stated is not None else None, unit)


def _facts(case: Case) -> list[tuple[str, str]]:
    harassment = case.harassment
    shown = headline(case)
    pairs = [
        ("借款人", " ".join(p for p in (case.borrower.name, case.borrower.phone) if p)),
        ("平台", " ".join(p for p in (case.platform.name, case.platform.company) if p)),
        ("平台客服电话", case.platform.service_phone),
        ("借款金额", _number(case.loan.amount, " 元")),
        ("骚扰期间", shown.period),
        ("受骚扰的联系人", _known(shown.contacts, harassment.contacts_affected, " 人")),
        ("电话次数", _known(shown.calls, harassment.calls, " 次")),
        ("短信/消息条数", _known(shown.messages, harassment.messages, " 条")),
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


PDF_COLUMN_WIDTHS = (12, 20, 22, 90, 46)  # mm, portrait A4 less 10 mm margins (hash below)
PDF_LINE_MM = 4.2
PDF_PAD_MM = 1.0


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
