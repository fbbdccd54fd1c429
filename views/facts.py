"""Facts review (核对事实): all the letters use, in one place, each item with its exhibits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import streamlit as st

import services
from errors import ContactShieldError
from exports.desk import desk_today
from law.timelimit import time_limit_warning, zhian_time_limit
from services import tr
from ui import journey, law_questions
from ui.numbers import show_numbers
from ui.screens import show_screens
from understanding.build import merge_case_facts
from understanding.consistency import check_consistency
from understanding.dashboard import collector_ranking
from understanding.headline import headline
from understanding.progress import mark_step
from understanding.review import (
    CONFIRM_ACTION,
    COUNT_FIELDS,
    MONEY_FIELDS,
    SECTIONS,
    apply_review,
    confirmed_sections,
    evidence_range,
    exhibits_for,
    facts_fingerprint,
    review_values,
    section_fingerprint,
)
from understanding.roles import number_rows

FLASH_KEY = "facts.flash"
DATE_FIELDS = ("started_on", "last_on", "borrowed_on", "due_on")
AREA_FIELDS = ("channels", "third_parties", "collector_numbers", "threats", "actions_taken")
AREA_FIELDS += ("summary", "demands")

st.title(f"✅ {tr('nav.facts')}")
st.caption(tr("facts.intro"))
case_id = journey.require_case()
store = services.get_store()
lang = services.current_lang()
sep = tr("app.list_sep")

for level, message in st.session_state.pop(FLASH_KEY, []):
    getattr(st, level)(message)

try:
    case = store.get_case(case_id)
    audit = store.audit_log(case_id)
except ContactShieldError as error:
    st.error(error.message(lang))
    st.stop()

if not case.evidence:
    st.info(tr("facts.no_evidence"))
elif st.button(tr("facts.merge"), key="facts.merge", help=tr("facts.merge_help")):
    try:
        merge_case_facts(store, case_id)
        mark_step(store, case_id, "evidence")
    except ContactShieldError as error:
        st.error(error.message(lang))
    else:
        st.session_state[FLASH_KEY] = [("success", tr("facts.merged"))]
        st.rerun()


def exhibits(ids: tuple[str, ...]) -> str:
    return sep.join(ids) if ids else tr("facts.not_in_evidence")


def linked(value: str, ids: tuple[str, ...]) -> str:
    """ "value（出自 E1、E3）", or "value（证据中未找到）"."""
    if not ids:
        return tr("facts.value_unlinked", value=value)
    return tr("facts.value_from", value=value, ids=exhibits(ids))


# Before anything else: do the exhibits tell one story?
for finding in check_consistency(case):
    if finding.kind == "dates":
        (first, last), (first_ids, last_ids) = finding.values, finding.exhibits
        text = tr(
            "facts.warn.dates",
            first=journey.day(first),
            first_ids=exhibits(first_ids),
            last=journey.day(last),
            last_ids=exhibits(last_ids),
        )
    else:
        items = sep.join(
            linked(value, ids) for value, ids in zip(finding.values, finding.exhibits, strict=True)
        )
        text = tr(f"facts.warn.{finding.kind}", items=items)
    st.warning(text, icon="⚠️")

# The 治安 six-month limit: the last day to report, or what still works once it has passed.
today = desk_today(services.get_settings().today)
if limit_warning := time_limit_warning(zhian_time_limit(case, today), today):
    st.warning(limit_warning, icon="⏳")
reported = st.checkbox(
    tr("facts.police_reported"),
    value=case.extra.get("police_reported") is True,
    key="facts.police_reported",
    help=tr("facts.police_reported_help"),
)
if reported != (case.extra.get("police_reported") is True):
    try:
        store.save_facts(case_id, replace(case, extra={**case.extra, "police_reported": reported}))
    except ContactShieldError as error:
        st.error(error.message(lang))
    else:
        st.rerun()
law_questions.forged_documents(store, case_id, case)

# The one set of figures every surface prints, then what each screenshot was read as.
rows = number_rows(case)
shown = headline(case)
if case.evidence:
    tiles = st.columns(4)
    tiles[0].metric(tr("facts.figures_calls"), shown.calls)
    tiles[1].metric(tr("facts.figures_messages"), shown.messages)
    tiles[2].metric(tr("facts.figures_collectors"), len(collector_ranking(case, rows)))
    tiles[3].metric(tr("facts.figures_contacts"), shown.contacts)
    if shown.period:
        st.caption(tr("facts.figures_period", period=shown.period))
    st.subheader(tr("facts.screens_title"))
    st.caption(tr("facts.screens_help"))
    show_screens(
        store,
        case_id,
        case,
        lambda text: st.session_state.__setitem__(FLASH_KEY, [("success", text)]),
        lang,
    )
    if rows:
        st.subheader(tr("facts.numbers_title"))
        st.caption(tr("facts.numbers_help"))
        show_numbers(rows, key="facts.numbers")

confirmed = confirmed_sections(case, audit)
st.progress(
    len(confirmed) / len(SECTIONS),
    text=tr("facts.confirmed_count", done=len(confirmed), total=len(SECTIONS)),
)


def sources(section: str) -> list[str]:
    """Where this section's items came from, one line each."""
    lines = []
    h = case.harassment
    if section == "dates":
        first, last, first_ids, last_ids = evidence_range(case)
        if first:
            lines.append(
                tr(
                    "facts.source.range",
                    first=journey.day(first),
                    first_ids=exhibits(first_ids),
                    last=journey.day(last),
                    last_ids=exhibits(last_ids),
                )
            )
    elif section == "numbers":
        lines += [linked(n, exhibits_for(case, "phone", n)) for n in h.collector_numbers]
    elif section == "threats":
        lines += [linked(f"“{q}”", exhibits_for(case, "quote", q)) for q in h.threats]
    elif section == "figures" and case.evidence:
        lines.append(
            tr(
                "facts.source.counted",
                calls=shown.calls_counted,
                messages=shown.messages_counted,
            )
        )
    elif section == "loan" and case.loan.amount:
        amount = f"{case.loan.amount:g}"
        lines.append(linked(amount, exhibits_for(case, "amount", amount)))
    return lines


values = review_values(case)
# Keys follow the saved facts and marks, so a merge or a save shows the new values.
version = f"{case_id}.{facts_fingerprint(case)}.{len(confirmed)}"
with st.form(f"facts.form.{case_id}"):
    entered: dict[str, object] = {}
    ticks: dict[str, bool] = {}
    for section, names in SECTIONS.items():
        with st.container(border=True):
            mark = f" ✅ {tr('facts.is_confirmed')}" if section in confirmed else ""
            st.markdown(f"**{tr(f'facts.section.{section}')}**{mark}")
            st.caption(tr(f"facts.section_help.{section}"))
            for name in names:
                label = tr(f"facts.field.{name}")
                key = f"facts.{name}.{version}"
                if name in COUNT_FIELDS:
                    entered[name] = st.number_input(
                        label, min_value=0, step=1, value=int(values[name]), key=key
                    )
                elif name in MONEY_FIELDS:
                    entered[name] = st.number_input(
                        label, min_value=0.0, step=100.0, value=float(values[name]), key=key
                    )
                elif name in AREA_FIELDS:
                    entered[name] = st.text_area(label, value=values[name], height=90, key=key)
                else:
                    entered[name] = st.text_input(label, value=values[name], key=key)
            for line in sources(section):
                st.caption(f"📎 {line}")
            ticks[section] = st.checkbox(
                tr("facts.confirm"),
                value=section in confirmed,
                key=f"facts.confirm.{section}.{version}",
            )
    left, right = st.columns(2)
    save = left.form_submit_button(tr("facts.save"))
    save_all = right.form_submit_button(tr("facts.save_all"), type="primary")

if save or save_all:
    bad: list[str] = []
    for name in DATE_FIELDS:
        text = str(entered[name]).strip()
        try:
            if text:
                date.fromisoformat(text)
        except ValueError:
            bad.append(tr(f"facts.field.{name}"))
    if bad:
        st.error(tr("facts.bad_dates", fields=sep.join(bad)))
        st.stop()
    reviewed = apply_review(case, entered)
    try:
        if facts_fingerprint(reviewed) != facts_fingerprint(case):
            store.save_facts(case_id, reviewed)
        for section in SECTIONS:
            tick = save_all or ticks[section]
            changed = section_fingerprint(reviewed, section) != section_fingerprint(case, section)
            # A ticked section is confirmed as saved now; an unticked one loses its mark.
            if (tick and (changed or section not in confirmed)) or (
                not tick and section in confirmed
            ):
                store.record(
                    case_id,
                    CONFIRM_ACTION,
                    section=section,
                    confirmed=tick,
                    hash=section_fingerprint(reviewed, section),
                )
        now_confirmed = confirmed_sections(reviewed, store.audit_log(case_id))
        if len(now_confirmed) == len(SECTIONS):
            mark_step(store, case_id, "facts")
        elif store.steps(case_id).get("facts") == "done":
            store.set_step(case_id, "facts", "todo")
    except ContactShieldError as error:
        st.error(error.message(lang))
        st.stop()
    st.session_state[FLASH_KEY] = [
        ("success", tr("facts.saved", done=len(now_confirmed), total=len(SECTIONS)))
    ]
    st.rerun()

journey.next_step("facts")
