# Kazakh formats as official documents write them: "5 желтоқсан 2026 ж.", the month in
# lower case and in its basic form (Kazakh does not decline it after the day), the year
# followed by "ж." (жыл). "E" is Django's alternative month name, which locale/vendor/kk
# gives in lower case. The syntax is Django's date template filter.
DATE_FORMAT = "j E Y ж."
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y ж. H:i"
YEAR_MONTH_FORMAT = "E Y ж."
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# The syntax is Python's strftime; the first format is the one shown in forms.
DATE_INPUT_FORMATS = [
    "%d.%m.%Y",  # '05.12.2026'
    "%d.%m.%y",  # '05.12.26'
    "%Y-%m-%d",  # '2026-12-05', what <input type="date"> sends
]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",  # what <input type="datetime-local"> sends
    "%Y-%m-%d",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # non-breaking space
NUMBER_GROUPING = 3
