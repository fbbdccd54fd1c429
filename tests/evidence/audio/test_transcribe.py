"""Recordings in: real PyAV decoding of generated clips, a fake transcriber, typed errors, CLI."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest
from audio_clips import CANNED, PHONE_RATE, CannedTranscriber, save_as, silence, tone

import cli
import settings as settings_module
from errors import UnreadableAudio
from evidence.audio.decode import SAMPLE_RATE, decode_audio, playable, probe_audio
from evidence.audio.transcribe import collapse_repeats, transcribe_bytes


@pytest.mark.parametrize("suffix", [".wav", ".m4a", ".amr", ".ogg", ".aac"])
def test_probe_reads_duration_of_each_recorder_format(tmp_path: Path, suffix: str) -> None:
    path = save_as(tone(3.0), tmp_path / f"13800138000_20250302153012{suffix}")
    info = probe_audio(path.read_bytes(), path.name, max_minutes=120)
    assert info.duration_s == pytest.approx(3.0, abs=0.25)
    assert info.captured_at == "2025-03-02T15:30:12"
    assert info.phones == ("13800138000",)
    assert len(info.sha256) == 64
    samples = decode_audio(path.read_bytes(), info)
    assert samples.dtype == np.float32
    assert len(samples) / SAMPLE_RATE == pytest.approx(3.0, abs=0.25)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableAudio, match="empty") as caught:
        probe_audio(b"", "a.m4a", 120)
    assert "空" in caught.value.zh
    assert caught.value.next_zh


def test_text_renamed_m4a_is_not_audio() -> None:
    with pytest.raises(UnreadableAudio) as caught:
        probe_audio("这不是录音，只是一段文字。\n".encode() * 50, "call.m4a", 120)
    assert "不是可识别的录音文件" in caught.value.zh


def test_too_long_is_refused_before_decoding(tmp_path: Path) -> None:
    path = silence(tmp_path / "long.wav", 3.0)
    with pytest.raises(UnreadableAudio) as caught:
        probe_audio(path.read_bytes(), path.name, max_minutes=0.02)
    assert "超过上限" in caught.value.zh
    assert "CS_MAX_AUDIO_MINUTES" in caught.value.next_zh


def _wav_with_format_tag(tag: int, seconds: float = 1.0) -> bytes:
    data = b"\x00\x01" * int(PHONE_RATE * seconds)
    fmt = struct.pack("<HHIIHH", tag, 1, PHONE_RATE, PHONE_RATE * 2, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_unknown_codec_is_a_clear_error() -> None:
    data = _wav_with_format_tag(0x7A7A)  # no decoder has this format tag
    transcriber = CannedTranscriber(CANNED)
    settings = settings_module.load_settings({})
    with pytest.raises(UnreadableAudio) as caught:
        transcribe_bytes("odd.wav", data, settings, transcriber)
    assert "无法解码" in caught.value.zh
    assert transcriber.heard == []


def test_transcribe_bytes_with_a_fake_backend(tmp_path: Path) -> None:
    path = save_as(tone(5.0), tmp_path / "张三(13800138000)_20250302153012.m4a")
    settings = settings_module.load_settings({})
    transcriber = CannedTranscriber(CANNED)
    result = transcribe_bytes(path.name, path.read_bytes(), settings, transcriber)
    item = result.to_json()
    assert set(item) >= {"file", "sha256", "duration_s", "captured_at", "text", "segments"}
    assert item["segments"][1] == {"start": 2.5, "end": 5.0, "text": CANNED[1].text}
    assert item["text"] == "\n".join(s.text for s in CANNED)
    assert item["entities"]["phones"] == ["13800138000"]
    assert {"上门", "爆通讯录"} <= set(item["entities"]["threats"])
    assert "2025-03-02" in item["entities"]["dates"]
    assert transcriber.heard == [pytest.approx(5 * SAMPLE_RATE, rel=0.05)]


def test_amr_is_converted_for_the_browser(tmp_path: Path) -> None:
    amr = save_as(tone(1.0), tmp_path / "a.amr")
    data, mime = playable(amr.read_bytes(), amr.name)
    assert mime == "audio/wav"
    assert data[:4] == b"RIFF"
    m4a = save_as(tone(1.0), tmp_path / "a.m4a")
    assert playable(m4a.read_bytes(), m4a.name) == (m4a.read_bytes(), "audio/mp4")


# --- CLI: bad input never loads the model and exits 2 with one line ---------------------------


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"", "empty.m4a", "文件是空的"),
        (b"hello, not audio\n" * 100, "text.m4a", "不是可识别的录音文件"),
    ],
)
def test_cli_bad_audio_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, name: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert cli.main(["transcribe", str(path), "--json"]) == cli.EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err
    assert "Traceback" not in captured.err
    assert captured.err.count("\n") == 1


def test_cli_too_long_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CS_MAX_AUDIO_MINUTES", "0.02")
    path = silence(tmp_path / "long_silence.wav", 3.0)
    assert cli.main(["transcribe", str(path)]) == cli.EXIT_BAD_INPUT
    assert "超过上限" in capsys.readouterr().err


def test_cli_missing_model_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CS_WHISPER_MODEL", str(tmp_path / "nowhere"))
    path = save_as(tone(1.0), tmp_path / "ok.wav")
    assert cli.main(["transcribe", str(path), "--json"]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "找不到语音识别模型" in err
    assert "make setup" in err


def test_cli_mixed_batch_reports_the_bad_file_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import evidence.audio.report as report

    monkeypatch.setattr(report, "build_transcriber", lambda settings: CannedTranscriber(CANNED))
    good = save_as(tone(5.0), tmp_path / "13800138000_20250302153012.wav")
    bad = tmp_path / "bad.amr"
    bad.write_bytes(b"")
    assert cli.main(["transcribe", str(good), str(bad), "--json"]) == cli.EXIT_OK
    captured = capsys.readouterr()
    first, second = json.loads(captured.out)
    assert first["duration_s"] == pytest.approx(5.0, abs=0.1)
    assert first["captured_at"] == "2025-03-02T15:30:12"
    assert "error" in second
    assert "bad.amr" in captured.err


@pytest.mark.parametrize(
    ("looped", "kept"),
    [
        ("不还钱,天窝给你,天窝给你,天窝给你,天窝给你", "不还钱,天窝给你"),
        ("亚威力力力力力力力力力力", "亚威力"),
        ("哈哈哈，谢谢谢谢，还钱还钱", "哈哈哈，谢谢谢谢，还钱还钱"),  # real speech stays
    ],
)
def test_decoder_loops_are_collapsed(looped: str, kept: str) -> None:
    assert collapse_repeats(looped) == kept


def test_cli_text_output_shows_timed_segments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import evidence.audio.report as report

    monkeypatch.setattr(report, "build_transcriber", lambda settings: CannedTranscriber(CANNED))
    good = save_as(tone(5.0), tmp_path / "13800138000_20250302153012.wav")
    assert cli.main(["transcribe", str(good)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert f"[00:02–00:05] {CANNED[1].text}" in out
    assert "号码：13800138000" in out
    assert "机器转写，请边听边核对" in out
