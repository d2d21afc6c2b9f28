"""The build's state is one object per build, not keys in the settings."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.errors import ContentReport, report_for
from images import record_stats
from run_state import BuildState, ImageStats, begin, state_of

pytestmark = pytest.mark.unit

MX = dt.timezone(dt.timedelta(hours=-6))


def test_every_part_of_the_state_lands_in_one_object_and_no_settings_key():
    settings = {"TIMEZONE": "America/Mexico_City"}
    state = begin(settings)
    keys_before = set(settings)
    report_for(settings).add("content/a.md", "title", "falta")
    note_change_at(settings, dt.datetime(2021, 5, 1, 9, tzinfo=MX))
    note_change_at(settings, dt.datetime(2021, 4, 1, 9, tzinfo=MX))
    record_stats(settings, [SimpleNamespace(worked=True), SimpleNamespace(worked=False),
                            SimpleNamespace(worked=True)])  # fmt: skip
    assert set(settings) == keys_before
    assert state_of(settings) is state
    assert isinstance(state.report, ContentReport)
    assert state.report.lines() == ["content/a.md: title: falta"]
    assert state.image_stats == ImageStats(processed=2, reused=1)
    assert state.valid_until == dt.datetime(2021, 4, 1, 9, tzinfo=MX)
    assert state.render is None  # set by portal.commands.build only


def test_each_build_begins_with_a_fresh_state():
    settings = {}
    first = begin(settings)
    report_for(settings).add("content/a.md", "title", "falta")
    second = begin(settings)
    assert second is not first and state_of(settings) is second
    assert second == BuildState()
    assert not report_for(settings)


def test_a_reader_called_on_its_own_gets_a_state():
    settings = {}
    report = report_for(settings)
    assert state_of(settings).report is report


def test_the_clock_is_the_declared_datetime_or_now():
    fixed = {"TIMEZONE": "America/Mexico_City", "EMBARGO_NOW": dt.datetime(2021, 3, 1, 9)}
    clock = embargo_clock(fixed)
    assert clock.isoformat() == "2021-03-01T09:00:00-06:00"
    now = embargo_clock({"TIMEZONE": "America/Mexico_City", "EMBARGO_NOW": None})
    assert abs(now - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
