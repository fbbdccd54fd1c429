"""Dialect characters PP-OCR cannot write, put back where the recogniser's stand-in cannot be meant.

The PP-OCR recogniser only outputs the characters of its charset (the "character" entry of the
rec model's metadata). Cantonese 哋 and 喺 and northern 嫑 are not in it, so it writes the
nearest shape it knows: 我哋 comes out 我吡 / 我呲, 喺度 as 喉度 / 噝度, 嫑再 as 霎再 (measured on
text drawn in this machine's CJK fonts: tests/evidence/ocr/glyph_readings.json). A few
characters it does know are misread just as steadily on drawn text (佢 as 但/佰/佤/厄, 嘅 as
慨, 冇 as 右, 嗰 as 咽, 揾 as 温, 啲 as 喲), and are handled the same way.

Every rule names the stand-in, the context where it stands for the dialect character, and the
stand-in's own words, which are never touched: 吡 stays in 吡咯, 呛 in 呛人, 喉 in 喉咙, 慨 in
感慨. A rule whose stand-in is ordinary Mandarin also needs the line to be Cantonese (it holds
a character or word that only Cantonese writes), so a Mandarin line keeps what was read.
"""

from __future__ import annotations

from dataclasses import replace

from evidence.ocr.base import OcrResult

# Part of the OCR cache key: a change to the rules must not be hidden by results read before it.
# A rule that only restores more needs no new key: cached lines are restored again when read
# from the cache (restore_result), and a restored character is never a stand-in itself.
GLYPH_RULES_VERSION = 1

# Characters (and a few words) only Cantonese writing uses: one of them makes a line Cantonese.
CANTONESE_CHARS = frozenset("唔咗嘅冇啲哋喺嚟嘢咩乜噉嗰睇俾畀佢攞搵冚啱嘥嬲咁")
CANTONESE_WORDS = ("屋企", "而家", "边度", "点解", "系咪", "係咪", "唔该")

# The plural 哋 after a person pronoun; 佢 itself is often read as one of its misreads.
PRONOUNS = "我你佢"
THIRD_PERSON_MISREADS = "佰佤厄拒但"
# Stand-in for 哋 -> characters that, right after it, make a word of the stand-in's own.
PLURAL_STAND_INS: dict[str, str] = {
    "吡": "啶咯嗪喃唑哆虫",
    "呲": "牙儿了着啦我你他她它",
    "咂": "嘴舌摸了着咂巴我你他她它",
    "呛": "了着到得住死人鼻水咳声呛我你他她它",
}

# 佢 misread alone (no 哋 after it), in a Cantonese line.
THIRD_PERSON_OWN_WORDS = ("佤族", "佤邦", "阿佤", "厄运", "厄瓜", "困厄", "厄尔", "灾厄", "苦厄")
NUMERAL_CHARS = frozenset("0123456789零一二三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾仟元圆")
# 但 is a common word: only after a verb that takes a person as its object, or before 嘅, does
# it stand for 佢.
PERSON_VERBS = "叫帮识告俾畀搵问逼教劝"

# Stand-ins for 喺 ("at") -> (characters before, characters after) that make their own words:
# 咽喉 / 喉咙, 噝噝, 啄木鸟 / 鸡啄米, 噁心. 嗎 is handled apart (it is the traditional 吗).
AT_STAND_INS: dict[str, tuple[str, str]] = {
    "喉": ("咽歌锁割封卡润嗓清利鱼结喉", "咙头舌结部癌管音科间炎镜腔糖片中里咽"),
    "噝": ("噝", "噝"),
    "啄": ("鸟鸡雀啄", "木食米了着一啄"),
    "噁": ("", "心"),
    "嗎": ("", ""),
}
# 喺 before these needs no other sign of Cantonese: 喺度 "here", 喺边 "where".
AT_PLACES = "度边"

# 霎 for 嫑 ("don't"): 霎 itself lives only in 霎时 / 霎那 / 霎间 / 霎眼 / 一霎.
DONT_OWN_AFTER = "时那间眼霎"
DONT_OWN_BEFORE = "一霎"
# 耍 for 嫑 before words that can never be 耍's object (耍跟头, a somersault, excepted).
DONT_PLAY_AFTER = "再让叫怪跟"

# 慨 for 嘅: 慨 itself lives only in 慷慨 / 感慨 / 愤慨 / 慨叹 / 慨然 / 慨允.
GENITIVE_OWN_BEFORE = "慷感愤"
GENITIVE_OWN_AFTER = "叹然允"

# 右 for 冇 ("not have"): only in 右得 and a question-final 了右, never Mandarin; in a Cantonese
# line also before a verb or noun that "right" never starts a word with (右返屋企, 右咗).
RIGHT_OWN_BEFORE = "左向靠往朝偏极座"
RIGHT_OWN_AFTER = "边手侧转拐上下面方派翼键眼脚腿耳臂肩半前后舷岸列栏倾击"
CLAUSE_END = "?？。，,!！"

# 咽 for 嗰 ("that"): 嗰 stands before a measure word (嗰笔数, 嗰间学校); 咽 itself lives in
# 咽喉 / 吞咽 / 哽咽 / 呜咽 / 咽气 / 咽部, never before one, so no other sign of Cantonese is needed
# (a wrapped bubble's first line may hold none).
THAT_MEASURES = "笔间个只条件位班次日阵样种张晚排啲度边架本单份"
THAT_OWN_BEFORE = "吞哽呜狼"
# 温 for 揾 ("look for"): before 唔 / 咗 / 到 / 返 / 工 in a Cantonese line (揾唔到, 揾工); 温
# itself is never followed by these (气温 / 温度 / 温暖).
FIND_AFTER = "唔咗到返工食"
# 喲 for 啲 ("some", "-er"): after 快 / 多 / 少 / 早 / 有 / 一 in a Cantonese line, after 呢 / 嗰
# ("these", "those") in any line; the interjection 喲 follows 哎 / 唷 or stands alone.
SOME_BEFORE = "快多少早有一啲"
SOME_AFTER_DEMONSTRATIVE = "呢嗰"
# 但 for 佢 before 话 ("he said") or 自己, or right after 但是 / 但系 (no "but" follows "but").
THIRD_PERSON_AFTER_WORDS = ("话你", "话我", "话佢", "话要", "话会", "自己")


def is_cantonese(text: str) -> bool:
    return any(char in CANTONESE_CHARS for char in text) or any(w in text for w in CANTONESE_WORDS)


def _at(chars: list[str], index: int) -> str:
    return chars[index] if 0 <= index < len(chars) else ""


def _in(char: str, chars: str | frozenset[str]) -> bool:
    # "" is in every str: a line's edge is never one of the listed neighbours.
    return bool(char) and char in chars


def _restore_plural(chars: list[str]) -> None:
    for index, char in enumerate(chars):
        partners = PLURAL_STAND_INS.get(char)
        before = _at(chars, index - 1)
        if partners is None or not _in(before, PRONOUNS + THIRD_PERSON_MISREADS):
            continue
        if _in(_at(chars, index + 1), partners):
            continue
        chars[index] = "哋"
        if before in THIRD_PERSON_MISREADS:
            chars[index - 1] = "佢"


def _restore_wa(chars: list[str]) -> None:
    # 佤 is written only in the Wa people's names (佤族, 佤邦, 阿佤): elsewhere it is 佢.
    text = "".join(chars)
    for index, char in enumerate(chars):
        if char == "佤" and not any(
            word in text[max(0, index - 1) : index + 2] for word in THIRD_PERSON_OWN_WORDS
        ):
            chars[index] = "佢"


def _restore_third_person(chars: list[str], text: str) -> None:
    for index, char in enumerate(chars):
        before, after = _at(chars, index - 1), _at(chars, index + 1)
        if char in "佰佤厄":
            if any(word in text[max(0, index - 1) : index + 2] for word in THIRD_PERSON_OWN_WORDS):
                continue
            if _in(before, NUMERAL_CHARS) or _in(after, NUMERAL_CHARS):
                continue  # 壹佰元: the financial numeral
            chars[index] = "佢"
        elif char == "但" and (
            _is_person(before, after)
            or _is_with_person(chars, index)
            or text[index + 1 : index + 3] in THIRD_PERSON_AFTER_WORDS
            or text[max(0, index - 2) : index] in ("但是", "但系")
        ):
            chars[index] = "佢"


def _is_person(before: str, after: str) -> bool:
    # "but" never takes 嘅 after it, nor follows a verb that wants a person (但係 is "but").
    return after == "嘅" or (_in(before, PERSON_VERBS) and not _in(after, "是系係凡愿"))


def _is_with_person(chars: list[str], index: int) -> bool:
    # 你同但讲: 同 "with" after a pronoun takes a person; 不同但 / 相同但 are "but".
    return _at(chars, index - 1) == "同" and _in(_at(chars, index - 2), PRONOUNS + "哋")


def _restore_at(chars: list[str], cantonese: bool) -> None:
    for index, char in enumerate(chars):
        if char not in AT_STAND_INS:
            continue
        before, after = _at(chars, index - 1), _at(chars, index + 1)
        own_before, own_after = AT_STAND_INS[char]
        if _in(before, own_before) or _in(after, own_after):
            continue
        if char == "嗎" and not (cantonese and _in(before, PRONOUNS + "哋") and _is_cjk(after)):
            continue  # traditional 吗: only mid-clause after a pronoun does it stand for 喺
        # 喺 always has what follows it on the line, or the line wraps right after it.
        if (cantonese and (_is_cjk(after) or not after)) or _in(after, AT_PLACES):
            chars[index] = "喺"


def _restore_dont(chars: list[str]) -> None:
    for index, char in enumerate(chars):
        before, after = _at(chars, index - 1), _at(chars, index + 1)
        if char == "霎" and _is_cjk(after) and not _in(after, DONT_OWN_AFTER):
            if not _in(before, DONT_OWN_BEFORE):
                chars[index] = "嫑"
        elif char == "耍" and _in(after, DONT_PLAY_AFTER) and _at(chars, index + 2) != "头":
            chars[index] = "嫑"


def _restore_in_charset(chars: list[str]) -> None:
    for index, char in enumerate(chars):
        before, after = _at(chars, index - 1), _at(chars, index + 1)
        if char == "慨" and _is_cjk(before) and _is_cjk(after):
            if not _in(before, GENITIVE_OWN_BEFORE) and not _in(after, GENITIVE_OWN_AFTER):
                chars[index] = "嘅"
        elif char == "右" and not _in(before, RIGHT_OWN_BEFORE) and _means_not_have(before, after):
            chars[index] = "冇"
        elif char == "咽" and _in(after, THAT_MEASURES) and not _in(before, THAT_OWN_BEFORE):
            chars[index] = "嗰"
        elif char == "喲" and _in(before, SOME_AFTER_DEMONSTRATIVE):
            chars[index] = "啲"


def _restore_cantonese_in_charset(chars: list[str]) -> None:
    # Ordinary Mandarin characters: only in a line that is Cantonese already.
    for index, char in enumerate(chars):
        before, after = _at(chars, index - 1), _at(chars, index + 1)
        if char == "慨" and _is_cjk(before) and (not after or after in CLAUSE_END):
            if not _in(before, GENITIVE_OWN_BEFORE):
                chars[index] = "嘅"  # a sentence-final 嘅 (我唔系嚟交友嘅，)
        elif char == "右" and not _in(before, RIGHT_OWN_BEFORE) and _is_cjk(after):
            if not _in(after, RIGHT_OWN_AFTER):
                chars[index] = "冇"
        elif char == "温" and _in(after, FIND_AFTER):
            chars[index] = "揾"
        elif char == "喲" and _in(before, SOME_BEFORE):
            chars[index] = "啲"


def _means_not_have(before: str, after: str) -> bool:
    return after == "得" or (before == "了" and (not after or after in CLAUSE_END))


def _is_cjk(char: str) -> bool:
    return bool(char) and "\u3400" <= char <= "\u9fff"


def restore_line(text: str) -> str:
    """The line with each stand-in put back where it can only mean the dialect character."""
    chars = list(text)
    _restore_plural(chars)
    _restore_dont(chars)
    _restore_in_charset(chars)
    _restore_wa(chars)
    restored = "".join(chars)
    if is_cantonese(restored):
        _restore_cantonese_in_charset(chars)
        restored = "".join(chars)
        _restore_third_person(chars, restored)
    _restore_at(chars, is_cantonese("".join(chars)))
    return "".join(chars)


def restore_result(ocr: OcrResult) -> OcrResult:
    """A cached reading with today's rules applied to every line (and to its text)."""
    lines = tuple(replace(line, text=restore_line(line.text)) for line in ocr.lines)
    text = "\n".join(restore_line(part) for part in ocr.text.split("\n"))
    if lines == ocr.lines and text == ocr.text:
        return ocr
    return replace(ocr, lines=lines, text=text)
