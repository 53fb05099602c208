"""Two more commissioner results screens: ideas with a budget, and groups and organisations.

Both are under /results/ (two-factor sign-in) and find their consultation through
``results_consultation``, so another body's consultation, an editor or a VCSE member gets a 404.
See docs/adr/024-idea-and-panel-screens-and-snapshot-at-close.md.
"""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from results.disclosure import STAFF

from . import charts, presenters
from . import ideas as idea_results
from . import panel as panel_results
from .scoping import results_consultation


@login_required
def ideas(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = results_consultation(request.user, pk)
    # Opening the page shows an empty form; only a sent form is checked.
    form = idea_results.BudgetForm(request.GET if "budget" in request.GET else None)
    comparison = None
    valid = form.is_bound and form.is_valid()
    # A chosen area still applies while a bad budget is being corrected.
    area_key = form.cleaned_data.get("area", "") if form.is_bound else ""
    rows = idea_results.idea_rows(consultation, profile=STAFF, area_key=area_key)
    if valid:
        comparison = idea_results.compare(rows, form.cleaned_data["budget"], profile=STAFF)
    yes_total = sum(row.yes.value or 0 for row in rows)
    chart = None
    if rows:
        chart = charts.draw(
            _votes_headline(rows),
            _("Yes votes from people and group sessions, %(consultation)s. As at %(when)s.")
            % {
                "consultation": consultation.title,
                "when": date_format(timezone.localdate(), "j F Y"),
            },
            [(row.name, row.yes, None) for row in rows],
            as_share=False,
            key="ideas",
        )
    return render(
        request,
        "results/ideas.html",
        {
            "consultation": consultation,
            "form": form,
            "rows": rows,
            "costed": any(row.idea.cost_estimate is not None for row in rows),
            "yes_total": yes_total,
            "chart": chart,
            "comparison": comparison,
            "why": idea_results.why_they_differ(comparison) if comparison else "",
            "area_key": area_key,
            "tab": "ideas",
        },
    )


def _votes_headline(rows) -> str:
    shown = [(row.yes.value, row.name) for row in rows if not row.yes.hidden and row.yes.value]
    if not shown:
        return _("Yes votes for each idea")
    return _("Yes votes for each idea: the most went to %(idea)s") % {"idea": max(shown)[1]}


@login_required
def panel(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = results_consultation(request.user, pk)
    summary = presenters.overview(consultation, profile=STAFF)
    sessions = panel_results.sessions(consultation, request.user, profile=STAFF)
    responses = panel_results.org_responses(consultation, request.user, profile=STAFF)
    # Separate figures, never parts of one total: the overview makes each safe on its own.
    at_sessions, spoken = summary.session_people, summary.org_people
    chart = charts.draw(
        _("People's own answers, group sessions and organisations: shown apart, never added up"),
        charts.subtitle(consultation, summary.total),
        [
            (_("Answered on their own"), summary.total, None),
            (_("At group sessions"), at_sessions, None),
            (_("Organisations speak for"), spoken, None),
        ],
        as_share=False,
        key="panel",
    )
    return render(
        request,
        "results/panel.html",
        {
            "consultation": consultation,
            "summary": summary,
            "sessions": sessions,
            "responses": responses,
            "session_people": at_sessions,
            "spoken_for": spoken,
            "also_alone": summary.also_answered_alone,
            "chart": chart,
            "tab": "panel",
        },
    )
