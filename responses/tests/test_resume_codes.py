"""Resume codes: easy to read aloud and copy, hard to guess, stored only as a keyed hash."""

import pytest
from django.test import override_settings

from responses.codes import (
    ALPHABET,
    ENTROPY_BITS,
    LENGTH,
    resume_code_display,
    resume_code_is_well_formed,
    resume_code_new,
    resume_code_normalise,
)
from responses.models import Response, resume_code_hashes

# Characters people mix up when reading, writing or saying them. A code keeps at most one of each.
CONFUSED_PAIRS = [("0", "O"), ("O", "Q"), ("1", "I"), ("1", "L"), ("I", "L"), ("2", "Z")]
CONFUSED_PAIRS += [("5", "S"), ("6", "G"), ("8", "B"), ("U", "V")]
NEVER = set("0O1IL")


def test_codes_have_at_least_40_bits_of_entropy():
    assert ENTROPY_BITS >= 40
    assert len(set(ALPHABET)) == len(ALPHABET)


def test_codes_have_no_characters_that_look_or_sound_alike():
    for first, second in CONFUSED_PAIRS:
        assert not (first in ALPHABET and second in ALPHABET), (first, second)
    assert not NEVER & set(ALPHABET)
    for _ in range(200):
        code = resume_code_new()
        assert len(code) == LENGTH
        assert set(code) <= set(ALPHABET)
        assert resume_code_is_well_formed(code)


def test_new_codes_are_different_each_time():
    assert len({resume_code_new() for _ in range(1000)}) == 1000


def test_codes_are_shown_in_groups_of_3_to_read_aloud():
    assert resume_code_display("KMP47RTWX") == "KMP 47R TWX"


@pytest.mark.parametrize(
    "typed", ["KMP 47R TWX", "kmp47rtwx", " kmp-47r-twx ", "Kmp\u201347r twx", "k m p 4 7 r t w x"]
)
def test_spaces_dashes_and_letter_case_are_ignored(typed):
    assert resume_code_normalise(typed) == "KMP47RTWX"


@pytest.mark.parametrize("typed", ["KMP47RTW", "KMP47RTWXX", "KMP47RTW0", "KMP47RTW!"])
def test_codes_of_the_wrong_shape_are_not_well_formed(typed):
    assert not resume_code_is_well_formed(resume_code_normalise(typed))


def test_the_database_keeps_a_keyed_hash_never_the_code():
    field_names = {field.name for field in Response._meta.get_fields()}
    assert "resume_code" not in field_names
    (hashed,) = resume_code_hashes("KMP47RTWX")[:1]
    assert "KMP47RTWX" not in hashed
    with override_settings(SECRET_KEY="a-different-secret-key-for-this-test"):
        assert resume_code_hashes("KMP47RTWX")[0] != hashed


def test_codes_still_work_after_the_secret_key_is_rotated():
    with override_settings(SECRET_KEY="old-secret-key-for-this-test"):
        old = resume_code_hashes("KMP47RTWX")[0]
    with override_settings(
        SECRET_KEY="new-secret-key-for-this-test",
        SECRET_KEY_FALLBACKS=["old-secret-key-for-this-test"],
    ):
        assert old in resume_code_hashes("KMP47RTWX")
