"""A question page is light and quick: under 40 KB of HTML, CSS and JS, and at most 8 queries.

The same limits as `make bench` checks (issue 8), so a slower page fails here first.
"""

from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "site" / "static"
PAGE_BUDGET_BYTES = 40 * 1024
QUERY_BUDGET = 8
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _static_weight(html: str) -> int:
    """The stylesheets and scripts the page loads, from their files. Pictures are not counted."""
    import re

    total = 0
    for path in re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', html):
        total += (STATIC / path).stat().st_size
    return total


@pytest.mark.parametrize(
    "question_type", ["feelings", "likes_dislikes", "vote", "choice", "coins", "choices", "offer"]
)
def test_question_page_stays_within_its_query_budget(
    journey, question_type, django_assert_max_num_queries
):
    journey.start()
    url = journey.question_url(question_type)
    journey.get(url)  # the first visit makes picture renditions; later visits only read them
    with django_assert_max_num_queries(QUERY_BUDGET) as queries:
        response = journey.get(url)
    assert response.status_code == 200
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].upper().startswith(WRITES)]
    assert not writes, "Showing a question wrote to the database (the session, perhaps)."


def test_saving_an_answer_stays_within_its_query_budget(journey, django_assert_max_num_queries):
    from .journey import csrf_token

    journey.start()
    url = journey.question_url("choice")
    token = csrf_token(journey.get(url).content.decode())
    option = journey.option_keys("choice")[0]
    with django_assert_max_num_queries(QUERY_BUDGET) as queries:
        response = journey.client.post(url, {"answer": option, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    # A valid answer is saved, not drawn: no pictures or renditions are looked up for it.
    assert not any("wagtailimages" in q["sql"] for q in queries.captured_queries)


@pytest.mark.parametrize("question_type", ["vote", "coins", "choices"])
def test_question_page_weighs_under_40_kilobytes(journey, question_type):
    journey.start()
    response = journey.get(journey.question_url(question_type))
    html = response.content.decode()
    weight = len(response.content) + _static_weight(html)
    assert weight < PAGE_BUDGET_BYTES, f"{question_type} page weighs {weight} bytes"


def test_question_page_makes_no_third_party_requests(journey):
    import re

    journey.start()
    html = journey.get(journey.question_url("vote")).content.decode()
    addresses = re.findall(r'(?:href|src|action)="([^"#]+)"', html)
    assert addresses
    assert all(a.startswith(("/", "?", "tel:", "mailto:")) for a in addresses), addresses
