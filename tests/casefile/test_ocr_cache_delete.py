"""Deleting a case deletes the OCR cache entries of its screenshots (text read off an ID card is
as personal as the card), but never those of a screenshot another case still holds."""

from __future__ import annotations

from pathlib import Path

from casefile.store import CaseStore
from evidence.images import sha256_of
from evidence.ocr.base import PIPELINE_VERSION, OcrCache, OcrLine, OcrResult

ONLY_HERE = b"screenshot only in the deleted case"
SHARED = b"screenshot both cases hold"
NAMESPACES = (f"v{PIPELINE_VERSION}-chi_sim", f"v{PIPELINE_VERSION}-rapidocr")


def _read(text: str) -> OcrResult:
    return OcrResult(text, (OcrLine(text, (0, 0, 10, 10), 95.0),), engine="test")


def _caches(store: CaseStore) -> list[OcrCache]:
    # The same directory and key the evidence page uses (settings.ocr_cache_dir, the store's key).
    return [OcrCache(store.data_dir / "ocr-cache", name, store.key) for name in NAMESPACES]


def test_deleting_a_case_drops_its_ocr_cache_only(store: CaseStore) -> None:
    gone = store.create_case("删掉的案件")
    kept = store.create_case("留下的案件")
    store.add_evidence(gone, "a.png", ONLY_HERE, kind="sms", ocr_text="", entities={})
    store.add_evidence(gone, "b.png", SHARED, kind="sms", ocr_text="", entities={})
    store.add_evidence(kept, "c.png", SHARED, kind="sms", ocr_text="", entities={})
    for cache in _caches(store):
        cache.put(sha256_of(ONLY_HERE), _read("身份证号 110101199003071234"))
        cache.put(sha256_of(SHARED), _read("催收 13912345678"))
    entries = sorted((store.data_dir / "ocr-cache").rglob("*-*.*"))
    assert len(entries) == 4
    assert all(path.suffix == (".json" if store.key is None else ".enc") for path in entries)

    store.delete_case(gone)

    for cache in _caches(store):
        assert cache.get(sha256_of(ONLY_HERE)) is None  # every engine's entry went
        kept_read = cache.get(sha256_of(SHARED))
        assert kept_read is not None
        assert "13912345678" in kept_read.text
    left = sorted(path.name for path in (store.data_dir / "ocr-cache").rglob("*-*.*"))
    assert len(left) == 2
    assert all(name.startswith(sha256_of(SHARED)) for name in left)

    store.delete_case(kept)  # the last case holding it: now its reading goes too
    assert not list((store.data_dir / "ocr-cache").rglob("*-*.*"))


def test_deleting_one_screenshot_drops_its_ocr_cache(store: CaseStore) -> None:
    case_id = store.create_case("案件")
    item = store.add_evidence(case_id, "a.png", ONLY_HERE, kind="sms", ocr_text="", entities={})
    cache = _caches(store)[0]
    cache.put(item.sha256, _read("身份证号 110101199003071234"))
    store.delete_evidence(case_id, item.id)
    assert cache.get(item.sha256) is None


def test_a_case_without_ocr_cache_deletes_cleanly(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "store")
    case_id = store.create_case("案件")
    store.add_evidence(case_id, "a.png", ONLY_HERE, kind="sms", ocr_text="", entities={})
    store.delete_case(case_id)  # no ocr-cache folder at all: nothing to drop, no error
    assert store.list_cases() == []
