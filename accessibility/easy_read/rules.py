"""Rules about sentences, points, voice and punctuation (rules 1, 2, 3, 11 and 12)."""

import math
import re
from collections.abc import Iterator

from .context import Context
from .findings import Finding
from .number_rules import mask_dates
from .text import WORD, Point, Sentence, count_words, excerpt, is_initialism
from .words import plain_letters

MAX_SENTENCE_WORDS = 15
# Published easy read often has sentences of 16 to 20 words. Those are advice; only longer
# sentences are findings that hold up publishing (docs/adr/015-easy-read-sentence-length.md).
MAX_SENTENCE_WORDS_BEFORE_FINDING = 20
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
            advice=words <= MAX_SENTENCE_WORDS_BEFORE_FINDING,
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
        "closed", "committed", "concerned", "confused", "connected", "crooked", "dedicated",
        "delighted", "determined", "disabled",
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


# A run of opening brackets is one finding, so "((((" of any length is one match, not many.
_BRACKETS = re.compile(r"\(+[^()]*\)*|\[+[^\[\]]*\]*|(?<!\S)[^\s)\]]{0,40}[)\]]+")
_SPACE = re.compile(r"\s")
# How far either side of a semicolon or slash the excerpt reaches.
_REACH = 40
# "(CQC)": the acronym rule already reports the initials, so the brackets are not a second
# finding. Explained initials ("Care Quality Commission (CQC)") still get the brackets finding.
_INITIALS_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


def punctuation(sentence: Sentence, context: Context) -> Iterator[Finding]:
    # Dates are reported by the date rule, and addresses are already masked.
    text = mask_dates(sentence.masked)
    for start, end in _marks(text, ";", words_around=1):
        yield Finding(
            "punctuation",
            sentence.text[start:end].strip(),
            "This has a semicolon. Easy read uses only full stops, commas and question marks.",
            "End the sentence with a full stop, and start a new sentence.",
        )
    for match in _BRACKETS.finditer(text):
        initials = _INITIALS_IN_BRACKETS.fullmatch(match.group())
        if (
            initials
            and plain_letters(initials.group(1)) not in context.explained
            and _is_initials(initials.group(1), context)
        ):
            continue
        yield Finding(
            "punctuation",
            excerpt(_original(sentence, match), 8),
            "This has words in brackets. Readers often miss or skip words in brackets.",
            "Take out the brackets. Put the words in a sentence of their own.",
        )
    for start, end in _marks(text, "/", words_around=0):
        yield Finding(
            "punctuation",
            sentence.text[start:end].strip(),
            "This has a slash. A slash makes readers choose between words.",
            "Use 'or' or 'and' instead, or choose one word.",
        )


def _marks(text: str, mark: str, *, words_around: int) -> Iterator[tuple[int, int]]:
    """Where each word with the mark is, with a few words either side, once per word.

    Found with str.find and bounded steps rather than a regex such as \\S*;\\S*, which takes
    quadratic time on a long run of characters with no spaces.
    """
    position = text.find(mark)
    while position != -1:
        start = _step(text, position, -1, words_around)
        end = _step(text, position + 1, 1, words_around)
        yield start, end
        # Skip the rest of this word: "a/b/c" is one finding, not two.
        space = _SPACE.search(text, end)
        position = text.find(mark, space.end()) if space else -1


def _step(text: str, index: int, direction: int, words: int) -> int:
    """From index, move over the rest of the word and `words` more words, each within reach."""
    for word in range(words + 1):
        if word:
            gap = 0
            while 0 < index < len(text) and text[index - (direction < 0)].isspace() and gap < 5:
                index += direction
                gap += 1
        steps = 0
        while (
            (0 < index if direction < 0 else index < len(text))
            and not text[index - (direction < 0)].isspace()
            and steps < _REACH
        ):
            index += direction
            steps += 1
    return index


def _original(sentence: Sentence, match: re.Match[str]) -> str:
    return sentence.text[match.start() : match.end()].strip()


def _is_initials(word: str, context: Context) -> bool:
    return is_initialism(word) and word not in context.allowed_acronyms
