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
