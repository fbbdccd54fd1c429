"""AppTest of the settings page: protection turned on, a wrong confirmation, a new passphrase,
the sealed backup offered first and the auto-lock minutes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from casefile.store import CaseStore, crypto
from casefile.store.crypto import is_locked
from casefile.store.lock import open_store
from casefile.store.prefs import auto_lock_minutes
from casefile.store.relock import lock_existing
from errors import StoreLocked
from exports.bundle_seal import import_any

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "views" / "settings.py")
PHONE = "13912345678"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import services

    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)
    monkeypatch.setenv("CS_DATA_DIR", str(tmp_path / "data"))
    services.get_settings.clear()
    services._plain_store.clear()
    yield tmp_path / "data"
    services.get_settings.clear()
    services._plain_store.clear()


def _files(root: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}


def _seed(data: Path) -> str:
    store = CaseStore(data)
    case_id = store.create_case(f"张某 {PHONE}")
    store.add_evidence(case_id, "a.png", b"png-bytes", kind="sms", ocr_text=PHONE, entities={})
    return case_id


def test_turning_protection_on(data: Path, tmp_path: Path) -> None:
    import services

    case_id = _seed(data)
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception, at.exception
    assert not at.warning  # nothing to read before the switch is turned
    at.toggle(key="settings.protect").set_value(True).run()
    assert "忘记口令，数据就永远找不回来了" in at.warning[0].value
    assert at.button(key="settings.lock").disabled  # not before "I understand" is ticked

    # The sealed backup of every case, offered first.
    at.text_input(key="settings.backup1").input("备份口令 123")
    at.text_input(key="settings.backup2").input("备份口令 123")
    at.button(key="settings.backup").click().run()
    backup = at.session_state["settings.backup_file"]
    with zipfile.ZipFile(io.BytesIO(backup)) as archive:
        (name,) = archive.namelist()
        sealed = archive.read(name)
    assert name == "case-01.csb"
    assert PHONE.encode() not in backup
    elsewhere = CaseStore(tmp_path / "elsewhere")
    restored = import_any(elsewhere, sealed, "备份口令 123")
    assert elsewhere.get_summary(restored).title == f"张某 {PHONE}"

    at.text_input(key="settings.lock_pass1").input("本机口令 2026")
    at.text_input(key="settings.lock_pass2").input("本机口令 2026")
    at.checkbox(key="settings.understood").check().run()
    at.button(key="settings.lock").click().run()
    assert not at.exception, at.exception
    assert is_locked(data)
    assert "已加密" in at.success[0].value
    assert at.toggle(key="settings.protect").value is True
    # This session goes on with the locked store; the data reads back with the passphrase.
    assert services.UNLOCKED_KEY in at.session_state
    assert open_store(data, "本机口令 2026").evidence_bytes(case_id, "E1") == b"png-bytes"
    for path, raw in _files(data).items():
        assert PHONE.encode() not in raw, path.name


def test_wrong_confirmation_changes_nothing(data: Path) -> None:
    _seed(data)
    before = _files(data)
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.toggle(key="settings.protect").set_value(True).run()
    at.text_input(key="settings.lock_pass1").input("本机口令 2026")
    at.text_input(key="settings.lock_pass2").input("本机口令 2062")
    at.checkbox(key="settings.understood").check().run()
    at.button(key="settings.lock").click().run()
    assert not at.exception, at.exception
    assert "两次输入的口令不一致" in at.error[0].value
    assert not is_locked(data)
    assert _files(data) == before
    at.text_input(key="settings.lock_pass2").input("本机口令 2026")
    at.text_input(key="settings.lock_pass1").input("12345")
    at.text_input(key="settings.lock_pass2").input("12345")
    at.button(key="settings.lock").click().run()
    assert "口令太短" in at.error[0].value
    assert not is_locked(data)


def test_changing_the_passphrase(data: Path) -> None:
    import services

    case_id = _seed(data)
    lock_existing(data, "旧口令 2026")
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state[services.UNLOCKED_KEY] = open_store(data, "旧口令 2026")
    at.run()
    assert not at.exception, at.exception
    assert at.toggle(key="settings.protect").disabled  # on, and not switched off from here

    at.text_input(key="settings.old").input("不对的口令")
    at.text_input(key="settings.change1").input("新口令 2027")
    at.text_input(key="settings.change2").input("新口令 2027")
    at.button(key="settings.change").click().run()
    assert "口令不对" in at.error[0].value
    assert open_store(data, "旧口令 2026").get_case(case_id)

    at.text_input(key="settings.old").input("旧口令 2026")
    at.button(key="settings.change").click().run()
    assert not at.exception, at.exception
    assert "口令已更换" in at.success[0].value
    with pytest.raises(StoreLocked):
        open_store(data, "旧口令 2026")
    assert open_store(data, "新口令 2027").evidence_bytes(case_id, "E1") == b"png-bytes"
    # The session's store was swapped for one under the new key: it still reads.
    assert at.session_state[services.UNLOCKED_KEY].evidence_bytes(case_id, "E1") == b"png-bytes"


def test_auto_lock_minutes_are_kept(data: Path) -> None:
    _seed(data)
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert at.number_input(key="settings.auto_lock").value == 15
    at.number_input(key="settings.auto_lock").set_value(5)
    at.button(key="settings.auto_lock_save").click().run()
    assert "5 分钟" in at.success[0].value
    assert auto_lock_minutes(data, 15.0) == 5.0
    again = AppTest.from_file(PAGE, default_timeout=60).run()
    assert again.number_input(key="settings.auto_lock").value == 5


def test_protection_waits_for_a_running_transcription(data: Path) -> None:
    """A transcription still to write: the page says what to wait for and locks nothing."""
    from casefile.store.writers import hold_job

    _seed(data)
    hold = hold_job(data, "录音转写")  # what ui/recordings.start_transcription holds
    try:
        at = AppTest.from_file(PAGE, default_timeout=60).run()
        at.toggle(key="settings.protect").set_value(True).run()
        at.text_input(key="settings.lock_pass1").input("本机口令 2026")
        at.text_input(key="settings.lock_pass2").input("本机口令 2026")
        at.checkbox(key="settings.understood").check().run()
        at.button(key="settings.lock").click().run()
        assert not at.exception, at.exception
        assert any("录音转写" in e.value and "请等" in e.value for e in at.error), at.error
        assert not is_locked(data)
    finally:
        hold.release()
    at.button(key="settings.lock").click().run()
    assert not at.exception, at.exception
    assert is_locked(data)
