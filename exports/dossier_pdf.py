"""The dossier as one portrait A4 PDF (fpdf2 with a CJK font).

Each part starts on its own page; every page says "第 x 页 共 y 页"; numbers, hashes and other
runs of Latin characters are never broken across lines.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from exports.content import DISCLAIMER, DRAFT_TITLES, find_cjk_font, wrap_tokens
from exports.dossier import (
    PICTURE_NOTE,
    REDACTION_NOTE,
    Dossier,
    exhibit_parts,
    picture_slices,
    recording_lines,
)

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 15.0
BODY_W = PAGE_W - 2 * MARGIN
FOOTER_MM = 14.0
PICTURE_W_MM = 95.0
CATALOGUE = (("编号", 13), ("类型", 20), ("截图日期", 22), ("内容", 85), ("文件", 40))
NUMBERS = (
    ("号码/发送者", 34),
    ("身份", 26),
    ("电话", 13),
    ("消息", 13),
    ("夜间", 13),
    ("首次", 21),
    ("最近", 21),
    ("证据", 20),
    ("手机标记", 19),
)


class _Pdf:
    """A thin layer over FPDF: a CJK font, wrapped text, tables, page numbers."""

    def __init__(self, title: str) -> None:
        from fpdf import FPDF

        font_path, index = find_cjk_font()

        class Paged(FPDF):
            def footer(self) -> None:
                self.set_y(-10)
                self.set_font("cjk", size=8)
                self.cell(0, 5, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")

        self.pdf = Paged(orientation="P", unit="mm", format="A4")
        pdf = self.pdf
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_auto_page_break(True, margin=FOOTER_MM)
        pdf.add_font("cjk", fname=str(font_path), collection_font_number=index)
        pdf.alias_nb_pages()
        pdf.set_title(title)
        pdf.set_creator("ContactShield")
        self.widths: dict[tuple[float, str], float] = {}

    def width_of(self, char: str) -> float:
        key = (self.pdf.font_size_pt, char)
        if key not in self.widths:
            self.widths[key] = self.pdf.get_string_width(char)
        return self.widths[key]

    def text(self, text: str, size: float = 10.5, line: float | None = None, **kw: Any) -> None:
        """Wrapped paragraphs over the body width."""
        pdf = self.pdf
        pdf.set_font("cjk", size=size)
        height = line or size * 0.55
        for row in wrap_tokens(self.width_of, text, BODY_W):
            pdf.set_x(MARGIN)
            pdf.cell(BODY_W, height, row, new_x="LMARGIN", new_y="NEXT", **kw)

    def heading(self, text: str, size: float = 15) -> None:
        self.text(text, size=size, line=size * 0.6)
        self.pdf.ln(2)

    def room(self) -> float:
        return self.pdf.page_break_trigger - self.pdf.get_y()

    def table(self, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]]) -> None:
        """A ruled table whose header repeats on a new page; no cell content breaks a number."""
        pdf = self.pdf
        widths = [w for _, w in columns]
        line_h, pad = 3.8, 0.9

        def draw(cells: Sequence[str], header: bool) -> None:
            spans = widths if len(cells) == len(widths) else [sum(widths)]  # one cell: full width
            wrapped = [
                wrap_tokens(self.width_of, c, w - 2 * pad)
                for c, w in zip(cells, spans, strict=True)
            ]
            height = max(len(lines) for lines in wrapped) * line_h + 2 * pad
            if pdf.get_y() + height > pdf.page_break_trigger:
                pdf.add_page()
                if not header:
                    draw([name for name, _ in columns], header=True)
            x, y = MARGIN, pdf.get_y()
            for lines, width in zip(wrapped, spans, strict=True):
                pdf.rect(x, y, width, height, style="DF" if header else "D")
                for number, text in enumerate(lines):
                    pdf.set_xy(x + pad, y + pad + number * line_h)
                    pdf.cell(width - 2 * pad, line_h, text)
                x += width
            pdf.set_xy(MARGIN, y + height)

        pdf.set_fill_color(232, 232, 232)
        draw([name for name, _ in columns], header=True)
        for row in rows:
            draw(row, header=False)


def _cover(doc: _Pdf, dossier: Dossier) -> None:
    pdf = doc.pdf
    pdf.add_page()
    pdf.ln(30)
    doc.text("案件材料汇编", size=24, line=14, align="C")
    doc.text(dossier.title, size=14, line=9, align="C")
    pdf.ln(8)
    doc.text(f"制作日期：{dossier.made_on}", size=11, line=7, align="C")
    pdf.ln(10)
    parts = ["一、" + (dossier.letter.title if dossier.letter else "（未附文书）")]
    parts += ["二、证据目录", f"三、{exhibit_parts(dossier)}", "四、号码与联系人、骚扰情况统计"]
    for part in parts:
        doc.text(part, size=12, line=8)
    pdf.ln(6)
    for label, value in dossier.facts:
        doc.text(f"{label}：{value}", size=10, line=6)
    pdf.set_y(max(pdf.get_y() + 6, PAGE_H - 80))
    doc.text(DISCLAIMER, size=9, line=5)
    if dossier.redacted:
        doc.text(REDACTION_NOTE, size=9, line=5)


def _letter(doc: _Pdf, dossier: Dossier) -> None:
    if dossier.letter is None:
        return
    doc.pdf.add_page()
    doc.heading(DRAFT_TITLES.get(dossier.letter.kind, dossier.letter.kind), size=16)
    doc.text(dossier.letter.text, size=11, line=7)
    _signature(doc)


def _signature(doc: _Pdf) -> None:
    if doc.room() < 30:
        doc.pdf.add_page()
    doc.pdf.ln(10)
    doc.text("签名：________________________        日期：______年____月____日", size=11, line=8)


def _catalogue(doc: _Pdf, dossier: Dossier) -> None:
    doc.pdf.add_page()
    doc.heading("证据目录")
    doc.text(PICTURE_NOTE, size=9, line=5)
    doc.pdf.ln(2)
    doc.pdf.set_font("cjk", size=7.5)
    rows: list[tuple[str, ...]] = []
    for exhibit in dossier.exhibits:
        summary = exhibit.summary + (f"【{exhibit.problem}】" if exhibit.problem else "")
        rows.append(
            (exhibit.id, exhibit.kind, exhibit.captured_on or "未知", summary, exhibit.file)
        )
        rows.append((f"{exhibit.id} SHA-256：{exhibit.sha256 or '（无）'}",))
    doc.table(CATALOGUE, rows)


def _exhibits(doc: _Pdf, dossier: Dossier) -> None:
    pdf = doc.pdf
    for exhibit in dossier.exhibits:
        pdf.add_page()
        doc.heading(f"证据 {exhibit.id}  {exhibit.kind}", size=14)
        if exhibit.recording is not None:
            for size, line in recording_lines(exhibit):
                doc.text(line, size=size, line=size * 0.55)
            continue
        doc.text(
            f"截图日期：{exhibit.captured_on or '未知'}    文件：{exhibit.file}", size=9, line=5
        )
        doc.text(f"SHA-256：{exhibit.sha256}", size=8, line=5)
        pdf.ln(2)
        if exhibit.picture is None:
            doc.text(f"【{exhibit.problem}】", size=12, line=8)
        else:
            _picture(doc, exhibit.picture, exhibit.size)
        if exhibit.text.strip():
            if doc.room() < 25:
                pdf.add_page()
                doc.text(f"证据 {exhibit.id}（续）", size=10, line=6)
            pdf.ln(3)
            doc.text("识别文字（OCR，可能有误，以截图为准）：", size=9, line=5)
            doc.text(exhibit.text.strip(), size=8, line=4.2)


def _picture(doc: _Pdf, picture: bytes, size: tuple[int, int]) -> None:
    """The picture at a readable width; a long capture continues on the next pages."""
    pdf = doc.pdf
    width_px, height_px = size
    full_height = pdf.page_break_trigger - MARGIN - 12
    width = PICTURE_W_MM
    ratio = height_px / width_px
    if width * ratio <= doc.room():
        pdf.image(io.BytesIO(picture), x=(PAGE_W - width) / 2, y=pdf.get_y(), w=width)
        pdf.set_y(pdf.get_y() + width * ratio)
        return
    if width * ratio <= doc.room() * 1.3:  # a little too tall: shrink it to fit
        width = doc.room() / ratio
        pdf.image(io.BytesIO(picture), x=(PAGE_W - width) / 2, y=pdf.get_y(), w=width)
        pdf.set_y(pdf.get_y() + width * ratio)
        return
    parts = picture_slices(picture, size, full_height / width)
    for number, part in enumerate(parts, start=1):
        if number > 1 or doc.room() < 40:
            pdf.add_page()
        doc.text(f"（截图第 {number}/{len(parts)} 段）", size=8, line=5)
        height = min(doc.room(), width * ratio)
        from PIL import Image

        with Image.open(io.BytesIO(part)) as image:
            part_ratio = image.height / image.width
        shown = min(width, height / part_ratio)
        pdf.image(io.BytesIO(part), x=(PAGE_W - shown) / 2, y=pdf.get_y(), w=shown)
        pdf.set_y(pdf.get_y() + shown * part_ratio)


def _chart(doc: _Pdf, dossier: Dossier) -> None:
    """Calls and messages per day as stacked bars, the axis limited to the contact days."""
    days = dossier.figures.per_day
    if not days:
        doc.text("证据中没有带日期的催收联系记录，无法绘制每日统计图。", size=9, line=5)
        return
    from datetime import date, timedelta

    pdf = doc.pdf
    first, last = date.fromisoformat(days[0].day), date.fromisoformat(days[-1].day)
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    by_day = {d.day: d for d in days}
    if doc.room() < 80:
        pdf.add_page()
    doc.text("每日催收联系次数（深色：电话；浅色：短信/消息）", size=10, line=6)
    top, height, left = pdf.get_y() + 2, 50.0, MARGIN + 10
    peak = max(d.calls + d.messages for d in days) or 1
    bar_w = (BODY_W - 12) / len(span)
    pdf.set_draw_color(0)
    pdf.line(left, top + height, left + bar_w * len(span), top + height)
    pdf.line(left, top, left, top + height)
    pdf.set_font("cjk", size=6.5)
    pdf.set_xy(MARGIN, top - 1)
    pdf.cell(9, 3, str(peak), align="R")
    pdf.set_xy(MARGIN, top + height - 2)
    pdf.cell(9, 3, "0", align="R")
    label_every = max(1, len(span) // 8)
    for index, day in enumerate(span):
        count = by_day.get(day.isoformat())
        x = left + index * bar_w + bar_w * 0.15
        if count:
            calls_h = height * count.calls / peak
            messages_h = height * count.messages / peak
            pdf.set_fill_color(60, 60, 60)
            if calls_h:
                pdf.rect(x, top + height - calls_h, bar_w * 0.7, calls_h, style="F")
            pdf.set_fill_color(170, 170, 170)
            if messages_h:
                pdf.rect(x, top + height - calls_h - messages_h, bar_w * 0.7, messages_h, style="F")
        if index % label_every == 0 or index == len(span) - 1:
            pdf.set_xy(left + index * bar_w - 6, top + height + 1)
            pdf.cell(bar_w + 12, 3, f"{day.month}月{day.day}日", align="C")
    pdf.set_draw_color(0)
    pdf.set_y(top + height + 8)


def _numbers(doc: _Pdf, dossier: Dossier) -> None:
    doc.pdf.add_page()
    doc.heading("号码与联系人、骚扰情况统计")
    for line in dossier.figure_lines:
        doc.text(line, size=10, line=6)
    doc.pdf.ln(3)
    _chart(doc, dossier)
    doc.pdf.ln(2)
    doc.text("证据中出现的号码与发送者（身份由本人确认；标“推定”的为程序推测）：", size=10, line=6)
    doc.pdf.set_font("cjk", size=7.5)
    doc.table(
        NUMBERS,
        [
            (
                n.sender,
                n.role,
                str(n.calls),
                str(n.messages),
                str(n.night),
                n.first_seen,
                n.last_seen,
                n.exhibits,
                n.labels,
            )
            for n in dossier.numbers
        ],
    )
    _signature(doc)


def render_dossier_pdf(dossier: Dossier) -> bytes:
    """The dossier as PDF bytes: cover, letter, catalogue, exhibits, numbers and chart."""
    doc = _Pdf(dossier.title)
    _cover(doc, dossier)
    _letter(doc, dossier)
    _catalogue(doc, dossier)
    _exhibits(doc, dossier)
    _numbers(doc, dossier)
    return bytes(doc.pdf.output())
