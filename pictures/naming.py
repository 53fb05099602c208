"""Turn symbol file names into titles, alt text and tags. No Django imports.

Mulberry Symbols files are named by English word: ``support_worker.svg``, ``bake_,_to.svg`` (a
verb), ``baker_1a.svg`` and ``baker_2a.svg`` (two drawings of one word).
"""

import re
from dataclasses import dataclass

_VARIANT = re.compile(r"^\d+[a-z]?$")
# Words that make poor search tags on their own.
_NOT_TAGS = {"a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with"}


@dataclass(frozen=True)
class SymbolName:
    title: str
    alt_text: str
    tags: tuple[str, ...]


def symbol_name_from_file(stem: str) -> SymbolName:
    """Name a symbol from its file name without the extension.

    The variant number stays in the title, because the title is what tells two drawings of one
    word apart when the folder is imported again. The alt text leaves it out: it means nothing to
    someone listening to the page.
    """
    words = [word for word in re.split(r"[_\s]+", stem) if word]
    is_verb = len(words) >= 2 and words[-2:] == [",", "to"]
    if is_verb:
        words = ["to", *words[:-2]]
    variant = words.pop() if len(words) > 1 and _VARIANT.match(words[-1]) else ""
    phrase = " ".join(words) or stem
    title = f"{phrase} ({variant})" if variant else phrase
    tags: list[str] = []
    for word in words:
        tag = word.lower().strip(",-")
        if tag and tag not in _NOT_TAGS and not tag.isdigit() and tag not in tags:
            tags.append(tag)
    return SymbolName(title=title, alt_text=phrase, tags=tuple(tags))
