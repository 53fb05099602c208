"""Editing rules that keep results honest: an option people have answered cannot be taken away.

Options are known by stable ids, so reordering, rewording and adding options never moves an
answer. Taking one away would lose the answers given to it, so the editor refuses with a plain
message instead.
"""

from collections import defaultdict

from django.utils.translation import gettext as _

from .registry import question_type, registered_names


def _options(stream) -> dict[str, dict[str, str]]:
    """Option labels by key, for every question in a stream, by question id."""
    return {
        child.id: {option.key: option.label for option in child.block.options(child.value)}
        for child in stream
        if child.id
    }


def removed_options_with_answers(*, saved_stream, new_stream) -> list[str]:
    """One message for each option with answers that the new questions no longer have."""
    from responses.models import Answer

    new_options = _options(new_stream)
    if not new_options:
        return []
    used: dict[str, set[str]] = defaultdict(set)
    answers = Answer.objects.filter(question_id__in=new_options).values_list(
        "question_id", "question_type", "value"
    )
    for question_id, kind, value in answers:
        if kind in registered_names():
            used[question_id] |= question_type(kind).used_keys(value or {})
    if not used:
        return []
    saved_options = _options(saved_stream) if saved_stream is not None else {}
    texts = {child.id: child.value["question"] for child in new_stream if child.id}
    messages = []
    for question_id, keys in used.items():
        for key in sorted(keys - set(new_options.get(question_id, {}))):
            label = saved_options.get(question_id, {}).get(key, key)
            messages.append(
                _(
                    "You cannot take away “%(option)s” from “%(question)s”. People have already "
                    "chosen it. You can change its words instead."
                )
                % {"option": label, "question": texts[question_id]}
            )
    return messages
