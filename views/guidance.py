"""Guidance (指南): search the corpus, open whole passages, see the complaint/help channels."""

from __future__ import annotations

from contextlib import suppress

import streamlit as st

import services
from errors import ContactShieldError
from rag.retrieval import search_with_note
from services import tr
from ui import journey
from understanding.progress import mark_step


def source_title(heading: str) -> str:
    """The document's title: the first part of a passage's "Title > Section" heading."""
    return heading.split(" > ", 1)[0].strip()


st.title(f"📚 {tr('nav.guidance')}")
st.caption(tr("guidance.intro"))
st.caption(tr("app.not_legal_advice"))

journey.keep_choice("guidance.query")
query = st.text_input(
    tr("guidance.query"),
    key="guidance.query",
    placeholder=tr("guidance.placeholder"),
    on_change=journey.remember,
    args=("guidance.query",),
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
        if (case_id := services.current_case_id()) is not None:
            # Reading the guidance for this case is a step of its journey.
            with suppress(ContactShieldError):
                mark_step(services.get_store(), case_id, "guidance")
    else:
        st.warning(tr("guidance.no_results"))
    for number, passage in enumerate(passages, start=1):
        st.markdown(f"#### {number}. {passage.heading}")
        st.caption(
            tr(
                "guidance.from",
                topic=tr(f"guidance.topic.{passage.topic}"),
                source=source_title(passage.heading),
            )
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
    # Cards, two to a row, wrap their text: nothing is cut off or needs sideways scrolling.
    for start in range(0, len(channels), 2):
        for column, channel in zip(st.columns(2), channels[start : start + 2], strict=False):
            with column, st.container(border=True):
                verified = (
                    "guidance.verified_yes" if channel["verified"] else "guidance.verified_no"
                )
                st.markdown(f"**{channel['name']}** · {tr(verified)}")
                for label, field in (
                    ("guidance.col_for_what", "for_what"),
                    ("guidance.col_how", "how"),
                    ("guidance.col_note", "note"),
                ):
                    if channel[field]:
                        st.markdown(
                            tr("app.label_value", label=f"**{tr(label)}**", value=channel[field])
                        )
else:
    st.info(tr("guidance.channels_none"))

journey.next_step("guidance")
