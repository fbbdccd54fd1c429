"""The dossier (证据卷): a letter, the evidence catalogue, every exhibit's picture, the figures.

Building the content is pure (given the exhibits' bytes); `dossier_pdf` and `dossier_docx`
render it. Exhibit pictures are re-encoded as JPEG for printing; the SHA-256 shown is always
the original file's.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from casefile.model import Case
from casefile.store.recordings import RECORDING_KIND
from evidence.entities import screenshot_date
from evidence.summary import summarise_text
from exports.content import KIND_LABELS, DraftDoc, strip_letter_disclaimer
from exports.evidence_list import _facts
from exports.recording_exhibits import RecordingExhibit, recording_exhibit
from exports.redact import Redactor, mask_phone, no_redaction, redactor_for
from understanding.figures import Figures, case_figures
from understanding.headline import Headline, headline
from understanding.roles import (
    CONTACT_ROLES,
    ROLE_LABELS,
    contact_numbers,
    number_rows,
    stored_roles,
)

DEFAULT_LETTER = "police"
REDACTION_NOTE = (
    "本材料已对借款人亲友的电话号码做脱敏处理；催收方号码未脱敏（办案需要）。"
    "截图原图未做任何处理（包括脱敏），以保持其作为证据的完整性。"
)
PICTURE_NOTE = "截图为便于打印已压缩；SHA-256 为原始文件的指纹，可用原始文件核对。"
MAX_IMAGE_WIDTH_PX = 1100
JPEG_QUALITY = 80


@dataclass(frozen=True)
class Exhibit:
    """One exhibit as printed: catalogue fields, recognised text and the picture (if found)."""

    id: str
    kind: str
    captured_on: str
    summary: str
    file: str
    sha256: str
    text: str
    picture: bytes | None  # JPEG ready to print; None when the file is missing or unreadable
    size: tuple[int, int]  # picture's pixels
    problem: str  # why there is no picture ("" when there is one, or for a recording)
    recording: RecordingExhibit | None = None  # a call recording: duration, time, transcript


@dataclass(frozen=True)
class NumberLine:
    sender: str
    role: str
    calls: int
    messages: int
    night: int
    first_seen: str
    last_seen: str
    exhibits: str
    labels: str


@dataclass(frozen=True)
class Dossier:
    title: str
    made_on: str
    facts: tuple[tuple[str, str], ...]
    figures: Figures
    figure_lines: tuple[str, ...]
    letter: DraftDoc | None
    exhibits: tuple[Exhibit, ...]
    numbers: tuple[NumberLine, ...]
    redacted: bool
    signer: str


def printable_picture(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """The image as a JPEG no wider than MAX_IMAGE_WIDTH_PX (small JPEGs pass through)."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as image:
        image = ImageOps.exif_transpose(image)
        if (
            image.format == "JPEG"
            and image.mode in ("RGB", "L")
            and image.width <= MAX_IMAGE_WIDTH_PX
            and len(data) < 1_500_000
        ):
            return data, image.size
        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            background = Image.new("RGB", image.size, (255, 255, 255))
            background.paste(image, mask=image.getchannel("A"))
            image = background
        else:
            image = image.convert("RGB")
        if image.width > MAX_IMAGE_WIDTH_PX:
            height = round(image.height * MAX_IMAGE_WIDTH_PX / image.width)
            image = image.resize((MAX_IMAGE_WIDTH_PX, height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return buffer.getvalue(), image.size


def picture_slices(picture: bytes, size: tuple[int, int], max_ratio: float) -> list[bytes]:
    """A long capture cut into parts no taller than `max_ratio` × width (JPEG each)."""
    width, height = size
    if height <= width * max_ratio * 1.02:
        return [picture]
    from PIL import Image

    step = int(width * max_ratio)
    parts = []
    with Image.open(io.BytesIO(picture)) as image:
        image = image.convert("RGB")
        for top in range(0, height, step):
            buffer = io.BytesIO()
            image.crop((0, top, width, min(top + step, height))).save(
                buffer, "JPEG", quality=JPEG_QUALITY
            )
            parts.append(buffer.getvalue())
    return parts


def case_file_pictures(case: Case, case_path: Path) -> dict[str, bytes | None]:
    """Each exhibit's original bytes, its `file` resolved relative to the case file (or None)."""
    base = Path(case_path).resolve().parent
    found: dict[str, bytes | None] = {}
    for item in case.evidence:
        path = Path(item.file) if item.file else None
        if path is not None and not path.is_absolute():
            path = base / path
        try:
            found[item.id] = path.read_bytes() if path is not None and path.is_file() else None
        except OSError:
            found[item.id] = None
    return found


def with_file_hashes(case: Case, case_path: Path) -> Case:
    """The case with each empty `sha256` computed from its file (relative to the case file)."""
    base = Path(case_path).resolve().parent
    items = []
    for item in case.evidence:
        path = Path(item.file) if item.file else None
        if path is not None and not path.is_absolute():
            path = base / path
        if not item.sha256 and path is not None and path.is_file():
            # An unreadable file keeps its empty hash; its exhibit says the file is missing.
            with contextlib.suppress(OSError):
                item = replace(item, sha256=hashlib.sha256(path.read_bytes()).hexdigest())
        items.append(item)
    return replace(case, evidence=tuple(items))


def dossier_redactor(case: Case) -> Redactor:
    """Masks only the borrower's contacts' numbers (and known third-party names)."""
    base = redactor_for(case)
    confirmed = {s for s, r in stored_roles(case).items() if r in CONTACT_ROLES and s.isdigit()}
    contacts = frozenset(contact_numbers(number_rows(case))) | confirmed
    return _ContactsOnly(base.keep_phones, base.names, contacts)


@dataclass(frozen=True)
class _ContactsOnly(Redactor):
    contacts: frozenset[str] = frozenset()

    def phone(self, match: re.Match[str]) -> str:
        number = re.sub(r"\D", "", match.group(0))
        number = number[2:] if len(number) == 13 and number.startswith("86") else number
        return mask_phone(number) if number in self.contacts else match.group(0)


def _counted(shown: int, counted: int) -> str:
    return "" if shown == counted else f"（证据中可数 {counted}）"


def _figure_lines(figures: Figures, shown: Headline) -> list[str]:
    lines = []
    if shown.period:
        lines.append(f"骚扰期间：{shown.period}")
    lines.append(
        f"催收电话：{shown.calls} 次{_counted(shown.calls, shown.calls_counted)}；"
        f"催收短信/消息：{shown.messages} 条{_counted(shown.messages, shown.messages_counted)}"
    )
    if figures.timed:
        share = round(100 * figures.night / figures.timed)
        lines.append(
            f"夜间（22:00—08:00）联系：{figures.night} 次，"
            f"占有时间记录的 {figures.timed} 次中的 {share}%"
        )
    if figures.days:
        lines.append(f"有联系的天数：{figures.days} 天；最长连续 {figures.longest_run} 天")
    lines.append(
        f"受骚扰的联系人：{shown.contacts} 人{_counted(shown.contacts, shown.contacts_counted)}"
    )
    if shown.collectors:
        lines.append(f"催收号码：{'、'.join(shown.collectors)}")
    if figures.exhibits:
        lines.append(f"以上数字来自证据：{'、'.join(figures.exhibits)}")
    return lines


def _with_duration(summary: str, recording: RecordingExhibit | None) -> str:
    """A recording's catalogue line always says how long it is."""
    if recording is None or not recording.duration or "时长" in summary:
        return summary
    return "；".join(part for part in (summary, f"时长 {recording.duration}") if part)


def build_dossier(
    case: Case,
    pictures: Mapping[str, bytes | None],
    letter: DraftDoc | None,
    *,
    redact: bool = False,
    title: str = "",
    made_on: str = "",
) -> Dossier:
    """The dossier's content; `pictures` maps exhibit ids to original bytes (None = missing)."""
    mask: Callable[[str], str] = dossier_redactor(case) if redact else no_redaction
    rows = number_rows(case)
    figures = case_figures(case)
    exhibits = []
    for item in case.evidence:
        data = pictures.get(item.id)
        picture, size, problem = None, (0, 0), ""
        recording = None
        if item.kind == RECORDING_KIND:  # no picture: the transcript is printed as text
            found = recording_exhibit(item)
            recording = replace(found, text=mask(found.text))
            if data is None:
                problem = "文件缺失：未找到录音原文件"
        elif data is None:
            problem = "文件缺失：未找到原始截图文件"
        else:
            try:
                picture, size = printable_picture(data)
            except Exception:  # Pillow raises many types for a broken or non-image file
                problem = "文件无法作为图片打开"
        summary = item.summary or (summarise_text(item.kind, item.text) if item.text else "")
        exhibits.append(
            Exhibit(
                id=item.id,
                kind=KIND_LABELS.get(item.kind, item.kind),
                captured_on=item.captured_on or screenshot_date(item.text),
                summary=_with_duration(mask(summary), recording),
                file=item.file.rsplit("/", 1)[-1],
                sha256=item.sha256,
                text=mask(item.text),
                picture=picture,
                size=size,
                problem=problem,
                recording=recording,
            )
        )
    numbers = tuple(
        NumberLine(
            sender=mask_phone(row.sender)
            if redact and row.is_number and row.is_contact
            else row.sender,
            role=ROLE_LABELS[row.role]
            + ("" if row.confirmed or row.role == "unknown" else "（推定）"),
            calls=row.calls,
            messages=row.messages,
            night=row.night,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
            exhibits="、".join(row.exhibits),
            labels="、".join(row.labels),
        )
        for row in rows
    )
    text = strip_letter_disclaimer(letter.text) if letter else ""
    return Dossier(
        title=title or "案件材料",
        made_on=made_on or date.today().isoformat(),
        facts=tuple((label, mask(value)) for label, value in _facts(case)),
        figures=figures,
        figure_lines=tuple(_figure_lines(figures, headline(case, figures))),
        letter=DraftDoc(letter.kind, mask(text), letter.version) if letter else None,
        exhibits=tuple(exhibits),
        numbers=numbers,
        redacted=redact,
        signer=case.borrower.name,
    )


def exhibit_parts(dossier: Dossier) -> str:
    """The cover's name of part three: what the exhibits are."""
    if any(exhibit.recording is not None for exhibit in dossier.exhibits):
        return "证据（截图原件打印件、通话录音转写文字）"
    return "证据（截图原件打印件）"


def recording_lines(exhibit: Exhibit) -> list[tuple[float, str]]:
    """(font size, line) of a recording's exhibit page: facts, then the transcript as text."""
    recording = exhibit.recording
    assert recording is not None
    when, duration = recording.captured_at or "未知", recording.duration or "未知"
    lines = [
        (9.0, f"录音时间：{when}    时长：{duration}"),
        (9.0, f"文件：{exhibit.file}"),
        (8.0, f"SHA-256：{exhibit.sha256}"),
    ]
    if exhibit.problem:
        lines.append((12.0, f"【{exhibit.problem}】"))
    lines.append((10.0, f"转写文字（{recording.note}；以录音原文件为准）："))
    lines += [(9.0, line) for line in recording.text.splitlines() or ["（没有转写文字）"]]
    return lines


def pick_letter(drafts: Sequence[DraftDoc], kind: str = DEFAULT_LETTER) -> DraftDoc | None:
    """The draft of `kind` among the drafts, else None."""
    return next((d for d in drafts if d.kind == kind), None)
