"""Time and size of a 50-exhibit dossier (PDF and DOCX) built from a case.json, as the CLI does.

Usage: .venv/bin/python bench/dossier.py [N]  (N exhibits, default 50). Half the screenshots are
written as full-size PNGs (as phones save them), half as JPEGs; every third one is a long capture.
Only the export is timed, not generating the screenshots.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from synthetic_screens import KIND_TO_EVIDENCE, KINDS, generate_screen  # noqa: E402

from casefile.model import load_case  # noqa: E402
from exports.dossier import case_file_pictures  # noqa: E402
from exports.workspace import render_dossier  # noqa: E402


def make_case(folder: Path, count: int) -> Path:
    evidence = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        data, truth = generate_screen(1000 + index, kind)
        image = Image.open(io.BytesIO(data)).convert("RGB")
        if index % 3 == 2:  # a long capture: the screen twice
            long = Image.new("RGB", (image.width, image.height * 2))
            long.paste(image, (0, 0))
            long.paste(image, (0, image.height))
            image = long
        buffer = io.BytesIO()
        if index % 2 == 0:
            image.save(buffer, "PNG")
            name = f"IMG_{index:04d}.png"
        else:
            image.save(buffer, "JPEG", quality=90)
            name = f"IMG_{index:04d}.jpg"
        (folder / name).write_bytes(buffer.getvalue())
        evidence.append(
            {
                "id": f"E{index + 1}",
                "kind": KIND_TO_EVIDENCE[kind],
                "file": name,
                "sha256": hashlib.sha256(buffer.getvalue()).hexdigest(),
                "text": truth.text,
            }
        )
    path = folder / "case.json"
    document = {
        "version": 1,
        "borrower": {"name": "李某", "phone": "13800001111"},
        "evidence": evidence,
        "drafts": {"police": "报案材料正文。" * 40},
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        case_path = make_case(folder, count)
        inputs = sum(p.stat().st_size for p in folder.iterdir() if p.suffix != ".json")
        print(f"{count} exhibits, {inputs / 1e6:.1f} MB of screenshots; load {os.getloadavg()}")
        for fmt in ("pdf", "docx"):
            start = time.perf_counter()
            case = load_case(case_path)
            data = render_dossier(case, case_file_pictures(case, case_path), [], fmt=fmt)
            seconds = time.perf_counter() - start
            print(f"{fmt}: {seconds:.2f} s, {len(data) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
