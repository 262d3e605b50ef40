"""Every Django and allauth string a trainee can meet exists in Kazakh (locale/vendor/kk)."""

import re
from html import unescape
from pathlib import Path

import allauth
import django
import polib
import pytest
from django.contrib.auth.password_validation import get_default_password_validators
from django.utils import translation

from tests.factories.accounts import UserFactory

DJANGO_DIR = Path(django.__file__).parent
ALLAUTH_DIR = Path(allauth.__file__).parent

# The source files whose strings reach a trainee: form and field validation, the password
# rules and allauth's account forms, messages, pages and e-mails. Django ships no English
# catalogue for allauth, so allauth's msgids are read from its (complete) Russian one.
TRAINEE_FACING_SOURCES = [
    (
        DJANGO_DIR / "conf/locale/en/LC_MESSAGES/django.po",
        ("core/validators.py", "forms/"),
    ),
    (
        DJANGO_DIR / "contrib/auth/locale/en/LC_MESSAGES/django.po",
        ("contrib/auth/password_validation.py", "contrib/auth/forms.py"),
    ),
    (
        ALLAUTH_DIR / "locale/ru/LC_MESSAGES/django.po",
        ("account/", "templates/account/", "templates/allauth/"),
    ),
]
# Punctuation Django lets a language redefine; Kazakh uses the English marks.
SAME_IN_KAZAKH = {":", ":?.!", "IPv4", "IPv6"}

# Three Latin words in a row: an English sentence left on a Kazakh page.
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?:[ ,’']+[A-Za-z]{2,}){2,}\b")


def trainee_facing_entries():
    for catalogue, prefixes in TRAINEE_FACING_SOURCES:
        for entry in polib.pofile(str(catalogue)):
            sources = [path.removeprefix("../") for path, _line in entry.occurrences]
            if entry.obsolete or entry.msgid in SAME_IN_KAZAKH:
                continue
            if any(source.startswith(prefixes) for source in sources):
                yield entry


def in_kazakh(entry):
    with translation.override("kk"):
        if entry.msgid_plural:
            return translation.ngettext(entry.msgid, entry.msgid_plural, 5)
        if entry.msgctxt:
            return translation.pgettext(entry.msgctxt, entry.msgid)
        return translation.gettext(entry.msgid)


def test_every_trainee_facing_django_and_allauth_string_has_a_kazakh_translation():
    entries = list(trainee_facing_entries())
    assert len(entries) > 250, "the source catalogues were not found"
    untranslated = [
        entry.msgid for entry in entries if in_kazakh(entry) in (entry.msgid, entry.msgid_plural)
    ]
    assert untranslated == []


def test_each_password_rule_is_explained_in_kazakh():
    for validator in get_default_password_validators():
        with translation.override("en"):
            english = validator.get_help_text()
        with translation.override("kk"):
            kazakh = validator.get_help_text()
        assert kazakh != english, type(validator).__name__
        assert not ENGLISH_RUN.search(kazakh), kazakh


def visible_text(response):
    html = response.content.decode()
    main = re.search(r"<main\b.*</main>", html, flags=re.S).group(0)
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", main))


def english_sentences(response):
    return ENGLISH_RUN.findall(visible_text(response))


@pytest.mark.django_db
def test_kazakh_sign_up_page_and_its_errors_have_no_english_sentence(client, site_tree):
    assert english_sentences(client.get("/kk/accounts/signup/")) == []

    response = client.post(
        "/kk/accounts/signup/",
        {"email": "not-an-address", "password1": "1234567890", "password2": "0987654321"},
    )
    assert response.status_code == 200
    assert "Жарамды электрондық пошта мекенжайын енгізіңіз." in visible_text(response)
    assert english_sentences(response) == []


@pytest.mark.django_db
def test_kazakh_password_change_page_and_its_errors_have_no_english_sentence(client, site_tree):
    user = UserFactory(email="aliya@example.org", first_name="Aliya", last_name="Omarova")
    client.force_login(user)
    assert english_sentences(client.get("/kk/accounts/password/change/")) == []

    response = client.post(
        "/kk/accounts/password/change/",
        {"oldpassword": "wrong", "password1": "1234567890", "password2": "1234567890"},
    )
    assert response.status_code == 200
    assert "Бұл құпиясөз тек цифрлардан тұрады." in visible_text(response)
    assert english_sentences(response) == []
