"""Generated hostile input in every participant form field: never an error page, never the value
back unescaped, and the answers someone gave before are never changed by it."""

from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from responses.models import Answer, Response

from .journey import csrf_token, form_values

pytestmark = pytest.mark.django_db

# Known trouble, then anything at all (but lone surrogates, which no browser can send).
PAYLOADS = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "{{ request }}{% debug %}",
    "\x00",
    "9" * 5000,
    "²",
    "①",
    "١٠",
    "-1",
    "1e308",
    "NaN",
    "../../config/settings/base.py",
    "%00%0d%0aSet-Cookie: x=1",
    "a" * 20_000,
    "",
    " ",
    "\u202e\u200b",
]
# If a value holds one of these, the page must not show it raw: it would be live markup.
# (Escaped, each is harmless text: "&lt;img src=x onerror=alert(1)&gt;".)
MARKUP = ("<script>alert", "<img src=x", '"><img', "' onmouseover='", "<hostile")

hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=60),
    st.builds(
        lambda before, after: f'{before}<hostile x="1">\'{after}',
        st.text(st.characters(exclude_categories=("Cs",)), max_size=10),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=10),
    ),
)


class _FieldNames(HTMLParser):
    """Every name a form on the page sends: boxes, choices, text, and named buttons."""

    def __init__(self):
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag, attrs):
        name = dict(attrs).get("name")
        if tag in {"input", "textarea", "select", "button"} and name:
            if name != "csrfmiddlewaretoken" and name not in self.names:
                self.names.append(name)


def field_names(html: str) -> list[str]:
    parser = _FieldNames()
    parser.feed(html)
    return parser.names


def _answers() -> dict[str, dict]:
    return dict(Answer.objects.values_list("question_id", "value"))


@pytest.fixture
def answered(journey):
    """Someone who has started and given a valid answer to every question."""
    journey.start()
    for ref in journey.questions():
        journey.post(journey.url("question", ref.id), {"dont_know": "on", "answer": "dont_know"})
    keys = journey.option_keys("coins")
    journey.answer("coins", {f"coins_{keys[0]}": "10"})
    assert len(_answers()) == len(journey.questions())
    return journey


def _pages(journey) -> list[tuple[str, str | None]]:
    """(address, question id or None) for every page with a participant form."""
    pages = [(journey.url("question", ref.id), ref.id) for ref in journey.questions()]
    pages += [(journey.url("about_you", slug), None) for slug in ("who", "help", "needs")]
    pages += [(journey.url("about_you", "hear-back"), None)]
    # Not the check page's form: sending would end the journey. Its page is checked below.
    pages += [(journey.url("consent"), None)]
    pages += [(journey.url("resume"), None), ("/change-how-this-looks/", None)]
    return pages


def _assert_safe(reply, value: str) -> None:
    assert reply.status_code < 500
    html = reply.content.decode()
    for markup in MARKUP:
        if markup in value:
            assert markup not in html, f"{markup!r} came back unescaped"
    if "<" in value and len(value) >= 8:
        assert value not in html, "the value came back unescaped"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_hostile_values_in_any_field_never_break_a_page_or_change_other_answers(answered, data):
    journey = answered
    address, question_id = data.draw(st.sampled_from(_pages(journey)), label="page")
    page = journey.get(address)
    if page.status_code != 200:
        return  # sent already, or a step this journey skips: nothing to post to
    html = page.content.decode()
    names = field_names(html)
    if not names:
        return
    target = data.draw(st.sampled_from(names), label="field")
    value = data.draw(hostile_text, label="value")
    before = _answers()
    fields = dict(form_values(page))
    fields[target] = [value]
    reply = journey.client.post(
        address, {**fields, "csrfmiddlewaretoken": csrf_token(html)}, follow=False
    )
    _assert_safe(reply, value)
    after = _answers()
    # No other question's answer changes; this one only if the page accepted the new answer.
    changed = {qid for qid in before if before[qid] != after.get(qid)}
    allowed = {question_id} if reply.status_code == 302 and question_id else set()
    assert changed <= allowed, f"{changed - allowed} changed after posting to {address}"
    # Wherever the value may now be shown, it is escaped.
    for shown in (address, journey.url("check")):
        _assert_safe(journey.get(shown), value)
    assert Response.objects.count() == 1


def test_the_field_finder_sees_every_kind_of_field():
    html = (
        '<input name="a"><textarea name="b"></textarea><select name="c"></select>'
        '<button name="d" value="1"></button><input type="hidden" name="csrfmiddlewaretoken">'
    )
    assert field_names(html) == ["a", "b", "c", "d"]
