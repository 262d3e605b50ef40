import os
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

ARTIFACTS = Path(__file__).parent / "artifacts"
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


# Playwright's sync API keeps an event loop in the test thread; the ORM calls the tests make
# between browser steps (and pytest-django's own database set-up) are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser(chromium_path_session):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path_session, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def chromium_path_session():
    path = "/usr/bin/chromium"
    if not os.path.exists(path):
        skip_or_fail("Debian's chromium is not installed (apt-get install chromium)")
    return path


@pytest.fixture
def page(browser, live_server):
    # axe-core is injected as an inline script, which the site's CSP refuses; the policy
    # itself is checked in test_content_security_policy.py with a context that enforces it.
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def strict_page(browser, live_server):
    """A page whose context enforces the CSP (the usual fixture bypasses it for axe) and
    records every violation the browser reports."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.violations = []
    page.on(
        "console",
        lambda message: (
            page.violations.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield page
    context.close()


@pytest.fixture
def screenshot(page, request):
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name):
        path = ARTIFACTS / f"{request.node.name}-{name}.png".replace("/", "_")
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def axe_violations(page):
    """Run axe-core on the open page; return its serious and critical violations."""
    if not AXE_SCRIPT.exists():
        skip_or_fail("axe-core is not installed (npm ci)")

    def run():
        page.add_script_tag(path=str(AXE_SCRIPT))
        results = page.evaluate(
            "async () => await axe.run(document, {resultTypes: ['violations']})"
        )
        return [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "nodes": [node["target"] for node in violation["nodes"]][:5],
            }
            for violation in results["violations"]
            if violation["impact"] in ("serious", "critical")
        ]

    return run
