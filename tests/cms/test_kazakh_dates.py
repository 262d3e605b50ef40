import datetime

import pytest

pytestmark = pytest.mark.django_db


def test_a_kazakh_article_shows_its_date_in_kazakh(client, site_tree):
    article = site_tree.articles["kk"]
    article.date = datetime.date(2026, 12, 5)
    article.save_revision().publish()

    html = client.get(article.url).content.decode()

    assert "5 желтоқсан 2026 ж." in html
    assert "Жел. 5, 2026" not in html
