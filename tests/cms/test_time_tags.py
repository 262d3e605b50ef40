"""The machine-readable value of every <time datetime>: one filter, valid HTML."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template import Context, Template

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def render(value):
    return Template("{% load time_tags %}{{ value|datetime_attribute }}").render(
        Context({"value": value})
    )


def test_a_moment_carries_whole_seconds_and_the_local_offset(settings):
    settings.TIME_ZONE = "Asia/Tokyo"  # no daylight saving, no recent change of offset
    moment = datetime.datetime(2026, 12, 6, 2, 56, 33, 959963, tzinfo=datetime.UTC)

    assert render(moment) == "2026-12-06T11:56:33+09:00"


def test_a_moment_in_another_time_zone_is_shown_in_the_site_time_zone(settings):
    settings.TIME_ZONE = "Asia/Tokyo"
    moment = datetime.datetime(2026, 1, 31, 23, 0, 0, 5, tzinfo=ZoneInfo("Europe/London"))

    assert render(moment) == "2026-02-01T08:00:00+09:00"


def test_a_day_is_a_date_and_nothing_is_nothing():
    assert render(datetime.date(2026, 3, 8)) == "2026-03-08"
    assert render(None) == ""
    assert render("") == ""


def test_every_time_element_of_the_templates_uses_the_filter():
    attributes = [
        (path.relative_to(TEMPLATES), value)
        for path in TEMPLATES.rglob("*.html")
        for value in re.findall(r'datetime="([^"]*)"', path.read_text())
    ]
    assert attributes
    assert [a for a in attributes if "|datetime_attribute" not in a[1]] == []
