"""Fixtures shared with the academy and mentorship tests, for the personal-data tests."""

from tests.academy.conftest import catalogue, course, lessons  # noqa: F401 - shared fixtures
from tests.mentorship.conftest import essay_assessment, programme  # noqa: F401 - shared fixtures
