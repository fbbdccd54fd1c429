"""Guidance (指南): search the corpus, open whole passages, see the complaint/help channels."""

from __future__ import annotations

import streamlit as st

import services
from errors import ContactShieldError
from rag.retrieval import search_with_note
from services import tr

st.title(f"📚 {tr('nav.guidance')}")
st.caption(tr("guidance.intro"))
st.caption(tr("app.not_legal_advice"))

query = st.text_input(
    tr("guidance.query"), key="guidance.query", placeholder=tr("guidance.placeholder")
)

try:
    # The first call builds the index when it is missing or stale (about a minute on a laptop).
    with st.spinner(tr("guidance.building")):
        retriever = services.get_retriever()
except ContactShieldError as error:
    st.error(error.message(services.current_lang()))
    st.stop()

if query.strip():
    try:
        with st.spinner(tr("guidance.searching")):
            outcome = search_with_note(retriever, query, k=5)
    except ContactShieldError as error:
        st.error(error.message(services.current_lang()))
        st.stop()
    passages = outcome.passages
    if outcome.note is not None:
        # The embedding model failed: these results come from keyword search alone.
        st.warning(tr("guidance.keywords_only", why=outcome.note.message(services.current_lang())))
    if passages:
        st.success(tr("guidance.results", count=len(passages)))
    else:
        st.warning(tr("guidance.no_results"))
    for number, passage in enumerate(passages, start=1):
        st.markdown(f"#### {number}. {passage.heading}")
        st.caption(
            tr("guidance.from", topic=tr(f"guidance.topic.{passage.topic}"), source=passage.source)
        )
        preview = passage.text if len(passage.text) <= 120 else passage.text[:120] + "……"
        st.markdown(preview)
        with st.expander(tr("guidance.open")):
            st.markdown(passage.text)
            if passage.articles:
                st.caption(tr("guidance.articles", articles="、".join(passage.articles)))
else:
    st.info(tr("guidance.hint"))

st.subheader(tr("guidance.channels_title"))
channels = services.guidance_channels()
if channels:
    st.caption(tr("guidance.channels_caption"))
    st.dataframe(
        [
            {
                tr("guidance.col_name"): channel["name"],
                tr("guidance.col_for_what"): channel["for_what"],
                tr("guidance.col_how"): channel["how"],
                tr("guidance.col_verified"): tr(
                    "guidance.verified_yes" if channel["verified"] else "guidance.verified_no"
                ),
                tr("guidance.col_note"): channel["note"],
            }
            for channel in channels
        ],
        hide_index=True,
        width="stretch",
    )
else:
    st.info(tr("guidance.channels_none"))
