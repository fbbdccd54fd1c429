"""A quote prints the marks the message showed, whatever OCR read them as."""

from __future__ import annotations

from understanding.quotes import chinese_marks


def test_a_signature_dash_read_as_a_hyphen_is_quoted_as_the_chinese_dash() -> None:
    signed = "如需协商，今晚十点前联系0595-22617730转8。-金豆豆贷后Leo"
    assert chinese_marks(signed) == "如需协商，今晚十点前联系0595-22617730转8。——金豆豆贷后Leo"
    # A hyphen inside a number or between dates joins them: left alone.
    assert chinese_marks("请于11月27日-12月1日还款，电话0595-2261") == (
        "请于11月27日-12月1日还款，电话0595-2261"
    )


def test_a_roman_numeral_read_inside_a_latin_word_is_its_letters() -> None:
    # OCR reads "ll" as the one glyph "Ⅱ"; a numeral standing alone ("第Ⅱ期") stays as it is.
    assert chinese_marks("别再不接，我们会 caⅡ 你老板") == "别再不接，我们会 call 你老板"
    assert chinese_marks("本金第Ⅱ期已到期") == "本金第Ⅱ期已到期"


def test_a_star_ocr_read_inside_a_chinese_word_is_the_writers_masking_asterisk() -> None:
    assert chinese_marks("别以为换号就没事，你老✽婆单位我们也知道") == (
        "别以为换号就没事，你老＊婆单位我们也知道"
    )
    assert chinese_marks("你老*婆的电话") == "你老＊婆的电话"
    assert chinese_marks("好评✱✱✱") == "好评✱✱✱"  # no word around it: left as shown
