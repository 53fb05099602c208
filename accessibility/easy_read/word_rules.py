"""Rules about single words (rules 4, 5, 6, 7, 13 and 15)."""

import re
from collections.abc import Iterator

from .context import Context
from .findings import Finding
from .text import WORD, Sentence, is_initialism
from .words import hard_word_alternative, is_familiar, plain_letters, zipf

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

CONTRACTIONS: dict[str, str] = {
    "ain't": "is not", "aren't": "are not", "can't": "cannot", "couldn't": "could not",
    "didn't": "did not", "doesn't": "does not", "don't": "do not", "hadn't": "had not",
    "hasn't": "has not", "haven't": "have not", "isn't": "is not", "mightn't": "might not",
    "mustn't": "must not", "needn't": "need not", "shan't": "shall not",
    "shouldn't": "should not", "wasn't": "was not", "weren't": "were not", "won't": "will not",
    "wouldn't": "would not",
    "i'm": "I am", "i've": "I have", "i'll": "I will", "i'd": "I would",
    "you're": "you are", "you've": "you have", "you'll": "you will", "you'd": "you would",
    "we're": "we are", "we've": "we have", "we'll": "we will", "we'd": "we would",
    "they're": "they are", "they've": "they have", "they'll": "they will",
    "they'd": "they would", "he's": "he is", "he'll": "he will", "he'd": "he would",
    "she's": "she is", "she'll": "she will", "she'd": "she would", "it's": "it is",
    "it'll": "it will", "that's": "that is", "that'll": "that will", "there's": "there is",
    "there'll": "there will", "here's": "here is", "what's": "what is", "who's": "who is",
    "who'll": "who will", "where's": "where is", "how's": "how is", "let's": "let us",
    "y'all": "you all",
}  # fmt: skip

_CONTRACTION = re.compile(r"(?<![\w'’])[A-Za-z]+['’][A-Za-z]+(?![\w'’])")


def contractions(sentence: Sentence, context: Context) -> Iterator[Finding]:
    for match in _CONTRACTION.finditer(sentence.masked):
        written = match.group()
        key = written.translate(_APOSTROPHES).casefold()
        full = CONTRACTIONS.get(key)
        # Only known contractions: "Sam's" may be a possessive, which is fine.
        if full is None and key.endswith("n't"):
            full = key[:-3] + " not"
        if full is None:
            continue
        if written[0].isupper():
            full = full[0].upper() + full[1:]
        yield Finding(
            "contraction",
            written,
            f"'{written}' is a short way of writing '{full}'. Full words are easier to read.",
            f"Write '{full}'.",
        )


# Each short form, how to find it, and the words to write instead.
_ABBREVIATIONS = (
    (r"e\.\s?g\b\.?|eg\b\.?", "for example"),
    (r"i\.\s?e\b\.?|ie\b\.?", "that means"),
    (r"etc\b\.?", "the other things in full"),
    (r"approx\b\.?", "about"),
    (r"vs\b\.?", "or"),
    (r"no\.(?=\s?\d)", "number"),
    (r"incl\b\.?", "including"),
    (r"esp\.", "mostly"),
    (r"n\.b\.|nb\b\.?", "please note"),
    (r"tel\b\.?", "phone"),
    (r"dept\b\.?", "department"),
    (r"asap\b", "as soon as you can"),
    (r"aka\b", "also called"),
    (r"hrs?\b\.?", "hours"),
    (r"mins?\b\.?", "minutes"),
    (r"yrs\b\.?", "years"),
)
# The look-behind is tested once per position, not once per short form: on long texts that is
# most of this rule's time.
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?=[a-z])(?:"
    + "|".join(rf"(?P<a{i}>{pattern})" for i, (pattern, _) in enumerate(_ABBREVIATIONS))
    + ")",
    re.IGNORECASE,
)


def abbreviations(sentence: Sentence, context: Context) -> Iterator[Finding]:
    for match in _ABBREVIATION.finditer(sentence.masked):
        index = int(match.lastgroup[1:])
        instead = _ABBREVIATIONS[index][1]
        written = match.group()
        if instead == "the other things in full":
            suggestion = "Write the other things in full, or leave out 'etc'."
        else:
            suggestion = f"Write '{instead}'."
        yield Finding(
            "abbreviation",
            written,
            f"'{written}' is a short form. Readers may not know what it means.",
            suggestion,
        )


def word_list(sentence: Sentence, context: Context) -> Iterator[Finding]:
    for rule in context.avoid:
        for match in rule.pattern.finditer(sentence.masked):
            yield Finding(
                "word-list",
                match.group(),
                f"This consultation uses '{rule.instead}', not '{rule.phrase}'. Using the same "
                "word for the same thing helps readers.",
                f"Change '{match.group()}' to '{rule.instead}'.",
            )


# Capitals: a run of one or more words in capital letters ("GP", "A&E", "PLEASE READ THIS").
_CAPITALS = re.compile(r"(?<![\w&'’])[A-Z][A-Z&]*[A-Z](?:s|['’]s)?(?![\w&'’])")
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")
# Initials in mixed case, such as "DoLS" or "LeDeR": capitals with small letters between.
_MIXED_INITIALS = re.compile(r"(?<![\w&'’])[A-Z][A-Za-z]{1,7}(?![\w&'’])")


def _looks_like_a_word(capitals: str) -> bool:
    """True for "PLEASE" or "HELP" (block capitals), false for "GP" or "ADHD" (initials)."""
    frequency = zipf(capitals)
    return (
        frequency >= 5.0
        or (len(capitals) >= 4 and frequency >= 4.5)
        or (len(capitals) >= 6 and frequency > 0)
    )


def _bare(capitals: str) -> str:
    # _CAPITALS allows only a lower-case "s" or "'s" after the capitals: "GPs" and "GP's" are "GP".
    return re.sub(r"(?:['’]s|s)$", "", capitals)


def acronyms_and_capitals(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.masked
    for match in _INITIALS.finditer(text):
        initials = match.group()
        if initials.replace(".", "") not in context.allowed_acronyms:
            yield _acronym(initials)
    text = _INITIALS.sub(lambda m: " " * len(m.group()), text)

    runs: list[list[re.Match[str]]] = []
    for match in _CAPITALS.finditer(text):
        bare = _bare(match.group())
        letters = plain_letters(bare)
        if (
            bare in context.allowed_acronyms
            or letters in context.preferred
            or letters in context.avoided_words
            or letters in context.explained
        ):
            continue
        # Capital words next to each other, with only spaces or punctuation between, are one run.
        if runs and not re.search(r"[a-z0-9]", text[runs[-1][-1].end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    for run in runs:
        words = [_bare(match.group()) for match in run]
        if any(_looks_like_a_word(word) for word in words):
            written = sentence.text[run[0].start() : run[-1].end()]
            yield Finding(
                "block-capitals",
                written,
                f"'{written}' is in capital letters. Words in capitals are harder to read.",
                "Write it in small letters. Use bold if it needs to stand out.",
            )
        else:
            yield from (_acronym(match.group()) for match in run)

    for match in _MIXED_INITIALS.finditer(text):
        written = match.group()
        letters = plain_letters(written)
        if (
            written.isupper()
            or _bare(written).isupper()
            or not is_initialism(written)
            or letters in context.preferred
            or letters in context.explained
        ):
            continue
        yield _acronym(written)


def _acronym(written: str) -> Finding:
    return Finding(
        "acronym",
        written,
        f"'{written}' is initials. Many readers do not know what initials stand for.",
        "Write the full words instead.",
    )


def rare_words(sentence: Sentence, context: Context) -> Iterator[Finding]:
    for rule in context.hard_phrases:
        for match in rule.pattern.finditer(sentence.masked):
            yield _hard_word(match.group(), rule.instead)

    matches = list(WORD.finditer(sentence.masked))
    # Findings are told once per word, so each word is looked at once: the first word apart,
    # because a capital there says nothing about names.
    looked_at: set[str] = set()
    for index, match in enumerate(matches):
        written = match.group()
        if index and written in looked_at:
            continue
        looked_at.add(written)
        # A possessive is the word itself: "carer's" is "carer". Contractions have their rule.
        word = re.sub(r"['’]s$", "", written)
        if len(word) > _LONGEST_WORD:
            # No word is this long: say so without looking it up letter by letter.
            yield _not_common(word[:_LONGEST_WORD] + "…")
            continue
        letters = plain_letters(word)
        if "'" in word.translate(_APOSTROPHES) or len(letters) <= 2 or word.isupper():
            continue
        if (
            letters in context.preferred
            or letters in context.avoided_words
            or letters in context.explained
            or is_initialism(word)
        ):
            continue
        # Known jargon is jargon with a capital letter too ("Statutory Services").
        instead = hard_word_alternative(letters)
        if instead:
            yield _hard_word(word, instead)
        elif word[0].isupper() and _is_name(word, index, matches, context):
            continue
        elif not is_familiar(letters):
            yield _not_common(word)


_LONGEST_WORD = 45


def _not_common(word: str) -> Finding:
    return Finding(
        "rare-word",
        word,
        f"'{word}' is not a common word. Many readers may not know it.",
        "Use a more common word. If you need this word, explain it with a 'hard word' block.",
    )


def _is_name(word: str, index: int, matches: list[re.Match[str]], context: Context) -> bool:
    # Mid-sentence capitals mark names: "You can ask Priya". At the start of a sentence the
    # capital says nothing, unless the same word is capitalised elsewhere ("Shared Lives ...")
    # or the next word is capitalised too, as in a two-word name.
    if index > 0 or word in context.names:
        return True
    following = matches[1].group() if len(matches) > 1 else ""
    return bool(following) and following[0].isupper() and not following.isupper()


def _hard_word(written: str, instead: str) -> Finding:
    return Finding(
        "rare-word",
        written,
        f"'{written}' is a hard word for many readers.",
        f"Use '{instead}' instead, or explain it with a 'hard word' block.",
    )
