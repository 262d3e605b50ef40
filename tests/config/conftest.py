import pytest

from tests.academy.conftest import catalogue, course, lessons  # noqa: F401 - shared fixtures
from tests.certificates.conftest import certified_course, graduate  # noqa: F401 - shared fixtures
from tests.mentorship.conftest import (  # noqa: F401 - shared fixtures
    essay_answer,
    essay_assessment,
    other_pairing,
    pairing,
    programme,
)


@pytest.fixture
def mentor_client(client, pairing):  # noqa: F811 - the shared fixture
    client.force_login(pairing.mentor)
    return client
