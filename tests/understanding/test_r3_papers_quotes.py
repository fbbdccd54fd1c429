"""Round 3: a paper's title is no sender, a comment list's comments are their own authors',
and a quote is a sentence, never a header, label or caption."""

from understanding.papers_posts import comment_author, comment_words, is_paper_photo
from understanding.quotes import is_label

_COMMENTS = """21:05 4G 20%
248条评论
贷 贷后专员小周
@汪志远 钓鱼挺开心啊？欠钱啥时候
还？大家认识他的帮忙转告一下
20:11·回复
同学王磊
老汪这咋回事，需要帮忙就说
20:30·回复
留下你的精彩评论吧"""


def test_a_paper_photo_has_no_clock_and_a_paper_title_or_seal() -> None:
    paper = "公安协查通知\n汪志远同志：经查，你名下借款长期逾期。\n某市公安局经侦支队（章)"
    assert is_paper_photo(paper, "公安协查通知")
    assert is_paper_photo("律师事务所\n请于三日内还款。\n某律师事务所（盖章）", "律师事务所")


def test_a_chat_with_a_status_bar_is_no_paper() -> None:
    chat = "21:05 4G\n还款通知\n今天必须还清。"
    assert not is_paper_photo(chat, "还款通知")
    assert not is_paper_photo("小周\n今天必须还清。", "小周")


def test_a_comment_is_its_name_lines_author() -> None:
    mine = "@汪志远 钓鱼挺开心啊？欠钱啥时候还？大家认识他的帮忙转告一下20:11·回复"
    assert comment_author(mine, _COMMENTS) == "贷后专员小周"
    glued = "同学王磊老汪这咋回事，需要帮忙就说20:30·回复"
    assert comment_author(glued, _COMMENTS) == "同学王磊"
    assert comment_words(glued, "同学王磊") == "老汪这咋回事，需要帮忙就说"


def test_a_message_without_a_reply_foot_is_no_comment() -> None:
    assert comment_author("老汪这咋回事，需要帮忙就说", _COMMENTS) is None


def test_headers_labels_and_captions_are_no_quotes() -> None:
    names = {"表姐阿玲", "17066182245"}
    assert is_label("<17066182245", names)
    assert is_label("<106903228816服务号・闪电钱包", names)
    assert is_label("表姐阿玲", names)
    assert is_label("截图：阿Ken的聊天", names)
    assert not is_label("今晚十二点前唔见钱，听日全部联系人都收到你嘅相。", names)
    assert not is_label("最后提醒：拒不配合的，后果自负！", names)
