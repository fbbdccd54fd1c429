"""A chat's title: a person saved under two words keeps both (the bar's smaller label after a name
is an account's), and an exported history's title names the one party it is with."""

from __future__ import annotations

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.header import title_name
from evidence.screens.merged import record_counterpart


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张 经理", "张 经理"),
        ("王姐 公司", "王姐 公司"),
        ("张经理 公司", "张经理 公司"),  # a shorter second word after a person's name stays
        ("< 李建国 律师", "李建国 律师"),
        ("<荆楚调解中心 消息请求", "荆楚调解中心"),  # an account's name: the folder's chip goes
        ("顺达快递-周师傅 派件员", "顺达快递-周师傅"),
    ],
)
def test_a_person_saved_under_two_words_keeps_both(text: str, name: str) -> None:
    assert title_name(text) == name


def _line(text: str, y: int) -> OcrLine:
    return OcrLine(text=text, box=(20, y, 500, 40), confidence=90.0)


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("←与「金宝-阿辉」的聊天记录", "金宝-阿辉"),
        ("与张三的聊天记录", "张三"),
        ("< Chat History with Leo_dh", "Leo_dh"),
        ("张三和李四的聊天记录", ""),  # a merged record of two parties: no counterpart
        ("群聊的聊天记录", ""),
        ("Chat History", ""),
    ],
)
def test_an_exported_historys_title_names_its_counterpart(title: str, other: str) -> None:
    lines = [_line("20:25 5G 70%", 10), _line(title, 90), _line("金宝-阿辉 15:02", 170)]
    assert record_counterpart(lines) == other
