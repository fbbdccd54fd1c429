"""Lending platforms and threat categories named in OCR text (pure)."""

from __future__ import annotations

import re

KNOWN_PLATFORMS = (
    "借呗", "花呗", "微粒贷", "京东金条", "京东白条", "360借条", "分期乐", "安逸花", "招联金融",
    "美团借钱", "度小满", "有钱花", "拍拍贷", "你我贷", "洋钱罐", "小赢卡贷", "宜人贷", "玖富",
    "省呗", "还呗", "来分期", "榕树贷款", "平安普惠", "马上消费", "中邮钱包", "羊小咩",
)  # fmt: skip
_PLATFORM_SUFFIX = r"(?:贷款|贷|借款|借条|借钱|借|钱包|分期|白条|金条|金融|花|钱庄|卡贷)"
_PLATFORM_NAME = rf"([\u4e00-\u9fa5A-Za-z0-9]{{1,5}}?{_PLATFORM_SUFFIX})"
_PLATFORM_CONTEXT = (
    re.compile(
        rf"(?:在|是|从|向|【|\[)\s*{_PLATFORM_NAME}\s*(?:的|催收|平台|客服|APP|App|app|法务|】|\]|上)"
    ),
    re.compile(
        rf"(?:^|[\s,，。!！:：【\[])\s*{_PLATFORM_NAME}\s*(?:提醒|法务部|催收|客服|通知|温馨提示|[:：】\]])"
    ),
)
_NOT_PLATFORMS = {"借款", "贷款", "网贷", "借", "贷", "借钱", "欠款", "分期", "的借款", "小额贷款"}
_NOT_PLATFORM_START = set("的在是你我他她们这那把被给了还欠")

THREAT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("爆通讯录", re.compile(
        r"通讯录|所有联系人|全部联系人|群发|爆你|发给你.{0,6}(?:朋友|联系人|好友)"
    )),
    ("联系亲友", re.compile(
        r"(?:联系|打电话|通知|告诉|找|发给|问问).{0,8}"
        r"(?:父母|爸妈|家人|亲戚|亲友|家里人|老婆|老公|孩子|朋友|兄弟|姐妹|紧急联系人)"
    )),
    ("联系单位", re.compile(r"单位|领导|同事|公司(?:老板|人事|负责人)|老板|工作的地方")),
    ("上门", re.compile(r"上门|(?<![寄送])到你家|去你家|找到你家|家访|去你(?:公司|单位)找你|当面")),
    ("起诉", re.compile(r"起诉|法院|传票|立案|律师函|判决|坐牢|拘留|刑事|强制执行|征信")),
    ("曝光照片", re.compile(r"曝光|通缉令|P图|P成|P你|照片|朋友圈|悬赏")),
    ("辱骂", re.compile(r"老赖|垃圾|去死|畜生|不要脸|人渣|废物|骗子|死全家|狗东西")),
)  # fmt: skip


def _platforms(text: str) -> list[str]:
    names = [name for name in KNOWN_PLATFORMS if name in text]
    for pattern in _PLATFORM_CONTEXT:
        for line in text.splitlines():
            for match in pattern.finditer(line):
                name = match.group(1)
                if name in _NOT_PLATFORMS or name[0] in _NOT_PLATFORM_START:
                    continue
                names.append(name)
    # Context names never start with a function word, so the longer of two overlapping names
    # is the real one ("快来分期" over the known "来分期").
    unique = list(dict.fromkeys(names))
    return [n for n in unique if not any(o != n and n in o for o in unique)]


def threats_in(text: str) -> list[str]:
    """Threat / harassment categories mentioned in the text, in a fixed order."""
    flat = text.replace("\n", "")
    return [label for label, pattern in THREAT_PATTERNS if pattern.search(flat)]
