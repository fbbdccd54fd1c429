"""The fourth blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from datetime import datetime, time
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from tests.blindgen4.cases import CASES, PHONE, collector_key, truth
from tests.blindgen4.model import number_key, read_label
from tests.blindgen4.pages import page_html
from tests.blindgen4.render import file_name, render_case
from tests.blindgen4.skins import chrome_words

# Phones and apps the earlier sets drew (tests/casegen, tests/blindgen, blindgen2, blindgen3).
_EARLIER_SKINS = {
    "miui",
    "harmony",
    "ios",
    "ios_dark",
    "ios_light",
    "originos",
    "coloros",
    "magicos",
    "oneui",
    "flyme",
    "harmony_next",
    "hyperos_dark",
    "realme",
    "oneplus",
    "nubia",
    "zui",
    "smartisan",
    "ios_large",
    "emui",
    "hyperos",
}
_EARLIER_APPS = {
    "wechat",
    "dingtalk",
    "qq",
    "qq_group",
    "wecom",
    "douyin",
    "alipay",
    "feishu",
    "xiaohongshu",
    "weibo",
    "sms",
    "dialer",
    "contacts",
    "loan_tablet",
}
_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
_SHOTS = [s for c in CASES.values() for s in c.shots]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。！？!?")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's rule for UI text, restated so this test needs no app import."""
    flat = _flat(text)
    if any(_flat(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert len(_SHOTS) >= 32
    assert {s.skin for s in _SHOTS}.isdisjoint(_EARLIER_SKINS)
    assert {s.app for s in _SHOTS}.isdisjoint(_EARLIER_APPS)
    wanted = {"wechat_en", "kuaishou", "tim", "bilibili", "xianyu", "meituan_cs", "tg_dark"}
    assert wanted <= {s.app for s in _SHOTS}
    kinds = {"chat", "group", "sms_thread", "sms_list", "call_log", "bill", "paper"}
    assert kinds <= {s.kind for s in _SHOTS}
    assert {"volume", "thumb", "float", "banner"} <= {s.overlay for s in _SHOTS}
    assert any(s.owner != "borrower" for s in _SHOTS)
    assert any(s.overlaps for s in _SHOTS)
    assert any(s.forwarded for s in _SHOTS)
    assert any(say.kind == "voice" and say.collector for s in _SHOTS for say in s.says)
    assert {c.way for s in _SHOTS for c in s.calls} >= {"missed", "rejected"}


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    collectors = set(data["collectors"])
    assert all(data["collectors"])
    assert len(collectors) == len(case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert data["calls"]  # the scorer divides by it
    names = data["screens"]
    assert len(set(names)) == len(names)
    lo, hi = data["span"]
    for shot in case.shots:
        page = page_html(shot)
        for part in shot.status.split():
            assert escape(part) in page
        assert not shot.overlaps or shot.overlaps in names[: names.index(shot.name)]
        for say in shot.says:
            if say.who != "me":
                assert say.collector == (collector_key(say.who) in collectors), say
            if shot.kind in ("chat", "sms_thread") and say.who != "me":
                assert say.who == shot.title  # a 1:1 chat's other side is its title
            if say.collector and say.quote:
                assert lo <= say.at.date().isoformat() <= hi
            assert escape(say.text) in page  # drawn whole (an inbox row is cut by CSS only)
        for call in shot.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert call.number or call.name
            assert escape(call.name or call.number) in page
            if call.count > 1:
                assert f"({call.count})" in page


@pytest.mark.parametrize("key", list(CASES))
def test_time_labels_say_the_true_time(key):
    """Every drawn separator or call-log time resolves, against the capture, to the true time."""
    for shot in CASES[key].shots:
        stamped = [(say.stamp, say.at) for say in shot.says if say.stamp]
        stamped += [(call.label, call.at) for call in shot.calls]
        for label, moment in stamped:
            day, clock = read_label(label, shot.captured)
            assert day == moment.date(), (shot.name, label)
            assert clock is None or clock == (moment.hour, moment.minute), (shot.name, label)
            assert moment <= shot.captured
        times = [say.at for say in shot.says if say.kind != "preview"]
        assert times == sorted(times)


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["quotes"]
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote
        assert data["tabs"] == chrome_words()


def test_night_is_where_it_should_be():
    def night(moment: datetime) -> bool:
        return moment.hour >= 22 or moment.hour < 6

    def moments(key: str) -> list[datetime]:
        return [x.at for s in CASES[key].shots for x in (*s.says, *s.calls)]

    # baotou: every message and call is in the day; only a status-bar clock says 23:16.
    assert all(time(8) <= m.time() <= time(21) for m in moments("baotou"))
    assert any(s.status.startswith("23:") for s in CASES["baotou"].shots)
    for key in ("wuhu", "zhuzhou", "ganzhou"):
        calls = [c.at for s in CASES[key].shots for c in s.calls if c.collector]
        assert any(night(m) for m in calls), key


def test_the_wordings_this_set_is_about():
    wuhu, zhuzhou, ganzhou = CASES["wuhu"], CASES["zhuzhou"], CASES["ganzhou"]
    signed = [x.text for s in wuhu.shots if s.kind == "sms_thread" for x in s.says]
    assert any(t.endswith("【速借宝】") for t in signed)
    night = {
        x.who
        for s in zhuzhou.shots
        for x in s.says
        if x.collector and x.at.date().isoformat() == "2026-11-19" and x.at.hour >= 23
    }
    assert len({n for n in night if number_key(n)}) == 3  # one night, three numbers
    texts = [x.text for s in zhuzhou.shots for x in s.says]
    assert any(re.search(r"(\S ){5}", t) for t in texts)  # characters spaced apart
    assert any("huan" in t or t.startswith("hk") for t in texts)
    # ganzhou's collectors write only on WeChat: no SMS at all.
    assert not [s for s in ganzhou.shots if s.kind.startswith("sms")]
    # Angry words from people who are not collectors.
    angry = [x for c in CASES.values() for s in c.shots for x in s.says if "！" in x.text]
    assert angry
    assert not any(x.collector for x in angry)


def test_file_names_are_unique_and_carry_the_capture():
    for key, case in CASES.items():
        names = [file_name(s, i, PHONE[key]) for i, s in enumerate(case.shots)]
        assert len(set(names)) == len(names)
        for name, shot in zip(names, case.shots, strict=True):
            if name.startswith("mmexport"):
                sent = datetime.fromtimestamp(int(name[8:21]) / 1000)
                assert sent.date() == shot.captured.date()
            elif not re.fullmatch(r"IMG_\d{4}\.PNG", name):  # iPhones: EXIF only
                assert f"{shot.captured:%Y}" in name


def test_rendered_files_look_handed_in(tmp_path):
    """Forwarded shots are 720 px JPEGs; the photo carries EXIF; one file per shot."""
    pytest.importorskip("playwright")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed")
    case = CASES["wuhu"]
    paths = render_case(case, tmp_path, PHONE["wuhu"])
    assert len(paths) == len(case.shots)
    for path, shot in zip(paths, case.shots, strict=True):
        with Image.open(path) as image:
            assert image.width >= 1000
            if shot.kind == "paper":
                assert image.getexif().get(0x0132, "").startswith(f"{shot.captured:%Y:%m:%d}")
    forwarded = render_case(CASES["zhuzhou"], tmp_path, PHONE["zhuzhou"])[7]
    with Image.open(forwarded) as image:
        assert image.width == 720
    assert forwarded.name.startswith("mmexport")
