"""A newcomer signs up, confirms their e-mail and logs in, in a real browser."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from accounts.models import User
from accounts.roles import Role
from accounts.services import has_role

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Kazakh-monitor-2026!"


def test_sign_up_confirm_and_log_in_in_russian(page, site_tree, screenshot, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []

    page.goto("/ru/")
    page.get_by_role("link", name="Зарегистрироваться").click()
    page.get_by_label("Адрес электронной почты").fill("aliya@example.org")
    page.get_by_label("Имя").fill("Алия")
    page.get_by_label("Фамилия").fill("Омарова")
    page.get_by_label("Регион").select_option("KZ-35")
    page.get_by_label("Женщины").check()
    page.get_by_label("Пароль:", exact=True).fill(PASSWORD)
    page.get_by_label("Пароль (ещё раз)").fill(PASSWORD)
    screenshot("form")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ru/accounts/confirm-email/")
    screenshot("check-your-email")

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(urlsplit(link).path)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ru/accounts/login/")

    page.get_by_label("Адрес электронной почты").fill("aliya@example.org")
    page.get_by_label("Пароль:", exact=True).fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ru/")
    assert page.get_by_role("link", name="Мой профиль").is_visible()
    screenshot("logged-in")

    user = User.objects.get(email="aliya@example.org")
    assert has_role(user=user, role=Role.TRAINEE)
    page.goto("/admin/")
    assert "/admin/login/" in page.url


# Three Latin words in a row: an English sentence left on a Kazakh page.
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?:[ ,’']+[A-Za-z]{2,}){2,}\b")


def test_the_kazakh_sign_up_page_and_its_errors_are_all_kazakh(page, site_tree, screenshot):
    page.goto("/kk/accounts/signup/")
    assert ENGLISH_RUN.findall(page.locator("main").inner_text()) == []

    # An address the browser accepts and the server refuses, a numeric password, and a
    # confirmation that differs: every error the form can give at once.
    page.locator("main input[name=email]").fill("aliya@example")
    page.locator("main input[name=first_name]").fill("Әлия")
    page.locator("main input[name=last_name]").fill("Омарова")
    page.locator("main select[name=region]").select_option("KZ-35")
    page.locator("main input[name=work_groups]").first.check()
    page.locator("main input[name=password1]").fill("1234567890")
    page.locator("main input[name=password2]").fill("0987654321")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    screenshot("errors")
    text = page.locator("main").inner_text()
    assert "Жарамды электрондық пошта мекенжайын енгізіңіз." in text
    assert ENGLISH_RUN.findall(text) == []
