"""What a person does in the browser on each answering page, for the Playwright journeys.

Every step finds things by the words people see (labels, button names), and runs axe on each page
it visits, error states included. The same steps work with JavaScript on and off.
"""

from consultations.models import ConsultationPage
from tests.browser import assert_no_axe_violations

# The answers the Riverside journey gives, by question type, in the order the questions come.
LIKES = "My support worker is kind <script>alert('hi')</script>"
GOOD_LIFE = "Living with friends & having a job"
TELL_US = "The nurse <b>helped</b> me"
OFFER_TEXT = "I can help at the café on Fridays"
HOUSING_COINS = {"Care homes": 1, "Shared Lives": 4, "Living networks": 3, "Homeshare": 2}
AREA_COINS = 2  # for each of the 5 areas


def consultation_url(live_server, consultation: ConsultationPage) -> str:
    return live_server.url + consultation.url


def check(page) -> None:
    """Every page a person sees: one h1, and no axe violations."""
    # Under load a click can return while the next page is still arriving, with no h1 yet.
    page.wait_for_load_state()
    page.locator("h1").first.wait_for()
    assert page.locator("h1").count() == 1, page.url
    assert_no_axe_violations(page)


def click_continue(page) -> None:
    page.get_by_role("button", name="Continue", exact=True).click()
    page.wait_for_load_state()


def start_answering(page, live_server, consultation) -> str:
    """From the consultation page to the first About you page. Returns the code as shown."""
    page.goto(consultation_url(live_server, consultation))
    page.get_by_role("link", name="Start", exact=False).first.click()
    check(page)
    page.get_by_role("link", name="Start now").click()
    check(page)
    # Trying to go on without agreeing shows an error and keeps the person here.
    click_continue(page)
    assert page.locator("[data-error-summary]").is_visible()
    assert "Tick the box to say you agree" in page.locator("[data-error-summary]").inner_text()
    check(page)
    page.get_by_label("I agree to take part").check()
    click_continue(page)
    assert page.locator("h1").inner_text() == "This is your code"
    check(page)
    code = page.locator("[data-resume-code]").inner_text().strip()
    page.get_by_role("link", name="Continue").click()
    return code


def answer_about_you(page, *, supported: bool = True) -> None:
    check(page)
    page.get_by_label("I use support").check()
    click_continue(page)
    check(page)
    if supported:
        page.locator("input[name=is_supported][value=yes]").check()
        click_continue(page)
        check(page)
        assert page.locator("h1").inner_text() == "Who is helping you?"
        page.get_by_label("A support worker").check()
    click_continue(page)
    check(page)
    page.get_by_label("Easy read").check()
    click_continue(page)
    check(page)
    page.get_by_label("Yes, by email").check()
    click_continue(page)
    check(page)
    page.get_by_label("Your email address").fill("sam@example.org")
    click_continue(page)


def question_type(page) -> str:
    return page.locator("form[data-question-type]").get_attribute("data-question-type")


def share_coins(page, coins: dict[str, int], *, javascript: bool) -> None:
    """Type the coins, or with JavaScript use the Add 1 buttons for some of them."""
    for name, count in coins.items():
        box = page.get_by_role("textbox", name=name)
        if javascript:
            box.fill("")
            add = page.get_by_role("button", name=f"Add 1 coin to {name}")
            for _ in range(count):
                add.click()
        else:
            box.fill(str(count))


def _feelings(page, javascript: bool) -> None:
    page.get_by_label("Good", exact=True).check()


def _likes_dislikes(page, javascript: bool) -> None:
    page.get_by_label("What you like", exact=True).fill(LIKES)
    page.get_by_label("What you do not like").fill("Too many changes of staff")


def _vote(page, javascript: bool) -> None:
    groups = page.locator("fieldset")
    groups.nth(0).get_by_label("Yes, more of this").check()
    groups.nth(1).get_by_label("No, less of this").check()
    groups.nth(2).get_by_label("Not sure").check()


def _choice(page, javascript: bool) -> None:
    page.get_by_label("With a Shared Lives carer").check()


def _coins(page, javascript: bool) -> None:
    if page.get_by_role("textbox", name="Homeshare").count():
        share_coins(page, HOUSING_COINS, javascript=javascript)
        if not javascript:
            page.get_by_role("button", name="Count my coins").click()
            page.wait_for_load_state()
            # The page comes back at the count, not at the top.
            assert page.url.endswith("#coins-count")
            assert page.locator("#coins-count").is_visible()
            assert (
                "You have shared out all 10 coins."
                in page.locator("[data-coins-count]").inner_text()
            )
            check(page)
        return
    names = [n.inner_text() for n in page.locator("[data-coin-name]").all()]
    share_coins(page, dict.fromkeys(names, AREA_COINS), javascript=javascript)


def _choices(page, javascript: bool) -> None:
    page.get_by_label("A paid job").check()
    page.get_by_label("Learning").check()


def _good_life(page, javascript: bool) -> None:
    page.get_by_label("Write your answer").fill(GOOD_LIFE)


def _yes_no(page, javascript: bool) -> None:
    page.get_by_label("Yes", exact=True).check()


def _tell_us(page, javascript: bool) -> None:
    page.get_by_label("Write your answer").fill(TELL_US)


def _offer(page, javascript: bool) -> None:
    page.get_by_label("My time").check()
    page.get_by_label("Tell us more about what you could give").fill(OFFER_TEXT)


# What a person answers to each Riverside question, by the question type the page says it is.
# This is the demo's test data, not behaviour: a new type's own test answers it (see
# questions/tests/test_adding_a_type.py) and adds a line here only if the demo asks it.
RIVERSIDE_ANSWERS = {
    "feelings": _feelings,
    "likes_dislikes": _likes_dislikes,
    "vote": _vote,
    "choice": _choice,
    "coins": _coins,
    "choices": _choices,
    "good_life": _good_life,
    "yes_no": _yes_no,
    "tell_us": _tell_us,
    "offer": _offer,
}


def answer_question(page, *, javascript: bool) -> str:
    """Answer the question on screen the way the Riverside journey does. Returns its type."""
    check(page)
    kind = question_type(page)
    if kind not in RIVERSIDE_ANSWERS:
        raise AssertionError(f"No step for question type {kind!r}")
    RIVERSIDE_ANSWERS[kind](page, javascript)
    click_continue(page)
    return kind


def answer_questions_until(page, question_type: str, *, javascript: bool) -> None:
    """Answer questions the usual way until the page asks a question of this type."""
    while question_type_or_none(page) not in (question_type, None):
        answer_question(page, javascript=javascript)


def question_type_or_none(page) -> str | None:
    form = page.locator("form[data-question-type]")
    return form.get_attribute("data-question-type") if form.count() else None


def skip_about_you(page) -> None:
    for _ in range(4):
        page.get_by_role("button", name="Skip this question").click()


def focused(page, script: str):
    """Evaluate `script` with `el` bound to the focused element."""
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {script}; }})()")


def tab_to(page, script: str, *, limit: int = 80) -> None:
    """Press Tab until the focused element matches `script`, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page, script):
            return
    raise AssertionError(f"Tab never reached an element where {script}")
