"""Rules about sentences, points, voice and punctuation (rules 1, 2, 3, 11 and 12)."""

import math
import re
from collections.abc import Iterator

from .context import Context
from .findings import Finding
from .number_rules import mask_dates
from .text import WORD, Point, Sentence, count_words, excerpt

MAX_SENTENCE_WORDS = 15
MAX_POINT_WORDS = 50


def _pieces(count: int, limit: int) -> int:
    return max(2, math.ceil(count / limit))


def sentence_length(sentence: Sentence, context: Context) -> Iterator[Finding]:
    words = count_words(sentence.text)
    if words > MAX_SENTENCE_WORDS:
        yield Finding(
            "sentence-length",
            excerpt(sentence.text),
            f"This sentence has {words} words. "
            f"Easy read sentences have {MAX_SENTENCE_WORDS} words or fewer.",
            f"Split it into {_pieces(words, MAX_SENTENCE_WORDS)} short sentences.",
        )


def point_length(point: Point) -> Iterator[Finding]:
    words = count_words(point.text)
    if words > MAX_POINT_WORDS:
        yield Finding(
            "point-length",
            excerpt(point.text, 8),
            f"This point has {words} words. "
            f"Easy read points have {MAX_POINT_WORDS} words or fewer.",
            f"Split it into {_pieces(words, MAX_POINT_WORDS)} points, each with its own picture.",
        )


# Words that start a new clause wherever they stand. "who" and "that" are left out: "people
# who help you" is one idea, and easy read uses it all the time.
_ALWAYS_JOINS = frozenset({"because", "but", "although", "though", "whereas", "unless"})
# ", which" adds a clause; "which day" or "tell us which you like" asks a question.
_JOINS_AFTER_COMMA = frozenset({"which"})
# "and", "or" and "so" join two clauses only when a new subject follows: "and you", "so we".
# "and their family" joins two nouns, which is fine.
_JOINS_BEFORE_SUBJECT = frozenset({"and", "or", "so"})
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it", "there"})


def one_idea(sentence: Sentence, context: Context) -> Iterator[Finding]:
    matches = list(WORD.finditer(sentence.masked))
    words = [match.group().casefold() for match in matches]
    joins = []
    # The first word is skipped: "But you can choose." is still one idea.
    for index, word in enumerate(words[1:], start=1):
        following = words[index + 1] if index + 1 < len(words) else ""
        gap = sentence.masked[matches[index - 1].end() : matches[index].start()]
        if (
            word in _ALWAYS_JOINS
            or (word in _JOINS_AFTER_COMMA and "," in gap)
            or (word in _JOINS_BEFORE_SUBJECT and following in _SUBJECTS)
        ):
            joins.append(word)
    # One joining word is allowed ("We need your help because the money is changing"). Two or
    # more almost always means two or more ideas, which keeps false alarms rare.
    if len(joins) >= 2:
        listed = ", ".join(f"'{word}'" for word in joins[:-1]) + f" and '{joins[-1]}'"
        yield Finding(
            "one-idea",
            excerpt(sentence.text),
            f"This sentence joins {len(joins) + 1} ideas with {listed}. "
            "Easy read has one idea in each sentence.",
            "Make a new sentence for each idea.",
        )


_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})
# Words that can stand between "is" and the participle: "is not paid", "will be being sent".
_BETWEEN = frozenset(
    {"not", "also", "already", "now", "often", "usually", "always", "never", "still", "just"}
    | {"only", "then", "all", "fully", "sometimes", "being", "been", "be"}
)
# Left out because after "is" they usually describe a state: "fed up", "gone", "grown up",
# "known as", "what is left".
_IRREGULAR_PARTICIPLES = frozenset(
    {
        "begun", "bought", "brought", "built", "caught", "chosen", "done", "drawn", "driven",
        "eaten", "felt", "forgotten", "found", "given", "heard", "held", "hidden", "hit",
        "hurt", "kept", "laid", "led", "lent", "lost", "made", "meant", "met", "paid", "sent",
        "shown", "sold", "spent", "spoken", "stolen", "taken", "taught", "thought", "thrown",
        "told", "understood", "won", "worn", "written",
    }
)  # fmt: skip
# "-ed" words that, after "is" or "are", describe a feeling or a state rather than an action
# done by someone. "It is called Shared Lives" is passive in grammar, but plain and fine.
_NOT_PASSIVE = frozenset(
    {
        "aged", "allowed", "amazed", "annoyed", "ashamed", "based", "bored", "called",
        "closed", "concerned", "confused", "connected", "crooked", "delighted", "disabled",
        "divorced", "dressed", "embarrassed", "employed", "entitled", "excited", "exhausted",
        "experienced", "finished", "frightened", "hundred", "interested", "invited",
        "involved", "learned", "located", "married", "named", "naked", "pleased", "qualified",
        "related", "relaxed", "retired", "sacred", "satisfied", "scared", "shocked", "skilled",
        "stressed", "supposed", "surprised", "talented", "tired", "unemployed", "used",
        "wicked", "worried",
    }
)  # fmt: skip


def _is_participle(word: str) -> bool:
    if word in _IRREGULAR_PARTICIPLES:
        return True
    return (
        word.endswith("ed")
        and len(word) >= 5
        and not word.endswith("eed")
        and word not in _NOT_PASSIVE
    )


def passive(sentence: Sentence, context: Context) -> Iterator[Finding]:
    matches = list(WORD.finditer(sentence.masked))
    words = [match.group().casefold() for match in matches]
    index = 0
    while index < len(words):
        if words[index] not in _BE:
            index += 1
            continue
        after = index + 1
        while after < len(words) and after - index <= 3 and words[after] in _BETWEEN:
            after += 1
        if after < len(words) and _is_participle(words[after]):
            phrase = sentence.text[matches[index].start() : matches[after].end()]
            yield Finding(
                "passive",
                phrase,
                f"'{phrase}' may not say who does it. Easy read says who does things.",
                "Say who does it. For example, 'We decided', not 'It was decided'.",
            )
            index = after
        index += 1


_SEMICOLON = re.compile(r"(?:\S+\s+)?\S*;\s*\S*")
_BRACKETS = re.compile(r"\([^()]*\)?|\[[^\[\]]*\]?|(?<!\S)\S*[)\]]")
_SLASH = re.compile(r"\S*/\S*")


def punctuation(sentence: Sentence, context: Context) -> Iterator[Finding]:
    # Dates are reported by the date rule, and addresses are already masked.
    text = mask_dates(sentence.masked)
    for match in _SEMICOLON.finditer(text):
        yield Finding(
            "punctuation",
            _original(sentence, match),
            "This has a semicolon. Easy read uses only full stops, commas and question marks.",
            "End the sentence with a full stop, and start a new sentence.",
        )
    for match in _BRACKETS.finditer(text):
        yield Finding(
            "punctuation",
            excerpt(_original(sentence, match), 8),
            "This has words in brackets. Readers often miss or skip words in brackets.",
            "Take out the brackets. Put the words in a sentence of their own.",
        )
    for match in _SLASH.finditer(text):
        yield Finding(
            "punctuation",
            _original(sentence, match),
            "This has a slash. A slash makes readers choose between words.",
            "Use 'or' or 'and' instead, or choose one word.",
        )


def _original(sentence: Sentence, match: re.Match[str]) -> str:
    return sentence.text[match.start() : match.end()].strip()
