"""A question page is light and quick: under 60 KB of HTML, CSS and JS, and at most 12 queries."""

from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "site" / "static"
PAGE_BUDGET_BYTES = 60 * 1024
QUERY_BUDGET = 12


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
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = journey.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("question_type", ["vote", "coins", "choices"])
def test_question_page_weighs_under_60_kilobytes(journey, question_type):
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
