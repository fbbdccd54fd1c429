"""Screen chrome: status bar, title-bar buttons, tab bars, input box, keyboard, system lines."""

from __future__ import annotations

import re

from evidence.ocr.base import OcrLine

# A status bar holds a clock plus network/battery marks ("16:40 HD 5G", "20:33 36K/s 4G 46%").
# A 12-hour clock says its part of the day ("晚上7:30"); a network mark may run into the signal
# bars or the battery after it ("5G35%", "4GIII52%").
_STATUS_CLOCK = re.compile(r"^\s*(?:(?:[上下中]午|晚上|凌晨|早上|傍晚)\s*)?\d{1,2}[:：]\d{2}\b")
_STATUS_MARKS = re.compile(
    r"\b(?:[2-5]G|HD|LTE|VoLTE|Wi-?Fi)(?![a-z\u4e00-\u9fff])"
    r"|\b(?:\d+(?:\.\d+)?\s*[KkMm]B?/s|\d{1,3}\s*%)(?![\w])"
    r"|中国(?:移动|联通|电信)"
)
TAB_WORDS = frozenset(
    [
        "个人收藏",
        "最近通话",
        "通讯录",
        "拨号键盘",
        "语音留言",
        "微信",
        "发现",
        "我",
        "消息",
        "文档",
        "工作台",
        "日历",
        "联系人",
        "拨号",
        "电话",
        "信息",
        "收藏",
        "动态",
        "频道",
        "短信",
        "通话",
        "我的",
        "畅连",
        "营业厅",
        # A mail client's tabs and an opened mail's toolbar.
        "收件箱",
        "应用中心",
        "回复",
        "转发",
        "删除",
        "更多",
        # A photo viewer's toolbar under a picture ("分享 编辑 收藏 删除 更多").
        "分享",
        # A voicemail page's tabs.
        "全部留言",
        "未听留言",
        # An SMS inbox's filter tabs.
        "通知类",
        "骚扰拦截",
    ]
)
_TITLE_BUTTONS = frozenset(
    ["<", "〈", "‹", "返回", "...", "…", "⋯", "更多", "编辑", "完成", "取消", "详细信息", "信息"]
)
# A back glyph before a bar button's word ("<返回", "‹ 返回").
_BACK_BEFORE = re.compile(r"^[<〈‹←＜《˂]\s*(?=\S)")
# An input box's placeholder and its buttons, once blanks and icon glyphs are taken out.
_INPUT_WORD = (
    r"按住说话|按住说|发送|发送信息|发送短信|发短信|发信息|发消息|短信|信息|彩信|短信/彩信|iMessage"
    r"|iMessage信息|文本信息|输入消息|输入信息|输入短信|输入内容|请输入消息|请输入|说点什么吧?"
    r"|发送消息|发条消息|发表评论|写私信|私信|内容"
    r"|RCS消息|5G消息|富媒体消息"
    # The box's buttons: the emoji panel, a shop's canned replies, the voice toggle.
    r"|表情|常用语|语音"
)
_INPUT_WORDS = re.compile(rf"^(?:{_INPUT_WORD}){{1,3}}$", re.I)
# Icons OCR reads around a placeholder (plus, emoji, mic); sentence punctuation is kept, since
# "发短信。" is the end of someone's message, not a placeholder.
_ICONS = re.compile(r"[\s+＋⊕⊙☺☻○◎●◯@…·•<>＜＞|｜_~～\-—\U0001F300-\U0001FAFF]+")
# What a chat's title bar shows under the title: presence, typing, the number's home and carrier.
_SUBTITLE = re.compile(
    r"^(?:QQ|TIM)?(?:手机|iPhone|iPad|电脑|平板|[2-5]G|4G\+?|Wi-?Fi)?在线$|^(?:离线|忙碌|离开|请勿打扰|隐身)$"
    r"|^对方正在(?:输入|讲话)|^正在输入|号码归属地|^归属地[:：]?"
)
# A number's home and carrier under an SMS thread's header ("广西南宁 移动"), the thread's
# channel under its number (iOS: "短信"), a group's member count ("23人"): only in the header.
_CARRIER = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:中国)?(?:移动|联通|电信|广电)$"
    r"|^(?:短信|信息|iMessage|短信/彩信|SMS|RCS|5G消息)$|^[(（]?\d{1,5}\s*人[)）]?$"
)
# A member named in an app's notice: the name in quotes.
_QUOTED = r"[“\"「][^”\"」]{1,24}[”\"」]"
_SYSTEM_LINES = re.compile(
    r"以上是打招呼的内容|你已添加了|现在可以开始聊天了|撤回了一条消息|对方已开启朋友验证"
    r"|消息已发出，但被对方拒收|被对方拒收了?|加入了群聊|邀请.*加入了?群聊|以下为新消息|以下是新消息"
    r"|短信/彩信|(?:^|\s)SMS\s*$|你还不是(?:他|她|他（她）|他\(她\))?的?朋友|请先发送朋友验证"
    r"|与群里其他人都不是(?:微信)?朋友关系|修改群名为|移出了?群聊|开启了朋友验证|该消息已撤回"
    r"|你已成功添加|已添加为好友|打个招呼吧|开始聊天吧|外部群.*注意|群聊人数较多"
    # A member joining by a shared QR code or link: the names in quotes, the app's wording after.
    r"|通过扫描.{0,24}二维码加入|^[“\"「].{1,24}[”\"」].{0,30}加入了?群聊$"
    r"|^(?:已读|未读|\d+\s*人未读|已送达|送达)$"
    # A DM app's message-request gate ("消息请求·对方不是你的关注 回复后对方可继续发消息").
    r"|不是你的(?:好友|关注)|^消息请求\s*[·•]|回复后对方可继续发消息|请注意隐私安全|为了保护你的(?:资金|账户|财产)安全|请勿轻信陌生人"
    # A nudge ("“张三” 拍了拍 “我” 的肩膀"): the app's notice naming members in quotes, never
    # words; OCR may box its quoted tail ("“张三” 的肩膀") apart from the verb over it.
    rf"|^(?:{_QUOTED}|我)?\s*拍了拍\s*(?:{_QUOTED}|我|自己)"
    rf"|^{_QUOTED}\s*的\s*[\u4e00-\u9fff]{{1,6}}$"
)
# The phone's own layers over any app: the screen recorder's pill with its timer, the buttons of
# a fresh screenshot's thumbnail. Matched whole, once blanks are taken out.
_OVERLAY = re.compile(
    r"^(?:录屏|录制中?|屏幕录制|REC)[:：]?\d{1,2}[:：]\d{2}$"
    r"|^(?:分享|编辑|删除|长截屏|滚动截屏|Share|Edit|Delete){2,3}$",
    re.I,
)
# The input bar's share of a screen's height, counted from the bottom (bar plus gesture strip).
_COMPOSER_BAND = 0.075
# The system navigation bar under everything: its buttons are icons ("☰" read as "三", "◁",
# "○", "□"), alone on their line within the screen's last few per cent. Nobody's words.
_NAV_BAND = 0.95
_NAV_GLYPHS = re.compile(r"^[三☰≡＝=◁◀<○◯〇O口□■⌂⟲↺]{1,2}$")
_PLACEHOLDER_BAND = 0.15
# The input bar's buttons beside its box, OCR reading their labels as one word ("表情图片发送").
_BAR_BUTTONS = re.compile(r"^(?:发送|表情|图片|相册|拍照|语音|更多|[+＋⊕☺])+$")
# WeChat Work's chip after an external contact's name, when OCR boxes it on its own.
_NAME_CHIP_ALONE = re.compile(r"^[@＠]\s*(?:微信|企业微信|WeChat)$", re.I)
# A tab row under the header lies in this top band; each tab a two-character label.
_TOP_TABS = 0.25
_TAB_LABEL = re.compile(r"^[\u4e00-\u9fff]{2}$")
_KEY_ROW = re.compile(
    r"^(?:[qwertyuiop]\s*){6,}$|^(?:[asdfghjkl]\s*){6,}$|^(?:[zxcvbnm]\s*){5,}$", re.I
)


def is_status_bar(line: OcrLine, height: int) -> bool:
    """A top-band line with a clock and network or battery marks, or marks alone."""
    _x, y, _w, h = line.box
    if height and y + h / 2 > 0.06 * height:
        return False
    text = line.text.strip()
    clock = bool(_STATUS_CLOCK.match(text))
    marks = bool(_STATUS_MARKS.search(text))
    return marks or (clock and len(re.sub(r"[\d:：\s]", "", text)) <= 4)


# A network mark and the battery's percent, joined by a blank or a dot: a status bar whose clock
# is drawn on a line of its own (a watch's "08:03" over "LTE·76%").
_NETWORK_BATTERY = re.compile(r"^(?:[2-5]G|LTE|HD)[\s·•.]*\d{1,3}\s*%$")


def is_status_text(text: str) -> bool:
    """Words alone say status bar: a clock with network or battery marks ("16:40 HD 5G"), or a
    network mark with the battery's percent and nothing else ("LTE·76%")."""
    stripped = text.strip()
    if _NETWORK_BATTERY.match(stripped):
        return True
    return bool(_STATUS_CLOCK.match(stripped) and _STATUS_MARKS.search(stripped))


def is_status_only(text: str) -> bool:
    """A clock with network or battery marks and next to nothing else: "12:30 5G 64%", never
    someone's "10:30前先还50%"."""
    rest = re.sub(r"[\d:：\s%.]", "", _STATUS_MARKS.sub("", text))
    return is_status_text(text) and len(rest) <= 2


def is_tab_bar(line: OcrLine) -> bool:
    """A row of navigation tabs: three or more known tab words and nothing else."""
    return is_tab_bar_text(line.text)


def _tab_words(text: str) -> int:
    """How many tab words `text` (blanks removed) splits into; -1 when it does not split so."""
    if not text:
        return 0
    for size in range(min(4, len(text)), 1, -1):
        if text[:size] in TAB_WORDS and (rest := _tab_words(text[size:])) >= 0:
            return 1 + rest
    return -1


def is_input_box(text: str) -> bool:
    """An input box's placeholder or send button ("发送短信", "⊕ 输入信息 ☺", "iMessage信息")."""
    flat = _ICONS.sub("", text.replace("／", "/"))
    return bool(flat) and bool(_INPUT_WORDS.match(flat))


def is_subtitle(line: OcrLine, width: int) -> bool:
    """A title bar's second line: presence ("QQ 在线"), typing, a number's home and carrier."""
    flat = re.sub(r"\s+", "", line.text)
    if _SUBTITLE.search(flat):
        return True
    _x, y, _w, h = line.box
    # The header is about a fifth of the width tall on a phone; a long capture only grows below.
    return bool(width) and y + h / 2 < 0.3 * width and bool(_CARRIER.match(flat))


def is_bottom_chrome(text: str) -> bool:
    """An input box or a tab bar, however OCR spaced it ("按住 说话", "拨号联系人 营业厅")."""
    flat = re.sub(r"\s+", "", text).replace("／", "/")
    return is_input_box(text) or _tab_words(flat) >= 2 or is_tab_bar_text(text)


def is_tab_bar_text(text: str) -> bool:
    words = text.split()
    return len(words) >= 3 and sum(word in TAB_WORDS for word in words) >= len(words) - 1


def is_system_line(text: str) -> bool:
    """A chat's system notice ("对方不是你的好友，请注意保护个人信息", "撤回了一条消息")."""
    return bool(_SYSTEM_LINES.search(text.strip()))


def is_composer(line: OcrLine, width: int, height: int, band: float = _COMPOSER_BAND) -> bool:
    """A conversation's input box, known by where it sits whatever its placeholder says: the
    screen's last line, in its bottom band, opening at the left, a few words and no sentence
    ("写短信…", "发送给 王总"). A message always sits above the box that writes it."""
    x, y, _w, h = line.box
    flat = re.sub(r"\s+", "", _without_bar_buttons(line.text))
    # A placeholder that trails off ("写私信…", "说点什么...") sits in a taller bar than most.
    if re.search(r"(?:…|\.{2,3})$", flat):
        band = max(band, _PLACEHOLDER_BAND)
    if height and width > height:
        # The box and the navigation bar under it are as tall in landscape: a larger share.
        band *= min(width / height, 2.0)
    return (
        bool(width and height)
        and y + h / 2 > (1 - band) * height
        and x < 0.4 * width
        and 0 < len(_ICONS.sub("", flat)) <= 12
        and not re.search(r"[。！？!?，,]", flat)
    )


# A row of reply chips over the input box ("好的 稍后回复 已收到"): a few short words apart,
# at the screen's foot, far under the last bubble.
_CHIP_WORDS = 3
_CHIP_CHARS = 4
_CHIP_BAND = 0.2
_CHIP_GAP = 2.0


def is_reply_chips(line: OcrLine, above: OcrLine | None, height: int) -> bool:
    """A messaging app's suggested replies under a thread (RCS 快捷回复): several short words
    apart on one row at the screen's foot, well under the last message. The phone offers them;
    nobody said them."""
    _x, y, _w, h = line.box
    words = line.text.split()
    if len(words) < _CHIP_WORDS or any(len(word) > _CHIP_CHARS for word in words):
        return False
    if (
        re.search(r"[。！？!?，,]", line.text)
        or not height
        or y + h / 2 < (1 - _CHIP_BAND) * height
    ):
        return False
    return above is None or y - (above.box[1] + above.box[3]) > _CHIP_GAP * h


def _without_bar_buttons(text: str) -> str:
    """An input bar's text without its buttons' labels after the box ("聊聊呗~ 表情图片发送"): the
    labels read as one word after a blank, so a placeholder of any wording stays to judge."""
    words = text.split()
    if len(words) > 1 and _BAR_BUTTONS.match(words[-1]):
        return " ".join(words[:-1])
    return text


def _top_tabs(line: OcrLine, height: int) -> bool:
    """A row of tabs under the header ("消息 人脉 职言"): three or more two-character words
    side by side, one of them a known tab, in the screen's top band. Words in a bubble run on;
    a row of equal short labels is the app's navigation."""
    _x, y, _w, h = line.box
    words = line.text.split()
    if not height or y + h / 2 > _TOP_TABS * height or len(words) < 3:
        return False
    return all(_TAB_LABEL.match(w) for w in words) and any(w in TAB_WORDS for w in words)


def is_chrome(line: OcrLine, width: int, height: int) -> bool:
    """Status bar, tab bar, title-bar buttons, input box, keyboard row or a system notice."""
    text = line.text.strip()
    if not text or is_status_bar(line, height) or is_tab_bar(line) or _top_tabs(line, height):
        return True
    # The back button drawn as its glyph and its word ("<返回"): the bar's, never a title.
    button = _BACK_BEFORE.sub("", text)
    if button in _TITLE_BUTTONS or _SYSTEM_LINES.search(text) or _KEY_ROW.match(text):
        return True
    if _NAME_CHIP_ALONE.match(text) or _OVERLAY.match(re.sub(r"\s+", "", text)):
        return True
    if is_subtitle(line, width):
        return True
    _x, y, _w, h = line.box
    bottom_band = height and y + h / 2 > 0.9 * height
    if height and y + h / 2 > _NAV_BAND * height and _NAV_GLYPHS.match(text):
        return True
    return bool(bottom_band and (is_bottom_chrome(text) or text in TAB_WORDS))


# An input box holding a draft spans the screen from its left edge to the send button.
_DRAFT_SPAN = 0.85
_DRAFT_LEFT = 0.08


def draft_box(lines: list[OcrLine], width: int, height: int) -> int | None:
    """Index of an input box holding a typed draft ("明天再说 发送") in the screen's lower
    half: a line from the left edge to a send button's label, as no bubble reaches (avatars and
    margins flank bubbles). What lies under it (reply chips, the keyboard) is the phone's."""
    for index, line in enumerate(lines):
        x, y, w, _h = line.box
        words = line.text.split()
        if (
            width
            and height
            and len(words) >= 2
            and words[-1] == "发送"
            and x < _DRAFT_LEFT * width
            and w > _DRAFT_SPAN * width
            and y > height / 2
        ):
            return index
    return None
