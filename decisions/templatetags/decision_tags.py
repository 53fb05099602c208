from django import template

from ..promise import Promise, promise_for

register = template.Library()


@register.simple_tag
def promise_of(consultation) -> Promise:
    return promise_for(consultation)


@register.simple_tag
def promise_lines(promise: Promise) -> list[tuple[str, str]]:
    return promise.easy_lines()
