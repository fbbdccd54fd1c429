"""Helpers of the security suite: run the CLI as a user would, make bad inputs, check refusals."""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from casefile.model import case_from_dict

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SC_INDEX = 2  # Simplified Chinese face of the Noto CJK collection


def cli(
    *args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = (), timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run `python cli.py ARGS` from the repo root in a fresh process (as a user would)."""
    return subprocess.run(
        [*prefix, PYTHON, str(ROOT / "cli.py"), *args],
        cwd=ROOT,
        env=env if env is not None else dict(os.environ),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def can_unshare(*flags: str) -> bool:
    """Whether `unshare FLAGS true` works here (needs root or user namespaces)."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", *flags, "true"], capture_output=True, check=False)
    return probe.returncode == 0


def assert_clean_refusal(result: subprocess.CompletedProcess[str] | tuple[int, str, str]) -> str:
    """Exit 2, exactly one zh/en line on stderr, nothing on stdout, no traceback."""
    if isinstance(result, tuple):
        code, out, err = result
    else:
        code, out, err = result.returncode, result.stdout, result.stderr
    assert "Traceback" not in err, err
    assert code == 2, (code, out, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert " / " in lines[0], lines[0]  # Chinese, then English
    assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0]), lines[0]
    assert out.strip() == "", out
    return lines[0]


def text_image(
    lines: list[str], size: tuple[int, int] = (720, 360), font_size: int = 34
) -> Image.Image:
    """A plain white screenshot with the given lines of (CJK-capable) text."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), font_size, index=SC_INDEX)
    for row, line in enumerate(lines):
        draw.text((24, 24 + row * (font_size + 18)), line, fill="black", font=font)
    return image


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def png_header_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims width×height pixels (a decompression bomb's signature)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    body = zlib.compress(b"\0" * 1024, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


SCREEN_LINES = [
    "【极速贷】您的借款已逾期，请于2025年2月12日前还款1200元",
    "催收电话 170 0000 1234",
    "再不还款就把欠款信息发给你通讯录里的所有人",
]


@dataclass(frozen=True)
class Journey:
    """What each step of the offline journey returned."""

    data_dir: Path
    steps: dict[str, tuple[int, str, str]]  # name -> (exit code, stdout, stderr)
    export_path: Path


# A typical case (SPEC § 2) used by the injection and fuzz suites as the clean baseline.
CLEAN = case_from_dict(
    {
        "version": 1,
        "borrower": {"name": "李某", "phone": "13800001111", "city": "杭州市"},
        "platform": {"name": "极速贷", "service_phone": "400-000-0000"},
        "loan": {"amount": 5000, "borrowed_on": "2024-11-01", "due_on": "2025-01-01"},
        "harassment": {
            "started_on": "2025-02-10",
            "last_on": "2025-02-20",
            "contacts_affected": 12,
            "calls": 35,
            "messages": 80,
            "channels": ["电话", "短信"],
            "collector_numbers": ["17000001234"],
            "threats": ["称要把欠款信息发给所有联系人"],
            "summary": "催收员给我的亲友打电话。",
        },
        "evidence": [
            {
                "id": "E1",
                "kind": "sms",
                "file": "IMG_1.png",
                "captured_on": "2025-02-12",
                "summary": "催收短信",
                "text": "再不还款就把欠款信息发给你通讯录里的所有人",
            }
        ],
        "actions_taken": [{"on": "2025-02-11", "action": "联系平台客服", "result": "未答复"}],
    }
)


GOOD_CASE = {"version": 1, "platform": {"name": "极速贷"}, "harassment": {"contacts_affected": 3}}


def screen_image() -> Image.Image:
    """A small SMS-like screen with the usual lines (phone, amount, date)."""
    return text_image(SCREEN_LINES, size=(1000, 260))


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
