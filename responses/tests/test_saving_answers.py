"""Each Continue saves that answer before the next page. Going back shows it; changing it
updates it and never makes a second one."""

import pytest

from responses.models import Answer, Response

from .journey import form_values, page_text

pytestmark = pytest.mark.django_db


def _saved(journey, question_type, nth=0):
    url = journey.question_url(question_type, nth)
    question_id = url.rstrip("/").rsplit("/", 1)[-1]
    return Answer.objects.get(question_id=question_id)


def _answer_every_type(journey):
    vote_keys = journey.option_keys("vote")
    coin_keys = journey.option_keys("coins")
    area_keys = journey.option_keys("coins", 1)
    journey.answer("feelings", {"answer": "very_good"})
    journey.answer("likes_dislikes", {"likes": "Kind staff", "dislikes": "Late visits"})
    journey.answer("vote", {f"vote_{vote_keys[0]}": "up", f"vote_{vote_keys[2]}": "down"})
    choice = journey.option_keys("choice")
    choices = journey.option_keys("choices")
    journey.answer("choice", {"answer": choice[0]})
    journey.answer(
        "coins", {f"coins_{key}": "" for key in coin_keys} | {f"coins_{coin_keys[1]}": "10"}
    )
    journey.answer("choices", {"answer": [choices[1], choices[4]]})
    journey.answer("good_life", {"text": "A job and my own flat"})
    journey.answer("yes_no", {"answer": "not_sure"})
    journey.answer("tell_us", {"text": "My sister"})
    journey.answer("coins", {f"coins_{key}": "2" for key in area_keys}, nth=1)
    journey.answer("offer", {"kinds": ["skills", "space"], "text": "A room on Tuesdays"})
    return vote_keys, coin_keys, area_keys


def test_every_question_type_saves_its_answer(journey):
    journey.start()
    vote_keys, coin_keys, area_keys = _answer_every_type(journey)
    assert _saved(journey, "feelings").value == {"choice": "very_good"}
    assert _saved(journey, "likes_dislikes").value == {
        "likes": "Kind staff",
        "dislikes": "Late visits",
    }
    assert _saved(journey, "vote").value == {"votes": {vote_keys[0]: "up", vote_keys[2]: "down"}}
    choice = journey.option_keys("choice")
    assert _saved(journey, "choice").value == {"choice": choice[0]}
    coins = dict.fromkeys(coin_keys, 0) | {coin_keys[1]: 10}
    assert _saved(journey, "coins").value == {"coins": coins}
    choices = journey.option_keys("choices")
    assert _saved(journey, "choices").value == {"choices": [choices[1], choices[4]]}
    assert _saved(journey, "good_life").value == {"text": "A job and my own flat"}
    assert _saved(journey, "yes_no").value == {"choice": "not_sure"}
    assert _saved(journey, "tell_us").value == {"text": "My sister"}
    assert _saved(journey, "coins", 1).value == {"coins": dict.fromkeys(area_keys, 2)}
    assert _saved(journey, "offer").value == {
        "kinds": ["skills", "space"],
        "text": "A room on Tuesdays",
    }
    answers = Answer.objects.all()
    assert answers.count() == 11
    assert {a.area_key for a in answers} == {
        "home",
        "accommodation",
        "day_and_work",
        "hospital",
        "community",
    }


def test_each_continue_goes_to_the_next_page_after_saving(journey):
    journey.start()
    refs = journey.questions()
    response = journey.answer("feelings", {"answer": "good"})
    assert response.status_code == 302
    assert response["Location"] == journey.url("question", refs[1].id)
    assert Answer.objects.count() == 1
    last = journey.answer("offer", {"text": "Time"})
    assert last["Location"] == journey.url("check")


def test_going_back_shows_the_saved_answer(journey):
    journey.start()
    journey.answer("feelings", {"answer": "bad"})
    journey.answer("tell_us", {"text": "My neighbour helped"})
    keys = journey.option_keys("choices")
    journey.answer("choices", {"answer": [keys[0], keys[2]]})
    assert form_values(journey.get(journey.question_url("feelings"))) == {"answer": ["bad"]}
    tell_us = form_values(journey.get(journey.question_url("tell_us")))
    assert tell_us == {"text": ["My neighbour helped"]}
    choices = form_values(journey.get(journey.question_url("choices")))
    assert choices == {"answer": [keys[0], keys[2]]}


def test_changing_an_answer_updates_it_and_never_duplicates_it(journey):
    journey.start()
    journey.answer("feelings", {"answer": "bad"})
    first = _saved(journey, "feelings")
    journey.answer("feelings", {"answer": "very_good"})
    journey.answer("feelings", {"answer": "ok"})
    assert Answer.objects.count() == 1
    changed = _saved(journey, "feelings")
    assert changed.pk == first.pk
    assert changed.value == {"choice": "ok"}


def test_a_double_submit_saves_one_answer(journey):
    from .journey import csrf_token

    journey.start()
    url = journey.question_url("yes_no")
    token = csrf_token(journey.get(url).content.decode())
    for _ in range(3):
        reply = journey.client.post(url, {"answer": "yes", "csrfmiddlewaretoken": token})
        assert reply.status_code == 302
    assert Answer.objects.count() == 1
    assert Response.objects.count() == 1


def test_two_tabs_answering_different_questions_keep_both_answers(journey):
    from .journey import csrf_token

    journey.start()
    first, second = journey.question_url("feelings"), journey.question_url("yes_no")
    # Both tabs load their page before either sends its answer.
    first_token = csrf_token(journey.get(first).content.decode())
    second_token = csrf_token(journey.get(second).content.decode())
    journey.client.post(second, {"answer": "no", "csrfmiddlewaretoken": second_token})
    journey.client.post(first, {"answer": "good", "csrfmiddlewaretoken": first_token})
    assert _saved(journey, "feelings").value == {"choice": "good"}
    assert _saved(journey, "yes_no").value == {"choice": "no"}
    assert Response.objects.count() == 1


def test_text_answers_are_optional(journey):
    journey.start()
    response = journey.answer("good_life", {"text": ""})
    assert response.status_code == 302
    assert _saved(journey, "good_life").value == {"text": ""}


def test_a_choice_needs_an_answer_or_i_do_not_know(journey):
    journey.start()
    response = journey.answer("feelings", {})
    assert response.status_code == 200
    assert "Choose 1 answer. If you are not sure, choose I do not know." in page_text(response)
    assert not Answer.objects.exists()
    journey.answer("feelings", {"answer": "dont_know"})
    assert _saved(journey, "feelings").value == {"dont_know": True}


def test_choices_keeps_to_the_most_allowed(journey):
    journey.start()
    response = journey.answer("choices", {"answer": journey.option_keys("choices")[:4]})
    assert "You chose 4 answers. You can choose up to 3." in page_text(response)
    assert not Answer.objects.exists()


def test_i_do_not_know_cannot_go_with_other_answers(journey):
    journey.start()
    first = journey.option_keys("choices")[0]
    response = journey.answer("choices", {"answer": [first, "dont_know"]})
    assert "Do not choose both." in page_text(response)
    vote_key = journey.option_keys("vote")[0]
    response = journey.answer("vote", {f"vote_{vote_key}": "up", "dont_know": "on"})
    assert "Do not choose both." in page_text(response)
    assert not Answer.objects.exists()


def test_a_vote_needs_at_least_one_view(journey):
    journey.start()
    response = journey.answer("vote", {})
    assert "Choose an answer for at least 1 of these. Or choose I do not know." in page_text(
        response
    )
    journey.answer("vote", {"dont_know": "on"})
    assert _saved(journey, "vote").value == {"dont_know": True}


def test_change_from_check_your_answers_returns_there(journey):
    journey.start()
    url = journey.question_url("tell_us") + "?from=check"
    page = journey.get(url).content.decode()
    assert f'<a class="back-link" href="{journey.url("check")}">' in page
    response = journey.post(url, {"text": "Changed", "from": "check"})
    assert response["Location"] == journey.url("check")
