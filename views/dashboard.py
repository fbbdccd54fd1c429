"""Dashboard (概览): the case in numbers and charts, for the borrower, staff or a police officer."""

from __future__ import annotations

import altair as alt
import streamlit as st

import services
from errors import ContactShieldError
from exports.workspace import dashboard_for
from services import tr
from ui import journey

# Axis and tooltip dates as people read them (Vega's own month names would be English).
DAY_FORMAT = {"zh": "%-m月%-d日", "en": "%b %-d"}
FULL_DAY_FORMAT = {"zh": "%Y年%-m月%-d日", "en": "%Y-%m-%d"}

st.title(f"📊 {tr('nav.dashboard')}")
case_id = journey.require_case()
lang = services.current_lang()
try:
    data = dashboard_for(services.get_store(), case_id)
except ContactShieldError as error:
    st.error(error.message(services.current_lang()))
    st.stop()

st.caption(tr("dashboard.intro"))
metrics = data.metrics
unknown = tr("dashboard.unknown")
columns = st.columns(6)
columns[0].metric(
    tr("dashboard.contacts_affected"),
    unknown if metrics["contacts_affected"] is None else metrics["contacts_affected"],
)
columns[1].metric(tr("dashboard.calls"), metrics["calls"])
columns[2].metric(tr("dashboard.messages"), metrics["messages"])
columns[3].metric(tr("dashboard.collectors"), metrics["collectors"])
columns[4].metric(tr("dashboard.evidence"), metrics["evidence"])
columns[5].metric(tr("dashboard.steps_done"), f"{metrics['steps_done']}/{metrics['steps_total']}")

second = st.columns(4)
second[0].metric(
    tr("dashboard.night"),
    metrics["night"]
    if metrics["night_pct"] is None
    else f"{metrics['night']}（{metrics['night_pct']}%）",
)
second[1].metric(tr("dashboard.days"), metrics["days"])
second[2].metric(tr("dashboard.longest_run"), metrics["longest_run"])
second[3].metric(tr("dashboard.contacts_reached"), metrics["contacts_reached"])
if data.numbers is not None and not data.numbers.empty:
    roles = data.numbers.groupby("role").size().to_dict()
    confirmed = int(data.numbers["confirmed"].sum())
    st.caption(
        tr(
            "dashboard.numbers_summary",
            total=len(data.numbers),
            confirmed=confirmed,
            roles=tr("app.list_sep").join(
                f"{tr(f'evidence.role.{role}')} {count}" for role, count in sorted(roles.items())
            ),
        )
    )
    if data.figures is not None and data.figures.exhibits:
        st.caption(tr("dashboard.figures_source", exhibits="、".join(data.figures.exhibits)))
first_day, last_day = data.evidence_range
date_scale = (
    alt.Scale(domain=[f"{first_day}T00:00:00", f"{last_day}T23:59:59"])
    if first_day
    else alt.Undefined
)

st.subheader(tr("dashboard.per_day_title"))
if data.per_day.empty:
    st.info(tr("dashboard.no_dates"))
else:
    per_day = data.per_day.assign(
        type=data.per_day["type"].map(lambda t: tr(f"dashboard.type.{t}"))
    )
    st.altair_chart(
        alt.Chart(per_day)
        .mark_bar()
        .encode(
            x=alt.X(
                "yearmonthdate(date):T",
                title=tr("dashboard.axis_date"),
                scale=date_scale,
                axis=alt.Axis(format=DAY_FORMAT[lang], labelAngle=0),
            ),
            y=alt.Y("sum(count):Q", title=tr("dashboard.axis_count")),
            color=alt.Color("type:N", title=tr("dashboard.axis_type")),
            tooltip=[
                alt.Tooltip(
                    "yearmonthdate(date):T",
                    title=tr("dashboard.axis_date"),
                    format=FULL_DAY_FORMAT[lang],
                ),
                alt.Tooltip("type:N", title=tr("dashboard.axis_type")),
                alt.Tooltip("sum(count):Q", title=tr("dashboard.axis_count")),
            ],
        ),
        width="stretch",
    )

left, right = st.columns(2)
with left:
    st.subheader(tr("dashboard.channels_title"))
    if not data.channels.empty:
        channels = data.channels.assign(
            kind=data.channels["kind"].map(lambda k: tr(f"dashboard.kind.{k}"))
        )
        st.altair_chart(
            alt.Chart(channels)
            .mark_bar()
            .encode(
                x=alt.X("items:Q", title=tr("dashboard.axis_items")),
                y=alt.Y("kind:N", sort="-x", title=tr("dashboard.axis_channel")),
            ),
            width="stretch",
        )
    if data.facts_channels:
        st.caption(tr("dashboard.facts_channels", channels="、".join(data.facts_channels)))
with right:
    st.subheader(tr("dashboard.collectors_title"))
    if data.collectors.empty:
        st.info(tr("dashboard.no_collectors"))
    else:
        st.altair_chart(
            alt.Chart(data.collectors.head(15))
            .mark_bar()
            .encode(
                x=alt.X("count:Q", title=tr("dashboard.axis_count")),
                y=alt.Y("number:N", sort="-x", title=tr("dashboard.axis_number")),
                tooltip=[
                    alt.Tooltip("number:N", title=tr("dashboard.axis_number")),
                    alt.Tooltip("calls:Q", title=tr("dashboard.type.calls")),
                    alt.Tooltip("messages:Q", title=tr("dashboard.type.messages")),
                    alt.Tooltip("items:Q", title=tr("dashboard.axis_items")),
                ],
            ),
            width="stretch",
        )

st.subheader(tr("dashboard.timeline_title"))
if data.timeline.empty:
    st.info(tr("dashboard.no_events"))
else:
    events = data.timeline.assign(
        category=data.timeline["category"].map(lambda c: tr(f"dashboard.category.{c}")),
        event=data.timeline["event"].map(lambda e: tr(f"dashboard.event.{e}")),
        # A draft's detail is its kind code ("police"): say which letter it is.
        detail=[
            tr(f"draft.kind.{detail}") if event == "draft" else detail
            for event, detail in zip(data.timeline["event"], data.timeline["detail"], strict=True)
        ],
    )
    # Drafts are listed below but kept off the chart: its axis spans what the evidence shows.
    st.altair_chart(
        alt.Chart(events[data.timeline["category"] != "draft"])
        .mark_circle(size=120)
        .encode(
            x=alt.X(
                "yearmonthdate(date):T",
                title=tr("dashboard.axis_date"),
                axis=alt.Axis(format=DAY_FORMAT[lang], labelAngle=0),
            ),
            y=alt.Y("category:N", title=tr("dashboard.axis_category")),
            color=alt.Color("category:N", legend=None),
            tooltip=[
                alt.Tooltip(
                    "yearmonthdate(date):T",
                    title=tr("dashboard.axis_date"),
                    format=FULL_DAY_FORMAT[lang],
                ),
                alt.Tooltip("event:N", title=tr("dashboard.axis_category")),
                alt.Tooltip("detail:N", title=tr("dashboard.axis_detail")),
            ],
        ),
        width="stretch",
    )
    st.dataframe(
        events.assign(date=events["date"].dt.strftime("%Y-%m-%d").map(journey.day))[
            ["date", "event", "detail"]
        ].rename(
            columns={
                "date": tr("dashboard.axis_date"),
                "event": tr("dashboard.axis_category"),
                "detail": tr("dashboard.axis_detail"),
            }
        ),
        hide_index=True,
        width="stretch",
    )

st.subheader(tr("dashboard.steps_title"))
for row in data.steps.itertuples():
    st.markdown(f"{'✅' if row.done else '⬜'} {tr(f'cases.step.{row.step}')}")

journey.next_step("overview")
