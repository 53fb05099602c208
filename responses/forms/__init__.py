from .about_you import ContactForm, HearBackForm, HelperForm, HelpForm, NeedsForm, WhoForm
from .journey import ConfirmViewsForm, ConsentForm, ResumeCodeForm

__all__ = [
    "ConfirmViewsForm",
    "ConsentForm",
    "ContactForm",
    "HearBackForm",
    "HelpForm",
    "HelperForm",
    "NeedsForm",
    "ResumeCodeForm",
    "WhoForm",
]
