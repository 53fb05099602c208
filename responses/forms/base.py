"""What every answering form shares: error summary links that land on the first input."""

from dataclasses import dataclass

from django import forms


@dataclass(frozen=True)
class ErrorLink:
    anchor: str
    message: str


class AnsweringForm(forms.Form):
    # Where a whole-form error (such as a wrong coin total) takes people: a field name.
    non_field_error_field = ""

    @property
    def error_links(self) -> list[ErrorLink]:
        links = []
        for message in self.non_field_errors():
            anchor_field = self.non_field_error_field or next(iter(self.fields), "")
            links.append(ErrorLink(self._anchor(anchor_field), message))
        for name in self.fields:
            for message in self.errors.get(name, []):
                links.append(ErrorLink(self._anchor(name), message))
        return links

    def _anchor(self, name: str) -> str:
        if not name:
            return "main-content"
        bound = self[name]
        widget = self.fields[name].widget
        # A group of radios or check boxes: go to the first one, as GOV.UK does.
        if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
            return f"{bound.auto_id}_0"
        return bound.auto_id
