"""The sixteenth blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.blindgen16.apps import CHROME, blocks, drawn_text
from tests.blindgen16.cases import CASES, PHONE, chrome, collector_key, conduct_days, truth
from tests.blindgen16.model import number_key

# Skins and apps every earlier set drew (casegen, blindgen … blindgen15).
_EARLIER = {
    "miui", "hyperos", "hyperos_dark", "harmony", "harmony_next", "emui", "emui9", "ios",
    "ios_light", "ios_dark", "ios16", "ios_big", "originos", "coloros", "magicos", "oneui",
    "flyme", "realme", "oneplus", "myos", "nubia", "zui", "smartisan", "pixel", "zenui", "xperia",
    "tianyi", "elder", "fold", "you_light", "you_dark", "nothing", "hios", "aosp_dark", "lineage",
    "ipad_split", "pc_wechat_own", "coolpad", "eink", "sharp", "camera_own", "holo", "kaios",
    "lite_go", "hm_large", "funtouch", "touchwiz", "honor_dark_own", "ios18_own",
    "wechat", "wechat_en", "wecom", "dingtalk", "qq", "qq_group", "tim", "douyin_dm", "alipay",
    "feishu", "xiaohongshu", "weibo", "kuaishou", "xianyu", "bilibili", "meituan", "telegram",
    "momo", "soul", "zhihu", "tieba", "douyin", "moments", "mp", "sms_same", "tantan", "loanapp",
    "lockscreen", "incall", "sms_rcs", "mail163", "wechat_dark_own", "merged_record", "shop_chat",
    "line_like", "voicemail", "recorder", "mms", "fraud_alert", "weixin_pc", "blocker",
    "contact_detail", "parents_group", "guestbook", "channels_dm", "wechat_own9", "wxfriends9",
    "sms_spam", "call_detail", "calllog_grouped", "idcard9", "document9", "bill9", "calllog9",
    "sms_thread9", "sms_inbox9",
    # blindgen11
    "bberry11", "bill11", "calllog11", "clan11", "fairphone11", "idcard11", "intercept11",
    "messenger11", "mirror11", "moto11", "photo11", "qqmail11", "rog11", "shop11", "signal11",
    "sms11", "summons11", "tablet11", "tabsms11", "watch11",
    # blindgen12
    "bill12", "calllog12", "cupertino12", "idcard12", "lawyer12", "metro12", "photo12",
    "sense12", "webos12", "xos12",
    # blindgen13
    "lgux13", "mispace13", "nokia13", "gotab13", "car13", "print13", "seam13", "markup13",
    "bill13", "calllog13", "carmsg13", "chat13", "contact13", "dycomment13", "mail13", "moments13",
    "notice13", "rcs13", "sms13", "voicemail13", "wecom13", "wxsearch13",
    # blindgen14
    "tizen14", "iosflat14", "laoren14", "darktab14", "aicall14", "bankmsg14", "bill14",
    "calllog14", "idcard14", "igdm14", "laocall14", "laosms14", "shopcs14", "sms14", "summons14",
    "wa14", "wxvoice14", "xdm14", "ysf14",
    # blindgen15
    "firefoxos15", "gingerbread15", "harmony15", "palm15", "paper15", "phonelink15",
    "symbian15", "tizen15", "antifraud15", "bill15", "calllog15", "city15", "drawer15",
    "idcard15", "land15", "linkcall15", "linkmsg15", "long15", "mail15", "photo15", "qzone15",
    "screen15", "skype15", "sms15", "snap15", "summons15", "work15",
}  # fmt: skip
# Cities earlier sets used as case keys (blindgen14 and 15's at the end).
_EARLIER_CITIES = {
    "nanning", "jinan", "kunming", "shaoguan", "dezhou", "yulin", "qiqihar", "qinzhou", "shatin",
    "zhuzhou", "baise", "hefei", "xiamen", "shijiazhuang", "guiyang", "lanzhou", "taiyuan",
    "nanchang", "haikou", "wuhu", "baotou", "ganzhou", "liuzhou", "yinchuan", "xining",
    "mianyang", "jiujiang", "zhaoqing", "xiangtan", "zibo", "nanchong", "zhanjiang", "liuan",
    "yibin", "chengdu", "hunan", "wuhan", "wenzhou", "luoyang", "datong", "quanzhou",
    "shantou", "foshan", "anqing", "dongguan",
    "tieling", "zigong", "dandong", "leshan", "jiaxing", "weifang", "zunyi", "huzhou",
}  # fmt: skip
_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: drawn_text(s) for s in SCREENS}


def _norm(text: str) -> str:
    """bench/screens_report.py's _norm, restated so this test needs no app import."""
    flat = unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))
    flat = "".join(ch for ch in flat if unicodedata.category(ch) not in ("So", "Cf", "Mn"))
    return flat.rstrip("。！？!?.").replace("“", "「").replace("”", "」")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's _ui_in rule, restated."""
    flat = _norm(text)
    if any(_norm(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 8


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert 36 <= len(SCREENS) <= 44
    assert set(CASES).isdisjoint(_EARLIER_CITIES)
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS}
    assert labels.isdisjoint(_EARLIER)
    assert all(label.endswith("16") for label in labels), labels
    assert set(CHROME) <= {s.app for s in SCREENS}
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    assert all(n.endswith((".png", ".jpg")) for n in names)
    assert all(s.name.endswith(".jpg") for s in SCREENS if s.photo or s.forwarded)


def test_chrome_words_are_drawn():
    for s in SCREENS:
        for bar in CHROME.get(s.app, []):
            assert bar in DRAWN[s.name], (s.name, bar)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 3
    assert all(c in drawn for c in case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert len(data["quotes"]) >= 6
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert data["screens"] == [s.name for s in case.screens]
    for quote in data["quotes"]:
        assert quote["text"] in DRAWN[quote["screen"]], quote
    for screen in case.screens:
        assert all(status in DRAWN[screen.name] for status in screen.statuses)
        for msg in screen.msgs:
            assert msg.text in DRAWN[screen.name], msg.text
            assert msg.at <= screen.captured
            assert not msg.shown or msg.shown in DRAWN[screen.name]
            if msg.side != "sys":
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.side == "out":
                assert not msg.quote
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert (call.name or call.number) in DRAWN[screen.name]
            assert call.shown.split("|")[0] in DRAWN[screen.name]  # the day it drew
            assert call.count == 1 or f"({call.count})" in DRAWN[screen.name]
            assert call.at <= screen.captured
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["baoding"])["calls"] == {"17093125566": 6, "03125821736": 3}
    assert truth(CASES["yichang"])["calls"] == {"02785561290": 10, "16574218830": 4}
    assert truth(CASES["putian"])["calls"] == {"05942687153": 7, "19959418827": 4}
    assert truth(CASES["guilin"])["calls"] == {"07733859012": 3, "18173145520": 5}


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    bill = "".join(DRAWN[s.name] for s in case.screens if s.app == "bill16")
    assert all(f"{value}.00" in bill for value in loan.values())
    apps = {s.app for s in case.screens}
    assert {"idcard16", "letter16", "calllog16"} <= apps
    assert any(s.forwarded and s.owner != "borrower" for s in case.screens)
    names = {name for name, _ in case.contacts}
    owners = {s.owner for s in case.screens} | {c.name for s in case.screens for c in s.calls}
    assert names <= owners
    assert PHONE[key] == case.phone
    assert len(case.phone) == 11
    # The ID card's birth year is no conduct year.
    card = next(s for s in case.screens if s.app == "idcard16")
    year = re.search(r"(\d{4})年", card.paras[3]).group(1)
    assert not any(day.startswith(year) for day in conduct_days(case))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_platform_notice_is_no_collector_and_one_case_is_night_only_by_clock():
    notice = next(s for s in SCREENS if s.app == "alipaycs16")
    assert not any(m.collector for m in notice.msgs)
    assert "以免影响信用" in DRAWN[notice.name]
    yichang = CASES["yichang"]
    events = [m.at for s in yichang.screens for m in s.msgs if m.collector]
    events += [c.at for s in yichang.screens for c in s.calls if c.collector]
    assert not any(_night(at.hour) for at in events)
    assert any(_night(s.captured.hour) for s in yichang.screens if not s.photo)
    for key in ("baoding", "putian", "guilin"):
        case = CASES[key]
        events = [c.at for s in case.screens for c in s.calls if c.collector]
        assert any(_night(at.hour) for at in events)
        assert not all(_night(a.hour) for a in events)


def test_wording_and_shapes():
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.collector and m.quote)
    for shape in ("还 款", "通-讯-录", "txl", "hk", "yq", "汝", "冇得", "[😡🙂💢👊🙄]"):
        assert re.search(shape, words), shape
    lines = "".join(m.text for s in SCREENS for m in s.msgs if m.side == "sys")
    for shape in ("拍了拍", "对方已取消", "通话时长 00:35"):
        assert shape in lines
    shown = " ".join(m.shown for s in SCREENS for m in s.msgs)
    for shape in ("晚上11:20", "2026/3/10 下午2:32", "星期四"):
        assert shape in shown


def test_long_capture_repeats_its_seam():
    long = [s for s in SCREENS if s.long]
    assert long
    for s in long:
        items = [(b.kind, b.text) for b in blocks(s) if b.kind in ("in", "out")]
        assert len(items) > len(set(items))
