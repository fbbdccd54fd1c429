"""A borrower's promise to pay, with a plea not to be called, stays on the owner's side."""

from understanding.screen_words import speaks_as_collector


def test_a_plea_not_to_contact_the_writers_family_is_the_borrowers_voice() -> None:
    """A first-person promise to clear the debt by a day, asking "you" not to contact the
    writer's family, holds a demand word and a debt word but is the borrower's plea: the bubble
    keeps the owner's side."""
    assert not speaks_as_collector("我已经跟你们的人说了，下周一之前还清，请不要联系我家里人。")
    assert not speaks_as_collector("钱月底一定还清，别再打我电话了")


def test_a_collectors_demand_still_moves_to_the_collectors_side() -> None:
    """The collector's threat to contact "your" family is still the collector's."""
    assert speaks_as_collector("你今天不还清欠款，我们就联系你家里人")
