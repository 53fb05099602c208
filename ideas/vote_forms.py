"""The form a person votes with: yes, no or not sure for each idea, with a picture beside each.

Easy read (PRODUCT.md section 6); ideas/tests/test_easy_read_wording.py checks every sentence.
"""

from django import forms
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

from questions.options import Picture
from responses.forms.base import AnsweringForm
from responses.forms.widgets import PictureRadioSelect

from .models import VoteValue


def vote_pictures() -> dict[str, Picture]:
    """The drawn yes, no and not sure pictures (looked up when used, as static files are)."""
    return {value: Picture(static(f"images/answers/{value}.svg")) for value in VoteValue.values}


# What a person reads beside each picture when they vote.
VOTE_WORDS = {
    VoteValue.YES: _("Yes, I like this idea"),
    VoteValue.NO: _("No, I do not like this idea"),
    VoteValue.NOT_SURE: _("I am not sure"),
}


class IdeaVotesForm(AnsweringForm):
    """A person's votes: yes, no or not sure for each idea. Easy read."""

    def __init__(self, *args, ideas, saved: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.ideas = ideas
        pictures = vote_pictures()
        for idea in ideas:
            self.fields[f"idea_{idea.pk}"] = forms.ChoiceField(
                label=idea.public_title,
                choices=list(VOTE_WORDS.items()),
                required=False,
                initial=saved.get(idea.pk),
                widget=PictureRadioSelect(pictures=pictures),
                error_messages={"invalid_choice": _("Choose yes, no or not sure.")},
            )

    def rows(self):
        return [(idea, self[f"idea_{idea.pk}"]) for idea in self.ideas]

    def votes(self) -> dict[int, str]:
        return {
            idea.pk: self.cleaned_data[f"idea_{idea.pk}"]
            for idea in self.ideas
            if self.cleaned_data.get(f"idea_{idea.pk}")
        }

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.votes():
            raise forms.ValidationError(_("Choose yes, no or not sure for at least 1 idea."))
        return cleaned
