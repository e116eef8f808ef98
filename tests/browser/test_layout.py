"""What the page looks like on paper and with text twice as big."""

from __future__ import annotations

from playwright.sync_api import BrowserContext

from project import Project
from harness import run_axe
from signpost_checks import chrome_problems, print_problems

def test_printed_page_keeps_the_emergency_routes_and_drops_the_chrome(
    desktop: BrowserContext, base_url: str
) -> None:
    """Every page is checked on paper by test_every_page; this one also makes a PDF."""
    page = desktop.new_page()
    page.goto(base_url + "services/ashby-vale-family-hub/")
    assert page.locator(".md-content a[href^='http']").count() > 0, "no outside link to check"
    assert print_problems(page) == []
    page.emulate_media(media="print")
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def test_text_at_twice_the_size_still_fits(
    desktop: BrowserContext, base_url: str, project: Project
) -> None:
    """WCAG 1.4.4: text resized to 200% loses nothing. A browser's text size setting scales
    the root font size, which is what this does."""
    page = desktop.new_page()
    page.goto(base_url)
    normal = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.evaluate("() => { document.documentElement.style.fontSize = '250%'; }")
    page.wait_for_timeout(100)
    bigger = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert bigger >= 2 * normal
    assert chrome_problems(page, project.quick_exit_url, project.emergency_texts) == []
    header = page.locator("[data-md-component=header]").bounding_box()
    assert header and header["height"] < 0.4 * 800, "the sticky header takes most of the window"
    violations = run_axe(page)
    assert not violations, "\n".join(v.describe() for v in violations)
