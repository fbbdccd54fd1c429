"""An SMS thread headed by a service number, its subtitle restating the number with a badge
(«95013366·服务号», real OCR boxes of blindgen25): the number names the thread and neither line
is a message. A number and its wrapped rest make one number's digits at most, so a second
number under the first is never its rest; a wrapped count still joins its number."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.calls_wrap import wrapped_numbers
from tests.evidence.screens.boxes import load_screens, parse_boxes

_SCREENS = load_screens("blind2225_chat_heads.json")


def test_a_number_restated_under_itself_names_the_thread() -> None:
    record = parse_boxes(_SCREENS["sms_thread_number_restated"])
    assert record.counterpart == "95013366"
    assert len(record.messages) == 2
    assert all("95013366" not in m.text for m in record.messages)
    assert all(m.text.startswith("【") for m in record.messages)


def test_a_wrapped_number_still_joins_its_rest() -> None:
    head = OcrLine("+86 186 3510", (40, 300, 300, 60), 90.0)
    rest = OcrLine("7742 (4) 上午11:40", (40, 362, 420, 60), 90.0)
    joined = wrapped_numbers([head, rest], 1080)
    assert [ln.text for ln in joined] == ["+86 186 3510 7742 (4) 上午11:40"]


def test_a_whole_number_still_joins_its_wrapped_count() -> None:
    whole = OcrLine("+86 186 3510 7742", (40, 300, 500, 60), 90.0)
    count = OcrLine("(3) 昨天", (40, 362, 420, 60), 90.0)
    assert len(wrapped_numbers([whole, count], 1080)) == 1
