"""Commissioner results screens: overview, who we heard, results by question and coins.

Every screen is under /results/, which asks for two-factor sign-in (accounts/middleware.py), and
finds its consultation through ``results_consultation``: another body's consultation is a 404.
Every number goes through the STAFF disclosure profile (ADR 011) before it reaches a template.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consultations.areas import AREAS
from consultations.models import ConsultationPage
from results.disclosure import PUBLIC, STAFF

from . import charts, presenters, public, queries, services
from .export import export_log, results_document
from .export_files import FILES, export_file, file_name
from .scoping import results_consultation, results_consultations

POOLED = "pooled"
EQUAL_VOICE = "equal-voice"
VIEWS = {POOLED: "All people", EQUAL_VOICE: "Equal voice: each group counts the same"}
SEARCH_LENGTH = 100
OWN_WORDS_SHOWN = 100


def _view_choice(request: HttpRequest) -> str:
    chosen = request.GET.get("view", POOLED)
    return chosen if chosen in VIEWS else POOLED


@login_required
def index(request: HttpRequest) -> HttpResponse:
    consultations = results_consultations(request.user).order_by("title")
    return render(request, "results/index.html", {"consultations": consultations})


@login_required
def overview(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = results_consultation(request.user, pk)
    summary = presenters.overview(consultation, profile=STAFF)
    chart = charts.bar_chart(
        title=_("Responses by how people answered"),
        subtitle=charts.subtitle(consultation, summary.total),
        bars=[(label, cell) for label, cell in summary.channels],
        total=summary.total,
    )
    services.snapshot_if_closed(consultation)  # R5: closed with no snapshot yet takes one
    snapshot = consultation.result_snapshots.select_related("taken_by").first()
    return render(
        request,
        "results/overview.html",
        {
            "consultation": consultation,
            "summary": summary,
            "chart": chart,
            "snapshot": snapshot,
            "tab": "overview",
        },
    )


@login_required
def who_we_heard(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = results_consultation(request.user, pk)
    rows, total, needs = presenters.who_we_heard(consultation, profile=STAFF, public=PUBLIC)
    chart = charts.bar_chart(
        title=_("People reached in each group"),
        subtitle=charts.subtitle(consultation, total),
        bars=[(row.name, row.reached) for row in rows],
        total=total,
    )
    return render(
        request,
        "results/who_we_heard.html",
        {
            "consultation": consultation,
            "rows": rows,
            "total": total,
            "needs": needs,
            "chart": chart,
            "tab": "who",
        },
    )


@login_required
def by_question(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = results_consultation(request.user, pk)
    area_key = request.GET.get("area", AREAS[0].key)
    if area_key not in {area.key for area in AREAS}:
        area_key = AREAS[0].key
    view = _view_choice(request)
    search = request.GET.get("q", "").strip()[:SEARCH_LENGTH]
    groups = queries.consultation_groups(consultation)
    questions = queries.questions_of(consultation, area_key=area_key)
    own_words: list = []
    aggregates = queries.question_results(consultation, questions, groups, own_words=own_words)
    views = []
    for question in questions:
        shown = presenters.question_view(question, aggregates[question.id], groups, profile=STAFF)
        matching = [
            words
            for words in own_words
            if words.question_id == question.id
            and (not search or search.casefold() in words.words.casefold())
        ]
        # Thousands of answers make an unreadable page: show some, and say how to find more.
        shown.own_words = matching[:OWN_WORDS_SHOWN]
        shown.own_words_total = len(matching)
        shown.charts = [
            charts.table_chart(table, consultation, view=view, key=f"{question.id}-{number}")
            for number, table in enumerate(shown.tables)
        ]
        views.append(shown)
    return render(
        request,
        "results/by_question.html",
        {
            "consultation": consultation,
            "areas": AREAS,
            "area_key": area_key,
            "questions": views,
            "view": view,
            "views": VIEWS,
            "search": search,
            "view_keep": [("area", area_key), ("q", search)],
            "group_names": {key: groups.name(key) for key in groups.keys},
            "channel_names": presenters.channel_names(),
            "part_labels": presenters.PART_LABELS,
            "tab": "questions",
        },
    )


@login_required
def coins(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = results_consultation(request.user, pk)
    view = _view_choice(request)
    groups = queries.consultation_groups(consultation)
    questions = [q for q in queries.questions_of(consultation) if queries.is_ballot_question(q)]
    # One question alone, for a link from the results by question.
    chosen = request.GET.get("question", "")
    keep = []
    if any(question.id == chosen for question in questions):
        questions = [question for question in questions if question.id == chosen]
        keep = [("question", chosen)]
    shown = []
    for question in questions:
        # One query per coins question: the bootstrap is the slow part, not the reading.
        aggregate = queries.question_results(consultation, [question], groups)[question.id]
        result, names = presenters.coins_view(question, aggregate, groups, profile=STAFF)
        shown.append(
            {
                "question": question,
                "result": result,
                "names": names,
                "rows": presenters.coin_rows(question, result, view=view),
                "chart": charts.coins_chart(question, result, consultation, view=view),
            }
        )
    return render(
        request,
        "results/coins.html",
        {
            "consultation": consultation,
            "questions": shown,
            "view": view,
            "views": VIEWS,
            "view_keep": keep,
            "tab": "coins",
        },
    )


@login_required
@require_POST
def snapshot(request: HttpRequest, pk: int) -> HttpResponse:
    """Freeze today's results for the public page. Recorded with who and when (R5)."""
    consultation = results_consultation(request.user, pk)
    services.snapshot_take(consultation=consultation, user=request.user)
    messages.success(request, _("The public results page now shows today's results."))
    return redirect("results:overview", pk=consultation.pk)


def public_results(request: HttpRequest, pk: int) -> HttpResponse:
    """The easy-read results page for everyone: the latest frozen snapshot, never live figures."""
    consultation = get_object_or_404(ConsultationPage.objects.live().public(), pk=pk)
    services.snapshot_if_closed(consultation)  # R5: closed with no snapshot yet takes one
    taken = consultation.result_snapshots.order_by("-taken_at").first()
    if taken is None:
        raise Http404
    return render(
        request,
        "results/public.html",
        {
            "consultation": consultation,
            "snapshot": taken,
            "questions": public.public_questions(taken.payload),
        },
    )


@login_required
def export(request: HttpRequest, pk: int) -> HttpResponse:
    """Download the staff-profile results; every download is logged with who and when."""
    consultation = results_consultation(request.user, pk)
    chosen = request.GET.get("format", "json")
    if chosen not in FILES:
        raise Http404
    document = results_document(consultation, profile=STAFF)
    body = export_file(document, chosen, exported_by=request.user.get_username())
    export_log(consultation=consultation, file_format=chosen, profile=STAFF, user=request.user)
    response = HttpResponse(body, content_type=FILES[chosen].content_type)
    name = file_name(document, chosen)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
