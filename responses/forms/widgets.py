"""Radio buttons and check boxes with a picture beside each answer (easy-read rule 14)."""

from django import forms
from django.templatetags.static import static


class StaticPicture:
    """A picture shipped with the site, for answers whose pictures never change."""

    def __init__(self, path: str):
        self.path = path

    @property
    def url(self) -> str:
        # Looked up when drawn, not when the form class is made, so the static storage is ready.
        return static(self.path)


class _PictureOptionsMixin:
    template_name = "responses/widgets/picture_choices.html"

    def __init__(self, *args, pictures: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.pictures = pictures or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["picture"] = self.pictures.get(value)
        return option


class PictureRadioSelect(_PictureOptionsMixin, forms.RadioSelect):
    pass


class PictureCheckboxSelectMultiple(_PictureOptionsMixin, forms.CheckboxSelectMultiple):
    pass


class NumberInput(forms.TextInput):
    """A text box for whole numbers. GOV.UK advises against type="number": it changes values
    when people scroll, and some screen readers announce it badly."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "numeric", "autocomplete": "off", **(attrs or {})})
