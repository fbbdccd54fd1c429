"""Case text is data, never instructions: make it inert before it reaches a prompt or a draft."""

from __future__ import annotations

import re

# Chat-template and instruction tokens of common model families (Qwen/ChatML, Llama, Mistral).
_SPECIAL_TOKENS = re.compile(
    r"<\|[^|>]{0,40}\|>|</?s>|\[/?INST\]|<<\s*/?SYS\s*>>|<\s*/?(?:system|assistant|user)\s*>",
    re.IGNORECASE,
)
# A role tag ("SYSTEM: …", "assistant：…", "系统：…") reads to a model as a new turn.
_ROLE_TAG = re.compile(
    r"(?i)(?<![A-Za-z])(?:system|assistant|user|developer|human)\s*[:：]|"
    r"(?:^|(?<=[\s。！？!?]))(?:系统|助手|指令)\s*[:：]"
)
# Sentences that address the model rather than state a fact: dropped, not merely quoted.
_INSTRUCTION = re.compile(
    r"(?i)忽略.{0,8}(?:指令|规则|要求|提示|设定)|<\|im_start\|>|\[INST\]|你现在是|新(?:的)?规则[:：]|"
    r"(?:以下|下面)是新的?指令|ignore (?:all |the )?(?:previous|above)|(?<![A-Za-z])"
    r"(?:system|assistant|developer)\s*[:：]"
)
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+|\n|$)")
# Our own fence tags must not be closable from inside the data.
_FENCE = re.compile(r"<\s*/?\s*资料\s*>|```")


def looks_like_instruction(sentence: str) -> bool:
    """True for text that talks to a model ("忽略之前的指令", "SYSTEM: …")."""
    return bool(_INSTRUCTION.search(sentence))


def drop_instructions(text: str) -> str:
    """Text without the sentences that address a model instead of stating a fact."""
    kept = [s for s in _SENTENCE.findall(text) if s and not looks_like_instruction(s)]
    return "".join(kept)


def neutralise(text: str) -> str:
    """Inert case text: instruction sentences dropped; template tokens, role tags, fences gone."""
    text = drop_instructions(text)
    text = _SPECIAL_TOKENS.sub("", text)
    text = _ROLE_TAG.sub("", text)
    text = _FENCE.sub("", text)
    return text.strip()


def quote_block(text: str) -> str:
    """Fence `text` as quoted material for a prompt."""
    return f"<资料>\n{neutralise(text)}\n</资料>"


# Free-text case fields the skeleton prints itself (an action taken, its result, the city) are
# the user's notes, not a place for new claims: a clause that reads like a request to the writer,
# quotes text to insert, carries an amount/long number, cites law or insults is left out.
_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")
_NOT_A_PLAIN_FACT = re.compile(
    r"(?i)请.{0,8}(?:写|加|改|在|把|输出|引用|使用)|写上|加上|改成|改为|写成|作废|更新为|"
    r"提示词|prompt|[“”「」『』\"'《》]|[A-Za-z]{3,}|(?<!\d)(?!(?:110|12\d{3})(?!\d))\d{3,}|\d[\d,，.]*\s*(?:元|块|万)|[¥￥]|"
    r"骗子|畜生|混蛋|王八|人渣|去死|滚|傻|流氓|后果自负|炸|弄死|杀了|报复"
)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def plain_fact(text: str, max_chars: int = 40) -> str:
    """A short user note safe to print in a letter: only its plain, factual clauses."""
    clauses = [
        clause.strip()
        for clause in _CLAUSE.findall(neutralise(text))
        if clause.strip()
        and not looks_like_instruction(clause)
        and not _NOT_A_PLAIN_FACT.search(clause)
    ]
    return "，".join(clauses)[:max_chars]


def place_name(text: str) -> str:
    """The city as a bare place name (2–12 Chinese characters), else nothing."""
    cleaned = neutralise(text).strip()
    return cleaned if _PLACE.fullmatch(cleaned) else ""
