from tests.academy.conftest import catalogue, course, lessons  # noqa: F401 - shared fixtures
from tests.mentorship.conftest import pairing, programme  # noqa: F401 - shared fixtures
