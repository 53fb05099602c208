from .about_you import ContactForm, HearBackForm, HelpForm, NeedsForm, WhoForm
from .journey import ConfirmViewsForm, ConsentForm, ResumeCodeForm

__all__ = [
    "ConfirmViewsForm",
    "ConsentForm",
    "ContactForm",
    "HearBackForm",
    "HelpForm",
    "NeedsForm",
    "ResumeCodeForm",
    "WhoForm",
]
