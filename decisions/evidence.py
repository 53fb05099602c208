"""The kinds of evidence a decision can rest on: one home for each kind's words and picture.

Plain data, no Django models: views, templates and the demo ask `evidence_kind(key)` and never
switch on a kind's name. A coins result is a question result whose question is a coins question,
so the question's type (from the question-type registry) says what sort of result it is.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class EvidenceKind:
    key: str
    label: str  # staff words
    easy_label: str  # participant words
    icon: str  # a static icon in images/icons/
    # Ideas and organisational responses come from apps still being built (ADR 022): they are
    # named by a reference typed in, not picked from a list.
    typed_reference: bool = False


QUESTION_RESULT = EvidenceKind(
    "question_result", "A question's result", "What people answered", "speech.svg"
)
GROUP_SESSION = EvidenceKind("group_session", "A group session", "What a group said", "helper.svg")
IDEA = EvidenceKind("idea", "An idea", "An idea someone gave us", "read.svg", typed_reference=True)
ORG_RESPONSE = EvidenceKind(
    "org_response",
    "An organisation's response",
    "What a group for local people told us",
    "letter.svg",
    typed_reference=True,
)

EVIDENCE_KINDS: dict[str, EvidenceKind] = {
    kind.key: kind for kind in (QUESTION_RESULT, GROUP_SESSION, IDEA, ORG_RESPONSE)
}
EVIDENCE_CHOICES = [(kind.key, kind.label) for kind in EVIDENCE_KINDS.values()]
TYPED_REFERENCE_CHOICES = [
    (kind.key, kind.label) for kind in EVIDENCE_KINDS.values() if kind.typed_reference
]


def evidence_kind(key: str) -> EvidenceKind:
    return EVIDENCE_KINDS[key]
