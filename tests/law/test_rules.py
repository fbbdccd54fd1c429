"""Each issue rule on sentences that must raise it and sentences that must not (the misfires of
the keyword rules: 砍头息 is not 砍, 打断我说话 is not a threat, a student's 学校, …)."""

from __future__ import annotations

import dataclasses

import pytest

from casefile.model import Case, EvidenceItem, Harassment, Loan, Platform
from evidence.screens.records import Message, ScreenRecord
from law.issues import find_issues


def sms(*texts: str, **harassment: object) -> Case:
    """Messages from a sender the evidence does not identify (kept as the collectors')."""
    items = tuple(
        EvidenceItem(id=f"E{i}", kind="sms", text=text, captured_on="2025-08-04")
        for i, text in enumerate(texts, 1)
    )
    return Case(evidence=items, harassment=Harassment(started_on="2025-08-01", **harassment))


def told(account: str, **harassment: object) -> Case:
    return Case(harassment=Harassment(account=account, started_on="2025-08-01", **harassment))


def found(case: Case) -> dict[str, list[str]]:
    return {issue.id: [s.label for s in issue.statutes] for issue in find_issues(case)}


RAISES = [
    ("threats", sms("再不还钱就找人打断你的腿。")),
    ("threats", sms("你女儿在二小读书吧，放学路上让她当心点。")),
    ("threats", sms("出门小心点，我们知道你住哪。")),
    ("threats", told("催收的人威胁要砍我全家。")),
    ("visit", sms("明天我们的人上门拜访。")),
    ("workplace", sms("我们已经联系你们单位领导了。")),
    ("workplace", told("他们打电话到我公司找我老板。")),
    ("workplace", told("催收员给我同事发短信。")),
    ("disclosure", sms("你好，张某在快借的欠款已逾期，请转告他。")),
    ("disclosure", told("他们给我爸妈发短信说我欠钱不还。")),
    ("publish_id", sms("你的身份证照片已经发到你们小区群了。")),
    ("publish_id", told("对方把我的身份证发到了家族群。")),
    ("night", told("他们凌晨三点还在打电话。")),
    ("repeated", told("对方每天不停地打电话。")),
    ("repeated", sms("还钱。", calls=40)),
    ("refused_deletion", told("我要求平台删除通讯录数据，客服拒绝了。")),
    ("impersonation", sms("我是朝阳区公安局的民警，你涉嫌诈骗。")),
    ("impersonation", told("那边有人自称法院执行局的法官。")),
    ("documents", sms("【人民法院】你已被起诉，传票已下达。")),
    ("defamation", told("催收员在电话里骂我是骗子。")),
    ("interest", told("借五千到手只有三千五。")),
    ("harm", told("对方天天打电话，我现在严重失眠，还被公司辞退了。")),
]

NOT_RAISED = [
    # 砍头息 is interest, not 砍; an up-front fee never threatens anyone.
    ("threats", sms("我们平台不收砍头息，请按时还款。")),
    ("threats", told("借款时被收了砍头息。")),
    ("threats", sms("请不要打断我说话，听我说完。")),
    ("threats", told("客服总是打断我说话。")),
    # A student's school is not a threat.
    ("threats", sms("你是哪个学校的学生？请尽快还款。")),
    ("threats", told("我还在学校读书，没有收入。")),
    # 小心点 / 找人 / 安排人 alone are not threats to safety.
    ("threats", sms("说话小心点。")),
    ("threats", sms("我们会安排人跟进您的账单。")),
    ("threats", sms("你可以找人帮你一起还。")),
    ("visit", sms("我们不会上门，请放心。")),
    # The borrower's own workplace is not the employer contacted.
    ("workplace", told("我在单位上班，白天不方便接电话。")),
    ("workplace", sms("我在单位上班，晚点回复。")),
    # Uploading the ID when borrowing is not publishing it.
    ("publish_id", told("借款时上传了身份证和自拍照。")),
    ("publish_id", sms("请上传你的身份证照片完成认证。")),
    # The borrower not deleting chats is not a refused deletion.
    ("refused_deletion", told("我没有删除聊天记录，都留着。")),
    # A time inside a message is not a call at night.
    ("night", sms("请于07:30前还款。")),
    ("night", sms("今晚23:00前不还款将上报。")),
    # Three contacts in all are not 反复滋扰.
    ("repeated", sms("请尽快还款。", calls=2, messages=1)),
    ("repeated", told("我没有每天接到电话，一共就两三次。")),
    # contacts_affected alone: the contacts were called, the debt was not shown to be told.
    ("disclosure", sms("请尽快还款。", contacts_affected=6)),
    # Someone says they will go to court themselves: not impersonation.
    ("impersonation", told("我会去法院起诉他们。")),
    ("documents", told("我准备向法院起诉。")),
    ("defamation", sms("我们不是骗子，是正规平台。")),
    ("harm", told("我没有失眠，也没有被辞退。")),
]


@pytest.mark.parametrize(("issue", "case"), RAISES)
def test_conduct_raises_the_issue(issue: str, case: Case) -> None:
    assert issue in found(case)


@pytest.mark.parametrize(("issue", "case"), NOT_RAISED)
def test_look_alike_words_do_not_raise_it(issue: str, case: Case) -> None:
    assert issue not in found(case)


def test_each_raised_issue_shows_the_sentence_that_raised_it() -> None:
    [issue] = [i for i in find_issues(sms("出门小心点，我们知道你住哪。")) if i.id == "threats"]
    assert "出门小心点" in issue.why
    assert "证据E1" in issue.why
    assert issue.sources == ("出门小心点，我们知道你住哪。",)


def test_a_contacts_reply_is_not_the_collectors_message() -> None:
    case = sms("请尽快还款。")
    relative = EvidenceItem(id="E2", kind="chat", text="妈妈\n他们说要打断你的腿，你小心。")
    roles = {"妈妈": "relative"}
    case = dataclasses.replace(
        case, evidence=(*case.evidence, relative), extra={"contact_roles": roles}
    )
    assert "threats" not in found(case)


def test_a_private_insult_is_not_public_and_never_a_portrait_matter() -> None:
    private = found(told("催收员在电话里骂我是骗子。"))["defamation"]
    assert not any("第五十条" in s or "第四十二条" in s or "一千零二十四" in s for s in private)
    assert not any("一千零一十九" in s for s in private)
    repeated = found(sms("你就是个老赖。", "骗子，还不还钱？"))["defamation"]
    assert "《治安管理处罚法》（2012年修正）第四十二条第五项" in repeated
    assert not any("第二项" in s for s in repeated)
    public = found(sms("各位亲友，此人是老赖，欠钱不还。"))["defamation"]
    assert "《治安管理处罚法》（2012年修正）第四十二条第二项" in public
    assert "《民法典》第一千零二十四条" in public
    assert "《民法典》第一千零一十九条" not in public


def test_workplace_is_privacy_and_pipl_25_only_when_posted() -> None:
    told_boss = found(sms("我们已经联系你们单位领导了。"))["workplace"]
    assert "《民法典》第一千零二十四条" not in told_boss
    assert "《个人信息保护法》第二十五条" not in told_boss
    assert {"《民法典》第一千零三十二条", "《民法典》第一千零三十八条"} <= set(told_boss)
    posted = found(sms("各位同事好，王某欠款逾期不还，请转告。"))["workplace"]
    assert "《个人信息保护法》第二十五条" in posted


def _loan(case: Case, **loan: object) -> Case:
    return dataclasses.replace(case, loan=Loan(borrowed_on="2025-06-01", **loan))


def test_293_1_needs_an_unlawful_debt_and_threats_or_harassment() -> None:
    threat = sms("再不还钱就找人打断你的腿。")
    assert "illegal_debt" not in found(threat)
    assert "illegal_debt" not in found(_loan(sms("请还款。"), deducted=1500))
    both = found(_loan(threat, deducted=1500))
    assert both["illegal_debt"] == ["《刑法》第二百九十三条之一"]
    # A stated rate above four times the LPR is unlawful too; one within it is not.
    high = dataclasses.replace(
        threat, loan=Loan(borrowed_on="2025-06-01", extra={"annual_rate": 36})
    )
    assert "illegal_debt" in found(high)
    low = dataclasses.replace(
        threat, loan=Loan(borrowed_on="2025-06-01", extra={"annual_rate": 10})
    )
    assert "illegal_debt" not in found(low)
    # Unticking the threats takes the crime with it.
    off = dataclasses.replace(_loan(threat, deducted=1500), issues_off=("threats",))
    assert "illegal_debt" not in found(off)


def test_279_only_for_state_personnel_and_a_fake_lawyer_is_another_false_identity() -> None:
    police = found(sms("我是市公安局经侦的警官。"))["impersonation"]
    assert "《刑法》第二百七十九条" in police
    assert "《治安管理处罚法》（2012年修正）第五十一条" in police
    lawyer = sms("律师函：本律所受托通知你三日内还款。")
    assert "impersonation" not in found(lawyer)
    assert found(lawyer)["documents"] == []
    checked = dataclasses.replace(lawyer, extra={"forged_documents_confirmed": True})
    assert found(checked)["documents"] == ["《治安管理处罚法》（2012年修正）第五十一条"]
    later = dataclasses.replace(
        checked, harassment=Harassment(started_on="2026-02-01", last_on="2026-02-03")
    )
    assert found(later)["documents"] == ["《治安管理处罚法》第六十二条第三款"]
    # Checked and genuine: a real law firm's letter is nothing to report.
    genuine = dataclasses.replace(lawyer, extra={"forged_documents_confirmed": False})
    assert "documents" not in found(genuine)


def test_246_and_253_1_need_their_thresholds() -> None:
    posted = sms("各位亲友请转发：这是他的照片，已P成通缉令，他是诈骗犯。")
    assert "《刑法》第二百四十六条" not in found(posted)["defamation"]
    wide = dataclasses.replace(posted, harassment=Harassment(contacts_affected=600))
    assert "《刑法》第二百四十六条" in found(wide)["defamation"]
    sold = told("他们把我的通讯录卖给了别的催收公司。", contacts_affected=300)
    assert "《刑法》第二百五十三条之一" not in found(sold)["info_sold"]
    [issue] = [i for i in find_issues(sold) if i.id == "info_sold"]
    assert issue.investigate


def test_the_interest_rule_never_cites_the_loan_rule_scope_for_a_licensed_lender() -> None:
    case = dataclasses.replace(
        _loan(told("到手只有八千。"), amount=10000, deducted=2000),
        platform=Platform(company="某某消费金融有限公司"),
    )
    cited = found(case)["interest"]
    assert {"《民法典》第六百七十条", "《民法典》第六百八十条"} <= set(cited)
    assert not any("民间借贷规定" in s for s in cited)


def _screen(kind: str, *messages: Message, counterpart: str = "") -> EvidenceItem:
    record = ScreenRecord(kind=kind, app="wechat", counterpart=counterpart, messages=messages)
    text = "\n".join(m.text for m in messages)
    return EvidenceItem(
        id="E1", kind="chat", text=text, extra={"entities": {"screen": record.to_json()}}
    )


def test_a_parsed_screen_reads_only_the_incoming_bubbles() -> None:
    item = _screen(
        "chat_1to1",
        Message("out", "我在单位上班，你们别再打了，小心点说话。"),
        Message("in", "那我们明天就联系你们单位领导。", time="2025-09-03T10:00"),
        counterpart="17012345678",
    )
    raised = found(Case(evidence=(item,)))
    assert "workplace" in raised
    assert "threats" not in raised  # 小心点 was the borrower's own reply
    [issue] = [i for i in find_issues(Case(evidence=(item,))) if i.id == "workplace"]
    assert issue.sources == ("那我们明天就联系你们单位领导。",)


def test_a_group_bubble_is_public_and_its_own_time_can_be_night() -> None:
    item = _screen(
        "group_chat",
        Message("in", "这个人是老赖，借钱不还。", sender="催收专员", time="2025-09-03T23:30"),
    )
    raised = found(Case(evidence=(item,)))
    assert "《治安管理处罚法》（2012年修正）第四十二条第二项" in raised["defamation"]
    assert "night" in raised
    # The same words at 10:30 are no night contact; a deadline inside a bubble never is.
    day = _screen("group_chat", Message("in", "请于23:30前还款。", time="2025-09-03T10:30"))
    assert "night" not in found(Case(evidence=(day,)))


def test_article_56_only_for_conduct_from_2026() -> None:
    account = "他们把我的通讯录卖给了别的催收公司。"
    early = told(account)  # 2025: Art 56 did not exist yet
    assert "《治安管理处罚法》第五十六条" not in found(early)["info_sold"]
    assert "《个人信息保护法》第六十六条" in found(early)["info_sold"]
    later = Case(harassment=Harassment(account=account, started_on="2026-04-01"))
    assert "《治安管理处罚法》第五十六条" in found(later)["info_sold"]
