from django import template

from ..promise import Promise, promise_for

register = template.Library()


@register.simple_tag
def promise_of(consultation) -> Promise:
    return promise_for(consultation)


@register.simple_tag
def promise_lines(promise: Promise) -> list[tuple[str, str]]:
    return promise.easy_lines()


@register.simple_tag
def you_said_we_did_of(consultation):
    """The consultation's published "you said, we did" page, or None (ADR 025)."""
    from ..pages import you_said_we_did_live

    return you_said_we_did_live(consultation)
