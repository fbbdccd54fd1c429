"""Is each sentence of a generated narrative supported by the case? Pure functions.

A sentence is supported when its content words are found in what the case states: the facts, the
borrower's own account, the evidence text and the guidance passages the letter cites. The score
is the share of the sentence's character bigrams (function characters and numerals removed; the
number check owns numbers) that occur in those sources; with an embedder, the best cosine
similarity to a source sentence is blended in. A sentence that states a cause or consequence
("导致…", "因此…") is supported only when a source states one too. The threshold was tuned on
the dev part of tests/drafting/claims/claims.toml (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from casefile.model import Case
from evidence.sanitize import neutralise
from law.issues import verbatim_quotes

# Tuned on the dev split (see docs/BENCHMARKS.md): below this share of known bigrams, dropped.
LEXICAL_THRESHOLD = 0.40
# With embeddings: score = EMBED_WEIGHT * cosine + (1 - EMBED_WEIGHT) * lexical.
EMBED_WEIGHT = 0.5
EMBED_THRESHOLD = 0.55

_FUNCTION_CHARS = set("的了是在和与及也还又并就都被把将从向给于以其这那之个些等着过地得吗呢吧啊")
_NUMERALS = set("0123456789零〇一二两三四五六七八九十百千万亿几多")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CAUSAL = re.compile(r"导致|因此|因而|所以|以致|致使|使得|造成|由于|因为|以至于|从而|害得")
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
# The borrower writes "我", letters "本人"; the collectors write "你" to the borrower.
_FIRST_PERSON = re.compile(r"我(?!们)")
_SECOND_PERSON = re.compile(r"你(?!们)")
# Claims about the borrower's own state, plans or actions: only the borrower can vouch for them,
# so each topic must appear in what the user wrote, not merely share words with the evidence.
_SELF = r"(?:本人|我)(?!们)"
SELF_CLAIMS: dict[str, re.Pattern[str]] = {
    "health": re.compile(r"身体|健康|生病|患病|失眠|焦虑|抑郁|住院|就医|精神|心理|崩溃|惊吓"),
    "work": re.compile(
        r"(?:无法|不能|没法|难以|影响)[^，,。；]{0,6}(?:工作|上班|生活)|失业|辞退|开除|丢了工作"
    ),
    "negotiation": re.compile(
        _SELF + r"[^，,。；]{0,8}(?:协商|商量|沟通|分期|延期|谈判|和解)|正在[^，,。；]{0,6}协商"
    ),
    "inability": re.compile(
        r"(?:无法|不能|没法|无力|没有能力|难以)[^，,。；]{0,6}(?:继续)?(?:借款|借钱|还款|还钱|偿还|还清|借到)"
    ),
}

Embed = Callable[[Sequence[str]], Sequence[Sequence[float]]]


@dataclass(frozen=True)
class Verdict:
    """One sentence and whether the case supports it."""

    sentence: str
    score: float
    supported: bool
    reason: str = ""


def _content(text: str) -> str:
    text = _FIRST_PERSON.sub("本人", text)
    return text


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _CJK_RUN.findall(text):
        chars = [c for c in run if c not in _FUNCTION_CHARS and c not in _NUMERALS]
        grams |= {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}
    return grams


def own_words(case: Case) -> list[str]:
    """What the user wrote in their own words: the account, summary, notes and actions."""
    h = case.harassment
    texts = [h.account, h.summary, case.loan.notes]
    texts += [f"{a.action}，{a.result}" for a in case.actions_taken]
    return [_content(neutralise(t)) for t in texts if t and t.strip()]


def self_claims(sentence: str) -> set[str]:
    """The topics of the borrower's own state or actions a sentence asserts."""
    text = _content(sentence)
    return {topic for topic, pattern in SELF_CLAIMS.items() if pattern.search(text)}


def case_sources(case: Case, passages: Sequence[str] = ()) -> list[str]:
    """Every text that may support a sentence: facts, the user's words, evidence, passages."""
    from drafting.skeleton import facts_lines, template_narrative

    h = case.harassment
    texts = [template_narrative(case, "police"), *facts_lines(case)]
    texts += [h.account, h.summary, case.loan.notes, *h.threats]
    texts += [q.text for q in verbatim_quotes(case)]
    for item in case.evidence:
        texts += [item.summary, _SECOND_PERSON.sub("本人", item.text)]
    for action in case.actions_taken:
        texts.append(f"{action.action}，{action.result}")
    texts += list(passages)
    return [_content(neutralise(t)) for t in texts if t and t.strip()]


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, each with its end mark."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def lexical_score(sentence: str, known: set[str]) -> float:
    """Share of the sentence's content bigrams that the sources contain (1.0: nothing to check)."""
    grams = _bigrams(_content(sentence))
    if not grams:
        return 1.0
    return len(grams & known) / len(grams)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = (sum(x * x for x in a) ** 0.5) * (sum(y * y for y in b) ** 0.5)
    return dot / norm if norm else 0.0


def check_support(
    text: str,
    sources: Sequence[str],
    *,
    embed: Embed | None = None,
    threshold: float | None = None,
    own: Sequence[str] | None = None,
) -> list[Verdict]:
    """A verdict for every sentence of `text` against `sources` (and the user's `own` words)."""
    known: set[str] = set()
    for source in sources:
        known |= _bigrams(source)
    causal_sources = any(_CAUSAL.search(s) for s in sources)
    found = sentences(text)
    lexical = [lexical_score(s, known) for s in found]
    scores = lexical
    limit = LEXICAL_THRESHOLD if threshold is None else threshold
    if embed is not None and found:
        source_sentences = [s for src in sources for s in sentences(src)] or list(sources)
        vectors = embed(list(found) + source_sentences)
        mine, theirs = vectors[: len(found)], vectors[len(found) :]
        best = [max((_cosine(v, t) for t in theirs), default=0.0) for v in mine]
        scores = [
            EMBED_WEIGHT * b + (1 - EMBED_WEIGHT) * lex
            for b, lex in zip(best, lexical, strict=True)
        ]
        limit = EMBED_THRESHOLD if threshold is None else threshold
    own_topics = set().union(*(self_claims(t) for t in own)) if own is not None else None
    verdicts = []
    for sentence, score in zip(found, scores, strict=True):
        if own_topics is not None and self_claims(sentence) - own_topics:
            verdicts.append(Verdict(sentence, score, False, "您自己没有写过这件事"))
        elif _CAUSAL.search(sentence) and not causal_sources:
            verdicts.append(Verdict(sentence, score, False, "因果关系不在事实中"))
        elif score < limit:
            verdicts.append(Verdict(sentence, score, False, "事实中没有这些内容"))
        else:
            verdicts.append(Verdict(sentence, score, True))
    return verdicts


def keep_supported(
    text: str,
    sources: Sequence[str],
    *,
    embed: Embed | None = None,
    own: Sequence[str] | None = None,
) -> tuple[str, tuple[str, ...]]:
    """(the text without unsupported sentences, the sentences dropped)."""
    verdicts = check_support(text, sources, embed=embed, own=own)
    kept = "".join(v.sentence for v in verdicts if v.supported)
    dropped = tuple(v.sentence for v in verdicts if not v.supported)
    return kept, dropped
