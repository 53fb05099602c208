from django import template

from accessibility.sanitise import clean_html

register = template.Library()


@register.filter(name="clean_html")
def clean_html_filter(value) -> str:
    return clean_html(str(value))
