"""Wu and Cantonese unpaid words, the promise to show a debt to others, a wait at the door."""

from __future__ import annotations

from understanding.demands import demands_in, is_collecting, shaming_threat
from understanding.guess import guess_role


def _guess(sender: str, *lines: str) -> str:
    return guess_role(sender, False, "\n".join(lines)).role


def test_wu_unpaid_words_with_a_wu_deadline_demand() -> None:
    assert demands_in(["今朝下半日勿处理，侬评论区每个视频我都去留言"])
    assert not demands_in(["请勿还款至个人账户，谨防诈骗"])


def test_a_promise_to_show_the_debt_to_others_is_a_threat() -> None:
    assert shaming_threat("你不下来也行，我把你欠钱的事贴在你们单元门上。")
    assert shaming_threat("明天我把他的欠款信息和身份证发到你们老家村里的群")
    assert shaming_threat("侬评论区每个视频我都去留言，让大家看看侬是啥人。")
    assert not shaming_threat("我把你要的照片发到群里了")


def test_waiting_at_the_door_counts_only_beside_the_debt() -> None:
    assert shaming_threat("金满仓的6.6K今天必须先到账，我就在你楼下等着。")
    assert not shaming_threat("您好，外卖到了，我在你楼下等着。")
    assert is_collecting("金满仓的6.6K今天必须先到账")


def test_a_collector_posing_as_a_rider_collects() -> None:
    role = _guess(
        "骑手张师傅",
        "您好，您的外卖我放在12栋门口了，麻烦下来拿一下。",
        "王海波是吧，外卖是假的，金满仓的6.6K今天必须先到账，我就在你楼下等着。",
        "你不下来也行，我把你欠钱的事贴在你们单元门上。",
    )
    assert role == "collector"


def test_a_wu_speaking_stranger_who_threatens_to_shame_collects() -> None:
    role = _guess(
        "南通小鱼儿666",
        "陈晓燕，侬个视频拍得蛮好看嘛，欠速借花六千六勿还，还有心思拍视频？",
        "我是谁勿要紧，今朝下半日勿处理，侬评论区每个视频我都去留言，让大家看看侬是啥人。",
    )
    assert role == "collector"


def test_a_real_rider_and_a_friend_sharing_photos_stay_unknown() -> None:
    assert _guess("骑手李师傅", "您好，外卖到了，我在你楼下等着。") != "collector"
    assert _guess("小芳同学", "明天聚会你早点来，让大家看看你的新发型") != "collector"
