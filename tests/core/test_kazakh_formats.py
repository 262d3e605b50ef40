"""Kazakh dates as Kazakh documents write them: "5 желтоқсан 2026 ж."."""

import datetime

import pytest
from django.utils import formats, translation

KAZAKH_MONTHS = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
]


def test_the_kazakh_date_is_day_month_year_with_the_year_mark():
    with translation.override("kk"):
        assert formats.date_format(datetime.date(2026, 12, 5)) == "5 желтоқсан 2026 ж."
        assert formats.date_format(datetime.date(2026, 12, 5), "SHORT_DATE_FORMAT") == (
            "05.12.2026"
        )


@pytest.mark.parametrize(("month", "name"), list(enumerate(KAZAKH_MONTHS, start=1)))
def test_every_month_is_written_in_lower_case_kazakh(month, name):
    with translation.override("kk"):
        assert formats.date_format(datetime.date(2026, month, 1)) == f"1 {name} 2026 ж."


def test_the_kazakh_date_time_uses_the_24_hour_clock():
    moment = datetime.datetime(2026, 12, 5, 14, 30)
    with translation.override("kk"):
        assert formats.date_format(moment, "DATETIME_FORMAT") == "5 желтоқсан 2026 ж. 14:30"


def test_a_kazakh_date_typed_the_kazakh_way_is_read():
    with translation.override("kk"):
        assert "%d.%m.%Y" in formats.get_format("DATE_INPUT_FORMATS")
