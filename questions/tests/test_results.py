"""How answers and group tallies become results, type by type, through the registry."""

import pytest

from questions.registry import question_type, question_types, results_for

from .helpers import make_question

pytestmark = pytest.mark.django_db


def test_every_stored_type_is_registered_with_a_block_form_template_and_tally():
    names = {kind.name for kind in question_types()}
    assert names == {
        "feelings",
        "choice",
        "choices",
        "yes_no",
        "tell_us",
        "good_life",
        "likes_dislikes",
        "vote",
        "coins",
        "offer",
        "idea",
    }
    for kind in question_types():
        assert kind.block() is not None
        assert kind.template.startswith("questions/")
        assert kind.form_class and kind.tally_form_class


def test_pick_one_counts_each_option_and_i_do_not_know():
    question = make_question("choice", ["shared_lives", "own_flat"])
    results = results_for(
        question,
        [{"choice": "shared_lives"}, {"choice": "shared_lives"}, {"dont_know": True}],
    )
    assert results.counts == {"shared_lives": 2}
    assert (results.people, results.dont_know) == (3, 1)


def test_choices_count_every_option_picked():
    question = make_question("choices", ["a", "b", "c"])
    results = results_for(question, [{"choices": ["a", "c"]}, {"choices": ["c"]}])
    assert results.counts == {"a": 1, "c": 2}
    assert results.people == 2


def test_feelings_become_scores_from_five_to_one():
    question = make_question("feelings", ["very_good", "good", "ok", "bad", "very_bad"])
    results = results_for(question, [{"choice": "very_good"}, {"choice": "bad"}])
    assert results.scores == {5: 1, 2: 1}
    assert results.mean_score == 3.5


def test_coin_ballots_are_shares_adding_up_to_one():
    question = make_question("coins", ["model-1", "model-2", "model-3"], coins=10)
    results = results_for(
        question,
        [
            {"coins": {"model-1": 5, "model-2": 5, "model-3": 0}},
            {"coins": {"model-1": 0, "model-2": 2, "model-3": 8}},
            {"dont_know": True},
        ],
    )
    assert [ballot.shares for ballot in results.ballots] == [
        {"model-1": 0.5, "model-2": 0.5},
        {"model-2": 0.2, "model-3": 0.8},
    ]
    assert all(sum(ballot.shares.values()) == pytest.approx(1) for ballot in results.ballots)
    assert results.mean_shares() == pytest.approx(
        {"model-1": 0.25, "model-2": 0.35, "model-3": 0.4}
    )


def test_votes_are_counted_per_option():
    question = make_question("vote", ["x", "y"])
    results = results_for(question, [{"votes": {"x": "up", "y": "down"}}, {"votes": {"x": "up"}}])
    assert results.votes == {"x": {"up": 2}, "y": {"down": 1}}


def test_own_words_are_kept_as_written_and_empty_boxes_are_left_out():
    assert results_for(
        make_question("tell_us"), [{"text": "Kind <b>staff</b>"}, {"text": "  "}]
    ).texts == {"text": ["Kind <b>staff</b>"]}
    likes = results_for(make_question("likes_dislikes"), [{"likes": "My garden", "dislikes": ""}])
    assert likes.texts == {"likes": ["My garden"]}
    offer = results_for(
        make_question("offer", ["time", "skills"]), [{"kinds": ["time"], "text": "Fridays"}]
    )
    assert (offer.counts, offer.texts) == ({"time": 1}, {"text": ["Fridays"]})


def _tally(kind: str, question, data: dict):
    form = question_type(kind).tally_form(question, data)
    return form


def test_a_group_tally_of_a_choice_adds_counts_per_option():
    question = make_question("choice", ["a", "b"])
    form = _tally(
        "choice", question, {"people": "6", "count_a": "4", "count_b": "1", "dont_know": "1"}
    )
    assert form.is_valid(), form.errors
    results = results_for(question, [{"choice": "a"}])
    question_type("choice").add_tally(results, form)
    assert results.counts == {"a": 5, "b": 1}
    assert (results.people, results.dont_know) == (7, 1)


def test_a_group_tally_of_a_choice_must_add_up_to_the_people():
    question = make_question("choice", ["a", "b"])
    form = _tally("choice", question, {"people": "6", "count_a": "4", "count_b": "1"})
    assert not form.is_valid()
    assert "The numbers add up to 5, not 6 people." in form.non_field_errors()


def test_a_group_tally_of_feelings_adds_scores():
    question = make_question("feelings", ["very_good", "good", "ok", "bad", "very_bad"])
    form = _tally(
        "feelings", question, {"people": "3", "count_very_good": "2", "count_very_bad": "1"}
    )
    assert form.is_valid(), form.errors
    results = results_for(question, [])
    question_type("feelings").add_tally(results, form)
    assert results.scores == {5: 2, 1: 1}


def test_a_group_tally_of_coins_is_one_ballot_standing_for_everyone_who_shared():
    question = make_question("coins", ["a", "b"], coins=10)
    form = _tally(
        "coins", question, {"people": "4", "dont_know": "1", "coins_a": "24", "coins_b": "6"}
    )
    assert form.is_valid(), form.errors
    results = results_for(question, [{"coins": {"a": 0, "b": 10}}])
    question_type("coins").add_tally(results, form)
    assert [(b.shares, b.people) for b in results.ballots] == [
        ({"b": 1.0}, 1),
        ({"a": 0.8, "b": 0.2}, 3),
    ]
    assert results.mean_shares() == pytest.approx({"a": 0.6, "b": 0.4})
    assert results.people == 5


def test_a_group_tally_of_coins_must_use_every_coin():
    question = make_question("coins", ["a", "b"], coins=10)
    form = _tally("coins", question, {"people": "3", "coins_a": "20", "coins_b": "5"})
    assert not form.is_valid()
    assert "The coins add up to 25." in form.non_field_errors()[0]


def test_a_group_tally_of_votes_counts_each_vote_and_not_more_than_the_people():
    question = make_question("vote", ["x"])
    form = _tally("vote", question, {"people": "5", "vote_x_up": "3", "vote_x_down": "2"})
    assert form.is_valid(), form.errors
    results = results_for(question, [])
    question_type("vote").add_tally(results, form)
    assert results.votes == {"x": {"up": 3, "down": 2}}
    too_many = _tally("vote", question, {"people": "2", "vote_x_up": "3"})
    assert not too_many.is_valid()


def test_a_group_tally_of_own_words_keeps_the_notes():
    question = make_question("likes_dislikes")
    form = _tally("likes_dislikes", question, {"people": "5", "likes": "The bus", "dislikes": ""})
    assert form.is_valid(), form.errors
    results = results_for(question, [])
    question_type("likes_dislikes").add_tally(results, form)
    assert results.texts == {"likes": ["The bus"]}
    assert results.people == 5


def test_a_group_tally_of_choices_lets_people_pick_several_but_not_more_than_came():
    question = make_question("choices", ["a", "b"])
    form = _tally("choices", question, {"people": "4", "count_a": "4", "count_b": "3"})
    assert form.is_valid(), form.errors
    results = results_for(question, [])
    question_type("choices").add_tally(results, form)
    assert results.counts == {"a": 4, "b": 3}
    too_many = _tally("choices", question, {"people": "2", "count_a": "3"})
    assert not too_many.is_valid()
    assert "An option has more people than answered." in too_many.non_field_errors()


def test_a_group_tally_of_an_offer_counts_kinds_of_help_and_keeps_the_words():
    question = make_question("offer", ["time", "space"])
    form = _tally("offer", question, {"people": "3", "count_time": "2", "text": "A hall"})
    assert form.is_valid(), form.errors
    results = results_for(question, [])
    question_type("offer").add_tally(results, form)
    assert (results.counts, results.texts) == ({"time": 2}, {"text": ["A hall"]})


def test_two_types_cannot_share_a_name_and_names_fit_in_an_answer():
    from questions.registry import QuestionType, register

    class Clash(QuestionType):
        name = "choice"

    with pytest.raises(ValueError, match="Two question types"):
        register(Clash)

    class TooLong(QuestionType):
        name = "a_very_long_question_type_name"

    with pytest.raises(ValueError, match="longer than 20"):
        register(TooLong)
    assert question_type("choice").__class__.__name__ == "Choice"


def test_one_answer_added_many_times_counts_as_that_many_people():
    from questions.results import Results

    question = make_question("coins", ["a", "b"], coins=10)
    one = results_for(question, [{"coins": {"a": 7, "b": 3}}])
    many = Results(question.id, question.type)
    many.add_times(one, 4)
    many.add_times(results_for(question, [{"dont_know": True}]), 2)
    assert (many.people, many.dont_know) == (6, 2)
    (ballot,) = many.ballots
    assert ballot.people == 4
    assert many.mean_shares() == {"a": 0.7, "b": 0.3}
