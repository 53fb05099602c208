"""Group tallies are stored as plain values and counted again later, type by type (ADR 016).

For every registered type: a valid tally form gives a JSON-safe value; the value re-fills the
form exactly; and adding the stored value to results gives what adding the form gave.
"""

import json

import pytest

from questions.registry import question_type, question_types, results_for

from .helpers import make_question

pytestmark = pytest.mark.django_db

# A valid tally for each registered type: the question's option keys, and what was typed.
TALLIES = {
    "choice": (["a", "b"], {"people": "6", "count_a": "4", "count_b": "1", "dont_know": "1"}),
    "choices": (["a", "b"], {"people": "4", "count_a": "4", "count_b": "3"}),
    "yes_no": (["yes", "no", "not_sure"], {"people": "5", "count_yes": "3", "count_no": "2"}),
    "feelings": (
        ["very_good", "good", "ok", "bad", "very_bad"],
        {"people": "3", "count_very_good": "2", "count_very_bad": "1"},
    ),
    "vote": (["x", "y"], {"people": "5", "vote_x_up": "3", "vote_x_down": "2", "vote_y_up": "1"}),
    "coins": (["a", "b"], {"people": "4", "dont_know": "1", "coins_a": "24", "coins_b": "6"}),
    "tell_us": ([], {"people": "7", "text": "More buses in the evening"}),
    "good_life": ([], {"people": "2", "text": "A job I like"}),
    "likes_dislikes": ([], {"people": "5", "likes": "The bus", "dislikes": "Waiting"}),
    "offer": (["time", "space"], {"people": "3", "count_time": "2", "text": "A hall"}),
    "idea": ([], {"people": "4", "text": "A cafe run by us"}),
}


def _question(kind: str):
    keys, _data = TALLIES[kind]
    return make_question(kind, keys, coins=10)


def _valid_form(kind: str, **extra):
    keys, data = TALLIES[kind]
    form = question_type(kind).tally_form(_question(kind), data | extra)
    assert form.is_valid(), form.errors
    return form


def test_every_registered_type_has_a_tally_checked_here():
    assert {kind.name for kind in question_types()} == set(TALLIES)


@pytest.mark.parametrize("kind", sorted(TALLIES))
def test_a_stored_tally_is_json_and_refills_its_form(kind):
    form = _valid_form(kind, quotes="I want to choose\n\n  My own door key  ")
    value = question_type(kind).tally_value(form)
    # Stored as JSON, read back as JSON: nothing in it that JSON would change.
    assert json.loads(json.dumps(value)) == value
    assert value["quotes"] == ["I want to choose", "My own door key"]

    refilled = question_type(kind).tally_form(_question(kind), value=value)
    assert not refilled.is_bound
    data = {name: "" if v is None else str(v) for name, v in refilled.initial.items()}
    again = question_type(kind).tally_form(_question(kind), data)
    assert again.is_valid(), again.errors
    assert question_type(kind).tally_value(again) == value


@pytest.mark.parametrize("kind", sorted(TALLIES))
def test_a_stored_tally_counts_the_same_as_the_form_it_came_from(kind):
    form = _valid_form(kind, quotes="Nobody asked us before")
    kind_ = question_type(kind)
    from_form = results_for(_question(kind), [])
    kind_.add_tally(from_form, form)
    from_store = results_for(_question(kind), [], [kind_.tally_value(form)])
    assert from_store == from_form
    assert from_store.people == int(TALLIES[kind][1]["people"])
    assert from_store.texts["quotes"] == ["Nobody asked us before"]


def test_option_keys_not_on_the_question_any_more_are_left_out_of_the_form():
    question = make_question("choice", ["a", "b"])
    value = {"people": 3, "dont_know": 0, "quotes": [], "counts": {"a": 1, "b": 1, "gone": 1}}
    initial = question_type("choice").tally_initial(question, value)
    assert {key for key in initial if key.startswith("count_")} == {"count_a", "count_b"}


def test_hand_worked_tallies_and_answers_add_up_in_results():
    """Two sessions and 2 people online. Worked by hand:

    choice: online a, a; session 1: 4 a, 1 b, 1 do not know; session 2: 2 b.
    counts a = 2 + 4 = 6, b = 1 + 2 = 3; people 2 + 6 + 2 = 10; do not know 1.
    """
    question = make_question("choice", ["a", "b"])
    kind = question_type("choice")
    stored = [
        kind.tally_value(_valid_form("choice")),
        {"people": 2, "dont_know": 0, "quotes": ["Both of us"], "counts": {"a": 0, "b": 2}},
    ]
    results = results_for(question, [{"choice": "a"}, {"choice": "a"}], stored)
    assert results.counts == {"a": 6, "b": 3}
    assert (results.people, results.dont_know) == (10, 1)
    assert results.texts == {"quotes": ["Both of us"]}


def test_a_sessions_coins_are_one_ballot_weighted_by_the_people_who_shared():
    """Worked by hand: 1 person online gives 10 coins to b (shares b = 1).

    A session of 4, 1 of whom did not know: 3 people x 10 coins = 30, 24 to a and 6 to b, so
    one ballot a = 0.8, b = 0.2 standing for 3 people. Mean: a = (0 + 0.8 x 3) / 4 = 0.6,
    b = (1 + 0.2 x 3) / 4 = 0.4.
    """
    question = make_question("coins", ["a", "b"], coins=10)
    stored = question_type("coins").tally_value(_valid_form("coins"))
    assert stored["coins"] == {"a": 24, "b": 6}
    results = results_for(question, [{"coins": {"a": 0, "b": 10}}], [stored])
    assert [(ballot.shares, ballot.people) for ballot in results.ballots] == [
        ({"b": 1.0}, 1),
        ({"a": 0.8, "b": 0.2}, 3),
    ]
    assert results.mean_shares() == pytest.approx({"a": 0.6, "b": 0.4})


def test_a_stored_tally_reads_as_lines_with_the_forms_labels():
    question = make_question("feelings", ["very_good", "good", "ok", "bad", "very_bad"])
    value = question_type("feelings").tally_value(_valid_form("feelings"))
    lines = question_type("feelings").tally_lines(question, value)
    assert "How many people answered this question: 3" in lines
    assert "Very Good: 2" in lines and "Very Bad: 1" in lines
    assert not any(line.startswith("Ok") for line in lines)
