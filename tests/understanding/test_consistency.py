"""Consistency warnings: exhibits naming different borrowers, platforms, or years apart."""

from __future__ import annotations

from casefile.model import Case, EvidenceItem
from understanding.consistency import borrower_names, check_consistency


def _case(*items: tuple[str, dict, str]) -> Case:
    return Case(
        evidence=tuple(
            EvidenceItem(
                id=f"E{n}", kind="sms", text=text, captured_on=day, extra={"entities": ent}
            )
            for n, (text, ent, day) in enumerate(items, start=1)
        )
    )


def test_borrower_names_as_collectors_write_them() -> None:
    assert borrower_names("你朋友李某欠款不还，请转告") == ["李某"]
    assert borrower_names("借款人：张伟，已逾期30天") == ["张伟"]
    assert borrower_names("您的朋友王**在我司借款逾期") == ["王**"]
    assert borrower_names("请转告他尽快还款") == []


def test_one_story_raises_no_warning() -> None:
    case = _case(
        ("你朋友李某欠款不还", {"platforms": ["极速贷"], "dates": ["2025-02-12"]}, ""),
        (
            "借款人：李某某，极速贷APP提醒",
            {"platforms": ["极速贷APP"], "dates": ["2025-03-01"]},
            "",
        ),
    )
    assert check_consistency(case) == []


def test_four_borrowers_are_named_with_their_exhibits() -> None:
    case = _case(
        ("你朋友李某欠款不还", {}, ""),
        ("借款人：张伟，已逾期", {}, ""),
        ("您的朋友王**在我司借款逾期", {}, ""),
        ("客户赵某某欠款", {}, ""),
        ("你朋友李某某还不还", {}, ""),
    )
    (finding,) = check_consistency(case)
    assert finding.kind == "borrowers"
    assert finding.values == ("李某", "张伟", "王**", "赵某某")
    assert finding.exhibits == (("E1", "E5"), ("E2",), ("E3",), ("E4",))


def test_a_masked_and_a_full_name_of_one_surname_are_not_a_conflict() -> None:
    case = _case(("你朋友李某欠款", {}, ""), ("借款人：李明，逾期", {}, ""))
    assert check_consistency(case) == []


def test_different_platforms() -> None:
    case = _case(
        ("", {"platforms": ["极速贷"]}, ""),
        ("", {"platforms": ["闪电花"]}, ""),
        ("", {"platforms": ["极速贷平台"]}, ""),
    )
    (finding,) = check_consistency(case)
    assert finding.kind == "platforms"
    assert finding.values == ("极速贷", "闪电花")
    assert finding.exhibits == (("E1", "E3"), ("E2",))


def test_dates_years_apart_name_the_oldest_and_newest_exhibits() -> None:
    case = _case(
        ("", {"dates": ["2021-05-01"]}, ""),
        ("", {"dates": [{"value": "2025-02-12"}]}, ""),
        ("", {}, "2025-02-14"),
    )
    (finding,) = check_consistency(case)
    assert finding.kind == "dates"
    assert finding.values == ("2021-05-01", "2025-02-14")
    assert finding.exhibits == (("E1",), ("E3",))


def test_months_apart_are_one_campaign() -> None:
    case = _case(("", {"dates": ["2024-11-01"]}, ""), ("", {"dates": ["2025-06-30"]}, ""))
    assert check_consistency(case) == []
