"""A test participant who goes through the answering pages the way a browser would.

It reads each page's form from the HTML and posts what a person would choose, so the tests
exercise the same paths people use: CSRF checks on, redirects followed, nothing called directly.
"""

import re
from html.parser import HTMLParser

from django.urls import reverse

from consultations.models import ConsultationPage
from responses.questions import question_refs


class _CsrfFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.token = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "input" and values.get("name") == "csrfmiddlewaretoken":
            self.token = values.get("value")


def csrf_token(html: str) -> str:
    finder = _CsrfFinder()
    finder.feed(html)
    assert finder.token, "The page has no CSRF token in its form."
    return finder.token


class Journey:
    """Helpers for one participant answering one consultation in one browser (client)."""

    def __init__(self, client, consultation: ConsultationPage):
        # Test clients skip CSRF checks unless told not to; people's browsers do not.
        client.handler.enforce_csrf_checks = True
        self.client = client
        self.consultation = consultation
        self.pk = consultation.pk

    def url(self, name: str, *args) -> str:
        return reverse(f"responses:{name}", args=[self.pk, *args])

    def questions(self) -> list:
        return question_refs(self.consultation.area_pages())

    def question_url(self, question_type: str, nth: int = 0) -> str:
        refs = [ref for ref in self.questions() if ref.type == question_type]
        return self.url("question", refs[nth].id)

    def get(self, url: str, **kwargs):
        return self.client.get(url, **kwargs)

    def post(
        self, url: str, data: dict | None = None, *, follow: bool = False, form_page: str = ""
    ):
        """Post a form the way a browser does: with the token from the page it came from."""
        page = self.client.get(form_page or url)
        token = csrf_token(page.content.decode()) if page.status_code == 200 else ""
        return self.client.post(url, {**(data or {}), "csrfmiddlewaretoken": token}, follow=follow)

    def start(self) -> str:
        """Agree to take part. Returns the resume code shown on the next page."""
        response = self.post(self.url("consent"), {"agree": "on"}, follow=True)
        assert response.status_code == 200
        html = response.content.decode()
        match = re.search(r"data-resume-code>([^<]+)<", html)
        assert match, "The code page did not show a code."
        return match.group(1).strip()

    def answer(self, question_type: str, data: dict, *, nth: int = 0, follow: bool = False):
        return self.post(self.question_url(question_type, nth), data, follow=follow)

    def about_you(self, slug: str, data: dict, *, follow: bool = False):
        return self.post(self.url("about_you", slug), data, follow=follow)

    def option_keys(self, question_type: str, nth: int = 0) -> list[str]:
        from responses.questions import question_load

        refs = [ref for ref in self.questions() if ref.type == question_type]
        return [option.key for option in question_load(refs[nth], pictures=False).options]


def page_text(response) -> str:
    """The words on a page, without tags, for checking what a person would read."""
    import html as html_module

    body = response.content.decode()
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", body)).split())


class _FormValues(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            kind = a.get("type", "text")
            if kind in {"radio", "checkbox"}:
                if "checked" in a:
                    self.values.setdefault(name, []).append(a.get("value", "on"))
            elif kind not in {"submit", "button", "hidden"}:
                self.values.setdefault(name, []).append(a.get("value") or "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = [""]

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea:
            self.values[self._textarea][0] = self.values[self._textarea][0].lstrip("\n")
            self._textarea = None


def form_values(response) -> dict[str, list[str]]:
    """What the form on a page shows now: ticked boxes, chosen radios, typed text."""
    parser = _FormValues()
    parser.feed(response.content.decode())
    return parser.values
