"""The claim-support check: every narrative sentence must be backed by the case, the user's own
account or a cited passage. Tuned on the dev split of claims/claims.toml; the test split is held
out and only measured here (a floor below the measured values, so a regression fails)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from casefile.model import load_case
from drafting.compose import draft_document
from drafting.support import case_sources, check_support, keep_supported

from .conftest import TODAY, ScriptedLLM, case_named

HERE = Path(__file__).resolve().parent
CLAIMS = tomllib.loads((HERE / "claims" / "claims.toml").read_text(encoding="utf-8"))["claim"]


def _case(row: dict):
    folder = "cases" if row["split"] == "dev" else "heldout"
    return load_case(HERE / folder / f"{row['case']}.json")


def _scores(split: str) -> tuple[float, float, float]:
    """(precision, recall) of flagging invented sentences, and the share of true ones kept."""
    tp = fp = fn = tn = 0
    for row in CLAIMS:
        if row["split"] != split:
            continue
        [verdict] = check_support(row["sentence"], case_sources(_case(row)))
        flagged, invented = not verdict.supported, not row["supported"]
        tp += flagged and invented
        fp += flagged and not invented
        fn += invented and not flagged
        tn += not flagged and not invented
    return tp / (tp + fp), tp / (tp + fn), tn / (tn + fp)


def test_labelled_set_has_both_splits_and_both_labels() -> None:
    for split in ("dev", "test"):
        labels = {row["supported"] for row in CLAIMS if row["split"] == split}
        assert labels == {True, False}
    dev_cases = {row["case"] for row in CLAIMS if row["split"] == "dev"}
    test_cases = {row["case"] for row in CLAIMS if row["split"] == "test"}
    assert not dev_cases & test_cases


def test_held_out_precision_and_recall() -> None:
    precision, recall, kept = _scores("test")
    # Measured 0.95 / 0.90 / 0.94 (docs/BENCHMARKS.md).
    assert precision >= 0.9
    assert recall >= 0.85
    assert kept >= 0.9


@pytest.mark.parametrize(
    "sentence",
    ["这些骚扰导致本人无法正常还款。", "本人的母亲因此受到惊吓住进了医院。"],
)
def test_invented_causes_and_consequences_are_dropped(sentence: str) -> None:
    sources = case_sources(case_named("typical"))
    [verdict] = check_support(sentence, sources)
    assert not verdict.supported


def test_the_users_own_account_supports_a_sentence() -> None:
    import dataclasses

    case = load_case(HERE / "heldout" / "upfront_deduction.json")
    sentence = "本人借了一万元，到手只有七千元，对方说扣了服务费。"
    assert keep_supported(sentence, case_sources(case)) == (sentence, ())
    silent = dataclasses.replace(case, harassment=dataclasses.replace(case.harassment, account=""))
    assert keep_supported(sentence, case_sources(silent))[1] == (sentence,)


def test_an_invented_claim_is_dropped_from_the_letter_and_reported(typical) -> None:
    reply = (
        "本人就此事来函。\n\n"
        "催收人员先后给本人的母亲和同事打电话，称本人欠钱不还。这些骚扰导致本人无法正常还款。"
    )
    result = draft_document(typical, "platform", ScriptedLLM(reply), today=TODAY)
    assert result.dropped_claims == ("这些骚扰导致本人无法正常还款。",)
    assert "无法正常还款" not in result.text
    assert "给本人的母亲和同事打电话" in result.text
    assert result.to_json()["dropped_claims"] == ["这些骚扰导致本人无法正常还款。"]
