"""The fixed words people read in emails, letters and packs pass the easy-read checker."""

import pytest

from accessibility.easy_read import check_text
from telling.content import message_for
from telling.services import telling_start

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("occasion", ["decisions", "update"])
def test_every_fixed_sentence_we_send_passes_the_easy_read_checker(
    cast, published, update, occasion
):
    round, _ = telling_start(
        cast.riverside_consultation,
        user=cast.commissioner,
        update=update if occasion == "update" else None,
    )
    message = message_for(round)
    # The consultation's title and the decisions' words are the commissioner's, checked where
    # they are written; these are ours.
    ours = list(message.opening[1:]) + list(message.closing)
    ours += [
        "1 person in your group asked to hear what we decided.",
        "Please share this with them.",
        "You can read more on our website.",
    ]
    if occasion == "update":
        ours.append(message.points[0].lines[0])
    for text in ours:
        assert [f for f in check_text(text) if not f.advice] == [], text
