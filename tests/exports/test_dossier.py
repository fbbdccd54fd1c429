"""The dossier: a printable PDF with every exhibit; rendered with poppler to check what prints."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from casefile.model import load_case
from casefile.store import CaseStore
from evidence.entities import screenshot_date
from exports.content import DraftDoc
from exports.dossier import build_dossier, case_file_pictures, strip_letter_disclaimer
from exports.dossier_docx import render_dossier_docx
from exports.dossier_pdf import render_dossier_pdf, wrap_tokens
from exports.workspace import dossier_from_store
from tests.synthetic_screens import generate_screen

ROOT = Path(__file__).resolve().parents[2]
POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils missing (scripts/setup.sh installs it)"
)


def _write_case(folder: Path) -> tuple[Path, list[str]]:
    """A case.json beside 4 generated screenshots (one a long PNG capture); returns hashes."""
    shots = folder / "shots"
    shots.mkdir()
    evidence, hashes = [], []
    for index, kind in enumerate(("call_log", "sms", "chat", "friend"), start=1):
        data, truth = generate_screen(100 + index, kind)
        name = f"IMG_{index:04d}.jpg"
        if kind == "friend":  # a long capture, as a PNG: two screens stacked
            second, _ = generate_screen(200, "chat")
            top, bottom = Image.open(io.BytesIO(data)), Image.open(io.BytesIO(second))
            bottom = bottom.resize((top.width, round(bottom.height * top.width / bottom.width)))
            long = Image.new("RGB", (top.width, top.height + bottom.height), "white")
            long.paste(top, (0, 0))
            long.paste(bottom, (0, top.height))
            buffer = io.BytesIO()
            long.save(buffer, "PNG")
            data, name = buffer.getvalue(), f"IMG_{index:04d}.png"
        (shots / name).write_bytes(data)
        sha = hashlib.sha256(data).hexdigest()
        hashes.append(sha)
        evidence.append(
            {
                "id": f"E{index}",
                "kind": truth.evidence_kind,
                "file": f"shots/{name}",
                "sha256": sha,
                "text": truth.text,
            }
        )
    evidence.append({"id": "E5", "kind": "sms", "file": "shots/gone.png", "sha256": "f" * 64})
    document = {
        "version": 1,
        "borrower": {"name": "李某", "phone": "13800001111"},
        "platform": {"name": "极速贷"},
        "harassment": {"collector_numbers": ["17000001234"]},
        "evidence": evidence,
        "drafts": {
            "police": "报案材料正文。催收号码 17000001234 多次来电。\n\n"
            "（提示：本文书由通讯录护盾按您填写的事实生成，仅供参考，不构成法律意见；发送前请逐项核对。）",
            "platform": "致平台函正文",
        },
    }
    path = folder / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path, hashes


def _pages(pdf: Path, folder: Path) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(folder / "p")], check=True)
    return [Image.open(p) for p in sorted(folder.glob("p-*.png"))]


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode()


@needs_poppler
def test_cli_dossier_prints_every_exhibit(tmp_path: Path) -> None:
    case_path, hashes = _write_case(tmp_path)
    out = tmp_path / "dossier.pdf"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "cli.py"),
            "export",
            "--case",
            str(case_path),
            "--format",
            "dossier",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # paths resolve next to case.json, not the working directory
    )
    assert result.returncode == 0, result.stderr
    pages = _pages(out, tmp_path)
    assert len(pages) >= 6
    for page in pages:  # portrait A4 at 30 dpi: about 248 × 351 pixels
        width, height = page.size
        assert abs(width - 248) <= 1
        assert abs(height - 351) <= 1
    text = _text(out)
    for sha in hashes:
        assert sha in text  # whole on one line, in the catalogue and on the exhibit's page
        assert text.count(sha) >= 2
    assert "文件缺失" in text  # the missing file is listed, not dropped
    assert "f" * 64 in text
    assert f"共 {len(pages)} 页" in text
    assert f"第 {len(pages)} 页" in text
    assert "报案材料正文" in text
    assert "致平台函正文" not in text  # the police statement by default, only
    assert text.count("不构成法律意见") == 1  # on the cover, not inside the letter
    assert text.index("不构成法律意见") < text.index("报案材料正文")
    assert "（截图第 1/2 段）" in text  # the long capture is split across pages
    # Every picture is embedded: pdfimages lists one image per screen part.
    listed = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    images = [line for line in listed.stdout.splitlines()[2:] if line.strip()]
    assert len(images) >= 5  # 3 screens + a long one in 2+ parts


@needs_poppler
def test_redacted_dossier_masks_contacts_only(tmp_path: Path) -> None:
    case_path, _ = _write_case(tmp_path)
    case = load_case(case_path)
    mother = "13612345678"
    case = case.__class__(
        **{
            **case.__dict__,
            "extra": {**case.extra, "contact_roles": {"妈妈": "relative", mother: "relative"}},
        }
    )
    letter = DraftDoc("police", f"催收号码 17000001234 打给我母亲 {mother}。")
    content = build_dossier(case, case_file_pictures(case, case_path), letter, redact=True)
    out = tmp_path / "r.pdf"
    out.write_bytes(render_dossier_pdf(content))
    text = _text(out)
    assert "17000001234" in text
    assert mother not in text
    assert "136****5678" in text
    assert "截图原图未做任何处理" in text


def test_docx_dossier_has_pictures_and_page_fields(tmp_path: Path) -> None:
    from docx import Document

    case_path, hashes = _write_case(tmp_path)
    case = load_case(case_path)
    content = build_dossier(case, case_file_pictures(case, case_path), DraftDoc("police", "正文"))
    first = content.exhibits[0]
    assert first.captured_on == screenshot_date(case.evidence[0].text) != ""  # the screen's own
    assert first.summary.startswith("通话记录")  # made from the text when case.json has none
    document = Document(io.BytesIO(render_dossier_docx(content)))
    assert len(document.inline_shapes) >= 5 + (1 if content.figures.per_day else 0)  # + chart
    text = "\n".join(p.text for p in document.paragraphs)
    for sha in hashes:
        assert sha in text
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "NUMPAGES" in footer
    assert "PAGE" in footer
    assert document.sections[0].page_height > document.sections[0].page_width


def test_dossier_from_store_uses_the_template_letter(seeded: tuple[CaseStore, str]) -> None:
    store, case_id = seeded
    data = dossier_from_store(store, case_id, redact=False, letter="deletion")
    assert data.startswith(b"%PDF")


def test_numbers_and_hashes_are_never_broken() -> None:
    text = "催收号码17000001234多次来电，SHA-256 " + "a" * 64
    lines = wrap_tokens(lambda c: 1.0, text, 20)
    assert any("17000001234" in line for line in lines)
    assert all(len(line) <= 20 for line in lines)
    assert wrap_tokens(lambda c: 1.0, "ab " * 3, 100) == ["ab ab ab"]


def test_letter_disclaimer_is_stripped() -> None:
    text = "正文。\n\n（提示：本文书由通讯录护盾按您填写的事实生成，仅供参考，不构成法律意见。）"
    assert strip_letter_disclaimer(text) == "正文。"
