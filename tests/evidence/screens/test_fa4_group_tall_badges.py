"""A family group whose avatar badges stand taller than the words: OCR glues each badge to its
bubble's first line in a box as tall as the circle, right under the member's name. The name
still heads its bubble, a one-line bubble's badge is known by the name over it, a voice
bubble's head ("语音 7″ 转文字") is chrome over its transcript, a member joining by QR code
is the app's notice, and a stitched capture's seam (the same divider and bubble twice) counts
once."""

from __future__ import annotations

from evidence.screens.chat_voice import is_voice_chrome
from tests.evidence.screens.boxes import parse_boxes

GROUP = {
    "width": 1080,
    "height": 3753,
    "captured": "2026-03-12",
    "lines": [
        ["20:33 中国移动 4G 76%", 32, 14, 1014, 51],
        ["赵家一家人(6)", 104, 126, 337, 68],
        ["今天上午9:30", 430, 263, 225, 52],
        ["“法务-李专员”通过扫描“大姐”分享的二维码加入群聊", 142, 333, 819, 38],
        ["今天上午9:31", 430, 398, 225, 52],
        ["法务-李专员", 173, 461, 189, 47],
        ["法 各位家属好，我是速借宝法务部", 34, 506, 810, 108],
        ["，赵晓峰欠款6800元已逾期三天", 209, 610, 641, 45],
        ["，请家属督促他今天处理。", 209, 673, 518, 51],
        ["今天上午9:33", 430, 794, 225, 52],
        ["大姐", 169, 850, 90, 61],
        ["大 你谁啊？谁让你进来的", 25, 893, 636, 129],
        ["今天上午9:34", 430, 1058, 225, 54],
        ["法务-李专员", 169, 1118, 195, 54],
        ["法 语音7”转文字", 52, 1188, 380, 70],
        ["不处理的话我们会把他的借款信", 200, 1253, 644, 61],
        ["息发到他单位群里", 207, 1325, 367, 52],
        ["今天上午9:34", 428, 1485, 229, 52],
        ["法务-李专员", 166, 1541, 201, 61],
        ["法 语音7”转文字", 54, 1613, 376, 70],
        ["不处理的话我们会把他的借款信", 207, 1685, 635, 52],
        ["息发到他单位群里", 207, 1753, 365, 51],
        ["今天上午9:40", 430, 1874, 225, 54],
        ["妈妈", 166, 1933, 93, 58],
        ["妈 峰峰你到底借了多少钱", 52, 2005, 614, 67],
        ["今天上午9:42", 431, 2142, 221, 45],
        ["妈你别管，我自己处理 我", 414, 2225, 600, 60],
        ["今天中午12:15", 422, 2359, 238, 45],
        ["法务-李专员", 171, 2415, 193, 51],
        ["法 12k的账拖成这样，家里人脸上都", 51, 2487, 825, 66],
        ["没光吧", 199, 2555, 157, 67],
        ["今天中午12:15", 422, 2724, 238, 45],
        ["法务-李专员", 171, 2781, 193, 52],
        ["法 12k的账拖成这样，家里人脸上都", 47, 2847, 825, 73],
        ["没光吧", 199, 2922, 157, 66],
        ["今天中午12:20", 422, 3052, 238, 45],
        ["大姐", 169, 3109, 86, 56],
        ["大 已经截图了，准备报警", 49, 3180, 615, 72],
        ["按住说话 表情 发送", 96, 3617, 853, 61],
    ],
}
COLLECTOR = "法务-李专员"


def _said() -> list[tuple[str, str, str]]:
    return [(m.side, m.sender, m.text) for m in parse_boxes(GROUP).messages]


def test_a_name_over_a_tall_glued_badge_heads_its_bubble() -> None:
    said = _said()
    whole = "各位家属好，我是速借宝法务部，赵晓峰欠款6800元已逾期三天，请家属督促他今天处理。"
    assert ("in", COLLECTOR, whole) in said
    assert ("in", "大姐", "你谁啊？谁让你进来的") in said
    assert ("in", "妈妈", "峰峰你到底借了多少钱") in said
    assert ("in", "大姐", "已经截图了，准备报警") in said


def test_a_voice_head_is_chrome_and_its_transcript_the_senders_words() -> None:
    said = _said()
    assert ("in", COLLECTOR, "不处理的话我们会把他的借款信息发到他单位群里") in said
    assert not any("转文字" in text or text.startswith("7") for _s, _w, text in said)
    assert is_voice_chrome("语音 7″ 转文字")
    assert is_voice_chrome("语音7”")
    assert not is_voice_chrome("语音7点给你打")


def test_a_member_joining_by_qr_code_is_the_apps_notice() -> None:
    assert not any("二维码" in text for _s, _w, text in _said())


def test_a_divider_and_its_bubble_drawn_again_at_a_seam_count_once() -> None:
    said = _said()
    assert [text for _s, _w, text in said].count("12k的账拖成这样，家里人脸上都没光吧") == 1
    assert [text for _s, _w, text in said].count(
        "不处理的话我们会把他的借款信息发到他单位群里"
    ) == 1
    assert [side for side, _w, _t in said].count("out") == 1


# A stitched one-to-one thread: each seam draws the divider again over the last bubble above it.
STITCHED = {
    "width": 720,
    "height": 1780,
    "captured": "2026-03-11",
    "lines": [
        ["中国联通 41% 12:15", 22, 9, 677, 37],
        ["催收-勿接", 64, 80, 168, 52],
        ["3月10日晚上9:15", 266, 319, 186, 37],
        ["唔好再搞我屋企人 我", 332, 376, 345, 45],
        ["3月10日晚上9:16", 268, 465, 184, 32],
        ["催 你还钱我就唔搞", 38, 521, 318, 45],
        ["3月10日晚上9:16", 266, 632, 184, 32],
        ["催 你还钱我就唔搞", 38, 688, 318, 46],
        ["3月11日凌晨12:20", 262, 779, 196, 31],
        ["催 今晚十二点前唔见钱", 38, 833, 378, 44],
        ["催 你阿妈嘅单位电话我都有", 39, 933, 432, 42],
        ["3月11日凌晨12:20", 262, 1046, 196, 31],
        ["催 你阿妈嘅单位电话我都有", 36, 1100, 435, 42],
        ["3月11日上午8:30", 268, 1376, 182, 31],
        ["我已经报警，聊天记录全部截图 我", 154, 1430, 527, 48],
        ["聊天详情 发送 更多", 60, 1688, 569, 43],
    ],
}


def test_a_seam_drawing_the_divider_again_over_the_last_bubble_counts_it_once() -> None:
    texts = [m.text for m in parse_boxes(STITCHED).messages]
    assert texts.count("你还钱我就唔搞") == 1
    assert texts.count("你阿妈嘅单位电话我都有") == 1
    assert "今晚十二点前唔见钱" in texts
