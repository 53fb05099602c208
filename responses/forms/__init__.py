from .about_you import ContactForm, HearBackForm, HelpForm, NeedsForm, WhoForm
from .coins import CoinsForm
from .journey import ConfirmViewsForm, ConsentForm, ResumeCodeForm
from .questions import (
    ChoicesForm,
    LikesDislikesForm,
    OfferForm,
    QuestionForm,
    SingleChoiceForm,
    TextForm,
    VoteForm,
)

QUESTION_FORMS: dict[str, type[QuestionForm]] = {
    "feelings": SingleChoiceForm,
    "choice": SingleChoiceForm,
    "yes_no": SingleChoiceForm,
    "choices": ChoicesForm,
    "tell_us": TextForm,
    "good_life": TextForm,
    "likes_dislikes": LikesDislikesForm,
    "vote": VoteForm,
    "coins": CoinsForm,
    "offer": OfferForm,
}

ABOUT_YOU_FORMS = {"who": WhoForm, "help": HelpForm, "needs": NeedsForm, "hear-back": HearBackForm}

__all__ = [
    "ABOUT_YOU_FORMS",
    "QUESTION_FORMS",
    "CoinsForm",
    "ConfirmViewsForm",
    "ConsentForm",
    "ContactForm",
    "QuestionForm",
    "ResumeCodeForm",
]
