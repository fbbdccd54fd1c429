"""The dossier as DOCX, for people who edit in Word: same parts as the PDF, page numbers in the
footer, each part on its own page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from exports.content import DISCLAIMER, DOCX_FONT, DRAFT_TITLES, find_cjk_font
from exports.dossier import PICTURE_NOTE, REDACTION_NOTE, Dossier, picture_slices, recording_lines
from understanding.figures import DayCount

PICTURE_W_MM = 95
MAX_PART_RATIO = 2.3  # taller parts of a long capture go on the next page


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) Word fills in when it lays out the pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for tag, text in (("begin", None), ("instr", instruction), ("end", None)):
        if tag == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), tag)
        run._r.append(element)


def chart_png(days: Sequence[DayCount]) -> bytes:
    """Calls (dark) and messages (light) per day as a PNG, the axis spanning the contact days."""
    from PIL import Image, ImageDraw, ImageFont

    first, last = date.fromisoformat(days[0].day), date.fromisoformat(days[-1].day)
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    by_day = {d.day: d for d in days}
    width, height, left, bottom = 1200, 420, 60, 50
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    path, index = find_cjk_font()
    font = ImageFont.truetype(str(path), 18, index=index)
    peak = max(d.calls + d.messages for d in days) or 1
    plot_h = height - bottom - 20
    bar_w = (width - left - 20) / len(span)
    draw.line((left, 20, left, 20 + plot_h), fill="black", width=2)
    draw.line((left, 20 + plot_h, width - 20, 20 + plot_h), fill="black", width=2)
    draw.text((8, 12), str(peak), fill="black", font=font)
    draw.text((30, plot_h + 8), "0", fill="black", font=font)
    every = max(1, len(span) // 8)
    for i, day in enumerate(span):
        count = by_day.get(day.isoformat())
        x = left + i * bar_w + bar_w * 0.15
        base = 20 + plot_h
        if count:
            for value, colour in ((count.calls, (60, 60, 60)), (count.messages, (170, 170, 170))):
                h = plot_h * value / peak
                if h:
                    draw.rectangle((x, base - h, x + bar_w * 0.7, base), fill=colour)
                    base -= h
        if i % every == 0 or i == len(span) - 1:
            draw.text(
                (min(x - 10, width - 80), 20 + plot_h + 10),
                f"{day.month}月{day.day}日",
                fill="black",
                font=font,
            )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def render_dossier_docx(dossier: Dossier) -> bytes:
    """The dossier as DOCX bytes."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        style = document.styles[style_name]
        style.font.name = DOCX_FONT
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), DOCX_FONT)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("第 ")
    _field(footer, "PAGE")
    footer.add_run(" 页 共 ")
    _field(footer, "NUMPAGES")
    footer.add_run(" 页")

    def new_page() -> None:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(header: list[str], rows: list[list[str]], size: float = 8) -> None:
        grid = document.add_table(rows=1, cols=len(header))
        grid.style = document.styles["Table Grid"]
        for cell, text in zip(grid.rows[0].cells, header, strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(grid.add_row().cells, row, strict=True):
                cell.text = text
        for grid_row in grid.rows:
            for cell in grid_row.cells:
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(size)

    document.add_heading("案件材料汇编", level=0)
    document.add_paragraph(dossier.title)
    document.add_paragraph(f"制作日期：{dossier.made_on}")
    for label, value in dossier.facts:
        document.add_paragraph(f"{label}：{value}")
    document.add_paragraph(DISCLAIMER)
    if dossier.redacted:
        document.add_paragraph(REDACTION_NOTE)
    if dossier.letter is not None:
        new_page()
        document.add_heading(DRAFT_TITLES.get(dossier.letter.kind, dossier.letter.kind), level=1)
        for block in dossier.letter.text.split("\n"):
            document.add_paragraph(block)
        document.add_paragraph("签名：____________________    日期：______年____月____日")
    new_page()
    document.add_heading("证据目录", level=1)
    document.add_paragraph(PICTURE_NOTE)
    table(
        ["编号", "类型", "截图日期", "内容", "文件", "SHA-256"],
        [
            [
                e.id,
                e.kind,
                e.captured_on,
                e.summary + (f"【{e.problem}】" if e.problem else ""),
                e.file,
                e.sha256,
            ]
            for e in dossier.exhibits
        ],
        size=7,
    )
    for exhibit in dossier.exhibits:
        new_page()
        document.add_heading(f"证据 {exhibit.id}  {exhibit.kind}", level=2)
        if exhibit.recording is not None:
            for size, line in recording_lines(exhibit):
                document.add_paragraph(line).runs[0].font.size = Pt(size)
            continue
        document.add_paragraph(f"截图日期：{exhibit.captured_on or '未知'}    文件：{exhibit.file}")
        document.add_paragraph(f"SHA-256：{exhibit.sha256}").runs[0].font.size = Pt(8)
        if exhibit.picture is None:
            document.add_paragraph(f"【{exhibit.problem}】")
        else:
            for part in picture_slices(exhibit.picture, exhibit.size, MAX_PART_RATIO):
                document.add_picture(io.BytesIO(part), width=Mm(PICTURE_W_MM))
        if exhibit.text.strip():
            document.add_paragraph("识别文字（OCR，可能有误，以截图为准）：")
            document.add_paragraph(exhibit.text.strip()).runs[0].font.size = Pt(8)
    new_page()
    document.add_heading("号码与联系人、骚扰情况统计", level=1)
    for line in dossier.figure_lines:
        document.add_paragraph(line)
    if dossier.figures.per_day:
        document.add_paragraph("每日催收联系次数（深色：电话；浅色：短信/消息）")
        document.add_picture(io.BytesIO(chart_png(dossier.figures.per_day)), width=Mm(170))
        table(
            ["日期", "电话", "短信/消息", "夜间", "证据"],
            [
                [d.day, str(d.calls), str(d.messages), str(d.night), "、".join(d.exhibits)]
                for d in dossier.figures.per_day
            ],
        )
    document.add_paragraph()
    table(
        ["号码/发送者", "身份", "电话", "消息", "夜间", "首次", "最近", "证据", "手机标记"],
        [
            [n.sender, n.role, str(n.calls), str(n.messages), str(n.night), n.first_seen,
             n.last_seen, n.exhibits, n.labels]
            for n in dossier.numbers
        ],
    )  # fmt: skip
    document.add_paragraph("签名：____________________    日期：______年____月____日")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
