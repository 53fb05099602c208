"""How familiar a word is (rule 4).

Familiarity comes from a committed list of common English words and their Zipf frequency,
derived from wordfreq (docs/adr/004-word-frequency-list.md). Frequency alone misjudges two kinds
of word, so two small hand-made lists correct it:

- everyday British words that the mostly American corpora undercount ("carer");
- official words that are frequent in news and reports but hard for our readers
  ("facilitate", "stakeholder"). These come with a plain alternative.
"""

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

COMMON_WORDS_FILE = Path(__file__).with_name("data") / "common_words_en.tsv"

# Words below this Zipf frequency (about once in a million words) are rare.
RARE_BELOW = 3.0

# Everyday words in UK social care and daily life that easy-read readers meet often, but that
# fall below the threshold because the corpora are mostly American.
EVERYDAY_WORDS: frozenset[str] = frozenset(
    {
        "carer",
        "flatmate",
        "housemate",
        "keyworker",
        "laundrette",
        "optician",
        "payslip",
        "physio",
        "wheelie",
    }
)

# Official words that are common in reports but hard for easy-read readers, with a plain
# alternative. Inflected forms ("facilitated", "stakeholders") are found through word_forms().
HARD_WORDS: dict[str, str] = {
    "additional": "more",
    "advocacy": "help to speak up",
    "allocate": "give",
    "allocation": "share",
    "anticipate": "expect",
    "approximately": "about",
    "assessment": "a meeting to check what help you need",
    "assist": "help",
    "assistance": "help",
    "commence": "start",
    "commissioner": "the people who plan and pay for services",
    "commissioning": "planning and paying for services",
    "coproduction": "working together",
    "eligibility": "who can get it",
    "eligible": "can get",
    "enable": "help",
    "engagement": "taking part",
    "ensure": "make sure",
    "collaboration": "working together",
    "expenditure": "spending",
    "facilitate": "help",
    "facilitator": "helper",
    "framework": "plan",
    "holistic": "about the whole person",
    "implement": "do",
    "implementation": "doing it",
    "individual": "person",
    "initiative": "plan",
    "integrated": "joined up",
    "legislation": "the law",
    "mitigate": "make less bad",
    "objective": "aim",
    "obtain": "get",
    "outcome": "what changes",
    "paradigm": "way of thinking",
    "personalisation": "support that fits you",
    "practitioner": "worker",
    "prioritise": "put first",
    "provision": "services",
    "purchase": "buy",
    "reablement": "help to get your skills back",
    "regarding": "about",
    "remit": "job",
    "require": "need",
    "respite": "a short break",
    "signpost": "tell you where to go",
    "stakeholder": "people who are involved",
    "statutory": "by law",
    "strategy": "plan",
    "subsequently": "later",
    "sufficient": "enough",
    "tenancy": "renting your home",
    "terminate": "end",
    "therefore": "so",
    "utilisation": "use",
    "utilise": "use",
    "utilize": "use",
}

# Hard phrases, matched as whole phrases (rule 4).
HARD_PHRASES: dict[str, str] = {
    "a number of": "some",
    "at this moment in time": "now",
    "co-production": "working together",
    "day opportunities": "things to do in the day",
    "in addition": "also",
    "in order to": "to",
    "person-centred": "planned around you",
    "prior to": "before",
    "service user": "person who gets support",
    "with regard to": "about",
}

# British spellings, turned into the American ones the corpora count more often.
_BRITISH_TO_AMERICAN = (
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"([^aeiou])re(s|d)?$"), r"\1er\2"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
)


@cache
def common_words() -> dict[str, float]:
    words = {}
    with COMMON_WORDS_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, zipf = line.split("\t")
            words[word] = float(zipf)
    return words


@lru_cache(maxsize=50_000)
def plain_letters(word: str) -> str:
    """Lower case, apostrophes and accents removed: "Café" becomes "cafe"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if char.isascii() and char.isalpha())


def word_forms(word: str) -> set[str]:
    """The word, and the simpler forms it may come from: "wheelchairs", "wheelchair"."""
    forms = {word}
    for pattern, replacement in _BRITISH_TO_AMERICAN:
        forms.add(pattern.sub(replacement, word))
    for form in list(forms):
        forms.update(_stems(form))
    return {form for form in forms if len(form) > 1}


def _stems(word: str) -> set[str]:
    stems = set()
    for suffix, endings in (
        ("ies", ("y",)),
        ("ied", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
        ("er", ("", "e")),
        ("est", ("", "e")),
        ("ily", ("y",)),
        ("ly", ("", "le")),
        ("ness", ("",)),
        ("ment", ("",)),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            stems.update(stem + ending for ending in endings)
            # Doubled consonants: "stopped", "running".
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                stems.add(stem[:-1])
    return stems


def zipf(word: str) -> float:
    """The Zipf frequency of the word itself, or 0 when it is not a common word."""
    return common_words().get(plain_letters(word), 0.0)


# Bounded caches: a long-running web process meets an open-ended set of words.
@lru_cache(maxsize=50_000)
def is_familiar(word: str) -> bool:
    letters = plain_letters(word)
    if letters in EVERYDAY_WORDS:
        return True
    common = common_words()
    return any(form in common or form in EVERYDAY_WORDS for form in word_forms(letters))


@lru_cache(maxsize=50_000)
def hard_word_alternative(word: str) -> str | None:
    """A plain alternative when the word, or the word it comes from, is a known hard word."""
    letters = plain_letters(word)
    if letters in HARD_WORDS:
        return HARD_WORDS[letters]
    for form in sorted(word_forms(letters)):
        if form in HARD_WORDS:
            return HARD_WORDS[form]
    return None
