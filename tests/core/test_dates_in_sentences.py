"""A Russian or Kazakh date ends with its own full stop ("6 декабря 2026 г.", "6 желтоқсан
2026 ж."): a translated sentence that ends with the date must not add a second one."""

import datetime
from collections import defaultdict

import pytest
from django.utils import formats, translation
from django.utils.translation import trans_real

DAY = datetime.date(2026, 12, 6)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_translated_sentence_puts_a_full_stop_after_the_dates_own(language):
    with translation.override(language):
        date = formats.date_format(DAY, "DATE_FORMAT")
        catalog = trans_real.translation(language)._catalog
        sentences = {
            msgid: msgstr % defaultdict(lambda: "X", date=date)
            for msgid, msgstr in catalog.items()
            if isinstance(msgid, str) and "%(date)s" in msgid and msgstr
        }
    assert date.endswith(".")
    assert sentences
    assert [sentence for sentence in sentences.values() if ".." in sentence] == []
