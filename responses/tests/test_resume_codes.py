"""Resume codes: easy to read aloud and copy, hard to guess, stored only as a keyed hash."""

import hashlib
import math
from collections import Counter

import pytest
from django.test import override_settings

from consultations.tests.factories import make_consultation
from responses.codes import (
    LENGTH,
    resume_code_display,
    resume_code_is_well_formed,
    resume_code_new,
    resume_code_normalise,
)
from responses.models import Response, resume_code_hashes
from responses.services import response_start, start_token_new

# Characters people mix up when reading, writing or saying them. A code keeps at most one of each.
CONFUSED_PAIRS = [("0", "O"), ("O", "Q"), ("1", "I"), ("1", "L"), ("I", "L"), ("2", "Z")]
CONFUSED_PAIRS += [("5", "S"), ("6", "G"), ("8", "B"), ("U", "V")]
NEVER = set("0O1IL")


# Enough codes that every character a generator can emit shows up, at every position.
SAMPLE = [resume_code_new() for _ in range(3000)]


def test_codes_have_at_least_40_bits_of_entropy():
    # Measured from what the generator makes, not from the module's own arithmetic.
    for position in range(LENGTH):
        seen = Counter(code[position] for code in SAMPLE)
        # Each character turns up about 125 times in 3000 draws from 24; a skewed generator would
        # leave some far below that.
        assert min(seen.values()) > 60, (position, seen)
    characters = {character for code in SAMPLE for character in code}
    assert LENGTH * math.log2(len(characters)) >= 40


def test_codes_have_no_characters_that_look_or_sound_alike():
    characters = {character for code in SAMPLE for character in code}
    for first, second in CONFUSED_PAIRS:
        assert not (first in characters and second in characters), (first, second)
    assert not NEVER & characters
    for code in SAMPLE[:200]:
        assert len(code) == LENGTH
        assert code == code.upper() and code.isalnum()
        assert resume_code_is_well_formed(code)
        # What a person copies from the screen comes back as the same code.
        assert resume_code_normalise(resume_code_display(code).lower()) == code


def test_new_codes_are_different_each_time():
    assert len({resume_code_new() for _ in range(1000)}) == 1000


def test_codes_are_shown_in_groups_of_3_to_read_aloud():
    assert resume_code_display("KMP47RTWX") == "KMP 47R TWX"


@pytest.mark.parametrize(
    "typed", ["KMP 47R TWX", "kmp47rtwx", " kmp-47r-twx ", "Kmp\u201347r twx", "k m p 4 7 r t w x"]
)
def test_spaces_dashes_and_letter_case_are_ignored(typed):
    assert resume_code_normalise(typed) == "KMP47RTWX"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [("zsgb", "2568"), ("Z5-G8", "2568"), ("kms 4zb", "KM5428")],
)
def test_look_alike_characters_are_read_as_the_ones_codes_use(typed, normal):
    assert resume_code_normalise(typed) == normal


def test_every_look_alike_maps_into_the_alphabet():
    from responses.codes import ALPHABET, LOOK_ALIKES

    for source, target in LOOK_ALIKES.items():
        assert chr(source) not in ALPHABET
        assert chr(target) in ALPHABET


@pytest.mark.parametrize(
    ("typed", "length", "never_used", "has_signs"),
    [
        ("KMP47RTWO", 9, ("O",), False),
        ("KMP47RTW", 8, (), False),
        ("KMP 47R TW!", 8, (), True),
        ("KMP47RT1I", 9, ("1", "I"), False),
    ],
)
def test_a_code_problem_says_exactly_what_is_wrong(typed, length, never_used, has_signs):
    from responses.codes import resume_code_problem

    problem = resume_code_problem(resume_code_normalise(typed))
    assert (problem.length, problem.never_used, problem.has_signs) == (
        length,
        never_used,
        has_signs,
    )
    assert resume_code_problem("KMP47RTWX") is None


@pytest.mark.parametrize("typed", ["KMP47RTW", "KMP47RTWXX", "KMP47RTW0", "KMP47RTW!"])
def test_codes_of_the_wrong_shape_are_not_well_formed(typed):
    assert not resume_code_is_well_formed(resume_code_normalise(typed))


@pytest.mark.django_db
def test_the_database_keeps_a_keyed_hash_never_the_code():
    field_names = {field.name for field in Response._meta.get_fields()}
    assert "resume_code" not in field_names
    response, code = response_start(
        consultation=make_consultation(), start_token=start_token_new(), resume_code="KMP47RTWX"
    )
    stored = Response.objects.filter(pk=response.pk).values().get()
    for value in stored.values():
        assert code.lower() not in str(value).lower()
    # Not a plain hash either, which anyone could work out from a copied database.
    assert stored["resume_code_hash"] != hashlib.sha256(code.encode()).hexdigest()
    assert stored["resume_code_hash"] == resume_code_hashes(code)[0]
    assert Response.objects.with_code(code).get() == response
    with override_settings(SECRET_KEY="a-different-secret-key-for-this-test"):
        assert resume_code_hashes(code)[0] != stored["resume_code_hash"]
        assert not Response.objects.with_code(code).exists()


def test_codes_still_work_after_the_secret_key_is_rotated():
    with override_settings(SECRET_KEY="old-secret-key-for-this-test"):
        old = resume_code_hashes("KMP47RTWX")[0]
    with override_settings(
        SECRET_KEY="new-secret-key-for-this-test",
        SECRET_KEY_FALLBACKS=["old-secret-key-for-this-test"],
    ):
        assert old in resume_code_hashes("KMP47RTWX")
