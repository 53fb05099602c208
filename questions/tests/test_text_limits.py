"""A text answer over its limit is refused in the same terms as the hint above the box."""

from django import forms

from accessibility.easy_read import check_text
from questions.forms import length_hint, text_field


def _errors(max_length: int, typed: str) -> list[str]:
    form_class = type(
        "OneBox", (forms.Form,), {"text": text_field(label="Tell us", max_length=max_length)}
    )
    form = form_class(data={"text": typed})
    assert not form.is_valid()
    return form.errors["text"]


def test_a_short_limit_is_said_in_letters_with_how_many_were_written():
    assert length_hint(200) == "You can write up to 200 letters."
    assert _errors(200, "a" * 201) == [
        "Your answer is too long. You can write up to 200 letters. You wrote 201."
    ]


def test_a_long_limit_is_said_in_words_like_its_hint():
    assert length_hint(3000) == "You can write up to about 500 words."
    message = _errors(3000, "a" * 3001)[0]
    assert message == (
        "Your answer is too long. You can write up to about 500 words. "
        "Please make it a bit shorter."
    )
    assert check_text(message) == []
