"""Helpers shared by the Playwright browser tests."""

import os
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
VIEWPORTS = {"mobile": {"width": 320, "height": 640}, "desktop": {"width": 1280, "height": 900}}
# Chromium must not try to reach the internet: this machine's network is closed.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

_axe = Axe()


def chromium_path() -> str:
    candidate = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if not Path(candidate).exists():
        raise RuntimeError(
            f"Chromium was not found at {candidate}. Run 'make test', which installs it, "
            "or set CHROMIUM to a Chromium executable."
        )
    return candidate


def assert_no_axe_violations(page) -> None:
    """Run axe on what the person sees now, error states included.

    axe is JavaScript, so a page from a context without JavaScript is copied, with a base URL for
    its styles, into a scratch page that has JavaScript.
    """
    target = page
    if getattr(page, "javascript_disabled", False):
        html = page.content().replace("<head>", f'<head><base href="{page.url}">', 1)
        target = page.context.browser.new_page(viewport=page.viewport_size)
        target.set_content(html, wait_until="load")
    try:
        results = _axe.run(target, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    finally:
        if target is not page:
            target.close()
    assert results.violations_count == 0, (
        f"axe found problems on {page.url}:\n{results.generate_report()}"
    )
