"""A locked data dir: nothing readable at rest, everything back after unlock, typed errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import settings as settings_module
from casefile.model import Case, Platform
from casefile.store import CaseStore, crypto
from casefile.store.lock import create_locked, open_store
from errors import StorageError, StoreLocked

PHONE = "13912345678"
ID_NUMBER = "110101199003074518"
SCREENSHOT = b"\x89PNG\r\n\x1a\n" + b"known-screenshot-bytes-" * 40


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small Argon2id parameters so each lock costs milliseconds, not 0.5 s."""
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)


def _fill(store: CaseStore) -> str:
    case_id = store.create_case(f"张某 {PHONE}")
    store.save_facts(case_id, Case(platform=Platform(name="某某贷", service_phone=PHONE)))
    store.add_evidence(
        case_id,
        "IMG_1.png",
        SCREENSHOT,
        kind="sms",
        ocr_text=f"催收员说要联系你的通讯录，身份证号 {ID_NUMBER}，电话 {PHONE}",
        entities={"phones": [PHONE]},
    )
    return case_id


def _every_file(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def test_nothing_plain_at_rest_and_all_reads_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    case_id = _fill(create_locked(data, "我的口令 2026"))
    needles = [PHONE.encode(), ID_NUMBER.encode(), SCREENSHOT[8:40], "张某".encode()]
    files = _every_file(data)
    assert any(path.parent.parent.name == "files" for path in files)
    for path in files:
        raw = path.read_bytes()
        for needle in needles:
            assert needle not in raw, f"{needle!r} in plain form in {path.name}"
    again = open_store(data, "我的口令 2026")
    assert again.get_summary(case_id).title == f"张某 {PHONE}"
    case = again.get_case(case_id)
    assert case.platform.service_phone == PHONE
    assert ID_NUMBER in case.evidence[0].text
    assert again.evidence_bytes(case_id, "E1") == SCREENSHOT
    assert again.integrity_check() == "ok"


def test_wrong_or_missing_passphrase_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _fill(create_locked(data, "right"))
    before = {path: path.read_bytes() for path in _every_file(data)}
    with pytest.raises(StoreLocked) as caught:
        open_store(data, "wrong")
    assert "口令不对" in caught.value.zh
    for missing in (None, ""):
        with pytest.raises(StoreLocked):
            open_store(data, missing)
    with pytest.raises(StoreLocked):
        CaseStore(data)  # a plain open of a locked dir is refused, not a "not a database" error
    assert {path: path.read_bytes() for path in _every_file(data)} == before


def test_plain_store_still_opens_without_passphrase(tmp_path: Path) -> None:
    data = tmp_path / "data"
    case_id = _fill(CaseStore(data))
    assert open_store(data).get_case(case_id).platform.service_phone == PHONE
    with pytest.raises(StoreLocked):
        create_locked(data, "pass")  # existing plain data is migrated, never overwritten


def test_a_blob_moved_under_another_hash_does_not_decrypt(tmp_path: Path) -> None:
    store = create_locked(tmp_path / "data", "pass")
    case_id = _fill(store)
    other = store.add_evidence(case_id, "b.png", b"other", kind="sms", ocr_text="", entities={})
    first = store.get_evidence(case_id, "E1")
    store.file_path(other.sha256).write_bytes(store.file_path(first.sha256).read_bytes())
    with pytest.raises(StorageError, match="damaged"):
        store.evidence_bytes(case_id, other.id)


def test_deleting_a_case_leaves_none_of_it_on_disk(store: CaseStore) -> None:
    keep = store.create_case("留下的案件")
    gone = _fill(store)
    store.delete_case(gone)
    store.add_evidence(keep, "k.png", b"kept", kind="sms", ocr_text="", entities={})
    with store._connect() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in _every_file(store.data_dir):
        assert PHONE.encode() not in path.read_bytes(), path.name
        assert "张某".encode() not in path.read_bytes(), path.name


def _screenshot_png(font: Path) -> bytes:
    """A screenshot whose text carries the phone and ID number (read back by real Tesseract)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(font), 40)
    draw.text((30, 40), f"电话 {PHONE}", fill="black", font=face)
    draw.text((30, 140), f"身份证 {ID_NUMBER}", fill="black", font=face)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_ocr_cache_and_exports_of_a_locked_store_stay_encrypted(
    tmp_path: Path, cjk_font: Path
) -> None:
    from evidence.intake import add_uploads_to_case, process_uploads
    from evidence.ocr.engine import tesseract_backend
    from exports.bundle import export_bundle, read_bundle
    from exports.workspace import export_from_store

    data = tmp_path / "data"
    settings = settings_module.load_settings({"CS_DATA_DIR": str(data)})
    store = create_locked(data, "我的口令 2026")
    case_id = _fill(store)
    shot = _screenshot_png(cjk_font)
    backend = tesseract_backend(settings)
    (item,) = add_uploads_to_case(store, case_id, [("IMG_2.png", shot)], settings, None, backend)
    assert PHONE in item.text.replace(" ", "")  # the needle really went through OCR
    assert not item.cached
    cached = list(settings.ocr_cache_dir.rglob("*.*"))
    assert [path.suffix for path in cached] == [".enc"]
    (again,) = process_uploads(
        [("IMG_2.png", shot)], settings, backend=backend, cache_key=store.key
    )
    assert again.cached  # the encrypted entry reads back
    assert again.text == item.text
    # Without the key (the CLI's `ocr` on a locked dir) nothing is cached at all.
    (plain,) = process_uploads([("x.png", shot + b"\0")], settings, backend=backend)
    assert not plain.cached
    assert list(settings.ocr_cache_dir.rglob("*.*")) == cached

    bundle = export_bundle(store, case_id)
    table = export_from_store(store, case_id, "csv", redact=False)
    assert PHONE.encode() in table  # the exports themselves are whole
    assert shot in read_bundle(bundle).values()
    store.record(case_id, "exported", format="csv")

    needles = [PHONE.encode(), ID_NUMBER.encode(), SCREENSHOT[8:40], shot[-64:], "张某".encode()]
    for path in _every_file(data):
        raw = path.read_bytes()
        for needle in needles:
            assert needle not in raw, f"{needle!r} in plain form in {path.relative_to(data)}"


def test_locking_drops_a_plain_ocr_cache(tmp_path: Path) -> None:
    from casefile.store.relock import lock_existing

    data = tmp_path / "data"
    _fill(CaseStore(data))
    entry = data / "ocr-cache" / "ab" / "ab-v1-chi_sim.json"
    entry.parent.mkdir(parents=True)
    entry.write_text(f'{{"text": "电话 {PHONE}"}}', encoding="utf-8")
    lock_existing(data, "口令")
    assert not entry.exists()
    for path in _every_file(data):
        assert PHONE.encode() not in path.read_bytes(), path.name
