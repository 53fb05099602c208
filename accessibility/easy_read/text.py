"""Split text into points and sentences, and hide the parts that are not prose."""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Web and email addresses, phone numbers and postcodes are not prose. Their dots, slashes,
# capitals and digits would set off the punctuation, acronym and number rules.
_PROTECTED = re.compile(
    r"""
    (?:https?://|www\.)\S{0,1000}[^\s.,;:!?)\]'"’”]
    | (?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63})*\.(?i:uk|com|org|net|gov|nhs)\b
      (?:/\S{0,1000}[^\s.,;:!?)\]'"’”])?
    | (?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+
    | (?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b
    | \b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b
    """,
    re.VERBOSE,
)

# Bullets and list numbers are layout, not words ("1)" is not a bracket to fix).
_LIST_MARKER = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")

# A sentence ends at . ! or ? followed by a space and something that can start a sentence.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9£$])")

# Short forms whose dot is not the end of a sentence ("e.g. Shared Lives", "No. 5"). "no." ends
# a sentence unless a number follows it.
_NO_SPLIT_AFTER = re.compile(
    r"\b(?:e\.g|i\.e|eg|ie|approx|vs|dr|mr|mrs|ms|incl|esp|tel)\.$", re.IGNORECASE
)
_NUMBER_SIGN = re.compile(r"\bno\.$", re.IGNORECASE)

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A counted word is a run of non-spaces with a letter or digit in it. Tested token by token:
# a regex such as \S*[^\W_]\S* takes quadratic time on a long run of punctuation.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Sentence:
    text: str
    # The same text, the same length, with addresses, phone numbers and postcodes blanked out.
    masked: str


@dataclass(frozen=True)
class Point:
    """A line of text: a paragraph, a list item or an easy-read point."""

    text: str
    sentences: tuple[Sentence, ...]


def is_initialism(word: str) -> bool:
    """Initials, in any mix of cases: "GP", "GPs", "DoLS", "LeDeR"; not "McDonald" or "YouTube"."""
    if not 2 <= len(word) <= 8:
        return False
    capitals = sum(1 for char in word if char.isupper())
    return word.isalpha() and word[0].isupper() and capitals >= 2 and capitals * 2 >= len(word)


def mask(text: str) -> str:
    return _PROTECTED.sub(lambda m: " " * len(m.group()), text)


def count_words(text: str) -> int:
    return sum(1 for token in text.split() if _LETTER_OR_DIGIT.search(token))


def excerpt(text: str, max_words: int = 12) -> str:
    words = text.split()
    if len(words) <= max_words:
        return " ".join(words)
    return " ".join(words[:max_words]) + " …"


def split_sentences(line: str) -> list[Sentence]:
    masked = mask(line)
    sentences = []
    start = 0
    for boundary in _BOUNDARY.finditer(masked):
        end = boundary.end()
        # Only the end matters, and looking at all of it would be quadratic on long texts.
        before = masked[max(start, end - 12) : end].rstrip()
        if _NO_SPLIT_AFTER.search(before) or (
            _NUMBER_SIGN.search(before) and masked[end : end + 1].isdigit()
        ):
            continue
        sentences.append(Sentence(line[start:end].strip(), masked[start:end].strip()))
        start = end
    sentences.append(Sentence(line[start:].strip(), masked[start:].strip()))
    return [sentence for sentence in sentences if sentence.text]


def split_points(text: str) -> list[Point]:
    """Each line is a point: easy read puts one sentence or short point on each line.

    A line that stops mid-sentence and goes on in lower case on the next line is one line
    wrapped in two, and is joined up again. A list item is never joined to the line before:
    a list of short items is many points, not one long one.
    """
    lines: list[list[str]] = []
    continues = False
    for raw in text.replace("\r\n", "\n").split("\n"):
        marker = _LIST_MARKER.match(raw)
        line = raw[marker.end() :].strip() if marker else raw.strip()
        if not line:
            continues = False
            continue
        if continues and not marker and line[0].islower():
            # Parts are joined once at the end: adding to a string line by line is quadratic.
            lines[-1].append(line)
        else:
            lines.append([line])
        continues = not re.search(r"[.!?:;\"'’”)]$", line)
    joined = (" ".join(parts) for parts in lines)
    return [Point(line, tuple(split_sentences(line))) for line in joined]


class _TextExtractor(HTMLParser):
    _BLOCKS = frozenset(
        {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "tr", "ul", "ol"}
    )
    _SKIP = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def text_from_html(html: str) -> str:
    """Rich text as plain text, with each paragraph, heading and list item as its own point."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
