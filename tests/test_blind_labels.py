"""The blind-label registry holds what each set draws, and no set reuses an earlier label."""

from __future__ import annotations

import importlib

import pytest

from tests.blind_labels import (
    BASE_CITIES,
    BASE_LABELS,
    SET_CITIES,
    SET_LABELS,
    cities_before,
    labels_before,
)

# Sets 10-15 also label each case's phone; these sets add wrap, post or effect labels.
_PHONE_LABELLED = range(10, 16)
_WRAPPED = {13, 15, 17, 18, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}


def _drawn_labels(number: int) -> set[str]:
    """The labels set `number` draws, collected the way its own test collects them."""
    cases = importlib.import_module(f"tests.blindgen{number}.cases")
    screens = [s for c in cases.CASES.values() for s in c.screens]
    labels = {s.skin for s in screens} | {s.app for s in screens}
    if number in _PHONE_LABELLED:
        labels |= set(cases.PHONE.values())
    if number in _WRAPPED:
        labels |= {s.wrap for s in screens if s.wrap}
    if number == 19:
        labels |= {p for s in screens for p in s.post}
    if number == 20:
        labels |= {e for s in screens for e in s.effects}
    if number == 22:
        labels |= set(cases.PHONE.values()) | {s.overlay for s in screens if s.overlay}
    return labels


@pytest.mark.parametrize("number", sorted(SET_LABELS))
def test_entry_is_what_the_set_draws(number):
    cases = importlib.import_module(f"tests.blindgen{number}.cases")
    assert SET_LABELS[number] == _drawn_labels(number)
    assert SET_CITIES[number] == set(cases.CASES)


@pytest.mark.parametrize("number", sorted(SET_LABELS))
def test_set_labels_are_new_and_its_own(number):
    assert SET_LABELS[number].isdisjoint(labels_before(number))
    assert all(label.endswith(str(number)) for label in SET_LABELS[number])


def test_before_grows_with_each_set():
    assert labels_before(10) == BASE_LABELS
    assert cities_before(10) == BASE_CITIES
    assert labels_before(max(SET_LABELS) + 1) == BASE_LABELS.union(*SET_LABELS.values())
    assert SET_LABELS[12] <= labels_before(13) - labels_before(12)
