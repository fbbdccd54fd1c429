"""A person writing under the lender's name and their own ("快易花·阿斌") is its staff collecting.

The lender's own account stays the platform, its service desk too; a name that only starts with
the lender's words and goes on without a separator is no staff name.
"""

from __future__ import annotations

from understanding.guess import guess_role


def test_a_name_of_the_lender_and_a_person_is_a_collector() -> None:
    for name in ("快易花·阿斌", "快易花-小周", "快易花・阿斌"):
        assert guess_role(name, False, "你好", platform="快易花").role == "collector"


def test_the_lender_itself_its_desk_and_look_alike_names_are_not() -> None:
    assert guess_role("快易花", False, "你好", platform="快易花").role == "platform"
    assert guess_role("快易花·客服", False, "你好", platform="快易花").role != "collector"
    assert guess_role("快易花园小区", False, "你好", platform="快易花").role != "collector"
    assert guess_role("快易花·阿斌", False, "你好", platform="").role != "collector"
