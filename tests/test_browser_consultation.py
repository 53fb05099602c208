"""The published Riverside demo in a real browser: axe, picture layout and the Listen button."""

import pytest

from consultations.demo_content import demo_content_load
from consultations.models import AreaPage
from tests.browser import assert_no_axe_violations, follow

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def riverside(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return demo_content_load()


def _pages(riverside) -> list[str]:
    return [riverside.url, *(area.url for area in AreaPage.objects.child_of(riverside))]


def _assert_pictures_left_of_text(page) -> None:
    boxes = page.eval_on_selector_all(
        "[data-easy-read-point]",
        """points => points.map(point => {
            const picture = point.querySelector('img, .coins');
            const text = point.querySelector('.easy-read-point__text');
            const p = picture.getBoundingClientRect(), t = text.getBoundingClientRect();
            return {pictureRight: p.right, textLeft: t.left, pictureTop: p.top,
                    textBottom: t.bottom, width: p.width};
        })""",
    )
    assert boxes, f"No easy-read points on {page.url}"
    for box in boxes:
        assert box["width"] > 0
        assert box["pictureRight"] <= box["textLeft"] + 1, box
        assert box["pictureTop"] < box["textBottom"], box  # beside the text, not above it


@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
def test_landing_and_area_pages_have_no_axe_violations_and_pictures_on_the_left(
    live_server, page_factory, riverside, viewport
):
    page = page_factory(viewport=viewport)
    for path in _pages(riverside):
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1
        assert_no_axe_violations(page)
        _assert_pictures_left_of_text(page)


def test_at_320_pixels_start_is_near_the_top_and_nothing_runs_off_the_side(
    live_server, page_factory, riverside
):
    riverside.help_email = "riverside.self.advocates.helpline@example.org"
    riverside.save_revision().publish()
    page = page_factory(viewport="mobile", javascript=False)
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + riverside.url)
    start = page.locator("main a.button--start")
    assert start.bounding_box()["y"] < 640, "Start is below the first screen"
    # One help block, with the consultation's own address, which wraps rather than overflows.
    assert page.locator("a[href^='mailto:']").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_landing_page_reads_as_easy_read_with_money_in_words(live_server, page, riverside):
    page.goto(live_server.url + riverside.url)
    main = page.locator("main")
    assert "Riverside spends a lot of money on support each year." in main.inner_text()
    assert "This is an example. We made up the money figures." in main.inner_text()
    # Exact figures are folded away for professionals.
    assert not page.get_by_text("£48,000,000").is_visible()
    page.get_by_text("More detail about the money").click()
    assert page.get_by_text("£48,000,000").is_visible()
    follow(page, page.get_by_role("link", name="Things to do in the day, and work"))
    assert page.locator("h1").inner_text() == "Things to do in the day, and work"


def test_listen_button_is_hidden_without_voices_and_reads_main_with_them(
    live_server, page_factory, riverside
):
    page = page_factory()
    page.add_init_script("window.speechSynthesis.getVoices = () => [];")
    page.goto(live_server.url + riverside.url)
    assert not page.locator("[data-listen-button]").is_visible()

    page = page_factory()
    page.add_init_script(
        """
        window.spoken = [];
        window.speechSynthesis.getVoices = () => [{name: 'Test', lang: 'en-GB'}];
        window.speechSynthesis.speak = (u) => window.spoken.push(u.text);
        """
    )
    page.goto(live_server.url + riverside.url)
    button = page.get_by_role("button", name="Listen to this page")
    assert button.is_visible()
    button.click()
    spoken = page.evaluate("window.spoken.join(' ')")
    assert "What happens to your answers" in spoken
    assert "Listen to this page" not in spoken
