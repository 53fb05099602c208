"""The questions StreamField of an area page: one child block per registered question type.

Each question type owns its block (see questions/types/). The child's name is the type's name,
which is stored in every page's JSON, so a type's name never changes.
"""

from wagtail import blocks

from questions import types as _types  # noqa: F401  (registers every question type)
from questions.registry import question_types

# Built like a class with one declared block per type, so `base_blocks` lists them in order.
QuestionStreamBlock = type(
    "QuestionStreamBlock",
    (blocks.StreamBlock,),
    {"__module__": __name__} | {kind.name: kind.block() for kind in question_types()},
)
