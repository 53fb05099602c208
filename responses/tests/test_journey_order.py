"""The order of pages: About you first, then the questions, then check your answers."""

from responses.journey import ABOUT_YOU, QUESTION, Journey, Position, Step


def test_about_you_comes_before_the_questions_in_order():
    journey = Journey(question_ids=["q1", "q2"], wants_contact=False)
    assert journey.steps == (
        Step(ABOUT_YOU, "who"),
        Step(ABOUT_YOU, "help"),
        Step(ABOUT_YOU, "needs"),
        Step(ABOUT_YOU, "hear-back"),
        Step(QUESTION, "q1"),
        Step(QUESTION, "q2"),
    )


def test_contact_details_are_asked_only_of_people_who_want_to_hear_back():
    assert Step(ABOUT_YOU, "contact") in Journey(question_ids=[], wants_contact=True)
    assert Step(ABOUT_YOU, "contact") not in Journey(question_ids=[], wants_contact=False)


def test_page_numbers_count_every_step():
    journey = Journey(question_ids=["q1", "q2"], wants_contact=True)
    position = journey.position(Step(QUESTION, "q1"))
    assert (position.number, position.total) == (6, 7)


def test_next_and_previous_walk_the_steps_and_end_at_check_your_answers():
    journey = Journey(question_ids=["q1"], wants_contact=False)
    assert journey.previous(Step(ABOUT_YOU, "who")) is None
    assert journey.next(Step(ABOUT_YOU, "hear-back")) == Step(QUESTION, "q1")
    assert journey.next(Step(QUESTION, "q1")) is None


def test_coming_back_carries_on_at_the_first_step_not_finished():
    journey = Journey(question_ids=["q1", "q2", "q3"], wants_contact=False)
    done = {Step(ABOUT_YOU, s) for s in ("who", "help", "needs", "hear-back")}
    assert journey.first_unfinished(done | {Step(QUESTION, "q1")}) == Step(QUESTION, "q2")
    # Skipping ahead and leaving a gap: the gap comes first.
    assert journey.first_unfinished(done | {Step(QUESTION, "q2")}) == Step(QUESTION, "q1")
    everything = done | {Step(QUESTION, q) for q in ("q1", "q2", "q3")}
    assert journey.first_unfinished(everything) is None


def test_the_total_counts_pages_that_an_answer_may_add():
    # Before anyone says they are helped or wants to hear back, those pages are counted.
    journey = Journey(question_ids=["q1", "q2"], wants_contact=False)
    assert journey.position(Step(ABOUT_YOU, "who")) == Position(1, 8)
    helped = Journey(question_ids=["q1", "q2"], wants_contact=True, is_supported=True)
    assert helped.position(Step(ABOUT_YOU, "who")) == Position(1, 8)
    assert helped.position(Step(QUESTION, "q2")) == Position(8, 8)


def test_choosing_email_adds_the_contact_page_without_the_numbers_jumping_back():
    before = Journey(question_ids=["q1"], wants_contact=False)
    after = Journey(question_ids=["q1"], wants_contact=True)
    hear_back = before.position(Step(ABOUT_YOU, "hear-back"))
    contact = after.position(Step(ABOUT_YOU, "contact"))
    assert contact.number == hear_back.number + 1
    assert contact.total == hear_back.total
    # Choosing "No" instead: the next page is still the next number, and the total only shrinks.
    question = before.position(Step(QUESTION, "q1"))
    assert question.number == hear_back.number + 1
    assert question.total < hear_back.total
