"""Each easy-read rule: text it must flag, and text it must leave alone."""

import pytest

from accessibility.easy_read import RULES, WordList, check_text


def codes(text: str, **options) -> list[str]:
    return [finding.code for finding in check_text(text, **options)]


def flagged(text: str, code: str, **options) -> list[str]:
    return [finding.words for finding in check_text(text, **options) if finding.code == code]


# Rule 1: sentences have 15 words or fewer.


def test_sentence_of_more_than_15_words_is_flagged_with_its_length():
    text = (
        "We want to hear from everyone who uses the day centre in the town "
        "about what they think of it now."
    )
    [finding] = [f for f in check_text(text) if f.code == "sentence-length"]
    assert finding.rule == 1
    assert finding.message == (
        "This sentence has 21 words. Easy read sentences have 15 words or fewer."
    )
    assert finding.suggestion == "Split it into 2 short sentences."


def test_sentence_of_exactly_15_words_passes():
    text = "You can tell us what you think about the day centre in your town today."
    assert "sentence-length" not in codes(text)


def test_each_line_is_its_own_sentence_even_without_a_full_stop():
    text = "What happens next\nWe will read everything you tell us\nWe will write a report"
    assert "sentence-length" not in codes(text)


def test_a_sentence_wrapped_over_two_lines_is_still_one_sentence():
    text = (
        "We want to hear from everyone who uses the day centre\n"
        "in the town about what they think of it now."
    )
    assert "sentence-length" in codes(text)


def test_long_sentence_asks_for_enough_pieces():
    text = " ".join(["word"] * 40) + "."
    [finding] = [f for f in check_text(text) if f.code == "sentence-length"]
    assert finding.suggestion == "Split it into 3 short sentences."


# Rule 2: one idea per sentence.


@pytest.mark.parametrize(
    "text",
    [
        "We will close the centre because it costs a lot and you can use other services.",
        "You can choose, but we need to know because the money is limited.",
        "The bus is late, which is a problem, so we are changing it.",
        "The bus is late, which is a problem because we need it.",
        "Tell us what you think and we will listen but we cannot promise.",
    ],
)
def test_sentence_joining_several_ideas_is_flagged(text):
    assert "one-idea" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You live with a carer and their family.",
        "You can go to work and college.",
        "We need your help because the money is changing.",
        "But you can choose.",
        "People who help you can come too.",
        "You can have tea, cake and biscuits.",
        "You can choose a home or a flat.",
        "Tell us which day you like and we will book it.",
        "It is so good.",
    ],
)
def test_sentence_with_one_idea_passes(text):
    assert "one-idea" not in codes(text)


# Rule 3: paragraphs or points have 50 words or fewer.


def test_point_of_more_than_50_words_is_flagged():
    text = " ".join(["We like the park."] * 13)  # 52 words on one line
    findings = [f for f in check_text(text) if f.code == "point-length"]
    assert [f.rule for f in findings] == [3]
    assert findings[0].message.startswith("This point has 52 words.")


def test_many_short_lines_are_separate_points():
    text = "\n".join(["We like the park."] * 13)
    assert "point-length" not in codes(text)


# Rule 4: common words.


@pytest.mark.parametrize(
    "word", ["commissioning", "reablement", "utilise", "facilitate", "stakeholder"]
)
def test_hard_words_are_flagged(word):
    assert flagged(f"We will {word} it.", "rare-word") == [word]


def test_hard_word_comes_with_a_plain_alternative():
    [finding] = check_text("We will utilise the money.")
    assert finding.rule == 4
    assert finding.suggestion.startswith("Use 'use' instead")


@pytest.mark.parametrize("word", ["facilitated", "stakeholders", "Utilising"])
def test_other_forms_of_hard_words_are_flagged(word):
    assert flagged(f"{word} is hard.", "rare-word") == [word]


def test_rare_words_found_by_frequency_are_flagged():
    assert flagged("The plan is a panacea.", "rare-word") == ["panacea"]
    assert flagged("It is a hypothecated grant.", "rare-word") == ["hypothecated"]


def test_hard_phrases_are_flagged():
    assert flagged("We met in order to plan.", "rare-word") == ["in order to"]


@pytest.mark.parametrize(
    "word",
    [
        "support", "carer", "carers", "money", "home", "hospital", "community", "job", "help",
        "people", "wheelchairs", "neighbour", "organised", "favourite", "travelling", "café",
    ],
)  # fmt: skip
def test_everyday_words_pass(word):
    assert "rare-word" not in codes(f"We talked about {word} today.")


def test_names_in_the_middle_of_a_sentence_pass():
    assert "rare-word" not in codes("You can ask Priya or Tolulope at Kingswood.")


def test_name_at_the_start_of_a_sentence_passes_when_used_as_a_name_elsewhere():
    text = "Tolulope can help you. You can call Tolulope."
    assert "rare-word" not in codes(text)


def test_rare_word_at_the_start_of_a_sentence_is_still_flagged():
    assert flagged("Reablement helps you.", "rare-word") == ["Reablement"]


def test_preferred_words_on_the_word_list_pass():
    words = WordList(preferred=frozenset({"reablement"}))
    assert "rare-word" not in codes("Reablement helps you.", word_list=words)


def test_a_rare_word_is_reported_once_however_often_it_is_used():
    text = "Reablement is good. We like reablement. Reablement helps."
    assert flagged(text, "rare-word") == ["Reablement"]


# Rule 5: no acronyms or initials, except an allowed list.


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Your GP can help.", "GP"),
        ("The CQC checks care homes.", "CQC"),
        ("Go to A&E if it is an emergency.", "A&E"),
        ("Ask the GPs.", "GPs"),
        ("Ask the G.P. today.", "G.P."),
        ("You may have ADHD.", "ADHD"),
    ],
)
def test_acronyms_are_flagged(text, acronym):
    assert flagged(text, "acronym") == [acronym]


@pytest.mark.parametrize(
    "text",
    [
        "The NHS pays for it.",
        "That is OK.",
        "I like it.",
        "A nurse can help.",
        "People in the UK can vote.",
        "Call 0300 123 4567.",
        "Our address is BS1 4DJ.",
    ],
)
def test_allowed_acronyms_and_single_letters_pass(text):
    assert "acronym" not in codes(text)


def test_a_consultation_can_allow_more_acronyms():
    allowed = frozenset({"NHS", "OK", "CQC"})
    assert "acronym" not in codes("The CQC checks care homes.", allowed_acronyms=allowed)


# Rule 6: no abbreviations.


@pytest.mark.parametrize(
    ("text", "abbreviation", "instead"),
    [
        ("Bring things, e.g. a coat.", "e.g.", "for example"),
        ("Bring things eg a coat.", "eg", "for example"),
        ("Bring a coat, i.e. something warm.", "i.e.", "that means"),
        ("Bring a coat, hat, etc.", "etc.", None),
        ("It costs approx. £5.", "approx.", "about"),
        ("Ring No. 5 on the door.", "No.", "number"),
        ("It is home vs hospital.", "vs", "or"),
    ],
)
def test_abbreviations_are_flagged(text, abbreviation, instead):
    findings = [f for f in check_text(text) if f.code == "abbreviation"]
    assert [f.words for f in findings] == [abbreviation]
    if instead:
        assert findings[0].suggestion == f"Write '{instead}'."


@pytest.mark.parametrize(
    "text",
    ["The answer is no.", "No, thank you.", "We have no money.", "Visit www.example.org.uk."],
)
def test_words_that_look_like_abbreviations_pass(text):
    assert "abbreviation" not in codes(text)


# Rule 7: no contractions.


@pytest.mark.parametrize(
    ("text", "contraction", "full"),
    [
        ("You can't go.", "can't", "cannot"),
        ("We don't know.", "don't", "do not"),
        ("It won't change.", "won't", "will not"),
        ("It's your choice.", "It's", "It is"),
        ("I'm happy.", "I'm", "I am"),
        ("You're welcome.", "You're", "You are"),
        ("We'll tell you.", "We'll", "We will"),
        ("We don’t know.", "don’t", "do not"),
        ("They shouldn’t worry.", "shouldn’t", "should not"),
    ],
)
def test_contractions_are_flagged_with_the_full_words(text, contraction, full):
    findings = [f for f in check_text(text) if f.code == "contraction"]
    assert [f.words for f in findings] == [contraction]
    assert findings[0].suggestion == f"Write '{full}'."


@pytest.mark.parametrize(
    "text", ["Sam's house is big.", "It is the carer's car.", "You cannot go.", "Its door is red."]
)
def test_possessives_and_full_words_pass(text):
    assert "contraction" not in codes(text)


# Rule 11: active voice.


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("It was decided last year.", "was decided"),
        ("Your carer is paid every week.", "is paid"),
        ("A letter will be sent to you.", "be sent"),
        ("The plan has been changed.", "been changed"),
        ("You are not told why.", "are not told"),
        ("The money is being spent on homes.", "is being spent"),
    ],
)
def test_likely_passives_are_flagged(text, phrase):
    assert flagged(text, "passive") == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "We decided last year.",
        "The council pays your carer.",
        "I am tired.",
        "She is worried about money.",
        "It is called Shared Lives.",
        "You are interested in art.",
        "The bus is red.",
        "We need your help.",
        "I am fed up.",
        "It is known as Shared Lives.",
        "Tell us what money is left.",
        "You are invited to a meeting.",
    ],
)
def test_active_sentences_and_feelings_pass(text):
    assert "passive" not in codes(text)


# Rule 12: simple punctuation.


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We like parks; we like shops.", "like parks; we"),
        ("Ask your carer (or a friend).", "(or a friend)"),
        ("You can choose and/or vote.", "and/or"),
        ("Ask [your carer] first.", "[your carer]"),
    ],
)
def test_semicolons_brackets_and_slashes_are_flagged(text, words):
    assert flagged(text, "punctuation") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "See https://www.example.org/easy-read/help for more.",
        "Email help@example.org.uk today.",
        "It closes on 3/3/2026.",
        "1) Go home.",
        "We like parks, shops and cafes.",
    ],
)
def test_web_addresses_dates_and_list_numbers_pass(text):
    assert "punctuation" not in codes(text)


# Rule 13: the consultation's word list.


def test_words_to_avoid_are_flagged_with_the_preferred_word():
    words = WordList(avoid={"GP": "doctor"})
    findings = check_text("Ask your GP. Your gp can help. GPs are busy.", word_list=words)
    assert [(f.code, f.words) for f in findings] == [
        ("word-list", "GP"),
        ("word-list", "GPs"),
    ]
    assert findings[0].rule == 13
    assert findings[0].suggestion == "Change 'GP' to 'doctor'."


def test_word_list_matches_whole_words_and_phrases_only():
    words = WordList(avoid={"care package": "support", "ward": "room in hospital"})
    assert flagged("Your care package is ready.", "word-list", word_list=words) == ["care package"]
    assert flagged("We go forward together.", "word-list", word_list=words) == []


def test_preferred_alternatives_pass_the_rare_word_rule():
    words = WordList(avoid={"short break": "respite"})
    assert "rare-word" not in codes("You can have respite.", word_list=words)


# Rule 15: no block capitals.


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("PLEASE READ THIS.", "PLEASE READ THIS"),
        ("This is IMPORTANT.", "IMPORTANT"),
        ("Send it by FRIDAY.", "FRIDAY"),
    ],
)
def test_block_capitals_are_flagged(text, words):
    findings = check_text(text)
    assert [(f.code, f.words) for f in findings] == [("block-capitals", words)]


def test_allowed_acronyms_are_not_block_capitals():
    assert codes("The NHS and the UK.") == []


# All rules together.


def test_every_rule_has_a_stable_code_and_number():
    assert sorted(RULES.values()) == [*range(1, 14), 15]
