"""Questions the law rules need the user to answer, asked on the 核对事实 page.

A criminal article is cited only on its elements; some elements only the user can know. For the
documents a collector sent ("传票", "律师函"): whether the user checked that they are forged. The
answer is kept in case.extra["forged_documents_confirmed"] (True: forged, False: genuine, absent:
not checked); law/elements.py reads it.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from casefile.model import Case
from casefile.store import CaseStore
from errors import ContactShieldError
from law.issues import find_issues
from services import current_lang, tr

FORGED_KEY = "forged_documents_confirmed"
_CHOICES = ("unknown", "yes", "no")
_STORED = {"unknown": None, "yes": True, "no": False}


def _answer(case: Case) -> str:
    value = case.extra.get(FORGED_KEY)
    return "yes" if value is True else "no" if value is False else "unknown"


def forged_documents(store: CaseStore, case_id: str, case: Case) -> None:
    """Ask "你核实过这份文书是假的吗？" when a collector sent a court, police or lawyer's paper."""
    # Read the documents as if unanswered: an answer of "genuine" drops the issue, and the question
    # must stay so the answer can be changed.
    unanswered = replace(case, extra={k: v for k, v in case.extra.items() if k != FORGED_KEY})
    issue = next((i for i in find_issues(unanswered) if i.id == "documents"), None)
    if issue is None:
        return
    with st.container(border=True):
        st.markdown(f"**{tr('law_questions.forged_title')}**")
        shown = "；".join(f"「{text[:40]}」" for text in issue.sources[:3])
        st.caption(tr("law_questions.forged_intro", sources=shown))
        choice = st.radio(
            tr("law_questions.forged_question"),
            _CHOICES,
            index=_CHOICES.index(_answer(case)),
            format_func=lambda key: tr(f"law_questions.forged_{key}"),
            key=f"law_questions.forged.{case_id}",
            help=tr("law_questions.forged_help"),
        )
    if choice == _answer(case):
        return
    extra = {k: v for k, v in case.extra.items() if k != FORGED_KEY}
    if _STORED[choice] is not None:
        extra[FORGED_KEY] = _STORED[choice]
    try:
        store.save_facts(case_id, replace(case, extra=extra))
    except ContactShieldError as error:
        st.error(error.message(current_lang()))
    else:
        st.rerun()
